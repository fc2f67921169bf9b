from search.models.entries import SearchEntry, SearchKind
from search.models.finder_page import OfferFinderPage

__all__ = ["OfferFinderPage", "SearchEntry", "SearchKind"]
