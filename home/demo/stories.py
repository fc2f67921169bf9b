# ruff: noqa: E501
"""Gives each community's demo story a sound with its transcript, a gallery and a walk, and
translates them through wagtail-localize's own models, as a translator would.

The sound is a two-second tone (the A of a tuning fork) written with the standard library's
`wave` module: nothing is downloaded. The transcript says exactly what can be heard.
"""

import datetime
import io
import math
import struct
import wave

from django.core.files.base import ContentFile
from wagtail.models import Collection, Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from narratives.models import AudioRecording, StoryPageOffer
from offers.models import OfferPage

SOURCE_LANGUAGE = "fr"

# Texts shared by every community's story; {locality} is the community's place, in each language.
TEXTS = {
    "audio_title": {
        "fr": "Le « la » du diapason, à {locality}",
        "en": "The tuning fork’s A, in {locality}",
        "it": "Il «la» del diapason, a {locality}",
        "ar": "نغمة «لا» من الشوكة الرنانة، في {locality}",
        "sr": "Тон „а” звучне виљушке — {locality}",
    },
    "transcript": {
        "fr": "[Une note tenue pendant deux secondes : le « la » que donne le diapason avant que le chœur ne chante. Puis le silence.]",
        "en": "[A note held for two seconds: the A the tuning fork gives before the choir sings. Then silence.]",
        "it": "[Una nota tenuta per due secondi: il «la» che il diapason dà prima che il coro canti. Poi il silenzio.]",
        "ar": "[نغمة ممتدة لثانيتين: نغمة «لا» التي تعطيها الشوكة الرنانة قبل أن تغني الجوقة. ثم الصمت.]",
        "sr": "[Тон који траје две секунде: „а” које даје звучна виљушка пре него што хор запева. Затим тишина.]",
    },
    "speaker": {
        "fr": "Le chœur des habitants",
        "en": "The residents’ choir",
        "it": "Il coro degli abitanti",
        "ar": "جوقة السكان",
        "sr": "Хор становника",
    },
    "sound_credit": {
        "fr": "Passage (son de démonstration)",
        "en": "Passage (demo sound)",
        "it": "Passage (suono dimostrativo)",
        "ar": "باساج (صوت تجريبي)",
        "sr": "Пасаж (демонстрациони звук)",
    },
    "gallery_title": {
        "fr": "{locality} en images",
        "en": "{locality} in pictures",
        "it": "{locality} per immagini",
        "ar": "{locality} بالصور",
        "sr": "{locality} у сликама",
    },
    "hero_alt": {
        "fr": "Dessin du paysage de {locality}",
        "en": "Drawing of the landscape of {locality}",
        "it": "Disegno del paesaggio di {locality}",
        "ar": "رسم لمنظر {locality}",
        "sr": "Цртеж предела — {locality}",
    },
    "hero_caption": {
        "fr": "Vue d’ensemble",
        "en": "Overview",
        "it": "Veduta d’insieme",
        "ar": "نظرة عامة",
        "sr": "Поглед у целини",
    },
    "people_alt": {
        "fr": "Dessin de cinq habitants côte à côte",
        "en": "Drawing of five residents side by side",
        "it": "Disegno di cinque abitanti fianco a fianco",
        "ar": "رسم لخمسة من السكان جنبًا إلى جنب",
        "sr": "Цртеж петоро становника једно поред другог",
    },
    "people_caption": {
        "fr": "Celles et ceux qui accueillent",
        "en": "Those who welcome you",
        "it": "Chi vi accoglie",
        "ar": "من يستقبلونكم",
        "sr": "Они који вас дочекују",
    },
    "walk_title": {
        "fr": "La promenade des habitants",
        "en": "The residents’ walk",
        "it": "La passeggiata degli abitanti",
        "ar": "نزهة السكان",
        "sr": "Шетња становника",
    },
}
STOPS = [
    (
        {
            "fr": "Le point de rendez-vous",
            "en": "The meeting point",
            "it": "Il punto d’incontro",
            "ar": "نقطة اللقاء",
            "sr": "Место састанка",
        },
        {
            "fr": "On se retrouve ici, devant la maison commune.",
            "en": "We meet here, in front of the common house.",
            "it": "Ci si ritrova qui, davanti alla casa comune.",
            "ar": "نلتقي هنا، أمام البيت المشترك.",
            "sr": "Налазимо се овде, испред заједничке куће.",
        },
        (0.0, 0.0),
    ),
    (
        {
            "fr": "Le belvédère",
            "en": "The viewpoint",
            "it": "Il belvedere",
            "ar": "المطلّ",
            "sr": "Видиковац",
        },
        {
            "fr": "La vue s’ouvre sur tout le pays.",
            "en": "The view opens onto the whole country.",
            "it": "La vista si apre su tutto il paese.",
            "ar": "ينفتح المنظر على البلاد كلها.",
            "sr": "Поглед се отвара на цео крај.",
        },
        (0.004, 0.006),
    ),
    (
        {
            "fr": "Le retour par le vieux chemin",
            "en": "Back by the old path",
            "it": "Il ritorno per il vecchio sentiero",
            "ar": "العودة عبر الدرب القديم",
            "sr": "Повратак старом стазом",
        },
        {
            "fr": "Une halte à l’ombre avant de rentrer.",
            "en": "A rest in the shade before heading back.",
            "it": "Una sosta all’ombra prima di rientrare.",
            "ar": "استراحة في الظل قبل العودة.",
            "sr": "Предах у хладу пре повратка.",
        },
        (-0.002, 0.009),
    ),
]
IMAGE_CREDIT = "Collectif Passage"  # a name, the same in every language


def tone_wav(seconds=2.0, frequency=440.0, rate=8000):
    """A sine tone with a short fade in and out, as WAV bytes."""
    fade = rate // 20
    total = int(seconds * rate)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as tone:
        tone.setnchannels(1)
        tone.setsampwidth(2)
        tone.setframerate(rate)
        samples = []
        for n in range(total):
            envelope = min(1.0, n / fade, (total - n) / fade)
            samples.append(int(10000 * envelope * math.sin(2 * math.pi * frequency * n / rate)))
        tone.writeframes(struct.pack(f"<{total}h", *samples))
    return buffer.getvalue()


def in_language(text, language):
    """A text of this module in one language; a plain str is the same in all."""
    return text if isinstance(text, str) else text[language]


def localized(template, locality):
    """A text of TEXTS for one community: each language's template with its locality."""
    return {
        language: text.format(locality=in_language(locality, language))
        for language, text in template.items()
        if isinstance(locality, str) or language in locality
    }


def story_texts(community_content):
    locality = community_content["locality"]
    texts = {key: localized(template, locality) for key, template in TEXTS.items()}
    texts["place"] = locality
    return texts


def recording_for(community_content, collection):
    title = f"{community_content['key']}-tone"
    recording = AudioRecording.objects.filter(title=title).first()
    if recording is None:
        recording = AudioRecording(title=title, collection=collection)
        recording.file.save(f"{title}.wav", ContentFile(tone_wav()), save=False)
        recording.save()
    return recording


def new_blocks(texts, images, recording, community_content, offer):
    fr = SOURCE_LANGUAGE
    latitude, longitude = community_content["latitude"], community_content["longitude"]

    def figure(variant, alt, caption):
        return {
            "image": {
                "image": images[variant],
                "alt_text": in_language(texts[alt], fr),
                "decorative": False,
            },
            "caption": in_language(texts[caption], fr),
            "credit": IMAGE_CREDIT,
            "licence": "cc-by-sa",
        }

    stops = [
        {
            "name": in_language(name, fr),
            "text": in_language(text, fr),
            "latitude": round(latitude + offset[0], 6),
            "longitude": round(longitude + offset[1], 6),
            "offer": offer if index == 0 else None,
        }
        for index, (name, text, offset) in enumerate(STOPS)
    ]
    return [
        (
            "audio",
            {
                "recording": recording,
                "title": in_language(texts["audio_title"], fr),
                "transcript": in_language(texts["transcript"], fr),
                "speaker": in_language(texts["speaker"], fr),
                "place": in_language(texts["place"], fr),
                "recorded_on": datetime.date(2025, 6, 21),
                "credit": in_language(texts["sound_credit"], fr),
                "licence": "cc-by",
            },
        ),
        (
            "gallery",
            {
                "title": in_language(texts["gallery_title"], fr),
                "images": [
                    figure("hero", "hero_alt", "hero_caption"),
                    figure("people", "people_alt", "people_caption"),
                ],
            },
        ),
        (
            "itinerary",
            {
                "title": in_language(texts["walk_title"], fr),
                "stops": stops,
                "distance_km": 2.5,
                "duration_minutes": 90,
            },
        ),
    ]


def stop_texts():
    return [text for _name, text, _offset in STOPS] + [name for name, _text, _offset in STOPS]


def enrich_story(loader, story, community_content, story_content, languages):
    """Add the sound, gallery and walk to a community's story once, and return the story's
    content with their texts, so that the loader translates them with the rest.

    A story translated before these blocks existed gets its translations updated here.
    """
    every_text = [*story_texts(community_content).values(), *stop_texts(), IMAGE_CREDIT]
    enriched_content = {**story_content, "media_and_walk": every_text}
    if any(child.block_type == "audio" for child in story.body):
        return enriched_content
    community = story.get_parent().specific
    collection = Collection.objects.filter(name=community.title).first()
    recording = recording_for(community_content, collection or Collection.get_first_root_node())
    offer = OfferPage.objects.child_of(community).order_by("path").first()
    texts = story_texts(community_content)
    for block in new_blocks(texts, loader.images, recording, community_content, offer):
        story.body.append(block)
    if offer is not None:
        story.related_offers.add(StoryPageOffer(offer=offer))
    story.save_revision().publish()
    story.refresh_from_db()  # the stored block ids, which segments are named by
    if story.get_translations().exists():
        translations = {in_language(text, SOURCE_LANGUAGE): text for text in every_text}
        retranslate(story, translations, languages)
    return enriched_content


def retranslate(story, translations, languages):
    """Give the story's translations the new segments' texts, and publish them. Segments
    translated before keep their translation."""
    source, _created = TranslationSource.update_or_create_from_instance(story)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for language in languages:
        locale = Locale.objects.get(language_code=language)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        for segment in segments:
            lookup = {
                "translation_of": segment.string,
                "locale": locale,
                "context": segment.context,
            }
            if not StringTranslation.objects.filter(**lookup).exists():
                StringTranslation.objects.create(
                    **lookup,
                    data=in_language(translations[segment.string.data], language),
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                )
        # As the loader does: publish now, not on commit from a stale copy of the page.
        translation.save_target(publish=False)
        story.get_translation(locale).get_latest_revision().publish()
