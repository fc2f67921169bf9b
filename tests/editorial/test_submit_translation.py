"""The submit-translation gap is closed (home/localize_workarounds.py), tested from both sides."""

from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from editorial.roles import TRANSLATION_MANAGERS, grant_translated_home
from tests import factories
from tests.editorial.factories import make_network, make_user


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


class SubmitTranslationGapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.network = make_network()
        cls.offer = cls.network["offer_a"]
        # English exists as a tree: the translation managers work in it too.
        cls.english_home = factories.translate(cls.network["home"], "en")
        cls.english = Locale.objects.get(language_code="en")
        cls.spanish = Locale.objects.get(language_code="es")
        cls.manager = make_user("manager", TRANSLATION_MANAGERS)
        cls.manager_and_editor = make_user(
            "manager_editor", TRANSLATION_MANAGERS, cls.network["a"].editors.name
        )

    def post(self, user, page, *locales):
        self.client.force_login(user)
        return self.client.post(submit_url(page), {"locales": [locale.pk for locale in locales]})

    def english_translations(self, page):
        return Translation.objects.filter(
            source__object_id=page.translation_key, target_locale=self.english
        )

    def test_without_edit_rights_on_the_source_it_is_403_and_nothing_is_created(self):
        response = self.post(self.manager, self.offer, self.english)
        self.assertEqual(response.status_code, 403)
        self.assertFalse(self.english_translations(self.offer).exists())
        self.assertIsNone(self.offer.get_translation_or_none(self.english))

    def test_with_edit_rights_on_the_source_it_works(self):
        self.client.force_login(self.manager_and_editor)
        self.assertEqual(self.client.get(submit_url(self.offer)).status_code, 200)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.post(self.manager_and_editor, self.offer, self.english)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(self.english_translations(self.offer).exists())

    def test_only_the_locales_they_work_in_are_offered(self):
        self.client.force_login(self.manager_and_editor)
        response = self.client.get(submit_url(self.offer))
        offered = set(response.context["form"].fields["locales"].queryset)
        self.assertEqual(offered, {self.english})

    def test_a_locale_they_do_not_work_in_is_403_and_nothing_is_created(self):
        response = self.post(self.manager_and_editor, self.offer, self.english, self.spanish)
        self.assertEqual(response.status_code, 403)
        self.assertFalse(self.english_translations(self.offer).exists())

    def test_a_new_translated_tree_joins_their_locales(self):
        spanish_home = factories.translate(self.network["home"], "es")
        grant_translated_home(spanish_home)  # idempotent; the signal already did it
        with self.captureOnCommitCallbacks(execute=True):
            response = self.post(self.manager_and_editor, self.offer, self.spanish)
        self.assertEqual(response.status_code, 302)

    def test_the_global_permission_is_still_required(self):
        editor = make_user("editor_only", self.network["a"].editors.name)
        response = self.post(editor, self.offer, self.english)
        self.assertEqual(response.status_code, 403)


class SubmitSnippetTranslationTests(TestCase):
    """Snippets too: submitting a theme needs the right to change themes."""

    @classmethod
    def setUpTestData(cls):
        from narratives.models import Theme

        cls.network = make_network()
        cls.theme = Theme.objects.create(name="Patrimoine oral", slug="patrimoine-oral")
        cls.italian = Locale.objects.get(language_code="it")
        cls.manager = make_user("manager", TRANSLATION_MANAGERS)
        cls.moderator = make_user("moderator", "Moderators")

    def url(self):
        return reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["narratives", "theme", self.theme.pk],
        )

    def test_without_the_right_to_change_themes_it_is_403(self):
        self.client.force_login(self.manager)
        response = self.client.post(self.url(), {"locales": [self.italian.pk]})
        self.assertEqual(response.status_code, 403)
        self.assertFalse(self.theme.get_translations().exists())

    def test_a_moderator_submits_a_theme(self):
        self.client.force_login(self.moderator)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(self.url(), {"locales": [self.italian.pk]})
        self.assertEqual(response.status_code, 302)
        self.assertTrue(self.theme.get_translations().filter(locale=self.italian).exists())
