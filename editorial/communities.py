"""Creating a community is one action: its page, editors, collection and workflow.

`create_community()` runs in one transaction and only adds what is missing, so calling it
twice for the same community changes nothing.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from communities.models import CommunityIndexPage, CommunityPage
from editorial.models import CommunityOnboarding
from editorial.roles import MODERATORS, editors_group_name, grant_pages, permission

WORKFLOW_NAME = "Community moderation"
TASK_NAME = "Moderators approve"
COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}


class CommunityCreationError(Exception):
    """Something the community needs is missing; nothing was created."""


@dataclass
class CreatedCommunity:
    page: CommunityPage
    editors: Group
    collection: Collection
    workflow: Workflow
    page_created: bool


@transaction.atomic
def create_community(title, *, index=None, **fields):
    index = index or source_index()
    page, page_created = community_page(index, title, fields)
    collection = community_collection(title)
    editors = community_editors(page, collection)
    workflow = moderation_workflow()
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    CommunityOnboarding.objects.get_or_create(community=page)
    return CreatedCommunity(page, editors, collection, workflow, page_created)


def source_index():
    index = CommunityIndexPage.objects.filter(locale__language_code="fr").first()
    if index is None:
        raise CommunityCreationError("There is no French destinations index to add it to.")
    return index


def community_page(index, title, fields):
    slug = fields.pop("slug", None) or slugify(title, allow_unicode=True)
    existing = CommunityPage.objects.child_of(index).filter(slug=slug).first()
    if existing:
        return existing, False
    page = CommunityPage(title=title, slug=slug, live=False, **fields)
    index.add_child(instance=page)
    page.save_revision()
    return page, True


def community_collection(title):
    existing = Collection.objects.filter(name=title).first()
    return existing or Collection.get_first_root_node().add_child(name=title)


def community_editors(page, collection):
    """Add and edit on the subtree only; publishing goes through the moderators."""
    group, _created = Group.objects.get_or_create(name=editors_group_name(page.title))
    group.permissions.add(permission("wagtailadmin", "access_admin"))
    grant_pages(group, page, "add_page", "change_page")
    for app_label, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission(app_label, codename)
            )
    return group


def moderation_workflow():
    """One workflow for every community: a moderator approves or asks for changes."""
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=TASK_NAME)
            task.groups.set([Group.objects.get(name=MODERATORS)])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow
