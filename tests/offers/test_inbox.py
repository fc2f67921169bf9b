"""The inbox seen through the admin URLs, from every side of the permission rule."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from offers.models import BookingRequest
from tests.factories import make_community, make_home, make_index, make_offer, translate
from tests.offers.factories import make_editor, make_request, make_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def network():
    home = make_home()
    index = make_index(home)
    a = make_community(index, "Communauté A")
    b = make_community(index, "Communauté B", contact_email="b@example.org")
    offer_a, offer_b = make_offer(a, "Balade A"), make_offer(b, "Balade B")
    return {
        "home": home,
        "a": a,
        "b": b,
        "request_a": make_request(offer_a, make_session(offer_a), name="Alice"),
        "request_b": make_request(offer_b, make_session(offer_b), name="Bruno"),
    }


def urls(booking):
    return {
        "inspect": reverse("booking_requests:inspect", args=(booking.pk,)),
        "edit": reverse("booking_requests:edit", args=(booking.pk,)),
    }


def answer_url(booking, answer="accept"):
    return reverse("booking_requests:answer", args=(booking.pk, answer))


INDEX = "/admin/booking-requests/"


def denied(response):
    """Wagtail's admin answers a refused permission with a redirect to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def not_found(client, method, url, data=None):
    """A request of another community does not exist for this user (the 404 passes through
    the language redirect of i18n_patterns, hence `follow`)."""
    return getattr(client, method)(url, data or {}, follow=True).status_code == 404


def content(response):
    return b"".join(response.streaming_content).decode()


def test_an_editor_sees_and_answers_only_their_communitys_requests(client, network):
    client.force_login(make_editor("edith", network["a"]))
    listing = client.get(INDEX)
    assert listing.status_code == 200
    assert "Alice" in listing.text and "Bruno" not in listing.text
    export = content(client.get(INDEX + "?export=csv"))
    assert "Alice" in export and "Bruno" not in export
    own, other = network["request_a"], network["request_b"]
    assert client.get(urls(own)["inspect"]).status_code == 200
    assert not_found(client, "get", urls(other)["inspect"])
    assert not_found(client, "get", urls(other)["edit"])
    assert not_found(client, "post", answer_url(other))
    assert not_found(client, "post", urls(other)["edit"], {"editor_note": "x"})
    other.refresh_from_db()
    assert (other.status, other.editor_note) == ("new", "")
    assert client.post(answer_url(own)).status_code == 302
    own.refresh_from_db()
    assert own.status == "accepted"


def test_the_xlsx_export_is_a_spreadsheet(client, network):
    client.force_login(make_editor("edith", network["a"]))
    response = client.get(INDEX + "?export=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_filters_by_status_and_offer(client, network):
    client.force_login(get_user_model().objects.create_superuser("root", "r@x.org", "pw"))
    BookingRequest.objects.filter(pk=network["request_b"].pk).update(status="declined")
    assert "Bruno" not in client.get(INDEX + "?status=new").text
    offer_b = network["request_b"].offer_id
    filtered = client.get(INDEX + f"?offer={offer_b}")
    assert "Bruno" in filtered.text and "Alice" not in filtered.text


def test_a_translator_sees_no_request(client, network):
    translate(network["home"], "en")
    english_a = translate(network["a"], "en")
    client.force_login(make_editor("tom", english_a))
    assert denied(client.get(INDEX))
    assert not_found(client, "get", urls(network["request_a"])["inspect"])
    assert denied(client.get(INDEX + "?export=csv"))


def test_a_moderator_sees_every_request(client, network):
    client.force_login(make_editor("mona", network["home"]))
    listing = client.get(INDEX)
    assert "Alice" in listing.text and "Bruno" in listing.text


def test_nobody_adds_or_deletes_requests_in_the_admin(client, network):
    client.force_login(make_editor("edith", network["a"]))
    assert denied(client.get(INDEX + "new/"))
    delete = reverse("booking_requests:delete", args=(network["request_a"].pk,))
    assert denied(client.post(delete))
    assert BookingRequest.objects.count() == 2


def test_the_dashboard_counts_new_requests_of_ones_communities(client, network):
    client.force_login(make_editor("edith", network["a"]))
    assert "1 new request waits for an answer" in client.get("/admin/").text
    client.force_login(make_editor("other", network["b"], permissions=("add",)))
    assert "waits for an answer" not in client.get("/admin/").text
