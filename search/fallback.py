"""SQLite (the embedded demo): the same hits through Wagtail's FTS5 database backend."""

from django.utils.html import escape
from wagtail.models import Page

from search.indexing import kind_of
from search.query import WORD, Hit


def _pages(locale):
    return Page.objects.live().public().filter(locale=locale).specific()


def _hits(pages, request, with_excerpt=True):
    return [
        Hit(
            page.title,
            page.get_url(request),
            kind_of(page),
            escape(getattr(page, "intro", "")) if with_excerpt else "",
        )
        for page in pages
    ]


def words(text):
    """Only word characters reach FTS5, whose own syntax (`:`, `*`, quotes) would fail."""
    return " ".join(WORD.findall(text))


def search(text, locale, request=None, limit=60):
    text = words(text)
    return _hits(_pages(locale).search(text)[:limit], request) if text else []


def autocomplete(text, locale, request=None, limit=8):
    text = words(text)
    if not text:
        return []
    return _hits(_pages(locale).autocomplete(text)[:limit], request, with_excerpt=False)


def matching_pages(text, locale):
    text = words(text)
    pages = Page.objects.live().public().filter(locale=locale)
    return [page.pk for page in pages.search(text)] if text else []
