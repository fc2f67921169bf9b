"""An offer's themes and hosts, chosen through inlines so wagtail-localize keeps them in step
(it ignores many-to-many fields)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, Orderable

__all__ = ["OfferHost", "OfferTheme", "in_active_locale"]


def in_active_locale(objects):
    """Translatable snippets in the visitor's language where translated, in one query."""
    objects = list(objects)
    if not objects:
        return []
    model, locale = type(objects[0]), Locale.get_active()
    translated = model.objects.filter(
        translation_key__in=[obj.translation_key for obj in objects], locale=locale
    )
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
