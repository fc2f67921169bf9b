"""Public calendar URLs, under each language prefix (the feeds' texts follow it)."""

from django.urls import path
from django.utils.cache import patch_vary_headers
from django.views.decorators.cache import cache_control
from wagtail.utils.urlpatterns import decorate_urlpatterns

from offers import calendars


def vary_on_language(view):
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        patch_vary_headers(response, ["Accept-Language"])
        return response

    return wrapped


urlpatterns = [
    path("offer/<int:offer_id>.ics", calendars.offer_feed, name="offer_calendar"),
    path("community/<int:community_id>.ics", calendars.community_feed, name="community_calendar"),
    path("session/<int:session_id>.ics", calendars.session_event, name="session_calendar"),
]
decorate_urlpatterns(urlpatterns, cache_control(public=True, max_age=900))
decorate_urlpatterns(urlpatterns, vary_on_language)
