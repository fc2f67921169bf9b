"""Every page type can be edited and previewed through Wagtail's own admin forms."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from tests import factories


class AdminEditingTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        index = factories.make_index(home)
        community = factories.make_community(index, hero_image=factories.make_image())
        cls.pages = [
            home,
            factories.make_standard_page(home),
            index,
            community,
            factories.make_offer(community, price_kind="range", price_amount=10, price_max=20),
            factories.make_story(community),
        ]
        cls.admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw")

    def edit_form_data(self, page):
        """The edit form as a browser would post it. StreamFields are drawn by JavaScript, so
        their (empty) data is added by hand."""
        self.client.force_login(self.admin)  # Wagtail's assertions log the client out
        html = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content
        data = querydict_from_html(html.decode(), form_id="page-edit-form")
        data.update(nested_form_data({"body": streamfield([])}))
        return data

    def test_every_page_type_is_editable_in_the_admin(self):
        for page in self.pages:
            with self.subTest(page=type(page).__name__):
                self.assertPageIsEditable(
                    page, post_data=self.edit_form_data(page), user=self.admin
                )

    def test_every_page_type_previews(self):
        for page in self.pages:
            with self.subTest(page=type(page).__name__):
                self.assertPageIsPreviewable(
                    page, post_data=self.edit_form_data(page), user=self.admin
                )

    def test_a_price_range_without_its_top_is_refused_with_a_message(self):
        offer = self.pages[4]
        offer.price_max = None
        with self.assertRaisesMessage(Exception, "Give the highest price of the range."):
            offer.full_clean()
