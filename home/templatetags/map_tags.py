from django import template
from django.conf import settings
from django.utils.html import json_script

register = template.Library()


@register.simple_tag
def map_settings():
    """The tile server and its attribution, from the settings (never a hard-coded CDN)."""
    return {"tile_url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}


@register.simple_tag
def map_points_script(points, map_id):
    """The points as inert JSON that js/map.js reads; the CSP allows no inline script."""
    return json_script(list(points or []), f"{map_id}-points")
