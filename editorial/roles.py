"""The roles of the network, as Django groups, and the rights each one holds.

- Moderators (Wagtail's own group): publish anywhere, approve workflows, manage communities.
- "<community> editors": add and edit their community's French subtree, never publish.
- "Translators (<code>)": add, edit and publish in one locale's tree, nothing in French.
- Translation managers: submit pages for translation (into the locales they edit) and edit
  every translated tree, without publishing.

A user works in a locale when one of their groups may edit a page of that locale (or the
root, which covers them all): `locales_for_user()`.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Locale, Page

from communities.models import CommunityPage

MODERATORS = "Moderators"
TRANSLATION_MANAGERS = "Translation managers"
EDIT_CODENAMES = ("add_page", "change_page")


def translators_group_name(language_code):
    return f"Translators ({language_code})"


def editors_group_name(community_title):
    return f"{community_title} editors"


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_pages(group, page, *codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission("wagtailcore", codename)
        )


def grant_translated_home(home):
    """Give a locale's home tree to its translators and to the translation managers."""
    code = home.locale.language_code
    if code == settings.LANGUAGE_CODE:
        return
    translators, _created = Group.objects.get_or_create(name=translators_group_name(code))
    translators.permissions.add(permission("wagtailadmin", "access_admin"))
    grant_pages(translators, home, *EDIT_CODENAMES, "publish_page")
    managers, _created = Group.objects.get_or_create(name=TRANSLATION_MANAGERS)
    grant_pages(managers, home, *EDIT_CODENAMES)


def locales_for_user(user):
    """The locales a user may work in: those where a group of theirs edits a page."""
    if user.is_superuser:
        return Locale.objects.all()
    grants = GroupPagePermission.objects.filter(
        group__user=user, permission__codename__in=EDIT_CODENAMES
    )
    if grants.filter(page__depth=1).exists():
        return Locale.objects.all()
    pages = Page.objects.filter(id__in=grants.values("page_id"))
    return Locale.objects.filter(id__in=pages.values("locale_id"))


def communities_edited_by(user):
    """The French community pages a user edits through a community editors' group."""
    granted = GroupPagePermission.objects.filter(
        group__user=user, permission__codename="change_page"
    ).values("page_id")
    return CommunityPage.objects.filter(
        id__in=granted, locale__language_code=settings.LANGUAGE_CODE
    ).order_by("title")


def works_in_translations(user):
    """Translators, translation managers and moderators: whoever edits a translated tree."""
    return user.has_perm("wagtail_localize.submit_translation") or (
        locales_for_user(user).exclude(language_code=settings.LANGUAGE_CODE).exists()
    )
