"""Cron, daily: travellers' personal data is kept no longer than the form says."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from offers.models import BookingRequest


class Command(BaseCommand):
    help = (
        "Anonymise (or with --delete, delete) booking requests older than "
        "BOOKING_RETENTION_DAYS days."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.BOOKING_RETENTION_DAYS)
        parser.add_argument("--delete", action="store_true", help="Delete instead of anonymising.")

    def handle(self, *args, days, delete, **options):
        now = timezone.now()
        old = BookingRequest.objects.filter(created_at__lt=now - timedelta(days=days))
        with transaction.atomic():
            if delete:
                count, _by_model = old.delete()
                self.stdout.write(f"{count} row(s) deleted.")
                return
            # Counts per offer and session stay true; nobody can be recognised any more.
            count = old.filter(anonymised_at__isnull=True).update(
                name="—",
                email="anonymised@invalid",
                phone="",
                message="",
                editor_note="",
                anonymised_at=now,
            )
        self.stdout.write(f"{count} booking request(s) anonymised.")
