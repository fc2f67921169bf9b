"""Stories that use every block, audio recordings and themes, built through the real models."""

import io
import json
import math
import struct
import uuid
import wave

from django.core.files.base import ContentFile
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from narratives.models import AudioRecording, StoryPageOffer, StoryPageTheme, Theme
from tests import factories

VIDEO_URL = "https://video.example/watch/fete-du-port"


def wav_bytes(seconds=0.2, frequency=440, rate=8000):
    """A short sine tone as WAV, made with the standard library."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as tone:
        tone.setnchannels(1)
        tone.setsampwidth(2)
        tone.setframerate(rate)
        frames = (
            struct.pack("<h", int(12000 * math.sin(2 * math.pi * frequency * n / rate)))
            for n in range(int(seconds * rate))
        )
        tone.writeframes(b"".join(frames))
    return buffer.getvalue()


def make_recording(title="Les sonnailles", name="sonnailles.wav", data=None):
    recording = AudioRecording(title=title)
    recording.file.save(name, ContentFile(wav_bytes() if data is None else data), save=False)
    recording.save()
    return recording


def make_theme(name="Patrimoine oral", slug="patrimoine-oral"):
    return Theme.objects.create(name=name, slug=slug)


def make_video_embed(url=VIDEO_URL):
    """The embed as Wagtail caches it, so rendering needs no network."""
    return Embed.objects.update_or_create(
        hash=get_embed_hash(url),
        defaults={
            "url": url,
            "type": "video",
            "html": '<iframe title="La fête du port" src="about:blank"></iframe>',
            "title": "La fête du port",
        },
    )[0]


def item(value):
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def figure(image, alt, caption, credit, licence="cc-by"):
    return {
        "image": {"image": image.pk, "alt_text": alt, "decorative": False},
        "caption": caption,
        "credit": credit,
        "licence": licence,
    }


def every_block(images, recording, offer, page):
    """A raw stream with one block of each type, every text in French and unique."""
    first, second, third = images
    return [
        block("heading", {"text": "Le quai des bateliers", "level": "h2"}),
        block(
            "paragraph",
            '<p>Le quai <b>s’éveille</b> avec les <a href="https://fleuve.example">barges</a>.</p>',
        ),
        block("image", figure(first, "Le quai au matin", "Le quai en 1950", "Archives du port")),
        block(
            "gallery",
            {
                "title": "Le quai en images",
                "images": [
                    item(figure(second, "Une barge chargée", "La barge", "Milan P.")),
                    item(
                        figure(third, "Les bollards rouillés", "Les bollards", "Vesna K.", "cc0")
                    ),
                ],
            },
        ),
        block(
            "quote",
            {"quote": "Le fleuve ne dort jamais.", "attribution": "Dragan", "role": "batelier"},
        ),
        block(
            "audio",
            {
                "recording": recording.pk,
                "title": "La chanson des haleurs",
                "transcript": "Tire, tire la corde, le fleuve est long.",
                "speaker": "Le chœur du quai",
                "place": "Le ponton de Novi Brod",
                "recorded_on": "2024-05-01",
                "credit": "Radio du quai",
                "licence": "cc-by-sa",
            },
        ),
        block(
            "video",
            {
                "video": VIDEO_URL,
                "title": "La fête du port",
                "transcript": "Musique, puis des rires sur le quai.",
                "transcript_url": "",
                "credit": "Collectif vidéo",
            },
        ),
        block(
            "itinerary",
            {
                "title": "La promenade des quais",
                "stops": [
                    item(
                        {
                            "name": "La capitainerie",
                            "text": "Le départ.",
                            "latitude": 44.6712,
                            "longitude": 21.0448,
                            "offer": offer.pk,
                        }
                    ),
                    item(
                        {
                            "name": "Le ponton",
                            "text": "La musique du jeudi.",
                            "latitude": 44.6730,
                            "longitude": 21.0501,
                            "offer": None,
                        }
                    ),
                ],
                "distance_km": "2.5",
                "duration_minutes": 75,
            },
        ),
        block(
            "places_map",
            {
                "title": "Les lieux du quai",
                "places": [
                    item(
                        {
                            "name": "Le vieux phare",
                            "text": "Éteint depuis 1980.",
                            "latitude": 44.6750,
                            "longitude": 21.0600,
                        }
                    )
                ],
            },
        ),
        block("offer_teaser", {"title": "À vivre sur le quai", "offers": [item(offer.pk)]}),
        block(
            "practical_info",
            {
                "title": "Bon à savoir",
                "items": [item({"label": "Accès", "text": "Tram 2, arrêt Quai"})],
            },
        ),
        block(
            "faq",
            {
                "title": "Questions du quai",
                "items": [
                    item(
                        {
                            "question": "Peut-on se baigner ?",
                            "answer": "<p>Non, le courant est fort.</p>",
                        }
                    )
                ],
            },
        ),
        block("call_to_action", {"label": "Écrire au quai", "page": page.pk, "url": ""}),
    ]


# Every human-language string of every_block(): what a translator must see, and nothing else.
EVERY_BLOCK_STRINGS = {
    "Le quai des bateliers",
    "Le quai <b>s’éveille</b> avec les <a id=\"a1\">barges</a>.",
    "Le quai au matin", "Le quai en 1950", "Archives du port",
    "Le quai en images",
    "Une barge chargée", "La barge", "Milan P.",
    "Les bollards rouillés", "Les bollards", "Vesna K.",
    "Le fleuve ne dort jamais.", "Dragan", "batelier",
    "La chanson des haleurs", "Tire, tire la corde, le fleuve est long.", "Le chœur du quai",
    "Le ponton de Novi Brod", "Radio du quai",
    "La fête du port", "Musique, puis des rires sur le quai.", "Collectif vidéo",
    "La promenade des quais", "La capitainerie", "Le départ.", "Le ponton",
    "La musique du jeudi.",
    "Les lieux du quai", "Le vieux phare", "Éteint depuis 1980.",
    "À vivre sur le quai",
    "Bon à savoir", "Accès", "Tram 2, arrêt Quai",
    "Questions du quai", "Peut-on se baigner ?", "Non, le courant est fort.",
    "Écrire au quai",
}  # fmt: skip


def make_full_story(community, offer, title="L’histoire du quai", **fields):
    """A live story using every block, with a theme and a related offer."""
    make_video_embed()
    images = [factories.make_image(f"quai {n}") for n in range(3)]
    recording = make_recording()
    story = factories.make_story(
        community,
        title=title,
        told_by="Dragan Ilić, batelier",
        hero_image=images[0],
        body=json.dumps(every_block(images, recording, offer, community)),
        **fields,
    )
    StoryPageTheme.objects.create(page=story, theme=make_theme())
    StoryPageOffer.objects.create(page=story, offer=offer)
    story.save_revision().publish()
    story.refresh_from_db()
    return story
