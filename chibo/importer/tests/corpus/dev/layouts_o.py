"""Development batch 200–209: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the generic
helpers of ``common.py``. They are ordinary plans as cells of the Central Highlands, the south-east and
Hồ Chí Minh City type them, in shapes the earlier batches had not covered: a state bank branch's plan
whose topics follow the superior committee's theme of the year, in a two-column table Thời gian – Nội
dung whose content cell stacks the title, “Người chuẩn bị: …” and “Sản phẩm: …” as separate paragraphs;
a notice (TB) of a company office cell's committee, written as a letter to the members, its topics in
running paragraphs beside a December meeting that is not a topic; a museum cell's table whose cells hold
Word bulleted lists (the content's sub-points, the people and their parts, the requirements); a Zalo
message copied into a text file, short lines, “1/”, “2/” and “*”, people by given name with a
teknonym in brackets; an enterprise cell's list whose items begin with the month in bold and a colon
(“Tháng 3:”), the presenters after a dash at the end with their posts in brackets; a treasury cell's
schedule in which one month's row holds two topics (“- Chuyên đề 2: …” / “- Chuyên đề 3: …” in one
cell, the people likewise); a lawyers' cell whose presenters mix a named member with “các đảng viên” or
“toàn thể Chi bộ” (not people) and a guest speaker from the superior committee (a person); a village
table copied from Excel into a text file, cells with line breaks in double quotes, tab-separated; a
ward cell's table with the quarter and the meeting's month in two columns, one meeting of quarter II set
in July (plan 208, ``conflicts: 1``), a guest speaker from the ward committee; a one-page scan of a water
company department's schedule with people and bodies mixed in one column. Facts are in ``PLANS`` below
(same keys as ``plans.py``); ``build.py`` merges both ``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from ..common import (
    BASE_HD12,
    Block,
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
def _grid(doc: Any, head: list[str], widths: tuple[float, ...]) -> tuple[Any, tuple[float, ...]]:
    """An empty bordered table with its bold heading row, as a typist starts one."""
    grid = doc.add_table(rows=1, cols=len(head))
    grid.style = "Table Grid"
    for j, text in enumerate(head):
        grid.cell(0, j).paragraphs[0].add_run(text).bold = True
    grid.autofit = False
    return grid, widths


def _fill(cell: Any, lines: list[str], style: str | None = None, bold_first: bool = False) -> None:
    """One paragraph per line (the typist pressed Enter), optionally in a Word list style."""
    for i, line in enumerate(lines):
        if i == 0:
            para = cell.paragraphs[0]
            if style:
                para.style = style
        else:
            para = cell.add_paragraph(style=style) if style else cell.add_paragraph()
        run = para.add_run(line)
        if bold_first and i == 0:
            run.bold = True


# ------------------------------------------------------------------------------------ layouts
def _stacked_table(p: dict[str, Any]) -> Callable[[Any], None]:
    def draw(doc: Any) -> None:
        grid, widths = _grid(doc, ["Thời gian", "Nội dung"], (3.6, 12.9))
        for t in p["topics"]:
            row = grid.add_row()
            _fill(row.cells[0], t["when"].split("\n"))
            _fill(row.cells[1], [t["title"], f"Người chuẩn bị: {t['who']}", f"Sản phẩm: {t['product']}"],
                  bold_first=True)  # fmt: skip
        set_widths(grid, widths)

    return draw


def two_col_stacked(p: dict[str, Any]) -> list[Block]:
    """An agency cell's plan following the superior committee's theme of the year: a two-column table
    Thời gian – Nội dung whose content cell holds the title (bold), then “Người chuẩn bị: …” and
    “Sản phẩm: …” as paragraphs of their own."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG VÀ THỜI GIAN SINH HOẠT CHUYÊN ĐỀ"))
    out.append(("p", p["theme"]))
    lines = ["Thời gian | Nội dung"]
    for t in p["topics"]:
        lines.append(f"{t['when'].replace(chr(10), ' ')} | {t['title']}; Người chuẩn bị: {t['who']}; "
                     f"Sản phẩm: {t['product']}")  # fmt: skip
    out.append(("docx", _stacked_table(p), lines))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def notice_letter(p: dict[str, Any]) -> list[Block]:
    """A notice (TB) of the cell committee written as a letter: “Kính gửi: …”, the meeting that fixed
    the topics, then one paragraph per meeting in running prose (a regular meeting that is not a topic
    among them), and the committee's signature."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out.append(("p", p["to"]))
    out.append(("p", p["opening"]))
    out += paras(p["body"])
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def _bullet_table(p: dict[str, Any]) -> Callable[[Any], None]:
    def draw(doc: Any) -> None:
        head = ["TT", "Thời gian", "Nội dung", "Người thực hiện", "Yêu cầu"]
        grid, widths = _grid(doc, head, (0.9, 2.4, 6.3, 4.2, 3.0))
        for i, t in enumerate(p["topics"], 1):
            row = grid.add_row()
            row.cells[0].paragraphs[0].add_run(str(i))
            _fill(row.cells[1], t["when"].split("\n"))
            _fill(row.cells[2], [t["title"]], bold_first=True)
            for point in t["points"]:
                row.cells[2].add_paragraph(point, style="List Bullet")
            _fill(row.cells[3], t["who"], style="List Bullet")
            _fill(row.cells[4], t["needs"], style="List Bullet")
        set_widths(grid, widths)

    return draw


def bullet_cells(p: dict[str, Any]) -> list[Block]:
    """A table TT – Thời gian – Nội dung – Người thực hiện – Yêu cầu whose cells hold Word bulleted
    lists: under the title the points to be covered, the people one bullet each with their part, the
    requirements."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG"))
    lines = ["TT | Thời gian | Nội dung | Người thực hiện | Yêu cầu"]
    for i, t in enumerate(p["topics"], 1):
        lines.append(f"{i} | {t['when']} | {t['title']}; {'; '.join(t['points'])} | {'; '.join(t['who'])} | "
                     f"{'; '.join(t['needs'])}")  # fmt: skip
    out.append(("docx", _bullet_table(p), lines))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def zalo_message(p: dict[str, Any]) -> list[Block]:
    """One Zalo message of the deputy secretary copied into a text file: no heading, short lines
    broken by the phone, items “1/”, “2/”, notes with “*”, people by given name."""
    return paras(p["message"])


def _bold_month_list(p: dict[str, Any]) -> Callable[[Any], None]:
    def draw(doc: Any) -> None:
        from docx.shared import Cm

        for t in p["topics"]:
            para = doc.add_paragraph()
            para.paragraph_format.first_line_indent = Cm(1)  # as typed
            para.add_run(t["label"]).bold = True
            para.add_run(f" {t['title']} – {t['who']}.")

    return draw


def bold_month_items(p: dict[str, Any]) -> list[Block]:
    """Each topic one paragraph beginning with its month in bold and a colon (“Tháng 3:”), the
    presenters after a dash at the end with their posts in brackets; no quarter written."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    out.append(("p", p["topics_intro"]))
    lines = [f"{t['label']} {t['title']} – {t['who']}." for t in p["topics"]]
    out.append(("docx", _bold_month_list(p), lines))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def _month_rows(p: dict[str, Any]) -> Callable[[Any], None]:
    def draw(doc: Any) -> None:
        head = ["Kỳ sinh hoạt", "Nội dung chuyên đề", "Người chuẩn bị", "Người trình bày"]
        grid, widths = _grid(doc, head, (2.6, 7.4, 3.4, 3.1))
        for r in p["rows"]:
            row = grid.add_row()
            for j, lines in enumerate(r):
                _fill(row.cells[j], lines)
        set_widths(grid, widths)

    return draw


def month_rows_two_topics(p: dict[str, Any]) -> list[Block]:
    """A schedule table Kỳ sinh hoạt – Nội dung chuyên đề – Người chuẩn bị – Người trình bày with one
    row per meeting; one month's row holds two topics, each a dash paragraph in the same cell, and
    its people likewise."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    lines = ["Kỳ sinh hoạt | Nội dung chuyên đề | Người chuẩn bị | Người trình bày"]
    for r in p["rows"]:
        lines.append(" | ".join("; ".join(c) for c in r))
    out.append(("docx", _month_rows(p), lines))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def speakers_table(p: dict[str, Any]) -> list[Block]:
    """A table Thời gian – Chuyên đề – Báo cáo viên – Thành phần, the speakers a named member, a member
    with “các đảng viên …”, “Toàn thể Chi bộ” or a guest from the superior committee (“(mời)”)."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG VÀ THỜI GIAN"))
    rows = [[t["when"], t["title"], t["who"], t["attendees"]] for t in p["topics"]]
    out.append(("table", ["Thời gian", "Chuyên đề", "Báo cáo viên", "Thành phần"], rows, "",
                (2.8, 6.6, 4.4, 2.7)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def _excel_cell(text: str) -> str:
    """A cell as Excel puts it on the clipboard: quoted (quotes doubled) when it holds a line break."""
    if "\n" in text or '"' in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def excel_paste(p: dict[str, Any]) -> list[Block]:
    """A text file: a few lines typed by hand, then the schedule copied from an Excel sheet —
    tab-separated, cells holding line breaks wrapped in double quotes over several lines."""
    lines = [*p["above"], ""]
    lines.append("\t".join(p["columns"]))
    for r in p["rows"]:
        lines.append("\t".join(_excel_cell(c) for c in r))
    lines += ["", *p["below"]]
    # Notepad ends every line with CR LF; the line breaks inside the pasted cells stay bare LF
    return paras("\n".join(line + "\r" for line in lines).split("\n"))


def quarter_month_columns(p: dict[str, Any]) -> list[Block]:
    """A table Nội dung – Quý – Kỳ sinh hoạt – Báo cáo viên – Người chuẩn bị: the quarter and the
    meeting's month in separate columns (one quarter II meeting set in July), a guest speaker from the
    ward committee."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CHUYÊN ĐỀ VÀ PHÂN CÔNG"))
    rows = [[t["title"], t["qcell"], t["when"], t["who"], t["prep"]] for t in p["topics"]]
    out.append(("table", ["Nội dung chuyên đề", "Quý", "Kỳ sinh hoạt", "Báo cáo viên", "Người chuẩn bị"],
                rows, "", (6.2, 1.4, 2.4, 3.6, 2.9)))  # fmt: skip
    out += paras(p["notes"])
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def scan_schedule(p: dict[str, Any]) -> list[Block]:
    """One printed page: heading, one sentence, a table STT – Thời gian – Chuyên đề – Phụ trách (a
    person and a body mixed in one cell), two notes and the signature; scanned."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), ("p", p["opening"])]
    rows = [[str(i), t["when"], t["title"], t["who"]] for i, t in enumerate(p["topics"], 1)]
    out.append(
        ("table", ["STT", "Thời gian", "Chuyên đề", "Phụ trách"], rows, "", (1.4, 3.0, 7.3, 4.8))
    )
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "o_two_col_stacked": two_col_stacked,
    "o_notice_letter": notice_letter,
    "o_bullet_cells": bullet_cells,
    "o_zalo_message": zalo_message,
    "o_bold_month_items": bold_month_items,
    "o_month_rows_two_topics": month_rows_two_topics,
    "o_speakers_table": speakers_table,
    "o_excel_paste": excel_paste,
    "o_quarter_month_columns": quarter_month_columns,
    "o_scan_schedule": scan_schedule,
}


# -------------------------------------------------------------------------------------- plans
_AIMS = [
    "- Nâng cao nhận thức chính trị, ý thức trách nhiệm của đảng viên; nội dung chuyên đề thiết thực, gắn "
    "với nhiệm vụ chính trị của đơn vị.",
    "- Đảng viên được phân công chuẩn bị chu đáo; đề cương gửi Chi ủy trước kỳ sinh hoạt ít nhất 05 ngày.",
]
_BASE_CT10 = "Căn cứ Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ;"  # the basis cited before Hướng dẫn 12-HD/BTCTW (2018)
_CLOSING = [
    "- Chi ủy theo dõi, đôn đốc việc chuẩn bị; thông báo thời gian, địa điểm cụ thể trước mỗi kỳ sinh hoạt.",
    "- Đảng viên nghiên cứu tài liệu, tham gia ý kiến; kết quả từng buổi báo cáo cấp ủy cấp trên.",
]


def _wrap(text: str, width: int = 38) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False)


# 200 — Ngân hàng Nhà nước Chi nhánh Bình Dương
_CHINH, _HAN, _VIET_200, _THU_200, _NAM_200 = (
    "Nguyễn Trường Chinh",
    "Lê Thị Ngọc Hân",
    "Trần Quốc Việt",
    "Phạm Minh Thư",
    "Võ Hoàng Nam",
)
_P200_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ lần thứ IX, nhiệm kỳ 2015 – 2020 và Chương trình hành động thực "
       "hiện Nghị quyết", 2, 5, [_CHINH], when="Tháng 5/2015\n(Quý II)",
       who="đ/c Nguyễn Trường Chinh – Bí thư Chi bộ", product="Chương trình hành động của Chi bộ"),
    _t("Kỷ cương, trách nhiệm của cán bộ, đảng viên trong thực thi công vụ; siết chặt kỷ luật, kỷ cương hành "
       "chính tại Chi nhánh", 3, 7, [_HAN], when="Kỳ sinh hoạt\ntháng 7/2015",
       who="đ/c Lê Thị Ngọc Hân – Phó Bí thư, Trưởng phòng Tổng hợp, Nhân sự và Kiểm soát nội bộ",
       product="Đề cương; bản cam kết của đảng viên"),
    _t("Nâng cao hiệu quả thanh tra, giám sát các tổ chức tín dụng trên địa bàn tỉnh gắn với phòng, chống "
       "tham nhũng, lãng phí", 3, 9, [_VIET_200, _THU_200], when="Quý III\n(tháng 9/2015)",
       who="đ/c Trần Quốc Việt – Chánh Thanh tra, giám sát; đ/c Phạm Minh Thư – Trưởng phòng Kế toán – "
       "Thanh toán", product="Báo cáo chuyên đề, đề xuất giải pháp"),
    _t("Đảng viên trẻ học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm, "
       "phục vụ người dân, doanh nghiệp", 4, 11, [_NAM_200], when="Tháng 11/2015",
       who="đ/c Võ Hoàng Nam – Bí thư Chi đoàn", product="Bản đăng ký làm theo của đảng viên"),
]  # fmt: skip

# 201 — Chi bộ Văn phòng, Công ty CP Đầu tư Xây dựng và Vật liệu Đồng Nai (DNC)
_KHOA, _TRINH_201, _LUAN, _NGA_201 = (
    "Đặng Văn Khoa",
    "Nguyễn Thị Thu Trinh",
    "Hồ Minh Luân",
    "Phan Thị Nga",
)
_P201_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ IX (2017 – 2020) và Nghị quyết Đại hội Đảng bộ Công ty",
       3, 7, [_KHOA], when="tháng 7"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần tiết kiệm, chống lãng phí "
       "trong quản lý chi phí văn phòng", 3, 9, [_TRINH_201, _NGA_201], when="tháng 9"),
    _t("Vai trò của đảng viên khối văn phòng trong cải tiến thủ tục, ứng dụng công nghệ thông tin phục vụ sản "
       "xuất, kinh doanh", 4, 11, [_LUAN], when="tháng 11"),
]  # fmt: skip
_P201_BODY = [
    "1. Kỳ sinh hoạt tháng 7 năm 2017 (quý III), Chi bộ sinh hoạt chuyên đề “Quán triệt Nghị quyết Đại hội "
    "Chi bộ nhiệm kỳ IX (2017 – 2020) và Nghị quyết Đại hội Đảng bộ Công ty”. Đồng chí Đặng Văn Khoa, Bí thư "
    "Chi bộ, chuẩn bị nội dung và trực tiếp quán triệt.",
    "2. Kỳ sinh hoạt tháng 9, Chi bộ sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
    "Chí Minh về tinh thần tiết kiệm, chống lãng phí trong quản lý chi phí văn phòng”; giao đồng chí Nguyễn Thị "
    "Thu Trinh, Phó Bí thư, xây dựng đề cương, đồng chí Phan Thị Nga, kế toán, chuẩn bị số liệu chi phí 6 tháng "
    "đầu năm để minh họa.",
    "3. Kỳ sinh hoạt tháng 11 năm 2017 (quý IV), Chi bộ sinh hoạt chuyên đề “Vai trò của đảng viên khối văn "
    "phòng trong cải tiến thủ tục, ứng dụng công nghệ thông tin phục vụ sản xuất, kinh doanh”, do đồng chí Hồ "
    "Minh Luân, Chi ủy viên, chuẩn bị và trình bày.",
    "4. Kỳ sinh hoạt tháng 12, Chi bộ tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng "
    "viên năm 2017 theo hướng dẫn của Đảng ủy Công ty; kỳ này không sinh hoạt chuyên đề.",
]

# 202 — Chi bộ Bảo tàng tỉnh Bình Phước
_HA_202, _TUAN_202, _LIEN_202, _DIEU, _KHANH_202 = (
    "Nguyễn Thị Thu Hà",
    "Lê Anh Tuấn",
    "Điểu Thị Liên",
    "Điểu Điều",
    "Trần Quốc Khánh",
)
_P202_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ Bảo tàng tỉnh lần thứ VI, nhiệm kỳ 2022 – 2025", 2, 6, [_HA_202],
       when="Tháng 6/2022\n(Quý II)",
       points=["Những chỉ tiêu chủ yếu của nhiệm kỳ", "Chương trình hành động của Chi bộ"],
       who=["Đ/c Nguyễn Thị Thu Hà – Bí thư Chi bộ (trình bày)"],
       needs=["100% đảng viên dự", "Ra nghị quyết thực hiện"]),
    _t("Số hóa hiện vật và phát huy giá trị di sản văn hóa các dân tộc Bình Phước", 3, 8, [_TUAN_202, _LIEN_202],
       when="Tháng 8/2022\n(Quý III)",
       points=["Kết quả nhập lý lịch hiện vật vào phần mềm quản lý", "Kế hoạch số hóa giai đoạn 2022 – 2025",
               "Trưng bày lưu động về văn hóa S’tiêng"],
       who=["Đ/c Lê Anh Tuấn – Phó Bí thư (chuẩn bị đề cương)", "Đ/c Điểu Thị Liên (tham luận)"],
       needs=["Đề cương gửi trước 05 ngày", "Có số liệu minh họa"]),
    _t("Học tập và làm theo Bác về tinh thần phục vụ nhân dân trong công tác đón tiếp, thuyết minh cho khách "
       "tham quan", 3, 9, [_DIEU], when="Tháng 9/2022",
       points=["Kể chuyện về Bác", "Liên hệ việc đón tiếp khách tại Bảo tàng"],
       who=["Đ/c Điểu Điều – Chi ủy viên (trình bày)"], needs=["Đảng viên đăng ký việc làm theo"]),
    _t("Nâng cao chất lượng sưu tầm, kiểm kê, bảo quản hiện vật tại kho cơ sở", 4, 11, [_KHANH_202, _HA_202],
       when="Tháng 11/2022\n(Quý IV)",
       points=["Kiểm kê, chỉnh lý hồ sơ hiện vật", "Phòng cháy, chữa cháy tại kho"],
       who=["Đ/c Trần Quốc Khánh (chuẩn bị)", "Đ/c Nguyễn Thị Thu Hà (kết luận)"],
       needs=["Ra nghị quyết chuyên đề"]),
]  # fmt: skip

# 203 — Chi bộ buôn Kroa B, xã Cuôr Đăng (Đắk Lắk)
_NGHIEL, _KHAI_203, _HNGA, _THUAN_203 = "Y Nghiêl Êban", "Y Khai Niê", "H’Nga Mlô", "Y Thuân Ayun"
_P203_TOPICS = [
    _t("Vận động bà con trồng xen sầu riêng, bơ trong vườn cà phê, chuyển đổi cây trồng hợp lý", 1, 3,
       [_NGHIEL]),
    _t("Giữ vững an ninh trật tự, không nghe kẻ xấu xúi giục vượt biên, bảo vệ khối đoàn kết trong buôn", 2, 5,
       [_KHAI_203, _THUAN_203]),
    _t("Chị em phụ nữ giữ gìn nhà cửa sạch sẽ, bỏ tục lạc hậu, cho con đi học đầy đủ", 3, 8, [_HNGA]),
    _t("Giúp đỡ 21 hộ nghèo còn lại thoát nghèo, giữ vững buôn văn hóa", 4, 11, [_KHAI_203, _NGHIEL]),
]  # fmt: skip
_P203_MESSAGE = [
    "Chi bộ buôn Kroa B thông báo",
    "kế hoạch sinh hoạt chuyên đề",
    "năm 2020 (Chi ủy đã thống nhất,",
    "Đảng ủy xã Cuôr Đăng đã duyệt)",
    "",
    "1/ Tháng 3 (quý 1):",
    *_wrap(
        "Vận động bà con trồng xen sầu riêng, bơ trong vườn cà phê, chuyển đổi cây trồng hợp lý"
    ),
    "a Y Nghiêl Êban (Ama H Ngap)",
    "chuẩn bị",
    "",
    "2/ Tháng 5 (quý 2):",
    *_wrap(
        "Giữ vững an ninh trật tự, không nghe kẻ xấu xúi giục vượt biên, bảo vệ khối đoàn kết trong buôn"
    ),
    "a Y Khai Niê + a Y Thuân Ayun",
    "(công an viên) chuẩn bị",
    "",
    "3/ Tháng 8 (quý 3):",
    *_wrap("Chị em phụ nữ giữ gìn nhà cửa sạch sẽ, bỏ tục lạc hậu, cho con đi học đầy đủ"),
    "chị H’Nga Mlô (chi hội trưởng",
    "phụ nữ) chuẩn bị",
    "",
    "4/ Tháng 11 (quý 4):",
    *_wrap("Giúp đỡ 21 hộ nghèo còn lại thoát nghèo, giữ vững buôn văn hóa"),
    "a Y Khai Niê chủ trì,",
    "a Y Nghiêl Êban báo cáo số hộ",
    "",
    "* Sinh hoạt tại nhà văn hóa buôn,",
    "7h tối, ngày 05 các tháng trên",
    "* Ai bận báo trước cho Chi ủy",
    "* Người chuẩn bị nói tiếng Êđê",
    "cho bà con dễ hiểu khi về",
    "phổ biến lại",
    "",
    "(Kế hoạch số 01-KH/CB ngày",
    "06/01/2020, bản giấy đã gửi",
    "Đảng ủy xã)",
    "",
    "Y Khai Niê - Bí thư Chi bộ",
]

# 204 — Chi bộ Công ty Cổ phần Thép ASEAN (Đắk Lắk)
_TIEN, _HOAN, _SIM, _PHUONG_204, _DUNG_204 = (
    "Trần Trung Tiến",
    "Y Hoan Ktul",
    "Y Sim Kbuôr",
    "Nguyễn Thị Phương",
    "Lê Văn Dũng",
)
_P204_TOPICS = [
    _t("Quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị và kế hoạch của Chi bộ về đại hội đảng các cấp tiến "
       "tới Đại hội XIV của Đảng", 1, 3, [_TIEN], label="Tháng 3:",
       who="đ/c Trần Trung Tiến (Bí thư Chi bộ)"),
    _t("Đảng viên người dân tộc thiểu số gương mẫu chấp hành nội quy lao động, an toàn trong sản xuất thép",
       2, 5, [_HOAN, _SIM], label="Tháng 5:",
       who="đ/c Y Hoan Ktul (Chi ủy viên, Tổ trưởng tổ cán), đ/c Y Sim Kbuôr (đảng viên dự bị)"),
    _t("Học tập và làm theo Bác về tiết kiệm, chống lãng phí trong sử dụng điện, nguyên liệu phôi thép", 3, 8,
       [_PHUONG_204], label="Tháng 8:", who="đ/c Nguyễn Thị Phương (Phó Bí thư Chi bộ, Kế toán trưởng)"),
    _t("Bồi dưỡng, giới thiệu công nhân ưu tú cho Đảng; công tác phát triển đảng viên trong doanh nghiệp", 4,
       10, [_TIEN, _DUNG_204], label="Tháng 10 (quý IV):",
       who="đ/c Trần Trung Tiến (Bí thư Chi bộ), đ/c Lê Văn Dũng (Chủ tịch Công đoàn Công ty)"),
]  # fmt: skip

# 205 — Chi bộ Kho bạc Nhà nước huyện Dầu Tiếng (Bình Dương)
_SON_205, _HOA_205, _TAM_205, _PHUC_205 = (
    "Nguyễn Văn Sơn",
    "Trần Thị Hòa",
    "Lê Minh Tâm",
    "Huỳnh Ngọc Phúc",
)
_P205_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2015 – 2020", 2, 4, [_SON_205]),
    _t("Kiểm soát chi ngân sách nhà nước chặt chẽ, đúng quy định; phòng ngừa sai sót trong thanh toán", 2, 6,
       [_HOA_205]),
    _t("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về thái độ phục vụ khách hàng tại quầy giao dịch",
       2, 6, [_TAM_205]),
    _t("Cải cách thủ tục hành chính, đẩy mạnh giao dịch điện tử với các đơn vị sử dụng ngân sách", 4, 10,
       [_PHUC_205, _SON_205]),
]  # fmt: skip
_P205_ROWS = [
    [["Tháng 4/2015"], ["Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2015 – 2020"], ["Chi ủy"],
     ["Đ/c Nguyễn Văn Sơn"]],
    [["Tháng 6/2015"],
     ["- Chuyên đề 2: Kiểm soát chi ngân sách nhà nước chặt chẽ, đúng quy định; phòng ngừa sai sót trong "
      "thanh toán",
      "- Chuyên đề 3: Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về thái độ phục vụ khách hàng tại quầy "
      "giao dịch"],
     ["- CĐ 2: Tổ Kế toán", "- CĐ 3: Tổ Tổng hợp – Hành chính"],
     ["- CĐ 2: Đ/c Trần Thị Hòa", "- CĐ 3: Đ/c Lê Minh Tâm"]],
    [["Tháng 10/2015"],
     ["Cải cách thủ tục hành chính, đẩy mạnh giao dịch điện tử với các đơn vị sử dụng ngân sách"],
     ["Đ/c Huỳnh Ngọc Phúc"], ["Đ/c Huỳnh Ngọc Phúc, Đ/c Nguyễn Văn Sơn (kết luận)"]],
]  # fmt: skip

# 206 — Chi bộ Đoàn Luật sư tỉnh Lâm Đồng
_THO, _THE, _LAN_206, _BAO_206 = "Huỳnh Tho", "Trần Văn Thế", "Nguyễn Thị Ngọc Lan", "Phạm Quốc Bảo"
_P206_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ Đoàn Luật sư tỉnh Lâm Đồng nhiệm kỳ 2025 – 2030", 2, 6, [_THO],
       when="Tháng 6/2025", who="LS. Huỳnh Tho – Bí thư Chi bộ, Chủ nhiệm Đoàn Luật sư",
       attendees="Toàn thể đảng viên"),
    _t("Những điểm mới của Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật", 3, 8,
       [_THE], when="Tháng 8/2025",
       who="Đ/c Trần Văn Thế – Đảng ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Đảng ủy UBND tỉnh (mời)",
       attendees="Đảng viên và luật sư quần chúng ưu tú"),
    _t("Đạo đức nghề nghiệp luật sư; trách nhiệm trợ giúp pháp lý miễn phí cho người nghèo, đối tượng chính "
       "sách", 4, 10, [_LAN_206], when="Tháng 10/2025",
       who="LS. Nguyễn Thị Ngọc Lan – Phó Bí thư và các đảng viên là Trưởng văn phòng luật sư",
       attendees="Toàn thể đảng viên"),
    _t("Tổng kết sinh hoạt chuyên đề năm 2025; đảng viên tự liên hệ việc học tập và làm theo Bác", 4, 12,
       [_BAO_206], when="Tháng 12/2025",
       who="Toàn thể Chi bộ; LS. Phạm Quốc Bảo – Chi ủy viên chuẩn bị đề dẫn",
       attendees="Toàn thể đảng viên"),
]  # fmt: skip

# 207 — Chi bộ làng Chư Kó, xã Ia Púch (Gia Lai)
_BIN, _DUAN, _THOI, _HLIP = "Siu Bin", "Nguyễn Đăng Duẩn", "Rơ Mah Thơi", "Ksor H’Líp"
_P207_TOPICS = [
    _t("Vận động bà con chăm sóc vườn điều, cà phê theo hướng dẫn kỹ thuật; không phá rừng làm rẫy", 1, 3,
       [_BIN, _DUAN]),
    _t("Phối hợp Đồn Biên phòng Ia Púch giữ gìn an ninh biên giới, quản lý đường biên, cột mốc", 2, 6, [_DUAN]),
    _t("Đảng viên phụ trách hộ gia đình: giúp hộ khó khăn phát triển sản xuất, cho con đến trường", 3, 9,
       [_THOI, _HLIP]),
    _t("Xây dựng Chi bộ trong sạch, vững mạnh; bồi dưỡng quần chúng ưu tú là người Jrai", 4, 11, [_BIN]),
]  # fmt: skip
_P207_ROWS = [
    ["1", "Tháng 3/2021\n(quý I)",
     "Vận động bà con chăm sóc vườn điều, cà phê theo hướng dẫn kỹ thuật;\nkhông phá rừng làm rẫy",
     "Siu Bin - Bí thư\nNguyễn Đăng Duẩn - Đồn BP Ia Púch", ""],
    ["2", "Tháng 6/2021\n(quý II)",
     "Phối hợp Đồn Biên phòng Ia Púch giữ gìn an ninh biên giới, quản lý đường biên, cột mốc",
     "Thiếu tá QNCN Nguyễn Đăng Duẩn", "Mời Tổ công tác Đồn BP dự"],
    ["3", "Tháng 9/2021 (quý III)",
     "Đảng viên phụ trách hộ gia đình: giúp hộ khó khăn phát triển sản xuất,\ncho con đến trường",
     f"Rơ Mah Thơi - Phó Bí thư\n{_HLIP} - Chi hội trưởng phụ nữ", "Các đảng viên báo cáo hộ mình phụ trách"],
    ["4", "Tháng 11/2021\n(quý IV)",
     "Xây dựng Chi bộ trong sạch, vững mạnh; bồi dưỡng quần chúng ưu tú là người Jrai",
     "Siu Bin", 'Đọc trước "Sổ tay đảng viên"'],
]  # fmt: skip

# 208 — Chi bộ khu phố Chánh Nghĩa 8, phường Thủ Dầu Một (TP Hồ Chí Minh)
_QUANG, _MAI_208, _HUNG_208, _LOC_208, _GUEST_208 = (
    "Đỗ Minh Quang",
    "Nguyễn Thị Tuyết Mai",
    "Phan Văn Hùng",
    "Trương Tấn Lộc",
    "Lê Thị Kim Yến",
)
_P208_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ phường Thủ Dầu Một lần thứ I",
       1, 3, [_GUEST_208], qcell="I", when="Tháng 3",
       who="Đ/c Lê Thị Kim Yến – Phó Bí thư Đảng ủy phường (báo cáo viên)", prep="Chi ủy"),
    _t("Xây dựng khu phố văn minh đô thị sau sắp xếp: trật tự lòng lề đường, vệ sinh môi trường, tự quản "
       "trong khu dân cư", 2, 7, [_MAI_208, _QUANG], qcell="II", when="Tháng 7", conflict=True,
       who="Đ/c Nguyễn Thị Tuyết Mai – Trưởng khu phố", prep="Đ/c Đỗ Minh Quang – Bí thư Chi bộ"),
    _t("Phát huy vai trò cựu chiến binh, người cao tuổi trong giữ gìn an ninh trật tự khu phố", 3, 9,
       [_HUNG_208], qcell="III", when="Tháng 9", who="Đ/c Phan Văn Hùng – Chi hội trưởng Cựu chiến binh",
       prep="Đ/c Phan Văn Hùng"),
    _t("Học tập và làm theo Bác về dân vận khéo; chăm lo gia đình chính sách, hộ khó khăn dịp Tết", 4, 12,
       [_LOC_208, _QUANG], qcell="IV", when="Tháng 12",
       who="Đ/c Trương Tấn Lộc – Phó Bí thư Chi bộ", prep="Đ/c Đỗ Minh Quang và các tổ trưởng tổ dân phố"),
]  # fmt: skip

# 209 — Chi bộ Phòng Kỹ thuật, Công ty CP Cấp nước Thủ Đức (TP Hồ Chí Minh)
_THANH_209, _VU_209, _HIEP, _NGOC_209 = (
    "Võ Tấn Thành",
    "Nguyễn Phong Vũ",
    "Trần Văn Hiệp",
    "Lâm Bảo Ngọc",
)
_P209_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022 gắn với nhiệm vụ giảm tỷ lệ thất thoát nước",
       2, 4, [_THANH_209], when="Tháng 4/2020", who="Đ/c Võ Tấn Thành – Bí thư Chi bộ, Trưởng phòng"),
    _t("Đảm bảo cấp nước an toàn, liên tục trong thời gian phòng, chống dịch COVID-19", 2, 6,
       [_VU_209, _HIEP], when="Tháng 6/2020 (Quý II)",
       who="Đ/c Nguyễn Phong Vũ – Phó Bí thư; Đ/c Trần Văn Hiệp và Tổ Quản lý mạng lưới"),
    _t("Học tập và làm theo Bác về ý chí tự lực, tự cường; sáng kiến cải tiến kỹ thuật trong sửa chữa ống bể",
       3, 8, [_NGOC_209], when="Tháng 8/2020", who="Đ/c Lâm Bảo Ngọc – Chi ủy viên"),
    _t("Góp ý dự thảo văn kiện Đại hội Đảng bộ Tổng Công ty và Đại hội Đảng bộ Thành phố", 4, 10,
       [_THANH_209], when="Tháng 10/2020 (Quý IV)", who="Đ/c Võ Tấn Thành; toàn thể đảng viên thảo luận"),
]  # fmt: skip


PLANS: list[T] = [
    {
        "id": "200_chi_bo_ngan_hang_nha_nuoc_binh_duong_2015",
        "half": "dev",
        "fmt": "docx",
        "layout": "o_two_col_stacked",
        "province": "Bình Dương",
        "source": "https://baobinhduong.vn/dai-hoi-chi-bo-ngan-hang-nha-nuoc-chi-nhanh-binh-duong-tap-trung-tri-tue-"
        "dan-chu-a113716.html",
        "source_says": "(Báo Bình Dương) Sáng 17-3 (2015), Đại hội Chi bộ Ngân hàng Nhà nước Chi nhánh Bình Dương "
        "lần thứ IX (nhiệm kỳ 2015-2020) diễn ra, có đại diện 25 chi bộ trực thuộc Đảng bộ khối Các cơ quan tỉnh; "
        "đồng chí Nguyễn Văn Liêu, Bí thư Đảng ủy khối, dự và chỉ đạo; đại hội bầu 5 đồng chí vào cấp ủy, đồng "
        "chí Nguyễn Trường Chinh, Phó Bí thư nhiệm kỳ VIII, được bầu làm Bí thư Chi bộ.",
        "completed": [
            "the page gives the cell, its committee, its ninth congress (17-3-2015) and its new secretary; the plan "
            "made after the congress (topics from quarter II), the superior committee's theme of the year as the "
            "plan quotes it, its four topics, months, products, the other members named in it, the number and the "
            "date are completed",
            "a two-column table Thời gian – Nội dung: the content cell holds the title in bold, then “Người chuẩn "
            "bị: …” and “Sản phẩm: …” as paragraphs of their own; times “Tháng 5/2015” / “(Quý II)” on two lines, "
            "“Kỳ sinh hoạt tháng 7/2015”, “Quý III (tháng 9/2015)”, “Tháng 11/2015”; people with long posts after "
            "a dash, two in one cell joined by a semicolon",
        ],
        "kind": "thematic",
        "year": 2015,
        "cell_name": "Chi bộ Ngân hàng Nhà nước Chi nhánh Bình Dương",
        "committee_name": "Đảng bộ Khối Các cơ quan tỉnh Bình Dương",
        "left": [
            "ĐẢNG BỘ KHỐI CÁC CƠ QUAN",
            "TỈNH BÌNH DƯƠNG",
            "CHI BỘ NGÂN HÀNG NHÀ NƯỚC",
            "CHI NHÁNH BÌNH DƯƠNG",
        ],
        "send_to": [
            "Đảng ủy Khối Các cơ quan tỉnh (b/c)",
            "Ban Giám đốc Chi nhánh",
            "Đảng viên Chi bộ",
        ],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2015"],
        "number": 3,
        "type_code": "KH",
        "date": "2015-04-06",
        "place": "Thủ Dầu Một",
        "legal_bases": [
            _BASE_CT10,
            "Căn cứ Nghị quyết Đại hội Chi bộ Ngân hàng Nhà nước Chi nhánh Bình Dương lần thứ IX, nhiệm kỳ 2015 – "
            "2020;",
        ],
        "opening": "Thực hiện chủ đề năm 2015 của Đảng ủy Khối Các cơ quan tỉnh, Chi bộ Ngân hàng Nhà nước Chi "
        "nhánh Bình Dương xây dựng kế hoạch sinh hoạt chuyên đề từ quý II năm 2015 như sau:",
        "aims": _AIMS,
        "theme": "Chủ đề năm 2015 của Đảng ủy Khối: “Siết chặt kỷ luật, kỷ cương; nâng cao trách nhiệm người đứng "
        "đầu và chất lượng phục vụ”. Các chuyên đề của Chi bộ bám sát chủ đề trên:",
        "closing": _CLOSING,
        "topics": _P200_TOPICS,
        "targets": [],
        "secretary": _CHINH,
    },
    {
        "id": "201_chi_bo_van_phong_dnc_dong_nai_2017",
        "half": "dev",
        "fmt": "doc",
        "layout": "o_notice_letter",
        "province": "Đồng Nai",
        "source": "http://donasand.com.vn/tin-tuc-su-kien/tin-tuc/dai-hoi-chi-bo-van-phong-cong-ty-dnc-ngay-13-thang-"
        "06-nam-2017.html",
        "source_says": "Ngày 13/06/2017 Chi bộ Văn phòng (Công ty CP ĐT XD và VL Đồng Nai – DNC) tiến hành Đại hội "
        "nhiệm kỳ IX (2017 – 2020), tổng kết Nghị quyết nhiệm kỳ VIII (2015 – 2017), quyết định phương hướng và "
        "bầu chi ủy; theo Công văn số 23-CV/ĐU DNC ngày 10/5/2017 của Đảng ủy Công ty và Hướng dẫn số 45-CV/ĐU "
        "ngày 03/4/2017 của Đảng ủy Tổng công ty Sonadezi.",
        "completed": [
            "the page gives the cell, its company, its committee and its ninth congress; the notice fixing the topics "
            "of the last half of 2017, its three topics, months, the members named in it (secretary, deputy, "
            "committee member, an accountant), the number and the date are completed",
            "a notice (TB) of the cell committee written as a letter (“Kính gửi: Các đồng chí đảng viên Chi bộ Văn "
            "phòng”): the meeting that fixed the topics, then one numbered paragraph per meeting in running prose "
            "(“Kỳ sinh hoạt tháng 7 năm 2017 (quý III), Chi bộ sinh hoạt chuyên đề “…”. Đồng chí …, Bí thư Chi "
            "bộ, chuẩn bị …”), a fourth paragraph for December that is a review, not a topic (.doc)",
        ],
        "kind": "thematic",
        "year": 2017,
        "cell_name": "Chi bộ Văn phòng",
        "committee_name": "Đảng bộ Công ty Cổ phần Đầu tư Xây dựng và Vật liệu Đồng Nai",
        "left": [
            "ĐẢNG BỘ CÔNG TY CỔ PHẦN ĐẦU TƯ",
            "XÂY DỰNG VÀ VẬT LIỆU ĐỒNG NAI",
            "CHI BỘ VĂN PHÒNG",
        ],
        "send_to": ["Đảng ủy Công ty (b/c)", "Các đồng chí đảng viên"],
        "title_lines": ["THÔNG BÁO", "Về nội dung sinh hoạt chuyên đề 6 tháng cuối năm 2017"],
        "number": 7,
        "type_code": "TB",
        "date": "2017-06-26",
        "place": "Biên Hòa",
        "legal_bases": [],
        "to": "Kính gửi: Các đồng chí đảng viên Chi bộ Văn phòng.",
        "opening": "Ngày 20/6/2017, Chi ủy Chi bộ Văn phòng họp phiên thứ nhất sau Đại hội nhiệm kỳ IX (2017 – "
        "2020), thống nhất nội dung sinh hoạt chuyên đề 6 tháng cuối năm 2017. Chi ủy thông báo đến các đồng chí "
        "đảng viên như sau:",
        "body": _P201_BODY,
        "closing": [
            "Đề nghị các đồng chí được phân công gửi đề cương cho Chi ủy trước kỳ sinh hoạt 01 tuần; các đồng chí "
            "đảng viên sắp xếp công việc, dự sinh hoạt đầy đủ.",
        ],
        "sign_for": "T/M CHI ỦY",
        "topics": _P201_TOPICS,
        "targets": [],
        "secretary": _KHOA,
    },
    {
        "id": "202_chi_bo_bao_tang_tinh_binh_phuoc_2022",
        "half": "dev",
        "fmt": "odt",
        "layout": "o_bullet_cells",
        "province": "Bình Phước",
        "source": "http://baotangbinhphuoc.org.vn/dai-hoi-chi-bo-bao-tang-tinh-lan-thu-vi-nhiem-ky-2022-2025/",
        "source_says": "Ngày 28/4/2022 Chi bộ Bảo tàng tỉnh (Bình Phước) tổ chức Đại hội lần thứ VI, nhiệm kỳ "
        "2022-2025, 17/17 đảng viên dự; dự có đồng chí Trần Văn Chung, Bí thư Đảng ủy Sở Văn hóa, Thể thao và Du "
        "lịch, và các Phó Bí thư Đảng ủy Sở; trong nhiệm kỳ trước Bảo tàng sưu tầm 2.585 hiện vật, nhập 2.582 "
        "lý lịch hiện vật vào phần mềm quản lý, thực hiện kiểm kê, bảo quản tại kho cơ sở.",
        "completed": [
            "the page gives the cell, its committee, its sixth congress and the museum's work (collecting, "
            "inventory, digitising records); the plan made after the congress (topics from June), its four topics, "
            "months, points, requirements, every member named in it, the number and the date are completed",
            "a table TT – Thời gian – Nội dung – Người thực hiện – Yêu cầu whose cells hold Word bulleted lists "
            "(List Bullet): the title in bold then the points to cover, the people one bullet each with their part "
            "(“(chuẩn bị đề cương)”, “(tham luận)”, “(kết luận)”), the requirements; times “Tháng 6/2022” / "
            "“(Quý II)” on two lines (.odt)",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Bảo tàng tỉnh",
        "committee_name": "Đảng bộ Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Phước",
        "left": [
            "ĐẢNG BỘ SỞ VĂN HÓA, THỂ THAO",
            "VÀ DU LỊCH TỈNH BÌNH PHƯỚC",
            "CHI BỘ BẢO TÀNG TỈNH",
        ],
        "send_to": ["Đảng ủy Sở (b/c)", "Ban Giám đốc Bảo tàng", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2022"],
        "number": 9,
        "type_code": "KH",
        "date": "2022-05-12",
        "place": "Đồng Xoài",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Bảo tàng tỉnh lần thứ VI, nhiệm kỳ 2022 – 2025;",
        ],
        "opening": "Chi bộ Bảo tàng tỉnh xây dựng kế hoạch sinh hoạt chuyên đề những tháng còn lại của năm 2022 như "
        "sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P202_TOPICS,
        "targets": [],
        "secretary": _HA_202,
    },
    {
        "id": "203_chi_bo_buon_kroa_b_cuor_dang_2020",
        "half": "dev",
        "fmt": "txt",
        "layout": "o_zalo_message",
        "province": "Đắk Lắk",
        "source": "http://vov4.vov.vn/Mnong/chuyen-muc/dang-vien-rnoi-mpol-det-rgop-soan-ndak-njeng-thon-on-mhe-c1302-"
        "285649.aspx",
        "source_says": "(VOV4 tiếng M’nông, 9/11/2019) Buôn Kroa B, xã Cuôr Đăng, huyện Cư M’gar (Đắk Lắk) có 480 "
        "hộ, hộ nghèo giảm từ hơn 70 xuống còn 21; Chi bộ buôn có 14 đảng viên, đều là người Êđê; Phó Bí thư Chi "
        "bộ là Y Nghiêl Êban (Ama H Ngap); bà con chuyển sang trồng xen tiêu, sầu riêng, bơ trong vườn cà phê.",
        "completed": [
            "the page gives the buôn, its commune, its 14 Êđê members, its deputy secretary, its households and "
            "crops; the 2020 plan, its four topics, months, the other members named (secretary, women's leader, "
            "police officer), the number and the date are completed",
            "one Zalo message of the cell copied into a text file: no heading, lines broken short as on the phone, "
            "items “1/ Tháng 3 (quý 1):”, the title over several lines, then the people (“a Y Nghiêl Êban (Ama H "
            "Ngap)”, “a … + a …”, “chị H’Nga Mlô (chi hội trưởng phụ nữ)”) with “chuẩn bị” on the next line; notes "
            "with “*”; number and date only in a bracket at the end; the secretary's name after the notes",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ buôn Kroa B",
        "committee_name": "Đảng bộ xã Cuôr Đăng",
        "number": 1,
        "type_code": "KH",
        "date": "2020-01-06",
        "place": "Cuôr Đăng",
        "legal_bases": [],
        "message": _P203_MESSAGE,
        "topics": _P203_TOPICS,
        "targets": [],
        "secretary": _KHAI_203,
    },
    {
        "id": "204_chi_bo_cong_ty_thep_asean_dak_lak_2025",
        "half": "dev",
        "fmt": "docx",
        "layout": "o_bold_month_items",
        "province": "Đắk Lắk",
        "source": "https://vov4.vov.vn/bahnar/kotong-ang-lom-topol-thoi-su-xa-hoi/todrong-ho-ia-lom-atok-to-iung-dang-"
        "khul-modro-sa-kon-polei-to-daklak-473494.vov4",
        "source_says": "(VOV4 tiếng Ba Na) Chi bộ Công ty Cổ phần Thép ASEAN (nhà máy tại Hòa Phú, Buôn Ma Thuột, "
        "Đắk Lắk) thành lập năm 2017 với 5 đảng viên, nay có 25; Bí thư Chi bộ Trần Trung Tiến; đảng viên Y Hoan "
        "Ktul là chi ủy viên nhiệm kỳ 2020–2025; công nhân Y Sim Kbuôr (làm việc từ 2020) được kết nạp tháng "
        "9/2024; mỗi năm Chi bộ kết nạp 3 – 4 đảng viên mới.",
        "completed": [
            "the page gives the cell, its company, its secretary, one committee member, a member admitted in 9/2024 "
            "and the yearly admissions; the 2025 plan, its four topics, months, the other members named (deputy "
            "secretary, trade union chair), the number and the date are completed; the superior committee (the "
            "province's enterprises' committee) is assumed",
            "topics as paragraphs beginning with the month in bold and a colon (“Tháng 3:”, one “Tháng 10 (quý "
            "IV):”), the presenters after a dash at the end with their posts in brackets (“– đ/c Trần Trung Tiến "
            "(Bí thư Chi bộ)”, two joined by a comma); no quarter written for three of them",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Công ty Cổ phần Thép ASEAN",
        "committee_name": "Đảng bộ Khối Doanh nghiệp tỉnh Đắk Lắk",
        "left": [
            "ĐẢNG BỘ KHỐI DOANH NGHIỆP",
            "TỈNH ĐẮK LẮK",
            "CHI BỘ CÔNG TY CỔ PHẦN",
            "THÉP ASEAN",
        ],
        "send_to": [
            "Đảng ủy Khối Doanh nghiệp tỉnh (b/c)",
            "Ban Giám đốc Công ty",
            "Đảng viên Chi bộ",
        ],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2025"],
        "number": 1,
        "type_code": "KH",
        "date": "2025-01-08",
        "place": "Buôn Ma Thuột",
        "legal_bases": [BASE_HD12],
        "opening": "Chi bộ Công ty Cổ phần Thép ASEAN hiện có 25 đảng viên, trong đó nhiều đồng chí là công nhân "
        "người Êđê. Chi ủy xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:",
        "aims": _AIMS,
        "topics_intro": "Chi bộ sinh hoạt chuyên đề lồng ghép vào kỳ sinh hoạt thường kỳ của các tháng sau:",
        "closing": _CLOSING,
        "topics": _P204_TOPICS,
        "targets": [],
        "secretary": _TIEN,
    },
    {
        "id": "205_chi_bo_kho_bac_dau_tieng_2015",
        "half": "dev",
        "fmt": "doc",
        "layout": "o_month_rows_two_topics",
        "province": "Bình Dương",
        "source": "https://baobinhduong.vn/khoi-dang-doan-the-tp-thu-dau-mot-dai-hoi-dang-bo-lan-thu-ii-nhiem-ky-2015-"
        "2020-a115069.html",
        "source_says": "(Báo Bình Dương, tháng 4/2015) Bài về Đại hội Đảng bộ Khối Đảng – đoàn thể TP Thủ Dầu Một "
        "lần thứ II, nhiệm kỳ 2015-2020, kèm tin “Chi bộ Kho bạc Nhà nước huyện Dầu Tiếng tổ chức đại hội điểm”.",
        "completed": [
            "the page gives only the cell and its model congress for 2015 – 2020; the plan, its four topics, months, "
            "the members named in it, the number and the date are completed; the superior committee (the district's "
            "government agencies' committee) is assumed",
            "a schedule table Kỳ sinh hoạt – Nội dung chuyên đề – Người chuẩn bị – Người trình bày, one row per "
            "meeting; the June row holds two topics as dash paragraphs (“- Chuyên đề 2: …”, “- Chuyên đề 3: …”) "
            "with the people likewise (“- CĐ 2: Đ/c …”); preparers partly bodies (“Chi ủy”, “Tổ Kế toán”), a "
            "second presenter “(kết luận)” (.doc)",
        ],
        "kind": "thematic",
        "year": 2015,
        "cell_name": "Chi bộ Kho bạc Nhà nước huyện Dầu Tiếng",
        "committee_name": "Đảng bộ Khối Chính quyền huyện Dầu Tiếng",
        "left": ["ĐẢNG BỘ KHỐI CHÍNH QUYỀN", "HUYỆN DẦU TIẾNG", "CHI BỘ KHO BẠC NHÀ NƯỚC"],
        "send_to": ["Đảng ủy Khối Chính quyền huyện (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2015"],
        "number": 2,
        "type_code": "KH",
        "date": "2015-03-30",
        "place": "Dầu Tiếng",
        "legal_bases": [_BASE_CT10],
        "opening": "Sau Đại hội nhiệm kỳ 2015 – 2020, Chi bộ Kho bạc Nhà nước huyện Dầu Tiếng xây dựng lịch sinh "
        "hoạt chuyên đề năm 2015 như sau:",
        "aims": _AIMS,
        "rows": _P205_ROWS,
        "closing": _CLOSING,
        "topics": _P205_TOPICS,
        "targets": [],
        "secretary": _SON_205,
    },
    {
        "id": "206_chi_bo_doan_luat_su_lam_dong_2025",
        "half": "dev",
        "fmt": "odt",
        "layout": "o_speakers_table",
        "province": "Lâm Đồng",
        "source": "http://doanluatsulamdong.vn/content/dai-hoi-chi-bo-doan-luat-su-tinh-lam-dong-nhiem-ky-2025-2030.html",
        "source_says": "Đại hội Chi bộ Đoàn Luật sư tỉnh Lâm Đồng nhiệm kỳ 2025 – 2030; dự có ông Hoàng Xuân Hường, "
        "Phó Bí thư Đảng ủy UBND tỉnh, ông Trần Văn Thế, Đảng ủy viên, Phó trưởng Ban Tuyên giáo và Dân vận Đảng "
        "ủy; Luật sư Huỳnh Tho, Bí thư Chi bộ, Chủ nhiệm Đoàn Luật sư, khai mạc; Chi bộ có 17 đảng viên, thành "
        "lập theo Quyết định số 1572-QĐ/ĐUK ngày 26/7/2024; năm 2024 Đoàn thực hiện 1.202 vụ, việc, trợ giúp miễn "
        "phí 19 vụ án dân sự và 187 vụ, việc tư vấn.",
        "completed": [
            "the page gives the cell, its committee, its congress, its secretary, its 17 members and the guest "
            "Trần Văn Thế; the plan after the congress (topics from June 2025), its four topics, months, the other "
            "members named (deputy secretary, a committee member), the number and the date are completed; the guest "
            "is made the speaker of one meeting",
            "a table Thời gian – Chuyên đề – Báo cáo viên – Thành phần whose speakers mix a named member (“LS. "
            "Huỳnh Tho – …”), a member with “các đảng viên là Trưởng văn phòng luật sư” (not people), “Toàn thể Chi "
            "bộ; LS. … chuẩn bị đề dẫn” and a guest from the superior committee “(mời)” (a person in the truth); "
            "“LS.” before names (.odt)",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Đoàn Luật sư tỉnh Lâm Đồng",
        "committee_name": "Đảng bộ Ủy ban nhân dân tỉnh Lâm Đồng",
        "left": ["ĐẢNG BỘ ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "CHI BỘ ĐOÀN LUẬT SƯ"],
        "send_to": ["Đảng ủy UBND tỉnh (b/c)", "Ban Chủ nhiệm Đoàn Luật sư", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2025"],
        "number": 4,
        "type_code": "KH",
        "date": "2025-05-20",
        "place": "Đà Lạt",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Đoàn Luật sư tỉnh Lâm Đồng nhiệm kỳ 2025 – 2030;",
        ],
        "opening": "Chi bộ Đoàn Luật sư tỉnh Lâm Đồng (17 đảng viên) xây dựng kế hoạch sinh hoạt chuyên đề các tháng "
        "còn lại của năm 2025 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P206_TOPICS,
        "targets": [],
        "secretary": _THO,
    },
    {
        "id": "207_chi_bo_lang_chu_ko_ia_puch_2021",
        "half": "dev",
        "fmt": "txt",
        "layout": "o_excel_paste",
        "province": "Gia Lai",
        "source": "https://baogialai.com.vn/post-327172.html",
        "source_says": "(Báo Gia Lai) Bộ Chỉ huy BĐBP tỉnh phân công 49 đảng viên các đồn Biên phòng tham gia sinh "
        "hoạt chi bộ thôn; Thiếu tá Nguyễn Đăng Duẩn, Phó Đội trưởng Đội Vận động quần chúng Đồn Biên phòng Ia Púch "
        "(huyện Chư Prông), sinh hoạt tại Chi bộ làng Chư Kó, xã Ia Púch, phụ trách hộ chị Rơ Mah Bia (vườn điều 2 "
        "ha); bà Siu Bin là Bí thư Chi bộ kiêm Trưởng thôn Chư Kó.",
        "completed": [
            "the page gives the cell, its commune, its secretary and the border post officer who meets with it; the "
            "2021 plan, its four topics, months, the other members named (deputy secretary, women's leader), the "
            "number and the date are completed",
            "a text file: four typed lines, then the schedule copied from an Excel sheet — tab-separated columns "
            "STT, Thời gian, Chuyên đề, Người thực hiện, Ghi chú, every cell holding a line break wrapped in double "
            'quotes over two lines (“"Tháng 3/2021” / “(quý I)"”), a quote inside a cell doubled; notes below; '
            "lines end with CR LF as Notepad saves them, the breaks inside the pasted cells are bare LF",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ làng Chư Kó",
        "committee_name": "Đảng bộ xã Ia Púch",
        "number": 2,
        "type_code": "KH",
        "date": "2021-01-15",
        "place": "Ia Púch",
        "legal_bases": [],
        "above": [
            "ĐẢNG BỘ XÃ IA PÚCH - CHI BỘ LÀNG CHƯ KÓ",
            "Kế hoạch số 02-KH/CB, Ia Púch, ngày 15 tháng 01 năm 2021",
            "LỊCH SINH HOẠT CHUYÊN ĐỀ NĂM 2021",
            "(Chi bộ làng Chư Kó thống nhất tại kỳ sinh hoạt tháng 01/2021)",
        ],
        "columns": ["STT", "Thời gian", "Chuyên đề", "Người thực hiện", "Ghi chú"],
        "rows": _P207_ROWS,
        "below": [
            "Ghi chú: sinh hoạt tại nhà văn hóa làng; Đồn Biên phòng Ia Púch cử cán bộ dự các kỳ sinh hoạt.",
            "T/M Chi bộ - Bí thư: Siu Bin",
        ],
        "topics": _P207_TOPICS,
        "targets": [],
        "secretary": _BIN,
    },
    {
        "id": "208_chi_bo_khu_pho_chanh_nghia_8_thu_dau_mot_2026",
        "half": "dev",
        "fmt": "docx",
        "layout": "o_quarter_month_columns",
        "province": "TP Hồ Chí Minh",
        "source": "https://dantri.com.vn/thoi-su/chu-tich-hdnd-tphcm-trao-qua-tet-den-bi-thu-chi-bo-khu-pho-"
        "20260213100247803.htm",
        "source_says": "(Dân trí, 13/2/2026) Chủ tịch HĐND TPHCM Võ Văn Minh trao quà Tết cho 37 bí thư chi bộ khu "
        "phố, ấp của 20 xã, phường khu vực Bình Dương cũ; ông Đỗ Minh Quang (69 tuổi), Bí thư Chi bộ khu phố "
        "Chánh Nghĩa 8, đang ở nhiệm kỳ thứ 3 làm Bí thư Chi bộ.",
        "completed": [
            "the page gives the cell and its secretary (third term); the ward (Thủ Dầu Một, formed in 2025 in the "
            "Bình Dương area of TP Hồ Chí Minh) is taken as its committee; the 2026 plan, its four topics, months, "
            "the members named, the ward's deputy secretary as guest speaker, the number and the date are "
            "completed",
            "a table Nội dung chuyên đề – Quý – Kỳ sinh hoạt – Báo cáo viên – Người chuẩn bị: the quarter (“I” … "
            "“IV”) and the month (“Tháng 7”) in separate columns; the second meeting is written quarter II and "
            "July (a month outside its quarter, `conflicts: 1`, kept as written); a guest speaker from the ward "
            "committee; preparers partly “Chi ủy” and “các tổ trưởng tổ dân phố” (not people)",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ khu phố Chánh Nghĩa 8",
        "committee_name": "Đảng bộ phường Thủ Dầu Một",
        "left": ["ĐẢNG BỘ PHƯỜNG THỦ DẦU MỘT", "CHI BỘ KHU PHỐ CHÁNH NGHĨA 8"],
        "send_to": [
            "Đảng ủy phường Thủ Dầu Một (b/c)",
            "Ban điều hành khu phố",
            "Đảng viên Chi bộ",
        ],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-12",
        "place": "Thủ Dầu Một",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Chỉ thị số 50-CT/TW của Ban Bí thư về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt "
            "chi bộ trong giai đoạn mới;",
        ],
        "opening": "Chi bộ khu phố Chánh Nghĩa 8 xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
        "aims": _AIMS,
        "notes": [
            "Ghi chú: báo cáo viên là đồng chí Phó Bí thư Đảng ủy phường do Chi ủy mời; các kỳ sinh hoạt chuyên "
            "đề tổ chức tại hội trường khu phố, lúc 19 giờ 30.",
        ],
        "closing": _CLOSING,
        "topics": _P208_TOPICS,
        "targets": [],
        "secretary": _QUANG,
    },
    {
        "id": "209_chi_bo_phong_ky_thuat_cap_nuoc_thu_duc_2020",
        "half": "dev",
        "fmt": "scan",
        "layout": "o_scan_schedule",
        "province": "TP Hồ Chí Minh",
        "source": "http://www.capnuocthuduc.vn/tin-tuc/tin-doan-the/to-chuc-dai-hoi-cac-chi-bo-truc-thuoc-dang-bo-co-so-"
        "cong-ty-co-phan-cap-nuoc-thu-duc-nhiem-ky-2020--2022.html",
        "source_says": "(13/3/2020) Các chi bộ trực thuộc Đảng bộ cơ sở Công ty Cổ phần Cấp nước Thủ Đức tổ chức "
        "Đại hội nhiệm kỳ 2020-2022 trong tháng 03/2020; Đảng bộ có 81 đảng viên và 09 chi bộ trực thuộc; thực "
        "hiện Kế hoạch số 34-KH/ĐU của Đảng ủy công ty; các đại hội góp ý dự thảo văn kiện đại hội đảng bộ cấp "
        "trên và bầu chi ủy, bí thư, phó bí thư.",
        "completed": [
            "the page gives the company's committee, its nine cells and their congresses of March 2020 but names no "
            "cell; the technical department's cell is completed (its name, members, the plan, four topics, months, "
            "number and date)",
            "one printed page, scanned: a table STT – Thời gian – Chuyên đề – Phụ trách, a person and a body mixed "
            "in one cell (“Đ/c Trần Văn Hiệp và Tổ Quản lý mạng lưới”, “Đ/c Võ Tấn Thành; toàn thể đảng viên thảo "
            "luận”), times “Tháng 4/2020”, “Tháng 6/2020 (Quý II)”",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Phòng Kỹ thuật",
        "committee_name": "Đảng bộ Công ty Cổ phần Cấp nước Thủ Đức",
        "left": ["ĐẢNG BỘ CÔNG TY CỔ PHẦN", "CẤP NƯỚC THỦ ĐỨC", "CHI BỘ PHÒNG KỸ THUẬT"],
        "send_to": ["Đảng ủy Công ty (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        "number": 3,
        "type_code": "KH",
        "date": "2020-03-27",
        "place": "TP. Hồ Chí Minh",
        "legal_bases": [],
        "opening": "Sau Đại hội nhiệm kỳ 2020 – 2022, Chi bộ Phòng Kỹ thuật thống nhất lịch sinh hoạt chuyên đề năm "
        "2020 như sau:",
        "closing": [
            "Ghi chú: khi giãn cách phòng, chống dịch, Chi ủy có thể tổ chức sinh hoạt trực tuyến.",
        ],
        "topics": _P209_TOPICS,
        "targets": [],
        "secretary": _THANH_209,
    },
]
