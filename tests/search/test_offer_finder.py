"""The offer finder: filters alone and combined, their edges, counts, notices and cost."""

from datetime import timedelta
from urllib.parse import urlencode

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from offers.models import OfferTheme
from search.models import OfferFinderPage
from tests import factories
from tests.narratives.factories import make_theme
from tests.offers.factories import make_session


def day(offset):
    return (timezone.localdate() + timedelta(days=offset)).isoformat()


class FinderTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        cls.finder = factories.publish(home, OfferFinderPage(title="Les offres", slug="offres"))
        index = factories.make_index(home)
        cls.valmorel = factories.make_community(index, title="Valmorel", country="FR")
        cls.porto = factories.make_community(index, title="Porto Salvia", country="IT")
        nature, food = make_theme("Nature", "nature"), make_theme("Cuisine", "cuisine")
        cls.walk = cls.offer(
            cls.valmorel, "Balade des escaliers", "walk", access_mobility=True,
            languages=["fr", "en"], themes=[OfferTheme(theme=nature)],
        )  # fmt: skip
        cls.workshop = cls.offer(
            cls.valmorel, "Atelier de tissage", "workshop", price_kind="fixed",
            price_amount=30, languages=["fr"],
        )  # fmt: skip
        cls.meal = cls.offer(
            cls.porto, "Cena dei pescatori", "meal", price_kind="range", price_amount=20,
            price_max=45, languages=["it", "en"], themes=[OfferTheme(theme=food)],
        )  # fmt: skip
        cls.room = cls.offer(
            cls.porto, "Chambre sur le port", "accommodation", price_kind="fixed",
            price_amount=60, season_start=timezone.localdate() + timedelta(days=5),
            season_end=timezone.localdate() + timedelta(days=90),
        )  # fmt: skip
        cls.product = cls.offer(
            cls.porto, "Poutargue", "product", price_kind="pay_what_you_can", price_amount=10
        )
        make_session(cls.walk, days=10)
        make_session(cls.workshop, days=40)
        make_session(cls.meal, days=3, status="cancelled")
        make_session(cls.meal, days=20)

    @classmethod
    def offer(cls, community, title, offer_type, **fields):
        return factories.make_offer(community, title=title, offer_type=offer_type, **fields)

    def find(self, **params):
        response = self.client.get(self.finder.url + "?" + urlencode(params, doseq=True))
        self.assertEqual(response.status_code, 200)
        self.response = response
        return [offer.title for offer in response.context["offers"]]

    def facet(self, name):
        return {v.value: v.count for v in self.response.context["finder"].facets[name]}


class EachFilterTests(FinderTestCase):
    def test_without_filters_every_offer_in_neutral_order(self):
        # Soonest open session first (the cancelled one does not count), then by title.
        self.assertEqual(
            self.find(),
            [
                "Balade des escaliers",
                "Cena dei pescatori",
                "Atelier de tissage",
                "Chambre sur le port",
                "Poutargue",
            ],
        )

    def test_type(self):
        self.assertEqual(self.find(type="walk"), ["Balade des escaliers"])
        self.assertEqual(
            self.find(type=["walk", "meal"]), ["Balade des escaliers", "Cena dei pescatori"]
        )

    def test_country_and_community(self):
        self.assertEqual(
            self.find(country="IT"), ["Cena dei pescatori", "Chambre sur le port", "Poutargue"]
        )
        self.assertEqual(
            self.find(community=self.valmorel.pk), ["Balade des escaliers", "Atelier de tissage"]
        )

    def test_dates_find_open_sessions_and_seasons_in_the_range(self):
        self.assertEqual(
            self.find(date_from=day(5), date_to=day(15)),
            ["Balade des escaliers", "Chambre sur le port"],
        )

    def test_a_range_of_one_day_includes_sessions_of_that_day(self):
        self.assertEqual(
            self.find(date_from=day(10), date_to=day(10)),
            ["Balade des escaliers", "Chambre sur le port"],
        )

    def test_a_cancelled_session_does_not_match_its_dates(self):
        self.assertEqual(self.find(date_from=day(2), date_to=day(4)), [])

    def test_a_start_in_the_past_counts_from_today(self):
        self.assertEqual(
            self.find(date_from=day(-30), date_to=day(12)),
            ["Balade des escaliers", "Chambre sur le port"],
        )

    def test_budget_includes_its_limit_free_and_pay_what_you_can(self):
        self.assertEqual(
            self.find(max_price="30"),
            ["Balade des escaliers", "Cena dei pescatori", "Atelier de tissage", "Poutargue"],
        )
        self.assertEqual(self.find(max_price="19.99"), ["Balade des escaliers", "Poutargue"])

    def test_free_only(self):
        self.assertEqual(self.find(free="on"), ["Balade des escaliers"])

    def test_needs_interests_and_languages(self):
        self.assertEqual(self.find(need="mobility"), ["Balade des escaliers"])
        self.assertEqual(self.find(theme="cuisine"), ["Cena dei pescatori"])
        self.assertEqual(self.find(language="it"), ["Cena dei pescatori"])
        self.assertEqual(self.find(language="en"), ["Balade des escaliers", "Cena dei pescatori"])

    def test_words_go_through_the_language_aware_search(self):
        # Every offer's intro says "balade"; only the walk's title has "escaliers".
        self.assertEqual(self.find(q="escaliers"), ["Balade des escaliers"])
        if connection.vendor == "postgresql":  # French stemming; SQLite's fallback has none
            self.assertEqual(self.find(q="escalier"), ["Balade des escaliers"])


class CombinedFilterTests(FinderTestCase):
    def test_filters_combine(self):
        params = {"type": "walk", "free": "on", "need": "mobility"}
        self.assertEqual(
            self.find(**params, date_from=day(1), date_to=day(30)), ["Balade des escaliers"]
        )
        self.assertEqual(self.find(**params, country="IT"), [])

    def test_each_group_counts_its_values_with_the_other_filters(self):
        self.find(type="walk", country="FR")
        self.assertEqual(self.facet("type")["workshop"], 1)  # types ignore the type filter
        self.assertEqual(self.facet("type")["meal"], 0)  # but not the country filter
        self.assertEqual(self.facet("country"), {"FR": 1, "IT": 0})
        self.assertEqual(self.facet("need")["mobility"], 1)

    def test_filters_live_in_the_url_and_the_form_shows_them(self):
        self.find(type="walk", max_price="25")
        self.assertContains(self.response, 'name="type" value="walk" id="id_type_2" checked')
        self.assertContains(self.response, 'value="25"')


class InvalidParameterTests(FinderTestCase):
    def test_invalid_values_are_ignored_with_a_notice(self):
        titles = self.find(date_from="not-a-date", max_price="-3", type="spaceship")
        self.assertEqual(len(titles), 5)
        self.assertContains(self.response, 'class="notice" role="status"')
        notices = self.response.context["finder"].notices
        self.assertEqual(len(notices), 3)
        for value, notice in zip(("spaceship", "not-a-date", "-3"), notices, strict=True):
            self.assertIn(value, notice)
            self.assertContains(self.response, notice)

    def test_valid_filters_still_apply_beside_invalid_ones(self):
        self.assertEqual(self.find(type="walk", max_price="beaucoup"), ["Balade des escaliers"])

    def test_an_end_before_the_start_is_ignored_with_a_notice(self):
        # Only the start (day 35) is kept: the workshop's session and the room's season.
        self.assertEqual(
            self.find(date_from=day(35), date_to=day(5)),
            ["Atelier de tissage", "Chambre sur le port"],
        )
        [notice] = self.response.context["finder"].notices
        self.assertIn(day(5), notice)

    def test_a_page_number_out_of_range_shows_the_last_page(self):
        self.assertEqual(len(self.find(page="999")), 5)


class FinderQueryBudgetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        cls.finder = factories.publish(home, OfferFinderPage(title="Les offres", slug="offres"))
        index = factories.make_index(home)
        cls.small = factories.make_community(index, title="Petite")
        cls.large = factories.make_community(index, title="Grande")
        for community, count in ((cls.small, 10), (cls.large, 200)):
            for number in range(count):
                offer = factories.make_offer(community, title=f"Offre {community.pk}-{number}")
                make_session(offer, days=1 + number % 30)

    def queries(self, community):
        url = f"{self.finder.url}?community={community.pk}&type=walk&max_price=50"
        self.client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(captured), response.context["offers"].paginator.count

    def test_10_or_200_matching_offers_cost_the_same_number_of_queries(self):
        small_queries, small_count = self.queries(self.small)
        large_queries, large_count = self.queries(self.large)
        self.assertEqual((small_count, large_count), (10, 200))
        self.assertEqual(small_queries, large_queries)
