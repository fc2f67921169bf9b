"""Site-wide public views outside the page tree: robots.txt."""

from django.http import HttpResponse
from django.urls import reverse


def robots_txt(request):
    """Crawlers may read every public page; the admin and search results are not for them."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
