"""The multilingual search index: one row per live page, in its own language's configuration."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["SearchEntry", "SearchKind"]


class SearchKind(models.TextChoices):
    """How results are grouped on the search page, in this order."""

    COMMUNITY = "community", _("Communities")
    OFFER = "offer", _("Offers")
    STORY = "story", _("Stories")
    PAGE = "page", _("Other pages")


class SearchEntry(models.Model):
    """A live page's searchable text, with tsvectors computed by PostgreSQL on write.

    Wagtail's database backend parses every language with one configuration; here each row
    carries its locale's own (`passage_french`, `passage_arabic`…, created by migration 0001
    with `unaccent` before the stemmer), so French is stemmed as French and Serbian as Serbian.
    On SQLite the table stays empty and the view falls back to Wagtail's FTS5 backend.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=SearchKind.choices)
    config = models.CharField(max_length=40, help_text="The PostgreSQL text-search configuration.")
    title = models.TextField()
    body = models.TextField(blank=True)
    search_vector = SearchVectorField(null=True)
    autocomplete_vector = SearchVectorField(null=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [models.Index(fields=["locale", "kind"])]

    def __str__(self):
        return self.title
