"""The roles as groups: moderators, translation managers, and translators per locale.

Community editors' groups are made by `create_community`, one per community; the page
rights of translators on each translated home are granted when that home is created
(editorial/signals.py) and here for homes that already exist.
"""

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATOR_PAGE_RIGHTS = ("add_page", "change_page", "publish_page", "bulk_delete_page")
MODERATOR_MODEL_RIGHTS = {
    "editorial": (
        "create_community",
        "view_editorial_reports",
        "add_cohort",
        "change_cohort",
        "delete_cohort",
        "view_cohort",
        "change_communityonboarding",
        "view_communityonboarding",
        "add_recordedstep",
        "change_recordedstep",
        "delete_recordedstep",
        "view_recordedstep",
    ),
    "narratives": ("add_theme", "change_theme", "delete_theme"),
    "wagtail_localize": ("submit_translation",),
}


def all_permissions_exist(apps):
    """Permissions are made after migrations; this data migration needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None


def create_roles(apps, schema_editor):
    all_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    HomePage = apps.get_model("home", "HomePage")

    def perm(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    def grant_pages(group, page, codenames):
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=perm("wagtailcore", codename)
            )

    access_admin = perm("wagtailadmin", "access_admin")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(access_admin)
    for app_label, codenames in MODERATOR_MODEL_RIGHTS.items():
        moderators.permissions.add(*(perm(app_label, codename) for codename in codenames))
    root = Page.objects.filter(depth=1).first()
    if root:
        grant_pages(moderators, root, MODERATOR_PAGE_RIGHTS)

    managers, _ = Group.objects.get_or_create(name="Translation managers")
    managers.permissions.add(access_admin, perm("wagtail_localize", "submit_translation"))
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        translators, _ = Group.objects.get_or_create(name=f"Translators ({code})")
        translators.permissions.add(access_admin)
        for home in HomePage.objects.filter(locale__language_code=code):
            grant_pages(translators, home, ("add_page", "change_page", "publish_page"))
            grant_pages(managers, home, ("add_page", "change_page"))

    # Wagtail's default "Editors" may edit every page of every community: one editor
    # per community is the rule here, so the catch-all group goes if nobody is in it.
    Group.objects.filter(name="Editors", user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("home", "0002_locales_and_home_page"),
        ("narratives", "0002_theme"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
