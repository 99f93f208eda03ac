"""Development batch 190–199: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the generic
helpers of ``common.py``. They vary what the earlier batches did little of: a topic table whose quarter
is a merged first column and whose month is typed inside the title cell (“Tháng 3/2025: …”); a photo
of a printed table whose columns run Thời gian – Người thực hiện – Chuyên đề (the topic last); a plan
that first reviews last year's topics in a table of the same columns as this year's (last year's are
not topics of the plan); a school plan whose topics are a Word-numbered list (the “1.” is not in the
text), each long title running over two or three lines and followed by “- Phụ trách: …” and “- Thời
gian thực hiện: …”; a hospital department's plan with two tables, the regular monthly meetings (not
topics) before the thematic ones; a school year in plain text under quarter headings, people written
“đ/c A, đ/c B và tổ chuyên môn …” (plan 195, quarter I written with April, ``conflicts: 1``); an
enterprise cell's annual resolution announcing its topics in one sentence of running prose (“Trong
năm, Chi bộ tổ chức 4 chuyên đề: quý I chuyên đề về …; quý II …”) with the people in a second
paragraph; a commune office's table in which each topic takes two rows, its title in a row merged
across the table and its time and people in the row below (“Tháng 07, 08/2024”: two months, no single
month); a Khmer hamlet's plain-text plan whose topic list gives only quarters and people, the months
being found in the separate calendar of the twelve regular meetings (“kết hợp sinh hoạt chuyên đề quý
I”); numbered topics of a Cà Mau hamlet whose titles run over several lines, times “Quý I/2025 (tháng
02)”, “tuần 2 tháng 5/2025”, “ngày 10/10/2025”. People carry posts before their names (“Hiệu trưởng
Nguyễn Văn Bình”, “Đ/c Phó Bí thư (Trần Thị Kim Loan)”, “Trưởng khoa …”) and southern, central and
Khmer names (Huỳnh, Lâm, Quách, Dương, Thái, Châu, Tăng, Kha, Mai, La, Danh, Thạch, Sơn, Kim). Facts
are in ``PLANS`` below (same keys as ``plans.py``); ``build.py`` merges both ``LAYOUTS`` and ``PLANS``.
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
    set_widths,
)
from ..common import signed_sent as _sign
from ..common import typed_head as _head
from ..common import typed_top as _top
from ..facts import T, target
from ..facts import topic_with as _t


# ------------------------------------------------------------------------------------ helpers
def _text_head(p: dict[str, Any]) -> list[str]:
    """The heading as a secretary types it in a text editor: the two columns run one after the other."""
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
    return ["", "T/M CHI BỘ", "BÍ THƯ", "", p["secretary"], "", "Nơi nhận:"] + [
        f"- {x};" for x in p["send_to"]
    ]


# ------------------------------------------------------------------------------------ layouts
def merged_quarter_title_month(p: dict[str, Any]) -> list[Block]:
    """A table Quý – Nội dung chuyên đề – Đồng chí phụ trách – Ghi chú: the quarter a merged first cell
    over its rows, the month typed at the head of the title cell (“Tháng 3/2025: …”), people written
    “Đ/c Phó Bí thư (Trần Thị …)”, two in one cell on two lines."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG"))
    rows = [[t["qcell"], f"{t['when']}: {t['title']}", "\n".join(t["who"]), t["note"]]
            for t in p["topics"]]  # fmt: skip
    out.append(("table", ["Quý", "Nội dung chuyên đề", "Đồng chí phụ trách", "Ghi chú"], rows,
                "merge_first_column", (2.2, 7.6, 4.4, 2.3)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def photo_topic_last(p: dict[str, Any]) -> list[Block]:
    """One printed page: a short heading, one sentence, a table TT – Thời gian – Người thực hiện –
    Chuyên đề (the topic in the last column), a note and the signature."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), ("p", p["opening"])]
    rows = [[str(i), t["when"], "\n".join(t["who"]), t["title"]]
            for i, t in enumerate(p["topics"], 1)]  # fmt: skip
    out.append(("table", ["TT", "Thời gian", "Người thực hiện", "Chuyên đề"], rows, "",
                (1.0, 3.0, 4.6, 7.9)))  # fmt: skip
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def review_then_plan(p: dict[str, Any]) -> list[Block]:
    """Last year's topics reviewed in a table (title, time, presenter, result), then this year's in a
    table of nearly the same columns; only the second are topics of the plan."""
    out = _top(p)
    out.append(("h", p["review_heading"]))
    out += paras(p["review"])
    rows = [[str(i), r[0], r[1], r[2], r[3]] for i, r in enumerate(p["last_year"], 1)]
    out.append(("table", ["STT", "Chuyên đề", "Thời gian", "Người trình bày", "Kết quả"], rows, "",
                (1.1, 6.6, 2.8, 3.6, 2.4)))  # fmt: skip
    out += section("II. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", p["plan_heading"]))
    out.append(("p", p["plan_intro"]))
    rows = [[str(i), t["title"], t["when"], t["who"], t["note"]]
            for i, t in enumerate(p["topics"], 1)]  # fmt: skip
    out.append(("table", ["STT", "Chuyên đề", "Thời gian", "Người trình bày", "Ghi chú"], rows, "",
                (1.1, 6.6, 2.8, 3.6, 2.4)))  # fmt: skip
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def word_list_phu_trach(p: dict[str, Any]) -> list[Block]:
    """Topics in a Word-numbered list (“List Number”: the number is Word's, not in the text), each long
    title running over two or three lines, followed by “- Phụ trách: …” and “- Thời gian thực hiện: …”
    as plain paragraphs."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ"))
    for t in p["topics"]:
        out.append(("ps", t["title"], "List Number"))
        out.append(("p", f"- Phụ trách: {t['who']}."))
        out.append(("p", f"- Thời gian thực hiện: {t['when']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def two_tables_regular_first(p: dict[str, Any]) -> list[Block]:
    """A department cell's year: first a table of the twelve regular meetings (Tháng – Nội dung trọng
    tâm – Chủ trì: not topics, though two rows point to the thematic meetings), then the thematic
    meetings in a table Quý – Thời gian – Tên chuyên đề – Người thực hiện."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG"))
    out.append(("h", "1. Sinh hoạt chi bộ thường kỳ"))
    out.append(("p", p["regular_intro"]))
    rows = [[f"Tháng {m}", text, chair] for m, text, chair in p["regular"]]
    out.append(("table", ["Tháng", "Nội dung trọng tâm", "Chủ trì"], rows, "", (2.2, 10.4, 3.9)))
    out.append(("h", "2. Sinh hoạt chuyên đề"))
    out.append(("p", p["thematic_intro"]))
    rows = [[t["qcell"], t["when"], t["title"], "\n".join(t["who"])] for t in p["topics"]]
    out.append(("table", ["Quý", "Thời gian", "Tên chuyên đề", "Người thực hiện"], rows, "",
                (1.6, 3.0, 7.4, 4.5)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def text_quarter_headings(p: dict[str, Any]) -> list[Block]:
    """Plain text of a school year: quarter headings, “Chuyên đề N:” with the long title typed over two
    lines by hand, then “Người thực hiện:” (several people and a team) and “Thời gian:”."""
    lines = _text_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += ["II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG", ""]
    last = None
    for i, t in enumerate(p["topics"], 1):
        if t["qhead"] != last:
            lines += [t["qhead"], ""]
            last = t["qhead"]
        lines += [f"Chuyên đề {i}: {t['lines'][0]}", *t["lines"][1:]]
        lines += [f"   Người thực hiện: {t['who']}", f"   Thời gian: {t['when']}", ""]
    lines += ["III. TỔ CHỨC THỰC HIỆN", *p["closing"]]
    lines += _text_sign(p)
    return paras(lines)


def resolution_prose(p: dict[str, Any]) -> list[Block]:
    """A cell's annual resolution (NQ): the meeting that adopted it, last year in brief, targets in a
    “phấn đấu” sentence, the topics in one sentence of running prose by quarter, the people in a second
    paragraph, then the other tasks."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), *paras(p["legal_bases"])]
    out.append(("p", p["opening"]))
    out.append(("h", "I. ĐÁNH GIÁ KẾT QUẢ NĂM " + str(p["year"] - 1)))
    out += paras(p["review"])
    out.append(("h", f"II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {p['year']}"))
    out.append(("h", "1. Chỉ tiêu"))
    out.append(("p", "Chi bộ phấn đấu: " + "; ".join(x["text"] for x in p["targets"]) + "."))
    out.append(("h", "2. Nhiệm vụ và giải pháp"))
    out += paras(p["tasks_before"])
    out.append(("p", p["topics_sentence"]))
    out.append(("p", p["people_sentence"]))
    out += paras(p["tasks_after"])
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def _title_row_table(p: dict[str, Any]) -> Callable[[Any], None]:
    """Each topic two rows: its title in a row merged across the three columns, then Thời gian –
    Người thực hiện – Sản phẩm in the row below."""

    def draw(doc: Any) -> None:
        from docx.shared import Pt

        grid = doc.add_table(rows=1, cols=3)
        grid.style = "Table Grid"
        for j, text in enumerate(["Thời gian", "Người thực hiện", "Sản phẩm"]):
            grid.cell(0, j).paragraphs[0].add_run(text).bold = True
        for i, t in enumerate(p["topics"], 1):
            top = grid.add_row()
            merged = top.cells[0].merge(top.cells[2])
            run = merged.paragraphs[0].add_run(f"Chuyên đề {i}: {t['title']}")
            run.bold = True
            run.font.size = Pt(12)
            row = grid.add_row()
            for j, text in enumerate([t["when"], "\n".join(t["who"]), t["product"]]):
                row.cells[j].text = text
        set_widths(grid, (4.0, 7.5, 5.0))

    return draw


def title_rows(p: dict[str, Any]) -> list[Block]:
    """A commune office's plan: the schedule as a table whose topics each take two rows (title merged
    across, then time – people – product)."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN"))
    lines = ["Thời gian | Người thực hiện | Sản phẩm"]
    for i, t in enumerate(p["topics"], 1):
        lines += [
            f"Chuyên đề {i}: {t['title']}",
            f"{t['when']} | {'; '.join(t['who'])} | {t['product']}",
        ]
    out.append(("docx", _title_row_table(p), lines))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def text_topics_then_calendar(p: dict[str, Any]) -> list[Block]:
    """Plain text: the year's topics listed by quarter with their people but no month, then the
    calendar of the twelve regular meetings with their dates, four of them marked as held together
    with a quarter's thematic meeting (the only place the months are given)."""
    lines = _text_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += ["II. CÁC CHUYÊN ĐỀ TRONG NĂM", ""]
    for t in p["topics"]:
        lines += textwrap.wrap(t["line"], 78, break_long_words=False)
    lines += ["", "III. LỊCH SINH HOẠT CHI BỘ NĂM " + str(p["year"]), ""]
    for day, text in p["calendar"]:
        lines.append(f"- {day}: {text}")
    lines += ["", "IV. TỔ CHỨC THỰC HIỆN", *p["closing"]]
    lines += _text_sign(p)
    return paras(lines)


def numbered_long_titles(p: dict[str, Any]) -> list[Block]:
    """Typed numbers “1.”, each long title running over two or three lines in its own paragraph,
    followed by “- Phụ trách: …” (people and a body that is not a person) and “- Thời gian thực
    hiện: …” (a quarter with its month, a week, the end of a month, a date)."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. {t['title']}"))
        out.append(("p", f"- Phụ trách: {t['who']}."))
        out.append(("p", f"- Thời gian thực hiện: {t['when']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "n_merged_quarter_title_month": merged_quarter_title_month,
    "n_photo_topic_last": photo_topic_last,
    "n_review_then_plan": review_then_plan,
    "n_word_list_phu_trach": word_list_phu_trach,
    "n_two_tables_regular_first": two_tables_regular_first,
    "n_text_quarter_headings": text_quarter_headings,
    "n_resolution_prose": resolution_prose,
    "n_title_rows": title_rows,
    "n_text_topics_then_calendar": text_topics_then_calendar,
    "n_numbered_long_titles": numbered_long_titles,
}


# -------------------------------------------------------------------------------------- plans
_AIMS = [
    "- Nâng cao chất lượng sinh hoạt chi bộ; nội dung chuyên đề thiết thực, gắn với nhiệm vụ chính trị "
    "của đơn vị.",
    "- Đảng viên được phân công chuẩn bị chu đáo, gửi đề cương cho Chi ủy trước kỳ sinh hoạt.",
]
_CLOSING = [
    "- Chi ủy đôn đốc việc chuẩn bị, thông báo thời gian cụ thể trước mỗi kỳ sinh hoạt.",
    "- Đảng viên nghiên cứu tài liệu, tham gia ý kiến; kết quả được báo cáo cấp ủy cấp trên.",
]

# 190 — Trường Mẫu giáo Hòa Bình Thạnh (An Giang)
_HANH, _LOAN, _DIEM_190, _THU_190, _TAI_190 = (
    "Huỳnh Thị Mỹ Hạnh",
    "Trần Thị Kim Loan",
    "Lâm Ngọc Diễm",
    "Quách Thị Thu",
    "Dương Hoàng Tài",
)
_P190_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ lần thứ VI, nhiệm kỳ 2025 – 2027 và Chương trình hành động của Chi bộ",
       1, 3, [_HANH], when="Tháng 3/2025", qcell="QUÝ I", who=["Đ/c Bí thư (Huỳnh Thị Mỹ Hạnh)"],
       note="Kết hợp sinh hoạt thường kỳ"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm, tận tụy với trẻ",
       2, 4, [_LOAN], when="Tháng 4/2025", qcell="QUÝ II", who=["Đ/c Phó Bí thư (Trần Thị Kim Loan)"],
       note=""),
    _t("Nâng cao chất lượng chăm sóc, nuôi dưỡng; giữ tỷ lệ trẻ suy dinh dưỡng, thấp còi dưới 3%", 2, 6,
       [_DIEM_190, _THU_190], when="Tháng 6/2025", qcell="QUÝ II",
       who=["Đ/c Chi ủy viên (Lâm Ngọc Diễm)", "Đ/c Quách Thị Thu"], note="Mời Y tế xã dự"),
    _t("Đảng viên gương mẫu thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 – 2030", 3, 9, [_HANH],
       when="Tháng 9/2025", qcell="QUÝ III", who=["Đ/c Bí thư (Huỳnh Thị Mỹ Hạnh)"], note=""),
    _t("Phát huy vai trò đảng viên trong xây dựng trường mẫu giáo xanh – an toàn – thân thiện", 4, 11,
       [_LOAN, _TAI_190], when="Tháng 11/2025", qcell="QUÝ IV",
       who=["Đ/c Phó Bí thư (Trần Thị Kim Loan)", "Đ/c Dương Hoàng Tài"], note=""),
]  # fmt: skip

# 191 — ấp Lâm Dồ, xã Đại Ân 2 (Sóc Trăng)
_HEN, _SARI, _TAM_191, _PHON = "Lâm Văn Hên", "Thạch Thị Sa Ri", "Sơn Minh Tâm", "Kim Thị Sa Phon"
_P191_TOPICS = [
    _t("Tuyên truyền, vận động đồng bào Khmer thực hiện các chính sách hỗ trợ của Chương trình 135", 1, 3,
       [_HEN], when="Tháng 3 (quý 1)", who=["Đ/c Lâm Văn Hên – Bí thư Chi bộ"]),
    _t("Vận động hộ nghèo chuyển đổi cây trồng, nuôi bò sinh sản để thoát nghèo bền vững", 2, 5, [_SARI, _PHON],
       when="Tuần 2 tháng 5", who=["Đ/c Thạch Thị Sa Ri", "Đ/c Kim Thị Sa Phon"]),
    _t("Phòng, chống việc lợi dụng vấn đề dân tộc, tôn giáo để chia rẽ khối đại đoàn kết ở phum sóc", 3, None,
       [_TAM_191], when="Giữa quý III", who=["Đ/c Sơn Minh Tâm – Công an viên"]),
    _t("Học tập và làm theo Bác về dân vận khéo, xây dựng ấp văn hóa", 4, 11, [_HEN, _SARI],
       when="Cuối tháng 11", who=["Đ/c Lâm Văn Hên", "Đ/c Thạch Thị Sa Ri"]),
]  # fmt: skip

# 192 — Chi bộ 3, Trường Cao đẳng Cộng đồng Bình Thuận
_HIEN, _NGUYEN_192, _PHUONG_192, _TRI, _OANH = (
    "Đặng Thanh Thùy Hiên",
    "Phạm Thảo Nguyên",
    "Phạm Hồng Phượng",
    "Châu Minh Trí",
    "Mai Thị Kiều Oanh",
)
_P192_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ 3 lần thứ V, nhiệm kỳ 2020 – 2022", 2, 6, [_HIEN],
       when="Cuối tháng 6/2020", who="Bí thư Đặng Thanh Thùy Hiên", note="Lùi từ tháng 4 do dịch bệnh"),
    _t("Nâng cao chất lượng tư vấn tuyển sinh, đào tạo gắn với việc làm cho học sinh, sinh viên", 3, 8,
       [_NGUYEN_192, _TRI], when="Quý III/2020 (tháng 8)", who="Phó Bí thư Phạm Thảo Nguyên, đ/c Châu Minh Trí",
       note=""),
    _t("Học tập và làm theo Bác về tinh thần tự học, nêu gương của nhà giáo", 4, 10, [_PHUONG_192],
       when="tháng 10 (quý 4)", who="Chi ủy viên Phạm Hồng Phượng", note=""),
    _t("Đảng viên gương mẫu phòng, chống dịch COVID-19 trong nhà trường", 4, 12, [_OANH],
       when="Tháng 12/2020", who="Đ/c Mai Thị Kiều Oanh", note="Kết hợp tổng kết năm"),
]  # fmt: skip

# 193 — Trường THCS Chu Văn An (Tam Kỳ, Quảng Nam)
_BINH_193, _HUONG_193, _LOC_193, _LAN_193 = (
    "Nguyễn Văn Bình",
    "Thái Thị Thanh Hương",
    "Châu Văn Lộc",
    "Huỳnh Thị Ngọc Lan",
)
_P193_TOPICS = [
    _t("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về “Trung thực, trách nhiệm; gắn bó với nhân dân; "
       "đoàn kết, xây dựng Đảng trong sạch, vững mạnh” gắn với việc thực hiện nhiệm vụ của nhà giáo, của mỗi "
       "đảng viên trong năm học 2013 – 2014", 4, 10, [_BINH_193], when="Tháng 10/2013 (quý IV)",
       who="Hiệu trưởng Nguyễn Văn Bình"),
    _t("Đổi mới phương pháp dạy học và kiểm tra, đánh giá theo định hướng phát triển năng lực học sinh; vai trò "
       "gương mẫu của đảng viên trong sinh hoạt tổ chuyên môn theo nghiên cứu bài học", 1, 2,
       [_HUONG_193, _LAN_193], when="Quý I/2014 (tháng 02)",
       who="Phó Hiệu trưởng Thái Thị Thanh Hương, Tổ trưởng tổ Ngữ văn Huỳnh Thị Ngọc Lan"),
    _t("Giáo dục truyền thống cách mạng cho học sinh qua hoạt động tham quan, tìm hiểu di tích lịch sử địa đạo "
       "Kỳ Anh và các di tích trên địa bàn thành phố Tam Kỳ; phối hợp Chi đoàn, Liên đội kết nạp đoàn viên mới "
       "trong dịp 26/3", 1, 3, [_LOC_193], when="tháng 3 (quý 1)", who="Tổng phụ trách Đội Châu Văn Lộc"),
    _t("Nâng cao chất lượng công tác phát triển đảng viên trong đội ngũ giáo viên trẻ; bồi dưỡng quần chúng ưu "
       "tú, giới thiệu đoàn viên ưu tú cho Chi bộ xem xét kết nạp", 2, 5, [_BINH_193, _HUONG_193],
       when="Tuần 2 tháng 5/2014 (quý II)",
       who="Hiệu trưởng Nguyễn Văn Bình và Phó Hiệu trưởng Thái Thị Thanh Hương"),
]  # fmt: skip

# 194 — Khoa Nội tổng hợp, Bệnh viện Hữu nghị Việt Nam – Cuba Đồng Hới (Quảng Bình)
_VINH_194, _NHUNG_194, _THINH, _HANG_194 = (
    "Trần Quang Vinh",
    "Mai Thị Hồng Nhung",
    "Dương Đức Thịnh",
    "Lê Thị Thu Hằng",
)
_P194_TOPICS = [
    _t("Học tập và làm theo Bác về y đức: “Lương y phải như từ mẫu”", 1, 2, [_VINH_194],
       when="Quý I/2025 (tháng 02)", qcell="I", who=["Trưởng khoa Trần Quang Vinh"]),
    _t("Nâng cao chất lượng khám, chữa bệnh, hướng tới sự hài lòng của người bệnh", 2, 5, [_NHUNG_194, _THINH],
       when="Quý II/2025 (tháng 5)", qcell="II",
       who=["Điều dưỡng trưởng Mai Thị Hồng Nhung", "Phó Trưởng khoa Dương Đức Thịnh"]),
    _t("Phòng, chống tiêu cực, lạm dụng thuốc và kỹ thuật trong khám, chữa bệnh", 3, 8, [_THINH],
       when="Quý III/2025 (tháng 8)", qcell="III", who=["Phó Trưởng khoa Dương Đức Thịnh"]),
    _t("Phát huy truyền thống hữu nghị Việt Nam – Cuba trong xây dựng Bệnh viện", 4, 11, [_VINH_194, _HANG_194],
       when="Quý IV/2025 (tháng 11)", qcell="IV",
       who=["Trưởng khoa Trần Quang Vinh", "Bác sĩ Lê Thị Thu Hằng"]),
]  # fmt: skip

# 195 — Trường Tiểu học Vang Quới Đông (Bình Đại, Bến Tre)
_HAU_195, _LUC_195, _TUYEN, _LE_195, _TAM_195 = (
    "Nguyễn Văn Hậu",
    "Huỳnh Văn Lực",
    "Lê Thị Bích Tuyền",
    "Tăng Thị Mỹ Lệ",
    "Kha Văn Tâm",
)
_P195_TOPICS = [
    _t("Nâng cao chất lượng dạy học lớp 1, giúp 101 học sinh lớp 1 đọc thông, viết thạo ngay từ học kỳ I", 4, 11,
       [_LUC_195, _TUYEN], qhead="QUÝ IV/2017",
       lines=["Nâng cao chất lượng dạy học lớp 1, giúp 101 học sinh lớp 1", "đọc thông, viết thạo ngay từ học kỳ I."],
       who="đ/c Huỳnh Văn Lực, đ/c Lê Thị Bích Tuyền và tổ chuyên môn khối 1", when="tháng 11/2017"),
    _t("Học tập và làm theo Bác về tình thương yêu học sinh, chăm lo học sinh có hoàn cảnh khó khăn", 1, 1,
       [_HAU_195], qhead="QUÝ I/2018",
       lines=["Học tập và làm theo Bác về tình thương yêu học sinh, chăm lo học sinh", "có hoàn cảnh khó khăn."],
       who="đ/c Nguyễn Văn Hậu – Bí thư Chi bộ, Hiệu trưởng", when="tháng 01/2018 (trước Tết Nguyên đán)"),
    _t("Vai trò của đảng viên trong xây dựng trường học thân thiện, phòng, chống xâm hại và bạo lực học đường", 1,
       4, [_LE_195, _TAM_195], qhead="QUÝ I/2018", conflict=True,
       lines=["Vai trò của đảng viên trong xây dựng trường học thân thiện, phòng, chống", "xâm hại và bạo lực học "
              "đường."],
       who="đ/c Tăng Thị Mỹ Lệ, đ/c Kha Văn Tâm và Liên đội", when="tháng 4/2018"),
    _t("Đánh giá kết quả thực hiện Nghị quyết Chi bộ năm học 2017 – 2018, phương hướng năm học mới", 2, 5,
       [_HAU_195], qhead="QUÝ II/2018",
       lines=["Đánh giá kết quả thực hiện Nghị quyết Chi bộ năm học 2017 – 2018,", "phương hướng năm học mới."],
       who="đ/c Nguyễn Văn Hậu và Chi ủy", when="cuối tháng 5/2018"),
]  # fmt: skip

# 196 — Chi bộ Văn phòng 1, Công ty Cổ phần Thủy điện A Vương
_HIEU_196, _HA_196, _LOC_196, _MAI_196 = (
    "Trương Công Hiếu",
    "Phan Thị Thu Hà",
    "Võ Đình Lộc",
    "Đoàn Thị Mai",
)
_P196_TOPICS = [
    _t("Tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XI “Một số vấn đề cấp bách về xây dựng Đảng hiện nay”",
       1, 3, [_HIEU_196]),
    _t("Học tập và làm theo phong cách quần chúng, dân chủ, nêu gương của Chủ tịch Hồ Chí Minh", 2, 6, [_HA_196]),
    _t("Thực hành tiết kiệm, chống lãng phí trong công tác văn phòng và quản lý vận hành Nhà máy thủy điện A Vương",
       3, 8, [_LOC_196, _MAI_196]),
    _t("Phối hợp với địa phương hỗ trợ đồng bào tái định cư vùng dự án ổn định đời sống", 4, 11, [_HIEU_196]),
]  # fmt: skip

# 197 — Chi bộ Cơ quan Đảng – Đoàn thể xã Quảng Phú (Thừa Thiên Huế)
_LOI_197, _THU_197, _HUNG_197, _TUNG_197, _LINH_197 = (
    "Hồ Văn Lợi",
    "Nguyễn Thị Hoài Thu",
    "Trần Đình Hưng",
    "Lê Quang Tùng",
    "Hồ Thị Mỹ Linh",
)
_P197_TOPICS = [
    _t("Học tập và làm theo Bác về xây dựng văn hóa, con người Thừa Thiên Huế trong cán bộ, công chức cơ quan",
       1, 2, [_LOI_197], when="Quý I/2024 (tháng 02)", who=["Đ/c Phó Bí thư Thường trực Đảng ủy (Hồ Văn Lợi)"],
       product="Đề cương, bản đăng ký làm theo"),
    _t("Nâng cao hiệu quả công tác dân vận trong vận động nhân dân hiến đất mở rộng đường liên thôn", 2, 5,
       [_THU_197], when="Tuần 3 tháng 5/2024", who=["Trưởng khối Dân vận Nguyễn Thị Hoài Thu"],
       product="Báo cáo đề dẫn"),
    _t("Công tác kiểm tra, giám sát của Ủy ban Kiểm tra Đảng ủy đối với các chi bộ thôn", 3, None, [_HUNG_197],
       when="Tháng 07, 08/2024", who=["Phó Chủ nhiệm UBKT Đảng ủy Trần Đình Hưng"], product="Chuyên đề"),
    _t("Ôn lại truyền thống các ban xây dựng Đảng, Ủy ban Kiểm tra và Văn phòng cấp ủy; trách nhiệm của cán bộ "
       "cơ quan", 4, 10, [_TUNG_197, _LINH_197], when="Ngày 16/10/2024 (quý IV)",
       who=["Chánh Văn phòng Đảng ủy Lê Quang Tùng", "Đ/c Hồ Thị Mỹ Linh"], product="Tọa đàm"),
]  # fmt: skip

# 198 — ấp Bà Giam A, xã Đôn Xuân (Trà Vinh)
_PHUOC_198, _PHEN, _RENH, _SOC = "Sơn Văn Phước", "Thạch Phên", "Kim Thị Sà Rênh", "Huỳnh Văn Sóc"
_P198_TOPICS = [
    _t("Nhân rộng gương ông Thạch Dươl hiến đất, vận động bà con góp công làm đường giao thông nông thôn", 1, 3,
       [_PHUOC_198, _PHEN],
       line="1. Chuyên đề quý I: “Nhân rộng gương ông Thạch Dươl hiến đất, vận động bà con góp công làm đường giao "
       "thông nông thôn”. Đồng chí Sơn Văn Phước, Bí thư Chi bộ kiêm Trưởng ấp chuẩn bị; đồng chí Thạch Phên, "
       "Tổ trưởng tổ tự quản số 2 tham luận."),
    _t("Giữ vững danh hiệu ấp văn hóa, không để hộ tái nghèo sau khi đạt chuẩn nông thôn mới", 2, 6, [_RENH],
       line="2. Chuyên đề quý II: “Giữ vững danh hiệu ấp văn hóa, không để hộ tái nghèo sau khi đạt chuẩn nông "
       "thôn mới”. Đồng chí Kim Thị Sà Rênh, Chi hội trưởng Phụ nữ chuẩn bị."),
    _t("Học tập và làm theo Bác về đoàn kết các dân tộc Kinh – Khmer – Hoa trong ấp", 3, 9, [_PHUOC_198, _SOC],
       line="3. Chuyên đề quý III: “Học tập và làm theo Bác về đoàn kết các dân tộc Kinh – Khmer – Hoa trong ấp”. "
       "Đồng chí Sơn Văn Phước và đồng chí Huỳnh Văn Sóc, Bí thư Chi đoàn chuẩn bị."),
    _t("Vận động nhân dân phòng, chống xâm nhập mặn, chuyển đổi cây trồng thích ứng biến đổi khí hậu", 4, 11,
       [_SOC],
       line="4. Chuyên đề quý IV: “Vận động nhân dân phòng, chống xâm nhập mặn, chuyển đổi cây trồng thích ứng "
       "biến đổi khí hậu”. Đồng chí Huỳnh Văn Sóc chuẩn bị."),
]  # fmt: skip

# 199 — ấp Hiệp Hòa Tây, xã Ngọc Chánh (Cà Mau)
_HUNG_199, _THANH_199, _TIEN, _NGAN_199 = (
    "Danh Hùng",
    "Châu Văn Thạnh",
    "Lâm Thị Mỹ Tiên",
    "La Thị Kim Ngân",
)
_P199_TOPICS = [
    _t("Quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng; "
       "trách nhiệm của đảng viên trong việc đưa chủ trương của Đảng vào cuộc sống ở ấp có đông đồng bào Khmer", 1, 2, [_HUNG_199],
       when="Quý I/2025 (tháng 02)", who="đ/c Danh Hùng – Bí thư Chi bộ, Trưởng ấp"),
    _t("Phát huy vai trò người có uy tín trong đồng bào Khmer tuyên truyền, giải thích chủ trương của Đảng, chính "
       "sách, pháp luật của Nhà nước; không nghe theo kẻ xấu xuyên tạc, kích động, chia rẽ khối đại đoàn kết "
       "dân tộc", 2, 5, [_THANH_199, _TIEN], when="tuần 2 tháng 5/2025",
       who="đ/c Châu Văn Thạnh – Phó Bí thư, đ/c Lâm Thị Mỹ Tiên và Ban Nhân dân ấp"),
    _t("Vận động hộ đồng bào Khmer phát triển mô hình tôm – lúa, nuôi cua kết hợp, giảm hộ nghèo, hộ cận nghèo "
       "cuối năm 2025", 3, 8, [_TIEN], when="cuối tháng 8/2025 (quý III)",
       who="đ/c Lâm Thị Mỹ Tiên – Chi hội trưởng Phụ nữ"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng tổ chức đảng trong sạch, vững "
       "mạnh; giáo dục lý tưởng cách mạng cho đoàn viên, thanh niên trong ấp", 4, 10, [_NGAN_199, _HUNG_199],
       when="ngày 10/10/2025 (kỳ sinh hoạt quý IV)", who="đ/c La Thị Kim Ngân – Bí thư Chi đoàn, đ/c Danh Hùng"),
]  # fmt: skip

PLANS: list[T] = [
    {
        "id": "190_mau_giao_hoa_binh_thanh_chau_thanh_2025",
        "half": "dev",
        "fmt": "docx",
        "layout": "n_merged_quarter_title_month",
        "province": "An Giang",
        "source": "https://hoabinhthanh.chauthanh.angiang.gov.vn/chi-bo-truong-mau-giao-hoa-binh-thanh-chuc-dai-hoi-"
        "dang-vien-lan-thuu-vi-nhiem-ky-2025-2027",
        "source_says": "Sáng 29/10/2024 Chi bộ Trường Mẫu giáo Hòa Bình Thạnh (xã Hòa Bình Thạnh, huyện Châu Thành, "
        "An Giang) tổ chức Đại hội đảng viên lần thứ VI, nhiệm kỳ 2025–2027, là đại hội điểm của các chi bộ ngành; "
        "dự có đồng chí Huỳnh Thanh Tâm, Phó Trưởng Ban Tổ chức Huyện ủy, và đồng chí Nguyễn Hữu Tân, Bí thư Đảng "
        "ủy xã; tỷ lệ trẻ suy dinh dưỡng, thấp còi hằng năm dưới 3%.",
        "completed": [
            "the page gives the cell, its commune, its congress (the sixth, for 2025 – 2027) and the school's "
            "malnutrition figure; the cell's 2025 plan, its five topics, months, every member named in it (the "
            "secretary among them), the number and the date are completed",
            "a table Quý – Nội dung chuyên đề – Đồng chí phụ trách – Ghi chú: the quarter a merged first cell over "
            "its rows (two topics in quarter II), the month typed at the head of the title cell (“Tháng 3/2025: "
            "…”; the truth's title leaves it out), people written post first with the name in brackets (“Đ/c Phó "
            "Bí thư (Trần Thị Kim Loan)”), two in one cell on two lines",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường Mẫu giáo Hòa Bình Thạnh",
        "committee_name": "Đảng bộ xã Hòa Bình Thạnh",
        "left": ["ĐẢNG BỘ XÃ HÒA BÌNH THẠNH", "CHI BỘ TRƯỜNG MẪU GIÁO HÒA BÌNH THẠNH"],
        "send_to": ["Đảng ủy xã Hòa Bình Thạnh (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2025"],
        "number": 2,
        "type_code": "KH",
        "date": "2025-01-08",
        "place": "Hòa Bình Thạnh",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mẫu giáo Hòa Bình Thạnh lần thứ VI, nhiệm kỳ 2025 – 2027;",
        ],
        "opening": "Chi bộ Trường Mẫu giáo Hòa Bình Thạnh xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P190_TOPICS,
        "targets": [],
        "secretary": _HANH,
    },
    {
        "id": "191_chi_bo_ap_lam_do_dai_an_2_2022",
        "half": "dev",
        "fmt": "photo",
        "layout": "n_photo_topic_last",
        "province": "Sóc Trăng",
        "source": "https://www.baosoctrang.org.vn/xay-dung-dang/xay-dung-dang-sau-re-ben-goc-trong-dong-bao-khmer-o-"
        "tinh-tra-vinh-va-soc-trang-58618.html",
        "source_says": "(Báo Sóc Trăng, 06/08/2022) Ấp Lâm Dồ, xã Đại Ân 2 (huyện Trần Đề) là ấp đặc biệt khó khăn "
        "thuộc Chương trình 135; bà con phần lớn làm nông nghiệp, nhiều người không rành tiếng Việt nên việc tuyên "
        "truyền chủ trương, chính sách gặp trở ngại; đảng viên người Khmer ở chi bộ khóm, ấp là “nhịp cầu” nối dân "
        "với Đảng.",
        "completed": [
            "the page gives the hamlet, its commune and district, its Programme 135 status and the role of its "
            "Khmer members; the cell's 2022 plan, its four topics, months, every member (Khmer names), the number "
            "and the date are completed",
            "one printed page photographed with a phone, slightly tilted: a table TT – Thời gian – Người thực hiện "
            "– Chuyên đề (the topic in the last column), two people on two lines of one cell; times “Tháng 3 (quý "
            "1)”, “Tuần 2 tháng 5”, “Giữa quý III” (no month: month null) and “Cuối tháng 11”",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ ấp Lâm Dồ",
        "committee_name": "Đảng bộ xã Đại Ân 2",
        "left": ["ĐẢNG BỘ XÃ ĐẠI ÂN 2", "CHI BỘ ẤP LÂM DỒ"],
        "send_to": ["Đảng ủy xã Đại Ân 2 (b/c)"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2022"],
        "number": 1,
        "type_code": "KH",
        "date": "2022-01-12",
        "place": "Đại Ân 2",
        "legal_bases": [],
        "opening": "Thực hiện hướng dẫn của Đảng ủy xã Đại Ân 2, Chi bộ ấp Lâm Dồ xây dựng kế hoạch sinh hoạt chuyên "
        "đề năm 2022 như sau:",
        "closing": [
            "Ghi chú: đảng viên người Khmer được phân công phổ biến lại nội dung chuyên đề cho bà con trong ấp bằng "
            "tiếng Khmer.",
            "Thời gian cụ thể Chi ủy thông báo trước kỳ sinh hoạt 05 ngày.",
        ],
        "topics": _P191_TOPICS,
        "targets": [],
        "secretary": _HEN,
    },
    {
        "id": "192_chi_bo_3_cd_cong_dong_binh_thuan_2020",
        "half": "dev",
        "fmt": "odt",
        "layout": "n_review_then_plan",
        "province": "Bình Thuận",
        "source": "https://btu.edu.vn/article/view/468/dai-hoi-chi-bo-3-lan-thu-v-nhiem-ky-2020-2022",
        "source_says": "Chiều 18/02/2020 Chi bộ 3 thuộc Đảng bộ Trường Cao đẳng Cộng đồng Bình Thuận tổ chức Đại hội "
        "lần thứ V, nhiệm kỳ 2020–2022 (đại hội điểm, 12 đại biểu chính thức); chi ủy mới gồm Đặng Thanh Thùy Hiên – "
        "Bí thư, Phạm Thảo Nguyên – Phó Bí thư, Phạm Hồng Phượng – Chi ủy viên.",
        "completed": [
            "the page gives the cell, its committee, its congress and its three committee members; the plan for the "
            "rest of 2020 (made after the congress, no topic in quarter I), last year's four topics and their "
            "results, this year's four topics, months, the two other members, the number and the date are "
            "completed",
            "two tables of the same columns: first last year's topics with their results (section I, a review — "
            "not topics of this plan), then this year's (section III); times “Cuối tháng 6/2020”, “Quý III/2020 "
            "(tháng 8)”, “tháng 10 (quý 4)”; people post first (“Phó Bí thư Phạm Thảo Nguyên”); committee on two "
            "header lines (.odt)",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ 3",
        "committee_name": "Đảng bộ Trường Cao đẳng Cộng đồng Bình Thuận",
        "left": ["ĐẢNG BỘ TRƯỜNG CAO ĐẲNG", "CỘNG ĐỒNG BÌNH THUẬN", "CHI BỘ 3"],
        "send_to": ["Đảng ủy Trường (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        "number": 5,
        "type_code": "KH",
        "date": "2020-03-06",
        "place": "Phan Thiết",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ 3 lần thứ V, nhiệm kỳ 2020 – 2022;",
        ],
        "opening": "Chi bộ 3 đánh giá việc sinh hoạt chuyên đề năm 2019 và xây dựng kế hoạch sinh hoạt chuyên đề năm "
        "2020 như sau:",
        "review_heading": "I. ĐÁNH GIÁ VIỆC SINH HOẠT CHUYÊN ĐỀ NĂM 2019",
        "review": [
            "Năm 2019 Chi bộ tổ chức đủ 04 chuyên đề theo kế hoạch; đảng viên tham dự đạt 96%; nội dung bám sát "
            "nhiệm vụ của các phòng, khoa. Hạn chế: một số buổi thảo luận chưa sôi nổi, đề cương gửi chậm.",
        ],
        "last_year": [
            (
                "Học tập và làm theo Bác về ý chí tự lực, tự cường",
                "Tháng 3/2019",
                "Đ/c Tô Văn Hải",
                "Đạt",
            ),
            (
                "Nâng cao chất lượng giảng dạy các học phần thực hành",
                "Tháng 6/2019",
                "Đ/c Nguyễn Thị Thu Trang",
                "Đạt",
            ),
            (
                "Công tác quản lý học sinh, sinh viên nội trú",
                "Tháng 9/2019",
                "Đ/c Lê Văn Cường",
                "Khá",
            ),
            (
                "Góp ý dự thảo văn kiện Đại hội Đảng bộ Trường lần thứ III",
                "Tháng 12/2019",
                "Đ/c Đặng Thanh Thùy Hiên",
                "Đạt",
            ),
        ],  # fmt: skip
        "aims": _AIMS,
        "plan_heading": "III. CÁC CHUYÊN ĐỀ NĂM 2020",
        "plan_intro": "Quý I/2020 Chi bộ tập trung tổ chức Đại hội Chi bộ nhiệm kỳ 2020 – 2022 (ngày 18/02/2020) nên "
        "không sinh hoạt chuyên đề; từ quý II, mỗi quý ít nhất một chuyên đề:",
        "closing": _CLOSING,
        "topics": _P192_TOPICS,
        "targets": [],
        "secretary": _HIEN,
    },
    {
        "id": "193_thcs_chu_van_an_tam_ky_2013",
        "half": "dev",
        "fmt": "doc",
        "layout": "n_word_list_phu_trach",
        "province": "Quảng Nam",
        "source": "http://chuvanantamky.edu.vn/doan-doi",
        "source_says": "Chiều 20/4/2013 Chi đoàn TNCS Hồ Chí Minh cùng Liên đội Trường THCS Chu Văn An (Tam Kỳ) tổ "
        "chức “Hành trình về với địa đạo Kỳ Anh”, kết nạp Đoàn cho 9 đội viên tiêu biểu và cho đội viên xuất sắc "
        "tham quan di tích lịch sử cấp quốc gia địa đạo Kỳ Anh.",
        "completed": [
            "the page gives the school, its youth union and the visit to the Kỳ Anh tunnels; the school's party "
            "cell, its ward committee (phường An Mỹ), the plan for the school year 2013 – 2014, its four topics, "
            "months, every member, the number and the date are completed",
            "topics in a list numbered by Word (style List Number: the “1.” is not in the text), each long title "
            "running over two or three lines, followed by “- Phụ trách: …” and “- Thời gian thực hiện: …”; people "
            "written post first without a comma (“Hiệu trưởng Nguyễn Văn Bình”, “Tổng phụ trách Đội Châu Văn "
            "Lộc”); times “Tháng 10/2013 (quý IV)”, “Quý I/2014 (tháng 02)”, “tháng 3 (quý 1)”, “Tuần 2 tháng "
            "5/2014 (quý II)” (.doc)",
        ],
        "kind": "thematic",
        "year": 2013,
        "cell_name": "Chi bộ Trường THCS Chu Văn An",
        "committee_name": "Đảng bộ phường An Mỹ",
        "left": ["ĐẢNG BỘ PHƯỜNG AN MỸ", "CHI BỘ TRƯỜNG THCS CHU VĂN AN"],
        "send_to": ["Đảng ủy phường An Mỹ (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2013 – 2014"],
        "number": 3,
        "type_code": "KH",
        "date": "2013-09-20",
        "place": "Tam Kỳ",
        "legal_bases": [
            "Căn cứ Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo "
            "tấm gương đạo đức Hồ Chí Minh;",
            "Căn cứ nhiệm vụ năm học 2013 – 2014 của nhà trường;",
        ],
        "opening": "Chi bộ Trường THCS Chu Văn An xây dựng kế hoạch sinh hoạt chuyên đề năm học 2013 – 2014 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P193_TOPICS,
        "targets": [],
        "secretary": _BINH_193,
    },
    {
        "id": "194_chi_bo_khoa_noi_bv_viet_nam_cuba_dong_hoi_2025",
        "half": "dev",
        "fmt": "docx",
        "layout": "n_two_tables_regular_first",
        "province": "Quảng Bình",
        "source": "https://tacnghiep.thoidai.com.vn/dai-hoi-thanh-lap-hoi-huu-nghi-viet-nam-cuba-tinh-quang-binh-"
        "210294.html",
        "source_says": "Đại hội thành lập Hội hữu nghị Việt Nam – Cuba tỉnh Quảng Bình (ảnh của Bệnh viện hữu nghị Việt "
        "Nam – Cuba Đồng Hới); ông Nguyễn Đức Cường, Giám đốc Bệnh viện hữu nghị Việt Nam – Cuba Đồng Hới, được bầu "
        "làm Chủ tịch Hội khóa I, nhiệm kỳ 2025–2030; tháng 9/1973 lãnh tụ Fidel Castro thăm Quảng Bình.",
        "completed": [
            "the page gives the hospital, its director and its friendship with Cuba; the hospital's party "
            "committee, the clinical department's cell (Khoa Nội tổng hợp), its 2025 plan, its twelve regular "
            "meetings, four topics, months, every member, the number and the date are completed",
            "two tables: first the twelve regular monthly meetings (Tháng – Nội dung trọng tâm – Chủ trì; not "
            "topics, though the February, May, August and November rows point to the thematic meeting), then the "
            "thematic meetings (Quý – Thời gian – Tên chuyên đề – Người thực hiện) with times “Quý I/2025 (tháng "
            "02)”; people post first (“Trưởng khoa Trần Quang Vinh”, “Điều dưỡng trưởng …”, “Bác sĩ …”)",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Khoa Nội tổng hợp",
        "committee_name": "Đảng bộ Bệnh viện Hữu nghị Việt Nam – Cuba Đồng Hới",
        "left": [
            "ĐẢNG BỘ BỆNH VIỆN HỮU NGHỊ",
            "VIỆT NAM – CUBA ĐỒNG HỚI",
            "CHI BỘ KHOA NỘI TỔNG HỢP",
        ],
        "send_to": ["Đảng ủy Bệnh viện (b/c)", "Ban Chủ nhiệm Khoa", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chi bộ thường kỳ và sinh hoạt chuyên đề năm 2025"],
        "number": 1,
        "type_code": "KH",
        "date": "2025-01-06",
        "place": "Đồng Hới",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Chương trình công tác năm 2025 của Đảng ủy Bệnh viện;",
        ],
        "opening": "Chi bộ Khoa Nội tổng hợp xây dựng kế hoạch sinh hoạt chi bộ thường kỳ và sinh hoạt chuyên đề năm "
        "2025 như sau:",
        "aims": _AIMS,
        "regular_intro": "Chi bộ sinh hoạt thường kỳ vào chiều thứ Sáu tuần đầu hằng tháng, tại phòng giao ban của "
        "Khoa; nội dung trọng tâm từng tháng:",
        "regular": [
            (
                1,
                "Đánh giá công tác năm 2024; triển khai nhiệm vụ năm 2025; trực Tết Nguyên đán.",
                _VINH_194,
            ),
            (2, "Sơ kết công tác tháng; kết hợp sinh hoạt chuyên đề quý I (mục 2).", _VINH_194),
            (3, "Kỷ niệm Ngày Thầy thuốc Việt Nam 27/2; công tác phát triển đảng viên.", _VINH_194),
            (4, "Kiểm tra việc thực hiện quy tắc ứng xử của nhân viên y tế.", _NHUNG_194),
            (5, "Kết hợp sinh hoạt chuyên đề quý II (mục 2).", _VINH_194),
            (6, "Sơ kết 6 tháng đầu năm; phòng, chống dịch bệnh mùa hè.", _VINH_194),
            (7, "Tri ân thương binh, liệt sĩ; thăm gia đình chính sách.", _NHUNG_194),
            (8, "Kết hợp sinh hoạt chuyên đề quý III (mục 2).", _VINH_194),
            (9, "Kỷ niệm ngày lãnh tụ Fidel Castro thăm Quảng Bình (9/1973).", _VINH_194),
            (10, "Kiểm tra hồ sơ bệnh án; công tác kiểm soát nhiễm khuẩn.", _THINH),
            (11, "Kết hợp sinh hoạt chuyên đề quý IV (mục 2).", _VINH_194),
            (12, "Kiểm điểm, đánh giá, xếp loại đảng viên cuối năm.", _VINH_194),
        ],
        "thematic_intro": "Mỗi quý một chuyên đề, tổ chức cùng kỳ sinh hoạt thường kỳ:",
        "closing": _CLOSING,
        "topics": _P194_TOPICS,
        "targets": [],
        "secretary": _VINH_194,
    },
    {
        "id": "195_tieu_hoc_vang_quoi_dong_binh_dai_2017",
        "half": "dev",
        "fmt": "txt",
        "layout": "n_text_quarter_headings",
        "province": "Bến Tre",
        "source": "https://vksbentre.gov.vn/index.php/oan-thanh-nien/1587-2017-09-06-07-07-04",
        "source_says": "Ngày 5/9/2017 Đoàn thanh niên Viện KSND tỉnh Bến Tre dự lễ khai giảng và tặng 25 phần quà cho "
        "học sinh khó khăn Trường Tiểu học Vang Quới Đông (huyện Bình Đại); năm học 2017–2018 trường có hơn 500 học "
        "sinh, 03 lớp 1 với 101 em.",
        "completed": [
            "the page gives the school, its commune and district, its pupils and first-grade classes; the school's "
            "party cell, its commune committee, the plan for the school year 2017 – 2018, its four topics, months, "
            "every member, the number and the date are completed",
            "plain text under quarter headings (“QUÝ IV/2017”, “QUÝ I/2018”), each title typed over two lines by "
            "hand (the truth joins them), “Người thực hiện: đ/c …, đ/c … và tổ chuyên môn khối 1” (the team and "
            "the Liên đội are not people), times “tháng 01/2018 (trước Tết Nguyên đán)”, “cuối tháng 5/2018”; the "
            "third topic, under QUÝ I/2018, is set for April (a month outside its quarter, conflicts: 1)",
        ],
        "kind": "thematic",
        "year": 2017,
        "cell_name": "Chi bộ Trường Tiểu học Vang Quới Đông",
        "committee_name": "Đảng bộ xã Vang Quới Đông",
        "left": ["ĐẢNG BỘ XÃ VANG QUỚI ĐÔNG", "CHI BỘ TRƯỜNG TIỂU HỌC VANG QUỚI ĐÔNG"],
        "send_to": ["Đảng ủy xã (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH SINH HOẠT CHUYÊN ĐỀ", "NĂM HỌC 2017 – 2018"],
        "number": 4,
        "type_code": "KH",
        "date": "2017-10-02",
        "place": "Vang Quới Đông",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 của Ban Tổ chức Trung ương về nâng cao chất lượng sinh "
            "hoạt chi bộ;",
        ],
        "opening": "Chi bộ Trường Tiểu học Vang Quới Đông xây dựng kế hoạch sinh hoạt chuyên đề năm học 2017 – 2018 "
        "như sau:",
        "aims": [
            "- Giúp đảng viên nâng cao nhận thức, gắn chuyên đề với nhiệm vụ dạy và học của nhà trường.",
            "- Mỗi chuyên đề có đề cương, có kết luận và việc làm cụ thể sau sinh hoạt.",
        ],
        "closing": [
            "- Người thực hiện gửi đề cương cho Bí thư Chi bộ trước kỳ sinh hoạt 07 ngày.",
            "- Chi ủy có thể điều chỉnh thời gian cho phù hợp với kế hoạch năm học.",
        ],
        "topics": _P195_TOPICS,
        "targets": [],
        "secretary": _HAU_195,
    },
    {
        "id": "196_chi_bo_van_phong_1_thuy_dien_a_vuong_2013",
        "half": "dev",
        "fmt": "doc",
        "layout": "n_resolution_prose",
        "province": "Đà Nẵng",
        "source": "http://avuong.com/archives/8270",
        "source_says": "Ngày 24/10/2012, thực hiện Nghị quyết Trung ương 4 khóa XI, Chi bộ Văn phòng 1 họp chi bộ góp "
        "ý tập thể Ban Chấp hành Đảng bộ và cá nhân các đồng chí Đảng ủy viên; đảng viên tham gia thẳng thắn (tin "
        "trên trang của Công ty Cổ phần Thủy điện A Vương).",
        "completed": [
            "the page gives the cell and its meeting on the Fourth Plenum resolution (the site names the company); "
            "the company's party committee, the cell's 2013 resolution, its review, targets, four topics, months, "
            "every member, the number and the date are completed",
            "a cell's annual resolution (NQ): targets in one “phấn đấu” sentence, the four topics announced in one "
            "sentence of running prose (“Trong năm 2013, Chi bộ tổ chức 4 chuyên đề: quý I chuyên đề về …; quý II "
            "…”, the month in brackets or as “kỳ sinh hoạt tháng 6”), the people in a second paragraph by quarter "
            "(“Trưởng phòng Tổ chức – Hành chính Phan Thị Thu Hà”) (.doc)",
        ],
        "kind": "activity",
        "year": 2013,
        "cell_name": "Chi bộ Văn phòng 1",
        "committee_name": "Đảng bộ Công ty Cổ phần Thủy điện A Vương",
        "left": ["ĐẢNG BỘ CÔNG TY CỔ PHẦN", "THỦY ĐIỆN A VƯƠNG", "CHI BỘ VĂN PHÒNG 1"],
        "send_to": ["Đảng ủy Công ty (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["NGHỊ QUYẾT", "về nhiệm vụ năm 2013"],
        "number": 1,
        "type_code": "NQ",
        "date": "2013-01-07",
        "place": "Đà Nẵng",
        "legal_bases": [
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
            "Căn cứ Nghị quyết Đảng bộ Công ty về nhiệm vụ năm 2013;",
        ],
        "opening": "Ngày 04/01/2013 Chi bộ Văn phòng 1 họp thường kỳ, 11/12 đảng viên dự, thảo luận và quyết nghị nhiệm "
        "vụ năm 2013 như sau:",
        "review": [
            "Năm 2012 Chi bộ duy trì nền nếp sinh hoạt, tổ chức học tập Nghị quyết Trung ương 4 khóa XI và góp ý tập "
            "thể Ban Chấp hành Đảng bộ Công ty (ngày 24/10/2012); Chi bộ đạt trong sạch, vững mạnh. Hạn chế: sinh "
            "hoạt chuyên đề chưa đều, có quý không tổ chức.",
        ],
        "tasks_before": [
            "a) Lãnh đạo các phòng thuộc khối văn phòng hoàn thành kế hoạch sản xuất, kinh doanh năm 2013 của Công "
            "ty; bảo đảm công tác hành chính, tài chính phục vụ vận hành Nhà máy.",
            "b) Nâng cao chất lượng sinh hoạt chi bộ:",
        ],
        "topics_sentence": "Trong năm 2013, Chi bộ tổ chức 4 chuyên đề: quý I chuyên đề về “Tiếp tục thực hiện Nghị "
        "quyết Trung ương 4 khóa XI “Một số vấn đề cấp bách về xây dựng Đảng hiện nay”” (tháng 3); quý II chuyên đề "
        "về “Học tập và làm theo phong cách quần chúng, dân chủ, nêu gương của Chủ tịch Hồ Chí Minh”, sinh hoạt vào "
        "kỳ tháng 6; quý III chuyên đề về “Thực hành tiết kiệm, chống lãng phí trong công tác văn phòng và quản lý "
        "vận hành Nhà máy thủy điện A Vương” (tháng 8); quý IV chuyên đề về “Phối hợp với địa phương hỗ trợ đồng bào "
        "tái định cư vùng dự án ổn định đời sống” (tháng 11).",
        "people_sentence": "Phân công chuẩn bị: chuyên đề quý I và quý IV do đồng chí Trương Công Hiếu, Bí thư Chi bộ "
        "chuẩn bị; chuyên đề quý II do Trưởng phòng Tổ chức – Hành chính Phan Thị Thu Hà chuẩn bị; chuyên đề quý III "
        "do đồng chí Võ Đình Lộc và đồng chí Đoàn Thị Mai chuẩn bị. Đề cương gửi Chi ủy trước kỳ sinh hoạt 05 ngày.",
        "tasks_after": [
            "c) Công tác phát triển đảng: bồi dưỡng, giới thiệu quần chúng ưu tú để Đảng ủy Công ty xem xét kết nạp.",
            "d) Lãnh đạo Công đoàn bộ phận, Chi đoàn thực hiện tốt các phong trào thi đua của Công ty.",
        ],
        "closing": [
            "- Chi ủy cụ thể hóa Nghị quyết thành chương trình công tác hằng tháng; sơ kết 6 tháng, tổng kết cuối năm.",
            "- Mỗi đảng viên đăng ký việc làm cụ thể để thực hiện Nghị quyết.",
        ],
        "topics": _P196_TOPICS,
        "targets": [
            target("Chi bộ đạt trong sạch, vững mạnh", "yes_no"),
            target("100% đảng viên đủ tư cách, hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("Giới thiệu 01 quần chúng ưu tú để kết nạp vào Đảng", "count", 1),
            target(
                "100% đảng viên học tập đầy đủ các nghị quyết, chỉ thị của Đảng", "percent", 100
            ),
        ],
        "secretary": _HIEU_196,
    },
    {
        "id": "197_chi_bo_co_quan_dang_doan_the_quang_phu_2024",
        "half": "dev",
        "fmt": "odt",
        "layout": "n_title_rows",
        "province": "Thừa Thiên Huế",
        "source": "https://quangphu.thuathienhue.gov.vn/?cn=85&gd=6&tc=52353",
        "source_says": "Chiều 16/10/2023, được Ban Thường vụ Đảng ủy xã Quảng Phú thống nhất, Thường trực khối Dân vận "
        "và UBKT Đảng ủy xã tổ chức tọa đàm ôn lại truyền thống các ban, UBKT, văn phòng cấp ủy (14/10 ngành tổ "
        "chức, 15/10 dân vận, 16/10 UBKT, 18/10 văn phòng cấp ủy).",
        "completed": [
            "the page gives the commune committee, its mass-mobilisation bloc and inspection committee and the "
            "October traditions; the commune office's party cell (Chi bộ Cơ quan Đảng – Đoàn thể), its 2024 plan, "
            "its four topics, times, every member, the number and the date are completed",
            "a table in which each topic takes two rows: its title in a row merged across the three columns, then "
            "Thời gian – Người thực hiện – Sản phẩm in the row below; times “Quý I/2024 (tháng 02)”, “Tuần 3 tháng "
            "5/2024”, “Tháng 07, 08/2024” (two months: month null), “Ngày 16/10/2024 (quý IV)”; people post first "
            "(“Đ/c Phó Bí thư Thường trực Đảng ủy (Hồ Văn Lợi)”, “Phó Chủ nhiệm UBKT Đảng ủy …”) (.odt)",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Cơ quan Đảng – Đoàn thể xã Quảng Phú",
        "committee_name": "Đảng bộ xã Quảng Phú",
        "left": ["ĐẢNG BỘ XÃ QUẢNG PHÚ", "CHI BỘ CƠ QUAN ĐẢNG – ĐOÀN THỂ"],
        "send_to": ["Đảng ủy xã Quảng Phú (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2024"],
        "number": 2,
        "type_code": "KH",
        "date": "2024-01-15",
        "place": "Quảng Phú",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Chương trình công tác năm 2024 của Đảng ủy xã Quảng Phú;",
        ],
        "opening": "Chi bộ Cơ quan Đảng – Đoàn thể xã Quảng Phú xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như "
        "sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P197_TOPICS,
        "targets": [],
        "secretary": _LOI_197,
    },
    {
        "id": "198_chi_bo_ap_ba_giam_a_don_xuan_2019",
        "half": "dev",
        "fmt": "txt",
        "layout": "n_text_topics_then_calendar",
        "province": "Trà Vinh",
        "source": "http://vov4.vov.vn/Cham/9-9tm9920199mp3/ong-thach-duol-bac-megru-saong-ngak-tui-wa-ho-c71-273485.aspx",
        "source_says": "(VOV4, tiếng Chăm, 9/9/2019) Ông Thạch Dươl ở ấp Bà Giam A, xã Đôn Xuân, huyện Duyên Hải, Trà "
        "Vinh hiến 200 m² đất và vận động bà con làm đường khi xã xây dựng nông thôn mới (từ 2011); ông Thạch Phên "
        "kể lại; ấp từng có trên 30% hộ nghèo, năm 2014 đạt ấp nông thôn mới, năm 2017 làm đường rộng 6 m dài hơn "
        "1 km.",
        "completed": [
            "the page gives the hamlet, its commune and district, the two men and the road; the cell's 2019 plan, "
            "its four topics, every member (Thạch Phên made one of them; Thạch Dươl only named in a title), the "
            "calendar of regular meetings, the number and the date are completed",
            "plain text: section II lists the topics by quarter with their people but no month; the months are "
            "given only by section III, the calendar of the twelve regular meetings (“- Ngày 25/3/2019: sinh hoạt "
            "thường kỳ tháng 3, kết hợp sinh hoạt chuyên đề quý I”) — the other regular meetings are not topics; "
            "Khmer names (Sơn, Thạch, Kim)",
        ],
        "kind": "thematic",
        "year": 2019,
        "cell_name": "Chi bộ ấp Bà Giam A",
        "committee_name": "Đảng bộ xã Đôn Xuân",
        "left": ["ĐẢNG BỘ XÃ ĐÔN XUÂN", "CHI BỘ ẤP BÀ GIAM A"],
        "send_to": ["Đảng ủy xã Đôn Xuân (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chi bộ và sinh hoạt chuyên đề năm 2019"],
        "number": 1,
        "type_code": "KH",
        "date": "2019-01-10",
        "place": "Đôn Xuân",
        "legal_bases": [BASE_HD12],
        "opening": "Chi bộ ấp Bà Giam A xây dựng kế hoạch sinh hoạt chi bộ và sinh hoạt chuyên đề năm 2019 như sau:",
        "aims": [
            "- Duy trì nền nếp sinh hoạt chi bộ hằng tháng; mỗi quý sinh hoạt một chuyên đề.",
            "- Nội dung chuyên đề gắn với giữ vững ấp nông thôn mới, đoàn kết đồng bào Kinh – Khmer – Hoa.",
        ],
        "calendar": [
            ("Ngày 25/01/2019", "sinh hoạt thường kỳ tháng 1; triển khai Nghị quyết năm"),
            ("Ngày 25/02/2019", "sinh hoạt thường kỳ tháng 2; công tác an ninh trật tự dịp Tết"),
            ("Ngày 25/3/2019", "sinh hoạt thường kỳ tháng 3, kết hợp sinh hoạt chuyên đề quý I"),
            ("Ngày 25/4/2019", "sinh hoạt thường kỳ tháng 4; chuẩn bị Tết Chôl Chnăm Thmây"),
            ("Ngày 25/5/2019", "sinh hoạt thường kỳ tháng 5; phòng, chống hạn mặn"),
            (
                "Ngày 25/6/2019",
                "sinh hoạt thường kỳ tháng 6, kết hợp sinh hoạt chuyên đề quý II; sơ kết 6 tháng",
            ),
            ("Ngày 25/7/2019", "sinh hoạt thường kỳ tháng 7; tri ân thương binh, liệt sĩ"),
            ("Ngày 25/8/2019", "sinh hoạt thường kỳ tháng 8"),
            ("Ngày 25/9/2019", "sinh hoạt thường kỳ tháng 9, kết hợp sinh hoạt chuyên đề quý III"),
            ("Ngày 25/10/2019", "sinh hoạt thường kỳ tháng 10; chuẩn bị lễ Sene Dolta, Ok Om Bok"),
            ("Ngày 25/11/2019", "sinh hoạt thường kỳ tháng 11, kết hợp sinh hoạt chuyên đề quý IV"),
            (
                "Ngày 25/12/2019",
                "sinh hoạt thường kỳ tháng 12; kiểm điểm, đánh giá đảng viên cuối năm",
            ),
        ],
        "closing": [
            "- Người được phân công gửi đề cương cho Bí thư Chi bộ trước kỳ sinh hoạt 05 ngày.",
            "- Lịch sinh hoạt có thể thay đổi theo chỉ đạo của Đảng ủy xã; Chi ủy sẽ thông báo.",
        ],
        "topics": _P198_TOPICS,
        "targets": [],
        "secretary": _PHUOC_198,
    },
    {
        "id": "199_chi_bo_ap_hiep_hoa_tay_ngoc_chanh_2025",
        "half": "dev",
        "fmt": "docx",
        "layout": "n_numbered_long_titles",
        "province": "Cà Mau",
        "source": "https://baocamau.vn/--a36022.html",
        "source_says": "(Báo Cà Mau, tiếng Khmer) Từ năm 2016 ông Triệu Quang Tòng, người có uy tín ở ấp Hiệp Hòa Tây, "
        "xã Ngọc Chánh, huyện Đầm Dơi, gần gũi bà con, tuyên truyền, giải thích tình hình để đồng bào hiểu đúng sự "
        "quan tâm của Đảng, Nhà nước; bà Nguyễn Hồng Thăm kể kẻ xấu từng đến lôi kéo gia đình; ấp có 81 hộ Khmer "
        "với 320 nhân khẩu.",
        "completed": [
            "the page gives the hamlet, its commune and district, its Khmer households and the role of its person "
            "of prestige (not made a member); the cell's 2025 plan, its four topics, months, every member, the "
            "number and the date are completed",
            "typed numbers “1.”, each title running over two or three lines, followed by “- Phụ trách: …” (people "
            "with posts after a dash, and the Ban Nhân dân ấp, not a person) and “- Thời gian thực hiện: …”; times "
            "“Quý I/2025 (tháng 02)”, “tuần 2 tháng 5/2025”, “cuối tháng 8/2025 (quý III)”, “ngày 10/10/2025 (kỳ "
            "sinh hoạt quý IV)”; Khmer and southern names (Danh, Lâm, Châu, La)",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ ấp Hiệp Hòa Tây",
        "committee_name": "Đảng bộ xã Ngọc Chánh",
        "left": ["ĐẢNG BỘ XÃ NGỌC CHÁNH", "CHI BỘ ẤP HIỆP HÒA TÂY"],
        "send_to": ["Đảng ủy xã Ngọc Chánh (b/c)", "Ban Nhân dân ấp", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2025"],
        "number": 1,
        "type_code": "KH",
        "date": "2025-01-09",
        "place": "Ngọc Chánh",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ ấp Hiệp Hòa Tây năm 2025;"],
        "opening": "Chi bộ ấp Hiệp Hòa Tây xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P199_TOPICS,
        "targets": [],
        "secretary": _HUNG_199,
    },
]
