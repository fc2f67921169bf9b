"""What search engines and link previews read: OpenGraph, Twitter cards and JSON-LD."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, to_locale

from narratives.jsonld import JSON_LD_IMAGE_FILTER

register = template.Library()

# As in django.utils.html.json_script: nothing in the JSON can close the <script> element.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def page_json_ld(page, request):
    builder = getattr(page, "json_ld", None)
    return builder(request) if builder else None


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """`<script type="application/ld+json">`: data, never executed, so the CSP allows it."""
    data = page_json_ld(page, context.get("request"))
    if not data:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # escaped above


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context, page):
    request = context.get("request")
    image = getattr(page, "hero_image", None)
    rendition = image.get_rendition(JSON_LD_IMAGE_FILTER) if image else None
    return {
        "page": page,
        "url": page.get_full_url(request),
        "og_type": "article" if page._meta.label_lower == "narratives.storypage" else "website",
        "og_locale": to_locale(get_language() or "fr"),
        "image_url": request.build_absolute_uri(rendition.url) if rendition else "",
        "rendition": rendition,
    }
