"""Blocks of places: a walk's itinerary and a map of several points."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from narratives.blocks.base import TextSegmentsOnly
from narratives.blocks.links import OfferChooserBlock, localized_live_pages
from narratives.blocks.text import reject_duplicates

__all__ = [
    "ItineraryBlock",
    "LatitudeBlock",
    "LongitudeBlock",
    "PlaceBlock",
    "PlacesMapBlock",
    "StopBlock",
]


def validate_latitude(value):
    if value is not None and not -90 <= value <= 90:
        raise ValidationError(_("A latitude goes from -90 (south) to 90 (north)."))


def validate_longitude(value):
    if value is not None and not -180 <= value <= 180:
        raise ValidationError(_("A longitude goes from -180 (west) to 180 (east)."))


class LatitudeBlock(blocks.FloatBlock):
    """A latitude in decimal degrees, between -90 and 90."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Latitude"))
        kwargs.setdefault("help_text", _("In decimal degrees, for example 43.2965."))
        super().__init__(validators=[validate_latitude], **kwargs)

    class Meta:
        icon = "site"


class LongitudeBlock(blocks.FloatBlock):
    """A longitude in decimal degrees, between -180 and 180."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Longitude"))
        kwargs.setdefault("help_text", _("In decimal degrees, for example 5.3698."))
        super().__init__(validators=[validate_longitude], **kwargs)

    class Meta:
        icon = "site"


class PlaceBlock(blocks.StructBlock):
    """A named point on the map, with a few words about it."""

    name = blocks.CharBlock(max_length=120, label=_("Name"))
    text = blocks.TextBlock(required=False, max_length=500, label=_("A few words"))
    latitude = LatitudeBlock()
    longitude = LongitudeBlock()

    class Meta:
        icon = "site"
        label = _("Place")

    def clean(self, value):
        value = super().clean(value)
        if value["latitude"] == 0 and value["longitude"] == 0:
            raise StructBlockValidationError(
                {"latitude": ValidationError(_("0, 0 is in the ocean: check the coordinates."))}
            )
        return value


class StopBlock(PlaceBlock):
    """A stop of an itinerary, which may lead to one of the community's offers."""

    offer = OfferChooserBlock(
        required=False,
        label=_("Offer at this stop"),
        help_text=_("Optional: an offer a walker can book here."),
    )

    class Meta:
        icon = "pick"
        label = _("Stop")


def map_point(place, url=""):
    return {
        "lat": place["latitude"],
        "lon": place["longitude"],
        "label": place["name"],
        "url": url,
    }


class ItineraryValue(blocks.StructValue):
    def stops_with_offers(self):
        """(stop, the stop's offer live in the visitor's language or None), in order."""
        stops = list(self.get("stops", []))
        offers = localized_live_pages(stop.get("offer") for stop in stops)
        return [(stop, offers.get(getattr(stop.get("offer"), "pk", None))) for stop in stops]

    def map_points(self):
        return [
            map_point(stop, offer.url if offer else "") for stop, offer in self.stops_with_offers()
        ]

    def duration_display(self):
        minutes = self.get("duration_minutes")
        if not minutes:
            return ""
        hours, minutes = divmod(minutes, 60)
        if not hours:
            return ngettext("%(m)d minute", "%(m)d minutes", minutes) % {"m": minutes}
        if not minutes:
            return ngettext("%(h)d hour", "%(h)d hours", hours) % {"h": hours}
        return _("%(h)d h %(m)02d") % {"h": hours, "m": minutes}


class ItineraryBlock(TextSegmentsOnly, blocks.StructBlock):
    """A walk or a route: its stops in order, readable without a map, plus a map."""

    title = blocks.CharBlock(max_length=120, label=_("Title"))
    stops = blocks.ListBlock(StopBlock(), min_num=2, max_num=30, label=_("Stops"))
    distance_km = blocks.DecimalBlock(
        required=False,
        min_value=0,
        max_value=1000,
        max_digits=6,
        decimal_places=1,
        label=_("Distance (km)"),
    )
    duration_minutes = blocks.IntegerBlock(
        required=False, min_value=1, max_value=60 * 24 * 14, label=_("Duration (minutes)")
    )

    class Meta:
        icon = "pick"
        template = "narratives/blocks/itinerary_block.html"
        description = _("A walk or a route: its stops in order, with a map.")
        preview_value = {
            "title": "La balade des cent escaliers",
            "stops": [
                {"name": "La place du marché", "latitude": 43.2965, "longitude": 5.3698},
                {"name": "Le belvédère", "latitude": 43.2990, "longitude": 5.3740},
            ],
            "distance_km": "3.5",
            "duration_minutes": 90,
        }
        group = _("Places")
        label = _("Itinerary")
        value_class = ItineraryValue

    def clean(self, value):
        value = super().clean(value)
        reject_duplicates(value["stops"], "name", _("Two stops have the same name."), "stops")
        return value


class PlacesMapValue(blocks.StructValue):
    def map_points(self):
        return [map_point(place) for place in self.get("places", [])]


class PlacesMapBlock(TextSegmentsOnly, blocks.StructBlock):
    """Several places with their labels, listed and shown on a map."""

    title = blocks.CharBlock(max_length=120, label=_("Title"))
    places = blocks.ListBlock(PlaceBlock(), min_num=1, max_num=50, label=_("Places"))

    class Meta:
        icon = "site"
        template = "narratives/blocks/places_map_block.html"
        description = _("Several places, listed and shown on a map.")
        preview_value = {
            "title": "Les lieux du récit",
            "places": [{"name": "Le lavoir", "latitude": 44.2163, "longitude": 3.3471}],
        }
        group = _("Places")
        label = _("Map of places")
        value_class = PlacesMapValue

    def clean(self, value):
        value = super().clean(value)
        reject_duplicates(value["places"], "name", _("Two places have the same name."), "places")
        return value
