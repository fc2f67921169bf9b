"""The five onboarding steps of DOMAIN.md, computed from content where content can say.

`progress_of(communities)` works on many communities with a fixed number of queries, so the
moderators' panel and the cohort report do not grow with the network.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from editorial.models import CommunityOnboarding, OnboardingStep
from editorial.roles import editors_group_name
from narratives.models import StoryPage
from offers.models import OfferPage

STEP_HINTS = {
    OnboardingStep.CREATE: _("Its page, its editors and its media collection exist."),
    OnboardingStep.POOL: _("A published page with an introduction, a main image and media."),
    OnboardingStep.OFFERS: _("At least one live offer."),
    OnboardingStep.STORY: _("At least one live story."),
    OnboardingStep.DISTRIBUTE: _("The community agreed that partners republish its offers."),
}


def min_media():
    return getattr(settings, "PASSAGE_ONBOARDING_MIN_MEDIA", 3)


@dataclass
class StepState:
    step: OnboardingStep
    done: bool
    computed: bool
    record: object = None
    url: str = ""

    @property
    def label(self):
        return self.step.label

    @property
    def hint(self):
        return STEP_HINTS[self.step]


@dataclass
class CommunityProgress:
    community: object
    onboarding: CommunityOnboarding
    steps: list = field(default_factory=list)

    @property
    def done_count(self):
        return sum(state.done for state in self.steps)

    @property
    def percent(self):
        return round(100 * self.done_count / len(self.steps))

    @property
    def next_step(self):
        return next((state for state in self.steps if not state.done), None)

    def state(self, step):
        return self.steps[step - 1]


def progress_of(communities):
    communities = list(communities)
    facts = ContentFacts(communities)
    onboardings = {
        onboarding.community_id: onboarding
        for onboarding in CommunityOnboarding.objects.filter(
            community__in=communities
        ).prefetch_related("recorded_steps")
    }
    return [
        community_progress(
            community,
            onboardings.get(community.pk) or CommunityOnboarding(community=community),
            facts,
        )
        for community in communities
    ]


def community_progress(community, onboarding, facts):
    records = {r.step: r for r in onboarding.recorded_steps.all()} if onboarding.pk else {}
    computed = {
        OnboardingStep.CREATE: facts.is_created(community),
        OnboardingStep.POOL: facts.is_pooled(community),
        OnboardingStep.OFFERS: facts.live_offers[community.path] >= 1,
        OnboardingStep.STORY: facts.live_stories[community.path] >= 1,
        OnboardingStep.DISTRIBUTE: onboarding.distribution_opt_in,
    }
    steps = [
        StepState(
            step,
            done=computed[step] or step in records,
            computed=computed[step],
            record=records.get(step),
            url=step_url(step, community),
        )
        for step in OnboardingStep
    ]
    return CommunityProgress(community, onboarding, steps)


def step_url(step, community):
    if step == OnboardingStep.OFFERS:
        return reverse("wagtailadmin_pages:add", args=["offers", "offerpage", community.pk])
    if step == OnboardingStep.STORY:
        return reverse("wagtailadmin_pages:add", args=["narratives", "storypage", community.pk])
    if step == OnboardingStep.DISTRIBUTE:
        return reverse("editorial:distribution", args=[community.pk])
    return reverse("wagtailadmin_pages:edit", args=[community.pk])


class ContentFacts:
    """What the content says about many communities, in a fixed number of queries."""

    def __init__(self, communities):
        titles = [community.title for community in communities]
        self.paths = {community.path for community in communities}
        self.live_offers = self.live_children(OfferPage)
        self.live_stories = self.live_children(StoryPage)
        self.groups = set(
            Group.objects.filter(name__in=[editors_group_name(t) for t in titles]).values_list(
                "name", flat=True
            )
        )
        self.collections = set(
            Collection.objects.filter(name__in=titles).values_list("name", flat=True)
        )
        rows = (
            get_image_model()
            .objects.filter(collection__name__in=titles)
            .values("collection__name")
            .annotate(count=Count("id"))
        )
        self.media = Counter({row["collection__name"]: row["count"] for row in rows})

    def live_children(self, model):
        """Live pages of `model` per parent path (a child's path is its parent's + 4)."""
        depths = {len(path) // Page.steplen + 1 for path in self.paths}
        children = model.objects.live().filter(depth__in=depths).values_list("path", flat=True)
        return Counter(
            path[: -Page.steplen] for path in children if path[: -Page.steplen] in self.paths
        )

    def is_created(self, community):
        return (
            editors_group_name(community.title) in self.groups
            and community.title in self.collections
        )

    def is_pooled(self, community):
        return bool(
            community.live
            and community.intro
            and community.hero_image_id
            and self.media[community.title] >= min_media()
        )
