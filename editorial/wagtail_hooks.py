from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button

from editorial import panels, views
from editorial.models import TranslationProvenance
from editorial.roles import works_in_translations
from editorial.viewsets import OnboardingGroup

app_name = "editorial"
urlpatterns = [
    path("communities/new/", views.create_community_view, name="create_community"),
    path(
        "communities/<int:community_id>/distribution/",
        views.distribution_view,
        name="distribution",
    ),
    path("reports/onboarding/", views.cohort_report, name="cohort_report"),
    path("reports/onboarding/<int:cohort_id>/", views.cohort_report, name="cohort_report"),
    path("reports/translations/", views.translation_report, name="translation_report"),
    path(
        "translations/<int:translation_id>/reviewed/",
        views.mark_reviewed,
        name="mark_reviewed",
    ),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("editorial/", include((urlpatterns, app_name), namespace=app_name))]


@hooks.register("register_admin_viewset")
def register_viewsets():
    return OnboardingGroup()


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission_check, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission_check = permission_check

    def is_shown(self, request):
        return self.permission_check(request.user)


@hooks.register("register_admin_menu_item")
def register_create_community_menu_item():
    return PermissionMenuItem(
        _("New community"),
        reverse("editorial:create_community"),
        icon_name="plus",
        order=240,
        permission_check=lambda user: user.has_perm("editorial.create_community"),
    )


@hooks.register("register_reports_menu_item")
def register_onboarding_report_menu_item():
    return PermissionMenuItem(
        _("Onboarding"),
        reverse("editorial:cohort_report"),
        icon_name="tasks",
        order=50,
        permission_check=lambda user: user.has_perm("editorial.view_editorial_reports"),
    )


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return PermissionMenuItem(
        _("Translation status"),
        reverse("editorial:translation_report"),
        icon_name="site",
        order=60,
        permission_check=views.can_see_translation_report,
    )


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, dashboard_panels):
    panels.panels_for(request, dashboard_panels)


@hooks.register("construct_reports_menu")
def show_reports_to_those_who_use_them(request, menu_items):
    """Wagtail's site-wide reports are the moderators'; the translation ones, translators'."""
    user = request.user
    if user.is_superuser or user.has_perm("editorial.view_editorial_reports"):
        return
    translating = works_in_translations(user)
    site_reports = reverse("wagtailadmin_home") + "reports/"
    menu_items[:] = [
        item
        for item in menu_items
        if not item.url.startswith(site_reports) and (translating or "/localize/" not in item.url)
    ]


@hooks.register("register_page_header_buttons")
def mark_reviewed_button(page, user, view_name=None, next_url=None):
    """On a machine-translated page awaiting review, a way to say a person has read it."""
    provenance = TranslationProvenance.objects.for_page(page).awaiting_review().first()
    if provenance and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Mark the machine translation reviewed"),
            reverse("editorial:mark_reviewed", args=[provenance.translation_id]),
            icon_name="check",
            priority=65,
        )
