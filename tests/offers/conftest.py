import pytest

from tests.factories import make_community, make_home, make_index, make_offer


@pytest.fixture
def community(db):
    return make_community(make_index(make_home()))


@pytest.fixture
def offer(community):
    return make_offer(community, price_kind="fixed", price_amount="15")
