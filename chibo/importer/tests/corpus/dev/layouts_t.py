"""Development batch 250–259: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the generic
helpers of ``common.py``. The cells are none of them schools: two police teams, a commune's military
cell, a psychiatric hospital, an enterprise's production cell, a provincial cooperative alliance, a
Hà Nội residential cell of 166 members, a Hồ Chí Minh City khu phố and two ethnic villages (Mông and
Thái). The shapes are ordinary plans as such cells type them, in forms the earlier batches did not
hold: a police team's resolution (NQ) of the meeting that adopts the year's plan — attendance, “Chi
bộ thống nhất tổ chức các chuyên đề sau:” and a table, the vote (“11/11 đồng chí … tán thành”) and the
resolution's closing formula, ranks before the names; a hospital's twelve topics, one a month, in a
table of only three columns Tháng – Chuyên đề – Người báo cáo (“Tháng 1” … “Tháng 12”, no year, no
quarter) with health titles (“BSCKII.”, “ĐD.”, “DS.”); an enterprise cell's plan over a business year
(7/2022 – 6/2023) whose months run over two calendar years; a commune military cell whose schedule
names the presenters only by post (“Bí thư Chi bộ”, “Phó Bí thư Chi bộ”, “Chi ủy viên phụ trách công
tác đảng, công tác chính trị”) — the names are in the list of the cell committee above it — and has a
“Người dự” column of guests; an adjusted plan (Kế hoạch điều chỉnh) reprinting the year's table with
the quarter III topic struck through (Word's strikethrough) and the topic replacing it in the row
below; plain text whose topics are each followed by long sub-items “- Mục đích:”, “- Yêu cầu:”, “-
Tài liệu:” (quoting other documents in quotation marks) that are not topics; a one-page scan whose
people are marked “CB:” (prepares the outline) and “TB:” (presents) in one cell; plain text of a Thái
village with a guest named in the opening and the quarter III meeting held in October after the
harvest (plan 257, ``conflicts: 1``); a police team's topics one of which takes two meetings
(“tháng 5 và tháng 6/2020 (quý II)”: month null); a cooperative alliance cell choosing four of the
six topics its superior committee's guide suggests, the schedule naming them only by the guide's
numbers (“Chuyên đề số 3 (theo Hướng dẫn)”). Facts are in ``PLANS`` below (same keys as
``plans.py``); ``build.py`` merges both ``LAYOUTS`` and ``PLANS``.
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
    """The heading as typed in a text editor, one column under the other."""
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
        "                                        T/M CHI BỘ",
        "                                        BÍ THƯ",
        "",
        "                                        (đã ký)",
        f"                                        {p['secretary']}",
    ]


def _struck_table(p: dict[str, Any]) -> Callable[[Any], None]:
    """The adjusted schedule: one row per topic, the dropped topic's row typed in strikethrough, the
    topic replacing it in the next row with its note."""

    def draw(doc: Any) -> None:
        head = ["TT", "Thời gian", "Chuyên đề", "Người chuẩn bị", "Ghi chú"]
        grid = doc.add_table(rows=1, cols=len(head))
        grid.style = "Table Grid"
        for j, text in enumerate(head):
            grid.cell(0, j).paragraphs[0].add_run(text).bold = True
        for row in p["rows"]:
            cells = grid.add_row().cells
            for j, text in enumerate(row["cells"]):
                lines = text.split("\n")
                para = cells[j].paragraphs[0]
                for k, line in enumerate(lines):
                    if k:
                        para = cells[j].add_paragraph()
                    run = para.add_run(line)
                    run.font.strike = bool(row.get("struck")) and j < 4
        set_widths(grid, (1.0, 2.6, 6.6, 3.6, 2.7))

    return draw


# ------------------------------------------------------------------------------------ layouts
def resolution_vote(p: dict[str, Any]) -> list[Block]:
    """A resolution (NQ) of the cell's meeting that adopts the year's plan: when and who attended,
    a short review, “QUYẾT NGHỊ:”, “Chi bộ thống nhất tổ chức các chuyên đề sau:” and a table, the
    other decisions, the vote and the closing formula."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out += paras(p["meeting"])
    out += section("I. ĐÁNH GIÁ VIỆC SINH HOẠT CHUYÊN ĐỀ NĂM " + str(p["year"] - 1), p["review"])
    out.append(("h", "II. CHI BỘ QUYẾT NGHỊ"))
    out.append(("p", p["resolve_intro"]))
    rows = [
        [str(i), t["title"], t["when"], "\n".join(t["who"])] for i, t in enumerate(p["topics"], 1)
    ]
    out.append(("table", ["TT", "Tên chuyên đề", "Thời gian", "Đồng chí chuẩn bị, trình bày"], rows, "",
                (1.0, 8.0, 2.6, 4.9)))  # fmt: skip
    out += paras(p["decisions"])
    out.append(("h", "III. BIỂU QUYẾT"))
    out += paras(p["vote"])
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def twelve_months(p: dict[str, Any]) -> list[Block]:
    """Twelve topics, one a month, in a table of three columns Tháng – Chuyên đề – Người báo cáo; the
    months bare (“Tháng 1”), no year and no quarter in the table."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG VÀ PHÂN CÔNG"))
    out.append(("p", p["table_intro"]))
    rows = [[t["when"], t["title"], "\n".join(t["who"])] for t in p["topics"]]
    out.append(("table", ["Tháng", "Chuyên đề", "Người báo cáo"], rows, "", (2.0, 9.6, 4.9)))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def business_year(p: dict[str, Any]) -> list[Block]:
    """An enterprise cell's plan for its business year (July to June): the months of two calendar
    years in a table Tháng/năm – Nội dung chuyên đề – Phân công, a sentence on the regular meetings."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG"))
    out += paras(p["intro"])
    rows = [[t["when"], t["title"], "\n".join(t["who"])] for t in p["topics"]]
    out.append(("table", ["Tháng/năm", "Nội dung chuyên đề", "Phân công"], rows, "",
                (2.4, 8.6, 5.5)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def posts_and_guests(p: dict[str, Any]) -> list[Block]:
    """The cell committee listed with names and posts; the schedule Thời gian – Chuyên đề – Người trình
    bày – Người dự names the presenters by post only (once a member by name), and guests."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CHI ỦY VÀ PHÂN CÔNG PHỤ TRÁCH"))
    out += paras(p["committee_list"])
    out.append(("h", "III. NỘI DUNG, THỜI GIAN SINH HOẠT CHUYÊN ĐỀ"))
    rows = [[t["when"], t["title"], t["post"], "\n".join(t["guests"])] for t in p["topics"]]
    out.append(("table", ["Thời gian", "Chuyên đề", "Người trình bày", "Người dự"], rows, "",
                (2.2, 6.6, 3.9, 3.8)))  # fmt: skip
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def adjusted_struck(p: dict[str, Any]) -> list[Block]:
    """An adjusted plan (Kế hoạch điều chỉnh): why, what changes, then the year's table reprinted with
    the dropped topic struck through and the new one below it."""
    out = _top(p)
    out += section("I. LÝ DO ĐIỀU CHỈNH", p["reasons"])
    out.append(("h", "II. NỘI DUNG ĐIỀU CHỈNH"))
    out += paras(p["changes"])
    out.append(("p", p["table_intro"]))
    lines = ["TT | Thời gian | Chuyên đề | Người chuẩn bị | Ghi chú"]
    lines += [" | ".join(c.replace("\n", "; ") for c in r["cells"]) for r in p["rows"]]
    out.append(("docx", _struck_table(p), lines))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def text_subitems(p: dict[str, Any]) -> list[Block]:
    """Plain text: each topic “Chuyên đề N: …” followed by long sub-items “- Mục đích:”, “- Yêu cầu:”,
    “- Tài liệu:” (which quote other documents), then “- Thời gian:” and “- Người thực hiện:”."""
    lines = _text_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU CHUNG", *p["aims"], ""]
    lines += ["II. CÁC CHUYÊN ĐỀ", ""]
    for i, t in enumerate(p["topics"], 1):
        lines += [
            f"Chuyên đề {i}: {t['title']}",
            f"  - Mục đích: {t['aim']}",
            f"  - Yêu cầu: {t['need']}",
            f"  - Tài liệu: {t['docs']}",
            f"  - Thời gian: {t['when']}",
            f"  - Người thực hiện: {t['who']}",
            "",
        ]
    lines += ["III. TỔ CHỨC THỰC HIỆN", *p["closing"]]
    lines += _text_sign(p)
    return paras(lines)


def scan_cb_tb(p: dict[str, Any]) -> list[Block]:
    """One page: heading, a sentence, a table TT – Tên chuyên đề – Thời gian – Phân công whose people are
    marked “CB:” and “TB:” in one cell, the key under the table, the signature."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), ("p", p["opening"])]
    rows = [
        [str(i), t["title"], t["when"], "\n".join(t["who"])] for i, t in enumerate(p["topics"], 1)
    ]
    out.append(("table", ["TT", "Tên chuyên đề", "Thời gian", "Phân công"], rows, "",
                (1.0, 8.2, 2.8, 4.5)))  # fmt: skip
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def text_guest_opening(p: dict[str, Any]) -> list[Block]:
    """Plain text of a village cell: the guest the district committee assigned named in the opening;
    topics “Chuyên đề N – Quý …:” with “Thời gian:” and “Người trình bày:” lines."""
    lines = _text_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += ["II. NỘI DUNG CÁC CHUYÊN ĐỀ", ""]
    for i, t in enumerate(p["topics"], 1):
        lines += [
            f"Chuyên đề {i} – {t['qtag']}: {t['title']}",
            f"   Thời gian: {t['when']}",
            f"   Người trình bày: {t['who']}",
            "",
        ]
    lines += ["III. TỔ CHỨC THỰC HIỆN", *p["closing"]]
    lines += _text_sign(p)
    return paras(lines)


def numbered_two_meetings(p: dict[str, Any]) -> list[Block]:
    """Numbered topics “1. …” each followed by “Thời gian:” and “Người thực hiện:” lines (ranks before
    the names); one topic takes two meetings (“tháng 5 và tháng 6/2020”)."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. {t['title']}"))
        out.append(("p", f"Thời gian: {t['when']}."))
        out.append(("p", f"Người thực hiện: {t['who']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def guide_numbers(p: dict[str, Any]) -> list[Block]:
    """The superior committee's guide suggests six topics (listed with their numbers); the cell chooses
    four, and its schedule names them only by the guide's numbers."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ"))
    out.append(("p", p["guide_intro"]))
    out += paras([f"{i}. {x}" for i, x in enumerate(p["guide"], 1)])
    out.append(("p", p["choice"]))
    rows = [[t["when"], t["ref"], t["prep"], t["speaker"]] for t in p["topics"]]
    out.append(("table", ["Kỳ sinh hoạt", "Chuyên đề", "Người chuẩn bị", "Người báo cáo"], rows, "",
                (3.0, 4.6, 4.4, 4.5)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "t_resolution_vote": resolution_vote,
    "t_twelve_months": twelve_months,
    "t_business_year": business_year,
    "t_posts_and_guests": posts_and_guests,
    "t_adjusted_struck": adjusted_struck,
    "t_text_subitems": text_subitems,
    "t_scan_cb_tb": scan_cb_tb,
    "t_text_guest_opening": text_guest_opening,
    "t_numbered_two_meetings": numbered_two_meetings,
    "t_guide_numbers": guide_numbers,
}


# -------------------------------------------------------------------------------------- plans
_AIMS = [
    "- Nâng cao chất lượng sinh hoạt chi bộ; nội dung chuyên đề thiết thực, gắn với nhiệm vụ chính trị "
    "của đơn vị.",
    "- Đảng viên được phân công chuẩn bị chu đáo, gửi đề cương cho Chi ủy trước kỳ sinh hoạt ít nhất 05 "
    "ngày; mỗi chuyên đề có kết luận và việc làm cụ thể.",
]
_CLOSING = [
    "- Chi ủy đôn đốc việc chuẩn bị, thông báo thời gian cụ thể trước mỗi kỳ sinh hoạt.",
    "- Đảng viên nghiên cứu tài liệu, tham gia ý kiến; kết quả được báo cáo cấp ủy cấp trên.",
]

# 250 — Đội Tổng hợp, Công an thị xã Phổ Yên (Thái Nguyên)
_HA_250, _CUONG_250, _HIEN_250, _HUY_250, _THAO_250 = (
    "Nguyễn Hoàng Hà",
    "Đỗ Văn Cường",
    "Lương Thị Thu Hiền",
    "Trần Quang Huy",
    "Ngô Thị Phương Thảo",
)
_P250_TOPICS = [
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương của cán "
       "bộ, đảng viên; thực hiện Sáu điều Bác Hồ dạy Công an nhân dân", 1, 3, [_HA_250],
       when="Tháng 3/2020", who=["Thiếu tá Nguyễn Hoàng Hà – Đội trưởng"]),
    _t("Nâng cao chất lượng công tác tham mưu tổng hợp, văn thư, lưu trữ và bảo vệ bí mật nhà nước trong "
       "Công an thị xã", 2, 5, [_CUONG_250, _THAO_250], when="Tháng 5/2020",
       who=["Đại úy Đỗ Văn Cường – Phó Đội trưởng", "Thượng úy Ngô Thị Phương Thảo"]),
    _t("Đảng viên Đội Tổng hợp tham gia bảo đảm an ninh, trật tự phục vụ đại hội đảng bộ các cấp, tiến "
       "tới Đại hội XIII của Đảng", 3, 8, [_HIEN_250], when="Tháng 8/2020",
       who=["Đại úy Lương Thị Thu Hiền – Chi ủy viên"]),
    _t("Phòng, chống biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự "
       "chuyển hóa” trong cán bộ, chiến sĩ", 4, 11, [_HUY_250, _HA_250], when="Tháng 11/2020",
       who=["Thượng úy Trần Quang Huy", "Thiếu tá Nguyễn Hoàng Hà"]),
]  # fmt: skip

# 251 — Bệnh viện Tâm thần Mỹ Đức (Hà Nội)
_TOAN_251, _XUAT_251, _HANH_251, _HIEU_251, _NGA_251, _LONG_251 = (
    "Phạm Văn Toàn",
    "Nguyễn Đăng Xuất",
    "Đỗ Thị Hạnh",
    "Nguyễn Văn Hiếu",
    "Trần Thị Nga",
    "Bùi Văn Long",
)
_TRANG_251, _LAN_251, _VINH_251, _DUC_251 = (
    "Lê Thu Trang",
    "Phùng Thị Lan",
    "Đinh Quang Vinh",
    "Hoàng Minh Đức",
)
_P251_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội XIV của Đảng; những điểm mới về tổ chức bộ máy sau sắp xếp", 1, 1,
       [_TOAN_251], when="Tháng 1", who=["BSCKII. Phạm Văn Toàn – Bí thư Chi bộ, Giám đốc"]),
    _t("Truyền thống vẻ vang của Đảng; bảo đảm an toàn người bệnh nội trú dịp Tết Bính Ngọ", 1, 2,
       [_XUAT_251], when="Tháng 2", who=["BSCKII. Nguyễn Đăng Xuất – Phó Bí thư, Phó Giám đốc"]),
    _t("Y đức và quy tắc ứng xử của người thầy thuốc trong chăm sóc người bệnh tâm thần", 1, 3,
       [_HANH_251], when="Tháng 3", who=["ThS. Đỗ Thị Hạnh – Chi ủy viên, Trưởng phòng KHTH"]),
    _t("Phòng cháy, chữa cháy và giữ gìn an ninh trật tự trong khu điều trị nội trú", 2, 4, [_LONG_251],
       when="Tháng 4", who=["CN. Bùi Văn Long – Trưởng phòng HCQT"]),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: “Lương y phải như từ mẫu”", 2, 5,
       [_XUAT_251], when="Tháng 5", who=["BSCKII. Nguyễn Đăng Xuất"]),
    _t("Chuyển đổi số trong khám, chữa bệnh: bệnh án điện tử và thanh toán không dùng tiền mặt", 2, 6,
       [_DUC_251], when="Tháng 6", who=["BS. Hoàng Minh Đức – Khoa Y học cổ truyền"]),
    _t("Tri ân thương binh, liệt sĩ; chăm sóc người có công đang điều trị tại Bệnh viện", 3, 7,
       [_VINH_251], when="Tháng 7", who=["Đ/c Đinh Quang Vinh – Bí thư Chi đoàn"]),
    _t("Nâng cao chất lượng điều dưỡng, chăm sóc toàn diện người bệnh tâm thần", 3, 8,
       [_NGA_251, _HIEU_251], when="Tháng 8",
       who=["ĐD. Trần Thị Nga – Điều dưỡng trưởng Bệnh viện", "BSCKI. Nguyễn Văn Hiếu – Trưởng khoa Tâm thần nam"]),
    _t("Phát huy dân chủ ở cơ sở trong Bệnh viện; kỷ niệm Cách mạng Tháng Tám và Quốc khánh 2/9", 3, 9,
       [_TOAN_251], when="Tháng 9", who=["BSCKII. Phạm Văn Toàn"]),
    _t("Đào tạo liên tục, nâng cao tay nghề bác sỹ các chuyên ngành sau Hội thi tay nghề năm 2025", 4, 10,
       [_XUAT_251], when="Tháng 10", who=["BSCKII. Nguyễn Đăng Xuất"]),
    _t("Thực hành tiết kiệm, chống lãng phí trong mua sắm thuốc, vật tư y tế", 4, 11, [_LAN_251],
       when="Tháng 11", who=["DS. Phùng Thị Lan – Trưởng khoa Dược"]),
    _t("Phòng, chống tác hại của ma túy, rượu, bia trong cộng đồng: vai trò của Bệnh viện tâm thần", 4, 12,
       [_TRANG_251], when="Tháng 12", who=["BS. Lê Thu Trang – Khoa Xét nghiệm"]),
]  # fmt: skip

# 252 — Khối Sản xuất và Kinh doanh, Công ty CP Tập đoàn Tiến Bộ (Thái Nguyên)
_SINH_252, _KHOA_252, _YEN_252, _TUAN_252, _NHUNG_252 = (
    "Trần Ngọc Sinh",
    "Nguyễn Văn Khoa",
    "Hoàng Thị Yến",
    "Đào Minh Tuấn",
    "Lương Thị Hồng Nhung",
)
_P252_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ lần thứ IV, nhiệm kỳ 2022 – 2025; nhiệm vụ sản xuất, kinh "
       "doanh 6 tháng cuối năm 2022", 3, 8, [_SINH_252], when="Tháng 8/2022",
       who=["Đ/c Trần Ngọc Sinh – Bí thư Chi bộ"]),
    _t("An toàn lao động, vệ sinh lao động và phòng, chống cháy nổ tại nhà máy, kho hàng", 4, 11,
       [_KHOA_252, _YEN_252], when="Tháng 11/2022",
       who=["Đ/c Nguyễn Văn Khoa – Phó Bí thư, Phó Giám đốc sản xuất", "Đ/c Hoàng Thị Yến – cán bộ an toàn"]),
    _t("Đảng viên gương mẫu thực hành tiết kiệm, giảm chi phí sản xuất, nâng cao chất lượng sản phẩm", 1, 2,
       [_TUAN_252], when="Tháng 02/2023", who=["Đ/c Đào Minh Tuấn – Quản đốc phân xưởng"]),
    _t("Phát triển thị trường, chăm sóc khách hàng và xây dựng văn hóa doanh nghiệp", 2, 5,
       [_NHUNG_252, _SINH_252], when="Tháng 5/2023",
       who=["Đ/c Lương Thị Hồng Nhung – Trưởng phòng Kinh doanh", "Đ/c Trần Ngọc Sinh"]),
]  # fmt: skip

# 253 — Chi bộ Quân sự xã Hạ Trung (Bá Thước, Thanh Hóa)
_HUNG_253, _THAN_253, _QUY_253, _HIEP_253 = (
    "Trương Văn Hùng",
    "Hà Văn Thân",
    "Lò Văn Quý",
    "Ngân Văn Hiệp",
)
_P253_TOPICS = [
    _t("Quán triệt nghị quyết của cấp ủy cấp trên về lãnh đạo nhiệm vụ quân sự, quốc phòng địa phương "
       "năm 2024", 1, 3, [_HUNG_253], when="Tháng 3/2024", post="Bí thư Chi bộ",
       guests=["Đại diện Ban CHQS huyện Bá Thước"]),
    _t("Xây dựng lực lượng dân quân vững mạnh, rộng khắp; kết quả huấn luyện dân quân năm 2024", 2, 5,
       [_THAN_253], when="Tháng 5/2024", post="Phó Bí thư Chi bộ",
       guests=["Đ/c Phó Chủ tịch UBND xã", "Các thôn đội trưởng"]),
    _t("Chuẩn bị tuyển chọn, gọi công dân nhập ngũ năm 2025; giáo dục quốc phòng cho thanh niên", 3, 8,
       [_QUY_253], when="Tháng 8/2024",
       post="Chi ủy viên phụ trách công tác đảng, công tác chính trị",
       guests=["Đ/c Bí thư Đoàn xã", "Đ/c Trưởng Công an xã"]),
    _t("Phòng, chống thiên tai, tìm kiếm cứu nạn ở vùng núi; sẵn sàng chiến đấu của dân quân cơ động", 4,
       11, [_THAN_253, _HIEP_253], when="Tháng 11/2024",
       post="Phó Bí thư Chi bộ;\nđ/c Ngân Văn Hiệp – Trung đội trưởng dân quân cơ động",
       guests=["Ban CHQS huyện Bá Thước", "Trưởng các thôn ven sông Mã"]),
]  # fmt: skip

# 254 — Chi bộ 10, phường Điện Biên (Ba Đình, Hà Nội)
_BAO_254, _TAM_254, _HUNG_254, _VAN_254, _KHANH_254, _NGUYET_254 = (
    "Nguyễn Văn Bảo",
    "Trần Thị Minh Tâm",
    "Lê Quang Hưng",
    "Phạm Thị Hồng Vân",
    "Đào Duy Khánh",
    "Vũ Thị Nguyệt",
)
_P254_TOPICS = [
    _t("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về phong cách quần chúng, dân chủ, nêu gương", 1,
       3, [_BAO_254]),
    _t("Xây dựng tổ dân phố văn minh; phát huy vai trò các tổ đảng sau sáp nhập chi bộ", 2, 5,
       [_TAM_254, _KHANH_254]),
    _t("Góp ý dự thảo văn kiện Đại hội Đảng bộ quận Ba Đình lần thứ XXV và Đại hội XII của Đảng", 3, 8,
       [_BAO_254, _HUNG_254]),
    _t("Chăm lo người cao tuổi, gia đình chính sách; kỷ niệm Ngày truyền thống Mặt trận 18/11", 4, 11,
       [_NGUYET_254]),
]  # fmt: skip
_P254_ROWS = [
    {"cells": ["1", "Quý I\n(tháng 3/2015)", _P254_TOPICS[0]["title"], "Đ/c Nguyễn Văn Bảo – Bí thư",
               "Đã thực hiện"]},
    {"cells": ["2", "Quý II\n(tháng 5/2015)", _P254_TOPICS[1]["title"],
               "Đ/c Trần Thị Minh Tâm – Phó Bí thư\nĐ/c Đào Duy Khánh – Tổ trưởng tổ đảng 9B", "Đã thực hiện"]},
    {"cells": ["3", "Quý III\n(tháng 9/2015)",
               "Vận động nhân dân thực hiện nếp sống văn minh đô thị, giữ gìn trật tự vỉa hè trên các phố "
               "Điện Biên Phủ, Trần Phú", "Đ/c Lê Quang Hưng – Chi ủy viên",
               "Bỏ (đưa vào sinh hoạt thường kỳ tháng 9)"], "struck": True},
    {"cells": ["3", "Quý III\n(tháng 8/2015)", _P254_TOPICS[2]["title"],
               "Đ/c Nguyễn Văn Bảo – Bí thư\nĐ/c Lê Quang Hưng – Chi ủy viên", "Bổ sung, thay chuyên đề 3"]},
    {"cells": ["4", "Quý IV\n(tháng 11/2015)", _P254_TOPICS[3]["title"],
               "Đ/c Vũ Thị Nguyệt – Chi hội trưởng Người cao tuổi", ""]},
]  # fmt: skip

# 255 — khu phố 3, phường 13 (Bình Thạnh, TP Hồ Chí Minh)
_TU_255, _PHUONG_255, _LONG_255, _THUY_255, _LUC_255 = (
    "Huỳnh Văn Tư",
    "Lê Thị Kim Phượng",
    "Nguyễn Thành Long",
    "Võ Thị Bích Thủy",
    "Phan Văn Lực",
)
_P255_TOPICS = [
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong xây dựng khu phố đoàn kết, "
       "văn minh", 1, 3, [_TU_255], when="kỳ sinh hoạt tháng 3/2016 (quý I)",
       who="đ/c Huỳnh Văn Tư – Bí thư Chi bộ",
       aim="giúp đảng viên thấy rõ trách nhiệm nêu gương ở nơi cư trú, từ đó vận động các hộ trong tổ dân "
       "phố cùng giữ gìn đoàn kết, giải quyết mâu thuẫn nhỏ ngay từ tổ.",
       need="mỗi đảng viên tự liên hệ bản thân, đăng ký ít nhất một việc làm cụ thể gắn với tổ dân phố nơi "
       "mình ở; Chi ủy tổng hợp và theo dõi.",
       docs="tài liệu học tập chuyên đề năm 2016 của Ban Tuyên giáo Thành ủy; bài viết “Dân vận” của Chủ "
       "tịch Hồ Chí Minh."),
    _t("Bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016 – 2021: "
       "trách nhiệm của đảng viên ở khu phố", 2, 4, [_PHUONG_255], when="kỳ sinh hoạt tháng 4/2016 (quý II)",
       who="đ/c Lê Thị Kim Phượng – Phó Bí thư, Trưởng khu phố",
       aim="bảo đảm cuộc bầu cử ngày 22/5/2016 ở khu phố diễn ra dân chủ, đúng luật, an toàn.",
       need="đảng viên gương mẫu đi bầu sớm, vận động gia đình và các hộ trong tổ; rà soát danh sách cử tri, "
       "nhất là người tạm trú.",
       docs="Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015; tài liệu “Hỏi – đáp về "
       "bầu cử” của Ủy ban bầu cử phường."),
    _t("Phát huy vai trò thanh niên khu phố: đoàn viên làm thư ký các buổi họp tổ dân phố, tham gia giữ "
       "gìn trật tự, vệ sinh đường hẻm", 3, 8, [_LONG_255, _LUC_255], when="kỳ sinh hoạt tháng 8/2016 (quý III)",
       who="đ/c Nguyễn Thành Long – Bí thư Chi đoàn khu phố; đ/c Phan Văn Lực – Tổ trưởng tổ dân phố 21",
       aim="nhân rộng cách làm của Chi đoàn khu phố 3 từ các hội nghị nhân dân năm 2015: đoàn viên ghi "
       "biên bản, hoàn thiện sổ sách của tổ dân phố.",
       need="mỗi tổ dân phố có một đoàn viên phụ trách; Chi bộ giới thiệu đoàn viên ưu tú để bồi dưỡng kết "
       "nạp Đảng.",
       docs="Chương trình “Đoàn viên thanh niên làm thư ký tổ dân phố” của Đoàn phường 13; các biên bản "
       "họp tổ dân phố năm 2015."),
    _t("Chăm lo gia đình chính sách, hộ nghèo; vận động ủng hộ quỹ “Vì người nghèo” ở khu phố", 4, 10,
       [_THUY_255, _TU_255], when="kỳ sinh hoạt tháng 10/2016 (quý IV)",
       who="đ/c Võ Thị Bích Thủy – Chi hội trưởng Phụ nữ; đ/c Huỳnh Văn Tư",
       aim="không để hộ nghèo, hộ chính sách nào của khu phố không được thăm hỏi dịp cuối năm.",
       need="rà soát danh sách hộ nghèo, cận nghèo; mỗi đảng viên vận động ít nhất 02 hộ cùng đóng góp.",
       docs="Kế hoạch “Tháng cao điểm vì người nghèo” của Ủy ban Mặt trận Tổ quốc phường 13; danh sách hộ "
       "nghèo năm 2016."),
]  # fmt: skip

# 256 — bản Khằm 1, xã Trung Lý (Thanh Hóa)
_SUNG_256, _LU_256, _DE_256, _XO_256, _CHU_256 = (
    "Vàng A Sùng",
    "Thào A Lử",
    "Giàng A Dế",
    "Lầu Thị Xo",
    "Sùng A Chư",
)
_P256_TOPICS = [
    _t("Giữ gìn an ninh trật tự vùng biên giới; không nghe kẻ xấu tuyên truyền đạo trái pháp luật, không "
       "di cư tự do", 1, 3, [_LU_256, _SUNG_256], when="Kỳ tháng 3/2026",
       who=["CB: đ/c Thào A Lử", "TB: đ/c Vàng A Sùng"]),
    _t("Trồng, chăm sóc và phòng cháy rừng mùa khô; phát triển chăn nuôi trâu, bò", 2, 6, [_DE_256],
       when="Kỳ tháng 6/2026", who=["CB, TB: đ/c Giàng A Dế"]),
    _t("Xóa bỏ hủ tục trong việc cưới, việc tang; không tảo hôn, không kết hôn cận huyết thống", 3, 9,
       [_XO_256, _SUNG_256], when="Kỳ tháng 9/2026", who=["CB: đ/c Lầu Thị Xo", "TB: đ/c Vàng A Sùng"]),
    _t("Vận động con em đến trường, học tiếng phổ thông; giữ gìn tiếng nói, văn hóa của đồng bào Mông", 4,
       12, [_CHU_256, _LU_256], when="Kỳ tháng 12/2026", who=["CB: đ/c Sùng A Chư", "TB: đ/c Thào A Lử"]),
]  # fmt: skip

# 257 — bản Cha Khót, xã Na Mèo (Quan Sơn, Thanh Hóa)
_LAP_257, _THIET_257, _PHUONG_257, _THANH_257, _TUOI_257 = (
    "Lữ Văn Lập",
    "Lò Văn Thiết",
    "Hà Thị Phượng",
    "Vi Văn Thành",
    "Lương Văn Tươi",
)
_P257_TOPICS = [
    _t("Bảo vệ đường biên, mốc giới; phối hợp với Đồn Biên phòng giữ gìn an ninh trật tự trong bản", 1, 3,
       [_LAP_257, _THANH_257], when="kỳ sinh hoạt tháng 3/2022", qtag="Quý I",
       who="đ/c Lữ Văn Lập – Bí thư Chi bộ, Trưởng bản; đ/c Vi Văn Thành – Công an viên"),
    _t("Phòng, chống ma túy và mua bán người qua biên giới", 2, 6, [_THANH_257],
       when="kỳ sinh hoạt tháng 6/2022", qtag="Quý II", who="đ/c Vi Văn Thành"),
    _t("Phát triển sản xuất: trồng luồng, keo, chăn nuôi gia súc; giảm nghèo bền vững", 3, 10,
       [_THIET_257], when="kỳ sinh hoạt tháng 10/2022 (sau khi gặt xong lúa mùa)", qtag="Quý III",
       who="đ/c Lò Văn Thiết – Phó Bí thư Chi bộ", conflict=True),
    _t("Giữ gìn bản sắc văn hóa Thái; xây dựng bản văn hóa, gia đình văn hóa", 4, 12,
       [_PHUONG_257, _TUOI_257], when="kỳ sinh hoạt tháng 12/2022", qtag="Quý IV",
       who="đ/c Hà Thị Phượng – Chi hội trưởng Phụ nữ; đ/c Lương Văn Tươi – Bí thư Chi đoàn"),
]  # fmt: skip

# 258 — Tham mưu An ninh, Pháp chế và quản lý khoa học, Công an tỉnh Hà Nam
_QUANG_258, _HA_258, _MANH_258, _THANH_258, _ANH_258 = (
    "Trần Văn Quang",
    "Đinh Thị Thu Hà",
    "Nguyễn Đức Mạnh",
    "Lại Văn Thành",
    "Phạm Thị Ngọc Ánh",
)
_P258_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ khóa VI, nhiệm kỳ 2020 – 2023; đổi mới công tác tham mưu về "
       "an ninh", 1, 2, [_QUANG_258], when="kỳ sinh hoạt tháng 02/2020 (quý I)",
       who="Trung tá Trần Văn Quang – Bí thư Chi bộ, Đội trưởng"),
    _t("Công tác pháp chế trong Công an tỉnh: rà soát văn bản, hướng dẫn áp dụng các luật có hiệu lực "
       "năm 2020", 2, None, [_HA_258, _THANH_258],
       when="sinh hoạt trong 02 kỳ, tháng 5 và tháng 6/2020 (quý II)",
       who="Thiếu tá Đinh Thị Thu Hà – Phó Bí thư Chi bộ (phần 1); Đại úy Lại Văn Thành (phần 2)"),
    _t("Ứng dụng khoa học, công nghệ trong công tác Công an; quản lý đề tài khoa học cấp cơ sở", 3, 9,
       [_MANH_258], when="kỳ sinh hoạt tháng 9/2020 (quý III)",
       who="Thiếu tá Nguyễn Đức Mạnh – Chi ủy viên"),
    _t("Trách nhiệm nêu gương của cán bộ, đảng viên theo Quy định số 08-QĐi/TW; chuẩn bị kiểm điểm cuối "
       "năm", 4, 11, [_QUANG_258, _ANH_258], when="kỳ sinh hoạt tháng 11/2020 (quý IV)",
       who="Trung tá Trần Văn Quang; Thượng úy Phạm Thị Ngọc Ánh"),
]  # fmt: skip

# 259 — Liên minh Hợp tác xã tỉnh Cà Mau
_NHAN_259, _HAI_259, _HANH_259, _NGHIA_259, _OANH_259 = (
    "Nguyễn Trọng Nhân",
    "Trần Thanh Hải",
    "Lý Thị Mỹ Hạnh",
    "Quách Văn Nghĩa",
    "Dương Thị Kiều Oanh",
)
_GUIDE_259 = [
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về nêu cao tinh thần trách nhiệm, "
    "chống chủ nghĩa cá nhân, nói đi đôi với làm",
    "Nâng cao chất lượng sinh hoạt chi bộ trong các cơ quan khối tỉnh",
    "Đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể, hợp tác xã",
    "Tuyên truyền, phổ biến Luật Hợp tác xã năm 2012 đến các hợp tác xã, tổ hợp tác",
    "Cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp",
    "Thực hành tiết kiệm, chống lãng phí trong cơ quan",
]
_P259_TOPICS = [
    _t(_GUIDE_259[0], 1, 3, [_HANH_259, _NHAN_259], when="Tháng 3/2016 (Quý I)",
       ref="Chuyên đề số 1 (theo Hướng dẫn)", prep="Đ/c Lý Thị Mỹ Hạnh – Chi ủy viên",
       speaker="Đ/c Nguyễn Trọng Nhân – Bí thư Chi bộ"),
    _t(_GUIDE_259[2], 2, 6, [_NGHIA_259, _HAI_259], when="Tháng 6/2016 (Quý II)",
       ref="Chuyên đề số 3 (theo Hướng dẫn)", prep="Đ/c Quách Văn Nghĩa – Trưởng phòng Hỗ trợ",
       speaker="Đ/c Trần Thanh Hải – Phó Bí thư Chi bộ"),
    _t(_GUIDE_259[3], 3, 9, [_OANH_259], when="Tháng 9/2016 (Quý III)",
       ref="Chuyên đề số 4 (theo Hướng dẫn)", prep="Đ/c Dương Thị Kiều Oanh",
       speaker="Đ/c Dương Thị Kiều Oanh"),
    _t(_GUIDE_259[5], 4, 12, [_HANH_259, _NHAN_259], when="Tháng 12/2016 (Quý IV)",
       ref="Chuyên đề số 6 (theo Hướng dẫn)", prep="Đ/c Lý Thị Mỹ Hạnh", speaker="Đ/c Nguyễn Trọng Nhân"),
]  # fmt: skip


PLANS: list[T] = [
    {
        "id": "250_chi_bo_doi_tong_hop_cong_an_pho_yen_2020",
        "half": "dev",
        "fmt": "docx",
        "layout": "t_resolution_vote",
        "province": "Thái Nguyên",
        "source": "https://baothainguyen.vn/chinh-tri/xay-dung-dang/202003/chuan-bi-tot-cac-dieu-kien-cho-dai-hoi-"
        "diem-3677F8B",
        "source_says": "(Báo Thái Nguyên, 3/2020) Đảng bộ Công an thị xã Phổ Yên có 10 chi bộ trực thuộc với 170 "
        "đảng viên: 9 chi bộ đội nghiệp vụ và Chi bộ Đồn Công an Khu công nghiệp Yên Bình; 100% chi bộ đã đại hội "
        "xong trong tháng 1/2020; Thiếu tá Nguyễn Hoàng Hà, Bí thư Chi bộ Đội Tổng hợp, kể việc chuẩn bị đại hội "
        "chi bộ; Thượng tá Nguyễn Văn Tiến là Phó Bí thư Đảng bộ, Phó Trưởng Công an thị xã.",
        "completed": [
            "the page gives the cell, its committee, its secretary and rank, and its congress in January 2020; the "
            "meeting adopting the 2020 thematic plan, its resolution, the four topics, months, every other member "
            "and rank, the member count, the number and the date are completed",
            "a resolution (NQ) of the cell's meeting: date, place, attendance (11/12), a short review of 2019, "
            "“Chi bộ thống nhất tổ chức các chuyên đề sau:” and a table TT – Tên chuyên đề – Thời gian – Đồng chí "
            "chuẩn bị, trình bày (ranks before names), other decisions, the vote “11/11 đồng chí … tán thành "
            "(100%)” and the closing formula",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Đội Tổng hợp",
        "committee_name": "Đảng bộ Công an thị xã Phổ Yên",
        "left": ["ĐẢNG BỘ CÔNG AN THỊ XÃ PHỔ YÊN", "CHI BỘ ĐỘI TỔNG HỢP"],
        "send_to": ["Đảng ủy Công an thị xã (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["NGHỊ QUYẾT", "Hội nghị Chi bộ về kế hoạch sinh hoạt chuyên đề năm 2020"],
        "number": 2,
        "type_code": "NQ",
        "date": "2020-02-10",
        "place": "Phổ Yên",
        "legal_bases": [
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Đội Tổng hợp nhiệm kỳ 2020 – 2022;",
        ],
        "meeting": [
            "Hồi 14 giờ 00 ngày 10/02/2020, tại phòng họp Công an thị xã Phổ Yên, Chi bộ Đội Tổng hợp tiến "
            "hành hội nghị bàn và quyết định kế hoạch sinh hoạt chuyên đề năm 2020.",
            "Tổng số đảng viên của Chi bộ: 12 đồng chí; có mặt: 11 đồng chí; vắng: 01 đồng chí (có lý do: đi "
            "công tác).",
            "Chủ trì hội nghị: Thiếu tá Nguyễn Hoàng Hà – Bí thư Chi bộ. Thư ký: Thượng úy Ngô Thị Phương Thảo.",
        ],
        "review": [
            "Năm 2019 Chi bộ tổ chức đủ 04 chuyên đề theo kế hoạch; đảng viên chuẩn bị đề cương chu đáo, "
            "nhiều ý kiến thảo luận sát với công tác tham mưu, tổng hợp của Đội. Hạn chế: có chuyên đề lùi "
            "thời gian vì trùng đợt cao điểm bảo đảm an ninh, trật tự; việc theo dõi thực hiện kết luận sau "
            "sinh hoạt chưa thường xuyên.",
        ],
        "resolve_intro": "1. Thông qua Kế hoạch sinh hoạt chuyên đề năm 2020 của Chi bộ. Chi bộ thống nhất tổ "
        "chức các chuyên đề sau:",
        "decisions": [
            "2. Giao Chi ủy đôn đốc các đồng chí được phân công gửi đề cương trước kỳ sinh hoạt 07 ngày; chuyên "
            "đề được lồng ghép vào kỳ sinh hoạt thường kỳ của tháng.",
            "3. Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể sau mỗi chuyên đề; kết quả được đưa vào kiểm "
            "điểm, đánh giá đảng viên cuối năm.",
        ],
        "vote": [
            "Nghị quyết được 11/11 đồng chí đảng viên có mặt tại hội nghị biểu quyết tán thành (đạt 100%); "
            "không có ý kiến khác.",
        ],
        "closing": [
            "Hội nghị kết thúc hồi 16 giờ 30 phút cùng ngày. Chi ủy, các đảng viên trong Chi bộ có trách nhiệm "
            "tổ chức thực hiện Nghị quyết này./.",
        ],
        "topics": _P250_TOPICS,
        "targets": [],
        "secretary": "Thiếu tá Nguyễn Hoàng Hà",
    },
    {
        "id": "251_chi_bo_bv_tam_than_my_duc_2026",
        "half": "dev",
        "fmt": "docx",
        "layout": "t_twelve_months",
        "province": "Hà Nội",
        "source": "https://benhvientamthanmyduc.org.vn/benh-vien-tam-than-my-duc-to-chuc-hoi-thi-tay-nghe-bac-sy-nam-"
        "2025.html",
        "source_says": "Sáng 28/10/2025 Bệnh viện Tâm thần Mỹ Đức tổ chức Hội thi tay nghề bác sỹ năm 2025, các bác "
        "sỹ năm chuyên ngành (Tâm thần, Răng – Hàm – Mặt, Y học cổ truyền, Chẩn đoán hình ảnh, Xét nghiệm) thi "
        "trắc nghiệm; BSCKII Nguyễn Đăng Xuất, Phó Bí thư Chi bộ, Phó Giám đốc Bệnh viện, phát biểu khai mạc.",
        "completed": [
            "the page gives the hospital, its cell's deputy secretary (also deputy director) and the doctors' "
            "skills contest of 10/2025; the cell's 2026 plan, its twelve topics (one a month), every other member "
            "with health titles, the number and the date are completed; the superior committee is assumed",
            "twelve topics, one a month, in a table of three columns Tháng – Chuyên đề – Người báo cáo, the months "
            "bare (“Tháng 1” … “Tháng 12”, no year, no quarter), people with health titles (“BSCKII.”, “ThS.”, "
            "“ĐD.”, “DS.”) and posts after a dash, two in one cell for August",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ Bệnh viện Tâm thần Mỹ Đức",
        "committee_name": "Đảng bộ Sở Y tế Hà Nội",
        "left": ["ĐẢNG BỘ SỞ Y TẾ HÀ NỘI", "CHI BỘ BỆNH VIỆN TÂM THẦN MỸ ĐỨC"],
        "send_to": ["Đảng ủy Sở Y tế (b/c)", "Ban Giám đốc Bệnh viện", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 3,
        "type_code": "KH",
        "date": "2026-01-08",
        "place": "Mỹ Đức",
        "legal_bases": [
            "Căn cứ Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng "
            "sinh hoạt chi bộ trong giai đoạn mới;",
            "Căn cứ Nghị quyết Chi bộ năm 2026;",
        ],
        "opening": "Chi bộ Bệnh viện Tâm thần Mỹ Đức xây dựng kế hoạch sinh hoạt chuyên đề năm 2026, mỗi kỳ sinh "
        "hoạt thường kỳ dành thời gian cho một chuyên đề ngắn, như sau:",
        "aims": _AIMS,
        "table_intro": "Chuyên đề được trình bày khoảng 30 phút đầu kỳ sinh hoạt thường kỳ (ngày 05 hằng tháng), "
        "sau đó đảng viên thảo luận:",
        "closing": [
            "- Người báo cáo gửi đề cương cho Chi ủy trước kỳ sinh hoạt 05 ngày; Chi ủy có thể điều chỉnh nội dung "
            "khi cấp trên có hướng dẫn mới.",
            "- Kết quả sinh hoạt chuyên đề được tổng hợp báo cáo Đảng ủy Sở Y tế theo quý.",
        ],
        "topics": _P251_TOPICS,
        "targets": [],
        "secretary": "Phạm Văn Toàn",
    },
    {
        "id": "252_chi_bo_khoi_sx_kd_tien_bo_2022",
        "half": "dev",
        "fmt": "doc",
        "layout": "t_business_year",
        "province": "Thái Nguyên",
        "source": "https://tienbo.vn/dang-uy-cong-ty-cp-tap-doan-tien-bo-chi-bo-khoi-san-xuat-va-kinh-doanh-to-chuc-"
        "dai-hoi-lan-thu-iv-nhiem-ky-2022-2025/",
        "source_says": "Được Đảng ủy Công ty CP Tập đoàn Tiến Bộ đồng ý, Chi bộ Khối Sản xuất và Kinh doanh tổ chức "
        "Đại hội lần thứ IV, nhiệm kỳ 2022 – 2025; dự có đồng chí Phùng Văn Thái, Bí thư Đảng ủy, Tổng giám đốc, "
        "và đồng chí Trần Văn Sơ, Phó Bí thư Đảng ủy; đồng chí Trần Ngọc Sinh, Bí thư chi bộ nhiệm kỳ 2020 – 2022, "
        "trình bày báo cáo tổng kết; đại hội nghe 01 tham luận và bầu cấp ủy, Bí thư, Phó Bí thư khóa IV.",
        "completed": [
            "the page gives the cell, its committee, its congress of the 2022 – 2025 term and its former secretary; "
            "that he was re-elected, the cell's plan for the business year 7/2022 – 6/2023, its four topics, months, "
            "every other member, the number and the date are completed",
            "a plan over a business year (from July 2022 to June 2023), the months of two calendar years in a table "
            "Tháng/năm – Nội dung chuyên đề – Phân công (“Tháng 8/2022” … “Tháng 5/2023”), people with posts after a "
            "dash, two in one cell (.doc)",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Khối Sản xuất và Kinh doanh",
        "committee_name": "Đảng bộ Công ty CP Tập đoàn Tiến Bộ",
        "left": ["ĐẢNG BỘ CÔNG TY CP TẬP ĐOÀN TIẾN BỘ", "CHI BỘ KHỐI SẢN XUẤT VÀ KINH DOANH"],
        "send_to": ["Đảng ủy Công ty (b/c)", "Ban Tổng giám đốc", "Đảng viên trong Chi bộ"],
        "title_lines": [
            "KẾ HOẠCH",
            "Sinh hoạt chuyên đề năm 2022 – 2023",
            "(từ tháng 7/2022 đến tháng 6/2023)",
        ],
        "number": 12,
        "type_code": "KH",
        "date": "2022-07-08",
        "place": "Thái Nguyên",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Khối Sản xuất và Kinh doanh lần thứ IV, nhiệm kỳ 2022 – 2025;",
        ],
        "opening": "Để sinh hoạt chuyên đề gắn với kế hoạch sản xuất, kinh doanh của Công ty (tính từ tháng 7 năm "
        "trước đến tháng 6 năm sau), Chi bộ Khối Sản xuất và Kinh doanh xây dựng kế hoạch như sau:",
        "aims": _AIMS,
        "intro": [
            "Chi bộ tổ chức 04 chuyên đề trong năm, mỗi chuyên đề kết hợp với một kỳ sinh hoạt thường kỳ (thứ Bảy "
            "tuần đầu của tháng); các kỳ còn lại sinh hoạt thường kỳ theo quy định.",
        ],
        "closing": [
            "- Người được phân công gửi đề cương cho Bí thư Chi bộ trước kỳ sinh hoạt 07 ngày.",
            "- Kết thúc năm (tháng 6/2023) Chi ủy đánh giá việc thực hiện, báo cáo Đảng ủy Công ty.",
        ],
        "topics": _P252_TOPICS,
        "targets": [],
        "secretary": _SINH_252,
    },
    {
        "id": "253_chi_bo_quan_su_xa_ha_trung_2024",
        "half": "dev",
        "fmt": "odt",
        "layout": "t_posts_and_guests",
        "province": "Thanh Hóa",
        "source": "http://hatrung.bathuoc.thanhhoa.gov.vn/web/trang-chu/he-thong-chinh-tri/dang-uy",
        "source_says": "Thực hiện Công văn số 1015-CV/HU ngày 19/9/2023 của Huyện ủy Bá Thước hướng dẫn thành lập chi "
        "bộ quân sự cấp xã, chiều 22/12/2023 Đảng ủy xã Hạ Trung (huyện Bá Thước) tổ chức lễ công bố quyết định "
        "thành lập Chi bộ Quân sự xã Hạ Trung, nhằm tăng cường sự lãnh đạo của Đảng đối với lực lượng dân quân tự "
        "vệ, dự bị động viên và công tác quân sự ở địa phương.",
        "completed": [
            "the page gives the cell, its commune committee and its founding on 22/12/2023; the cell's first "
            "thematic plan (2024), its committee, the four topics, months, guests, every member (Thái and Mường "
            "names), the number and the date are completed",
            "the cell committee listed with names and posts before the schedule; the table Thời gian – Chuyên đề – "
            "Người trình bày – Người dự names the presenters by post only (“Bí thư Chi bộ”, “Phó Bí thư Chi bộ”, "
            "“Chi ủy viên phụ trách công tác đảng, công tác chính trị”; once a post and a named member), the truth "
            "gives the names from the committee list; the last column holds guests, not presenters (.odt)",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Quân sự xã Hạ Trung",
        "committee_name": "Đảng bộ xã Hạ Trung",
        "left": ["ĐẢNG BỘ XÃ HẠ TRUNG", "CHI BỘ QUÂN SỰ"],
        "send_to": [
            "Đảng ủy xã Hạ Trung (b/c)",
            "Ban CHQS huyện Bá Thước (b/c)",
            "Đảng viên trong Chi bộ",
        ],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2024"],
        "number": 4,
        "type_code": "KH",
        "date": "2024-01-15",
        "place": "Hạ Trung",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 35-HD/BTCTW của Ban Tổ chức Trung ương về tổ chức và hoạt động "
            "của chi bộ quân sự xã, phường, thị trấn;",
            BASE_HD12,
        ],
        "opening": "Năm 2024 là năm đầu Chi bộ Quân sự xã Hạ Trung đi vào hoạt động. Chi bộ Quân sự xã Hạ Trung xây "
        "dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:",
        "aims": _AIMS,
        "committee_list": [
            "Chi ủy Chi bộ gồm 03 đồng chí:",
            "- Đồng chí Trương Văn Hùng – Bí thư Chi bộ (Bí thư Đảng ủy xã);",
            "- Đồng chí Hà Văn Thân – Phó Bí thư Chi bộ (Chỉ huy trưởng Ban CHQS xã);",
            "- Đồng chí Lò Văn Quý – Chi ủy viên phụ trách công tác đảng, công tác chính trị (Chính trị viên phó "
            "Ban CHQS xã).",
        ],
        "closing": [
            "- Người trình bày chuẩn bị đề cương, gửi Chi ủy trước kỳ sinh hoạt 05 ngày; Chi ủy gửi giấy mời người "
            "dự.",
            "- Sau mỗi chuyên đề Chi bộ ra kết luận, báo cáo Đảng ủy xã và Ban CHQS huyện.",
        ],
        "topics": _P253_TOPICS,
        "targets": [],
        "secretary": _HUNG_253,
    },
    {
        "id": "254_chi_bo_10_dien_bien_ba_dinh_2015",
        "half": "dev",
        "fmt": "doc",
        "layout": "t_adjusted_struck",
        "province": "Hà Nội",
        "source": "https://badinh.hanoi.gov.vn/khoi-phuong/-/view_content/155546-sinh-hoat-chi-bo-moi-thuc-hien-theo-"
        "de-an-so-06-da-tu-cua-thanh-uy-ha-noi.html",
        "source_says": "(08/07/2014) Thực hiện Đề án số 06-ĐA/TU của Thành ủy Hà Nội, sau sáp nhập phường Điện Biên có "
        "11 chi bộ và 20 tổ dân phố; Chi bộ 10 có 166 đảng viên, sáp nhập từ 4 chi bộ cũ (9A, 9B, 9C, 9D); đồng chí "
        "Đỗ Thị Duy Nhiên, Bí thư Đảng ủy phường, dự buổi sinh hoạt đầu tiên và giao nhiệm vụ cho cấp ủy chi bộ.",
        "completed": [
            "the page gives the cell, its ward, its size and the four cells merged into it; the cell's 2015 thematic "
            "plan, its adjustment in June, the five topics (one dropped, one added), months, every member, the "
            "numbers and the dates are completed",
            "an adjusted plan (Kế hoạch điều chỉnh) reprinting the year's table TT – Thời gian – Chuyên đề – Người "
            "chuẩn bị – Ghi chú: the quarter III topic (September) typed in strikethrough with the note “Bỏ …”, the "
            "topic replacing it in the next row (August, “Bổ sung, thay chuyên đề 3”); the truth holds the four "
            "topics that stand (.doc)",
        ],
        "kind": "thematic",
        "year": 2015,
        "cell_name": "Chi bộ 10",
        "committee_name": "Đảng bộ phường Điện Biên",
        "left": ["ĐẢNG BỘ PHƯỜNG ĐIỆN BIÊN", "CHI BỘ 10"],
        "send_to": ["Đảng ủy phường Điện Biên (b/c)", "Các tổ đảng", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH ĐIỀU CHỈNH", "Kế hoạch sinh hoạt chuyên đề năm 2015"],
        "number": 7,
        "type_code": "KH",
        "date": "2015-06-20",
        "place": "Ba Đình",
        "legal_bases": [
            "Căn cứ Kế hoạch số 02-KH/CB ngày 12/01/2015 của Chi bộ 10 về sinh hoạt chuyên đề năm 2015;",
            "Căn cứ Kế hoạch của Đảng ủy phường Điện Biên về tổ chức đại hội chi bộ, đại hội Đảng bộ phường;",
        ],
        "opening": "Chi ủy Chi bộ 10 điều chỉnh kế hoạch sinh hoạt chuyên đề năm 2015 như sau:",
        "reasons": [
            "Quý III/2015 các chi bộ tập trung góp ý văn kiện đại hội Đảng bộ cấp trên; nội dung chuyên đề quý III "
            "đã được đưa vào sinh hoạt thường kỳ và phong trào của các tổ dân phố.",
        ],
        "changes": [
            "- Bỏ chuyên đề 3 (quý III, tháng 9/2015) “Vận động nhân dân thực hiện nếp sống văn minh đô thị, giữ "
            "gìn trật tự vỉa hè”; thay bằng chuyên đề góp ý dự thảo văn kiện, sinh hoạt vào kỳ tháng 8/2015.",
            "- Các chuyên đề 1, 2 đã thực hiện; chuyên đề 4 giữ nguyên.",
        ],
        "table_intro": "Kế hoạch sinh hoạt chuyên đề năm 2015 sau điều chỉnh:",
        "rows": _P254_ROWS,
        "closing": [
            "- Các tổ đảng phổ biến kế hoạch điều chỉnh tới đảng viên; đảng viên cao tuổi được tổ đảng thông báo "
            "tận nhà.",
            "- Chi ủy báo cáo Đảng ủy phường việc điều chỉnh.",
        ],
        "topics": _P254_TOPICS,
        "targets": [],
        "secretary": _BAO_254,
    },
    {
        "id": "255_chi_bo_khu_pho_3_phuong_13_binh_thanh_2016",
        "half": "dev",
        "fmt": "txt",
        "layout": "t_text_subitems",
        "province": "TP Hồ Chí Minh",
        "source": "http://thanhdoan.hochiminhcity.gov.vn/ThanhDoan/webtd/News/22608",
        "source_says": "Theo lịch hội nghị nhân dân của UBND phường 13 (25/5 – 26/6/2015), Chi đoàn khu phố 3, phường "
        "13, quận Bình Thạnh tham mưu cấp ủy, chính quyền khu phố để đoàn viên thanh niên làm thư ký các buổi họp "
        "định kỳ hằng tháng của khu phố, tổ dân phố: ghi biên bản, hoàn thiện sổ sách, phản ánh ý kiến các hộ dân "
        "(tin của Đức Thắng).",
        "completed": [
            "the page gives the khu phố, its ward and district, and its youth branch's work with the residential "
            "groups; the khu phố's party cell, its 2016 thematic plan, the four topics, months, every member, the "
            "number and the date are completed; the superior committee is the ward's",
            "plain text whose topics “Chuyên đề N: …” are each followed by long sub-items “- Mục đích:”, “- Yêu cầu:”, "
            "“- Tài liệu:” (quoting other documents and programmes in quotation marks) that are not topics, then “- "
            "Thời gian: kỳ sinh hoạt tháng 3/2016 (quý I)” and “- Người thực hiện: …” with two people joined by “;”",
        ],
        "kind": "thematic",
        "year": 2016,
        "cell_name": "Chi bộ khu phố 3",
        "committee_name": "Đảng bộ phường 13",
        "left": ["ĐẢNG BỘ PHƯỜNG 13 – QUẬN BÌNH THẠNH", "CHI BỘ KHU PHỐ 3"],
        "send_to": ["Đảng ủy phường 13 (b/c)", "Ban điều hành khu phố 3", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "SINH HOẠT CHUYÊN ĐỀ NĂM 2016"],
        "number": 2,
        "type_code": "KH",
        "date": "2016-01-18",
        "place": "Bình Thạnh",
        "legal_bases": ["Căn cứ Chương trình công tác năm 2016 của Đảng ủy phường 13;"],
        "opening": "Chi bộ khu phố 3, phường 13, quận Bình Thạnh xây dựng kế hoạch sinh hoạt chuyên đề năm 2016 như "
        "sau:",
        "aims": [
            "- Đảng viên nắm vững chủ trương, nhiệm vụ của phường và khu phố; chuyên đề gắn với việc của tổ dân phố.",
            "- Mỗi chuyên đề có người chuẩn bị, có tài liệu, có kết luận và việc làm sau sinh hoạt.",
        ],
        "closing": [
            "- Chi ủy phân công, đôn đốc người thực hiện gửi đề cương trước 05 ngày.",
            "- Chi đoàn khu phố cử đoàn viên ghi biên bản các buổi sinh hoạt chuyên đề.",
        ],
        "topics": _P255_TOPICS,
        "targets": [],
        "secretary": _TU_255,
    },
    {
        "id": "256_chi_bo_ban_kham_1_trung_ly_2026",
        "half": "dev",
        "fmt": "scan",
        "layout": "t_scan_cb_tb",
        "province": "Thanh Hóa",
        "source": "https://baothanhhoa.vn/dong-bao-mong-mot-long-theo-dang-khat-vong-doi-doi-tu-nui-cao-bai-cuoi-chi-"
        "bo-manh-ban-lang-doi-thay-274260.htm",
        "source_says": "(Báo Thanh Hóa, 07/01/2026) Bản Khằm 1, xã Trung Lý có 85 hộ, 475 nhân khẩu, 100% đồng bào "
        "Mông; Chi bộ có 8 đảng viên (1 đi làm ăn xa), 7 đảng viên sinh hoạt định kỳ; Bí thư chi bộ Vàng A Sùng nói "
        "xen tiếng phổ thông và tiếng Mông; chi bộ thành lập năm 2011 trên cơ sở 3 bản.",
        "completed": [
            "the page gives the bản, its commune, households, people, members and secretary; the cell's 2026 "
            "thematic plan, its four topics, months, every other member (Mông names), the number and the date are "
            "completed",
            "one page scanned: a table TT – Tên chuyên đề – Thời gian (“Kỳ tháng 3/2026”) – Phân công, the people "
            "marked “CB:” (prepares the outline) and “TB:” (presents) in one cell, once “CB, TB:” for one person; "
            "the key under the table; both are presenters in the truth",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ bản Khằm 1",
        "committee_name": "Đảng bộ xã Trung Lý",
        "left": ["ĐẢNG BỘ XÃ TRUNG LÝ", "CHI BỘ BẢN KHẰM 1"],
        "send_to": ["Đảng ủy xã Trung Lý (b/c)"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-12",
        "place": "Trung Lý",
        "legal_bases": [],
        "opening": "Thực hiện Chỉ thị số 50-CT/TW của Ban Bí thư và hướng dẫn của Đảng ủy xã, Chi bộ bản Khằm 1 tổ "
        "chức sinh hoạt chuyên đề mỗi quý một lần, cụ thể:",
        "closing": [
            "Ghi chú: CB – chuẩn bị đề cương; TB – trình bày tại buổi sinh hoạt. Chuyên đề trình bày bằng tiếng phổ "
            "thông, giải thích thêm bằng tiếng Mông để bà con hiểu.",
        ],
        "topics": _P256_TOPICS,
        "targets": [],
        "secretary": _SUNG_256,
    },
    {
        "id": "257_chi_bo_ban_cha_khot_na_meo_2022",
        "half": "dev",
        "fmt": "txt",
        "layout": "t_text_guest_opening",
        "province": "Thanh Hóa",
        "source": "https://thads.moj.gov.vn/thanhhoa/noidung/tintuc/Lists/HoatDongCuaCacChiCuc/View_Detail.aspx?"
        "ItemID=208",
        "source_says": "Theo Quyết định số 451/QĐ-HU ngày 30/08/2021 của Ban Thường vụ Huyện ủy Quan Sơn, đồng chí Lê "
        "Minh Sáng, Bí thư Chi bộ Chi cục Thi hành án dân sự huyện, được phân công dự sinh hoạt với Chi bộ bản Cha "
        "Khót, xã Na Mèo — bản đặc biệt khó khăn giáp biên giới Việt – Lào, 50 hộ, hơn 200 nhân khẩu, chủ yếu đồng "
        "bào Thái; ngày 14/12/2021 Chi cục trao quà cho các hộ khó khăn; anh Lữ Văn Lập là Bí thư Chi bộ kiêm "
        "trưởng bản.",
        "completed": [
            "the page gives the bản, its commune, its households and people, its secretary (also head of the bản) and "
            "the district official assigned to attend its meetings; the cell's 2022 thematic plan, its four topics, "
            "months, every other member (Thái names), the number and the date are completed",
            "plain text: the guest assigned by the district committee named in the opening (not a presenter); topics "
            "“Chuyên đề N – Quý …: …” with “Thời gian: kỳ sinh hoạt tháng …” and “Người trình bày: …”; the quarter "
            "III topic is held at the October meeting, after the harvest (a month outside its quarter, conflicts: 1)",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ bản Cha Khót",
        "committee_name": "Đảng bộ xã Na Mèo",
        "left": ["ĐẢNG BỘ XÃ NA MÈO", "CHI BỘ BẢN CHA KHÓT"],
        "send_to": ["Đảng ủy xã Na Mèo (b/c)", "Đ/c Lê Minh Sáng (để biết, dự sinh hoạt)"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2022"],
        "number": 3,
        "type_code": "KH",
        "date": "2022-01-10",
        "place": "Na Mèo",
        "legal_bases": [BASE_HD12],
        "opening": "Chi bộ bản Cha Khót xây dựng kế hoạch sinh hoạt chuyên đề năm 2022. Các kỳ sinh hoạt chuyên đề "
        "có đồng chí Lê Minh Sáng, Bí thư Chi bộ Chi cục Thi hành án dân sự huyện (được Ban Thường vụ Huyện ủy phân "
        "công), dự và góp ý.",
        "aims": [
            "- Chuyên đề gắn với việc giữ biên giới, phát triển sản xuất và đời sống của bà con trong bản.",
            "- Đảng viên chuẩn bị trước, nói ngắn gọn, dễ hiểu; có kết luận giao việc sau mỗi chuyên đề.",
        ],
        "closing": [
            "- Chi ủy thông báo ngày sinh hoạt cụ thể; mùa vụ có thể lùi kỳ sinh hoạt nhưng không bỏ chuyên đề.",
            "- Kết quả từng chuyên đề báo cáo Đảng ủy xã Na Mèo.",
        ],
        "topics": _P257_TOPICS,
        "targets": [],
        "secretary": _LAP_257,
    },
    {
        "id": "258_chi_bo_tham_muu_an_ninh_cong_an_ha_nam_2020",
        "half": "dev",
        "fmt": "odt",
        "layout": "t_numbered_two_meetings",
        "province": "Hà Nam",
        "source": "http://cand.com.vn/Hoat-dong-LL-CAND/Dang-bo-Cong-an-tinh-Ha-Nam-lam-tot-cong-tac-chuan-bi-huong-"
        "toi-Dai-hoi-Dang-cac-cap-582121/",
        "source_says": "Đảng bộ Công an tỉnh Hà Nam chuẩn bị đại hội đảng các cấp; 26 chi bộ trực thuộc các đảng bộ cơ "
        "sở đã đại hội xong; Đảng ủy Công an tỉnh chọn Chi bộ 2 (Đảng bộ Phòng Tham mưu), Chi bộ Phòng Kỹ thuật "
        "nghiệp vụ và Đảng bộ Phòng CSGT đại hội thí điểm bầu trực tiếp bí thư; ảnh: đảng viên Chi bộ Tham mưu An "
        "ninh, Pháp chế và quản lý khoa học bỏ phiếu bầu Ban Chi ủy khóa VI, nhiệm kỳ 2020 – 2023.",
        "completed": [
            "the page gives the cell, its term (the sixth, 2020 – 2023) and the provincial police's party "
            "organisation; the superior committee (assumed: the Phòng Tham mưu's), the cell's 2020 plan, its four "
            "topics, months, members and ranks, the number and the date are completed",
            "numbered topics each followed by “Thời gian:” and “Người thực hiện:” lines, ranks before the names; "
            "one topic takes two meetings (“sinh hoạt trong 02 kỳ, tháng 5 và tháng 6/2020 (quý II)” — month "
            "null), its two people by part (“(phần 1)”, “(phần 2)”) (.odt)",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Tham mưu An ninh, Pháp chế và quản lý khoa học",
        "committee_name": "Đảng bộ Phòng Tham mưu",
        "left": [
            "ĐẢNG BỘ PHÒNG THAM MƯU",
            "CHI BỘ THAM MƯU AN NINH,",
            "PHÁP CHẾ VÀ QUẢN LÝ KHOA HỌC",
        ],
        "send_to": ["Đảng ủy Phòng Tham mưu (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        "number": 5,
        "type_code": "KH",
        "date": "2020-01-15",
        "place": "Hà Nam",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Tham mưu An ninh, Pháp chế và quản lý khoa học khóa VI, nhiệm kỳ "
            "2020 – 2023;",
        ],
        "opening": "Chi bộ Tham mưu An ninh, Pháp chế và quản lý khoa học xây dựng kế hoạch sinh hoạt chuyên đề năm "
        "2020 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P258_TOPICS,
        "targets": [],
        "secretary": "Trung tá Trần Văn Quang",
    },
    {
        "id": "259_chi_bo_lien_minh_htx_ca_mau_2016",
        "half": "dev",
        "fmt": "docx",
        "layout": "t_guide_numbers",
        "province": "Cà Mau",
        "source": "http://lienminhhtx.camau.gov.vn/cong-bo-quyet-dinh-chuan-y-bo-sung-chuc-danh-bi-thu-pho-bi-thu-chi-"
        "bo-lien-minh-hop-tac-xa-nhiem-ky-2015-2020.38",
        "source_says": "Công bố quyết định chuẩn y bổ sung chức danh Bí thư, Phó Bí thư Chi bộ Liên minh hợp tác xã "
        "nhiệm kỳ 2015 – 2020; đồng chí Huỳnh Kim Ngân đề nghị cấp ủy mới rà soát các tiêu chí, chỉ tiêu, kế hoạch, "
        "chương trình hành động của Chi bộ, quy chế làm việc và quy chế phối hợp với Thường trực Liên minh; đồng chí "
        "Nguyễn Trọng Nhân, Bí thư Chi bộ Liên minh hợp tác xã, tiếp thu ý kiến chỉ đạo.",
        "completed": [
            "the page gives the cell, its term and its secretary; the superior committee (assumed: the provincial "
            "agencies' bloc), its guide of six suggested topics, the cell's 2016 plan choosing four of them, months, "
            "every other member, the number and the date are completed",
            "the guide's six topics listed with their numbers, the cell's choice (“chuyên đề số 1, 3, 4 và 6”), and "
            "a schedule Kỳ sinh hoạt – Chuyên đề – Người chuẩn bị – Người báo cáo naming each topic only as "
            "“Chuyên đề số N (theo Hướng dẫn)”; the truth gives the guide's titles of the four chosen",
        ],
        "kind": "thematic",
        "year": 2016,
        "cell_name": "Chi bộ Liên minh hợp tác xã",
        "committee_name": "Đảng bộ Khối các cơ quan tỉnh Cà Mau",
        "left": ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "CHI BỘ LIÊN MINH HỢP TÁC XÃ"],
        "send_to": ["Đảng ủy Khối (b/c)", "Thường trực Liên minh HTX", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2016"],
        "number": 2,
        "type_code": "KH",
        "date": "2016-02-01",
        "place": "Cà Mau",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 05-HD/ĐUK ngày 15/01/2016 của Đảng ủy Khối các cơ quan tỉnh về nội dung sinh hoạt "
            "chuyên đề năm 2016;",
        ],
        "opening": "Chi bộ Liên minh hợp tác xã xây dựng kế hoạch sinh hoạt chuyên đề năm 2016 như sau:",
        "aims": _AIMS,
        "guide_intro": "Hướng dẫn số 05-HD/ĐUK gợi ý 06 chuyên đề để các chi bộ lựa chọn:",
        "guide": _GUIDE_259,
        "choice": "Căn cứ nhiệm vụ chính trị của cơ quan, Chi bộ chọn 04 chuyên đề: chuyên đề số 1, 3, 4 và 6 của "
        "Hướng dẫn, sinh hoạt mỗi quý một chuyên đề như sau:",
        "closing": _CLOSING,
        "topics": _P259_TOPICS,
        "targets": [],
        "secretary": _NHAN_259,
    },
]
