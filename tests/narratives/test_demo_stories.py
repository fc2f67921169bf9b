"""The demo network tells each community's story with a sound, a gallery and a walk, in every
language the community is published in."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from communities.models import CommunityPage
from narratives.models import AudioRecording, StoryPage


class DemoStoriesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", "--no-accounts", stdout=StringIO())

    def test_every_story_has_a_transcribed_sound_a_gallery_and_a_walk_in_each_language(self):
        for story in StoryPage.objects.live().select_related("locale"):
            with self.subTest(story=story.title, language=story.locale.language_code):
                types = [child.block_type for child in story.body]
                self.assertTrue({"audio", "gallery", "itinerary"} <= set(types))
                audio = next(child.value for child in story.body if child.block_type == "audio")
                self.assertTrue(audio["transcript"].strip())
                self.assertEqual(audio["recording"].mime_type, "audio/wav")

    def test_each_community_with_a_story_has_its_own_tone(self):
        # The onboarding demo adds communities that have no story yet.
        storied = [
            c
            for c in CommunityPage.objects.filter(locale__language_code="fr")
            if StoryPage.objects.child_of(c).exists()
        ]
        self.assertEqual(AudioRecording.objects.count(), len(storied))

    def test_the_english_story_is_in_english(self):
        story = StoryPage.objects.get(locale__language_code="en", title="The story of the quay")
        response = self.client.get(story.url)
        self.assertContains(response, "The tuning fork’s A")
        self.assertContains(response, "The residents’ walk")
        self.assertNotContains(response, "diapason")
