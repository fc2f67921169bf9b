"""Editors upload sounds in the admin: only real audio files under the size limit are kept."""

import io

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from django.urls import reverse
from PIL import Image
from wagtail.models import Collection

from narratives.audio import sniff_format, validate_audio_file
from narratives.models import AudioRecording
from tests.narratives.factories import wav_bytes

ADD_URL = "wagtailsnippets_narratives_audiorecording:add"


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, format="PNG")
    return buffer.getvalue()


class AudioUploadTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = get_user_model().objects.create_superuser("ed", "ed@example.com", "pw")

    def setUp(self):
        self.client.force_login(self.editor)

    def upload(self, name, data, content_type="audio/wav"):
        return self.client.post(
            reverse(ADD_URL),
            {
                "title": "Sonnailles",
                "collection": Collection.get_first_root_node().pk,
                "file": SimpleUploadedFile(name, data, content_type=content_type),
            },
        )

    def test_a_wav_sound_is_stored_with_its_uploader(self):
        response = self.upload("sonnailles.wav", wav_bytes())
        self.assertEqual(response.status_code, 302)
        recording = AudioRecording.objects.get()
        self.assertEqual(recording.mime_type, "audio/wav")
        self.assertEqual(recording.file_size, len(wav_bytes()))
        self.assertEqual(recording.uploaded_by_user, self.editor)

    def test_an_image_renamed_mp3_is_refused(self):
        response = self.upload("chanson.mp3", png_bytes(), "audio/mpeg")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This file is not a .mp3 sound")
        self.assertFalse(AudioRecording.objects.exists())

    def test_a_file_that_says_it_is_not_audio_is_refused(self):
        response = self.upload("chanson.wav", wav_bytes(), "text/html")
        self.assertContains(response, "not a sound")
        self.assertFalse(AudioRecording.objects.exists())

    def test_other_extensions_are_refused(self):
        response = self.upload("chanson.exe", wav_bytes(), "application/octet-stream")
        self.assertContains(response, "Upload an mp3, ogg, m4a, wav or flac sound")
        self.assertFalse(AudioRecording.objects.exists())

    @override_settings(PASSAGE_AUDIO_MAX_UPLOAD_SIZE=1000)
    def test_a_sound_over_the_size_limit_is_refused(self):
        response = self.upload("long.wav", wav_bytes(seconds=1))
        self.assertContains(response, "the limit is")
        self.assertFalse(AudioRecording.objects.exists())

    def test_stories_choose_recordings_from_a_chooser(self):
        response = self.client.get(
            reverse("wagtailsnippetchoosers_narratives_audiorecording:choose")
        )
        self.assertEqual(response.status_code, 200)


class SniffingTests(TestCase):
    def test_each_format_is_recognised_by_its_first_bytes(self):
        samples = {
            "mp3": b"ID3\x04\x00" + bytes(11),
            "ogg": b"OggS" + bytes(12),
            "flac": b"fLaC" + bytes(12),
            "wav": wav_bytes()[:16],
            "mp4": b"\x00\x00\x00\x20ftypM4A " + bytes(4),
        }
        for expected, header in samples.items():
            with self.subTest(format=expected):
                self.assertEqual(sniff_format(header), expected)
        self.assertIsNone(sniff_format(png_bytes()[:16]))

    def test_an_ogg_named_flac_is_refused(self):
        with self.assertRaises(ValidationError):
            validate_audio_file(SimpleUploadedFile("x.flac", b"OggS" + bytes(40)))
