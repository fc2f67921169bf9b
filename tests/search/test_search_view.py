"""The search page and its autocomplete on any database (FTS5 on SQLite, per-language on
PostgreSQL): a plain GET form that works without JavaScript."""

from django.test import TestCase

from tests import factories


class SearchViewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        index = factories.make_index(home)
        cls.community = factories.make_community(index, title="Les Hauts de Valmorel")
        factories.make_offer(cls.community, title="Balade des escaliers")

    def test_the_form_works_without_javascript(self):
        response = self.client.get("/fr/search/", {"q": "escaliers"})
        self.assertContains(response, 'method="get" role="search"')
        self.assertContains(response, "Balade des escaliers")
        self.assertContains(response, 'id="results-offer"')

    def test_an_empty_or_overlong_query_is_harmless(self):
        self.assertEqual(self.client.get("/fr/search/", {"q": ""}).status_code, 200)
        self.assertEqual(self.client.get("/fr/search/", {"q": "x" * 5000}).status_code, 200)
        odd = self.client.get("/fr/search/", {"q": "'\"):*&!<b>"})
        self.assertEqual(odd.status_code, 200)
        self.assertNotContains(odd, "<b>")

    def test_autocomplete_answers_json(self):
        response = self.client.get("/fr/search/suggest/", {"q": "Bal"})
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertIn("Balade des escaliers", [r["title"] for r in response.json()["results"]])

    def test_autocomplete_of_nothing_is_empty(self):
        self.assertEqual(
            self.client.get("/fr/search/suggest/", {"q": ":*&"}).json()["results"], []
        )
