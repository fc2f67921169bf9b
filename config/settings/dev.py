"""Local development and the demo: `make run`."""

from config.env import env_bool, env_str

from .base import *  # noqa: F403
from .base import SECURE_CSP

DEBUG = env_bool("DEBUG", True)
# A fixed secret is fine on a developer's machine; production refuses to start without one.
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-secret-key-for-passage-demo")
MAILERS = {
    "default": {
        "BACKEND": env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
    }
}
PASSAGE_DEMO_ACCOUNTS_ALLOWED = True
# Runserver's debug pages use inline styles.
SECURE_CSP = {**SECURE_CSP, "style-src": ["'self'", "'unsafe-inline'"]}

VAR_DIR.mkdir(parents=True, exist_ok=True)  # noqa: F405  (the SQLite file and media live here)
