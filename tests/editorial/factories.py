"""Two communities made by `create_community`, translated into Italian, and one user per role."""

from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.communities import create_community
from editorial.roles import MODERATORS, TRANSLATION_MANAGERS, translators_group_name
from tests import factories

PASSWORD = "test-password"


def make_community(title, **fields):
    values = {
        "intro": "Une communauté.",
        "kind": "rural",
        "locality": "Valmorel",
        "country": "FR",
        "latitude": Decimal("43.35"),
        "longitude": Decimal("5.38"),
        "contact_email": "bonjour@example.org",
        **fields,
    }
    result = create_community(title, **values)
    result.page.save_revision().publish()
    result.page.refresh_from_db()
    return result


def make_collection_image(result, title):
    image = factories.make_image(title)
    image.collection = result.collection
    image.save()
    return image


def make_user(username, *group_names, **fields):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password=PASSWORD, **fields
    )
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


def make_network():
    """Home, destinations, communities A and B with an offer each; all in French and Italian."""
    home = factories.make_home()
    index = factories.make_index(home)
    a = make_community("Les Hauts de Valmorel")
    b = make_community("Le Quai des Brumes", slug="le-quai-des-brumes")
    offer_a = factories.make_offer(a.page, title="Balade des escaliers")
    offer_b = factories.make_offer(b.page, title="Atelier des filets")
    for page in (home, index, a.page, offer_a, b.page, offer_b):
        factories.translate(page, "it")
    return {"home": home, "index": index, "a": a, "b": b, "offer_a": offer_a, "offer_b": offer_b}


def make_role_users(network):
    return {
        "editor_a": make_user("editor_a", network["a"].editors.name),
        "editor_b": make_user("editor_b", network["b"].editors.name),
        "translator_it": make_user("translator_it", translators_group_name("it")),
        "translation_manager": make_user("translation_manager", TRANSLATION_MANAGERS),
        "moderator": make_user("moderator", MODERATORS),
    }
