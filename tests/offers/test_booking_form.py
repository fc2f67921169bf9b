"""A traveller posting the booking form on an offer page."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from offers.models import BookingRequest
from tests.factories import make_offer, translate
from tests.offers.factories import make_session

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clear_rate_limit():
    cache.clear()


def valid_data(chosen, **overrides):
    data = {
        "session": chosen.pk,
        "party_size": "2",
        "name": "Ada Lovelace",
        "email": "ada@example.org",
        "phone": "",
        "message": "Nous arriverons à pied.",
        "language": "en",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_a_valid_request_is_stored_once_and_sends_both_mails(
    client, offer, django_capture_on_commit_callbacks
):
    session = make_session(offer, capacity=4)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(offer.url, valid_data(session))
    assert response.status_code == 302
    assert response["Location"].endswith("?sent=1#booking")
    booking = BookingRequest.objects.get()
    assert (booking.session, booking.party_size, booking.language) == (session, 2, "en")
    assert list(booking.status_changes.values_list("status", flat=True)) == ["new"]
    assert [m.to for m in mail.outbox] == [["bonjour@valmorel.example"], ["ada@example.org"]]
    assert booking.offer.title in mail.outbox[0].subject
    assert f"http://testserver/admin/booking-requests/inspect/{booking.pk}/" in mail.outbox[0].body
    assert "48 hours" in mail.outbox[1].body  # the acknowledgement, in English
    booking.refresh_from_db()
    assert booking.community_notified_at and booking.traveller_acknowledged_at
    confirmation = client.get(response["Location"])
    assert "your request has been sent" in confirmation.text


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"email": "not-an-email"}, "email", "Saisissez une adresse de courriel valide."),
        ({"name": ""}, "name", "Champ requis."),
        ({"party_size": "0"}, "party_size", "supérieure ou égale à 1"),
        ({"party_size": "5"}, "party_size", "Only 4 places are left"),
        ({"message": "x" * 2001}, "message", "au plus 2000 caractères"),
        ({"session": ""}, "session", "Champ requis."),
    ],
)
def test_each_invalid_input_shows_its_own_error_and_stores_nothing(
    client, offer, overrides, field, message
):
    session = make_session(offer, capacity=4)
    response = client.post(offer.url, valid_data(session, **overrides))
    assert response.status_code == 200
    form = response.context["booking_form"]
    assert list(form.errors) == [field]
    assert message in " ".join(form.errors[field])
    assert f'id="booking-{field}_error"' in response.text  # next to its field
    assert message in response.text
    assert not BookingRequest.objects.exists()
    assert mail.outbox == []


def test_errors_follow_the_visitors_language(client, offer):
    session = make_session(offer)
    translate(offer.get_parent(), "en")  # an English page needs its English parent
    english = translate(offer, "en")
    response = client.post(english.url, valid_data(session, email="nope"))
    assert "Enter a valid email address." in response.text


def test_dates_must_be_in_the_future_and_in_the_season(client, community):
    today = timezone.localdate()
    stay = make_offer(
        community,
        title="Chambre chez Rosa",
        offer_type="accommodation",
        season_start=today,
        season_end=today + timedelta(days=30),
    )
    base = {"party_size": "2", "name": "Ada", "email": "ada@example.org", "language": "fr"}
    past = client.post(
        stay.url, {**base, "arrival": today - timedelta(days=1), "departure": today}
    )
    assert "Choose a date in the future." in " ".join(
        past.context["booking_form"].errors["arrival"]
    )
    late = client.post(
        stay.url,
        {**base, "arrival": today + timedelta(days=40), "departure": today + timedelta(days=42)},
    )
    assert "This offer is open from" in " ".join(late.context["booking_form"].errors["arrival"])
    backwards = client.post(
        stay.url,
        {**base, "arrival": today + timedelta(days=5), "departure": today + timedelta(days=3)},
    )
    assert list(backwards.context["booking_form"].errors) == ["departure"]
    assert not BookingRequest.objects.exists()
    ok = client.post(
        stay.url,
        {**base, "arrival": today + timedelta(days=5), "departure": today + timedelta(days=7)},
    )
    assert ok.status_code == 302
    assert BookingRequest.objects.get().arrival == today + timedelta(days=5)


def test_the_honeypot_stores_nothing(client, offer):
    session = make_session(offer)
    response = client.post(offer.url, valid_data(session, website="http://spam.example"))
    assert response.status_code == 302  # a bot learns nothing
    assert not BookingRequest.objects.exists()
    assert mail.outbox == []


def test_the_rate_limit_stops_the_sixth_request_from_one_address(client, offer, settings):
    session = make_session(offer, capacity=50)
    for _ in range(settings.BOOKING_RATE_LIMIT):
        assert client.post(offer.url, valid_data(session, party_size="1")).status_code == 302
    blocked = client.post(offer.url, valid_data(session, party_size="1"))
    assert blocked.status_code == 200
    assert "several requests in a short time" in blocked.text
    assert BookingRequest.objects.count() == settings.BOOKING_RATE_LIMIT
    other = client.post(offer.url, valid_data(session, party_size="1"), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_contact_only_offers_show_the_contact_and_no_form(client, community):
    contact = make_offer(
        community, title="Marché", booking_mode="contact", contact_phone="+33 4 00"
    )
    response = client.get(contact.url)
    assert "booking_form" not in response.context
    assert 'href="tel:+33400"' in response.text
    assert client.post(contact.url, {"name": "x"}).status_code == 200
    assert not BookingRequest.objects.exists()


def test_a_form_posted_from_another_site_is_refused_and_nothing_stored(client, offer):
    session = make_session(offer)
    response = client.post(
        offer.url, valid_data(session), headers={"origin": "https://elsewhere.example"}
    )
    assert response.status_code == 403
    assert not BookingRequest.objects.exists()


def test_a_form_posted_from_this_site_needs_no_csrf_cookie(offer):
    session = make_session(offer)
    browser = Client(enforce_csrf_checks=True)
    assert not browser.get(offer.url).cookies  # reading an offer sets no cookie at all
    response = browser.post(
        offer.url, valid_data(session), headers={"origin": "http://testserver"}
    )
    assert response.status_code == 302
    assert BookingRequest.objects.count() == 1
