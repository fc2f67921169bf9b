"""Workarounds for wagtail-localize 1.14 gaps. Each says what it fixes and when to delete it.

Applied once from `HomeConfig.ready()`, never from `urls.py`.
"""

from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.text import slugify


def apply():
    keep_unicode_slugs()
    check_submit_translation_rights()


def keep_unicode_slugs():
    """Keep translated slugs in their own script.

    `TranslationSource.create_or_update_translation()` passes every translated page slug
    through `django.utils.text.slugify()` without `allow_unicode`, so a Serbian slug such
    as `шетња-кроз-луку` becomes empty and Lithuanian diacritics are stripped, although
    Wagtail itself allows Unicode slugs (`WAGTAIL_ALLOW_UNICODE_SLUGS`).

    Delete this when wagtail-localize honours WAGTAIL_ALLOW_UNICODE_SLUGS upstream.
    """
    from wagtail_localize import models as localize_models

    if getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True):
        localize_models.slugify = partial(slugify, allow_unicode=True)


def check_submit_translation_rights():
    """Let a user submit an object for translation only where they may work.

    wagtail-localize's "submit translation" views only check the global
    `wagtail_localize.submit_translation` permission, so anyone holding it can create
    translations of any page into any locale. Here, on top of that permission:
    - the user must be able to edit the source page (or change the snippet);
    - the locales offered, and accepted, are only those the user works in
      (`editorial.roles.locales_for_user`: locales where a group of theirs edits a page);
    - anything else is a 403 (not Wagtail's redirect to the dashboard) before any
      translation is created.

    Delete this when wagtail-localize checks object and locale permissions upstream.
    """
    from django.views.defaults import permission_denied
    from wagtail.snippets.permissions import get_permission_name
    from wagtail_localize.views import submit_translations as views

    from editorial.roles import locales_for_user

    get_page = views.SubmitPageTranslationView.get_object
    get_snippet = views.SubmitSnippetTranslationView.get_object
    get_form = views.SubmitTranslationView.get_form
    dispatch = views.SubmitTranslationView.dispatch

    def dispatch_or_403(self, request, *args, **kwargs):
        try:
            return dispatch(self, request, *args, **kwargs)
        except PermissionDenied as error:
            return permission_denied(request, error)

    def get_editable_page(self):
        page = get_page(self)
        if not page.permissions_for_user(self.request.user).can_edit():
            raise PermissionDenied
        return page

    def get_editable_snippet(self):
        snippet = get_snippet(self)
        if not self.request.user.has_perm(get_permission_name("change", type(snippet))):
            raise PermissionDenied
        return snippet

    def get_form_in_own_locales(self):
        form = get_form(self)
        allowed = form.fields["locales"].queryset.filter(
            id__in=locales_for_user(self.request.user).values("id")
        )
        if not allowed.exists():
            raise PermissionDenied
        if self.request.method == "POST":
            asked = set(self.request.POST.getlist("locales"))
            if not asked <= {str(pk) for pk in allowed.values_list("id", flat=True)}:
                raise PermissionDenied
        form.fields["locales"].queryset = allowed
        return form

    views.SubmitTranslationView.dispatch = dispatch_or_403
    views.SubmitPageTranslationView.get_object = get_editable_page
    views.SubmitSnippetTranslationView.get_object = get_editable_snippet
    views.SubmitTranslationView.get_form = get_form_in_own_locales
