"""`manage.py rebuild_search`: refill the per-language index from every live page."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = "Rebuild the multilingual search index (PostgreSQL) or Wagtail's index (SQLite)."

    def handle(self, *args, **options):
        if not indexing.is_enabled():
            call_command("update_index", verbosity=options["verbosity"])
            return
        count = indexing.rebuild()
        self.stdout.write(f"Indexed {count} live pages, each in its own language.")
