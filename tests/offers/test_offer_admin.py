"""Editors create and edit offers through Wagtail's own admin forms."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from offers.models import OfferPage
from tests.factories import make_community, make_home, make_index, make_offer
from tests.offers.factories import make_host, make_session


class TestOfferAdmin(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.community = make_community(make_index(make_home()))
        cls.host = make_host(cls.community)
        cls.user = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")

    def setUp(self):
        self.client.force_login(self.user)

    def test_the_edit_form_shows_the_sessions_hosts_and_booking_panels(self):
        offer = make_offer(self.community)
        make_session(offer)
        response = self.client.get(f"/admin/pages/{offer.pk}/edit/")
        self.assertEqual(response.status_code, 200)
        for name in ("sessions-0-capacity", "hosts-TOTAL_FORMS", "booking_mode", "access_sight"):
            self.assertContains(response, f'name="{name}"')

    def test_an_editor_creates_an_offer_with_a_host_sessions_and_a_rule(self):
        data = nested_form_data(
            {
                "title": "Atelier de vannerie",
                "slug": "atelier-de-vannerie",
                "offer_type": "workshop",
                "intro": "Tresser l’osier.",
                "body": streamfield([]),
                "price_kind": "range",
                "price_amount": "10",
                "price_max": "20",
                "currency": "EUR",
                "booking_mode": "request",
                "hosts": inline_formset([{"host": self.host.pk}]),
                "themes": inline_formset([]),
                "sessions": inline_formset(
                    [
                        {
                            "start": "2030-06-01 14:00",
                            "end": "2030-06-01 17:00",
                            "capacity": "6",
                            "status": "open",
                        }
                    ]
                ),
                "recurrence_rule": "FREQ=MONTHLY;COUNT=3",
                "recurrence_start": "2030-07-01 14:00",
                "recurrence_capacity": "6",
                "action-publish": "publish",
            }
        )
        data["languages"] = ["fr", "oc"]  # nested_form_data would number a list's items
        url = f"/admin/pages/add/offers/offerpage/{self.community.pk}/"
        response = self.client.post(url, data)
        self.assertEqual(
            response.status_code,
            302,
            getattr(response, "context", None)
            and [(k, v) for k, v in response.context.flatten().items() if "form" in k],
        )
        offer = OfferPage.objects.get(slug="atelier-de-vannerie")
        self.assertEqual(offer.languages, ["fr", "oc"])
        self.assertEqual([h.host for h in offer.hosts.all()], [self.host])
        paris = ZoneInfo("Europe/Paris")
        starts = [s.start.astimezone(paris) for s in offer.sessions.order_by("start")]
        self.assertEqual(
            starts,
            [
                datetime(2030, 6, 1, 14, tzinfo=paris),
                datetime(2030, 7, 1, 14, tzinfo=paris),
                datetime(2030, 8, 1, 14, tzinfo=paris),
                datetime(2030, 9, 1, 14, tzinfo=paris),
            ],
        )


@pytest.mark.django_db
def test_an_external_offer_needs_its_link(community):
    from django.core.exceptions import ValidationError

    offer = make_offer(community)
    offer.booking_mode = "external"
    with pytest.raises(ValidationError) as error:
        offer.full_clean()
    assert "booking_url" in error.value.message_dict
