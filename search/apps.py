from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "passage_search"  # "search" alone reads as Wagtail's own search app in admin URLs
    verbose_name = _("Search")

    def ready(self):
        from search.signal_handlers import register_signal_handlers

        register_signal_handlers()
