import pytest

from tests.factories import restore_wagtail_basics


@pytest.fixture
def wagtail_basics(transactional_db):
    """For tests that flush the database: the root page and every locale, as after migrate."""
    restore_wagtail_basics()
