"""A story's Article lists what its blocks say about themselves, such as an AudioObject with
its transcript (the hook an audio block implements with `json_ld(value, request)`)."""

from django.test import RequestFactory, TestCase
from wagtail import blocks

from narratives.jsonld import block_json_ld, story_json_ld
from tests import factories


class RecordingBlock(blocks.StructBlock):
    """A stand-in for the audio block: it declares its own JSON-LD."""

    title = blocks.CharBlock()
    transcript = blocks.TextBlock()

    def json_ld(self, value, request):
        return {"@type": "AudioObject", "name": value["title"], "transcript": value["transcript"]}


class StoryJsonLdTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        cls.community = factories.make_community(factories.make_index(home))
        cls.story = factories.make_story(cls.community)

    def test_blocks_with_a_json_ld_hook_contribute_to_the_article(self):
        stream = blocks.StreamBlock(
            [("recording", RecordingBlock()), ("text", blocks.TextBlock())]
        )
        value = stream.to_python(
            [
                {"type": "text", "value": "Sans enregistrement."},
                {"type": "recording", "value": {"title": "Le quai", "transcript": "Au matin…"}},
            ]
        )
        found = block_json_ld(value, RequestFactory().get("/"))
        self.assertEqual(
            found, [{"@type": "AudioObject", "name": "Le quai", "transcript": "Au matin…"}]
        )

    def test_a_story_names_its_teller_when_it_has_one(self):
        self.story.told_by = "Marthe, pêcheuse"
        data = story_json_ld(self.story, RequestFactory().get("/"), community=self.community)
        self.assertEqual(data["author"], {"@type": "Person", "name": "Marthe, pêcheuse"})
        self.assertEqual(data["contentLocation"]["geo"]["latitude"], 43.35)
