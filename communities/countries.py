"""The countries communities come from, named in the reader's language by Babel's CLDR data."""

from babel import Locale
from django.utils.translation import get_language, to_locale

# Europe and the Mediterranean rim, where the network's communities live (ISO 3166-1).
COUNTRY_CODES = (
    "AL", "AT", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "DZ", "EE", "EG", "ES", "FI",
    "FR", "GB", "GR", "HR", "HU", "IE", "IL", "IS", "IT", "LB", "LT", "LU", "LV", "LY", "MA",
    "ME", "MK", "MT", "NL", "NO", "PL", "PS", "PT", "RO", "RS", "SE", "SI", "SK", "SY", "TN",
    "TR", "UA",
)  # fmt: skip


def country_name(code, language=None):
    """'RS' as the active language says it: 'Serbie', 'Serbia', 'Србија'."""
    locale = Locale.parse(to_locale(language or get_language() or "fr"))
    return locale.territories.get(code, code)


def country_choices():
    """Choices sorted by name in the active language; a callable, so it is read per request."""
    return sorted(((code, country_name(code)) for code in COUNTRY_CODES), key=lambda c: c[1])
