"""Each block renders its fields, escapes plain text, and refuses bad values clearly."""

import datetime

from django.core.exceptions import ValidationError
from django.test import TestCase
from wagtail.blocks import StructBlockValidationError

from narratives import blocks
from narratives.blocks import StoryStreamBlock
from tests import factories
from tests.narratives.factories import VIDEO_URL, make_recording, make_video_embed

EVIL = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def render(block, raw, **context):
    value = block.to_python(raw)
    return block.render(value, context={"block_id": "b1", **context})


def errors_of(block, raw):
    """The child names (or "__all__") a block's clean() complains about."""
    try:
        block.clean(block.to_python(raw))
    except StructBlockValidationError as error:
        return set(error.block_errors) | ({"__all__"} if error.non_block_errors else set())
    except ValidationError:
        return {"__value__"}
    return set()


def stop(name="Le départ", latitude=44.67, longitude=21.04, offer=None):
    return {"name": name, "text": "", "latitude": latitude, "longitude": longitude, "offer": offer}


class RenderingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        cls.community = factories.make_community(factories.make_index(home))
        cls.image = factories.make_image("lavoir")
        cls.recording = make_recording()

    def test_every_block_of_a_story_has_complete_meta(self):
        for name, block in StoryStreamBlock().child_blocks.items():
            with self.subTest(block=name):
                self.assertTrue(type(block).__doc__)
                for option in ("icon", "template", "description", "preview_value", "group"):
                    self.assertTrue(getattr(block.meta, option, None), option)

    def test_plain_text_fields_are_escaped(self):
        cases = [
            (blocks.HeadingBlock(), {"text": EVIL, "level": "h3"}),
            (blocks.QuoteBlock(), {"quote": EVIL, "attribution": EVIL, "role": EVIL}),
            (
                blocks.PracticalInfoBlock(),
                {"title": EVIL, "items": [{"label": EVIL, "text": EVIL}]},
            ),
            (
                blocks.FaqBlock(),
                {"title": EVIL, "items": [{"question": EVIL, "answer": "<p>x</p>"}]},
            ),
            (
                blocks.CallToActionBlock(),
                {"label": EVIL, "page": None, "url": "https://a.example"},
            ),
            (blocks.PlacesMapBlock(), {"title": EVIL, "places": [stop(EVIL)]}),
            (blocks.ItineraryBlock(), {"title": EVIL, "stops": [stop(EVIL), stop("Fin", 44.7)]}),
            (
                blocks.FigureBlock(),
                {
                    "image": {"image": self.image.pk, "alt_text": EVIL, "decorative": False},
                    "caption": EVIL,
                    "credit": EVIL,
                    "licence": "cc0",
                },
            ),
            (
                blocks.AudioBlock(),
                {
                    "recording": self.recording.pk,
                    "title": EVIL,
                    "transcript": EVIL,
                    "speaker": EVIL,
                    "place": EVIL,
                    "recorded_on": None,
                    "credit": EVIL,
                    "licence": "cc0",
                },
            ),
        ]
        for block, raw in cases:
            with self.subTest(block=type(block).__name__):
                html = render(block, raw)
                self.assertNotIn(EVIL, html)
                self.assertIn("&lt;script&gt;", html)

    def test_heading_uses_its_level(self):
        html = render(blocks.HeadingBlock(), {"text": "Le port", "level": "h3"})
        self.assertInHTML('<h3 class="block-heading">Le port</h3>', html)

    def test_figure_shows_alt_caption_credit_and_licence(self):
        html = render(
            blocks.FigureBlock(),
            {
                "image": {"image": self.image.pk, "alt_text": "Le lavoir", "decorative": False},
                "caption": "Le lavoir en été",
                "credit": "Marie",
                "licence": "cc-by-sa",
            },
        )
        self.assertIn('alt="Le lavoir"', html)
        self.assertIn("Le lavoir en été", html)
        self.assertIn("Credit: Marie (CC BY-SA 4.0)", html)

    def test_audio_plays_nothing_until_asked_and_folds_its_transcript(self):
        html = render(
            blocks.AudioBlock(),
            {
                "recording": self.recording.pk,
                "title": "Sonnailles",
                "transcript": "Des cloches.",
                "speaker": "Baptiste",
                "place": "Le Serre",
                "recorded_on": "2024-05-01",
                "credit": "Radio",
                "licence": "cc-by",
            },
        )
        self.assertIn('<audio controls preload="none"', html)
        self.assertIn(f'<source src="{self.recording.file.url}" type="audio/wav">', html)
        self.assertInHTML("<summary>Transcript</summary>", html)
        self.assertIn("Des cloches.", html)
        self.assertIn("Recorded in Le Serre on", html)
        self.assertIn("Told by Baptiste", html)

    def test_video_embeds_with_its_transcript(self):
        make_video_embed()
        html = render(
            blocks.VideoBlock(),
            {
                "video": VIDEO_URL,
                "title": "La fête",
                "transcript": "Musique.",
                "transcript_url": "",
                "credit": "",
            },
        )
        self.assertIn('<iframe title="La fête du port"', html)
        self.assertIn("Musique.", html)

    def test_itinerary_is_an_ordered_list_with_a_map_of_its_stops(self):
        html = render(
            blocks.ItineraryBlock(),
            {
                "title": "La boucle",
                "stops": [stop("Le lavoir"), stop("Le pont", 44.7)],
                "distance_km": "4.5",
                "duration_minutes": 150,
            },
        )
        self.assertIn('<ol class="block-itinerary__stops">', html)
        self.assertLess(html.index("Le lavoir"), html.index("Le pont"))
        self.assertIn("4,5 km", html)  # French decimals
        self.assertIn("2 h 30", html)
        self.assertIn('data-map-points="itinerary-map-b1-points"', html)
        self.assertIn('"label": "Le pont"', html)

    def test_faq_entries_are_details(self):
        html = render(
            blocks.FaqBlock(),
            {"title": "", "items": [{"question": "Un chien ?", "answer": "<p>Oui.</p>"}]},
        )
        self.assertInHTML("<summary>Un chien ?</summary>", html)
        self.assertIn('<details class="block-faq__entry">', html)

    def test_call_to_action_leads_to_the_page_in_the_visitors_language(self):
        html = render(blocks.CallToActionBlock(), {"label": "Écrire", "page": self.community.pk})
        self.assertIn(f'href="{self.community.url}"', html)

    def test_practical_information_is_a_description_list(self):
        html = render(
            blocks.PracticalInfoBlock(),
            {"title": "Bon à savoir", "items": [{"label": "Accès", "text": "Bus 49"}]},
        )
        self.assertInHTML("<div><dt>Accès</dt><dd>Bus 49</dd></div>", html)


class ValidationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        cls.community = factories.make_community(factories.make_index(home))
        cls.recording = make_recording()

    def audio(self, **values):
        return {
            "recording": self.recording.pk,
            "title": "Sonnailles",
            "transcript": "Des cloches.",
            "speaker": "",
            "place": "",
            "recorded_on": None,
            "credit": "",
            "licence": "cc0",
            **values,
        }

    def test_a_latitude_of_95_is_refused(self):
        self.assertEqual(errors_of(blocks.PlaceBlock(), stop(latitude=95)), {"latitude"})
        self.assertEqual(errors_of(blocks.PlaceBlock(), stop(longitude=-181)), {"longitude"})
        self.assertEqual(
            errors_of(blocks.PlaceBlock(), stop(latitude=0, longitude=0)), {"latitude"}
        )

    def test_the_latitude_message_says_the_range(self):
        with self.assertRaises(ValidationError) as caught:
            blocks.LatitudeBlock().clean(95)
        self.assertIn("-90", str(caught.exception))

    def test_a_call_to_action_needs_exactly_one_destination(self):
        block = blocks.CallToActionBlock()
        both = {"label": "Go", "page": self.community.pk, "url": "https://a.example"}
        self.assertEqual(errors_of(block, both), {"__all__"})
        self.assertEqual(errors_of(block, {"label": "Go", "page": None, "url": ""}), {"__all__"})
        self.assertEqual(
            errors_of(block, {"label": "Go", "page": None, "url": "https://a.example"}), set()
        )

    def test_audio_needs_a_transcript(self):
        self.assertEqual(errors_of(blocks.AudioBlock(), self.audio(transcript="")), {"transcript"})
        self.assertEqual(
            errors_of(blocks.AudioBlock(), self.audio(transcript=" … ")), {"transcript"}
        )
        self.assertEqual(errors_of(blocks.AudioBlock(), self.audio()), set())

    def test_audio_needs_a_recording_and_a_past_date(self):
        self.assertEqual(errors_of(blocks.AudioBlock(), self.audio(recording=None)), {"recording"})
        tomorrow = (datetime.date.today() + datetime.timedelta(days=2)).isoformat()
        self.assertEqual(
            errors_of(blocks.AudioBlock(), self.audio(recorded_on=tomorrow)), {"recorded_on"}
        )

    def test_an_attribution_licence_needs_a_credit(self):
        self.assertEqual(errors_of(blocks.AudioBlock(), self.audio(licence="cc-by")), {"credit"})
        image = factories.make_image()
        figure = {
            "image": {"image": image.pk, "alt_text": "x", "decorative": False},
            "caption": "",
            "credit": "",
            "licence": "cc-by-sa",
        }
        self.assertEqual(errors_of(blocks.FigureBlock(), figure), {"credit"})

    def test_a_video_needs_a_transcript_or_a_link_to_one(self):
        video = {"video": VIDEO_URL, "title": "La fête", "transcript": "", "transcript_url": ""}
        make_video_embed()
        self.assertEqual(errors_of(blocks.VideoBlock(), video), {"__all__"})

    def test_a_gallery_holds_two_to_twelve_images(self):
        image = factories.make_image()
        one = {
            "image": {"image": image.pk, "alt_text": "x", "decorative": False},
            "licence": "cc0",
        }
        self.assertEqual(errors_of(blocks.GalleryBlock(), {"images": [one]}), {"images"})
        self.assertEqual(errors_of(blocks.GalleryBlock(), {"images": [one, one]}), set())

    def test_duplicates_and_orphans_are_refused(self):
        self.assertEqual(
            errors_of(blocks.ItineraryBlock(), {"title": "T", "stops": [stop("A"), stop("a")]}),
            {"stops"},
        )
        self.assertEqual(
            errors_of(blocks.QuoteBlock(), {"quote": "Mots", "attribution": "", "role": "hôte"}),
            {"attribution"},
        )
        self.assertEqual(errors_of(blocks.HeadingBlock(), {"text": "…", "level": "h2"}), {"text"})
        self.assertEqual(errors_of(blocks.ParagraphBlock(), "<p> </p>"), {"__value__"})
