"""The admin menus show each role what it can use, in French unless the user chose otherwise."""

import json
import re

from django.test import TestCase
from wagtail.users.models import UserProfile

from tests.editorial.factories import make_network, make_role_users

CREATE = "/admin/editorial/communities/new/"
TRANSLATION_STATUS = "/admin/editorial/reports/translations/"
ONBOARDING = "/admin/editorial/reports/onboarding/"
SITE_REPORTS = "/admin/reports/"
IMAGES = "/admin/images/"


def menu_urls(response):
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        response.content.decode(),
        re.S,
    ).group(1)
    return set(re.findall(r'"url": "([^"]+)"', json.dumps(json.loads(props))))


class AdminMenuTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.users = make_role_users(make_network())

    def urls_for(self, role):
        self.client.force_login(self.users[role])
        return menu_urls(self.client.get("/admin/"))

    def test_community_editors_see_pages_and_their_media_only(self):
        urls = self.urls_for("editor_a")
        self.assertIn(IMAGES, urls)
        self.assertNotIn(CREATE, urls)
        self.assertNotIn(TRANSLATION_STATUS, urls)
        self.assertFalse({url for url in urls if url.startswith(SITE_REPORTS)})
        self.assertFalse({url for url in urls if "/localize/" in url})

    def test_translators_see_translation_tools_but_no_media(self):
        urls = self.urls_for("translator_it")
        self.assertNotIn(IMAGES, urls)
        self.assertIn("/admin/localize/reports/translations/", urls)
        self.assertIn(TRANSLATION_STATUS, urls)  # where they mark machine drafts reviewed
        self.assertNotIn(CREATE, urls)

    def test_translation_managers_see_the_translation_status(self):
        self.assertIn(TRANSLATION_STATUS, self.urls_for("translation_manager"))

    def test_moderators_see_communities_onboarding_and_reports(self):
        urls = self.urls_for("moderator")
        self.assertTrue({CREATE, ONBOARDING, TRANSLATION_STATUS, IMAGES} <= urls)
        self.assertIn("/admin/cohorts/", urls)

    def test_the_admin_speaks_french_unless_the_user_chose_a_language(self):
        self.client.force_login(self.users["editor_a"])
        self.assertContains(self.client.get("/admin/"), '<html lang="fr"')
        profile = UserProfile.get_for_user(self.users["translator_it"])
        profile.preferred_language = "it"
        profile.save()
        self.client.force_login(self.users["translator_it"])
        self.assertContains(self.client.get("/admin/"), '<html lang="it"')
