"""sitemap.xml: every live, public page of every language, each with its hreflang alternates."""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists one tree; ours lists each language's tree under the site root.

    Each URL carries `xhtml:link` alternates for every live translation plus `x-default` (the
    French source), computed in one pass over the items instead of one query per page.
    """

    def root_pages(self):
        root = self.get_wagtail_site().root_page
        return list(root.get_translations(inclusive=True).live())

    def items(self):
        roots = self.root_pages()
        if not roots:
            return Page.objects.none()
        in_a_tree = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        # Base pages with their locale: no page type here overrides get_sitemap_urls(), and
        # .specific() would cost a query per page for each page's locale.
        return (
            Page.objects.live()
            .public()
            .filter(in_a_tree)
            .select_related("locale")
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        alternates = self.alternates_by_location()
        for url in urls:
            url["alternates"] = alternates.get(url["location"], [])
        return urls

    def alternates_by_location(self):
        if getattr(self, "_alternates", None) is None:
            self._alternates = self._compute_alternates()
        return self._alternates

    def _compute_alternates(self):
        by_key = defaultdict(list)
        for item in self.items():
            by_key[item.translation_key].append(item)
        alternates = {}
        for versions in by_key.values():
            links = [
                {"lang_code": v.locale.language_code, "location": self.location(v)}
                for v in versions
            ]
            default = next(
                (link for link in links if link["lang_code"] == settings.LANGUAGE_CODE), links[0]
            )
            links.append({"lang_code": "x-default", "location": default["location"]})
            for link in links[:-1]:
                alternates[link["location"]] = links
        return alternates
