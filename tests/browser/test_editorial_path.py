"""The whole editorial path in a real browser: a community editor creates an offer and
submits it, a moderator approves it and sends it for translation, a translator translates it
into English (machine draft) and publishes, and a visitor sees it in both languages."""

import pytest
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from offers.models import OfferPage
from tests import factories
from tests.editorial.factories import PASSWORD, make_community, make_user

TITLE = "Balade des lavoirs"


@pytest.fixture
def network(wagtail_basics):
    from django.core.management import call_command

    # Flushing removed the roles: run the data migration that makes them again.
    call_command("migrate", "editorial", "0001", verbosity=0)
    call_command("migrate", "editorial", verbosity=0)
    home = factories.make_home()
    index = factories.make_index(home)
    community = make_community("Les Tisserands de Valmorel")
    for page in (home, index, community.page):
        factories.translate(page, "en")
    translator = make_user("translator", "Translators (en)")
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "en"  # the translator works in English; others in French
    profile.save()
    return {
        "community": community.page,
        "editor": make_user("editor", community.editors.name),
        "moderator": make_user("moderator", "Moderators"),
        "translator": translator,
    }


def log_in(browser_page, live_server, user):
    browser_page.context.clear_cookies()
    browser_page.goto(f"{live_server.url}/admin/login/")
    browser_page.fill("input[name=username]", user.username)
    browser_page.fill("input[name=password]", PASSWORD)
    browser_page.locator("form button[type=submit]").click()
    browser_page.wait_for_url(f"{live_server.url}/admin/")


def footer_action(browser_page, selector):
    browser_page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    browser_page.locator(f"footer {selector}").click()


def test_offer_goes_from_editor_to_moderator_to_translator_to_visitor(page, live_server, network):
    community = network["community"]
    log_in(page, live_server, network["editor"])
    page.goto(f"{live_server.url}/admin/pages/add/offers/offerpage/{community.pk}/")
    page.fill("#id_title", TITLE)
    page.select_option("#id_offer_type", "walk")
    page.fill("#id_intro", "Une balade d’un lavoir à l’autre.")
    page.locator("#id_slug").evaluate("el => el.value = 'balade-des-lavoirs'")
    footer_action(page, "button[name=action-submit]")
    page.wait_for_url(f"{live_server.url}/admin/pages/{community.pk}/")
    offer = OfferPage.objects.get(slug="balade-des-lavoirs")
    assert offer.workflow_in_progress and not offer.live

    log_in(page, live_server, network["moderator"])
    page.goto(f"{live_server.url}/admin/pages/{offer.pk}/edit/")
    footer_action(
        page, "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    page.wait_for_load_state("networkidle")
    offer.refresh_from_db()
    assert offer.live

    page.goto(f"{live_server.url}/admin/localize/submit/page/{offer.pk}/")
    page.locator("label", has_text="English").click()
    page.locator("main form input[type=submit]").click()
    page.wait_for_load_state("networkidle")
    english = offer.get_translation(Locale.objects.get(language_code="en"))

    log_in(page, live_server, network["translator"])
    page.goto(f"{live_server.url}/admin/pages/{english.pk}/edit/")
    page.get_by_role("button", name="Translate with Fake translator").click()
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="Publish in English").click()
    page.wait_for_load_state("networkidle")
    english.refresh_from_db()
    assert english.live

    page.context.clear_cookies()
    page.goto(live_server.url + offer.url)
    assert page.locator("h1").inner_text() == TITLE
    assert page.locator(".machine-translation-notice").count() == 0
    page.goto(live_server.url + english.url)
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == f"{TITLE} (en, machine)"
    assert page.locator(".machine-translation-notice").is_visible()
