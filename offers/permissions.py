"""Who may see and answer booking requests: one rule, used by the inbox, its exports, its
actions and the dashboard.

A user manages a community's requests when they may edit that community's page in the
source (French) tree. Translators only hold rights on other languages' trees, so they see no
traveller's personal data; moderators hold rights on the whole tree and see every request."""

from wagtail.models import Locale, Page
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from offers.models import BookingRequest


def communities_user_can_manage(user):
    """The source-locale community pages whose requests `user` may see and answer."""
    if not (user.is_authenticated and user.is_active):
        return Page.objects.none()
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return editable.filter(
        locale=Locale.get_default(),
        content_type__app_label="communities",
        content_type__model="communitypage",
    )


def requests_for_user(user):
    return BookingRequest.objects.filter(community__in=communities_user_can_manage(user))


class BookingRequestPermissionPolicy(BasePermissionPolicy):
    """Requests are never created or deleted in the admin: they are viewed and answered."""

    ALLOWED = frozenset({"view", "change", "export"})

    def user_has_permission(self, user, action):
        return action in self.ALLOWED and communities_user_can_manage(user).exists()

    def user_has_any_permission(self, user, actions):
        return bool(self.ALLOWED & set(actions)) and communities_user_can_manage(user).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        return action in self.ALLOWED and (
            communities_user_can_manage(user).filter(pk=instance.community_id).exists()
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.ALLOWED & set(actions):
            return BookingRequest.objects.none()
        return requests_for_user(user)

    def users_with_any_permission(self, actions):
        raise NotImplementedError("Booking requests are not assigned to users.")
