"""Public pages are cacheable, vary on language and cookie, and set no cookie (no tracking)."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.utils.cache import get_max_age

from tests import factories


class PublicPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.make_home()
        cls.index = factories.make_index(cls.home)
        cls.community = factories.make_community(cls.index)
        cls.offer = factories.make_offer(cls.community)
        cls.story = factories.make_story(cls.community)
        factories.translate(cls.home, "ar")

    def public_urls(self):
        pages = [self.home, self.index, self.community, self.offer, self.story]
        return [
            *(page.url for page in pages),
            "/ar/",
            "/fr/search/?q=balade",
            "/fr/search/suggest/?q=bal",
            self.index.url + "geojson/",
            "/sitemap.xml",
            "/robots.txt",
        ]

    def test_a_visitor_who_posts_nothing_gets_no_cookie(self):
        for url in self.public_urls():
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.cookies, {}, url)

    def test_public_pages_are_cacheable_and_vary_on_language_and_cookie(self):
        for url in self.public_urls():
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertIn("public", response["Cache-Control"])
                self.assertGreater(get_max_age(response), 0)
                vary = response["Vary"].lower()
                self.assertIn("accept-language", vary)
                self.assertIn("cookie", vary)

    def test_a_signed_in_editor_gets_a_private_page(self):
        editor = get_user_model().objects.create_superuser("ed", password="x")
        self.client.force_login(editor)
        response = self.client.get(self.community.url)
        self.assertIn("private", response["Cache-Control"])

    def test_the_admin_is_never_cached(self):
        response = self.client.get("/admin/login/")
        self.assertIn("no-cache", response["Cache-Control"])
        self.assertNotIn("public", response["Cache-Control"])

    def test_pages_make_no_third_party_requests(self):
        html = self.client.get(self.community.url).content.decode()
        for attribute in ('src="http', "src='http", 'href="http://cdn', "googletagmanager"):
            self.assertNotIn(attribute, html)
