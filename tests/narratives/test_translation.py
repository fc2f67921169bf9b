"""Every human-language string of a story is a wagtail-localize segment, and nothing else is:
files, images, pages, coordinates, dates and licences are synchronised from the source."""

import json

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, StringSegment, TranslationSource
from wagtail_localize.segments import StringSegmentValue

from narratives.blocks import FigureBlock
from tests import factories
from tests.narratives.factories import EVERY_BLOCK_STRINGS, make_full_story

PAGE_STRINGS = {"L’histoire du quai", "lhistoire-du-quai", "Un récit.", "Dragan Ilić, batelier"}


def english(text):
    return f"EN {text}"


class StoryTranslationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        index = factories.make_index(home)
        cls.community = factories.make_community(index, title="Novi Brod")
        cls.offer = factories.make_offer(cls.community, title="Les jeudis du ponton")
        for page in (home, index, cls.community, cls.offer):
            factories.translate(page, "en")
        cls.story = make_full_story(cls.community, cls.offer)
        cls.source, _created = TranslationSource.get_or_create_from_instance(cls.story)

    def test_submitting_a_story_extracts_exactly_its_texts(self):
        strings = set(
            StringSegment.objects.filter(source=self.source).values_list("string__data", flat=True)
        )
        self.assertEqual(strings, EVERY_BLOCK_STRINGS | PAGE_STRINGS)

    def test_nothing_but_texts_is_offered_to_the_translator(self):
        self.assertFalse(OverridableSegment.objects.filter(source=self.source).exists())

    def test_the_published_english_story_shows_english_texts_and_the_same_media(self):
        texts = {text: english(text) for text in EVERY_BLOCK_STRINGS | PAGE_STRINGS}
        texts["slug"] = "the-story-of-the-quay"
        translated = factories.translate(self.story, "en", texts)
        self.assertTrue(translated.live)
        self.assertEqual(translated.locale, Locale.objects.get(language_code="en"))

        response = self.client.get(translated.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<html lang="en"')
        for text in ("Le quai des bateliers", "Tire, tire la corde, le fleuve est long."):
            self.assertContains(response, english(text))
        self.assertContains(response, 'alt="EN Le quai au matin"')
        self.assertNotContains(response, "<p>Le fleuve ne dort jamais.")

        source_body, english_body = self.story.body.raw_data, translated.body.raw_data
        self.assertEqual(media_of(english_body), media_of(source_body))
        self.assertEqual(translated.hero_image_id, self.story.hero_image_id)
        self.assertEqual(
            list(translated.story_themes.values_list("theme_id", flat=True)),
            list(self.story.story_themes.values_list("theme_id", flat=True)),
        )

    def test_the_translator_edits_the_story_in_the_wagtail_localize_editor(self):
        translated = factories.translate(self.story, "en", publish=False)
        translator = get_user_model().objects.create_superuser("tr", "tr@example.com", "pw")
        self.client.force_login(translator)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
        self.assertEqual(response.status_code, 200)
        editor = response.content.decode()
        for text in ("Tire, tire la corde, le fleuve est long.", "Les bollards rouillés"):
            self.assertIn(json.dumps(text)[1:-1], editor)

    def test_the_english_story_names_its_themes_in_english(self):
        theme = self.story.story_themes.get().theme
        english_theme = theme.copy_for_translation(Locale.objects.get(language_code="en"))
        english_theme.name = "Oral heritage"
        english_theme.save()
        translated = factories.translate(self.story, "en")
        response = self.client.get(translated.url)
        self.assertContains(response, '<li class="tag">Oral heritage</li>')
        self.assertNotContains(response, "Patrimoine oral")

    def test_the_english_story_links_to_the_english_offer(self):
        translated = factories.translate(self.story, "en")
        english_offer = self.offer.get_translation(Locale.objects.get(language_code="en"))
        response = self.client.get(translated.url)
        self.assertContains(response, english_offer.url)
        self.assertNotContains(response, self.offer.url)


def media_of(raw_body):
    """The synchronised values of a raw stream: images, files, pages, coordinates, dates."""
    keys = {
        "image",
        "recording",
        "offer",
        "offers",
        "page",
        "url",
        "video",
        "latitude",
        "longitude",
        "recorded_on",
        "licence",
        "level",
        "distance_km",
        "duration_minutes",
    }
    found = []

    def walk(value, path):
        if isinstance(value, dict):
            for key, child in value.items():
                if key in keys and not isinstance(child, dict | list):
                    found.append((path + key, child))
                elif key not in ("id",):
                    walk(child, f"{path}{key}.")
        elif isinstance(value, list):
            for index, child in enumerate(value):
                walk(child, f"{path}{index}.")

    walk(list(raw_body), "")
    return found


class DecorativeImageTests(TestCase):
    def test_a_decorative_image_stays_decorative_in_translation(self):
        image = factories.make_image()
        block = FigureBlock()
        value = block.to_python(
            {
                "image": {"image": image.pk, "alt_text": "", "decorative": True},
                "caption": "Le lavoir",
                "credit": "",
                "licence": "cc0",
            }
        )
        segments = block.get_translatable_segments(value)
        self.assertEqual([(s.path, s.render_text()) for s in segments], [("caption", "Le lavoir")])
        translated = block.restore_translated_segments(
            value, [StringSegmentValue("caption", "The wash house")]
        )
        self.assertEqual(translated["caption"], "The wash house")
        self.assertTrue(translated["image"].decorative)
        self.assertEqual(translated["image"].pk, image.pk)
