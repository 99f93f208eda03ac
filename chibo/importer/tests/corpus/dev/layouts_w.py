"""Development batch 280–289: layouts and plans written by a corpus writer who had not read the parser.

This batch is about TIME: each plan writes the quarter and the month of its topics in a place or a
form the earlier batches did not cover, inside an ordinary plan as a village, residential or ward
cell of the central coast and the Central Highlands types it. None of the layout functions of
``build.py`` or of the other ``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds
and renderers and the generic helpers of ``common.py``. The shapes:

- a one-page plan photographed with a phone whose time column reads “Q1 (T3)”, “Q2 (T5)” — quarter
  and month as bare “Q” and “T” figures, with separate “Người chuẩn bị” and “Người báo cáo” columns;
- a Word table whose quarters are full-width merged rows written “Q.I/2022”, “Q.II/2022” …, each
  row's own time column giving only the month in lower case (“tháng 4”) or no month at all (“cuối
  quý, sau thu hoạch lúa mùa”), one quarter with two topics;
- a .doc table Quý – Tháng – Nội dung – Người thực hiện whose quarter is typed only in the FIRST row
  of its group, the rows below left blank (not merged), months typed “Th2”, “Th3”;
- an .odt table whose first column, headed “Quý – TT”, carries the quarter in the row number
  (“I.1”, “II.1”, “II.2”), explained by a note under the table, the month in its own column, one row
  “Trong quý” (no month);
- a .doc with bold headings “QUÝ I NĂM 2019”, one joint heading “QUÝ II – QUÝ III NĂM 2019” over
  two topics whose quarters come only from their months, items “+ T 5: …” (a space after “T”);
- an .odt numbered list “Chuyên đề quý thứ nhất, sinh hoạt vào kỳ tháng ba: …” — ordinal quarters
  and months in lower-case words;
- plain text with quarters typed “quý 1-2026”, “quý 03-2026” (hyphen before the year, a padded
  figure), the month on the next line “kỳ sinh hoạt tháng 02”;
- a Word table whose time cell holds both, in three forms in one table: “Quý I – T1”, “Quý II – T5”,
  “8/2026 (QIII)”, “Quý IV – T10”;
- plain text whose whole year is ONE paragraph “Quý I: “…”, đ/c … chuẩn bị; Quý II: …; Quý III
  (tháng 10): …; Quý IV (tháng 12): …” — quarters I and II without a month, quarter III held in
  October (plan 288, a month outside its quarter, ``conflicts: 1``);
- a resolution (NQ) whose meetings are ONE sentence by month in lower-case words, no quarter at
  all (“tháng ba: …; tháng sáu: …; tháng chín: …; tháng mười hai: …”).

Facts are in ``PLANS`` below (same keys as ``plans.py``); ``build.py`` merges both ``LAYOUTS`` and
``PLANS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..common import (
    BASE_HD12,
    Block,
    date_line,
    number_line,
    paras,
    section,
    set_widths,
)
from ..common import signed_sent as _sign
from ..common import typed_head as _head
from ..common import typed_top as _top
from ..facts import T
from ..facts import topic_with as _t


# ------------------------------------------------------------------------------------ helpers
def _text_head(p: dict[str, Any]) -> list[str]:
    """The heading as typed in Notepad: the committee and the cell, the number, then the Party's
    name and the date on their own lines, then the title."""
    return [
        *p["left"],
        number_line(p),
        "",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        date_line(p),
        "",
        *p["title_lines"],
        "",
    ]


def _text_sign(p: dict[str, Any]) -> list[str]:
    return [
        "",
        "Nơi nhận:",
        *[f"- {x};" for x in p["send_to"]],
        "- Lưu Chi bộ.",
        "",
        "T/M CHI BỘ",
        "BÍ THƯ",
        "",
        "(đã ký)",
        "",
        p["secretary"],
    ]


def _bold_lines(lines: list[str], size: float = 13) -> Callable[[Any], None]:
    """Paragraphs typed bold (a heading the typist set by hand, not a heading style)."""

    def draw(doc: Any) -> None:
        from docx.shared import Pt

        for line in lines:
            run = doc.add_paragraph().add_run(line)
            run.bold = True
            run.font.size = Pt(size)

    return draw


# ------------------------------------------------------------------------------------ layouts
def photo_q_t_columns(p: dict[str, Any]) -> list[Block]:
    """One printed page: heading, one opening sentence, a table TT – Thời gian – Nội dung chuyên đề –
    Người chuẩn bị – Người báo cáo whose time reads “Q1 (T3)”, the signature."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), ("p", p["opening"])]
    rows = [[str(i), t["when"], t["title"], t["prep"], t["speaker"]]
            for i, t in enumerate(p["topics"], 1)]  # fmt: skip
    out.append(("table", ["TT", "Thời gian", "Nội dung chuyên đề", "Người chuẩn bị", "Người báo cáo"],
                rows, "", (1.0, 2.5, 6.8, 3.1, 3.1)))  # fmt: skip
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def _merged_quarter_rows(p: dict[str, Any]) -> Block:
    """A table TT – Nội dung chuyên đề – Thời gian – Người thực hiện with one full-width merged row per
    quarter (“Q.II/2022”), typed in bold, above that quarter's topics."""
    head = ["TT", "Nội dung chuyên đề", "Thời gian", "Người thực hiện"]
    groups: list[tuple[str, list[T]]] = []
    for t in p["topics"]:
        if not groups or groups[-1][0] != t["qrow"]:
            groups.append((t["qrow"], []))
        groups[-1][1].append(t)

    def draw(doc: Any) -> None:
        n = 1 + sum(1 + len(g) for _, g in groups)
        grid = doc.add_table(rows=n, cols=4)
        grid.style = "Table Grid"
        set_widths(grid, (1.0, 8.2, 3.0, 4.6))
        for j, text in enumerate(head):
            grid.cell(0, j).paragraphs[0].add_run(text).bold = True
        r, k = 1, 0
        for label, topics in groups:
            cell = grid.cell(r, 0).merge(grid.cell(r, 3))
            cell.paragraphs[0].add_run(label).bold = True
            r += 1
            for t in topics:
                k += 1
                for j, text in enumerate([str(k), t["title"], t["when"], t["who"]]):
                    grid.cell(r, j).text = text
                r += 1

    lines = [" | ".join(head)]
    k = 0
    for label, topics in groups:
        lines.append(label)
        for t in topics:
            k += 1
            lines.append(f"{k} | {t['title']} | {t['when']} | {t['who']}")
    return ("docx", draw, lines)


def merged_quarter_rows(p: dict[str, Any]) -> list[Block]:
    """A village plan: sections I – III, the schedule a table with the quarters as full-width merged
    rows (“Q.I/2022”), each topic's own time cell giving the month or a moment in the quarter."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG"))
    out.append(("p", p["table_intro"]))
    out.append(_merged_quarter_rows(p))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def quarter_first_row_only(p: dict[str, Any]) -> list[Block]:
    """A residential cell's plan: the schedule a table Quý – Tháng – Nội dung – Người thực hiện, the
    quarter typed only in the first row of its group and the rows below left blank (not merged)."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    rows, last = [], None
    for t in p["topics"]:
        rows.append([t["qcell"] if t["qcell"] != last else "", t["when"], t["title"], t["who"]])
        last = t["qcell"]
    out.append(("table", ["Quý", "Tháng", "Nội dung", "Người thực hiện"], rows, "",
                (1.2, 1.8, 8.4, 5.0)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def quarter_in_row_number(p: dict[str, Any]) -> list[Block]:
    """A quarter's code in the row number: the table's first column “Quý – TT” holds “I.1”, “II.2”, a
    note under the table says what the Roman figure means; months in their own column."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CHUYÊN ĐỀ VÀ PHÂN CÔNG"))
    rows = [[t["code"], t["when"], t["title"], t["who"]] for t in p["topics"]]
    out.append(("table", ["Quý – TT", "Kỳ sinh hoạt", "Nội dung chuyên đề", "Phân công"], rows, "",
                (1.8, 2.4, 8.0, 4.4)))  # fmt: skip
    out.append(("p", p["table_note"]))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def year_headings_t_space(p: dict[str, Any]) -> list[Block]:
    """Bold headings “QUÝ I NĂM 2019”, one joint “QUÝ II – QUÝ III NĂM 2019”, items “+ T 5: “…” –
    đ/c …, …” under them (the month typed “T 5”, with a space)."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    last = None
    for t in p["topics"]:
        if t["qhead"] != last:
            out.append(("docx", _bold_lines([t["qhead"]]), [t["qhead"]]))
            last = t["qhead"]
        out.append(("p", f"+ {t['when']}: “{t['title']}” – {t['who']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def ordinal_quarter_words(p: dict[str, Any]) -> list[Block]:
    """Numbered topics “1. Chuyên đề quý thứ nhất, sinh hoạt vào kỳ tháng ba: “…””, each followed by
    “- Người chuẩn bị đề cương: …” and “- Người trình bày: …”."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ TRONG NĂM"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. Chuyên đề {t['when']}: “{t['title']}”."))
        out.append(("p", f"- Người chuẩn bị đề cương: {t['prep']}."))
        out.append(("p", f"- Người trình bày: {t['speaker']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def text_quarter_hyphen_year(p: dict[str, Any]) -> list[Block]:
    """Plain text: “a) Chuyên đề quý 1-2026: “…”” then an indented “Sinh hoạt: kỳ tháng 02.
    Chuẩn bị: …” line."""
    lines = _text_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += ["II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG", ""]
    for letter, t in zip("abcdefgh", p["topics"], strict=False):
        lines.append(f"{letter}) Chuyên đề {t['qtag']}: “{t['title']}”")
        lines.append(f"   Sinh hoạt: {t['when']}.   Chuẩn bị: {t['who']}.")
        lines.append("")
    lines += ["III. TỔ CHỨC THỰC HIỆN", *p["closing"], *_text_sign(p)]
    return [("docx", lambda doc: None, lines)]


def time_cell_both(p: dict[str, Any]) -> list[Block]:
    """A ward residential cell's table STT – Thời gian – Nội dung chuyên đề – Chuẩn bị – Trình bày whose
    time cell holds quarter and month together, typed three ways (“Quý II – T5”, “8/2026 (QIII)”)."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG VÀ PHÂN CÔNG"))
    rows = [[str(i), t["when"], t["title"], t["prep"], t["speaker"]]
            for i, t in enumerate(p["topics"], 1)]  # fmt: skip
    out.append(("table", ["STT", "Thời gian", "Nội dung chuyên đề", "Chuẩn bị", "Trình bày"], rows, "",
                (1.2, 2.9, 6.5, 3.0, 3.0)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def text_year_one_paragraph(p: dict[str, Any]) -> list[Block]:
    """Plain text: the whole year's topics in one paragraph “Quý I: “…”, đ/c … chuẩn bị; Quý II: …”,
    a month only where the cell fixed one."""
    lines = _text_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    parts = [f"{t['when']}: “{t['title']}”, {t['who']} chuẩn bị" for t in p["topics"]]
    lines += ["II. NỘI DUNG", p["lead"] + " " + "; ".join(parts) + ".", ""]
    lines += ["III. TỔ CHỨC THỰC HIỆN", *p["closing"], *_text_sign(p)]
    return [("docx", lambda doc: None, lines)]


def resolution_months_sentence(p: dict[str, Any]) -> list[Block]:
    """A resolution (NQ) of the cell's meeting: attendance, “QUYẾT NGHỊ:” with numbered points, the
    thematic meetings one sentence by month in lower-case words, no quarter."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), *paras(p["legal_bases"])]
    out += paras(p["meeting"])
    out.append(("h", "QUYẾT NGHỊ:"))
    parts = [f"{t['when']}: “{t['title']}” ({t['who']} chuẩn bị)" for t in p["topics"]]
    sentence = "; ".join(parts) + "."
    out += paras(p["points"][:2])
    out.append(("p", sentence[0].upper() + sentence[1:]))
    out += paras(p["points"][2:])
    out.append(("p", p["vote"]))
    out.append(_sign(p))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "w_photo_q_t_columns": photo_q_t_columns,
    "w_merged_quarter_rows": merged_quarter_rows,
    "w_quarter_first_row_only": quarter_first_row_only,
    "w_quarter_in_row_number": quarter_in_row_number,
    "w_year_headings_t_space": year_headings_t_space,
    "w_ordinal_quarter_words": ordinal_quarter_words,
    "w_text_quarter_hyphen_year": text_quarter_hyphen_year,
    "w_time_cell_both": time_cell_both,
    "w_text_year_one_paragraph": text_year_one_paragraph,
    "w_resolution_months_sentence": resolution_months_sentence,
}


# -------------------------------------------------------------------------------------- plans
_AIMS = [
    "- Nâng cao chất lượng sinh hoạt chi bộ; nội dung chuyên đề thiết thực, gắn với nhiệm vụ chính trị "
    "của chi bộ và đời sống của nhân dân trên địa bàn.",
    "- Đảng viên được phân công chuẩn bị chu đáo, gửi đề cương cho Chi ủy trước kỳ sinh hoạt ít nhất 05 "
    "ngày; mọi đảng viên nghiên cứu trước và tham gia ý kiến.",
]
_CLOSING = [
    "- Chi ủy đôn đốc việc chuẩn bị, thông báo ngày sinh hoạt cụ thể trước mỗi kỳ.",
    "- Kết quả sinh hoạt chuyên đề được ghi vào sổ nghị quyết và báo cáo cấp ủy cấp trên.",
]

# 280 — làng Sơ Lam (Kbang, Gia Lai)
_NAN, _BLUN, _HLIM, _KHIEM, _YUIH = (
    "Đinh Nân",
    "Đinh Văn Blưn",
    "Đinh Thị Hlim",
    "Đinh Văn Khiêm",
    "Đinh Thị Yuih",
)
_P280 = [
    _t("Phát huy truyền thống cách mạng, xây dựng làng Sơ Lam giàu đẹp", 1, 3, [_NAN, _BLUN],
       when="Q1 (T3)", prep="Đinh Nân – Bí thư", speaker="Đinh Văn Blưn – Phó Bí thư"),
    _t("Hướng dẫn quy trình canh tác, phòng, chống dịch bệnh trên cây trồng, vật nuôi; giao đảng viên "
       "phụ trách từng cánh đồng", 2, 5, [_KHIEM], when="Q2 (T5)", prep="Đinh Văn Khiêm",
       speaker="Đinh Văn Khiêm"),
    _t("Vận động học sinh ra lớp đúng độ tuổi, duy trì sĩ số; chăm sóc sức khỏe ban đầu, vệ sinh an "
       "toàn thực phẩm", 3, 8, [_HLIM, _YUIH], when="Q3 (T8)", prep="Đinh Thị Hlim",
       speaker="Đinh Thị Yuih"),
    _t("Quản lý, bảo vệ rừng và phòng, chống cháy rừng mùa khô 2023 – 2024", 4, 11, [_BLUN, _NAN],
       when="Q4 (T11)", prep="Đinh Văn Blưn", speaker="Đinh Nân"),
]  # fmt: skip

# 281 — làng A, xã Gào (Pleiku, Gia Lai)
_THUAN, _DEH, _NHOEN, _TUAN, _LAN = (
    "Rơ Mah Thuận",
    "Siu Đeh",
    "Ksor H'Nhoen",
    "Rơ Châm Tuấn",
    "Ksor H'Lan",
)
_P281 = [
    _t("Phòng, chống dịch Covid-19 ở khu dân cư; vận động tiêm vắc xin cho trẻ em từ 5 đến 11 tuổi", 1, 3,
       [_NHOEN], when="tháng 3", qrow="Q.I/2022",
       who="đ/c Ksor H'Nhoen – nhân viên y tế làng"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng đội ngũ cán bộ, đảng "
       "viên gương mẫu, có đạo đức cách mạng trong sáng, đủ năng lực, đáp ứng yêu cầu nhiệm vụ", 2, 4,
       [_DEH], when="tháng 4", qrow="Q.II/2022", who="đ/c Siu Đeh – Phó Bí thư (thay mặt Chi ủy)"),
    _t("Giữ gìn bản sắc văn hóa Jrai: cồng chiêng, nhà rông; xây dựng nếp sống văn minh trong việc cưới, "
       "việc tang", 3, 7, [_LAN, _THUAN], when="tháng 7", qrow="Q.III/2022",
       who="đ/c Ksor H'Lan, đ/c Rơ Mah Thuận"),
    _t("Bảo đảm an ninh trật tự, phòng, chống tội phạm và tệ nạn xã hội trong thanh niên", 3, 9,
       [_TUAN], when="tháng 9", qrow="Q.III/2022", who="đ/c Rơ Châm Tuấn – Trưởng làng"),
    _t("Phát triển kinh tế hộ gia đình, chuyển đổi cây trồng trên đất lúa kém hiệu quả", 4, None,
       [_THUAN], when="cuối quý, sau thu hoạch lúa mùa", qrow="Q.IV/2022",
       who="đ/c Rơ Mah Thuận – Bí thư Chi bộ"),
]  # fmt: skip

# 282 — Tổ dân phố 5, thị trấn Ea T'ling (Cư Jút, Đắk Nông)
_HOA, _MAI, _DUNG, _SAU, _HAN, _THIEN = (
    "Nguyễn Văn Hòa",
    "Lê Thị Mai",
    "Trần Quốc Dũng",
    "Phạm Văn Sáu",
    "Hoàng Thị Hằng",
    "Vũ Đình Thiện",
)
_P282 = [
    _t("Giữ gìn an ninh trật tự, phòng, chống cháy nổ dịp Tết Nguyên đán Ất Tỵ 2025", 1, 2, [_SAU],
       when="Th2", qcell="I", who="đ/c Phạm Văn Sáu – Tổ trưởng tổ ANTT"),
    _t("Học tập, quán triệt các văn bản về đại hội đảng các cấp; trách nhiệm của đảng viên trong chuẩn "
       "bị đại hội chi bộ nhiệm kỳ 2025 – 2027", 1, 3, [_HOA], when="Th3", qcell="I",
       who="đ/c Nguyễn Văn Hòa – Bí thư Chi bộ"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng đô thị văn minh; "
       "giữ gìn vệ sinh đường phố, khu dân cư", 2, 5, [_MAI, _HAN], when="Th5", qcell="II",
       who="đ/c Lê Thị Mai – Phó Bí thư; đ/c Hoàng Thị Hằng – Chi hội trưởng Phụ nữ"),
    _t("Đền ơn đáp nghĩa, chăm lo gia đình chính sách nhân kỷ niệm 78 năm Ngày Thương binh – Liệt sĩ", 3,
       7, [_THIEN], when="Th7", qcell="III", who="đ/c Vũ Đình Thiện – Chi hội trưởng Cựu chiến binh"),
    _t("Sắp xếp tổ chức bộ máy, chính quyền địa phương hai cấp: những điều nhân dân tổ dân phố cần biết", 3,
       9, [_DUNG], when="Th9", qcell="III", who="đ/c Trần Quốc Dũng – Tổ trưởng TDP"),
    _t("Xây dựng “Gia đình văn hóa”, “Tổ dân phố văn hóa”; Ngày hội Đại đoàn kết toàn dân tộc", 4, 11,
       [_HAN, _HOA], when="Th11", qcell="IV", who="đ/c Hoàng Thị Hằng, đ/c Nguyễn Văn Hòa"),
]  # fmt: skip

# 283 — khu phố Khánh Giang, thị trấn Khánh Hải (Ninh Hải, Ninh Thuận)
_THANG, _LIEN, _NHAN, _PHUC, _HUONG = (
    "Lưu Văn Thắng",
    "Trương Thị Liên",
    "Nguyễn Thành Nhân",
    "Đặng Văn Phúc",
    "Phan Thị Hường",
)
_P283 = [
    _t("Phòng, chống dịch bệnh viêm đường hô hấp cấp do vi rút Corona ở khu phố", 1, 3, [_HUONG],
       code="I.1", when="tháng 3", who="đ/c Phan Thị Hường – Chi hội trưởng Phụ nữ"),
    _t("Giảm nghèo bền vững: rà soát 10 hộ nghèo, 31 hộ cận nghèo; giúp hộ nghèo có việc làm trên biển "
       "và nghề muối", 2, 5, [_LIEN], code="II.1", when="tháng 5",
       who="đ/c Trương Thị Liên – Phó Bí thư, Trưởng khu phố"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương của "
       "đảng viên ở khu dân cư", 2, 6, [_THANG], code="II.2", when="tháng 6",
       who="đ/c Lưu Văn Thắng – Bí thư Chi bộ"),
    _t("Khai thác hải sản đúng quy định, chống khai thác bất hợp pháp (IUU); an toàn cho tàu thuyền "
       "mùa mưa bão", 3, None, [_PHUC, _NHAN], code="III.1", when="Trong quý",
       who="đ/c Đặng Văn Phúc; đ/c Nguyễn Thành Nhân"),
    _t("Giữ vững danh hiệu khu phố văn hóa; trên 95% hộ đạt gia đình văn hóa", 4, 11, [_NHAN],
       code="IV.1", when="tháng 11", who="đ/c Nguyễn Thành Nhân – Trưởng ban Công tác Mặt trận"),
]  # fmt: skip

# 284 — thôn Thanh Bình, xã Quảng Xuân (Quảng Trạch, Quảng Bình)
_LOI, _MINH, _BE, _TAM, _HA = (
    "Dương Văn Lợi",
    "Đậu Thanh Minh",
    "Dương Thị Bé",
    "Hoàng Văn Tám",
    "Đậu Thị Hà",
)
_P284 = [
    _t("Bảo vệ, trồng bổ sung rừng trâm bầu chắn gió, chắn cát của thôn", 1, 3, [_MINH],
       when="T 3", qhead="QUÝ I NĂM 2019", who="đ/c Đậu Thanh Minh, Trưởng thôn chuẩn bị và báo cáo"),
    _t("Đánh bắt thủy sản an toàn, đúng quy định; tổ đoàn kết trên biển", 2, 5, [_TAM],
       when="T 5", qhead="QUÝ II – QUÝ III NĂM 2019", who="đ/c Hoàng Văn Tám, Chi hội trưởng Nghề cá"),
    _t("Xuất khẩu lao động đúng pháp luật; phòng, chống lừa đảo đưa người đi làm việc ở nước ngoài",
       3, 8, [_HA, _LOI], when="T 8", qhead="QUÝ II – QUÝ III NĂM 2019",
       who="đ/c Đậu Thị Hà, Chi hội trưởng Phụ nữ; đ/c Dương Văn Lợi, Bí thư Chi bộ (chủ trì)"),
    _t("Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư; giữ gìn hương ước, nếp làng", 4, 11,
       [_LOI, _BE], when="T 11", qhead="QUÝ IV NĂM 2019",
       who="đ/c Dương Văn Lợi, Bí thư Chi bộ; đ/c Dương Thị Bé (tham luận)"),
]  # fmt: skip

# 285 — thôn Đạ Tro, xã Đạ Nhim (Lạc Dương, Lâm Đồng)
_SANG, _DUYEN, _THOA, _BEK = (
    "Rơ Ông Ha Sang",
    "Cil Pam Ka Duyên",
    "Bon Đơng K'Thoa",
    "Liêng Hót Ha Bé",
)
_P285 = [
    _t("Chuyển đổi cơ cấu cây trồng, thay giống cây già cỗi; kinh nghiệm trồng rau, hoa của đảng viên "
       "trong thôn", 1, 3, [_DUYEN], when="quý thứ nhất, sinh hoạt vào kỳ tháng ba",
       prep="đ/c Cil Pam Ka Duyên, đảng viên", speaker="đ/c Cil Pam Ka Duyên"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về đoàn kết các dân tộc", 2, 6,
       [_SANG, _THOA], when="quý thứ hai, sinh hoạt vào kỳ tháng sáu",
       prep="đ/c Rơ Ông Ha Sang, Bí thư Chi bộ", speaker="đ/c Bon Đơng K'Thoa, Phó Bí thư"),
    _t("Giữ gìn và phát huy bản sắc văn hóa K'Ho: cồng chiêng, dệt thổ cẩm, lễ hội truyền thống", 3, 9,
       [_BEK], when="quý thứ ba, sinh hoạt vào kỳ tháng chín",
       prep="đ/c Liêng Hót Ha Bé, Trưởng thôn", speaker="đ/c Liêng Hót Ha Bé"),
    _t("Quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng mùa khô", 4, 12, [_THOA, _SANG],
       when="quý thứ tư, sinh hoạt vào kỳ tháng mười hai",
       prep="đ/c Rơ Ông Ha Sang", speaker="đ/c Bon Đơng K'Thoa"),
]  # fmt: skip

# 286 — thôn Tỉnh Thôn 2, xã Xuân Hòa (Thanh Hóa)
_SON, _NGOC, _QUYEN, _HANH = (
    "Đỗ Hùng Sơn",
    "Lê Văn Ngọc",
    "Đỗ Văn Quyền",
    "Nguyễn Thị Hạnh",
)
_P286 = [
    _t("Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031; "
       "trách nhiệm của đảng viên", 1, 2, [_SON], qtag="quý 1-2026", when="kỳ sinh hoạt tháng 02",
       who="đ/c Đỗ Hùng Sơn (Bí thư Chi bộ)"),
    _t("Thực hiện Chỉ thị 50-CT/TW: đổi mới, nâng cao chất lượng sinh hoạt chi bộ; sử dụng “Sổ tay đảng "
       "viên điện tử”", 2, 5, [_NGOC], qtag="quý 2-2026", when="kỳ sinh hoạt tháng 05",
       who="đ/c Lê Văn Ngọc (Phó Bí thư)"),
    _t("Lấy sức dân lo cho dân: duy tu đường làng, ngõ xóm đã bê tông hóa; thôn nông thôn mới kiểu mẫu",
       3, 8, [_QUYEN, _SON], qtag="quý 03-2026", when="kỳ sinh hoạt tháng 08",
       who="đ/c Đỗ Văn Quyền (Trưởng thôn) + đ/c Đỗ Hùng Sơn"),
    _t("Phát huy vai trò Ban công tác Mặt trận thôn; Ngày hội Đại đoàn kết toàn dân tộc", 4, 11,
       [_HANH], qtag="quý 4-2026", when="kỳ sinh hoạt tháng 11",
       who="đ/c Nguyễn Thị Hạnh (Chi hội trưởng Phụ nữ)"),
]  # fmt: skip

# 287 — TDP Tân Hòa, phường Nam Hồng Lĩnh (Hà Tĩnh)
_HUU, _LY, _CUONG, _DAO, _TRUNG = (
    "Trần Văn Hữu",
    "Nguyễn Thị Lý",
    "Phan Đình Cường",
    "Lê Thị Đào",
    "Võ Văn Trung",
)
_P287 = [
    _t("Công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031; vai trò "
       "lãnh đạo của Chi bộ TDP trong cuộc bầu cử", 1, 1, [_HUU, _CUONG], when="Quý I – T1",
       prep="đ/c Trần Văn Hữu – Bí thư", speaker="đ/c Trần Văn Hữu; đ/c Phan Đình Cường (tham luận)"),
    _t("Xây dựng tổ dân phố văn minh đô thị: trật tự lòng đường, vỉa hè, vệ sinh môi trường", 2, 5,
       [_CUONG], when="Quý II – T5", prep="đ/c Phan Đình Cường – Tổ trưởng TDP",
       speaker="đ/c Phan Đình Cường"),
    _t("Chăm lo người cao tuổi, gia đình chính sách; phong trào “Tuổi cao – gương sáng”", 3, 8,
       [_TRUNG, _LY], when="8/2026 (QIII)", prep="đ/c Võ Văn Trung – Chi hội trưởng NCT",
       speaker="đ/c Võ Văn Trung; đ/c Nguyễn Thị Lý"),
    _t("Phòng, chống lừa đảo trên không gian mạng; chuyển đổi số ở tổ dân phố", 4, 10, [_LY, _DAO],
       when="Quý IV – T10", prep="đ/c Nguyễn Thị Lý – Phó Bí thư",
       speaker="đ/c Lê Thị Đào – Bí thư Chi đoàn"),
]  # fmt: skip

# 288 — làng Groi Wet, xã Glar (Đăk Đoa, Gia Lai)
_THUYEN, _LIP, _BUCH, _SOK = (
    "A Thuyên",
    "A Lip",
    "H'Bứch",
    "A Sôk",
)
_P288 = [
    _t("Phát triển kinh tế hộ: cà phê, hồ tiêu xen cây ăn trái; tưới nước tiết kiệm mùa khô", 1, None,
       [_THUYEN], when="Quý I", who="đ/c A Thuyên (Bí thư Chi bộ)"),
    _t("Đảng viên đi trước làm kinh tế giỏi, giúp hộ khó khăn thoát nghèo; giữ danh hiệu xã nông thôn "
       "mới", 2, None, [_SOK], when="Quý II", who="đ/c A Sôk (Trưởng làng)"),
    _t("Giữ gìn và phát huy văn hóa cồng chiêng: dạy đánh chiêng cho thiếu nhi của làng", 3, 10,
       [_LIP], when="Quý III (tháng 10)", who="đ/c A Lip (nghệ nhân)", conflict=True),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; an ninh trật tự mùa thu hoạch", 4,
       12, [_BUCH, _THUYEN], when="Quý IV (tháng 12)", who="đ/c H'Bứch và đ/c A Thuyên"),
]  # fmt: skip

# 289 — làng Tơ Drăh, xã Bar Măih (Chư Sê, Gia Lai)
_NGUR, _HNUN, _TUIH, _BONG = (
    "Đinh Văn Ngưr",
    "Đinh Thị Hnun",
    "Đinh Văn Tuih",
    "Rơ Lan Bông",
)
_P289 = [
    _t("Giữ gìn, bảo dưỡng 8 km đường bê tông của làng; nhân dân góp công, góp đất", 1, 3, [_TUIH],
       when="tháng ba", who="đ/c Đinh Văn Tuih – Trưởng làng"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng nông thôn mới", 2, 6,
       [_NGUR], when="tháng sáu", who="đ/c Đinh Văn Ngưr – Bí thư Chi bộ"),
    _t("Vận động trẻ em đến trường, phòng, chống tảo hôn, hôn nhân cận huyết thống", 3, 9,
       [_HNUN, _BONG], when="tháng chín", who="đ/c Đinh Thị Hnun và đ/c Rơ Lan Bông"),
    _t("Phát triển đảng viên trong thanh niên của làng; quần chúng ưu tú học lớp nhận thức về Đảng", 4,
       12, [_NGUR], when="tháng mười hai", who="đ/c Đinh Văn Ngưr"),
]  # fmt: skip


PLANS: list[T] = [
    {
        "id": "280_chi_bo_lang_so_lam_kbang_2023",
        "half": "dev",
        "fmt": "photo",
        "layout": "w_photo_q_t_columns",
        "province": "Gia Lai",
        "source": "https://baogialai.com.vn/bi-thu-tinh-uy-ho-van-nien-phat-huy-truyen-thong-cach-mang-xay-dung-"
        "lang-so-lam-giau-dep-post229568.html",
        "source_says": "Bí thư Tỉnh ủy Hồ Văn Niên dự buổi sinh hoạt của Chi bộ làng Sơ Lam (huyện Kbang) với "
        "chủ đề phát huy truyền thống cách mạng, xây dựng làng Sơ Lam giàu đẹp; Chi bộ có 22 đảng viên, 5 "
        "đảng viên xin miễn sinh hoạt; Bí thư Chi bộ Đinh Nân thông tin văn bản cấp trên, chi bộ đánh giá "
        "nhiệm vụ tháng 1 và đề ra nhiệm vụ tháng 2 (vụ Đông Xuân 2022 – 2023, bảo vệ rừng, phòng, chống "
        "cháy rừng, vận động học sinh trở lại lớp, chăm sóc sức khỏe ban đầu, vệ sinh an toàn thực phẩm); "
        "giao đảng viên phụ trách các cánh đồng.",
        "completed": [
            "the page gives the cell, its district, its secretary, its membership and the work of early 2023; "
            "the commune (xã Sơ Pai) is not in the stored excerpt and is completed; the 2023 plan, its four "
            "topics drawn from that work, months, every other member, the number and the date are completed",
            "one printed page photographed with a phone: table TT – Thời gian – Nội dung chuyên đề – Người "
            "chuẩn bị – Người báo cáo, the time typed “Q1 (T3)”, “Q4 (T11)” (quarter and month as bare "
            "figures after Q and T); where preparer and speaker differ both are presenters",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ làng Sơ Lam",
        "committee_name": "Đảng bộ xã Sơ Pai",
        "left": ["ĐẢNG BỘ XÃ SƠ PAI", "CHI BỘ LÀNG SƠ LAM"],
        "send_to": ["Đảng ủy xã Sơ Pai (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2023"],
        "number": 1,
        "type_code": "KH",
        "date": "2023-01-06",
        "place": "Sơ Pai",
        "legal_bases": [],
        "opening": "Thực hiện chương trình công tác năm 2023 của Đảng ủy xã, Chi bộ làng Sơ Lam xây dựng kế "
        "hoạch sinh hoạt chuyên đề năm 2023 như sau:",
        "closing": [
            "Người chuẩn bị nộp đề cương cho Bí thư Chi bộ trước kỳ sinh hoạt 05 ngày.",
        ],
        "topics": _P280,
        "targets": [],
        "secretary": _NAN,
    },
    {
        "id": "281_chi_bo_lang_a_gao_2022",
        "half": "dev",
        "fmt": "docx",
        "layout": "w_merged_quarter_rows",
        "province": "Gia Lai",
        "source": "https://baogialai.com.vn/channel/8301/202204/bi-thu-tinh-uy-ho-van-nien-chi-bo-lang-a-can-tap-"
        "trung-lanh-dao-nang-cao-doi-song-cua-nguoi-dan-5771947/",
        "source_says": "(GLO) Chiều 1-4-2022, Bí thư Tỉnh ủy Hồ Văn Niên dự buổi sinh hoạt thường kỳ tháng 4-2022 "
        "của Chi bộ làng A (xã Gào, TP. Pleiku); Chi bộ có 15 đảng viên chính thức, cấp ủy 5 đồng chí; các "
        "đảng viên nghe đại diện Cấp ủy Chi bộ thông tin chuyên đề “Học tập và làm theo tư tưởng, đạo đức, "
        "phong cách Hồ Chí Minh về xây dựng đội ngũ cán bộ, đảng viên gương mẫu, có đạo đức cách mạng trong "
        "sáng, đủ năng lực, đáp ứng yêu cầu nhiệm vụ”; 99% người dân đã tiêm vắc xin, làng rà soát trẻ từ "
        "5 – 11 tuổi để tiêm.",
        "completed": [
            "the page gives the cell, its commune, its membership, the April 2022 topic (kept with its title and "
            "month; the presenter is the cell committee's representative, completed as the deputy secretary) and "
            "the vaccination work (made the March topic); the other topics, every member, the number and the "
            "date are completed",
            "a Word table TT – Nội dung chuyên đề – Thời gian – Người thực hiện with one full-width merged bold "
            "row per quarter, written “Q.I/2022” … “Q.IV/2022”, two topics under Q.III; each topic's time "
            "cell gives only the month in lower case (“tháng 4”), and the quarter IV topic only “cuối quý, "
            "sau thu hoạch lúa mùa” (quarter IV from its row, month null)",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ làng A",
        "committee_name": "Đảng bộ xã Gào",
        "left": ["ĐẢNG BỘ XÃ GÀO", "CHI BỘ LÀNG A"],
        "send_to": ["Đảng ủy xã Gào (b/c)", "Chi ủy, đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2022"],
        "number": 2,
        "type_code": "KH",
        "date": "2022-01-10",
        "place": "Gào",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Kế hoạch sinh hoạt chuyên đề năm 2022 của Đảng ủy xã Gào;",
        ],
        "opening": "Chi bộ làng A xây dựng kế hoạch sinh hoạt chuyên đề năm 2022 như sau:",
        "aims": _AIMS,
        "table_intro": "Chuyên đề sinh hoạt lồng ghép trong kỳ sinh hoạt thường kỳ của tháng, tại nhà rông "
        "văn hóa của làng:",
        "closing": _CLOSING,
        "topics": _P281,
        "targets": [],
        "secretary": _THUAN,
    },
    {
        "id": "282_chi_bo_tdp_5_ea_tling_2025",
        "half": "dev",
        "fmt": "doc",
        "layout": "w_quarter_first_row_only",
        "province": "Đắk Nông",
        "source": "https://trungtamtruyenthongcujut.daknong.gov.vn/Tin-tuc-trong-Tinh/dai-hoi-diem-chi-bo-to-dan-"
        "pho-5-thi-tran-eatling-10610.html",
        "source_says": "Đại hội điểm Chi bộ Tổ dân phố 5, thị trấn Ea T'ling (nhiệm kỳ 2025 – 2027): Chi bộ TDP 5 "
        "có 46 đảng viên, 10 đảng viên miễn sinh hoạt; nhiệm kỳ 2022 – 2025 lãnh đạo tổ dân phố, Ban Công tác "
        "Mặt trận, các chi hội đoàn thể; học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; "
        "giữ vững an ninh trật tự, động viên thanh niên nhập ngũ, xây dựng đô thị văn minh; hằng năm từ 92% "
        "gia đình văn hóa; đồng chí Phùng Xuân Tuấn, Bí thư Đảng ủy thị trấn dự.",
        "completed": [
            "the page gives the cell, its town, its membership and the lines of its work; its 2025 plan, six "
            "topics drawn from that work and from the year's events, months, the secretary and every member, "
            "the number and the date are completed",
            "a table Quý – Tháng – Nội dung – Người thực hiện whose quarter (“I”, “II” …) is typed only in the "
            "first row of its group, the rows below blank and NOT merged; months “Th2”, “Th3” (.doc)",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Tổ dân phố 5",
        "committee_name": "Đảng bộ thị trấn Ea T'ling",
        "left": ["ĐẢNG BỘ THỊ TRẤN EA T'LING", "CHI BỘ TỔ DÂN PHỐ 5"],
        "send_to": ["Đảng ủy thị trấn Ea T'ling (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2025"],
        "number": 1,
        "type_code": "KH",
        "date": "2025-01-08",
        "place": "Ea T'ling",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Chương trình công tác năm 2025 của Đảng ủy thị trấn Ea T'ling;",
        ],
        "opening": "Chi bộ Tổ dân phố 5 xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P282,
        "targets": [],
        "secretary": _HOA,
    },
    {
        "id": "283_chi_bo_khu_pho_khanh_giang_khanh_hai_2020",
        "half": "dev",
        "fmt": "odt",
        "layout": "w_quarter_in_row_number",
        "province": "Ninh Thuận",
        "source": "https://baoninhthuan.com.vn/news/111624p24c161/chi-bo-khu-pho-khanh-giang-khanh-hai-to-chuc-dai-"
        "hoi-chi-bo-diem-nhiem-ky-20202022.htm",
        "source_says": "Ngày 17-2 (2020), Chi bộ khu phố Khánh Giang được Đảng ủy thị trấn Khánh Hải (Ninh Hải) "
        "chọn tổ chức Đại hội điểm nhiệm kỳ 2020 – 2022; Chi bộ có 17 đảng viên (15 chính thức, 2 dự bị); "
        "cuối năm 2019 còn 10 hộ nghèo (2,5%), 31 hộ cận nghèo (7,75%); trên 95% hộ gia đình văn hóa, khu phố "
        "văn hóa; 11 chỉ tiêu cho nhiệm kỳ mới; cấp ủy 3 đồng chí.",
        "completed": [
            "the page gives the cell, its town, its membership, the poor households and the cultural titles; "
            "the 2020 plan (after the congress), its five topics, months, every member, the number and the date "
            "are completed",
            "a table whose first column, headed “Quý – TT”, carries the quarter in the row number (“I.1”, "
            "“II.1”, “II.2”), with a note under the table saying so; the month in its own column (“tháng 5”); "
            "the quarter III row “Trong quý” (quarter III, month null) (.odt)",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ khu phố Khánh Giang",
        "committee_name": "Đảng bộ thị trấn Khánh Hải",
        "left": ["ĐẢNG BỘ THỊ TRẤN KHÁNH HẢI", "CHI BỘ KHU PHỐ KHÁNH GIANG"],
        "send_to": ["Đảng ủy thị trấn Khánh Hải (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        "number": 4,
        "type_code": "KH",
        "date": "2020-02-28",
        "place": "Khánh Hải",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ khu phố Khánh Giang nhiệm kỳ 2020 – 2022;",
        ],
        "opening": "Chi bộ khu phố Khánh Giang xây dựng kế hoạch sinh hoạt chuyên đề năm 2020 như sau:",
        "aims": _AIMS,
        "table_note": "Ghi chú: cột “Quý – TT”: số La Mã là quý, số sau dấu chấm là thứ tự chuyên đề trong "
        "quý. Chuyên đề quý III sinh hoạt trong quý, Chi ủy thông báo ngày cụ thể sau khi có lịch ra khơi "
        "của các tàu.",
        "closing": _CLOSING,
        "topics": _P283,
        "targets": [],
        "secretary": _THANG,
    },
    {
        "id": "284_chi_bo_thon_thanh_binh_quang_xuan_2019",
        "half": "dev",
        "fmt": "doc",
        "layout": "w_year_headings_t_space",
        "province": "Quảng Bình",
        "source": "https://daidoanket.vn/print/10033142.html",
        "source_says": "Thôn Thanh Bình (xã Quảng Xuân, huyện Quảng Trạch), trước có tên Nghĩa Nương, nằm trên "
        "triền cát ven biển, có rừng trâm bầu chắn gió cát, có nghề đánh bắt thủy sản; trưởng thôn Đậu Thanh "
        "Minh cho biết thôn có 516 hộ, khoảng 2.134 khẩu; thôn thực hiện phong trào “Toàn dân đoàn kết xây "
        "dựng đời sống văn hóa ở khu dân cư”, phát triển nông, ngư nghiệp, dịch vụ và xuất khẩu lao động.",
        "completed": [
            "the page gives the thôn, its commune, its head, its trades and movements, not the year or the cell's "
            "members; the year 2019, the cell's plan, its four topics drawn from the page, months, the secretary "
            "and every other member, the number and the date are completed",
            "bold headings typed by hand “QUÝ I NĂM 2019”, “QUÝ II – QUÝ III NĂM 2019” (one heading over two "
            "topics whose quarters come only from their months), “QUÝ IV NĂM 2019”; items “+ T 5: “…” – đ/c "
            "…” (the month with a space after T) (.doc)",
        ],
        "kind": "thematic",
        "year": 2019,
        "cell_name": "Chi bộ thôn Thanh Bình",
        "committee_name": "Đảng bộ xã Quảng Xuân",
        "left": ["ĐẢNG BỘ XÃ QUẢNG XUÂN", "CHI BỘ THÔN THANH BÌNH"],
        "send_to": ["Đảng ủy xã Quảng Xuân (b/c)", "Ban cán sự thôn", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề của Chi bộ năm 2019"],
        "number": 3,
        "type_code": "KH",
        "date": "2019-01-15",
        "place": "Quảng Xuân",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Chương trình công tác năm 2019 của Đảng ủy xã Quảng Xuân;",
        ],
        "opening": "Chi bộ thôn Thanh Bình xây dựng kế hoạch sinh hoạt chuyên đề năm 2019 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P284,
        "targets": [],
        "secretary": _LOI,
    },
    {
        "id": "285_chi_bo_thon_da_tro_da_nhim_2021",
        "half": "dev",
        "fmt": "odt",
        "layout": "w_ordinal_quarter_words",
        "province": "Lâm Đồng",
        "source": "https://vov4.vov.vn/kho/cing-sac-mo-rai-kis-chinh-sach-va-cuoc-song/da-nhim-ngui-niam-gonoar-broa-"
        "dang-vien-cau-joi-botian-dul-et-na-cau-de-419850.vov4",
        "source_says": "(VOV4, tiếng K'Ho) Ở xã Đạ Nhim (huyện Lạc Dương, Lâm Đồng), đảng viên người dân tộc "
        "thiểu số phát huy vai trò: vườn cây của gia đình đảng viên Cil Pam Ka Duyên ở thôn Đạ Tro trở thành "
        "nơi bà con đến học cách làm ăn; đảng viên tuyên truyền, vận động bà con chuyển đổi cơ cấu cây trồng, "
        "thay giống, làm theo chủ trương của Đảng; đời sống bà con dân tộc thiểu số ở đây đã bớt khó khăn.",
        "completed": [
            "the page (in K'Ho) gives the commune, the thôn and one party member and her model garden, not the "
            "year or the cell's other members; the year 2021, the cell's plan, its four topics, months, the "
            "secretary and every other member, the number and the date are completed",
            "numbered topics “1. Chuyên đề quý thứ nhất, sinh hoạt vào kỳ tháng ba: “…””: ordinal quarters and "
            "months in lower-case words (“tháng mười hai”), then “- Người chuẩn bị đề cương:” and “- Người "
            "trình bày:” lines (.odt)",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ thôn Đạ Tro",
        "committee_name": "Đảng bộ xã Đạ Nhim",
        "left": ["ĐẢNG BỘ XÃ ĐẠ NHIM", "CHI BỘ THÔN ĐẠ TRO"],
        "send_to": ["Đảng ủy xã Đạ Nhim (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        "number": 1,
        "type_code": "KH",
        "date": "2021-01-12",
        "place": "Đạ Nhim",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Kế hoạch công tác năm 2021 của Đảng ủy xã Đạ Nhim;",
        ],
        "opening": "Chi bộ thôn Đạ Tro xây dựng kế hoạch sinh hoạt chuyên đề năm 2021, mỗi quý một chuyên đề, "
        "như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P285,
        "targets": [],
        "secretary": _SANG,
    },
    {
        "id": "286_chi_bo_thon_tinh_thon_2_xuan_hoa_2026",
        "half": "dev",
        "fmt": "txt",
        "layout": "w_text_quarter_hyphen_year",
        "province": "Thanh Hóa",
        "source": "https://baothanhhoa.vn/bi-thu-chi-bo-tan-tuy-viec-thon-277488.htm",
        "source_says": "Những ngày cận Tết Bính Ngọ 2026, ông Đỗ Hùng Sơn, bí thư chi bộ, trưởng ban công tác "
        "mặt trận thôn Tỉnh Thôn 2, xã Xuân Hòa, cùng bà con cắt tỉa cây, vệ sinh đường làng; ông gắn bó với "
        "công việc của thôn 30 năm, 25 năm làm trưởng thôn; khi xây dựng nông thôn mới, chi bộ họp thống nhất "
        "bê tông hóa đường làng theo tinh thần “lấy sức dân để lo cho dân”; ban phát triển thôn phân công "
        "thành viên phụ trách từng ngõ xóm.",
        "completed": [
            "the page gives the thôn, its commune, its secretary and the road work; the cell's 2026 plan, its four "
            "topics (elections, Directive 50, roads, the front), months, every other member, the number and the "
            "date are completed",
            "plain text; each topic “a) Chuyên đề quý 1-2026: “…”” — quarters typed with a hyphen before the "
            "year and once padded (“quý 03-2026”) — then “   Sinh hoạt: kỳ sinh hoạt tháng 02.   Chuẩn bị: …”, "
            "two people joined by “+”",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ thôn Tỉnh Thôn 2",
        "committee_name": "Đảng bộ xã Xuân Hòa",
        "left": ["ĐẢNG BỘ XÃ XUÂN HÒA", "CHI BỘ THÔN TỈNH THÔN 2"],
        "send_to": ["Đảng ủy xã Xuân Hòa (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "SINH HOẠT CHUYÊN ĐỀ NĂM 2026"],
        "number": 2,
        "type_code": "KH",
        "date": "2026-01-20",
        "place": "Xuân Hòa",
        "legal_bases": [
            "Căn cứ Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng "
            "sinh hoạt chi bộ trong giai đoạn mới;",
            "Căn cứ Chương trình công tác năm 2026 của Đảng ủy xã Xuân Hòa;",
        ],
        "opening": "Chi bộ thôn Tỉnh Thôn 2 xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P286,
        "targets": [],
        "secretary": _SON,
    },
    {
        "id": "287_chi_bo_tdp_tan_hoa_nam_hong_linh_2026",
        "half": "dev",
        "fmt": "docx",
        "layout": "w_time_cell_both",
        "province": "Hà Tĩnh",
        "source": "https://nld.com.vn/phuong-nam-hong-linh-phat-huy-dan-chu-co-so-chu-dong-trong-cong-tac-chuan-bi-"
        "bau-cu-196260120163536781.htm",
        "source_says": "(21/01/2026) Phường Nam Hồng Lĩnh (Hà Tĩnh) chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và "
        "HĐND các cấp nhiệm kỳ 2026 – 2031; ông Trần Văn Hữu, Bí thư Chi bộ TDP Tân Hòa cho biết tổ dân phố là "
        "đơn vị đầu tiên của phường tổ chức sinh hoạt chuyên đề về công tác bầu cử; đảng viên và người dân có "
        "ý kiến, tham luận về vai trò lãnh đạo của Chi bộ TDP trong cuộc bầu cử.",
        "completed": [
            "the page gives the cell, its ward, its secretary and the January 2026 topic on the elections (kept, "
            "with a discussant completed); the other three topics, months, every other member, the number and "
            "the date are completed",
            "a table STT – Thời gian – Nội dung chuyên đề – Chuẩn bị – Trình bày whose time cell holds quarter "
            "and month together, typed three ways in one table: “Quý I – T1”, “Quý II – T5”, “8/2026 (QIII)”, "
            "“Quý IV – T10”",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ TDP Tân Hòa",
        "committee_name": "Đảng bộ phường Nam Hồng Lĩnh",
        "left": ["ĐẢNG BỘ PHƯỜNG NAM HỒNG LĨNH", "CHI BỘ TDP TÂN HÒA"],
        "send_to": ["Đảng ủy phường Nam Hồng Lĩnh (b/c)", "Ban điều hành TDP", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-05",
        "place": "Nam Hồng Lĩnh",
        "legal_bases": [
            "Căn cứ Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng "
            "sinh hoạt chi bộ trong giai đoạn mới;",
            "Căn cứ Kế hoạch của Đảng ủy phường Nam Hồng Lĩnh về lãnh đạo cuộc bầu cử năm 2026;",
        ],
        "opening": "Chi bộ TDP Tân Hòa xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P287,
        "targets": [],
        "secretary": _HUU,
    },
    {
        "id": "288_chi_bo_lang_groi_wet_glar_2024",
        "half": "dev",
        "fmt": "txt",
        "layout": "w_text_year_one_paragraph",
        "province": "Gia Lai",
        "source": "https://vov4.vov.vn/xodang/thon-pole-neo-nong-thon-moi/gia-lai-mau-dang-vien-kuan-ngo-dja-troang-"
        "ahdroi-a-glar-424368.vov4",
        "source_says": "(VOV4 tiếng Xơ Đăng, 25/07/2023) Ở xã Glar (huyện Đăk Đoa, Gia Lai), đảng viên người dân "
        "tộc thiểu số đi đầu trong các phong trào, giúp xã đạt chuẩn nông thôn mới năm 2017 và tiếp tục xây "
        "dựng nông thôn mới nâng cao; ở làng Groi Wet, bên đội chiêng của người lớn có đội chiêng thiếu nhi "
        "hơn 20 em, nhờ nghệ nhân – đảng viên A Lip gần 20 năm dạy đánh chiêng cho thiếu nhi các làng; em "
        "Uyết, 13 tuổi, học lớp 4, kể đã học đánh chiêng.",
        "completed": [
            "the page (in Xơ Đăng) gives the commune, its new-countryside title, the village and one party member, "
            "a gong master; the cell's 2024 plan, its four topics, every other member (the secretary is completed), "
            "the number and the date are completed",
            "plain text whose whole year is one paragraph “Quý I: “…”, đ/c … chuẩn bị; Quý II: …; Quý III "
            "(tháng 10): …; Quý IV (tháng 12): …” — quarters I and II with no month (month null); quarter III "
            "held in October, a month outside its quarter (conflicts: 1)",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ làng Groi Wet",
        "committee_name": "Đảng bộ xã Glar",
        "left": ["ĐẢNG BỘ XÃ GLAR", "CHI BỘ LÀNG GROI WET"],
        "send_to": ["Đảng ủy xã Glar (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2024"],
        "number": 2,
        "type_code": "KH",
        "date": "2024-01-18",
        "place": "Glar",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết của Đảng ủy xã Glar về nhiệm vụ năm 2024;",
        ],
        "opening": "Chi bộ làng Groi Wet xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:",
        "aims": _AIMS,
        "lead": "Mỗi quý Chi bộ sinh hoạt một chuyên đề, lồng ghép với kỳ sinh hoạt thường kỳ:",
        "closing": _CLOSING,
        "topics": _P288,
        "targets": [],
        "secretary": _THUYEN,
    },
    {
        "id": "289_chi_bo_lang_to_drah_bar_maih_2021",
        "half": "dev",
        "fmt": "docx",
        "layout": "w_resolution_months_sentence",
        "province": "Gia Lai",
        "source": "http://vov4.vov.gov.vn/Xodang/chuyen-muc/todroang-ki-mojiang-dang-tung-todroang-ki-holeh-a-"
        "cheam-kotie-c178-359533.aspx",
        "source_says": "(VOV4 tiếng Xơ Đăng, 25/2/2021) Nhiệm kỳ 2015 – 2020, Đảng bộ xã Bar Măih (huyện Chư Sê, "
        "Gia Lai) lãnh đạo xây dựng nông thôn mới và giảm nghèo; ông Đinh Hek, già làng ở làng Tơ Drăh, cho "
        "biết làng đã có 8 km đường bê tông rộng, sạch, nhà văn hóa, sân thể thao; Nhà nước đầu tư, dân góp "
        "đất, góp ngày công; đời sống bà con đổi thay nhờ sự quan tâm của Đảng bộ xã, chi bộ và ban tự quản "
        "thôn.",
        "completed": [
            "the page (in Xơ Đăng) gives the commune, the village, its elder and the roads; the cell's 2021 "
            "resolution, its four topics, its members (the elder is not made a member), the number and the date "
            "are completed",
            "a resolution (NQ) of the cell's December meeting whose thematic meetings are one sentence by month in "
            "lower-case words (“tháng ba: “…” (đ/c … chuẩn bị); tháng sáu: …”), no quarter written (each "
            "quarter follows from its month)",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ làng Tơ Drăh",
        "committee_name": "Đảng bộ xã Bar Măih",
        "left": ["ĐẢNG BỘ XÃ BAR MĂIH", "CHI BỘ LÀNG TƠ DRĂH"],
        "send_to": ["Đảng ủy xã Bar Măih (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["NGHỊ QUYẾT", "Về chương trình sinh hoạt chuyên đề năm 2021"],
        "number": 12,
        "type_code": "NQ",
        "date": "2020-12-28",
        "place": "Bar Măih",
        "legal_bases": [
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
            BASE_HD12,
        ],
        "meeting": [
            "Ngày 28/12/2020, Chi bộ làng Tơ Drăh họp kỳ thường lệ tháng 12; có mặt 14/16 đảng viên (02 đồng chí "
            "vắng có lý do), đồng chí Đinh Văn Ngưr, Bí thư Chi bộ chủ trì.",
        ],
        "points": [
            "1. Thông qua kết quả thực hiện nhiệm vụ năm 2020 và phương hướng năm 2021.",
            "2. Sinh hoạt chuyên đề năm 2021 lồng ghép với kỳ sinh hoạt thường kỳ, vào các tháng sau:",
            "3. Giao Chi ủy thông báo ngày cụ thể, đôn đốc người chuẩn bị gửi đề cương trước kỳ sinh hoạt.",
        ],
        "vote": "Nghị quyết được 14/14 đảng viên có mặt tán thành.",
        "topics": _P289,
        "targets": [],
        "secretary": _NGUR,
    },
]
