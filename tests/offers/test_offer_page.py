"""What a traveller reads on an offer page, in their language, at a constant query cost."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase

from narratives.models import Theme
from offers.models import OfferHost, OfferPage, OfferTheme
from tests.factories import make_image, make_offer, translate
from tests.offers.factories import make_host, make_request, make_session

pytestmark = pytest.mark.django_db


def choose_hosts(offer, *hosts):
    for host in hosts:
        OfferHost.objects.create(offer=offer, host=host)


def test_the_page_shows_sessions_places_hosts_languages_access_and_meeting_point(
    client, community
):
    offer = make_offer(
        community,
        languages=["fr", "it", "oc"],
        access_mobility=True,
        access_mobility_note="Deux marches à l’entrée.",
        meeting_point="Devant la fontaine",
        address="Place des Micocouliers",
        latitude="43.35",
        longitude="5.38",
        cancellation_conditions="Prévenez-nous la veille.",
    )
    session = make_session(offer, capacity=6)
    make_session(offer, days=-2)  # past: not shown
    make_session(offer, days=3, status="cancelled")  # cancelled: not shown
    make_request(offer, session, party_size=2, status="accepted")
    choose_hosts(offer, make_host(community, "Rosa", photo=make_image("rosa")))
    text = client.get(offer.url).text
    assert "4 places left" in text
    assert text.count('class="session"') == 1
    assert f'href="/fr/calendars/session/{session.pk}.ics"' in text
    assert "Rosa" in text and "Habitante du quartier." in text
    assert "Français, Italiano, Occitan" in text
    assert "Reduced mobility: Deux marches à l’entrée." in text
    assert "Devant la fontaine" in text and "mlat=43.350000" in text
    assert "Prévenez-nous la veille." in text


def test_a_translation_shows_the_source_sessions_and_translated_hosts(client, community):
    offer = make_offer(community, title="Balade")
    session = make_session(offer, capacity=5)
    host = make_host(community, "Rosa", bio="Habitante.")
    english_host = host.copy_for_translation(Locale.objects.get(language_code="en"))
    english_host.bio = "Lives in the district."
    english_host.save()
    choose_hosts(offer, host)
    offer.save_revision().publish()
    translate(community, "en")
    english = translate(OfferPage.objects.get(pk=offer.pk), "en")
    assert english.sessions.count() == 0  # places are counted once, on the source
    text = client.get(english.url).text
    assert "5 places left" in text
    assert "Lives in the district." in text
    assert english.upcoming_sessions().get() == session


def test_query_count_stays_constant_with_sessions_hosts_and_themes(client, community):
    few = make_offer(community, title="Peu")
    many = make_offer(community, title="Beaucoup")
    make_session(few)
    choose_hosts(few, make_host(community, "Solo", photo=make_image("solo")))
    theme = Theme.objects.create(name="Mer", slug="mer")
    OfferTheme.objects.create(offer=few, theme=theme)
    for day in range(1, 12):
        make_session(many, days=day)
    choose_hosts(
        many, *[make_host(community, f"Hôte {n}", photo=make_image(f"h{n}")) for n in range(5)]
    )
    for n in range(4):
        OfferTheme.objects.create(
            offer=many, theme=Theme.objects.create(name=f"T{n}", slug=f"t{n}")
        )
    client.get(few.url), client.get(many.url)  # warm caches (site root, renditions)
    counts = []
    for page in (few, many):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(page.url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], "\n".join(q["sql"][:120] for q in queries.captured_queries)


class TestOfferTree(WagtailPageTestCase):
    def test_offers_live_under_communities_only(self):
        from communities.models import CommunityPage
        from home.models import HomePage

        self.assertCanCreateAt(CommunityPage, OfferPage)
        self.assertCanNotCreateAt(HomePage, OfferPage)


def test_a_session_must_end_after_it_starts(offer):
    from django.core.exceptions import ValidationError

    session = make_session(offer)
    session.end = session.start - timedelta(hours=1)
    with pytest.raises(ValidationError):
        session.full_clean()


def test_community_cards_show_the_next_session_at_a_constant_cost(client, community):
    first = make_offer(community, title="Première")
    make_session(first, days=5)
    make_session(first, days=2, status="full")
    client.get(community.url)
    with CaptureQueriesContext(connection) as few:
        text = client.get(community.url).text
    assert "next:" in text
    for n in range(6):
        make_session(make_offer(community, title=f"Offre {n}"), days=n + 1)
    with CaptureQueriesContext(connection) as many:
        text = client.get(community.url).text
    assert text.count("next:") == 7
    assert f'href="/fr/calendars/community/{community.pk}.ics"' in text
    assert len(few) == len(many)
