"""Images fetched so that the query count of a listing or a story stays constant."""

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage

# The renditions cards use (a srcset of two widths, WebP); templates ask for exactly these,
# as `fill-{320x200,640x400} format-webp` in includes/page_card.html.
CARD_IMAGE_FILTERS = ("fill-320x200|format-webp", "fill-640x400|format-webp")
CARD_IMAGE_FILTER = CARD_IMAGE_FILTERS[-1]  # the largest, for code that wants one


def with_card_images(queryset, field="hero_image", filters=CARD_IMAGE_FILTERS):
    """Fetch each page's card image and its renditions in two queries, whatever the count."""
    images = get_image_model().objects.prefetch_renditions(*filters)
    return queryset.prefetch_related(Prefetch(field, queryset=images))


# The renditions the narrative blocks ask for; templates use exactly these filters.
FIGURE_IMAGE_FILTER = "width-960|format-webp"
GALLERY_IMAGE_FILTER = "max-720x540|format-webp"
STREAM_IMAGE_FILTERS = (FIGURE_IMAGE_FILTER, GALLERY_IMAGE_FILTER)


def images_in(value):
    """Every image instance inside a stream value, however deeply its blocks nest."""
    if isinstance(value, AbstractImage):
        yield value
    elif isinstance(value, StreamValue | ListValue | list | tuple):
        for item in value:
            yield from images_in(getattr(item, "value", item))
    elif isinstance(value, StructValue):
        for item in value.values():
            yield from images_in(item)


def prefetch_stream_renditions(stream_value, filters=STREAM_IMAGE_FILTERS):
    """Fetch the renditions of every image of a stream in one query, whatever their number."""
    images = list(images_in(stream_value))
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=filters)
    prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))
    return images
