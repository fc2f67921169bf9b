"""`load_demo` builds a real multilingual network, and running it again changes nothing."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import Translation

from communities.models import CommunityPage
from home.demo import content
from narratives.models import StoryPage
from offers.models import OfferPage


def load_demo(*args):
    output = StringIO()
    # The loader publishes translations on commit, as wagtail-localize does.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", *args, stdout=output)
    return output.getvalue()


def counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "translations": Translation.objects.count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
    }


class LoadDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.first_output = load_demo()
        cls.first_counts = counts()

    def test_running_it_twice_leaves_the_same_counts(self):
        load_demo()
        self.assertEqual(counts(), self.first_counts)

    def test_it_builds_six_communities_in_four_countries_of_every_kind(self):
        french = CommunityPage.objects.filter(locale__language_code="fr")
        self.assertGreaterEqual(french.count(), 6)
        self.assertGreaterEqual(len(set(french.values_list("country", flat=True))), 4)
        self.assertEqual(
            set(french.values_list("kind", flat=True)), {"urban", "rural", "maritime"}
        )

    def test_each_founding_community_has_three_offers_and_a_story(self):
        # home/demo/editorial.py adds newer communities still short of offers or stories.
        founders = [community["title"]["fr"] for community in content.COMMUNITIES]
        for community in CommunityPage.objects.filter(title__in=founders):
            with self.subTest(community=community.title):
                self.assertGreaterEqual(OfferPage.objects.child_of(community).live().count(), 3)
                self.assertGreaterEqual(StoryPage.objects.child_of(community).live().count(), 1)

    def test_every_french_page_is_translated_into_english_and_italian_through_localize(self):
        for page in Page.objects.filter(locale__language_code="fr", depth__gt=1):
            for language in ("en", "it"):
                with self.subTest(page=page.title, language=language):
                    translation = page.get_translations().get(locale__language_code=language)
                    self.assertTrue(translation.live)
                    self.assertTrue(
                        Translation.objects.filter(
                            source__object_id=page.translation_key,
                            target_locale__language_code=language,
                        ).exists()
                    )

    def test_one_community_is_also_in_arabic_and_one_in_serbian(self):
        for language in ("ar", "sr"):
            self.assertTrue(
                CommunityPage.objects.live().filter(locale__language_code=language).exists()
            )

    def test_english_pages_show_english_text(self):
        first = content.COMMUNITIES[0]
        english = CommunityPage.objects.get(locale__language_code="en", title=first["title"]["en"])
        response = self.client.get(english.url)
        self.assertContains(response, first["intro"]["en"])

    def test_the_page_tree_is_consistent(self):
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))

    def test_every_live_page_renders_in_its_language(self):
        for page in Page.objects.live().filter(depth__gt=1).select_related("locale"):
            with self.subTest(url=page.url):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<html lang="{page.locale.language_code}"')

    def test_it_prints_progress_and_the_demo_accounts(self):
        self.assertIn("Demo network ready", self.first_output)
        self.assertIn("passage-demo", self.first_output)

    @override_settings(PASSAGE_DEMO_ACCOUNTS_ALLOWED=False)
    def test_content_alone_can_be_loaded_where_accounts_are_refused(self):
        output = load_demo("--no-accounts")
        self.assertNotIn("passage-demo", output)

    def test_one_community_in_each_onboarding_state_and_an_account_per_role(self):
        from editorial.onboarding import progress_of

        french = CommunityPage.objects.filter(locale__language_code="fr")
        next_steps = {
            progress.next_step.step if progress.next_step else None
            for progress in progress_of(french)
        }
        self.assertEqual(next_steps, {2, 3, 4, 5, None})
        usernames = set(get_user_model().objects.values_list("username", flat=True))
        self.assertLessEqual(
            {"moderator", "editor", "newcomer", "translator", "traduttrice", "manager"}, usernames
        )
