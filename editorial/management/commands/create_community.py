from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from communities.models import CommunityKind
from editorial.communities import CommunityCreationError, create_community


def decimal(value):
    try:
        return Decimal(value)
    except InvalidOperation:
        raise CommandError(f"{value!r} is not a number.") from None


class Command(BaseCommand):
    help = (
        "Create a community in one transaction: its French page (a draft), its editors "
        "group, its media collection and its moderation workflow. Running it again for the "
        "same community changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("title", help="The community's name, in French.")
        parser.add_argument("--kind", choices=CommunityKind.values, default=CommunityKind.RURAL)
        parser.add_argument("--locality", required=True, help="Town, village or district.")
        parser.add_argument("--country", required=True, help="ISO code, for example FR.")
        parser.add_argument("--latitude", required=True, type=decimal)
        parser.add_argument("--longitude", required=True, type=decimal)
        parser.add_argument("--email", required=True, help="The community's contact email.")

    def handle(self, title, **options):
        try:
            result = create_community(
                title,
                kind=options["kind"],
                locality=options["locality"],
                country=options["country"].upper(),
                latitude=options["latitude"],
                longitude=options["longitude"],
                contact_email=options["email"],
            )
        except CommunityCreationError as error:
            raise CommandError(str(error)) from error
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        state = "created" if result.page_created else "already existed; completed"
        self.stdout.write(
            f"{result.page.title} {state}: group “{result.editors.name}”, "
            f"collection “{result.collection.name}”, workflow “{result.workflow.name}”."
        )
