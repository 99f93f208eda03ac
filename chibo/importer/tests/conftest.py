from __future__ import annotations

import shutil

import pytest

from .samples import BUILDERS, to_pdf

_pdf_cache: dict[str, bytes] = {}


@pytest.fixture
def pdf_of():
    """The PDF LibreOffice makes of a generated plan (cached: one conversion per plan)."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")

    def build(name: str) -> bytes:
        if name not in _pdf_cache:
            data = to_pdf(BUILDERS[name]())
            assert data is not None
            _pdf_cache[name] = data
        return _pdf_cache[name]

    return build
