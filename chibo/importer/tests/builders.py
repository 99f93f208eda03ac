"""Small plans built in the tests: a text plan, a Word plan of paragraphs and tables, read and
parsed as an upload would be. Shared by the round tests (test_*_r10.py, test_*_r11.py, …)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

import docx

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.importer.schema import ParsedPlan

# A block of a Word plan: a paragraph (str) or a table (its rows).
Block = str | list[list[str]]


def text_plan(text: str, name: str = "kehoach.txt") -> ParsedPlan:
    """A plain text plan, read as the file `name`."""
    return parse_plan(read_document(text.encode("utf-8"), name))


def save(document: Any) -> bytes:
    """A python-docx document as the bytes of a .docx file."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def add_table(document: Any, rows: list[list[str]]) -> None:
    """A table of the rows, as wide as the widest of them."""
    table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


def docx_bytes(blocks: Iterable[Block], split_lines: bool = False) -> bytes:
    """A Word file of paragraphs and tables, in order. With `split_lines`, a paragraph's lines
    are paragraphs of their own (blank ones left out); else a line break stays inside it."""
    document = docx.Document()
    for block in blocks:
        if not isinstance(block, str):
            add_table(document, block)
        elif split_lines:
            for line in block.split("\n"):
                if line:
                    document.add_paragraph(line)
        else:
            document.add_paragraph(block)
    return save(document)


def docx_plan(blocks: Iterable[Block], name: str = "kehoach.docx") -> ParsedPlan:
    """A Word plan of paragraphs and tables, read and parsed."""
    return parse_plan(read_document(docx_bytes(blocks), name))
