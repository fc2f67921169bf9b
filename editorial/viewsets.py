"""Moderators' admin for cohorts, onboarding records and the steps recorded by hand."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from editorial.models import Cohort, CommunityOnboarding, RecordedStep


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    form_fields = ["year", "quarter", "name"]
    list_display = ["__str__", "year", "quarter"]


class OnboardingViewSet(ModelViewSet):
    model = CommunityOnboarding
    icon = "tasks"
    menu_label = _("Communities' onboarding")
    form_fields = ["community", "cohort", "distribution_opt_in"]
    list_display = ["community", "cohort", "distribution_opt_in"]
    list_filter = ["cohort", "distribution_opt_in"]


class RecordedByMixin:
    def save_instance(self):
        self.form.instance.recorded_by = self.request.user
        return super().save_instance()


class RecordedStepCreateView(RecordedByMixin, CreateView):
    pass


class RecordedStepEditView(RecordedByMixin, EditView):
    pass


class RecordedStepViewSet(ModelViewSet):
    model = RecordedStep
    icon = "date"
    menu_label = _("Recorded steps")
    form_fields = ["onboarding", "step", "completed_on", "comment"]
    list_display = ["onboarding", "step", "completed_on", "recorded_by"]
    list_filter = ["step"]
    add_view_class = RecordedStepCreateView
    edit_view_class = RecordedStepEditView


class OnboardingGroup(ViewSetGroup):
    menu_label = _("Onboarding")
    menu_icon = "tasks"
    menu_order = 250
    items = (
        CohortViewSet("cohorts"),
        OnboardingViewSet("onboarding"),
        RecordedStepViewSet("recorded_steps"),
    )
