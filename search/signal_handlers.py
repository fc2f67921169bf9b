"""Keep the index in step with publishing: live pages in, unpublished or deleted pages out."""

from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from search import indexing


def on_published(sender, instance, **kwargs):
    indexing.index_page(instance)


def on_unpublished(sender, instance, **kwargs):
    indexing.remove_page(instance)


def on_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        indexing.remove_page(instance)


def register_signal_handlers():
    page_published.connect(on_published, dispatch_uid="passage_search_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="passage_search_unpublished")
    post_delete.connect(on_deleted, dispatch_uid="passage_search_deleted")
