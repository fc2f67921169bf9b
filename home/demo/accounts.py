"""Local demo accounts, one per role, with passwords printed for local use only.

The groups are the editorial roles (editorial/roles.py); `load_demo` refuses to make these
accounts where PASSAGE_DEMO_ACCOUNTS_ALLOWED is false (production).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from communities.models import CommunityPage
from editorial.roles import (
    MODERATORS,
    TRANSLATION_MANAGERS,
    editors_group_name,
    translators_group_name,
)

DEMO_PASSWORD = "passage-demo"


def demo_user(username, role, group_names=(), superuser=False, language=""):
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "email": f"{username}@passage.example",
            "first_name": role,
            "is_staff": superuser,
        },
    )
    if created:
        user.is_superuser = superuser
        user.set_password(DEMO_PASSWORD)
        user.save()
        # The admin speaks French unless the person chose another language.
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return username, DEMO_PASSWORD, role


def community_editors(position):
    """The editors' group of the community at `position` in the French tree."""
    titles = list(
        CommunityPage.objects.filter(locale__language_code="fr")
        .order_by("path")
        .values_list("title", flat=True)
    )
    return [editors_group_name(titles[position])] if titles else []


def create_demo_accounts():
    """The accounts and their passwords, as (username, password, role) rows."""
    return [
        demo_user("admin", "Administrator", superuser=True),
        demo_user("moderator", "Moderator", [MODERATORS]),
        demo_user("editor", "Community editor", community_editors(0)),
        demo_user("newcomer", "Editor of a new community", community_editors(-1)),
        demo_user(
            "translator", "Translator (English)", [translators_group_name("en")], language="en"
        ),
        demo_user(
            "traduttrice", "Translator (Italian)", [translators_group_name("it")], language="it"
        ),
        demo_user("manager", "Translation manager", [TRANSLATION_MANAGERS]),
    ]
