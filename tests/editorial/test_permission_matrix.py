"""Who may do what, over the real admin URLs: 5 roles × 7 actions × 2 communities × 2 locales.

Every cell asserts allowed or denied.
"""

from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import querydict_from_html

from tests.editorial.factories import make_collection_image, make_network, make_role_users
from tests.offers.factories import make_request

ROLES = ["editor_a", "editor_b", "translator_it", "translation_manager", "moderator"]
ACTIONS = [
    "explore",
    "edit",
    "publish",
    "delete",
    "submit_translation",
    "choose_images",
    "view_booking_requests",
]
CELLS = [(community, locale) for community in ("a", "b") for locale in ("fr", "it")]


def allowed_cells(role):
    """The expected matrix: the cells (action, community, locale) a role may use."""
    everything = {(action, c, loc) for action in ACTIONS for c, loc in CELLS}
    if role == "moderator":
        return everything
    if role in ("editor_a", "editor_b"):
        own = role[-1]
        return {
            ("explore", own, "fr"),
            ("edit", own, "fr"),
            ("choose_images", own, "fr"),
            ("choose_images", own, "it"),
            # Requests belong to the community, whichever language the traveller used.
            ("view_booking_requests", own, "fr"),
            ("view_booking_requests", own, "it"),
        }
    if role == "translator_it":
        actions = ("explore", "edit", "publish", "delete")
        return {(action, c, "it") for action in actions for c in ("a", "b")}
    if role == "translation_manager":
        # They submit only into locales they work in; here Italian is the only translated
        # tree and already holds every page, so there is nowhere left to submit to.
        actions = ("explore", "edit")
        return {(action, c, "it") for action in actions for c in ("a", "b")}
    raise ValueError(role)


def edit_form_data(client, superuser, url):
    """The edit form as the admin renders it, with the (JavaScript-built) body left empty."""
    client.force_login(superuser)
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data = data.copy()
    data["body-count"] = "0"
    return data


class PermissionMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.network = make_network()
        cls.users = make_role_users(cls.network)
        cls.images = {
            "a": make_collection_image(cls.network["a"], "image-of-a"),
            "b": make_collection_image(cls.network["b"], "image-of-b"),
        }
        cls.italian = Locale.objects.get(language_code="it")
        cls.bookings = {
            (key, locale): make_request(
                cls.offer_page(key, locale), name=f"Traveller{key}{locale}", party_size=1
            )
            for key, locale in CELLS
        }

    @classmethod
    def offer_page(cls, key, locale):
        page = cls.network[f"offer_{key}"]
        return page if locale == "fr" else page.get_translation(cls.italian).specific

    def community(self, key, locale):
        page = self.network[key].page
        return page if locale == "fr" else page.get_translation(self.italian)

    def offer(self, key, locale):
        return self.offer_page(key, locale)

    # One method per action: True when the real admin URL lets the user do it.

    def can_explore(self, key, locale):
        response = self.client.get(
            reverse("wagtailadmin_explore", args=[self.community(key, locale).pk])
        )
        return response.status_code == 200

    def can_edit(self, key, locale):
        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.offer(key, locale).pk])
        )
        return response.status_code == 200

    def can_publish(self, key, locale):
        offer = self.offer(key, locale)
        before = offer.live_revision_id
        url = reverse("wagtailadmin_pages:edit", args=[offer.pk])
        # French: the page editor's form; Italian: wagtail-localize's translation editor.
        data = edit_form_data(self.client, self.superuser, url) if locale == "fr" else {}
        data.update({"action-publish": "action-publish", "action": "publish"})
        self.client.force_login(self.user)
        with self.captureOnCommitCallbacks(execute=True):  # localize publishes on commit
            self.client.post(url, data)
        offer.refresh_from_db()
        return offer.live_revision_id != before

    def can_delete(self, key, locale):
        response = self.client.get(
            reverse("wagtailadmin_pages:delete", args=[self.offer(key, locale).pk])
        )
        return response.status_code == 200

    def can_submit_translation(self, key, locale):
        url = reverse(
            "wagtail_localize:submit_page_translation", args=[self.offer(key, locale).pk]
        )
        return self.client.get(url).status_code == 200

    def can_choose_images(self, key, locale):
        response = self.client.get(reverse("wagtailimages_chooser:choose"))
        return response.status_code == 200 and f"image-of-{key}" in response.content.decode()

    def can_view_booking_requests(self, key, locale):
        booking = self.bookings[(key, locale)]
        listing = self.client.get(reverse("booking_requests:index"))
        listed = listing.status_code == 200 and booking.name in listing.content.decode()
        detail = self.client.get(reverse("booking_requests:inspect", args=[booking.pk]))
        self.assertEqual(listed, detail.status_code == 200)  # the list and the page agree
        return listed

    def test_every_cell_of_the_matrix(self):
        from tests.editorial.factories import make_user

        self.superuser = make_user("root", is_superuser=True, is_staff=True)
        checked = 0
        for role in ROLES:
            self.role, self.user = role, self.users[role]
            expected = allowed_cells(role)
            for action in ACTIONS:
                for key, locale in CELLS:
                    self.client.force_login(self.user)
                    with self.subTest(role=role, action=action, community=key, locale=locale):
                        allowed = getattr(self, f"can_{action}")(key, locale)
                        self.assertEqual(allowed, (action, key, locale) in expected)
                    checked += 1
        self.assertEqual(checked, len(ROLES) * len(ACTIONS) * len(CELLS))
