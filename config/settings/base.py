"""Settings shared by every environment. Everything that differs comes from the environment."""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url

from config.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"  # templates and static files; not a Python package
VAR_DIR = Path(env_str("PASSAGE_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "communities",
    "offers",
    "narratives",
    "editorial",
    "search.apps.SearchConfig",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",  # the production task queue, read by `manage.py db_worker`
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",  # Wagtail's search index uses its fields on PostgreSQL
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# The demo runs on an embedded SQLite file; PostgreSQL is the production and CI database.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'passage.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "passage",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. French is the source; each content language has its page tree (see DOMAIN.md).
LANGUAGE_CODE = "fr"
TIME_ZONE = env_str("TIME_ZONE", "Europe/Paris")
USE_I18N = True
USE_TZ = True
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
    ("it", "Italiano"),
    ("es", "Español"),
    ("pt", "Português"),
    ("nl", "Nederlands"),
    ("de", "Deutsch"),
    ("lt", "Lietuvių"),
    ("ro", "Română"),
    ("sr", "Српски"),
    ("ar", "العربية"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_ALLOW_UNICODE_SLUGS = True  # Serbian and Arabic URLs stay in their own script
# A translation of a live page is a draft until a person publishes it, never a live
# page full of untranslated text.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [
    SITE_DIR / "static",
    # Leaflet is installed from npm (package-lock.json) and served by the site itself.
    ("vendor/leaflet", BASE_DIR / "node_modules" / "leaflet" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage",
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "Passage"
WAGTAILADMIN_BASE_URL = env_str("BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no calls home from the admin
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# The largest sound file an editor may upload, in bytes (narratives.AudioRecording).
PASSAGE_AUDIO_MAX_UPLOAD_SIZE = env_int("PASSAGE_AUDIO_MAX_UPLOAD_SIZE", 50 * 1024 * 1024)
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Each user's admin language is their own (account settings); French until they choose.

# Machine translation drafts (wagtail-localize): DeepL or a self-hosted LibreTranslate.
# Nothing configured means no machine-translation button.
DEEPL_AUTH_KEY = env_str("DEEPL_AUTH_KEY")
LIBRETRANSLATE_URL = env_str("LIBRETRANSLATE_URL")
if DEEPL_AUTH_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_AUTH_KEY},
    }
elif LIBRETRANSLATE_URL:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": LIBRETRANSLATE_URL.rstrip("/"),
            "API_KEY": env_str("LIBRETRANSLATE_API_KEY", ""),
        },
    }

# Maps: the only third-party requests the public site makes are for these tiles.
MAP_TILE_URL = env_str("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env_str(
    "MAP_TILE_ATTRIBUTION", "© OpenStreetMap contributors (openstreetmap.org/copyright)"
)
MAP_TILE_ORIGIN = "{0.scheme}://{0.netloc}".format(urlsplit(MAP_TILE_URL))

# Content Security Policy (Django's own). The public site needs no inline script and no
# third-party host; the admin gets a looser policy in config/urls.py.
SECURE_CSP = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:", MAP_TILE_ORIGIN],
    "style-src": ["'self'"],
    "script-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'self'"],
    "form-action": ["'self'"],
}

# Mail goes through an SMTP relay; EMAIL_BACKEND swaps the backend (console, locmem).
MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": env_str("EMAIL_HOST", "localhost"),
            "port": env_int("EMAIL_PORT", 25),
            "username": env_str("EMAIL_HOST_USER", ""),
            "password": env_str("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", False),
            "timeout": env_int("EMAIL_TIMEOUT", 10),
        },
    }
}
if env_str("EMAIL_BACKEND"):
    MAILERS = {"default": {"BACKEND": env_str("EMAIL_BACKEND")}}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Passage <noreply@passage.example>")

# Background tasks (notifications; Wagtail's own tasks too) go through the django-tasks
# backport that Wagtail 8 uses. Immediate by default: the demo needs no worker. Production
# sets TASKS_BACKEND=django_tasks_db.DatabaseBackend and runs `manage.py db_worker`.
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    }
}

# Booking requests
BOOKING_REQUEST_EXPIRY = timedelta(hours=env_int("BOOKING_REQUEST_EXPIRY_HOURS", 48))
BOOKING_RATE_LIMIT = env_int("BOOKING_RATE_LIMIT", 5)  # requests per IP address and hour
BOOKING_RETENTION_DAYS = env_int("BOOKING_RETENTION_DAYS", 365)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # One line per background task and per page action drowns what matters.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": env_str("WAGTAIL_LOG_LEVEL", "WARNING")},
    },
}

# Seconds a shared cache (CDN, Varnish, browser) may keep a public page (config/caching.py).
PUBLIC_CACHE_SECONDS = env_int("PUBLIC_CACHE_SECONDS", 300)

# Demo accounts with printed passwords exist only where this is true (never in production).
PASSAGE_DEMO_ACCOUNTS_ALLOWED = env_bool("PASSAGE_DEMO_ACCOUNTS_ALLOWED", False)
