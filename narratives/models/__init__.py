from narratives.models.media import AudioRecording
from narratives.models.pages import BasePage, StoryPage, StoryPageOffer, StoryPageTheme
from narratives.models.themes import Theme

__all__ = ["AudioRecording", "BasePage", "StoryPage", "StoryPageOffer", "StoryPageTheme", "Theme"]
