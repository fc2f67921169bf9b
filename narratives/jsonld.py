"""schema.org JSON-LD shared by every page type, and the Article of a story.

Each app owns its page types' JSON-LD (communities/jsonld.py, offers/jsonld.py); this bottom
layer holds what they share. A block contributes to its page's JSON-LD by defining
`json_ld(value, request)` on its block class: an audio block returns an AudioObject with its
transcript, and the story's Article lists it under `audio`.
"""

SCHEMA_CONTEXT = "https://schema.org"
JSON_LD_IMAGE_FILTER = "fill-1200x630|format-jpeg"  # also the OpenGraph image


def image_url(image, request):
    """The absolute URL of the image's sharing rendition, or None."""
    if image is None:
        return None
    rendition = image.get_rendition(JSON_LD_IMAGE_FILTER)
    return request.build_absolute_uri(rendition.url) if request else rendition.full_url


def page_json_ld(page, schema_type, request, **properties):
    """The properties every page shares, without empty values."""
    data = {
        "@context": SCHEMA_CONTEXT,
        "@type": schema_type,
        "name": page.title,
        "url": page.get_full_url(request),
        "description": getattr(page, "description", "") or None,
        "inLanguage": page.locale.language_code,
        "image": image_url(getattr(page, "hero_image", None), request),
        **properties,
    }
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def geo(latitude, longitude):
    return {"@type": "GeoCoordinates", "latitude": float(latitude), "longitude": float(longitude)}


def postal_address(locality, country):
    return {"@type": "PostalAddress", "addressLocality": locality, "addressCountry": country}


def place_of(community, request):
    """A community as a schema.org Place (duck-typed: this layer imports no community model)."""
    return {
        "@type": "Place",
        "name": community.title,
        "url": community.get_full_url(request),
        "geo": geo(community.latitude, community.longitude),
        "address": postal_address(community.locality, community.country),
    }


def block_json_ld(stream_value, request):
    """What the blocks of a StreamField say about themselves (AudioObject, ImageObject…)."""
    found = []
    for child in stream_value or []:
        to_json_ld = getattr(child.block, "json_ld", None)
        if to_json_ld is not None:
            found.append(to_json_ld(child.value, request))
    return [item for item in found if item]


def story_json_ld(story, request, community=None):
    """An Article: its headline, its teller if named, its place and its recordings."""
    teller = getattr(story, "told_by", "")  # a field the story may gain; absent is fine
    place = place_of(community, request) if community is not None else None
    return page_json_ld(
        story,
        "Article",
        request,
        headline=story.title,
        author={"@type": "Person", "name": teller} if teller else None,
        datePublished=story.first_published_at.isoformat() if story.first_published_at else None,
        contentLocation=place,
        audio=[item for item in block_json_ld(story.body, request) if _is_audio(item)],
    )


def _is_audio(item):
    return item.get("@type") == "AudioObject"
