"""PartyDocument -> an escaped HTML preview with the same zones as the DOCX (pd-* classes,
styles in static/documents/party.css)."""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from chibo.documents.party import (
    Bullet,
    Heading,
    Paragraph,
    PartyDocument,
    Signature,
    Table,
    recipient_lines,
)

NATIONAL_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
_ALIGNS = {"justify", "left", "center", "right"}


def _p(css: str, text: str) -> str:
    return f'<p class="{css}">{escape(text)}</p>'


def _signature(signature: Signature) -> str:
    parts = ['<div class="pd-signature">']
    if signature.capacity:
        parts.append(_p("pd-capacity", signature.capacity.upper()))
    if signature.title:
        css = "pd-title" if signature.capacity else "pd-title pd-strong"
        parts.append(_p(css, signature.title.upper()))
    parts.append('<div class="pd-sign-space"></div>')
    parts.append(_p("pd-name", signature.name))
    parts.append("</div>")
    return "".join(parts)


def _table(block: Table) -> str:
    rows = []
    if block.header:
        cells = "".join(f"<th>{escape(h)}</th>" for h in block.header)
        rows.append(f"<thead><tr>{cells}</tr></thead>")
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>" for row in block.rows
    )
    rows.append(f"<tbody>{body}</tbody>")
    return f'<div class="pd-table-wrap"><table class="pd-table">{"".join(rows)}</table></div>'


def _block(block: Heading | Paragraph | Bullet | Table) -> str:
    if isinstance(block, Heading):
        return _p(f"pd-heading pd-heading-{min(max(block.level, 1), 3)}", block.text)
    if isinstance(block, Bullet):
        return _p("pd-para pd-indent", f"- {block.text}")
    if isinstance(block, Paragraph):
        css = ["pd-para", f"pd-align-{block.align if block.align in _ALIGNS else 'justify'}"]
        css += ["pd-indent"] if block.indent else []
        css += ["pd-strong"] if block.bold else []
        css += ["pd-italic"] if block.italic else []
        return _p(" ".join(css), block.text)
    return _table(block)


def render(doc: PartyDocument) -> SafeString:
    head = doc.header
    out = ['<article class="pd-document" lang="vi">']
    if doc.draft:
        out.append('<p class="pd-draft">DỰ THẢO</p>')
    if doc.form_code:
        out.append(_p("pd-form-code", doc.form_code))
    out.append('<header class="pd-header"><div class="pd-issuer">')
    out.append(_p("pd-superior", head.superior.upper()))
    out.append(_p("pd-issuer-name", head.issuer.upper()))
    out.append(_p("pd-star", "*"))
    out.append(_p("pd-number", head.number))
    out.append('</div><div class="pd-national">')
    out.append(f'<p class="pd-national-heading"><span>{escape(NATIONAL_HEADING)}</span></p>')
    out.append(_p("pd-place-date", head.place_date))
    out.append("</div></header>")
    out.append('<div class="pd-title">')
    out.append(_p("pd-doc-type", doc.doc_type.upper()))
    out.append(_p("pd-summary", doc.summary))
    out.append('</div><div class="pd-body">')
    out.extend(_block(block) for block in doc.blocks)
    out.append('</div><footer class="pd-closing">')
    lines = recipient_lines(doc.recipients)
    signatures = [*doc.extra_signatures, doc.signature]
    if lines:
        out.append('<div class="pd-recipients"><p class="pd-recipients-label">Nơi nhận:</p><ul>')
        out.extend(f"<li>{escape(line)}</li>" for line in lines)
        out.append("</ul></div>")
        out.append(_signature(doc.signature))
        signatures = list(doc.extra_signatures)
        out.append("</footer>")
        if signatures:
            out.append('<footer class="pd-closing">')
            out.extend(_signature(s) for s in signatures)
            out.append("</footer>")
    else:
        out.extend(_signature(s) for s in signatures)
        out.append("</footer>")
    out.append("</article>")
    return mark_safe("".join(out))  # noqa: S308 (every text above went through escape)
