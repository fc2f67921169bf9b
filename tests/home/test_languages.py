"""Every page type in every script: language prefix, lang/dir, hreflang and the switcher."""

import re
from urllib.parse import unquote

from django.test import TestCase
from wagtail.models import Locale

from tests import factories

LANGUAGES = ("en", "ar", "sr")
SLUGS = {
    "en": "weavers-of-valmorel",
    "ar": "نساجو-فالمورال",
    "sr": "ткачи-валмореле",
}


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


class MultilingualTreeTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.make_home()
        cls.index = factories.make_index(cls.home)
        cls.about = factories.make_standard_page(cls.home)
        cls.community = factories.make_community(cls.index, title="Les Tisserands de Valmorel")
        cls.offer = factories.make_offer(cls.community)
        cls.story = factories.make_story(cls.community)
        cls.pages = [cls.home, cls.about, cls.index, cls.community, cls.offer, cls.story]
        cls.translations = {language: {} for language in LANGUAGES}
        for page in cls.pages:
            for language in LANGUAGES:
                texts = {"slug": SLUGS[language]} if page is cls.community else {}
                translated = factories.translate(page, language, texts)
                cls.translations[language][page.pk] = translated


class EveryPageRendersInEveryScriptTests(MultilingualTreeTestCase):
    def test_every_page_type_renders_in_french_english_arabic_and_serbian(self):
        for page in self.pages:
            for language, version in [
                ("fr", page),
                *((lang, self.translations[lang][page.pk]) for lang in LANGUAGES),
            ]:
                with self.subTest(page=type(page).__name__, language=language):
                    response = self.client.get(version.url)
                    self.assertEqual(response.status_code, 200)
                    direction = "rtl" if language == "ar" else "ltr"
                    self.assertContains(response, f'<html lang="{language}" dir="{direction}">')

    def test_urls_carry_their_language_prefix(self):
        self.assertTrue(self.community.url.startswith("/fr/"))
        self.assertTrue(self.translations["ar"][self.community.pk].url.startswith("/ar/"))

    def test_hreflang_lists_every_live_translation_and_x_default(self):
        response = self.client.get(self.offer.url)
        links = hreflangs(response.content.decode())
        self.assertEqual(set(links), {"fr", "en", "ar", "sr", "x-default"})
        self.assertEqual(links["x-default"], self.offer.full_url)
        self.assertEqual(links["sr"], self.translations["sr"][self.offer.pk].full_url)

    def test_a_draft_translation_is_not_an_alternate(self):
        italian = factories.translate(self.story, "it", publish=False)
        self.assertFalse(italian.live)
        links = hreflangs(self.client.get(self.story.url).content.decode())
        self.assertNotIn("it", links)


class LanguageSwitcherTests(MultilingualTreeTestCase):
    def switcher_links(self, url):
        html = self.client.get(url).content.decode()
        switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
        return dict(re.findall(r'<a href="([^"]+)" lang="([^"]+)"', switcher)[::1]), switcher

    def test_the_switcher_targets_the_translated_page(self):
        links, _html = self.switcher_links(self.offer.url)
        by_language = {language: url for url, language in links.items()}
        self.assertEqual(by_language["en"], self.translations["en"][self.offer.pk].url)
        self.assertEqual(by_language["sr"], self.translations["sr"][self.offer.pk].url)

    def test_without_a_translation_the_switcher_goes_to_that_languages_home(self):
        italian_home = factories.translate(self.home, "it")
        links, _html = self.switcher_links(self.offer.url)
        by_language = {language: url for url, language in links.items()}
        self.assertEqual(by_language["it"], italian_home.url)

    def test_languages_without_any_live_page_are_not_offered(self):
        links, _html = self.switcher_links(self.offer.url)
        self.assertNotIn("de", links.values())


class UnicodeSlugTests(MultilingualTreeTestCase):
    def test_serbian_and_arabic_translations_keep_their_unicode_slugs(self):
        self.assertEqual(self.translations["sr"][self.community.pk].slug, SLUGS["sr"])
        self.assertEqual(self.translations["ar"][self.community.pk].slug, SLUGS["ar"])

    def test_unicode_urls_are_routable(self):
        for language in ("sr", "ar"):
            with self.subTest(language=language):
                community = self.translations[language][self.community.pk]
                self.assertIn(SLUGS[language], unquote(community.url))
                response = self.client.get(community.url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.context["page"].pk, community.pk)

    def test_lithuanian_diacritics_are_kept(self):
        factories.translate(self.home, "lt")
        factories.translate(self.index, "lt")
        community = factories.translate(self.community, "lt", {"slug": "audėjų-bendruomenė"})
        self.assertEqual(community.slug, "audėjų-bendruomenė")


class RootRedirectTests(TestCase):
    def test_root_redirects_to_the_best_accept_language(self):
        response = self.client.get("/", headers={"accept-language": "it-IT,it;q=0.9,en;q=0.5"})
        self.assertRedirects(response, "/it/", fetch_redirect_response=False)

    def test_arabic_visitors_go_to_arabic(self):
        response = self.client.get("/", headers={"accept-language": "ar"})
        self.assertRedirects(response, "/ar/", fetch_redirect_response=False)

    def test_unknown_languages_fall_back_to_french(self):
        response = self.client.get("/", headers={"accept-language": "ja,zh;q=0.8"})
        self.assertRedirects(response, "/fr/", fetch_redirect_response=False)

    def test_every_content_locale_exists_after_migrate(self):
        from django.conf import settings

        codes = set(Locale.objects.values_list("language_code", flat=True))
        self.assertEqual(codes, {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES})
