"""Checks an uploaded sound: its extension, what its first bytes say it is, and its size."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

# extension -> the formats whose signature such a file may carry, and the MIME type served.
AUDIO_FORMATS = {
    "mp3": ("mp3", "audio/mpeg"),
    "ogg": ("ogg", "audio/ogg"),
    "oga": ("ogg", "audio/ogg"),
    "m4a": ("mp4", "audio/mp4"),
    "wav": ("wav", "audio/wav"),
    "flac": ("flac", "audio/flac"),
}
AUDIO_EXTENSIONS = sorted(AUDIO_FORMATS)
# Brands of MP4 containers that hold sound only (ISO/IEC 14496-12 "ftyp" box).
MP4_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"mp42", b"isom", b"iso2", b"mp41", b"dash"}
# The content types a browser may declare for these files; anything else is refused.
DECLARED_TYPES = {
    "audio/mpeg", "audio/mp3", "audio/ogg", "audio/vorbis", "audio/opus", "audio/mp4",
    "audio/x-m4a", "audio/m4a", "audio/aac", "audio/wav", "audio/x-wav", "audio/wave",
    "audio/vnd.wave", "audio/flac", "audio/x-flac", "application/ogg",
    "application/octet-stream",
}  # fmt: skip


def sniff_format(header):
    """The format the first bytes of a file announce: mp3, ogg, mp4, wav, flac, or None."""
    if header.startswith(b"ID3") or (len(header) > 1 and header[0] == 0xFF and header[1] >= 0xE0):
        return "mp3"
    if header.startswith(b"OggS"):
        return "ogg"
    if header.startswith(b"fLaC"):
        return "flac"
    if header[:4] == b"RIFF" and header[8:12] == b"WAVE":
        return "wav"
    if header[4:8] == b"ftyp" and header[8:12] in MP4_AUDIO_BRANDS:
        return "mp4"
    return None


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def max_upload_size():
    return settings.PASSAGE_AUDIO_MAX_UPLOAD_SIZE


def read_header(file):
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    header = file.read(16)
    file.seek(position)
    return header


def validate_audio_file(file):
    """Refuse anything but an mp3, ogg, m4a, wav or flac sound under the size limit."""
    extension = extension_of(file.name)
    if extension not in AUDIO_FORMATS:
        raise ValidationError(
            _("Upload an mp3, ogg, m4a, wav or flac sound; “.%(extension)s” files are refused."),
            code="invalid_extension",
            params={"extension": extension},
        )
    declared = getattr(getattr(file, "file", file), "content_type", None)
    if declared and declared.split(";")[0].strip().lower() not in DECLARED_TYPES:
        raise ValidationError(
            _("This file says it is “%(type)s”, not a sound."),
            code="invalid_content_type",
            params={"type": declared},
        )
    if sniff_format(read_header(file)) != AUDIO_FORMATS[extension][0]:
        raise ValidationError(
            _("This file is not a .%(extension)s sound, whatever its name says."),
            code="invalid_content",
            params={"extension": extension},
        )
    if file.size > max_upload_size():
        raise ValidationError(
            _("This sound weighs %(size)s; the limit is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(file.size), "limit": filesizeformat(max_upload_size())},
        )


def mime_type_for(name):
    return AUDIO_FORMATS.get(extension_of(name), (None, "application/octet-stream"))[1]
