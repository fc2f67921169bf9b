"""schema.org JSON-LD of an offer: its type from offers/types.py, with an Offer and its price.

OfferPage may call `offer_json_ld(self, request)` from a `json_ld` method; until then the SEO
template tag looks this function up for offers. Session dates are added by the offer finder.
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
    if schema_type in EVENT_TYPES:
        extra["location"] = place
        extra["organizer"] = {"@type": "Organization", "name": community.title}
    elif schema_type in TRIP_TYPES:
        extra["itinerary"] = place
        extra["provider"] = {"@type": "Organization", "name": community.title}
    return page_json_ld(offer, schema_type, request, **extra)
