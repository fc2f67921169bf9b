"""The page tree is declared, not implied: each type may only live where it belongs."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from communities.models import CommunityIndexPage, CommunityPage
from home.models import HomePage, StandardPage
from narratives.models import StoryPage
from offers.models import OfferPage
from search.models import OfferFinderPage


class PageTreeTests(WagtailPageTestCase):
    def test_home_sits_at_the_root_and_holds_standard_pages_and_destinations(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertAllowedSubpageTypes(
            HomePage, {StandardPage, CommunityIndexPage, OfferFinderPage}
        )

    def test_the_offer_finder_is_a_leaf_under_home(self):
        self.assertAllowedParentPageTypes(OfferFinderPage, {HomePage})
        self.assertAllowedSubpageTypes(OfferFinderPage, set())

    def test_standard_pages_are_leaves_under_home(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage})
        self.assertAllowedSubpageTypes(StandardPage, set())

    def test_destinations_hold_only_communities(self):
        self.assertAllowedParentPageTypes(CommunityIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CommunityIndexPage, {CommunityPage})

    def test_a_community_holds_its_offers_and_stories(self):
        self.assertAllowedParentPageTypes(CommunityPage, {CommunityIndexPage})
        self.assertAllowedSubpageTypes(CommunityPage, {OfferPage, StoryPage})

    def test_offers_and_stories_belong_to_a_community_only(self):
        for model in (OfferPage, StoryPage):
            self.assertAllowedParentPageTypes(model, {CommunityPage})
            self.assertAllowedSubpageTypes(model, set())
            self.assertCanNotCreateAt(HomePage, model)
            self.assertCanNotCreateAt(CommunityIndexPage, model)

    def test_a_community_cannot_live_outside_destinations(self):
        self.assertCanNotCreateAt(HomePage, CommunityPage)
        self.assertCanNotCreateAt(CommunityPage, CommunityPage)
