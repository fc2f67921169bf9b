"""Every kind of price, in French, English and Arabic number formats. The phrases are the
English msgids until the lead writes the .po files; the numbers are already localised."""

from decimal import Decimal

import pytest
from django.utils import translation

from offers.pricing import describe_price
from tests.factories import translate

NBSP, RLM = "\xa0", "\u200f"
CASES = {
    ("free", None, None): {"fr": "Free", "en": "Free", "ar": "Free"},
    ("fixed", "15", None): {"fr": f"15{NBSP}€", "en": "€15", "ar": f"{RLM}15{NBSP}€"},
    ("fixed", "12.5", None): {"fr": f"12,50{NBSP}€", "en": "€12.50", "ar": f"{RLM}12.50{NBSP}€"},
    ("range", "10", "25"): {
        "fr": f"10{NBSP}€ to 25{NBSP}€",
        "en": "€10 to €25",
        "ar": f"{RLM}10{NBSP}€ to {RLM}25{NBSP}€",
    },
    ("pay_what_you_can", "8", None): {
        "fr": f"Pay what you can (suggested: 8{NBSP}€)",
        "en": "Pay what you can (suggested: €8)",
        "ar": f"Pay what you can (suggested: {RLM}8{NBSP}€)",
    },
    ("pay_what_you_can", None, None): {
        "fr": "Pay what you can",
        "en": "Pay what you can",
        "ar": "Pay what you can",
    },
}


def _decimal(value):
    return None if value is None else Decimal(value)


@pytest.mark.parametrize("price", CASES)
@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_each_price_kind_in_the_visitors_format(price, language):
    kind, amount, maximum = price
    with translation.override(language):
        text = describe_price(kind, _decimal(amount), _decimal(maximum), "EUR")
    assert text == CASES[price][language]


@pytest.mark.django_db
def test_the_offer_page_shows_its_price_in_the_visitors_format(client, offer):
    translate(offer.get_parent(), "en")
    english = translate(offer, "en")
    assert f"15{NBSP}€" in client.get(offer.url).text
    assert "€15" in client.get(english.url).text
