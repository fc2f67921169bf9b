"""A story that uses every block renders each of them, in the visitor's language."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase

from communities.models import CommunityPage
from narratives.models import StoryPage
from tests import factories
from tests.narratives.factories import make_full_story


class StoryPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        index = factories.make_index(home)
        cls.community = factories.make_community(index, title="Novi Brod")
        cls.offer = factories.make_offer(cls.community, title="Les jeudis du ponton")
        cls.story = make_full_story(cls.community, cls.offer)

    def test_stories_live_under_communities_only(self):
        self.assertAllowedParentPageTypes(StoryPage, {CommunityPage})
        self.assertAllowedSubpageTypes(StoryPage, set())

    def test_it_renders_every_block(self):
        response = self.client.get(self.story.url)
        self.assertEqual(response.status_code, 200)
        for text in (
            "Le quai des bateliers",
            "<b>s’éveille</b>",
            'alt="Le quai au matin"',
            "Le quai en images",
            'alt="Les bollards rouillés"',
            "Le fleuve ne dort jamais.",
            '<audio controls preload="none"',
            'type="audio/wav"',
            "<details",
            "Tire, tire la corde, le fleuve est long.",
            'title="La fête du port"',
            "<ol",
            "La capitainerie",
            "Le vieux phare",
            "À vivre sur le quai",
            "Les jeudis du ponton",
            "Tram 2, arrêt Quai",
            "Peut-on se baigner ?",
            "Écrire au quai",
            "Dragan Ilić, batelier",
            "Patrimoine oral",
        ):
            with self.subTest(text=text):
                self.assertContains(response, text)

    def test_reading_time_is_computed_from_the_text(self):
        self.assertEqual(self.story.reading_time, 1)
        long = factories.make_story(
            self.community,
            title="Un long récit",
            body=[("paragraph", "<p>" + "mot " * 450 + "</p>")],
        )
        self.assertEqual(long.reading_time, 3)
        response = self.client.get(long.url)
        self.assertContains(response, "3 min read")

    def test_the_community_page_shows_reading_time_on_story_cards(self):
        response = self.client.get(self.community.url)
        self.assertContains(response, "1 min read")


class StoryEditingTests(TestCase):
    def test_the_editor_can_open_the_story_form(self):
        home = factories.make_home()
        community = factories.make_community(factories.make_index(home))
        story = make_full_story(community, factories.make_offer(community))
        admin = get_user_model().objects.create_superuser("admin", "a@example.com", "pw")
        self.client.force_login(admin)
        response = self.client.get(f"/admin/pages/{story.pk}/edit/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(Locale.get_default().language_code, "fr")
