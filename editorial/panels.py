"""Dashboard panels: the moderators' view of every community, an editor's own checklist."""

from django.conf import settings
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from editorial.onboarding import progress_of
from editorial.reports import source_communities
from editorial.roles import communities_edited_by

RECENT_PAGES = 8


class OnboardingPanel(Component):
    """Every community's progress through the five steps, and its next step."""

    name = "editorial_onboarding"
    template_name = "editorial/panels/onboarding.html"
    order = 50

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["progress"] = progress_of(source_communities())
        return context


class CommunityEditorPanel(Component):
    """An editor's community: its checklist, its pages and what waits for moderation."""

    name = "editorial_community"
    template_name = "editorial/panels/community.html"
    order = 40

    def __init__(self, communities):
        self.communities = communities

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["communities"] = [
            {
                "progress": progress,
                "pages": self.recent_pages(progress.community),
                "in_moderation": self.in_moderation(progress.community),
            }
            for progress in progress_of(self.communities)
        ]
        return context

    @staticmethod
    def subtree(community):
        return Page.objects.descendant_of(community, inclusive=True).filter(
            locale__language_code=settings.LANGUAGE_CODE
        )

    def recent_pages(self, community):
        return self.subtree(community).order_by("-latest_revision_created_at")[:RECENT_PAGES]

    def in_moderation(self, community):
        return (
            self.subtree(community)
            .filter(_workflow_states__status="in_progress")
            .distinct()
            .order_by("title")
        )


def panels_for(request, panels):
    user = request.user
    if user.has_perm("editorial.view_editorial_reports"):
        panels.append(OnboardingPanel())
    communities = list(communities_edited_by(user)) if not user.is_superuser else []
    if communities:
        panels.append(CommunityEditorPanel(communities))
