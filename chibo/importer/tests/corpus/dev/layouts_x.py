"""Development batch 290–299: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the generic
helpers of ``common.py``. The batch is about TIME: each plan writes the quarter and the month of its
topics in a place or a form the earlier batches did not cover, as real cells type them:

- 290: a table whose first column is the time (“Quý I (T2)”, “Quý III” without a month) and whose topic
  sits in the fifth column, after three columns of regular work that are not topics;
- 291: plain text whose meeting times are ranges — “tháng 6 – 7/2026, chuyên đề quý II” across two
  quarters (the quarter the plan names, no month) and “tháng 8, 9/2026” inside one quarter (quarter
  III, no month) — written in the lead line of each topic (“Chuyên đề thứ ba (tháng 8, 9/2026):”);
- 292: a school year written once, in the title (“… năm học 2020 – 2021”), the table's time column giving
  the bare month (“Tháng 10”, “Tháng 3”) under merged semester bands, no year and no quarter;
- 293: a hospital cell's table with two dates per topic, the deadline of the outline (“28/6/2018”) and
  the meeting (“Ngày 05/7/2018”), the deadline sometimes in the quarter before the meeting;
- 294: an enterprise cell's fiscal year (“từ tháng 7/2024 đến tháng 6/2025”) written once, the topics as
  the columns of a table turned on its side (“Chuyên đề 1” … “Chuyên đề 4”, rows Tên chuyên đề – Tháng –
  Người chuẩn bị – Người báo cáo), bare months, and a flood season “từ tháng 6 đến tháng 9” that is not
  a meeting;
- 295: an agency cell's plan typed in the Party's hyphen style (“quý I-2019”, “tháng 3-2019”), the time
  after the people at the end of each topic paragraph; the quarter III topic is held in October (the
  trip to Lai Châu — ``conflicts: 1``);
- 296: a boarding school's schedule by school week (“Tuần 9 (31/10 – 05/11/2022)”): a week across two
  months (quarter IV, no month) beside weeks inside one month;
- 297: a one-page scan whose time column is so narrow that “Quý III (T8-9)” wraps over four lines;
- 298: plain text whose “Thời gian:” line gives only the quarter and whose “Hình thức:” line gives the
  month (“ghép với kỳ sinh hoạt thường kỳ tháng 4”), once no month (“Chi ủy thông báo sau”);
- 299: a border post cell's table whose one column “Thời gian, địa điểm” holds clock time, date and place
  (“07 giờ 30, thứ Sáu 26/3/2021 – Hội trường Đồn”), no quarter.

Facts are in ``PLANS`` below (same keys as ``plans.py``); ``build.py`` merges both ``LAYOUTS`` and
``PLANS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..common import BASE_HD12, Block, paras, section, set_widths
from ..common import signed_sent as _sign
from ..common import typed_top as _top
from ..facts import T
from ..facts import topic_with as _t


# ------------------------------------------------------------------------------------ helpers
def _who(names: list[str]) -> str:
    return "\n".join(names)


def _end(p: dict[str, Any], heading: str) -> list[Block]:
    return [*section(heading, p["closing"]), _sign(p)]


# ------------------------------------------------------------------------------------ layouts
def time_first_tasks(p: dict[str, Any]) -> list[Block]:
    """One row per quarter: the time first (“Quý I (T2)”), three columns of regular work that are not
    topics, then the thematic meeting in the fifth column and its preparers in the sixth."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHI BỘ THEO QUÝ"))
    out.append(("p", p["table_intro"]))
    head = ["Thời gian", "Sinh hoạt thường kỳ", "Công tác xây dựng Đảng", "Lãnh đạo phát triển kinh tế",
            "Sinh hoạt chuyên đề", "Người chuẩn bị chuyên đề"]  # fmt: skip
    rows = [[t["when"], t["regular"], t["party"], t["economy"], t["title"], _who(t["who"])]
            for t in p["topics"]]  # fmt: skip
    out.append(("table", head, rows, "", (2.0, 2.9, 2.7, 2.9, 3.6, 2.6)))
    out.append(("p", p["note"]))
    return out + _end(p, "III. TỔ CHỨC THỰC HIỆN")


def text_ranges(p: dict[str, Any]) -> list[Block]:
    """Plain text: each topic led by “Chuyên đề thứ … (time):”, the time a month, a range of two months
    across two quarters or a range inside one quarter, then the title and the people."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ TRONG NĂM"))
    for t in p["topics"]:
        out += paras(
            [f"{t['lead']} ({t['when']}):", f"   “{t['title']}”", f"   Thực hiện: {t['who']}.", ""]
        )
    out.append(("p", p["note"]))
    return out + _end(p, "III. TỔ CHỨC THỰC HIỆN")


def _band_table(p: dict[str, Any]) -> Callable[[Any], None]:
    """The school year's table: header, then a band row merged across the four columns for each
    semester (“HỌC KỲ I”), the months bare (“Tháng 10”)."""

    def draw(doc: Any) -> None:
        head = ["Thời gian", "Tên chuyên đề", "Người xây dựng đề cương", "Người báo cáo"]
        grid = doc.add_table(rows=1, cols=4)
        grid.style = "Table Grid"
        for j, text in enumerate(head):
            grid.cell(0, j).paragraphs[0].add_run(text).bold = True
        for band, topics in p["bands"]:
            cells = grid.add_row().cells
            merged = cells[0].merge(cells[3])
            merged.paragraphs[0].add_run(band).bold = True
            for t in topics:
                row = grid.add_row().cells
                for j, text in enumerate([t["when"], t["title"], t["outline"], t["report"]]):
                    for k, line in enumerate(text.split("\n")):
                        para = row[j].paragraphs[0] if k == 0 else row[j].add_paragraph()
                        para.add_run(line)
        set_widths(grid, (2.3, 7.0, 3.5, 3.5))

    return draw


def school_year_bands(p: dict[str, Any]) -> list[Block]:
    """The school year once in the title; the table's time column gives the bare month under merged
    semester bands."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG"))
    lines = ["Thời gian | Tên chuyên đề | Người xây dựng đề cương | Người báo cáo"]
    for band, topics in p["bands"]:
        lines.append(band)
        lines += [f"{t['when']} | {t['title']} | {t['outline']} | {t['report']}" for t in topics]
    out.append(("docx", _band_table(p), lines))
    out.append(("p", ""))
    out.append(("p", p["note"]))
    return out + _end(p, "III. TỔ CHỨC THỰC HIỆN")


def deadline_and_meeting(p: dict[str, Any]) -> list[Block]:
    """A table with two dates per topic: when the outline is due and when the cell meets."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG VÀ PHÂN CÔNG"))
    head = ["STT", "Chuyên đề", "Xây dựng đề cương", "Hạn gửi đề cương", "Thời gian sinh hoạt",
            "Trình bày tại chi bộ"]  # fmt: skip
    rows = [[str(i), t["title"], t["outline"], t["due"], t["when"], t["report"]]
            for i, t in enumerate(p["topics"], 1)]  # fmt: skip
    out.append(("table", head, rows, "", (1.0, 5.2, 2.9, 2.2, 2.4, 2.9)))
    out.append(("p", p["note"]))
    return out + _end(p, "III. TỔ CHỨC THỰC HIỆN")


def topic_columns(p: dict[str, Any]) -> list[Block]:
    """A table turned on its side by topic: one column per topic (“Chuyên đề 1” …), rows for the title,
    the month (bare: the fiscal year is written once, in the title), the preparer and the reporter."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CHUYÊN ĐỀ VÀ PHÂN CÔNG"))
    out.append(("p", p["table_intro"]))
    topics = p["topics"]
    head = [""] + [f"Chuyên đề {i}" for i in range(1, len(topics) + 1)]
    rows = [
        ["Tên chuyên đề"] + [t["title"] for t in topics],
        ["Tháng thực hiện"] + [t["when"] for t in topics],
        ["Người chuẩn bị"] + [t["prep"] for t in topics],
        ["Người báo cáo"] + [t["report"] for t in topics],
    ]
    out.append(("table", head, rows, "", (2.6, 3.5, 3.5, 3.5, 3.5)))
    return out + _end(p, "III. TỔ CHỨC THỰC HIỆN")


def hyphen_paragraphs(p: dict[str, Any]) -> list[Block]:
    """Topic paragraphs in the Party's hyphen style: the title, the people, then “Thời gian: … quý
    I-2019 (tháng 3-2019).” at the end of the paragraph."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. Chuyên đề “{t['title']}”. {t['who']}. Thời gian: {t['when']}."))
    out.append(("p", p["note"]))
    return out + _end(p, "III. TỔ CHỨC THỰC HIỆN")


def school_weeks(p: dict[str, Any]) -> list[Block]:
    """A school cell's schedule by school week with its dates (“Tuần 9 (31/10 – 05/11/2022)”)."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    out.append(("p", p["table_intro"]))
    head = ["Tuần học", "Chuyên đề", "Người chuẩn bị", "Người trình bày", "Ghi chú"]
    rows = [[t["when"], t["title"], t["prep"], t["report"], t["note"]] for t in p["topics"]]
    out.append(("table", head, rows, "", (3.0, 6.0, 2.6, 2.6, 2.3)))
    return out + _end(p, "III. TỔ CHỨC THỰC HIỆN")


def _single_spaced(doc: Any) -> None:
    """The typist's setting for a one-page plan: paragraphs 2 pt apart, single line spacing."""
    from docx.shared import Pt

    normal = doc.styles["Normal"].paragraph_format
    normal.space_after = Pt(2)
    normal.line_spacing = 1.0


def scan_narrow_time(p: dict[str, Any]) -> list[Block]:
    """One page: a short opening, then a table TT – Thời gian – Chuyên đề – Phân công whose time column
    is so narrow that “Quý III (T8-9)” wraps over four lines (“Quý” / “III” / “(T8-” / “9)”)."""
    out: list[Block] = [("docx", _single_spaced, [])]
    out += _top(p)
    out.append(("h", "NỘI DUNG, THỜI GIAN, PHÂN CÔNG"))
    rows = [[str(i), t["when"], t["title"], _who(t["who"])] for i, t in enumerate(p["topics"], 1)]
    out.append(
        ("table", ["TT", "Thời gian", "Chuyên đề", "Phân công"], rows, "", (0.9, 1.5, 8.1, 5.5))
    )
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def text_quarter_form(p: dict[str, Any]) -> list[Block]:
    """Plain text: each topic with “Thời gian:” (the quarter only), “Hình thức:” (which regular meeting it
    joins — the month — or a date to be announced) and “Người thực hiện:”."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out += paras([f"{i}. {t['title']}", f"- Thời gian: {t['when']}.", f"- Hình thức: {t['how']}.",
                      f"- Người thực hiện: {t['who']}.", ""])  # fmt: skip
    return out + _end(p, "III. TỔ CHỨC THỰC HIỆN")


def time_place_column(p: dict[str, Any]) -> list[Block]:
    """A border post cell's table whose one column “Thời gian, địa điểm” holds the clock time, the day
    and the place; chair and preparer in separate columns."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG"))
    head = [
        "TT",
        "Nội dung chuyên đề",
        "Thời gian, địa điểm",
        "Chủ trì",
        "Chuẩn bị đề cương, báo cáo",
    ]
    rows = [
        [str(i), t["title"], t["when"], t["chair"], t["prep"]] for i, t in enumerate(p["topics"], 1)
    ]
    out.append(("table", head, rows, "", (0.9, 5.6, 3.6, 3.0, 3.4)))
    out.append(("p", p["note"]))
    return out + _end(p, "III. TỔ CHỨC THỰC HIỆN")


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "x_time_first_tasks": time_first_tasks,
    "x_text_ranges": text_ranges,
    "x_school_year_bands": school_year_bands,
    "x_deadline_and_meeting": deadline_and_meeting,
    "x_topic_columns": topic_columns,
    "x_hyphen_paragraphs": hyphen_paragraphs,
    "x_school_weeks": school_weeks,
    "x_scan_narrow_time": scan_narrow_time,
    "x_text_quarter_form": text_quarter_form,
    "x_time_place_column": time_place_column,
}


# -------------------------------------------------------------------------------------- plans
_AIMS = [
    "- Nâng cao chất lượng sinh hoạt chi bộ; chọn nội dung chuyên đề thiết thực, sát với nhiệm vụ của "
    "đơn vị và đời sống đảng viên.",
    "- Phân công cụ thể người chuẩn bị; mỗi chuyên đề có kết luận, có việc làm sau sinh hoạt.",
]
_CLOSING = [
    "- Chi ủy đôn đốc người được phân công chuẩn bị đề cương, gửi trước kỳ sinh hoạt ít nhất 05 ngày.",
    "- Đảng viên nghiên cứu tài liệu, tham gia ý kiến; kết quả sinh hoạt báo cáo cấp ủy cấp trên.",
]

# 290 — bản Huổi Sông, xã Tìa Dình (Điện Biên)
_DIA, _CHU, _MAI, _PAO = "Vàng A Dia", "Giàng A Chư", "Sùng Thị Mai", "Lý A Páo"
_P290_TOPICS = [
    _t("Phát triển vùng cà phê của bản; ươm, chăm sóc 50.000 cây giống năm 2026", 1, 2, [_DIA, _CHU],
       when="Quý I (T2)", regular="Đánh giá việc đón Tết của nhân dân; triển khai nhiệm vụ năm",
       party="Phân công đảng viên phụ trách hộ", economy="Chuẩn bị đất, vườn ươm cà phê",
       who=["Đ/c Vàng A Dia – Bí thư", "Đ/c Giàng A Chư – Trưởng bản"]),
    _t("Giữ gìn bản sắc văn hóa Mông, thực hiện nếp sống văn minh trong việc cưới, việc tang", 2, 5,
       [_MAI], when="Quý II (T5)", regular="Sơ kết công tác tháng; vệ sinh đường bản",
       party="Bồi dưỡng quần chúng ưu tú", economy="Trồng dặm cà phê đầu mùa mưa",
       who=["Đ/c Sùng Thị Mai – Chi hội trưởng Phụ nữ"]),
    _t("Phòng, chống ma túy, mua bán người và xuất cảnh trái phép ở khu vực biên giới", 3, None, [_PAO],
       when="Quý III", regular="Nắm tình hình mưa lũ, sạt lở",
       party="Kiểm tra đảng viên chấp hành Điều lệ", economy="Chăm sóc, làm cỏ cà phê",
       who=["Đ/c Lý A Páo – Tổ trưởng tổ bảo vệ an ninh, trật tự"]),
    _t("Giảm nghèo bền vững, phấn đấu giảm số hộ nghèo của bản", 4, 11, [_CHU, _DIA],
       when="Quý IV (T11)", regular="Chuẩn bị Ngày hội Đại đoàn kết",
       party="Đánh giá, xếp loại đảng viên", economy="Thu hoạch cà phê vụ đầu",
       who=["Đ/c Giàng A Chư – Trưởng bản", "Đ/c Vàng A Dia"]),
]  # fmt: skip

# 291 — bản Ló, xã Thanh Nưa (Điện Biên)
_THUC, _NGOAN, _IN, _HAC, _PHONG = (
    "Cà Văn Thức", "Lò Văn Ngoan", "Quàng Thị Ín", "Lường Văn Hặc", "Tòng Văn Phong",
)  # fmt: skip
_P291_TOPICS = [
    _t("Thực hiện dân chủ ở cơ sở; bàn bạc, công khai các công trình, dự án của bản", 1, 3,
       [_THUC, _NGOAN], when="tháng 3/2026", lead="Chuyên đề thứ nhất",
       who="đ/c Cà Văn Thức – Bí thư Chi bộ, Trưởng bản (chủ trì); đ/c Lò Văn Ngoan – Phó Bí thư chuẩn "
       "bị đề cương"),
    _t("Chăm sóc cà phê, mắc ca; chuyển đổi cơ cấu cây trồng trên đất ruộng một vụ", 2, None,
       [_NGOAN, _HAC], when="tháng 6 – 7/2026, chuyên đề quý II, tùy thời vụ", lead="Chuyên đề thứ hai",
       who="đ/c Lò Văn Ngoan (báo cáo); đ/c Lường Văn Hặc – Trưởng ban công tác Mặt trận (tham luận)"),
    _t("Phòng, chống sạt lở, lũ quét trong mùa mưa; bảo vệ tính mạng, tài sản của nhân dân", 3, None,
       [_HAC], when="tháng 8, 9/2026", lead="Chuyên đề thứ ba",
       who="đ/c Lường Văn Hặc chuẩn bị và báo cáo"),
    _t("Giữ gìn bản sắc văn hóa dân tộc Thái gắn với xây dựng bản văn hóa", 4, 11, [_IN, _PHONG],
       when="tháng 11/2026", lead="Chuyên đề thứ tư",
       who="đ/c Quàng Thị Ín – Chi hội trưởng Phụ nữ; đ/c Tòng Văn Phong – Bí thư Chi đoàn"),
]  # fmt: skip

# 292 — Trường Mầm non Họa Mi, xã Mường Khoa (Sơn La)
_HAI, _NHUNG, _MIEN, _HUONG, _THANH = (
    "Nguyễn Thị Hải", "Chu Thị Nhung", "Lừ Thị Miên", "Lò Thị Hương", "Hà Thị Thanh",
)  # fmt: skip
_P292_T = [
    _t("Học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã Mường Khoa lần thứ XX, nhiệm kỳ 2020 – 2025",
       4, 10, [_HAI], when="Tháng 10", outline="Đ/c Nguyễn Thị Hải", report="Đ/c Nguyễn Thị Hải"),
    _t("Nâng cao chất lượng chăm sóc, nuôi dưỡng trẻ ở các điểm trường bản; tăng cường tiếng Việt cho "
       "trẻ dân tộc thiểu số", 4, 12, [_NHUNG, _HUONG], when="Tháng 12",
       outline="Đ/c Chu Thị Nhung", report="Đ/c Lò Thị Hương"),
    _t("Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", 1, 3,
       [_HAI, _MIEN], when="Tháng 3", outline="Đ/c Nguyễn Thị Hải", report="Đ/c Lừ Thị Miên"),
    _t("Xây dựng trường học an toàn; phòng, chống tai nạn thương tích và đuối nước cho trẻ trong dịp hè",
       2, 5, [_MIEN, _THANH], when="Tháng 5", outline="Đ/c Lừ Thị Miên", report="Đ/c Hà Thị Thanh"),
]  # fmt: skip

# 293 — Chi bộ Cận lâm sàng 3, Bệnh viện Đa khoa tỉnh Lạng Sơn
_HA, _DUNG, _MAI3, _HUNG = "Nông Thị Thu Hà", "Hoàng Văn Dũng", "Lương Thị Mai", "Vi Văn Hưng"
_P293_TOPICS = [
    _t("Đổi mới phong cách, thái độ phục vụ, hướng tới sự hài lòng của người bệnh", 1, 3, [_HA],
       when="Ngày 08/3/2018", due="28/02/2018", outline="BSCKI. Nông Thị Thu Hà",
       report="BSCKI. Nông Thị Thu Hà"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về y đức “Lương y phải như từ "
       "mẫu”", 2, 6, [_MAI3, _DUNG], when="Ngày 07/6/2018", due="20/5/2018",
       outline="KTV. Lương Thị Mai", report="BS. Hoàng Văn Dũng"),
    _t("Bảo đảm chất lượng xét nghiệm, chẩn đoán hình ảnh; liên thông kết quả cận lâm sàng giữa các "
       "bệnh viện", 3, 7, [_HUNG], when="Ngày 05/7/2018", due="28/6/2018", outline="BS. Vi Văn Hưng",
       report="BS. Vi Văn Hưng"),
    _t("Phòng, chống tham nhũng, tiêu cực trong mua sắm vật tư, hóa chất xét nghiệm", 4, 11,
       [_DUNG, _HA], when="Ngày 08/11/2018", due="30/10/2018", outline="BS. Hoàng Văn Dũng",
       report="BSCKI. Nông Thị Thu Hà"),
]  # fmt: skip

# 294 — Nhà máy Thủy điện Hỏm Dưới, xã Nậm Chày (Lào Cai)
_YEN, _THANG, _QUY, _HOA = "Hồ Việt Yên", "Nguyễn Văn Thắng", "Bàn Văn Quý", "Phạm Thị Hoa"
_P294_TOPICS = [
    _t("Bảo đảm an toàn công trình, vận hành hồ chứa trong mùa mưa lũ", 3, 8, [_THANG, _QUY],
       when="Tháng 8", prep="Đ/c Nguyễn Văn Thắng – Phó Bí thư", report="Đ/c Bàn Văn Quý – Tổ trưởng vận hành"),
    _t("Xây dựng văn hóa doanh nghiệp; chăm lo việc làm, đời sống người lao động địa phương", 4, 11,
       [_YEN], when="Tháng 11", prep="Đ/c Hồ Việt Yên – Bí thư", report="Đ/c Hồ Việt Yên"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về thực hành tiết kiệm, chống lãng "
       "phí trong sản xuất", 1, 2, [_HOA], when="Tháng 02", prep="Đ/c Phạm Thị Hoa – Chi ủy viên",
       report="Đ/c Phạm Thị Hoa"),
    _t("Bảo vệ rừng đầu nguồn, môi trường; phối hợp với xã Nậm Chày trong phòng, chống thiên tai", 2, 5,
       [_YEN, _THANG], when="Tháng 5", prep="Đ/c Hồ Việt Yên", report="Đ/c Nguyễn Văn Thắng"),
]  # fmt: skip

# 295 — Chi bộ Văn phòng EVN (Hà Nội)
_LUAN, _DUNG5, _HUY, _BINH, _TRANG = (
    "Bùi Công Luận", "Đậu Tiến Dũng", "Đoàn Văn Huy", "Nguyễn Thanh Bình", "Nguyễn Thị Thu Trang",
)  # fmt: skip
_P295_TOPICS = [
    _t("Nâng cao chất lượng công tác tham mưu, tổng hợp và cải cách hành chính của Văn phòng Tập đoàn",
       1, 3, [_BINH], when="quý I-2019 (tháng 3-2019)",
       who="Đồng chí Nguyễn Thanh Bình, Phó Chánh Văn phòng, chuẩn bị đề cương và báo cáo"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương của cán "
       "bộ, đảng viên", 2, 6, [_HUY], when="tháng 6-2019, quý II-2019",
       who="Đồng chí Đoàn Văn Huy, Phó Chánh Văn phòng, chuẩn bị và báo cáo"),
    _t("Về nguồn: tìm hiểu lịch sử Đảng bộ tỉnh Lai Châu tại di tích Bản Lướt, xã Mường Kim, huyện Than "
       "Uyên", 3, 10, [_LUAN, _DUNG5], conflict=True,
       when="quý III-2019, tổ chức vào tháng 10-2019 tại tỉnh Lai Châu",
       who="Đồng chí Bùi Công Luận, Bí thư Chi bộ, Chánh Văn phòng, chủ trì; đồng chí Đậu Tiến Dũng, Chủ "
       "tịch Công đoàn Văn phòng, chuẩn bị chương trình"),
    _t("Chuyển đổi số trong công tác văn thư, lưu trữ và điều hành văn bản điện tử", 4, 12, [_TRANG],
       when="tháng 12-2019 (quý IV-2019)",
       who="Đồng chí Nguyễn Thị Thu Trang, Chi ủy viên, chuẩn bị và báo cáo"),
]  # fmt: skip

# 296 — Chi bộ Khoa học Xã hội, Trường PT DTNT THPT tỉnh Hòa Bình
_HANH, _THANH6, _LAN, _TUAN = "Bùi Thị Hạnh", "Đinh Công Thành", "Nguyễn Thị Lan", "Xa Văn Tuấn"
_P296_TOPICS = [
    _t("Giáo dục lý tưởng cách mạng, bồi dưỡng học sinh ưu tú người dân tộc thiểu số để kết nạp vào Đảng",
       4, None, [_HANH, _LAN], when="Tuần 9 (31/10 – 05/11/2022)", prep="Đ/c Bùi Thị Hạnh",
       report="Đ/c Nguyễn Thị Lan", note="Mời Bí thư Đoàn trường dự"),
    _t("Giáo dục truyền thống lịch sử địa phương Hòa Bình trong dạy học các môn khoa học xã hội", 4, 12,
       [_THANH6], when="Tuần 15 (12 – 17/12/2022)", prep="Đ/c Đinh Công Thành",
       report="Đ/c Đinh Công Thành", note=""),
    _t("Đổi mới kiểm tra, đánh giá theo Chương trình giáo dục phổ thông 2018 ở tổ Xã hội", 1, 3,
       [_TUAN, _HANH], when="Tuần 26 (06 – 11/3/2023)", prep="Đ/c Xa Văn Tuấn",
       report="Đ/c Bùi Thị Hạnh", note=""),
    _t("Giữ gìn bản sắc văn hóa các dân tộc Mường, Thái, Dao trong nhà trường nội trú", 2, 4, [_LAN],
       when="Tuần 33 (24 – 29/4/2023)", prep="Đ/c Nguyễn Thị Lan", report="Đ/c Nguyễn Thị Lan",
       note="Kết hợp Ngày hội văn hóa"),
]  # fmt: skip

# 297 — thôn Làng Sang, xã Púng Luông (Lào Cai)
_CUA, _LAU, _DO, _CHU7 = "Mùa A Của", "Giàng A Lầu", "Sùng Thị Dở", "Hờ A Chu"
_P297_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Đảng bộ xã Púng Luông nhiệm kỳ 2025 – 2030 bằng tiếng phổ thông "
       "và tiếng Mông", 1, 3, [_CUA], when="Quý I (T3)", who=["Đ/c Mùa A Của – Bí thư (chủ trì, báo cáo)"]),
    _t("Phát triển du lịch cộng đồng gắn với ruộng bậc thang; giữ gìn vệ sinh thôn bản", 2, 5,
       [_LAU, _CHU7], when="Quý II (T5)",
       who=["Đ/c Giàng A Lầu – Trưởng thôn (báo cáo)", "Đ/c Hờ A Chu – Bí thư Chi đoàn (tham luận)"]),
    _t("Phòng, chống sạt lở đất, lũ quét; di dời các hộ ở vùng nguy hiểm", 3, None, [_LAU],
       when="Quý III (T8-9)", who=["Đ/c Giàng A Lầu – Trưởng thôn"]),
    _t("Xóa bỏ hủ tục trong việc cưới, việc tang; phòng, chống tảo hôn", 4, 11, [_DO, _CUA],
       when="Quý IV (T11)", who=["Đ/c Sùng Thị Dở – Chi hội trưởng Phụ nữ", "Đ/c Mùa A Của"]),
]  # fmt: skip

# 298 — thôn Nà Kiếm, xã Hồng Thái (Tuyên Quang)
_TONG, _CHIEU, _MAY, _KIEM = "Triệu Văn Tòng", "Bàn Văn Chiêu", "Lý Thị Mẩy", "Đặng Văn Kiềm"
_P298_TOPICS = [
    _t("Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", 1, 3,
       [_KIEM, _TONG], when="Quý I",
       how="ghép với kỳ sinh hoạt thường kỳ tháng 3, tại nhà văn hóa thôn",
       who="đ/c Đặng Văn Kiềm – công chức Văn hóa – xã hội xã, sinh hoạt tại Chi bộ (báo cáo); đ/c Triệu "
       "Văn Tòng – Bí thư Chi bộ (chủ trì)"),
    _t("Trách nhiệm của đảng viên trong cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp "
       "nhiệm kỳ 2021 – 2026", 2, 4, [_CHIEU], when="Quý II",
       how="ghép với kỳ sinh hoạt thường kỳ tháng 4, trước ngày bầu cử",
       who="đ/c Bàn Văn Chiêu – Phó Bí thư, Trưởng thôn"),
    _t("Phát triển chè Shan tuyết và rừng trồng, giảm nghèo bền vững", 3, None, [_TONG, _CHIEU],
       when="Quý III", how="sinh hoạt riêng tại đồi chè của thôn, ngày cụ thể Chi ủy thông báo sau",
       who="đ/c Triệu Văn Tòng; đ/c Bàn Văn Chiêu"),
    _t("Giữ gìn bản sắc văn hóa dân tộc Dao; xây dựng thôn văn hóa", 4, 11, [_MAY], when="Quý IV",
       how="ghép với kỳ sinh hoạt thường kỳ tháng 11, cùng Ngày hội Đại đoàn kết",
       who="đ/c Lý Thị Mẩy – Chi hội trưởng Phụ nữ"),
]  # fmt: skip

# 299 — Đồn Biên phòng Đăk Nhoong (Kon Tum)
_HAI9, _THUAN, _DUC = "Nguyễn Văn Hải", "A Thuận", "Trần Minh Đức"
_P299_TOPICS = [
    _t("Học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ Bộ đội Biên "
       "phòng tỉnh", 1, 3, [_HAI9], when="07 giờ 30, thứ Sáu 26/3/2021 – Hội trường Đồn",
       chair="Thiếu tá Nguyễn Văn Hải", prep="Thiếu tá Nguyễn Văn Hải"),
    _t("Công tác dân vận, giúp đồng bào Giẻ Triêng xã Đăk Nhoong phát triển kinh tế, giảm nghèo", 2, 6,
       [_THUAN, _DUC], when="14 giờ 00, thứ Năm 24/6/2021 – Nhà rông thôn kết nghĩa",
       chair="Đại úy A Thuận", prep="Đại úy A Thuận\nThượng úy Trần Minh Đức"),
    _t("Phòng, chống dịch Covid-19 và xuất, nhập cảnh trái phép trên tuyến biên giới", 3, 9, [_HAI9, _DUC],
       when="07 giờ 30, thứ Năm 23/9/2021 – Hội trường Đồn", chair="Thiếu tá Nguyễn Văn Hải",
       prep="Thượng úy Trần Minh Đức"),
    _t("Xây dựng hình ảnh “Bộ đội Cụ Hồ – Bộ đội Biên phòng” trong lòng dân, kỷ niệm 77 năm Ngày thành "
       "lập Quân đội nhân dân Việt Nam", 4, 12, [_HAI9, _THUAN],
       when="07 giờ 30, thứ Năm 16/12/2021 – Hội trường Đồn", chair="Thiếu tá Nguyễn Văn Hải",
       prep="Thiếu tá Nguyễn Văn Hải\nĐại úy A Thuận"),
]  # fmt: skip


PLANS: list[T] = [
    {
        "id": "290_chi_bo_ban_huoi_song_tia_dinh_2026",
        "half": "dev",
        "fmt": "docx",
        "layout": "x_time_first_tasks",
        "province": "Điện Biên",
        "source": "https://en.baodienbienphu.com.vn/thoi-su-chinh-tri/fostering-party-membership-among-ethnic-"
        "minority-communities-f90OEyIvg.html",
        "source_says": "(Báo Điện Biên Phủ, English edition) Huổi Sông village, Tìa Dình commune, has 77 households "
        "and 395 residents, all Mông; Vàng A Dia, admitted to the Party in 2017, is Secretary of the village Party "
        "cell; in 2024 he converted 1.5 ha of low-yield rice and cassava land to coffee, in 2025 the village "
        "converted over 8.5 ha, and in 2026 it nurtures 50,000 more coffee seedlings; poor households are just "
        "over 20; the Tìa Dình commune Party Committee oversees 30 subordinate Party organisations.",
        "completed": [
            "the page gives the cell, its commune, its secretary and the village's coffee work; the cell's 2026 "
            "plan, its four topics, quarters, months, every other member, the number and the date are completed",
            "one table row per quarter: the time first (“Quý I (T2)”, “Quý II (T5)”, “Quý III” with no month, "
            "“Quý IV (T11)”), then three columns of regular work (regular meeting, party building, economy) "
            "that are not topics, the thematic meeting in the fifth column and its preparers in the sixth",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ bản Huổi Sông",
        "committee_name": "Đảng bộ xã Tìa Dình",
        "left": ["ĐẢNG BỘ XÃ TÌA DÌNH", "CHI BỘ BẢN HUỔI SÔNG"],
        "send_to": ["Đảng ủy xã Tìa Dình (b/c)", "Ban quản lý bản", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chi bộ và sinh hoạt chuyên đề năm 2026"],
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-12",
        "place": "Tìa Dình",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Đảng ủy xã Tìa Dình về nhiệm vụ năm 2026;"],
        "opening": "Chi bộ bản Huổi Sông xây dựng kế hoạch sinh hoạt chi bộ năm 2026 như sau:",
        "aims": _AIMS,
        "table_intro": "Chi bộ sinh hoạt thường kỳ vào ngày 05 hằng tháng; mỗi quý một kỳ sinh hoạt chuyên đề "
        "(tháng ghi trong ngoặc).",
        "note": "Ghi chú: chuyên đề quý III Chi ủy thống nhất ngày sinh hoạt sau khi hết mưa lũ.",
        "closing": _CLOSING,
        "topics": _P290_TOPICS,
        "targets": [],
        "secretary": _DIA,
    },
    {
        "id": "291_chi_bo_ban_lo_thanh_nua_2026",
        "half": "dev",
        "fmt": "txt",
        "layout": "x_text_ranges",
        "province": "Điện Biên",
        "source": "https://en.baodienbienphu.com.vn/xa-hoi/maintaining-connection-from-villages-1xzpRqvDg.html",
        "source_says": "(Báo Điện Biên Phủ, English edition, after the 2025 merger) Cà Văn Thức is both the Party "
        "Secretary and the head of Ló village in Thanh Nưa commune; he emphasises democratic centralism so that "
        "residents take part in every decision; of the village's 144 households only one poor household "
        "remains.",
        "completed": [
            "the page gives the cell, its commune and its secretary (also head of the village); the cell's 2026 "
            "plan, its four topics, their times, every other member, the number and the date are completed",
            "plain text, each topic led by “Chuyên đề thứ … (time):”: one month (“tháng 3/2026”), a range across "
            "two quarters (“tháng 6 – 7/2026, chuyên đề quý II, tùy thời vụ” — the quarter the plan names, "
            "no month in the truth), a range "
            "inside one quarter (“tháng 8, 9/2026” — quarter III, no month), one month; people with parts",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ bản Ló",
        "committee_name": "Đảng bộ xã Thanh Nưa",
        "left": ["ĐẢNG BỘ XÃ THANH NƯA", "CHI BỘ BẢN LÓ"],
        "send_to": ["Đảng ủy xã Thanh Nưa (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 2,
        "type_code": "KH",
        "date": "2026-01-20",
        "place": "Thanh Nưa",
        "legal_bases": [BASE_HD12],
        "opening": "Thực hiện chương trình công tác năm 2026 của Đảng ủy xã Thanh Nưa, Chi bộ bản Ló xây dựng "
        "kế hoạch sinh hoạt chuyên đề như sau:",
        "aims": _AIMS,
        "note": "Chuyên đề thứ hai và thứ ba sinh hoạt theo thời vụ và thời tiết; Chi ủy báo ngày cụ thể trước "
        "07 ngày.",
        "closing": _CLOSING,
        "topics": _P291_TOPICS,
        "targets": [],
        "secretary": _THUC,
    },
    {
        "id": "292_mam_non_hoa_mi_muong_khoa_2020",
        "half": "dev",
        "fmt": "doc",
        "layout": "x_school_year_bands",
        "province": "Sơn La",
        "source": "https://edu.viettel.vn/sla-bacyen-mnmuongkhoa/tin-tuc-su-kien/dai-hoi-chi-bo-truong-mn-hoa-mi-"
        "muong-khoa-lan-thu-viii-nhie.html",
        "source_says": "Ngày 21/12/2019, Chi bộ trường MN Họa mi Mường khoa tổ chức Đại hội chi bộ lần thứ VIII, "
        "nhiệm kỳ 2020-2022; dự có đ/c Đinh Thị Kim Tuyến (Trưởng Ban Tuyên giáo Huyện ủy Bắc Yên) và đ/c Hà Văn "
        "Thủy (Phó Bí thư Thường trực Đảng ủy xã Mường Khoa); chi ủy gồm đ/c Nguyễn Thị Hải – BTCB, Chu Thị Nhung "
        "– PBTCB, Lừ Thị Miên – CUV; bầu 4 đại biểu chính thức dự Đại hội Đảng bộ xã Mường Khoa lần thứ XX, "
        "nhiệm kỳ 2020-2025.",
        "completed": [
            "the page gives the cell, its committee (the commune's) and its three committee members; the school "
            "year 2020 – 2021 plan, its four topics, months, two other members, the number and the date are "
            "completed",
            "the school year written once, in the title; a Word table whose time column gives the bare month "
            "(“Tháng 10”, “Tháng 3”, no year, no quarter) under band rows merged across the table (“HỌC KỲ I”, "
            "“HỌC KỲ II”); outline writer and reporter in separate columns (both presenters) (.doc)",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường Mầm non Họa Mi",
        "committee_name": "Đảng bộ xã Mường Khoa",
        "left": ["ĐẢNG BỘ XÃ MƯỜNG KHOA", "CHI BỘ TRƯỜNG MẦM NON HỌA MI"],
        "send_to": [
            "Đảng ủy xã Mường Khoa (b/c)",
            "Ban Giám hiệu nhà trường",
            "Đảng viên trong Chi bộ",
        ],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2020 – 2021"],
        "number": 4,
        "type_code": "KH",
        "date": "2020-09-28",
        "place": "Mường Khoa",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mầm non Họa Mi lần thứ VIII, "
            "nhiệm kỳ 2020 – 2022;",
        ],  # fmt: skip
        "opening": "Chi bộ Trường Mầm non Họa Mi xây dựng kế hoạch sinh hoạt chuyên đề trong năm học như sau:",
        "aims": _AIMS,
        "bands": [("HỌC KỲ I", _P292_T[:2]), ("HỌC KỲ II", _P292_T[2:])],
        "note": "Chuyên đề sinh hoạt vào kỳ sinh hoạt chi bộ thường kỳ của tháng; tháng có ngày lễ lớn Chi ủy "
        "có thể lùi một tuần.",
        "closing": _CLOSING,
        "topics": _P292_T,
        "targets": [],
        "secretary": _HAI,
    },
    {
        "id": "293_chi_bo_can_lam_sang_3_bvdk_lang_son_2018",
        "half": "dev",
        "fmt": "odt",
        "layout": "x_deadline_and_meeting",
        "province": "Lạng Sơn",
        "source": "https://bvdklangson.com.vn/node/551",
        "source_says": "Ngày 3/4/2018 Đảng bộ Bệnh viện Đa khoa tỉnh Lạng Sơn tổ chức hội thi “Bí thư chi bộ "
        "giỏi năm 2018” với 10 thí sinh của các chi bộ trực thuộc (giới thiệu chi bộ, thuyết trình kế hoạch "
        "nâng cao chất lượng hoạt động của chi bộ); BS Phan Thanh Huy – Giám đốc Bệnh viện trao giải Nhất cho "
        "thí sinh Chi bộ Cận lâm sàng 3; có phần thi của Chi bộ Cận lâm sàng 2.",
        "completed": [
            "the page gives the cell and its committee (the hospital's); the cell's 2018 plan, its four topics, "
            "its members with their professional titles, the dates, the number and the date are completed",
            "a table with two dates per topic: “Hạn gửi đề cương” (the outline's deadline, once “28/6/2018” for a "
            "meeting “Ngày 05/7/2018”, in the quarter before it) and “Thời gian sinh hoạt”; the truth keeps the "
            "meeting's time; outline writer and presenter in separate columns (both presenters) (.odt)",
        ],
        "kind": "thematic",
        "year": 2018,
        "cell_name": "Chi bộ Cận lâm sàng 3",
        "committee_name": "Đảng bộ Bệnh viện Đa khoa tỉnh Lạng Sơn",
        "left": ["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH LẠNG SƠN", "CHI BỘ CẬN LÂM SÀNG 3"],
        "send_to": ["Đảng ủy Bệnh viện (b/c)", "Các khoa trong Chi bộ", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2018"],
        "number": 3,
        "type_code": "KH",
        "date": "2018-01-22",
        "place": "Lạng Sơn",
        "report_to": "Đảng ủy Bệnh viện",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Kế hoạch của Đảng ủy Bệnh viện về nâng cao chất lượng sinh hoạt chi "
            "bộ năm 2018;",
        ],  # fmt: skip
        "opening": "Chi bộ Cận lâm sàng 3 (các khoa Chẩn đoán hình ảnh, Thăm dò chức năng, Giải phẫu bệnh) xây "
        "dựng kế hoạch sinh hoạt chuyên đề năm 2018 như sau:",
        "aims": _AIMS,
        "note": "Đề cương gửi Bí thư Chi bộ theo hạn trên để Chi ủy duyệt; sinh hoạt vào 14 giờ ngày đã ghi, "
        "tại phòng giao ban khoa Chẩn đoán hình ảnh.",
        "closing": _CLOSING,
        "topics": _P293_TOPICS,
        "targets": [],
        "secretary": _HA,
    },
    {
        "id": "294_chi_bo_thuy_dien_hom_duoi_nam_chay_2024",
        "half": "dev",
        "fmt": "docx",
        "layout": "x_topic_columns",
        "province": "Lào Cai",
        "source": "https://vanban.laocai.gov.vn/chinh-tri/cong-bo-quyet-dinh-thanh-lap-chi-bo-nha-may-thuy-dien-hom-"
        "duoi-1217306",
        "source_says": "Sáng 07/11/2023, Đảng bộ xã Nậm Chày công bố quyết định thành lập Chi bộ Nhà máy thủy "
        "điện Hỏm Dưới với 07 đảng viên, trực thuộc Đảng ủy xã Nậm Chày; đồng chí Hồ Việt Yên – Trưởng Ban điều "
        "hành nhà máy được chỉ định làm Bí thư chi bộ; dự có đ/c Trần Thị Việt – Phó Bí thư Thường trực Huyện ủy "
        "Văn Bàn.",
        "completed": [
            "the page gives the cell, its committee, its size and its secretary; the plan for the fiscal year "
            "7/2024 – 6/2025, its four topics, months, three other members, the number and the date are completed",
            "the fiscal year written once, in the title (“từ tháng 7/2024 đến tháng 6/2025”); the topics as the "
            "columns of a table turned on its side (“Chuyên đề 1” … “Chuyên đề 4”; rows Tên chuyên đề, Tháng thực "
            "hiện, Người chuẩn bị, Người báo cáo), bare months (“Tháng 8”, “Tháng 02”); a flood season “từ tháng 6 "
            "đến tháng 9” in the aims that is not a meeting",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Nhà máy Thủy điện Hỏm Dưới",
        "committee_name": "Đảng bộ xã Nậm Chày",
        "left": ["ĐẢNG BỘ XÃ NẬM CHÀY", "CHI BỘ NHÀ MÁY", "THỦY ĐIỆN HỎM DƯỚI"],
        "send_to": ["Đảng ủy xã Nậm Chày (b/c)", "Ban điều hành Nhà máy", "Đảng viên Chi bộ"],
        "title_lines": [
            "KẾ HOẠCH",
            "Sinh hoạt chuyên đề năm tài chính 2024 – 2025",
            "(từ tháng 7/2024 đến tháng 6/2025)",
        ],  # fmt: skip
        "number": 5,
        "type_code": "KH",
        "date": "2024-07-03",
        "place": "Nậm Chày",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ kế hoạch sản xuất, vận hành năm tài chính 2024 – 2025 của Nhà máy;",
        ],
        "opening": "Chi bộ Nhà máy Thủy điện Hỏm Dưới xây dựng kế hoạch sinh hoạt chuyên đề theo năm tài chính "
        "của Nhà máy như sau:",
        "aims": [
            *_AIMS,
            "- Trong mùa lũ (từ tháng 6 đến tháng 9) các tổ vận hành trực 24/24 giờ; Chi ủy bố trí sinh hoạt "
            "không trùng ca trực.",
        ],
        "table_intro": "Mỗi chuyên đề sinh hoạt vào ngày làm việc cuối cùng của tháng ghi trong bảng.",
        "closing": _CLOSING,
        "topics": _P294_TOPICS,
        "targets": [],
        "secretary": _YEN,
    },
    {
        "id": "295_chi_bo_van_phong_evn_2019",
        "half": "dev",
        "fmt": "doc",
        "layout": "x_hyphen_paragraphs",
        "province": "Hà Nội",
        "source": "https://icon.com.vn/d6/vi-VN/news/Chi-bo-Van-phong-EVN-to-chuc-sinh-hoat-chuyen-de-Ve-nguon-"
        "tai-Lai-Chau-60-626-191016",
        "source_says": "Chi bộ Văn phòng EVN tổ chức sinh hoạt chuyên đề “Về nguồn” tại Lai Châu: dâng hương tại "
        "đền thờ Chủ tịch Hồ Chí Minh ở Bản Lướt, xã Mường Kim, huyện Than Uyên (nơi thành lập Chi bộ đầu tiên "
        "của Đảng bộ tỉnh Lai Châu), trao quà 55 triệu đồng cho hai điểm trường mầm non Tu San và Nặm Mơ (xã Tà "
        "Mung); dự có đ/c Bùi Công Luận – Ủy viên BCH Đảng bộ EVN, Bí thư Chi bộ, Chánh Văn phòng; đ/c Đậu Tiến "
        "Dũng – Chủ tịch Công đoàn Văn phòng, Phó Chánh Văn phòng; đ/c Đoàn Văn Huy và đ/c Nguyễn Thanh Bình – "
        "Phó Chánh Văn phòng; hơn 50 đảng viên.",
        "completed": [
            "the page (undated in the stored copy) gives the cell, its superior committee and one thematic "
            "meeting, its chair and three other members; the year 2019, the plan, the other three topics, their "
            "times, one more member, the number and the date are completed",
            "each topic one paragraph ending “Thời gian: …” in the Party's hyphen style (“quý I-2019 (tháng "
            "3-2019)”, “tháng 6-2019, quý II-2019”); the quarter III topic is held in October at Lai Châu (“quý "
            "III-2019, tổ chức vào tháng 10-2019”) — a month outside its quarter, `conflicts: 1` (.doc)",
        ],
        "kind": "thematic",
        "year": 2019,
        "cell_name": "Chi bộ Văn phòng EVN",
        "committee_name": "Đảng bộ Tập đoàn Điện lực Việt Nam",
        "left": ["ĐẢNG BỘ TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM", "CHI BỘ VĂN PHÒNG EVN"],
        "send_to": ["Đảng ủy Tập đoàn (b/c)", "Các đồng chí chi ủy viên", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2019"],
        "number": 6,
        "type_code": "KH",
        "date": "2019-01-15",
        "place": "Hà Nội",
        "report_to": "Đảng ủy Tập đoàn Điện lực Việt Nam",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Chương trình công tác năm 2019 của Đảng ủy Tập đoàn Điện lực Việt Nam;",
        ],  # fmt: skip
        "opening": "Chi bộ Văn phòng EVN xây dựng kế hoạch sinh hoạt chuyên đề năm 2019 như sau:",
        "aims": _AIMS,
        "note": "Chuyên đề thứ ba tổ chức kết hợp chuyến công tác về nguồn tại tỉnh Lai Châu; Công đoàn Văn "
        "phòng phối hợp vận động đóng góp quà cho học sinh vùng cao.",
        "closing": _CLOSING,
        "topics": _P295_TOPICS,
        "targets": [],
        "secretary": _LUAN,
    },
    {
        "id": "296_chi_bo_khxh_dtnt_thpt_hoa_binh_2022",
        "half": "dev",
        "fmt": "odt",
        "layout": "x_school_weeks",
        "province": "Hòa Bình",
        "source": "https://world-today-news.com/?p=4089079",
        "source_says": "(English rendering of a Hòa Bình news item) In the school year 2022-2023 the Hòa Bình "
        "Provincial Ethnic Minority Boarding High School sent 36 students to a Party awareness class; the Science – "
        "Nature branch and the Social Sciences cell considered them and the city Party committee admitted 10 "
        "students (Bùi Thị Yên, Quách Minh Hiếu, Đinh Thị Thu Hằng, Bùi Thị Ngọc Bảo, Bùi Thị Châu Sa, Bùi Thị "
        "Hiền, Hồ Phương Thảo, Phạm Tố Uyên, Phạm Thị Thu Hương in the Social Sciences cell); Mr. Đào Tuấn Sơn is "
        "Secretary of the Party Committee and Rector.",
        "completed": [
            "the page gives the cell (in English), its committee (the school's), its work with student party "
            "members and the school year; the cell's Vietnamese name, its plan, four topics, times, four teacher "
            "members, the number and the date are completed",
            "a schedule by school week with its dates (“Tuần 9 (31/10 – 05/11/2022)” — a week across two months, "
            "quarter IV and no month in the truth; “Tuần 15 (12 – 17/12/2022)”, “Tuần 26 (06 – 11/3/2023)”, "
            "“Tuần 33 (24 – 29/4/2023)”), no quarter written; preparer and presenter in separate columns (.odt)",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Khoa học Xã hội",
        "committee_name": "Đảng bộ Trường Phổ thông Dân tộc nội trú THPT tỉnh Hòa Bình",
        "left": [
            "ĐẢNG BỘ TRƯỜNG PT DÂN TỘC NỘI TRÚ",
            "THPT TỈNH HÒA BÌNH",
            "CHI BỘ KHOA HỌC XÃ HỘI",
        ],
        "send_to": ["Đảng ủy nhà trường (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2022 – 2023"],
        "number": 7,
        "type_code": "KH",
        "date": "2022-09-26",
        "place": "Hòa Bình",
        "report_to": "Đảng ủy nhà trường",
        "legal_bases": [BASE_HD12, "Căn cứ kế hoạch năm học 2022 – 2023 của nhà trường;"],
        "opening": "Chi bộ Khoa học Xã hội (tổ Ngữ văn, tổ Xã hội) xây dựng kế hoạch sinh hoạt chuyên đề năm học "
        "2022 – 2023 như sau:",
        "aims": _AIMS,
        "table_intro": "Lịch theo tuần học của kế hoạch năm học; buổi sinh hoạt vào chiều thứ Bảy của tuần.",
        "closing": _CLOSING,
        "topics": _P296_TOPICS,
        "targets": [],
        "secretary": _HANH,
    },
    {
        "id": "297_chi_bo_thon_lang_sang_pung_luong_2026",
        "half": "dev",
        "fmt": "scan",
        "layout": "x_scan_narrow_time",
        "province": "Lào Cai",
        "source": "https://baolaocai.vn/mua-a-cua-canh-chim-dau-dan-thon-lang-sang-post892380.html",
        "source_says": "Ở thôn Làng Sang, xã Púng Luông, đồng chí Mùa A Của là Bí thư Chi bộ thôn; thôn vùng cao, "
        "100% đồng bào Mông; đồng chí quán triệt các chủ trương của Trung ương, Tỉnh ủy và Đảng ủy xã bằng cả "
        "tiếng phổ thông và tiếng Mông; nội dung sinh hoạt chi bộ được duy trì nền nếp, bám sát nhiệm vụ chính "
        "trị của địa phương.",
        "completed": [
            "the page gives the cell, its commune and its secretary; the 2026 plan, four topics, times, other "
            "members, the number and the date are completed",
            "one page: a table TT – Thời gian – Chuyên đề – Phân công whose time column is so narrow that “Quý "
            "III (T8-9)” wraps over four lines (“Quý” / “III” / “(T8-” / “9)”); “T8-9” is a range inside quarter III "
            "(no month in the truth); parts in brackets; scan",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ thôn Làng Sang",
        "committee_name": "Đảng bộ xã Púng Luông",
        "left": ["ĐẢNG BỘ XÃ PÚNG LUÔNG", "CHI BỘ THÔN LÀNG SANG"],
        "send_to": ["Đảng ủy xã (b/c)"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-09",
        "place": "Púng Luông",
        "legal_bases": [],
        "opening": "Chi bộ thôn Làng Sang xây dựng kế hoạch sinh hoạt chuyên đề năm 2026; mỗi quý một chuyên đề, "
        "sinh hoạt bằng tiếng phổ thông và tiếng Mông:",
        "closing": ["Chi ủy đôn đốc người được phân công chuẩn bị; kết quả báo cáo Đảng ủy xã."],
        "topics": _P297_TOPICS,
        "targets": [],
        "secretary": _CUA,
    },
    {
        "id": "298_chi_bo_thon_na_kiem_hong_thai_2021",
        "half": "dev",
        "fmt": "txt",
        "layout": "x_text_quarter_form",
        "province": "Tuyên Quang",
        "source": "https://baomoi.net.vn/tag/N%C3%A0-Ki%E1%BA%BFm.epi",
        "source_says": "(Tết Tân Sửu 2021) Thôn Nà Kiếm, xã Hồng Thái (Na Hang) có 39 hộ, 208 nhân khẩu đều là "
        "đồng bào dân tộc Dao; Chi bộ thôn có 14 đảng viên; thực hiện chủ trương đưa đảng viên là cán bộ, công "
        "chức xã về sinh hoạt tại chi bộ thôn, chất lượng sinh hoạt chi bộ, năng lực lãnh đạo và sức chiến đấu "
        "của chi bộ được nâng lên.",
        "completed": [
            "the page gives the cell, its commune, its size and that commune officials attend it; the 2021 plan, "
            "four topics, times, the members (one of them a commune official), the number and the date are "
            "completed",
            "plain text whose “- Thời gian:” line gives only the quarter (“Quý I”) while the “- Hình thức:” line "
            "gives the month (“ghép với kỳ sinh hoạt thường kỳ tháng 4, trước ngày bầu cử”); the quarter III topic "
            "has no month (“ngày cụ thể Chi ủy thông báo sau”)",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ thôn Nà Kiếm",
        "committee_name": "Đảng bộ xã Hồng Thái",
        "left": ["ĐẢNG BỘ XÃ HỒNG THÁI", "CHI BỘ THÔN NÀ KIẾM"],
        "send_to": ["Đảng ủy xã Hồng Thái (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        "number": 1,
        "type_code": "KH",
        "date": "2021-01-18",
        "place": "Hồng Thái",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Đảng ủy xã Hồng Thái về nhiệm vụ năm 2021;"],
        "opening": "Chi bộ thôn Nà Kiếm xây dựng kế hoạch sinh hoạt chuyên đề năm 2021 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P298_TOPICS,
        "targets": [],
        "secretary": _TONG,
    },
    {
        "id": "299_chi_bo_vdqc_don_bp_dak_nhoong_2021",
        "half": "dev",
        "fmt": "docx",
        "layout": "x_time_place_column",
        "province": "Kon Tum",
        "source": "https://kontumtv.vn/tin-tuc/tin-trong-nuoc/bi-thu-tinh-uy-kon-tum-tham-lam-viec-voi-don-bien-"
        "phong-dak-nhoong",
        "source_says": "(14/4/2021) Bí thư Tỉnh ủy Kon Tum Dương Văn Trang làm việc với Đồn Biên phòng Đăk Nhoong "
        "(xã Đăk Nhoong, huyện Đăk Glei): đồn quản lý hơn 24 km đường biên giới, giáp cụm thôn Đăk Ba, huyện Đăk "
        "Chưng, tỉnh Sê Kông (Lào) và 10 cột mốc; phối hợp với chính quyền xã tuyên truyền, vận động nhân dân, "
        "giúp dân xóa đói giảm nghèo; đề nghị phủ sóng điện thoại, điện thắp sáng và khắc phục sạt lở đường tuần "
        "tra do mưa bão năm 2020.",
        "completed": [
            "the page gives the border post, its area and its work with the people; the post's mass-mobilisation "
            "cell, its committee (the post's), the 2021 plan, four topics, times, members with ranks, the number "
            "and the date are completed",
            "a table TT – Nội dung chuyên đề – Thời gian, địa điểm – Chủ trì – Chuẩn bị đề cương, báo cáo whose "
            "time cell holds the clock time, the weekday and date and the place (“07 giờ 30, thứ Sáu 26/3/2021 – "
            "Hội trường Đồn”), no quarter; two preparers in one cell; ranks before the names",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ Vận động quần chúng",
        "committee_name": "Đảng bộ Đồn Biên phòng Đăk Nhoong",
        "left": ["ĐẢNG BỘ ĐỒN BIÊN PHÒNG ĐĂK NHOONG", "CHI BỘ VẬN ĐỘNG QUẦN CHÚNG"],
        "send_to": ["Đảng ủy Đồn (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        "number": 2,
        "type_code": "KH",
        "date": "2021-01-11",
        "place": "Đăk Nhoong",
        "report_to": "Đảng ủy Đồn Biên phòng Đăk Nhoong",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2021 của Đảng ủy Đồn;",
        ],
        "opening": "Chi bộ Vận động quần chúng xây dựng kế hoạch sinh hoạt chuyên đề năm 2021 như sau:",
        "aims": _AIMS,
        "note": "Khi có nhiệm vụ đột xuất trên tuyến biên giới, Chi ủy báo cáo Đảng ủy Đồn lùi lịch, không quá 01 "
        "tuần.",
        "closing": _CLOSING,
        "topics": _P299_TOPICS,
        "targets": [],
        "secretary": "Thiếu tá Nguyễn Văn Hải",
    },
]
