"""Cron, every few minutes: expire requests nobody answered within 48 hours."""

from django.core.management.base import BaseCommand
from django.utils.dateparse import parse_datetime

from offers.services import expire_requests


class Command(BaseCommand):
    help = "Expire booking requests left unanswered past BOOKING_REQUEST_EXPIRY (48 hours)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", type=parse_datetime, help="Pretend it is this ISO date and time (tests)."
        )

    def handle(self, *args, now=None, **options):
        expired = expire_requests(now=now)
        self.stdout.write(f"{expired} booking request(s) expired.")
