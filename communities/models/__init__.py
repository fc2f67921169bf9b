from communities.models.hosts import Host
from communities.models.pages import CommunityIndexPage, CommunityKind, CommunityPage

__all__ = ["CommunityIndexPage", "CommunityKind", "CommunityPage", "Host"]
