"""How an offer's price is described and shown in the visitor's own number format."""

from decimal import Decimal

from babel import Locale
from babel.numbers import format_currency
from django.db import models
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _


class PriceKind(models.TextChoices):
    FREE = "free", _("Free")
    FIXED = "fixed", _("Fixed price")
    RANGE = "range", _("Price range")
    PAY_WHAT_YOU_CAN = "pay_what_you_can", _("Pay what you can")


def format_money(amount: Decimal, currency: str, language: str | None = None) -> str:
    """`12.5, "EUR"` as the visitor's language writes it: `12,50 €` in French, `€12.50` in
    English. Whole amounts drop their cents, which read as noise: `15 €`, `€15`."""
    locale = Locale.parse(to_locale(language or get_language() or "fr"))
    if amount != amount.to_integral_value():
        return format_currency(amount, currency, locale=locale)
    whole_pattern = locale.currency_formats["standard"].pattern.replace(".00", "")
    return format_currency(
        amount, currency, format=whole_pattern, locale=locale, currency_digits=False
    )


def describe_price(kind, amount, maximum, currency, language=None) -> str:
    """A price as one short phrase in the active language."""
    if kind == PriceKind.FREE or (kind == PriceKind.FIXED and not amount):
        return _gettext("Free")
    if kind == PriceKind.RANGE and maximum:
        return _gettext("%(low)s to %(high)s") % {
            "low": format_money(amount or Decimal(0), currency, language),
            "high": format_money(maximum, currency, language),
        }
    if kind == PriceKind.PAY_WHAT_YOU_CAN:
        if amount:
            return _gettext("Pay what you can (suggested: %(amount)s)") % {
                "amount": format_money(amount, currency, language)
            }
        return _gettext("Pay what you can")
    return format_money(amount, currency, language)
