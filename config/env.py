"""Typed readers for environment variables, so every setting has one obvious source."""

import os

from django.core.exceptions import ImproperlyConfigured


def env_str(name, default=None):
    """A string, or `default` when unset or empty."""
    return os.environ.get(name) or default


def env_required(name):
    """A string that has no safe default: start-up stops without it."""
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return value


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = os.environ.get(name)
    return int(value) if value else default


def env_list(name, default=()):
    """A comma-separated list, blanks removed."""
    value = os.environ.get(name)
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]
