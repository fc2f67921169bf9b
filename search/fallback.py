"""SQLite (the embedded demo): the same hits through Wagtail's FTS5 database backend."""

from django.utils.html import escape
from wagtail.models import Page

from search.indexing import kind_of
from search.query import Hit


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


def search(text, locale, request=None, limit=60):
    return _hits(_pages(locale).search(text)[:limit], request)


def autocomplete(text, locale, request=None, limit=8):
    return _hits(_pages(locale).autocomplete(text)[:limit], request, with_excerpt=False)
