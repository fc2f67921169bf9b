"""Search on PostgreSQL: each language stemmed as itself, accents ignored, locales kept apart."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from wagtail.models import Page

from search.models import SearchEntry
from tests import factories

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="per-language stemming needs PostgreSQL (SQLite falls back to Wagtail's FTS5)",
)


WALK_INTRO = "Une randonnée facile au lever du jour."


def titles(response):
    return [hit.title for _kind, hits in response.context["groups"] for hit in hits]


class MultilingualSearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        cls.index = factories.make_index(home)
        cls.community = factories.make_community(
            cls.index, title="Les Hauts de Valmorel", intro="Une coopérative d’habitants."
        )
        cls.walk = factories.make_offer(cls.community, title="Balade des crêtes", intro=WALK_INTRO)
        cls.story = factories.make_story(
            cls.community, title="Le récit du quai", intro="Les pêcheurs racontent le port."
        )
        for page in (home, cls.index, cls.community):
            factories.translate(page, "en")
            factories.translate(page, "it")
            factories.translate(page, "sr")
            factories.translate(page, "ar")
        factories.translate(cls.walk, "en", {WALK_INTRO: "Easy walks at dawn."})
        factories.translate(cls.walk, "it", {WALK_INTRO: "Passeggiate facili all’alba."})
        factories.translate(
            cls.walk, "sr", {"Balade des crêtes": "Шетња гребенима", "slug": "шетња"}
        )
        factories.translate(
            cls.walk, "ar", {"Balade des crêtes": "نزهة على القمم", "slug": "نزهة"}
        )

    def search(self, language, text):
        response = self.client.get(f"/{language}/search/", {"q": text})
        self.assertEqual(response.status_code, 200)
        return titles(response)

    def test_french_plural_finds_the_singular(self):
        self.assertIn("Balade des crêtes", self.search("fr", "randonnées"))

    def test_search_ignores_accents(self):
        self.assertIn("Balade des crêtes", self.search("fr", "randonnee"))
        self.assertIn("Balade des crêtes", self.search("fr", "CRETES"))

    def test_english_inflection_is_stemmed(self):
        self.assertIn("Balade des crêtes [en]", self.search("en", "walking"))

    def test_italian_inflection_is_stemmed(self):
        self.assertIn("Balade des crêtes [it]", self.search("it", "passeggiata"))

    def test_serbian_cyrillic_query_finds_its_page(self):
        self.assertIn("Шетња гребенима", self.search("sr", "шетње"))

    def test_arabic_query_finds_its_page(self):
        self.assertIn("نزهة على القمم", self.search("ar", "نزهة"))

    def test_results_never_leak_another_locale(self):
        self.assertEqual(self.search("en", "randonnée"), [])
        self.assertNotIn("Balade des crêtes", self.search("en", "walking"))
        self.assertFalse(any("[en]" in title for title in self.search("fr", "Valmorel")))

    def test_results_are_grouped_by_type_with_highlighted_excerpts(self):
        response = self.client.get("/fr/search/", {"q": "Valmorel habitants"})
        kinds = [kind.value for kind, _hits in response.context["groups"]]
        self.assertEqual(kinds, ["community"])
        self.assertContains(response, "<mark>habitants</mark>", html=False)

    def test_unpublishing_removes_the_page_from_results(self):
        self.story.unpublish()
        self.assertNotIn("Le récit du quai", self.search("fr", "pêcheurs"))
        self.story.save_revision().publish()
        self.assertIn("Le récit du quai", self.search("fr", "pêcheurs"))

    def test_deleting_removes_the_entry(self):
        self.story.delete()
        self.assertFalse(SearchEntry.objects.filter(page_id=self.story.pk).exists())

    def test_autocomplete_matches_title_prefixes_without_accents(self):
        response = self.client.get("/fr/search/suggest/", {"q": "bal cre"})
        self.assertEqual(response.json()["results"][0]["title"], "Balade des crêtes")
        self.assertEqual(response.json()["results"][0]["url"], self.walk.url)

    def test_autocomplete_stays_in_the_locale(self):
        response = self.client.get("/en/search/suggest/", {"q": "bal"})
        found = [result["title"] for result in response.json()["results"]]
        self.assertEqual(found, ["Balade des crêtes [en]"])

    def test_the_rebuild_command_indexes_every_live_page(self):
        SearchEntry.objects.all().delete()
        call_command("rebuild_search", verbosity=0)
        self.assertIn("Balade des crêtes", self.search("fr", "randonnées"))
        live_pages = Page.objects.live().filter(depth__gt=1).count()
        self.assertEqual(SearchEntry.objects.count(), live_pages)
