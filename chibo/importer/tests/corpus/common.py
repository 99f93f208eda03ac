"""The corpus's generic helpers: words and blocks that every layout module shares.

build.py and the development batches' layout modules (``dev/layouts_*.py``) both use these. They
live apart from build.py because build.py imports the layout modules while it is itself being
loaded, so a layout module cannot take them from build.py at import time. What differs between the
writers' documents (the spacing in "Số:", the recipients, the rule under the Party's name) is a
parameter here; the defaults are build.py's own wording.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Block = tuple[Any, ...]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
NBSP = "\u00a0"  # a non-breaking space, as Word types it with Ctrl+Shift+Space
BASE_HD12 = (
    "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề nâng "
    "cao chất lượng sinh hoạt chi bộ;"
)  # the legal basis most plans cite first, as several writers typed it


# ------------------------------------------------------------------------------------------ words
def vn_date(iso: str, place: str) -> str:
    y, m, d = iso.split("-")
    return f"{place}, ngày {d} tháng {m} năm {y}"


def date_line(p: dict[str, Any]) -> str:
    """The plan's place and date as its heading gives them."""
    return vn_date(p["date"], p["place"])


def number_line(p: dict[str, Any], label: str = "Số ", gap: str = "Số:      -KH") -> str:
    """ "Số 05-KH/CB"; for a plan without a number, the gap the typist left (``gap`` may name the
    type as ``{code}``)."""
    if p["number"] is None:
        return gap.format(code=p["type_code"]) + "/CB"
    return f"{label}{p['number']:02d}-{p['type_code']}/CB"


def titled(name: str, titles: dict[str, str], prefix: str = "đ/c", sep: str = " – ") -> str:
    """A name after its prefix, with the post the plan gives it after ``sep`` ("đ/c Lò Văn Pắn –
    Bí thư")."""
    title = titles.get(name)
    return f"{prefix} {name}".strip() + (f"{sep}{title}" if title else "")


def people(
    t: dict[str, Any], prefix: str = "đ/c", sep: str = ", ", titles: dict[str, str] | None = None
) -> str:
    """The presenters as a cell writes them, each with its post (``titles``) and its part in the
    meeting ("(chủ trì)") when the plan gives them."""
    roles = t.get("roles") or []
    out = []
    for i, n in enumerate(t["presenters"]):
        role = roles[i] if i < len(roles) and roles[i] else ""
        out.append(titled(n, titles or {}, prefix) + (f" ({role})" if role else ""))
    return sep.join(out)


# ----------------------------------------------------------------------------------------- blocks
def paras(lines: list[str]) -> list[Block]:
    return [("p", line) for line in lines]


def top(head: Block, title: list[str], p: dict[str, Any]) -> list[Block]:
    """How most plans begin: the heading, the title, the legal bases and the opening sentence."""
    return [head, ("title", title), *paras(p["legal_bases"]), ("p", p["opening"])]


def section(heading: str, lines: list[str]) -> list[Block]:
    """A heading and its paragraphs ("I. MỤC ĐÍCH, YÊU CẦU" and the aims)."""
    return [("h", heading), *paras(lines)]


def close(heading: str, p: dict[str, Any], sign: Block) -> list[Block]:
    """How most plans end: the last section ("III. TỔ CHỨC THỰC HIỆN", the plan's ``closing``) and
    the signature block."""
    return [*section(heading, p["closing"]), sign]


def typed_header(left_lines: list[str], number: str, date: str, rule: str = "") -> Block:
    """The two-column heading as the cell typed it: ``left_lines`` (committee, cell — or only the
    committee when the cell is named elsewhere), a star, the number; the Party's name and the date
    on the right. With a ``rule`` under the Party's name the date stands on the number's line."""
    left = [*left_lines, "*", number]
    if rule:
        right = [PARTY, rule] + [""] * (len(left) - 3) + [date]
        right = right[: len(left)]
    else:
        right = [PARTY] + [""] * (len(left) - 3) + [date, ""]
    return ("header", left, right, len(left_lines))


def header(p: dict[str, Any]) -> Block:
    """build.py's heading, from the plan's ``header_*`` keys."""
    if p.get("header_left"):  # the lines as the cell typed them: a name wrapped over two lines, an
        # abbreviation, a committee on two lines
        return typed_header(p["header_left"], number_line(p), date_line(p))
    if p.get("header_no_cell"):  # the cell is named elsewhere (opening sentence or signature)
        left = [p["header_committee"], "*", number_line(p)]
        right = [PARTY, date_line(p), ""]
        return ("header", left, right)
    left = [
        p["header_committee"],
        p.get("header_cell") or p["cell_name"].upper(),
        "*",
        number_line(p),
    ]
    right = [PARTY, "", date_line(p), ""]
    return ("header", left, right)


def typed_head(p: dict[str, Any]) -> Block:
    """The two-column heading typed from the plan's ``left`` lines, its number and its date."""
    return typed_header(p["left"], number_line(p), date_line(p))


def typed_top(p: dict[str, Any]) -> list[Block]:
    """``top`` under ``typed_head``, with the plan's ``title_lines``."""
    return top(typed_head(p), p["title_lines"], p)


def superior(p: dict[str, Any]) -> str:
    """The committee the plan reports to."""
    return str(p.get("report_to") or p["committee_name"].replace("Đảng bộ", "Đảng ủy"))


def signature(
    p: dict[str, Any],
    report: str = "để b/c",
    also: Sequence[str] = ("- Đảng viên trong chi bộ;",),
    filed: str = "Lưu chi bộ",
) -> Block:
    """The recipients on the left ("- Đảng ủy … (``report``);", the ``also`` lines, "- ``filed``.")
    and the signer on the right."""
    return signed(p, ["Nơi nhận:", f"- {superior(p)} ({report});", *also, f"- {filed}."])


def signed(p: dict[str, Any], left: list[str]) -> Block:
    """The signature block with the recipients typed as ``left``: the signer on the right (for the
    cell, the post, two blank lines for the signature, the name)."""
    right = [
        p.get("sign_for", "T/M CHI BỘ"),
        p.get("signer_title", "BÍ THƯ"),
        "",
        "",
        p["secretary"],
    ]
    return ("sign", left, right)


# ---------------------------------------------------------------------- Word (python-docx hooks)
def signed_sent(p: dict[str, Any]) -> Block:
    """The signature block with the recipients (``send_to``) and "Lưu Chi bộ" on the left."""
    return signed(p, ["Nơi nhận:", *[f"- {x};" for x in p["send_to"]], "- Lưu Chi bộ."])


def set_widths(grid: Any, widths: Sequence[float]) -> None:
    """Column widths in cm as a typist sets them: autofit off, each column and each of its cells."""
    from docx.shared import Cm

    grid.autofit = False
    for j, width in enumerate(widths):
        grid.columns[j].width = Cm(width)
        for row in grid.rows:
            row.cells[j].width = Cm(width)


def new_section(doc: Any, landscape: bool) -> None:
    """A section break to a new page, turned landscape (or back to portrait) if it is not already."""
    from docx.enum.section import WD_ORIENT, WD_SECTION

    section = doc.add_section(WD_SECTION.NEW_PAGE)
    w, h = section.page_width, section.page_height
    wanted = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    if section.orientation != wanted:
        section.orientation = wanted
        section.page_width, section.page_height = h, w


def header_grid(
    head: Any, left: list[str], right: list[str], size: float, plain: bool | None = None
) -> None:
    """The heading as a borderless two-column table in the page header of the file (``head``, a
    section's header): every line centred, the first two of each column bold; the others get
    ``plain`` (False writes "not bold" into the run, None leaves it out), in ``size`` points."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    grid = head.add_table(rows=1, cols=2, width=Cm(16.5))
    for col, lines in ((0, left), (1, right)):
        cell = grid.cell(0, col)
        for i, line in enumerate(lines):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = para.add_run(line)
            run.bold = True if i < 2 else plain
            run.font.size = Pt(size)
