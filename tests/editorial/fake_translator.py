"""A machine translator for tests: a real wagtail-localize translator that needs no network."""

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue


class FakeTranslator(BaseMachineTranslator):
    display_name = "Fake translator"

    def translate(self, source_locale, target_locale, strings):
        code = target_locale.language_code
        return {string: StringValue(f"{string.data} ({code}, machine)") for string in strings}

    def can_translate(self, source_locale, target_locale):
        return source_locale != target_locale
