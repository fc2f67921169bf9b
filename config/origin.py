"""Public pages take POSTs (booking requests) without a CSRF cookie, so a visitor who only
reads gets no cookie at all (DOMAIN.md: no tracking). In place of the token, the browser's
Origin header, or failing it the Referer, must name this site: a form posted from another
site is refused. Every current browser sends Origin with a POST."""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseForbidden
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt


def comes_from_this_site(request):
    origin = request.headers.get("Origin") or request.headers.get("Referer")
    if not origin:
        return True  # not a browser: no cross-site request to forge
    parts = urlsplit(origin)
    trusted = {urlsplit(o).netloc for o in settings.CSRF_TRUSTED_ORIGINS}
    return parts.netloc == request.get_host() or parts.netloc in trusted


def same_origin_posts(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "POST" and not comes_from_this_site(request):
            return HttpResponseForbidden(_("This form can only be sent from this site."))
        return view(request, *args, **kwargs)

    return csrf_exempt(wrapper)
