"""URLs: the admin and media first, then every public page under its language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from django.views.decorators.cache import never_cache
from django.views.decorators.csp import csp_override
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from config.caching import public_cache
from config.origin import same_origin_posts
from home import views as home_views
from home.sitemaps import MultilingualSitemap
from search import views as search_views

# Wagtail's admin still relies on inline scripts and styles in places.
ADMIN_CSP = {
    **settings.SECURE_CSP,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
}

private_patterns = [path("admin/", include(wagtailadmin_urls))]
decorate_urlpatterns(private_patterns, never_cache)
decorate_urlpatterns(private_patterns, csp_override(ADMIN_CSP))

public_patterns = [
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
]

urlpatterns = [
    *private_patterns,
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages take their forms' POSTs checked by origin, not by a CSRF cookie (config/origin.py).
page_patterns = [path("", include(wagtail_urls))]
decorate_urlpatterns(page_patterns, same_origin_posts)

public_patterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("calendars/", include("offers.urls")),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    *page_patterns,
    prefix_default_language=True,
)
# Public pages: cacheable for anonymous visitors, varying on the language and the cookie.
decorate_urlpatterns(public_patterns, public_cache)
urlpatterns += public_patterns
