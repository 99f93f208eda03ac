import pytest

from .helpers import SchoolWorld, make_school_world


@pytest.fixture
def sw(world) -> SchoolWorld:
    return make_school_world(world)
