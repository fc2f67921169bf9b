"""Which translations a machine filled, and whether a person has reviewed them since."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

__all__ = ["TranslationProvenance"]


class ProvenanceQuerySet(models.QuerySet):
    def awaiting_review(self):
        return self.filter(Q(reviewed_at__isnull=True) | Q(reviewed_at__lt=F("machine_filled_at")))

    def for_page(self, page):
        return self.filter(
            translation__source__object_id=page.translation_key,
            translation__target_locale_id=page.locale_id,
        )


class TranslationProvenance(models.Model):
    """Like DATAtourisme's hasTranslatedProperty: this translation was made by a machine."""

    translation = models.OneToOneField(
        "wagtail_localize.Translation",
        verbose_name=_("translation"),
        on_delete=models.CASCADE,
        related_name="provenance",
    )
    machine_filled_at = models.DateTimeField(_("machine-filled on"))
    tool_name = models.CharField(_("tool"), max_length=255, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed on"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ProvenanceQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation provenance")
        verbose_name_plural = _("translation provenances")

    def __str__(self):
        return str(self.translation)

    @property
    def awaiting_review(self):
        return self.reviewed_at is None or self.reviewed_at < self.machine_filled_at
