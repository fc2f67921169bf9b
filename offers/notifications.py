"""The mails of a booking request, each written in its reader's language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from offers.pricing import describe_price


def _message(template, booking, to, language, reply_to=None):
    with translation.override(language):
        offer = booking.offer.localized
        context = {
            "booking": booking,
            "offer": offer,
            "community": booking.community,
            "price": describe_price(
                offer.price_kind, offer.price_amount, offer.price_max, offer.currency
            ),
            "inbox_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("booking_requests:inspect", args=(booking.pk,)),
        }
        subject, _sep, body = render_to_string(template, context).strip().partition("\n")
    return EmailMessage(
        subject.strip(),
        body.strip() + "\n",
        settings.DEFAULT_FROM_EMAIL,
        [to],
        reply_to=reply_to,
    )


def community_notice(booking):
    """To the community's contact, in French (the network's working language)."""
    return _message(
        "offers/mail/community_notice.txt",
        booking,
        booking.community.contact_email,
        settings.LANGUAGE_CODE,
        reply_to=[booking.email],
    )


def acknowledgement(booking):
    return _message(
        "offers/mail/acknowledgement.txt",
        booking,
        booking.email,
        booking.language,
        reply_to=[booking.community.contact_email],
    )


def outcome_notice(booking):
    return _message(
        "offers/mail/outcome.txt",
        booking,
        booking.email,
        booking.language,
        reply_to=[booking.community.contact_email],
    )
