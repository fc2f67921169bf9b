"""Blocks of words: headings, paragraphs, quotes, practical facts and questions."""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from narratives.blocks.base import TextSegmentsOnly, restore_rich_text, rich_text_segments

__all__ = [
    "PARAGRAPH_FEATURES",
    "FactBlock",
    "FaqBlock",
    "HeadingBlock",
    "ParagraphBlock",
    "PracticalInfoBlock",
    "QuestionBlock",
    "QuoteBlock",
]

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]
ANSWER_FEATURES = ["bold", "italic", "link", "ul"]


def has_words(text):
    return any(character.isalnum() for character in text or "")


class HeadingBlock(TextSegmentsOnly, blocks.StructBlock):
    """A section heading; pages own the h1, so levels start at 2."""

    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "narratives/blocks/heading_block.html"
        description = _("A heading that opens a section of the text.")
        preview_value = {"text": "Les ruelles du port", "level": "h2"}
        group = _("Text")
        label = _("Heading")

    def clean(self, value):
        value = super().clean(value)
        if not has_words(value["text"]):
            raise StructBlockValidationError(
                {"text": ValidationError(_("A heading needs words, not only punctuation."))}
            )
        return value


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with a restrained set of features."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "narratives/blocks/paragraph_block.html"
        description = _("Text with bold, italic, links and lists.")
        preview_value = "<p>Au petit matin, le marché s’installe sous les platanes.</p>"
        group = _("Text")
        label = _("Paragraph")

    def clean(self, value):
        value = super().clean(value)
        if not has_words(strip_tags(value.source)):
            raise ValidationError(_("Write some text, or remove the empty paragraph."))
        return value

    # wagtail-localize: the words are translated; links stay those of the source.
    def get_translatable_segments(self, value):
        return rich_text_segments(value)

    def restore_translated_segments(self, value, segments):
        return restore_rich_text(segments)


class QuoteBlock(TextSegmentsOnly, blocks.StructBlock):
    """The words of an inhabitant, with who says them."""

    quote = blocks.TextBlock(label=_("Words"))
    attribution = blocks.CharBlock(required=False, max_length=120, label=_("Who says it"))
    role = blocks.CharBlock(required=False, max_length=120, label=_("Their role in the community"))

    class Meta:
        icon = "openquote"
        template = "narratives/blocks/quote_block.html"
        description = _("A quotation or a testimony.")
        preview_value = {
            "quote": "Ici, on ne visite pas : on est reçu.",
            "attribution": "Mireille",
            "role": "hôtesse",
        }
        group = _("Text")
        label = _("Quote")

    def clean(self, value):
        value = super().clean(value)
        if value["role"] and not value["attribution"]:
            raise StructBlockValidationError(
                {"attribution": ValidationError(_("Say who speaks before giving their role."))}
            )
        return value


def reject_duplicates(items, child_name, message, list_name="items"):
    """A StructBlockValidationError on the list `list_name` when two items share `child_name`."""
    seen = set()
    for item in items:
        key = (item.get(child_name) or "").strip().casefold()
        if key in seen:
            raise StructBlockValidationError({list_name: ValidationError(message)})
        seen.add(key)


class FactBlock(blocks.StructBlock):
    """One practical fact: what it is about, and what to know."""

    label = blocks.CharBlock(max_length=80, label=_("Topic"), help_text=_("For example: Access."))
    text = blocks.CharBlock(
        max_length=300, label=_("What to know"), help_text=_("For example: 20 min on foot.")
    )

    class Meta:
        icon = "info-circle"
        label = _("Fact")


class PracticalInfoBlock(TextSegmentsOnly, blocks.StructBlock):
    """A titled list of practical facts (access, season, what to bring)."""

    title = blocks.CharBlock(max_length=120, label=_("Title"), default=_("Good to know"))
    items = blocks.ListBlock(FactBlock(), min_num=1, max_num=20, label=_("Facts"))

    class Meta:
        icon = "info-circle"
        template = "narratives/blocks/practical_info_block.html"
        description = _("A short list of facts: access, season, what to bring.")
        preview_value = {
            "title": "Bon à savoir",
            "items": [
                {"label": "Accès", "text": "Bus 49, arrêt Les Terrasses"},
                {"label": "Saison", "text": "D’avril à octobre"},
            ],
        }
        group = _("Practical")
        label = _("Practical information")

    def clean(self, value):
        value = super().clean(value)
        reject_duplicates(value["items"], "label", _("Two facts have the same topic."))
        return value


class QuestionBlock(blocks.StructBlock):
    """One question a traveller asks, and its answer."""

    question = blocks.CharBlock(max_length=200, label=_("Question"))
    answer = blocks.RichTextBlock(features=ANSWER_FEATURES, label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Question")


class FaqBlock(TextSegmentsOnly, blocks.StructBlock):
    """Questions and answers, each answer folded in a <details> element."""

    title = blocks.CharBlock(
        required=False, max_length=120, label=_("Title"), help_text=_("Optional.")
    )
    items = blocks.ListBlock(QuestionBlock(), min_num=1, max_num=30, label=_("Questions"))

    class Meta:
        icon = "help"
        template = "narratives/blocks/faq_block.html"
        description = _("Questions and answers that visitors can unfold.")
        preview_value = {
            "title": "Questions fréquentes",
            "items": [
                {
                    "question": "Peut-on venir avec un chien ?",
                    "answer": "<p>Oui, tenu en laisse.</p>",
                }
            ],
        }
        group = _("Practical")
        label = _("Questions and answers")

    def clean(self, value):
        value = super().clean(value)
        reject_duplicates(value["items"], "question", _("The same question is asked twice."))
        return value


# Migrations of home, communities and offers name ParagraphBlock by its path before blocks/
# became a package; Wagtail reads this to keep that path.
DECONSTRUCT_ALIASES = {ParagraphBlock: "narratives.blocks.ParagraphBlock"}
