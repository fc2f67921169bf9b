"""OfferPage: something a traveller can book or join, always hosted by one community."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from narratives.blocks import BodyStreamBlock
from narratives.models import BasePage
from offers.pricing import PriceKind, describe_price
from offers.types import OFFER_TYPE_CHOICES, OFFER_TYPES_BY_CODE

__all__ = ["OfferPage"]


class OfferPage(BasePage):
    """A stay, walk, workshop, meal, event or product offered by a community."""

    offer_type = models.CharField(_("type of offer"), max_length=20, choices=OFFER_TYPE_CHOICES)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("description"))
    price_kind = models.CharField(
        _("price"), max_length=20, choices=PriceKind.choices, default=PriceKind.FREE
    )
    price_amount = models.DecimalField(
        _("amount"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("The price, the lowest price of a range, or the suggested amount."),
    )
    price_max = models.DecimalField(
        _("highest price"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Only for a price range."),
    )
    currency = models.CharField(_("currency"), max_length=3, default="EUR")
    price_note = models.CharField(
        _("price note"),
        max_length=200,
        blank=True,
        help_text=_("For example: solidarity rate for students."),
    )

    parent_page_types = ["communities.CommunityPage"]
    subpage_types = []

    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("offer_type"),
        SynchronizedField("hero_image"),
        TranslatableField("body"),
        SynchronizedField("price_kind"),
        SynchronizedField("price_amount"),
        SynchronizedField("price_max"),
        SynchronizedField("currency"),
        TranslatableField("price_note"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("offer_type"),
    ]
    content_panels = [
        *BasePage.content_panels[:1],
        FieldPanel("offer_type"),
        FieldPanel("intro", heading=_("Summary")),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("price_kind"),
                FieldRowPanel([FieldPanel("price_amount"), FieldPanel("price_max")]),
                FieldPanel("currency"),
                FieldPanel("price_note"),
            ],
            heading=_("Price"),
        ),
    ]

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")

    @property
    def type_info(self):
        """The offer's type with its schema.org and DATAtourisme classes."""
        return OFFER_TYPES_BY_CODE[self.offer_type]

    @property
    def price_display(self):
        return describe_price(self.price_kind, self.price_amount, self.price_max, self.currency)

    def clean(self):
        super().clean()
        self._clean_price()

    def _clean_price(self):
        errors = {}
        if self.price_kind in (PriceKind.FIXED, PriceKind.RANGE) and self.price_amount is None:
            errors["price_amount"] = _("Give the amount.")
        if self.price_kind == PriceKind.RANGE:
            if self.price_max is None:
                errors["price_max"] = _("Give the highest price of the range.")
            elif self.price_amount is not None and self.price_max <= self.price_amount:
                errors["price_max"] = _("The highest price must be above the lowest.")
        if errors:
            raise ValidationError(errors)
