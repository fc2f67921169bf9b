"""A story renders with a number of queries that does not grow with its images."""

import json

from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.narratives.factories import block, figure, item

BLOCKS = 60


def story_body(images):
    """60 blocks: one image per block for the first len(images)-2, then a gallery of two,
    then text blocks."""
    *single, first, second = images
    body = [
        block("image", figure(image, f"Vue {n}", f"Légende {n}", "Auteur"))
        for n, image in enumerate(single)
    ]
    body.append(
        block(
            "gallery",
            {
                "title": "",
                "images": [
                    item(figure(first, "Un", "", "")),
                    item(figure(second, "Deux", "", "")),
                ],
            },
        )
    )
    while len(body) < BLOCKS:
        body.append(block("paragraph", f"<p>Paragraphe {len(body)}.</p>"))
        body.append(block("heading", {"text": f"Partie {len(body)}", "level": "h2"}))
    return json.dumps(body[:BLOCKS])


class StoryQueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        community = factories.make_community(factories.make_index(home))
        cls.stories = {}
        for count in (5, 20):
            images = [factories.make_image(f"image {count}-{n}") for n in range(count)]
            cls.stories[count] = factories.make_story(
                community, title=f"Récit de {count} images", body=story_body(images)
            )

    def queries_to_render(self, story):
        self.client.get(story.url)  # the first view creates the renditions
        cache.clear()  # count the database, not a warm rendition cache
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(story.url)
        self.assertEqual(response.status_code, 200)
        return len(queries), response

    def test_5_or_20_images_in_60_blocks_cost_the_same_number_of_queries(self):
        few, few_response = self.queries_to_render(self.stories[5])
        many, many_response = self.queries_to_render(self.stories[20])
        self.assertEqual(many_response.content.count(b'<img alt="Vue'), 18)
        self.assertEqual(few_response.content.count(b'<img alt="Vue'), 3)
        print(f"\nqueries to render a 60-block story: 5 images {few}, 20 images {many}")
        self.assertEqual(few, many)
