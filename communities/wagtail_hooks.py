from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from communities.models import Host


class HostViewSet(SnippetViewSet):
    model = Host
    icon = "user"
    menu_label = _("Hosts")
    list_display = ["name", "community"]
    list_filter = ["community"]
    search_fields = ["name", "bio"]


register_snippet(HostViewSet)
