"""Card images shared by every listing, fetched so a listing's query count stays constant."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

# The one rendition cards use; templates ask for exactly this filter.
CARD_IMAGE_FILTER = "fill-640x400|format-webp"


def with_card_images(queryset, field="hero_image"):
    """Fetch each page's card image and its rendition in two queries, whatever the count."""
    images = get_image_model().objects.prefetch_renditions(CARD_IMAGE_FILTER)
    return queryset.prefetch_related(Prefetch(field, queryset=images))
