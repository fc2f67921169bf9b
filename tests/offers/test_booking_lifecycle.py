"""Statuses, expiry, failing mail and retention of booking requests."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from offers import services
from offers.models import BookingRequest
from tests.offers.factories import make_request, make_session

pytestmark = pytest.mark.django_db


def run(command, *args):
    out = StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def test_accepting_reserves_places_and_tells_the_traveller(
    offer, django_capture_on_commit_callbacks
):
    session = make_session(offer, capacity=3)
    booking = make_request(offer, session, party_size=2)
    with django_capture_on_commit_callbacks(execute=True):
        services.accept(booking.pk)
    booking.refresh_from_db()
    assert booking.status == "accepted"
    assert list(booking.status_changes.values_list("status", flat=True)) == ["new", "accepted"]
    assert session.places_taken_now() == 2
    assert [m.to for m in mail.outbox] == [["ada@example.org"]]
    assert "accepted" in mail.outbox[0].subject


def test_a_request_that_no_longer_fits_cannot_be_accepted(offer):
    session = make_session(offer, capacity=3)
    services.accept(make_request(offer, session, party_size=2).pk)
    late = make_request(offer, session, party_size=2, name="Bob")
    with pytest.raises(services.BookingError):
        services.accept(late.pk)
    late.refresh_from_db()
    assert late.status == "new"


def test_an_answered_request_cannot_be_answered_again(offer):
    booking = make_request(offer, make_session(offer))
    services.decline(booking.pk)
    with pytest.raises(services.BookingError):
        services.accept(booking.pk)


def test_cancelling_an_accepted_request_frees_its_places(offer):
    session = make_session(offer, capacity=2)
    booking = make_request(offer, session, party_size=2)
    services.accept(booking.pk)
    services.cancel(booking.pk)
    assert session.places_taken_now() == 0


def test_requests_expire_after_48_hours_once(offer):
    booking = make_request(offer, make_session(offer))
    created = booking.created_at
    assert "0 booking" in run(
        "expire_booking_requests", f"--now={(created + timedelta(hours=47)).isoformat()}"
    )
    later = (created + timedelta(hours=48, minutes=1)).isoformat()
    assert "1 booking" in run("expire_booking_requests", f"--now={later}")
    assert "0 booking" in run("expire_booking_requests", f"--now={later}")
    booking.refresh_from_db()
    assert booking.status == "expired"
    assert list(booking.status_changes.values_list("status", flat=True)) == ["new", "expired"]


def test_a_failing_mail_server_keeps_the_request_and_retries_without_duplicates(
    client, offer, settings, django_capture_on_commit_callbacks
):
    session = make_session(offer)
    settings.MAILERS = {"default": {"BACKEND": "tests.offers.failing_mail.FailingBackend"}}
    data = {
        "session": session.pk,
        "party_size": "1",
        "name": "Ada",
        "email": "ada@example.org",
        "language": "en",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(offer.url, data)
    assert response.status_code == 302  # the traveller is not shown a server error
    booking = BookingRequest.objects.get()
    assert booking.community_notified_at is None
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    BookingRequest.objects.update(created_at=timezone.now() - timedelta(minutes=10))
    run("retry_booking_notifications")
    run("retry_booking_notifications")
    assert len(mail.outbox) == 2  # the community's notice and the acknowledgement, once each
    booking.refresh_from_db()
    assert booking.community_notified_at and booking.traveller_acknowledged_at


def test_old_requests_are_anonymised_and_recent_ones_kept(offer):
    old = make_request(offer, name="Old")
    recent = make_request(offer, name="Recent")
    BookingRequest.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=400)
    )
    assert "1 booking" in run("purge_booking_requests")
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.email, old.anonymised_at is not None) == (
        "—",
        "anonymised@invalid",
        True,
    )
    assert recent.name == "Recent"
    assert "0 booking" in run("purge_booking_requests")
    run("purge_booking_requests", "--delete")
    assert list(BookingRequest.objects.all()) == [recent]
