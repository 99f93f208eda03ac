"""Development batch 70–79: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own (none of ``build.py``'s layout functions is reused; only its
generic helpers: the signature block, ``vn_date``, the block kinds and the renderers). They vary
above all how the topics, their time and their presenters are laid out: a table whose columns come
in an unusual order, one table row per quarter holding several topics in one cell, "Chuyên đề N:"
headings with indented lines, two-level numbering with a separate assignment section, a schedule
with the months as columns, a year programme mixing thematic meetings with other work, a resolution
with its targets in sentences, an activity plan with a target table and a separate assignment
section, a one-page table with the quarters as columns, an assignment table with one row per
person. Facts are in ``PLANS`` below
(same keys as ``plans.py``); ``build.py`` merges both ``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

from typing import Any

from ..common import (
    ROMAN,
    Block,
    date_line,
    number_line,
    paras,
    people,
    signature,
    top,
    typed_header,
)
from ..facts import T, target, topic


# ------------------------------------------------------------------------------------ helpers
def _head(p: dict[str, Any]) -> Block:
    """The two-column heading as the cell typed it, from ``head_left`` (committee, cell — or only
    the committee when the cell is named elsewhere)."""
    return typed_header(p["head_left"], number_line(p, gap="Số:     -{code}"), date_line(p))


def _sign(p: dict[str, Any]) -> Block:
    return signature(p, "b/c", p.get("also_to", []), "Lưu chi bộ")


def _people(t: dict[str, Any], titles: dict[str, str], prefix: str = "Đ/c", sep: str = ", ") -> str:
    """Presenters with their post ("Đ/c Nguyễn Thị Lan – Phó Bí thư") and, when the plan gives one,
    their part in the meeting ("(chủ trì)")."""
    return people(t, prefix, sep, titles)


# ------------------------------------------------------------------------------------ layouts
def content_owner_time_table(p: dict[str, Any]) -> list[Block]:
    """A table whose columns run Nội dung → Bộ phận/Đồng chí phụ trách → Thời gian → Sản phẩm; the
    time typed per row as the secretary wrote it ("Quý I: tháng 3/2024", "Ngày 23 – 24/5/2024")."""
    titles = p.get("titles", {})
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "I. MỤC ĐÍCH – YÊU CẦU"))
    out += paras(p["aims"])
    out.append(("h", "II. NỘI DUNG, PHÂN CÔNG VÀ THỜI GIAN THỰC HIỆN"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        rows.append([str(i), t["title"], _people(t, titles, sep="\n"), t["when"], t["form"]])
    head = ["STT", "Nội dung", "Bộ phận/Đồng chí phụ trách", "Thời gian", "Sản phẩm"]
    out.append(("table", head, rows, "", [1.1, 5.6, 4.2, 2.8, 2.8]))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def numbered_topic_blocks(p: dict[str, Any]) -> list[Block]:
    """Each topic a "Chuyên đề N: …" heading followed by indented "- Thời gian:", "- Người chuẩn
    bị:" and "- Tham gia:" lines; the cell named only in the title and the opening."""
    titles = p.get("titles", {})
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += paras(p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("h", f"Chuyên đề {i}: {t['title']}"))
        out.append(("p", f"    - Thời gian: {t['when']}."))
        label = "Người chuẩn bị" if len(t["presenters"]) == 1 else "Người chuẩn bị, trình bày"
        out.append(("p", f"    - {label}: {_people(t, titles, sep='; ')}."))
        if t["form"]:
            out.append(("p", f"    - Tham gia: {t['form']}."))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def quarter_rows_bundled(p: dict[str, Any]) -> list[Block]:
    """One table row per quarter of a school year; the quarter's topics share one cell, numbered
    "1.", "2." inside it, with their months and preparers in the next cells in the same order. A
    topic's ``when`` is its row's label ("Quý IV/2020"), its ``short`` the month as typed."""
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "1. Mục đích, yêu cầu"))
    out += paras(p["aims"])
    out.append(("h", "2. Nội dung sinh hoạt chuyên đề"))
    groups: dict[str, list[dict[str, Any]]] = {}
    for t in p["topics"]:
        groups.setdefault(t["when"], []).append(t)
    rows = []
    for label, ts in groups.items():
        many = len(ts) > 1
        rows.append(
            [
                label,
                "\n".join((f"{k}. " if many else "") + t["title"] for k, t in enumerate(ts, 1)),
                "\n".join((f"{k}. " if many else "") + t["short"] for k, t in enumerate(ts, 1)),
                "\n".join(
                    (f"{k}. " if many else "") + ", ".join(f"đ/c {n}" for n in t["presenters"])
                    for k, t in enumerate(ts, 1)
                ),
            ]
        )
    out.append(("table", ["Quý", "Tên chuyên đề", "Tháng sinh hoạt", "Đảng viên chuẩn bị"], rows,
                "", [2.6, 7.0, 2.8, 4.0]))  # fmt: skip
    out.append(("h", "3. Tổ chức thực hiện"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def two_level_then_assign(p: dict[str, Any]) -> list[Block]:
    """Roman sections; the topics numbered "2.1", "2.2" … with their quarter and month; who prepares
    each one is said only in a later section, lettered "a)", "b)", naming the topic by its number."""
    titles = p.get("titles", {})
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "I. ĐẶC ĐIỂM, TÌNH HÌNH"))
    out += paras(p["situation"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    out.append(("p", "1. Yêu cầu chung"))
    out += paras(p["aims"])
    out.append(("p", "2. Các chuyên đề trong năm"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"2.{i}. {t['when']}: {t['title']}."))
    out.append(("h", "III. PHÂN CÔNG CHUẨN BỊ"))
    letters = "abcdefgh"
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{letters[i - 1]}) Chuyên đề 2.{i}: {_people(t, titles, prefix='đ/c')}."))
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def month_grid(p: dict[str, Any]) -> list[Block]:
    """An activity plan whose thematic meetings are a schedule with the twelve months as columns:
    each topic one row, an "x" under its month, no quarter written; targets in a table comparing the
    past year with the one planned; the cell named in the header and the opening in full."""
    titles = p.get("titles", {})
    y = p["year"]
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "I. TÌNH HÌNH CHUNG"))
    out += paras(p["situation"])
    out.append(("h", "II. CHỈ TIÊU PHẤN ĐẤU"))
    rows = [
        [str(i), t["text"], past]
        for i, (t, past) in enumerate(zip(p["targets"], p["past"], strict=True), 1)
    ]
    out.append(
        ("table", ["TT", f"Chỉ tiêu năm {y}", f"Thực hiện năm {y - 1}"], rows, "", [1.0, 11.0, 4.5])
    )
    out.append(("h", "III. LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    out.append(("p", "(Đánh dấu “x” vào tháng tổ chức sinh hoạt)"))
    head = ["Nội dung chuyên đề", "Người thực hiện", *(f"T{m}" for m in range(1, 13))]
    grid = []
    for t in p["topics"]:
        marks = ["x" if m == t["month"] else "" for m in range(1, 13)]
        grid.append([t["title"], _people(t, titles, prefix="", sep="\n"), *marks])
    out.append(("table", head, grid, "", [5.0, 3.1] + [0.7] * 12))
    out.append(("h", "IV. GIẢI PHÁP VÀ TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def programme_months_mixed(p: dict[str, Any]) -> list[Block]:
    """A year's work programme (CHƯƠNG TRÌNH CÔNG TÁC): one row per month, the month's work as
    dash lines in one cell, the thematic meeting one of them ("- Sinh hoạt chuyên đề: …"); the
    people in the next cell, line for line; targets listed before the table."""
    titles = p.get("titles", {})
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out.append(("p", p["opening"]))
    out.append(("h", "A. MỤC TIÊU, CHỈ TIÊU"))
    out += paras(p["aims"])
    out += [("p", f"{k}/ {t['text']}.") for k, t in enumerate(p["targets"], 1)]
    out.append(("h", "B. NỘI DUNG CÔNG TÁC TỪNG THÁNG"))
    by_month = {t["month"]: t for t in p["topics"]}
    rows = []
    for m in range(1, 13):
        work = list(p["month_work"].get(m, []))
        t = by_month.get(m)
        if t:
            line = (f"Sinh hoạt chuyên đề: {t['title']}", _people(t, titles, sep="; "))
            work.insert(min(1, len(work)), line)
        if not work:
            continue
        rows.append(
            [
                f"Tháng {m:02d}/{y}",
                "\n".join(f"- {w}" for w, _ in work),
                "\n".join(f"- {who}" for _, who in work),
            ]
        )
    out.append(
        (
            "table",
            ["Thời gian", "Nội dung công tác", "Phân công thực hiện"],
            rows,
            "",
            [2.6, 8.6, 5.3],
        )
    )
    out.append(("h", "C. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def resolution_sentences(p: dict[str, Any]) -> list[Block]:
    """A cell's resolution (NGHỊ QUYẾT): targets in running sentences ("phấn đấu … %"), thematic
    meetings in one paragraph ("vào kỳ sinh hoạt tháng 6, …"), the preparers in a separate
    "giao cho" paragraph naming each topic by its month; the cell named in capitals in the
    header and as "Chi bộ" plus its place in the preamble."""
    titles = p.get("titles", {})
    out = top(_head(p), p["title_lines"], p)
    out.append(("title", ["QUYẾT NGHỊ:"]))
    out.append(("h", "I. ĐÁNH GIÁ KẾT QUẢ NĂM QUA"))
    out += paras(p["situation"])
    out.append(("h", "II. MỤC TIÊU, CHỈ TIÊU NĂM " + str(p["year"])))
    out += paras(p["target_sentences"])
    out.append(("h", "III. NHIỆM VỤ, GIẢI PHÁP"))
    out += paras(p["tasks"])
    said = []
    for t in p["topics"]:
        said.append(f"{t['when']}, chi bộ sinh hoạt chuyên đề “{t['title']}”")
    out.append(("p", "Về sinh hoạt chuyên đề: " + "; ".join(said) + "."))
    gave = []
    for t in p["topics"]:
        gave.append(
            f"chuyên đề tháng {t['month']} giao {_people(t, titles, prefix='đồng chí', sep=' cùng ')}"
        )
    out.append(("p", "Phân công chuẩn bị: " + "; ".join(gave) + "."))
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def targets_then_assignment(p: dict[str, Any]) -> list[Block]:
    """An activity plan: targets as a table with a value column ("Chỉ tiêu" / "Mức phấn đấu"), the
    thematic topics as a bullet list naming quarter and month ("Quý II (tháng 6)"), and who
    prepares them only in an assignment section grouped by quarter; the cell named only in the
    opening and the signature."""
    titles = p.get("titles", {})
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "I. KẾT QUẢ NĂM " + str(p["year"] - 1)))
    out += paras(p["situation"])
    out.append(("h", "II. CHỈ TIÊU CHỦ YẾU NĂM " + str(p["year"])))
    out.append(("table", ["STT", "Chỉ tiêu", "Mức phấn đấu"],
                [[str(i), t["text"], lvl] for i, (t, lvl) in enumerate(zip(p["targets"], p["levels"], strict=True), 1)],
                "", [1.2, 10.8, 4.5]))  # fmt: skip
    out.append(("h", "III. NHIỆM VỤ TRỌNG TÂM"))
    out += paras(p["tasks"])
    out.append(("p", "* Sinh hoạt chuyên đề trong năm:"))
    for t in p["topics"]:
        out.append(("p", f"+ {t['when']}: {t['title']}"))
    out.append(("h", "IV. PHÂN CÔNG"))
    quarters: dict[int, list[dict[str, Any]]] = {}
    for t in p["topics"]:
        quarters.setdefault(t["quarter"], []).append(t)
    for q, ts in quarters.items():
        parts = [
            f"{_people(t, titles, prefix='đ/c')} chuẩn bị chuyên đề “{t['short']}”" for t in ts
        ]
        out.append(("p", f"- Quý {ROMAN[q]}: " + "; ".join(parts) + "."))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def quarter_columns(p: dict[str, Any]) -> list[Block]:
    """An agency cell's plan on one page: each topic one row, the quarters as four columns, the
    month written in its quarter's column ("tháng 5 (ngày 05/5)"); the preparer in the last column;
    the cell and the committee of a three-level party (đảng bộ bộ phận) in the heading."""
    titles = p.get("titles", {})
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out.append(("p", p["opening"]))
    out += paras(p["aims"])
    head = ["TT", "Chuyên đề", "Quý I", "Quý II", "Quý III", "Quý IV", "Đồng chí chuẩn bị"]
    rows = []
    for i, t in enumerate(p["topics"], 1):
        cols = [t["when"] if q == t["quarter"] else "" for q in range(1, 5)]
        rows.append([str(i), t["title"], *cols, _people(t, titles, prefix="đ/c", sep=",\n")])
    out.append(("table", head, rows, "", [0.8, 5.3, 1.6, 1.6, 1.6, 1.6, 3.9]))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def assignment_table_by_person(p: dict[str, Any]) -> list[Block]:
    """Topics listed as "Chuyên đề số N" with their expected month in brackets; who prepares them
    only in a later table with one row per person (name, post, the topics' numbers)."""
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "I. YÊU CẦU"))
    out += paras(p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"Chuyên đề số {i}: {t['title']} ({t['when']})."))
    out.append(("h", "III. PHÂN CÔNG CHUẨN BỊ"))
    people: dict[str, list[str]] = {}
    for i, t in enumerate(p["topics"], 1):
        for k, n in enumerate(t["presenters"]):
            role = t["roles"][k] if k < len(t["roles"]) else ""
            people.setdefault(n, []).append(f"số {i}" + (f" ({role})" if role else ""))
    rows = [
        [str(k), n, p.get("titles", {}).get(n, "Đảng viên"), ", ".join(nums)]
        for k, (n, nums) in enumerate(people.items(), 1)
    ]
    out.append(("table", ["TT", "Họ và tên", "Chức vụ", "Chuyên đề phụ trách"], rows))
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS = {
    "b_content_owner_time_table": content_owner_time_table,
    "b_numbered_topic_blocks": numbered_topic_blocks,
    "b_quarter_rows_bundled": quarter_rows_bundled,
    "b_two_level_then_assign": two_level_then_assign,
    "b_month_grid": month_grid,
    "b_programme_months_mixed": programme_months_mixed,
    "b_resolution_sentences": resolution_sentences,
    "b_targets_then_assignment": targets_then_assignment,
    "b_quarter_columns": quarter_columns,
    "b_assignment_table_by_person": assignment_table_by_person,
}


# -------------------------------------------------------------------------------------- plans
PLANS: list[T] = [
    {
        "id": "70_thpt_ngo_quyen_da_nang_2024",
        "half": "dev",
        "fmt": "docx",
        "layout": "b_content_owner_time_table",
        "province": "Đà Nẵng",
        "source": "http://thptngoquyendn.edu.vn/2024/06/14/hoa-bac-hanh-trinh-ve-nguon-yeu-thuong",
        "source_says": "Chi bộ Trường THPT Ngô Quyền (Đà Nẵng) đổi mới sinh hoạt chuyên đề gắn với chuyến đi thực tế; "
        "năm 2024 chi bộ thống nhất kế hoạch sinh hoạt chuyên đề Quý II/2024 tại xã Hòa Bắc, huyện Hòa Vang, "
        "từ ngày 23/5 đến 24/5/2024: thăm Mẹ Việt Nam Anh hùng Ngô Thị Bé, tặng quà, phối hợp với UBMTTQVN xã "
        "Hòa Bắc tặng cờ Tổ quốc và ảnh Bác Hồ cho đồng bào Cơ tu theo mô hình “Người Cơ tu thờ ảnh Bác Hồ để "
        "nhớ lời Bác dạy” (chương trình phối hợp từ năm 2022).",
        "completed": [
            "the page reports the quarter II meeting only: the year's plan (legal bases, aims, the topics of "
            "quarters I, III and IV, the closing section), its number and date are written in a table layout "
            "some school cells use, with the columns in the order Nội dung – Bộ phận/Đồng chí phụ trách – Thời "
            "gian – Sản phẩm",
            "every preparer's name and post, the secretary and the superior committee (the page names none; "
            "written as the Đảng bộ Khối các cơ quan thành phố) are completed",
            "the time column is typed differently per row (“Quý I: tháng 3/2024”, “Ngày 23 – 24/5/2024 "
            "(Quý II)”, “Tháng 9/2024 – Quý III”, “Quý IV (tháng 11/2024)”)",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Trường THPT Ngô Quyền",
        "committee_name": "Đảng bộ Khối các cơ quan thành phố Đà Nẵng",
        "head_left": ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TP ĐÀ NẴNG", "CHI BỘ TRƯỜNG THPT NGÔ QUYỀN"],
        "report_to": "Đảng ủy Khối các cơ quan thành phố",
        "also_to": ["- Ban Giám hiệu, Công đoàn, Đoàn trường;"],
        "title_lines": ["KẾ HOẠCH", "Tổ chức sinh hoạt chuyên đề năm 2024"],
        "number": 2,
        "type_code": "KH",
        "date": "2024-01-22",
        "place": "Đà Nẵng",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về nâng cao chất lượng "
            "sinh hoạt chi bộ;",
            "Căn cứ Nghị quyết của Chi bộ về phương hướng, nhiệm vụ năm 2024;",
        ],
        "opening": "Chi bộ Trường THPT Ngô Quyền xây dựng kế hoạch tổ chức sinh hoạt chuyên đề năm 2024, gắn nội dung "
        "sinh hoạt với các chuyến đi thực tế tại địa phương, như sau:",
        "aims": [
            "- Đổi mới hình thức sinh hoạt chuyên đề, gắn học tập lý luận với tìm hiểu thực tế, giáo dục truyền "
            "thống cách mạng cho đảng viên.",
            "- Mỗi chuyên đề có người phụ trách, có sản phẩm cụ thể; kết quả được đánh giá trong buổi sinh hoạt "
            "thường kỳ liền sau.",
        ],
        "titles": {
            "Trần Văn Hiếu": "Bí thư Chi bộ",
            "Lê Thị Minh Thư": "Phó Bí thư",
            "Phan Quốc Bảo": "Bí thư Đoàn trường",
            "Nguyễn Thị Thanh Tâm": "Chủ tịch Công đoàn",
            "Võ Đức Hùng": "Tổ trưởng tổ Lịch sử",
        },
        "topics": [
            topic(
                "Nâng cao chất lượng đội ngũ đảng viên trẻ là giáo viên; tạo nguồn kết nạp đảng viên",
                1,
                3,
                ["Lê Thị Minh Thư", "Phan Quốc Bảo"],
                "Báo cáo chuyên đề, danh sách quần chúng ưu tú",
                when="Quý I: tháng 3/2024",
                roles=["chủ trì", ""],
            ),
            topic(
                "Học tập truyền thống cách mạng qua chuyến đi thực tế tại xã Hòa Bắc, huyện Hòa Vang; phối hợp "
                "thực hiện mô hình “Người Cơ tu thờ ảnh Bác Hồ để nhớ lời Bác dạy”",
                2,
                5,
                ["Trần Văn Hiếu", "Nguyễn Thị Thanh Tâm"],
                "Bài thu hoạch của đảng viên",
                when="Ngày 23 – 24/5/2024 (Quý II)",
            ),
            topic(
                "Triển khai nhiệm vụ năm học 2024 – 2025 gắn với Chỉ thị 05-CT/TW của Bộ Chính trị",
                3,
                9,
                ["Trần Văn Hiếu"],
                "Nghị quyết chuyên đề",
                when="Tháng 9/2024 – Quý III",
            ),
            topic(
                "Xây dựng hình ảnh nhà giáo mẫu mực nhân kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
                4,
                11,
                ["Võ Đức Hùng"],
                "Báo cáo tham luận",
                when="Quý IV (tháng 11/2024)",
            ),
        ],  # fmt: skip
        "closing": [
            "- Chi ủy chỉ đạo các đồng chí phụ trách chuẩn bị nội dung, gửi chi ủy trước buổi sinh hoạt ít nhất "
            "05 ngày; liên hệ địa phương cho chuyến đi thực tế quý II.",
            "- Sau mỗi chuyên đề, chi bộ báo cáo kết quả về Đảng ủy Khối các cơ quan thành phố.",
        ],
        "members": "",
        "secretary": "Trần Văn Hiếu",
        "targets": [],
    },
    {
        "id": "71_tieu_hoc_kim_dong_buon_ho_2020",
        "half": "dev",
        "fmt": "doc",
        "layout": "b_numbered_topic_blocks",
        "province": "Đắk Lắk",
        "source": "http://kimdong.buonho.edu.vn/tuyen-truyen-dai-hoi-dang-cac-cap.html",
        "source_says": "Thực hiện Kế hoạch số 39/KH-UBND ngày 17/3/2020 của UBND thị xã Buôn Hồ về tuyên truyền Đại hội "
        "Đảng bộ các cấp và 80 năm thành lập Đảng bộ tỉnh Đắk Lắk (1940 – 2020); ngày 29/4/2020, dưới sự chủ trì "
        "của đồng chí Bí thư chi bộ, chi bộ trường TH Kim Đồng tổ chức sinh hoạt chính trị góp ý vào dự thảo văn "
        "kiện đại hội đảng các cấp; đảng viên góp ý theo nhóm vấn đề trọng tâm.",
        "completed": [
            "the page reports the April meeting only: the year's thematic plan with four topics (the April one "
            "kept, the other three completed), its number, date, aims and closing are written in the cell's "
            "own shape, each topic a “Chuyên đề N:” heading with indented lines",
            "the secretary's and every preparer's name and post are completed (the page names no one); the "
            "superior committee is written as the town's (the page does not name it)",
            "the cell is named only in the title (in capitals) and in the opening sentence; the heading holds "
            "only the committee; kept as a .doc as older school computers save",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường Tiểu học Kim Đồng",
        "committee_name": "Đảng bộ thị xã Buôn Hồ",
        "head_left": ["ĐẢNG BỘ THỊ XÃ BUÔN HỒ"],
        "report_to": "Thị ủy Buôn Hồ",
        "title_lines": [
            "KẾ HOẠCH",
            "SINH HOẠT CHUYÊN ĐỀ NĂM 2020",
            "CỦA CHI BỘ TRƯỜNG TIỂU HỌC KIM ĐỒNG",
        ],
        "number": 1,
        "type_code": "KH",
        "date": "2020-01-10",
        "place": "Buôn Hồ",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương;",
            "Căn cứ kế hoạch năm học 2019 – 2020 của nhà trường;",
        ],
        "opening": "Chi bộ Trường Tiểu học Kim Đồng (sau đây gọi là chi bộ) xây dựng kế hoạch sinh hoạt chuyên đề năm "
        "2020, năm tổ chức đại hội đảng bộ các cấp, cụ thể như sau:",
        "aims": [
            "Mỗi quý một chuyên đề, nội dung gắn với nhiệm vụ năm học và các sự kiện chính trị lớn của năm 2020; "
            "đảng viên được phân công chuẩn bị chu đáo, các đảng viên khác nghiên cứu trước và tham gia ý kiến.",
        ],
        "titles": {
            "H'Linh Niê": "Bí thư Chi bộ kiêm Hiệu trưởng",
            "Nguyễn Thị Lan": "Phó Bí thư",
            "Đỗ Văn Quý": "Tổng phụ trách Đội",
            "Phạm Thị Hồng Nhung": "Tổ trưởng khối 1",
        },
        "topics": [
            topic(
                "Tự hào 90 năm Đảng Cộng sản Việt Nam và 80 năm Đảng bộ tỉnh Đắk Lắk (1940 – 2020)",
                1,
                2,
                ["Nguyễn Thị Lan"],
                "toàn thể đảng viên",
                when="vào kỳ sinh hoạt tháng 02/2020 (quý I)",
            ),
            topic(
                "Góp ý vào dự thảo văn kiện đại hội đảng bộ các cấp nhiệm kỳ 2020 – 2025",
                2,
                4,
                ["H'Linh Niê", "Nguyễn Thị Lan"],
                "đảng viên góp ý theo nhóm vấn đề",
                when="cuối tháng 4/2020, quý II",
                roles=["chủ trì", ""],
            ),
            topic(
                "Chuẩn bị và thực hiện Chương trình giáo dục phổ thông 2018 ở lớp 1",
                3,
                9,
                ["Phạm Thị Hồng Nhung"],
                "",
                when="tháng 9 năm 2020",
            ),
            topic(
                "Nêu gương đảng viên trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                4,
                11,
                ["Đỗ Văn Quý", "H'Linh Niê"],
                "toàn thể đảng viên",
                when="kỳ sinh hoạt tháng 11/2020 (quý IV)",
            ),
        ],  # fmt: skip
        "closing": [
            "Đồng chí được phân công gửi đề cương cho chi ủy trước ngày sinh hoạt một tuần. Sau mỗi chuyên đề chi "
            "bộ có kết luận, báo cáo Thị ủy.",
        ],
        "members": "",
        "secretary": "H'Linh Niê",
        "targets": [],
    },
    {
        "id": "72_mam_non_hoa_lan_cam_hai_tay_2020",
        "half": "dev",
        "fmt": "odt",
        "layout": "b_quarter_rows_bundled",
        "province": "Khánh Hòa",
        "source": "http://mnhoalan.pgddtcamlam.edu.vn/tin-tuc-su-kien/tin-tuc-nha-truong/hoat-dong-nha-truong/dai-hoi-chi-bo-truong-mam-non-hoa-lan-nhiem-ky-2020-2022..html",
        "source_says": "Thực hiện Kế hoạch số 12-KH/ĐU ngày 26/9/2019 của Đảng ủy xã Cam Hải Tây, Chi bộ trường mầm non Hoa "
        "Lan tổ chức Đại hội chi bộ nhiệm kỳ 2020 – 2022; đồng chí Lê Văn Sang, Bí thư Đảng ủy xã, dự và chỉ đạo; "
        "đồng chí Huỳnh Thị Tưởng, Bí thư Chi bộ, Hiệu trưởng, trình bày báo cáo nhiệm kỳ 2017 – 2020 và phương "
        "hướng nhiệm kỳ 2020 – 2022; đại hội yêu cầu tăng cường giáo dục chính trị, tư tưởng cho cán bộ, đảng "
        "viên, quần chúng.",
        "completed": [
            "the thematic plan for school year 2020 – 2021 is written from the congress report: its first topic "
            "(studying the congress's resolution, prepared by the secretary) and the political-education topic "
            "follow the page; the other topics, the preparers other than the secretary, number, date and "
            "sections are completed",
            "the table has one row per quarter (“Quý IV/2020”, “Quý I/2021”, “Quý II/2021”); a quarter's topics "
            "share one cell, numbered inside it, with months and preparers in the same order in the next cells",
            "saved as .odt",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường Mầm non Hoa Lan",
        "committee_name": "Đảng bộ xã Cam Hải Tây",
        "head_left": ["ĐẢNG BỘ XÃ CAM HẢI TÂY", "CHI BỘ TRƯỜNG MN HOA LAN"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2020 – 2021"],
        "number": 5,
        "type_code": "KH",
        "date": "2020-09-14",
        "place": "Cam Hải Tây",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mầm non Hoa Lan nhiệm kỳ 2020 – 2022;",
        ],
        "opening": "Chi bộ Trường Mầm non Hoa Lan trực thuộc Đảng bộ xã Cam Hải Tây xây dựng kế hoạch sinh hoạt chuyên đề "
        "năm học 2020 – 2021 như sau:",
        "aims": [
            "Cụ thể hóa Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022, tăng cường giáo dục chính trị, tư tưởng "
            "cho đảng viên và quần chúng; mỗi đảng viên chuẩn bị ít nhất một chuyên đề trong năm học.",
        ],
        "topics": [
            topic(
                "Học tập, quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022",
                4,
                10,
                ["Huỳnh Thị Tưởng"],
                short="Tháng 10/2020",
                when="Quý IV/2020",
            ),
            topic(
                "Xây dựng trường mầm non lấy trẻ làm trung tâm",
                4,
                12,
                ["Nguyễn Thị Kim Loan", "Trần Thị Bích Vân"],
                short="Tháng 12/2020",
                when="Quý IV/2020",
            ),
            topic(
                "Giáo dục chính trị, tư tưởng cho đảng viên và quần chúng nhân kỷ niệm 91 năm Ngày thành lập Đảng",
                1,
                2,
                ["Huỳnh Thị Tưởng"],
                short="Tháng 02/2021",
                when="Quý I/2021",
            ),
            topic(
                "Bảo đảm an toàn, vệ sinh thực phẩm trong bếp ăn bán trú",
                1,
                3,
                ["Phạm Thị Ngọc Ánh"],
                short="Tháng 3/2021",
                when="Quý I/2021",
            ),
            topic(
                "Học tập và làm theo Bác: yêu thương, chăm sóc trẻ như con",
                2,
                5,
                ["Nguyễn Thị Kim Loan", "Lê Thị Mỹ Dung"],
                short="Tháng 5/2021",
                when="Quý II/2021",
            ),
        ],  # fmt: skip
        "closing": [
            "Chi ủy phân công, đôn đốc đảng viên chuẩn bị nội dung; kết quả sinh hoạt chuyên đề được đánh giá khi "
            "xếp loại chất lượng đảng viên cuối năm và báo cáo Đảng ủy xã Cam Hải Tây.",
        ],
        "members": "",
        "secretary": "Huỳnh Thị Tưởng",
        "targets": [],
    },
    {
        "id": "73_chi_bo_thon_8_dak_ruong_2021",
        "half": "dev",
        "fmt": "txt",
        "layout": "b_two_level_then_assign",
        "province": "Kon Tum",
        "source": "https://kontumtv.vn/tin-tuc/tin-trong-nuoc/dai-hoi-diem-chi-bo-thon-8-xa-dak-ruong",
        "source_says": "Chi bộ thôn 8, xã Đăk Ruồng, huyện Kon Rẫy tổ chức Đại hội lần thứ VII, nhiệm kỳ 2020 – 2022 (đại "
        "hội điểm của Đảng bộ xã); chi bộ có 19 đảng viên, đều là người dân tộc thiểu số; nhiệm kỳ 2017 – 2020 "
        "gần 90% hộ đạt gia đình văn hóa, 100% trẻ em trong độ tuổi đến trường, kết nạp 5 đảng viên mới; nhiệm "
        "kỳ 2020 – 2022 phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 7%; chi ủy 3 đồng chí.",
        "completed": [
            "the 2021 thematic plan is written from the congress's report: the situation paragraph and the "
            "poverty topic keep its figures; the other three topics, number, date, the secretary and every "
            "preparer (Ba Na and Xơ Đăng names) are completed",
            "topics numbered “2.1”–“2.4” with their time before the title (“Quý I – tháng 3/2021”); who prepares "
            "each is written only in a later section lettered “a)”–“d)”, by the topic's number",
            "the third topic is written “Quý II – tháng 7/2021”: a month outside its quarter, kept as written",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ thôn 8",
        "committee_name": "Đảng bộ xã Đăk Ruồng",
        "head_left": ["ĐẢNG BỘ XÃ ĐĂK RUỒNG", "CHI BỘ THÔN 8"],
        "title_lines": ["KẾ HOẠCH", "SINH HOẠT CHUYÊN ĐỀ NĂM 2021"],
        "number": 1,
        "type_code": "KH",
        "date": "2021-01-18",
        "place": "Đăk Ruồng",
        "legal_bases": [
            "- Căn cứ Nghị quyết Đại hội Chi bộ thôn 8 lần thứ VII, nhiệm kỳ 2020 – 2022;",
            "- Căn cứ chương trình công tác năm 2021 của Đảng ủy xã Đăk Ruồng;",
        ],
        "opening": "Chi ủy Chi bộ thôn 8 xây dựng kế hoạch sinh hoạt chuyên đề năm 2021 như sau:",
        "situation": [
            "Chi bộ có 19 đảng viên, tất cả là người dân tộc thiểu số. Nhiệm kỳ 2017 – 2020 chi bộ kết nạp 5 đảng "
            "viên mới; gần 90% hộ đạt gia đình văn hóa; 100% trẻ em trong độ tuổi được đến trường.",
            "Khó khăn: tỷ lệ hộ nghèo còn cao; chi bộ phấn đấu đến năm 2022 giảm xuống dưới 7%.",
        ],
        "aims": [
            "Mỗi quý sinh hoạt một chuyên đề vào kỳ sinh hoạt định kỳ; nội dung ngắn gọn, dễ hiểu, sát với đời "
            "sống của bà con trong thôn.",
        ],
        "titles": {"A Thút": "Bí thư Chi bộ", "Y Hiên": "Phó Bí thư kiêm Trưởng thôn"},
        "topics": [
            topic(
                "Giảm nghèo bền vững, phấn đấu đưa tỷ lệ hộ nghèo của thôn xuống dưới 7%",
                1,
                3,
                ["A Thút", "Y Hiên"],
                when="Quý I – tháng 3/2021",
                roles=["chủ trì", ""],
            ),
            topic(
                "Phát triển đảng viên là người đồng bào dân tộc thiểu số trong thôn",
                2,
                5,
                ["A Thút"],
                when="Quý II – tháng 5/2021",
            ),
            topic(
                "Giữ gìn bản sắc văn hóa, xây dựng gia đình văn hóa ở khu dân cư",
                2,
                7,
                ["Y Hiên", "A Blúi"],
                conflict=True,
                when="Quý II – tháng 7/2021",
            ),
            topic(
                "Vận động trẻ em trong độ tuổi đến trường, không để học sinh bỏ học",
                4,
                11,
                ["Y Thị Nga"],
                when="Quý IV – tháng 11/2021",
            ),
        ],  # fmt: skip
        "closing": [
            "Các đồng chí được phân công chuẩn bị nội dung trước buổi sinh hoạt; chi ủy báo cáo kết quả về Đảng ủy "
            "xã Đăk Ruồng sau mỗi quý.",
        ],
        "members": "19 đảng viên",
        "secretary": "A Thút",
        "targets": [],
    },
    {
        "id": "74_chi_bo_ap_hung_nghia_1_2021",
        "half": "dev",
        "fmt": "docx",
        "layout": "b_month_grid",
        "province": "Bến Tre",
        "source": "https://daihoi13.dangcongsan.vn/tin-moi/phong-trao-thi-dua/xay-dung-chi-bo-trong-sach-vung-manh-toan-dien-6701",
        "source_says": "Ấp Hưng Nghĩa I, xã Hưng Lễ, huyện Giồng Trôm có 292 hộ, 1.337 nhân khẩu, 11 tổ nhân dân tự quản; chi "
        "bộ ấp có 15 đảng viên; tỷ lệ hộ nghèo còn 4,1%, thu nhập bình quân 45 triệu đồng/người/năm, không có đảng viên "
        "là hộ nghèo; ấp có tổ nghề nghiệp chăn nuôi bò và 3 tổ may gia công; Bí thư Chi bộ kiêm Trưởng ấp Nguyễn Công "
        "Chánh; sau hơn 2 năm thực hiện mô hình “Chi bộ trong sạch, vững mạnh toàn diện” theo Kế hoạch số 15 của Đảng "
        "ủy xã Hưng Lễ.",
        "completed": [
            "the 2021 activity plan is written from the page: the situation and the past-year column keep its "
            "figures; the planned targets, the four thematic meetings, the preparers other than the secretary, "
            "number and date are completed",
            "the thematic meetings are a schedule with the twelve months as columns (“T1”–“T12”), an “x” under "
            "the month, no quarter written anywhere",
        ],
        "kind": "activity",
        "year": 2021,
        "cell_name": "Chi bộ ấp Hưng Nghĩa I",
        "committee_name": "Đảng bộ xã Hưng Lễ",
        "head_left": ["ĐẢNG BỘ XÃ HƯNG LỄ", "CHI BỘ ẤP HƯNG NGHĨA I"],
        "title_lines": [
            "KẾ HOẠCH",
            "Hoạt động năm 2021",
            "(thực hiện mô hình Chi bộ trong sạch, vững mạnh toàn diện)",
        ],
        "number": 1,
        "type_code": "KH",
        "date": "2021-01-11",
        "place": "Hưng Lễ",
        "legal_bases": [
            "Căn cứ Kế hoạch số 15 của Đảng ủy xã Hưng Lễ về xây dựng chi bộ ấp trong sạch, vững mạnh toàn diện;",
        ],
        "opening": "Chi bộ ấp Hưng Nghĩa I, xã Hưng Lễ, huyện Giồng Trôm xây dựng kế hoạch hoạt động năm 2021 như sau:",
        "situation": [
            "Ấp có 292 hộ, 1.337 nhân khẩu, sinh hoạt tại 11 tổ nhân dân tự quản; Chi bộ có 15 đảng viên, mỗi tổ có đảng "
            "viên phụ trách. Người dân chủ yếu trồng dừa kết hợp chăn nuôi; ấp đã có tổ nghề nghiệp chăn nuôi bò và 3 "
            "tổ may gia công. Thu nhập bình quân 45 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 4,1%; không có đảng viên "
            "là hộ nghèo.",
        ],
        "past": [
            "Đạt (năm thứ hai)",
            "Không có đảng viên là hộ nghèo",
            "Tỷ lệ hộ nghèo 4,1%",
            "—",
            "93%",
        ],
        "titles": {"Nguyễn Công Chánh": "Bí thư kiêm Trưởng ấp"},
        "topics": [
            topic(
                "Xây dựng Chi bộ ấp trong sạch, vững mạnh toàn diện theo Kế hoạch số 15 của Đảng ủy xã",
                1,
                3,
                ["Nguyễn Công Chánh"],
            ),
            topic(
                "Nhân rộng tổ nghề nghiệp chăn nuôi bò và tổ may gia công, tạo việc làm tại chỗ",
                2,
                6,
                ["Trần Thị Bé Năm", "Lê Văn Tư"],
            ),
            topic(
                "Trồng dừa kết hợp chăn nuôi, nâng thu nhập của hộ dân",
                3,
                8,
                ["Lê Văn Tư"],
            ),
            topic(
                "Vai trò đảng viên phụ trách tổ nhân dân tự quản",
                4,
                11,
                ["Nguyễn Công Chánh", "Võ Thị Thu Hà"],
            ),
        ],
        "targets": [
            target("Chi bộ đạt “trong sạch, vững mạnh toàn diện”", "yes_no"),
            target(
                "100% đảng viên không là hộ nghèo, gương mẫu phát triển kinh tế gia đình",
                "percent",
                100,
            ),
            target("Giảm 03 hộ nghèo", "count", 3),
            target("Kết nạp 01 đảng viên mới", "count", 1),
            target("95% hộ đạt danh hiệu gia đình văn hóa", "percent", 95),
        ],
        "closing": [
            "- Mỗi đảng viên phụ trách một tổ nhân dân tự quản, nắm tình hình hộ nghèo, hộ cận nghèo để giúp đỡ.",
            "- Chi ủy cụ thể hóa kế hoạch vào nghị quyết sinh hoạt hằng tháng; sơ kết 6 tháng, tổng kết năm báo cáo "
            "Đảng ủy xã.",
        ],
        "members": "15 đảng viên",
        "secretary": "Nguyễn Công Chánh",
    },
    {
        "id": "75_chi_bo_ap_cay_gon_hieu_trung_2024",
        "half": "dev",
        "fmt": "odt",
        "layout": "b_programme_months_mixed",
        "province": "Trà Vinh",
        "source": "https://baotravinh.vn/chi-bo-ap-cay-gon-8600/tag.html",
        "source_says": "Năm 2024, mô hình “Hùn vốn cho đảng viên mượn xoay vòng” của Chi bộ ấp Cây Gòn, xã Hiếu Trung, huyện "
        "Tiểu Cần được Ban Tuyên giáo Huyện ủy tuyên dương là mô hình điển hình trong học tập và làm theo tư tưởng, "
        "đạo đức, phong cách Hồ Chí Minh; mô hình thể hiện tinh thần đoàn kết, chia sẻ, giúp nhau hoàn thành nhiệm "
        "vụ, góp phần xây dựng chi bộ trong sạch, vững mạnh.",
        "completed": [
            "the 2024 work programme is written around the model the page reports (the March thematic meeting is on "
            "it); the other three thematic meetings, the targets, the months' other work, the people, number and "
            "date are completed",
            "one row per month; the thematic meeting is one dash line among the month's work, its people on the "
            "same line of the next cell; no quarter written; saved as .odt",
        ],
        "kind": "activity",
        "year": 2024,
        "cell_name": "Chi bộ ấp Cây Gòn",
        "committee_name": "Đảng bộ xã Hiếu Trung",
        "head_left": ["ĐẢNG BỘ XÃ HIẾU TRUNG", "CHI BỘ ẤP CÂY GÒN"],
        "title_lines": ["CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024"],
        "number": 2,
        "type_code": "CTr",
        "date": "2024-01-05",
        "place": "Hiếu Trung",
        "legal_bases": [],
        "opening": "Căn cứ nghị quyết của Đảng ủy xã Hiếu Trung và tình hình thực tế của ấp, Chi bộ ấp Cây Gòn đề ra chương "
        "trình công tác năm 2024 như sau:",
        "aims": [
            "Giữ vững chi bộ trong sạch, vững mạnh; tiếp tục thực hiện mô hình “Hùn vốn cho đảng viên mượn xoay vòng” "
            "gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Chỉ tiêu:",
        ],
        "titles": {"Thạch Sa Rinh": "Bí thư Chi bộ", "Nguyễn Thị Kim Thoa": "Phó Bí thư"},
        "month_work": {
            1: [("Triển khai nghị quyết năm 2024 của Đảng ủy xã", "Chi ủy")],
            2: [("Vận động đảng viên góp vốn vòng mới", "Đ/c Nguyễn Thị Kim Thoa")],
            3: [("Sơ kết quý I", "Chi ủy")],
            6: [("Sơ kết 6 tháng", "Chi ủy")],
            8: [("Rà soát hộ nghèo, hộ cận nghèo", "Ban nhân dân ấp")],
            10: [("Chuẩn bị đại hội chi bộ nhiệm kỳ 2025 – 2027", "Chi ủy")],
            12: [("Kiểm điểm, đánh giá, xếp loại đảng viên năm 2024", "Toàn chi bộ")],
        },
        "topics": [
            topic(
                "Nhân rộng mô hình “Hùn vốn cho đảng viên mượn xoay vòng”",
                1,
                3,
                ["Thạch Sa Rinh", "Nguyễn Thị Kim Thoa"],
                roles=["chủ trì", ""],
            ),
            topic(
                "Học tập và làm theo Bác về ý chí tự lực, tự cường và khát vọng phát triển",
                2,
                5,
                ["Nguyễn Thị Kim Thoa"],
            ),
            topic(
                "Chuyển đổi diện tích lúa kém hiệu quả sang cây màu",
                3,
                8,
                ["Kim Văn Sơn"],
            ),
            topic(
                "Đảng viên gương mẫu giữ gìn an ninh trật tự trong ấp",
                4,
                11,
                ["Thạch Sa Rinh", "Lâm Văn Hùng"],
            ),
        ],
        "targets": [
            target("Chi bộ hoàn thành tốt nhiệm vụ trở lên", "yes_no"),
            target("90% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 90),
            target("100% đảng viên tham gia mô hình hùn vốn xoay vòng", "percent", 100),
            target("Kết nạp 01 đảng viên mới", "count", 1),
        ],
        "closing": [
            "Chi ủy phân công đảng viên theo dõi từng việc; hằng tháng đánh giá trong sinh hoạt thường kỳ, điều chỉnh "
            "chương trình khi cần.",
        ],
        "members": "",
        "secretary": "Thạch Sa Rinh",
    },
    {
        "id": "76_chi_bo_ap_1a_thanh_phu_2018",
        "half": "dev",
        "fmt": "docx",
        "layout": "b_resolution_sentences",
        "province": "Long An",
        "source": "http://baolongan.vn/bi-thu-chi-bo-ap-guong-mau-a59670.html",
        "source_says": "Ông Võ Văn Rãnh (sinh năm 1967), Bí thư Chi bộ kiêm Trưởng ấp 1A, xã Thanh Phú, huyện Bến Lức, học tập "
        "và làm theo gương Bác; 100% tuyến giao thông trong ấp được bê tông hóa, chủ yếu do người dân đóng góp; người "
        "dân tự nguyện góp 120 triệu đồng lắp 120 bóng đèn chiếu sáng tuyến đường liên ấp 1; ông vận động người dân "
        "chuyển đổi cây trồng, vật nuôi; là điển hình học tập và làm theo gương Bác giai đoạn 2016 – 2018.",
        "completed": [
            "the cell's 2018 resolution is written from the page: the secretary, the roads and the lighting (a 2018 "
            "target here) keep its facts; the other targets, the four thematic meetings, the preparers other than "
            "the secretary, number and date are completed",
            "targets in sentences (“Phấn đấu …”); the thematic meetings in one paragraph by month with no quarter "
            "(“vào kỳ sinh hoạt tháng 6”), their preparers in a separate paragraph naming each by its month",
        ],
        "kind": "activity",
        "year": 2018,
        "cell_name": "Chi bộ ấp 1A",
        "committee_name": "Đảng bộ xã Thanh Phú",
        "head_left": ["ĐẢNG BỘ XÃ THANH PHÚ", "CHI BỘ ẤP 1A"],
        "title_lines": ["NGHỊ QUYẾT", "về nhiệm vụ năm 2018"],
        "number": 1,
        "type_code": "NQ",
        "date": "2018-01-09",
        "place": "Thanh Phú",
        "legal_bases": [
            "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
            "- Căn cứ Nghị quyết của Đảng ủy xã Thanh Phú về nhiệm vụ năm 2018;",
        ],
        "opening": "Hội nghị Chi bộ ấp 1A, xã Thanh Phú, huyện Bến Lức họp ngày 08/01/2018, sau khi thảo luận, thống nhất",
        "situation": [
            "Năm 2017 chi bộ lãnh đạo hoàn thành các chỉ tiêu chủ yếu; toàn bộ đường giao thông trong ấp đã được bê tông "
            "hóa, phần lớn kinh phí do Nhân dân đóng góp; nhiều hộ chuyển đổi sang trồng cỏ nuôi bò, trồng cây kiểng có "
            "thu nhập khá.",
        ],
        "target_sentences": [
            "Năm 2018, chi bộ phấn đấu: Chi bộ đạt trong sạch, vững mạnh; 90% đảng viên trở lên hoàn thành tốt nhiệm "
            "vụ; phấn đấu 98% hộ đạt gia đình văn hóa.",
            "Phấn đấu kết nạp từ 01 đến 02 đảng viên mới. Vận động Nhân dân lắp đặt đèn chiếu sáng trên tuyến đường "
            "liên ấp 1.",
        ],
        "tasks": [
            "Đảng viên gương mẫu học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, tham dự họp tổ nhân dân "
            "tự quản để nắm ý kiến người dân; vận động chuyển đổi cây trồng, vật nuôi.",
        ],
        "titles": {"Võ Văn Rãnh": "Bí thư Chi bộ"},
        "topics": [
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về gần dân, trọng dân",
                1,
                3,
                ["Võ Văn Rãnh"],
                when="Vào kỳ sinh hoạt tháng 3",
            ),
            topic(
                "Vận động Nhân dân góp sức làm đèn chiếu sáng đường liên ấp",
                2,
                6,
                ["Võ Văn Rãnh", "Nguyễn Văn Hai"],
                when="tháng 6",
            ),
            topic(
                "Chuyển đổi cây trồng, vật nuôi; trồng cỏ nuôi bò thịt",
                3,
                9,
                ["Phạm Thị Mỹ Lệ"],
                when="kỳ sinh hoạt tháng 9",
            ),
            topic(
                "Giữ gìn an ninh trật tự, phòng chống tệ nạn xã hội ở khu dân cư",
                4,
                12,
                ["Trần Văn Lượm"],
                when="tháng 12",
            ),
        ],
        "targets": [
            target("Chi bộ đạt trong sạch, vững mạnh", "yes_no"),
            target("90% đảng viên trở lên hoàn thành tốt nhiệm vụ", "percent", 90),
            target("98% hộ đạt gia đình văn hóa", "percent", 98),
            target("Kết nạp từ 01 đến 02 đảng viên mới", "range", 1, 2),
            target("Lắp đặt đèn chiếu sáng trên tuyến đường liên ấp 1", "text"),
        ],
        "closing": [
            "Chi ủy tổ chức quán triệt nghị quyết đến đảng viên; đảng viên phụ trách tổ nhân dân tự quản triển khai đến "
            "hộ dân. Giao chi ủy cụ thể hóa thành chương trình hằng tháng.",
        ],
        "sign_for": "T/M CHI BỘ",
        "members": "",
        "secretary": "Võ Văn Rãnh",
    },
    {
        "id": "77_chi_bo_ap_hoa_thanh_a_2024",
        "half": "dev",
        "fmt": "doc",
        "layout": "b_targets_then_assignment",
        "province": "Bến Tre",
        "source": "https://baodongkhoi.vn/chi-bo-ap-hoa-thanh-a-dat-trong-sach-vung-manh-toan-dien--07122023-a123404.html",
        "source_says": "Đảng ủy xã Lương Hòa, huyện Giồng Trôm công bố quyết định công nhận Chi bộ ấp Hòa Thạnh A đạt chi bộ "
        "“trong sạch, vững mạnh toàn diện” (tháng 12/2023) sau gần 3 năm xây dựng, đạt 5 tiêu chuẩn và 9 điều kiện; chi "
        "bộ quán triệt kịp thời nghị quyết đến từng đảng viên, hằng năm xây dựng kế hoạch kiểm tra, giám sát; ấp có 399 "
        "hộ, 12 hộ nghèo, 3 hộ cận nghèo, 10 hộ thuộc diện bảo trợ xã hội.",
        "completed": [
            "the 2024 activity plan is written from the page: the situation keeps its figures; the target levels, "
            "the four thematic meetings, their preparers, the secretary, number and date are completed",
            "targets as a table with the value in a separate column (“Mức phấn đấu”: “04 hộ”, “Từ 90% trở lên”); "
            "topics listed “+ Quý II (tháng 6): …” and assigned only in a later section grouped by quarter, by a short "
            "name; the cell named only in the opening and the signature (“T/M CHI BỘ ẤP HÒA THẠNH A”); saved as .doc",
        ],
        "kind": "activity",
        "year": 2024,
        "cell_name": "Chi bộ ấp Hòa Thạnh A",
        "committee_name": "Đảng bộ xã Lương Hòa",
        "head_left": ["ĐẢNG BỘ XÃ LƯƠNG HÒA"],
        "sign_for": "T/M CHI BỘ ẤP HÒA THẠNH A",
        "title_lines": ["KẾ HOẠCH", "hoạt động của chi bộ năm 2024"],
        "number": 1,
        "type_code": "KH",
        "date": "2024-01-10",
        "place": "Lương Hòa",
        "legal_bases": [
            "Căn cứ Nghị quyết Đảng ủy xã Lương Hòa về nhiệm vụ năm 2024;",
        ],
        "opening": "Chi bộ ấp Hòa Thạnh A xây dựng kế hoạch hoạt động năm 2024, giữ vững danh hiệu chi bộ “trong sạch, vững "
        "mạnh toàn diện”, cụ thể như sau:",
        "situation": [
            "Tháng 12/2023 chi bộ được Đảng ủy xã công nhận đạt “trong sạch, vững mạnh toàn diện” sau gần 3 năm xây "
            "dựng. Ấp có 399 hộ; còn 12 hộ nghèo, 3 hộ cận nghèo, trong đó 10 hộ thuộc diện bảo trợ xã hội.",
        ],
        "levels": ["Giữ vững", "04 hộ", "Từ 90% trở lên", "95%", "01 đồng chí"],
        "tasks": [
            "- Quán triệt kịp thời nghị quyết của cấp trên và của chi bộ đến từng đảng viên.",
            "- Thực hiện kế hoạch kiểm tra, giám sát đảng viên năm 2024.",
        ],
        "titles": {"Nguyễn Văn Mười": "Bí thư Chi bộ", "Huỳnh Thị Ngọc Giàu": "Phó Bí thư"},
        "topics": [
            topic(
                "Giữ vững chi bộ trong sạch, vững mạnh toàn diện: 5 tiêu chuẩn, 9 điều kiện",
                1,
                3,
                ["Nguyễn Văn Mười"],
                short="Chi bộ TSVMTD",
                when="Quý I (tháng 3)",
            ),
            topic(
                "Giảm nghèo bền vững, chăm lo hộ thuộc diện bảo trợ xã hội",
                2,
                6,
                ["Huỳnh Thị Ngọc Giàu", "Lê Văn Bảy"],
                short="Giảm nghèo",
                when="Quý II (tháng 6)",
            ),
            topic(
                "Công tác kiểm tra, giám sát đảng viên ở chi bộ ấp",
                3,
                9,
                ["Nguyễn Văn Mười"],
                short="Kiểm tra, giám sát",
                when="Quý III (tháng 9)",
            ),
            topic(
                "Đảng viên tham gia xây dựng ấp văn hóa, nông thôn mới kiểu mẫu",
                4,
                11,
                ["Lê Văn Bảy"],
                short="Ấp văn hóa, nông thôn mới",
                when="Quý IV (tháng 11)",
            ),
        ],
        "targets": [
            target("Giữ vững danh hiệu chi bộ “trong sạch, vững mạnh toàn diện”", "yes_no"),
            target("Số hộ nghèo giảm trong năm", "count", 4),
            target("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", "threshold", 90),
            target("Hộ gia đình đạt gia đình văn hóa", "percent", 95),
            target("Kết nạp đảng viên mới", "count", 1),
        ],
        "closing": [
            "Chi ủy theo dõi, đôn đốc; sơ kết 6 tháng, tổng kết năm báo cáo Đảng ủy xã Lương Hòa.",
        ],
        "members": "",
        "secretary": "Nguyễn Văn Mười",
    },
    {
        "id": "78_chi_bo_khoi_hanh_chinh_vhnt_hue_2023",
        "half": "dev",
        "fmt": "scan",
        "layout": "b_quarter_columns",
        "province": "Thừa Thiên Huế",
        "source": "http://cdvhnt-tthue.edu.vn/Tin-tuc-Su-kien/tid/CHI-BO-KHOI-HANH-CHINH-TO-CHUC-SINH-HOAT-CHUYEN-DE-HOC-TAP-VA-LAM-THEO-TU-TUONG-DAO-DUC-PHONG-CACH-HO-CHI-MINH-NAM-2023.html/pid/565/cid/30",
        "source_says": "Sáng 05/5/2023, Chi bộ Khối Hành chính (trực thuộc Đảng bộ bộ phận Trường Trung cấp Văn hóa Nghệ "
        "thuật) sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023, góp phần "
        "thực hiện Nghị quyết số 54-NQ/TW ngày 10/12/2019 của Bộ Chính trị về xây dựng và phát triển Thừa Thiên Huế "
        "đến năm 2030, tầm nhìn đến năm 2045; giữ gìn, phát huy giá trị văn hóa Huế, con người Huế.",
        "completed": [
            "the page reports the May meeting: the year's plan (the May topic kept with its date; the topics of "
            "quarters I, III and IV completed), every preparer's name, the secretary, number and date are written "
            "as a one-page table with the quarters as four columns, the month in its quarter's column",
            "the heading abbreviates the committee (“ĐẢNG BỘ BỘ PHẬN TRƯỜNG TRUNG CẤP VHNT”); printed and scanned",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ Khối Hành chính",
        "committee_name": "Đảng bộ bộ phận Trường Trung cấp Văn hóa Nghệ thuật",
        "head_left": ["ĐẢNG BỘ BỘ PHẬN TRƯỜNG TRUNG CẤP VHNT", "CHI BỘ KHỐI HÀNH CHÍNH"],
        "report_to": "Đảng ủy bộ phận",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2023"],
        "number": 3,
        "type_code": "KH",
        "date": "2023-01-16",
        "place": "Huế",
        "legal_bases": [],
        "opening": "Thực hiện chương trình công tác năm 2023 của Đảng ủy bộ phận, Chi bộ Khối Hành chính sinh hoạt chuyên "
        "đề mỗi quý một lần, gắn học tập và làm theo Bác với thực hiện Nghị quyết số 54-NQ/TW, theo lịch sau:",
        "aims": [],
        "topics": [
            topic(
                "Nghị quyết số 54-NQ/TW về xây dựng và phát triển Thừa Thiên Huế",
                1,
                3,
                ["Hoàng Văn Lợi"],
                when="tháng 3",
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023",
                2,
                5,
                ["Tôn Nữ Minh Châu", "Lê Thị Diệu Hiền"],
                when="tháng 5 (ngày 05/5)",
                roles=["chủ trì", ""],
            ),
            topic(
                "Cải cách hành chính, chuyển đổi số trong công tác văn phòng nhà trường",
                3,
                8,
                ["Nguyễn Phước Bảo"],
                when="tháng 8",
            ),
            topic(
                "Giữ gìn, phát huy giá trị văn hóa Huế trong đào tạo văn hóa nghệ thuật",
                4,
                11,
                ["Lê Thị Diệu Hiền"],
                when="tháng 11",
            ),
        ],
        "targets": [],
        "closing": [],
        "members": "",
        "secretary": "Tôn Nữ Minh Châu",
    },
    {
        "id": "79_chi_bo_hoi_nong_dan_tinh_tien_giang_2015",
        "half": "dev",
        "fmt": "txt",
        "layout": "b_assignment_table_by_person",
        "province": "Tiền Giang",
        "source": "http://www.thtg.vn/khap-noi-to-chuc-dai-hoi-diem/",
        "source_says": "Ngày 8/4/2015 Chi bộ Hội Nông dân tỉnh thuộc Đảng bộ Khối Các cơ quan tỉnh tổ chức Đại hội lần thứ "
        "XVI, nhiệm kỳ 2015 – 2020; nhiệm kỳ 2010 – 2015 chi bộ hằng năm đạt “trong sạch, vững mạnh” (2011, 2012 tiêu "
        "biểu), 100% đảng viên hoàn thành tốt nhiệm vụ, 16,2% hoàn thành xuất sắc, kết nạp đảng viên đạt 133% chỉ "
        "tiêu; ông Nguyễn Văn Quang, Chủ tịch Hội Nông dân tỉnh, được bầu Bí thư chi bộ; ông Nguyễn Thanh Nhàn, Bí "
        "thư Đảng ủy Khối, dự đại hội.",
        "completed": [
            "the thematic plan for the rest of 2015 (quarters II to IV) is written from the congress report: the "
            "secretary and the first topic (the congress's resolution) follow the page; the other topics, the "
            "other preparers, number and date are completed",
            "topics listed “Chuyên đề số N: … (dự kiến tháng 5/2015)”; who prepares them only in a later table "
            "with one row per person (name, post, the topics' numbers); plain text",
        ],
        "kind": "thematic",
        "year": 2015,
        "cell_name": "Chi bộ Hội Nông dân tỉnh",
        "committee_name": "Đảng bộ Khối Các cơ quan tỉnh Tiền Giang",
        "head_left": ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH TIỀN GIANG", "CHI BỘ HỘI NÔNG DÂN TỈNH"],
        "report_to": "Đảng ủy Khối Các cơ quan tỉnh",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2015 (từ quý II đến quý IV)"],
        "number": 2,
        "type_code": "KH",
        "date": "2015-04-20",
        "place": "Mỹ Tho",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Hội Nông dân tỉnh lần thứ XVI, nhiệm kỳ 2015 – 2020;",
        ],
        "opening": "Chi bộ Hội Nông dân tỉnh xây dựng kế hoạch sinh hoạt chuyên đề các quý còn lại của năm 2015 như sau:",
        "aims": [
            "Giữ vững chi bộ “trong sạch, vững mạnh”; mỗi chuyên đề gắn với nhiệm vụ của Hội và công tác chuẩn bị "
            "đại hội đảng các cấp.",
        ],
        "titles": {
            "Nguyễn Văn Quang": "Bí thư Chi bộ, Chủ tịch Hội",
            "Trần Thị Kim Hoa": "Phó Bí thư Chi bộ",
            "Lê Hoàng Phúc": "Chi ủy viên",
        },
        "topics": [
            topic(
                "Quán triệt Nghị quyết Đại hội Chi bộ lần thứ XVI, nhiệm kỳ 2015 – 2020",
                2,
                5,
                ["Nguyễn Văn Quang", "Trần Thị Kim Hoa"],
                when="dự kiến tháng 5/2015",
                roles=["chủ trì", ""],
            ),
            topic(
                "Góp ý dự thảo văn kiện đại hội đảng bộ cấp trên nhiệm kỳ 2015 – 2020",
                3,
                7,
                ["Trần Thị Kim Hoa"],
                when="dự kiến tháng 7/2015",
            ),
            topic(
                "Phong trào nông dân thi đua sản xuất, kinh doanh giỏi",
                3,
                9,
                ["Lê Hoàng Phúc", "Phạm Văn Đực"],
                when="dự kiến tháng 9/2015",
            ),
            topic(
                "Xây dựng chi bộ trong sạch, vững mạnh; tạo nguồn phát triển đảng viên",
                4,
                11,
                ["Nguyễn Văn Quang"],
                when="dự kiến tháng 11/2015",
            ),
        ],
        "targets": [],
        "closing": [
            "Đồng chí được phân công gửi đề cương cho chi ủy trước buổi sinh hoạt một tuần; chi bộ báo cáo kết quả về "
            "Đảng ủy Khối Các cơ quan tỉnh.",
        ],
        "members": "",
        "secretary": "Nguyễn Văn Quang",
    },
]
