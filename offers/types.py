"""The kinds of offer, each with its open-data equivalents for exports (see DOMAIN.md)."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class OfferType:
    code: str
    label: Promise
    schema_org: str
    datatourisme: str
    apidae: str


OFFER_TYPES = (
    OfferType(
        "accommodation",
        _("Accommodation"),
        "LodgingBusiness",
        "Accommodation",
        "HEBERGEMENT_LOCATIF",
    ),
    OfferType("walk", _("Walk or guided visit"), "TouristTrip", "Tour", "ACTIVITE"),
    OfferType("workshop", _("Workshop or course"), "EducationEvent", "Practice", "ACTIVITE"),
    OfferType("event", _("Event"), "Event", "EntertainmentAndEvent", "FETE_ET_MANIFESTATION"),
    OfferType(
        "meal", _("Meal or tasting"), "FoodEstablishment", "TastingProvider", "RESTAURATION"
    ),
    OfferType("product", _("Local product"), "Product", "Store", "COMMERCE_ET_SERVICE"),
    OfferType("stay", _("Stay"), "Trip", "Product", "SEJOUR_PACKAGE"),
    OfferType("workspace", _("Workspace"), "Place", "PlaceOfInterest", "EQUIPEMENT"),
    OfferType("tip", _("Good tip"), "TouristAttraction", "PointOfInterest", ""),
)
OFFER_TYPES_BY_CODE = {offer_type.code: offer_type for offer_type in OFFER_TYPES}
OFFER_TYPE_CHOICES = [(offer_type.code, offer_type.label) for offer_type in OFFER_TYPES]
