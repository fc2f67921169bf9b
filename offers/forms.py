"""The booking request form on an offer page. Every error sits next to its field."""

from django import forms
from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

MESSAGE_MAX_LENGTH = 2000
PARTY_MAX = 50


class SessionChoiceField(forms.ModelChoiceField):
    def __init__(self, *args, zone=None, **kwargs):
        self.zone = zone
        super().__init__(*args, **kwargs)

    def label_from_instance(self, session):
        start = timezone.localtime(session.start, self.zone)
        return _("%(date)s — %(places)s places left") % {
            "date": formats.date_format(start, "DATETIME_FORMAT"),
            "places": session.places_left,
        }


class DateInput(forms.DateInput):
    input_type = "date"


class BookingForm(forms.Form):
    session = SessionChoiceField(
        label=_("Session"), queryset=None, empty_label=_("Choose a session"), required=False
    )
    arrival = forms.DateField(label=_("Arrival or date"), required=False, widget=DateInput)
    departure = forms.DateField(label=_("Departure"), required=False, widget=DateInput)
    party_size = forms.IntegerField(
        label=_("Number of people"), min_value=1, max_value=PARTY_MAX, initial=1
    )
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Your email"))
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False)
    message = forms.CharField(
        label=_("Message"),
        max_length=MESSAGE_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Up to 2000 characters."),
    )
    language = forms.ChoiceField(
        label=_("Language we should answer in"), choices=settings.WAGTAIL_CONTENT_LANGUAGES
    )
    # A honeypot: hidden from people by CSS, filled in by bots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, offer, *args, now=None, **kwargs):
        kwargs.setdefault("auto_id", "booking-%s")
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("initial", {"language": get_language()})
        super().__init__(*args, **kwargs)
        self.offer = offer
        self.now = now or timezone.now()
        sessions = offer.open_sessions(self.now)
        self.fields["session"].queryset = sessions
        self.fields["session"].zone = offer.community.zone
        self.has_sessions = sessions.exists()
        if self.has_sessions:
            self.fields["session"].required = True
            del self.fields["arrival"], self.fields["departure"]
        else:
            del self.fields["session"]
            self.fields["arrival"].required = True
            self.fields["departure"].required = offer.offer_type == "accommodation"

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def clean_arrival(self):
        return self._clean_day("arrival")

    def clean_departure(self):
        return self._clean_day("departure")

    def _clean_day(self, name):
        day = self.cleaned_data.get(name)
        if day is None:
            return day
        if day <= timezone.localdate(self.now):
            raise forms.ValidationError(_("Choose a date in the future."))
        if not self.offer.in_season(day):
            raise forms.ValidationError(
                _("This offer is open from %(start)s to %(end)s.") % self._season_bounds()
            )
        return day

    def _season_bounds(self):
        return {
            "start": formats.date_format(self.offer.season_start)
            if self.offer.season_start
            else "…",
            "end": formats.date_format(self.offer.season_end) if self.offer.season_end else "…",
        }

    def clean(self):
        cleaned = super().clean()
        arrival, departure = cleaned.get("arrival"), cleaned.get("departure")
        if arrival and departure and departure <= arrival:
            self.add_error("departure", _("The departure must come after the arrival."))
        session, party = cleaned.get("session"), cleaned.get("party_size")
        if session and party and party > session.places_left:
            self.add_error(
                "party_size",
                _("Only %(places)s places are left in this session.")
                % {"places": session.places_left},
            )
        return cleaned
