"""Reading the index: the visitor's words, parsed in the visitor's language, ranked by weight."""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import F
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from search.languages import SIMPLE_CONFIG, config_for
from search.models.entries import SearchEntry

# Private-use characters mark the highlights, so the excerpt can be HTML-escaped first.
MARK_START, MARK_STOP = "\ue000", "\ue001"
WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    title: str
    url: str
    kind: str
    excerpt: str  # safe HTML, with <mark> around the matched words


def visible_entries(locale):
    """Entries of live, public pages in one locale: search never leaks another language."""
    pages = Page.objects.live().public().filter(locale=locale).values("pk")
    return SearchEntry.objects.filter(locale=locale, page_id__in=pages)


def search(text, locale, request=None, limit=60):
    """Ranked hits for `text`, parsed with the locale's stemmer (web-search syntax)."""
    config = config_for(locale.language_code)
    query = SearchQuery(text, config=config, search_type="websearch")
    entries = (
        visible_entries(locale)
        .filter(search_vector=query)
        .annotate(
            rank=SearchRank(F("search_vector"), query),
            excerpt=SearchHeadline(
                "body",
                query,
                config=config,
                start_sel=MARK_START,
                stop_sel=MARK_STOP,
                max_words=35,
                min_words=15,
            ),
        )
        .select_related("page")
        .order_by("-rank", "title")[:limit]
    )
    return [_hit(entry, request) for entry in entries]


def prefix_query(text):
    """`"rand val"` → `rand:* & val:*`, built from word characters only (no tsquery syntax)."""
    words = WORD.findall(text)[:6]
    if not words:
        return None
    raw = " & ".join(f"{word}:*" for word in words)
    return SearchQuery(raw, config=SIMPLE_CONFIG, search_type="raw")


def autocomplete(text, locale, request=None, limit=8):
    """Titles that start with the words typed so far, accents ignored."""
    query = prefix_query(text)
    if query is None:
        return []
    entries = (
        visible_entries(locale)
        .filter(autocomplete_vector=query)
        .annotate(rank=SearchRank(F("autocomplete_vector"), query))
        .select_related("page")
        .order_by("-rank", "title")[:limit]
    )
    return [_hit(entry, request, excerpt="") for entry in entries]


def _hit(entry, request, excerpt=None):
    text = entry.excerpt if excerpt is None else excerpt
    html = escape(text).replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
    return Hit(entry.title, entry.page.get_url(request), entry.kind, mark_safe(html))


def matching_pages(text, locale):
    """The ids of the locale's visible pages matching `text`, as a subquery for listings."""
    config = config_for(locale.language_code)
    query = SearchQuery(text, config=config, search_type="websearch")
    return visible_entries(locale).filter(search_vector=query).values("page_id")
