"""The home's upcoming offers: soonest open sessions first, live and in the visitor's language."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.offers.factories import make_session


class UpcomingOffersTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.make_home()
        community = factories.make_community(factories.make_index(cls.home))
        cls.later = factories.make_offer(community, title="Atelier plus tard")
        cls.soon = factories.make_offer(community, title="Balade bientôt")
        cls.undated = factories.make_offer(community, title="Produit sans date")
        cls.draft = factories.make_offer(community, title="Brouillon")
        make_session(cls.later, days=30)
        make_session(cls.soon, days=2)
        make_session(cls.draft, days=1)
        cls.draft.unpublish()
        cls.community = community

    def titles(self):
        return [offer.title for offer in self.client.get(self.home.url).context["upcoming_offers"]]

    def test_soonest_first_and_only_live_offers_with_a_session(self):
        self.assertEqual(self.titles(), ["Balade bientôt", "Atelier plus tard"])

    def test_the_cost_does_not_grow_with_the_offers(self):
        def queries():
            self.client.get(self.home.url)
            with CaptureQueriesContext(connection) as captured:
                self.client.get(self.home.url)
            return len(captured)

        before = queries()
        for number in range(8):
            make_session(factories.make_offer(self.community, title=f"Offre {number}"), days=5)
        self.assertEqual(queries(), before)
