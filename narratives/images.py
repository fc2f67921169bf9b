"""Card images shared by every listing, fetched so a listing's query count stays constant."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

# The renditions cards use (a srcset of two widths, WebP); templates ask for exactly these,
# as `fill-{320x200,640x400} format-webp` in includes/page_card.html.
CARD_IMAGE_FILTERS = ("fill-320x200|format-webp", "fill-640x400|format-webp")
CARD_IMAGE_FILTER = CARD_IMAGE_FILTERS[-1]  # the largest, for code that wants one


def with_card_images(queryset, field="hero_image", filters=CARD_IMAGE_FILTERS):
    """Fetch each page's card image and its renditions in two queries, whatever the count."""
    images = get_image_model().objects.prefetch_renditions(*filters)
    return queryset.prefetch_related(Prefetch(field, queryset=images))
