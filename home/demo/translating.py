"""Translating demo content through wagtail-localize's own models, as a translator would."""

from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def fill_translation(instance, locale, text_for):
    """Fill every segment of `instance` in `locale` with `text_for(segment)`, as a
    translator does in wagtail-localize's editor; the caller saves the target."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text_for(segment),
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    return translation
