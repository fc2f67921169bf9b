"""The one block vocabulary of Passage. Child names are stored in JSON and exposed in APIs:
choose them once.

Two streams:
- `BodyStreamBlock`, the body of home, standard, community and offer pages: headings,
  paragraphs, images and quotes. Its definition is frozen into those apps' migrations, so it
  only grows together with them.
- `StoryStreamBlock`, the body of a story: everything above, plus the blocks a récit is told
  with (gallery, audio, video, itinerary, map, offers, practical facts, questions, buttons).
"""

from django.utils.html import format_html_join
from wagtail import blocks

from narratives.blocks.base import CreditedValue, LicenceChoiceBlock
from narratives.blocks.links import CallToActionBlock, OfferChooserBlock, OfferTeaserBlock
from narratives.blocks.media import (
    AudioBlock,
    AudioRecordingChooserBlock,
    FigureBlock,
    GalleryBlock,
    VideoBlock,
)
from narratives.blocks.places import (
    ItineraryBlock,
    LatitudeBlock,
    LongitudeBlock,
    PlaceBlock,
    PlacesMapBlock,
    StopBlock,
)
from narratives.blocks.text import (
    PARAGRAPH_FEATURES,
    FaqBlock,
    HeadingBlock,
    ParagraphBlock,
    PracticalInfoBlock,
    QuoteBlock,
)

__all__ = [
    "PARAGRAPH_FEATURES",
    "AudioBlock",
    "AudioRecordingChooserBlock",
    "BodyStreamBlock",
    "CallToActionBlock",
    "CreditedValue",
    "FaqBlock",
    "FigureBlock",
    "GalleryBlock",
    "HeadingBlock",
    "ItineraryBlock",
    "LatitudeBlock",
    "LicenceChoiceBlock",
    "LongitudeBlock",
    "OfferChooserBlock",
    "OfferTeaserBlock",
    "ParagraphBlock",
    "PlaceBlock",
    "PlacesMapBlock",
    "PracticalInfoBlock",
    "QuoteBlock",
    "StopBlock",
    "StoryStreamBlock",
    "VideoBlock",
]


class BodyStreamBlock(blocks.StreamBlock):
    """The body of every page: the blocks a community tells its destination with."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = FigureBlock()
    quote = QuoteBlock()

    def render_basic(self, value, context=None):
        """Each block in a wrapper whose class cannot clash with the block's own, with its
        `block_id` in the context, which names its landmarks and maps."""
        context = dict(context or {})
        return format_html_join(
            "\n",
            '<div class="stream-block stream-block--{1}">{0}</div>',
            [
                (child.render(context={**context, "block_id": child.id}), child.block_type)
                for child in value
            ],
        )


class StoryStreamBlock(BodyStreamBlock):
    """The body of a story: the whole vocabulary, sounds and walks included."""

    gallery = GalleryBlock()
    audio = AudioBlock()
    video = VideoBlock()
    itinerary = ItineraryBlock()
    places_map = PlacesMapBlock()
    offer_teaser = OfferTeaserBlock()
    practical_info = PracticalInfoBlock()
    faq = FaqBlock()
    call_to_action = CallToActionBlock()
