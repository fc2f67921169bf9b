"""The communities' inbox of booking requests: a Wagtail ModelViewSet whose every view,
export and action goes through offers.permissions."""

import django_filters
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from offers import services
from offers.models import BookingRequest, BookingStatus, OfferPage
from offers.permissions import communities_user_can_manage, requests_for_user


def _offers_for(request):
    return (
        OfferPage.objects.filter(
            locale=Locale.get_default(),
            booking_requests__community__in=communities_user_can_manage(request.user),
        )
        .distinct()
        .order_by("title")
    )


class BookingRequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=BookingStatus.choices)
    offer = django_filters.ModelChoiceFilter(label=_("Offer"), queryset=_offers_for)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=DateRangePickerWidget
    )
    session_start = django_filters.DateFromToRangeFilter(
        label=_("Session date"), widget=DateRangePickerWidget
    )

    class Meta:
        model = BookingRequest
        fields = ["status", "offer", "created_at", "session_start"]


class ManagedRequestsMixin:
    """Every view reads requests through the one permission rule: others' are a 404."""

    def get_base_queryset(self):
        return requests_for_user(self.request.user).select_related("offer", "session")

    def get_object(self, queryset=None):
        return get_object_or_404(requests_for_user(self.request.user), pk=self.kwargs["pk"])


class BookingIndexView(ManagedRequestsMixin, IndexView):
    pass


class BookingEditView(ManagedRequestsMixin, EditView):
    pass


class BookingInspectView(ManagedRequestsMixin, InspectView):
    template_name = "offers/admin/inspect_request.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["history"] = self.object.status_changes.select_related("changed_by")
        context["actions"] = self.available_actions()
        return context

    def available_actions(self):
        status = self.object.status
        names = {
            BookingStatus.NEW: ["accept", "decline", "cancel"],
            BookingStatus.ACCEPTED: ["cancel"],
        }.get(status, [])
        return [
            (reverse("booking_requests:answer", args=(self.object.pk, name)), ANSWERS[name][1])
            for name in names
        ]


ANSWERS = {
    "accept": (services.accept, _("Accept")),
    "decline": (services.decline, _("Decline")),
    "cancel": (services.cancel, _("Cancel the booking")),
}


class AnswerView(View):
    """POST only: accept, decline or cancel one request the user manages."""

    http_method_names = ["post"]

    def post(self, request, pk, answer):
        if answer not in ANSWERS:
            raise Http404
        booking = get_object_or_404(requests_for_user(request.user), pk=pk)
        action, _label = ANSWERS[answer]
        try:
            action(booking.pk, request.user)
        except services.BookingError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The traveller will be told by email."))
        return redirect("booking_requests:inspect", booking.pk)


class BookingRequestViewSet(ModelViewSet):
    model = BookingRequest
    icon = "mail"
    menu_label = _("Booking requests")
    menu_order = 250
    add_to_admin_menu = True
    name = "booking_requests"
    url_prefix = "booking-requests"
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = BookingIndexView
    edit_view_class = BookingEditView
    inspect_view_class = BookingInspectView
    filterset_class = BookingRequestFilterSet
    form_fields = ["editor_note"]
    list_display = [
        "name",
        Column("offer", label=_("Offer"), accessor="offer"),
        DateColumn("session_start", label=_("Session")),
        "arrival",
        "party_size",
        "status",
        DateColumn("created_at", label=_("Received")),
    ]
    list_per_page = 50
    ordering = ["-created_at"]
    list_export = [
        "reference",
        "offer",
        "session_start",
        "arrival",
        "departure",
        "party_size",
        "name",
        "email",
        "phone",
        "language",
        "message",
        "status",
        "created_at",
        "decided_at",
    ]
    export_filename = "booking-requests"
    inspect_view_fields = [*list_export, "editor_note"]

    def get_permissions_to_register(self):
        # Access follows page permissions on the community (offers.permissions).
        return []

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/answer/<slug:answer>/", AnswerView.as_view(), name="answer"),
        ]


class NewRequestsPanel(Component):
    """On the dashboard: how many requests wait for an answer."""

    name = "new_booking_requests"
    order = 90
    template_name = "offers/admin/new_requests_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        waiting = requests_for_user(self.user).filter(status=BookingStatus.NEW)
        return {"count": waiting.count(), "inbox_url": reverse("booking_requests:index")}

    def render_html(self, parent_context=None):
        if not communities_user_can_manage(self.user).exists():
            return ""
        return super().render_html(parent_context)
