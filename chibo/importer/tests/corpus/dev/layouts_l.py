"""Development batch 170–179: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the generic
helpers of ``common.py``. They vary what the earlier batches did little of: a list of titles and, apart
from it, a schedule table that names each topic only by its number ("Chuyên đề 2") with a chair and a
preparer written post first ("Trưởng thôn Vương Văn Đoàn"); the reverse, titles in the schedule and the
people in a later list by number; an agency cell's activity plan with many targets whose thematic
meetings are a few dash lines of one task, among dated tasks that are not meetings; an adjusted plan
whose reprinted table gives the new months and keeps the old ones in its note column (one meeting moved
into the next quarter); plain text copied from a PDF shown on a web page, its lines broken where the
PDF's lines ended, page footers in the middle; a scan of a table whose columns come person first
(“Đồng chí phụ trách – Nội dung – Thời gian”); a hamlet's table “Thời gian – Phân công – Nội dung” with
the chair and the preparer stacked in one cell (one month outside its quarter); a kindergarten's school
year by semester (“Học kỳ I (tháng 10)”), two people joined by “và” with their posts in brackets; a web
table pasted into a text editor, one cell per line; the minutes (BB) of the meeting that adopted the
year's topics, a draft changed in the discussion and the conclusion giving the final list. Times are
written as secretaries write them: “kỳ sinh hoạt thường kỳ tháng 3”, “cuối quý 2 (tháng 6)”, “đầu quý
III (tháng 7)”, “tháng 11 năm 2022 (quý IV)”, “Quý 3/2019 – T8”, “ngày 14/3/2023”. People carry
offices before their names (“Chánh Văn phòng …”, “Trưởng ấp …”, “Y tá …”, “Bác sĩ …”) and highland
names (H' Ngok Êban, Y Khem Mlô, A Đram, Y Hlên). Facts are in ``PLANS`` below (same keys as
``plans.py``); ``build.py`` merges both ``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from ..common import (
    BASE_HD12,
    Block,
    date_line,
    number_line,
    paras,
    section,
    typed_header,
)
from ..common import signed_sent as _sign
from ..common import typed_head as _head
from ..common import typed_top as _top
from ..facts import T, target
from ..facts import topic_with as _t


# ------------------------------------------------------------------------------------ helpers
# ------------------------------------------------------------------------------------ layouts
def numbered_refs(p: dict[str, Any]) -> list[Block]:
    """The titles as a numbered list (section II), then a schedule table whose rows name each topic
    only by its number, with the meeting in words and a chair and a preparer written post first."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ TRONG NĂM"))
    out += [("p", f"{i}. {t['title']}.") for i, t in enumerate(p["topics"], 1)]
    out.append(("h", "III. LỊCH SINH HOẠT VÀ PHÂN CÔNG"))
    rows = [
        [t["when"], f"Chuyên đề {i}", t["chair"], t["prep"]] for i, t in enumerate(p["topics"], 1)
    ]
    out.append(("table", ["Kỳ sinh hoạt", "Chuyên đề", "Chủ trì", "Chuẩn bị"], rows, "",
                (4.6, 2.4, 4.6, 4.4)))  # fmt: skip
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def people_by_number(p: dict[str, Any]) -> list[Block]:
    """A schedule STT – Thời gian – Nội dung chuyên đề with the titles and times ("Quý 3/2019 – T8"),
    then the people in a later section that refers to the rows by number ("Chuyên đề thứ 3: …")."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    rows = [[str(i), t["when"], t["title"]] for i, t in enumerate(p["topics"], 1)]
    out.append(("table", ["STT", "Thời gian", "Nội dung chuyên đề"], rows, "", (1.2, 3.6, 11.2)))
    out.append(("h", "III. PHÂN CÔNG CHUẨN BỊ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"- Chuyên đề thứ {i}: {t['assign']}."))
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def activity_tasks(p: dict[str, Any]) -> list[Block]:
    """An agency cell's activity plan: numbered targets, then tasks; the thematic meetings are dash
    lines of one task ("Nâng cao chất lượng sinh hoạt chi bộ"), among other tasks that carry dates too."""
    out = _top(p)
    out.append(("h", "I. MỤC TIÊU, CHỈ TIÊU"))
    out += [("p", f"{i}. {x}.") for i, x in enumerate(p["target_lines"], 1)]
    out.append(("h", "II. NHIỆM VỤ, GIẢI PHÁP"))
    for k, (head, lines) in enumerate(p["tasks"], 1):
        out.append(("p", f"{k}. {head}"))
        if lines == "MEETINGS":
            out.append(("p", p["meetings_intro"]))
            out += [("p", f"- {t['line']}") for t in p["topics"]]
        else:
            out += paras(lines)
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def adjusted_table(p: dict[str, Any]) -> list[Block]:
    """An adjusted plan: why the year's plan changes, then the whole table again with the new times,
    the old ones kept in the note column; columns Người thực hiện – Thời gian – Nội dung – Ghi chú."""
    out = _top(p)
    out.append(("h", "I. LÝ DO ĐIỀU CHỈNH"))
    out += paras(p["why"])
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ SAU ĐIỀU CHỈNH"))
    rows = [
        [str(i), t["who"], t["when"], t["title"], t["note"]] for i, t in enumerate(p["topics"], 1)
    ]
    out.append(("table", ["STT", "Người thực hiện", "Thời gian", "Nội dung chuyên đề", "Ghi chú"], rows, "",
                (1.0, 4.4, 2.6, 6.0, 2.6)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def _broken(text: str, width: int) -> list[str]:
    """A paragraph as a PDF viewer's copy gives it: broken where the PDF's lines ended."""
    return textwrap.wrap(text, width, break_long_words=False)


def pdf_web_copy(p: dict[str, Any]) -> list[Block]:
    """Plain text copied from a PDF shown on a commune's web page: the heading's two columns run
    together, every paragraph broken at the PDF's line ends (titles and times broken too), a page
    footer and the next page's number in the middle of the text."""
    lines: list[str] = [
        p["web_title"],
        "",
        f"{p['left'][0]} ĐẢNG CỘNG SẢN VIỆT NAM",
        p["left"][1],
        "*",
        f"{number_line(p)} {date_line(p)}",
        "",
        *p["title_lines"],
        "",
    ]
    body: list[str] = [
        *p["legal_bases"],
        p["opening"],
        "I. MỤC ĐÍCH, YÊU CẦU",
        *p["aims"],
        "II. NỘI DUNG",
    ]
    body += [t["para"] for t in p["topics"][:2]]
    widths = [
        58,
        63,
        54,
        61,
        57,
    ]  # the PDF's lines were justified: each paragraph breaks its own way
    for k, para in enumerate(body):
        lines += _broken(para, widths[k % len(widths)])
    lines += ["", "1/2", "", "2"]  # the footer of page 1, the page number of page 2
    for k, para in enumerate(
        [t["para"] for t in p["topics"][2:]] + ["III. TỔ CHỨC THỰC HIỆN", *p["closing"]]
    ):
        lines += _broken(para, widths[(k + 2) % len(widths)])
    lines += ["T/M CHI BỘ", "BÍ THƯ", "(Đã ký)", p["secretary"], "", p["web_foot"]]
    return paras(lines)


def scan_person_first(p: dict[str, Any]) -> list[Block]:
    """One page: a short heading, a table Đồng chí phụ trách – Nội dung chuyên đề – Thời gian (person
    first, two people on two lines of one cell, posts in brackets), three lines and the signature."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), ("p", p["opening"])]
    rows = [[t["who"], t["title"], t["when"]] for t in p["topics"]]
    out.append(("table", ["Đồng chí phụ trách", "Nội dung chuyên đề", "Thời gian"], rows, "",
                (5.0, 7.8, 3.2)))  # fmt: skip
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def phan_cong_table(p: dict[str, Any]) -> list[Block]:
    """A hamlet's table Thời gian – Phân công – Nội dung sinh hoạt chuyên đề: the people before the
    topic, the chair and the preparer stacked in one cell, each with a mark in brackets."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG"))
    rows = [[t["when"], "\n".join(t["who"]), t["title"]] for t in p["topics"]]
    out.append(("table", ["Thời gian", "Phân công", "Nội dung sinh hoạt chuyên đề"], rows, "",
                (3.6, 5.4, 7.0)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def semesters_va(p: dict[str, Any]) -> list[Block]:
    """A kindergarten's school year: topics numbered in one paragraph each, "Học kỳ I (tháng 10)", the
    people after "Đồng chí phụ trách:", two joined by "và", their posts in brackets."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG VÀ THỜI GIAN"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. {t['when']}: “{t['title']}”. Đồng chí phụ trách: {t['who']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def web_cells(p: dict[str, Any]) -> list[Block]:
    """A plan read on the school's web page and pasted into a text editor: the heading as plain lines,
    the table come apart into one cell per line with empty lines between them."""
    lines: list[str] = [*p["left"], number_line(p), date_line(p), "", *p["title_lines"], ""]
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += ["II. LỊCH SINH HOẠT CHUYÊN ĐỀ", ""]
    cells = ["TT", "Thời gian", "Nội dung chuyên đề", "Người thực hiện", "Ghi chú"]
    for i, t in enumerate(p["topics"], 1):
        cells += [str(i), t["when"], t["title"], t["who"], t["note"]]
    for c in cells:
        lines += [c, ""]
    lines += [
        "III. TỔ CHỨC THỰC HIỆN",
        *p["closing"],
        "",
        "T/M CHI BỘ",
        "BÍ THƯ",
        "",
        p["secretary"],
    ]
    return paras(lines)


def minutes(p: dict[str, Any]) -> list[Block]:
    """The minutes (BB) of the cell's meeting that adopted the year's topics: time, place, members,
    the secretary's draft (titles and quarters), the discussion that changes one time and adds people,
    and the conclusion giving the final list; signed by the chair and the clerk."""
    head = typed_header(p["left"], "", date_line(p))
    out: list[Block] = [head, ("title", p["title_lines"])]
    out += paras(p["frame"])
    out.append(("h", "I. NỘI DUNG"))
    out.append(("p", p["draft_intro"]))
    out += [("p", f"+ {t['draft']}") for t in p["topics"]]
    out.append(("h", "II. Ý KIẾN THẢO LUẬN"))
    out += paras(p["discussion"])
    out.append(("h", "III. KẾT LUẬN"))
    out.append(("p", p["conclusion_intro"]))
    out += [("p", f"- {t['final']}") for t in p["topics"]]
    out += paras(p["closing"])
    out.append(
        (
            "sign",
            ["THƯ KÝ", "", "", "", p["clerk"]],
            ["CHỦ TRÌ", "BÍ THƯ CHI BỘ", "", "", p["secretary"]],
        )
    )
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "l_numbered_refs": numbered_refs,
    "l_people_by_number": people_by_number,
    "l_activity_tasks": activity_tasks,
    "l_adjusted_table": adjusted_table,
    "l_pdf_web_copy": pdf_web_copy,
    "l_scan_person_first": scan_person_first,
    "l_phan_cong_table": phan_cong_table,
    "l_semesters_va": semesters_va,
    "l_web_cells": web_cells,
    "l_minutes": minutes,
}


# -------------------------------------------------------------------------------------- plans
_AIMS = [
    "- Nâng cao chất lượng sinh hoạt chi bộ; nội dung chuyên đề sát với tình hình thực tế của đơn vị.",
    "- Đảng viên được phân công chuẩn bị chu đáo; mỗi chuyên đề có kết luận, giao việc cụ thể.",
]
_CLOSING = [
    "- Chi ủy đôn đốc việc chuẩn bị, thông báo thời gian cụ thể trước mỗi kỳ sinh hoạt.",
    "- Đảng viên nghiên cứu tài liệu, tham gia ý kiến; kết quả báo cáo cấp ủy cấp trên.",
]

# 170 — thôn 6, xã Đông (Gia Lai)
_DOAN, _THUONG, _HA_170, _HYU, _HUNG_170 = (
    "Vương Văn Đoàn",
    "Đinh Văn Thương",
    "Nguyễn Thị Thu Hà",
    "Đinh Văn Hyu",
    "Lê Văn Hùng",
)
_P170_TOPICS = [
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về đoàn kết các dân tộc trong thôn", 1, 3,
       [_DOAN, _THUONG], when="Kỳ sinh hoạt thường kỳ tháng 3",
       chair="Bí thư Chi bộ, Trưởng thôn Vương Văn Đoàn", prep="Phó Bí thư Đinh Văn Thương"),
    _t("Công tác tạo nguồn, bồi dưỡng quần chúng ưu tú để giới thiệu kết nạp vào Đảng", 2, 6, [_DOAN, _HA_170],
       when="Cuối quý 2 (tháng 6)", chair="Bí thư Chi bộ Vương Văn Đoàn",
       prep="Chi hội trưởng Phụ nữ Nguyễn Thị Thu Hà"),
    _t("Vận động bà con chăm sóc, bón phân cho mía, mì, lúa; chủ động phòng, chống dịch bệnh hại cây trồng, "
       "vật nuôi", 3, 7, [_THUONG, _HYU], when="Đầu quý III (tháng 7)", chair="Phó Bí thư Đinh Văn Thương",
       prep="Trưởng ban công tác Mặt trận Đinh Văn Hyu"),
    _t("Làm tốt công tác tôn giáo, giữ vững an ninh chính trị, trật tự an toàn xã hội ở thôn", 4, 11,
       [_DOAN, _HUNG_170], when="Tháng 11 năm 2022 (quý IV)", chair="Bí thư Chi bộ, Trưởng thôn Vương Văn Đoàn",
       prep="Công an viên Lê Văn Hùng"),
]  # fmt: skip

# 171 — buôn Sut M'Đưng, xã Cư Suê (Đắk Lắk)
_NGOK, _KHEM, _LOAN, _THUOL = "H' Ngok Êban", "Y Khem Mlô", "H' Loan Niê", "Y Thuôl Êban"
_P171_TOPICS = [
    _t("Nâng cao vai trò của đảng viên trong vận động đồng bào Ê Đê xóa bỏ hủ tục lạc hậu", 1, 3, [_NGOK, _KHEM],
       when="Quý 1/2019 – T3",
       assign="đ/c H' Ngok Êban (Bí thư Chi bộ) chủ trì; đ/c Y Khem Mlô (Trưởng buôn) chuẩn bị đề cương"),
    _t("Phối hợp với các đội hình thanh niên tình nguyện hè làm đường bê tông, mương thoát nước trong buôn", 2, 5,
       [_THUOL], when="Quý 2/2019 – T5", assign="đ/c Y Thuôl Êban (Bí thư Chi đoàn) chuẩn bị và trình bày"),
    _t("Vận động các hộ chăm sóc, bón phân cho cà phê đúng kỹ thuật, tăng thu nhập", 3, 8, [_LOAN, _KHEM],
       when="Quý 3/2019 – T8",
       assign="đ/c H' Loan Niê (Chi hội trưởng Phụ nữ) chủ trì, đ/c Y Khem Mlô tham gia chuẩn bị"),
    _t("Xây dựng buôn văn hóa, giữ gìn bản sắc văn hóa dân tộc Ê Đê", 4, 11, [_NGOK],
       when="Quý 4/2019 – T11", assign="đ/c H' Ngok Êban chủ trì, báo cáo đề dẫn"),
]  # fmt: skip

# 172 — Chi bộ Liên minh HTX tỉnh Đắk Nông
_KHAI, _THAM, _NGUYET, _LUC = "Nguyễn Khải", "Bùi Hoa Thám", "Trần Thị Minh Nguyệt", "Phạm Văn Lực"
_P172_TOPICS = [
    _t("Xây dựng mô hình HTX điểm xuyên suốt nhiệm kỳ IV Chi bộ Liên minh HTX", 1, 3, [_KHAI, _THAM],
       line="Ngày 14/3/2023: sinh hoạt chuyên đề “Xây dựng mô hình HTX điểm xuyên suốt nhiệm kỳ IV Chi bộ Liên "
       "minh HTX”; đồng chí Bí thư Nguyễn Khải quán triệt, đồng chí Phó Bí thư Bùi Hoa Thám dẫn đề."),
    _t("Nâng cao chất lượng tư vấn, hỗ trợ thành lập mới hợp tác xã nông nghiệp", 2, 6, [_NGUYET],
       line="Tháng 6/2023 (quý II): chuyên đề “Nâng cao chất lượng tư vấn, hỗ trợ thành lập mới hợp tác xã nông "
       "nghiệp”; Chánh Văn phòng Trần Thị Minh Nguyệt chuẩn bị."),
    _t("Học tập và làm theo Bác về phong cách làm việc sâu sát cơ sở", 3, 9, [_LUC, _THAM],
       line="Quý 3/2023 – T9: chuyên đề “Học tập và làm theo Bác về phong cách làm việc sâu sát cơ sở”; Trưởng "
       "ban Kiểm tra Phạm Văn Lực + Phó Bí thư Bùi Hoa Thám."),
    _t("Đảng viên gương mẫu thực hiện Luật Hợp tác xã năm 2023", 4, 11, [_KHAI],
       line="Tháng 11 năm 2023 (quý IV): chuyên đề “Đảng viên gương mẫu thực hiện Luật Hợp tác xã năm 2023”; "
       "Bí thư Chi bộ Nguyễn Khải trình bày."),
]  # fmt: skip

# 173 — Chi bộ cơ sở Công ty TNHH Long Fa (Bình Phước)
_UONG, _TUNG_173, _NGOC_173, _LOI = (
    "Lê Văn Uông",
    "Nguyễn Thanh Tùng",
    "Trần Thị Bích Ngọc",
    "Phạm Văn Lợi",
)
_P173_TOPICS = [
    _t("Quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng",
       1, 3, [_UONG], who="Lê Văn Uông (Bí thư Chi bộ)", when="Tháng 3/2025", note="Đã thực hiện"),
    _t("Vai trò của đảng viên trong xây dựng quan hệ lao động hài hòa, ổn định tại doanh nghiệp", 2, 6,
       [_NGOC_173, _LOI], who="Trần Thị Bích Ngọc (Chủ tịch Công đoàn) + Phạm Văn Lợi (Tổ trưởng sản xuất)",
       when="Tháng 6/2025", note="Điều chỉnh từ tháng 5/2025"),
    _t("Học tập và làm theo Bác về thực hành tiết kiệm, chống lãng phí trong sản xuất", 4, 10, [_TUNG_173],
       who="Nguyễn Thanh Tùng (Phó Bí thư, Trưởng phòng Nhân sự)", when="Tháng 10/2025",
       note="Lùi từ tháng 9/2025 (quý III) sang quý IV"),
    _t("Công tác phát triển đảng viên là công nhân trực tiếp sản xuất", 4, 11, [_UONG, _TUNG_173],
       who="Lê Văn Uông (Bí thư Chi bộ) + Nguyễn Thanh Tùng (Phó Bí thư)", when="Tháng 11/2025",
       note="Giữ nguyên"),
]  # fmt: skip

# 174 — thôn Kon Gu 1, xã Ngọc Wang (Kon Tum)
_DRAM, _HLEN, _THUAN = "A Đram", "Y Hlên", "A Thuận"
_P174_TOPICS = [
    _t("Thực hiện Nghị quyết 04 của Tỉnh ủy về xây dựng các xã đặc biệt khó khăn gắn với kết nghĩa cùng lực "
       "lượng vũ trang huyện", 1, 3, [_DRAM],
       para="- Quý I, kỳ sinh hoạt thường kỳ tháng 3/2021: chuyên đề “Thực hiện Nghị quyết 04 của Tỉnh ủy về xây "
       "dựng các xã đặc biệt khó khăn gắn với kết nghĩa cùng lực lượng vũ trang huyện”; Trưởng thôn A Đram, Bí "
       "thư Chi bộ chuẩn bị."),
    _t("Vận động đồng bào Xơ Đăng bỏ tập quán lạc hậu, không nghe theo tà đạo “Hà Mòn”", 2, 5, [_DRAM, _HLEN],
       para="- Quý II, kỳ sinh hoạt thường kỳ tháng 5: chuyên đề “Vận động đồng bào Xơ Đăng bỏ tập quán lạc hậu, "
       "không nghe theo tà đạo “Hà Mòn””; đồng chí A Đram chủ trì, đồng chí Y Hlên, Chi hội trưởng Phụ nữ chuẩn "
       "bị tài liệu."),
    _t("Phát triển kinh tế hộ gia đình, trồng xen sâm dây trong vườn cà phê", 3, 7, [_THUAN],
       para="- Đầu quý III (tháng 7): chuyên đề “Phát triển kinh tế hộ gia đình, trồng xen sâm dây trong vườn cà "
       "phê”; đồng chí A Thuận, Bí thư Chi đoàn chuẩn bị."),
    _t("Học tập và làm theo Bác về đoàn kết các dân tộc, giữ gìn an ninh trật tự trong thôn", 4, 12,
       [_HLEN, _DRAM],
       para="- Cuối quý IV (tháng 12/2021): chuyên đề “Học tập và làm theo Bác về đoàn kết các dân tộc, giữ gìn an "
       "ninh trật tự trong thôn”; đồng chí Y Hlên và đồng chí A Đram chuẩn bị."),
]  # fmt: skip

# 175 — Chi bộ Định Thọ 2, phường Phước Ninh (Đà Nẵng)
_MAU, _THONG, _HOA_175, _NHAN = "Nguyễn Thị Mậu", "Trần Văn Thông", "Lê Thị Hoa", "Phan Văn Nhân"
_P175_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Đảng bộ phường và kế hoạch đại hội chi bộ nhiệm kỳ 2025 – 2027", 1, 3,
       [_MAU], who="Nguyễn Thị Mậu (Bí thư Chi bộ)", when="Quý 1/2025 – T3"),
    _t("Vận động nhân dân giữ gìn vệ sinh môi trường, xây dựng khu dân cư văn minh đô thị", 2, 5, [_THONG, _HOA_175],
       who="Trần Văn Thông (Tổ trưởng tổ dân phố)\nLê Thị Hoa (Chi hội trưởng Phụ nữ)", when="Quý 2/2025 – T5"),
    _t("Học tập và làm theo Bác về trách nhiệm nêu gương của đảng viên nơi cư trú", 3, 8, [_NHAN],
       who="Phan Văn Nhân (Trưởng Ban công tác Mặt trận)", when="Quý 3/2025 – T8"),
    _t("Phát huy vai trò Ban công tác Mặt trận trong Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư", 4, 11,
       [_NHAN, _MAU], who="Phan Văn Nhân (Trưởng Ban công tác Mặt trận)\nNguyễn Thị Mậu (Bí thư Chi bộ)",
       when="Ngày 14/11/2025 (quý IV)"),
]  # fmt: skip

# 176 — ấp 4, xã Mỹ Bình (Long An)
_DONG_176, _THOA, _PHUC_176, _SANG_176 = (
    "Lê Văn Đồng",
    "Võ Thị Kim Thoa",
    "Nguyễn Hoàng Phúc",
    "Trần Văn Sang",
)
_P176_TOPICS = [
    _t("Vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn trong ấp", 1, 3, [_DONG_176, _SANG_176],
       when="Kỳ sinh hoạt tháng 3 (quý I)", who=["Trưởng ấp Lê Văn Đồng (chủ trì)", "Đ/c Trần Văn Sang (chuẩn bị)"]),
    _t("Phòng, chống tội phạm và tệ nạn ma túy trong thanh thiếu niên ở ấp", 2, 6, [_PHUC_176],
       when="Cuối quý 2 (tháng 6)", who=["Công an viên Nguyễn Hoàng Phúc (chủ trì, chuẩn bị)"]),
    _t("Học tập và làm theo Bác về gần dân, trọng dân, hết lòng vì dân", 3, 10, [_DONG_176, _THOA],
       when="Quý III – kỳ sinh hoạt tháng 10", conflict=True,
       who=["Trưởng ấp Lê Văn Đồng (chủ trì)", "Chi hội trưởng Phụ nữ Võ Thị Kim Thoa (chuẩn bị)"]),
    _t("Tổng kết công tác vận động xây dựng ấp văn hóa, nông thôn mới nâng cao", 4, 12, [_SANG_176],
       when="Tháng 12/2023 (quý IV)", who=["Bí thư Chi bộ Trần Văn Sang (chủ trì, chuẩn bị)"]),
]  # fmt: skip

# 177 — Trường MN Hoa Hướng Dương, phường Thiện An (Đắk Lắk)
_HA_177, _LE, _DUNG_177, _YAM = "Phạm Thị Thu Hà", "Nguyễn Thị Lệ", "Lê Thị Mỹ Dung", "H' Yâm Byă"
_P177_TOPICS = [
    _t("Đưa Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022 vào nhiệm vụ năm học", 4, 10, [_HA_177, _LE],
       when="Học kỳ I (tháng 10)", who="Phạm Thị Thu Hà (Bí thư, Hiệu trưởng) và Nguyễn Thị Lệ (Phó Hiệu trưởng)"),
    _t("Xây dựng trường mầm non lấy trẻ làm trung tâm", 4, 12, [_DUNG_177],
       when="Học kỳ I – tháng 12/2020", who="Lê Thị Mỹ Dung (Tổ trưởng chuyên môn)"),
    _t("Học tập và làm theo Bác về yêu thương trẻ như con, tận tụy với nghề", 1, 3, [_YAM, _HA_177],
       when="Học kỳ II (tháng 3/2021)", who="H' Yâm Byă (giáo viên) và Phạm Thị Thu Hà (Hiệu trưởng)"),
    _t("Tăng cường tiếng Việt cho trẻ em người dân tộc thiểu số trong trường mầm non", 2, 5, [_YAM],
       when="Cuối năm học (tháng 5/2021)", who="H' Yâm Byă (giáo viên lớp Lá)"),
]  # fmt: skip

# 178 — Trường MN Phường 2 (Ngã Năm, Sóc Trăng)
_HAN, _DIEM, _XUYEN = "Lý Thị Ngọc Hân", "Trần Thị Diễm", "Trịnh Thị Kim Xuyến"
_P178_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", 1, 3, [_HAN],
       when="Tháng 3/2021", who="Cô Lý Thị Ngọc Hân (Bí thư, Hiệu trưởng)", note="Quý I"),
    _t("Phòng, chống dịch COVID-19, bảo đảm an toàn cho trẻ trong nhà trường", 2, 5, [_DIEM, _HAN],
       when="Tháng 5/2021", who="Y tá Trần Thị Diễm, cô Lý Thị Ngọc Hân", note="Quý II"),
    _t("Học tập và làm theo Bác về xây dựng đội ngũ giáo viên mầm non tận tụy, sáng tạo", 3, 9, [_XUYEN],
       when="Tháng 9/2021", who="Cô Trịnh Thị Kim Xuyến (Phó Hiệu trưởng)", note="Quý III"),
    _t("Bảo đảm an toàn thực phẩm và phòng, chống suy dinh dưỡng cho trẻ", 4, 11, [_DIEM],
       when="Tháng 11/2021", who="Y tá Trần Thị Diễm", note="Quý IV"),
]  # fmt: skip

# 179 — ấp Xóm Mới 1, xã Trí Bình (Tây Ninh)
_NGHIA, _HAU, _BICH, _NGAN = "Trần Văn Nghĩa", "Võ Văn Hậu", "Lê Thị Ngọc Bích", "Nguyễn Văn Ngần"
_P179_TOPICS = [
    _t("Phát huy vai trò tổ dân cư tự quản trong giữ gìn an ninh trật tự ở ấp", 1, 3, [_NGHIA, _NGAN],
       draft="Quý 1/2023: “Phát huy vai trò tổ dân cư tự quản trong giữ gìn an ninh trật tự ở ấp”;",
       final="Chuyên đề 1 – Quý 1/2023 (tháng 3): “Phát huy vai trò tổ dân cư tự quản trong giữ gìn an ninh trật "
       "tự ở ấp”; chủ trì: đ/c Bí thư Trần Văn Nghĩa; chuẩn bị: đ/c Nguyễn Văn Ngần, Tổ trưởng tổ dân cư tự quản "
       "số 3."),
    _t("Phòng, chống sốt xuất huyết và bệnh tay chân miệng trong cộng đồng", 2, 5, [_BICH],
       draft="Quý 2/2023: “Phòng, chống sốt xuất huyết và bệnh tay chân miệng trong cộng đồng”;",
       final="Chuyên đề 2 – kỳ sinh hoạt thường kỳ tháng 5: “Phòng, chống sốt xuất huyết và bệnh tay chân miệng "
       "trong cộng đồng”; Bác sĩ Lê Thị Ngọc Bích chuẩn bị và trình bày."),
    _t("Học tập và làm theo Bác về trách nhiệm nêu gương của đảng viên nơi cư trú", 3, 9, [_NGHIA, _HAU],
       draft="Quý 3/2023 – T8: “Học tập và làm theo Bác về trách nhiệm nêu gương của đảng viên nơi cư trú”;",
       final="Chuyên đề 3 – ngày 15/9/2023 (quý III): “Học tập và làm theo Bác về trách nhiệm nêu gương của đảng "
       "viên nơi cư trú”; chủ trì: đ/c Trần Văn Nghĩa; chuẩn bị: Trưởng ấp Võ Văn Hậu."),
    _t("Xây dựng ấp đạt chuẩn khu dân cư nông thôn mới kiểu mẫu", 4, 11, [_HAU],
       draft="Quý 4/2023: “Xây dựng ấp đạt chuẩn khu dân cư nông thôn mới kiểu mẫu”.",
       final="Chuyên đề 4 – tháng 11 năm 2023 (quý IV): “Xây dựng ấp đạt chuẩn khu dân cư nông thôn mới kiểu "
       "mẫu”; Trưởng ấp Võ Văn Hậu chuẩn bị."),
]  # fmt: skip

PLANS: list[T] = [
    {
        "id": "170_chi_bo_thon_6_xa_dong_kbang_2022",
        "half": "dev",
        "fmt": "docx",
        "layout": "l_numbered_refs",
        "province": "Gia Lai",
        "source": "https://baogialai.com.vn/channel/12375/202209/pho-chu-tich-ubnd-tinh-kpa-thuyen-du-sinh-hoat-chi-"
        "bo-thon-6-5789313/",
        "source_says": "Sáng 6-9-2022, Phó Chủ tịch UBND tỉnh Kpă Thuyên dự sinh hoạt Chi bộ thôn 6 (xã Đông, huyện "
        "Kbang); Bí thư Chi bộ kiêm Trưởng thôn 6 Vương Văn Đoàn báo cáo tình hình tháng 8 (bà con chăm sóc, bón "
        "phân cho mía, mì, lúa, phòng dịch bệnh cây trồng, vật nuôi; công tác tôn giáo; an ninh trật tự) và đề nghị "
        "các hội, đoàn thể theo dõi đoàn viên, hội viên ưu tú để bồi dưỡng, kết nạp vào Đảng.",
        "completed": [
            "the page gives the cell, its secretary (also head of the village), its commune and the work it spoke "
            "of in August 2022; the year's plan, its four topics (taken from that work), months, the other people, "
            "the number and the date are completed",
            "section II lists the titles by number only; section III is a table Kỳ sinh hoạt – Chuyên đề – Chủ trì "
            "– Chuẩn bị naming each topic only as “Chuyên đề N”, the times in words (“Kỳ sinh hoạt thường kỳ tháng "
            "3”, “Cuối quý 2 (tháng 6)”, “Đầu quý III (tháng 7)”, “Tháng 11 năm 2022 (quý IV)”), the people post "
            "first (“Bí thư Chi bộ, Trưởng thôn Vương Văn Đoàn”); the truth lists the chair first, then the "
            "preparer",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ thôn 6",
        "committee_name": "Đảng bộ xã Đông",
        "left": ["ĐẢNG BỘ XÃ ĐÔNG", "CHI BỘ THÔN 6"],
        "send_to": ["Đảng ủy xã Đông (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2022"],
        "number": 2,
        "type_code": "KH",
        "date": "2022-01-12",
        "place": "Đông",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ thôn 6 năm 2022;"],
        "opening": "Chi bộ thôn 6, xã Đông xây dựng kế hoạch sinh hoạt chuyên đề năm 2022, mỗi quý một chuyên đề, "
        "như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P170_TOPICS,
        "targets": [],
        "secretary": _DOAN,
    },
    {
        "id": "171_chi_bo_buon_sut_mdung_cu_sue_2019",
        "half": "dev",
        "fmt": "odt",
        "layout": "l_people_by_number",
        "province": "Đắk Lắk",
        "source": "http://vov4.vov.vn/Mnong/Chuyen-muc/nau-kan-druh-ndam-kol-kan-yan-mih-ngan-ngen-lon-c168-"
        "271145.aspx",
        "source_says": "(VOV4, tiếng M'nông, 23/8/2019) Bà H' Ngok Êban, Bí thư Chi bộ buôn Sut M'Đưng, xã Cư Suê, "
        "huyện Cư M'gar, tỉnh Đắk Lắk kể về các đội thanh niên tình nguyện hè: năm 2017 họ làm 800 m mương thoát "
        "nước và 1.500 m đường bê tông trong buôn, hướng dẫn bà con bón phân cho cà phê.",
        "completed": [
            "the page gives the cell, its secretary, its commune and district and the summer volunteers' work; the "
            "2019 plan, its four topics (two from that work), months, the other members (Ê Đê names), the number "
            "and the date are completed",
            "a table STT – Thời gian – Nội dung chuyên đề with the titles and times “Quý 3/2019 – T8”; the people "
            "only in section III, which names each topic by its row (“Chuyên đề thứ 3: đ/c H' Loan Niê (Chi hội "
            "trưởng Phụ nữ) chủ trì, đ/c Y Khem Mlô tham gia chuẩn bị”) (.odt)",
        ],
        "kind": "thematic",
        "year": 2019,
        "cell_name": "Chi bộ buôn Sut M'Đưng",
        "committee_name": "Đảng bộ xã Cư Suê",
        "left": ["ĐẢNG BỘ XÃ CƯ SUÊ", "CHI BỘ BUÔN SUT M'ĐƯNG"],
        "send_to": ["Đảng ủy xã Cư Suê (b/c)", "Các đồng chí đảng viên"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề của Chi bộ năm 2019"],
        "number": 1,
        "type_code": "KH",
        "date": "2019-01-08",
        "place": "Cư Suê",
        "legal_bases": [BASE_HD12],
        "opening": "Thực hiện Nghị quyết của Đảng ủy xã Cư Suê năm 2019, Chi bộ buôn Sut M'Đưng xây dựng kế hoạch "
        "sinh hoạt chuyên đề như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P171_TOPICS,
        "targets": [],
        "secretary": _NGOK,
    },
    {
        "id": "172_chi_bo_lien_minh_htx_dak_nong_2023",
        "half": "dev",
        "fmt": "doc",
        "layout": "l_activity_tasks",
        "province": "Đắk Nông",
        "source": "https://lmhtxdaknong.vn/2023/03/20/chi-bo-lien-minh-htx-tinh-dak-nong-to-chuc-sinh-hoat-chuyen-de/",
        "source_says": "Thực hiện Nghị quyết Chi bộ năm 2023 và Nghị quyết tháng 3/2023, ngày 14/3/2023 Chi bộ Liên "
        "minh HTX tỉnh (Đắk Nông) sinh hoạt chuyên đề “Xây dựng mô hình HTX điểm xuyên suốt nhiệm kỳ IV Chi bộ "
        "Liên minh HTX”; đồng chí Nguyễn Khải, Bí thư Chi bộ, quán triệt; đồng chí Bùi Hoa Thám, Phó Bí thư, dẫn đề.",
        "completed": [
            "the page gives the cell, its secretary and deputy and the March 2023 meeting (date, title, who "
            "opened and who introduced it); the year's activity plan, its targets, its tasks, the other three "
            "topics and their people, the superior committee, the number and the date are completed",
            "an activity plan with eight numbered targets and six tasks; the thematic meetings are dash lines of "
            "task 3 only (“Ngày 14/3/2023: …”, “Tháng 6/2023 (quý II): …”, “Quý 3/2023 – T9: …”, “Tháng 11 năm "
            "2023 (quý IV): …”), with people as “Chánh Văn phòng Trần Thị Minh Nguyệt”, two joined by “+”; other "
            "tasks carry months too and are not meetings (.doc)",
        ],
        "kind": "activity",
        "year": 2023,
        "cell_name": "Chi bộ Liên minh HTX tỉnh Đắk Nông",
        "committee_name": "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Đắk Nông",
        "left": [
            "ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH ĐẮK NÔNG",
            "CHI BỘ LIÊN MINH HTX TỈNH",
        ],
        "send_to": ["Đảng ủy Khối (b/c)", "Lãnh đạo Liên minh HTX tỉnh", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Hoạt động của Chi bộ năm 2023"],
        "number": 5,
        "type_code": "KH",
        "date": "2023-02-06",
        "place": "Gia Nghĩa",
        "legal_bases": ["Căn cứ Nghị quyết Chi bộ Liên minh HTX tỉnh năm 2023;"],
        "opening": "Chi bộ Liên minh HTX tỉnh Đắk Nông xây dựng kế hoạch hoạt động năm 2023 như sau:",
        "target_lines": [
            "Chi bộ đạt “Hoàn thành tốt nhiệm vụ” trở lên",
            "100% đảng viên hoàn thành tốt nhiệm vụ trở lên",
            "100% đảng viên học tập, quán triệt đầy đủ các nghị quyết, chỉ thị của Đảng",
            "Tư vấn, hỗ trợ thành lập mới 10 hợp tác xã",
            "Hỗ trợ 05 hợp tác xã xây dựng mô hình HTX điểm",
            "Giới thiệu 01 quần chúng ưu tú để kết nạp vào Đảng",
            "Cơ quan đạt danh hiệu “Cơ quan văn hóa”",
            "Không có đảng viên vi phạm kỷ luật",
        ],
        "tasks": [
            (
                "Công tác chính trị, tư tưởng",
                [
                    "- Tháng 2/2023: tổ chức học tập, quán triệt các nghị quyết, chỉ thị mới của Trung ương, của Tỉnh "
                    "ủy.",
                    "- Nắm tình hình tư tưởng của đảng viên, người lao động; kịp thời định hướng.",
                ],
            ),
            (
                "Công tác chuyên môn của cơ quan",
                [
                    "- Quý II/2023: khảo sát các hợp tác xã có khả năng xây dựng mô hình điểm ở các huyện.",
                    "- Tháng 10/2023: tổ chức hội nghị biểu dương các hợp tác xã tiêu biểu.",
                ],
            ),
            ("Nâng cao chất lượng sinh hoạt chi bộ", "MEETINGS"),
            (
                "Công tác kiểm tra, giám sát",
                ["- Tháng 8/2023: kiểm tra việc thực hiện nhiệm vụ đảng viên của 02 đồng chí."],
            ),
            (
                "Công tác phát triển đảng viên",
                [
                    "- Phân công đảng viên giúp đỡ quần chúng ưu tú; hoàn thành hồ sơ trong quý III/2023."
                ],
            ),
            (
                "Lãnh đạo các đoàn thể",
                [
                    "- Lãnh đạo Công đoàn, Chi đoàn thực hiện tốt phong trào thi đua; tháng 12/2023 tổng kết."
                ],
            ),
        ],  # fmt: skip
        "meetings_intro": "- Duy trì sinh hoạt thường kỳ vào ngày 05 hằng tháng; sinh hoạt chuyên đề mỗi quý một "
        "lần như sau:",
        "closing": [
            "- Chi ủy phân công chi ủy viên theo dõi từng nhiệm vụ; sơ kết 6 tháng, tổng kết cuối năm.",
            "- Đảng viên được phân công chuẩn bị chuyên đề gửi đề cương cho Chi ủy trước 05 ngày.",
        ],
        "topics": _P172_TOPICS,
        "targets": [
            target("Chi bộ đạt “Hoàn thành tốt nhiệm vụ” trở lên", "yes_no"),
            target("100% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target(
                "100% đảng viên học tập, quán triệt đầy đủ các nghị quyết, chỉ thị của Đảng",
                "percent",
                100,
            ),
            target("Tư vấn, hỗ trợ thành lập mới 10 hợp tác xã", "count", 10),
            target("Hỗ trợ 05 hợp tác xã xây dựng mô hình HTX điểm", "count", 5),
            target("Giới thiệu 01 quần chúng ưu tú để kết nạp vào Đảng", "count", 1),
            target("Cơ quan đạt danh hiệu “Cơ quan văn hóa”", "yes_no"),
            target("Không có đảng viên vi phạm kỷ luật", "yes_no"),
        ],
        "secretary": _KHAI,
    },
    {
        "id": "173_chi_bo_cong_ty_long_fa_chon_thanh_2025",
        "half": "dev",
        "fmt": "docx",
        "layout": "l_adjusted_table",
        "province": "Bình Phước",
        "source": "https://baomoi.net.vn/binh-phuoc-phu-song-chi-bo-o-doanh-nghiep-fdi-c50155930.epi",
        "source_says": "Sáng 12/9, tại Khu công nghiệp Minh Hưng III (phường Minh Hưng, thị xã Chơn Thành), Đảng ủy "
        "Khối cơ quan và Doanh nghiệp tỉnh Bình Phước công bố quyết định thành lập Chi bộ cơ sở Công ty TNHH Long "
        "Fa, chi bộ thứ hai trong doanh nghiệp FDI của tỉnh; chi bộ có 20 đảng viên, ông Lê Văn Uông được chỉ định "
        "làm Bí thư.",
        "completed": [
            "the page gives the cell, its committee, its 20 members and its secretary (the page gives the day, not "
            "the year); the cell's 2025 plan, its adjustment in May 2025 (before the province was merged), the four "
            "topics, months, the other people, the numbers and the date are completed",
            "an adjusted plan (“Điều chỉnh Kế hoạch số 03-KH/CB”): the reasons, then the whole table again with the "
            "columns STT – Người thực hiện – Thời gian – Nội dung chuyên đề – Ghi chú; the time column gives the new "
            "months, the note the old ones (“Điều chỉnh từ tháng 5/2025”, “Lùi từ tháng 9/2025 (quý III) sang quý "
            "IV”); the truth keeps the new times (one meeting moved into quarter IV); people with posts in brackets, "
            "two joined by “+”",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ cơ sở Công ty TNHH Long Fa",
        "committee_name": "Đảng bộ Khối cơ quan và Doanh nghiệp tỉnh Bình Phước",
        "left": [
            "ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH BÌNH PHƯỚC",
            "CHI BỘ CƠ SỞ CÔNG TY TNHH LONG FA",
        ],
        "send_to": ["Đảng ủy Khối (b/c)", "Ban Giám đốc Công ty", "Đảng viên Chi bộ"],
        "title_lines": [
            "KẾ HOẠCH",
            "Điều chỉnh Kế hoạch số 03-KH/CB ngày 10/01/2025 về sinh hoạt chuyên đề năm 2025",
        ],
        "number": 9,
        "type_code": "KH",
        "date": "2025-05-20",
        "place": "Chơn Thành",
        "legal_bases": [
            "Căn cứ Kế hoạch số 03-KH/CB ngày 10/01/2025 của Chi bộ về sinh hoạt chuyên đề năm 2025;",
            "Căn cứ kết luận của Chi ủy tại cuộc họp ngày 15/5/2025;",
        ],
        "opening": "Chi bộ cơ sở Công ty TNHH Long Fa điều chỉnh thời gian sinh hoạt chuyên đề năm 2025 như sau:",
        "why": [
            "Quý II và quý III năm 2025 Công ty tăng ca để hoàn thành các đơn hàng xuất khẩu; nhiều đảng viên là "
            "tổ trưởng sản xuất không thể dự sinh hoạt vào các tháng 5 và tháng 9.",
            "Chi ủy thống nhất lùi chuyên đề quý II sang tháng 6/2025 và chuyên đề dự kiến tháng 9/2025 sang tháng "
            "10/2025; các chuyên đề khác giữ nguyên.",
        ],
        "closing": [
            "- Kế hoạch này thay thế phần lịch sinh hoạt chuyên đề của Kế hoạch số 03-KH/CB; các nội dung khác giữ "
            "nguyên.",
            "- Các đồng chí được phân công chủ động chuẩn bị, phối hợp với Công đoàn bố trí thời gian phù hợp.",
        ],
        "topics": _P173_TOPICS,
        "targets": [],
        "secretary": _UONG,
    },
    {
        "id": "174_chi_bo_thon_kon_gu_1_ngoc_wang_2021",
        "half": "dev",
        "fmt": "txt",
        "layout": "l_pdf_web_copy",
        "province": "Kon Tum",
        "source": "http://vov4.vov.gov.vn/Kho/chuyen-muc/dang-rep-mo-lang-bol-lang-bol-pin-don-goboh-ko-mo-dang-"
        "c162-359899.aspx",
        "source_says": "(VOV4, tiếng K'ho, 26/2/2021) Thôn Kon Gu 1, xã Ngọc Wang, huyện Đăk Hà, tỉnh Kon Tum có 218 "
        "hộ đồng bào Xơ Đăng, kết nghĩa với lực lượng vũ trang huyện theo Nghị quyết 04 (2007) của Tỉnh ủy về các "
        "xã đặc biệt khó khăn; ông A Đram, Bí thư Chi bộ, trưởng thôn, kể bà con trước đây nghe theo “Hà Mòn”, nay "
        "đã bỏ và phát triển sản xuất.",
        "completed": [
            "the page gives the village, its commune, its secretary (also its head), the twinning and the “Hà Mòn” "
            "belief; the cell's 2021 plan, its four topics, months, the other members, the number and the date are "
            "completed",
            "plain text copied from a PDF shown on the commune's web page: the heading's columns run together, "
            "every paragraph broken where the PDF's lines ended (titles and times broken across lines; the truth "
            "joins them), the page footer “1/2” and the next page's number in the middle; times “kỳ sinh hoạt "
            "thường kỳ tháng 5”, “Đầu quý III (tháng 7)”, “Cuối quý IV (tháng 12/2021)”; “Trưởng thôn A Đram”",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ thôn Kon Gu 1",
        "committee_name": "Đảng bộ xã Ngọc Wang",
        "left": ["ĐẢNG BỘ XÃ NGỌC WANG", "CHI BỘ THÔN KON GU 1"],
        "web_title": "Kế hoạch sinh hoạt chuyên đề năm 2021 của Chi bộ thôn Kon Gu 1 (tệp đính kèm)",
        "web_foot": "Tệp đính kèm: KH chuyen de Kon Gu 1 2021.pdf – Lượt xem: 212",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        "number": 1,
        "type_code": "KH",
        "date": "2021-01-14",
        "place": "Ngọc Wang",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đảng ủy xã Ngọc Wang về nhiệm vụ năm 2021;",
        ],
        "opening": "Chi bộ thôn Kon Gu 1 xây dựng kế hoạch sinh hoạt chuyên đề năm 2021 như sau:",
        "aims": [
            "Giúp đảng viên nắm chắc chủ trương của Đảng, vận dụng vào việc lãnh đạo thôn phát triển sản xuất, "
            "giữ gìn an ninh trật tự, đoàn kết các dân tộc.",
        ],
        "closing": [
            "Chi ủy phân công đảng viên chuẩn bị, báo cáo Đảng ủy xã trước mỗi kỳ sinh hoạt chuyên đề; mời lực lượng "
            "vũ trang huyện kết nghĩa cùng dự khi cần.",
        ],
        "topics": _P174_TOPICS,
        "targets": [],
        "secretary": _DRAM,
    },
    {
        "id": "175_chi_bo_dinh_tho_2_phuoc_ninh_2025",
        "half": "dev",
        "fmt": "scan",
        "layout": "l_scan_person_first",
        "province": "Đà Nẵng",
        "source": "http://thhungvuong.edu.vn/index.php/nha-truong/1076-a-i-ha-i-chi-ba-tr-a-ng-tia-u-ha-c-ha-ng-v-ng-"
        "nhia-m-ka-2025-2027",
        "source_says": "Thực hiện Kế hoạch số 155-KH/ĐU của Đảng ủy phường Phước Ninh, ngày 28/02/2025 Chi bộ Trường "
        "Tiểu học Hùng Vương đại hội nhiệm kỳ 2025–2027; khách mời có cô Nguyễn Thị Mậu, Bí thư Chi bộ Định Thọ 2.",
        "completed": [
            "the page names the residential cell Định Thọ 2, its ward and its secretary; the cell's 2025 plan "
            "(made before the wards were merged in July 2025), its four topics, months, the other members, the "
            "number and the date are completed",
            "one page, scanned: a table whose columns come person first (Đồng chí phụ trách – Nội dung chuyên đề – "
            "Thời gian), two people on two lines of one cell with their posts in brackets, times “Quý 2/2025 – T5” "
            "and “Ngày 14/11/2025 (quý IV)”",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Định Thọ 2",
        "committee_name": "Đảng bộ phường Phước Ninh",
        "left": ["ĐẢNG BỘ PHƯỜNG PHƯỚC NINH", "CHI BỘ ĐỊNH THỌ 2"],
        "send_to": ["Đảng ủy phường (b/c)"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2025"],
        "number": 2,
        "type_code": "KH",
        "date": "2025-01-15",
        "place": "Phước Ninh",
        "legal_bases": [],
        "opening": "Thực hiện hướng dẫn của Đảng ủy phường Phước Ninh, Chi bộ Định Thọ 2 đề ra lịch sinh hoạt chuyên "
        "đề năm 2025 như sau:",
        "closing": [
            "Đồng chí phụ trách chuẩn bị đề cương, gửi Bí thư Chi bộ trước kỳ sinh hoạt 07 ngày.",
            "Thời gian có thể điều chỉnh theo lịch đại hội chi bộ; Chi ủy sẽ thông báo cụ thể.",
        ],
        "topics": _P175_TOPICS,
        "targets": [],
        "secretary": _MAU,
    },
    {
        "id": "176_chi_bo_ap_4_my_binh_duc_hue_2023",
        "half": "dev",
        "fmt": "doc",
        "layout": "l_phan_cong_table",
        "province": "Long An",
        "source": "https://baolongan.vn/doi-song-xa-hoi/",
        "source_says": "Đến ấp 4, xã Mỹ Bình, huyện Đức Huệ, tỉnh Long An hỏi ông Lê Văn Đồng hay “3 Đồng” thì ai "
        "cũng biết: ông là cán bộ gương mẫu, tận tụy, là trưởng ấp gần gũi, sâu sát với dân (tin “Trưởng ấp hết "
        "lòng vì dân”).",
        "completed": [
            "the page (a section listing, undated) gives the hamlet, its commune and district and its head; the "
            "cell's 2023 plan (the year chosen), its four topics, months, the other members (the secretary among "
            "them), the number and the date are completed",
            "a table Thời gian – Phân công – Nội dung sinh hoạt chuyên đề: the people before the topic, the chair "
            "and the preparer stacked in one cell (“Trưởng ấp Lê Văn Đồng (chủ trì)”, “Chi hội trưởng Phụ nữ Võ "
            "Thị Kim Thoa (chuẩn bị)”); times “Cuối quý 2 (tháng 6)”, “Quý III – kỳ sinh hoạt tháng 10” (a month "
            "outside its quarter, conflicts: 1) (.doc)",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ ấp 4",
        "committee_name": "Đảng bộ xã Mỹ Bình",
        "left": ["ĐẢNG BỘ XÃ MỸ BÌNH", "CHI BỘ ẤP 4"],
        "send_to": ["Đảng ủy xã Mỹ Bình (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2023"],
        "number": 1,
        "type_code": "KH",
        "date": "2023-01-09",
        "place": "Mỹ Bình",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ ấp 4 năm 2023;"],
        "opening": "Chi bộ ấp 4, xã Mỹ Bình xây dựng kế hoạch sinh hoạt chuyên đề năm 2023 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P176_TOPICS,
        "targets": [],
        "secretary": _SANG_176,
    },
    {
        "id": "177_mam_non_hoa_huong_duong_thien_an_2020",
        "half": "dev",
        "fmt": "odt",
        "layout": "l_semesters_va",
        "province": "Đắk Lắk",
        "source": "http://trungvuong.buonho.edu.vn/chuyen-muc/tin-tuc-su-kien/page/11",
        "source_says": "Từ ngày 13/3/2020 đến ngày 21/3/2020 các chi bộ trường học Trưng Vương, Hoa Hướng Dương và "
        "Ngô Mây của phường Thiện An (thị xã Buôn Hồ) đã tổ chức Đại hội chi bộ nhiệm kỳ 2020–2022.",
        "completed": [
            "the page names the school cell, its ward and its 2020 congress; the plan for the school year 2020 – "
            "2021, its four topics, months and people (an Ê Đê teacher among them), the secretary, the number and "
            "the date are completed",
            "one numbered paragraph per topic, the time first in school terms (“Học kỳ I (tháng 10)”, “Học kỳ II "
            "(tháng 3/2021)”, “Cuối năm học (tháng 5/2021)”, no quarter), the people after “Đồng chí phụ trách:”, "
            "two joined by “và”, their posts in brackets (.odt)",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường Mầm non Hoa Hướng Dương",
        "committee_name": "Đảng bộ phường Thiện An",
        "left": ["ĐẢNG BỘ PHƯỜNG THIỆN AN", "CHI BỘ TRƯỜNG MẦM NON HOA HƯỚNG DƯƠNG"],
        "send_to": ["Đảng ủy phường Thiện An (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2020 – 2021"],
        "number": 4,
        "type_code": "KH",
        "date": "2020-09-28",
        "place": "Thiện An",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022;"],
        "opening": "Chi bộ Trường Mầm non Hoa Hướng Dương xây dựng kế hoạch sinh hoạt chuyên đề năm học 2020 – 2021 "
        "như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P177_TOPICS,
        "targets": [],
        "secretary": _HA_177,
    },
    {
        "id": "178_mam_non_phuong_2_nga_nam_2021",
        "half": "dev",
        "fmt": "txt",
        "layout": "l_web_cells",
        "province": "Sóc Trăng",
        "source": "http://mnphuong2.pgdnganam.edu.vn/thong-tin/tin-tuc-tu-so/dai-hoi-dang.html",
        "source_says": "Được sự thống nhất của Đảng ủy Phường 2, Chi bộ trường Mầm non Phường 2 (thị xã Ngã Năm) tổ "
        "chức Đại hội chi bộ nhiệm kỳ 2020 – 2022; đồng chí Nguyễn Văn Hoàng, Thường vụ Đảng ủy, cán bộ Văn phòng "
        "Đảng ủy phát biểu chỉ đạo, đề nghị chi ủy có biện pháp nâng cao công tác phát triển Đảng.",
        "completed": [
            "the page gives the school cell, its ward committee and its 2020 congress; the cell's 2021 plan, its "
            "four topics, months and people (the school's nurse among them), the secretary, the number and the date "
            "are completed",
            "the plan as read on the school's web page and pasted into a text editor: the table has come apart "
            "into one cell per line with empty lines between (TT, Thời gian, Nội dung chuyên đề, Người thực hiện, "
            "Ghi chú, then each row's five cells); people as “Cô …”, “Y tá Trần Thị Diễm”",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ Trường Mầm non Phường 2",
        "committee_name": "Đảng bộ Phường 2",
        "left": ["ĐẢNG BỘ PHƯỜNG 2", "CHI BỘ TRƯỜNG MẦM NON PHƯỜNG 2"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        "number": 1,
        "type_code": "KH",
        "date": "2021-01-18",
        "place": "Ngã Năm",
        "legal_bases": [BASE_HD12],
        "opening": "Chi bộ Trường Mầm non Phường 2 xây dựng kế hoạch sinh hoạt chuyên đề năm 2021 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P178_TOPICS,
        "targets": [],
        "secretary": _HAN,
    },
    {
        "id": "179_chi_bo_ap_xom_moi_1_tri_binh_2023",
        "half": "dev",
        "fmt": "docx",
        "layout": "l_minutes",
        "province": "Tây Ninh",
        "source": "http://baotayninh.vn/phap-luat/?p=4&d=",
        "source_says": "Đến ấp Xóm Mới 1, xã Trí Bình, huyện Châu Thành hỏi ông Nguyễn Văn Ngần, ai cũng biết, vì ông "
        "làm tổ trưởng tổ dân cư tự quản suốt 44 năm, kể từ sau ngày miền Nam giải phóng (tin “44 năm làm tổ "
        "trưởng tổ dân cư tự quản”).",
        "completed": [
            "the page (a section listing, undated) gives the hamlet, its commune and district and its long-serving "
            "group leader, made here one of the cell's members; the cell's meeting of January 2023, its four "
            "topics, months, the other members (the secretary, the hamlet's head, a doctor living in the hamlet) "
            "and the date are completed",
            "the minutes (BB, unnumbered) of the meeting that adopted the year's topics: the secretary's draft "
            "(titles by quarter, “Quý 3/2023 – T8”), a discussion that moves the third meeting to “ngày 15/9/2023” "
            "and gives the topics their people, and a conclusion listing the final four (“kỳ sinh hoạt thường kỳ "
            "tháng 5”, “tháng 11 năm 2023 (quý IV)”, “Bác sĩ Lê Thị Ngọc Bích”, “Trưởng ấp Võ Văn Hậu”); the truth "
            "follows the conclusion",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ ấp Xóm Mới 1",
        "committee_name": "Đảng bộ xã Trí Bình",
        "left": ["ĐẢNG BỘ XÃ TRÍ BÌNH", "CHI BỘ ẤP XÓM MỚI 1"],
        "title_lines": ["BIÊN BẢN", "Họp Chi bộ thông qua kế hoạch sinh hoạt chuyên đề năm 2023"],
        "number": None,
        "type_code": "BB",
        "date": "2023-01-10",
        "place": "Trí Bình",
        "legal_bases": [],
        "frame": [
            "Thời gian: 19 giờ 30 phút, ngày 10/01/2023.",
            "Địa điểm: Nhà văn hóa ấp Xóm Mới 1, xã Trí Bình.",
            "Thành phần: 14/15 đảng viên của Chi bộ ấp Xóm Mới 1 (vắng 01 đồng chí có lý do).",
            "Chủ trì: đồng chí Trần Văn Nghĩa – Bí thư Chi bộ. Thư ký: đồng chí Phạm Thị Hồng Nhung – Chi ủy viên.",
        ],
        "draft_intro": "Đồng chí Bí thư Chi bộ thông qua dự kiến các chuyên đề năm 2023, mỗi quý một chuyên đề:",
        "discussion": [
            "- Đồng chí Võ Văn Hậu, Trưởng ấp: tháng 8 ấp tập trung thu hoạch mì, đề nghị chuyển chuyên đề quý III "
            "sang kỳ sinh hoạt tháng 9, tổ chức ngày 15/9/2023; đồng chí nhận cùng chuẩn bị chuyên đề này và chuyên "
            "đề quý IV.",
            "- Bác sĩ Lê Thị Ngọc Bích (đảng viên sinh hoạt tại ấp): đề nghị chuyên đề quý II tổ chức vào kỳ sinh "
            "hoạt thường kỳ tháng 5, trước mùa mưa; đồng chí nhận chuẩn bị.",
            "- Đồng chí Nguyễn Văn Ngần, Tổ trưởng tổ dân cư tự quản số 3: nhận chuẩn bị chuyên đề quý I.",
        ],
        "conclusion_intro": "Chi bộ thống nhất 14/14 đảng viên có mặt thông qua các chuyên đề năm 2023 như sau:",
        "closing": [
            "Cuộc họp kết thúc lúc 21 giờ cùng ngày; biên bản đã được đọc lại cho các đồng chí dự họp và thông qua.",
        ],
        "clerk": "Phạm Thị Hồng Nhung",
        "topics": _P179_TOPICS,
        "targets": [],
        "secretary": _NGHIA,
    },
]
