"""Which PostgreSQL text-search configuration parses each content language."""

# PostgreSQL 15 ships a Snowball stemmer for each of these; migration 0001 copies each into a
# `passage_<name>` configuration that strips accents first.
STEMMERS = {
    "fr": "french",
    "en": "english",
    "it": "italian",
    "es": "spanish",
    "pt": "portuguese",
    "nl": "dutch",
    "de": "german",
    "lt": "lithuanian",
    "ro": "romanian",
    "sr": "serbian",
    "ar": "arabic",
}
SIMPLE_CONFIG = "passage_simple"  # no stemming: autocomplete prefixes and unknown languages


def config_for(language_code):
    """`"fr"` → `"passage_french"`; a language without a stemmer is only unaccented."""
    stemmer = STEMMERS.get((language_code or "").split("-")[0])
    return f"passage_{stemmer}" if stemmer else SIMPLE_CONFIG
