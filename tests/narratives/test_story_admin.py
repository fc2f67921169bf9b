"""An editor writes a story in the admin: bad blocks are refused with a message, and nothing
is stored."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from narratives.models import StoryPage
from tests import factories
from tests.narratives.factories import make_recording


class StoryAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        cls.community = factories.make_community(factories.make_index(home))
        cls.recording = make_recording()
        cls.editor = get_user_model().objects.create_superuser("ed", "ed@example.com", "pw")

    def setUp(self):
        self.client.force_login(self.editor)

    def post_story(self, *body):
        url = reverse(
            "wagtailadmin_pages:add", args=("narratives", "storypage", self.community.pk)
        )
        data = nested_form_data(
            {
                "title": "Le récit des sonnailles",
                "slug": "sonnailles",
                "intro": "Un récit.",
                "told_by": "Baptiste",
                "body": streamfield(list(body)),
                "story_themes": inline_formset([]),
                "related_offers": inline_formset([]),
            }
        )
        return self.client.post(url, data)

    def audio(self, **values):
        return (
            "audio",
            {
                "recording": self.recording.pk,
                "title": "Sonnailles",
                "transcript": "Des cloches, puis la voix du berger.",
                "speaker": "",
                "place": "",
                "recorded_on": "",
                "credit": "",
                "licence": "cc0",
                **values,
            },
        )

    def test_a_story_with_a_transcribed_sound_is_saved(self):
        response = self.post_story(self.audio())
        self.assertEqual(response.status_code, 302)
        story = StoryPage.objects.get(slug="sonnailles")
        self.assertEqual(story.body[0].value["transcript"], "Des cloches, puis la voix du berger.")

    def test_a_sound_without_transcript_is_refused(self):
        response = self.post_story(self.audio(transcript=""))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "w-field__errors")
        self.assertFalse(StoryPage.objects.filter(slug="sonnailles").exists())

    def test_a_call_to_action_with_a_page_and_an_address_is_refused(self):
        both = {"label": "Écrire", "page": self.community.pk, "url": "https://a.example"}
        response = self.post_story(("call_to_action", both))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Choose a page or give an address, not both.")
        self.assertFalse(StoryPage.objects.filter(slug="sonnailles").exists())

    def test_a_latitude_of_95_is_refused(self):
        place = {"name": "Le col", "text": "", "latitude": "95", "longitude": "3"}
        places = {"title": "Lieux", "places": streamfield([("item", place)])}
        response = self.post_story(("places_map", places))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "A latitude goes from -90 (south) to 90 (north).")
        self.assertFalse(StoryPage.objects.filter(slug="sonnailles").exists())
