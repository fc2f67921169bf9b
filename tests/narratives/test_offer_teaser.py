"""The offer teaser shows live offers only, in the visitor's language."""

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.utils import translation

from narratives.blocks import OfferTeaserBlock
from narratives.models import StoryPageOffer
from tests import factories


def teaser_html(offers):
    block = OfferTeaserBlock()
    value = block.to_python({"title": "À vivre", "offers": [offer.pk for offer in offers]})
    return block.render(value, context={"block_id": "t"})


class OfferTeaserTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        index = factories.make_index(home)
        cls.community = factories.make_community(index)
        for page in (home, index, cls.community):
            factories.translate(page, "en")
        cls.live = factories.make_offer(
            cls.community, title="Balade du port", price_kind="fixed", price_amount=12
        )
        cls.draft = factories.make_offer(cls.community, title="Atelier en préparation")
        cls.draft.unpublish()
        cls.english = factories.translate(cls.live, "en", {"Balade du port": "Harbour walk"})

    def test_it_shows_a_live_offer_with_its_title_summary_price_and_link(self):
        with translation.override("fr"):
            html = teaser_html([self.live])
        self.assertIn("Balade du port", html)
        self.assertIn("Une balade.", html)
        self.assertIn("12", html)
        self.assertIn(f'href="{self.live.url}"', html)

    def test_it_hides_draft_offers(self):
        with translation.override("fr"):
            html = teaser_html([self.live, self.draft])
        self.assertNotIn("Atelier en préparation", html)
        with translation.override("fr"):
            self.assertEqual(teaser_html([self.draft]).strip(), "")

    def test_it_shows_the_offer_in_the_visitors_language(self):
        with translation.override("en"):
            html = teaser_html([self.live])
        self.assertIn("Harbour walk", html)
        self.assertIn(f'href="{self.english.url}"', html)
        self.assertNotIn("Balade du port", html)

    def test_it_hides_an_offer_not_live_in_the_visitors_language(self):
        with translation.override("it"):
            self.assertNotIn("Balade du port", teaser_html([self.live]))

    def test_related_offers_of_a_story_follow_the_same_rule(self):
        story = factories.make_story(self.community)
        for offer in (self.live, self.draft):
            StoryPageOffer.objects.create(page=story, offer=offer)
        response = self.client.get(story.url)
        self.assertContains(response, "Balade du port")
        self.assertNotContains(response, "Atelier en préparation")

    def test_related_offers_only_accept_offer_pages(self):
        link = StoryPageOffer(
            page=factories.make_story(self.community, title="B"), offer=self.community
        )
        with self.assertRaises(ValidationError):
            link.full_clean()
