"""Cron: enqueue again the mails a failing mail server kept from leaving."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from offers.models import BookingRequest
from offers.tasks import notify_new_request, notify_outcome


class Command(BaseCommand):
    help = "Enqueue the booking notifications that were not sent yet (they never send twice)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=5,
            help="Only requests whose last change is this many minutes old (default 5).",
        )

    def handle(self, *args, older_than, **options):
        cutoff = timezone.now() - timedelta(minutes=older_than)
        live = BookingRequest.objects.filter(anonymised_at__isnull=True)
        pending_new = live.filter(created_at__lte=cutoff).filter(
            Q(community_notified_at__isnull=True) | Q(traveller_acknowledged_at__isnull=True)
        )
        pending_outcome = live.filter(
            decided_at__lte=cutoff, outcome_notified_at__isnull=True
        ).exclude(status="new")
        for booking_id in pending_new.values_list("pk", flat=True):
            notify_new_request.enqueue(booking_id)
        for booking_id in pending_outcome.values_list("pk", flat=True):
            notify_outcome.enqueue(booking_id)
        self.stdout.write(
            f"{pending_new.count()} new and {pending_outcome.count()} answered request(s) "
            "enqueued."
        )
