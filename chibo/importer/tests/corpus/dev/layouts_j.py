"""Development batch 150–159: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the generic
helpers of ``common.py``. They vary what the earlier batches did not: a notice of the cell committee's
conclusions (TB) fixing the school year's topics after a review of the last; a commune committee's
plan for all its cells, sent to one of them, whose table holds the rows of several cells (only this
cell's rows are its topics); topics followed by sub-points a), b), c) that are their content, not
topics; a schedule table whose "Ghi chú" column alone gives the quarter; a topic given twice, in the
plan and in the assignment, in different words; a "Lịch sinh hoạt" typed in plain text as a
fixed-width grid with "+---+" borders and "|" pipes, long titles wrapped inside their column; a phone
photo of one printed page; the cell named with a dash and its ward ("Chi bộ … – phường …") and quarters
numbered in Roman and Arabic figures in one document; a plan for half a year with two topics only,
saved from a notes app with Markdown marks; presenters written only as initials and family name
("đ/c N.T.Hương"). Facts are in ``PLANS`` below (same keys as ``plans.py``);
``build.py`` merges both ``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
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
from ..facts import T
from ..facts import topic_with as _t


# ------------------------------------------------------------------------------------ helpers
def _head(p: dict[str, Any]) -> Block:
    return typed_header(p["left"], number_line(p), date_line(p))


def _sign(p: dict[str, Any]) -> Block:
    return signed(p, ["Nơi nhận:", *[f"- {x};" for x in p["send_to"]], "- Lưu Chi bộ."])


def _dc(names: list[str], prefix: str = "đ/c") -> str:
    return ", ".join(f"{prefix} {n}" for n in names)


# ------------------------------------------------------------------------------------ layouts
def conclusion_notice(p: dict[str, Any]) -> list[Block]:
    """A notice (TB) of the cell committee's conclusions: a meeting's date and chair, a review of the
    last school year in prose, then the topics the committee fixed for the new one, one dash line each
    with the month and quarter in brackets and the member given the work."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out.append(("p", p["opening"]))
    out.append(("h", "1. Đánh giá việc sinh hoạt chuyên đề năm học trước"))
    out += paras(p["review"])
    out.append(("h", "2. Chi ủy thống nhất chuyên đề sinh hoạt năm học " + p["school_year"]))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"- Chuyên đề {i} ({t['when']}): “{t['title']}”. Giao {_dc(t['presenters'])} "
                         "chuẩn bị đề cương."))  # fmt: skip
    out.append(("h", "3. Tổ chức thực hiện"))
    out += paras(p["closing"])
    out.append(("p", "Trên đây là kết luận của Chi ủy, đề nghị các đồng chí đảng viên thực hiện."))
    out.append(("sign", ["Nơi nhận:", *[f"- {x};" for x in p["send_to"]], "- Lưu Chi ủy."],
                ["T/M CHI ỦY", "BÍ THƯ", "", "", p["secretary"]]))  # fmt: skip
    return out


def committee_rows(p: dict[str, Any]) -> list[Block]:
    """A commune Party committee's plan for the thematic meetings of all its cells, the copy sent to
    one cell ("Kính gửi: Chi bộ ấp …"); one table with a row per topic of every cell, the cell in the
    first column; only this cell's rows are its topics."""
    left = [
        p["committee_name"].replace("Đảng bộ", "Đảng ủy").upper(),
        "*",
        f"Số {p['number']}-KH/ĐU",
    ]
    head: Block = (
        "header",
        [p["district"], *left],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "", date_line(p)],
        2,
    )
    out: list[Block] = [head, ("title", p["title_lines"])]
    out.append(("p", f"Kính gửi: {p['addressee']}"))
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. ĐỊNH HƯỚNG CHUYÊN ĐỀ CỦA CÁC CHI BỘ"))
    rows = [
        [cell, f"Quý {ROMAN[q]}", f"Tháng {m}", title, who] for cell, q, m, title, who in p["rows"]
    ]
    out.append(("table", ["Chi bộ", "Thời gian", "Kỳ sinh hoạt", "Nội dung chuyên đề", "Người chuẩn bị"],
                rows, "merge_first_column", (3.2, 2.0, 2.0, 6.3, 3.0)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(("sign", ["Nơi nhận:", "- Các chi bộ trực thuộc;", "- Lưu Văn phòng Đảng ủy."],
                ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "", "", p["signer"]]))  # fmt: skip
    return out


def subpoints(p: dict[str, Any]) -> list[Block]:
    """Topics numbered "1.", "2." under a section, each followed by its content as sub-points a), b),
    c) and a line naming who prepares it; the sub-points are not topics."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. Quý {ROMAN[t['quarter']]} (tháng {t['month']}/{y}): {t['title']}"))
        out.append(("p", "Nội dung gồm:"))
        for letter, point in zip("abcd", t["points"], strict=False):
            out.append(("p", f"{letter}) {point};"))
        out.append(("p", f"Người chuẩn bị: {_dc(t['presenters'], 'đồng chí')}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def note_quarter(p: dict[str, Any]) -> list[Block]:
    """A schedule table STT – Nội dung chuyên đề – Thời gian – Người thực hiện – Ghi chú whose time
    column gives only the month and whose note column alone names the quarter."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    rows = [[str(i), t["title"], t["when"], "\n".join(t["people"]), t["note"]]
            for i, t in enumerate(p["topics"], 1)]  # fmt: skip
    out.append(("table", ["STT", "Nội dung chuyên đề", "Thời gian", "Người thực hiện", "Ghi chú"], rows, "",
                (1.0, 7.0, 2.4, 3.6, 2.5)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def twice_worded(p: dict[str, Any]) -> list[Block]:
    """Topics listed by quarter in section II with their full titles, then given again in the
    assignment section in other, shorter words with the people."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    for t in p["topics"]:
        out.append(("p", f"- Quý {ROMAN[t['quarter']]}/{y} (tháng {t['month']}): {t['title']}."))
    out.append(("h", "III. PHÂN CÔNG THỰC HIỆN"))
    for t in p["topics"]:
        out.append(("p", f"- Quý {ROMAN[t['quarter']]}: {t['again']} – {_dc(t['presenters'], 'đồng chí')} "
                         "xây dựng đề dẫn."))  # fmt: skip
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def _grid(headers: list[str], widths: list[int], rows: list[list[str]]) -> list[str]:
    """A table typed in a plain-text editor: "+---+" borders, "|" between columns, long cells
    wrapped onto further lines inside their column."""
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule]
    for k, row in enumerate([headers, *rows]):
        wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(row, widths, strict=True)]
        for i in range(max(map(len, wrapped))):
            cells = [
                (col[i] if i < len(col) else "").ljust(w)
                for col, w in zip(wrapped, widths, strict=True)
            ]
            out.append("| " + " | ".join(cells) + " |")
        out.append(rule if k else rule.replace("-", "="))
    return out


def pipe_grid(p: dict[str, Any]) -> list[Block]:
    """A plain-text plan whose "LỊCH SINH HOẠT CHUYÊN ĐỀ" is a fixed-width grid with pipes, typed
    by hand; titles and names wrap inside their columns."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    rows = [[t["when"], t["title"], _dc(t["presenters"])] for t in p["topics"]]
    out += paras(_grid(["Thời gian", "Chuyên đề", "Người chuẩn bị"], [14, 38, 22], rows))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def photo_page(p: dict[str, Any]) -> list[Block]:
    """One printed page: heading, title, one opening sentence, a short table Quý – Tháng – Chuyên đề –
    Người chuẩn bị, two closing lines and the signature (photographed with a phone)."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), ("p", p["opening"])]
    rows = [[f"Quý {ROMAN[t['quarter']]}", f"Tháng {t['month']}", t["title"], "\n".join(t["presenters"])]
            for t in p["topics"]]  # fmt: skip
    out.append(
        ("table", ["Quý", "Tháng", "Chuyên đề", "Người chuẩn bị"], rows, "", (1.6, 1.8, 8.6, 4.0))
    )
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def dash_mixed_quarters(p: dict[str, Any]) -> list[Block]:
    """The cell named in the opening with a dash and its ward; topics under quarter headings written
    now in Roman, now in Arabic figures ("Quý I", "Quý 2", "QUÝ III", "Quý 4"), each heading followed by
    the title line and a "Chuẩn bị:" line."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN"))
    for t in p["topics"]:
        out.append(("h", t["qhead"]))
        out.append(("p", f"Chuyên đề: “{t['title']}”."))
        out.append(("p", f"Thời gian: {t['when']}. Chuẩn bị: {_dc(t['presenters'], 'Đ/c')}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def half_year_markdown(p: dict[str, Any]) -> list[Block]:
    """A plan for half a year, two topics only, saved from a notes app: "#" headings, "**" bold, "-"
    bullets, the heading as plain lines."""
    out: list[Block] = paras(p["md_head"]) + [("p", "")]
    out += [("p", f"# {p['title_lines'][0]}"), ("p", f"## {p['title_lines'][1]}"), ("p", "")]
    out += paras(p["legal_bases"]) + [("p", p["opening"]), ("p", "")]
    out.append(("p", "### I. Mục đích, yêu cầu"))
    out += paras(p["aims"]) + [("p", "")]
    out.append(("p", "### II. Chuyên đề 6 tháng cuối năm"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"**Chuyên đề {i}: {t['title']}**"))
        out.append(("p", f"- Thời gian: {t['when']}"))
        out.append(("p", f"- Người thực hiện: {_dc(t['presenters'], 'cô')}"))
        out.append(("p", ""))
    out.append(("p", "### III. Tổ chức thực hiện"))
    out += paras(p["closing"]) + [("p", "")]
    out += paras(p["md_sign"])
    return out


def initials(p: dict[str, Any]) -> list[Block]:
    """Topics as dash lines "Tháng 10/2023 (quý IV) – …", the people in charge written as initials
    and family name ("đ/c N.T.Hương"), as a school's staff list writes them; the full names appear
    nowhere."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ TRONG NĂM HỌC"))
    for t in p["topics"]:
        out.append(("p", f"- {t['when']} – {t['title']}. Phụ trách: {_dc(t['presenters'])}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "j_conclusion_notice": conclusion_notice,
    "j_committee_rows": committee_rows,
    "j_subpoints": subpoints,
    "j_note_quarter": note_quarter,
    "j_twice_worded": twice_worded,
    "j_pipe_grid": pipe_grid,
    "j_photo_page": photo_page,
    "j_dash_mixed_quarters": dash_mixed_quarters,
    "j_half_year_markdown": half_year_markdown,
    "j_initials": initials,
}


# -------------------------------------------------------------------------------------- plans
_AIMS = [
    "- Nâng cao chất lượng sinh hoạt chi bộ, gắn nội dung chuyên đề với nhiệm vụ chính trị của đơn vị.",
    "- Đảng viên được phân công chuẩn bị chu đáo, gửi đề cương cho Chi ủy trước kỳ sinh hoạt 07 ngày.",
]
_CLOSING = [
    "- Chi ủy đôn đốc, kiểm tra việc chuẩn bị; sau mỗi chuyên đề có kết luận và báo cáo cấp ủy cấp trên.",
    "- Đảng viên nghiên cứu tài liệu trước, tích cực tham gia ý kiến tại kỳ sinh hoạt.",
]

_TUYET, _LAN_150, _NGA_150 = "Trần Thị Tuyết", "Nguyễn Thị Lan", "Phan Thị Nga"
_P150_TOPICS = [
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về lòng yêu thương trẻ", 4, 11,
       [_TUYET], when="tháng 11/2016, quý IV"),
    _t("Nâng cao chất lượng nuôi dưỡng, bảo đảm vệ sinh an toàn thực phẩm trong bếp ăn bán trú", 1, 3,
       [_LAN_150], when="tháng 3/2017, quý I"),
    _t("Vai trò của đảng viên trong xây dựng trường mầm non đạt chuẩn quốc gia", 2, 5, [_TUYET, _NGA_150],
       when="tháng 5/2017, quý II"),
]  # fmt: skip

_SANG, _CHI_151 = "Hồ Quang Sang", "Nguyễn Thị Mỹ Chi"
_P151_TOPICS = [
    _t("Vận động nhân dân tham gia giữ gìn an ninh trật tự ở ấp", 1, 3, [_SANG]),
    _t("Phòng, chống sạt lở bờ sông, bảo vệ tính mạng, tài sản của nhân dân", 2, 6, [_CHI_151]),
    _t(
        "Đảng viên gương mẫu thực hiện nếp sống văn minh trong việc cưới, việc tang",
        3,
        9,
        [_CHI_151],
    ),
    _t("Học tập và làm theo Bác về dân vận khéo trong vận động hiến đất làm đường", 4, 11, [_SANG]),
]
_P151_OTHERS = [
    (
        "Chi bộ ấp Phú Đức A",
        1,
        3,
        "Phát triển kinh tế hộ gia đình gắn với chăn nuôi bò vỗ béo",
        "Bí thư Chi bộ",
    ),
    ("Chi bộ ấp Phú Đức A", 3, 8, "Vận động học sinh bỏ học trở lại trường", "Phó Bí thư Chi bộ"),
    ("Chi bộ ấp Phú Hòa", 2, 5, "Xây dựng ấp văn hóa gắn với nông thôn mới", "Bí thư Chi bộ"),
    ("Chi bộ ấp Phú Hòa", 4, 10, "Phòng, chống ma túy trong thanh thiếu niên", "Chi ủy viên"),
]

_HUYEN_152, _DUNG_152, _THAO = "Nguyễn Thị Huyền", "Ngô Văn Dũng", "Lê Thị Thảo"
_P152_TOPICS = [
    _t("Đổi mới phương pháp dạy học theo hướng phát triển năng lực học sinh", 1, 3, [_DUNG_152],
       points=["Thực trạng dạy học ở các khối lớp của nhà trường", "Kinh nghiệm đổi mới của tổ chuyên môn",
               "Giải pháp của Chi bộ trong lãnh đạo đổi mới"]),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm của nhà giáo",
       2, 5, [_HUYEN_152],
       points=["Những lời Bác dạy về nghề dạy học", "Tấm gương người tốt, việc tốt trong nhà trường",
               "Đăng ký làm theo của mỗi đảng viên"]),
    _t("Công tác phát triển đảng viên trong đội ngũ giáo viên trẻ", 3, 9, [_HUYEN_152, _THAO],
       points=["Nguồn quần chúng ưu tú của nhà trường", "Phân công đảng viên giúp đỡ quần chúng"]),
    _t("Xây dựng trường học xanh, sạch, đẹp, an toàn", 4, 11, [_THAO],
       points=["Kết quả thực hiện trong năm học trước", "Phân công các tổ, các lớp",
               "Phối hợp với cha mẹ học sinh"]),
]  # fmt: skip

_HOA_153, _LINH_153, _KHANH = "Hồ Văn Hòa", "Lê Thị Linh", "Nguyễn Văn Khánh"
_P153_TOPICS = [
    _t("Nâng cao y đức, đổi mới phong cách, thái độ phục vụ người bệnh", 1, 3, [_HOA_153], when="Tháng 3/2021",
       people=["BS. Hồ Văn Hòa"], note="Chuyên đề quý I"),
    _t("Phòng, chống dịch COVID-19 tại khoa và cộng đồng", 2, 5, [_KHANH, _LINH_153], when="Tháng 5/2021",
       people=["BS. Nguyễn Văn Khánh", "ĐD. Lê Thị Linh"], note="Quý II"),
    _t("Chăm sóc sức khỏe sinh sản cho phụ nữ đồng bào dân tộc thiểu số", 3, 8, [_LINH_153], when="Tháng 8/2021",
       people=["ĐD. Lê Thị Linh"], note="Quý III – kết hợp sinh hoạt thường kỳ"),
    _t("Học tập và làm theo Bác về tinh thần “Lương y như từ mẫu”", 4, 11, [_HOA_153], when="Tháng 11/2021",
       people=["BS. Hồ Văn Hòa"], note="Quý IV"),
]  # fmt: skip

_MAI, _VU, _HIEU = "Trần Tuyết Mai", "Phạm Xuân Vũ", "Lê Minh Hiếu"
_P154_TOPICS = [
    _t("Quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII", 1, 3, [_HIEU],
       again="chuyên đề quán triệt Nghị quyết Trung ương 6"),
    _t("Ý nghĩa lịch sử và giá trị Lời kêu gọi thi đua ái quốc của Chủ tịch Hồ Chí Minh", 2, 6, [_MAI, _VU],
       again="chuyên đề kỷ niệm 75 năm Lời kêu gọi thi đua ái quốc"),
    _t("Đổi mới phương pháp giảng dạy lý luận chính trị cho cán bộ Đoàn cơ sở", 3, 9, [_VU],
       again="chuyên đề về phương pháp giảng dạy"),
    _t("Phòng, chống suy thoái tư tưởng chính trị, đạo đức, lối sống trong đảng viên trẻ", 4, 11, [_MAI],
       again="chuyên đề phòng, chống suy thoái"),
]  # fmt: skip

_CUONG, _TO, _HANH_155 = "Nguyễn Phú Cường", "Nguyễn Thị Tơ", "Đỗ Thị Hạnh"
_P155_TOPICS = [
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương của đảng viên",
       4, 11, [_CUONG], when="Tháng 11/2020 (Quý IV)"),
    _t("Nâng cao chất lượng giáo dục đạo đức, kỹ năng sống cho học sinh trung học cơ sở", 1, 3, [_TO, _HANH_155],
       when="Tháng 3/2021 (Quý I)"),
    _t("Ứng dụng công nghệ thông tin trong dạy học trực tuyến", 2, 4, [_HANH_155], when="Tháng 4/2021 (Quý II)"),
]  # fmt: skip

_HUONG_156, _THUY_156, _DIEP = "Nguyễn Thị Hương", "Lê Thị Thủy", "Trần Thị Diệp"
_P156_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022", 1, 3, [_HUONG_156]),
    _t("Phòng, chống dịch bệnh và bảo đảm an toàn cho trẻ trong trường mầm non", 2, 5, [_THUY_156]),
    _t("Học tập và làm theo Bác về yêu thương, chăm sóc trẻ", 3, 9, [_DIEP, _THUY_156]),
    _t("Xây dựng môi trường giáo dục lấy trẻ làm trung tâm", 4, 11, [_HUONG_156]),
]

_HUE_157, _TRANG_157, _PHUC = "Lý Văn Huệ", "Nguyễn Thị Thu Trang", "Trần Minh Phúc"
_P157_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Đảng bộ phường Bến Nghé đến đảng viên Chi bộ", 1, 2, [_HUE_157],
       qhead="Quý I", when="tháng 02/2023"),
    _t("Nâng cao chất lượng dạy học Tiếng Anh, Tin học theo Chương trình giáo dục phổ thông 2018", 2, 4,
       [_TRANG_157], qhead="Quý 2", when="tháng 4/2023"),
    _t("Xây dựng trường học an toàn, thân thiện, phòng chống bạo lực học đường", 3, 9, [_PHUC, _TRANG_157],
       qhead="QUÝ III", when="tháng 9/2023"),
    _t("Học tập và làm theo Bác về tinh thần tự học, tự bồi dưỡng của nhà giáo", 4, 11, [_HUE_157],
       qhead="Quý 4", when="tháng 11/2023"),
]  # fmt: skip

_HANG_158, _NGOC = "Phạm Thị Thu Hằng", "Võ Thị Bích Ngọc"
_P158_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 – 2025 và chương trình hành động của Chi bộ", 4, 10,
       [_HANG_158], when="tháng 10/2022 (quý IV)"),
    _t("Học tập và làm theo Bác về xây dựng trường mầm non hạnh phúc", 4, 12, [_NGOC, _HANG_158],
       when="tháng 12/2022 (quý IV)"),
]  # fmt: skip

_P159_TOPICS = [
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về sống đẹp, noi gương Bác của nhà giáo",
       4, 10, ["N.T.Hương"], when="Tháng 10/2023 (quý IV)"),
    _t("Nâng cao chất lượng dạy học lớp 4 theo Chương trình giáo dục phổ thông 2018", 1, 3,
       ["T.V.Nam", "L.T.Hoa"], when="Tháng 3/2024 (quý I)"),
    _t("Đảng viên gương mẫu trong xây dựng trường học xanh, sạch, đẹp, an toàn", 2, 5, ["L.T.Hoa"],
       when="Tháng 5/2024 (quý II)"),
]  # fmt: skip

_SCHOOL_AIMS = [
    "- Nâng cao nhận thức, trách nhiệm của đảng viên là nhà giáo; gắn sinh hoạt chuyên đề với nhiệm vụ năm học.",
    "- Mỗi chuyên đề có đề cương gửi trước cho đảng viên; sinh hoạt dân chủ, thiết thực.",
]

PLANS: list[T] = [
    {
        "id": "150_mam_non_thach_long_ha_tinh_2016",
        "half": "dev",
        "fmt": "docx",
        "layout": "j_conclusion_notice",
        "province": "Hà Tĩnh",
        "source": "http://mnthachlong.thachha.edu.vn/vi/about/Truong-Mam-non-Thach-Long-da-chuan-bi-tot-moi-cong-"
        "tac-de-thuc-hien-nhiem-vu-nam-hoc-2016-2017/",
        "source_says": "Ngày 21/9/2016 Chi bộ Trường Mầm non Thạch Long tổ chức Hội nghị tổng kết nhiệm vụ chính "
        "trị năm học 2015 – 2016 và triển khai nhiệm vụ năm học 2016 – 2017; Bí thư Chi bộ đánh giá kết quả và "
        "nêu nhiệm vụ trọng tâm; đồng chí Phạm Duy Sơn, Phó Bí thư Đảng ủy xã Thạch Long dự.",
        "completed": [
            "the page gives the school cell, its commune committee, the school year and the September 2016 "
            "conference; the committee's notice, its three topics, their months and people, the secretary's "
            "name, the number and the date are completed",
            "the file is a notice (TB) of the cell committee's conclusions: a review of last year in prose "
            "(no titles), then the topics fixed for the school year 2016 – 2017, one dash line each "
            "(“Chuyên đề 1 (tháng 11/2016, quý IV): “…”. Giao đ/c … chuẩn bị đề cương.”); signed T/M CHI ỦY",
        ],
        "kind": "thematic",
        "year": 2016,
        "cell_name": "Chi bộ Trường Mầm non Thạch Long",
        "committee_name": "Đảng bộ xã Thạch Long",
        "left": ["ĐẢNG BỘ XÃ THẠCH LONG", "CHI BỘ TRƯỜNG MẦM NON THẠCH LONG"],
        "send_to": ["Đảng ủy xã Thạch Long (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": [
            "THÔNG BÁO",
            "Kết luận của Chi ủy về chuyên đề sinh hoạt năm học 2016 – 2017",
        ],
        "school_year": "2016 – 2017",
        "number": 2,
        "type_code": "TB",
        "date": "2016-10-06",
        "place": "Thạch Long",
        "legal_bases": [],
        "opening": "Ngày 05/10/2016, Chi ủy Chi bộ Trường Mầm non Thạch Long họp để bàn việc sinh hoạt chuyên đề "
        "năm học 2016 – 2017. Đồng chí Trần Thị Tuyết, Bí thư Chi bộ, chủ trì. Sau khi nghe ý kiến các đồng chí "
        "chi ủy viên, Chi ủy kết luận như sau:",
        "review": [
            "Năm học 2015 – 2016, Chi bộ duy trì sinh hoạt chuyên đề đủ mỗi quý một lần; nội dung gắn với nhiệm "
            "vụ chăm sóc, giáo dục trẻ. Tuy vậy, việc chuẩn bị đề cương có lúc còn chậm, số đảng viên phát biểu "
            "chưa nhiều.",
        ],
        "closing": [
            "- Các đồng chí được giao chuẩn bị đề cương, gửi Bí thư Chi bộ trước kỳ sinh hoạt 07 ngày.",
            "- Văn phòng nhà trường in tài liệu cho đảng viên nghiên cứu trước.",
        ],
        "topics": _P150_TOPICS,
        "targets": [],
        "secretary": _TUYET,
    },
    {
        "id": "151_chi_bo_ap_phu_duc_b_phu_thanh_2020",
        "half": "dev",
        "fmt": "docx",
        "layout": "j_committee_rows",
        "province": "An Giang",
        "source": "https://baomoi.net.vn/phu-tan-to-chuc-dai-hoi-diem-chi-bo-cum-xa-thi-tran-va-nganh-c33608392.epi",
        "source_says": "Ngày 9/1/2020 huyện Phú Tân (An Giang) tổ chức đại hội điểm các chi bộ; cụm 3 chọn Chi bộ "
        "ấp Phú Đức B, thuộc Đảng bộ xã Phú Thạnh làm điểm; ông Hồ Quang Sang tái đắc cử Bí thư Chi bộ nhiệm kỳ "
        "2020 – 2022.",
        "completed": [
            "the page gives the cell, its commune committee and its secretary; the commune committee's 2020 plan "
            "for its cells, this cell's four topics, months and people, two other cells' rows (ấp Phú Đức A, ấp "
            "Phú Hòa, named as hamlets of the commune), the number, the date and the signer are completed",
            "the file is the commune committee's plan for all its cells, the copy sent to this cell (“Kính gửi: "
            "Chi bộ ấp Phú Đức B”); one table, the cell in a merged first column; the truth is this cell's four "
            "rows only (the other cells' rows are not its topics); committee and number are the commune "
            "committee's (“Số 45-KH/ĐU”)",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ ấp Phú Đức B",
        "committee_name": "Đảng bộ xã Phú Thạnh",
        "addressee": "Chi bộ ấp Phú Đức B",
        "district": "ĐẢNG BỘ HUYỆN PHÚ TÂN",
        "title_lines": [
            "KẾ HOẠCH",
            "Định hướng sinh hoạt chuyên đề của các chi bộ trực thuộc năm 2020",
        ],
        "number": 45,
        "type_code": "KH",
        "date": "2020-01-20",
        "place": "Phú Thạnh",
        "legal_bases": [BASE_HD12],
        "opening": "Ban Thường vụ Đảng ủy xã Phú Thạnh định hướng nội dung sinh hoạt chuyên đề năm 2020 của các "
        "chi bộ trực thuộc như sau:",
        "aims": _AIMS,
        "rows": [
            *_P151_OTHERS[:2],
            *[
                ("Chi bộ ấp Phú Đức B", t["quarter"], t["month"], t["title"], _dc(t["presenters"]))
                for t in _P151_TOPICS
            ],
            *_P151_OTHERS[2:],
        ],  # fmt: skip
        "closing": [
            "- Các chi bộ căn cứ định hướng, xây dựng kế hoạch cụ thể, báo cáo Đảng ủy trước ngày 15/02/2020.",
            "- Văn phòng Đảng ủy theo dõi, tổng hợp kết quả sinh hoạt chuyên đề của các chi bộ.",
        ],
        "topics": _P151_TOPICS,
        "targets": [],
        "secretary": _SANG,
        "signer": "Trần Văn Lợi",
    },
    {
        "id": "152_tieu_hoc_doan_bai_so_1_2019",
        "half": "dev",
        "fmt": "doc",
        "layout": "j_subpoints",
        "province": "Bắc Giang",
        "source": "http://thdoanbai1.pgdhiephoa.edu.vn/gioi-thieu/gioi-thieu-chung",
        "source_says": "Trường Tiểu học Đoan Bái số 1 (Hiệp Hòa, Bắc Giang) thành lập năm 1996; Chi bộ trường "
        "thành lập năm 2001 theo quyết định của Ban Chấp hành Đảng bộ xã Đoan Bái; đại hội lần thứ nhất ngày "
        "23/8/2001 với 5 đảng viên, bí thư đầu tiên là đồng chí Cao Thị Bình.",
        "completed": [
            "the page gives the school, its cell, its commune committee and its history; the 2019 plan, its four "
            "topics, months, sub-points and people, the secretary then in office, the number and the date are "
            "completed",
            "each topic (“1. Quý I (tháng 3/2019): …”) is followed by “Nội dung gồm:” and sub-points a), b), "
            "c) that are the topic's content, not topics, and a line “Người chuẩn bị: đồng chí …” (.doc)",
        ],
        "kind": "thematic",
        "year": 2019,
        "cell_name": "Chi bộ Trường Tiểu học Đoan Bái số 1",
        "committee_name": "Đảng bộ xã Đoan Bái",
        "left": ["ĐẢNG BỘ XÃ ĐOAN BÁI", "CHI BỘ TRƯỜNG TIỂU HỌC ĐOAN BÁI SỐ 1"],
        "send_to": ["Đảng ủy xã Đoan Bái (b/c)", "Các đồng chí đảng viên"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2019"],
        "number": 3,
        "type_code": "KH",
        "date": "2019-01-15",
        "place": "Đoan Bái",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Chi bộ Trường Tiểu học Đoan Bái số 1 năm 2019;",
        ],
        "opening": "Chi bộ Trường Tiểu học Đoan Bái số 1 xây dựng kế hoạch sinh hoạt chuyên đề năm 2019 như sau:",
        "aims": _SCHOOL_AIMS,
        "closing": _CLOSING,
        "topics": _P152_TOPICS,
        "targets": [],
        "secretary": _HUYEN_152,
    },
    {
        "id": "153_chi_bo_khoa_ngoai_ttyt_dakrong_2021",
        "half": "dev",
        "fmt": "docx",
        "layout": "j_note_quarter",
        "province": "Quảng Trị",
        "source": "http://ttytdakrong.vn/bai-viet-2221.html",
        "source_says": "Ngày 10/3/2020 Chi bộ Khoa Ngoại - HSCC - SKSS thuộc Đảng bộ Trung tâm Y tế (huyện "
        "Đakrông) tổ chức Đại hội Chi bộ lần thứ II, nhiệm kỳ 2020 – 2022; chi bộ hoàn thành xuất sắc các chỉ "
        "tiêu nhiệm kỳ 2017 – 2020.",
        "completed": [
            "the page gives the cell, its committee and its 2020 congress; the 2021 plan, its four topics, months "
            "and people (doctors and nurses named “BS.”, “ĐD.”), the secretary, the number and the date are "
            "completed",
            "one table STT – Nội dung chuyên đề – Thời gian – Người thực hiện – Ghi chú; the time column gives "
            "only the month, the note column alone the quarter (“Chuyên đề quý I”, “Quý II”, “Quý III – kết hợp "
            "sinh hoạt thường kỳ”)",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ Khoa Ngoại - HSCC - SKSS",
        "committee_name": "Đảng bộ Trung tâm Y tế huyện Đakrông",
        "left": ["ĐẢNG BỘ TRUNG TÂM Y TẾ HUYỆN ĐAKRÔNG", "CHI BỘ KHOA NGOẠI - HSCC - SKSS"],
        "send_to": ["Đảng ủy Trung tâm (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        "number": 1,
        "type_code": "KH",
        "date": "2021-01-12",
        "place": "Đakrông",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ lần thứ II, nhiệm kỳ 2020 – 2022;",
        ],
        "opening": "Chi bộ Khoa Ngoại - HSCC - SKSS xây dựng kế hoạch sinh hoạt chuyên đề năm 2021 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P153_TOPICS,
        "targets": [],
        "secretary": _HOA_153,
    },
    {
        "id": "154_chi_bo_truong_doan_ly_tu_trong_2023",
        "half": "dev",
        "fmt": "odt",
        "layout": "j_twice_worded",
        "province": "TP Hồ Chí Minh",
        "source": "https://truongdoanlytutrong.vn/tin-tuc/chi-bo-truong-doan-ly-tu-trong-to-chuc-sinh-hoat-chuyen-"
        "de-quy-2.html",
        "source_says": "Sáng 12/6/2023, nhân kỷ niệm 75 năm Lời kêu gọi thi đua ái quốc, Chi bộ Trường Đoàn Lý Tự "
        "Trọng tổ chức sinh hoạt chuyên đề quý 2 với chủ đề “Ý nghĩa lịch sử và giá trị Lời kêu gọi thi đua ái "
        "quốc của chủ tịch Hồ Chí Minh”; 21 đảng viên dự; tin: Tuyết Mai.",
        "completed": [
            "the page gives the cell, its second-quarter topic, its date and the member count; the year's plan, "
            "the other three topics, all people (the page's reporter made a presenter), the superior committee, "
            "the secretary, the number and the date are completed",
            "section II lists the topics by quarter with full titles; section III assigns them again in other, "
            "shorter words (“chuyên đề kỷ niệm 75 năm Lời kêu gọi thi đua ái quốc”); the truth keeps section "
            "II's titles (.odt)",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ Trường Đoàn Lý Tự Trọng",
        "committee_name": "Đảng bộ Cơ quan Thành Đoàn",
        "left": ["ĐẢNG BỘ CƠ QUAN THÀNH ĐOÀN", "CHI BỘ TRƯỜNG ĐOÀN LÝ TỰ TRỌNG"],
        "send_to": ["Đảng ủy Cơ quan Thành Đoàn (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2023"],
        "number": 4,
        "type_code": "KH",
        "date": "2023-01-16",
        "place": "Thành phố Hồ Chí Minh",
        "legal_bases": [BASE_HD12],
        "opening": "Chi bộ Trường Đoàn Lý Tự Trọng xây dựng kế hoạch sinh hoạt chuyên đề năm 2023, mỗi quý một "
        "chuyên đề, như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P154_TOPICS,
        "targets": [],
        "secretary": _HIEU,
    },
    {
        "id": "155_thcs_ly_thuong_kiet_ngoc_thuy_2020",
        "half": "dev",
        "fmt": "txt",
        "layout": "j_pipe_grid",
        "province": "Hà Nội",
        "source": "https://thcslythuongkiet.longbien.edu.vn/hoat-dong-doan-doi/le-cong-bo-quyet-dinh-thanh-lap-va-ra-"
        "mat-ban-chap-hanh-chi-doan-lam-thoi-truon/ct/10965/263842",
        "source_says": "Chiều 21/9/2020 Đoàn phường Ngọc Thụy công bố quyết định thành lập Chi đoàn Trường THCS Lý "
        "Thường Kiệt (24 đoàn viên giáo viên); dự có thầy Nguyễn Phú Cường, Bí thư chi bộ, Hiệu trưởng; đồng chí "
        "Nguyễn Thị Tơ là Bí thư chi đoàn.",
        "completed": [
            "the page gives the school, its secretary (the head teacher), its ward and the youth secretary; the "
            "cell's plan for the school year 2020 – 2021, its three topics, months and other people, the number "
            "and the date are completed",
            "a plain-text file whose schedule is a fixed-width grid typed by hand (“+---+” borders, “|” between "
            "columns, “=” under the heading row), titles and names wrapped over several lines inside their "
            "column",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường THCS Lý Thường Kiệt",
        "committee_name": "Đảng bộ phường Ngọc Thụy",
        "left": ["ĐẢNG BỘ PHƯỜNG NGỌC THỤY", "CHI BỘ TRƯỜNG THCS LÝ THƯỜNG KIỆT"],
        "send_to": ["Đảng ủy phường Ngọc Thụy (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2020 – 2021"],
        "number": 5,
        "type_code": "KH",
        "date": "2020-10-08",
        "place": "Ngọc Thụy",
        "legal_bases": [BASE_HD12],
        "opening": "Chi bộ Trường THCS Lý Thường Kiệt xây dựng kế hoạch sinh hoạt chuyên đề năm học 2020 – 2021 "
        "như sau:",
        "aims": _SCHOOL_AIMS,
        "closing": _CLOSING,
        "topics": _P155_TOPICS,
        "targets": [],
        "secretary": _CUONG,
    },
    {
        "id": "156_mam_non_thien_nga_cam_an_bac_2020",
        "half": "dev",
        "fmt": "photo",
        "layout": "j_photo_page",
        "province": "Khánh Hòa",
        "source": "http://mnthiennga.pgddtcamlam.edu.vn/tin-tuc-su-kien/hoat-dong-cong-doan-chi/dai-hoi-chi-bo-"
        "truong-mn-thien-nga-nhiem-ky-2020-2022.html",
        "source_says": "Được Đảng ủy xã Cam An Bắc cho phép, ngày 21/1/2020 chi bộ trường MN Thiên Nga tổ chức Đại "
        "hội chi bộ lần thứ II nhiệm kỳ 2020 – 2022, bầu Bí thư và Phó Bí thư Chi bộ.",
        "completed": [
            "the page gives the school cell, its commune committee and its January 2020 congress; the 2020 plan, "
            "its four topics, months and people, the secretary's name, the number and the date are completed",
            "one printed page (heading, title, one sentence, a table Quý – Tháng – Chuyên đề – Người chuẩn bị, "
            "two lines, signature) photographed with a phone",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường MN Thiên Nga",
        "committee_name": "Đảng bộ xã Cam An Bắc",
        "left": ["ĐẢNG BỘ XÃ CAM AN BẮC", "CHI BỘ TRƯỜNG MN THIÊN NGA"],
        "send_to": ["Đảng ủy xã (b/c)", "Đảng viên"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        "number": 2,
        "type_code": "KH",
        "date": "2020-02-10",
        "place": "Cam An Bắc",
        "legal_bases": [],
        "opening": "Thực hiện Nghị quyết Đại hội lần thứ II, Chi bộ Trường MN Thiên Nga đề ra lịch sinh hoạt "
        "chuyên đề năm 2020 như sau:",
        "closing": [
            "Đảng viên được phân công chuẩn bị đề cương, gửi Bí thư trước kỳ sinh hoạt 05 ngày.",
            "Chi ủy theo dõi, đôn đốc thực hiện kế hoạch.",
        ],  # fmt: skip
        "topics": _P156_TOPICS,
        "targets": [],
        "secretary": _HUONG_156,
    },
    {
        "id": "157_tieu_hoc_hoa_binh_ben_nghe_2023",
        "half": "dev",
        "fmt": "docx",
        "layout": "j_dash_mixed_quarters",
        "province": "TP Hồ Chí Minh",
        "source": "https://quanuy1hcm.org.vn/dai-hoi-chi-bo-truong-mam-non-hoa-lu-nhiem-ky-2022-2025/",
        "source_says": "Ngày 17/9/2022 Chi bộ Trường Mầm non Hoa Lư đại hội nhiệm kỳ 2022 – 2025; dự có đồng chí "
        "Lý Văn Huệ, Đảng ủy viên phường Bến Nghé, Bí thư Chi bộ Trường Tiểu học Hòa Bình.",
        "completed": [
            "the page names the cell, its ward and its secretary; the 2023 plan, its four topics, months and "
            "other people, the number and the date are completed",
            "the opening names the cell with a dash and its ward (“Chi bộ Trường Tiểu học Hòa Bình – phường "
            "Bến Nghé”); quarter headings written “Quý I”, “Quý 2”, “QUÝ III”, “Quý 4”, each with a title line "
            "and a line “Thời gian: tháng …. Chuẩn bị: Đ/c …”",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ Trường Tiểu học Hòa Bình",
        "committee_name": "Đảng bộ phường Bến Nghé",
        "left": ["ĐẢNG BỘ PHƯỜNG BẾN NGHÉ", "CHI BỘ TRƯỜNG TIỂU HỌC HÒA BÌNH"],
        "send_to": ["Đảng ủy phường Bến Nghé (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2023"],
        "number": 1,
        "type_code": "KH",
        "date": "2023-01-09",
        "place": "Quận 1",
        "legal_bases": [BASE_HD12],
        "opening": "Chi bộ Trường Tiểu học Hòa Bình – phường Bến Nghé, Quận 1 xây dựng kế hoạch sinh hoạt chuyên "
        "đề năm 2023 như sau:",
        "aims": _SCHOOL_AIMS,
        "closing": _CLOSING,
        "topics": _P157_TOPICS,
        "targets": [],
        "secretary": _HUE_157,
    },
    {
        "id": "158_mam_non_hoa_lu_ben_nghe_2022",
        "half": "dev",
        "fmt": "txt",
        "layout": "j_half_year_markdown",
        "province": "TP Hồ Chí Minh",
        "source": "https://quanuy1hcm.org.vn/dai-hoi-chi-bo-truong-mam-non-hoa-lu-nhiem-ky-2022-2025/",
        "source_says": "Ngày 17/9/2022 Chi bộ Trường Mầm non Hoa Lư (12 đảng viên) tổ chức Đại hội Chi bộ nhiệm kỳ "
        "2022 – 2025; dự có Phó Trưởng Ban Tuyên giáo Quận ủy Quận 1 và Đảng ủy viên phường Bến Nghé.",
        "completed": [
            "the page gives the cell, its 12 members, its ward and its September 2022 congress; the plan for the "
            "last months of 2022 (two topics, both in the fourth quarter), the people, the secretary, the number "
            "and the date are completed",
            "saved from a notes app as text with Markdown marks (“#” headings, “**” bold topic lines, “-” "
            "bullets); a plan for half a year with two topics only",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Trường Mầm non Hoa Lư",
        "committee_name": "Đảng bộ phường Bến Nghé",
        "md_head": [
            "ĐẢNG BỘ PHƯỜNG BẾN NGHÉ",
            "CHI BỘ TRƯỜNG MẦM NON HOA LƯ",
            "Số 07-KH/CB",
            "Quận 1, ngày 26 tháng 09 năm 2022",
        ],  # fmt: skip
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề 6 tháng cuối năm 2022"],
        "number": 7,
        "type_code": "KH",
        "date": "2022-09-26",
        "place": "Quận 1",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mầm non Hoa Lư nhiệm kỳ 2022 – 2025;"
        ],
        "opening": "Chi bộ Trường Mầm non Hoa Lư xây dựng kế hoạch sinh hoạt chuyên đề 6 tháng cuối năm 2022 như "
        "sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "md_sign": ["T/M CHI BỘ", "BÍ THƯ", "(đã ký)", _HANG_158],
        "topics": _P158_TOPICS,
        "targets": [],
        "secretary": _HANG_158,
    },
    {
        "id": "159_tieu_hoc_dinh_ke_bac_giang_2023",
        "half": "dev",
        "fmt": "doc",
        "layout": "j_initials",
        "province": "Bắc Giang",
        "source": "http://thanhdoan.bacgiang.gov.vn/ves-portal/4115/Chi-doan-truong-Tieu-hoc-Dinh-Ke-tham-gia-Chi-"
        "doan-kieu-mau-nam-2023.html",
        "source_says": "Chiều 06/10/2023 Chi đoàn Trường Tiểu học Dĩnh Kế sinh hoạt tháng 10 với chủ đề “Thanh niên "
        "sống đẹp, học tập noi gương Bác Hồ”, tham gia cuộc thi “Chi đoàn kiểu mẫu” năm 2023 của Thành đoàn Bắc "
        "Giang.",
        "completed": [
            "the page gives the school and its youth branch's October 2023 theme; the Party cell's plan for the "
            "school year 2023 – 2024, its three topics, months and people, the ward committee, the secretary, the "
            "number and the date are completed",
            "the people in charge are written only as initials and family name (“đ/c N.T.Hương”, “đ/c "
            "T.V.Nam”), as the school's lists write them; the truth writes them as the document does (.doc)",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ Trường Tiểu học Dĩnh Kế",
        "committee_name": "Đảng bộ phường Dĩnh Kế",
        "left": ["ĐẢNG BỘ PHƯỜNG DĨNH KẾ", "CHI BỘ TRƯỜNG TIỂU HỌC DĨNH KẾ"],
        "send_to": ["Đảng ủy phường Dĩnh Kế (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2023 – 2024"],
        "number": 6,
        "type_code": "KH",
        "date": "2023-09-25",
        "place": "Dĩnh Kế",
        "legal_bases": [BASE_HD12],
        "opening": "Chi bộ Trường Tiểu học Dĩnh Kế xây dựng kế hoạch sinh hoạt chuyên đề năm học 2023 – 2024 như "
        "sau:",
        "aims": _SCHOOL_AIMS,
        "closing": _CLOSING,
        "topics": _P159_TOPICS,
        "targets": [],
        "secretary": "Đào Thị Thanh",
    },
]
