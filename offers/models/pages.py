"""OfferPage: something a traveller can book or join, always hosted by one community."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from narratives.blocks import BodyStreamBlock
from narratives.models import BasePage
from offers.forms import BookingForm
from offers.jsonld import offer_json_ld
from offers.languages import LANGUAGES_HELP, SpokenLanguagesField, spoken_language_names
from offers.models.relations import OfferHost, hosts_with_photos, in_active_locale
from offers.models.sessions import Session, SessionQuerySet
from offers.pricing import PriceKind, describe_price
from offers.recurrence import RecurrenceError, occurrences
from offers.types import OFFER_TYPE_CHOICES, OFFER_TYPES_BY_CODE

__all__ = ["BookingMode", "OfferPage"]

ACCESSIBILITY_NEEDS = {
    "mobility": _("Reduced mobility"),
    "hearing": _("Deaf or hard of hearing"),
    "sight": _("Blind or partially sighted"),
    "cognitive": _("Cognitive or learning disability"),
    "small_children": _("Families with small children"),
}


class BookingMode(models.TextChoices):
    REQUEST = "request", _("A request through Passage")
    CONTACT = "contact", _("Contact only (phone or email shown)")
    EXTERNAL = "external", _("An external booking link")


def _welcomes(label):
    return models.BooleanField(
        label, default=False, help_text=_("Tick if the offer welcomes these travellers.")
    )


def _access_note():
    return models.CharField(
        _("note"),
        max_length=250,
        blank=True,
        help_text=_("What to expect, for example “two steps at the door”."),
    )


class OfferPage(BasePage):
    """A stay, walk, workshop, meal, event or product offered by a community."""

    offer_type = models.CharField(_("type of offer"), max_length=20, choices=OFFER_TYPE_CHOICES)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("description"))
    price_kind = models.CharField(
        _("price"), max_length=20, choices=PriceKind.choices, default=PriceKind.FREE
    )
    price_amount = models.DecimalField(
        _("amount"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("The price, the lowest price of a range, or the suggested amount."),
    )
    price_max = models.DecimalField(
        _("highest price"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Only for a price range."),
    )
    currency = models.CharField(_("currency"), max_length=3, default="EUR")
    price_note = models.CharField(
        _("price note"),
        max_length=200,
        blank=True,
        help_text=_("For example: solidarity rate for students."),
    )

    duration_minutes = models.PositiveIntegerField(
        _("duration in minutes"), null=True, blank=True, help_text=_("Leave empty for stays.")
    )
    audience = models.CharField(
        _("audience"),
        max_length=200,
        blank=True,
        help_text=_("Who the offer suits, for example “families, walkers used to slopes”."),
    )
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    languages = SpokenLanguagesField(_("languages spoken"), help_text=LANGUAGES_HELP)
    access_mobility = _welcomes(ACCESSIBILITY_NEEDS["mobility"])
    access_mobility_note = _access_note()
    access_hearing = _welcomes(ACCESSIBILITY_NEEDS["hearing"])
    access_hearing_note = _access_note()
    access_sight = _welcomes(ACCESSIBILITY_NEEDS["sight"])
    access_sight_note = _access_note()
    access_cognitive = _welcomes(ACCESSIBILITY_NEEDS["cognitive"])
    access_cognitive_note = _access_note()
    access_small_children = _welcomes(ACCESSIBILITY_NEEDS["small_children"])
    access_small_children_note = _access_note()
    address = models.CharField(
        _("address"), max_length=250, blank=True, help_text=_("Where the offer takes place.")
    )
    meeting_point = models.CharField(
        _("meeting point"),
        max_length=250,
        blank=True,
        help_text=_("Where travellers meet the host, in plain words."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    season_start = models.DateField(
        _("season starts"), null=True, blank=True, help_text=_("Leave empty if open all year.")
    )
    season_end = models.DateField(_("season ends"), null=True, blank=True)
    season_note = models.CharField(
        _("opening period"),
        max_length=200,
        blank=True,
        help_text=_("In words, for example “weekends from May to September”."),
    )
    recurrence_rule = models.CharField(
        _("recurrence rule"),
        max_length=250,
        blank=True,
        help_text=_(
            "Optional iCalendar rule that creates sessions when you save, "
            "for example FREQ=WEEKLY;BYDAY=SA;COUNT=10."
        ),
    )
    recurrence_start = models.DateTimeField(
        _("first session"),
        null=True,
        blank=True,
        help_text=_("Start of the first session the rule creates."),
    )
    recurrence_capacity = models.PositiveIntegerField(
        _("places per session"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    booking_mode = models.CharField(
        _("booking"),
        max_length=10,
        choices=BookingMode.choices,
        default=BookingMode.REQUEST,
        help_text=_("How travellers book this offer."),
    )
    booking_url = models.URLField(
        _("booking link"), blank=True, help_text=_("Only for an external booking link.")
    )
    contact_phone = models.CharField(
        _("contact phone"),
        max_length=40,
        blank=True,
        help_text=_("Shown for contact-only offers, with the community's email."),
    )
    cancellation_conditions = models.TextField(
        _("cancellation conditions"),
        blank=True,
        help_text=_("What happens if the traveller or the host cancels."),
    )

    parent_page_types = ["communities.CommunityPage"]
    subpage_types = []
    # Sessions and their places stay on the French source page: translations show those.
    exclude_fields_in_copy = ["sessions"]

    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("offer_type"),
        SynchronizedField("hero_image"),
        TranslatableField("body"),
        SynchronizedField("price_kind"),
        SynchronizedField("price_amount"),
        SynchronizedField("price_max"),
        SynchronizedField("currency"),
        TranslatableField("price_note"),
        SynchronizedField("duration_minutes"),
        TranslatableField("audience"),
        SynchronizedField("minimum_age"),
        SynchronizedField("languages"),
        *[
            field
            for need in ACCESSIBILITY_NEEDS
            for field in (
                SynchronizedField(f"access_{need}"),
                TranslatableField(f"access_{need}_note"),
            )
        ],
        SynchronizedField("themes"),
        SynchronizedField("hosts"),
        TranslatableField("address"),
        TranslatableField("meeting_point"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("season_start"),
        SynchronizedField("season_end"),
        TranslatableField("season_note"),
        SynchronizedField("recurrence_rule"),
        SynchronizedField("recurrence_start"),
        SynchronizedField("recurrence_capacity"),
        SynchronizedField("booking_mode"),
        SynchronizedField("booking_url"),
        SynchronizedField("contact_phone"),
        TranslatableField("cancellation_conditions"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("offer_type"),
    ]
    content_panels = [
        *BasePage.content_panels[:1],
        FieldPanel("offer_type"),
        FieldPanel("intro", heading=_("Summary")),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("price_kind"),
                FieldRowPanel([FieldPanel("price_amount"), FieldPanel("price_max")]),
                FieldPanel("currency"),
                FieldPanel("price_note"),
            ],
            heading=_("Price"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("minimum_age")]),
                FieldPanel("audience"),
                FieldPanel("languages"),
            ],
            heading=_("Who and how long"),
        ),
        InlinePanel("hosts", heading=_("Hosts"), label=_("host")),
        InlinePanel("themes", heading=_("Themes"), label=_("theme")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel(f"access_{need}"), FieldPanel(f"access_{need}_note")])
                for need in ACCESSIBILITY_NEEDS
            ],
            heading=_("Accessibility"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("meeting_point"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("season_start"), FieldPanel("season_end")]),
                FieldPanel("season_note"),
            ],
            heading=_("Season"),
        ),
        InlinePanel(
            "sessions",
            heading=_("Sessions"),
            label=_("session"),
            help_text=_("Times are in the community's time zone. Translations show these."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("recurrence_rule"),
                FieldRowPanel([FieldPanel("recurrence_start"), FieldPanel("recurrence_capacity")]),
            ],
            heading=_("Repeating sessions"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("booking_mode"),
                FieldPanel("booking_url"),
                FieldPanel("contact_phone"),
                FieldPanel("cancellation_conditions"),
            ],
            heading=_("Booking"),
        ),
    ]

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")

    @property
    def type_info(self):
        """The offer's type with its schema.org and DATAtourisme classes."""
        return OFFER_TYPES_BY_CODE[self.offer_type]

    @property
    def price_display(self):
        return describe_price(self.price_kind, self.price_amount, self.price_max, self.currency)

    @property
    def language_names(self):
        return spoken_language_names(self.languages)

    def accessibility(self):
        """The needs the offer welcomes, each with its note: [(label, note), …]."""
        return [
            (label, getattr(self, f"access_{need}_note"))
            for need, label in ACCESSIBILITY_NEEDS.items()
            if getattr(self, f"access_{need}")
        ]

    def hosts_shown(self):
        chosen = hosts_with_photos(self.hosts.select_related("host"), prefix="host__")
        host_model = OfferHost.host.field.related_model
        return in_active_locale(
            (relation.host for relation in chosen), hosts_with_photos(host_model.objects.all())
        )

    def themes_shown(self):
        return in_active_locale(relation.theme for relation in self.themes.select_related("theme"))

    @cached_property
    def community(self):
        return self.get_parent().specific

    def source_offer(self):
        """The French page that holds the sessions and receives the requests."""
        if self.locale_id == Locale.get_default().pk:
            return self
        return self.get_translation(Locale.get_default())

    def upcoming_sessions(self, now=None):
        sessions = self.source_offer().sessions.all()
        if not isinstance(sessions, SessionQuerySet):
            return self._previewed_sessions(sessions, now or timezone.now())
        return sessions.upcoming(now).exclude(status="cancelled").with_places_taken()

    def json_ld(self, request):
        return offer_json_ld(self, request, community=self.community)

    def open_sessions(self, now=None):
        """The saved sessions a traveller can ask for (a queryset, even in a preview)."""
        sessions = Session.objects.filter(offer_id=self.source_offer().pk, status="open")
        return sessions.upcoming(now).with_places_taken()

    @staticmethod
    def _previewed_sessions(sessions, now):
        """In a preview the sessions are the editor's unsaved ones, held in memory."""
        upcoming = sorted(
            (s for s in sessions if s.start > now and s.status != "cancelled"),
            key=lambda session: session.start,
        )
        for session in upcoming:
            session.places_taken = session.places_taken_now() if session.pk else 0
        return upcoming

    def in_season(self, day):
        starts_ok = self.season_start is None or day >= self.season_start
        return starts_ok and (self.season_end is None or day <= self.season_end)

    def duration(self):
        return timedelta(minutes=self.duration_minutes or 120)

    def add_generated_sessions(self, until=None):
        """Add the recurrence rule's missing sessions to this page's (in-memory) inline, so
        they are part of the revision being saved and editors see them in the form."""
        if not (self.recurrence_rule and self.recurrence_start and self.recurrence_capacity):
            return 0
        existing = {session.start for session in self.sessions.all()}
        added = 0
        zone = self.community.zone
        rule, first = self.recurrence_rule, self.recurrence_start
        for start in occurrences(rule, first, zone=zone, until=until):
            if start not in existing:
                self.sessions.add(
                    Session(
                        start=start,
                        end=start + self.duration(),
                        capacity=self.recurrence_capacity,
                    )
                )
                added += 1
        return added

    def save_revision(self, *args, **kwargs):
        if self.locale_id == Locale.get_default().pk:
            self.add_generated_sessions()
        return super().save_revision(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sessions"] = self.upcoming_sessions()
        context["community"] = self.community
        if self.booking_mode == BookingMode.REQUEST:
            # A form with errors comes from offers.views.handle_booking (a before-serve hook).
            context["booking_form"] = getattr(request, "booking_form", None) or BookingForm(self)
            context["request_sent"] = request.GET.get("sent") == "1"
            context["retention_days"] = settings.BOOKING_RETENTION_DAYS
        return context

    def clean(self):
        super().clean()
        self._clean_price()
        self._clean_booking()
        self._clean_recurrence()

    def _clean_booking(self):
        if self.booking_mode == BookingMode.EXTERNAL and not self.booking_url:
            raise ValidationError({"booking_url": _("Give the booking link.")})
        if self.season_start and self.season_end and self.season_end < self.season_start:
            raise ValidationError({"season_end": _("The season must end after it starts.")})

    def _clean_recurrence(self):
        if not self.recurrence_rule:
            return
        if not (self.recurrence_start and self.recurrence_capacity):
            raise ValidationError(
                {"recurrence_start": _("Give the first session and the places per session.")}
            )
        try:
            occurrences(self.recurrence_rule, self.recurrence_start)
        except RecurrenceError as error:
            raise ValidationError({"recurrence_rule": str(error)}) from None

    def _clean_price(self):
        errors = {}
        if self.price_kind in (PriceKind.FIXED, PriceKind.RANGE) and self.price_amount is None:
            errors["price_amount"] = _("Give the amount.")
        if self.price_kind == PriceKind.RANGE:
            if self.price_max is None:
                errors["price_max"] = _("Give the highest price of the range.")
            elif self.price_amount is not None and self.price_max <= self.price_amount:
                errors["price_max"] = _("The highest price must be above the lowest.")
        if errors:
            raise ValidationError(errors)
