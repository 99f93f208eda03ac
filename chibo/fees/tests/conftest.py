import pytest

from .helpers import TODAY


@pytest.fixture
def december(time_machine):
    """Today is 15/12/2026 for the whole test, clients' sessions included: list it before them."""
    time_machine.move_to(TODAY, tick=False)
