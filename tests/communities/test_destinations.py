"""The destinations index: a map fed by a GeoJSON endpoint per locale, and cards by country."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from tests import factories


class DestinationsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.make_home()
        cls.index = factories.make_index(cls.home)
        cls.marseille = factories.make_community(cls.index, title="Quartier du Panier")
        cls.turin = factories.make_community(
            cls.index,
            title="Borgo Dora",
            country="IT",
            locality="Torino",
            latitude="45.0770",
            longitude="7.6850",
        )
        cls.draft = factories.make_community(cls.index, title="Brouillon")
        cls.draft.unpublish()
        for page in (cls.home, cls.index, cls.marseille):
            factories.translate(page, "en")

    def test_geojson_lists_the_live_communities_of_the_locale(self):
        response = self.client.get(self.index.url + "geojson/")
        self.assertEqual(response["Content-Type"], "application/geo+json")
        features = response.json()["features"]
        labels = [feature["properties"]["label"] for feature in features]
        self.assertEqual(labels, ["Borgo Dora", "Quartier du Panier"])
        self.assertEqual(features[0]["geometry"]["coordinates"], [7.685, 45.077])
        self.assertEqual(features[0]["properties"]["url"], self.turin.url)

    def test_geojson_of_another_language_has_its_own_communities(self):
        english = self.index.get_translation(Locale.objects.get(language_code="en"))
        features = self.client.get(english.url + "geojson/").json()["features"]
        self.assertEqual([f["properties"]["label"] for f in features], ["Quartier du Panier [en]"])

    def test_geojson_is_cacheable_and_varies_on_language(self):
        response = self.client.get(self.index.url + "geojson/")
        self.assertIn("max-age=600", response["Cache-Control"])
        self.assertIn("Accept-Language", response["Vary"])

    def test_the_index_points_the_map_at_its_geojson_and_lists_cards_by_country(self):
        response = self.client.get(self.index.url)
        self.assertContains(response, f'data-map-source="{self.index.url}geojson/"')
        html = response.content.decode()
        self.assertLess(html.index("France"), html.index("Quartier du Panier"))
        self.assertLess(html.index("Italie"), html.index("Borgo Dora"))
        self.assertNotContains(response, "Brouillon")


class DestinationsQueryBudgetTests(TestCase):
    """The index and its GeoJSON cost the same with 2 or 25 communities."""

    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        cls.small = factories.make_index(home)
        cls.large = factories.make_index(home, title="Autres", slug="autres")
        for index, count in ((cls.small, 2), (cls.large, 25)):
            for number in range(count):
                factories.make_community(
                    index,
                    title=f"Communauté {index.pk}-{number}",
                    country=["FR", "IT", "ES"][number % 3],
                    hero_image=factories.make_image(f"c {index.pk} {number}"),
                )

    def count(self, url):
        self.client.get(url)  # renditions are created on the first view
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def test_the_index_costs_the_same_with_few_or_many_communities(self):
        self.assertEqual(self.count(self.small.url), self.count(self.large.url))

    def test_the_geojson_costs_the_same_with_few_or_many_communities(self):
        small = self.count(self.small.url + "geojson/")
        self.assertEqual(small, self.count(self.large.url + "geojson/"))
