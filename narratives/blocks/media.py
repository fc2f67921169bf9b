"""Blocks of images, sounds and videos, each with its credit and licence."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from narratives.blocks.base import CreditedValue, LicenceChoiceBlock, TextSegmentsOnly
from narratives.blocks.text import has_words

__all__ = [
    "AudioBlock",
    "AudioRecordingChooserBlock",
    "FigureBlock",
    "GalleryBlock",
    "VideoBlock",
]

# Licences that oblige whoever reuses the work to credit its author.
ATTRIBUTION_LICENCES = {"cc-by", "cc-by-sa", "cc-by-nc", "cc-by-nc-sa"}


def require_credit_for_attribution(value, errors):
    if value.get("licence") in ATTRIBUTION_LICENCES and not (value.get("credit") or "").strip():
        errors["credit"] = ValidationError(
            _("This Creative Commons licence asks for a credit: say who made it.")
        )


class FigureBlock(TextSegmentsOnly, blocks.StructBlock):
    """An image with its alt text, caption, credit and licence."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))
    credit = blocks.CharBlock(required=False, max_length=120, label=_("Credit"))
    licence = LicenceChoiceBlock()

    class Meta:
        icon = "image"
        template = "narratives/blocks/figure_block.html"
        description = _("An image with alt text, a caption and its credit.")
        preview_value = {"caption": "Le lavoir du village", "credit": "Collectif du lavoir"}
        group = _("Media")
        label = _("Image")
        value_class = CreditedValue

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        require_credit_for_attribution(value, errors)
        if errors:
            raise StructBlockValidationError(errors)
        return value


class GalleryValue(blocks.StructValue):
    def figures(self):
        return [figure for figure in self.get("images", []) if figure.get("image")]


class GalleryBlock(TextSegmentsOnly, blocks.StructBlock):
    """Two to twelve images shown together, each with its own alt text, caption and credit."""

    title = blocks.CharBlock(
        required=False, max_length=120, label=_("Title"), help_text=_("Optional.")
    )
    images = blocks.ListBlock(FigureBlock(), min_num=2, max_num=12, label=_("Images"))

    class Meta:
        icon = "image"
        template = "narratives/blocks/gallery_block.html"
        description = _("Two to twelve images, each with alt text, a caption and a credit.")
        preview_value = {"title": "Le quartier en images"}
        group = _("Media")
        label = _("Gallery")
        value_class = GalleryValue


class AudioRecordingChooserBlock(SnippetChooserBlock):
    """Chooses an uploaded audio recording (narratives.AudioRecording)."""

    def __init__(self, **kwargs):
        super().__init__("narratives.AudioRecording", **kwargs)


class AudioValue(CreditedValue):
    def file_url(self):
        recording = self.get("recording")
        return recording.file.url if recording else ""

    def mime_type(self):
        recording = self.get("recording")
        return recording.mime_type if recording else ""


class AudioBlock(TextSegmentsOnly, blocks.StructBlock):
    """A sound (oral heritage, music, a recorded walk) with its mandatory transcript."""

    recording = AudioRecordingChooserBlock(label=_("Recording"))
    title = blocks.CharBlock(max_length=150, label=_("Title"))
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        help_text=_(
            "Required: everything that is said or sung, and the sounds that matter, for "
            "people who cannot hear the recording."
        ),
    )
    speaker = blocks.CharBlock(required=False, max_length=120, label=_("Speaker or performer"))
    place = blocks.CharBlock(required=False, max_length=120, label=_("Place of recording"))
    recorded_on = blocks.DateBlock(required=False, label=_("Date of recording"))
    credit = blocks.CharBlock(required=False, max_length=120, label=_("Credit"))
    licence = LicenceChoiceBlock()

    class Meta:
        icon = "media"
        template = "narratives/blocks/audio_block.html"
        description = _("A sound recording with its transcript, credit and licence.")
        preview_value = {
            "title": "Le chant des sonnailles",
            "transcript": "Les cloches des brebis, puis la voix du berger qui les appelle.",
            "speaker": "Baptiste",
        }
        group = _("Media")
        label = _("Audio")
        value_class = AudioValue

    def reading_text(self, value):
        """The title is read; the transcript is an alternative to listening."""
        return [value.get("title") or ""]

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if not has_words(value["transcript"]):
            errors["transcript"] = ValidationError(
                _("A recording needs a transcript of what can be heard.")
            )
        recorded_on = value.get("recorded_on")
        if recorded_on and recorded_on > timezone.localdate():
            errors["recorded_on"] = ValidationError(_("This date is in the future."))
        require_credit_for_attribution(value, errors)
        if errors:
            raise StructBlockValidationError(errors)
        return value


class VideoBlock(TextSegmentsOnly, blocks.StructBlock):
    """A video from a platform Wagtail embeds, with a transcript or a link to its captions."""

    video = EmbedBlock(
        label=_("Video address"), help_text=_("The address of the video on its platform.")
    )
    title = blocks.CharBlock(max_length=150, label=_("Title"))
    transcript = blocks.TextBlock(required=False, label=_("Transcript"))
    transcript_url = blocks.URLBlock(
        required=False,
        label=_("Link to a transcript or captions"),
        help_text=_("Give this or a transcript, so the video can be followed without sound."),
    )
    credit = blocks.CharBlock(required=False, max_length=120, label=_("Credit"))

    class Meta:
        icon = "media"
        template = "narratives/blocks/video_block.html"
        description = _("An embedded video with its transcript or captions.")
        preview_value = {"title": "La fête du port", "transcript": "Musique, puis des rires."}
        group = _("Media")
        label = _("Video")

    def reading_text(self, value):
        return [value.get("title") or ""]

    def clean(self, value):
        value = super().clean(value)
        if not has_words(value.get("transcript")) and not value.get("transcript_url"):
            raise StructBlockValidationError(
                non_block_errors=[ValidationError(_("Give a transcript or a link to one."))]
            )
        return value
