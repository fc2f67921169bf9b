"""Builders of real content for tests: pages in the tree, images, and translations made
through wagtail-localize's own models, as a translator would make them."""

import io
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.test import TestCase
from django.utils.text import slugify
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from communities.models import CommunityIndexPage, CommunityPage
from home.models import HomePage, StandardPage
from narratives.models import StoryPage
from offers.models import OfferPage


def make_image(title="test image", size=(64, 40), colour="#1d5c4a"):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="PNG")
    file = ImageFile(buffer, name=f"{title.replace(' ', '-')}.png")
    return get_image_model().objects.create(title=title, file=file)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


# Permissions that Wagtail's and wagtail-localize's migrations create and a flush removes.
PERMISSIONS_MADE_BY_MIGRATIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
]


def restore_wagtail_basics():
    """What a flush removes and migrations had created: root page and collection, locales,
    and the permissions above."""
    for app_label, model, codename, name in PERMISSIONS_MADE_BY_MIGRATIONS:
        content_type, _created = ContentType.objects.get_or_create(
            app_label=app_label, model=model
        )
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))


def make_home():
    home = HomePage.objects.filter(locale__language_code="fr").first()
    if home is None:
        home = Page.get_first_root_node().add_child(
            instance=HomePage(title="Passage", slug="accueil")
        )
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "localhost"}
    )
    return home


def make_index(home, title="Destinations", slug="destinations"):
    return publish(
        home, CommunityIndexPage(title=title, slug=slug, intro="Toutes les communautés.")
    )


def make_standard_page(home, title="À propos", slug="a-propos"):
    return publish(home, StandardPage(title=title, slug=slug, intro="La coopérative."))


def make_community(index, title="Les Hauts de Valmorel", slug=None, **fields):
    values = {
        "intro": "Une coopérative d’habitants.",
        "kind": "urban",
        "locality": "Valmorel",
        "country": "FR",
        "latitude": Decimal("43.3500"),
        "longitude": Decimal("5.3800"),
        "contact_email": "bonjour@valmorel.example",
        **fields,
    }
    return publish(index, CommunityPage(title=title, slug=slug or _slug(title), **values))


def make_offer(community, title="Balade des escaliers", slug=None, **fields):
    values = {"intro": "Une balade.", "offer_type": "walk", "price_kind": "free", **fields}
    return publish(community, OfferPage(title=title, slug=slug or _slug(title), **values))


def make_story(community, title="Le récit du quai", slug=None, **fields):
    values = {"intro": "Un récit.", **fields}
    return publish(community, StoryPage(title=title, slug=slug or _slug(title), **values))


def _slug(title):
    return slugify(title, allow_unicode=True)


def translate(page, language, texts=None, publish=True):
    """Translate `page` into `language` through wagtail-localize.

    `texts` maps a source string (or "slug") to its translation; other strings get a
    "[language]" suffix, so tests can see which language a page shows.
    """
    texts = texts or {}
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if segment.context.path == "slug":
            text = texts.get("slug", f"{segment.string.data}-{language}")
        else:
            text = texts.get(segment.string.data, f"{segment.string.data} [{language}]")
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text},
        )
    # save_target() publishes on commit; run that now, inside the test's transaction.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=publish)
    return page.get_translation(locale).specific
