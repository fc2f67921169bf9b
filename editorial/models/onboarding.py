"""Onboarding records the pages cannot hold: cohorts, the distribution opt-in and the steps
a moderator records by hand. Everything is linked to the French (source) community page."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["Cohort", "CommunityOnboarding", "OnboardingStep", "RecordedStep"]


class OnboardingStep(models.IntegerChoices):
    CREATE = 1, _("Create the community")
    POOL = 2, _("Pool the content")
    OFFERS = 3, _("Put offers online")
    STORY = 4, _("Tell the destination's story")
    DISTRIBUTE = 5, _("Distribute")


class Cohort(models.Model):
    """The communities that join the network in the same quarter."""

    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(2020), MaxValueValidator(2100)],
        help_text=_("The year these communities join, for example 2026."),
    )
    quarter = models.PositiveSmallIntegerField(
        _("quarter"),
        choices=[(q, f"Q{q}") for q in range(1, 5)],
        help_text=_("The quarter of the year in which these communities join."),
    )
    name = models.CharField(
        _("name"), max_length=100, blank=True, help_text=_("Optional, for example “Coast”.")
    )

    class Meta:
        ordering = ["-year", "-quarter"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        constraints = [
            models.UniqueConstraint(fields=["year", "quarter", "name"], name="unique_cohort")
        ]

    def __str__(self):
        label = f"{self.year} Q{self.quarter}"
        return f"{label} · {self.name}" if self.name else label


class CommunityOnboarding(models.Model):
    """The onboarding of one community, attached to its French page."""

    community = models.OneToOneField(
        "communities.CommunityPage",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="onboarding",
        help_text=_("The community's page in French, the source language."),
    )
    cohort = models.ForeignKey(
        Cohort,
        verbose_name=_("cohort"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="onboardings",
        help_text=_("The quarter in which the community joins, with the others of its group."),
    )
    distribution_opt_in = models.BooleanField(
        _("offers distributed to partners"),
        default=False,
        help_text=_("Tick when the community agrees that partners republish its offers."),
    )
    distribution_opt_in_at = models.DateTimeField(
        _("opted in on"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("community onboarding")
        verbose_name_plural = _("community onboardings")
        permissions = [
            ("create_community", _("Can create a community with its editors and collection")),
            ("view_editorial_reports", _("Can see the onboarding and translation reports")),
        ]

    def __str__(self):
        return str(self.community)


class RecordedStep(models.Model):
    """A step a moderator recorded by hand, with the date and a comment."""

    onboarding = models.ForeignKey(
        CommunityOnboarding,
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="recorded_steps",
        help_text=_("The community whose step this is."),
    )
    step = models.PositiveSmallIntegerField(
        _("step"), choices=OnboardingStep.choices, help_text=_("Which of the five steps.")
    )
    completed_on = models.DateField(_("done on"), help_text=_("The day the step was done."))
    comment = models.TextField(
        _("comment"), blank=True, help_text=_("What was done, agreed or is still missing.")
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        ordering = ["step"]
        verbose_name = _("recorded step")
        verbose_name_plural = _("recorded steps")
        constraints = [
            models.UniqueConstraint(fields=["onboarding", "step"], name="one_record_per_step")
        ]

    def __str__(self):
        return f"{self.onboarding} · {self.get_step_display()}"
