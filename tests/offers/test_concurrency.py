"""Two editors accepting the last places at the same moment, on two real connections."""

import threading

import pytest
from django.db import connection, connections

from offers import services
from offers.models import BookingRequest
from tests.factories import make_community, make_home, make_index, make_offer
from tests.offers.factories import make_request, make_session


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
def test_two_concurrent_acceptances_cannot_overbook(wagtail_basics):
    offer = make_offer(make_community(make_index(make_home())))
    session = make_session(offer, capacity=3)
    first = make_request(offer, session, party_size=2, name="Ada")
    second = make_request(offer, session, party_size=2, name="Bob")
    barrier = threading.Barrier(2)
    outcomes = {}

    def accept(booking_id):
        try:
            barrier.wait()  # both threads start their transaction together
            services.accept(booking_id)
            outcomes[booking_id] = "accepted"
        except services.BookingError:
            outcomes[booking_id] = "refused"
        finally:
            connections.close_all()  # each thread has its own connection

    threads = [threading.Thread(target=accept, args=(b.pk,)) for b in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes.values()) == ["accepted", "refused"]
    assert BookingRequest.objects.filter(status="accepted").count() == 1
    assert session.places_taken_now() == 2
