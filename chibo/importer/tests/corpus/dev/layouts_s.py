"""Development batch 240–249: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the generic
helpers of ``common.py``. They are ordinary plans as northern and north-central cells type them, in
shapes the earlier batches did not cover: a news article of a commune's radio station copied from its
web site, telling a village cell's plan in the third person (“Chi bộ xóm 8 đã xây dựng kế hoạch …”),
its topics in one long sentence (“chuyên đề thứ nhất … vào kỳ sinh hoạt tháng 3 …; chuyên đề thứ
hai …”) beside numbers and a past meeting that are not topics; a one-page scan of a private
kindergarten's three-member cell whose table gives the day without the year (“28/3”) and separate
preparer and speaker columns; topics coded “CĐ1”, “CĐ 02”, “CĐ3”, “CĐ.04” and lettered “a)” … “d)”, each
“Sinh hoạt chuyên đề với chủ đề “…””, the people only in a later section keyed by code; a table whose
times are ranges inside one quarter (“Tháng 4 – 5/2021”: quarter, no month) with a note under the table
moving one meeting (“do trùng lịch …, chuyển sang tháng 11/2021”); a village's twelve-month programme
whose months carry “a)”, “b)” items of regular business and, four times, “c) Sinh hoạt chuyên đề (quý
I) với chủ đề “…””, the quarter III topic held in October (``conflicts: 1``); plain text whose schedule
is one sentence a line (“Tháng 5/2024, đồng chí …, chuyên đề: …”) with a closing line that is not a
topic; a phone photo of a village table Kỳ sinh hoạt – Chuyên đề – Báo cáo viên – Ghi chú whose note
column names guests; a one-page scan whose table has the four quarters as columns and the month
written inside the quarter's cell (“T4”); the topics first named inline by bracketed numbers (“(1)
“…” – quý I; (2) …”) and then scheduled in a table keyed by those numbers with Chủ trì and Chuẩn bị
columns; a table whose title and time cells are merged down over one row per part (Chủ trì, Báo cáo
đề dẫn, Tham luận). Facts are in ``PLANS`` below (same keys as ``plans.py``); ``build.py`` merges both
``LAYOUTS`` and ``PLANS``.
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
def _plain_head(p: dict[str, Any]) -> list[str]:
    """The heading as typed in a text editor, one line each."""
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


def _plain_sign(p: dict[str, Any]) -> list[str]:
    return [
        "",
        "Nơi nhận:",
        *[f"- {x};" for x in p["send_to"]],
        "- Lưu Chi bộ.",
        "",
        "                                        T/M CHI BỘ",
        "                                         BÍ THƯ",
        "",
        f"                                      {p['secretary']}",
    ]


# ------------------------------------------------------------------------------------ layouts
def news_article(p: dict[str, Any]) -> list[Block]:
    """A news article of the commune's radio station saved as text from its web site: breadcrumbs,
    title, date, lead, then the cell's plan told in the third person, the topics in one sentence
    (“chuyên đề thứ nhất …; chuyên đề thứ hai …”) among figures that are not topics (members, a past
    meeting), author and tags at the end."""
    lines = [*p["crumbs"], "", p["headline"], p["posted"], "", p["lead"], ""]
    lines += p["body_before"]
    lines += ["", p["topics_sentence"], ""]
    lines += p["body_after"]
    lines += ["", p["byline"], "", *p["tags"]]
    return paras(lines)


def scan_day_no_year(p: dict[str, Any]) -> list[Block]:
    """One page of a small cell: heading, title, one sentence, a table Quý – Tên chuyên đề – Đ/c chuẩn
    bị – Đ/c trình bày – Thời gian (dự kiến) whose times are days without the year (“28/3”)."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), ("p", p["opening"])]
    rows = [[t["qcell"], t["title"], t["prep"], t["speak"], t["when"]] for t in p["topics"]]
    out.append(("table", ["Quý", "Tên chuyên đề", "Đ/c chuẩn bị", "Đ/c trình bày",
                          "Thời gian (dự kiến)"], rows, "", (1.3, 7.2, 3.0, 3.0, 2.3)))  # fmt: skip
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def codes_lettered(p: dict[str, Any]) -> list[Block]:
    """Topics lettered “a)” … “d)”, each with its code (“CĐ1”, “CĐ 02”, “CĐ3”, “CĐ.04”), its time and
    “Sinh hoạt chuyên đề với chủ đề “…””; the people only in section III, keyed by the codes."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN"))
    out += paras(p["intro"])
    for letter, t in zip("abcdef", p["topics"], strict=False):
        out.append(("p", f"{letter}) {t['code']} – {t['when']}: Sinh hoạt chuyên đề với chủ đề "
                         f"“{t['title']}”."))  # fmt: skip
    out.append(("h", "III. PHÂN CÔNG THỰC HIỆN"))
    out += paras([f"- {t['code']}: {t['who']}." for t in p["topics"]])
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def ranges_moved_note(p: dict[str, Any]) -> list[Block]:
    """A table TT – Nội dung chuyên đề – Thời gian – Người thực hiện whose times are a month or a range
    of two months inside one quarter (“Tháng 4 – 5/2021”), with a note under the table that moves one
    meeting (“(*) … do trùng lịch …, chuyển sang tháng 11/2021”)."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG VÀ THỜI GIAN"))
    rows = [[str(i), t["title"] + (" (*)" if t.get("moved") else ""), t["when"], "\n".join(t["who"])]
            for i, t in enumerate(p["topics"], 1)]  # fmt: skip
    out.append(("table", ["TT", "Nội dung chuyên đề", "Thời gian", "Người thực hiện"], rows, "",
                (1.0, 8.0, 3.0, 4.5)))  # fmt: skip
    out.append(("p", p["note"]))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def month_programme_items(p: dict[str, Any]) -> list[Block]:
    """A village's programme of the twelve monthly meetings, each month a bold heading with “a)”, “b)”
    items of regular business; four months add “c) Sinh hoạt chuyên đề (quý N) với chủ đề “…”” and
    its people."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT CÁC THÁNG"))
    for month in p["months"]:
        out.append(("h", month["head"]))
        out += paras(month["items"])
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def text_sentence_lines(p: dict[str, Any]) -> list[Block]:
    """Plain text whose schedule is one sentence a line: “Tháng 5/2024, đồng chí …, chuyên đề: …”,
    followed by a line of December's review that is not a topic."""
    lines = _plain_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += ["II. LỊCH SINH HOẠT CHUYÊN ĐỀ", p["intro"]]
    lines += [t["line"] for t in p["topics"]]
    lines += p["after_lines"]
    lines += ["", "III. TỔ CHỨC THỰC HIỆN", *p["closing"]]
    lines += _plain_sign(p)
    return paras(lines)


def photo_guest_note(p: dict[str, Any]) -> list[Block]:
    """One printed page: a table STT – Kỳ sinh hoạt – Chuyên đề – Báo cáo viên – Ghi chú, the note
    naming guests (not presenters)."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), *paras(p["legal_bases"])]
    out.append(("p", p["opening"]))
    rows = [[str(i), t["when"], t["title"], "\n".join(t["who"]), t["note"]]
            for i, t in enumerate(p["topics"], 1)]  # fmt: skip
    out.append(("table", ["STT", "Kỳ sinh hoạt", "Chuyên đề", "Báo cáo viên", "Ghi chú"], rows, "",
                (1.3, 2.5, 6.4, 3.6, 2.8)))  # fmt: skip
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def scan_quarter_grid(p: dict[str, Any]) -> list[Block]:
    """One page: a table TT – Chuyên đề – Quý I – Quý II – Quý III – Quý IV – Người thực hiện, the
    month written inside the cell of its quarter (“T4”), the other quarter cells empty."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), ("p", p["opening"])]
    rows = []
    for i, t in enumerate(p["topics"], 1):
        quarters = ["", "", "", ""]
        quarters[t["quarter"] - 1] = t["cell"]
        rows.append([str(i), t["title"], *quarters, "\n".join(t["who"])])
    out.append(("table", ["TT", "Chuyên đề", "Quý I", "Quý II", "Quý III", "Quý IV",
                          "Người thực hiện"], rows, "", (1.1, 6.0, 1.5, 1.5, 1.5, 1.5, 3.5)))  # fmt: skip
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def inline_numbers_table(p: dict[str, Any]) -> list[Block]:
    """The topics first named inline in one paragraph by bracketed numbers (“(1) “…” – quý I; (2) …”),
    then scheduled in a table Chuyên đề – Thời gian – Chủ trì – Chuẩn bị đề cương keyed by “(1)”."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG"))
    named = "; ".join(f"({i}) “{t['title']}” – {t['qword']}" for i, t in enumerate(p["topics"], 1))
    out.append(("p", f"{p['inline_lead']} {named}."))
    out.append(("h", "III. THỜI GIAN VÀ PHÂN CÔNG"))
    rows = [[f"({i})", t["when"], t["chair"], t["prep"]] for i, t in enumerate(p["topics"], 1)]
    out.append(("table", ["Chuyên đề", "Thời gian", "Chủ trì", "Chuẩn bị đề cương"], rows, "",
                (2.2, 3.0, 5.5, 5.8)))  # fmt: skip
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def _role_rows_table(p: dict[str, Any]) -> Callable[[Any], None]:
    """STT – Chuyên đề – Thời gian – Nhiệm vụ – Đồng chí: one row per part (Chủ trì, Báo cáo đề dẫn,
    Tham luận), the number, title and time merged down over the topic's rows."""

    def draw(doc: Any) -> None:
        from docx.enum.table import WD_ALIGN_VERTICAL

        grid = doc.add_table(rows=1, cols=5)
        grid.style = "Table Grid"
        for j, text in enumerate(["STT", "Chuyên đề", "Thời gian", "Nhiệm vụ", "Đồng chí"]):
            grid.cell(0, j).paragraphs[0].add_run(text).bold = True
        for i, t in enumerate(p["topics"], 1):
            first = len(grid.rows)
            for role, who in t["parts"]:
                row = grid.add_row()
                row.cells[3].text = role
                row.cells[4].text = who
            last = len(grid.rows) - 1
            for j, text in ((0, str(i)), (1, t["title"]), (2, t["when"])):
                cell = (
                    grid.cell(first, j).merge(grid.cell(last, j))
                    if last > first
                    else grid.cell(first, j)
                )
                cell.text = text
                cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        set_widths(grid, (1.3, 5.9, 2.6, 2.8, 4.0))

    return draw


def merged_role_rows(p: dict[str, Any]) -> list[Block]:
    """A village plan whose schedule table gives one row per part of each meeting (Chủ trì, Báo cáo
    đề dẫn, Tham luận), the title and time cells merged down over them."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG"))
    out.append(("p", p["table_intro"]))
    lines = ["STT | Chuyên đề | Thời gian | Nhiệm vụ | Đồng chí"]
    for i, t in enumerate(p["topics"], 1):
        for k, (role, who) in enumerate(t["parts"]):
            lead = f"{i} | {t['title']} | {t['when']}" if k == 0 else " |  | "
            lines.append(f"{lead} | {role} | {who}")
    out.append(("docx", _role_rows_table(p), lines))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "s_news_article": news_article,
    "s_scan_day_no_year": scan_day_no_year,
    "s_codes_lettered": codes_lettered,
    "s_ranges_moved_note": ranges_moved_note,
    "s_month_programme_items": month_programme_items,
    "s_text_sentence_lines": text_sentence_lines,
    "s_photo_guest_note": photo_guest_note,
    "s_scan_quarter_grid": scan_quarter_grid,
    "s_inline_numbers_table": inline_numbers_table,
    "s_merged_role_rows": merged_role_rows,
}


# -------------------------------------------------------------------------------------- plans
_AIMS = [
    "- Nâng cao chất lượng sinh hoạt chi bộ; nội dung chuyên đề thiết thực, gắn với nhiệm vụ chính trị "
    "của chi bộ và đời sống của nhân dân.",
    "- Đảng viên được phân công chuẩn bị chu đáo, gửi đề cương cho Chi ủy trước kỳ sinh hoạt; mọi đảng "
    "viên nghiên cứu trước, tham gia ý kiến.",
]
_CLOSING = [
    "- Chi ủy đôn đốc việc chuẩn bị, thông báo thời gian cụ thể trước mỗi kỳ sinh hoạt.",
    "- Kết thúc mỗi chuyên đề có kết luận của Chi ủy, giao việc cụ thể; kết quả báo cáo cấp ủy cấp trên.",
]

# 240 — xóm 8, xã Phát Diệm (Ninh Bình)
_THIEU_240, _TU_240, _HANH_240, _LAM_240, _HUE_240 = (
    "Phạm Văn Thiều",
    "Vũ Văn Tú",
    "Đỗ Văn Hạnh",
    "Trần Đức Lâm",
    "Nguyễn Thị Huệ",
)
_P240_TOPICS = [
    _t("Đoàn kết lương – giáo, xây dựng đời sống văn hóa ở khu dân cư", 1, 3, [_THIEU_240, _TU_240]),
    _t("Cải tạo, nâng cấp đường giao thông nội đồng; phát triển sản xuất nông nghiệp", 2, 5,
       [_HANH_240]),
    _t("Giữ gìn an ninh trật tự, phòng, chống tội phạm và tệ nạn xã hội trên địa bàn xóm", 3, 8,
       [_LAM_240]),
    _t("Thực hiện Chỉ thị số 50-CT/TW về đổi mới sinh hoạt chi bộ; vai trò đảng viên là người có đạo",
       4, 11, [_TU_240, _HUE_240]),
]  # fmt: skip

# 241 — Trường mầm non tư thục Sunrise, phường Minh Khai (Hồng Bàng, Hải Phòng)
_CHAM_241, _TRANG_241, _ANH_241 = ("Trần Thị Châm", "Nguyễn Thị Thu Trang", "Lê Thị Mai Anh")
_P241_TOPICS = [
    _t("Nâng cao vai trò hạt nhân chính trị của chi bộ trong trường mầm non ngoài công lập", 1, 3,
       [_CHAM_241], qcell="I", when="28/3", prep="Đ/c Trần Thị Châm", speak="Đ/c Trần Thị Châm"),
    _t("Phòng, chống bạo hành trẻ; xây dựng trường học an toàn, thân thiện", 2, 6, [_TRANG_241],
       qcell="II", when="27/6", prep="Đ/c Nguyễn Thị Thu Trang", speak="Đ/c Nguyễn Thị Thu Trang"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương của "
       "người giáo viên", 3, 9, [_ANH_241, _CHAM_241], qcell="III", when="26/9",
       prep="Đ/c Lê Thị Mai Anh", speak="Đ/c Lê Thị Mai Anh\nĐ/c Trần Thị Châm"),
    _t("Tạo nguồn, bồi dưỡng quần chúng ưu tú để kết nạp đảng viên mới trong nhà trường", 4, 12,
       [_CHAM_241, _TRANG_241], qcell="IV", when="19/12", prep="Đ/c Trần Thị Châm",
       speak="Đ/c Nguyễn Thị Thu Trang"),
]  # fmt: skip

# 242 — Trường mầm non Thượng Thanh (Long Biên, Hà Nội)
_HAN_242, _DUNG_242, _HOA_242, _THUY_242 = (
    "Nguyễn Thị Ngọc Hân",
    "Nguyễn Thị Hồng Dung",
    "Phan Thị Hòa",
    "Đỗ Thị Thanh Thủy",
)
_P242_TOPICS = [
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm, yêu "
       "thương trẻ", 4, 10, [_HAN_242], code="CĐ1", when="Tháng 10/2017 (quý IV)",
       who="đ/c Nguyễn Thị Ngọc Hân – Bí thư Chi bộ, Hiệu trưởng chuẩn bị đề cương và trình bày"),
    _t("Đổi mới sinh hoạt chi bộ, nâng cao chất lượng đảng viên theo Nghị quyết Trung ương 4 (khóa XII)",
       4, 12, [_DUNG_242, _HOA_242], code="CĐ 02", when="Tháng 12/2017",
       who="đ/c Nguyễn Thị Hồng Dung – Phó Bí thư (chủ trì), đ/c Phan Thị Hòa – Chi ủy viên (tham luận)"),
    _t("Xây dựng trường mầm non lấy trẻ làm trung tâm", 1, 3, [_THUY_242], code="CĐ3",
       when="Tháng 3/2018 (quý I)", who="đ/c Đỗ Thị Thanh Thủy – Tổ trưởng khối Mẫu giáo lớn"),
    _t("Công tác phát triển đảng viên trong đội ngũ giáo viên trẻ", 2, 5, [_HOA_242, _HAN_242],
       code="CĐ.04", when="Tháng 5/2018 (quý II)",
       who="đ/c Phan Thị Hòa – Chi ủy viên và đ/c Nguyễn Thị Ngọc Hân – Bí thư cùng chuẩn bị"),
]  # fmt: skip

# 243 — Trường mầm non Chim Én, phường Gia Thụy (Long Biên, Hà Nội)
_PHUONG_243, _HUONG_243, _HA_243, _MINH_243 = (
    "Vũ Thị Phương",
    "Nguyễn Thị Lan Hương",
    "Trần Thu Hà",
    "Đặng Thị Minh",
)
_P243_TOPICS = [
    _t("Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", 1, 3,
       [_PHUONG_243], when="Tháng 3/2021", who=["Đ/c Vũ Thị Phương – Bí thư"]),
    _t("Xây dựng văn hóa học đường, ứng xử văn minh trong trường mầm non", 2, None,
       [_HUONG_243, _MINH_243], when="Tháng 4 – 5/2021",
       who=["Đ/c Nguyễn Thị Lan Hương – Phó Bí thư", "Đ/c Đặng Thị Minh – giáo viên"]),
    _t("Phòng, chống dịch Covid-19; bảo đảm an toàn cho trẻ khi trở lại trường", 3, None, [_HA_243],
       when="Tháng 7 – 8/2021", who=["Đ/c Trần Thu Hà – Chi ủy viên"]),
    _t("Kỷ niệm 91 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam; vai trò của nữ đảng viên", 4, 11,
       [_PHUONG_243, _HUONG_243], when="Tháng 10/2021", moved=True,
       who=["Đ/c Vũ Thị Phương", "Đ/c Nguyễn Thị Lan Hương"]),
]  # fmt: skip

# 244 — thôn Cốc Mốc, xã Đồng Lương (Lang Chánh, Thanh Hóa)
_HUNG_244, _THANG_244, _DUNG_244, _CHIEN_244, _NGA_244 = (
    "Phạm Văn Hùng",
    "Hà Văn Thắng",
    "Lò Thị Dung",
    "Phạm Văn Chiến",
    "Hà Thị Nga",
)
_P244_TOPICS = [
    _t("Giữ gìn bản sắc văn hóa Mường, xây dựng nếp sống văn minh trong việc cưới, việc tang", 1, 3,
       [_HUNG_244, _DUNG_244]),
    _t("Phát triển rừng trồng, chuyển đổi cây trồng trên đất đồi, giảm nghèo bền vững", 2, 6,
       [_THANG_244]),
    _t("Phòng, chống ma túy, mua bán người; giữ gìn an ninh trật tự trong thôn", 3, 10, [_CHIEN_244],
       conflict=True),
    _t("Vệ sinh môi trường, nước sạch và chăm sóc sức khỏe ban đầu cho nhân dân", 4, 11,
       [_NGA_244, _HUNG_244]),
]  # fmt: skip


def _p244_months() -> list[dict[str, Any]]:
    reg = (
        "a) Đánh giá kết quả thực hiện nghị quyết tháng {prev}; triển khai nhiệm vụ tháng {m}/2023."
    )
    extra = {
        1: "b) Triển khai nghị quyết năm 2023 của Chi bộ; chuẩn bị đón Tết Nguyên đán Quý Mão.",
        2: "b) Ra quân trồng rừng đầu xuân; kiểm tra nước tưới cho lúa chiêm.",
        3: "b) Lấy ý kiến về việc sửa đổi hương ước của thôn.",
        4: "b) Phòng, chống cháy rừng mùa khô; vận động hộ nghèo vay vốn.",
        5: "b) Sơ kết việc thu nộp các quỹ; chuẩn bị cho kỳ thi của học sinh.",
        6: "b) Sơ kết 6 tháng đầu năm.",
        7: "b) Thăm hỏi gia đình chính sách nhân ngày 27/7.",
        8: "b) Phòng, chống mưa lũ, sạt lở đất; chuẩn bị năm học mới.",
        9: "b) Chi ủy họp, giao đ/c Phạm Văn Chiến chuẩn bị chuyên đề quý III (sinh hoạt vào kỳ "
        "tháng 10).",
        10: "b) Thu hoạch lúa mùa; vận động trồng cây vụ đông.",
        11: "b) Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (18/11).",
        12: "b) Kiểm điểm, đánh giá, xếp loại đảng viên và Chi bộ năm 2023.",
    }
    thematic = {
        3: (0, "c) Sinh hoạt chuyên đề (quý I) với chủ đề “{title}”: đ/c Phạm Văn Hùng – Bí thư Chi "
            "bộ, Trưởng thôn chủ trì; đ/c Lò Thị Dung – Chi hội trưởng Phụ nữ chuẩn bị đề cương."),
        6: (1, "c) Sinh hoạt chuyên đề (quý II) với chủ đề “{title}”: đ/c Hà Văn Thắng – Phó Bí thư "
            "chuẩn bị và trình bày."),
        10: (2, "c) Sinh hoạt chuyên đề quý III với chủ đề “{title}”: đ/c Phạm Văn Chiến – Công an "
             "viên chuẩn bị và trình bày."),
        11: (3, "c) Sinh hoạt chuyên đề (quý IV) với chủ đề “{title}”: đ/c Hà Thị Nga – Nhân viên y "
             "tế thôn và đ/c Phạm Văn Hùng cùng chuẩn bị."),
    }  # fmt: skip
    out = []
    for m in range(1, 13):
        items = [reg.format(prev=12 if m == 1 else m - 1, m=m), extra[m]]
        if m in thematic:
            k, text = thematic[m]
            items.append(text.format(title=_P244_TOPICS[k]["title"]))
        out.append({"head": f"Tháng {m}/2023", "items": items})
    return out


# 245 — thôn Sả Chải, xã Pha Long (Mường Khương, Lào Cai)
_HOA_245, _PAO_245, _MY_245, _CHU_245, _SIN_245 = (
    "Vàng Sảo Hòa",
    "Lù Văn Pao",
    "Sùng Thị Mỷ",
    "Thào A Chứ",
    "Vàng Văn Sìn",
)
_P245_TOPICS = [
    _t("Xóa bỏ hủ tục trong việc cưới, việc tang và lễ hội", 1, 3, [_HOA_245],
       line="Tháng 3/2024, đồng chí Vàng Sảo Hòa – Bí thư Chi bộ, chuyên đề: Xóa bỏ hủ tục trong việc "
       "cưới, việc tang và lễ hội."),
    _t("Phát triển cây ăn quả, chăn nuôi hàng hóa, giảm nghèo bền vững", 2, 5, [_PAO_245],
       line="Tháng 5/2024, đồng chí Lù Văn Pao – Phó Bí thư, Trưởng thôn, chuyên đề: Phát triển cây ăn "
       "quả, chăn nuôi hàng hóa, giảm nghèo bền vững."),
    _t("Phòng, chống tảo hôn, hôn nhân cận huyết thống; vận động học sinh đến trường", 3, 8,
       [_MY_245, _CHU_245],
       line="Tháng 8/2024, đồng chí Sùng Thị Mỷ – Chi hội trưởng Phụ nữ và đồng chí Thào A Chứ – Bí thư "
       "Chi đoàn, chuyên đề: Phòng, chống tảo hôn, hôn nhân cận huyết thống; vận động học sinh đến "
       "trường."),
    _t("Giữ gìn an ninh trật tự khu vực biên giới, phòng, chống xuất nhập cảnh trái phép", 4, 11,
       [_SIN_245],
       line="Tháng 11/2024, đồng chí Vàng Văn Sìn – Công an viên, chuyên đề: Giữ gìn an ninh trật tự khu "
       "vực biên giới, phòng, chống xuất nhập cảnh trái phép."),
]  # fmt: skip

# 246 — thôn Cao Hoong, xã Lũng Cao (Bá Thước, Thanh Hóa)
_TU_246, _LOI_246, _HOA_246, _KHANH_246 = (
    "Hà Thị Tự",
    "Hà Văn Lợi",
    "Trương Thị Hoa",
    "Hà Văn Khánh",
)
_P246_TOPICS = [
    _t("Ứng dụng khoa học kỹ thuật, chuyển đổi cơ cấu cây trồng, vật nuôi", 1, 3, [_TU_246],
       when="Kỳ tháng 3/2025", who=["Đ/c Hà Thị Tự – Bí thư Chi bộ, Trưởng thôn"],
       note="Mời cán bộ khuyến nông xã dự"),
    _t("Phát triển du lịch cộng đồng gắn với bảo tồn Khu bảo tồn thiên nhiên Pù Luông", 2, 5,
       [_LOI_246], when="Kỳ tháng 5/2025", who=["Đ/c Hà Văn Lợi – Phó Bí thư"], note=""),
    _t("Bảo vệ rừng, phòng cháy, chữa cháy rừng vùng lõi khu bảo tồn", 3, 8, [_KHANH_246, _TU_246],
       when="Kỳ tháng 8/2025", who=["Đ/c Hà Văn Khánh – Tổ trưởng tổ bảo vệ rừng", "Đ/c Hà Thị Tự"],
       note="Mời Trạm kiểm lâm Lũng Cao"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; gương người tốt, việc tốt "
       "trong thôn", 4, 11, [_HOA_246], when="Kỳ tháng 11/2025",
       who=["Đ/c Trương Thị Hoa – Chi hội trưởng Phụ nữ"], note="Đảng ủy xã dự"),
]  # fmt: skip

# 247 — thôn Đồng Mậm, xã Sơn Hải (Lục Ngạn, Bắc Giang)
_THANH_247, _NGO_247, _HANH_247, _LY_247 = ("Lăng Văn Thành", "Hoàng Văn Ngọ", "Vi Thị Hạnh",
                                            "Chu Văn Lý")  # fmt: skip
_P247_TOPICS = [
    _t("Bảo vệ rừng đầu nguồn, giữ sạch nguồn nước hồ Cấm Sơn", 1, 3, [_THANH_247], cell="T3",
       who=["Đ/c Lăng Văn Thành (BT)"]),
    _t("Duy trì nền nếp sinh hoạt chi bộ ở thôn vùng lòng hồ", 2, 4, [_NGO_247], cell="T4",
       who=["Đ/c Hoàng Văn Ngọ (PBT)"]),
    _t("Vận động học sinh ra lớp; an toàn khi đi lại bằng thuyền trên hồ", 3, 9, [_HANH_247],
       cell="T9", who=["Đ/c Vi Thị Hạnh"]),
    _t("Phát triển cây ăn quả và nuôi cá lồng trên hồ", 4, 11, [_LY_247, _THANH_247], cell="T11",
       who=["Đ/c Chu Văn Lý", "Đ/c Lăng Văn Thành"]),
]  # fmt: skip

# 248 — xóm 1, xã Lạc Sơn (Đô Lương, Nghệ An)
_NGOC_248, _SON_248, _HANG_248, _QUY_248, _TUAN_248 = (
    "Trần Khắc Ngọc",
    "Nguyễn Văn Sơn",
    "Trần Thị Hằng",
    "Lê Văn Quý",
    "Trần Khắc Tuấn",
)
_P248_TOPICS = [
    _t("Học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã Lạc Sơn nhiệm kỳ 2020 – 2025", 1, 3,
       [_NGOC_248, _SON_248], qword="quý I", when="Tháng 3/2021",
       chair="Đ/c Trần Khắc Ngọc – Bí thư Chi bộ, Xóm trưởng", prep="Đ/c Nguyễn Văn Sơn – Phó Bí thư"),
    _t("Xây dựng xóm nông thôn mới kiểu mẫu; chỉnh trang đường làng, ngõ xóm", 2, 6,
       [_NGOC_248, _QUY_248], qword="quý II", when="Tháng 6/2021", chair="Đ/c Trần Khắc Ngọc",
       prep="Đ/c Lê Văn Quý – Chi hội trưởng Cựu chiến binh"),
    _t("Phòng, chống dịch Covid-19 ở khu dân cư; quản lý người về từ vùng dịch", 3, 8,
       [_SON_248, _HANG_248], qword="quý III", when="Tháng 8/2021", chair="Đ/c Nguyễn Văn Sơn",
       prep="Đ/c Trần Thị Hằng – Chi hội trưởng Phụ nữ"),
    _t("Đảng viên trẻ, đoàn viên thanh niên làm kinh tế giỏi", 4, 11, [_NGOC_248, _TUAN_248],
       qword="quý IV", when="Tháng 11/2021", chair="Đ/c Trần Khắc Ngọc",
       prep="Đ/c Trần Khắc Tuấn – Bí thư Chi đoàn"),
]  # fmt: skip

# 249 — thôn Thành Thượng, xã Thiệu Thành (Thiệu Hóa, Thanh Hóa)
_CHAP_249, _THINH_249, _OANH_249, _HAI_249, _HUNG_249 = (
    "Nguyễn Duy Chấp",
    "Lê Văn Thịnh",
    "Nguyễn Thị Oanh",
    "Trịnh Văn Hải",
    "Nguyễn Duy Hưng",
)
_P249_TOPICS = [
    _t("Liên kết sản xuất, bao tiêu sản phẩm vụ đông thông qua hợp tác xã dịch vụ nông nghiệp", 1, 2,
       [_CHAP_249, _HAI_249, _THINH_249], when="Tháng 02/2023",
       parts=[("Chủ trì", "Nguyễn Duy Chấp – Bí thư Chi bộ, Trưởng thôn"),
              ("Báo cáo đề dẫn", "Trịnh Văn Hải – Chi hội trưởng Nông dân"),
              ("Tham luận", "Lê Văn Thịnh – Phó Bí thư")]),
    _t("Tích tụ ruộng đất, đưa cơ giới hóa vào sản xuất lúa", 2, 5, [_CHAP_249, _THINH_249],
       when="Tháng 5/2023",
       parts=[("Chủ trì", "Nguyễn Duy Chấp"), ("Báo cáo đề dẫn", "Lê Văn Thịnh – Phó Bí thư")]),
    _t("Xây dựng gia đình văn hóa; phòng, chống bạo lực gia đình", 3, 8,
       [_THINH_249, _OANH_249, _HUNG_249], when="Tháng 8/2023",
       parts=[("Chủ trì", "Lê Văn Thịnh – Phó Bí thư"),
              ("Báo cáo đề dẫn", "Nguyễn Thị Oanh – Chi hội trưởng Phụ nữ"),
              ("Tham luận", "Nguyễn Duy Hưng – Bí thư Chi đoàn")]),
    _t("Phát huy vai trò bí thư chi bộ kiêm trưởng thôn; nâng cao chất lượng sinh hoạt chi bộ", 4, 11,
       [_CHAP_249], when="Tháng 11/2023",
       parts=[("Chủ trì", "Nguyễn Duy Chấp"), ("Báo cáo đề dẫn", "Nguyễn Duy Chấp")]),
]  # fmt: skip


def _p240_sentence() -> str:
    return (
        "Theo kế hoạch, năm 2026 Chi bộ tổ chức 04 chuyên đề. Chuyên đề thứ nhất về “Đoàn kết lương – "
        "giáo, xây dựng đời sống văn hóa ở khu dân cư” sinh hoạt vào kỳ tháng 3, do đồng chí Phạm Văn "
        "Thiều, Bí thư Chi bộ chủ trì, đồng chí Vũ Văn Tú, Phó Bí thư Chi bộ chuẩn bị đề cương; chuyên "
        "đề thứ hai về “Cải tạo, nâng cấp đường giao thông nội đồng; phát triển sản xuất nông nghiệp” "
        "vào tháng 5/2026, giao đồng chí Đỗ Văn Hạnh, Trưởng xóm chuẩn bị; chuyên đề thứ ba về “Giữ gìn "
        "an ninh trật tự, phòng, chống tội phạm và tệ nạn xã hội trên địa bàn xóm” vào kỳ sinh hoạt "
        "tháng 8, do đảng viên Trần Đức Lâm, Công an viên trình bày; chuyên đề cuối cùng (quý IV) về "
        "“Thực hiện Chỉ thị số 50-CT/TW về đổi mới sinh hoạt chi bộ; vai trò đảng viên là người có "
        "đạo”, sinh hoạt tháng 11, đồng chí Vũ Văn Tú cùng đồng chí Nguyễn Thị Huệ, Chi hội trưởng Phụ "
        "nữ chuẩn bị."
    )


PLANS: list[T] = [
    {
        "id": "240_chi_bo_xom_8_phat_diem_2026",
        "half": "dev",
        "fmt": "txt",
        "layout": "s_news_article",
        "province": "Ninh Bình",
        "source": "https://vietnam.vnanet.vn/vietnamese/tin-van/96-nam-thanh-lap-dang-doi-moi-sinh-hoat-chi-bo-"
        "cung-co-nen-tang-cua-dang-426843.html",
        "source_says": "(TTXVN, 03/02/2026) Xã Phát Diệm, tỉnh Ninh Bình có đông đồng bào Công giáo; Chi bộ xóm 8 "
        "có 44 đảng viên, trong đó 6 đảng viên là người có đạo; triển khai đổi mới sinh hoạt chi bộ theo Chỉ thị "
        "số 50-CT/TW; Phó Bí thư Chi bộ xóm 8 Vũ Văn Tú cho biết mỗi kỳ sinh hoạt được chuẩn bị kỹ lưỡng; các vấn "
        "đề bàn bạc: cải tạo, nâng cấp đường nội đồng, an ninh trật tự, đoàn kết lương – giáo, phát triển sản "
        "xuất nông nghiệp, xây dựng đời sống văn hóa.",
        "completed": [
            "the page gives the cell, its commune, its members, its deputy secretary and the matters it "
            "discusses; the 2026 plan (number 02-KH/CB of 15/01/2026), its four topics built from those matters, "
            "their months, the secretary and the other members are completed",
            "a news article of the commune's radio station saved as text from the commune's web site "
            "(breadcrumbs, headline, posting date, lead, byline, tags): the plan is told in the third person, "
            "its topics in one long sentence (“Chuyên đề thứ nhất về “…” sinh hoạt vào kỳ tháng 3, do đồng "
            "chí … chủ trì …; chuyên đề thứ hai … vào tháng 5/2026 …; chuyên đề cuối cùng (quý IV) …”), beside "
            "figures that are not topics (44 members, a meeting held in October 2025, the regular meeting "
            "day); no quarter except “quý IV” for the last; the truth's date and number are those the article "
            "gives for the plan",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ xóm 8",
        "committee_name": "Đảng bộ xã Phát Diệm",
        "number": 2,
        "type_code": "KH",
        "date": "2026-01-15",
        "place": "Phát Diệm",
        "legal_bases": [],
        "crumbs": [
            "Trang chủ » Tin tức – Sự kiện » Xây dựng Đảng",
            "Cổng thông tin điện tử xã Phát Diệm – tỉnh Ninh Bình",
        ],
        "headline": "Chi bộ xóm 8 xây dựng kế hoạch sinh hoạt chuyên đề năm 2026",
        "posted": "Thứ Hai, 26/01/2026 – 09:15 | Lượt xem: 214",
        "lead": "(PD) – Thực hiện Chỉ thị số 50-CT/TW về đổi mới, nâng cao chất lượng sinh hoạt chi bộ, "
        "ngày 15/01/2026 Chi bộ xóm 8 đã ban hành Kế hoạch số 02-KH/CB về sinh hoạt chuyên đề năm 2026.",
        "body_before": [
            "Chi bộ xóm 8 hiện có 44 đảng viên, trong đó có 6 đảng viên là người có đạo, chủ yếu tham gia các "
            "hội, đoàn thể và làm kinh tế nông nghiệp. Chi bộ duy trì sinh hoạt thường kỳ vào ngày 05 hằng "
            "tháng tại nhà văn hóa xóm.",
            "Năm 2025, Chi bộ đã sinh hoạt đủ 4 chuyên đề; kỳ sinh hoạt tháng 10/2025 về việc làm đường nội "
            "đồng được đồng chí Bí thư Đảng ủy xã về dự và đánh giá cao. Rút kinh nghiệm từ năm trước, Chi ủy "
            "lựa chọn nội dung sát với những việc bà con trong xóm quan tâm.",
        ],
        "topics_sentence": _p240_sentence(),
        "body_after": [
            "Phó Bí thư Chi bộ xóm 8 Vũ Văn Tú cho biết: đề cương mỗi chuyên đề sẽ được gửi tới đảng viên trước "
            "kỳ sinh hoạt ít nhất 5 ngày để mọi người nghiên cứu; sau mỗi chuyên đề, Chi ủy có kết luận và giao "
            "việc cụ thể cho các đoàn thể.",
            "Kế hoạch đã được gửi Đảng ủy xã Phát Diệm để theo dõi, chỉ đạo.",
        ],
        "byline": "Hải Yến – Đài Truyền thanh xã Phát Diệm",
        "tags": [
            "Từ khóa: sinh hoạt chi bộ, chuyên đề, xóm 8, Chỉ thị 50",
            "Các tin khác:",
            "- Đảng ủy xã Phát Diệm tổng kết công tác xây dựng Đảng năm 2025",
            "- Chi bộ xóm 3 kết nạp đảng viên mới",
        ],  # fmt: skip
        "topics": _P240_TOPICS,
        "targets": [],
        "secretary": _THIEU_240,
    },
    {
        "id": "241_mam_non_sunrise_minh_khai_2019",
        "half": "dev",
        "fmt": "scan",
        "layout": "s_scan_day_no_year",
        "province": "Hải Phòng",
        "source": "https://thanhphohaiphong.gov.vn/quan-uy-hong-bang-thanh-lap-them-hai-chi-bo-dang-truong-mam-non-"
        "tu-thuc.html",
        "source_says": "Quận ủy Hồng Bàng công bố quyết định thành lập Chi bộ Đảng tại Trường mầm non tư thục "
        "Sunrise (số 6 đường Minh Khai, phường Minh Khai; thành lập năm 2016, 26 cán bộ, giáo viên, nhân viên); "
        "Đảng ủy phường Minh Khai ra quyết định thành lập chi bộ với 3 đảng viên, đồng chí Trần Thị Châm, Hiệu "
        "trưởng được chỉ định làm Bí thư chi bộ.",
        "completed": [
            "the page gives the cell, its ward, its three members' count and its secretary; the 2019 schedule, "
            "its four topics, days, the two other members, the number and the date are completed",
            "one page scanned: a table Quý (“I” … “IV”) – Tên chuyên đề – Đ/c chuẩn bị – Đ/c trình bày – Thời "
            "gian (dự kiến), the time a day without the year (“28/3”, “19/12”; the year only in the title), "
            "two speakers in one cell on two lines; preparers and speakers both presenters",
        ],
        "kind": "thematic",
        "year": 2019,
        "cell_name": "Chi bộ Trường mầm non tư thục Sunrise",
        "committee_name": "Đảng bộ phường Minh Khai",
        "left": ["ĐẢNG BỘ PHƯỜNG MINH KHAI", "CHI BỘ TRƯỜNG MN TƯ THỤC SUNRISE"],
        "send_to": ["Đảng ủy phường Minh Khai (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["LỊCH SINH HOẠT CHUYÊN ĐỀ NĂM 2019"],
        "number": 1,
        "type_code": "KH",
        "date": "2019-01-10",
        "place": "Hồng Bàng",
        "legal_bases": [],
        "opening": "Chi bộ Trường mầm non tư thục Sunrise thống nhất lịch sinh hoạt chuyên đề năm 2019 như sau "
        "(sinh hoạt vào chiều thứ Năm, sau giờ trả trẻ):",
        "closing": [
            "Đảng viên được phân công gửi đề cương cho Bí thư Chi bộ trước 05 ngày; lịch có thể thay "
            "đổi theo kế hoạch của Đảng ủy phường."
        ],  # fmt: skip
        "topics": _P241_TOPICS,
        "targets": [],
        "secretary": _CHAM_241,
    },
    {
        "id": "242_mam_non_thuong_thanh_long_bien_2017",
        "half": "dev",
        "fmt": "docx",
        "layout": "s_codes_lettered",
        "province": "Hà Nội",
        "source": "https://mnthuongthanh.longbien.edu.vn/tin-tuc/ngay-15-thang-9-nam-2017-chi-bo-truong-mam-non-"
        "thuong-thanh-to-chuc-dai-hoi-chi/ct/1253/63005",
        "source_says": "Ngày 15/9/2017 Chi bộ trường mầm non Thượng Thanh tổ chức đại hội nhiệm kỳ 2017 – 2020 "
        "(theo Kế hoạch số 71-KH/ĐU ngày 24/7/2017 của Đảng ủy phường Thượng Thanh); đoàn chủ tịch: đ/c Nguyễn "
        "Thị Ngọc Hân – BTCB nhiệm kỳ 2015 – 2017 (Hiệu trưởng), đ/c Nguyễn Thị Hồng Dung – Phó BTCB, đ/c Phan "
        "Thị Hòa – chi ủy viên.",
        "completed": [
            "the page gives the cell, its ward committee and its three committee members with their posts; "
            "the school year's plan, its four topics, months, one other member, the number and the date are "
            "completed",
            "topics lettered “a)” … “d)”, each with a code typed four ways (“CĐ1”, “CĐ 02”, “CĐ3”, “CĐ.04”), its "
            "time (“Tháng 10/2017 (quý IV)”, “Tháng 12/2017” without quarter) and “Sinh hoạt chuyên đề với chủ "
            "đề “…””; the truth's titles are the quoted words; the people only in section III, keyed by the "
            "codes (“- CĐ 02: đ/c … (chủ trì), đ/c … (tham luận)”, “- CĐ.04: đ/c … và đ/c … cùng chuẩn "
            "bị”)",
        ],
        "kind": "thematic",
        "year": 2017,
        "cell_name": "Chi bộ Trường mầm non Thượng Thanh",
        "committee_name": "Đảng bộ phường Thượng Thanh",
        "left": ["ĐẢNG BỘ PHƯỜNG THƯỢNG THANH", "CHI BỘ TRƯỜNG MẦM NON THƯỢNG THANH"],
        "send_to": ["Đảng ủy phường Thượng Thanh (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2017 – 2018"],
        "number": 12,
        "type_code": "KH",
        "date": "2017-09-28",
        "place": "Long Biên",
        "legal_bases": [
            BASE_HD12.replace(
                "Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018", "Chỉ thị số 10-CT/TW ngày 30/3/2007"
            ).replace("của Ban Tổ chức Trung ương về một số vấn đề", "của Ban Bí thư về"),
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường mầm non Thượng Thanh nhiệm kỳ 2017 – 2020;",
        ],
        "opening": "Chi bộ Trường mầm non Thượng Thanh xây dựng kế hoạch sinh hoạt chuyên đề năm học 2017 – 2018 "
        "như sau:",
        "aims": _AIMS,
        "intro": [
            "Trong năm học, Chi bộ sinh hoạt 04 chuyên đề, ghép với kỳ sinh hoạt thường kỳ của tháng:"
        ],
        "closing": _CLOSING,
        "topics": _P242_TOPICS,
        "targets": [],
        "secretary": _HAN_242,
    },
    {
        "id": "243_mam_non_chim_en_gia_thuy_2021",
        "half": "dev",
        "fmt": "doc",
        "layout": "s_ranges_moved_note",
        "province": "Hà Nội",
        "source": "https://mnchimen.longbien.edu.vn/hoat-dong-doan-the/dai-hoi-chi-bo-truong-mam-non-chim-en-"
        "nhiem-ky-2020-2023/ct/5593/175918",
        "source_says": "Đại hội Chi bộ trường mầm non Chim Én nhiệm kỳ 2020 – 2023, dự có đ/c Nguyễn Thành Biên – "
        "Phó bí thư thường trực Đảng ủy phường Gia Thụy và đ/c Nguyễn Thị Hồng – Đảng ủy viên phụ trách khối "
        "trường học; đ/c Vũ Thị Phương – Bí thư Chi bộ, Hiệu trưởng trình bày báo cáo.",
        "completed": [
            "the page gives the cell, its ward committee and its secretary; the 2021 plan, its four topics, "
            "times, the other members, the number and the date are completed",
            "a table TT – Nội dung chuyên đề – Thời gian – Người thực hiện whose times are a month or a range "
            "of two months inside one quarter (“Tháng 4 – 5/2021”, “Tháng 7 – 8/2021”: the truth records the "
            "quarter and no month); the fourth topic, marked “(*)” and set for “Tháng 10/2021” in the table, is "
            "moved by the note under the table (“do trùng lịch kiểm tra …, chuyển sang tháng 11/2021”): the "
            "truth keeps November",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ Trường mầm non Chim Én",
        "committee_name": "Đảng bộ phường Gia Thụy",
        "left": ["ĐẢNG BỘ PHƯỜNG GIA THỤY", "CHI BỘ TRƯỜNG MẦM NON CHIM ÉN"],
        "send_to": ["Đảng ủy phường Gia Thụy (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        "number": 3,
        "type_code": "KH",
        "date": "2021-01-20",
        "place": "Long Biên",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ Trường mầm non Chim Én năm 2021;"],
        "opening": "Chi bộ Trường mầm non Chim Én xây dựng kế hoạch sinh hoạt chuyên đề năm 2021 như sau:",
        "aims": _AIMS,
        "note": "(*) Chuyên đề 4: do trùng lịch kiểm tra của Phòng Giáo dục và Đào tạo quận vào tháng 10/2021, "
        "Chi ủy thống nhất chuyển sang tháng 11/2021.",
        "closing": _CLOSING,
        "topics": _P243_TOPICS,
        "targets": [],
        "secretary": _PHUONG_243,
    },
    {
        "id": "244_chi_bo_thon_coc_moc_dong_luong_2023",
        "half": "dev",
        "fmt": "odt",
        "layout": "s_month_programme_items",
        "province": "Thanh Hóa",
        "source": "https://baodantoc.vn/nhat-the-hoa-chuc-danh-bi-thu-va-truong-thon-o-thanh-hoa-nhung-thu-linh-"
        "lam-tron-2-vai-bai-2-1668566987972.htm",
        "source_says": "(Báo Dân tộc và Phát triển, 18/11/2022) Thôn Cốc Mốc (xã Đồng Lương, huyện Lang Chánh) "
        "gồm thôn Cốc và thôn Mốc sáp nhập năm 2020; 187 hộ, gần 900 nhân khẩu, 97% là đồng bào Mường; anh Phạm "
        "Văn Hùng (sinh năm 1980) được bầu Bí thư Chi bộ – Trưởng thôn; Chi bộ có 24 đảng viên.",
        "completed": [
            "the page gives the village, its commune, its secretary (also village head) and its members' count; "
            "the 2023 programme, its four topics, months, the other members, the number and the date are "
            "completed",
            "a programme of the twelve monthly meetings under bold headings “Tháng N/2023”, each with “a)”, “b)” "
            "items of regular business (September's “b)” only assigns the quarter III topic); four months add "
            "“c) Sinh hoạt chuyên đề (quý I) với chủ đề “…”: đ/c … chủ trì; đ/c … chuẩn bị đề cương”; the "
            "quarter III topic is held in October (“Tháng 10/2023 … c) Sinh hoạt chuyên đề quý III …”) — a month "
            "outside its quarter, kept as written (conflicts: 1)",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ thôn Cốc Mốc",
        "committee_name": "Đảng bộ xã Đồng Lương",
        "left": ["ĐẢNG BỘ XÃ ĐỒNG LƯƠNG", "CHI BỘ THÔN CỐC MỐC"],
        "send_to": [
            "Đảng ủy xã Đồng Lương (b/c)",
            "Ban công tác Mặt trận thôn",
            "Đảng viên Chi bộ",
        ],
        "title_lines": ["CHƯƠNG TRÌNH", "Sinh hoạt chi bộ năm 2023"],
        "number": 1,
        "type_code": "CTr",
        "date": "2023-01-06",
        "place": "Đồng Lương",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết của Đảng ủy xã Đồng Lương về nhiệm vụ năm 2023;",
        ],
        "opening": "Chi bộ thôn Cốc Mốc xây dựng chương trình sinh hoạt chi bộ năm 2023, trong đó có 04 kỳ sinh "
        "hoạt chuyên đề, như sau:",
        "aims": _AIMS,
        "months": _p244_months(),
        "closing": _CLOSING,
        "topics": _P244_TOPICS,
        "targets": [],
        "secretary": _HUNG_244,
    },
    {
        "id": "245_chi_bo_thon_sa_chai_pha_long_2024",
        "half": "dev",
        "fmt": "txt",
        "layout": "s_text_sentence_lines",
        "province": "Lào Cai",
        "source": "https://baolaocai.vn/nhung-dang-vien-nguoi-co-uy-tin-o-vung-cao-muong-khuong-noi-di-doi-voi-lam-"
        "post390939.html",
        "source_says": "Ông Vàng Sảo Hòa (sinh năm 1958, dân tộc Nùng, 30 năm tuổi Đảng, từng là cán bộ xã Pha "
        "Long) làm Bí thư Chi bộ và là người có uy tín của thôn Sả Chải, xã Pha Long, huyện Mường Khương từ năm "
        "2015; thôn hơn 100 hộ Nùng, Mông, Bố Y; vận động xóa bỏ tập quán lạc hậu trong việc cưới, việc tang, lễ "
        "hội; sau bão số 3 (Yagi, 2024) giúp dân di dời nhà khỏi nơi sạt lở.",
        "completed": [
            "the page gives the village, its commune, its secretary and what he works on; the 2024 plan, its "
            "four topics, months, the other members (Nùng, Mông and Bố Y names), the number and the date are "
            "completed",
            "plain text whose schedule is one sentence a line, “Tháng 5/2024, đồng chí … – …, chuyên đề: …” "
            "(no quarter anywhere; two people joined by “và”), followed by a December line that is not a topic "
            "(“Tháng 12/2024, Chi bộ kiểm điểm …”)",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ thôn Sả Chải",
        "committee_name": "Đảng bộ xã Pha Long",
        "left": ["ĐẢNG BỘ XÃ PHA LONG", "CHI BỘ THÔN SẢ CHẢI"],
        "send_to": ["Đảng ủy xã Pha Long (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2024"],
        "number": 2,
        "type_code": "KH",
        "date": "2024-01-12",
        "place": "Pha Long",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ thôn Sả Chải năm 2024;"],
        "opening": "Chi bộ thôn Sả Chải xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:",
        "aims": _AIMS,
        "intro": "Chi bộ sinh hoạt chuyên đề kết hợp với kỳ sinh hoạt thường kỳ ngày 03 của tháng:",
        "after_lines": [
            "Tháng 12/2024, Chi bộ kiểm điểm, đánh giá chất lượng đảng viên và tổng kết việc "
            "thực hiện nghị quyết năm."
        ],  # fmt: skip
        "closing": _CLOSING,
        "topics": _P245_TOPICS,
        "targets": [],
        "secretary": _HOA_245,
    },
    {
        "id": "246_chi_bo_thon_cao_hoong_lung_cao_2025",
        "half": "dev",
        "fmt": "photo",
        "layout": "s_photo_guest_note",
        "province": "Thanh Hóa",
        "source": "https://dantocmiennui.baotintuc.vn/ha-thi-tu-nguoi-bi-thu-chi-bo-ba-sang-o-ban-vung-cao-"
        "post356620.html",
        "source_says": "Bà Hà Thị Tự (sinh năm 1961), Bí thư Chi bộ kiêm trưởng thôn Cao Hoong, xã Lũng Cao, huyện "
        "Bá Thước, trong vùng lõi Khu bảo tồn thiên nhiên Pù Luông; điển hình toàn quốc học tập và làm theo tư "
        "tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024; vận động bà con chuyển đổi cơ cấu cây trồng, vật nuôi, "
        "ứng dụng khoa học kỹ thuật.",
        "completed": [
            "the page gives the village, its commune, its secretary and her work; the 2025 plan, its four "
            "topics, months, the other members, the number and the date are completed",
            "one printed page photographed with a phone: a table STT – Kỳ sinh hoạt (“Kỳ tháng 3/2025”) – "
            "Chuyên đề – Báo cáo viên – Ghi chú, the note column naming guests and bodies (“Mời Trạm kiểm lâm "
            "Lũng Cao”, “Đảng ủy xã dự”) who are not presenters",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ thôn Cao Hoong",
        "committee_name": "Đảng bộ xã Lũng Cao",
        "left": ["ĐẢNG BỘ XÃ LŨNG CAO", "CHI BỘ THÔN CAO HOONG"],
        "send_to": ["Đảng ủy xã Lũng Cao (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2025"],
        "number": 1,
        "type_code": "KH",
        "date": "2025-01-15",
        "place": "Lũng Cao",
        "legal_bases": [BASE_HD12],
        "opening": "Chi bộ thôn Cao Hoong xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:",
        "closing": [
            "Báo cáo viên gửi đề cương cho Chi ủy trước kỳ sinh hoạt 05 ngày; Chi ủy mời đại biểu theo "
            "cột ghi chú."
        ],  # fmt: skip
        "topics": _P246_TOPICS,
        "targets": [],
        "secretary": _TU_246,
    },
    {
        "id": "247_chi_bo_thon_dong_mam_son_hai_2020",
        "half": "dev",
        "fmt": "scan",
        "layout": "s_scan_quarter_grid",
        "province": "Bắc Giang",
        "source": "https://xaydungdang.org.vn/giai-bao-chi-toan-quoc-ve-xay-dung-dang/son-sat-mot-niem-tin-18852",
        "source_says": "(Tạp chí Xây dựng Đảng, “Son sắt một niềm tin”) Thôn Đồng Mậm, xã Sơn Hải (Lục Ngạn) nằm "
        "giữa lòng hồ Cấm Sơn, đi thuyền gần một tiếng; Bí thư Đảng ủy xã Sơn Hải Vi Văn Sáo (dân tộc Nùng); "
        "đảng viên vùng sâu vẫn giữ ngày sinh hoạt mùng 3 hằng tháng.",
        "completed": [
            "the page gives the village, its commune and its party committee's secretary, and the cell's "
            "regular meeting day; the 2020 plan, its four topics, months, the cell's members (Nùng and Tày "
            "names), the number and the date are completed",
            "one page scanned: a table TT – Chuyên đề – Quý I – Quý II – Quý III – Quý IV – Người thực hiện, "
            "the month written inside the cell of its quarter (“T4”, “T11”), the other quarter cells empty; "
            "people with “(BT)”, “(PBT)”",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ thôn Đồng Mậm",
        "committee_name": "Đảng bộ xã Sơn Hải",
        "left": ["ĐẢNG BỘ XÃ SƠN HẢI", "CHI BỘ THÔN ĐỒNG MẬM"],
        "send_to": ["Đảng ủy xã Sơn Hải (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        "number": 1,
        "type_code": "KH",
        "date": "2020-01-08",
        "place": "Sơn Hải",
        "legal_bases": [],
        "opening": "Chi bộ thôn Đồng Mậm thống nhất các chuyên đề sinh hoạt năm 2020 (sinh hoạt vào ngày 03 của "
        "tháng ghi trong bảng):",
        "closing": ["Người thực hiện chuẩn bị đề cương, báo cáo Chi ủy trước kỳ sinh hoạt."],
        "topics": _P247_TOPICS,
        "targets": [],
        "secretary": _THANH_247,
    },
    {
        "id": "248_chi_bo_xom_1_lac_son_2021",
        "half": "dev",
        "fmt": "docx",
        "layout": "s_inline_numbers_table",
        "province": "Nghệ An",
        "source": "https://doluong.gov.vn/suc-tre-tu-xom-truong-kiem-bi-thu-chi-bo-xom-2/",
        "source_says": "Ở Đô Lương, chức danh bí thư kiêm xóm trưởng do các đảng viên trẻ đảm nhận ngày càng "
        "nhiều; đồng chí Trần Khắc Ngọc – bí thư kiêm xóm trưởng xóm 1 xã Lạc Sơn là một điển hình.",
        "completed": [
            "the page gives the xóm, its commune and its secretary (also xóm head); the 2021 plan, its four "
            "topics, months, the other members, the number and the date are completed",
            "the topics first named inline in one paragraph by bracketed numbers (“(1) “…” – quý I; (2) “…” – "
            "quý II; …”), then scheduled in a table Chuyên đề (“(1)” … “(4)”) – Thời gian (“Tháng 3/2021”) – "
            "Chủ trì – Chuẩn bị đề cương; chair and preparer both presenters",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ xóm 1",
        "committee_name": "Đảng bộ xã Lạc Sơn",
        "left": ["ĐẢNG BỘ XÃ LẠC SƠN", "CHI BỘ XÓM 1"],
        "send_to": ["Đảng ủy xã Lạc Sơn (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        "number": 3,
        "type_code": "KH",
        "date": "2021-01-25",
        "place": "Lạc Sơn",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ xóm 1 năm 2021;"],
        "opening": "Chi bộ xóm 1 xây dựng kế hoạch sinh hoạt chuyên đề năm 2021 như sau:",
        "aims": _AIMS,
        "inline_lead": "Năm 2021, Chi bộ sinh hoạt 04 chuyên đề:",
        "closing": _CLOSING,
        "topics": _P248_TOPICS,
        "targets": [],
        "secretary": _NGOC_248,
    },
    {
        "id": "249_chi_bo_thon_thanh_thuong_thieu_thanh_2023",
        "half": "dev",
        "fmt": "doc",
        "layout": "s_merged_role_rows",
        "province": "Thanh Hóa",
        "source": "https://baothanhhoa.vn/xay-dung-dang/thieu-hoa-sau-5-nam-thuc-hien-nhat-the-hoa-chuc-danh-bi-thu-"
        "chi-bo-kiem-truong-thon/173068.htm",
        "source_says": "(Báo Thanh Hóa, 11/2022) Đồng chí Nguyễn Duy Chấp, bí thư chi bộ kiêm trưởng thôn Thành "
        "Thượng, xã Thiệu Thành: thôn đi đầu trong sản xuất nông nghiệp; vụ đông các hộ trồng ngô, rau màu ký "
        "kết bán cho doanh nghiệp thông qua HTX dịch vụ nông nghiệp của xã.",
        "completed": [
            "the page gives the village, its commune, its secretary (also village head) and its winter-crop "
            "contracts; the 2023 plan, its four topics, months, the other members, the number and the date are "
            "completed",
            "a table STT – Chuyên đề – Thời gian – Nhiệm vụ – Đồng chí with one row per part of each meeting "
            "(Chủ trì, Báo cáo đề dẫn, Tham luận), the number, title and time cells merged down over the "
            "topic's two or three rows; every part is a presenter, each person once",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ thôn Thành Thượng",
        "committee_name": "Đảng bộ xã Thiệu Thành",
        "left": ["ĐẢNG BỘ XÃ THIỆU THÀNH", "CHI BỘ THÔN THÀNH THƯỢNG"],
        "send_to": ["Đảng ủy xã Thiệu Thành (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2023"],
        "number": 2,
        "type_code": "KH",
        "date": "2023-01-16",
        "place": "Thiệu Thành",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ thôn Thành Thượng năm 2023;"],
        "opening": "Chi bộ thôn Thành Thượng xây dựng kế hoạch sinh hoạt chuyên đề năm 2023 như sau:",
        "aims": _AIMS,
        "table_intro": "Các chuyên đề sinh hoạt vào kỳ sinh hoạt thường kỳ của tháng, tại nhà văn hóa thôn:",
        "closing": _CLOSING,
        "topics": _P249_TOPICS,
        "targets": [],
        "secretary": _CHAP_249,
    },
]
