"""StoryPage, the récit of a destination, and the abstract page every Passage page extends."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from narratives.blocks import BodyStreamBlock
from narratives.jsonld import page_json_ld, story_json_ld

__all__ = ["BasePage", "StoryPage"]


class BasePage(Page):
    """What every page of Passage shares: its translation rules and an introduction."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown at the top of the page and on cards."),
    )

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        SynchronizedField("show_in_menus"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        abstract = True

    @property
    def description(self):
        """The text search engines and link previews show."""
        return self.search_description or self.intro

    def json_ld(self, request):
        """schema.org JSON-LD of the page; page types return their own, richer type."""
        return page_json_ld(self, "WebPage", request)


class StoryPage(BasePage):
    """A récit: the destination told by its inhabitants."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("story"))

    parent_page_types = ["communities.CommunityPage"]
    subpage_types = []

    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("hero_image"),
        TranslatableField("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("hero_image"), FieldPanel("body")]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def json_ld(self, request):
        return story_json_ld(self, request, community=self.get_parent().specific)
