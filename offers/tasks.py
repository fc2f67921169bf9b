"""Booking notifications, run by the task framework after the request is committed.

Each mail is recorded on the request once sent, under a row lock: a retried or duplicated
task sends nothing twice, and a failing mail server leaves the request in the inbox with
its mail still pending (`manage.py retry_booking_notifications` enqueues it again)."""

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from offers.models import BookingRequest
from offers.notifications import acknowledgement, community_notice, outcome_notice


def _send_once(booking_id, flag, build):
    with transaction.atomic():
        booking = (
            BookingRequest.objects.select_for_update()
            .select_related("offer", "community")
            .filter(pk=booking_id)
            .first()
        )
        if booking is None or getattr(booking, flag) is not None:  # purged, or already sent
            return False
        build(booking).send()  # raises on failure: the flag stays empty, the task fails
        setattr(booking, flag, timezone.now())
        booking.save(update_fields=[flag])
        return True


@task()
def notify_new_request(booking_id):
    """Tell the community, then acknowledge to the traveller in their language."""
    _send_once(booking_id, "community_notified_at", community_notice)
    _send_once(booking_id, "traveller_acknowledged_at", acknowledgement)


@task()
def notify_outcome(booking_id):
    _send_once(booking_id, "outcome_notified_at", outcome_notice)
