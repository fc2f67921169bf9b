"""The five onboarding steps follow the content, and the dashboards show them."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from editorial.models import Cohort, CommunityOnboarding, OnboardingStep, RecordedStep
from editorial.onboarding import progress_of
from tests import factories
from tests.editorial.factories import make_collection_image, make_community, make_user


def done_steps(community):
    [progress] = progress_of([community])
    return [state.step for state in progress.steps if state.done]


class OnboardingStateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        factories.make_index(factories.make_home())
        cls.result = make_community("Les Hauts de Valmorel")
        cls.community = cls.result.page
        cls.editor = make_user("editor", cls.result.editors.name)
        cls.moderator = make_user("moderator", "Moderators")

    def test_a_new_community_has_done_step_one_only(self):
        self.assertEqual(done_steps(self.community), [OnboardingStep.CREATE])

    def test_publishing_a_first_offer_completes_step_three(self):
        draft = factories.OfferPage(
            title="Brouillon", slug="brouillon", offer_type="walk", live=False
        )
        self.community.add_child(instance=draft)
        self.assertNotIn(OnboardingStep.OFFERS, done_steps(self.community))
        draft.save_revision().publish()
        self.assertIn(OnboardingStep.OFFERS, done_steps(self.community))

    def test_a_live_story_completes_step_four(self):
        factories.make_story(self.community)
        self.assertIn(OnboardingStep.STORY, done_steps(self.community))

    def test_pooling_needs_an_intro_a_main_image_and_enough_media(self):
        images = [make_collection_image(self.result, f"photo {n}") for n in range(3)]
        self.assertNotIn(OnboardingStep.POOL, done_steps(self.community))
        self.community.hero_image = images[0]
        self.community.save_revision().publish()
        self.assertIn(OnboardingStep.POOL, done_steps(self.community))

    def test_the_editor_opts_into_distribution_for_step_five(self):
        self.client.force_login(self.editor)
        url = reverse("editorial:distribution", args=[self.community.pk])
        self.client.post(url, {"distribution_opt_in": "on"})
        onboarding = CommunityOnboarding.objects.get(community=self.community)
        self.assertTrue(onboarding.distribution_opt_in)
        self.assertIsNotNone(onboarding.distribution_opt_in_at)
        self.assertIn(OnboardingStep.DISTRIBUTE, done_steps(self.community))

    def test_editors_of_another_community_cannot_opt_it_in(self):
        other = make_community("Le Quai des Brumes")
        outsider = make_user("outsider", other.editors.name)
        self.client.force_login(outsider)
        self.client.post(
            reverse("editorial:distribution", args=[self.community.pk]),
            {"distribution_opt_in": "on"},
        )
        self.assertFalse(
            CommunityOnboarding.objects.get(community=self.community).distribution_opt_in
        )

    def test_a_moderator_records_a_step_with_a_date_and_a_comment(self):
        self.client.force_login(self.moderator)
        onboarding = CommunityOnboarding.objects.get(community=self.community)
        self.client.post(
            reverse("recorded_steps:add"),
            {
                "onboarding": onboarding.pk,
                "step": OnboardingStep.STORY,
                "completed_on": "2026-03-02",
                "comment": "Récit enregistré à la veillée, en ligne bientôt.",
            },
        )
        record = RecordedStep.objects.get()
        self.assertEqual(record.recorded_by, self.moderator)
        [progress] = progress_of([self.community])
        state = progress.state(OnboardingStep.STORY)
        self.assertTrue(state.done)
        self.assertFalse(state.computed)
        self.assertEqual(state.record.comment, "Récit enregistré à la veillée, en ligne bientôt.")

    def test_editors_cannot_record_steps(self):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("recorded_steps:add"))
        self.assertNotEqual(response.status_code, 200)

    def test_progress_queries_do_not_grow_with_communities(self):
        def queries():
            communities = list(factories.CommunityPage.objects.filter(locale__language_code="fr"))
            with CaptureQueriesContext(connection) as captured:
                progress_of(communities)
            return len(captured)

        few = queries()
        for number in range(3):
            factories.make_offer(make_community(f"Communauté {number}").page, title=f"O{number}")
        self.assertEqual(queries(), few)


class DashboardTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        factories.make_index(factories.make_home())
        cls.result = make_community("Les Hauts de Valmorel")
        cls.community = cls.result.page
        cohort = Cohort.objects.create(year=2026, quarter=2, name="Montagnes")
        CommunityOnboarding.objects.filter(community=cls.community).update(cohort=cohort)
        cls.cohort = cohort
        cls.editor = make_user("editor", cls.result.editors.name)
        cls.moderator = make_user("moderator", "Moderators")

    def test_moderators_see_each_communitys_progress_and_next_step(self):
        self.client.force_login(self.moderator)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, '<progress max="5" value="1"')
        self.assertContains(response, "2. Pool the content")

    def test_the_editor_sees_their_checklist_linking_to_where_each_step_is_done(self):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("wagtailadmin_home"))
        add_offer = reverse(
            "wagtailadmin_pages:add", args=["offers", "offerpage", self.community.pk]
        )
        self.assertContains(response, add_offer)
        self.assertContains(response, reverse("editorial:distribution", args=[self.community.pk]))
        self.assertNotContains(response, '<progress max="5"')

    def test_the_cohort_report_lists_its_communities(self):
        self.client.force_login(self.moderator)
        response = self.client.get(reverse("editorial:cohort_report", args=[self.cohort.pk]))
        self.assertContains(response, "Les Hauts de Valmorel")
        other = Cohort.objects.create(year=2026, quarter=3)
        response = self.client.get(reverse("editorial:cohort_report", args=[other.pk]))
        self.assertNotContains(response, "Les Hauts de Valmorel")
        self.client.force_login(self.editor)
        response = self.client.get(reverse("editorial:cohort_report"))
        self.assertNotEqual(response.status_code, 200)
