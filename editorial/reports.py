"""The translation status of each community, per locale, in a fixed number of queries."""

from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from communities.models import CommunityPage
from editorial.models import TranslationProvenance

CSV_COLUMNS = ("community", "locale", "pages", "translated", "share", "out_of_date", "to_review")


@dataclass
class StatusRow:
    community: CommunityPage
    locale: Locale
    pages: int
    translated: int
    out_of_date: int
    to_review: int

    @property
    def share(self):
        return round(100 * self.translated / self.pages) if self.pages else 0

    def as_csv(self):
        return [
            self.community.title,
            self.locale.language_code,
            self.pages,
            self.translated,
            f"{self.share}%",
            self.out_of_date,
            self.to_review,
        ]


def source_communities():
    return CommunityPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by(
        "title"
    )


def target_locales():
    return Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code")


def translation_status(communities, locales):
    """One row per (community, locale): pages, translated, out of date, awaiting review."""
    communities, locales = list(communities), list(locales)
    pages = subtree_pages(communities)
    keys = {page.translation_key: page for page in pages}
    translated = set(
        Page.objects.filter(translation_key__in=keys, locale__in=locales).values_list(
            "translation_key", "locale_id"
        )
    )
    translations = Translation.objects.filter(
        source__object_id__in=keys, target_locale__in=locales
    ).values_list("id", "source__object_id", "target_locale_id", "source__last_updated_at")
    stale, by_id = set(), {}
    for translation_id, key, locale_id, synced_at in translations:
        by_id[translation_id] = (key, locale_id)
        published = keys[key].last_published_at
        if (key, locale_id) in translated and published and published > synced_at:
            stale.add((key, locale_id))
    reviewing = {
        by_id[pk]
        for pk in TranslationProvenance.objects.awaiting_review()
        .filter(translation_id__in=by_id)
        .values_list("translation_id", flat=True)
    }
    return rows(communities, locales, pages, translated, stale, reviewing)


def subtree_pages(communities):
    """The French pages of each community: itself, its offers and its stories."""
    if not communities:
        return []
    tree = Page.objects.none()
    for community in communities:
        tree = tree | Page.objects.descendant_of(community, inclusive=True)
    return list(tree.only("id", "path", "translation_key", "last_published_at"))


def rows(communities, locales, pages, translated, stale, reviewing):
    owner = {}
    for page in pages:
        owner[page.translation_key] = next(c for c in communities if page.path.startswith(c.path))
    counts = {name: Counter() for name in ("pages", "translated", "stale", "reviewing")}
    for key, community in owner.items():
        counts["pages"][community.pk] += 1
        for locale in locales:
            for name, found in (
                ("translated", translated),
                ("stale", stale),
                ("reviewing", reviewing),
            ):
                if (key, locale.pk) in found:
                    counts[name][community.pk, locale.pk] += 1
    return [
        StatusRow(
            community,
            locale,
            pages=counts["pages"][community.pk],
            translated=counts["translated"][community.pk, locale.pk],
            out_of_date=counts["stale"][community.pk, locale.pk],
            to_review=counts["reviewing"][community.pk, locale.pk],
        )
        for community in communities
        for locale in locales
    ]


def awaiting_review(communities, locales):
    """The machine-filled translations no person has reviewed yet, for the review buttons."""
    keys = [page.translation_key for page in subtree_pages(list(communities))]
    return (
        TranslationProvenance.objects.awaiting_review()
        .filter(translation__source__object_id__in=keys, translation__target_locale__in=locales)
        .select_related("translation__target_locale", "translation__source")
        .order_by("machine_filled_at")
    )
