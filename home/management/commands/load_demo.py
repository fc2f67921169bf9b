from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from communities.models import CommunityPage
from home.demo.accounts import create_demo_accounts
from home.demo.loader import DemoContentError, DemoLoader


class Command(BaseCommand):
    help = (
        "Build the demo network of hospitality communities, translated through "
        "wagtail-localize, and local demo accounts. "
        "Safe to run again: it only adds what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-accounts",
            action="store_true",
            help="Load the content only, without the demo accounts.",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already holds a community (used by `make run`).",
        )

    def handle(self, *args, no_accounts=False, if_empty=False, **options):
        if if_empty and CommunityPage.objects.exists():
            self.stdout.write("The database already holds communities; the demo is not loaded.")
            return
        if not no_accounts and not settings.PASSAGE_DEMO_ACCOUNTS_ALLOWED:
            raise CommandError(
                "Demo accounts have printed passwords and are refused under these settings "
                "(production). Use --no-accounts to load the content alone."
            )
        try:
            DemoLoader(report=self.stdout.write).load()
        except DemoContentError as error:
            raise CommandError(f"The demo content is incomplete: {error}") from error
        if not no_accounts:
            for username, password, role in create_demo_accounts():
                self.stdout.write(f"  {role:<28} {username:<12} {password}")
            self.stdout.write(self.style.WARNING("These passwords are for local use only."))
