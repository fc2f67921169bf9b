"""Builds the demo network through the real models and wagtail-localize's own translation
machinery, so every translation is linked to its source exactly as an editor's would be."""

import html
import io
import time
from decimal import Decimal

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail.rich_text import RichText

from communities.models import CommunityIndexPage, CommunityPage
from home.demo import content, stories
from home.demo.editorial import load_editorial
from home.demo.images import demo_picture
from home.demo.offers import load_offer_extras
from home.demo.translating import fill_translation
from home.models import HomePage, StandardPage
from narratives.models import StoryPage
from offers.models import OfferPage
from search.models import OfferFinderPage

SOURCE_LANGUAGE = "fr"
IMAGE_VARIANTS = ("hero", "detail", "people")


class DemoContentError(Exception):
    """The demo content misses a text; raised before anything is half-written."""


def in_language(text, language):
    """A text of the content module in one language; a plain str is the same in all."""
    if isinstance(text, str):
        return text
    try:
        return text[language]
    except KeyError:
        raise DemoContentError(f"No {language!r} text for {text.get('fr')!r}") from None


def texts_of(value):
    """Every translatable text (dicts of languages, or names) inside a content value."""
    if isinstance(value, dict) and SOURCE_LANGUAGE in value:
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_of(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts_of(item)
    elif isinstance(value, str):
        yield value


class Catalogue:
    """French source text -> its translations, for the segments of one page."""

    def __init__(self, page_content):
        self.title = page_content["title"]
        self.entries = {
            in_language(text, SOURCE_LANGUAGE): text for text in texts_of(page_content)
        }
        # Paragraph segments are HTML; the others are plain text.
        self.rich_texts = {
            in_language(text, SOURCE_LANGUAGE)
            for block_type, text in page_content.get("body", ())
            if block_type == "paragraph"
        }

    def translate(self, segment_text, context_path, language):
        if context_path == "slug":
            return slugify(in_language(self.title, language), allow_unicode=True)
        source = html.unescape(segment_text)
        try:
            translated = in_language(self.entries[source], language)
        except KeyError:
            raise DemoContentError(f"No translation for segment {segment_text!r}") from None
        return html.escape(translated, quote=False) if source in self.rich_texts else translated


class DemoLoader:
    def __init__(self, report=print):
        self.report = report
        self.created_pages = 0
        self.created_translations = 0
        self.images = {}

    def load(self):
        started = time.monotonic()
        with transaction.atomic():
            shared_languages = self.languages_of(content.HOME)
            home = self.home_page()
            self.translate_tree(home, content.HOME, shared_languages)
            destinations = self.child_page(
                home, CommunityIndexPage, content.DESTINATIONS, show_in_menus=True
            )
            self.translate_tree(destinations, content.DESTINATIONS, shared_languages)
            finder = self.child_page(
                home, OfferFinderPage, content.OFFER_FINDER, show_in_menus=True
            )
            self.translate_tree(finder, content.OFFER_FINDER, shared_languages)
            for page_content in content.STANDARD_PAGES:
                page = self.child_page(home, StandardPage, page_content, show_in_menus=True)
                self.translate_tree(page, page_content, shared_languages)
            for community_content in content.COMMUNITIES:
                self.load_community(destinations, community_content)
            load_offer_extras(self.report)
            load_editorial(self, destinations)
        self.report(
            f"Demo network ready: {self.created_pages} pages and "
            f"{self.created_translations} translations created in "
            f"{time.monotonic() - started:.1f} s."
        )

    # The tree

    def home_page(self):
        """The French home that migrations created, filled with the demo's text once."""
        home = HomePage.objects.filter(locale__language_code=SOURCE_LANGUAGE).first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(instance=HomePage(title="Passage", slug="accueil"))
        if not home.body:
            self.fill(home, content.HOME)
            home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True, defaults={"root_page": home, "hostname": "localhost"}
        )
        return home

    def child_page(self, parent, model, page_content, **fields):
        slug = slugify(page_content["title"][SOURCE_LANGUAGE], allow_unicode=True)
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        page = model(slug=slug, **fields)
        self.fill(page, page_content)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created_pages += 1
        return page

    def fill(self, page, page_content):
        page.title = in_language(page_content["title"], SOURCE_LANGUAGE)
        page.intro = in_language(page_content.get("intro", ""), SOURCE_LANGUAGE)
        if "body" in page_content:
            page.body = self.stream(page_content["body"])

    def stream(self, blocks):
        return [(block_type, self.block_value(block_type, value)) for block_type, value in blocks]

    def block_value(self, block_type, value):
        fr = SOURCE_LANGUAGE
        if block_type == "heading":
            return {"text": in_language(value, fr), "level": "h2"}
        if block_type == "paragraph":
            return RichText(f"<p>{html.escape(in_language(value, fr), quote=False)}</p>")
        if block_type == "quote":
            return {key: in_language(text, fr) for key, text in value.items()}
        if block_type == "image":
            image = self.images[value["image"]]
            return {
                "image": {
                    "image": image,
                    "alt_text": in_language(value["alt_text"], fr),
                    "decorative": False,
                },
                "caption": in_language(value["caption"], fr),
                "credit": value["credit"],
                "licence": value["licence"],
            }
        raise DemoContentError(f"Unknown block type {block_type!r}")

    # Communities

    def load_community(self, destinations, community_content):
        started = time.monotonic()
        self.images = self.community_images(community_content)
        community = self.child_page(
            destinations,
            CommunityPage,
            community_content,
            hero_image=self.images["hero"],
            kind=community_content["kind"],
            locality=in_language(community_content["locality"], SOURCE_LANGUAGE),
            country=community_content["country"],
            latitude=Decimal(str(community_content["latitude"])),
            longitude=Decimal(str(community_content["longitude"])),
            contact_email=community_content["contact_email"],
        )
        languages = self.languages_of(community_content)
        self.translate_tree(community, community_content, languages)
        for offer_content in community_content["offers"]:
            offer = self.child_page(
                community, OfferPage, offer_content, **self.offer_fields(offer_content)
            )
            self.translate_tree(offer, offer_content, languages)
        for story_content in community_content["stories"]:
            story = self.child_page(
                community, StoryPage, story_content, hero_image=self.images["people"]
            )
            story_content = stories.enrich_story(
                self, story, community_content, story_content, languages
            )
            self.translate_tree(story, story_content, languages)
        self.report(
            f"  {community.title}: {', '.join(languages)} ({time.monotonic() - started:.1f} s)"
        )

    def offer_fields(self, offer_content):
        price = offer_content["price"]
        return {
            "offer_type": offer_content["offer_type"],
            "hero_image": self.images["detail"],
            "price_kind": price["kind"],
            "price_amount": price.get("amount"),
            "price_max": price.get("max"),
            "price_note": in_language(offer_content.get("price_note") or "", SOURCE_LANGUAGE),
        }

    def community_images(self, community_content):
        key, kind = community_content["key"], community_content["kind"]
        title = in_language(community_content["title"], SOURCE_LANGUAGE)
        root = Collection.get_first_root_node()
        collection = Collection.objects.filter(name=title).first() or root.add_child(name=title)
        return {
            variant: self.demo_image(key, kind, variant, collection) for variant in IMAGE_VARIANTS
        }

    def demo_image(self, key, kind, variant, collection):
        image_model = get_image_model()
        title = f"{key}-{variant}"
        image = image_model.objects.filter(title=title).first()
        if image is None:
            picture = ImageFile(
                io.BytesIO(demo_picture(kind, variant, seed=title)), name=f"{title}.jpg"
            )
            image = image_model.objects.create(title=title, file=picture, collection=collection)
        return image

    # Translations

    @staticmethod
    def languages_of(page_content):
        return [*content.LANGUAGES[1:], *page_content.get("extra_languages", ())]

    def translate_tree(self, page, page_content, languages):
        catalogue = Catalogue(page_content)
        for language in languages:
            self.translate(page, catalogue, Locale.objects.get(language_code=language))

    def translate(self, page, catalogue, locale):
        """Translate `page` as a translator would: fill each segment, then publish."""
        if page.get_translation_or_none(locale) is not None:
            return
        translation = fill_translation(
            page,
            locale,
            lambda segment: catalogue.translate(
                segment.string.data, segment.context.path, locale.language_code
            ),
        )
        # save_target(publish=True) would publish on commit, after the whole demo, from a
        # stale copy of the page that undoes the tree's child counts: publish now instead.
        translation.save_target(publish=False)
        page.get_translation(locale).get_latest_revision().publish()
        self.created_translations += 1
