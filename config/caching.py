"""Cache headers for the public site (STYLE.md #9): shared caches may keep a visitor's page.

Only GETs from visitors without a session (so anonymous, and never past a page's password)
that set no cookie are public; everything else is private. Every response varies on the
language and the cookie, so an editor's page (with the Wagtail user bar) is never served to
a visitor.
"""

from functools import wraps

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers


def is_shareable(request, response):
    # Reading request.user would load the session on every page (the user bar does), so a
    # session cookie is what tells a signed-in editor or an unlocked private page apart.
    return (
        request.method in ("GET", "HEAD")
        and response.status_code in (200, 301, 404)
        and not response.cookies
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def public_cache(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        patch_vary_headers(response, ["Accept-Language", "Cookie"])
        if response.has_header("Cache-Control"):
            return response  # the view knows better (never_cache, a feed's own max-age)
        if is_shareable(request, response):
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_SECONDS)
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response

    return wrapper
