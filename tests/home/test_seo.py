"""What crawlers and link previews read: sitemap.xml, robots.txt, OpenGraph and JSON-LD."""

import json
import re
from xml.etree import ElementTree

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from tests import factories
from tests.offers.factories import make_session

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def json_ld(response):
    found = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    assert len(found) == 1, found
    return json.loads(found[0])


class SeoTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.make_home()
        cls.index = factories.make_index(cls.home)
        cls.community = factories.make_community(
            cls.index, hero_image=factories.make_image("port", size=(1400, 800))
        )
        cls.walk = factories.make_offer(
            cls.community, title="Balade", price_kind="fixed", price_amount=12
        )
        cls.gite = factories.make_offer(
            cls.community,
            title="Gîte du moulin",
            offer_type="accommodation",
            price_kind="range",
            price_amount=40,
            price_max=70,
        )
        cls.story = factories.make_story(cls.community)
        for page in (cls.home, cls.index, cls.community, cls.story):
            factories.translate(page, "en")
        cls.draft = factories.make_story(cls.community, title="Brouillon")
        cls.draft.unpublish()
        cls.private = factories.make_story(cls.community, title="Réservé")
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )


class SitemapTests(SeoTestCase):
    def sitemap(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        root = ElementTree.fromstring(response.content)
        return {
            url.find(f"{SITEMAP}loc").text: {
                link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
            }
            for url in root.findall(f"{SITEMAP}url")
        }

    def test_lists_every_live_page_of_every_language(self):
        locations = self.sitemap()
        for page in (self.home, self.community, self.walk, self.story):
            self.assertIn(page.full_url, locations)
        english = self.story.get_translation(Locale.objects.get(language_code="en"))
        self.assertIn(english.full_url, locations)

    def test_drafts_and_private_pages_are_absent(self):
        locations = self.sitemap()
        self.assertNotIn(self.draft.full_url, locations)
        self.assertNotIn(self.private.full_url, locations)

    def test_each_url_has_its_translations_and_x_default(self):
        english = self.community.get_translation(Locale.objects.get(language_code="en"))
        expected = {
            "fr": self.community.full_url,
            "en": english.full_url,
            "x-default": self.community.full_url,
        }
        locations = self.sitemap()
        self.assertEqual(locations[self.community.full_url], expected)
        self.assertEqual(locations[english.full_url], expected)

    def test_an_untranslated_page_has_itself_and_x_default(self):
        links = self.sitemap()[self.walk.full_url]
        self.assertEqual(links, {"fr": self.walk.full_url, "x-default": self.walk.full_url})


class RobotsTests(TestCase):
    def test_robots_txt_points_at_the_sitemap(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        self.assertContains(response, "Sitemap: http://testserver/sitemap.xml")
        self.assertContains(response, "Disallow: /admin/")


class JsonLdTests(SeoTestCase):
    def test_a_community_is_a_tourist_destination_with_geo(self):
        data = json_ld(self.client.get(self.community.url))
        self.assertEqual(data["@context"], "https://schema.org")
        self.assertEqual(data["@type"], "TouristDestination")
        self.assertEqual(data["name"], self.community.title)
        self.assertEqual(data["url"], self.community.full_url)
        self.assertEqual(
            data["geo"], {"@type": "GeoCoordinates", "latitude": 43.35, "longitude": 5.38}
        )
        self.assertEqual(data["address"]["addressCountry"], "FR")
        self.assertTrue(data["image"].startswith("http://testserver/"))

    def test_a_walk_is_a_tourist_trip_with_an_offer_and_its_price(self):
        data = json_ld(self.client.get(self.walk.url))
        self.assertEqual(data["@type"], "TouristTrip")
        self.assertEqual(data["url"], self.walk.full_url)
        self.assertEqual(data["offers"]["@type"], "Offer")
        self.assertEqual(data["offers"]["price"], "12.00")
        self.assertEqual(data["offers"]["priceCurrency"], "EUR")
        self.assertEqual(data["itinerary"]["geo"]["latitude"], 43.35)

    def test_an_event_carries_the_dates_of_its_next_open_session(self):
        community = self.walk.get_parent().specific
        concert = factories.make_offer(community, title="Bal du quai", offer_type="event")
        make_session(concert, days=3, status="cancelled")
        session = make_session(concert, days=9)
        data = json_ld(self.client.get(concert.url))
        self.assertEqual(data["@type"], "Event")
        self.assertEqual(data["startDate"], session.start.isoformat())
        self.assertEqual(data["endDate"], session.end.isoformat())
        self.assertEqual(data["location"]["name"], community.title)

    def test_accommodation_is_a_lodging_business_with_a_price_range(self):
        data = json_ld(self.client.get(self.gite.url))
        self.assertEqual(data["@type"], "LodgingBusiness")
        self.assertEqual(data["geo"]["longitude"], 5.38)
        specification = data["makesOffer"]["priceSpecification"]
        self.assertEqual(
            (specification["minPrice"], specification["maxPrice"]), ("40.00", "70.00")
        )

    def test_a_story_is_an_article_about_its_community(self):
        data = json_ld(self.client.get(self.story.url))
        self.assertEqual(data["@type"], "Article")
        self.assertEqual(data["headline"], self.story.title)
        self.assertEqual(data["contentLocation"]["name"], self.community.title)
        self.assertNotIn("audio", data)  # no audio block yet

    def test_json_ld_cannot_close_its_script_element(self):
        self.community.intro = "</script><script>alert(1)</script>"
        self.community.save_revision().publish()
        response = self.client.get(self.community.url)
        self.assertNotContains(response, "</script><script>alert(1)")
        self.assertEqual(json_ld(response)["description"], self.community.intro)


class SocialMetaTests(SeoTestCase):
    def test_opengraph_and_twitter_cards_use_a_sharing_rendition(self):
        response = self.client.get(self.community.url)
        html = response.content.decode()
        self.assertIn(f'<meta property="og:url" content="{self.community.full_url}">', html)
        self.assertIn('<meta property="og:image:width" content="1200">', html)
        self.assertIn('<meta name="twitter:card" content="summary_large_image">', html)
        self.assertIn('<meta name="description" content="Une coopérative d’habitants.">', html)


class SitemapQueryBudgetTests(TestCase):
    def count(self):
        self.client.get("/sitemap.xml")
        with CaptureQueriesContext(connection) as queries:
            self.client.get("/sitemap.xml")
        return len(queries)

    def test_the_sitemap_costs_the_same_with_few_or_many_pages(self):
        home = factories.make_home()
        community = factories.make_community(factories.make_index(home))
        few = self.count()
        for number in range(15):
            factories.translate(factories.make_story(community, title=f"Récit {number}"), "en")
        self.assertEqual(few, self.count())
