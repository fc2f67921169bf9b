"""Themes: the taxonomy of interests shared by offers and stories."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

__all__ = ["Theme"]


class Theme(TranslatableMixin, models.Model):
    """An interest a visitor looks for (oral heritage, food, nature…), shared by offers and
    stories. A translatable snippet: each language has its own name for the same theme."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=True,
        help_text=_("The theme's name in web addresses and filters, for example “oral-heritage”."),
    )

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")
        ]

    def __str__(self):
        return self.name
