"""StoryPage, the récit of a destination, and the abstract page every Passage page extends."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from narratives.blocks import StoryStreamBlock
from narratives.blocks.links import OFFER_PAGE, localized_live_pages
from narratives.images import prefetch_stream_renditions
from narratives.jsonld import page_json_ld, story_json_ld
from narratives.models.themes import Theme
from narratives.reading import reading_minutes

__all__ = ["BasePage", "StoryPage", "StoryPageOffer", "StoryPageTheme"]


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
        help_text=_("Shown at the top of the story and on its card."),
    )
    told_by = models.CharField(
        _("told by"),
        max_length=200,
        blank=True,
        help_text=_("The voice of the story, for example “Dragan Ilić, retired boatman”."),
    )
    body = StreamField(StoryStreamBlock(), blank=True, verbose_name=_("story"))
    reading_time = models.PositiveSmallIntegerField(
        _("reading time in minutes"), default=1, editable=False
    )

    parent_page_types = ["communities.CommunityPage"]
    subpage_types = []

    translatable_fields = [
        *BasePage.translatable_fields,
        # Images, themes and offers are the same in every language; a translator sees texts only.
        SynchronizedField("hero_image", overridable=False),
        TranslatableField("told_by"),
        TranslatableField("body"),
        SynchronizedField("story_themes"),
        SynchronizedField("related_offers"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("told_by"),
        index.SearchField("body"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("told_by"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        InlinePanel(
            "story_themes",
            heading=_("Themes"),
            label=_("Theme"),
            help_text=_("The interests a visitor finds this story by."),
        ),
        InlinePanel(
            "related_offers",
            heading=_("Related offers"),
            label=_("Offer"),
            max_num=6,
            help_text=_("Offers to book after reading; only published ones are shown."),
        ),
    ]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def json_ld(self, request):
        return story_json_ld(self, request, community=self.get_parent().specific)

    def save(self, *args, **kwargs):
        self.reading_time = reading_minutes(self.intro, stream=self.body)
        super().save(*args, **kwargs)

    @property
    def reading_time_label(self):
        minutes = self.reading_time or 1
        return ngettext("%(minutes)d min read", "%(minutes)d min read", minutes) % {
            "minutes": minutes
        }

    def themes_in_language(self):
        """The story's themes named in the visitor's language (the source's when untranslated)."""
        themes = [link.theme for link in self.story_themes.select_related("theme")]
        translated = Theme.objects.filter(
            translation_key__in=[theme.translation_key for theme in themes],
            locale=Locale.get_active(),
        )
        by_key = {theme.translation_key: theme for theme in translated}
        return [by_key.get(theme.translation_key, theme) for theme in themes]

    def live_related_offers(self):
        """The related offers live in the visitor's language, in the editor's order."""
        chosen = [link.offer for link in self.related_offers.select_related("offer")]
        found = localized_live_pages(chosen, with_images=True)
        return [found[page.pk] for page in chosen if page.pk in found]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_stream_renditions(self.body)
        context["themes"] = self.themes_in_language()
        context["related_offers"] = self.live_related_offers()
        return context


class StoryPageTheme(Orderable):
    """A theme of a story. Synchronised: every translation has the same themes."""

    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="story_themes")
    theme = models.ForeignKey(
        Theme, verbose_name=_("theme"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("theme")]

    class Meta(Orderable.Meta):
        verbose_name = _("theme of a story")
        verbose_name_plural = _("themes of a story")
        constraints = [
            models.UniqueConstraint(fields=["page", "theme"], name="unique_theme_per_story")
        ]


class StoryPageOffer(Orderable):
    """An offer to book after reading a story. Synchronised, and shown in the visitor's
    language when it is live there."""

    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_offers")
    offer = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("offer"),
        on_delete=models.CASCADE,
        related_name="+",
        # A string label: narratives never imports offers.
        limit_choices_to={"content_type__app_label": "offers", "content_type__model": "offerpage"},
    )

    panels = [PageChooserPanel("offer", page_type=OFFER_PAGE)]

    class Meta(Orderable.Meta):
        verbose_name = _("offer related to a story")
        verbose_name_plural = _("offers related to a story")
        constraints = [
            models.UniqueConstraint(fields=["page", "offer"], name="unique_offer_per_story")
        ]
