"""The moderation workflow end to end through the admin views: submit, reject with a comment,
resubmit, approve, and the page is live; the editor is told by email each time."""

from django.core import mail
from django.test import TestCase
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from offers.models import OfferPage
from tests.editorial.factories import make_network, make_user

COMMENT = "Ajoutez le point de rendez-vous, s’il vous plaît."


def page_form(client, url, **values):
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form").copy()
    data["body-count"] = "0"
    for key, value in values.items():
        data[key] = value
    return data


class ModerationWorkflowTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.network = make_network()
        cls.community = cls.network["a"].page
        cls.editor = make_user("editor", cls.network["a"].editors.name)
        cls.moderator = make_user("moderator", "Moderators")

    def create_and_submit(self):
        self.client.force_login(self.editor)
        url = reverse("wagtailadmin_pages:add", args=["offers", "offerpage", self.community.pk])
        data = page_form(
            self.client,
            url,
            title="Veillée de contes",
            slug="veillee-de-contes",
            offer_type="event",
            price_kind="free",
        )
        data["action-submit"] = "1"
        self.client.post(url, data)
        return OfferPage.objects.get(slug="veillee-de-contes")

    def workflow_action(self, page, action, **data):
        self.client.force_login(self.moderator)
        task_state = page.current_workflow_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
        return self.client.post(url, data)

    def test_submit_reject_resubmit_approve_publishes_the_page(self):
        offer = self.create_and_submit()
        self.assertFalse(offer.live)
        self.assertEqual(offer.workflow_in_progress, True)
        self.assertEqual(offer.current_workflow_task.name, "Moderators approve")

        mail.outbox.clear()
        self.workflow_action(offer, "reject", comment=COMMENT)
        offer.refresh_from_db()
        state = offer.current_workflow_state
        self.assertEqual(state.status, WorkflowState.STATUS_NEEDS_CHANGES)
        self.assertEqual(state.current_task_state.comment, COMMENT)
        self.assertFalse(offer.live)
        to_editor = [message for message in mail.outbox if self.editor.email in message.to]
        self.assertTrue(to_editor, "the editor is told the page needs changes")
        self.assertIn(COMMENT, to_editor[0].body)

        self.client.force_login(self.editor)
        edit_url = reverse("wagtailadmin_pages:edit", args=[offer.pk])
        data = page_form(self.client, edit_url, intro="Avec le point de rendez-vous : la place.")
        data["action-submit"] = "1"
        self.client.post(edit_url, data)
        offer.refresh_from_db()
        self.assertEqual(offer.current_workflow_state.status, WorkflowState.STATUS_IN_PROGRESS)

        mail.outbox.clear()
        self.workflow_action(offer, "approve", comment="Merci !")
        offer.refresh_from_db()
        self.assertTrue(offer.live)
        self.assertEqual(offer.intro, "Avec le point de rendez-vous : la place.")
        self.assertFalse(offer.workflow_in_progress)
        self.assertTrue([m for m in mail.outbox if self.editor.email in m.to])
        self.assertEqual(self.client.get(offer.url).status_code, 200)

    def test_the_editor_cannot_approve_their_own_page(self):
        offer = self.create_and_submit()
        self.client.force_login(self.editor)
        task_state = offer.current_workflow_task_state
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[offer.pk, "approve", task_state.pk]
        )
        self.client.post(url, {"comment": ""})
        offer.refresh_from_db()
        self.assertFalse(offer.live)

    def test_the_editors_dashboard_shows_what_awaits_moderation(self):
        offer = self.create_and_submit()
        self.client.force_login(self.editor)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "Veillée de contes")
        panel = response.content.decode().split('id="editorial-community-', 1)[1]
        self.assertIn(reverse("wagtailadmin_pages:edit", args=[offer.pk]), panel)
