"""Where each language version of a page lives: for the switcher and hreflang links."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from home.models import HomePage


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False when the link falls back to that language's home page


def live_translations(request, page):
    """The live language versions of `page`, keyed by language code: one query per request,
    shared by the header's switcher and the head's hreflang links."""
    if not isinstance(page, Page) or not page.pk:
        return {}
    cache = request.__dict__.setdefault("_passage_live_translations", {})
    if page.pk not in cache:
        versions = page.get_translations(inclusive=True).live().select_related("locale")
        cache[page.pk] = {version.locale.language_code: version for version in versions}
    return cache[page.pk]


def live_homes(request):
    """Each language's live home page, keyed by language code: one query per request."""
    if not hasattr(request, "_passage_live_homes"):
        homes = HomePage.objects.live().select_related("locale")
        request._passage_live_homes = {home.locale.language_code: home for home in homes}
    return request._passage_live_homes


def language_versions(request, page=None):
    """One entry per content language: the translated page, else that language's home."""
    current = get_language()
    translations = live_translations(request, page)
    homes = live_homes(request)
    versions = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target = translations.get(code) or homes.get(code)
        if target is not None:
            url = target.get_url(request)
        elif page is None:
            url = translate_url(request.path, code)  # a view outside the page tree
        else:
            continue
        versions.append(LanguageVersion(code, name, url, code == current, code in translations))
    return versions


def alternate_links(request, page):
    """`hreflang` alternates: every live translation, plus `x-default` (the source)."""
    translations = live_translations(request, page)
    links = [(code, version.get_full_url(request)) for code, version in translations.items()]
    if links:
        default = translations.get(settings.LANGUAGE_CODE) or page
        links.append(("x-default", default.get_full_url(request)))
    return links
