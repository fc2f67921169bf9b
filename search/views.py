"""The public search, limited to the visitor's language, and its autocomplete endpoint."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Locale

from search import fallback, indexing, query
from search.models import SearchKind

MAX_QUERY_LENGTH = 200


def _backend():
    return query if indexing.is_enabled() else fallback


def _query_and_locale(request):
    text = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    return text, Locale.objects.get_for_language(get_language())


def group_by_kind(hits):
    """[(kind label, [hits])] in a fixed order: communities, offers, stories, other pages."""
    groups = []
    for kind in SearchKind:
        members = [hit for hit in hits if hit.kind == kind]
        if members:
            groups.append((kind, members))
    return groups


def search(request):
    text, locale = _query_and_locale(request)
    hits = _backend().search(text, locale, request) if text else []
    context = {"search_query": text, "result_count": len(hits), "groups": group_by_kind(hits)}
    return TemplateResponse(request, "search/search.html", context)


def suggest(request):
    """`?q=rand` → the titles that start so, as JSON for search/autocomplete.js."""
    text, locale = _query_and_locale(request)
    hits = _backend().autocomplete(text, locale, request) if text else []
    results = [{"title": hit.title, "url": hit.url, "kind": hit.kind} for hit in hits]
    return JsonResponse({"query": text, "results": results})
