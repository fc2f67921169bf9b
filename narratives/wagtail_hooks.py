from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from narratives.models import AudioRecording, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class AudioRecordingViewSet(SnippetViewSet):
    """Upload sounds and choose them in stories' audio blocks."""

    model = AudioRecording
    icon = "media"
    menu_label = _("Audio recordings")
    menu_order = 310  # beside images and documents
    add_to_admin_menu = True
    list_display = ["title", "collection", "created_at"]
    list_filter = ["collection"]
    panels = [FieldPanel("title"), FieldPanel("file"), FieldPanel("collection")]


register_snippet(ThemeViewSet)
register_snippet(AudioRecordingViewSet)


@hooks.register("after_create_snippet")
def remember_who_uploaded(request, instance):
    if isinstance(instance, AudioRecording) and instance.uploaded_by_user_id is None:
        instance.uploaded_by_user = request.user
        instance.save(update_fields=["uploaded_by_user"])
