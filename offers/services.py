"""What happens to a booking request, each step in one transaction with its history."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from offers.models import BookingRequest, BookingStatus, BookingStatusChange, Session
from offers.tasks import notify_new_request, notify_outcome

EXPIRY_DELAY = settings.BOOKING_REQUEST_EXPIRY
RATE_LIMIT = settings.BOOKING_RATE_LIMIT  # requests per IP address and hour


class RateLimited(Exception):
    message = _("You sent several requests in a short time. Please try again in an hour.")


class BookingError(Exception):
    """An editor's action that cannot be done, with a message to show them."""


def _rate_key(request):
    # Only a hash of the address is kept, and only in the cache for an hour.
    address = request.META.get("REMOTE_ADDR", "")
    return "booking-rate:" + hashlib.sha256(address.encode()).hexdigest()[:32]


def check_rate_limit(request):
    key = _rate_key(request)
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    if count > RATE_LIMIT:
        raise RateLimited


def _record(booking, status, user=None, now=None):
    BookingStatusChange.objects.create(
        request=booking, status=status, changed_at=now or timezone.now(), changed_by=user
    )


def submit_request(offer, data, http_request):
    """Store the request and its first status, then notify after commit."""
    check_rate_limit(http_request)
    source = offer.source_offer()
    session = data.get("session")
    with transaction.atomic():
        booking = BookingRequest.objects.create(
            community=source.get_parent().specific,
            offer=source,
            session=session,
            session_start=session.start if session else None,
            arrival=data.get("arrival"),
            departure=data.get("departure"),
            party_size=data["party_size"],
            name=data["name"],
            email=data["email"],
            phone=data.get("phone", ""),
            message=data.get("message", ""),
            language=data.get("language") or get_language(),
        )
        _record(booking, BookingStatus.NEW)
        transaction.on_commit(lambda: notify_new_request.enqueue(booking.pk))
    return booking


def _decide(booking_id, status, user, now=None):
    with transaction.atomic():
        booking = BookingRequest.objects.select_for_update().get(pk=booking_id)
        if booking.status != BookingStatus.NEW:
            raise BookingError(_("This request has already been answered."))
        if status == BookingStatus.ACCEPTED and booking.session_id:
            _reserve(booking)
        booking.status = status
        booking.decided_at = now or timezone.now()
        booking.save(update_fields=["status", "decided_at"])
        _record(booking, status, user, now)
        transaction.on_commit(lambda: notify_outcome.enqueue(booking.pk))
    return booking


def _reserve(booking):
    """Lock the session row, so a second editor accepting at once waits for this one."""
    session = Session.objects.select_for_update().get(pk=booking.session_id)
    if session.status == "cancelled":
        raise BookingError(_("This session is cancelled."))
    if booking.party_size > session.capacity - session.places_taken_now():
        raise BookingError(_("Not enough places left in this session to accept the request."))


def accept(booking_id, user=None):
    return _decide(booking_id, BookingStatus.ACCEPTED, user)


def decline(booking_id, user=None):
    return _decide(booking_id, BookingStatus.DECLINED, user)


def cancel(booking_id, user=None):
    """The community cancels an accepted or new request; its places are freed."""
    with transaction.atomic():
        booking = BookingRequest.objects.select_for_update().get(pk=booking_id)
        if booking.status not in (BookingStatus.NEW, BookingStatus.ACCEPTED):
            raise BookingError(_("Only new or accepted requests can be cancelled."))
        booking.status = BookingStatus.CANCELLED
        booking.decided_at = timezone.now()
        booking.save(update_fields=["status", "decided_at"])
        _record(booking, BookingStatus.CANCELLED, user)
        transaction.on_commit(lambda: notify_outcome.enqueue(booking.pk))
    return booking


def expire_requests(now=None):
    """Expire every request nobody answered in time; running it twice changes nothing."""
    now = now or timezone.now()
    expired = 0
    stale = BookingRequest.objects.filter(
        status=BookingStatus.NEW, created_at__lte=now - EXPIRY_DELAY
    )
    for booking_id in stale.values_list("pk", flat=True):
        try:
            _decide(booking_id, BookingStatus.EXPIRED, None, now)
        except BookingError:  # answered meanwhile
            continue
        expired += 1
    return expired
