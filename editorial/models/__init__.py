from editorial.models.onboarding import Cohort, CommunityOnboarding, OnboardingStep, RecordedStep
from editorial.models.provenance import TranslationProvenance

__all__ = [
    "Cohort",
    "CommunityOnboarding",
    "OnboardingStep",
    "RecordedStep",
    "TranslationProvenance",
]
