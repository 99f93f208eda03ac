"""Nothing a user reads names the project's own files or development labels.

The demo is loaded and walked as the Bí thư of each seed cell and as the committee officer:
every link reachable from the home page (a few instances of each kind of page), and every
Word document they can download, is read for "seed", "party-rules", "*.md" and the like. A
rule from a cell's own plan must say so ("Theo kế hoạch của chi bộ"), never "seed …".
"""

from __future__ import annotations

import io
import re
from collections import Counter, deque
from html.parser import HTMLParser

import docx
import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import Resolver404, resolve

from chibo.demo.load import load_demo

pytestmark = pytest.mark.django_db

FORBIDDEN = re.compile(
    r"\bseed\b|party-rules|\bdomain\.md\b|\.md\s*§|\bshared/|\bTODO\b|\bFIXME\b", re.I
)
PER_PATTERN = 6  # pages of each kind (url name) to read
SKIP_PATTERNS = ("logout", "api:", "admin:")
SKIP_QUERY = ("format=pdf",)  # PDFs of drafts are made by LibreOffice: read their DOCX instead


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith("/") and not href.startswith("//"):
                self.links.append(href.split("#")[0])


def _visible_text(html: str) -> str:
    """The text and the attribute values a user can read (titles, placeholders, labels)."""
    html = re.sub(r"<script.*?</script>|<style.*?</style>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def _docx_text(content: bytes) -> str:
    document = docx.Document(io.BytesIO(content))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _walk(client: Client) -> tuple[list[str], int, int]:
    problems: list[str] = []
    seen: set[str] = set()
    per_name: Counter[str] = Counter()
    queue = deque(["/"])
    pages = documents = 0
    while queue:
        url = queue.popleft()
        if url in seen or any(q in url for q in SKIP_QUERY):
            continue
        seen.add(url)
        try:
            match = resolve(url.split("?")[0])
        except Resolver404:
            continue
        name = f"{match.namespace}:{match.url_name}" if match.namespace else str(match.url_name)
        if name.startswith(SKIP_PATTERNS) or per_name[name] >= PER_PATTERN:
            continue
        per_name[name] += 1
        response = client.get(url)
        if response.status_code in (301, 302):
            queue.append(response["Location"])
            per_name[name] -= 1
            continue
        if response.status_code != 200:
            continue
        content_type = response.get("Content-Type", "")
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if "wordprocessingml" in content_type:
            documents += 1
            text = _docx_text(body)
        elif content_type.startswith("text/html"):
            pages += 1
            html = body.decode()
            text = _visible_text(html)
            parser = _Links()
            parser.feed(html)
            queue.extend(link for link in parser.links if link not in seen)
        else:
            continue
        for found in FORBIDDEN.finditer(text):
            context = text[max(found.start() - 60, 0) : found.end() + 60].replace("\n", " ")
            problems.append(f"{url}: …{context}…")
    return problems, pages, documents


@pytest.mark.parametrize("username", ["bithu", "bithu2", "bithu3", "danguy"])
def test_no_page_or_document_shows_a_development_label(username):
    load_demo()
    client = Client()
    client.force_login(
        get_user_model().objects.get(username=username),
        backend="django.contrib.auth.backends.ModelBackend",
    )
    problems, pages, documents = _walk(client)
    assert pages > 15, f"walked only {pages} pages as {username}"
    assert not problems, "\n".join(problems[:20])
    if username in ("bithu", "bithu3"):
        assert documents >= 1, f"no Word document reached as {username}"
