"""Hosts: the people and organisations of a community who offer something."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from offers.languages import LANGUAGES_HELP, SpokenLanguagesField, spoken_language_names

__all__ = ["Host"]


class Host(TranslatableMixin, models.Model):
    """A host joins through one community; its offers choose it, never copy it."""

    community = models.ForeignKey(
        "communities.CommunityPage",
        verbose_name=_("community"),
        on_delete=models.PROTECT,
        related_name="hosts",
        limit_choices_to={"locale__language_code": "fr"},
        help_text=_("The community this host belongs to (its French page)."),
    )
    name = models.CharField(_("name"), max_length=120)
    bio = models.TextField(
        _("short bio"), max_length=600, blank=True, help_text=_("Two or three sentences.")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    languages = SpokenLanguagesField(_("languages spoken"), help_text=LANGUAGES_HELP)

    translatable_fields = [
        SynchronizedField("community"),
        SynchronizedField("name"),
        TranslatableField("bio"),
        SynchronizedField("photo"),
        SynchronizedField("languages"),
    ]
    panels = [
        FieldPanel("community"),
        FieldPanel("name"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("languages"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("host")
        verbose_name_plural = _("hosts")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def language_names(self):
        return spoken_language_names(self.languages)
