"""The iCalendar feeds parse with the icalendar library and carry the expected events."""

from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.factories import make_offer, translate
from tests.offers.factories import make_session

pytestmark = pytest.mark.django_db


def events(response):
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content).walk("VEVENT")


def test_the_offer_feed_lists_upcoming_sessions_in_the_communitys_zone(client, community):
    community.time_zone = "Europe/Lisbon"
    community.save_revision().publish()
    offer = make_offer(
        community, meeting_point="Devant la fontaine", latitude="43.35", longitude="5.38"
    )
    upcoming = make_session(offer)
    cancelled = make_session(offer, days=9, status="cancelled")
    make_session(offer, days=-3)  # past
    found = events(client.get(f"/fr/calendars/offer/{offer.pk}.ics"))
    assert [str(e["uid"]) for e in found] == [
        f"passage-session-{upcoming.pk}@testserver",
        f"passage-session-{cancelled.pk}@testserver",
    ]
    first = found[0]
    assert first.decoded("dtstart") == upcoming.start
    assert first.decoded("dtstart").tzinfo.key == "Europe/Lisbon"
    assert first["dtstart"].params["TZID"] == "Europe/Lisbon"
    assert first.decoded("dtend") == upcoming.end
    assert str(first["summary"]) == offer.title
    assert str(first["location"]) == "Devant la fontaine"
    assert str(first["url"]) == f"http://testserver{offer.url}"
    assert [str(e["status"]) for e in found] == ["CONFIRMED", "CANCELLED"]


def test_the_community_feed_gathers_its_offers_in_the_urls_language(client, community):
    walk, meal = make_offer(community, "Balade"), make_offer(community, "Repas")
    make_session(walk, days=2)
    make_session(meal, days=4)
    translate(community, "en")
    translate(walk, "en", {"Balade": "Walk"})
    translate(meal, "en", {"Repas": "Meal"})
    found = events(client.get(f"/en/calendars/community/{community.pk}.ics"))
    assert [str(e["summary"]) for e in found] == ["Walk", "Meal"]
    assert str(found[0]["url"]).startswith("http://testserver/en/")


def test_each_session_has_its_own_add_to_calendar_file(client, offer):
    session = make_session(offer)
    make_session(offer, days=3)
    found = events(client.get(f"/fr/calendars/session/{session.pk}.ics"))
    assert len(found) == 1
    assert found[0].decoded("dtstart").astimezone(ZoneInfo("UTC")) == session.start
