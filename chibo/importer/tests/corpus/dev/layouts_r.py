"""Development batch 230–239: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the generic
helpers of ``common.py``. They are ordinary plans as cells of the central coast and the Central
Highlands type them, in shapes the earlier batches did not cover: an urban block's annual work
programme (CTr) whose thematic meetings are dash lines of one numbered task among a dozen other tasks
that each carry their own time and person (one of them a talk “chuyên đề” of the women's union, not a
meeting of the cell); a village's table Nội dung công tác – Thời gian – Người phụ trách – Phối hợp whose
thematic meetings are some rows (“Sinh hoạt chuyên đề: …”) among ordinary tasks, the Phối hợp column
naming guests and forest rangers who are not presenters; a Chăm village's plan whose topics are listed
first, their times given in a later sentence by number (“chuyên đề 1 tổ chức trong tháng 3, …”) and
their people in a third paragraph by number or by a short form of the title (plan 232, quarter III
held at the October meeting, ``conflicts: 1``); a school cell's .doc whose schedule is typed with
spaces, not tabs or a table, titles and names carried on to continuation lines; a one-page scan laid
out with borderless tables (heading and title, signature) around a topic table whose header takes two
rows (“Thời gian” over “Quý” and “Tháng”, the other header cells left empty in the second row); a
village's registration (Bản đăng ký, ĐK) of its topics sent to the commune committee in plain text,
with separate outline writer and reporter and a guest to invite; a twelve-month table whose thematic
meetings have their own column (empty in most months, one “không tổ chức” note); a school cell's
numbered topics whose people appear only in a duty table by member (“Chuẩn bị chuyên đề tháng
12/2020” among other duties); an activity plan whose meetings are attached to the targets they serve
(“Chỉ tiêu 2 … Giải pháp: … sinh hoạt chuyên đề quý I …”); plain text whose meetings are tied to
anniversaries, their titles followed by other dates (“3/2/1930 – 3/2/2015”, “19/5/1890”). Facts are in
``PLANS`` below (same keys as ``plans.py``); ``build.py`` merges both ``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from ..common import (
    BASE_HD12,
    PARTY,
    Block,
    date_line,
    number_line,
    paras,
    section,
    set_widths,
)
from ..common import signed_sent as _sign
from ..common import typed_top as _top
from ..facts import T, target
from ..facts import topic_with as _t


# ------------------------------------------------------------------------------------ helpers
def _text_head(p: dict[str, Any], number: bool = True) -> list[str]:
    """The heading as typed in a text editor: the left column, the Party's name and the date."""
    out = [*p["left"]]
    if number:
        out.append(number_line(p))
    return [*out, "", PARTY, date_line(p), "", *p["title_lines"], ""]


def _text_sign(p: dict[str, Any]) -> list[str]:
    return ["", p.get("sign_for", "T/M CHI BỘ"), p.get("signer_title", "BÍ THƯ"), "", "(đã ký)",
            p["secretary"], "", "Nơi nhận:", *[f"- {x};" for x in p["send_to"]]]  # fmt: skip


def _spaced(cells: list[str], widths: list[int]) -> list[str]:
    """One table row typed with spaces: each cell wrapped to its width, the continuation lines pushed
    to their column with spaces (as a typist aligns by eye)."""
    wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths, strict=True)]
    out = []
    for i in range(max(map(len, wrapped))):
        line = ""
        for j, col in enumerate(wrapped):
            text = col[i] if i < len(col) else ""
            line += text.ljust(widths[j] + 2) if j < len(wrapped) - 1 else text
        out.append(line.rstrip())
    return out


def _with(text: str) -> dict[str, Any]:
    """The Phối hợp cell of a topic (``with`` is a Python keyword, so it cannot be a plain argument)."""
    return {"with": text}


# ------------------------------------------------------------------------------------ layouts
def programme_tasks(p: dict[str, Any]) -> list[Block]:
    """An annual work programme (CTr): numbered fields, each with numbered tasks carrying their own
    “Thời gian:” and “Phụ trách:”; the thematic meetings are dash lines of one task (“1.3.”), among
    tasks that are not meetings (one of them a talk “chuyên đề” organised with the women's union)."""
    out = _top(p)
    out += section("I. ĐẶC ĐIỂM TÌNH HÌNH", p["situation"])
    out.append(("h", "II. NHIỆM VỤ TRỌNG TÂM VÀ CHƯƠNG TRÌNH CÔNG TÁC NĂM " + str(p["year"])))
    for heading, items in p["fields"]:
        out.append(("h", heading))
        for item in items:
            if item == "MEETINGS":
                out.append(("p", p["meetings_task"]))
                for t in p["topics"]:
                    out.append(("p", f"- {t['when']}: chuyên đề “{t['title']}”; {t['who']}."))
            else:
                out.append(("p", item))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def task_table_cooperate(p: dict[str, Any]) -> list[Block]:
    """A village plan's one table TT – Nội dung công tác – Thời gian – Người phụ trách – Phối hợp; the
    thematic meetings are rows “Sinh hoạt chuyên đề: …” among ordinary tasks; the Phối hợp column
    names bodies, guests and rangers, not presenters."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG CÔNG TÁC, THỜI GIAN VÀ PHÂN CÔNG"))
    rows = []
    for i, row in enumerate(p["rows"], 1):
        if isinstance(row, int):
            t = p["topics"][row]
            row = [f"Sinh hoạt chuyên đề: {t['title']}", t["when"], t["who"], t["with"]]
        rows.append([str(i), *row])
    out.append(("table", ["TT", "Nội dung công tác", "Thời gian", "Người phụ trách", "Phối hợp"],
                rows, "", (1.0, 6.6, 2.4, 3.6, 3.4)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def topics_times_people_apart(p: dict[str, Any]) -> list[Block]:
    """Topics listed first, numbered; their times in one later sentence by number; their people in a
    third paragraph by number or by a short form of the title."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    out.append(("p", p["list_intro"]))
    out += paras([f"{i}. {t['title']}." for i, t in enumerate(p["topics"], 1)])
    out.append(("h", "III. THỜI GIAN"))
    out += paras(p["times"])
    out.append(("h", "IV. PHÂN CÔNG CHUẨN BỊ"))
    out += paras(p["assign"])
    out += section("V. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def spaced_columns(p: dict[str, Any]) -> list[Block]:
    """A school cell's .doc whose schedule is typed with spaces to line up its columns (no tab, no
    table), each title and name carried on to continuation lines pushed by spaces."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ NĂM HỌC " + p["school_year"]))
    widths = p["widths"]
    out += paras(_spaced(["TT", "Thời gian", "Nội dung chuyên đề", "Người thực hiện"], widths))
    out.append(("p", "-" * (sum(widths) + 2 * len(widths))))
    for i, t in enumerate(p["topics"], 1):
        out += paras(_spaced([f"{i}.", t["when"], t["title"], t["who"]], widths))
        out.append(("p", ""))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def _layout_grids(p: dict[str, Any]) -> Callable[[Any], None]:
    """The whole page drawn into Word: a borderless two-column table used only for layout (heading
    left and right, the title in a merged second row); the intro; the topic table whose header takes
    two rows (“Thời gian” merged over “Quý” and “Tháng”; TT, Chuyên đề, Người thực hiện and Ghi chú
    not merged, their second header cells left empty); the signature in another borderless table."""

    def draw(doc: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        def put(cell: Any, lines: list[str], bold: int, align: Any, size: float = 12) -> None:
            for i, line in enumerate(lines):
                para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                para.alignment = align
                run = para.add_run(line)
                run.bold = i < bold
                run.font.size = Pt(size)

        centre, left = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT
        doc.styles["Normal"].paragraph_format.space_after = Pt(
            4
        )  # one page, as the typist fitted it
        grid = doc.add_table(rows=2, cols=2)  # no style: no borders
        put(grid.cell(0, 0), [*p["left"], "*", number_line(p)], len(p["left"]), centre)
        put(grid.cell(0, 1), [PARTY, "", date_line(p)], 1, centre)
        put(
            grid.cell(1, 0).merge(grid.cell(1, 1)),
            p["title_lines"],
            len(p["title_lines"]),
            centre,
            13,
        )
        set_widths(grid, (7.5, 9.0))
        for line in [*p["legal_bases"], p["opening"]]:
            doc.add_paragraph(line)
        table = doc.add_table(rows=2, cols=6)
        table.style = "Table Grid"
        for j, text in ((0, "TT"), (3, "Chuyên đề"), (4, "Người thực hiện"), (5, "Ghi chú")):
            put(table.cell(0, j), [text], 1, centre)
        put(table.cell(0, 1).merge(table.cell(0, 2)), ["Thời gian"], 1, centre)
        put(table.cell(1, 1), ["Quý"], 1, centre)
        put(table.cell(1, 2), ["Tháng"], 1, centre)
        for i, t in enumerate(p["topics"], 1):
            row = table.add_row()
            for j, text in enumerate(
                [str(i), t["qcell"], t["mcell"], t["title"], t["who"], t["note"]]
            ):
                put(row.cells[j], text.split("\n"), 0, centre if j < 3 else left, 12)
        set_widths(table, (1.0, 1.2, 1.7, 6.2, 4.3, 2.2))
        for line in p["closing"]:
            doc.add_paragraph(line)
        sign = doc.add_table(rows=1, cols=2)
        put(sign.cell(0, 0), ["Nơi nhận:", *[f"- {x};" for x in p["send_to"]], "- Lưu Chi bộ."], 1,
            left, 11)  # fmt: skip
        put(sign.cell(0, 1), ["T/M CHI BỘ", "BÍ THƯ", "", "", p["secretary"]], 2, centre)
        set_widths(sign, (7.5, 9.0))
        doc.add_paragraph()

    return draw


def layout_tables_two_row_head(p: dict[str, Any]) -> list[Block]:
    """A one-page plan laid out with borderless tables around a topic table with a two-row header."""
    lines = [*p["left"], number_line(p), PARTY, date_line(p), *p["title_lines"], *p["legal_bases"],
             p["opening"], "TT | Thời gian: Quý | Tháng | Chuyên đề | Người thực hiện | Ghi chú"]  # fmt: skip
    for i, t in enumerate(p["topics"], 1):
        lines.append(f"{i} | {t['qcell']} | {t['mcell']} | {t['title']} | {t['who']} | {t['note']}")
    lines += [*p["closing"], "T/M CHI BỘ", "BÍ THƯ", p["secretary"]]
    return [("docx", _layout_grids(p), lines)]


def registration_text(p: dict[str, Any]) -> list[Block]:
    """Plain text: a village cell's registration (Bản đăng ký) of its topics with the commune
    committee, one block per topic with the outline writer and the reporter (both presenters) and a
    guest to invite; a blank for the committee's opinion."""
    lines = _text_head(p, number=False)
    lines += [p["to"], "", *p["legal_bases"], p["opening"], ""]
    for i, t in enumerate(p["topics"]):
        lines += [
            f"{p['ordinals'][i]}:",
            f"- Tên chuyên đề: {t['title']}",
            f"- Thời gian dự kiến: {t['when']}",
            f"- Đồng chí xây dựng đề cương: {t['outline']}",
            f"- Đồng chí báo cáo tại buổi sinh hoạt: {t['speaker']}",
            f"- Đề nghị mời dự: {t['guest']}",
            "",
        ]
    lines += [*p["closing"], *_text_sign(p), "", "Ý KIẾN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY", "." * 72,
              "." * 72]  # fmt: skip
    return paras(lines)


def month_table_thematic_column(p: dict[str, Any]) -> list[Block]:
    """Twelve month rows: Tháng – Nội dung sinh hoạt thường kỳ – Sinh hoạt chuyên đề – Người chuẩn bị
    chuyên đề; the thematic column is filled in four rows (one other row says the month holds none)."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. LỊCH SINH HOẠT CHI BỘ NĂM " + str(p["year"])))
    out.append(("p", p["table_intro"]))
    by_month = {t["month"]: t for t in p["topics"]}
    rows = []
    for m in range(1, 13):
        t = by_month.get(m)
        if t:
            rows.append([f"Tháng {m}", p["regular"][m - 1], t["title"], t["who"]])
        else:
            rows.append([f"Tháng {m}", p["regular"][m - 1], p["no_topic"].get(m, ""), ""])
    out.append(("table", ["Tháng", "Nội dung sinh hoạt thường kỳ", "Sinh hoạt chuyên đề",
                          "Người chuẩn bị chuyên đề"], rows, "", (2.0, 5.8, 5.2, 3.5)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def duty_table(p: dict[str, Any]) -> list[Block]:
    """A school cell's topics numbered with their months, and the people only in a later duty table
    by member (Họ và tên – Chức vụ – Nhiệm vụ trong Chi bộ), the topics named there by month among
    other duties."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ TRONG NĂM HỌC " + p["school_year"]))
    out += paras([f"{i}. {t['when']}: {t['title']}." for i, t in enumerate(p["topics"], 1)])
    out.append(("h", "III. PHÂN CÔNG NHIỆM VỤ ĐẢNG VIÊN"))
    out.append(("p", p["duty_intro"]))
    rows = [[str(i), name, post, "\n".join(duties)]
            for i, (name, post, duties) in enumerate(p["duties"], 1)]  # fmt: skip
    out.append(("table", ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ trong Chi bộ"], rows, "",
                (1.0, 3.8, 3.6, 8.1)))  # fmt: skip
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def targets_with_meetings(p: dict[str, Any]) -> list[Block]:
    """An activity plan whose thematic meetings are attached to the targets they serve: each target,
    then “Giải pháp:” dash lines, one of which (for four targets) is the quarter's meeting."""
    out = _top(p)
    out += section("I. KẾT QUẢ NĂM " + str(p["year"] - 1), p["review"])
    out.append(("h", "II. CHỈ TIÊU VÀ GIẢI PHÁP NĂM " + str(p["year"])))
    for i, (text, solutions, meeting) in enumerate(p["pairs"], 1):
        out.append(("p", f"Chỉ tiêu {i}: {text}."))
        out.append(("p", "Giải pháp:"))
        out += paras([f"- {s}" for s in solutions])
        if meeting is not None:
            t = p["topics"][meeting]
            out.append(("p", f"- Sinh hoạt chuyên đề {t['when']}: “{t['title']}”; {t['who']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def anniversary_text(p: dict[str, Any]) -> list[Block]:
    """Plain text: each meeting tied to an anniversary, the month in the lead (“Kỳ sinh hoạt tháng
    5, dịp kỷ niệm 125 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2015)”), the title and the
    people on the following lines."""
    lines = _text_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += ["II. NỘI DUNG, THỜI GIAN", ""]
    for i, t in enumerate(p["topics"], 1):
        lines += [f"{i}) {t['lead']}:", f"   Chuyên đề: {t['title']}.", f"   {t['who']}.", ""]
    lines += ["III. TỔ CHỨC THỰC HIỆN", *p["closing"]]
    lines += _text_sign(p)
    return paras(lines)


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "r_programme_tasks": programme_tasks,
    "r_task_table_cooperate": task_table_cooperate,
    "r_topics_times_people_apart": topics_times_people_apart,
    "r_spaced_columns": spaced_columns,
    "r_layout_tables_two_row_head": layout_tables_two_row_head,
    "r_registration_text": registration_text,
    "r_month_table_thematic_column": month_table_thematic_column,
    "r_duty_table": duty_table,
    "r_targets_with_meetings": targets_with_meetings,
    "r_anniversary_text": anniversary_text,
}


# -------------------------------------------------------------------------------------- plans
_AIMS = [
    "- Nâng cao chất lượng sinh hoạt chi bộ; mỗi chuyên đề gắn với nhiệm vụ chính trị của đơn vị, "
    "những việc cụ thể mà đảng viên và nhân dân quan tâm.",
    "- Đảng viên được phân công chuẩn bị chu đáo, gửi dự thảo cho Chi ủy trước kỳ sinh hoạt; đảng viên "
    "dự đầy đủ, phát biểu thẳng thắn.",
]
_CLOSING = [
    "- Chi ủy đôn đốc việc chuẩn bị, thông báo thời gian cụ thể trước mỗi kỳ sinh hoạt.",
    "- Sau mỗi chuyên đề có kết luận, giao việc và theo dõi thực hiện; kết quả báo cáo cấp ủy cấp trên.",
]

# 230 — khối phố An Thắng, phường Minh An (Hội An, Quảng Nam)
_SON_230, _HA_230, _TUONG_230, _NHUNG_230, _BAO_230, _LIEN_230 = (
    "Huỳnh Văn Sơn",
    "Trần Thị Thu Hà",
    "Võ Văn Tường",
    "Lê Thị Hồng Nhung",
    "Phan Quốc Bảo",
    "Đỗ Thị Kim Liên",
)
_P230_TOPICS = [
    _t("Giữ gìn giá trị di sản phố cổ; đảng viên gương mẫu thực hiện nếp sống văn minh, ứng xử thân thiện "
       "với du khách", 1, 3, [_SON_230, _HA_230], when="Kỳ sinh hoạt tháng 3/2023",
       who="đ/c Huỳnh Văn Sơn – Bí thư Chi bộ chuẩn bị đề cương, đ/c Trần Thị Thu Hà – Trưởng Ban công tác "
       "Mặt trận khối phố tham luận"),
    _t("Phòng cháy, chữa cháy trong khu phố cổ; giữ gìn an ninh trật tự mùa du lịch cao điểm", 2, 6,
       [_TUONG_230], when="Kỳ sinh hoạt tháng 6/2023",
       who="đ/c Võ Văn Tường – Trưởng khối phố chuẩn bị"),
    _t("Bình ổn giá cả, chấm dứt chèo kéo khách; nâng cao chất lượng dịch vụ du lịch của các hộ kinh "
       "doanh trong khối phố", 3, 9, [_NHUNG_230], when="Kỳ sinh hoạt tháng 9/2023",
       who="đ/c Lê Thị Hồng Nhung – Chi ủy viên chuẩn bị"),
    _t("Học tập và làm theo Bác về chăm lo thế hệ trẻ; khuyến học, khuyến tài trong khối phố", 4, 11,
       [_BAO_230, _LIEN_230], when="Kỳ sinh hoạt tháng 11/2023",
       who="đ/c Phan Quốc Bảo – Bí thư Chi đoàn và đ/c Đỗ Thị Kim Liên – Chi hội trưởng Khuyến học chuẩn bị"),
]  # fmt: skip
_P230_FIELDS = [
    ("1. Công tác chính trị, tư tưởng", [
        "1.1. Tổ chức cho đảng viên học tập, quán triệt các nghị quyết, chỉ thị mới của Trung ương, của Tỉnh "
        "ủy và Thành ủy Hội An. Thời gian: quý I và theo hướng dẫn của Đảng ủy phường. Phụ trách: đ/c Huỳnh "
        "Văn Sơn.",
        "1.2. Duy trì thông tin thời sự, bản tin nội bộ tại kỳ sinh hoạt thường kỳ ngày 05 hằng tháng; nắm "
        "tâm tư của nhân dân và các hộ kinh doanh. Thời gian: hằng tháng. Phụ trách: đ/c Lê Thị Hồng Nhung.",
        "MEETINGS",
    ]),
    ("2. Công tác tổ chức, xây dựng Chi bộ", [
        "2.1. Rà soát, bồi dưỡng quần chúng ưu tú; đề nghị kết nạp 01 đảng viên. Thời gian: tháng 4 – "
        "8/2023. Phụ trách: đ/c Huỳnh Văn Sơn, đ/c Phan Quốc Bảo.",
        "2.2. Kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2023. Thời gian: tháng 12/2023. Phụ trách: "
        "Chi ủy.",
    ]),
    ("3. Công tác kiểm tra, giám sát", [
        "3.1. Giám sát việc đảng viên giữ mối liên hệ với nơi cư trú và thực hiện quy định những điều đảng "
        "viên không được làm. Thời gian: quý III/2023. Phụ trách: đ/c Lê Thị Hồng Nhung.",
    ]),
    ("4. Lãnh đạo thực hiện nhiệm vụ của khối phố", [
        "4.1. Chỉnh trang vỉa hè, lòng đường khu phố cổ; vận động các hộ không lấn chiếm, giữ vệ sinh "
        "trước nhà. Thời gian: tháng 2 – 4/2023. Phụ trách: đ/c Võ Văn Tường; phối hợp Ban công tác Mặt "
        "trận.",
        "4.2. Phối hợp Chi hội Phụ nữ tổ chức buổi nói chuyện chuyên đề phòng, chống bạo lực gia đình cho "
        "hội viên và nhân dân. Thời gian: tháng 10/2023. Phụ trách: đ/c Đỗ Thị Kim Liên.",
        "4.3. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc; khen thưởng học sinh giỏi. Thời gian: tháng "
        "11/2023. Phụ trách: đ/c Trần Thị Thu Hà.",
    ]),
]  # fmt: skip

# 231 — thôn Bãi Màu, xã Sơn Tân (Sơn Tây, Quảng Ngãi)
_NICH_231, _BE_231, _TUAN_231, _LANG_231, _HUONG_231 = (
    "Đinh Văn Ních",
    "Đinh Thị Bé",
    "Đinh Văn Tuấn",
    "Đinh Văn Lang",
    "Đinh Thị Hương",
)
_P231_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 – 2027; vai trò đảng viên trong xây dựng nông "
       "thôn mới ở thôn Bãi Màu", 2, 4, [_NICH_231], when="Tháng 4/2025",
       who="Đ/c Đinh Văn Ních – Bí thư Chi bộ, Trưởng thôn",
       **_with("Ban công tác Mặt trận thôn; mời đ/c Tôn Thanh Hải – Huyện ủy viên, Trưởng phòng Văn hóa – "
          "Thông tin huyện dự")),
    _t("Trồng, chăm sóc quế, keo gắn với bảo vệ rừng; phòng, chống cháy rừng mùa khô", 2, 6, [_LANG_231],
       when="Tháng 6/2025", who="Đ/c Đinh Văn Lang – Chi hội trưởng Cựu chiến binh",
       **_with("Kiểm lâm địa bàn Trần Văn Hậu; Tổ bảo vệ rừng thôn")),
    _t("Xóa bỏ tảo hôn, hôn nhân cận huyết thống trong đồng bào Hrê", 3, 9, [_BE_231, _HUONG_231],
       when="Tháng 9/2025",
       who="Đ/c Đinh Thị Bé – Chi hội trưởng Phụ nữ;\nĐ/c Đinh Thị Hương – nhân viên y tế thôn",
       **_with("Trạm Y tế xã; Chi đoàn thôn")),
    _t("Giữ gìn bản sắc văn hóa Hrê; xây dựng Khu dân cư văn hóa", 4, 11, [_TUAN_231],
       when="Tháng 11/2025", who="Đ/c Đinh Văn Tuấn – Bí thư Chi đoàn",
       **_with("Ban công tác Mặt trận; già làng Đinh Văn Rơ")),
]  # fmt: skip
_P231_ROWS: list[Any] = [
    ["Tổ chức Đại hội Chi bộ nhiệm kỳ 2025 – 2027 (Đại hội điểm của xã)", "Tháng 02/2025",
     "Chi ủy; đ/c Đinh Văn Ních", "Đảng ủy xã; Văn phòng Đảng ủy"],
    ["Sinh hoạt chi bộ thường kỳ", "Ngày 05 hằng tháng", "Bí thư Chi bộ", "Đảng viên trong Chi bộ"],
    ["Ra quân làm đường bê tông nội thôn, dọn vệ sinh nhà văn hóa", "Tháng 3/2025",
     "Đ/c Đinh Văn Ních", "Chi đoàn; Chi hội Phụ nữ"],
    0,
    1,
    ["Tuyên truyền, vận động học sinh đến trường đầu năm học", "Tháng 8/2025", "Đ/c Đinh Văn Tuấn",
     "Trường PTDTBT Tiểu học Sơn Tân"],
    2,
    ["Bình xét hộ nghèo, hộ cận nghèo năm 2025", "Tháng 10 – 11/2025", "Trưởng thôn",
     "Ban công tác Mặt trận; Hội Cựu chiến binh"],
    3,
    ["Tổng kết công tác năm; kiểm điểm, đánh giá, xếp loại đảng viên", "Tháng 12/2025", "Chi ủy",
     "Đảng viên trong Chi bộ"],
]  # fmt: skip

# 232 — thôn Thành Tín, xã Phước Hải (Ninh Phước, Ninh Thuận)
_HUNG_232, _THANH_232, _HANH_232, _LOI_232, _SON_232 = (
    "Thập Văn Hùng",
    "Quảng Đại Thành",
    "Đàng Thị Mỹ Hạnh",
    "Phú Văn Lợi",
    "Châu Văn Sơn",
)
_P232_TOPICS = [
    _t("Nâng cao vai trò lãnh đạo của Chi bộ trong giữ vững chuẩn thôn nông thôn mới; phát triển nghề dệt "
       "thổ cẩm và chăn nuôi dê, cừu", 1, 3, [_HUNG_232]),
    _t("Phát huy vai trò chức sắc, người có uy tín trong đồng bào Chăm Bà Ni, Bà La Môn thực hiện chính "
       "sách tôn giáo, dân tộc", 2, 6, [_THANH_232, _HANH_232]),
    _t("Phòng, chống dịch Covid-19 trong mùa lễ hội Katê; giữ gìn an ninh trật tự ở thôn", 3, 10,
       [_LOI_232], conflict=True),
    _t("Học tập và làm theo tấm gương Bác Hồ về tinh thần đoàn kết các dân tộc; đánh giá thực hiện "
       "Nghị quyết Chi bộ năm 2021", 4, 12, [_HUNG_232, _SON_232]),
]  # fmt: skip

# 233 — Chi bộ 3, Trường THPT chuyên Lê Quý Đôn (Quy Nhơn, Bình Định)
_VINH_233, _NGUYET_233, _THANG_233, _HAN_233, _HIEU_233, _NGOC_233 = (
    "Trần Quang Vinh",
    "Lê Thị Minh Nguyệt",
    "Phạm Đức Thắng",
    "Võ Thị Ngọc Hân",
    "Đặng Văn Hiếu",
    "Huỳnh Thị Bích Ngọc",
)
_P233_TOPICS = [
    _t("Học tập và làm theo Bác về tinh thần tự học, tự rèn; đổi mới phương pháp dạy học các môn chuyên",
       4, 10, [_VINH_233, _NGUYET_233], when="Tháng 10/2022",
       who="đ/c Trần Quang Vinh (Bí thư), đ/c Lê Thị Minh Nguyệt (Tổ trưởng Ngữ văn)"),
    _t("Phát hiện, bồi dưỡng học sinh giỏi quốc gia; trách nhiệm nêu gương của đảng viên trong tổ chuyên "
       "môn", 4, 12, [_THANG_233], when="Tháng 12/2022", who="đ/c Phạm Đức Thắng (Phó Bí thư)"),
    _t("Giáo dục lý tưởng, kỹ năng sống cho học sinh chuyên; phòng, chống áp lực học tập", 1, 3,
       [_HAN_233, _HIEU_233], when="Tháng 3/2023 (quý I)",
       who="đ/c Võ Thị Ngọc Hân (Chi ủy viên), đ/c Đặng Văn Hiếu (Bí thư Đoàn trường)"),
    _t("Chuyển đổi số trong dạy học và quản lý; đánh giá thực hiện Nghị quyết Chi bộ năm học 2022 – 2023",
       2, 5, [_NGOC_233], when="Tháng 5/2023", who="đ/c Huỳnh Thị Bích Ngọc"),
]  # fmt: skip

# 234 — buôn Ayun, xã Ea Kuêh (Cư M'gar, Đắk Lắk)
_KHUE_234, _BHAP_234, _HIN_234, _LINH_234, _NGA_234 = (
    "Y Khuê Niê",
    "Y Bhăp Êban",
    "Y Hin Mlô",
    "H'Linh Ayun",
    "H'Nga Niê",
)
_P234_TOPICS = [
    _t("Trồng xen sầu riêng, bơ trong vườn cà phê, tiêu; đảng viên đi đầu làm kinh tế", 1, 3,
       [_KHUE_234, _BHAP_234], qcell="I", mcell="3",
       who="Y Khuê Niê – Bí thư (chủ trì)\nY Bhăp Êban – Trưởng buôn", note=""),
    _t("Vai trò già làng, người có uy tín trong giữ gìn an ninh trật tự, đoàn kết buôn làng", 2, 5,
       [_HIN_234], qcell="II", mcell="5", who="Y Hin Mlô – Phó Bí thư",
       note="Mời già làng dự"),
    _t("Giữ gìn bản sắc văn hóa Ê Đê: cồng chiêng, dệt thổ cẩm, luật tục tốt đẹp", 3, 8, [_LINH_234],
       qcell="III", mcell="8", who="H'Linh Ayun – Chi hội trưởng Phụ nữ", note=""),
    _t("Xây dựng buôn văn hóa, phòng, chống tảo hôn; đánh giá thực hiện nghị quyết năm 2023", 4, 11,
       [_KHUE_234, _NGA_234], qcell="IV", mcell="11",
       who="Y Khuê Niê – Bí thư\nH'Nga Niê – Bí thư Chi đoàn", note="Kết hợp tổng kết năm"),
]  # fmt: skip

# 235 — thôn Tà Dô, xã Sơn Tân (Sơn Tây, Quảng Ngãi)
_CHUONG_235, _NGA_235, _DUNG_235, _HOA_235 = (
    "Đinh Văn Chương",
    "Đinh Thị Nga",
    "Đinh Văn Dũng",
    "Đinh Văn Hòa",
)
_CHIEN_235 = "đ/c Nguyễn Quyết Chiến – Huyện ủy viên, Trưởng phòng Nội vụ huyện, phụ trách Chi bộ"
_P235_TOPICS = [
    _t("Học tập và làm theo Bác về thực hành tiết kiệm; đảng viên gương mẫu phát triển kinh tế hộ", 2, 5,
       [_NGA_235, _CHUONG_235], when="kỳ sinh hoạt tháng 5/2025 (quý II)",
       outline="Đinh Thị Nga – Chi ủy viên, Chi hội trưởng Phụ nữ",
       speaker="Đinh Văn Chương – Bí thư Chi bộ, Trưởng thôn", guest=_CHIEN_235),
    _t("Phòng, chống thiên tai, sạt lở đất mùa mưa bão ở thôn Tà Dô", 3, 8, [_DUNG_235],
       when="kỳ sinh hoạt tháng 8/2025 (quý III)", outline="Đinh Văn Dũng – Phó Bí thư Chi bộ",
       speaker="Đinh Văn Dũng", guest="đại diện Ban Chỉ huy Quân sự xã"),
    _t("Phát huy vai trò người có uy tín trong xóa bỏ hủ tục, xây dựng nếp sống văn hóa", 4, 11,
       [_HOA_235, _CHUONG_235], when="kỳ sinh hoạt tháng 11/2025 (quý IV)",
       outline="Đinh Văn Hòa – đảng viên, Trưởng Ban công tác Mặt trận thôn", speaker="Đinh Văn Chương",
       guest=_CHIEN_235 + "; già làng trong thôn"),
]  # fmt: skip

# 236 — thôn Đắk Lộc, xã Đắk Ngọc (Đắk Hà, Kon Tum)
_HAI_236, _DONG_236, _TUAN_236, _HOA_236, _LAN_236 = (
    "Nguyễn Văn Hải",
    "A Đông",
    "A Tuấn",
    "Y Hoa",
    "Trần Thị Lan",
)
_P236_TOPICS = [
    _t("Huy động nhân dân bê tông hóa đường giao thông nông thôn; xây dựng thôn nông thôn mới", 1, 3,
       [_HAI_236], who="đ/c Nguyễn Văn Hải (Bí thư, Trưởng thôn)"),
    _t("Chăm sóc cà phê, cao su; áp dụng khoa học kỹ thuật vào sản xuất", 2, 6, [_DONG_236],
       who="đ/c A Đông (Chi ủy viên)"),
    _t("Giữ gìn an ninh trật tự; phòng, chống tội phạm và tệ nạn xã hội trong thôn", 3, 9, [_TUAN_236],
       who="đ/c A Tuấn (Phó Bí thư, Công an viên)"),
    _t("Tăng cường đoàn kết các dân tộc trong thôn; xây dựng gia đình văn hóa", 4, 11,
       [_HOA_236, _LAN_236], who="đ/c Y Hoa (Chi hội trưởng Phụ nữ);\nđ/c Trần Thị Lan"),
]  # fmt: skip

# 237 — Trường Tiểu học Ngô Mây, phường Thiện An (Buôn Hồ, Đắk Lắk)
_HONG_237, _NAM_237, _TAM_237, _MAI_237, _YEN_237, _QUANG_237 = (
    "Nguyễn Thị Hồng",
    "Trần Văn Nam",
    "Lê Thị Thanh Tâm",
    "Phạm Thị Mai",
    "H'Yên Niê",
    "Đỗ Văn Quang",
)
_P237_TOPICS = [
    _t("Học tập và làm theo Bác về “Tất cả vì học sinh thân yêu”; đạo đức, lối sống nhà giáo", 4, 11,
       [_TAM_237], when="Tháng 11/2020"),
    _t("Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng về giáo dục và đào tạo", 1,
       1, [_HONG_237], when="Tháng 01/2021"),
    _t("Thực hiện Chương trình giáo dục phổ thông 2018 ở lớp 2; đổi mới đánh giá học sinh", 1, 3,
       [_NAM_237, _MAI_237], when="Tháng 3/2021"),
    _t("Giáo dục học sinh dân tộc thiểu số; phối hợp với buôn, tổ dân phố duy trì sĩ số", 2, 5,
       [_YEN_237], when="Tháng 5/2021"),
]  # fmt: skip

# 238 — khối phố An Bàng, phường Cẩm An (Hội An, Quảng Nam)
_HAI_238, _LINH_238, _THANH_238, _LUC_238, _SUONG_238 = (
    "Trương Văn Hải",
    "Lê Thị Mỹ Linh",
    "Nguyễn Công Thành",
    "Phạm Văn Lực",
    "Hồ Thị Thu Sương",
)
_P238_TOPICS = [
    _t("Chuyển đổi sinh kế cho hộ nghèo, hộ cận nghèo gắn với du lịch – dịch vụ biển", 1, 3, [_HAI_238],
       when="quý I (kỳ tháng 3/2025)", who="đ/c Trương Văn Hải – Bí thư Chi bộ, Trưởng khối phố chuẩn bị"),
    _t("Xây dựng đô thị văn minh, ứng xử văn hóa với du khách ở bãi biển An Bàng", 2, 5, [_THANH_238],
       when="quý II (kỳ tháng 5/2025)",
       who="đ/c Nguyễn Công Thành – Trưởng Ban công tác Mặt trận chuẩn bị"),
    _t("Tự phê bình và phê bình theo chuẩn mực đạo đức cách mạng của cán bộ, đảng viên", 3, 9,
       [_LINH_238, _LUC_238], when="quý III (kỳ tháng 9/2025)",
       who="đ/c Lê Thị Mỹ Linh – Phó Bí thư chuẩn bị đề cương, đ/c Phạm Văn Lực tham luận"),
    _t("Phát huy sức mạnh khối đại đoàn kết; chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc 18/11", 4, 11,
       [_HAI_238, _SUONG_238], when="quý IV (kỳ tháng 11/2025)",
       who="đ/c Trương Văn Hải và đ/c Hồ Thị Thu Sương – Chi hội trưởng Phụ nữ"),
]  # fmt: skip
_P238_PAIRS: list[Any] = [
    ("Giảm ít nhất 01 hộ nghèo; không để phát sinh hộ nghèo mới", [
        "Rà soát từng hộ nghèo, hộ cận nghèo, phân công đảng viên giúp đỡ;",
        "Giới thiệu lao động vào các cơ sở du lịch, dịch vụ trên địa bàn;",
    ], 0),
    ("98,5% số hộ đạt danh hiệu Gia đình văn hóa", [
        "Vận động các hộ giữ vệ sinh, không xả rác ra bãi biển và các tuyến đường;",
    ], 1),
    ("Kết nạp 01 đảng viên mới", [
        "Chi đoàn giới thiệu đoàn viên ưu tú; Chi ủy phân công đảng viên giúp đỡ quần chúng;",
    ], None),
    ("Trên 90% đảng viên hoàn thành tốt nhiệm vụ trở lên; không có đảng viên vi phạm", [
        "Đảng viên đăng ký việc làm nêu gương đầu năm, Chi ủy theo dõi hằng quý;",
    ], 2),
    ("Khối phố giữ vững danh hiệu Khu dân cư văn hóa", [
        "Duy trì hoạt động của 10 tổ dân phố, các câu lạc bộ văn nghệ, thể thao;",
    ], 3),
]  # fmt: skip

# 239 — thôn 1, xã Tân Lập (Kon Rẫy, Kon Tum)
_THANH_239, _HOA_239, _HUNG_239, _MINH_239, _NHUNG_239 = (
    "Lê Văn Thành",
    "Nguyễn Thị Hoa",
    "A Hùng",
    "Trần Đức Minh",
    "Y Nhung",
)
_P239_TOPICS = [
    _t("Truyền thống vẻ vang của Đảng; nâng cao chất lượng sinh hoạt chi bộ thôn", 1, 2, [_THANH_239],
       lead="Kỳ sinh hoạt tháng 2, dịp kỷ niệm 85 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – "
       "3/2/2015)", who="Người chuẩn bị: đ/c Lê Văn Thành – Bí thư Chi bộ, Trưởng thôn"),
    _t("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về trung thực, trách nhiệm, gắn bó với nhân dân",
       2, 5, [_HOA_239, _HUNG_239],
       lead="Kỳ sinh hoạt tháng 5, dịp kỷ niệm 125 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – "
       "19/5/2015)", who="Người chuẩn bị: đ/c Nguyễn Thị Hoa – Phó Bí thư; đ/c A Hùng – Chi hội trưởng "
       "Nông dân"),
    _t("Phát huy tinh thần Cách mạng tháng Tám; xây dựng thôn đạt chuẩn nông thôn mới", 3, 8, [_MINH_239],
       lead="Kỳ sinh hoạt tháng 8, dịp kỷ niệm 70 năm Cách mạng tháng Tám (19/8/1945) và Quốc khánh "
       "2/9", who="Người chuẩn bị: đ/c Trần Đức Minh – Chi ủy viên"),
    _t("Củng cố khối đại đoàn kết toàn dân; giữ vững danh hiệu Khu dân cư văn hóa", 4, 11,
       [_NHUNG_239, _THANH_239],
       lead="Kỳ sinh hoạt tháng 11, dịp kỷ niệm 85 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt "
       "Nam (18/11/1930 – 18/11/2015)",
       who="Người chuẩn bị: đ/c Y Nhung – Trưởng Ban công tác Mặt trận thôn; đ/c Lê Văn Thành"),
]  # fmt: skip


PLANS: list[T] = [
    {
        "id": "230_chi_bo_khoi_pho_an_thang_minh_an_2023",
        "half": "dev",
        "fmt": "docx",
        "layout": "r_programme_tasks",
        "province": "Quảng Nam",
        "source": "http://qrt.vn/thong-tin-tong-hop/pho-chu-tich-ubnd-tinh-tran-van-tan-du-sinh-hoat-chi-bo-khoi-"
        "pho-an-thang-phuong-minh-an/",
        "source_says": "(QRT, 4/7/2022) Phó Chủ tịch UBND tỉnh Trần Văn Tân và Giám đốc Sở VH,TT&DL Nguyễn Thanh Hồng "
        "dự buổi sinh hoạt định kỳ của Chi bộ khối phố An Thắng, phường Minh An, thành phố Hội An: thông tin tình "
        "hình, phục hồi du lịch sau dịch Covid-19; đảng viên góp ý về tuyên truyền tiêm vắc xin, phòng cháy khu "
        "phố cổ, an ninh trật tự, giá cả phục vụ du khách; khen thưởng học sinh có thành tích trong năm học.",
        "completed": [
            "the page gives the cell, its ward and city, one regular meeting and the matters its members raised "
            "(fire safety in the old quarter, order, prices for visitors, pupils' awards); the cell's work "
            "programme for 2023, its four topics (from those matters), months, members, the number and the date "
            "are completed",
            "an annual work programme (CTr) in four numbered fields, each with numbered tasks carrying their own "
            "“Thời gian:” and “Phụ trách:”; the thematic meetings are the dash lines of task 1.3 (“- Kỳ sinh hoạt "
            "tháng 3/2023: chuyên đề “…”; đ/c … chuẩn bị …”), among tasks that are not meetings, one of them a "
            "talk (“nói chuyện chuyên đề”) of the women's union in October; no quarter written",
        ],
        "kind": "activity",
        "year": 2023,
        "cell_name": "Chi bộ khối phố An Thắng",
        "committee_name": "Đảng bộ phường Minh An",
        "left": ["ĐẢNG BỘ PHƯỜNG MINH AN", "CHI BỘ KHỐI PHỐ AN THẮNG"],
        "send_to": [
            "Đảng ủy phường Minh An (b/c)",
            "Ban công tác Mặt trận khối phố",
            "Đảng viên Chi bộ",
        ],
        "title_lines": ["CHƯƠNG TRÌNH", "Công tác năm 2023"],
        "number": 1,
        "type_code": "CTr",
        "date": "2023-01-09",
        "place": "Minh An",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ khối phố An Thắng nhiệm kỳ 2022 – 2025;",
            "Căn cứ Chương trình công tác năm 2023 của Đảng ủy phường Minh An;",
        ],
        "opening": "Chi bộ khối phố An Thắng xây dựng chương trình công tác năm 2023 như sau:",
        "situation": [
            "Khối phố nằm giữa khu phố cổ, phần lớn hộ dân sống bằng buôn bán, dịch vụ du lịch. Năm 2022 du lịch "
            "phục hồi nhanh sau dịch Covid-19, lượng khách tăng nhiều lần; an ninh trật tự được giữ vững.",
            "Khó khăn: nguy cơ cháy nổ trong nhà cổ, tình trạng chèo kéo khách và lấn chiếm vỉa hè ở một số "
            "tuyến phố; một số đảng viên cao tuổi ít tham gia sinh hoạt.",
        ],
        "fields": _P230_FIELDS,
        "meetings_task": "1.3. Sinh hoạt chuyên đề mỗi quý một lần, ghép với kỳ sinh hoạt thường kỳ; người được "
        "phân công gửi đề cương cho Bí thư Chi bộ trước 05 ngày:",
        "closing": [
            "- Chi ủy cụ thể hóa chương trình thành kế hoạch từng tháng; các đồng chí phụ trách chủ động thực hiện.",
            "- Sơ kết 6 tháng vào kỳ sinh hoạt tháng 7, tổng kết vào tháng 12/2023, báo cáo Đảng ủy phường.",
        ],
        "topics": _P230_TOPICS,
        "targets": [],
        "secretary": _SON_230,
    },
    {
        "id": "231_chi_bo_thon_bai_mau_son_tan_2025",
        "half": "dev",
        "fmt": "docx",
        "layout": "r_task_table_cooperate",
        "province": "Quảng Ngãi",
        "source": "https://xasontan.sontay.quangngai.gov.vn/thong-tin-tuyen-truyen/ve-chinh-tri/son-tan-to-chuc-dai-"
        "hoi-cac-chi-bo-nhiem-ky-2025-2027.html",
        "source_says": "Thực hiện Kế hoạch số 100-KH/ĐU ngày 29/7/2024 và số 116-KH/ĐU ngày 22/01/2025 của Đảng ủy xã "
        "Sơn Tân, trong tháng 02/2025 xã có 07/08 chi bộ tổ chức xong Đại hội chi bộ nhiệm kỳ 2025 – 2027; Đại hội "
        "điểm của xã là Chi bộ thôn Bãi Màu, có đồng chí Bạch Ngọc Thêm (UVBTV Huyện ủy, Chủ tịch Ủy ban MTTQ "
        "huyện) và đồng chí Tôn Thanh Hải (Huyện ủy viên, Trưởng phòng Văn hóa – Thông tin huyện, phụ trách sinh "
        "hoạt chi bộ Bãi Màu) dự.",
        "completed": [
            "the page gives the cell, its commune, its congress in February 2025 and the county official who "
            "follows its meetings; the plan for 2025, its four topics, months, members (Hrê names), the ranger, "
            "the number and the date are completed",
            "one table TT – Nội dung công tác – Thời gian – Người phụ trách – Phối hợp for the year's work; the "
            "thematic meetings are four rows “Sinh hoạt chuyên đề: …” among six ordinary tasks (the congress, the "
            "regular meetings on the 5th, a road-building day, school enrolment, the poor-household review, the "
            "year's review) that also have months and people; the Phối hợp column names bodies, a county "
            "official invited, a forest ranger and an elder, none of them presenters; months only (“Tháng "
            "6/2025”), no quarter",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ thôn Bãi Màu",
        "committee_name": "Đảng bộ xã Sơn Tân",
        "left": ["ĐẢNG BỘ XÃ SƠN TÂN", "CHI BỘ THÔN BÃI MÀU"],
        "send_to": ["Đảng ủy xã Sơn Tân (b/c)", "Ban công tác Mặt trận thôn", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Công tác và sinh hoạt chuyên đề năm 2025"],
        "number": 5,
        "type_code": "KH",
        "date": "2025-03-10",
        "place": "Sơn Tân",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ thôn Bãi Màu nhiệm kỳ 2025 – 2027;",
        ],
        "opening": "Chi bộ thôn Bãi Màu xây dựng kế hoạch công tác và sinh hoạt chuyên đề năm 2025 như sau:",
        "aims": _AIMS,
        "rows": _P231_ROWS,
        "closing": [
            "- Bí thư Chi bộ theo dõi, đôn đốc; các đồng chí được phân công chủ động phối hợp với các đoàn thể.",
            "- Nội dung phát sinh, Chi ủy bổ sung tại kỳ sinh hoạt thường kỳ gần nhất.",
        ],
        "topics": _P231_TOPICS,
        "targets": [],
        "secretary": _NICH_231,
    },
    {
        "id": "232_chi_bo_thon_thanh_tin_phuoc_hai_2021",
        "half": "dev",
        "fmt": "odt",
        "layout": "r_topics_times_people_apart",
        "province": "Ninh Thuận",
        "source": "https://www.ninhthuan.gov.vn/chinhquyen/ubmttq/Pages/Default.aspx",
        "source_says": "Thành Tín là thôn đồng bào dân tộc Chăm thuộc xã Phước Hải (Ninh Phước), có 1.013 hộ (6.008 "
        "khẩu) và 2 tôn giáo: Bà Ni và Bà La Môn; hạ tầng kinh tế – xã hội được đầu tư, cải tạo, xóm thôn ngày "
        "càng khang trang (tin đầu năm 2021, bên tin công nhận thôn Từ Tâm 1 đạt chuẩn nông thôn mới năm 2020).",
        "completed": [
            "the page gives the village, its commune and district, its households, people and two religions; the "
            "cell, its 2021 plan, four topics, months, members (Chăm names), the number and the date are "
            "completed",
            "the topics listed first, numbered, without time or people; a later section gives the times in one "
            "sentence by number (“chuyên đề 1 tổ chức trong tháng 3, chuyên đề 2 vào kỳ sinh hoạt tháng 6; "
            "chuyên đề 3 (quý III) lùi vào kỳ sinh hoạt tháng 10, sau lễ hội Katê …”) — a month outside its "
            "quarter, conflicts: 1 — and a third gives the people by number or by a short form of the title "
            "(“Chuyên đề về chức sắc, người có uy tín: …”) (.odt)",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ thôn Thành Tín",
        "committee_name": "Đảng bộ xã Phước Hải",
        "left": ["ĐẢNG BỘ XÃ PHƯỚC HẢI", "CHI BỘ THÔN THÀNH TÍN"],
        "send_to": ["Đảng ủy xã Phước Hải (b/c)", "Ban Nhân dân thôn", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        "number": 2,
        "type_code": "KH",
        "date": "2021-01-25",
        "place": "Phước Hải",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ thôn Thành Tín về nhiệm vụ năm 2021;"],
        "opening": "Thôn Thành Tín có 1.013 hộ, 6.008 khẩu, đồng bào Chăm theo đạo Bà Ni và Bà La Môn. Chi bộ thôn "
        "Thành Tín xây dựng kế hoạch sinh hoạt chuyên đề năm 2021 như sau:",
        "aims": _AIMS,
        "list_intro": "Năm 2021 Chi bộ sinh hoạt 04 chuyên đề:",
        "times": [
            "Chuyên đề 1 tổ chức trong tháng 3, chuyên đề 2 vào kỳ sinh hoạt tháng 6; chuyên đề 3 (quý III) lùi vào "
            "kỳ sinh hoạt tháng 10, sau lễ hội Katê, để bà con và đảng viên là chức sắc dự được đầy đủ; chuyên đề 4 "
            "trong tháng 12, kết hợp tổng kết năm.",
        ],
        "assign": [
            "- Chuyên đề 1 và chuyên đề 4: đ/c Thập Văn Hùng – Bí thư Chi bộ, Trưởng thôn chuẩn bị; chuyên đề 4 có "
            "thêm đ/c Châu Văn Sơn – Chi hội trưởng Cựu chiến binh tham luận.",
            "- Chuyên đề về chức sắc, người có uy tín: đ/c Quảng Đại Thành – Phó Bí thư Chi bộ, đ/c Đàng Thị Mỹ "
            "Hạnh – Chi hội trưởng Phụ nữ.",
            "- Chuyên đề phòng, chống dịch mùa lễ hội Katê: đ/c Phú Văn Lợi – Trưởng Ban công tác Mặt trận thôn.",
        ],
        "closing": _CLOSING,
        "topics": _P232_TOPICS,
        "targets": [],
        "secretary": _HUNG_232,
    },
    {
        "id": "233_chi_bo_3_thpt_chuyen_le_quy_don_binh_dinh_2022",
        "half": "dev",
        "fmt": "doc",
        "layout": "r_spaced_columns",
        "province": "Bình Định",
        "source": "https://lequydonbinhdinh.edu.vn/dai-hoi-cac-chi-bo-nha-truong-thanh-cong-tot-dep/",
        "source_says": "Thực hiện Kế hoạch số 32-KH/TU ngày 28/02/2022 của BTV Thành ủy Quy Nhơn và Kế hoạch số 04-"
        "KH/ĐU ngày 14/4/2022 của Đảng bộ Trường THPT chuyên Lê Quý Đôn, đến ngày 9/9/2022 các chi bộ 1, 2, 3 "
        "trực thuộc Đảng bộ trường đã tổ chức xong Đại hội chi bộ nhiệm kỳ 2022 – 2025; đồng chí Huỳnh Lê Minh, "
        "Bí thư Đảng ủy, Hiệu trưởng phát biểu chỉ đạo.",
        "completed": [
            "the page gives the school's party committee, its three cells and their congresses in 2022; Chi bộ 3's "
            "plan for the school year 2022 – 2023, its four topics, months, members, the number and the date are "
            "completed",
            "a .doc whose schedule is typed with spaces to line up four columns (TT – Thời gian – Nội dung chuyên "
            "đề – Người thực hiện), no tab and no table; titles and names carried on to continuation lines pushed "
            "by spaces, a row of dashes under the heading line; one time “Tháng 3/2023 (quý I)”, the others "
            "months only",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ 3 Trường THPT chuyên Lê Quý Đôn",
        "committee_name": "Đảng bộ Trường THPT chuyên Lê Quý Đôn",
        "left": ["ĐẢNG BỘ TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN", "CHI BỘ 3"],
        "send_to": ["Đảng ủy Trường (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2022 – 2023"],
        "number": 7,
        "type_code": "KH",
        "date": "2022-09-26",
        "place": "Quy Nhơn",
        "school_year": "2022 – 2023",
        "widths": [3, 14, 36, 30],
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ 3 nhiệm kỳ 2022 – 2025;",
        ],
        "opening": "Chi bộ 3 Trường THPT chuyên Lê Quý Đôn xây dựng kế hoạch sinh hoạt chuyên đề năm học 2022 – "
        "2023 như sau:",
        "aims": _AIMS,
        "closing": [
            "- Người thực hiện gửi dự thảo cho Bí thư Chi bộ trước kỳ sinh hoạt 07 ngày.",
            "- Chi ủy tổng hợp ý kiến, báo cáo Đảng ủy Trường sau mỗi chuyên đề.",
        ],
        "topics": _P233_TOPICS,
        "targets": [],
        "secretary": _VINH_233,
    },
    {
        "id": "234_chi_bo_buon_ayun_ea_kueh_2023",
        "half": "dev",
        "fmt": "scan",
        "layout": "r_layout_tables_two_row_head",
        "province": "Đắk Lắk",
        "source": "https://quochoitv.vn/nguoi-co-uy-tin-di-dau-trong-phong-trao-xay-dung-nong-thon-moi",
        "source_says": "Già làng Y-Djăk Ayun ở buôn Ayun, xã Êa Kuêh, huyện Cư M'gar, tỉnh Đắk Lắk đi đầu phát triển "
        "kinh tế (trồng xen sầu riêng, bơ trong vườn cà phê, tiêu), là cầu nối đưa chủ trương của Đảng, chính "
        "sách của Nhà nước đến người dân; nhiều năm qua an ninh chính trị, trật tự ở buôn Ayun ổn định.",
        "completed": [
            "the page gives the buôn, its commune and district, its elder and its crops; the buôn's cell, its plan "
            "for 2023, four topics, months, members (Ê Đê names), the number and the date are completed (the "
            "elder is not made a member: he is only invited)",
            "one page laid out with borderless tables: the heading (committee and cell left, the Party's name and "
            "date right) with the title in a merged second row, and the signature; the topic table's header takes "
            "two rows, “Thời gian” merged over “Quý” and “Tháng”, the other header cells not merged (their "
            "second-row cells empty); quarter in Roman and month as a bare number, two people in one cell on two "
            "lines, a note column; scan",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ buôn Ayun",
        "committee_name": "Đảng bộ xã Ea Kuêh",
        "left": ["ĐẢNG BỘ XÃ EA KUÊH", "CHI BỘ BUÔN AYUN"],
        "send_to": ["Đảng ủy xã Ea Kuêh (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2023"],
        "number": 3,
        "type_code": "KH",
        "date": "2023-02-06",
        "place": "Ea Kuêh",
        "legal_bases": [BASE_HD12],
        "opening": "Chi bộ buôn Ayun xây dựng kế hoạch sinh hoạt chuyên đề năm 2023, mỗi quý một chuyên đề, ghép với "
        "kỳ sinh hoạt thường kỳ của tháng:",
        "closing": [
            "Người thực hiện chuẩn bị đề cương, gửi Chi ủy trước kỳ sinh hoạt; Chi ủy mời già làng, người có uy "
            "tín dự các chuyên đề liên quan.",
        ],
        "topics": _P234_TOPICS,
        "targets": [],
        "secretary": _KHUE_234,
    },
    {
        "id": "235_chi_bo_thon_ta_do_son_tan_2025",
        "half": "dev",
        "fmt": "txt",
        "layout": "r_registration_text",
        "province": "Quảng Ngãi",
        "source": "https://xasontan.sontay.quangngai.gov.vn/thong-tin-tuyen-truyen/ve-chinh-tri/son-tan-to-chuc-dai-"
        "hoi-cac-chi-bo-nhiem-ky-2025-2027.html",
        "source_says": "Trong tháng 02/2025 xã Sơn Tân có 07/08 chi bộ tổ chức xong Đại hội chi bộ nhiệm kỳ 2025 – "
        "2027; Đại hội Chi bộ thôn Tà Dô có mặt đồng chí Nguyễn Quyết Chiến, Huyện ủy viên, Trưởng phòng Nội vụ "
        "huyện, phụ trách tham gia sinh hoạt chi bộ; Chi bộ Công an xã đại hội trong tháng 3/2025.",
        "completed": [
            "the page gives the cell, its commune, its congress in February 2025 and the county official who "
            "follows its meetings; the cell's registration of three topics for the rest of 2025 (after the "
            "congress), months, members (Hrê names) and the date are completed",
            "plain text: a registration (BẢN ĐĂNG KÝ, no number) sent “Kính gửi: Ban Thường vụ Đảng ủy xã Sơn "
            "Tân”, one block per topic “Chuyên đề thứ nhất:” with “- Tên chuyên đề:”, “- Thời gian dự kiến: kỳ "
            "sinh hoạt tháng 5/2025 (quý II)”, “- Đồng chí xây dựng đề cương:”, “- Đồng chí báo cáo tại buổi sinh "
            "hoạt:” (both presenters; one topic the same person twice) and “- Đề nghị mời dự:” (a county official, "
            "the commune's military command, elders — not presenters); a dotted blank for the committee's opinion "
            "after the signature",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ thôn Tà Dô",
        "committee_name": "Đảng bộ xã Sơn Tân",
        "left": ["ĐẢNG BỘ XÃ SƠN TÂN", "CHI BỘ THÔN TÀ DÔ", "*"],
        "send_to": ["Ban Thường vụ Đảng ủy xã", "Lưu Chi bộ"],
        "title_lines": ["BẢN ĐĂNG KÝ", "NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM 2025"],
        "number": None,
        "type_code": "ĐK",
        "date": "2025-03-20",
        "place": "Sơn Tân",
        "to": "Kính gửi: Ban Thường vụ Đảng ủy xã Sơn Tân",
        "legal_bases": [
            "Thực hiện Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;"
        ],
        "opening": "Sau Đại hội Chi bộ nhiệm kỳ 2025 – 2027, Chi bộ thôn Tà Dô đăng ký nội dung sinh hoạt chuyên đề "
        "từ nay đến cuối năm 2025 như sau:",
        "ordinals": ["Chuyên đề thứ nhất", "Chuyên đề thứ hai", "Chuyên đề thứ ba"],
        "closing": ["Chi bộ kính đề nghị Ban Thường vụ Đảng ủy xã xem xét, cho ý kiến."],
        "topics": _P235_TOPICS,
        "targets": [],
        "secretary": _CHUONG_235,
    },
    {
        "id": "236_chi_bo_thon_dak_loc_dak_ngoc_2017",
        "half": "dev",
        "fmt": "docx",
        "layout": "r_month_table_thematic_column",
        "province": "Kon Tum",
        "source": "http://mt.gov.vn/cntt/chuyen-muc/873/phat-trien-giao-thong-nong-thon.aspx?page=89",
        "source_says": "Thực hiện Kế hoạch của UBND tỉnh Kon Tum ra quân xây dựng nông thôn mới đầu Xuân Đinh Dậu "
        "2017, sáng ngày 2/2 (2017), tại thôn Đắk Lộc, xã Đắk Ngọc, huyện Đắk Hà đã tổ chức lễ ra quân đầu năm "
        "làm đường giao thông nông thôn bằng bê tông hóa.",
        "completed": [
            "the page gives the village, its commune and district and the road-building day of 2/2/2017; the "
            "village's cell, its 2017 meeting calendar, four topics (the first on the roads), months, members, "
            "the number and the date are completed",
            "a table of twelve month rows Tháng – Nội dung sinh hoạt thường kỳ – Sinh hoạt chuyên đề – Người "
            "chuẩn bị chuyên đề: the thematic column holds a title in four rows, is empty in seven and says "
            "“Không tổ chức (nghỉ Tết Nguyên đán)” in February (not a topic); the regular column is filled every "
            "month; no quarter written",
        ],
        "kind": "thematic",
        "year": 2017,
        "cell_name": "Chi bộ thôn Đắk Lộc",
        "committee_name": "Đảng bộ xã Đắk Ngọc",
        "left": ["ĐẢNG BỘ XÃ ĐẮK NGỌC", "CHI BỘ THÔN ĐẮK LỘC"],
        "send_to": ["Đảng ủy xã Đắk Ngọc (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chi bộ năm 2017"],
        "number": 1,
        "type_code": "KH",
        "date": "2017-01-12",
        "place": "Đắk Ngọc",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 của Ban Tổ chức Trung ương về sinh hoạt chi bộ;",
            "Căn cứ Nghị quyết của Đảng ủy xã Đắk Ngọc về nhiệm vụ năm 2017;",
        ],
        "opening": "Chi bộ thôn Đắk Lộc xây dựng lịch sinh hoạt chi bộ năm 2017 như sau:",
        "aims": _AIMS,
        "table_intro": "Chi bộ sinh hoạt thường kỳ vào ngày 10 hằng tháng; tháng có chuyên đề thì sinh hoạt chuyên "
        "đề sau phần thường kỳ.",
        "regular": [
            "Triển khai nghị quyết năm; chuẩn bị Tết Nguyên đán an toàn",
            "Ra quân làm đường bê tông; thăm hỏi gia đình chính sách",
            "Đánh giá tháng 2; kế hoạch trồng mới, tái canh cà phê",
            "Thu nộp đảng phí; phòng, chống hạn",
            "Kiểm tra việc đảng viên giữ mối liên hệ nơi cư trú",
            "Đánh giá tiến độ làm đường; phòng, chống dịch bệnh gia súc",
            "Sơ kết 6 tháng đầu năm",
            "Vận động học sinh ra lớp; phòng, chống lụt bão",
            "Đánh giá tháng 8; chuẩn bị thu hoạch cà phê",
            "Bình xét hộ nghèo; chuẩn bị Ngày hội Đại đoàn kết",
            "Đánh giá tháng 10; thu hoạch, tiêu thụ cà phê",
            "Tổng kết năm; kiểm điểm, đánh giá, xếp loại đảng viên",
        ],
        "no_topic": {2: "Không tổ chức (nghỉ Tết Nguyên đán)"},
        "closing": _CLOSING,
        "topics": _P236_TOPICS,
        "targets": [],
        "secretary": _HAI_236,
    },
    {
        "id": "237_tieu_hoc_ngo_may_thien_an_2020",
        "half": "dev",
        "fmt": "doc",
        "layout": "r_duty_table",
        "province": "Đắk Lắk",
        "source": "http://trungvuong.buonho.edu.vn/chuyen-muc/tin-tuc-su-kien/page/11",
        "source_says": "Từ ngày 13/3/2020 đến ngày 21/3/2020 các chi bộ trường học Trưng Vương, Hoa Hướng Dương và "
        "Ngô Mây của phường Thiện An đã tổ chức Đại hội chi bộ nhiệm kỳ 2020 – 2022; các đại hội kiểm điểm công tác "
        "lãnh đạo nhiệm kỳ 2017 – 2020 và đề ra phương hướng nhiệm kỳ 2020 – 2022.",
        "completed": [
            "the page gives the school's cell, its ward and its congress in March 2020; the school's level "
            "(primary) is assumed from the name, and the plan for the school year 2020 – 2021, four topics, "
            "months, members, duties, the number and the date are completed",
            "the topics numbered with their months (“1. Tháng 11/2020: …”) and no people; the people only in a "
            "later duty table by member (TT – Họ và tên – Chức vụ – Nhiệm vụ trong Chi bộ), the topics named "
            "there by month among other duties (“Chuẩn bị, báo cáo chuyên đề tháng 01/2021”, “Cùng đ/c Mai chuẩn "
            "bị chuyên đề tháng 3/2021”), one member with no topic (.doc)",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường Tiểu học Ngô Mây",
        "committee_name": "Đảng bộ phường Thiện An",
        "left": ["ĐẢNG BỘ PHƯỜNG THIỆN AN", "CHI BỘ TRƯỜNG TH NGÔ MÂY"],
        "send_to": ["Đảng ủy phường Thiện An (b/c)", "Đảng viên Chi bộ"],
        "title_lines": [
            "KẾ HOẠCH",
            "Sinh hoạt chuyên đề và phân công nhiệm vụ đảng viên",
            "năm học 2020 – 2021",
        ],  # fmt: skip
        "number": 4,
        "type_code": "KH",
        "date": "2020-10-05",
        "place": "Thiện An",
        "school_year": "2020 – 2021",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022;"],
        "opening": "Chi bộ Trường Tiểu học Ngô Mây xây dựng kế hoạch sinh hoạt chuyên đề và phân công nhiệm vụ đảng "
        "viên năm học 2020 – 2021 như sau:",
        "aims": _AIMS,
        "duty_intro": "Chi ủy phân công nhiệm vụ cho từng đảng viên như sau (chuyên đề được gọi theo tháng sinh "
        "hoạt ở mục II):",
        "duties": [
            (
                _HONG_237,
                "Bí thư Chi bộ, Hiệu trưởng",
                [
                    "Phụ trách chung; chủ trì các kỳ sinh hoạt;",
                    "Chuẩn bị, báo cáo chuyên đề tháng 01/2021.",
                ],
            ),
            (
                _NAM_237,
                "Phó Bí thư, Phó Hiệu trưởng",
                [
                    "Phụ trách công tác kiểm tra, giám sát của Chi bộ;",
                    "Cùng đ/c Mai chuẩn bị chuyên đề tháng 3/2021.",
                ],
            ),
            (
                _TAM_237,
                "Chi ủy viên, Chủ tịch Công đoàn",
                [
                    "Phụ trách công tác phát triển đảng viên;",
                    "Chuẩn bị chuyên đề tháng 11/2020.",
                ],
            ),
            (
                _MAI_237,
                "Đảng viên, Tổ trưởng khối 2",
                ["Tham gia chuẩn bị chuyên đề tháng 3/2021."],
            ),
            (
                _YEN_237,
                "Đảng viên, giáo viên",
                [
                    "Theo dõi học sinh dân tộc thiểu số;",
                    "Chuẩn bị chuyên đề tháng 5/2021.",
                ],
            ),
            (
                _QUANG_237,
                "Đảng viên, Tổng phụ trách Đội",
                ["Phụ trách công tác Đội, Sao Nhi đồng."],
            ),
        ],  # fmt: skip
        "closing": _CLOSING,
        "topics": _P237_TOPICS,
        "targets": [],
        "secretary": _HONG_237,
    },
    {
        "id": "238_chi_bo_khoi_pho_an_bang_cam_an_2025",
        "half": "dev",
        "fmt": "odt",
        "layout": "r_targets_with_meetings",
        "province": "Quảng Nam",
        "source": "https://qrt.vn/chinh-tri/chu-tich-uy-ban-mttq-viet-nam-tinh-quang-nam-le-tri-thanh-du-ngay-hoi-dai-"
        "doan-ket-voi-nguoi-dan-an-bang-tp-hoi-an/",
        "source_says": "(QRT, 16/11/2024) Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Trí Thanh dự Ngày hội Đại đoàn kết "
        "toàn dân tộc với người dân khối phố An Bàng, phường Cẩm An, thành phố Hội An: khối phố rộng gần 215 ha, "
        "595 hộ, 2.930 nhân khẩu, 10 tổ dân phố; du lịch – dịch vụ phát triển; còn 3 hộ nghèo, 1 hộ cận nghèo "
        "(thuộc diện bảo trợ xã hội); tỷ lệ hộ gia đình văn hóa hơn 98,1%.",
        "completed": [
            "the page gives the khối phố, its ward, its size, households, ten residential groups, poor households "
            "and family-culture rate; the cell, its activity plan for 2025, the targets (from those figures), "
            "four topics, months, members, the number and the date are completed",
            "an activity plan whose targets are numbered “Chỉ tiêu 1: …” each followed by “Giải pháp:” dash "
            "lines; four of the targets carry their quarter's thematic meeting as one more dash line (“- Sinh "
            "hoạt chuyên đề quý II (kỳ tháng 5/2025): “…”; đ/c … chuẩn bị.”), one target none; one title "
            "ending in a date (“… 18/11”) (.odt)",
        ],
        "kind": "activity",
        "year": 2025,
        "cell_name": "Chi bộ khối phố An Bàng",
        "committee_name": "Đảng bộ phường Cẩm An",
        "left": ["ĐẢNG BỘ PHƯỜNG CẨM AN", "CHI BỘ KHỐI PHỐ AN BÀNG"],
        "send_to": [
            "Đảng ủy phường Cẩm An (b/c)",
            "Ban công tác Mặt trận khối phố",
            "Đảng viên Chi bộ",
        ],
        "title_lines": ["KẾ HOẠCH", "Hoạt động của Chi bộ năm 2025"],
        "number": 1,
        "type_code": "KH",
        "date": "2025-01-08",
        "place": "Cẩm An",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ khối phố An Bàng nhiệm kỳ 2022 – 2025;",
            "Căn cứ Chương trình công tác năm 2025 của Đảng ủy phường Cẩm An;",
        ],
        "opening": "Chi bộ khối phố An Bàng xây dựng kế hoạch hoạt động năm 2025 như sau:",
        "review": [
            "Khối phố có 595 hộ, 2.930 nhân khẩu, sinh hoạt ở 10 tổ dân phố; du lịch – dịch vụ phát triển, an ninh "
            "trật tự ổn định. Năm 2024 còn 3 hộ nghèo, 1 hộ cận nghèo (đều thuộc diện bảo trợ xã hội); tỷ lệ hộ gia "
            "đình văn hóa đạt 98,1%; khối phố giữ vững danh hiệu Khu dân cư văn hóa.",
        ],
        "pairs": _P238_PAIRS,
        "closing": [
            "- Chi ủy phân công chi ủy viên theo dõi từng chỉ tiêu; sơ kết 6 tháng, tổng kết năm báo cáo Đảng ủy "
            "phường.",
        ],
        "topics": _P238_TOPICS,
        "targets": [
            target("Giảm ít nhất 01 hộ nghèo; không để phát sinh hộ nghèo mới", "count", 1),
            target("98,5% số hộ đạt danh hiệu Gia đình văn hóa", "percent", 98.5),
            target("Kết nạp 01 đảng viên mới", "count", 1),
            target(
                "Trên 90% đảng viên hoàn thành tốt nhiệm vụ trở lên; không có đảng viên vi phạm",
                "percent",
                90,
            ),  # fmt: skip
            target("Khối phố giữ vững danh hiệu Khu dân cư văn hóa", "yes_no"),
        ],
        "secretary": _HAI_238,
    },
    {
        "id": "239_chi_bo_thon_1_tan_lap_kon_ray_2015",
        "half": "dev",
        "fmt": "txt",
        "layout": "r_anniversary_text",
        "province": "Kon Tum",
        "source": "https://kontumtv.vn/video-clip/thoi-su/kiem-tra-thuc-hien-cuoc-van-dong-toan-dan-doan-ket-xay-dung-"
        "doi-song-van-hoa-o-khu-dan-cu-tai-kon-ray",
        "source_says": "(kontumtv.vn) Ủy ban MTTQVN 4 huyện, thành phố thuộc Cụm thi đua số 2 kiểm tra, chấm điểm "
        "thực hiện Cuộc vận động tại huyện Kon Rẫy; năm 2014 huyện chọn khu dân cư thôn 1 và thôn 6, xã Tân Lập ký "
        "kết thi đua; thôn 1 xã Tân Lập 3 năm giữ vững danh hiệu Khu dân cư văn hóa cấp huyện và năm nay được đề "
        "nghị công nhận cấp tỉnh.",
        "completed": [
            "the page gives the village, its commune and district and its standing as a cultural residential area; "
            "the village's cell, its 2015 plan, four topics, months, members (Kinh and Xơ Đăng names), the number "
            "and the date are completed",
            "plain text whose four meetings are each tied to an anniversary of 2015, the month only in the lead "
            "line (“1) Kỳ sinh hoạt tháng 5, dịp kỷ niệm 125 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – "
            "19/5/2015):”) beside other dates and years, the title on the next line after “Chuyên đề:”, the "
            "people after “Người chuẩn bị:”; no quarter written",
        ],
        "kind": "thematic",
        "year": 2015,
        "cell_name": "Chi bộ thôn 1",
        "committee_name": "Đảng bộ xã Tân Lập",
        "left": ["ĐẢNG BỘ XÃ TÂN LẬP", "CHI BỘ THÔN 1", "*"],
        "send_to": ["Đảng ủy xã Tân Lập (b/c)", "Đảng viên Chi bộ", "Lưu Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "SINH HOẠT CHUYÊN ĐỀ NĂM 2015"],
        "number": 2,
        "type_code": "KH",
        "date": "2015-01-20",
        "place": "Tân Lập",
        "legal_bases": [
            "Căn cứ Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm "
            "theo tấm gương đạo đức Hồ Chí Minh;",
            "Căn cứ Nghị quyết của Đảng ủy xã Tân Lập về nhiệm vụ năm 2015;",
        ],
        "opening": "Năm 2015 có nhiều ngày lễ lớn của đất nước. Chi bộ thôn 1, xã Tân Lập xây dựng kế hoạch sinh "
        "hoạt chuyên đề gắn với các ngày kỷ niệm như sau:",
        "aims": [
            "- Giáo dục truyền thống cho đảng viên và nhân dân; gắn chuyên đề với việc giữ vững danh hiệu Khu dân "
            "cư văn hóa của thôn.",
            "- Người được phân công chuẩn bị đề cương chu đáo, ngắn gọn, dễ hiểu với bà con.",
        ],
        "closing": [
            "- Chi ủy thông báo ngày sinh hoạt cụ thể trước 07 ngày; mời Ban công tác Mặt trận và các chi hội dự.",
            "- Kết quả từng chuyên đề báo cáo Đảng ủy xã Tân Lập.",
        ],
        "topics": _P239_TOPICS,
        "targets": [],
        "secretary": _THANH_239,
    },
]
