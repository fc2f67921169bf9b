"""Fast, deterministic settings for the test suite (see TESTING.md)."""

from config.env import env_str

from .base import *  # noqa: F403
from .base import LOGGING

SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
PASSAGE_DEMO_ACCOUNTS_ALLOWED = True
# Quieter than dev: only warnings, unless LOG_LEVEL says otherwise.
LOGGING = {**LOGGING, "root": {**LOGGING["root"], "level": env_str("LOG_LEVEL", "WARNING")}}
# A real machine translator class that needs no network (tests/editorial/fake_translator.py).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "tests.editorial.fake_translator.FakeTranslator"}

# Tests assert the interface's English msgids, whatever the translators change; the
# catalogues themselves are tested in tests/test_interface_languages.py.
LOCALE_PATHS = []
