"""Booking requests: a traveller asks, the community answers. No payment, no rating."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["BookingRequest", "BookingStatus", "BookingStatusChange"]


class BookingStatus(models.TextChoices):
    NEW = "new", _("New")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Expired")


class BookingRequest(models.Model):
    """One traveller's request for one offer, kept with its history of statuses."""

    reference = models.UUIDField(_("reference"), default=uuid.uuid4, unique=True, editable=False)
    community = models.ForeignKey(
        "communities.CommunityPage",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="booking_requests",
    )
    offer = models.ForeignKey(
        "offers.OfferPage",
        verbose_name=_("offer"),
        on_delete=models.CASCADE,
        related_name="booking_requests",
    )
    session = models.ForeignKey(
        "offers.Session",
        verbose_name=_("session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="booking_requests",
    )
    # Kept even if an editor later deletes the session from the offer.
    session_start = models.DateTimeField(_("session start"), null=True, blank=True)
    arrival = models.DateField(_("arrival"), null=True, blank=True)
    departure = models.DateField(_("departure"), null=True, blank=True)
    party_size = models.PositiveIntegerField(_("party size"))
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    message = models.TextField(_("message"), blank=True)
    language = models.CharField(_("traveller's language"), max_length=10)
    status = models.CharField(
        _("status"), max_length=10, choices=BookingStatus.choices, default=BookingStatus.NEW
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    decided_at = models.DateTimeField(_("answered"), null=True, blank=True)
    editor_note = models.TextField(
        _("note for the community"),
        blank=True,
        help_text=_("Only editors see this note; the traveller never does."),
    )
    # Notifications already sent, so a retried task never sends a mail twice.
    community_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    traveller_acknowledged_at = models.DateTimeField(null=True, blank=True, editable=False)
    outcome_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("booking request")
        verbose_name_plural = _("booking requests")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.name} — {self.offer.title}"

    @property
    def is_open(self):
        return self.status == BookingStatus.NEW

    @property
    def when(self):
        """The session's start or the requested dates, for listings and exports."""
        if self.session_start:
            return self.session_start
        return self.arrival


class BookingStatusChange(models.Model):
    request = models.ForeignKey(
        BookingRequest, on_delete=models.CASCADE, related_name="status_changes"
    )
    status = models.CharField(_("status"), max_length=10, choices=BookingStatus.choices)
    changed_at = models.DateTimeField(_("changed at"))
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.get_status_display()} ({self.changed_at:%Y-%m-%d %H:%M})"
