from django import template
from django.utils.translation import get_language

from home.languages import alternate_links, language_versions, live_homes

register = template.Library()


@register.inclusion_tag("includes/header.html", takes_context=True)
def main_navigation(context, page=None):
    """The header: the home of the visitor's language and its pages shown in menus."""
    request = context["request"]
    home = live_homes(request).get(get_language())
    menu = home.get_children().live().in_menu() if home else []
    return {"request": request, "home": home, "menu": menu, "page": page}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    return {"versions": language_versions(context["request"], page)}


@register.inclusion_tag("includes/hreflang_links.html", takes_context=True)
def hreflang_links(context, page):
    return {"links": alternate_links(context["request"], page)}
