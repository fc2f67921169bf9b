"""A visitor reads a full story in a real browser: the sound and its transcript are there and
reachable by keyboard, and axe-core finds nothing to report, in French and in Arabic."""

import pytest
from wagtail.models import Collection, Locale

from tests import factories
from tests.browser.conftest import axe_violations, describe
from tests.narratives.factories import make_full_story


@pytest.fixture
def story(wagtail_basics):
    if not Collection.objects.exists():  # a flush removes the root collection too
        Collection.add_root(name="Root")
    home = factories.make_home()
    index = factories.make_index(home)
    community = factories.make_community(index, title="Novi Brod")
    offer = factories.make_offer(community, title="Les jeudis du ponton")
    story = make_full_story(community, offer)
    for page in (home, index, community, offer, story):
        factories.translate(page, "ar")
    return story


def focus_path(page, stops=80):
    """What the keyboard reaches, in order: (tag, text) of each focused element."""
    reached = []
    for _ in range(stops):
        page.keyboard.press("Tab")
        reached.append(
            page.evaluate(
                "[document.activeElement.tagName, document.activeElement.textContent.trim()]"
            )
        )
    return reached


def test_the_sound_and_its_transcript_are_reachable_by_keyboard(page, live_server, story):
    page.goto(live_server.url + story.url)
    audio = page.locator("audio")
    assert audio.count() == 1
    assert audio.get_attribute("controls") is not None
    assert audio.get_attribute("preload") == "none"
    transcript = page.locator(".block-audio details")
    assert not transcript.evaluate("element => element.open")

    reached = focus_path(page)
    tags = [tag for tag, _text in reached]
    assert "AUDIO" in tags
    summary = ["SUMMARY", "Transcript"]
    assert summary in reached
    assert tags.index("AUDIO") < reached.index(summary)  # the player, then its transcript

    page.locator(".block-audio summary").focus()
    page.keyboard.press("Enter")
    assert transcript.evaluate("element => element.open")
    assert page.get_by_text("Tire, tire la corde, le fleuve est long.").is_visible()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_full_story_has_no_accessibility_violations(page, live_server, story, language):
    version = story.get_translation(Locale.objects.get(language_code=language))
    page.goto(live_server.url + version.url)
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert page.locator("audio").count() == 1
    violations = axe_violations(page)
    assert violations == [], describe(violations)
