"""The public side of booking: the form posted to an offer page, and calendar feeds."""

from django.shortcuts import redirect

from offers.forms import BookingForm
from offers.models import BookingMode, OfferPage
from offers.services import RateLimited, submit_request


def handle_booking(page, request, serve_args, serve_kwargs):
    """`before_serve_page` hook: a valid POST is stored and redirected (post/redirect/get);
    an invalid one is handed to the page, which shows each error next to its field."""
    if not (isinstance(page, OfferPage) and request.method == "POST"):
        return None
    if page.booking_mode != BookingMode.REQUEST:
        return None
    form = BookingForm(page, request.POST)
    if form.is_spam:
        return redirect(page.url + "?sent=1#booking")  # nothing stored, nothing told
    if form.is_valid():
        try:
            submit_request(page, form.cleaned_data, request)
        except RateLimited:
            form.add_error(None, RateLimited.message)
        else:
            return redirect(page.url + "?sent=1#booking")
    request.booking_form = form
    return None
