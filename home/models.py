"""The home page of each language and the standard pages (about, charter, legal notices)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from communities.models import CommunityIndexPage, CommunityPage
from narratives.blocks import BodyStreamBlock
from narratives.images import with_card_images
from narratives.models import BasePage, StoryPage
from offers.listings import upcoming_offers, with_next_sessions
from offers.models import OfferPage
from search.models import OfferFinderPage

UPCOMING_OFFERS = 6

__all__ = ["HomeFeaturedCommunity", "HomeFeaturedStory", "HomePage", "StandardPage"]

FALLBACK_COMMUNITIES = 6  # when nothing is chosen: communities by name
FALLBACK_STORIES = 3  # when nothing is chosen: the most recent stories


class HomePage(BasePage):
    """The root of each language's tree: the network introduces itself."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "communities.CommunityIndexPage",
        "passage_search.OfferFinderPage",
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("body"),
        # The cooperative's choice is the same in every language; each home shows the
        # chosen pages' translations in its own locale (see `_in_this_locale`).
        SynchronizedField("featured_community_links"),
        SynchronizedField("featured_story_links"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                InlinePanel("featured_community_links", label=_("Featured community")),
                InlinePanel("featured_story_links", label=_("Featured story")),
            ],
            heading=_("Featured on the home page"),
            help_text=_(
                "Chosen by the cooperative. Without a choice, the home shows the communities "
                "by name and the most recent stories."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def destinations_page(self):
        return CommunityIndexPage.objects.child_of(self).live().first()

    def _in_this_locale(self, model, links):
        """The live versions, in this home's locale, of the chosen pages, in the chosen order."""
        keys = list(links.order_by("sort_order").values_list("page__translation_key", flat=True))
        if not keys:
            return []
        pages = model.objects.live().filter(locale_id=self.locale_id, translation_key__in=keys)
        found = {
            page.translation_key: page for page in with_card_images(pages.defer_streamfields())
        }
        return [found[key] for key in keys if key in found]

    def featured_communities(self):
        chosen = self._in_this_locale(CommunityPage, self.featured_community_links.all())
        if chosen:
            return chosen
        communities = CommunityPage.objects.descendant_of(self).live().defer_streamfields()
        return list(with_card_images(communities.order_by("title")[:FALLBACK_COMMUNITIES]))

    def featured_stories(self):
        chosen = self._in_this_locale(StoryPage, self.featured_story_links.all())
        if chosen:
            return chosen
        stories = StoryPage.objects.descendant_of(self).live().defer_streamfields()
        recent = stories.order_by("-first_published_at", "title")[:FALLBACK_STORIES]
        return list(with_card_images(recent))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["destinations"] = self.destinations_page()
        context["communities"] = self.featured_communities()
        context["stories"] = self.featured_stories()
        context["upcoming_offers"] = self.upcoming_offers()
        context["offer_finder"] = self.offer_finder()
        return context

    def upcoming_offers(self):
        """The offers of this language with the soonest open sessions: never popularity."""
        offers = OfferPage.objects.live().public().filter(locale_id=self.locale_id)
        soonest = upcoming_offers(with_card_images(offers.defer_streamfields()), UPCOMING_OFFERS)
        return with_next_sessions(soonest, zone=None)

    def offer_finder(self):
        return self.get_children().live().type(OfferFinderPage).first()


class HomeFeaturedCommunity(Orderable):
    """A community the cooperative puts forward on the home page."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_community_links")
    page = models.ForeignKey(
        "communities.CommunityPage",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose it in French; every language shows its own translation."),
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured community")
        verbose_name_plural = _("featured communities")


class HomeFeaturedStory(Orderable):
    """A story the cooperative puts forward on the home page."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_story_links")
    page = models.ForeignKey(
        "narratives.StoryPage",
        verbose_name=_("story"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose it in French; every language shows its own translation."),
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured story")
        verbose_name_plural = _("featured stories")


class StandardPage(BasePage):
    """A page of plain content: about the cooperative, its charter, legal notices."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    translatable_fields = [*BasePage.translatable_fields, TranslatableField("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
