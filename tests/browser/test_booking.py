"""A traveller sends a booking request from an English offer page and sees the confirmation."""

import pytest
from django.core import mail

from offers.models import BookingRequest
from tests import factories
from tests.browser.conftest import axe_violations, describe
from tests.offers.factories import make_session


@pytest.fixture
def english_offer(wagtail_basics):
    home = factories.make_home()
    index = factories.make_index(home)
    community = factories.make_community(index, title="Les Tisserands de Valmorel")
    offer = factories.make_offer(
        community, title="Balade des escaliers", price_kind="fixed", price_amount="12"
    )
    session = make_session(offer, capacity=6)
    for page in (home, index, community):
        factories.translate(page, "en")
    return factories.translate(offer, "en"), session


def test_a_traveller_sends_a_request_in_english_and_sees_the_confirmation(
    page, live_server, english_offer
):
    offer, session = english_offer
    page.goto(live_server.url + offer.url)
    assert "€12" in page.locator(".facts").inner_text()
    assert not axe_violations(page), describe(axe_violations(page))
    page.get_by_label("Session", exact=True).select_option(str(session.pk))
    page.get_by_label("Number of people").fill("2")
    page.get_by_label("Your name").fill("Ada Lovelace")
    page.get_by_label("Your email").fill("not-an-email")
    page.get_by_role("button", name="Send my request").click()
    assert "Enter a valid email address." in page.locator("#booking").inner_text()
    assert not BookingRequest.objects.exists()

    page.get_by_label("Your email").fill("ada@example.org")
    page.get_by_role("button", name="Send my request").click()
    assert "your request has been sent" in page.get_by_role("status").inner_text()
    booking = BookingRequest.objects.get()
    assert (booking.name, booking.party_size, booking.language) == ("Ada Lovelace", 2, "en")
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ada@example.org",
        "bonjour@valmorel.example",
    ]
