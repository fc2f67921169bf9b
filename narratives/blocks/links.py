"""Blocks that lead somewhere: teasers of offers and calls to action."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Locale

from narratives.blocks.base import TextSegmentsOnly
from narratives.images import with_card_images

__all__ = [
    "OFFER_PAGE",
    "CallToActionBlock",
    "OfferChooserBlock",
    "OfferTeaserBlock",
    "localized_live_pages",
]

# A string label: narratives is the bottom layer and never imports offers.
OFFER_PAGE = "offers.OfferPage"


def localized_live_pages(pages, with_images=False):
    """{pk of each chosen offer: its live version in the visitor's language}, in one query.

    Offers that are drafts, or not translated into the visitor's language, are left out.
    """
    keys = {page.translation_key: page.pk for page in pages if page is not None}
    if not keys:
        return {}
    offers = (
        apps.get_model(OFFER_PAGE)
        .objects.live()
        .filter(translation_key__in=keys, locale=Locale.get_active())
        .defer_streamfields()
    )
    if with_images:
        offers = with_card_images(offers)
    return {keys[offer.translation_key]: offer for offer in offers}


class OfferChooserBlock(blocks.PageChooserBlock):
    """Chooses an offer page; a story shows it in the visitor's language, if it is live."""

    def __init__(self, **kwargs):
        kwargs.setdefault("page_type", OFFER_PAGE)
        super().__init__(**kwargs)


class OfferTeaserValue(blocks.StructValue):
    def live_offers(self):
        """The chosen offers that are live in the visitor's language, in the chosen order."""
        chosen = list(self.get("offers", []))
        found = localized_live_pages(chosen, with_images=True)
        return [found[page.pk] for page in chosen if page is not None and page.pk in found]


class OfferTeaserBlock(TextSegmentsOnly, blocks.StructBlock):
    """A few offers of the network, with their summary, price and a link."""

    title = blocks.CharBlock(
        required=False, max_length=120, label=_("Title"), help_text=_("Optional.")
    )
    offers = blocks.ListBlock(OfferChooserBlock(), min_num=1, max_num=6, label=_("Offers"))

    class Meta:
        icon = "tag"
        template = "narratives/blocks/offer_teaser_block.html"
        description = _("Offers to book, shown only while they are published.")
        preview_value = {"title": "À vivre sur place"}
        group = _("Links")
        label = _("Offers")
        value_class = OfferTeaserValue

    def clean(self, value):
        value = super().clean(value)
        pks = [page.pk for page in value["offers"] if page is not None]
        if len(pks) != len(set(pks)):
            raise StructBlockValidationError(
                {"offers": ValidationError(_("The same offer is chosen twice."))}
            )
        return value


class CallToActionValue(blocks.StructValue):
    def href(self):
        """The page in the visitor's language (when it is live there), or the address."""
        page = self.get("page")
        if page is not None:
            return page.localized.url
        return self.get("url") or ""


class CallToActionBlock(TextSegmentsOnly, blocks.StructBlock):
    """A button: a label and either a page of the site or an address elsewhere."""

    label = blocks.CharBlock(max_length=80, label=_("Label"), help_text=_("What the button says."))
    page = blocks.PageChooserBlock(required=False, label=_("Page of the site"))
    url = blocks.URLBlock(required=False, label=_("Or an address elsewhere"))

    class Meta:
        icon = "link"
        template = "narratives/blocks/call_to_action_block.html"
        description = _("A button leading to a page or an address.")
        preview_value = {"label": "Écrire à la communauté", "url": "https://passage.example"}
        group = _("Links")
        label = _("Call to action")
        value_class = CallToActionValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = (
                _("Choose a page or give an address, not both.")
                if value.get("page")
                else _("Choose a page or give an address.")
            )
            raise StructBlockValidationError(non_block_errors=[ValidationError(message)])
        return value
