"""What every narrative block shares: licences, credited values and the translation rule."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.rich_text import RichText
from wagtail_localize.segments import StringSegmentValue, TemplateSegmentValue
from wagtail_localize.segments.extract import StreamFieldSegmentExtractor
from wagtail_localize.segments.ingest import StreamFieldSegmentsWriter, organise_template_segments
from wagtail_localize.strings import extract_strings, restore_strings

__all__ = [
    "CreditedValue",
    "LicenceChoiceBlock",
    "TextSegmentsOnly",
    "licence_label",
    "restore_rich_text",
    "rich_text_segments",
]


class LicenceChoiceBlock(blocks.ChoiceBlock):
    """The licence under which an image or a sound may be reused."""

    choices = [
        ("cc-by", "CC BY 4.0"),
        ("cc-by-sa", "CC BY-SA 4.0"),
        ("cc-by-nc", "CC BY-NC 4.0"),
        ("cc-by-nc-sa", "CC BY-NC-SA 4.0"),
        ("cc0", "CC0 1.0"),
        ("all-rights-reserved", _("All rights reserved")),
    ]

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", self.choices)
        kwargs.setdefault("default", "all-rights-reserved")
        kwargs.setdefault("label", _("Licence"))
        super().__init__(**kwargs)

    class Meta:
        icon = "doc-full"


def licence_label(code):
    return dict(LicenceChoiceBlock.choices).get(code, "")


class CreditedValue(blocks.StructValue):
    """A value with a `licence` child, which templates show by its human name."""

    def licence_label(self):
        return licence_label(self.get("licence"))


class TextSegmentsOnly:
    """wagtail-localize: a translator sees the texts of this block, and nothing else.

    By default wagtail-localize also offers every chooser (images, pages, snippets) and every
    rich-text link as an "overridable" value. Here those are synchronised from the source:
    files, pages, links and coordinates are the same in every language, and pages are localised
    when the story is shown. Dropping the image override also keeps an ImageBlock's
    "decorative" flag, which wagtail-localize 1.14 resets when it reloads an overridden image.
    The texts keep the paths wagtail-localize would give them, so translations already made
    stay valid.
    """

    def get_translatable_segments(self, value):
        raw = {"value": self.get_prep_value(value)}
        segments = StreamFieldSegmentExtractor(field=None).handle_struct_block(value, raw)
        return [
            segment
            for segment in segments
            if isinstance(segment, StringSegmentValue | TemplateSegmentValue)
            and not segment.is_empty()
        ]

    def restore_translated_segments(self, value, segments):
        # Strings need no locale; only translatable snippets would, and none live in blocks.
        writer = StreamFieldSegmentsWriter(field=None, src_locale=None, tgt_locale=None)
        return writer.handle_struct_block(value, segments)


def rich_text_segments(value):
    """The template and the strings of a rich text, without its links as overridables."""
    template, strings = extract_strings(value.source)
    return [TemplateSegmentValue("", "html", template, len(strings))] + [
        StringSegmentValue("", string, attrs=attrs) for string, attrs in strings
    ]


def restore_rich_text(segments):
    _format, template, strings = organise_template_segments(segments)
    return RichText(restore_strings(template, strings))
