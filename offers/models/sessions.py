"""Dated sessions of an offer, with their capacity. They live on the French source page only:
every translation shows the same sessions, so places are never counted twice."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

__all__ = ["Session", "SessionStatus"]


class SessionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    FULL = "full", _("Full")
    CANCELLED = "cancelled", _("Cancelled")


class SessionQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        return self.filter(start__gt=now or timezone.now()).order_by("start")

    def with_places_taken(self):
        """Annotate `places_taken`: the party sizes of accepted requests (no extra query)."""
        accepted = Q(booking_requests__status="accepted")
        return self.annotate(
            places_taken=Coalesce(Sum("booking_requests__party_size", filter=accepted), 0)
        )


class Session(Orderable):
    offer = ParentalKey("offers.OfferPage", on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(_("start"), help_text=_("Date and time the session begins."))
    end = models.DateTimeField(_("end"), help_text=_("Date and time the session ends."))
    capacity = models.PositiveIntegerField(
        _("places"),
        validators=[MinValueValidator(1)],
        help_text=_("How many travellers can join this session."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=SessionStatus.choices,
        default=SessionStatus.OPEN,
        help_text=_("Full or cancelled sessions take no more requests."),
    )

    objects = SessionQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("status")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["start"]

    def __str__(self):
        return f"{self.offer.title} — {timezone.localtime(self.start):%Y-%m-%d %H:%M}"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("A session must end after it starts.")})

    def places_taken_now(self):
        """Accepted places, read from the database (use under a row lock when deciding)."""
        accepted = self.booking_requests.filter(status="accepted")
        return accepted.aggregate(total=Coalesce(Sum("party_size"), 0))["total"]

    @property
    def places_left(self):
        taken = getattr(self, "places_taken", None)
        if taken is None:
            taken = self.places_taken_now()
        return max(self.capacity - taken, 0)

    @property
    def is_bookable(self):
        return (
            self.status == SessionStatus.OPEN
            and self.start > timezone.now()
            and self.places_left > 0
        )
