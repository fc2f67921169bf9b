"""Languages a host speaks: the content languages first, then other common ones."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# Languages hosts often speak beyond the site's content languages (ISO 639-1 codes).
EXTRA_SPOKEN_LANGUAGES = [
    ("ca", "Català"),
    ("oc", "Occitan"),
    ("eu", "Euskara"),
    ("br", "Brezhoneg"),
    ("co", "Corsu"),
    ("pl", "Polski"),
    ("el", "Ελληνικά"),
    ("tr", "Türkçe"),
    ("hr", "Hrvatski"),
    ("hu", "Magyar"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("zh", "中文"),
    ("ja", "日本語"),
    ("fse", "LSF (langue des signes française)"),
]


def spoken_language_choices():
    return [*settings.WAGTAIL_CONTENT_LANGUAGES, *EXTRA_SPOKEN_LANGUAGES]


def spoken_language_names(codes):
    names = dict(spoken_language_choices())
    return [names.get(code, code) for code in codes]


class SpokenLanguagesField(models.JSONField):
    """A list of language codes, edited as checkboxes; works on SQLite and PostgreSQL."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=spoken_language_choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


LANGUAGES_HELP = _("Tick every language the hosts can welcome travellers in.")
