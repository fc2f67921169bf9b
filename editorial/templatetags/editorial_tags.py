from django import template

from editorial.models import TranslationProvenance

register = template.Library()


@register.inclusion_tag("editorial/includes/notice.html")
def machine_translation_notice(page):
    """The public label of a machine translation that no person has reviewed yet."""
    show = bool(
        page
        and getattr(page, "translation_key", None)
        and TranslationProvenance.objects.for_page(page).awaiting_review().exists()
    )
    return {"show": show}
