from offers.models.bookings import BookingRequest, BookingStatus, BookingStatusChange
from offers.models.pages import BookingMode, OfferPage
from offers.models.relations import OfferHost, OfferTheme
from offers.models.sessions import Session, SessionStatus

__all__ = [
    "BookingMode",
    "BookingRequest",
    "BookingStatus",
    "BookingStatusChange",
    "OfferHost",
    "OfferPage",
    "OfferTheme",
    "Session",
    "SessionStatus",
]
