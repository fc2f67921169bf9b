"""The offer finder: every live offer in the visitor's language, narrowed by GET parameters.

Filters combine (AND between groups, OR within a group), each group's counts are computed with
the other groups applied, and invalid parameters are dropped with a notice rather than a 500.
Everything is a constant number of queries, whatever the number of offers.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django import forms
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from communities.countries import country_name
from communities.models import CommunityPage
from narratives.models import Theme
from offers.languages import spoken_language_choices
from offers.listings import in_neutral_order, source_sessions
from offers.models import OfferPage, OfferTheme, Session
from offers.models.pages import ACCESSIBILITY_NEEDS
from offers.pricing import PriceKind
from offers.types import OFFER_TYPE_CHOICES
from search import fallback, indexing, query

MAX_QUERY_LENGTH = 100
# The multiple-choice groups, each shown with a count per value.
FACETS = ("type", "country", "community", "need", "theme", "language")


class OfferFinderForm(forms.Form):
    """The finder's parameters. Choices are checked so an unknown value is reported."""

    q = forms.CharField(label=_("Words"), required=False, max_length=MAX_QUERY_LENGTH)
    type = forms.MultipleChoiceField(label=_("Type of offer"), required=False)
    country = forms.MultipleChoiceField(label=_("Country"), required=False)
    community = forms.MultipleChoiceField(label=_("Community"), required=False)
    date_from = forms.DateField(label=_("From"), required=False)
    date_to = forms.DateField(label=_("To"), required=False)
    max_price = forms.DecimalField(
        label=_("Budget per person, at most"),
        required=False,
        min_value=0,
        max_digits=8,
        decimal_places=2,
    )
    free = forms.BooleanField(label=_("Free offers only"), required=False)
    need = forms.MultipleChoiceField(label=_("Accessibility"), required=False)
    theme = forms.MultipleChoiceField(label=_("Interests"), required=False)
    language = forms.MultipleChoiceField(label=_("Language spoken"), required=False)

    def __init__(self, data, *, locale):
        super().__init__(data)
        communities = CommunityPage.objects.live().filter(locale=locale).order_by("title")
        self.communities = {str(c.pk): c for c in communities.defer_streamfields()}
        self.fields["type"].choices = OFFER_TYPE_CHOICES
        self.fields["country"].choices = sorted(
            {(c.country, country_name(c.country)) for c in self.communities.values()},
            key=lambda choice: choice[1],
        )
        self.fields["community"].choices = [(pk, c.title) for pk, c in self.communities.items()]
        self.fields["need"].choices = list(ACCESSIBILITY_NEEDS.items())
        self.fields["theme"].choices = theme_choices(locale)
        self.fields["language"].choices = spoken_language_choices()

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", _("The end date is before the start date."))
        return cleaned


def theme_choices(locale):
    """Theme slugs (shared by every language) named in the visitor's language if translated."""
    names = {}
    for theme in Theme.objects.filter(locale__in=[locale, Locale.get_default()]):
        if theme.slug not in names or theme.locale_id == locale.pk:
            names[theme.slug] = theme.name
    return sorted(names.items(), key=lambda choice: choice[1])


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FinderResult:
    form: OfferFinderForm
    offers: object  # an ordered queryset of OfferPage
    facets: dict = field(default_factory=dict)
    notices: list = field(default_factory=list)


def find_offers(params, locale, now=None):
    """Read `params` (request.GET), and return the matching offers with facets and notices."""
    form = OfferFinderForm(params, locale=locale)
    form.is_valid()
    notices = [ignored_notice(form, name) for name in form.errors if name in form.fields]
    filters = {
        name: value
        for name, value in form.cleaned_data.items()
        if value not in ("", [], None, False)
    }
    if "q" in filters:  # searched once, whatever the number of facets
        filters["q"] = matching_words(filters["q"], locale)
    today = timezone.localdate(now)
    base = live_offers(locale)
    offers = apply_filters(base, filters, today, locale)
    facets = {
        name: facet_values(form, name, apply_filters(base, without(filters, name), today, locale))
        for name in FACETS
    }
    return FinderResult(form, in_neutral_order(offers, now), facets, notices)


def ignored_notice(form, name):
    value = (
        ", ".join(form.data.getlist(name)) if hasattr(form.data, "getlist") else form.data[name]
    )
    return _("“%(value)s” is not a valid value for “%(field)s” and was ignored.") % {
        "value": value[:MAX_QUERY_LENGTH],
        "field": form.fields[name].label,
    }


def without(filters, name):
    return {key: value for key, value in filters.items() if key != name}


def live_offers(locale):
    parent_path = Substr("path", 1, Length("path") - Page.steplen)
    return (
        OfferPage.objects.live()
        .public()
        .filter(locale=locale)
        .annotate(community_path=parent_path)
    )


def apply_filters(offers, filters, today, locale):
    if "type" in filters:
        offers = offers.filter(offer_type__in=filters["type"])
    if "country" in filters or "community" in filters:
        offers = offers.filter(community_path__in=community_paths(filters, locale))
    if "date_from" in filters or "date_to" in filters:
        dates = open_in_dates(filters.get("date_from"), filters.get("date_to"), today)
        offers = offers.filter(dates)
    if "free" in filters:
        offers = offers.filter(price_kind=PriceKind.FREE)
    if "max_price" in filters:
        offers = offers.filter(within_budget(filters["max_price"]))
    for need in filters.get("need", []):
        offers = offers.filter(**{f"access_{need}": True})
    if "theme" in filters:
        themed = OfferTheme.objects.filter(offer=OuterRef("pk"), theme__slug__in=filters["theme"])
        offers = offers.filter(Exists(themed))
    if "language" in filters:
        offers = offers.filter(speaks_any(filters["language"]))
    if "q" in filters:
        offers = offers.filter(pk__in=filters["q"])
    return offers


def community_paths(filters, locale):
    communities = CommunityPage.objects.filter(locale=locale)
    if "country" in filters:
        communities = communities.filter(country__in=filters["country"])
    if "community" in filters:
        communities = communities.filter(pk__in=filters["community"])
    return communities.values("path")


def open_in_dates(start, end, today):
    """An open session in [start, end], or, for offers without sessions (rooms), a season
    that overlaps the range."""
    start = max(start or today, today)
    end = end or start + timedelta(days=3650)
    sessions = source_sessions().filter(start__date__gte=start, start__date__lte=end)
    any_session = Session.objects.filter(offer__translation_key=OuterRef("translation_key"))
    has_no_sessions = ~Exists(any_session)
    season_overlaps = (
        (Q(season_start__isnull=True) | Q(season_start__lte=end))
        & (Q(season_end__isnull=True) | Q(season_end__gte=start))
        & (Q(season_start__isnull=False) | Q(season_end__isnull=False))
    )
    return Exists(sessions) | (has_no_sessions & season_overlaps)


def within_budget(maximum):
    """Free, pay-what-you-can, or a price (the lowest of a range) at most `maximum`."""
    return (
        Q(price_kind__in=[PriceKind.FREE, PriceKind.PAY_WHAT_YOU_CAN])
        | Q(price_kind=PriceKind.FIXED, price_amount__isnull=True)
        | Q(price_kind__in=[PriceKind.FIXED, PriceKind.RANGE], price_amount__lte=maximum)
    )


def speaks_any(codes):
    # `languages` is a JSON list; matching the quoted code works on PostgreSQL and SQLite.
    condition = Q()
    for code in codes:
        condition |= Q(languages__icontains=f'"{code}"')
    return condition


def matching_words(words, locale):
    """Offers whose text matches, through the same per-language index as the search page."""
    backend = query if indexing.is_enabled() else fallback
    return backend.matching_pages(words, locale)


def facet_values(form, name, offers):
    counts = facet_counts(name, offers, form)
    selected = set(form.cleaned_data.get(name) or [])
    return [
        FacetValue(str(value), label, counts.get(str(value), 0), str(value) in selected)
        for value, label in form.fields[name].choices
    ]


def facet_counts(name, offers, form):
    """{value: number of offers} for one group, in one query."""
    if name == "type":
        rows = offers.values("offer_type").annotate(n=Count("pk"))
        return {row["offer_type"]: row["n"] for row in rows}
    if name in ("country", "community"):
        rows = offers.values("community_path").annotate(n=Count("pk"))
        by_path = {row["community_path"]: row["n"] for row in rows}
        totals = {}
        for pk, community in form.communities.items():
            key = community.country if name == "country" else pk
            totals[key] = totals.get(key, 0) + by_path.get(community.path, 0)
        return totals
    if name == "need":
        return offers.aggregate(
            **{
                need: Count("pk", filter=Q(**{f"access_{need}": True}))
                for need in ACCESSIBILITY_NEEDS
            }
        )
    if name == "theme":
        themed = OfferTheme.objects.filter(offer__in=offers.values("pk"))
        rows = themed.values("theme__slug").annotate(n=Count("offer", distinct=True))
        return {row["theme__slug"]: row["n"] for row in rows}
    codes = [code for code, _label in form.fields["language"].choices]
    counts = offers.aggregate(
        **{f"language_{i}": Count("pk", filter=speaks_any([code])) for i, code in enumerate(codes)}
    )
    return {code: counts[f"language_{i}"] for i, code in enumerate(codes)}
