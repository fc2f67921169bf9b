"""The communities of one language as GeoJSON, for the destinations map (js/map.js)."""

from django.http import JsonResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

CACHE_SECONDS = 600


class CommunitiesFeed:
    """A FeatureCollection of points; coordinates are [longitude, latitude] (RFC 7946)."""

    def __init__(self, communities, request):
        self.communities = communities
        self.request = request

    def feature(self, community):
        return {
            "type": "Feature",
            "geometry": {
                "type": "Point",
                "coordinates": [float(community.longitude), float(community.latitude)],
            },
            "properties": {
                "label": community.title,
                "url": community.get_url(self.request),
                "locality": community.locality,
                "country": community.country_name,
            },
        }

    def response(self):
        data = {"type": "FeatureCollection", "features": [*map(self.feature, self.communities)]}
        response = JsonResponse(data, content_type="application/geo+json")
        patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        patch_vary_headers(response, ["Accept-Language"])
        return response
