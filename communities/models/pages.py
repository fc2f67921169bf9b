"""The destinations: the index of communities and the page of each hospitality community."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from communities.countries import country_choices, country_name
from communities.geojson import CommunitiesFeed
from communities.jsonld import community_json_ld
from narratives.blocks import BodyStreamBlock
from narratives.images import with_card_images
from narratives.models import BasePage, StoryPage
from offers.listings import with_next_sessions
from offers.models import OfferPage

__all__ = ["CommunityIndexPage", "CommunityKind", "CommunityPage"]


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("Give a time zone such as Europe/Paris."))


class CommunityKind(models.TextChoices):
    URBAN = "urban", _("Urban")
    RURAL = "rural", _("Rural")
    MARITIME = "maritime", _("Maritime")


class CommunityIndexPage(RoutablePageMixin, BasePage):
    """“Destinations”: every community of the network, on a map and as a list."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["communities.CommunityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("destinations index")
        verbose_name_plural = _("destinations indexes")

    def live_communities(self):
        communities = CommunityPage.objects.child_of(self).live().defer_streamfields()
        return with_card_images(communities.order_by("country", "title"))

    def map_communities(self):
        fields = ["title", "slug", "url_path", "locality", "country", "latitude", "longitude"]
        return CommunityPage.objects.child_of(self).live().only(*fields).order_by("title")

    @path("geojson/", name="geojson")  # Wagtail page URLs allow no dot
    def geojson(self, request):
        """The map's markers, in this index's language; cacheable by any proxy."""
        return CommunitiesFeed(self.map_communities(), request).response()

    def geojson_url(self):
        return self.url + self.reverse_subpage("geojson")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["communities"] = self.live_communities()
        return context


class CommunityPage(BasePage):
    """A hospitality community: the destination it tells and the collective that welcomes."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("presentation"))
    kind = models.CharField(_("kind of destination"), max_length=10, choices=CommunityKind.choices)
    locality = models.CharField(
        _("locality"), max_length=120, help_text=_("Town, village or district.")
    )
    country = models.CharField(_("country"), max_length=2, choices=country_choices)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    contact_email = models.EmailField(
        _("contact email"),
        help_text=_("Where travellers' messages and booking requests are sent."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=50,
        default="Europe/Paris",
        validators=[validate_time_zone],
        help_text=_("Session times are shown in this zone, for example Europe/Lisbon."),
    )

    parent_page_types = ["communities.CommunityIndexPage"]
    subpage_types = ["offers.OfferPage", "narratives.StoryPage"]

    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("hero_image"),
        TranslatableField("body"),
        SynchronizedField("kind"),
        TranslatableField("locality"),
        SynchronizedField("country"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("contact_email"),
        SynchronizedField("time_zone"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("locality"),
        index.FilterField("country"),
        index.FilterField("kind"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("locality"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Location"),
        ),
        FieldPanel("contact_email"),
        FieldPanel("time_zone"),
    ]

    class Meta:
        verbose_name = _("community")
        verbose_name_plural = _("communities")

    @property
    def country_name(self):
        return country_name(self.country)

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    def json_ld(self, request):
        return community_json_ld(self, request)

    def map_points(self):
        return [{"lat": float(self.latitude), "lon": float(self.longitude), "label": self.title}]

    def live_offers(self):
        offers = OfferPage.objects.child_of(self).live().defer_streamfields()
        return with_card_images(offers.order_by("title"))

    def live_stories(self):
        stories = StoryPage.objects.child_of(self).live().defer_streamfields()
        return with_card_images(stories.order_by("-first_published_at"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["offers"] = with_next_sessions(self.live_offers(), self.zone)
        context["stories"] = self.live_stories()
        return context
