"""Development batch 140–149: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the generic
helpers of ``common.py``. They vary what the earlier batches did not: a school year's Word table whose
rows are months and whose thematic meetings sit among the regular work of one column, told apart only
by the words "chuyên đề"; presenters named by their office in the schedule and by name only in a later
list of the cell committee; quarters written as date ranges ("từ 01/4 đến 30/6/2021") under headings
numbered by a multilevel (outline) list attached to the heading styles; a plan copied from a school's
web page into plain text (breadcrumbs, view count, "Các tin khác" whose titles speak of thematic
meetings, footer); an e-mail whose topics have no numbering at all; a one-page scan whose signature
is covered by a round stamp drawn as a floating picture; an activity plan whose targets are a table and
whose meetings are an annex printed after the signature; a table kept over two pages without its
heading row on the second, titles broken over two lines of one cell; presenters with academic titles
and "thầy"/"cô"; months in words ("tháng Giêng", "tháng Chạp") in a plan that says it counts months by
the solar calendar. Facts are in ``PLANS`` below (same keys as ``plans.py``); ``build.py`` merges both
``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..common import (
    BASE_HD12,
    ROMAN,
    Block,
    date_line,
    number_line,
    paras,
    section,
    signed,
    typed_header,
)
from ..facts import T, target
from ..facts import topic_with as _t

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NUM_ID = 47  # this batch's numbering definition (outline headings)


# ------------------------------------------------------------------------------------ helpers
def _head(p: dict[str, Any]) -> Block:
    return typed_header(p["left"], number_line(p, gap="Số:    -{code}"), date_line(p))


def _sign(p: dict[str, Any]) -> Block:
    return signed(p, ["Nơi nhận:", *[f"- {x};" for x in p["send_to"]], "- Lưu Chi bộ."])


def _dc(names: list[str], prefix: str = "đ/c") -> str:
    return ", ".join(f"{prefix} {n}" for n in names)


# ------------------------------------------------------------------------------------ layouts
def month_rows(p: dict[str, Any]) -> list[Block]:
    """A school year's programme as one Word table whose rows are months; the thematic meeting of a
    month is one line among the regular work of the content column, told apart only by the words
    "sinh hoạt chuyên đề"; no quarter anywhere."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG CÔNG TÁC TỪNG THÁNG"))
    by_month = {(t["year_of"], t["month"]): t for t in p["topics"]}
    rows = []
    for y, m, work, lead in p["months"]:
        lines = [f"- {w}" for w in work]
        t = by_month.get((y, m))
        if t:
            lines.insert(t["at"], f"- Sinh hoạt chuyên đề “{t['title']}” ({_dc(t['presenters'])} "
                                  f"chuẩn bị)")  # fmt: skip
        rows.append([f"Tháng {m}/{y}", "\n".join(lines), lead])
    out.append(("table", ["Thời gian", "Nội dung công tác trọng tâm", "Phụ trách"], rows, "",
                (2.6, 10.2, 3.7)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def offices_then_names(p: dict[str, Any]) -> list[Block]:
    """A village plan whose schedule names each preparer by office only ("đ/c Phó Bí thư Chi bộ"),
    the names given once, in a later list of the cell committee with their offices."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN SINH HOẠT CHUYÊN ĐỀ"))
    for t in p["topics"]:
        who = " và ".join(f"đ/c {o}" for o in t["offices"])
        out.append(("p", f"- Quý {ROMAN[t['quarter']]}, kỳ sinh hoạt tháng {t['month']}/{y}: “{t['title']}”; "
                         f"{who} chuẩn bị nội dung."))  # fmt: skip
    out.append(("h", "III. PHÂN CÔNG CHI ỦY"))
    out.append(("p", "Chi ủy Chi bộ nhiệm kỳ 2022 – 2025 gồm các đồng chí:"))
    for i, (name, office) in enumerate(p["committee"], 1):
        out.append(("p", f"{i}. Đồng chí {name} – {office}."))
    out.append(("p", p["committee_note"]))
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def outline_headings(items: list[tuple[int, str]]) -> Block:
    """Paragraphs in the Heading 1 / Heading 2 styles numbered by one multilevel list ("1.", "1.1."),
    as LibreOffice's outline numbering or Word's linked heading list gives them: the numbers are not
    in the text. ``items`` are (level, text); level 0 is plain body text."""

    def apply(doc: Any) -> None:
        from docx.oxml import parse_xml

        numbering = doc.part.numbering_part.element
        abstract = parse_xml(
            f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="{_NUM_ID}">'
            '<w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl></w:abstractNum>'
        )
        first_num = numbering.find(f"{{{_W}}}num")
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(parse_xml(
            f'<w:num xmlns:w="{_W}" w:numId="{_NUM_ID}"><w:abstractNumId w:val="{_NUM_ID}"/></w:num>'
        ))  # fmt: skip
        for level, text in items:
            if level == 0:
                doc.add_paragraph(text)
                continue
            para = doc.add_paragraph(text, style=f"Heading {level}")
            para._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="{level - 1}"/><w:numId w:val="{_NUM_ID}"/></w:numPr>'
            ))  # fmt: skip

    lines, n1, n2 = [], 0, 0
    for level, text in items:
        if level == 1:
            n1, n2 = n1 + 1, 0
            lines.append(f"{n1}. {text}")
        elif level == 2:
            n2 += 1
            lines.append(f"{n1}.{n2}. {text}")
        else:
            lines.append(text)
    return ("docx", apply, lines)


def outline_ranges(p: dict[str, Any]) -> list[Block]:
    """An agency cell's plan whose sections and topics are headings numbered by an outline list, each
    quarter written only as a date range ("Từ 01/4 đến 30/6/2021"), one meeting with no month."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    items: list[tuple[int, str]] = [(1, "MỤC ĐÍCH, YÊU CẦU"), *[(0, a) for a in p["aims"]]]
    items.append((1, "NỘI DUNG VÀ THỜI GIAN SINH HOẠT CHUYÊN ĐỀ"))
    for t in p["topics"]:
        items.append((2, f"{t['range']}: {t['title']}"))
        items.append((0, f"- Thời gian: {t['when']}."))
        items.append((0, f"- Người chuẩn bị: {_dc(t['presenters'])}."))
    items.append((1, "TỔ CHỨC THỰC HIỆN"))
    items += [(0, c) for c in p["closing"]]
    out.append(outline_headings(items))
    out.append(_sign(p))
    return out


def web_copy(p: dict[str, Any]) -> list[Block]:
    """A plan copied from the school's web page into a text file: breadcrumbs, the post's date and view
    count, the plan (its table copied as tab-separated rows), then the site's "Các tin khác" list and
    footer."""
    out: list[Block] = paras(p["crumbs"]) + [("p", "")]
    out += paras(p["post_head"]) + [("p", "")]
    out += paras(p["body_top"])
    out.append(
        ("p", "\t".join(["TT", "Thời gian", "Nội dung chuyên đề", "Người thực hiện", "Ghi chú"]))
    )
    for i, t in enumerate(p["topics"], 1):
        out.append(
            (
                "p",
                "\t".join([str(i), t["when"], t["title"], _dc(t["presenters"], "Đ/c"), t["note"]]),
            )
        )
    out += paras(p["body_end"]) + [("p", "")]
    out += paras(p["others"]) + [("p", "")]
    out += paras(p["footer"])
    return out


def email_plain(p: dict[str, Any]) -> list[Block]:
    """An e-mail from the cell's secretary: the plan's topics as paragraphs without any number or
    bullet, each the topic's title on its own line and a sentence with its time and people."""
    out: list[Block] = paras(p["mail_head"]) + [("p", "")]
    out += paras(p["greeting"]) + [("p", "")]
    for t in p["topics"]:
        out.append(("p", t["title"]))
        out.append(("p", t["sentence"]))
        out.append(("p", ""))
    out += paras(p["mail_end"])
    return out


def _stamp_png(path: Path, ring: str, centre: list[str]) -> None:
    """A round red stamp: two rings, the superior committee's name round the top, the cell in the
    middle, a star (drawn with Pillow)."""
    import math

    from PIL import Image, ImageDraw, ImageFont

    size = 420
    img = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    red = (200, 30, 40, 215)
    draw.ellipse([6, 6, size - 6, size - 6], outline=red, width=9)
    draw.ellipse([62, 62, size - 62, size - 62], outline=red, width=4)
    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    small = ImageFont.truetype(font, 26)
    n = len(ring)
    for i, ch in enumerate(ring):  # letters round the ring, from 200° to 340°
        ang = math.radians(200 + 140 * i / max(n - 1, 1))
        x, y = size / 2 + 168 * math.cos(ang), size / 2 + 168 * math.sin(ang)
        draw.text((x, y), ch, font=small, fill=red, anchor="mm")
    big = ImageFont.truetype(font, 30)
    for k, line in enumerate(centre):
        draw.text((size / 2, size / 2 - 20 + 40 * k), line, font=big, fill=red, anchor="mm")
    draw.text((size / 2, size / 2 - 70), "★", font=big, fill=red, anchor="mm")
    img.save(path)


def stamped_signature(p: dict[str, Any]) -> Block:
    """The signatures: on the left the commune committee's approval ("DUYỆT CỦA ĐẢNG ỦY XÃ"), its
    round stamp a floating picture laid over the post and the signature (not inline), as a stamped page
    is; on the right the cell's secretary; the recipients in a line below."""
    left = p["approval"]
    right = [
        p.get("sign_for", "T/M CHI BỘ"),
        p.get("signer_title", "BÍ THƯ"),
        "",
        "",
        p["secretary"],
    ]

    def apply(doc: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls
        from docx.shared import Cm, Pt

        grid = doc.add_table(rows=1, cols=2)
        for col, lines in ((0, left), (1, right)):
            cell = grid.cell(0, col)
            for i, line in enumerate(lines):
                para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = para.add_run(line)
                run.bold = i < 2
                run.font.size = Pt(12)
        with tempfile.TemporaryDirectory() as tmp:
            png = Path(tmp) / "stamp.png"
            _stamp_png(png, p["stamp_ring"], p["stamp_centre"])
            para = grid.cell(0, 0).paragraphs[1]
            shape = para.add_run().add_picture(str(png), width=Cm(3.6))
        inline = shape._inline
        anchor = parse_xml(
            f'<wp:anchor {nsdecls("wp")} distT="0" distB="0" distL="0" distR="0" simplePos="0" '
            'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>820000</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-60000</wp:posOffset></wp:positionV>'
            "</wp:anchor>"
        )
        tags = ("extent", "effectExtent", "docPr", "cNvGraphicFramePr", "graphic")
        found = {el.tag.split("}")[1]: el for el in inline}
        for tag in tags[:2]:
            if tag in found:
                anchor.append(copy.deepcopy(found[tag]))
        if "effectExtent" not in found:
            anchor.append(parse_xml(f'<wp:effectExtent {nsdecls("wp")} l="0" t="0" r="0" b="0"/>'))
        anchor.append(parse_xml(f"<wp:wrapNone {nsdecls('wp')}/>"))
        for tag in tags[2:]:
            if tag in found:
                anchor.append(copy.deepcopy(found[tag]))
        inline.getparent().replace(inline, anchor)
        doc.add_paragraph().add_run(recipients).font.size = Pt(10)

    recipients = "Nơi nhận: " + "; ".join(p["send_to"]) + "; lưu Chi bộ."
    width = max(map(len, left)) + 6
    lines = (
        [""]
        + [
            f"{(left[i] if i < len(left) else ''):<{width}}{(right[i] if i < len(right) else '')}".rstrip()
            for i in range(max(len(left), len(right)))
        ]
        + [recipients]
    )
    return ("docx", apply, lines)


def stamped_scan(p: dict[str, Any]) -> list[Block]:
    """A one-page village plan, printed, signed and stamped, then scanned: a short opening, one table
    Quý – Kỳ sinh hoạt – Chuyên đề – Đồng chí chuẩn bị, the stamp over the signature."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    rows = [[f"Quý {ROMAN[t['quarter']]}", t["when"], t["title"], "\n".join(f"Đ/c {n}" for n in t["presenters"])]
            for t in p["topics"]]  # fmt: skip
    out.append(("table", ["Quý", "Kỳ sinh hoạt", "Chuyên đề", "Đồng chí chuẩn bị"], rows, "",
                (1.6, 2.8, 7.6, 4.5)))  # fmt: skip
    out += paras(p["closing"])
    out.append(stamped_signature(p))
    return out


def targets_annex(p: dict[str, Any]) -> list[Block]:
    """A hamlet cell's activity plan: targets in a table (STT – Chỉ tiêu – Ghi chú), the thematic
    meetings only in an annex printed after the signature, on a page of its own."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. ĐẶC ĐIỂM TÌNH HÌNH", p["situation"])
    out.append(("h", "II. MỤC TIÊU, CHỈ TIÊU"))
    out.append(("p", p["aim"]))
    rows = [[f"{i:02d}", t["text"], t.get("note", "")] for i, t in enumerate(p["target_rows"], 1)]
    out.append(("table", ["STT", "Chỉ tiêu", "Ghi chú"], rows, "", (1.3, 11.0, 4.2)))
    out += section("III. NHIỆM VỤ, GIẢI PHÁP", p["tasks"])
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    out.append(("pagebreak",))
    out.append(("title", ["PHỤ LỤC", f"Lịch sinh hoạt chuyên đề năm {y}"]))
    out.append(("p", f"(Kèm theo Kế hoạch số {p['number']:02d}-KH/CB ngày {p['date'][8:]}/{p['date'][5:7]}/{y} "
                     f"của Chi bộ)"))  # fmt: skip
    rows = [[f"Quý {ROMAN[t['quarter']]}", f"Tháng {t['month']}", t["title"], ", ".join(t["presenters"])]
            for t in p["topics"]]  # fmt: skip
    out.append(("table", ["Quý", "Tháng", "Tên chuyên đề", "Đồng chí chuẩn bị"], rows, "",
                (1.6, 1.8, 8.6, 4.5)))  # fmt: skip
    out.append(("p", "Ghi chú: ngày sinh hoạt cụ thể do Chi ủy thông báo trước 05 ngày."))
    return out


def two_page_table(p: dict[str, Any]) -> list[Block]:
    """A kindergarten plan whose schedule table runs on to a second page without its heading row
    (no "repeat header row"), each title broken over two lines of its cell by hand."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out += section("II. YÊU CẦU ĐỐI VỚI MỖI BUỔI SINH HOẠT CHUYÊN ĐỀ", p["requirements"])
    out.append(("h", f"III. LỊCH SINH HOẠT CHUYÊN ĐỀ NĂM {y}"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        rows.append([str(i), t["when"], t["broken"], "\n".join(f"{t['titles'][k]} {n}" for k, n in enumerate(t["presenters"])),
                     t["form"] or ""])  # fmt: skip
    out.append(("table", ["TT", "Thời gian", "Tên chuyên đề", "Người thực hiện", "Hình thức"], rows, "",
                (1.0, 2.8, 6.6, 3.6, 2.5), {"break_before_row": p["break_row"]}))  # fmt: skip
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def titled_blocks(p: dict[str, Any]) -> list[Block]:
    """A high school cell's plan for a school year: one block per topic, the people written with
    academic titles or as "thầy"/"cô" ("ThS. …", "CN. …", "thầy …"), the time "Học kỳ I – tháng
    11/2018 (quý IV)"."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ TRONG NĂM HỌC"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("h", f"Chuyên đề {i}. {t['title']}"))
        out.append(("p", f"   Thời gian: {t['when']}."))
        out.append(("p", f"   Người thực hiện: {t['people']}."))
        if t["form"]:
            out.append(("p", f"   Hình thức: {t['form']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def month_words(p: dict[str, Any]) -> list[Block]:
    """A residential cell's plan whose meetings are named by month in words under quarter headings
    ("Kỳ sinh hoạt tháng Giêng", "tháng Chạp"), the plan saying it counts months by the solar
    calendar."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN"))
    out.append(("p", p["calendar_note"]))
    last = 0
    for t in p["topics"]:
        if t["quarter"] != last:
            out.append(("h", f"QUÝ {ROMAN[t['quarter']]}"))
            last = t["quarter"]
        out.append(("p", f"- Kỳ sinh hoạt {t['when']}: chuyên đề “{t['title']}”; "
                         f"{', '.join(t['people'])} chuẩn bị."))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "i_month_rows": month_rows,
    "i_offices_then_names": offices_then_names,
    "i_outline_ranges": outline_ranges,
    "i_web_copy": web_copy,
    "i_email_plain": email_plain,
    "i_stamped_scan": stamped_scan,
    "i_targets_annex": targets_annex,
    "i_two_page_table": two_page_table,
    "i_titled_blocks": titled_blocks,
    "i_month_words": month_words,
}


# -------------------------------------------------------------------------------------- plans
_AIMS = [
    "- Nâng cao nhận thức chính trị, ý thức trách nhiệm của đảng viên; đổi mới nội dung, nâng cao chất "
    "lượng sinh hoạt chi bộ theo hướng thiết thực, gắn với nhiệm vụ chính trị của đơn vị.",
    "- Đảng viên được phân công chuẩn bị chu đáo, gửi dự thảo cho Chi ủy trước kỳ sinh hoạt ít nhất 05 ngày.",
]
_CLOSING = [
    "- Chi ủy đôn đốc đảng viên được phân công chuẩn bị nội dung; sau mỗi kỳ sinh hoạt chuyên đề có kết "
    "luận, báo cáo kết quả về cấp ủy cấp trên.",
    "- Đảng viên trong Chi bộ nghiên cứu trước tài liệu, tham gia ý kiến tại kỳ sinh hoạt.",
]


_NHAN, _HA_140, _LIEN, _HUE_140 = "Bùi Thị Nhạn", "Phạm Thị Thu Hà", "Nguyễn Thị Kim Liên", "Ka Huê"
_P140_TOPICS = [
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm của nhà giáo với trẻ "
       "vùng xa", 4, 10, [_NHAN], year_of=2025, at=1),
    _t("Giữ vững chuẩn quốc gia mức độ 2 gắn với kiểm định chất lượng giáo dục cấp độ 3", 1, 1,
       [_HA_140, _LIEN], year_of=2026, at=2),
    _t("Vai trò của đảng viên trong huy động trẻ người đồng bào dân tộc thiểu số ra lớp", 2, 4,
       [_HUE_140], year_of=2026, at=0),
    _t("Đảng viên gương mẫu thực hiện Chỉ thị số 05-CT/TW trong chăm sóc, nuôi dưỡng trẻ", 2, 5,
       [_NHAN, _HA_140], year_of=2026, at=1),
]  # fmt: skip
_P140_MONTHS = [
    (2025, 9, ["Tổ chức khai giảng năm học 2025 – 2026; rà soát, huy động trẻ ra lớp ở 2 điểm trường",
               "Sinh hoạt chi bộ thường kỳ; kiện toàn các tổ chuyên môn"], "Chi ủy, BGH"),
    (2025, 10, ["Hội nghị viên chức, người lao động đầu năm học",
                "Sinh hoạt chi bộ thường kỳ, nhận xét đảng viên quý III"], "Bí thư, Chủ tịch CĐ"),
    (2025, 11, ["Tổ chuyên môn thực hiện chuyên đề “Phát triển vận động cho trẻ 24 – 36 tháng”",
                "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11; sinh hoạt chi bộ thường kỳ"], "Phó Hiệu trưởng"),
    (2025, 12, ["Kiểm điểm, đánh giá, xếp loại đảng viên năm 2025",
                "Sinh hoạt chi bộ thường kỳ"], "Chi ủy"),
    (2026, 1, ["Sơ kết học kỳ I; xây dựng kế hoạch học kỳ II",
               "Sinh hoạt chi bộ thường kỳ"], "Chi ủy, BGH"),
    (2026, 2, ["Tổ chức cho trẻ vui Tết, bảo đảm an toàn trước và sau Tết Nguyên đán",
               "Sinh hoạt chi bộ thường kỳ"], "BGH"),
    (2026, 3, ["Tổ chức các hoạt động chào mừng ngày 8/3 và 26/3",
               "Sinh hoạt chi bộ thường kỳ; bồi dưỡng quần chúng ưu tú"], "Chi ủy, Đoàn TN"),
    (2026, 4, ["Sinh hoạt chi bộ thường kỳ; đánh giá trẻ cuối năm ở các nhóm lớp"], "Chi ủy"),
    (2026, 5, ["Tổng kết năm học; đánh giá viên chức theo chuẩn nghề nghiệp",
               "Sinh hoạt chi bộ thường kỳ"], "Chi ủy, BGH"),
]  # fmt: skip

_THINH, _HUE_141, _CUONG = "Nguyễn Văn Thịnh", "Phạm Thị Huế", "Vũ Đức Cường"
_P141_TOPICS = [
    _t("Tuyên truyền, vận động nhân dân thực hiện nếp sống văn minh trong việc cưới, việc tang", 1, 3,
       [_HUE_141], offices=["Phó Bí thư Chi bộ"]),
    _t("Đảng viên gương mẫu trong dồn điền, đổi thửa và chuyển đổi cơ cấu cây trồng", 2, 6, [_THINH],
       offices=["Bí thư Chi bộ, Trưởng thôn"]),
    _t("Phát huy vai trò cựu chiến binh trong giữ gìn an ninh trật tự ở thôn", 3, 9, [_CUONG],
       offices=["Chi hội trưởng Chi hội Cựu chiến binh"]),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng khối đoàn kết ở khu dân "
       "cư", 4, 11, [_THINH, _HUE_141], offices=["Bí thư Chi bộ", "Trưởng ban Công tác Mặt trận thôn"]),
]  # fmt: skip

_HUNG_142, _HANG_142, _VINH, _NGUYET = (
    "Đỗ Văn Hưng",
    "Lê Thị Thu Hằng",
    "Phạm Quang Vinh",
    "Trần Thị Minh Nguyệt",
)
_P142_TOPICS = [
    _t("Đổi mới công tác quản lý, chỉ đạo chuyên môn trong thực hiện Chương trình giáo dục phổ thông 2018",
       1, 3, [_HUNG_142], when="kỳ sinh hoạt tháng 3/2021", range="Từ 01/01 đến 31/3/2021"),
    _t("Xây dựng trường học đạt chuẩn quốc gia gắn với xây dựng nông thôn mới kiểu mẫu", 2, 5,
       [_HANG_142, _VINH], when="kỳ sinh hoạt tháng 5/2021", range="Từ 01/4 đến 30/6/2021"),
    _t("Nâng cao trách nhiệm nêu gương của đảng viên trong cơ quan quản lý giáo dục", 3, None, [_VINH],
       when="trong quý, Chi ủy thông báo ngày cụ thể sau", range="Từ 01/7 đến 30/9/2021"),
    _t("Công tác phổ cập giáo dục, xóa mù chữ ở các xã vùng đồng bào dân tộc thiểu số", 4, 11,
       [_HUNG_142, _NGUYET], when="kỳ sinh hoạt tháng 11/2021", range="Từ 01/10 đến 31/12/2021"),
]  # fmt: skip

_TOAN, _HUONG_143, _KHAI = "Phạm Văn Toàn", "Đào Thị Hương", "Nguyễn Văn Khải"
_P143_TOPICS = [
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tự học, tự bồi dưỡng của nhà giáo",
       4, 10, [_TOAN], when="Tháng 10/2025 (Quý IV)", note="Lồng ghép sinh hoạt thường kỳ"),
    _t("Chuyển đổi số trong quản lý và dạy học ở trường liên cấp", 4, 12, [_HUONG_143, _KHAI],
       when="Tháng 12/2025 (Quý IV)", note=""),
    _t("Nâng cao chất lượng ôn tập cho học sinh lớp 9 thi vào lớp 10", 1, 3, [_KHAI],
       when="Tháng 3/2026 (Quý I)", note="Mời tổ trưởng tổ KHTN dự"),
    _t("Đảng viên gương mẫu thực hiện Chỉ thị số 50-CT/TW về đổi mới, nâng cao chất lượng sinh hoạt chi bộ",
       2, 5, [_TOAN, _HUONG_143], when="Tháng 5/2026 (Quý II)", note=""),
]  # fmt: skip

_QUANG, _LE, _THOAI, _SANG = "Lê Văn Quang", "Trần Thị Mỹ Lệ", "Lý Thanh Thoại", "Nguyễn Văn Sang"
_P144_TOPICS = [
    _t("Vận động nhân dân giữ gìn an ninh trật tự, phòng chống tội phạm ở ấp", 1, 3, [_QUANG, _LE],
       sentence="Sinh hoạt kỳ tháng 3 (quý I). Đồng chí Lê Văn Quang và đồng chí Trần Thị Mỹ Lệ chuẩn bị."),
    _t("Phát huy vai trò đoàn viên thanh niên trong xây dựng nông thôn mới nâng cao", 2, 6, [_THOAI],
       sentence="Kỳ tháng 6, quý II; anh Lý Thanh Thoại (Bí thư Chi đoàn ấp) chuẩn bị."),
    _t("Chuyển đổi cây trồng, vật nuôi thích ứng với hạn mặn", 3, 9, [_SANG],
       sentence="Quý III, sinh hoạt tháng 9, đ/c Nguyễn Văn Sang chuẩn bị bài."),
    _t("Học tập và làm theo Bác về thực hành tiết kiệm, chống lãng phí", 4, 11, [_LE],
       sentence="Quý IV (tháng 11): đ/c Trần Thị Mỹ Lệ chuẩn bị."),
]  # fmt: skip

_THANG_145, _HANG_145, _MANH = "Đặng Văn Thắng", "Hoàng Thị Hằng", "Nguyễn Đức Mạnh"
_P145_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội XIV của Đảng đến đảng viên trong thôn", 1, 3, [_THANG_145],
       when="Tháng 3/2026"),
    _t("Giữ gìn vệ sinh môi trường, phân loại rác thải tại hộ gia đình", 2, 5, [_HANG_145],
       when="Tháng 5/2026"),
    _t("Sử dụng Sổ tay đảng viên điện tử trong sinh hoạt chi bộ", 3, 8, [_HANG_145, _MANH],
       when="Tháng 8/2026"),
    _t("Vai trò của đảng viên trong bảo đảm an ninh trật tự khu dân cư", 4, 11, [_MANH],
       when="Tháng 11/2026"),
]  # fmt: skip

_UT, _SUONG, _TAM = "Nguyễn Văn Út", "Lê Thị Thu Sương", "Võ Minh Tâm"
_P146_TOPICS = [
    _t("Vận động nhân dân làm đường giao thông nông thôn theo phương châm “Nhà nước và Nhân dân cùng làm”",
       1, 3, [_UT]),
    _t("Phòng, chống hạn mặn, bảo vệ lúa vụ Hè Thu", 2, 6, [_TAM]),
    _t("Đảng viên gương mẫu hoàn thành nghĩa vụ thu ngân sách và các khoản đóng góp", 3, 9, [_UT, _SUONG]),
    _t("Học tập và làm theo Bác về dân vận khéo trong hòa giải ở cơ sở", 4, 11, [_SUONG]),
]  # fmt: skip
_P146_TARGETS = [
    target("Thu ngân sách đạt 100% chỉ tiêu xã giao", "percent", 100),
    target("Kết nạp 01 đảng viên mới", "count", 1),
    target("Từ 95% số hộ trở lên đạt danh hiệu Gia đình văn hóa", "percent", 95),
    target("Giảm 02 hộ nghèo", "count", 2),
    target("Chi bộ đạt “hoàn thành tốt nhiệm vụ” trở lên", "yes_no"),
]

_THU, _THUY_HUONG, _TRAM, _LE_HANG = (
    "Trần Thị Hoài Thu",
    "Chế Thị Thùy Hương",
    "Nguyễn Thị Nữ Trăm",
    "Phan Thị Lệ Hằng",
)
_P147_TOPICS = [
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về thương yêu, chăm sóc trẻ", 1, 3,
       [_THU], when="Tháng 3/2021\n(Quý I)", titles=["Cô"],
       broken="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về\nthương yêu, chăm sóc trẻ"),
    _t("Vai trò của đảng viên trẻ trong xây dựng trường học hạnh phúc", 2, 5, [_THUY_HUONG, _TRAM],
       when="Tháng 5/2021\n(Quý II)", titles=["Cô", "Cô"], form="Diễn đàn",
       broken="Vai trò của đảng viên trẻ trong xây dựng\ntrường học hạnh phúc"),
    _t("Nâng cao chất lượng nuôi dưỡng, bảo đảm an toàn thực phẩm trong bếp ăn bán trú", 3, 9, [_LE_HANG],
       when="Tháng 9/2021\n(Quý III)", titles=["Cô"],
       broken="Nâng cao chất lượng nuôi dưỡng, bảo đảm an toàn thực phẩm\ntrong bếp ăn bán trú"),
    _t("Đổi mới sinh hoạt chuyên môn theo hướng lấy trẻ làm trung tâm", 4, 11, [_THU, _THUY_HUONG],
       when="Tháng 11/2021\n(Quý IV)", titles=["Cô", "Cô"], form="Hội thảo",
       broken="Đổi mới sinh hoạt chuyên môn theo hướng\nlấy trẻ làm trung tâm"),
]  # fmt: skip

_HANH, _HOA, _ANH, _LOAN, _TUAN = ("Lưu Văn Hanh", "Dương Văn Hòa", "Nguyễn Thị Ngọc Ánh", "Trần Thị Bích Loan",
                                  "Phạm Minh Tuấn")  # fmt: skip
_P148_TOPICS = [
    _t("Giáo dục lý tưởng cách mạng, đạo đức, lối sống cho đoàn viên, học sinh", 4, 10, [_HOA, _LOAN],
       when="Học kỳ I – tháng 10/2018 (quý IV)",
       people="thầy Dương Văn Hòa – Bí thư Đoàn trường (báo cáo); cô Trần Thị Bích Loan (tham luận)"),
    _t("Đổi mới kiểm tra, đánh giá học sinh theo định hướng phát triển năng lực", 4, 12, [_HANH],
       when="Học kỳ I – tháng 12/2018 (quý IV)", people="ThS. Lưu Văn Hanh – Phó Hiệu trưởng",
       form="Hội thảo chuyên đề"),
    _t("Học tập và làm theo Bác về tinh thần tự học, tự rèn luyện của nhà giáo", 1, 3, [_TUAN, _ANH],
       when="Học kỳ II – tháng 3/2019 (quý I)",
       people="ThS. Phạm Minh Tuấn – Bí thư Chi bộ, Hiệu trưởng; CN. Nguyễn Thị Ngọc Ánh – giáo viên Lịch sử"),
    _t("Phòng, chống bạo lực học đường và tệ nạn xã hội trong học sinh", 2, 4, [_LOAN, _HOA],
       when="Học kỳ II – tháng 4/2019 (quý II)",
       people="cô Trần Thị Bích Loan – Tổ trưởng tổ Ngữ văn; thầy Dương Văn Hòa"),
]  # fmt: skip

_HUNG_149, _VAN, _HUY = "Trịnh Văn Hùng", "Lê Thị Thanh Vân", "Đỗ Quang Huy"
_P149_TOPICS = [
    _t("Quán triệt Nghị quyết chuyên đề xây dựng khu dân cư Âu Cơ không có ma túy đến năm 2030", 1, 1,
       [_HUNG_149], when="tháng Giêng", people=["đ/c Trịnh Văn Hùng (Bí thư Chi bộ, Trưởng khu)"]),
    _t("Phát huy vai trò đảng viên ở khu dân cư theo Quy định số 213-QĐ/TW", 2, 5, [_VAN, _HUY],
       when="tháng Năm", people=["đ/c Lê Thị Thanh Vân", "đ/c Đỗ Quang Huy"]),
    _t("Làm sạch dữ liệu đất đai, dân cư trên địa bàn khu", 3, 8, [_HUY],
       when="tháng Tám", people=["đ/c Đỗ Quang Huy (Chi ủy viên)"]),
    _t("Một năm thực hiện Chỉ thị số 50-CT/TW về nâng cao chất lượng sinh hoạt chi bộ", 4, 12,
       [_HUNG_149, _VAN], when="tháng Chạp", people=["đ/c Trịnh Văn Hùng", "đ/c Lê Thị Thanh Vân (Phó Bí thư)"]),
]  # fmt: skip

PLANS: list[T] = [
    {
        "id": "140_mam_non_hoa_ninh_lam_dong_2025",
        "half": "dev",
        "fmt": "docx",
        "layout": "i_month_rows",
        "province": "Lâm Đồng",
        "source": "https://baolamdong.vn/truong-vung-xa-lam-theo-guong-bac-382019.html",
        "source_says": "Trường Mầm non Hòa Ninh (xã Hòa Ninh), thành lập năm 1998, 2 điểm trường và 10 nhóm lớp, "
        "được công nhận trường đạt chuẩn quốc gia mức độ 2, kiểm định chất lượng giáo dục cấp độ 3 (tổng kết năm "
        "học 2024 – 2025); cô Bùi Thị Nhạn – Bí thư Chi bộ, Hiệu trưởng cho biết việc đẩy mạnh thực hiện Chỉ thị "
        "số 05 góp phần tạo chuyển biến; tỷ lệ huy động trẻ ra lớp 2020 – 2025 trên 95%.",
        "completed": [
            "the page gives the school, its secretary, its national standard level 2 and accreditation level 3, its "
            "two sites and the cell's work on Directive 05; the school year 2025 – 2026 programme (the monthly work, "
            "the four thematic meetings, their months and people other than the secretary), the number, the date "
            "and the commune committee are completed",
            "the programme is one Word table whose rows are months; each thematic meeting is one line of the "
            "content column among the regular work, told apart only by the words “sinh hoạt chuyên đề”; no "
            "quarter is written (the truth's quarters follow the calendar months); a professional team's "
            "“chuyên đề” in November is not a thematic meeting of the cell",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường Mầm non Hòa Ninh",
        "committee_name": "Đảng bộ xã Hòa Ninh",
        "left": ["ĐẢNG BỘ XÃ HÒA NINH", "CHI BỘ TRƯỜNG MẦM NON HÒA NINH"],
        "send_to": ["Đảng ủy xã Hòa Ninh (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Công tác của Chi bộ năm học 2025 – 2026"],
        "number": 3,
        "type_code": "KH",
        "date": "2025-09-10",
        "place": "Hòa Ninh",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mầm non Hòa Ninh nhiệm kỳ 2025 – 2027;",
            BASE_HD12,
        ],
        "opening": "Chi bộ Trường Mầm non Hòa Ninh xây dựng kế hoạch công tác năm học 2025 – 2026, trong đó "
        "sinh hoạt chuyên đề được lồng ghép vào kỳ sinh hoạt thường kỳ của tháng, cụ thể như sau:",
        "aims": _AIMS,
        "months": _P140_MONTHS,
        "closing": _CLOSING,
        "topics": _P140_TOPICS,
        "targets": [],
        "members": "14 đảng viên",
        "secretary": _NHAN,
    },
    {
        "id": "141_chi_bo_thon_hoang_tuong_tan_trao_2023",
        "half": "dev",
        "fmt": "docx",
        "layout": "i_offices_then_names",
        "province": "Hải Dương",
        "source": "https://m.baohaiduong.vn/xay-dung-dang---chinh-quyen/tat-ca-cac-chi-bo-o-thanh-mien-da-nhat-"
        "the-hoa-bi-thu-chi-bo-kiem-truong-thon-khu-dan-cu-215609",
        "source_says": "Đến ngày 3/10/2022, 234 chi bộ trực thuộc Đảng ủy cơ sở ở huyện Thanh Miện đã đại hội "
        "nhiệm kỳ 2022 – 2025; 83 trưởng thôn, khu dân cư được bầu làm bí thư chi bộ (nhất thể hóa); ảnh: Chi bộ "
        "thôn Hoàng Tường, xã Tân Trào tổ chức thành công Đại hội nhiệm kỳ 2022 – 2025.",
        "completed": [
            "the page names the cell, its commune and its 2022 congress, and says its secretary is the head of "
            "the village; the 2023 plan, its four topics, the committee's three members and their offices, the "
            "number and the date are completed",
            "the schedule names each preparer only by office (“đ/c Phó Bí thư Chi bộ chuẩn bị”); the names stand "
            "only in section III's list of the committee; the truth gives the names the list resolves",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ thôn Hoàng Tường",
        "committee_name": "Đảng bộ xã Tân Trào",
        "left": ["ĐẢNG BỘ XÃ TÂN TRÀO", "CHI BỘ THÔN HOÀNG TƯỜNG"],
        "send_to": ["Đảng ủy xã (báo cáo)", "Các đảng viên"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2023"],
        "number": 1,
        "type_code": "KH",
        "date": "2023-01-06",
        "place": "Tân Trào",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ thôn Hoàng Tường nhiệm kỳ 2022 – 2025;",
        ],
        "opening": "Chi bộ thôn Hoàng Tường xây dựng kế hoạch sinh hoạt chuyên đề năm 2023, mỗi quý một "
        "chuyên đề, như sau:",
        "aims": _AIMS,
        "committee": [
            (_THINH, "Bí thư Chi bộ, Trưởng thôn"),
            (_HUE_141, "Phó Bí thư Chi bộ, Trưởng ban Công tác Mặt trận thôn"),
            (_CUONG, "Chi ủy viên, Chi hội trưởng Chi hội Cựu chiến binh"),
        ],
        "committee_note": "Đồng chí Bí thư Chi bộ chịu trách nhiệm chung; các đồng chí chi ủy viên chuẩn bị "
        "chuyên đề theo chức trách nêu ở mục II, gửi đề cương cho Bí thư trước kỳ sinh hoạt 07 ngày.",
        "closing": _CLOSING,
        "topics": _P141_TOPICS,
        "targets": [],
        "members": "27 đảng viên",
        "secretary": _THINH,
    },
    {
        "id": "142_chi_bo_phong_gd_dt_hai_ha_2021",
        "half": "dev",
        "fmt": "odt",
        "layout": "i_outline_ranges",
        "province": "Quảng Ninh",
        "source": "http://pgdhaiha.edu.vn/new/id/193547/chi-bo-phong-giao-duc-va-dao-tao-hai-ha-to-chuc-dai-hoi-"
        "chi-bo-lan-thu-iv-nhiem-ky-2020-2022.aspx",
        "source_says": "Chi bộ Phòng Giáo dục và Đào tạo Hải Hà (13 đảng viên chính thức) tổ chức đại hội chi "
        "bộ lần thứ IV, nhiệm kỳ 2020 – 2022; đồng chí Nguyễn Văn Lê – Phó Chủ tịch HĐND huyện, Bí thư Đảng bộ "
        "cơ quan chính quyền huyện phát biểu chỉ đạo; 39/46 trường học, cơ sở giáo dục đạt chuẩn quốc gia.",
        "completed": [
            "the page gives the cell, its 13 members, its superior committee and the standard schools; the 2021 "
            "thematic plan (four topics, their times and preparers), the secretary, the number and the date are "
            "completed",
            "sections and topics are headings numbered by one outline list (“1.”, “2.1.”), the numbers not in the "
            "text; each quarter is written only as a date range (“Từ 01/4 đến 30/6/2021”); the third meeting has "
            "no month (“trong quý, Chi ủy thông báo ngày cụ thể sau”), so the truth's month is null",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ Phòng Giáo dục và Đào tạo Hải Hà",
        "committee_name": "Đảng bộ Cơ quan Chính quyền huyện Hải Hà",
        "left": ["ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN", "CHI BỘ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
        "send_to": ["Đảng ủy Cơ quan Chính quyền huyện (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        "number": 2,
        "type_code": "KH",
        "date": "2021-01-12",
        "place": "Hải Hà",
        "legal_bases": [BASE_HD12],
        "opening": "Chi bộ Phòng Giáo dục và Đào tạo Hải Hà xây dựng kế hoạch sinh hoạt chuyên đề năm 2021 "
        "như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P142_TOPICS,
        "targets": [],
        "members": "13 đảng viên",
        "secretary": _HUNG_142,
    },
    {
        "id": "143_th_thcs_le_khac_can_2025",
        "half": "dev",
        "fmt": "txt",
        "layout": "i_web_copy",
        "province": "Hải Phòng",
        "source": "http://th-thcslekhaccan.haiphong.edu.vn/cong-tac-dang/chi-bo-truong-ththcs-le-khac-can-sinh-"
        "hoat-chi-bo-thang-8/ct/22023/437439",
        "source_says": "Sáng 25/7/2025, Chi bộ Trường TH&THCS Lê Khắc Cẩn sinh hoạt định kỳ tháng 8; đồng chí "
        "Phạm Văn Toàn – Bí thư Chi bộ, Hiệu trưởng chủ trì; chi bộ thống nhất chuẩn bị năm học 2025 – 2026, "
        "tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "completed": [
            "the page gives the cell, its secretary and its August 2025 meeting; the school year 2025 – 2026 "
            "thematic plan (four topics, times, people other than the secretary), the number, the date and the "
            "commune committee's name are completed",
            "the file is the plan as copied from the school's web page into a text file: breadcrumbs, the post's "
            "date and view count, the table as tab-separated rows, a “Các tin khác” list whose titles speak of "
            "past meetings (not topics of this plan) and the site's footer",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường TH&THCS Lê Khắc Cẩn",
        "committee_name": "Đảng bộ xã An Lão",
        "number": 6,
        "type_code": "KH",
        "date": "2025-09-10",
        "place": "An Lão",
        "legal_bases": [BASE_HD12],
        "crumbs": [
            "Trang chủ > Tin tức > Công tác Đảng",
            "Đăng nhập   |   Liên hệ   |   Sơ đồ website",
        ],
        "post_head": [
            "Kế hoạch sinh hoạt chuyên đề của Chi bộ năm học 2025 - 2026",
            "Ngày đăng: 12/09/2025 08:15 | Người đăng: admin | Lượt xem: 1.284",
            "Chia sẻ:  Facebook   Zalo   In bài viết",
        ],
        "body_top": [
            "ĐẢNG BỘ XÃ AN LÃO",
            "CHI BỘ TRƯỜNG TH&THCS LÊ KHẮC CẨN",
            "Số 06-KH/CB",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "An Lão, ngày 10 tháng 9 năm 2025",
            "KẾ HOẠCH",
            "Sinh hoạt chuyên đề năm học 2025 - 2026",
            BASE_HD12,
            "Chi bộ Trường TH&THCS Lê Khắc Cẩn xây dựng kế hoạch sinh hoạt chuyên đề năm học 2025 - 2026, "
            "mỗi học kỳ hai chuyên đề, cụ thể như sau:",
        ],
        "body_end": [
            "Đảng viên được phân công gửi dự thảo cho Chi ủy trước kỳ sinh hoạt 01 tuần; sau mỗi kỳ sinh hoạt "
            "Chi bộ có kết luận và báo cáo Đảng ủy xã.",
            "T/M CHI BỘ",
            "BÍ THƯ",
            "(đã ký)",
            "Phạm Văn Toàn",
            "Tệp đính kèm: KH SHCD CB 2025-2026.pdf (245 KB)",
        ],
        "others": [
            "Các tin khác",
            "Chi bộ Trường TH&THCS Lê Khắc Cẩn sinh hoạt chi bộ tháng 8 (25/07/2025)",
            "Sinh hoạt chuyên đề quý II/2025: Học tập và làm theo Bác về tinh thần tự học (20/05/2025)",
            "Lễ kết nạp đảng viên mới năm 2025 (03/02/2025)",
            "Xem tiếp >>",
        ],
        "footer": [
            "TRƯỜNG TH&THCS LÊ KHẮC CẨN",
            "Địa chỉ: xã An Lão, thành phố Hải Phòng",
            "Bản quyền thuộc về Trường TH&THCS Lê Khắc Cẩn. Ghi rõ nguồn khi phát hành lại thông tin từ website.",
            "Đang truy cập: 12   Hôm nay: 356   Tổng lượt truy cập: 245.310",
        ],
        "topics": _P143_TOPICS,
        "targets": [],
        "members": "",
        "secretary": _TOAN,
    },
    {
        "id": "144_chi_bo_ap_binh_an_vinh_huu_2022",
        "half": "dev",
        "fmt": "txt",
        "layout": "i_email_plain",
        "province": "Tiền Giang",
        "source": "https://huyenuygocongtay.vn/news/tin-tuc-co-so/dai-hoi-chi-doan-ap-binh-an-xa-vinh-huu-nhiem-"
        "ky-2022-2027-187.html",
        "source_says": "Ngày 11/01/2022, được sự thống nhất của Thường trực Đảng ủy xã Vĩnh Hựu và Chi ủy Chi bộ "
        "ấp Bình An, Chi đoàn ấp Bình An đại hội nhiệm kỳ 2022 – 2027; dự có đồng chí Lê Văn Quang – Bí thư chi "
        "bộ ấp Bình An và 21 đoàn viên; đồng chí Lý Thanh Thoại tái cử Bí thư Chi đoàn ấp.",
        "completed": [
            "the page gives the cell, its secretary, its commune and the youth union's secretary; the 2022 thematic "
            "plan (four topics, months, the other two members), the plan's number and date are completed",
            "the file is the secretary's e-mail: the topics are paragraphs with no number or bullet, each its "
            "title on one line and a sentence with its time and people (“Kỳ tháng 6, quý II; anh Lý Thanh Thoại "
            "… chuẩn bị”); the plan cites no legal basis and names no place (the truth's place is empty)",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ ấp Bình An",
        "committee_name": "Đảng bộ xã Vĩnh Hựu",
        "number": 2,
        "type_code": "KH",
        "date": "2022-01-20",
        "place": "",  # the e-mail gives the plan's number and date but no place
        "legal_bases": [],
        "mail_head": [
            "Từ: Lê Văn Quang",
            "Đến: Đảng viên Chi bộ ấp Bình An",
            "Ngày gửi: Thứ Năm, 20/01/2022 19:05",
            "Chủ đề: Ke hoach sinh hoat chuyen de nam 2022 - Chi bo ap Binh An",
            "Đính kèm: KH 02-KH-CB.doc",
        ],
        "greeting": [
            "Kính gửi các đồng chí đảng viên Chi bộ ấp Bình An,",
            "",
            "Thực hiện Kế hoạch số 02-KH/CB ngày 20/01/2022 của Chi bộ, Chi ủy gửi các đồng chí lịch sinh hoạt "
            "chuyên đề năm 2022 (mỗi quý một kỳ, lồng vào buổi họp chi bộ định kỳ ngày mùng 5 dương lịch) như sau:",
        ],
        "mail_end": [
            "Các đồng chí được phân công gửi bài cho tôi trước kỳ họp 5 ngày để Chi ủy góp ý.",
            "Trân trọng.",
            "--",
            "Lê Văn Quang",
            "Bí thư Chi bộ ấp Bình An, xã Vĩnh Hựu",
        ],
        "topics": _P144_TOPICS,
        "targets": [],
        "members": "",
        "secretary": _QUANG,
    },
    {
        "id": "145_chi_bo_thon_bach_nao_tam_hung_2026",
        "half": "dev",
        "fmt": "scan",
        "layout": "i_stamped_scan",
        "province": "Hà Nội",
        "source": "https://www.vietnamplus.vn/doi-moi-sinh-hoat-chi-bo-trong-giai-doan-moi-post1061431.vnp",
        "source_says": "19 giờ 30, tại nhà văn hóa thôn Bạch Nao, xã Tam Hưng (Hà Nội), chi bộ sinh hoạt định kỳ "
        "tháng 9/2025, lịch sinh hoạt chuyển sang buổi tối theo Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư; "
        "Bí thư Đảng ủy xã dự; đảng viên Hoàng Thị Hằng dùng Sổ tay đảng viên điện tử.",
        "completed": [
            "the page gives the village cell, its commune, its evening meetings under Directive 50 and one member; "
            "the 2026 plan (four topics, months, the secretary and another member), the number, the date and the "
            "commune's approval are completed",
            "the file is a one-page scan of the printed plan, approved by the commune committee whose round stamp "
            "(a floating picture, not inline) covers the approval's signature beside the secretary's",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ thôn Bạch Nao",
        "committee_name": "Đảng bộ xã Tam Hưng",
        "left": ["ĐẢNG BỘ XÃ TAM HƯNG", "CHI BỘ THÔN BẠCH NAO"],
        "send_to": ["Đảng ủy xã (b/c)", "đảng viên Chi bộ"],
        "approval": [
            "DUYỆT CỦA ĐẢNG ỦY XÃ",
            "K/T BÍ THƯ",
            "PHÓ BÍ THƯ",
            "",
            "",
            "Nguyễn Thị Minh Hòa",
        ],
        "stamp_ring": "ĐẢNG ỦY XÃ TAM HƯNG",
        "stamp_centre": ["ĐẢNG ỦY"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-08",
        "place": "Tam Hưng",
        "legal_bases": [
            "Căn cứ Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng "
            "sinh hoạt chi bộ trong giai đoạn mới;",
        ],
        "opening": "Chi bộ thôn Bạch Nao sinh hoạt chuyên đề mỗi quý một kỳ, lồng vào buổi sinh hoạt định kỳ "
        "lúc 19 giờ 30 tại nhà văn hóa thôn, cụ thể:",
        "closing": [
            "Đồng chí được phân công gửi đề cương cho Chi ủy trước 05 ngày; Chi ủy báo cáo kết quả về Đảng ủy xã.",
        ],
        "topics": _P145_TOPICS,
        "targets": [],
        "members": "",
        "secretary": _THANG_145,
    },
    {
        "id": "146_chi_bo_ap_ong_let_vinh_thuan_2024",
        "half": "dev",
        "fmt": "doc",
        "layout": "i_targets_annex",
        "province": "Long An",
        "source": "http://baolongan.vn/doi-song-xa-hoi/",
        "source_says": "Ấp Ông Lẹt (xã Vĩnh Thuận, huyện Vĩnh Hưng, tỉnh Long An) luôn là ấp đi đầu trong các "
        "phong trào của xã; chỉ trong 6 tháng đầu năm, ấp hoàn thành chỉ tiêu thu ngân sách được giao (tin “Một "
        "tập thể được dân tin yêu, đồng thuận”).",
        "completed": [
            "the page (a section listing, undated) gives the hamlet, its commune and district and its budget "
            "collection; the cell's 2024 activity plan (the year chosen), its targets, its four thematic meetings, "
            "their people, the number and the date are completed",
            "the targets are a table (STT – Chỉ tiêu – Ghi chú); the thematic meetings are only in an annex "
            "printed after the signature, on a page of its own",
        ],
        "kind": "activity",
        "year": 2024,
        "cell_name": "Chi bộ ấp Ông Lẹt",
        "committee_name": "Đảng bộ xã Vĩnh Thuận",
        "left": ["ĐẢNG BỘ XÃ VĨNH THUẬN", "CHI BỘ ẤP ÔNG LẸT"],
        "send_to": ["Đảng ủy xã Vĩnh Thuận (b/c)", "Ban nhân dân ấp", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Hoạt động của Chi bộ năm 2024"],
        "number": 1,
        "type_code": "KH",
        "date": "2024-01-15",
        "place": "Vĩnh Thuận",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ ấp Ông Lẹt nhiệm kỳ 2022 – 2025;",
            "Căn cứ Chương trình công tác năm 2024 của Đảng ủy xã Vĩnh Thuận;",
        ],
        "opening": "Chi bộ ấp Ông Lẹt xây dựng kế hoạch hoạt động năm 2024 như sau:",
        "situation": [
            "Chi bộ có 18 đảng viên; ấp luôn đi đầu trong các phong trào của xã, năm 2023 hoàn thành chỉ tiêu thu "
            "ngân sách được giao. Khó khăn: hạn mặn kéo dài, một số hộ còn khó khăn về vốn sản xuất.",
        ],
        "aim": "Xây dựng Chi bộ trong sạch, vững mạnh; lãnh đạo ấp hoàn thành các chỉ tiêu năm 2024:",
        "target_rows": [
            {"text": _P146_TARGETS[0]["text"], "note": "Phấn đấu hoàn thành trong 6 tháng đầu năm"},
            {"text": _P146_TARGETS[1]["text"]},
            {"text": _P146_TARGETS[2]["text"]},
            {"text": _P146_TARGETS[3]["text"], "note": "Theo kết quả rà soát cuối năm"},
            {"text": _P146_TARGETS[4]["text"]},
        ],
        "tasks": [
            "- Duy trì sinh hoạt chi bộ định kỳ ngày 05 hằng tháng; mỗi quý một kỳ sinh hoạt chuyên đề (lịch tại "
            "Phụ lục kèm theo).",
            "- Phân công đảng viên phụ trách hộ; vận động nhân dân tham gia làm đường giao thông nông thôn.",
        ],
        "closing": _CLOSING,
        "topics": _P146_TOPICS,
        "targets": _P146_TARGETS,
        "members": "18 đảng viên",
        "secretary": _UT,
    },
    {
        "id": "147_mam_non_sen_hong_vinh_2021",
        "half": "dev",
        "fmt": "docx",
        "layout": "i_two_page_table",
        "province": "Nghệ An",
        "source": "http://mgsenhong.pgdkvinh.edu.vn/tin-tuc/sinh-hoat-chi-doan.-chu-de-toi.-nguoi-doan-vien-"
        "thanh-nien-c.html",
        "source_says": "Chiều 28/01/2021, Chi đoàn Mầm non Sen Hồng sinh hoạt chủ điểm tháng 01 “Tôi – Người "
        "đoàn viên TNCS Hồ Chí Minh”; dự có đồng chí Chế Thị Thùy Hương – Bí thư Chi đoàn và Nguyễn Thị Nữ Trăm – "
        "Phó Bí thư Chi đoàn trường Mầm non Sen Hồng.",
        "completed": [
            "the page reports the school's youth union only; the Party cell's 2021 thematic plan is written for "
            "the same school, the two youth union officers among its people; the secretary, another member, the "
            "four topics, their times, the number, the date and the ward committee are completed",
            "the schedule table runs on to a second page (a page break before the second topic's row) without its heading row; every title is broken over two "
            "lines of its cell by hand (the truth joins them); the people are written “Cô …”",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ Trường Mầm non Sen Hồng",
        "committee_name": "Đảng bộ phường Hưng Bình",
        "left": ["ĐẢNG BỘ PHƯỜNG HƯNG BÌNH", "CHI BỘ TRƯỜNG MẦM NON SEN HỒNG"],
        "send_to": ["Đảng ủy phường (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        "number": 2,
        "type_code": "KH",
        "date": "2021-02-03",
        "place": "Vinh",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Kế hoạch số 08-KH/ĐU ngày 15/01/2021 của Đảng ủy phường Hưng Bình về sinh hoạt chi bộ năm 2021;",
            "Căn cứ Nghị quyết Chi bộ Trường Mầm non Sen Hồng năm 2021;",
        ],
        "opening": "Chi bộ Trường Mầm non Sen Hồng xây dựng kế hoạch sinh hoạt chuyên đề năm 2021 như sau:",
        "aims": _AIMS,
        "requirements": [
            "- Đề cương gửi Chi ủy trước 07 ngày; nội dung ngắn gọn, có số liệu, có liên hệ thực tế của nhà "
            "trường và của từng nhóm lớp.",
            "- Buổi sinh hoạt có ít nhất 03 ý kiến thảo luận; Chi bộ ra kết luận, phân công thực hiện.",
        ],
        "break_row": 2,
        "closing": _CLOSING,
        "topics": _P147_TOPICS,
        "targets": [],
        "members": "",
        "secretary": _THU,
    },
    {
        "id": "148_thpt_truong_chinh_lam_dong_2018",
        "half": "dev",
        "fmt": "docx",
        "layout": "i_titled_blocks",
        "province": "Lâm Đồng",
        "source": "http://truongchinh.lamdong.edu.vn/Tin-tuc/dai-hoi-chi-doan-giao-vien-nam-2018-2019-161.html",
        "source_says": "Chi đoàn giáo viên Trường THPT Trường Chinh đại hội nhiệm kỳ 2018 – 2019, bầu Ban Chấp "
        "hành 05 đồng chí; dự có thầy Lưu Văn Hanh – Phó Hiệu trưởng và thầy Dương Văn Hòa – Bí thư Đoàn trường; "
        "Chi đoàn chụp ảnh với lãnh đạo Chi bộ và Đoàn trường.",
        "completed": [
            "the page gives the school, its deputy head and the youth union's secretary; the Party cell's thematic "
            "plan for the school year 2018 – 2019, its secretary, two other members, the topics, times, the "
            "number, the date and the superior committee are completed",
            "the people carry academic titles or “thầy”/“cô” (“ThS. Lưu Văn Hanh”, “CN. Nguyễn Thị Ngọc Ánh”, "
            "“thầy Dương Văn Hòa”), with posts and parts (“(báo cáo)”, “(tham luận)”); times “Học kỳ I – tháng "
            "10/2018 (quý IV)”",
        ],
        "kind": "thematic",
        "year": 2018,
        "cell_name": "Chi bộ Trường THPT Trường Chinh",
        "committee_name": "Đảng bộ huyện Đức Trọng",
        "left": ["ĐẢNG BỘ HUYỆN ĐỨC TRỌNG", "CHI BỘ TRƯỜNG THPT TRƯỜNG CHINH"],
        "send_to": ["Ban Tổ chức Huyện ủy (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2018 – 2019"],
        "number": 5,
        "type_code": "KH",
        "date": "2018-09-20",
        "place": "Đức Trọng",
        "legal_bases": [BASE_HD12],
        "opening": "Chi bộ Trường THPT Trường Chinh xây dựng kế hoạch sinh hoạt chuyên đề năm học 2018 – 2019 "
        "như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P148_TOPICS,
        "targets": [],
        "members": "",
        "secretary": _TUAN,
    },
    {
        "id": "149_chi_bo_khu_au_co_thanh_mieu_2026",
        "half": "dev",
        "fmt": "doc",
        "layout": "i_month_words",
        "province": "Phú Thọ",
        "source": "https://baophutho.vn/pho-bi-thu-thuong-truc-tinh-uy-bui-van-quang-du-sinh-hoat-tai-chi-bo-"
        "khu-au-co-phuong-thanh-mieu-242110.htm",
        "source_says": "Sáng 3/11/2025, đồng chí Bùi Văn Quang – Phó Bí thư Thường trực Tỉnh ủy dự sinh hoạt "
        "thường kỳ tháng 11 tại Chi bộ khu Âu Cơ, phường Thanh Miếu; chi bộ thảo luận xây dựng Nghị quyết chuyên "
        "đề về xây dựng khu dân cư Âu Cơ không có ma túy đến năm 2030, làm sạch dữ liệu đất đai, gặp mặt đảng "
        "viên theo Quy định số 213.",
        "completed": [
            "the page gives the cell, its ward, its November 2025 meeting and its work (the drug-free resolution, "
            "land data, Regulation 213), which become three of the 2026 topics; the fourth topic, the people, the "
            "number and the date are completed",
            "the meetings are named by month in words under quarter headings (“Kỳ sinh hoạt tháng Giêng”, "
            "“tháng Chạp”), the plan saying it counts months by the solar calendar (tháng Giêng is 01, tháng "
            "Chạp 12)",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ khu Âu Cơ",
        "committee_name": "Đảng bộ phường Thanh Miếu",
        "left": ["ĐẢNG BỘ PHƯỜNG THANH MIẾU", "CHI BỘ KHU ÂU CƠ"],
        "send_to": ["Đảng ủy phường Thanh Miếu (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-05",
        "place": "Thanh Miếu",
        "legal_bases": [
            "Căn cứ Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng "
            "sinh hoạt chi bộ trong giai đoạn mới;",
            "Căn cứ Nghị quyết chuyên đề của Chi bộ về xây dựng khu dân cư Âu Cơ không có ma túy đến năm 2030;",
        ],
        "opening": "Chi bộ khu Âu Cơ xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
        "aims": _AIMS,
        "calendar_note": "Các kỳ sinh hoạt dưới đây tính theo tháng dương lịch (tháng Giêng là tháng 01/2026, "
        "tháng Chạp là tháng 12/2026); Chi bộ sinh hoạt vào ngày 03 hằng tháng tại nhà văn hóa khu.",
        "closing": _CLOSING,
        "topics": _P149_TOPICS,
        "targets": [],
        "members": "",
        "secretary": _HUNG_149,
    },
]
