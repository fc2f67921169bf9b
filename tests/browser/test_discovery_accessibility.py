"""axe-core (WCAG 2.x A/AA) on the pages a traveller discovers, in French, Arabic and Serbian,
and the destinations list driven by keyboard alone."""

import pytest
from wagtail.models import Locale

from search.models import OfferFinderPage
from tests import factories
from tests.browser.conftest import axe_violations, describe
from tests.offers.factories import make_session

LANGUAGES = ["fr", "ar", "sr"]
FINDER_FILTERS = "?type=walk&free=on&need=mobility&max_price=20&date_from=2020-01-01&q=x%3C"


@pytest.fixture
def network(wagtail_basics):
    home = factories.make_home()
    index = factories.make_index(home)
    community = factories.make_community(
        index, title="Les Tisserands de Valmorel", hero_image=factories.make_image("hero")
    )
    other = factories.make_community(
        index,
        title="Borgo Dora",
        country="IT",
        locality="Torino",
        latitude="45.07",
        longitude="7.68",
    )
    offer = factories.make_offer(community, title="Balade des escaliers", access_mobility=True)
    make_session(offer, days=10)
    finder = factories.publish(home, OfferFinderPage(title="Les offres", slug="offres"))
    story = factories.make_story(
        community, title="Le récit du quai", hero_image=factories.make_image("quai")
    )
    for page in (home, index, finder, community, other, offer, story):
        for language in ("ar", "sr"):
            factories.translate(page, language)
    return {
        "home": home,
        "index": index,
        "community": community,
        "story": story,
        "offer": offer,
        "finder": finder,
    }


@pytest.fixture
def offline_tiles(page):
    """The closed network has no tile server: refuse tiles at once instead of waiting."""
    page.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
    return page


def url_in(page_obj, language):
    return page_obj.get_translation(Locale.objects.get(language_code=language)).url


@pytest.mark.parametrize("language", LANGUAGES)
def test_discovery_pages_have_no_accessibility_violations(
    offline_tiles, live_server, network, language
):
    page = offline_tiles
    urls = {name: url_in(network[name], language) for name in ("home", "index", "community")}
    urls["story"] = url_in(network["story"], language)
    urls["offer"] = url_in(network["offer"], language)
    urls["finder"] = url_in(network["finder"], language) + FINDER_FILTERS
    urls["search"] = f"/{language}/search/?q=Valmorel"
    found = {}
    for name, url in urls.items():
        page.goto(live_server.url + url)
        page.wait_for_load_state("networkidle")
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
        found[name] = axe_violations(page)
    print(f"axe {language}: " + ", ".join(f"{n}={len(v)}" for n, v in found.items()))
    assert all(not violations for violations in found.values()), describe(
        [v for violations in found.values() for v in violations]
    )


def test_search_results_show_highlighted_hits_grouped_by_type(offline_tiles, live_server, network):
    page = offline_tiles
    page.goto(f"{live_server.url}/fr/search/?q=Valmorel")
    assert (
        page.get_by_role("heading", name="Communautés")
        .or_(page.get_by_role("heading", name="Communities"))
        .count()
    )
    assert page.get_by_role("link", name="Les Tisserands de Valmorel").count() == 1


def test_the_destinations_list_is_usable_by_keyboard_alone(offline_tiles, live_server, network):
    page = offline_tiles
    page.goto(live_server.url + network["index"].url)
    target = "Les Tisserands de Valmorel"
    for _press in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.textContent.trim()")
        if focused == target:
            break
    else:
        pytest.fail(f"Tab never reached the card of {target}")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # the focus is visible
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{network['community'].url}")
    assert page.locator("h1").inner_text() == target


def test_reduced_motion_is_honoured(browser, live_server, network):
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
    page.goto(live_server.url + network["home"].url)
    duration = page.evaluate("getComputedStyle(document.querySelector('a')).transitionDuration")
    assert duration in ("0s", "")
    context.close()


def test_the_destinations_map_draws_a_marker_per_community_from_geojson(
    offline_tiles, live_server, network
):
    page = offline_tiles
    page.goto(live_server.url + url_in(network["index"], "ar"))
    markers = page.locator("#destinations-map .leaflet-marker-icon")
    markers.first.wait_for()
    assert markers.count() == 2
    assert page.locator("#destinations-map").is_visible()
