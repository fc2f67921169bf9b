"""Production: every secret comes from the environment, and start-up stops without it."""

from config.env import env_bool, env_int, env_list, env_required, env_str

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = env_required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or env_required("ALLOWED_HOSTS")
WAGTAILADMIN_BASE_URL = env_required("BASE_URL")
PASSAGE_DEMO_ACCOUNTS_ALLOWED = False
# Notifications wait in PostgreSQL for `manage.py db_worker`, so a slow mail server never
# holds up a web request.
TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
