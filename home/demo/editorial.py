"""The editorial side of the demo: every community gets its editors, collection, workflow and
onboarding record, and three newer communities show the earlier onboarding steps, so the
network holds one community in each state (next step 2, 3, 4, 5, and all done)."""

import datetime

from wagtail.models import WorkflowPage

from communities.models import CommunityPage
from editorial.communities import community_collection, community_editors, moderation_workflow
from editorial.models import Cohort, CommunityOnboarding, OnboardingStep, RecordedStep

FIRST_COHORT = {"year": 2026, "quarter": 1, "name": "Fondatrices"}
NEW_COHORT = {"year": 2026, "quarter": 2, "name": "Printemps"}
# Of the founding communities (every step done by their content), these also opted into
# distribution; the others are at step 5.
DISTRIBUTING = 4

NEW_COMMUNITIES = [
    # Next step 2: the page is online, its presentation not yet written.
    {
        "key": "causse-noir",
        "title": {
            "fr": "Les Bergers du Causse Noir",
            "en": "The Shepherds of the Causse Noir",
            "it": "I Pastori del Causse Noir",
        },
        "intro": "",
        "kind": "rural",
        "locality": {"fr": "Lanuéjols", "en": "Lanuéjols", "it": "Lanuéjols"},
        "country": "FR",
        "latitude": 44.1335,
        "longitude": 3.3810,
        "contact_email": "bergers@causse-noir.example",
        "offers": [],
        "stories": [],
    },
    # Next step 3: presentation and images pooled, no offer online yet.
    {
        "key": "ile-aux-moines",
        "title": {
            "fr": "Le Cercle des Îliens",
            "en": "The Islanders' Circle",
            "it": "Il Circolo degli Isolani",
        },
        "intro": {
            "fr": "Une association d’habitants de l’île qui ouvre ses maisons hors saison.",
            "en": "An association of the island's inhabitants who open their homes out of season.",
            "it": "Un’associazione di abitanti dell’isola che apre le case fuori stagione.",
        },
        "body": [
            (
                "paragraph",
                {
                    "fr": "Nous préparons nos premières offres avec la coopérative.",
                    "en": "We are preparing our first offers with the cooperative.",
                    "it": "Stiamo preparando le nostre prime offerte con la cooperativa.",
                },
            )
        ],
        "kind": "maritime",
        "locality": {"fr": "Île-aux-Moines", "en": "Île-aux-Moines", "it": "Île-aux-Moines"},
        "country": "FR",
        "latitude": 47.5960,
        "longitude": -2.8450,
        "contact_email": "cercle@iliens.example",
        "offers": [],
        "stories": [],
    },
    # Next step 4: a first offer online, the story still to tell.
    {
        "key": "val-vigezzo",
        "title": {
            "fr": "Les Fours du Val Vigezzo",
            "en": "The Ovens of Val Vigezzo",
            "it": "I Forni della Val Vigezzo",
        },
        "intro": {
            "fr": "Des familles qui rallument les fours à pain communs de la vallée.",
            "en": "Families relighting the valley's shared bread ovens.",
            "it": "Famiglie che riaccendono i forni comuni della valle.",
        },
        "kind": "rural",
        "locality": {"fr": "Craveggia", "en": "Craveggia", "it": "Craveggia"},
        "country": "IT",
        "latitude": 46.1410,
        "longitude": 8.4890,
        "contact_email": "forni@vigezzo.example",
        "offers": [
            {
                "title": {
                    "fr": "Cuire son pain au four du hameau",
                    "en": "Baking your bread in the hamlet's oven",
                    "it": "Cuocere il pane nel forno della frazione",
                },
                "intro": {
                    "fr": "Un matin avec les boulangères du hameau, de la pâte à la miche.",
                    "en": "A morning with the hamlet's bakers, from dough to loaf.",
                    "it": "Una mattina con le panettiere della frazione, dall’impasto al pane.",
                },
                "offer_type": "workshop",
                "price": {"kind": "fixed", "amount": "20"},
            }
        ],
        "stories": [],
    },
]


def load_editorial(loader, destinations):
    """Called by DemoLoader.load(), inside its transaction; only adds what is missing."""
    for community_content in NEW_COMMUNITIES:
        loader.load_community(destinations, community_content)
    founders, newcomers = (
        Cohort.objects.get_or_create(**c)[0] for c in (FIRST_COHORT, NEW_COHORT)
    )
    new_titles = {content["title"]["fr"] for content in NEW_COMMUNITIES}
    communities = CommunityPage.objects.child_of(destinations).order_by("path")
    for number, community in enumerate(communities):
        onboarding = equip(community)
        if community.title in new_titles:
            onboarding.cohort = newcomers
        else:
            onboarding.cohort = founders
            if number < DISTRIBUTING and not onboarding.distribution_opt_in:
                onboarding.distribution_opt_in = True
                onboarding.distribution_opt_in_at = datetime.datetime(
                    2026, 2, 2, tzinfo=datetime.UTC
                )
        onboarding.save()
    first = communities.first()
    if first:
        RecordedStep.objects.get_or_create(
            onboarding=first.onboarding,
            step=OnboardingStep.DISTRIBUTE,
            defaults={
                "completed_on": datetime.date(2026, 2, 2),
                "comment": "Charte de diffusion signée à l’assemblée de février.",
            },
        )


def equip(community):
    """What `create_community` would have made for this community."""
    collection = community_collection(community.title)
    community_editors(community, collection)
    WorkflowPage.objects.get_or_create(
        page=community, defaults={"workflow": moderation_workflow()}
    )
    return CommunityOnboarding.objects.get_or_create(community=community)[0]
