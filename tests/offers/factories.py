"""Builders for offers' sessions, hosts, booking requests and the users who answer them."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission

from communities.models import Host
from offers.models import BookingRequest, BookingStatusChange, Session


def make_session(offer, days=7, hours=2, capacity=10, status="open"):
    start = timezone.now().replace(microsecond=0) + timedelta(days=days)
    return Session.objects.create(
        offer=offer,
        start=start,
        end=start + timedelta(hours=hours),
        capacity=capacity,
        status=status,
    )


def make_host(community, name="Rosa", **fields):
    values = {"bio": "Habitante du quartier.", "languages": ["fr", "it"], **fields}
    return Host.objects.create(community=community, name=name, **values)


def make_request(offer, session=None, party_size=2, name="Ada", **fields):
    booking = BookingRequest.objects.create(
        community=offer.source_offer().get_parent().specific,  # as offers.services does
        offer=offer,
        session=session,
        session_start=session.start if session else None,
        party_size=party_size,
        name=name,
        email=f"{name.lower()}@example.org",
        language="en",
        **fields,
    )
    BookingStatusChange.objects.create(
        request=booking, status=booking.status, changed_at=timezone.now()
    )
    return booking


def make_editor(username, *pages, permissions=("change", "publish")):
    """A user whose group may edit the given pages (as issue 5's community editors)."""
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for page in pages:
        for codename in permissions:
            GroupPagePermission.objects.create(
                group=group,
                page=page,
                permission=Permission.objects.get(codename=f"{codename}_page"),
            )
    user.groups.add(group)
    return user
