"""The home page of each language and the standard pages (about, charter, legal notices)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from communities.models import CommunityIndexPage, CommunityPage
from narratives.blocks import BodyStreamBlock
from narratives.images import with_card_images
from narratives.models import BasePage

__all__ = ["HomePage", "StandardPage"]


class HomePage(BasePage):
    """The root of each language's tree: the network introduces itself."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "communities.CommunityIndexPage",
        "passage_search.OfferFinderPage",
    ]

    translatable_fields = [*BasePage.translatable_fields, TranslatableField("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def destinations_page(self):
        return CommunityIndexPage.objects.child_of(self).live().first()

    def live_communities(self):
        communities = CommunityPage.objects.descendant_of(self).live().defer_streamfields()
        return with_card_images(communities.order_by("title"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["destinations"] = self.destinations_page()
        context["communities"] = self.live_communities()
        return context


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
