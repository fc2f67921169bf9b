from narratives.models.pages import BasePage, StoryPage
from narratives.models.themes import Theme

__all__ = ["BasePage", "StoryPage", "Theme"]
