"""schema.org JSON-LD of a community: a TouristDestination with its coordinates and address."""

from narratives.jsonld import geo, page_json_ld, postal_address


def community_json_ld(community, request):
    return page_json_ld(
        community,
        "TouristDestination",
        request,
        geo=geo(community.latitude, community.longitude),
        address=postal_address(community.locality, community.country),
    )
