"""Workarounds for wagtail-localize 1.14 gaps. Each says what it fixes and when to delete it.

Applied once from `HomeConfig.ready()`, never from `urls.py`.
"""

from functools import partial

from django.conf import settings
from django.utils.text import slugify


def apply():
    keep_unicode_slugs()


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
