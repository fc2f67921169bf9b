"""schema.org JSON-LD of an offer: its type from offers/types.py, with an Offer and its price.

OfferPage.json_ld() calls it. Events carry the dates of their next open session; other
offers say from when the next session is available.
"""

from decimal import Decimal

from narratives.jsonld import page_json_ld, place_of
from offers.pricing import PriceKind

# Types that are places or businesses: they carry the place and `makesOffer`; the others
# (events, trips, products) carry `offers` and say where they happen.
PLACE_TYPES = {"LodgingBusiness", "FoodEstablishment", "Place", "TouristAttraction"}
EVENT_TYPES = {"Event", "EducationEvent"}
TRIP_TYPES = {"TouristTrip", "Trip"}


def price_offer(offer, request):
    low = offer.price_amount or Decimal(0)
    data = {
        "@type": "Offer",
        "url": offer.get_full_url(request),
        "price": "0" if offer.price_kind == PriceKind.FREE else f"{low:.2f}",
        "priceCurrency": offer.currency,
        "description": offer.price_display,
    }
    if offer.price_kind == PriceKind.RANGE and offer.price_max:
        data["priceSpecification"] = {
            "@type": "PriceSpecification",
            "minPrice": f"{low:.2f}",
            "maxPrice": f"{offer.price_max:.2f}",
            "priceCurrency": offer.currency,
        }
    return data


def session_dates(session):
    return {
        "startDate": session.start.isoformat(),
        "endDate": session.end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
    }


def offer_json_ld(offer, request, community=None):
    schema_type = offer.type_info.schema_org
    community = community or offer.get_parent().specific
    place = place_of(community, request)
    extra = {}
    if schema_type in PLACE_TYPES:
        extra = {"geo": place["geo"], "address": place["address"]}
        extra["makesOffer"] = price_offer(offer, request)
    else:
        extra["offers"] = price_offer(offer, request)
    next_session = offer.open_sessions().first()
    if next_session and schema_type in EVENT_TYPES:
        extra.update(session_dates(next_session))
    elif next_session:
        offer_key = "makesOffer" if schema_type in PLACE_TYPES else "offers"
        extra[offer_key]["availabilityStarts"] = next_session.start.isoformat()
    if schema_type in EVENT_TYPES:
        extra["location"] = place
        extra["organizer"] = {"@type": "Organization", "name": community.title}
    elif schema_type in TRIP_TYPES:
        extra["itinerary"] = place
        extra["provider"] = {"@type": "Organization", "name": community.title}
    return page_json_ld(offer, schema_type, request, **extra)
