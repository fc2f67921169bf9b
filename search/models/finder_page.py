"""The offer finder page: one listing of all live offers of the visitor's language."""

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from narratives.images import with_card_images
from narratives.models import BasePage
from offers.listings import with_next_sessions
from search.finder import find_offers

__all__ = ["OfferFinderPage"]

OFFERS_PER_PAGE = 12


class OfferFinderPage(BasePage):
    """“Offers”: every live offer of the network, filtered by GET parameters."""

    template = "search/offer_finder_page.html"  # the app label is passage_search
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("offer finder")
        verbose_name_plural = _("offer finders")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        found = find_offers(request.GET, Locale.get_active())
        page_of_offers = Paginator(with_card_images(found.offers), OFFERS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        page_of_offers.object_list = with_next_sessions(page_of_offers.object_list, zone=None)
        context.update(
            finder=found, offers=page_of_offers, query_string=query_without_page(request)
        )
        return context


def query_without_page(request):
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
