"""`create_community` builds the page, group, collection and workflow once, in one step."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, WorkflowPage

from communities.models import CommunityPage
from editorial.models import CommunityOnboarding
from tests import factories

ARGS = [
    "La Ferme des Combes",
    "--kind=rural",
    "--locality=Die",
    "--country=fr",
    "--latitude=44.75",
    "--longitude=5.37",
    "--email=combes@example.org",
]


def create(*args):
    output = StringIO()
    call_command("create_community", *args, stdout=output)
    return output.getvalue()


def counts():
    return {
        "pages": CommunityPage.objects.count(),
        "groups": Group.objects.count(),
        "collections": Collection.objects.count(),
        "page rights": GroupPagePermission.objects.count(),
        "collection rights": GroupCollectionPermission.objects.count(),
        "workflow pages": WorkflowPage.objects.count(),
        "onboardings": CommunityOnboarding.objects.count(),
    }


class CreateCommunityCommandTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        factories.make_index(factories.make_home())
        cls.output = create(*ARGS)
        cls.page = CommunityPage.objects.get(slug="la-ferme-des-combes")

    def test_it_creates_a_french_draft_page(self):
        self.assertEqual(self.page.locale.language_code, "fr")
        self.assertFalse(self.page.live)
        self.assertEqual(self.page.country, "FR")
        self.assertIn("created", self.output)

    def test_the_editors_group_adds_and_edits_the_subtree_but_never_publishes(self):
        group = Group.objects.get(name="La Ferme des Combes editors")
        rights = set(
            GroupPagePermission.objects.filter(group=group, page=self.page).values_list(
                "permission__codename", flat=True
            )
        )
        self.assertEqual(rights, {"add_page", "change_page"})
        self.assertFalse(GroupPagePermission.objects.filter(group=group).exclude(page=self.page))

    def test_the_collection_is_the_editors_own(self):
        collection = Collection.objects.get(name="La Ferme des Combes")
        rights = set(
            GroupCollectionPermission.objects.filter(collection=collection).values_list(
                "group__name", "permission__codename"
            )
        )
        self.assertIn(("La Ferme des Combes editors", "choose_image"), rights)
        self.assertIn(("La Ferme des Combes editors", "add_document"), rights)

    def test_the_moderation_workflow_is_assigned_to_the_subtree(self):
        workflow = WorkflowPage.objects.get(page=self.page).workflow
        self.assertEqual(workflow.name, "Community moderation")
        task = workflow.tasks.get().specific
        self.assertEqual(list(task.groups.values_list("name", flat=True)), ["Moderators"])
        offer = factories.make_offer(self.page)
        self.assertEqual(offer.get_workflow(), workflow)

    def test_running_it_twice_changes_nothing(self):
        before = counts()
        output = create(*ARGS)
        self.assertEqual(counts(), before)
        self.assertIn("already existed", output)

    def test_bad_input_is_refused_and_nothing_is_created(self):
        before = counts()
        with self.assertRaises(CommandError):
            create(
                "Nulle part",
                "--locality=X",
                "--country=FR",
                "--latitude=999",
                "--longitude=0",
                "--email=x@example.org",
            )
        with self.assertRaises(CommandError):
            create(
                "Nulle part",
                "--locality=X",
                "--country=FR",
                "--latitude=abc",
                "--longitude=0",
                "--email=x@example.org",
            )
        self.assertEqual(counts(), before)


class CreateCommunityViewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        from tests.editorial.factories import make_user

        factories.make_index(factories.make_home())
        cls.moderator = make_user("moderator", "Moderators")
        cls.editor = make_user("someone")

    def form(self, **overrides):
        return {
            "title": "Les Voix du Causse",
            "kind": "rural",
            "locality": "Millau",
            "country": "FR",
            "latitude": "44.1",
            "longitude": "3.08",
            "contact_email": "causse@example.org",
            **overrides,
        }

    def test_a_moderator_creates_a_community_from_the_admin(self):
        self.client.force_login(self.moderator)
        response = self.client.post("/admin/editorial/communities/new/", self.form())
        page = CommunityPage.objects.get(title="Les Voix du Causse")
        self.assertRedirects(response, f"/admin/pages/{page.pk}/edit/")
        self.assertTrue(Group.objects.filter(name="Les Voix du Causse editors").exists())

    def test_a_bad_latitude_shows_an_error_and_creates_nothing(self):
        self.client.force_login(self.moderator)
        response = self.client.post("/admin/editorial/communities/new/", self.form(latitude="95"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "error")
        self.assertFalse(CommunityPage.objects.exists())

    def test_others_may_not_create_communities(self):
        self.client.force_login(self.editor)
        response = self.client.get("/admin/editorial/communities/new/")
        self.assertNotEqual(response.status_code, 200)
