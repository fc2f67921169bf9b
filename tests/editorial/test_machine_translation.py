"""Machine translation drafts with a fake translator: segments are filled, the provenance is
recorded, the public page says so in its language, and after review the notice is gone."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from editorial.models import TranslationProvenance
from editorial.roles import translators_group_name
from tests import factories
from tests.editorial.factories import make_network, make_user

NOTICE = "Machine-translated, not yet reviewed by a person."
ROOT = Path(__file__).resolve().parents[2]


class MachineTranslationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.network = make_network()
        for page in (cls.network["home"], cls.network["index"], cls.network["a"].page):
            factories.translate(page, "en")
        cls.english = Locale.objects.get(language_code="en")
        cls.moderator = make_user("moderator", "Moderators")
        cls.translator = make_user("translator_en", translators_group_name("en"))
        cls.offer = cls.network["offer_a"]

    def submit_offer_to_english(self):
        self.client.force_login(self.moderator)
        url = reverse("wagtail_localize:submit_page_translation", args=[self.offer.pk])
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(url, {"locales": [self.english.pk]})
        return Translation.objects.get(
            source__object_id=self.offer.translation_key, target_locale=self.english
        )

    def machine_translate_and_publish(self):
        translation = self.submit_offer_to_english()
        english = self.offer.get_translation(self.english)
        edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])
        self.client.force_login(self.translator)
        machine_url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
        self.client.post(machine_url, {"next": edit_url})
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(edit_url, {"action": "publish"})
        english.refresh_from_db()
        return translation, english

    def test_the_editor_offers_the_configured_machine_translator(self):
        self.submit_offer_to_english()
        self.client.force_login(self.translator)
        english = self.offer.get_translation(self.english)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
        self.assertContains(response, "Fake translator")

    def test_segments_are_filled_and_the_provenance_recorded(self):
        translation, english = self.machine_translate_and_publish()
        machine = StringTranslation.objects.filter(
            locale=self.english,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            context__object_id=self.offer.translation_key,
        )
        self.assertTrue(machine.exists())
        self.assertTrue(english.live)
        self.assertEqual(english.title, "Balade des escaliers (en, machine)")
        provenance = TranslationProvenance.objects.get(translation=translation)
        self.assertEqual(provenance.tool_name, "Fake translator")
        self.assertTrue(provenance.awaiting_review)

    def test_the_public_page_shows_the_notice_until_a_translator_marks_it_reviewed(self):
        translation, english = self.machine_translate_and_publish()
        response = self.client.get(english.url)
        self.assertContains(response, NOTICE)
        self.assertContains(response, '<html lang="en"')
        self.assertNotContains(self.client.get(self.offer.url), NOTICE)

        self.client.force_login(self.translator)
        self.client.post(reverse("editorial:mark_reviewed", args=[translation.pk]))
        self.assertNotContains(self.client.get(english.url), NOTICE)
        provenance = TranslationProvenance.objects.get(translation=translation)
        self.assertEqual(provenance.reviewed_by, self.translator)

    def test_the_translated_page_offers_to_mark_it_reviewed_and_asks_first(self):
        translation, english = self.machine_translate_and_publish()
        self.client.force_login(self.translator)
        url = reverse("editorial:mark_reviewed", args=[translation.pk])
        self.assertContains(
            self.client.get(reverse("wagtailadmin_explore", args=[english.pk])), url
        )
        self.assertContains(self.client.get(url), "Mark as reviewed")
        self.assertContains(self.client.get(english.url), NOTICE)

    def test_only_someone_who_edits_the_translation_marks_it_reviewed(self):
        translation, english = self.machine_translate_and_publish()
        outsider = make_user("italian", translators_group_name("it"))
        self.client.force_login(outsider)
        self.client.post(reverse("editorial:mark_reviewed", args=[translation.pk]))
        self.assertContains(self.client.get(english.url), NOTICE)

    @override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=None)
    def test_nothing_configured_means_no_machine_translation_button(self):
        translation = self.submit_offer_to_english()
        self.client.force_login(self.translator)
        english = self.offer.get_translation(self.english)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
        self.assertNotContains(response, "Fake translator")
        self.assertContains(response, "&quot;machineTranslator&quot;: null")
        machine_url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
        self.client.post(machine_url)
        machine = StringTranslation.TRANSLATION_TYPE_MACHINE
        self.assertFalse(StringTranslation.objects.filter(translation_type=machine).exists())


def machine_translator_setting(**env):
    environment = {
        k: v for k, v in os.environ.items() if k not in ("DEEPL_AUTH_KEY", "LIBRETRANSLATE_URL")
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="config.settings.dev")
    code = (
        "import json; from django.conf import settings; "
        "print(json.dumps(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_machine_translator_comes_from_the_environment():
    assert machine_translator_setting() is None
    deepl = machine_translator_setting(DEEPL_AUTH_KEY="key:fx")
    assert deepl["CLASS"].endswith("DeepLTranslator")
    assert deepl["OPTIONS"]["AUTH_KEY"] == "key:fx"
    libre = machine_translator_setting(LIBRETRANSLATE_URL="http://127.0.0.1:5000/")
    assert libre["CLASS"].endswith("LibreTranslator")
    assert libre["OPTIONS"]["LIBRETRANSLATE_URL"] == "http://127.0.0.1:5000"
