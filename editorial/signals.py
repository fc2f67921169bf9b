"""Receivers: rights on each new translated home, and machine-translation provenance."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail_localize.models import StringTranslation, Translation

from editorial.models import TranslationProvenance
from editorial.roles import grant_translated_home
from home.models import HomePage


@receiver(post_save, sender=HomePage)
def give_new_home_to_its_translators(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_translated_home(instance)


@receiver(post_save, sender=StringTranslation)
def record_machine_translation(sender, instance, raw=False, **kwargs):
    """A machine filled a segment: the translation awaits a person's review again."""
    if raw or instance.translation_type != StringTranslation.TRANSLATION_TYPE_MACHINE:
        return
    translations = Translation.objects.filter(
        source__object_id=instance.context.object_id, target_locale_id=instance.locale_id
    )
    for translation in translations:
        TranslationProvenance.objects.update_or_create(
            translation=translation,
            defaults={"machine_filled_at": timezone.now(), "tool_name": instance.tool_name},
        )
