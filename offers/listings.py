"""Offer cards in listings: each offer's next open session, in two queries for any number."""

from django.db.models import F, Min, OuterRef, Subquery
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from offers.models import OfferPage, Session, SessionStatus


def with_next_sessions(offers, zone):
    """Give each offer `next_session` (aware, in `zone`, or None) and a `card_detail` line
    with its price and next date; sessions are read from the French source offers."""
    offers = list(offers)
    sources = dict(
        OfferPage.objects.filter(
            translation_key__in=[offer.translation_key for offer in offers],
            locale=Locale.get_default(),
        ).values_list("translation_key", "pk")
    )
    upcoming = Session.objects.filter(
        offer_id__in=sources.values(), start__gt=timezone.now(), status="open"
    )
    next_starts = dict(
        upcoming.values("offer_id").annotate(first=Min("start")).values_list("offer_id", "first")
    )
    for offer in offers:
        start = next_starts.get(sources.get(offer.translation_key))
        offer.next_session = timezone.localtime(start, zone) if start else None
        offer.card_detail = offer.price_display
        if offer.next_session:
            offer.card_detail += " · " + _("next: %(date)s") % {
                "date": formats.date_format(offer.next_session, "SHORT_DATETIME_FORMAT")
            }
    return offers


def source_sessions():
    """Open sessions of an offer, which live on its French source page."""
    return Session.objects.filter(
        offer__translation_key=OuterRef("translation_key"),
        offer__locale=Locale.get_default(),
        status=SessionStatus.OPEN,
    )


def in_neutral_order(offers, now=None):
    """Soonest open session first, then title: never popularity."""
    next_start = source_sessions().filter(start__gt=now or timezone.now()).order_by("start")
    return offers.annotate(next_start=Subquery(next_start.values("start")[:1])).order_by(
        F("next_start").asc(nulls_last=True), "title"
    )


def upcoming_offers(offers, limit, now=None):
    """The offers with the soonest open sessions, for the home page."""
    return in_neutral_order(offers, now).filter(next_start__isnull=False)[:limit]
