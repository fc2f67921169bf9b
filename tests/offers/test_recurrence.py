"""Sessions generated from an iCalendar recurrence rule."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from offers.recurrence import occurrences
from tests.factories import make_offer

PARIS = ZoneInfo("Europe/Paris")


def test_a_weekly_rule_keeps_the_wall_clock_across_daylight_saving():
    first = datetime(2030, 3, 23, 10, 0, tzinfo=PARIS)  # Paris moves to summer time on 31 March
    starts = occurrences("FREQ=WEEKLY;BYDAY=SA;COUNT=3", first, zone=PARIS)
    assert [s.astimezone(PARIS).strftime("%d %H:%M") for s in starts] == [
        "23 10:00",
        "30 10:00",
        "06 10:00",
    ]
    assert starts[0].utcoffset() != starts[2].utcoffset()


def test_a_rule_without_end_stops_at_the_horizon():
    first = datetime(2030, 1, 1, 9, 0, tzinfo=PARIS)
    starts = occurrences(
        "FREQ=DAILY", first, zone=PARIS, until=datetime(2030, 1, 10, tzinfo=PARIS)
    )
    assert len(starts) == 9


@pytest.mark.django_db
def test_saving_a_revision_adds_the_rules_sessions_once(community):
    offer = make_offer(
        community,
        recurrence_rule="FREQ=WEEKLY;BYDAY=SA;COUNT=4",
        recurrence_start=datetime(2030, 5, 4, 10, 0, tzinfo=PARIS),
        recurrence_capacity=8,
        duration_minutes=90,
    )
    sessions = list(offer.sessions.order_by("start"))
    assert len(sessions) == 4
    assert {s.capacity for s in sessions} == {8}
    assert (sessions[0].end - sessions[0].start).seconds == 90 * 60
    offer.save_revision().publish()
    assert offer.sessions.count() == 4  # nothing duplicated


@pytest.mark.django_db
def test_an_invalid_rule_is_a_clear_error(community):
    offer = make_offer(community)
    offer.recurrence_rule = "FREQ=SOMETIMES"
    offer.recurrence_start = datetime(2030, 5, 4, 10, 0, tzinfo=PARIS)
    offer.recurrence_capacity = 5
    with pytest.raises(ValidationError) as error:
        offer.full_clean()
    assert "recurrence_rule" in error.value.message_dict
