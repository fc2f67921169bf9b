"""The interface is translated into every content language, and the site uses it."""

import polib
import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation

from tests import factories

LOCALE_DIR = settings.BASE_DIR / "locale"
TRANSLATED_LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != "en"]


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_interface_string_is_translated(language):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    assert untranslated == []
    assert catalogue.fuzzy_entries() == []
    assert (LOCALE_DIR / language / "LC_MESSAGES" / "django.mo").exists()


@pytest.mark.django_db
@override_settings(LOCALE_PATHS=[LOCALE_DIR])
@pytest.mark.parametrize("language", ["fr", "ar", "sr"])
def test_pages_speak_the_visitors_language(client, language):
    home = factories.make_home()
    page = home if language == "fr" else factories.translate(home, language)
    response = client.get(page.url)
    with translation.override(language):
        skip_link = translation.gettext("Skip to content")
    assert skip_link != "Skip to content"
    assert skip_link in response.content.decode()
