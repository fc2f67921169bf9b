"""Writing the index: a page's text goes in, PostgreSQL computes its vectors in its language."""

from django.contrib.postgres.search import SearchVector
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, transaction
from django.db.models import F, Value
from django.utils.html import strip_tags
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from search.languages import SIMPLE_CONFIG, config_for
from search.models.entries import SearchEntry, SearchKind

KINDS = {
    "communities.communitypage": SearchKind.COMMUNITY,
    "offers.offerpage": SearchKind.OFFER,
    "narratives.storypage": SearchKind.STORY,
}


def is_enabled():
    """The per-language index needs PostgreSQL; SQLite uses Wagtail's own backend."""
    return connection.vendor == "postgresql"


def kind_of(page):
    return KINDS.get(page._meta.label_lower, SearchKind.PAGE)


def searchable_text(page):
    """Every SearchField of the page but the title, as plain text (StreamFields included)."""
    parts = []
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        value = search_field.get_value(page)
        try:
            model_field = search_field.get_field(type(page))
        except FieldDoesNotExist:  # a property or method: its value is the text
            model_field = None
        if isinstance(model_field, StreamField):
            stream = getattr(page, model_field.name)  # get_value() gives the raw JSON
            parts.extend(model_field.get_searchable_content(stream))
        elif value:
            parts.append(str(value))
    return "\n".join(strip_tags(part) for part in parts if part)


def vectors():
    """The expressions PostgreSQL evaluates on write, with each row's own configuration."""
    return {
        "search_vector": SearchVector("title", config=F("config"), weight="A")
        + SearchVector("body", config=F("config"), weight="B"),
        "autocomplete_vector": SearchVector("title", config=Value(SIMPLE_CONFIG)),
    }


@transaction.atomic
def index_page(page):
    """Index a live page, or drop it from the index when it is no longer live."""
    if not is_enabled():
        return
    page = page.specific
    if not page.live or page.depth <= 1:
        remove_page(page)
        return
    SearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "locale_id": page.locale_id,
            "kind": kind_of(page),
            "config": config_for(page.locale.language_code),
            "title": page.title,
            "body": searchable_text(page),
        },
    )
    SearchEntry.objects.filter(page_id=page.pk).update(**vectors())


def remove_page(page):
    if is_enabled():
        SearchEntry.objects.filter(page_id=page.pk).delete()


@transaction.atomic
def rebuild():
    """Empty the index and fill it again from every live page; returns the count."""
    SearchEntry.objects.all().delete()
    pages = Page.objects.live().filter(depth__gt=1).select_related("locale").specific()
    entries = [
        SearchEntry(
            page_id=page.pk,
            locale_id=page.locale_id,
            kind=kind_of(page),
            config=config_for(page.locale.language_code),
            title=page.title,
            body=searchable_text(page),
        )
        for page in pages.iterator(chunk_size=200)
    ]
    SearchEntry.objects.bulk_create(entries, batch_size=500)
    SearchEntry.objects.update(**vectors())
    return len(entries)
