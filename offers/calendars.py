"""iCalendar feeds of upcoming sessions, per offer and per community, and one .ics file per
session for “add to calendar”. Texts come in the language of the URL's prefix."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from icalendar import Calendar, Event
from wagtail.models import Locale

from communities.models import CommunityPage
from offers.models import OfferPage, Session

STATUSES = {"open": "CONFIRMED", "full": "CONFIRMED", "cancelled": "CANCELLED"}
PRODID = "-//Passage//Offers//EN"


class SessionCalendar:
    """A VCALENDAR whose events carry a stable UID, times in the community's time zone,
    location, URL and status. `offers` are shown as given; sessions live on their sources."""

    def __init__(self, request, name, offers, community):
        self.request = request
        self.name = name
        self.community = community
        self.by_source = dict(_with_sources(offers))

    def sessions(self):
        upcoming = Session.objects.filter(offer__in=self.by_source, end__gt=timezone.now())
        return upcoming.order_by("start")

    def event(self, session):
        offer = self.by_source[session.offer_id]
        zone = self.community.zone
        event = Event()
        event.add("uid", f"passage-session-{session.pk}@{self.request.get_host()}")
        event.add("dtstamp", timezone.now())
        event.add("dtstart", timezone.localtime(session.start, zone))
        event.add("dtend", timezone.localtime(session.end, zone))
        event.add("summary", offer.title)
        if offer.intro:
            event.add("description", offer.intro)
        event.add("location", offer.meeting_point or offer.address or self.community.locality)
        if offer.latitude is not None and offer.longitude is not None:
            event.add("geo", (float(offer.latitude), float(offer.longitude)))
        event.add("url", self.request.build_absolute_uri(offer.url))
        event.add("status", STATUSES[session.status])
        return event

    def response(self, filename, sessions=None):
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", self.name)
        for session in self.sessions() if sessions is None else sessions:
            calendar.add_component(self.event(session))
        response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
        return response


def _with_sources(offers):
    """(source pk, offer shown) pairs, in one query whatever the number of offers."""
    offers = list(offers)
    keys = {offer.translation_key: offer for offer in offers}
    sources = OfferPage.objects.filter(
        translation_key__in=keys, locale=Locale.get_default()
    ).values_list("pk", "translation_key")
    return [(pk, keys[key]) for pk, key in sources]


def offer_feed(request, offer_id):
    offer = get_object_or_404(OfferPage.objects.live(), pk=offer_id).localized
    calendar = SessionCalendar(request, offer.title, [offer], offer.community)
    return calendar.response(f"offer-{offer_id}")


def community_feed(request, community_id):
    community = get_object_or_404(CommunityPage.objects.live(), pk=community_id).localized
    offers = OfferPage.objects.child_of(community).live().defer_streamfields()
    calendar = SessionCalendar(request, community.title, offers, community)
    return calendar.response(f"community-{community_id}")


def session_event(request, session_id):
    session = get_object_or_404(Session.objects.select_related("offer"), pk=session_id)
    offer = session.offer.localized
    calendar = SessionCalendar(request, offer.title, [offer], offer.community)
    return calendar.response(f"session-{session_id}", sessions=[session])
