"""The home: the cooperative's featured choice in the visitor's language, or a neutral fallback."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from home.models import HomeFeaturedCommunity, HomeFeaturedStory, HomePage
from tests import factories


def card_titles(response, key):
    return [page.title for page in response.context[key]]


class HomeFeaturedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.make_home()
        cls.index = factories.make_index(cls.home)
        cls.alpha = factories.make_community(cls.index, title="Alpha")
        cls.beta = factories.make_community(cls.index, title="Bêta")
        cls.gamma = factories.make_community(cls.index, title="Gamma")
        cls.old = factories.make_story(cls.alpha, title="Ancien récit")
        cls.new = factories.make_story(cls.beta, title="Nouveau récit")
        for page in (cls.home, cls.index, cls.alpha, cls.beta, cls.gamma, cls.old, cls.new):
            factories.translate(page, "en")

    def choose(self, communities=(), stories=()):
        """As an editor does: on the French home, published, then synced to translations."""
        home = HomePage.objects.get(pk=self.home.pk)
        for order, page in enumerate(communities):
            home.featured_community_links.add(HomeFeaturedCommunity(page=page, sort_order=order))
        for order, page in enumerate(stories):
            home.featured_story_links.add(HomeFeaturedStory(page=page, sort_order=order))
        home.save_revision().publish()
        TranslationSource.update_or_create_from_instance(home)
        factories.translate(home, "en")

    def test_without_a_choice_communities_by_name_and_the_latest_stories(self):
        response = self.client.get(self.home.url)
        self.assertEqual(card_titles(response, "communities"), ["Alpha", "Bêta", "Gamma"])
        self.assertEqual(card_titles(response, "stories"), ["Nouveau récit", "Ancien récit"])

    def test_the_cooperative_choice_is_shown_in_its_order(self):
        self.choose(communities=[self.gamma, self.alpha], stories=[self.old])
        response = self.client.get(self.home.url)
        self.assertEqual(card_titles(response, "communities"), ["Gamma", "Alpha"])
        self.assertEqual(card_titles(response, "stories"), ["Ancien récit"])

    def test_each_language_shows_the_translations_of_the_choice(self):
        self.choose(communities=[self.gamma, self.alpha])
        english = self.home.get_translation(Locale.objects.get(language_code="en"))
        response = self.client.get(english.url)
        self.assertEqual(card_titles(response, "communities"), ["Gamma [en]", "Alpha [en]"])

    def test_a_chosen_page_that_is_no_longer_live_is_left_out(self):
        self.choose(communities=[self.gamma, self.alpha])
        self.gamma.unpublish()
        self.assertEqual(card_titles(self.client.get(self.home.url), "communities"), ["Alpha"])

    def test_the_home_links_to_the_map(self):
        self.assertContains(
            self.client.get(self.home.url), f'href="{self.index.url}#destinations-map"'
        )

    def test_the_choice_is_synchronised_to_translations(self):
        self.choose(communities=[self.gamma])
        english = self.home.get_translation(Locale.objects.get(language_code="en"))
        links = english.specific.featured_community_links.all()
        self.assertEqual(
            [link.page.translation_key for link in links], [self.gamma.translation_key]
        )


class HomeQueryBudgetTests(TestCase):
    """The home costs the same with 2 or 20 communities and stories, chosen or not."""

    @classmethod
    def setUpTestData(cls):
        cls.home = factories.make_home()
        cls.index = factories.make_index(cls.home)

    def add(self, count, start=0):
        for number in range(start, start + count):
            community = factories.make_community(
                self.index,
                title=f"Communauté {number}",
                hero_image=factories.make_image(f"c {number}"),
            )
            factories.make_story(
                community, title=f"Récit {number}", hero_image=factories.make_image(f"s {number}")
            )

    def count(self):
        self.client.get(self.home.url)  # renditions are created on the first view
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(self.home.url).status_code, 200)
        return len(queries)

    def test_the_fallback_costs_the_same_with_few_or_many_pages(self):
        self.add(2)
        few = self.count()
        self.add(20, start=2)
        self.assertEqual(few, self.count())

    def test_a_choice_costs_the_same_with_few_or_many_pages(self):
        self.add(8)
        for order, community in enumerate(
            self.home.get_descendants().type(factories.CommunityPage).specific()[:2]
        ):
            HomeFeaturedCommunity.objects.create(home=self.home, page=community, sort_order=order)
        few = self.count()
        for order, community in enumerate(factories.CommunityPage.objects.all()[2:8], start=2):
            HomeFeaturedCommunity.objects.create(home=self.home, page=community, sort_order=order)
        self.assertEqual(few, self.count())
