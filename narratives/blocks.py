"""The one block vocabulary of Passage. Child names are stored in JSON and exposed in APIs:
choose them once."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


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


class HeadingBlock(blocks.StructBlock):
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


class CreditedValue(blocks.StructValue):
    """A value with a `licence` child, which templates show by its human name."""

    def licence_label(self):
        return dict(LicenceChoiceBlock.choices).get(self.get("licence"), "")


class FigureBlock(blocks.StructBlock):
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


class QuoteBlock(blocks.StructBlock):
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


class BodyStreamBlock(blocks.StreamBlock):
    """The body of every page: the blocks a community tells its destination with."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = FigureBlock()
    quote = QuoteBlock()
