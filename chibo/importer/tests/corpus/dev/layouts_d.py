"""Development batch 90–99: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of ``build.py``'s, ``layouts_a.py``'s or
``layouts_b.py``'s layout functions is reused; only the block kinds and renderers of ``build.py``
(its two small options for this batch: a paragraph in a named Word style, so that Word numbers a
list itself and the number is not in the text, and a table kept over two pages with its header row
repeated). They vary how the topics, their time and their presenters are laid out, and the
mechanics of real Word files: columns lined up with tabs instead of a table, a topic title running
over two lines, Word's automatic list numbering, a note in brackets after a topic, a table split by
a page break, a "Cả năm" row and an empty row, line breaks inside one table cell. Facts are in
``PLANS`` below (same keys as ``plans.py``); ``build.py`` merges both ``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

from typing import Any

from ..common import (
    BASE_HD12,
    ROMAN,
    Block,
    date_line,
    number_line,
    paras,
    people,
    signature,
    titled,
    top,
    typed_header,
)
from ..facts import T, target
from ..facts import topic_with as _t


# ------------------------------------------------------------------------------------ helpers
def _head(p: dict[str, Any]) -> Block:
    """The heading, a borderless two-column table: ``left`` lines as the cell typed them (the
    committee, the cell — or only the committee), a star and the number; the Party's name and the
    date on the right."""
    return typed_header(p["left"], number_line(p, gap="Số:      -{code}"), date_line(p))


def _sign(p: dict[str, Any]) -> Block:
    return signature(p, "báo cáo", p.get("also_to", []), "Lưu VP chi bộ")


def _named(name: str, p: dict[str, Any], prefix: str = "đ/c") -> str:
    return titled(name, p.get("titles", {}), prefix)


def _people(t: dict[str, Any], p: dict[str, Any], prefix: str = "đ/c", sep: str = ", ") -> str:
    return people(t, prefix, sep, p.get("titles", {}))


# ------------------------------------------------------------------------------------ layouts
def tab_schedule(p: dict[str, Any]) -> list[Block]:
    """The schedule typed with tabs instead of a table: one line per meeting "Tháng 9/2022 (Q.III)
    ⇥ topic ⇥ people", a long title carried on to a second tabbed line, the second presenter on
    that line too."""
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += paras(p["aims"])
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    out.append(("p", "Thời gian\t\tTên chuyên đề\t\t\t\tĐồng chí thực hiện"))
    for t in p["topics"]:
        lines = t.get("lines") or [t["title"]]
        people = [_named(n, p, "Đ/c") + (f" ({t['roles'][i]})" if i < len(t["roles"]) and t["roles"][i] else "")
                  for i, n in enumerate(t["presenters"])]  # fmt: skip
        first = f"{t['when']}\t{lines[0]}\t{people[0]}"
        out.append(("p", first))
        rest_people = people[1:]
        for k, more in enumerate(lines[1:]):
            who = rest_people.pop(0) if rest_people else ""
            out.append(("p", f"\t\t{more}\t{who}".rstrip("\t")))
            del k
        for who in rest_people:
            out.append(("p", f"\t\t\t\t\t\t{who}"))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def autonum_assign_by_month(p: dict[str, Any]) -> list[Block]:
    """Topics in a list that Word numbers itself (the "1." is not in the text), each with its
    quarter and month and a note in brackets; the people come in a later section that names each
    meeting only by its month ("- Tháng 7: …")."""
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "I. MỤC ĐÍCH – YÊU CẦU"))
    out += [("ps", a, "List Bullet") for a in p["aims"]]
    out.append(("h", "II. NỘI DUNG CÁC CHUYÊN ĐỀ TRONG NĂM"))
    for t in p["topics"]:
        note = f" ({t['note']})" if t.get("note") else ""
        out.append(("ps", f"{t['when']}: {t['title']}{note}.", "List Number"))
    out.append(("h", "III. PHÂN CÔNG CHUẨN BỊ"))
    out.append(("p", "Chi ủy phân công các đồng chí chuẩn bị nội dung từng kỳ sinh hoạt như sau:"))
    for t in p["topics"]:
        out.append(("p", f"- Tháng {t['month']}: {_people(t, p)} chuẩn bị báo cáo, gửi chi ủy trước "
                         f"kỳ sinh hoạt 07 ngày."))  # fmt: skip
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def targets_nested_topics(p: dict[str, Any]) -> list[Block]:
    """An activity plan whose targets Word numbers itself; one target ("tổ chức 04 chuyên đề") carries
    the year's topics as typed sub-items "a) Quý I (kỳ sinh hoạt tháng 3): … – đ/c … chuẩn bị"."""
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "I. TÌNH HÌNH CHUNG"))
    out += paras(p["situation"])
    out.append(("h", "II. MỤC TIÊU VÀ CHỈ TIÊU NĂM " + str(p["year"])))
    out.append(("p", p["aim"]))
    out.append(("p", "Các chỉ tiêu chủ yếu:"))
    for line in p["target_lines"]:
        out.append(("ps", line, "List Number"))
    out.append(("ps", p["topics_target"], "List Number"))
    for i, t in enumerate(p["topics"]):
        out.append(("p", f"    {'abcd'[i]}) {t['when']}: {t['title']} – {_people(t, p)} chuẩn bị."))
    out.append(("h", "III. NHIỆM VỤ, GIẢI PHÁP"))
    out += paras(p["tasks"])
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def split_table_roles(p: dict[str, Any]) -> list[Block]:
    """A programme table kept over two pages (header row repeated after the page break) with the
    columns Kỳ sinh hoạt – Nội dung chuyên đề – Chủ trì – Chuẩn bị tài liệu – Yêu cầu cần đạt;
    the time in one cell over two lines, a "Cả năm" row and an empty row at the end."""
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += paras(p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG"))
    rows = []
    for t in p["topics"]:
        rows.append([t["when"], t["title"], _named(t["presenters"][0], p, "Đ/c"),
                     "\n".join(_named(n, p, "Đ/c") for n in t["presenters"][1:]), t["form"]])  # fmt: skip
    rows.append(["Cả năm", p["all_year"], "Chi ủy", "Đảng viên trong chi bộ", "Thường xuyên"])
    rows.append(["", "", "", "", ""])
    head = ["Kỳ sinh hoạt", "Nội dung chuyên đề", "Chủ trì", "Chuẩn bị tài liệu", "Yêu cầu cần đạt"]
    out.append(("table", head, rows, None, (2.6, 5.6, 2.8, 3.0, 2.6),
                {"repeat_header": True, "break_before_row": p["break_row"]}))  # fmt: skip
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def stacked_cell(p: dict[str, Any]) -> list[Block]:
    """A two-column table "Thời gian | Nội dung và phân công": the time over two lines in one cell,
    the topic, its chair, its speakers and who attends stacked with line breaks in the other; the
    people carry professional prefixes ("BSCKI. …", "ĐD. …")."""
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += [("ps", a, "List Number") for a in p["aims"]]
    out.append(("h", "II. NỘI DUNG VÀ PHÂN CÔNG"))
    rows = []
    degree = p.get("degrees", {})

    def person(n: str) -> str:
        return _named(n, p, degree.get(n, "đ/c"))

    for t in p["topics"]:
        lead, rest = t["presenters"][0], t["presenters"][1:]
        lines = [f"Chuyên đề: {t['title']}", f"- Chủ trì, báo cáo: {person(lead)}"]
        if rest:
            lines.append("- Tham luận: " + "; ".join(person(n) for n in rest))
        lines.append(f"- Thành phần: {t['attend']}")
        rows.append([t["when"], "\n".join(lines)])
    out.append(
        (
            "table",
            ["Thời gian", "Nội dung sinh hoạt chuyên đề và phân công"],
            rows,
            None,
            (3.2, 13.3),
        )
    )
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def notice_rounds(p: dict[str, Any]) -> list[Block]:
    """Plain text, a notice of the year's rounds ("Lần thứ nhất", "Lần 2", …): each round's quarter and
    its date, then the member who reports and those who discuss, each on a line of its own."""
    out = top(_head(p), p["title_lines"], p)
    out.append(("p", ""))
    for i, t in enumerate(p["topics"]):
        out.append(("h", f"{p['round_names'][i]} – {t['when']}"))
        out.append(("p", f"   Nội dung: {t['title']}"))
        out.append(("p", f"   Người báo cáo: {_named(t['presenters'][0], p)}"))
        if t["presenters"][1:]:
            out.append(
                (
                    "p",
                    "   Người tham gia thảo luận: "
                    + ", ".join(_named(n, p) for n in t["presenters"][1:]),
                )
            )
        out.append(("p", ""))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def person_first_table(p: dict[str, Any]) -> list[Block]:
    """One page: the cell named only in the title (abbreviated, in capitals) and the opening; a table
    whose first column is the member in charge, then the topic, and the quarter and month last."""
    out = top(_head(p), p["title_lines"], p)
    rows = []
    for t in p["topics"]:
        rows.append(
            [_people(t, p, "Đ/c", "\n"), t["title"], ROMAN[t["quarter"]], f"{t['month']:02d}"]
        )
    out.append(
        (
            "table",
            ["Đồng chí phụ trách", "Chuyên đề", "Quý", "Tháng"],
            rows,
            None,
            (5.6, 7.9, 1.3, 1.7),
        )
    )
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def bullets_by_quarter(p: dict[str, Any]) -> list[Block]:
    """A cell's resolution with its targets in "phấn đấu" sentences; the meetings in a two-level list
    of Word bullets (no marker in the text): "Quý 3" at the first level, "Tháng 7: … (note) – people"
    at the second."""
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "I. ĐÁNH GIÁ CHUNG"))
    out += paras(p["situation"])
    out.append(("h", "II. MỤC TIÊU, CHỈ TIÊU NĂM " + str(p["year"])))
    out += paras(p["target_sentences"])
    out.append(("h", "III. SINH HOẠT CHUYÊN ĐỀ"))
    last = None
    for t in p["topics"]:
        if t["quarter"] != last:
            out.append(("ps", f"Quý {t['quarter']}", "List Bullet"))
            last = t["quarter"]
        note = f" ({t['note']})" if t.get("note") else ""
        out.append(("ps", f"{t['when']}: {t['title']}{note} – {_people(t, p)}.", "List Bullet 2"))
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def quarter_tasks_post_first(p: dict[str, Any]) -> list[Block]:
    """A year work programme grouped by quarter ("QUÝ 1 (từ tháng 1 đến tháng 3)"), tasks typed
    "1.", "2." inside each quarter; the thematic meeting is one task, its time a week of a month and
    its preparer written post first, name in brackets ("Phó Bí thư (đ/c …)")."""
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "I. NHIỆM VỤ TRỌNG TÂM"))
    out += paras(p["aims"])
    out.append(("h", "II. CHƯƠNG TRÌNH CỤ THỂ"))
    for q in range(1, 5):
        out.append(("h", f"QUÝ {q} (từ tháng {3 * q - 2} đến tháng {3 * q})"))
        tasks = list(p["quarter_work"][q])
        for t in p["topics"]:
            if t["quarter"] == q:
                who = "; ".join(f"{p['posts'][n]} (đ/c {n})" if n in p["posts"] else f"đ/c {n}"
                                for n in t["presenters"])  # fmt: skip
                tasks.insert(
                    t["slot"],
                    f"Sinh hoạt chuyên đề {t['when']}: {t['title']}. Người chuẩn bị: {who}.",
                )
        out += [("p", f"{i}. {task}") for i, task in enumerate(tasks, 1)]
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def semester_prose_then_export(p: dict[str, Any]) -> list[Block]:
    """Plain text as Word's "save as text" leaves it: the topics first in prose by semester ("chuyên
    đề thứ nhất vào kỳ sinh hoạt tháng 10/2015 (quý IV) …", short titles), then the schedule table
    come through as tab-separated lines with a "Cả năm" row and the chair marked "(chủ trì)"."""
    out = top(_head(p), p["title_lines"], p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += paras(p["aims"])
    out.append(("h", "II. NỘI DUNG"))
    ordinal = ["thứ nhất", "thứ hai", "thứ ba", "thứ tư"]
    for label, topics in p["semesters"]:
        chosen = [t for t in p["topics"] if t["semester"] == label]
        parts = []
        for k, t in enumerate(chosen):
            parts.append(f"chuyên đề {ordinal[k]} vào kỳ sinh hoạt tháng {t['month']}/{t['cal_year']} (quý "
                         f"{ROMAN[t['quarter']]}) về {t['short'][0].lower()}{t['short'][1:]}, do {_people(t, p, 'đồng chí')} "
                         f"chuẩn bị")  # fmt: skip
        out.append(("p", f"{label} có {len(chosen):02d} chuyên đề: " + "; ".join(parts) + "."))
        del topics
    out.append(("h", "III. LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    out.append(("p", "TT\tThời gian\tNội dung chuyên đề\tNgười thực hiện"))
    for i, t in enumerate(p["topics"], 1):
        out.append(
            ("p", f"{i}\tT{t['month']}/{t['cal_year']}\t{t['title']}\t{_people(t, p, 'đ/c')}")
        )
    out.append(("p", f"\tCả năm\t{p['all_year']}\tToàn chi bộ"))
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS = {
    "d_semester_prose_then_export": semester_prose_then_export,
    "d_tab_schedule": tab_schedule,
    "d_autonum_assign_by_month": autonum_assign_by_month,
    "d_targets_nested_topics": targets_nested_topics,
    "d_split_table_roles": split_table_roles,
    "d_stacked_cell": stacked_cell,
    "d_notice_rounds": notice_rounds,
    "d_person_first_table": person_first_table,
    "d_bullets_by_quarter": bullets_by_quarter,
    "d_quarter_tasks_post_first": quarter_tasks_post_first,
}


PLANS: list[T] = [
    {
        "id": "90_thcs_doan_ket_quan_6_2022",
        "half": "dev",
        "fmt": "docx",
        "layout": "d_tab_schedule",
        "province": "TP Hồ Chí Minh",
        "source": "https://thcsdoanket.hcm.edu.vn/tin-tuc/dai-hoi-chi-bo-truong-thcs-doan-ket-nhiem-ky-2022-2025/ctfull/12125/577778",
        "source_says": "Sáng 11/8/2022 Chi bộ Trường THCS Đoàn Kết tổ chức Đại hội Chi bộ lần thứ XI, nhiệm kỳ "
        "2022 – 2025, có đồng chí Phan Thị Hồng Hoa, Đảng ủy viên, Chủ tịch Ủy ban MTTQ phường 14 quận 6, và "
        "15 đảng viên dự; Đại hội thông qua chương trình hành động thực hiện nghị quyết và bầu cấp ủy 2 đồng "
        "chí: Trần Quốc Đạt (Phó Bí thư Chi bộ) và Nguyễn Anh Tiến.",
        "completed": [
            "the page reports the congress, not a plan: a thematic plan for the school year 2022 – 2023, its "
            "number, date, legal bases and sections are written as a school cell might type it, the schedule "
            "lined up with tabs instead of a table",
            "the four topics, their months and every preparer other than the two committee members are "
            "completed; the plan is signed by the Deputy Secretary, the one post the page names",
            "the superior committee is written as the Đảng bộ phường 14 (the page names the ward's Party "
            "committee through its member)",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Trường THCS Đoàn Kết",
        "committee_name": "Đảng bộ phường 14",
        "left": ["ĐẢNG BỘ PHƯỜNG 14 – QUẬN 6", "CHI BỘ TRƯỜNG THCS ĐOÀN KẾT"],
        "report_to": "Đảng ủy phường 14",
        "also_to": ["- Ban Giám hiệu nhà trường;"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2022 – 2023"],
        "number": 14,
        "type_code": "KH",
        "date": "2022-09-12",
        "place": "Quận 6",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường THCS Đoàn Kết lần thứ XI, nhiệm kỳ 2022 – 2025;",
        ],
        "opening": "Chi bộ Trường THCS Đoàn Kết xây dựng kế hoạch sinh hoạt chuyên đề năm học 2022 – 2023 "
        "như sau:",
        "aims": [
            "- Mỗi quý một chuyên đề, bám sát nhiệm vụ năm học và Chương trình hành động thực hiện Nghị quyết "
            "Đại hội Chi bộ lần thứ XI.",
            "- Đồng chí được phân công gửi dự thảo cho chi ủy trước kỳ sinh hoạt ít nhất 05 ngày.",
        ],
        "titles": {"Trần Quốc Đạt": "Phó Bí thư"},
        "topics": [
            _t(
                "Quán triệt nhiệm vụ năm học 2022 – 2023 và Chương trình hành động thực hiện Nghị quyết Đại hội "
                "Chi bộ lần thứ XI",
                3,
                9,
                ["Trần Quốc Đạt", "Nguyễn Anh Tiến"],
                "Tháng 9/2022 (Q.III)",
                roles=["chủ trì", ""],
                lines=[
                    "Quán triệt nhiệm vụ năm học 2022 – 2023 và Chương trình",
                    "hành động thực hiện Nghị quyết Đại hội Chi bộ lần thứ XI",
                ],
            ),
            _t(
                "Xây dựng đội ngũ nhà giáo mẫu mực, thực hiện Chỉ thị 05-CT/TW gắn với cuộc vận động “Mỗi thầy "
                "cô giáo là một tấm gương đạo đức, tự học và sáng tạo”",
                4,
                11,
                ["Nguyễn Anh Tiến", "Lê Thị Ngọc Hân"],
                "Tháng 11/2022 (Q.IV)",
                lines=[
                    "Xây dựng đội ngũ nhà giáo mẫu mực, thực hiện Chỉ thị",
                    "05-CT/TW gắn với cuộc vận động “Mỗi thầy cô giáo là",
                    "một tấm gương đạo đức, tự học và sáng tạo”",
                ],
            ),
            _t(
                "Công tác phát triển đảng viên trong giáo viên trẻ, tạo nguồn từ Chi đoàn",
                1,
                3,
                ["Phạm Minh Khoa"],
                "Tháng 3/2023 (Q.I)",
            ),
            _t(
                "Học tập và làm theo phong cách quần chúng, dân chủ của Chủ tịch Hồ Chí Minh",
                2,
                5,
                ["Trần Quốc Đạt", "Võ Thị Thu Trang"],
                "Tháng 5/2023 (Q.II)",
                roles=["chủ trì", "tham luận"],
            ),
        ],  # fmt: skip
        "closing": [
            "- Chi ủy theo dõi, đôn đốc việc chuẩn bị; kết quả từng chuyên đề được ghi vào biên bản sinh hoạt "
            "chi bộ và báo cáo Đảng ủy phường 14.",
            "- Kế hoạch có thể điều chỉnh theo hướng dẫn của cấp ủy cấp trên.",
        ],
        "members": "15 đảng viên",
        "secretary": "Trần Quốc Đạt",
        "signer_title": "PHÓ BÍ THƯ",
        "targets": [],
    },
    {
        "id": "91_chi_bo_lang_c_xa_gao_2023",
        "half": "dev",
        "fmt": "doc",
        "layout": "d_autonum_assign_by_month",
        "province": "Gia Lai",
        "source": "https://baogialai.com.vn/chi-bo-2-bao-gia-lai-va-chi-bo-lang-c-sinh-hoat-chuyen-de-ghep-ve-giao-duc-truyen-thong-cach-mang-dia-phuong-post244414.html",
        "source_says": "Tháng 7/2023 Chi bộ 2 (Đảng bộ Báo Gia Lai) và Chi bộ làng C (Đảng bộ xã Gào) sinh hoạt "
        "chuyên đề ghép về giáo dục truyền thống cách mạng địa phương, có đồng chí Huỳnh Kiên, Bí thư Đảng ủy, "
        "Tổng Biên tập Báo Gia Lai dự; Chi bộ làng C lãnh đạo phát triển kinh tế – xã hội, giữ quốc phòng – an "
        "ninh, phát huy bản sắc văn hóa; hằng năm 98% hộ đạt “Gia đình văn hóa”, 3 năm liền đạt “Làng văn hóa”.",
        "completed": [
            "the page reports the joint meeting of quarter III only: the cell's thematic plan for 2023 "
            "(number, date, legal bases, the other three topics and the assignment section) is written in a "
            "layout a village cell might use, the topics in a list numbered by Word",
            "every preparer's name and the secretary are completed (the page names none for the village cell)",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ làng C",
        "committee_name": "Đảng bộ xã Gào",
        "left": ["ĐẢNG BỘ XÃ GÀO", "CHI BỘ LÀNG C"],
        "report_to": "Đảng ủy xã Gào",
        "title_lines": ["KẾ HOẠCH", "sinh hoạt chuyên đề năm 2023"],
        "number": 2,
        "type_code": "KH",
        "date": "2023-01-16",
        "place": "Gào",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Chương trình công tác năm 2023 của Đảng ủy xã Gào;",
        ],
        "opening": "Chi ủy Chi bộ làng C xây dựng kế hoạch sinh hoạt chuyên đề năm 2023 với các nội dung sau:",
        "aims": [
            "Đảng viên nắm chắc truyền thống cách mạng của địa phương, nêu gương trước bà con trong làng.",
            "Nội dung gần với đời sống của làng, dễ hiểu, dễ làm; đảng viên tham gia ý kiến đầy đủ.",
        ],
        "titles": {"Rah Lan Thuel": "Bí thư Chi bộ", "Ksor H'Bla": "Phó Bí thư"},
        "topics": [
            _t(
                "Phát huy vai trò đảng viên trong giữ gìn an ninh trật tự và bản sắc văn hóa Jrai ở làng",
                1,
                2,
                ["Rah Lan Thuel"],
                "Quý I – tháng 02/2023",
                note="lồng ghép kỷ niệm 93 năm Ngày thành lập Đảng",
            ),
            _t(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng khối đại đoàn kết "
                "trong làng",
                2,
                5,
                ["Ksor H'Bla"],
                "Quý II – tháng 5/2023",
            ),
            _t(
                "Giáo dục truyền thống cách mạng địa phương cho cán bộ, đảng viên và quần chúng",
                3,
                7,
                ["Rah Lan Thuel", "Siu Đăm"],
                "Quý III – tháng 7/2023",
                roles=["đề dẫn", "tham luận"],
                note="sinh hoạt ghép với Chi bộ 2, Đảng bộ Báo Gia Lai",
            ),
            _t(
                "Giữ vững danh hiệu “Làng văn hóa”, vận động 98% hộ đạt “Gia đình văn hóa”",
                4,
                10,
                ["Rơ Mah Khen"],
                "Quý IV – tháng 10/2023",
                note="mời Ban Công tác Mặt trận làng dự",
            ),
        ],  # fmt: skip
        "closing": [
            "Chi ủy đôn đốc các đồng chí được phân công; sau mỗi chuyên đề chi bộ ra kết luận, báo cáo Đảng ủy "
            "xã Gào. Đảng viên vắng mặt phải báo cáo lý do với chi ủy.",
        ],
        "members": "",
        "secretary": "Rah Lan Thuel",
        "targets": [],
    },
    {
        "id": "92_chi_bo_ap_hoa_hung_2_2020",
        "half": "dev",
        "fmt": "odt",
        "layout": "d_targets_nested_topics",
        "province": "An Giang",
        "source": "https://baomoi.net.vn/phu-tan-to-chuc-dai-hoi-diem-chi-bo-cum-xa-thi-tran-va-nganh-c33608392.epi",
        "source_says": "Ngày 9/1 (2020) huyện Phú Tân (An Giang) tổ chức đại hội điểm các chi bộ trực thuộc đảng "
        "bộ xã, thị trấn: cụm 2 chọn Chi bộ ấp Hòa Hưng 2, thuộc Đảng bộ xã Hòa Lạc, làm điểm; ông Nguyễn Tấn "
        "Hiền tái đắc cử Bí thư Chi bộ nhiệm kỳ 2020 – 2022.",
        "completed": [
            "the page reports the congress only: the cell's activity plan for 2020 after it (number, date, "
            "legal bases, the situation, targets, the four topics with their preparers, tasks) is written as "
            "an ấp cell might, the targets numbered by Word and the topics as sub-items of one target",
            "the targets and every preparer but the secretary are completed",
        ],
        "kind": "activity",
        "year": 2020,
        "cell_name": "Chi bộ ấp Hòa Hưng 2",
        "committee_name": "Đảng bộ xã Hòa Lạc",
        "left": ["ĐẢNG BỘ XÃ HÒA LẠC", "CHI BỘ ẤP HÒA HƯNG 2"],
        "report_to": "Đảng ủy xã Hòa Lạc",
        "also_to": ["- Ban Nhân dân ấp;"],
        "title_lines": ["KẾ HOẠCH", "HOẠT ĐỘNG CỦA CHI BỘ NĂM 2020"],
        "number": 1,
        "type_code": "KH",
        "date": "2020-01-20",
        "place": "Hòa Lạc",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ ấp Hòa Hưng 2 nhiệm kỳ 2020 – 2022;",
        ],
        "opening": "Sau Đại hội, Chi bộ ấp Hòa Hưng 2 xây dựng kế hoạch hoạt động năm 2020 như sau:",
        "situation": [
            "Chi bộ có 21 đảng viên, sinh hoạt định kỳ ngày 03 hằng tháng tại Văn phòng ấp. Đa số bà con làm lúa "
            "và rau màu trong vùng đê bao; đời sống từng bước được nâng lên.",
            "Khó khăn: một số hộ còn thiếu vốn sản xuất; việc vận động thanh niên vào Đảng còn chậm.",
        ],
        "aim": "Xây dựng chi bộ trong sạch, vững mạnh; lãnh đạo ấp hoàn thành các chỉ tiêu kinh tế – xã hội "
        "mà Đảng ủy xã giao.",
        "target_lines": [
            "Chi bộ phấn đấu đạt “Hoàn thành tốt nhiệm vụ” trở lên.",
            "Phấn đấu 90% đảng viên trở lên hoàn thành tốt nhiệm vụ.",
            "Kết nạp từ 01 đến 02 đảng viên mới.",
            "Phấn đấu 96% hộ đạt danh hiệu gia đình văn hóa; giảm 02 hộ nghèo.",
        ],
        "topics_target": "Tổ chức sinh hoạt chuyên đề 04 lần trong năm, mỗi quý một lần, cụ thể:",
        "titles": {"Nguyễn Tấn Hiền": "Bí thư Chi bộ"},
        "topics": [
            _t(
                "Nâng cao chất lượng sinh hoạt chi bộ sau Đại hội nhiệm kỳ 2020 – 2022",
                1,
                3,
                ["Nguyễn Tấn Hiền"],
                "Quý I (kỳ sinh hoạt tháng 3)",
            ),
            _t(
                "Phát triển kinh tế hộ gắn với chuyển đổi cây trồng trong vùng đê bao",
                2,
                6,
                ["Trần Văn Lành", "Lê Thị Mỹ Dung"],
                "Quý II (kỳ sinh hoạt tháng 6)",
                roles=["chủ trì", ""],
            ),
            _t(
                "Công tác dân vận của đảng viên trong xây dựng nông thôn mới ở ấp",
                3,
                9,
                ["Lê Thị Mỹ Dung"],
                "Quý III (kỳ sinh hoạt tháng 9)",
            ),
            _t(
                "Học tập và làm theo Bác về thực hành tiết kiệm, chống lãng phí",
                4,
                11,
                ["Nguyễn Tấn Hiền", "Phan Văn Tư"],
                "Quý IV (kỳ sinh hoạt tháng 11)",
            ),
        ],  # fmt: skip
        "tasks": [
            "- Duy trì nền nếp sinh hoạt chi bộ; mỗi đảng viên nhận phụ trách một nhóm hộ.",
            "- Phối hợp Hội Nông dân hướng dẫn bà con vay vốn, chuyển đổi cây trồng.",
            "- Giao Chi đoàn giới thiệu đoàn viên ưu tú cho chi bộ bồi dưỡng.",
        ],
        "closing": [
            "Chi ủy cụ thể hóa kế hoạch thành nghị quyết hằng tháng; sơ kết 6 tháng, tổng kết năm báo cáo Đảng ủy "
            "xã Hòa Lạc.",
        ],
        "members": "21 đảng viên",
        "secretary": "Nguyễn Tấn Hiền",
        "targets": [
            target("Chi bộ đạt “Hoàn thành tốt nhiệm vụ” trở lên", "yes_no"),
            target("90% đảng viên trở lên hoàn thành tốt nhiệm vụ", "percent", 90),
            target("Kết nạp từ 01 đến 02 đảng viên mới", "range", 1, 2),
            target("96% hộ đạt danh hiệu gia đình văn hóa", "percent", 96),
            target("Giảm 02 hộ nghèo", "count", 2),
        ],
    },
    {
        "id": "93_thcs_mac_dinh_chi_tan_binh_2025",
        "half": "dev",
        "fmt": "docx",
        "layout": "d_split_table_roles",
        "province": "TP Hồ Chí Minh",
        "source": "https://thcsmacdinhchitb.hcm.edu.vn/hoat-dong-doan-the/dai-hoi-chi-bo-truong-thcs-mac-dinh-chi-nhiem-ky-2024-2027/ct/106675/681586",
        "source_says": "Sáng 30/11/2024 Chi bộ Trường THCS Mạc Đĩnh Chi tổ chức Đại hội Chi bộ nhiệm kỳ 2024 – "
        "2027, có ông Nguyễn Thành Danh, Bí thư Đảng ủy Phường 6, quận Tân Bình, dự; Đại hội thông qua báo cáo "
        "tổng kết, bầu cấp ủy, Bí thư, Phó Bí thư và đại biểu dự Đại hội Đảng bộ Phường 6 nhiệm kỳ 2025 – 2030.",
        "completed": [
            "the page reports the congress and names none of the cell's officers: the cell's thematic "
            "programme for 2025 (number, date, legal bases, topics, every chair and preparer, the secretary, "
            "requirements) is written in a table a school cell might keep over two pages, with a “Cả năm” row "
            "that is not a topic and an empty last row",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường THCS Mạc Đĩnh Chi",
        "committee_name": "Đảng bộ Phường 6",
        "left": ["ĐẢNG BỘ PHƯỜNG 6 – QUẬN TÂN BÌNH", "CHI BỘ TRƯỜNG THCS", "MẠC ĐĨNH CHI"],
        "report_to": "Đảng ủy Phường 6",
        "title_lines": ["CHƯƠNG TRÌNH", "SINH HOẠT CHUYÊN ĐỀ NĂM 2025"],
        "number": 3,
        "type_code": "CTr",
        "date": "2024-12-16",
        "place": "Tân Bình",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường THCS Mạc Đĩnh Chi nhiệm kỳ 2024 – 2027;",
            "Căn cứ kế hoạch năm học 2024 – 2025 của nhà trường,",
        ],
        "opening": "Chi bộ Trường THCS Mạc Đĩnh Chi xây dựng chương trình sinh hoạt chuyên đề năm 2025 như sau:",
        "aims": [
            "- Sinh hoạt chuyên đề mỗi quý một lần, gắn với nhiệm vụ chuyên môn và công tác xây dựng Đảng của "
            "nhà trường; nội dung cụ thể, có sản phẩm.",
            "- Đồng chí chủ trì chịu trách nhiệm về nội dung; đồng chí chuẩn bị tài liệu gửi dự thảo cho đảng "
            "viên trước kỳ sinh hoạt 05 ngày.",
            "- Đảng viên nghiên cứu trước tài liệu, tham gia ý kiến; kết luận của chi bộ được đưa vào nghị quyết "
            "tháng liền sau.",
        ],
        "titles": {"Đỗ Thị Thanh Hương": "Bí thư", "Lâm Quốc Việt": "Phó Bí thư"},
        "topics": [
            _t(
                "Quán triệt Nghị quyết Đại hội Đảng bộ Phường 6 nhiệm kỳ 2025 – 2030, liên hệ nhiệm vụ của nhà "
                "trường",
                1,
                3,
                ["Đỗ Thị Thanh Hương", "Lâm Quốc Việt"],
                "Kỳ tháng 3/2025\n(Quý I)",
                "Nghị quyết chuyên đề",
            ),
            _t(
                "Ứng dụng chuyển đổi số trong quản lý và dạy học; phòng, chống tác hại của mạng xã hội đối với "
                "học sinh",
                2,
                5,
                ["Lâm Quốc Việt", "Huỳnh Thị Kim Ngân"],
                "Kỳ tháng 5/2025\n(Quý II)",
                "Có giải pháp cụ thể",
            ),
            _t(
                "Bồi dưỡng quần chúng ưu tú, tạo nguồn phát triển đảng viên trong giáo viên trẻ",
                3,
                9,
                ["Đỗ Thị Thanh Hương", "Trương Minh Luân"],
                "Kỳ tháng 9/2025\n(Quý III)",
                "Danh sách quần chúng",
            ),
            _t(
                "Làm theo Bác về tinh thần tự học; xây dựng văn hóa đọc trong nhà trường",
                4,
                11,
                ["Lâm Quốc Việt", "Phan Ngọc Bích"],
                "Kỳ tháng 11/2025\n(Quý IV)",
                "Bài thu hoạch",
            ),
        ],  # fmt: skip
        "all_year": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (lồng ghép trong sinh hoạt "
        "thường kỳ, không tổ chức riêng)",
        "break_row": 3,
        "closing": [
            "- Chi ủy phân công đồng chí Phó Bí thư theo dõi, nhắc nhở việc chuẩn bị; chương trình có thể điều "
            "chỉnh khi có hướng dẫn mới của Đảng ủy Phường 6.",
            "- Kết quả sinh hoạt chuyên đề được đánh giá khi kiểm điểm cuối năm.",
        ],
        "members": "",
        "secretary": "Đỗ Thị Thanh Hương",
        "targets": [],
    },
    {
        "id": "94_khoa_hoi_suc_cap_cuu_phu_tan_2020",
        "half": "dev",
        "fmt": "docx",
        "layout": "d_stacked_cell",
        "province": "An Giang",
        "source": "https://baomoi.net.vn/phu-tan-to-chuc-dai-hoi-diem-chi-bo-cum-xa-thi-tran-va-nganh-c33608392.epi",
        "source_says": "Ngày 9/1 (2020) huyện Phú Tân (An Giang) tổ chức đại hội điểm các chi bộ; Chi bộ Khoa Hồi "
        "sức cấp cứu, thuộc Đảng bộ Trung tâm Y tế huyện Phú Tân, là 1 trong 4 chi bộ thuộc đảng bộ cơ sở ngành "
        "được huyện chọn làm điểm; ông Võ Thanh Vân tái đắc cử Bí thư Chi bộ nhiệm kỳ 2020 – 2022.",
        "completed": [
            "the page reports the congress only: the cell's thematic plan for 2020 (number, date, aims, four "
            "topics, their speakers, the closing section) is written as a hospital department's cell might "
            "keep it, in a two-column table whose second cell stacks topic, chair, speakers and attendance "
            "with line breaks",
            "every member but the secretary, and the professional prefixes and posts, are completed",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Khoa Hồi sức cấp cứu",
        "committee_name": "Đảng bộ Trung tâm Y tế huyện Phú Tân",
        "left": ["ĐẢNG BỘ TRUNG TÂM Y TẾ", "HUYỆN PHÚ TÂN", "CHI BỘ KHOA HỒI SỨC CẤP CỨU"],
        "report_to": "Đảng ủy Trung tâm Y tế huyện Phú Tân",
        "also_to": ["- Ban Giám đốc Trung tâm;"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        "number": 4,
        "type_code": "KH",
        "date": "2020-02-10",
        "place": "Phú Tân",
        "legal_bases": [BASE_HD12],
        "opening": "Thực hiện hướng dẫn của Đảng ủy Trung tâm Y tế huyện Phú Tân, Chi bộ Khoa Hồi sức cấp cứu xây "
        "dựng kế hoạch sinh hoạt chuyên đề năm 2020 (năm đầu nhiệm kỳ 2020 – 2022) như sau:",
        "aims": [
            "Gắn nội dung sinh hoạt với nhiệm vụ cấp cứu, điều trị và chăm sóc người bệnh của khoa.",
            "Mỗi chuyên đề có người chủ trì, người tham luận; lịch trực được bố trí để đảng viên dự đầy đủ.",
            "Sau mỗi chuyên đề có kết luận, giao việc cụ thể cho từng đảng viên.",
        ],
        "degrees": {
            "Võ Thanh Vân": "BSCKI.",
            "Lê Minh Triết": "BS.",
            "Trần Thị Ngọc Hạnh": "ĐD.",
            "Nguyễn Văn Khải": "ĐD.",
            "Huỳnh Thị Bé Tư": "KTV.",
        },
        "titles": {"Võ Thanh Vân": "Bí thư Chi bộ, Trưởng khoa", "Lê Minh Triết": "Phó Bí thư"},
        "topics": [
            _t(
                "Y đức và tinh thần “Lương y phải như từ mẫu” trong chăm sóc người bệnh nặng",
                1,
                3,
                ["Võ Thanh Vân", "Trần Thị Ngọc Hạnh"],
                "Quý I\n(tháng 3/2020)",
                attend="Toàn thể đảng viên; mời quần chúng ưu tú của khoa",
            ),
            _t(
                "Trách nhiệm của đảng viên tuyến đầu trong phòng, chống dịch bệnh viêm đường hô hấp cấp",
                2,
                6,
                ["Lê Minh Triết", "Nguyễn Văn Khải"],
                "Quý II\n(tháng 6/2020)",
                attend="Toàn thể đảng viên",
            ),
            _t(
                "Đổi mới phong cách, thái độ phục vụ, hướng tới sự hài lòng của người bệnh",
                3,
                9,
                ["Trần Thị Ngọc Hạnh", "Huỳnh Thị Bé Tư"],
                "Quý III\n(tháng 9/2020)",
                attend="Toàn thể đảng viên; mời Điều dưỡng trưởng các khoa",
            ),
            _t(
                "Tạo nguồn phát triển đảng viên trong điều dưỡng, kỹ thuật viên trẻ",
                4,
                11,
                ["Võ Thanh Vân", "Lê Minh Triết"],
                "Quý IV\n(tháng 11/2020)",
                attend="Toàn thể đảng viên",
            ),
        ],  # fmt: skip
        "closing": [
            "- Đồng chí chủ trì chuẩn bị báo cáo, gửi chi ủy trước kỳ sinh hoạt 07 ngày; khoa bố trí người trực "
            "thay để đảng viên dự sinh hoạt.",
            "- Kết quả sinh hoạt chuyên đề báo cáo Đảng ủy Trung tâm Y tế huyện trong báo cáo quý.",
        ],
        "members": "",
        "secretary": "Võ Thanh Vân",
        "targets": [],
    },
    {
        "id": "95_thcs_vinh_phong_2_vinh_thuan_2016",
        "half": "dev",
        "fmt": "txt",
        "layout": "d_notice_rounds",
        "province": "Kiên Giang",
        "source": "http://c2vinhphong2.vinhthuan.edu.vn/chi-bo",
        "source_says": "Chi bộ trường THCS Vĩnh Phong 2 (xã Vĩnh Phong, huyện Vĩnh Thuận, Kiên Giang) được thành "
        "lập tháng 8/2005, tách ra từ Chi bộ ấp Đập Đá, lúc đầu có 03 đảng viên chính thức, Bí thư là hiệu "
        "trưởng Trịnh Thúy Hồng; qua 10 năm có 03 hiệu trưởng làm Bí thư; nay 23/33 cán bộ, giáo viên là đảng "
        "viên (69,7%); nhiệm kỳ 2015 – 2017 chi bộ thực hiện nghị quyết Đảng bộ xã, trường đạt kiểm định chất "
        "lượng cấp độ 3; hằng năm chi bộ được công nhận trong sạch, vững mạnh.",
        "completed": [
            "the page is the cell's own introduction, not a plan: a notice of the 2016 thematic rounds "
            "(number, date, the four topics with their dates, reporters and discussants) is written as a plain "
            "text a school cell might circulate",
            "the current secretary and every member named are completed (the page names only the first "
            "secretary); the third round is written “Quý III” with a date in October, a month outside its "
            "quarter, kept as written",
        ],
        "kind": "thematic",
        "year": 2016,
        "cell_name": "Chi bộ trường THCS Vĩnh Phong 2",
        "committee_name": "Đảng bộ xã Vĩnh Phong",
        "left": ["ĐẢNG BỘ XÃ VĨNH PHONG", "CHI BỘ TRƯỜNG THCS VĨNH PHONG 2"],
        "report_to": "Đảng ủy xã Vĩnh Phong",
        "title_lines": ["THÔNG BÁO", "Lịch sinh hoạt chuyên đề năm 2016"],
        "number": 3,
        "type_code": "TB",
        "date": "2016-01-18",
        "place": "Vĩnh Phong",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ trường THCS Vĩnh Phong 2 nhiệm kỳ 2015 – 2017;"
        ],
        "opening": "Chi ủy Chi bộ trường THCS Vĩnh Phong 2 thông báo đến 23 đảng viên lịch sinh hoạt chuyên đề "
        "năm 2016, mỗi quý một lần, vào buổi chiều sau giờ dạy:",
        "round_names": ["Lần thứ nhất", "Lần thứ hai", "Lần 3", "Lần 4"],
        "titles": {
            "Nguyễn Văn Thắng": "Bí thư Chi bộ, Hiệu trưởng",
            "Trần Minh Nhựt": "Phó Bí thư",
        },
        "topics": [
            _t(
                "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về trách nhiệm nêu gương của người thầy",
                1,
                3,
                ["Nguyễn Văn Thắng", "Lê Thị Cẩm Tú", "Đặng Hoàng Phúc"],
                "Quý I, ngày 16/3/2016",
            ),
            _t(
                "Giữ vững kết quả kiểm định chất lượng giáo dục cấp độ 3",
                2,
                5,
                ["Trần Minh Nhựt", "Nguyễn Thị Kiều"],
                "Quý II, ngày 18/5/2016",
            ),
            _t(
                "Phát triển đảng viên trong giáo viên trẻ, bồi dưỡng quần chúng ưu tú",
                3,
                10,
                ["Nguyễn Văn Thắng", "Lý Văn Hòa"],
                "Quý III, ngày 12/10/2016 (dời lại vì khai giảng năm học)",
                conflict=True,
            ),
            _t(
                "Đánh giá việc thực hiện Chỉ thị 05-CT/TW năm 2016, đề ra việc làm năm 2017",
                4,
                12,
                ["Nguyễn Văn Thắng", "Trần Minh Nhựt"],
                "Quý IV, ngày 14/12/2016",
            ),
        ],  # fmt: skip
        "closing": [
            "Đồng chí báo cáo gửi nội dung cho chi ủy trước ngày sinh hoạt 05 ngày; đồng chí tham gia thảo luận "
            "chuẩn bị ý kiến bằng văn bản. Đảng viên vắng mặt phải báo cáo lý do với chi ủy.",
        ],
        "members": "23 đảng viên",
        "secretary": "Nguyễn Văn Thắng",
        "targets": [],
    },
    {
        "id": "96_th_mg_tra_tap_nam_tra_my_2023",
        "half": "dev",
        "fmt": "scan",
        "layout": "d_person_first_table",
        "province": "Quảng Nam",
        "source": "http://huyenuy.namtramy.gov.vn/Default.aspx?tabid=1292&Group=206&NID=8213&chieu-ngay-26-1-2-22-dong-chi-nguyen-van-can-uvtv-truong-ban-tuyen-giao-huyen-uy-phu-trach-dang-uy-xa-tra-tap-den-du-buoi-sinh-hoat-thuong-ky-cua-chi-bo-truong-tieu-hoc--mau-giao-tra-tap",
        "source_says": "Đồng chí Nguyễn Văn Cẩn, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy Nam Trà My, "
        "phụ trách Đảng ủy xã Trà Tập, dự buổi sinh hoạt thường kỳ của Chi bộ Trường Tiểu học – Mẫu giáo Trà "
        "Tập (2022): chi bộ đánh giá nhiệm vụ tháng 10, triển khai nhiệm vụ tháng 11/2022 và phân công từng "
        "đảng viên; buổi sinh hoạt theo Chỉ thị 10-CT/TW, Hướng dẫn 12-HD/BTCTW và được xếp loại Tốt theo Quy "
        "định 15-QĐi/TU ngày 14/11/2018 của Ban Thường vụ Tỉnh ủy Quảng Nam.",
        "completed": [
            "the page reports a regular meeting: the cell's one-page thematic plan for 2023 (number, date, the "
            "four topics, each member in charge and the secretary) is written in a table whose first column is "
            "the member in charge and whose quarter and month come last; printed and scanned",
            "the cell is written in full only in the opening and abbreviated in the title (“TH&MG”), as "
            "mountain-district schools often do",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ Trường Tiểu học – Mẫu giáo Trà Tập",
        "committee_name": "Đảng bộ xã Trà Tập",
        "left": ["ĐẢNG BỘ XÃ TRÀ TẬP"],
        "report_to": "Đảng ủy xã Trà Tập",
        "title_lines": ["KẾ HOẠCH SINH HOẠT CHUYÊN ĐỀ NĂM 2023", "CỦA CHI BỘ TRƯỜNG TH&MG TRÀ TẬP"],
        "number": 1,
        "type_code": "KH",
        "date": "2023-01-09",
        "place": "Trà Tập",
        "legal_bases": [
            "Căn cứ Quy định số 15-QĐi/TU ngày 14/11/2018 của Ban Thường vụ Tỉnh ủy Quảng Nam về khung tiêu chí "
            "đánh giá, xếp loại chất lượng sinh hoạt chi bộ;",
        ],
        "opening": "Chi bộ Trường Tiểu học – Mẫu giáo Trà Tập thống nhất sinh hoạt chuyên đề mỗi quý một lần, "
        "lồng vào kỳ sinh hoạt thường kỳ, cụ thể:",
        "titles": {"Hồ Văn Thanh": "Bí thư", "Hồ Thị Lài": "Phó Bí thư"},
        "topics": [
            _t(
                "Duy trì sĩ số, vận động học sinh trở lại lớp sau Tết ở các điểm trường",
                1,
                2,
                ["Hồ Văn Thanh", "Hồ Thị Lài"],
                "",
            ),
            _t(
                "Nâng cao chất lượng dạy tiếng Việt cho trẻ mẫu giáo người Ca Dong",
                2,
                4,
                ["Nguyễn Thị Thu Hà"],
                "",
            ),
            _t(
                "Chuẩn bị năm học 2023 – 2024: huy động trẻ ra lớp, sửa chữa điểm trường",
                3,
                8,
                ["Hồ Văn Thanh", "Trần Đình Quý"],
                "",
            ),
            _t(
                "Học tập và làm theo Bác: thương yêu học sinh vùng đặc biệt khó khăn",
                4,
                11,
                ["Hồ Thị Lài", "Nguyễn Thị Thu Hà"],
                "",
            ),
        ],  # fmt: skip
        "closing": [
            "Đồng chí phụ trách chuẩn bị đề cương, báo cáo chi ủy trước kỳ sinh hoạt.",
        ],
        "members": "",
        "secretary": "Hồ Văn Thanh",
        "targets": [],
    },
    {
        "id": "97_chi_bo_2_bao_gia_lai_2023",
        "half": "dev",
        "fmt": "odt",
        "layout": "d_bullets_by_quarter",
        "province": "Gia Lai",
        "source": "https://baogialai.com.vn/chi-bo-2-bao-gia-lai-va-chi-bo-lang-c-sinh-hoat-chuyen-de-ghep-ve-giao-duc-truyen-thong-cach-mang-dia-phuong-post244414.html",
        "source_says": "Tháng 7/2023 Chi bộ 2 (Đảng bộ Báo Gia Lai) và Chi bộ làng C (Đảng bộ xã Gào) sinh hoạt "
        "chuyên đề ghép về giáo dục truyền thống cách mạng địa phương, có đồng chí Huỳnh Kiên, Bí thư Đảng ủy, "
        "Tổng Biên tập Báo Gia Lai dự; Chi bộ 2 lãnh đạo thực hiện nhiệm vụ chuyên môn gắn với nghiệp vụ phóng "
        "viên, chủ động tin, bài bám sát định hướng tuyên truyền của cấp ủy cấp trên.",
        "completed": [
            "the page reports the joint meeting: the newsroom cell's resolution on its tasks for 2023 "
            "(number, date, assessment, targets in sentences, the other three topics, every member named, the "
            "secretary) is written as an agency cell might, the meetings in a two-level list of Word bullets",
            "the same joint meeting appears in plan 91 from the village cell's side; the two cells are kept "
            "apart by their names",
        ],
        "kind": "activity",
        "year": 2023,
        "cell_name": "Chi bộ 2",
        "committee_name": "Đảng bộ Báo Gia Lai",
        "left": ["ĐẢNG BỘ BÁO GIA LAI", "CHI BỘ 2"],
        "report_to": "Đảng ủy Báo Gia Lai",
        "title_lines": ["NGHỊ QUYẾT", "về phương hướng, nhiệm vụ năm 2023"],
        "number": 1,
        "type_code": "NQ",
        "date": "2023-01-12",
        "place": "Pleiku",
        "legal_bases": [
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
            "Căn cứ Nghị quyết của Đảng ủy Báo Gia Lai năm 2023;",
        ],
        "opening": "Ngày 10/01/2023, Chi bộ 2 họp hội nghị, thảo luận phương hướng, nhiệm vụ năm 2023. Chi bộ "
        "quyết nghị:",
        "situation": [
            "Năm 2022 chi bộ lãnh đạo phóng viên, biên tập viên hoàn thành định mức tin, bài; nội dung tuyên "
            "truyền bám sát định hướng của cấp ủy cấp trên. Nội bộ đoàn kết; không có đảng viên vi phạm.",
        ],
        "target_sentences": [
            "1. Chi bộ phấn đấu đạt “Hoàn thành tốt nhiệm vụ”; 100% đảng viên hoàn thành nhiệm vụ, trong đó phấn "
            "đấu 20% đảng viên hoàn thành xuất sắc.",
            "2. Mỗi phóng viên bảo đảm định mức tin, bài hằng tháng; chi bộ có ít nhất 01 tác phẩm dự giải báo "
            "chí cấp tỉnh.",
            "3. Giới thiệu 01 quần chúng ưu tú để Đảng ủy xem xét kết nạp.",
        ],
        "titles": {"Nguyễn Thị Thu Hiền": "Bí thư Chi bộ", "Lê Văn Ngọc": "Phó Bí thư"},
        "topics": [
            _t(
                "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác quan điểm sai trái trên báo chí",
                1,
                3,
                ["Nguyễn Thị Thu Hiền"],
                "Tháng 3",
            ),
            _t(
                "Đạo đức người làm báo: học và làm theo Bác về cách viết ngắn gọn, dễ hiểu",
                2,
                6,
                ["Lê Văn Ngọc", "Đinh Thị Phương Thảo"],
                "Tháng 6",
                note="nhân Ngày Báo chí cách mạng Việt Nam 21/6",
            ),
            _t(
                "Giáo dục truyền thống cách mạng địa phương",
                3,
                7,
                ["Nguyễn Thị Thu Hiền", "Ksor Ny"],
                "Tháng 7",
                note="sinh hoạt ghép với Chi bộ làng C, Đảng bộ xã Gào",
                roles=["đề dẫn", ""],
            ),
            _t("Chuyển đổi số trong hoạt động của tòa soạn", 4, 12, ["Lê Văn Ngọc"], "Tháng 12"),
        ],  # fmt: skip
        "closing": [
            "Chi ủy cụ thể hóa nghị quyết thành nội dung sinh hoạt hằng tháng; đảng viên được phân công chuẩn bị "
            "chuyên đề gửi nội dung cho chi ủy trước 05 ngày. Nghị quyết được phổ biến đến toàn thể đảng viên.",
        ],
        "members": "",
        "secretary": "Nguyễn Thị Thu Hiền",
        "targets": [
            target("Chi bộ đạt “Hoàn thành tốt nhiệm vụ”", "yes_no"),
            target("100% đảng viên hoàn thành nhiệm vụ", "percent", 100),
            target("20% đảng viên hoàn thành xuất sắc nhiệm vụ", "percent", 20),
            target("Ít nhất 01 tác phẩm dự giải báo chí cấp tỉnh", "count", 1),
            target("Giới thiệu 01 quần chúng ưu tú để kết nạp", "count", 1),
        ],
    },
    {
        "id": "98_chi_bo_ap_trung_thanh_phu_my_2020",
        "half": "dev",
        "fmt": "doc",
        "layout": "d_quarter_tasks_post_first",
        "province": "An Giang",
        "source": "https://baomoi.net.vn/phu-tan-to-chuc-dai-hoi-diem-chi-bo-cum-xa-thi-tran-va-nganh-c33608392.epi",
        "source_says": "Ngày 9/1 (2020) huyện Phú Tân (An Giang) tổ chức đại hội điểm các chi bộ: cụm 1 chọn Chi bộ "
        "ấp Trung Thạnh, thị trấn Phú Mỹ, làm điểm; ông Nguyễn Hậu Giang tái đắc cử Bí thư Chi bộ nhiệm kỳ "
        "2020 – 2022.",
        "completed": [
            "the page reports the congress only: the cell's work programme for 2020 (number, date, every task, "
            "the four thematic meetings among them, the other committee members) is written as an ấp cell "
            "might, grouped by quarter with the tasks numbered inside each quarter",
            "a task dated “tháng 9 – 10/2020” that is not a thematic meeting is among the tasks",
        ],
        "kind": "activity",
        "year": 2020,
        "cell_name": "Chi bộ ấp Trung Thạnh",
        "committee_name": "Đảng bộ thị trấn Phú Mỹ",
        "left": ["ĐẢNG BỘ THỊ TRẤN PHÚ MỸ", "CHI BỘ ẤP TRUNG THẠNH"],
        "report_to": "Đảng ủy thị trấn Phú Mỹ",
        "also_to": ["- Ban Nhân dân ấp, các đoàn thể ấp;"],
        "title_lines": ["CHƯƠNG TRÌNH CÔNG TÁC", "NĂM 2020"],
        "number": 2,
        "type_code": "CTr",
        "date": "2020-01-22",
        "place": "Phú Mỹ",
        "legal_bases": [],
        "opening": "Căn cứ Nghị quyết Đại hội nhiệm kỳ 2020 – 2022, Chi bộ ấp Trung Thạnh đề ra chương trình công "
        "tác năm 2020 như sau:",
        "aims": [
            "Lãnh đạo bà con sản xuất ba vụ lúa an toàn, giữ vững an ninh trật tự; xây dựng chi bộ trong sạch, "
            "vững mạnh; sinh hoạt chuyên đề mỗi quý một lần vào kỳ họp tuần đầu tháng.",
        ],
        "posts": {
            "Nguyễn Hậu Giang": "Bí thư chi bộ",
            "Lê Văn Mười": "Phó Bí thư",
            "Trần Thị Kim Thoa": "Chi ủy viên",
        },
        "quarter_work": {
            1: [
                "Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022 đến toàn thể đảng viên.",
                "Vận động bà con đón Tết Canh Tý vui tươi, an toàn; thăm hỏi gia đình chính sách.",
                "Thu đảng phí quý I, báo cáo Đảng ủy thị trấn.",
            ],
            2: [
                "Chỉ đạo thu hoạch lúa Đông Xuân, xuống giống Hè Thu đúng lịch thời vụ.",
                "Sơ kết 6 tháng đầu năm thực hiện nghị quyết chi bộ.",
            ],
            3: [
                "Tháng 9 – 10/2020: vận động bà con gia cố đê bao, bảo vệ lúa Thu Đông mùa nước nổi.",
                "Phối hợp Chi đoàn tổ chức hoạt động hè cho thiếu nhi.",
            ],
            4: [
                "Kiểm điểm, đánh giá, xếp loại đảng viên và chi bộ năm 2020.",
                "Xây dựng chương trình công tác năm 2021.",
            ],
        },
        "topics": [
            _t(
                "Vai trò của đảng viên trong giữ gìn an ninh trật tự ở khu dân cư",
                1,
                3,
                ["Nguyễn Hậu Giang"],
                "tuần 1 tháng 3/2020",
                slot=2,
            ),
            _t(
                "Phát triển kinh tế hộ, nhân rộng mô hình trồng màu trên đất lúa",
                2,
                5,
                ["Lê Văn Mười", "Trần Thị Kim Thoa"],
                "tuần 1 tháng 5/2020",
                slot=1,
            ),
            _t(
                "Phòng, chống thiên tai và sạt lở bờ sông trong mùa nước nổi",
                3,
                8,
                ["Lê Văn Mười"],
                "tuần 1 tháng 8/2020",
                slot=0,
            ),
            _t(
                "Xây dựng khu dân cư văn hóa; chuẩn bị bình xét gia đình văn hóa cuối năm",
                4,
                10,
                ["Trần Thị Kim Thoa", "Nguyễn Hậu Giang"],
                "tuần 1 tháng 10/2020",
                slot=0,
            ),
        ],  # fmt: skip
        "closing": [
            "Chi ủy phân công đảng viên phụ trách từng việc; hằng tháng đánh giá tiến độ trong kỳ sinh hoạt chi "
            "bộ; sơ kết 6 tháng, tổng kết năm báo cáo Đảng ủy thị trấn Phú Mỹ.",
        ],
        "members": "",
        "secretary": "Nguyễn Hậu Giang",
        "targets": [],
    },
    {
        "id": "99_thpt_giai_xuan_phong_dien_2015",
        "half": "dev",
        "fmt": "txt",
        "layout": "d_semester_prose_then_export",
        "province": "Cần Thơ",
        "source": "https://edu.viettel.vn/cto-thptgiaixuan/tin-tuc/hoat-dong-giao-duc/chi-bo-truong-thpt-giai-xuan-to-chuc-dai-hoi-dang-vien-nhiem.html",
        "source_says": "Thực hiện Chỉ thị 36-CT/TW, Kế hoạch 79-KH/TU ngày 09/9/2014 của Thành ủy Cần Thơ và Kế "
        "hoạch 89-KH/HU ngày 09/10/2014 của Huyện ủy Phong Điền, được Ban Thường vụ Huyện ủy thống nhất, Đại hội "
        "Đảng viên Chi bộ Trường THPT Giai Xuân nhiệm kỳ 2015 – 2020 khai mạc sáng 14/5/2015: kiểm điểm 5 năm "
        "thực hiện nghị quyết, đề ra phương hướng nhiệm kỳ tới, góp ý văn kiện, bầu Chi ủy và đoàn đại biểu dự "
        "Đại hội Đảng bộ huyện Phong Điền lần thứ XI.",
        "completed": [
            "the page reports the congress and names none of the cell's members: the cell's thematic plan for "
            "the school year 2015 – 2016 (number, date, the four topics with their months and people, the "
            "secretary) is written as plain text the way Word saves a document as text, the schedule table "
            "left as tab-separated lines after a prose paragraph per semester",
            "the cell is a base cell directly under the district, so the superior committee is the Đảng bộ "
            "huyện Phong Điền",
        ],
        "kind": "thematic",
        "year": 2015,
        "cell_name": "Chi bộ Trường THPT Giai Xuân",
        "committee_name": "Đảng bộ huyện Phong Điền",
        "left": ["ĐẢNG BỘ HUYỆN PHONG ĐIỀN", "CHI BỘ TRƯỜNG THPT GIAI XUÂN"],
        "report_to": "Huyện ủy Phong Điền",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2015 – 2016"],
        "number": 9,
        "type_code": "KH",
        "date": "2015-09-21",
        "place": "Phong Điền",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Đảng viên Chi bộ Trường THPT Giai Xuân nhiệm kỳ 2015 – 2020;",
        ],
        "opening": "Chi bộ Trường THPT Giai Xuân xây dựng kế hoạch sinh hoạt chuyên đề năm học 2015 – 2016 như "
        "sau:",
        "aims": [
            "- Đưa Nghị quyết Đại hội Chi bộ nhiệm kỳ 2015 – 2020 vào từng việc làm của đảng viên; mỗi học kỳ "
            "hai chuyên đề.",
            "- Đảng viên được phân công chuẩn bị kỹ nội dung, gửi chi ủy trước kỳ sinh hoạt 05 ngày.",
        ],
        "semesters": [("Học kỳ I", None), ("Học kỳ II", None)],
        "titles": {"Huỳnh Văn Tốt": "Bí thư", "Phạm Thị Ngọc Diễm": "Phó Bí thư"},
        "topics": [
            _t(
                "Quán triệt Nghị quyết Đại hội Đảng bộ huyện Phong Điền lần thứ XI, liên hệ nhiệm vụ của nhà "
                "trường",
                4,
                10,
                ["Huỳnh Văn Tốt"],
                "",
                short="Quán triệt Nghị quyết Đại hội Đảng bộ huyện",
                semester="Học kỳ I",
                cal_year=2015,
            ),
            _t(
                "Đổi mới kiểm tra, đánh giá học sinh theo định hướng phát triển năng lực",
                4,
                12,
                ["Phạm Thị Ngọc Diễm", "Trương Công Lý"],
                "",
                roles=["chủ trì", ""],
                short="Đổi mới kiểm tra, đánh giá học sinh",
                semester="Học kỳ I",
                cal_year=2015,
            ),
            _t(
                "Tạo nguồn phát triển đảng viên trong học sinh lớp 12 và giáo viên trẻ",
                1,
                3,
                ["Huỳnh Văn Tốt", "Lâm Thị Bích Thủy"],
                "",
                roles=["chủ trì", ""],
                short="Tạo nguồn phát triển đảng viên",
                semester="Học kỳ II",
                cal_year=2016,
            ),
            _t(
                "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về trung thực, trách nhiệm trong thi cử",
                2,
                5,
                ["Phạm Thị Ngọc Diễm"],
                "",
                short="Trung thực, trách nhiệm trong thi cử theo gương Bác",
                semester="Học kỳ II",
                cal_year=2016,
            ),
        ],  # fmt: skip
        "all_year": "Thực hiện Chỉ thị 03-CT/TW, lồng ghép trong sinh hoạt thường kỳ",
        "closing": [
            "Chi ủy theo dõi việc chuẩn bị; kết quả sinh hoạt chuyên đề báo cáo Huyện ủy Phong Điền qua Ban Tổ "
            "chức Huyện ủy trong báo cáo sơ kết học kỳ.",
        ],
        "members": "",
        "secretary": "Huỳnh Văn Tốt",
        "targets": [],
    },
]
