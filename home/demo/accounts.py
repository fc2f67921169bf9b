"""Local demo accounts, one per role, with passwords printed for local use only."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from communities.models import CommunityPage
from home.models import HomePage

DEMO_PASSWORD = "passage-demo"


def permission(codename, app_label):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def group_with_admin_access(name):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(permission("access_admin", "wagtailadmin"))
    return group


def grant_pages(group, page, *codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission(codename, "wagtailcore")
        )


def community_editors(community):
    """Editors of one community: they edit its subtree and choose its own images."""
    group = group_with_admin_access(f"{community.title} editors")
    grant_pages(group, community, "add_page", "change_page")
    collection = Collection.objects.filter(name=community.title).first()
    if collection:
        for codename in ("add_image", "change_image", "choose_image"):
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=permission(codename, "wagtailimages"),
            )
    return group


def translators(language_code):
    group = group_with_admin_access(f"Translators ({language_code})")
    home = HomePage.objects.filter(locale__language_code=language_code).first()
    if home:
        grant_pages(group, home, "add_page", "change_page", "publish_page")
    return group


def demo_user(username, role, groups=(), superuser=False):
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
    user.groups.add(*groups)
    return username, DEMO_PASSWORD, role


def create_demo_accounts():
    """The accounts and their passwords, as (username, password, role) rows."""
    community = CommunityPage.objects.filter(locale__language_code="fr").order_by("path").first()
    editors = [community_editors(community)] if community else []
    return [
        demo_user("admin", "Administrator", superuser=True),
        demo_user("moderator", "Moderator", [Group.objects.get(name="Moderators")]),
        demo_user("editor", "Community editor", editors),
        demo_user("translator", "Translator (English)", [translators("en")]),
    ]
