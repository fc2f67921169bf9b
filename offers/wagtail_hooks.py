from wagtail import hooks
from wagtail.permissions import register_permission_policy

from offers.inbox import BookingRequestViewSet, NewRequestsPanel
from offers.models import BookingRequest
from offers.permissions import BookingRequestPermissionPolicy
from offers.views import handle_booking

register_permission_policy(BookingRequest, BookingRequestPermissionPolicy(BookingRequest))
hooks.register("before_serve_page", handle_booking)


@hooks.register("register_admin_viewset")
def register_booking_inbox():
    return BookingRequestViewSet()


@hooks.register("construct_homepage_panels")
def add_new_requests_panel(request, panels):
    panels.append(NewRequestsPanel(request.user))
