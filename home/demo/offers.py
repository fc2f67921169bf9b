"""Demo hosts, sessions and booking modes for the demo offers (issue 4).

Runs after the pages exist: each French offer gets its hosts, sessions or season and a
booking mode, then its translations are synchronised through wagtail-localize, as after an
editor's change. Only synchronised fields change on pages, so no new text needs translating;
the hosts' bios are translated (English, Italian) as snippets through wagtail-localize."""

from datetime import datetime, time, timedelta

from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import (
    Translation,
    TranslationSource,
)

from communities.models import CommunityPage, Host
from home.demo import content
from home.demo.translating import fill_translation
from offers.models import OfferHost, OfferPage, Session

HOST_BIOS = [
    {
        "fr": "Habitante depuis trente ans, elle connaît chaque escalier et chaque histoire.",
        "en": "She has lived here for thirty years and knows every stairway and every story.",
        "it": "Abita qui da trent’anni e conosce ogni scalinata e ogni storia.",
    },
    {
        "fr": "Il a grandi ici, est parti, puis revenu pour accueillir ceux qui passent.",
        "en": "He grew up here, left, then came back to welcome those passing through.",
        "it": "È cresciuto qui, è partito, poi è tornato per accogliere chi passa.",
    },
]
HOST_NAMES = {
    "valmorel": ("Nadia Ouarab", "Salvatore Russo"),
    "combes-orsan": ("Mireille Fabre", "Jean Castan"),
    "porto-salvia": ("Lucia Serra", "Tonino Melis"),
    "almendral": ("Carmen Ortega", "Paco Ruiz"),
    "vila-mares": ("Rita Lopes", "Joaquim Sousa"),
    "medziava": ("Rūta Kazlauskienė", "Tomas Petraitis"),
    "novi-brod": ("Milica Jovanović", "Dragan Ilić"),
}
LANGUAGES = {
    "FR": ["fr", "en"],
    "IT": ["it", "fr"],
    "ES": ["es", "en"],
    "PT": ["pt", "fr"],
    "LT": ["lt", "en"],
    "RS": ["sr", "en"],
}
# How each type is booked, so the demo shows every booking mode.
BOOKING = {
    "accommodation": "request",  # requested dates within a season
    "walk": "request",  # weekly sessions from a recurrence rule
    "workshop": "request",
    "event": "request",
    "meal": "request",
    "stay": "request",
    "product": "contact",
    "tip": "contact",
    "workspace": "external",
}
WITH_SESSIONS = {"workshop", "event", "meal", "stay"}
TRANSLATED_BIO_LANGUAGES = ("en", "it")


def load_offer_extras(report=print):
    """Idempotent: offers that already have hosts are left as they are."""
    done = 0
    for community_content in content.COMMUNITIES:
        community = _french_community(community_content)
        hosts = _hosts(community, community_content)
        for offer in OfferPage.objects.child_of(community).filter(locale=community.locale):
            if offer.hosts.exists():
                continue
            _complete(offer, community, community_content, hosts)
            _sync_translations(offer)
            done += 1
    if done:
        report(f"  {done} offers given hosts, sessions and booking modes.")


def _french_community(community_content):
    title = community_content["title"]["fr"]
    return CommunityPage.objects.get(locale__language_code="fr", title=title)


def _hosts(community, community_content):
    hosts = []
    for name, bio in zip(HOST_NAMES[community_content["key"]], HOST_BIOS, strict=True):
        host = Host.objects.filter(community=community, name=name, locale=community.locale).first()
        if host is None:
            host = Host.objects.create(
                community=community,
                name=name,
                bio=bio["fr"],
                languages=_spoken(community),
                locale=community.locale,
            )
            _translate_snippet(host, bio)
        hosts.append(host)
    return hosts


def _spoken(community):
    """The country's language first, then French or English: every demo host speaks two."""
    return LANGUAGES.get(community.country, ["fr", "en"])


def _complete(offer, community, community_content, hosts):
    mode = BOOKING[offer.offer_type]
    offer.booking_mode = mode
    offer.languages = _spoken(community)
    offer.access_small_children = offer.offer_type in {"walk", "meal", "event"}
    offer.access_hearing = offer.offer_type == "workshop"
    # The free walks follow step-free paths: a traveller in a wheelchair can join them.
    offer.access_mobility = offer.offer_type == "walk" and offer.price_kind == "free"
    offer.latitude, offer.longitude = community.latitude, community.longitude
    offer.duration_minutes = {"walk": 150, "workshop": 180, "meal": 120, "event": 240}.get(
        offer.offer_type
    )
    if mode == "external":
        offer.booking_url = f"https://booking.{community_content['key']}.example/"
    if mode == "contact":
        offer.contact_phone = "+33 4 91 00 00 00"
    if offer.offer_type == "accommodation":
        today = timezone.localdate()
        offer.season_start, offer.season_end = today, today + timedelta(days=180)
    offer.hosts = [OfferHost(host=host) for host in hosts[: 1 + (offer.offer_type == "walk")]]
    first = _next_saturday_at(community, 10)
    if offer.offer_type == "walk":
        offer.recurrence_rule = "FREQ=WEEKLY;BYDAY=SA;COUNT=8"
        offer.recurrence_start, offer.recurrence_capacity = first, 12
    elif offer.offer_type in WITH_SESSIONS:
        offer.sessions = [
            Session(
                start=first + timedelta(days=7 * week + 1, hours=4),
                end=first + timedelta(days=7 * week + 1, hours=7),
                capacity=8 if week else 2,  # the first is nearly full: places left show
            )
            for week in range(4)
        ]
    offer.save_revision().publish()


def _next_saturday_at(community, hour):
    today = timezone.localdate()
    saturday = today + timedelta(days=(5 - today.weekday()) % 7 or 7)
    return datetime.combine(saturday, time(hour), tzinfo=community.zone)


def _sync_translations(page):
    """What wagtail-localize's “sync translated pages” does after a source page changes."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    for translation in Translation.objects.filter(source=source):
        translation.save_target(publish=False)
        target = page.get_translation(translation.target_locale)
        target.get_latest_revision().publish()


def _translate_snippet(snippet, texts):
    for language in TRANSLATED_BIO_LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        bio = texts[language]  # a host's only text is its bio
        translation = fill_translation(snippet, locale, lambda _segment, bio=bio: bio)
        translation.save_target(publish=True)  # a snippet has no draft: it is saved as is
