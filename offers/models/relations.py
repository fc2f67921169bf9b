"""An offer's themes and hosts, chosen through inlines so wagtail-localize keeps them in step
(it ignores many-to-many fields)."""

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model
from wagtail.models import Locale, Orderable

__all__ = ["OfferHost", "OfferTheme", "hosts_with_photos", "in_active_locale"]


def in_active_locale(objects, queryset=None):
    """Translatable snippets in the visitor's language where translated, in one query."""
    objects = list(objects)
    if not objects:
        return []
    locale = Locale.get_active()
    missing = [obj.translation_key for obj in objects if obj.locale_id != locale.pk]
    if not missing:
        return objects
    queryset = queryset if queryset is not None else type(objects[0]).objects.all()
    translated = queryset.filter(translation_key__in=missing, locale=locale)
    by_key = {obj.translation_key: obj for obj in translated}
    return [by_key.get(obj.translation_key, obj) for obj in objects]


class OfferTheme(Orderable):
    offer = ParentalKey("offers.OfferPage", on_delete=models.CASCADE, related_name="themes")
    theme = models.ForeignKey(
        "narratives.Theme",
        verbose_name=_("theme"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("An interest this offer speaks to."),
    )

    panels = [FieldPanel("theme")]

    class Meta(Orderable.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


HOST_PHOTO_FILTER = "fill-160x160|format-webp"  # the one rendition offer pages ask for


def hosts_with_photos(queryset, prefix=""):
    images = get_image_model().objects.prefetch_renditions(HOST_PHOTO_FILTER)
    return queryset.prefetch_related(Prefetch(f"{prefix}photo", queryset=images))


class OfferHost(Orderable):
    offer = ParentalKey("offers.OfferPage", on_delete=models.CASCADE, related_name="hosts")
    host = models.ForeignKey(
        "communities.Host",
        verbose_name=_("host"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A host of this community; add new hosts under Snippets › Hosts."),
    )

    panels = [FieldPanel("host")]

    class Meta(Orderable.Meta):
        verbose_name = _("host")
        verbose_name_plural = _("hosts")
