"""Layouts of the test half's third batch (plans 50–59), kept apart from ``../build.py``.

Whoever tunes the parser must not open this file: its shapes are meant to be unseen. build.py
merges ``LAYOUTS`` into its own table and renders the blocks with its generic renderers
(``to_text``, ``to_docx``, then LibreOffice, scan or photo), so only block kinds build.py knows
are used: ``header`` (two columns of equal length), ``title``, ``h``, ``p``, ``table``, ``sign``.

Each layout is a shape real cells type: the header is sometimes stacked as plain lines or wraps
the cell's name over two lines; the cell may be named in full, abbreviated or only in capitals;
topics sit in tables with unusual column orders, in a work programme among other tasks, in
prose with full dates, or as ordinals ("Chuyên đề thứ hai") assigned elsewhere by month.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Block = tuple[Any, ...]
P = dict[str, Any]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
ORDINAL = {1: "thứ nhất", 2: "thứ hai", 3: "thứ ba", 4: "thứ tư", 5: "thứ năm", 6: "thứ sáu"}


# ------------------------------------------------------------------------------------ pieces
def day_line(p: P, prefix: str = "") -> str:
    y, m, d = p["date"].split("-")
    return f"{prefix}{p['place']}, ngày {d} tháng {m} năm {y}"


def number(p: P, style: str = "colon") -> str:
    n = p["number"]
    if n is None:
        return f"Số:      -{p['type_code']}/CB"
    if style == "colon":
        return f"Số: {n:02d}-{p['type_code']}/CB"
    if style == "spaced":
        return f"Số {n:02d} - {p['type_code']}/CB"
    return f"Số {n}-{p['type_code']}/CB"


def header_cols(p: P, cell_lines: list[str], style: str = "colon") -> Block:
    """The usual two columns; ``cell_lines`` may wrap the cell's name or be empty."""
    left = [p["header_committee"], *cell_lines, "*", number(p, style)]
    right = ["ĐẢNG CỘNG SẢN VIỆT NAM", "_______________", day_line(p)]
    while len(right) < len(left):
        right.append("")
    while len(left) < len(right):
        left.append("")
    return ("header", left, right)


def header_stacked(p: P, cell_lines: list[str]) -> list[Block]:
    """A header typed as plain lines, one under the other, as some cells do in a hurry."""
    out: list[Block] = [("p", p["header_committee"])]
    out += [("p", line) for line in cell_lines]
    out.append(("p", number(p, "spaced")))
    out.append(("p", "ĐẢNG CỘNG SẢN VIỆT NAM"))
    out.append(("p", day_line(p)))
    return out


def sign(
    p: P, for_line: str = "T/M CHI BỘ", title: str = "BÍ THƯ", to: list[str] | None = None
) -> Block:
    left = ["Nơi nhận:", *(to or [f"- {p['report_to']} (b/c);", "- Các đảng viên;", "- Lưu."])]
    return ("sign", left, [for_line, title, "", "", p["secretary"]])


def people(names: list[str], roles: list[str] | None = None, joiner: str = ", ") -> str:
    roles = roles or []
    out = []
    for i, n in enumerate(names):
        role = roles[i] if i < len(roles) else ""
        out.append(f"{n} – {role}" if role else n)
    return joiner.join(out)


# ----------------------------------------------------------------------------------- layouts
def presenter_first_table(p: P) -> list[Block]:
    """A table whose first columns are the quarter and the members, the topic after them and the
    time last, written by week ("Tuần 4, tháng 02/2024"); several members share one cell."""
    y = p["year"]
    out: list[Block] = [
        header_cols(p, [p["header_cell"]]),
        ("title", ["KẾ HOẠCH", f"Tổ chức sinh hoạt chuyên đề năm {y}"]),
    ]
    out += [("p", line) for line in p["legal_bases"]]
    out.append(("p", p["opening"]))
    out.append(("h", "1. Mục đích"))
    out.append(("p", "Giúp đảng viên nắm vững chủ trương, đường lối của Đảng, vận dụng vào việc dạy học và giáo "
                     "dục học sinh; mỗi buổi sinh hoạt chuyên đề có kết luận, có việc làm cụ thể."))  # fmt: skip
    out.append(("h", "2. Yêu cầu"))
    out.append(("p", "Đồng chí được giao chuẩn bị gửi đề cương cho Chi ủy trước 05 ngày; đảng viên dự đầy đủ, "
                     "tham gia ý kiến."))  # fmt: skip
    out.append(("h", "3. Lịch sinh hoạt chuyên đề và phân công"))
    rows = []
    for t in p["topics"]:
        rows.append(
            [ROMAN[t["quarter"]], people(t["presenters"], t["roles"], "\n"), t["title"], t["when"]]
        )
    out.append(
        ("table", ["Quý", "Đồng chí chịu trách nhiệm", "Nội dung chuyên đề", "Thời gian"], rows)
    )
    out.append(("h", "4. Tổ chức thực hiện"))
    out.append(
        (
            "p",
            "Chi ủy theo dõi, đôn đốc; kết quả từng quý đưa vào đánh giá, xếp loại đảng viên cuối năm.",
        )
    )
    out.append(sign(p, "T/M CHI ỦY"))
    return out


def school_year_by_month(p: P) -> list[Block]:
    """A school-year plan typed with a stacked header; one heading per month ("Tháng 10 năm
    2019"), the quarter never written, the term ("học kỳ I") written instead."""
    out: list[Block] = header_stacked(p, p["header_cell_lines"])
    out.append(("title", ["KẾ HOẠCH SINH HOẠT CHUYÊN ĐỀ", p["period"].upper()]))
    out += [("p", line) for line in p["legal_bases"]]
    out.append(("p", p["opening"]))
    out.append(("h", "I. YÊU CẦU"))
    out.append(("p", "Sinh hoạt chuyên đề gắn với nhiệm vụ chăm sóc, giáo dục trẻ của nhà trường; nội dung ngắn "
                     "gọn, thiết thực, mỗi đảng viên đều phát biểu."))  # fmt: skip
    out.append(("h", "II. NỘI DUNG VÀ LỊCH SINH HOẠT"))
    for t in p["topics"]:
        out.append(("h", f"{t['when']} ({t['term']})"))
        out.append(("p", f"- Nội dung: {t['title']}."))
        if t["form"]:
            out.append(("p", f"- Hình thức: {t['form']}."))
        lead, rest = t["presenters"][0], t["presenters"][1:]
        line = f"- Người chuẩn bị: đồng chí {lead}"
        if rest:
            line += "; tham luận: " + ", ".join(f"đồng chí {n}" for n in rest)
        out.append(("p", line + "."))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out.append(
        ("p", "Chi ủy phân công cụ thể; sau mỗi buổi sinh hoạt có biên bản và báo cáo Đảng ủy xã.")
    )
    out.append(sign(p))
    return out


def village_text(p: P) -> list[Block]:
    """A village cell's plan typed as plain text: stacked header, quarters in Arabic figures
    ("Quý 1"), topics as "+" lines with the month and the preparers in brackets."""
    y = p["year"]
    out: list[Block] = header_stacked(p, p["header_cell_lines"])
    out.append(("p", ""))
    out.append(("title", [f"KẾ HOẠCH SINH HOẠT CHUYÊN ĐỀ NĂM {y}"]))
    out.append(("p", p["opening"]))
    out.append(("p", "1/ Mục đích, yêu cầu:"))
    out.append(("p", "  - Đảng viên hiểu rõ chủ trương của Đảng, chính sách của Nhà nước, vận động bà con trong "
                     "bản cùng làm."))  # fmt: skip
    out.append(("p", "  - Mỗi quý sinh hoạt 01 chuyên đề, gắn với việc của bản."))
    out.append(("p", "2/ Nội dung, thời gian, người chuẩn bị:"))
    last = None
    for t in p["topics"]:
        if t["quarter"] != last:
            out.append(("p", f"  Quý {t['quarter']}:"))
            last = t["quarter"]
        who = " và ".join(
            f"đ/c {n}" + (f", {r}" if r else "")
            for n, r in zip(t["presenters"], t["roles"] or [""] * len(t["presenters"]), strict=True)
        )
        out.append(("p", f"  + {t['when']}: {t['title']} ({who} chuẩn bị)"))
    out.append(("p", "3/ Tổ chức thực hiện:"))
    out.append(("p", "  Chi ủy giao các đồng chí chuẩn bị nội dung; các đoàn thể trong bản phối hợp tuyên "
                     "truyền đến từng hộ."))  # fmt: skip
    out.append(("p", ""))
    out.append(("p", "T/M CHI BỘ"))
    out.append(("p", "BÍ THƯ"))
    out.append(("p", p["secretary"]))
    return out


def work_programme_quarters(p: P) -> list[Block]:
    """An agency cell's year programme: one row per quarter listing all its tasks; the thematic
    meeting is one line among them; the header abbreviates the cell."""
    y = p["year"]
    out: list[Block] = [
        header_cols(p, [p["header_cell"]], "plain"),
        ("title", ["CHƯƠNG TRÌNH CÔNG TÁC", f"của Chi bộ năm {y}"]),
    ]
    out += [("p", line) for line in p["legal_bases"]]
    out.append(("p", p["opening"]))
    out.append(("h", "I. NHIỆM VỤ TRỌNG TÂM"))
    for line in p["priorities"]:
        out.append(("p", f"- {line}"))
    out.append(("h", "II. CHƯƠNG TRÌNH CÔNG TÁC TỪNG QUÝ"))
    rows = []
    for q in range(1, 5):
        work = list(p["quarter_work"][q])
        who = ["Chi ủy"]
        for t in (t for t in p["topics"] if t["quarter"] == q):
            work.append(f"Sinh hoạt chuyên đề {t['when']}: “{t['title']}”.")
            who.append(f"Chuyên đề: đ/c {people(t['presenters'], t['roles'], ', đ/c ')}")
        rows.append([f"Quý {ROMAN[q]}/{y}", "\n".join(f"- {w}" for w in work), "\n".join(who)])
    out.append(("table", ["Thời gian", "Nội dung công tác", "Phân công"], rows))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", "Chương trình được cụ thể hóa trong nghị quyết sinh hoạt chi bộ hằng tháng; chi ủy có thể "
                     "điều chỉnh khi có chỉ đạo mới của cấp trên."))  # fmt: skip
    out.append(sign(p))
    return out


def activity_lettered(p: P) -> list[Block]:
    """An activity plan after a congress: targets as a table with the value in its own column,
    thematic meetings as lettered lines "a) Tháng 02/2025 (quý I): …" under the tasks."""
    y = p["year"]
    out: list[Block] = [
        header_cols(p, p["header_cell_lines"]),
        ("title", ["KẾ HOẠCH", f"hoạt động năm {y}"]),
    ]
    out += [("p", line) for line in p["legal_bases"]]
    out.append(("p", p["opening"]))
    out.append(("h", "A. TÌNH HÌNH CHUNG"))
    out.append(("p", p["situation"]))
    out.append(("h", "B. MỤC TIÊU, CHỈ TIÊU"))
    out.append(("p", "Nâng cao năng lực lãnh đạo và sức chiến đấu của chi bộ; lãnh đạo nhà trường hoàn thành "
                     "nhiệm vụ năm học."))  # fmt: skip
    owners = p["target_owners"]
    rows = [[f"{i}", t["text"], owners[i - 1]] for i, t in enumerate(p["targets"], 1)]
    out.append(("table", ["TT", "Chỉ tiêu phấn đấu", "Chi ủy viên phụ trách"], rows))
    out.append(("h", "C. NHIỆM VỤ VÀ GIẢI PHÁP"))
    out.append(("p", "1. Công tác chính trị tư tưởng: tổ chức học tập, quán triệt nghị quyết Đại hội Chi bộ "
                     "lần thứ XIII và các văn bản của cấp trên."))  # fmt: skip
    out.append(("p", "2. Sinh hoạt chuyên đề (mỗi quý một chuyên đề):"))
    for i, t in enumerate(p["topics"]):
        who = people(t["presenters"], t["roles"], " và đồng chí ")
        out.append(("p", f"{'abcdef'[i]}) {t['when']}: {t['title']}; phân công đồng chí {who}."))
    out.append(
        ("p", "3. Công tác phát triển đảng viên: bồi dưỡng quần chúng ưu tú trong giáo viên trẻ.")
    )
    out.append(("h", "D. TỔ CHỨC THỰC HIỆN"))
    out.append(
        (
            "p",
            "Chi ủy phân công chi ủy viên phụ trách từng chỉ tiêu; sơ kết 6 tháng, tổng kết cuối năm.",
        )
    )
    out.append(sign(p, "TM. CHI BỘ"))
    return out


def ordinal_topics_month_assign(p: P) -> list[Block]:
    """Topics named "Chuyên đề thứ nhất …" with their time; the assignment is a table of members
    whose task names the topic by its month or by its ordinal; the cell wraps over two lines."""
    y = p["year"]
    out: list[Block] = [
        header_cols(p, p["header_cell_lines"]),
        ("title", ["KẾ HOẠCH", f"Sinh hoạt chuyên đề các quý năm {y}"]),
    ]
    out += [("p", line) for line in p["legal_bases"]]
    out.append(("p", p["opening"]))
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out.append(("p", "Nâng cao chất lượng sinh hoạt chi bộ; chuyên đề bám sát nhiệm vụ chăm sóc, nuôi dưỡng, "
                     "giáo dục trẻ của nhà trường."))  # fmt: skip
    out.append(("h", "II. NỘI DUNG"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"Chuyên đề {ORDINAL[i]}: {t['title']}"))
        out.append(("p", f"Thời gian: {t['when']}."))
    out.append(("h", "III. PHÂN CÔNG"))
    rows = []
    for name, role, task in p["assignment"]:
        rows.append([name, role, task])
    out.append(("table", ["Họ và tên", "Chức vụ", "Nhiệm vụ được phân công"], rows))
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", f"Các đồng chí được phân công chuẩn bị chu đáo; chi ủy báo cáo kết quả về {p['committee_name']} "
                     f"sau mỗi quý."))  # fmt: skip
    out.append(sign(p))
    return out


def dated_prose_capitals(p: P) -> list[Block]:
    """The cell is named only in the capitalised title (the header names the committee alone, the
    opening says "Chi ủy"); each topic is a paragraph opening with its full date."""
    out: list[Block] = [
        header_cols(p, []),
        ("title", p["title_lines"]),
    ]
    out += [("p", line) for line in p["legal_bases"]]
    out.append(("p", p["opening"]))
    out.append(("h", "I. MỤC ĐÍCH – YÊU CẦU"))
    out.append(("p", "Thông qua sinh hoạt chuyên đề, đảng viên nâng cao nhận thức, trách nhiệm nêu gương, gắn "
                     "với đổi mới phương pháp dạy học và giáo dục đạo đức học sinh."))  # fmt: skip
    out.append(("h", "II. NỘI DUNG CỤ THỂ"))
    for t in p["topics"]:
        lead, rest = t["presenters"][0], t["presenters"][1:]
        text = f"{t['when']}, chi bộ sinh hoạt chuyên đề “{t['title']}”. Đồng chí {lead} trình bày"
        if rest:
            text += "; " + " và ".join(f"đồng chí {n}" for n in rest) + " tham luận"
        out.append(("p", text + "."))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", "Đồng chí trình bày gửi nội dung cho chi ủy trước một tuần; các tổ chuyên môn bố trí thời "
                     "gian để đảng viên dự đầy đủ."))  # fmt: skip
    out.append(sign(p))
    return out


def half_year_programme(p: P) -> list[Block]:
    """A central agency cell's programme grouped by half-year, one line per month, the thematic
    meeting inside the month's line with its lead and the party groups that discuss."""
    y = p["year"]
    out: list[Block] = [
        header_cols(p, p["header_cell_lines"], "plain"),
        ("title", ["CHƯƠNG TRÌNH CÔNG TÁC NĂM " + str(y)]),
    ]
    out.append(("p", p["opening"]))
    for half, months in (
        ("A. SÁU THÁNG ĐẦU NĂM", range(1, 7)),
        ("B. SÁU THÁNG CUỐI NĂM", range(7, 13)),
    ):
        out.append(("h", half))
        for m in months:
            line = f"Tháng {m}: {p['month_work'][m]}"
            for t in (t for t in p["topics"] if t["month"] == m):
                lead = t["presenters"][0]
                role = t["roles"][0] if t["roles"] else ""
                line += (f" Sinh hoạt chuyên đề “{t['title']}” – đồng chí {lead}"
                         f"{', ' + role if role else ''} chuẩn bị đề dẫn")  # fmt: skip
                if t["presenters"][1:]:
                    line += ", đồng chí " + ", đồng chí ".join(t["presenters"][1:]) + " tham luận"
                line += "; các tổ đảng thảo luận."
            out.append(("p", line))
    out.append(("h", "C. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", "Chi ủy cụ thể hóa chương trình trong nghị quyết hằng tháng; các tổ đảng chuẩn bị ý kiến "
                     "theo phân công."))  # fmt: skip
    out.append(sign(p, "T/M CHI ỦY"))
    return out


def one_page_resolution_list(p: P) -> list[Block]:
    """One page: a village cell's short plan; the cell is named in the opening sentence, the
    topics are a numbered list "1) Quý I – tháng 3: …", the preparers after a dash."""
    y = p["year"]
    out: list[Block] = [
        header_cols(p, p["header_cell_lines"]),
        ("title", ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"]),
        ("p", p["opening"]),
    ]
    for i, t in enumerate(p["topics"], 1):
        roles = t["roles"] or [""] * len(t["presenters"])
        who = "; ".join(
            f"đ/c {n}" + (f" – {r}" if r else "")
            for n, r in zip(t["presenters"], roles, strict=True)
        )
        out.append(("p", f"{i}) {t['when']}: {t['title']}. Giao: {who}."))
    out.append(
        ("p", "Các đồng chí được phân công chuẩn bị nội dung, báo cáo Chi ủy trước ngày sinh hoạt.")
    )
    out.append(sign(p))
    return out


def resolution_text(p: P) -> list[Block]:
    """A school-year resolution of the cell's meeting: targets as dashes, the thematic meetings
    run together in one sentence, each "quý IV/2022 (tháng 11)" with its preparer after "do"."""
    out: list[Block] = [
        header_cols(p, p["header_cell_lines"], "plain"),
        ("title", ["NGHỊ QUYẾT", f"Hội nghị Chi bộ đầu {p['period']}"]),
    ]
    out += [("p", line) for line in p["legal_bases"]]
    out.append(("p", p["opening"]))
    out.append(("h", "HỘI NGHỊ QUYẾT NGHỊ"))
    out.append(("h", "1. Các chỉ tiêu chủ yếu"))
    out += [("p", f"- {t['text']};") for t in p["targets"]]
    out.append(("h", "2. Nhiệm vụ và giải pháp"))
    out.append(("p", "a) Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với cuộc vận "
                     "động “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”."))  # fmt: skip
    out.append(("p", "b) Nâng cao chất lượng chăm sóc, nuôi dưỡng, giáo dục trẻ; xây dựng trường mầm non xanh – "
                     "an toàn – thân thiện."))  # fmt: skip
    parts = []
    for t in p["topics"]:
        who = " và ".join(f"đ/c {n}" for n in t["presenters"])
        parts.append(f"{t['when']} chuyên đề “{t['title']}” do {who} chuẩn bị")
    out.append(("p", "c) Sinh hoạt chuyên đề mỗi quý một lần: " + "; ".join(parts) + "."))
    out.append(
        (
            "p",
            "d) Làm tốt công tác phát triển đảng viên, bồi dưỡng quần chúng ưu tú trong giáo viên trẻ.",
        )
    )
    out.append(("p", f"Nghị quyết được Hội nghị nhất trí thông qua với {p['vote']}."))
    out.append(sign(p, "T/M CHI BỘ"))
    return out


LAYOUTS: dict[str, Callable[[P], list[Block]]] = {
    "presenter_first_table": presenter_first_table,
    "school_year_by_month": school_year_by_month,
    "village_text": village_text,
    "work_programme_quarters": work_programme_quarters,
    "activity_lettered": activity_lettered,
    "ordinal_topics_month_assign": ordinal_topics_month_assign,
    "dated_prose_capitals": dated_prose_capitals,
    "half_year_programme": half_year_programme,
    "one_page_resolution_list": one_page_resolution_list,
    "resolution_text": resolution_text,
}
