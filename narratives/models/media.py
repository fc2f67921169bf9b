"""AudioRecording: an uploaded sound file. Titles, transcripts and credits live in the block
that uses it, where they are translated; the file itself is the same in every language."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import CollectionMember
from wagtail.search import index

from narratives.audio import mime_type_for, validate_audio_file

__all__ = ["AudioRecording"]


class AudioRecording(CollectionMember, index.Indexed, models.Model):
    """A sound file (oral heritage, music, a recorded walk) that stories choose from."""

    title = models.CharField(
        _("name"),
        max_length=255,
        help_text=_("How editors find the recording; visitors see the title given in the story."),
    )
    file = models.FileField(
        _("file"),
        upload_to="audio",
        validators=[validate_audio_file],
        help_text=_("An mp3, ogg, m4a, wav or flac sound."),
    )
    file_size = models.PositiveBigIntegerField(_("size in bytes"), editable=False, default=0)
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    uploaded_by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.FilterField("collection"),
    ]

    class Meta:
        verbose_name = _("audio recording")
        verbose_name_plural = _("audio recordings")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file:
            self.file_size = self.file.size
        super().save(*args, **kwargs)

    @property
    def mime_type(self):
        return mime_type_for(self.file.name)
