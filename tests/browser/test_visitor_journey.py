"""A visitor goes from the French home to a community, an offer and a story, and switches
each to English, in a real browser."""

import pytest
from wagtail.models import Locale

from tests import factories
from tests.browser.conftest import axe_violations, describe


@pytest.fixture
def network(wagtail_basics):
    home = factories.make_home()
    index = factories.make_index(home)
    community = factories.make_community(index, title="Les Tisserands de Valmorel")
    offer = factories.make_offer(community, title="Balade des escaliers")
    story = factories.make_story(community, title="Le récit du quai")
    for page in (home, index, community, offer, story):
        factories.translate(page, "en")
        factories.translate(page, "ar")
    return {"community": community, "offer": offer, "story": story}


def switch_to(page, language_name):
    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name=language_name).click()


def test_a_visitor_walks_from_home_to_offer_and_story_and_switches_to_english(
    page, live_server, network
):
    page.goto(f"{live_server.url}/fr/")
    page.get_by_role("link", name="Les Tisserands de Valmorel").click()
    assert page.locator("h1").inner_text() == "Les Tisserands de Valmorel"

    page.get_by_role("link", name="Balade des escaliers").click()
    assert page.locator("h1").inner_text() == "Balade des escaliers"
    switch_to(page, "English")
    assert page.url.startswith(f"{live_server.url}/en/")
    assert page.locator("h1").inner_text() == "Balade des escaliers [en]"
    assert page.locator("html").get_attribute("lang") == "en"

    page.goto(live_server.url + network["story"].url)
    switch_to(page, "English")
    assert page.locator("h1").inner_text() == "Le récit du quai [en]"


def test_the_skip_link_is_the_first_stop_of_the_keyboard(page, live_server, network):
    page.goto(f"{live_server.url}/fr/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_community_page_has_no_accessibility_violations(page, live_server, network, language):
    community = network["community"]
    version = community.get_translation(Locale.objects.get(language_code=language))
    page.goto(live_server.url + version.url)
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    violations = axe_violations(page)
    assert violations == [], describe(violations)
