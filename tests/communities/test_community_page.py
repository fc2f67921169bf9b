"""The community page lists its live offers and stories at a constant cost."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from tests import factories


class CommunityPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        index = factories.make_index(home)
        cls.small = factories.make_community(index, title="Petite communauté")
        cls.large = factories.make_community(index, title="Grande communauté")
        for community, count in ((cls.small, 3), (cls.large, 30)):
            for number in range(count):
                factories.make_offer(
                    community,
                    title=f"Offre {number}",
                    hero_image=factories.make_image(f"offre {community.pk} {number}"),
                    price_kind="fixed",
                    price_amount=10 + number,
                )
            factories.make_story(
                community, hero_image=factories.make_image(f"récit {community.pk}")
            )

    def queries_to_render(self, page):
        self.client.get(page.url)  # renditions are created on the first view; count the next
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        return len(queries), response

    def test_rendering_3_or_30_offers_costs_the_same_number_of_queries(self):
        small_count, _response = self.queries_to_render(self.small)
        large_count, large = self.queries_to_render(self.large)
        self.assertEqual(len(large.context["offers"]), 30)
        self.assertEqual(small_count, large_count)

    def test_lists_live_offers_and_stories_only(self):
        draft = factories.make_offer(self.small, title="Offre en brouillon")
        draft.unpublish()
        response = self.client.get(self.small.url)
        self.assertContains(response, "Offre 2")
        self.assertContains(response, "Le récit du quai")
        self.assertNotContains(response, "Offre en brouillon")
