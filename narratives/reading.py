"""Reading time, computed from the words a visitor reads on a story."""

import math

from django.utils.html import strip_tags

WORDS_PER_MINUTE = 200


def words_of_stream(stream_value):
    """The visible words of a stream; a block may say which of its texts are read
    (audio and video blocks count their title, not their transcript, which is listened to)."""
    for child in stream_value:
        reading_text = getattr(child.block, "reading_text", child.block.get_searchable_content)
        for text in reading_text(child.value):
            yield from strip_tags(str(text)).split()


def reading_minutes(*texts, stream=()):
    words = sum(len(text.split()) for text in texts if text)
    words += sum(1 for _word in words_of_stream(stream))
    return max(1, math.ceil(words / WORDS_PER_MINUTE))
