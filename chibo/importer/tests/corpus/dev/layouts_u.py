"""Development batch 260–269: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the generic
helpers of ``common.py``. They are ordinary plans of school cells (mầm non, tiểu học, THCS, THPT) in
Hà Nội and the northern midlands and mountains, and each writes the time of its topics in a place or a
form the earlier batches did not cover: the month only in the “Ghi chú” column of the topics' table
(“Ghép kỳ sinh hoạt tháng 10/2020”), no time column; the time only in each topic's own heading line
(“CHUYÊN ĐỀ QUÝ I (tháng 3/2020)”, “Quý II – Chuyên đề (tháng 6/2020):”, “CHUYÊN ĐỀ THÁNG 9/2020 (QUÝ
III)”, and “Quý IV – Chuyên đề:” with no month), the title on the next line; the month after the
presenters at the end of the numbered line (“… – đ/c Vũ Thị Hồng Nhung (PBT) – tháng 4.”), no quarter;
plain text whose months are in words in a bracket at the end of the title (“(dự kiến tháng Mười Hai)”,
“(thực hiện trong tháng Ba năm 2021)”); two tables, the topics without time and then the year's “Lịch
sinh hoạt chi bộ” month by month, four of whose rows say “sinh hoạt chuyên đề số N”; a table whose
time column is typed in several short forms (“th 02-2022”, “T.05”, “th 08-2022”, “T.11”); a year
programme in one table with a full-width merged band per month (“THÁNG 3/2024”) over its tasks, the
thematic meeting one task among others; plain text with one “Quý/Tháng” column in the compact form
“I/03”, “III/10” (plan 267, quarter III held in October, ``conflicts: 1``, the reason in a note); a
one-page scan of a month grid — the topics as rows, the school months 9 … 5 as columns under a merged
header, a “●” in the month the topic is held and no quarter or month anywhere else; a table whose
first column labels each topic by its month only (“CĐ T10”, “CĐ T3”) over a school year. Facts are in
``PLANS`` below (same keys as ``plans.py``); ``build.py`` merges both ``LAYOUTS`` and ``PLANS``.
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
from ..common import typed_top as _top
from ..facts import T
from ..facts import topic_with as _t


# ------------------------------------------------------------------------------------ helpers
def _text_head(p: dict[str, Any]) -> list[str]:
    """The heading as typed in a text editor: the left column, the number, then the Party's name,
    the date and the title."""
    return [
        *p["left"],
        "        *",
        number_line(p),
        "",
        "                                        ĐẢNG CỘNG SẢN VIỆT NAM",
        "                              " + date_line(p),
        "",
        *[("        " + x) for x in p["title_lines"]],
        "",
    ]


def _text_sign(p: dict[str, Any]) -> list[str]:
    return [
        "",
        "Nơi nhận:" + " " * 34 + "T/M CHI BỘ",
        *[f"- {x};" for x in p["send_to"][:1]],
        *[f"- {x};" for x in p["send_to"][1:]],
        "- Lưu Chi bộ." + " " * 31 + p.get("signer_title", "BÍ THƯ"),
        "",
        " " * 44 + "(đã ký)",
        " " * 44 + p["secretary"],
    ]


def _cell(cell: Any, text: str, bold: bool = False, center: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    cell.text = ""
    para = cell.paragraphs[0]
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run(text)
    run.bold = bold


# ------------------------------------------------------------------------------------ layouts
def note_month(p: dict[str, Any]) -> list[Block]:
    """A school year's table STT – Chuyên đề – Người chuẩn bị – Ghi chú with no time column: the note
    alone says at which monthly meeting the topic is held (“Ghép kỳ sinh hoạt tháng 10/2020”)."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG CÁC CHUYÊN ĐỀ"))
    out.append(("p", p["table_intro"]))
    rows = [
        [str(i), t["title"], "\n".join(t["who"]), t["note"]] for i, t in enumerate(p["topics"], 1)
    ]
    out.append(("table", ["STT", "Chuyên đề", "Người chuẩn bị", "Ghi chú"], rows, "",
                (1.1, 7.4, 4.3, 3.7)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def heading_time(p: dict[str, Any]) -> list[Block]:
    """Each topic under its own bold heading line that alone carries the time, in the form the typist
    chose that day (“CHUYÊN ĐỀ QUÝ I (tháng 3/2020)”, “Quý IV – Chuyên đề:”); the title on the next
    line in quotation marks, then “Nội dung chính:” and “Người thực hiện:”."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG"))
    out += paras(p["intro"])
    for t in p["topics"]:
        out.append(("h", t["head"]))
        out.append(("p", f"“{t['title']}”"))
        out.append(("p", f"- Nội dung chính: {t['points']}"))
        out.append(("p", f"- Người thực hiện: {t['who']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def presenter_then_month(p: dict[str, Any]) -> list[Block]:
    """The topics as numbered lines “N. title – people – tháng M.”: the month last, after the people,
    no quarter anywhere; a short assignment of duties follows."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, PHÂN CÔNG"))
    out.append(("p", p["intro"]))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. {t['title']} – {t['who']} – {t['when']}."))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def text_words_bracket(p: dict[str, Any]) -> list[Block]:
    """Plain text for a school year: numbered titles each ending with its month in words in a bracket
    (“(dự kiến tháng Mười Hai)”, “(thực hiện trong tháng Ba năm 2021)”), an indented line of people."""
    lines = _text_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += ["II. CÁC CHUYÊN ĐỀ NĂM HỌC " + p["school_year"], ""]
    for i, t in enumerate(p["topics"], 1):
        lines += [f"{i}. {t['title']} ({t['when']})", f"    Người thực hiện: {t['who']}", ""]
    lines += ["III. TỔ CHỨC THỰC HIỆN", *p["closing"]]
    lines += _text_sign(p)
    return paras(lines)


def two_tables_calendar(p: dict[str, Any]) -> list[Block]:
    """Two tables: the topics (STT – Tên chuyên đề – Đồng chí thực hiện) with no time, then the year's
    “Lịch sinh hoạt chi bộ” month by month (Tháng – Ngày sinh hoạt – Nội dung) in which four rows add
    “sinh hoạt chuyên đề số N”."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ TRONG NĂM"))
    rows = [[str(i), t["title"], "\n".join(t["who"])] for i, t in enumerate(p["topics"], 1)]
    out.append(
        ("table", ["STT", "Tên chuyên đề", "Đồng chí thực hiện"], rows, "", (1.1, 10.0, 5.4))
    )
    out.append(("h", "III. LỊCH SINH HOẠT CHI BỘ NĂM " + str(p["year"])))
    out.append(("p", p["calendar_intro"]))
    by_month = {t["month"]: i for i, t in enumerate(p["topics"], 1)}
    cal = []
    for m in range(1, 13):
        content = p["routine"].get(m, "Sinh hoạt thường kỳ")
        if m in by_month:
            content += f"; sinh hoạt chuyên đề số {by_month[m]}"
        cal.append([f"Tháng {m:02d}", p["days"][m - 1], content])
    out.append(("table", ["Tháng", "Ngày sinh hoạt", "Nội dung"], cal, "", (2.2, 3.0, 11.3)))
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def short_month_forms(p: dict[str, Any]) -> list[Block]:
    """A company school's cell: a table TT – Nội dung chuyên đề – Thời gian – Người trình bày – Thành
    phần, the time typed in short forms that vary from row to row (“th 02-2022”, “T.05”)."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN"))
    rows = [[str(i), t["title"], t["when"], "\n".join(t["who"]), t["with"]]
            for i, t in enumerate(p["topics"], 1)]  # fmt: skip
    out.append(("table", ["TT", "Nội dung chuyên đề", "Thời gian", "Người trình bày", "Thành phần"],
                rows, "", (0.9, 6.9, 2.2, 3.7, 2.8)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def _month_bands_table(p: dict[str, Any]) -> Callable[[Any], None]:
    """One table for the year: a full-width merged band per month (“THÁNG 3/2024”) over its task rows
    (TT – Nội dung công việc – Người phụ trách – Ghi chú), the TT starting again in each month."""

    def draw(doc: Any) -> None:
        grid = doc.add_table(rows=1, cols=4)
        grid.style = "Table Grid"
        for j, text in enumerate(["TT", "Nội dung công việc", "Người phụ trách", "Ghi chú"]):
            _cell(grid.cell(0, j), text, bold=True, center=True)
        for label, rows in _bands(p):
            band = grid.add_row()
            merged = band.cells[0].merge(band.cells[3])
            _cell(merged, label, bold=True)
            for k, (content, who, note) in enumerate(rows, 1):
                row = grid.add_row()
                for j, text in enumerate((str(k), content, who, note)):
                    row.cells[j].text = text
        set_widths(grid, (0.9, 9.0, 4.0, 2.6))

    return draw


def _bands(p: dict[str, Any]) -> list[tuple[str, list[tuple[str, str, str]]]]:
    out = []
    for m in range(1, 13):
        rows = [tuple(r) for r in p["routine"].get(m, [])]
        for t in p["topics"]:
            if t["month"] == m:
                rows.insert(
                    t.get("pos", 1), (f"Sinh hoạt chuyên đề: “{t['title']}”", t["who"], t["note"])
                )
        out.append((f"THÁNG {m}/{p['year']}", rows))
    return out


def month_bands(p: dict[str, Any]) -> list[Block]:
    """A year's work programme for a kindergarten cell: one table, a merged band per month, the thematic
    meeting one task among the month's others."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG CÔNG VIỆC TỪNG THÁNG"))
    lines = ["TT | Nội dung công việc | Người phụ trách | Ghi chú"]
    for label, rows in _bands(p):
        lines.append(label)
        lines += [f"{k} | {c} | {w} | {n}" for k, (c, w, n) in enumerate(rows, 1)]
    out.append(("docx", _month_bands_table(p), lines))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def text_compact_quarter_month(p: dict[str, Any]) -> list[Block]:
    """Plain text: the schedule lined up with spaces, one “Quý/Tháng” column in the compact form
    “I/03”, “III/10”, the people on the next line; a note explains the October meeting."""
    lines = _text_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += ["II. NỘI DUNG, THỜI GIAN, NGƯỜI THỰC HIỆN", ""]
    lines += ["TT  Quý/Tháng  Nội dung chuyên đề", "--  ---------  " + "-" * 60]
    for i, t in enumerate(p["topics"], 1):
        lines.append(f"{i:<4}{t['when']:<11}{t['title']}")
        lines.append(" " * 15 + f"Thực hiện: {t['who']}")
    lines += ["", *p["note"], "", "III. TỔ CHỨC THỰC HIỆN", *p["closing"]]
    lines += _text_sign(p)
    return paras(lines)


_SCHOOL_MONTHS = [9, 10, 11, 12, 1, 2, 3, 4, 5]


def _grid_table(p: dict[str, Any]) -> Callable[[Any], None]:
    """Topics as rows; “Tháng (năm học …)” merged over nine month columns 9 … 5; a “●” under the month
    the topic is held."""

    def draw(doc: Any) -> None:
        n = len(_SCHOOL_MONTHS)
        grid = doc.add_table(rows=2, cols=3 + n)
        grid.style = "Table Grid"
        _cell(grid.cell(0, 0).merge(grid.cell(1, 0)), "TT", True, True)
        _cell(grid.cell(0, 1).merge(grid.cell(1, 1)), "Tên chuyên đề", True, True)
        _cell(grid.cell(0, 2).merge(grid.cell(1, 2)), "Người thực hiện", True, True)
        _cell(grid.cell(0, 3).merge(grid.cell(0, 2 + n)), f"Tháng (năm học {p['school_year']})",
              True, True)  # fmt: skip
        for j, m in enumerate(_SCHOOL_MONTHS):
            _cell(grid.cell(1, 3 + j), str(m), True, True)
        for i, t in enumerate(p["topics"], 1):
            row = grid.add_row()
            row.cells[0].text = str(i)
            row.cells[1].text = t["title"]
            row.cells[2].text = "\n".join(t["who"])
            for j, m in enumerate(_SCHOOL_MONTHS):
                _cell(row.cells[3 + j], "●" if m == t["month"] else "", center=True)
        set_widths(grid, (0.8, 5.0, 3.2, *([0.82] * n)))

    return draw


def _single_spaced(doc: Any) -> None:
    """The typist's page set to fit one sheet: 12-point body, single-spaced, 2 points after."""
    from docx.shared import Pt

    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(2)
    normal.paragraph_format.line_spacing = 1.0


def scan_month_grid(p: dict[str, Any]) -> list[Block]:
    """One page: heading, a sentence, the month grid, a line on preparation, the signature."""
    out: list[Block] = [("docx", _single_spaced, []), *_top(p)]
    head = "TT | Tên chuyên đề | Người thực hiện | " + " | ".join(map(str, _SCHOOL_MONTHS))
    lines = [head] + [
        f"{i} | {t['title']} | {'; '.join(t['who'])} | "
        + " | ".join("●" if m == t["month"] else "" for m in _SCHOOL_MONTHS)
        for i, t in enumerate(p["topics"], 1)
    ]
    out.append(("docx", _grid_table(p), lines))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def month_code_labels(p: dict[str, Any]) -> list[Block]:
    """A school year's table whose first column names each topic by its month only (“CĐ T10”, “CĐ
    T3”), then Nội dung – Người thực hiện – Hình thức."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    out.append(("p", p["table_intro"]))
    rows = [[t["code"], t["title"], "\n".join(t["who"]), t["form"]] for t in p["topics"]]
    out.append(("table", ["Chuyên đề", "Nội dung", "Người thực hiện", "Hình thức"], rows, "",
                (2.0, 7.6, 4.2, 2.7)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "u_note_month": note_month,
    "u_heading_time": heading_time,
    "u_presenter_then_month": presenter_then_month,
    "u_text_words_bracket": text_words_bracket,
    "u_two_tables_calendar": two_tables_calendar,
    "u_short_month_forms": short_month_forms,
    "u_month_bands": month_bands,
    "u_text_compact_quarter_month": text_compact_quarter_month,
    "u_scan_month_grid": scan_month_grid,
    "u_month_code_labels": month_code_labels,
}


# -------------------------------------------------------------------------------------- plans
_AIMS_SCHOOL = [
    "- Nâng cao chất lượng sinh hoạt chi bộ; nội dung chuyên đề gắn với nhiệm vụ năm học và trách nhiệm "
    "nêu gương của đảng viên là nhà giáo.",
    "- Đảng viên được phân công chuẩn bị đề cương chu đáo, gửi Chi ủy trước kỳ sinh hoạt; mỗi chuyên đề "
    "có kết luận và việc làm cụ thể.",
]
_CLOSING_SCHOOL = [
    "- Chi ủy đôn đốc việc chuẩn bị, duyệt đề cương trước kỳ sinh hoạt 05 ngày.",
    "- Đảng viên nghiên cứu tài liệu, tham gia ý kiến; kết quả sinh hoạt báo cáo Đảng ủy cấp trên.",
]

# 260 — Trường THCS Thạch Bàn (Long Biên, Hà Nội)
_HA_260, _HANH_260, _DUNG_260, _TRUNG_260, _LIEN_260 = (
    "Đỗ Thị Thu Hà",
    "Khúc Thị Mỹ Hạnh",
    "Nguyễn Tiến Dũng",
    "Lê Quang Trung",
    "Phạm Thị Bích Liên",
)
_P260_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Đảng bộ phường Thạch Bàn lần thứ XI, nhiệm kỳ 2020 – 2025; trách "
       "nhiệm của đảng viên nhà trường", 4, 10, [_HA_260],
       who=["Đ/c Đỗ Thị Thu Hà – Bí thư Chi bộ"], note="Ghép kỳ sinh hoạt tháng 10/2020"),
    _t("Đổi mới phương pháp dạy học, kiểm tra đánh giá theo định hướng phát triển năng lực học sinh; "
       "chuẩn bị thực hiện Chương trình GDPT 2018 ở lớp 6", 4, 12, [_HANH_260, _DUNG_260],
       who=["Đ/c Khúc Thị Mỹ Hạnh – Phó Bí thư", "Đ/c Nguyễn Tiến Dũng – Tổ trưởng tổ Toán – Tin"],
       note="Ghép kỳ SH tháng 12/2020"),
    _t("Học tập và làm theo Bác về giáo dục thanh niên; phối hợp Liên đội, Chi đoàn giáo dục đạo đức, "
       "kỹ năng sống cho học sinh", 1, 3, [_TRUNG_260],
       who=["Đ/c Lê Quang Trung – Chi ủy viên, Bí thư Chi đoàn"],
       note="Kỳ SH tháng 3/2021, dịp 26/3"),
    _t("Đánh giá kết quả năm học 2020 – 2021; đảng viên gương mẫu trong công tác ôn thi vào lớp 10 và "
       "phát triển đảng viên mới", 2, 5, [_HA_260, _LIEN_260],
       who=["Đ/c Đỗ Thị Thu Hà", "Đ/c Phạm Thị Bích Liên – Tổ trưởng tổ Văn – Sử"],
       note="Ghép kỳ tháng 5/2021 – tổng kết năm học"),
]  # fmt: skip

# 261 — Trường Tiểu học Tứ Liên (Tây Hồ, Hà Nội)
_HANG_261, _THUY_261, _NAM_261, _OANH_261, _HIEN_261 = (
    "Nguyễn Thị Thu Hằng",
    "Vũ Thị Thanh Thủy",
    "Trần Hoài Nam",
    "Lê Thị Kim Oanh",
    "Đặng Thu Hiền",
)
_P261_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022; nâng cao chất lượng sinh hoạt chi bộ", 1,
       3, [_HANG_261], head="CHUYÊN ĐỀ QUÝ I (tháng 3/2020)",
       points="các chỉ tiêu của Nghị quyết Đại hội; những việc mỗi đảng viên đăng ký thực hiện.",
       who="đ/c Nguyễn Thị Thu Hằng – Bí thư Chi bộ, Hiệu trưởng"),
    _t("Dạy học qua truyền hình, trực tuyến trong thời gian học sinh nghỉ học phòng, chống dịch COVID-19", 2,
       6, [_THUY_261, _NAM_261], head="Quý II – Chuyên đề (tháng 6/2020):",
       points="kết quả dạy học từ xa; củng cố kiến thức cho học sinh khi đi học trở lại.",
       who="đ/c Vũ Thị Thanh Thủy – Phó Bí thư, Phó Hiệu trưởng (chủ trì); đ/c Trần Hoài Nam – giáo viên "
       "Tin học"),
    _t("Chuẩn bị thực hiện Chương trình giáo dục phổ thông 2018 ở lớp 1; trách nhiệm nêu gương của đảng "
       "viên là giáo viên chủ nhiệm", 3, 9, [_OANH_261], head="CHUYÊN ĐỀ THÁNG 9/2020 (QUÝ III)",
       points="việc lựa chọn sách giáo khoa, bồi dưỡng giáo viên lớp 1, đón học sinh vào lớp 1.",
       who="đ/c Lê Thị Kim Oanh – Chi ủy viên, Tổ trưởng khối 1"),
    _t("Xây dựng trường học an toàn, thân thiện; học tập và làm theo Bác về đạo đức nhà giáo", 4, None,
       [_HIEN_261, _HANG_261], head="Quý IV – Chuyên đề:",
       points="việc thực hiện quy tắc ứng xử; những tấm gương nhà giáo trong trường.",
       who="đ/c Đặng Thu Hiền – Tổng phụ trách Đội; đ/c Nguyễn Thị Thu Hằng"),
]  # fmt: skip

# 262 — Chi bộ 5 Trường Tiểu học Sa Pả (Sa Pa, Lào Cai)
_NHUNG_262, _CHIEN_262, _SENG_262, _LAN_262 = (
    "Vũ Thị Hồng Nhung",
    "Giàng A Chiến",
    "Lồ Thị Seng",
    "Hoàng Thị Lan",
)
_BT_262 = "Trần Văn Hưng"
_P262_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022; xây dựng chi bộ trong sạch, vững mạnh",
       2, 4, [_BT_262], when="tháng 4", who="đ/c Trần Văn Hưng (BT)"),
    _t("Dạy học tiếng Việt cho học sinh dân tộc Mông, Dao; tăng cường tiếng Việt cho học sinh lớp 1", 2, 6,
       [_NHUNG_262, _SENG_262], when="tháng 6",
       who="đ/c Vũ Thị Hồng Nhung (PBT), đ/c Lồ Thị Seng (GV khối 1)"),
    _t("Duy trì sĩ số, chống bỏ học; phối hợp với thôn bản vận động học sinh ra lớp đầu năm học", 3, 9,
       [_CHIEN_262], when="tháng 9", who="đ/c Giàng A Chiến (CUV)"),
    _t("Học tập và làm theo Bác về lòng thương yêu học sinh; giữ gìn bản sắc văn hóa các dân tộc trong "
       "nhà trường", 4, 11, [_LAN_262, _BT_262], when="tháng 11",
       who="đ/c Hoàng Thị Lan (TPT Đội), đ/c Trần Văn Hưng"),
]  # fmt: skip

# 263 — Chi bộ 12 Trường Mầm non Nậm Sài (Sa Pa, Lào Cai)
_THU_263, _MAI_263, _THUY_263, _SUA_263 = (
    "Phạm Thị Thu",
    "Lù Thị Mai",
    "Lù Thị Thúy",
    "Sần Thị Sua",
)
_P263_TOPICS = [
    _t("Thực hiện chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” ở các điểm trường bản", 4, 10,
       [_MAI_263], when="dự kiến tháng Mười",
       who="đ/c Lù Thị Mai – Phó Bí thư Chi bộ, Phó Hiệu trưởng"),
    _t("Tăng cường tiếng Việt cho trẻ em người dân tộc thiểu số trước khi vào lớp 1", 4, 12,
       [_THUY_263, _SUA_263], when="dự kiến tháng Mười Hai",
       who="đ/c Lù Thị Thúy – Chi ủy viên; đ/c Sần Thị Sua – giáo viên điểm trường"),
    _t("Học tập và làm theo Bác về lòng yêu thương trẻ; trách nhiệm nêu gương của đảng viên là cô giáo "
       "điểm bản", 1, 3, [_THU_263], when="thực hiện trong tháng Ba năm 2021",
       who="đ/c Phạm Thị Thu – Bí thư Chi bộ, Hiệu trưởng"),
    _t("Bảo đảm an toàn thực phẩm trong bữa ăn bán trú; phòng, chống suy dinh dưỡng cho trẻ", 2, 4,
       [_MAI_263, _THUY_263], when="dự kiến tháng Tư năm 2021", who="đ/c Lù Thị Mai, đ/c Lù Thị Thúy"),
]  # fmt: skip

# 264 — Trường THCS số 2 Phước Sơn (Tuy Phước, Bình Định)
_HOANG_264, _LE_264, _PHUC_264, _HA_264 = (
    "Nguyễn Văn Hoàng",
    "Trần Thị Mỹ Lệ",
    "Lê Văn Phúc",
    "Võ Thị Thu Hà",
)
_P264_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 – 2027; trách nhiệm của đảng viên trong đổi mới "
       "giáo dục", 1, 2, [_HOANG_264],
       who=["Đ/c Nguyễn Văn Hoàng – Bí thư Chi bộ, Phó Hiệu trưởng"]),
    _t("Chuyển đổi số trong dạy học và quản lý nhà trường; chống lãng phí thời gian, tài sản công", 2, 5,
       [_PHUC_264, _HA_264], who=["Đ/c Lê Văn Phúc – Chi ủy viên, tổ trưởng tổ Toán – Tin", "Đ/c Võ Thị Thu Hà – giáo viên"]),
    _t("Chuẩn bị năm học 2025 – 2026; nâng cao chất lượng giáo dục mũi nhọn và phụ đạo học sinh yếu", 3, 8,
       [_LE_264], who=["Đ/c Trần Thị Mỹ Lệ – Phó Bí thư"]),
    _t("Học tập và làm theo Bác về đạo đức nhà giáo; tri ân nhân Ngày Nhà giáo Việt Nam 20/11", 4, 11,
       [_HOANG_264, _LE_264], who=["Đ/c Nguyễn Văn Hoàng", "Đ/c Trần Thị Mỹ Lệ"]),
]  # fmt: skip

# 265 — Chi bộ 4 Trường Văn Lang (Hạ Long, Quảng Ninh)
_HIEN_265, _NGHIEM_265, _QUYNH_265, _TUAN_265 = (
    "Trần Thị Thu Hiền",
    "Đinh Văn Nghiêm",
    "Phạm Thị Như Quỳnh",
    "Vũ Anh Tuấn",
)
_P265_TOPICS = [
    _t("“Như hoa hướng dương”: đánh giá kết quả thực hiện Nghị quyết Trung ương 4 khóa XII và Chỉ thị 05-CT/TW "
       "năm 2021, định hướng năm 2022", 1, 2, [_NGHIEM_265], when="th 02-2022",
       who=["Đ/c Đinh Văn Nghiêm – PBT"], **{"with": "Đảng viên, quần chúng ưu tú; mời Đảng ủy Công ty"}),
    _t("Giáo dục truyền thống, lý tưởng cho học sinh nhân kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh", 2, 5,
       [_QUYNH_265, _TUAN_265], when="T.05",
       who=["Đ/c Phạm Thị Như Quỳnh – Tổng phụ trách", "Đ/c Vũ Anh Tuấn – GV Lịch sử"],
       **{"with": "Toàn thể đảng viên"}),
    _t("Chuẩn bị năm học 2022 – 2023; trách nhiệm nêu gương của đảng viên trong dạy học và quản lý học "
       "sinh bán trú", 3, 8, [_HIEN_265], when="th 08-2022", who=["Đ/c Trần Thị Thu Hiền – BT"],
       **{"with": "Đảng viên, tổ trưởng chuyên môn"}),
    _t("Đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin; tri ân ngày Nhà giáo Việt Nam", 4, 11,
       [_NGHIEM_265, _QUYNH_265], when="T.11", who=["Đ/c Đinh Văn Nghiêm", "Đ/c Phạm Thị Như Quỳnh"],
       **{"with": "Toàn thể đảng viên"}),
]  # fmt: skip

# 266 — Trường Mầm non Vĩnh Phúc (Bắc Quang, Hà Giang)
_LAN_266, _HANG_266, _NGA_266, _HUYEN_266 = (
    "Hoàng Thị Lan",
    "Nông Thị Hằng",
    "Lục Thị Nga",
    "Ma Thị Huyền",
)
_P266_TOPICS = [
    _t("Vai trò của đảng viên trong xây dựng xã Vĩnh Phúc đạt chuẩn nông thôn mới nâng cao năm 2024", 1, 3,
       [_LAN_266], who="Đ/c Hoàng Thị Lan – BT", note="Mời đại diện Đảng ủy xã", pos=1),
    _t("Nâng cao chất lượng bữa ăn bán trú, phòng chống suy dinh dưỡng thấp còi cho trẻ vùng khó khăn", 2, 5,
       [_HANG_266, _NGA_266], who="Đ/c Nông Thị Hằng – PBT\nĐ/c Lục Thị Nga – GV", note="", pos=1),
    _t("Xây dựng môi trường giáo dục lấy trẻ làm trung tâm ở các điểm trường thôn Vĩnh Thành, Vĩnh Sơn",
       3, 9, [_HUYEN_266], who="Đ/c Ma Thị Huyền – CUV", note="Đầu năm học 2024 – 2025", pos=2),
    _t("Học tập và làm theo Bác về lòng yêu thương trẻ, tinh thần tự học của nhà giáo", 4, 11,
       [_LAN_266, _HUYEN_266], who="Đ/c Hoàng Thị Lan\nĐ/c Ma Thị Huyền", note="Dịp 20/11", pos=1),
]  # fmt: skip
_ROUTINE_266: dict[int, list[list[str]]] = {
    1: [["Sinh hoạt chi bộ thường kỳ; xây dựng nghị quyết, kế hoạch năm 2024", "Chi ủy", ""],
        ["Tổ chức cho trẻ đón Tết Nguyên đán an toàn", "Ban giám hiệu", ""]],
    2: [["Sinh hoạt chi bộ thường kỳ; kỷ niệm 94 năm Ngày thành lập Đảng", "Chi ủy", ""]],
    3: [["Sinh hoạt chi bộ thường kỳ", "Chi ủy", ""],
        ["Hội thi giáo viên dạy giỏi cấp trường", "PBT", ""]],
    4: [["Sinh hoạt chi bộ thường kỳ; sơ kết quý I", "Chi ủy", ""]],
    5: [["Sinh hoạt chi bộ thường kỳ", "Chi ủy", ""],
        ["Tổng kết năm học 2023 – 2024", "Ban giám hiệu", ""]],
    6: [["Sinh hoạt chi bộ thường kỳ; sơ kết 6 tháng đầu năm", "Chi ủy", ""]],
    7: [["Sinh hoạt chi bộ thường kỳ (ghép khi nghỉ hè)", "Chi ủy", ""],
        ["Tham gia lao động cộng sản tuyến đường thôn cùng xã", "Đảng viên", ""]],
    8: [["Sinh hoạt chi bộ thường kỳ; chuẩn bị năm học mới", "Chi ủy", ""]],
    9: [["Sinh hoạt chi bộ thường kỳ", "Chi ủy", ""],
        ["Khai giảng năm học 2024 – 2025, huy động trẻ ra lớp", "Ban giám hiệu", ""]],
    10: [["Sinh hoạt chi bộ thường kỳ; sơ kết quý III", "Chi ủy", ""]],
    11: [["Sinh hoạt chi bộ thường kỳ", "Chi ủy", ""]],
    12: [["Sinh hoạt chi bộ thường kỳ; kiểm điểm, đánh giá, xếp loại đảng viên năm 2024", "Chi ủy", ""]],
}  # fmt: skip

# 267 — Trường THPT Hoàng Văn Thụ (Lục Yên, Yên Bái)
_HAI_267, _TINH_267, _NGAN_267, _TIEN_267 = (
    "Nông Văn Hải",
    "Hoàng Thị Tình",
    "Hà Thị Ngân",
    "Lương Văn Tiến",
)
_P267_TOPICS = [
    _t("Quán triệt Nghị quyết của Chi bộ năm 2019; nâng cao chất lượng dạy học ôn thi THPT quốc gia", 1, 3,
       [_HAI_267], when="I/03", who="đ/c Nông Văn Hải – Bí thư Chi bộ, Hiệu trưởng"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo chủ đề năm 2019; kể chuyện về "
       "Bác Hồ", 2, 5, [_TINH_267, _NGAN_267], when="II/05",
       who="đ/c Hoàng Thị Tình – giáo viên; đ/c Hà Thị Ngân – Phó Bí thư"),
    _t("Giáo dục đạo đức, lối sống cho học sinh nội trú, bán trú người dân tộc thiểu số", 3, 10,
       [_TIEN_267], when="III/10", conflict=True, who="đ/c Lương Văn Tiến – Chi ủy viên, Bí thư Đoàn trường"),
    _t("Đổi mới kiểm tra, đánh giá học sinh; sơ kết học kỳ I năm học 2019 – 2020", 4, 12,
       [_NGAN_267, _HAI_267], when="IV/12", who="đ/c Hà Thị Ngân; đ/c Nông Văn Hải"),
]  # fmt: skip

# 268 — Trường Mầm non Bình Yên (Sơn Dương, Tuyên Quang)
_TAM_268, _THOA_268, _VAN_268, _LE_268 = (
    "Phan Thị Minh Tâm",
    "Ma Thị Thoa",
    "Hà Thị Vân",
    "Nguyễn Thị Lệ",
)
_P268_TOPICS = [
    _t("Thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022; nâng cao chất lượng chăm sóc, giáo dục "
       "trẻ", 4, 10, [_TAM_268], who=["Đ/c Phan Thị Minh Tâm – BT"]),
    _t("Xây dựng môi trường giáo dục lấy trẻ làm trung tâm ở khu trung tâm và các điểm trường", 4, 12,
       [_THOA_268, _LE_268], who=["Đ/c Ma Thị Thoa – PBT", "Đ/c Nguyễn Thị Lệ – GV"]),
    _t("Học tập và làm theo Bác tại Khu di tích Tân Trào; giáo dục truyền thống quê hương cho trẻ", 1, 2,
       [_VAN_268], who=["Đ/c Hà Thị Vân – CUV"]),
    _t("An toàn thực phẩm, phòng chống dịch bệnh trong trường mầm non; chuẩn bị tổng kết năm học", 2, 4,
       [_THOA_268], who=["Đ/c Ma Thị Thoa"]),
]  # fmt: skip

# 269 — Trường THCS Xuân Dương (Thanh Oai, Hà Nội)
_KHANH_269, _YEN_269, _THANH_269, _THUY_269 = (
    "Nguyễn Văn Khánh",
    "Trần Thị Hải Yến",
    "Đỗ Văn Thành",
    "Nguyễn Thị Thúy",
)
_P269_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 – 2025; xây dựng chi bộ trong sạch, vững mạnh",
       4, 10, [_KHANH_269], code="CĐ T10", who=["Đ/c Nguyễn Văn Khánh (BT)"], form="Báo cáo, thảo luận"),
    _t("Thực hiện Chương trình GDPT 2018 ở lớp 7; đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học",
       4, 12, [_YEN_269, _THUY_269], code="CĐ T12",
       who=["Đ/c Trần Thị Hải Yến (PBT)", "Đ/c Nguyễn Thị Thúy"], form="Tham luận"),
    _t("Học tập và làm theo Bác về tinh thần tự học; giáo dục lý tưởng cho đoàn viên, học sinh", 1, 3,
       [_THANH_269], code="CĐ T3", who=["Đ/c Đỗ Văn Thành (CUV)"], form="Kể chuyện, thảo luận"),
    _t("Tổng kết năm học 2022 – 2023; bồi dưỡng quần chúng ưu tú, phát triển đảng viên", 2, 5,
       [_KHANH_269, _YEN_269], code="CĐ T5", who=["Đ/c Nguyễn Văn Khánh", "Đ/c Trần Thị Hải Yến"],
       form="Báo cáo, thảo luận"),
]  # fmt: skip


PLANS: list[T] = [
    {
        "id": "260_thcs_thach_ban_long_bien_2020",
        "half": "dev",
        "fmt": "docx",
        "layout": "u_note_month",
        "province": "Hà Nội",
        "source": "https://thcsthachban.longbien.edu.vn/hoat-dong-cong-doan-doan-thanh-nien/dai-hoi-chi-bo-truong-thcs-"
        "thach-ban-phuong-thach-ban-nhiem-ky-2020-2022/ct/4318/185683",
        "source_says": "Ngày 29/2/2020, theo Kế hoạch 162-KH/ĐU ngày 08/8/2019 của Đảng ủy phường Thạch Bàn, Chi bộ "
        "Trường THCS Thạch Bàn tổ chức Đại hội chi bộ nhiệm kỳ 2020 – 2022; dự có đồng chí Nguyễn Thu Ngần, Bí thư "
        "Đảng ủy phường, và đồng chí Bùi Trí Đức, Phó Chủ tịch UBND phường; đồng chí Khúc Thị Mỹ Hạnh, Phó Bí thư "
        "chi bộ, Phó Hiệu trưởng, báo cáo kết quả nhiệm kỳ 2017 – 2020; chi bộ phấn đấu trong sạch, vững mạnh "
        "tiêu biểu.",
        "completed": [
            "the page gives the cell, its ward committee, its congress and its deputy secretary; the plan of the "
            "school year 2020 – 2021, its four topics, the secretary and every other member, the number and the "
            "date are completed",
            "a table STT – Chuyên đề – Người chuẩn bị – Ghi chú with no time column: only the note says at which "
            "monthly meeting the topic is held (“Ghép kỳ sinh hoạt tháng 10/2020”, “Kỳ SH tháng 3/2021, dịp "
            "26/3”), no quarter anywhere; people with posts after a dash, two in one cell",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường THCS Thạch Bàn",
        "committee_name": "Đảng bộ phường Thạch Bàn",
        "left": ["ĐẢNG BỘ PHƯỜNG THẠCH BÀN", "CHI BỘ TRƯỜNG THCS THẠCH BÀN"],
        "send_to": ["Đảng ủy phường Thạch Bàn (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2020 – 2021"],
        "number": 5,
        "type_code": "KH",
        "date": "2020-09-25",
        "place": "Thạch Bàn",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường THCS Thạch Bàn nhiệm kỳ 2020 – 2022;",
        ],
        "opening": "Chi bộ Trường THCS Thạch Bàn xây dựng kế hoạch sinh hoạt chuyên đề năm học 2020 – 2021 như sau:",
        "aims": _AIMS_SCHOOL,
        "table_intro": "Mỗi chuyên đề được sinh hoạt ghép với kỳ sinh hoạt thường kỳ ghi ở cột Ghi chú; Chi ủy "
        "thông báo ngày cụ thể trước 01 tuần.",
        "closing": _CLOSING_SCHOOL,
        "topics": _P260_TOPICS,
        "targets": [],
        "secretary": _HA_260,
    },
    {
        "id": "261_tieu_hoc_tu_lien_tay_ho_2020",
        "half": "dev",
        "fmt": "docx",
        "layout": "u_heading_time",
        "province": "Hà Nội",
        "source": "http://thtulientayho.edu.vn/tin-tuc-su-kien/tin-cua-truong/dai-hoi-chi-bo-truong-tieu-hoc-tu-lien-"
        "nhiem-ky-2020-2022.html",
        "source_says": "Theo Kế hoạch 74-KH/ĐU ngày 23/8/2019 của Đảng ủy phường Tứ Liên, sáng 28/02/2020 Chi bộ "
        "Trường Tiểu học Tứ Liên tổ chức Đại hội nhiệm kỳ 2020 – 2022; dự có đồng chí Tăng Tuấn Cường, Phó Bí thư "
        "Đảng ủy, Chủ tịch HĐND phường; đại hội bầu Chi ủy 3 đồng chí, Bí thư và Phó Bí thư Chi bộ.",
        "completed": [
            "the page gives the cell, its ward committee, its congress and a three-member committee; the 2020 "
            "plan, its four topics, every member's name, the number and the date are completed",
            "each topic under its own bold heading line that alone carries the time, typed four ways: “CHUYÊN ĐỀ "
            "QUÝ I (tháng 3/2020)”, “Quý II – Chuyên đề (tháng 6/2020):”, “CHUYÊN ĐỀ THÁNG 9/2020 (QUÝ III)” and "
            "“Quý IV – Chuyên đề:” with no month (the truth keeps month null); the title on the next line in "
            "quotation marks, then “- Nội dung chính:” and “- Người thực hiện:”",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường Tiểu học Tứ Liên",
        "committee_name": "Đảng bộ phường Tứ Liên",
        "left": ["ĐẢNG BỘ PHƯỜNG TỨ LIÊN", "CHI BỘ TRƯỜNG TIỂU HỌC TỨ LIÊN"],
        "send_to": ["Đảng ủy phường Tứ Liên (b/c)", "Các đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề của Chi bộ năm 2020"],
        "number": 3,
        "type_code": "KH",
        "date": "2020-03-10",
        "place": "Tây Hồ",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Tiểu học Tứ Liên nhiệm kỳ 2020 – 2022;",
        ],
        "opening": "Chi bộ Trường Tiểu học Tứ Liên xây dựng kế hoạch sinh hoạt chuyên đề năm 2020 như sau:",
        "aims": _AIMS_SCHOOL,
        "intro": [
            "Mỗi quý Chi bộ sinh hoạt một chuyên đề, kết hợp với kỳ sinh hoạt thường kỳ; nội dung cụ thể như sau:",
        ],
        "closing": _CLOSING_SCHOOL
        + [
            "- Thời gian cụ thể của chuyên đề quý IV sẽ do Chi ủy quyết định theo tình hình nhiệm vụ năm học."
        ],
        "topics": _P261_TOPICS,
        "targets": [],
        "secretary": _HANG_261,
    },
    {
        "id": "262_chi_bo_5_tieu_hoc_sa_pa_2020",
        "half": "dev",
        "fmt": "odt",
        "layout": "u_presenter_then_month",
        "province": "Lào Cai",
        "source": "http://thsapa.pgdsapa.edu.vn/hoat-dong-nha-truong/hoat-dong-doan-the/chi-bo-5-truong-tieu-hoc-sa-pa-"
        "to-chuc-dai-hoi-chi-bo-nhiem-.html",
        "source_says": "Theo Kế hoạch 17-KH/ĐU ngày 14/01/2020 của Đảng bộ phường Sa Pả về đại hội các chi bộ nhiệm "
        "kỳ 2020 – 2022, được Ban Thường vụ Đảng bộ phường đồng ý, ngày 5/3/2020 Chi bộ 5 Trường Tiểu học Sa Pả tổ "
        "chức Đại hội chi bộ nhiệm kỳ 2020 – 2022 trong 1/2 ngày và thành công tốt đẹp.",
        "completed": [
            "the page gives the cell, its ward committee and the date of its congress; the 2020 plan, its four "
            "topics, every member's name (Kinh, Mông, Giáy names), the number and the date are completed",
            "topics as numbered lines “N. title – đ/c … (PBT), đ/c … (GV khối 1) – tháng 6.”: the month last, "
            "after the people, no year and no quarter anywhere in the plan; offices abbreviated in brackets",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ 5 Trường Tiểu học Sa Pả",
        "committee_name": "Đảng bộ phường Sa Pả",
        "left": ["ĐẢNG BỘ PHƯỜNG SA PẢ", "CHI BỘ 5 – TRƯỜNG TIỂU HỌC SA PẢ"],
        "send_to": ["Đảng ủy phường Sa Pả (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        "number": 2,
        "type_code": "KH",
        "date": "2020-03-16",
        "place": "Sa Pa",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ 5 nhiệm kỳ 2020 – 2022;",
        ],
        "opening": "Chi bộ 5 Trường Tiểu học Sa Pả xây dựng kế hoạch sinh hoạt chuyên đề năm 2020 như sau:",
        "aims": _AIMS_SCHOOL,
        "intro": "Chi bộ sinh hoạt 04 chuyên đề, lồng ghép với sinh hoạt thường kỳ của tháng ghi ở cuối mỗi dòng:",
        "closing": [
            "- Đồng chí được phân công chuẩn bị đề cương, gửi Bí thư Chi bộ duyệt trước kỳ sinh hoạt 01 tuần.",
            "- Chi ủy theo dõi, đôn đốc; kết quả sinh hoạt báo cáo Đảng ủy phường.",
        ],
        "topics": _P262_TOPICS,
        "targets": [],
        "secretary": _BT_262,
    },
    {
        "id": "263_chi_bo_12_mam_non_nam_sai_2020",
        "half": "dev",
        "fmt": "txt",
        "layout": "u_text_words_bracket",
        "province": "Lào Cai",
        "source": "http://mnnamsai.pgdsapa.edu.vn/tin-tuc/dai-hoi-chi-bo-12-truong-mam-non-nam-sai-nhiem-ky-2020-2022.html",
        "source_says": "Ngày 28/02/2020 Chi bộ 12 – Trường Mầm non Nậm Sài tổ chức Đại hội Chi bộ nhiệm kỳ 2020 – 2022; "
        "dự có đồng chí Lù Văn Suy, Ban Thường vụ Đảng ủy, Phó Chủ tịch UBND xã Liên Minh, và 9/10 đảng viên; đồng "
        "chí Phạm Thị Thu, Bí thư Chi bộ, khai mạc; đồng chí Lù Thị Thúy, chi ủy viên, thông qua chương trình; đồng "
        "chí Lù Thị Mai, Phó Bí thư, báo cáo tình hình đảng viên dự đại hội.",
        "completed": [
            "the page gives the cell, its commune committee, its congress, the secretary, the deputy and a "
            "committee member; the plan for the school year 2020 – 2021, its four topics, one teacher, the "
            "number and the date are completed",
            "plain text: numbered titles, each ending with its month in words in a bracket (“(dự kiến tháng "
            "Mười)”, “(dự kiến tháng Mười Hai)”, “(thực hiện trong tháng Ba năm 2021)”, “(dự kiến tháng Tư năm "
            "2021)”), no quarter, then an indented “Người thực hiện:” line",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ 12 Trường Mầm non Nậm Sài",
        "committee_name": "Đảng bộ xã Liên Minh",
        "left": ["ĐẢNG BỘ XÃ LIÊN MINH", "CHI BỘ 12 TRƯỜNG MẦM NON NẬM SÀI"],
        "send_to": ["Đảng ủy xã Liên Minh (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2020 – 2021"],
        "school_year": "2020 – 2021",
        "number": 4,
        "type_code": "KH",
        "date": "2020-09-18",
        "place": "Liên Minh",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ 12 nhiệm kỳ 2020 – 2022 và nhiệm vụ năm học 2020 – 2021;",
        ],
        "opening": "Chi bộ 12 Trường Mầm non Nậm Sài xây dựng kế hoạch sinh hoạt chuyên đề năm học 2020 – 2021 như "
        "sau:",
        "aims": [
            "- Đảng viên nắm vững nhiệm vụ năm học, gương mẫu ở các điểm trường bản.",
            "- Mỗi chuyên đề có đề cương, có kết luận của Chi ủy và việc làm cụ thể sau sinh hoạt.",
        ],
        "closing": [
            "- Người thực hiện chuẩn bị đề cương, gửi Bí thư Chi bộ trước kỳ sinh hoạt 05 ngày.",
            "- Đảng viên ở điểm trường xa về dự đầy đủ; kết quả báo cáo Đảng ủy xã.",
        ],
        "topics": _P263_TOPICS,
        "targets": [],
        "secretary": _THU_263,
    },
    {
        "id": "264_thcs_so_2_phuoc_son_tuy_phuoc_2025",
        "half": "dev",
        "fmt": "docx",
        "layout": "u_two_tables_calendar",
        "province": "Bình Định",
        "source": "http://phuocson.tuyphuoc.binhdinh.gov.vn/Index.aspx?I=210438542&M=15&P=B02",
        "source_says": "Theo Kế hoạch 43-KH/ĐU ngày 27/8/2024 của Đảng ủy xã, chiều 17/01/2025 Chi bộ trường THCS số 2 "
        "Phước Sơn tổ chức Đại hội chi bộ lần thứ VIII, nhiệm kỳ 2025 – 2027; dự có đồng chí Phạm Minh Tâm, Phó Bí thư "
        "Thường trực Đảng ủy; chi bộ có 18 đảng viên; đồng chí Nguyễn Văn Hoàng, Bí thư Chi bộ, Phó Hiệu trưởng, "
        "đọc diễn văn; đội ngũ đảng viên gương mẫu thi đua dạy tốt, học tốt, có nhiều chuyên đề, sáng kiến.",
        "completed": [
            "the page gives the cell, its commune committee, its congress, its size and its secretary; the 2025 "
            "plan, its four topics, three other members, the meeting days, the number and the date are completed",
            "two tables: the topics (STT – Tên chuyên đề – Đồng chí thực hiện) with no time, then “LỊCH SINH HOẠT "
            "CHI BỘ NĂM 2025” (Tháng – Ngày sinh hoạt – Nội dung), twelve rows, four of which add “sinh hoạt "
            "chuyên đề số N”; no quarter anywhere",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường THCS số 2 Phước Sơn",
        "committee_name": "Đảng bộ xã Phước Sơn",
        "left": ["ĐẢNG BỘ XÃ PHƯỚC SƠN", "CHI BỘ TRƯỜNG THCS SỐ 2 PHƯỚC SƠN"],
        "send_to": ["Đảng ủy xã Phước Sơn (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề và lịch sinh hoạt chi bộ năm 2025"],
        "number": 2,
        "type_code": "KH",
        "date": "2025-02-10",
        "place": "Phước Sơn",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường THCS số 2 Phước Sơn lần thứ VIII, nhiệm kỳ 2025 – 2027;",
        ],
        "opening": "Chi bộ Trường THCS số 2 Phước Sơn xây dựng kế hoạch sinh hoạt chuyên đề và lịch sinh hoạt chi "
        "bộ năm 2025 như sau:",
        "aims": _AIMS_SCHOOL,
        "calendar_intro": "Chi bộ sinh hoạt vào 16 giờ 30 ngày ghi trong lịch, tại phòng họp nhà trường; các chuyên "
        "đề ở mục II được sinh hoạt cùng kỳ thường kỳ như sau:",
        "routine": {
            1: "Đại hội Chi bộ nhiệm kỳ 2025 – 2027 (ngày 17/01)",
            7: "Sinh hoạt thường kỳ (trong hè)",
            12: "Sinh hoạt thường kỳ; kiểm điểm, đánh giá, xếp loại đảng viên năm 2025",
        },
        "days": [
            "17/01",
            "10/02",
            "05/3",
            "03/4",
            "06/5",
            "04/6",
            "07/7",
            "05/8",
            "05/9",
            "06/10",
            "05/11",
            "04/12",
        ],
        "closing": _CLOSING_SCHOOL,
        "topics": _P264_TOPICS,
        "targets": [],
        "secretary": _HOANG_264,
    },
    {
        "id": "265_chi_bo_4_truong_van_lang_ha_long_2022",
        "half": "dev",
        "fmt": "doc",
        "layout": "u_short_month_forms",
        "province": "Quảng Ninh",
        "source": "http://www.vanlangschool.edu.vn/sinh-hoat-chuyen-de-dang-thang-022022-chu-de-nhu-hoa-huong-duong-"
        "a489.html",
        "source_says": "(13/03/2022) Thực hiện kế hoạch công tác Đảng năm 2021 và nghị quyết tháng 01/2022, sáng "
        "11/02/2022 Chi bộ 4 – trường Văn Lang sinh hoạt chuyên đề “Như hoa hướng dương”, đánh giá kết quả thực "
        "hiện Nghị quyết Trung ương 4 khóa XII và Chỉ thị 05-CT/TW năm 2021, định hướng năm 2022; dự có đồng chí "
        "Phạm Xuân Trường, Phó Bí thư Đảng bộ Công ty CP Sách và TBTH Quảng Ninh; đồng chí Đinh Văn Nghiêm, Phó Bí "
        "thư Chi bộ, đánh giá công tác tháng 01 và triển khai nhiệm vụ tháng 02/2022.",
        "completed": [
            "the page gives the cell, its company committee, its deputy secretary, the guest and the February "
            "topic; the 2022 plan, its three other topics, the secretary and two other members, the number and "
            "the date are completed",
            "a table TT – Nội dung chuyên đề – Thời gian – Người trình bày – Thành phần whose time is typed in "
            "short forms that vary row to row: “th 02-2022”, “T.05”, “th 08-2022”, “T.11” (no quarter)",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ 4 Trường Văn Lang",
        "committee_name": "Đảng bộ Công ty Cổ phần Sách và Thiết bị trường học Quảng Ninh",
        "left": [
            "ĐẢNG BỘ CÔNG TY CP SÁCH",
            "VÀ THIẾT BỊ TRƯỜNG HỌC QUẢNG NINH",
            "CHI BỘ 4 TRƯỜNG VĂN LANG",
        ],
        "send_to": ["Đảng ủy Công ty (b/c)", "Ban Giám hiệu nhà trường", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2022"],
        "number": 1,
        "type_code": "KH",
        "date": "2022-01-10",
        "place": "Hạ Long",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết của Đảng ủy Công ty về nhiệm vụ năm 2022;",
        ],
        "opening": "Chi bộ 4 Trường Văn Lang xây dựng kế hoạch sinh hoạt chuyên đề năm 2022 như sau:",
        "aims": _AIMS_SCHOOL,
        "closing": _CLOSING_SCHOOL
        + ["- Mời đại diện Đảng ủy Công ty dự chuyên đề tháng 02 và chuyên đề cuối năm."],
        "topics": _P265_TOPICS,
        "targets": [],
        "secretary": _HIEN_265,
    },
    {
        "id": "266_mam_non_vinh_phuc_bac_quang_2024",
        "half": "dev",
        "fmt": "odt",
        "layout": "u_month_bands",
        "province": "Hà Giang",
        "source": "https://mnvinhphuc.bacquang.edu.vn/tin-tuc-su-kien/tap-the-bgh-truong-mn-vinh-phuc-tham-gia-lao-dong-"
        "cong-san-tuyen-duong-thon-vinh-thanh-thon-vinh-son.html",
        "source_says": "(27/11/2023) Thực hiện Kế hoạch 806/KH-UBND ngày 23/11/2023 của UBND xã Vĩnh Phúc, sáng "
        "26/11/2023 tập thể Ban giám hiệu Trường MN Vĩnh Phúc tham gia lao động cộng sản tuyến đường thôn Vĩnh "
        "Thành, thôn Vĩnh Sơn, góp phần xây dựng xã Vĩnh Phúc đạt chuẩn nông thôn mới nâng cao vào năm 2024.",
        "completed": [
            "the page gives the school, its commune, two of its villages and the commune's aim for 2024; the "
            "cell's 2024 programme, its four topics, every member's name (Tày names), the number and the date "
            "are completed",
            "one table for the year, a full-width merged band per month (“THÁNG 3/2024”) over its task rows "
            "(TT – Nội dung công việc – Người phụ trách – Ghi chú), TT starting again in each month; the "
            "thematic meeting is one task “Sinh hoạt chuyên đề: “…”” among regular meetings and other work; no "
            "quarter",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Trường Mầm non Vĩnh Phúc",
        "committee_name": "Đảng bộ xã Vĩnh Phúc",
        "left": ["ĐẢNG BỘ XÃ VĨNH PHÚC", "CHI BỘ TRƯỜNG MẦM NON VĨNH PHÚC"],
        "send_to": ["Đảng ủy xã Vĩnh Phúc (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["CHƯƠNG TRÌNH", "Công tác và sinh hoạt chuyên đề năm 2024"],
        "number": 2,
        "type_code": "CTr",
        "date": "2024-01-12",
        "place": "Vĩnh Phúc",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Chi bộ Trường Mầm non Vĩnh Phúc năm 2024;",
        ],
        "opening": "Chi bộ Trường Mầm non Vĩnh Phúc xây dựng chương trình công tác và sinh hoạt chuyên đề năm 2024 "
        "như sau:",
        "aims": [
            "- Cụ thể hóa nghị quyết của Chi bộ thành việc làm từng tháng; gắn với xây dựng xã nông thôn mới nâng "
            "cao.",
            "- Mỗi quý sinh hoạt một chuyên đề thiết thực với nhiệm vụ chăm sóc, giáo dục trẻ.",
        ],
        "routine": _ROUTINE_266,
        "closing": [
            "- Chi ủy điều hành chương trình; có thể điều chỉnh theo chỉ đạo của Đảng ủy xã.",
            "- Người phụ trách chuẩn bị nội dung, báo cáo Chi ủy trước kỳ sinh hoạt.",
        ],
        "topics": _P266_TOPICS,
        "targets": [],
        "secretary": _LAN_266,
    },
    {
        "id": "267_thpt_hoang_van_thu_luc_yen_2019",
        "half": "dev",
        "fmt": "txt",
        "layout": "u_text_compact_quarter_month",
        "province": "Yên Bái",
        "source": "http://thpthvtly.edu.vn/hoat-dong/hoi-thi-ke-chuyen-ve-bac-ho-theo-chu-de-nam-2019-thuc-hien-c.html",
        "source_says": "Thực hiện Kế hoạch 146-KH/HU ngày 11/4/2019 của Ban Thường vụ Huyện ủy Lục Yên về Hội thi kể "
        "chuyện về Bác Hồ theo chủ đề năm 2019, Chi bộ trường THPT Hoàng Văn Thụ có cô giáo Hoàng Thị Tình dự thi "
        "với câu chuyện “Bức thư huyết lệ” và đạt giải nhì.",
        "completed": [
            "the page gives the cell, its district, the district committee's 2019 storytelling contest and one "
            "teacher; the cell's 2019 plan, its four topics (the second on the year's theme, with that teacher), "
            "the other members, the committee (the district's Party organisation, to which the school cell is "
            "taken to report), the number and the date are completed",
            "plain text lined up with spaces, one “Quý/Tháng” column in the compact form “I/03”, “II/05”, "
            "“III/10”, “IV/12”, the people on the next line after “Thực hiện:”; quarter III is held in October "
            "(a month outside its quarter, kept as written, `conflicts: 1`), with a note giving the reason",
        ],
        "kind": "thematic",
        "year": 2019,
        "cell_name": "Chi bộ Trường THPT Hoàng Văn Thụ",
        "committee_name": "Đảng bộ huyện Lục Yên",
        "left": ["ĐẢNG BỘ HUYỆN LỤC YÊN", "CHI BỘ TRƯỜNG THPT HOÀNG VĂN THỤ"],
        "send_to": ["Ban Thường vụ Huyện ủy Lục Yên (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2019"],
        "number": 3,
        "type_code": "KH",
        "date": "2019-01-15",
        "place": "Lục Yên",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Chi bộ Trường THPT Hoàng Văn Thụ năm 2019;",
        ],
        "opening": "Chi bộ Trường THPT Hoàng Văn Thụ xây dựng kế hoạch sinh hoạt chuyên đề năm 2019 như sau:",
        "aims": _AIMS_SCHOOL,
        "note": [
            "Ghi chú: chuyên đề quý III sinh hoạt vào tháng 10 vì tháng 9 nhà trường tổ chức khai giảng và ổn "
            "định nền nếp học sinh nội trú.",
        ],
        "closing": _CLOSING_SCHOOL,
        "topics": _P267_TOPICS,
        "targets": [],
        "secretary": _HAI_267,
    },
    {
        "id": "268_mam_non_binh_yen_son_duong_2020",
        "half": "dev",
        "fmt": "scan",
        "layout": "u_scan_month_grid",
        "province": "Tuyên Quang",
        "source": "http://c0binhyen.tuyenquang.edu.vn/tin-tuc/truong-mam-non-binh-yen-dai-hoi-chi-bo-nhiem-ky-2020-"
        "2022.html",
        "source_says": "Được Ban Thường vụ Đảng ủy xã Bình Yên đồng ý, sáng 14/03/2020 Chi bộ trường mầm non Bình Yên "
        "tổ chức Đại hội chi bộ nhiệm kỳ 2020 – 2022; dự có đồng chí Triệu Minh Chính, Ủy viên Ban Thường vụ, Chủ "
        "tịch HĐND xã, đồng chí Lục Xuân Hoàng, Ủy viên Ban Chấp hành phụ trách chi bộ, và 12 đảng viên; đồng chí "
        "Phan Thị Minh Tâm, Bí thư Chi bộ, Hiệu trưởng, trình bày báo cáo chính trị.",
        "completed": [
            "the page gives the cell, its commune committee, its congress, 12 members and the secretary; the "
            "plan for the school year 2020 – 2021, its four topics, three other members, the number and the date "
            "are completed",
            "one page, scanned: a month grid — the topics as rows, “Tháng (năm học 2020 – 2021)” merged over nine "
            "columns 9, 10, 11, 12, 1, 2, 3, 4, 5 and a “●” under the month the topic is held; no month or "
            "quarter written anywhere else",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường Mầm non Bình Yên",
        "committee_name": "Đảng bộ xã Bình Yên",
        "left": ["ĐẢNG BỘ XÃ BÌNH YÊN", "CHI BỘ TRƯỜNG MẦM NON BÌNH YÊN"],
        "send_to": ["Đảng ủy xã Bình Yên (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2020 – 2021"],
        "school_year": "2020 – 2021",
        "number": 6,
        "type_code": "KH",
        "date": "2020-09-20",
        "place": "Bình Yên",
        "legal_bases": [BASE_HD12],
        "opening": "Thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022, Chi bộ Trường Mầm non Bình Yên đăng ký "
        "các chuyên đề sinh hoạt năm học 2020 – 2021 như sau:",
        "closing": [
            "Người thực hiện chuẩn bị đề cương, gửi Chi ủy duyệt trước kỳ sinh hoạt 05 ngày. Chuyên đề sinh hoạt "
            "cùng kỳ sinh hoạt thường kỳ của tháng đánh dấu trong bảng.",
        ],
        "topics": _P268_TOPICS,
        "targets": [],
        "secretary": _TAM_268,
    },
    {
        "id": "269_thcs_xuan_duong_thanh_oai_2022",
        "half": "dev",
        "fmt": "doc",
        "layout": "u_month_code_labels",
        "province": "Hà Nội",
        "source": "https://thcsxuanduong.thanhoaiedu.vn/hoat-dong-chuyen-mon/dai-hoi-chi-bo-truong-thcs-xuan-duong-51.html",
        "source_says": "Sáng 03/6/2022, theo Kế hoạch 31-KH/ĐU của Đảng ủy xã Xuân Dương, Chi bộ trường THCS Xuân "
        "Dương tiến hành đại hội nhiệm kỳ 2022 – 2025; đồng chí bí thư chi bộ nhiệm kỳ 2020 – 2022 trình bày báo "
        "cáo chính trị; đảng viên tham luận về chuyên môn, tư tưởng, học tập và làm theo Bác; đồng chí Phan Tuấn "
        "Quảng, Phó Bí thư thường trực Đảng ủy xã, phát biểu chỉ đạo.",
        "completed": [
            "the page gives the cell, its commune committee and its congress; the plan for the school year "
            "2022 – 2023, its four topics, every member's name, the number and the date are completed",
            "a table Chuyên đề – Nội dung – Người thực hiện – Hình thức whose first column names each topic by "
            "its month only (“CĐ T10”, “CĐ T12”, “CĐ T3”, “CĐ T5”), over a school year spanning two calendar "
            "years; no quarter and no other time anywhere",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Trường THCS Xuân Dương",
        "committee_name": "Đảng bộ xã Xuân Dương",
        "left": ["ĐẢNG BỘ XÃ XUÂN DƯƠNG", "CHI BỘ TRƯỜNG THCS XUÂN DƯƠNG"],
        "send_to": ["Đảng ủy xã Xuân Dương (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2022 – 2023"],
        "number": 7,
        "type_code": "KH",
        "date": "2022-09-20",
        "place": "Xuân Dương",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường THCS Xuân Dương nhiệm kỳ 2022 – 2025;",
        ],
        "opening": "Chi bộ Trường THCS Xuân Dương xây dựng kế hoạch sinh hoạt chuyên đề năm học 2022 – 2023 như sau:",
        "aims": _AIMS_SCHOOL,
        "table_intro": "Chi bộ sinh hoạt 04 chuyên đề trong năm học, cùng kỳ sinh hoạt thường kỳ của tháng:",
        "closing": _CLOSING_SCHOOL,
        "topics": _P269_TOPICS,
        "targets": [],
        "secretary": _KHANH_269,
    },
]
