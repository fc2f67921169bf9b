"""Public calendar URLs, under each language prefix (the feeds' texts follow it).

config/urls.py includes them among the public patterns, which already vary on the language."""

from django.urls import path
from django.views.decorators.cache import cache_control
from wagtail.utils.urlpatterns import decorate_urlpatterns

from offers import calendars

urlpatterns = [
    path("offer/<int:offer_id>.ics", calendars.offer_feed, name="offer_calendar"),
    path("community/<int:community_id>.ics", calendars.community_feed, name="community_calendar"),
    path("session/<int:session_id>.ics", calendars.session_event, name="session_calendar"),
]
decorate_urlpatterns(urlpatterns, cache_control(public=True, max_age=900))
