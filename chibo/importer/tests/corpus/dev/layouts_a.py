"""Development batch 60–69: layouts and plans of their own (writer A), merged by build.py.

The layouts here were written without reading the parser and without reusing build.py's layouts;
they call only the generic helpers (``common.py``: header, signature, the block kinds). They vary
above all how the topics, their time and their presenters are laid out: topics as "Chuyên đề N:"
headings with indented lines, a table with one row per quarter holding several topics in one cell,
a table whose columns come in an unusual order, a schedule with the months as columns, a yearly
programme in which the thematic meetings sit among other work under roman sections and "a)", "b)",
two-level numbering with a separate assignment section, a resolution in prose with its targets
in sentences, and a short month table.
"""

from __future__ import annotations

from typing import Any

from ..common import ROMAN, Block, header, signature, top
from ..facts import T, target, topic


def _who_titled(t: dict[str, Any], sep: str = "; ") -> str:
    """Presenters with their titles ("Đ/c Lù Thị Mai – Phó Bí thư (chủ trì)"), from ``roles``."""
    roles = t.get("roles") or []
    out = []
    for i, n in enumerate(t["presenters"]):
        role = roles[i] if i < len(roles) else ""
        first = "Đ/c" if i == 0 else "đ/c"
        out.append(f"{first} {n}" + (f" – {role}" if role else ""))
    return sep.join(out)


def _qyear(p: dict[str, Any], t: dict[str, Any]) -> int:
    """The calendar year of a topic: a school year's plan runs from August into the next year."""
    if p.get("school_year") and t["month"] < 8:
        return int(p["year"]) + 1
    return int(p["year"])


def _with(t: T, **extra: Any) -> T:
    """A topic with keys only a layout reads (a product, a note); they do not go into the truth."""
    return {**t, **extra}


# ------------------------------------------------------------------------------------------ layouts
def topic_headings(p: dict[str, Any]) -> list[Block]:
    """Each topic a heading "Chuyên đề 1: …" followed by indented "- Thời gian:", "- Người chuẩn bị:"
    and "- Yêu cầu:" lines; the time written "Quý I: tháng 3/2020"; presenters with their titles."""
    y = p["year"]
    out = top(
        header(p), p.get("title_lines") or ["KẾ HOẠCH", f"Tổ chức sinh hoạt chuyên đề năm {y}"], p
    )
    out.append(("h", "1. Mục đích"))
    out.append(("p", "Giúp đảng viên nắm vững nhiệm vụ chính trị của nhà trường, thống nhất nhận thức và hành "
                     "động; mỗi buổi sinh hoạt chuyên đề giải quyết một vấn đề cụ thể của đơn vị."))  # fmt: skip
    out.append(("h", "2. Yêu cầu"))
    out.append(("p", "Đồng chí được giao chuẩn bị gửi dự thảo cho Bí thư chi bộ trước 07 ngày; các đảng viên "
                     "nghiên cứu, chuẩn bị ý kiến phát biểu."))  # fmt: skip
    out.append(("h", "3. Các chuyên đề trong năm"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("h", f"Chuyên đề {i}: {t['title']}"))
        out.append(
            (
                "p",
                f"    - Thời gian: {t.get('when') or f'Quý {ROMAN[t["quarter"]]}: tháng {t["month"]}/{y}'}",
            )
        )
        out.append(("p", f"    - Người chuẩn bị: {_who_titled(t)}"))
        if t["form"]:
            out.append(("p", f"    - Hình thức: {t['form']}"))
    out.append(("h", "4. Tổ chức thực hiện"))
    out.append(("p", "Chi ủy theo dõi, đôn đốc; Bí thư chi bộ chủ trì các buổi sinh hoạt và báo cáo kết quả về "
                     f"{p['committee_name']} sau mỗi chuyên đề."))  # fmt: skip
    out.append(signature(p))
    return out


def quarter_rows_multi(p: dict[str, Any]) -> list[Block]:
    """A school year's plan: a table with one row per quarter; the topics of a quarter share one cell,
    numbered and each followed by its month; the assignment column names them "CĐ 1: đ/c …"."""
    y = p["year"]
    out = top(
        header(p), ["KẾ HOẠCH", "Sinh hoạt chuyên đề của chi bộ", f"Năm học {y} – {y + 1}"], p
    )
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out.append(("p", "Sinh hoạt chuyên đề ít nhất mỗi quý một lần; nội dung gắn với nhiệm vụ năm học, với việc "
                     "thực hiện nghị quyết của chi bộ và những vấn đề đảng viên, giáo viên quan tâm."))  # fmt: skip
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG"))
    rows: list[list[str]] = []
    n = 0
    seen: list[tuple[int, int]] = []
    for t in p["topics"]:
        key = (t["quarter"], _qyear(p, t))
        if key not in seen:
            seen.append(key)
    for q, qy in seen:
        topics = [t for t in p["topics"] if (t["quarter"], _qyear(p, t)) == (q, qy)]
        texts, people = [], []
        for t in topics:
            n += 1
            texts.append(f"{n}. {t['title']} ({t.get('when') or f'tháng {t["month"]}/{qy}'})")
            people.append(f"CĐ {n}: " + ", ".join(f"đ/c {x}" for x in t["presenters"]))
        rows.append([f"Quý {ROMAN[q]}/{qy}", "\n".join(texts), "\n".join(people)])
    out.append(("table", ["Thời gian", "Nội dung chuyên đề", "Phân công chuẩn bị"], rows, None,
                (2.4, 9.2, 4.9)))  # fmt: skip
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", "Các đồng chí được phân công hoàn thành dự thảo trước buổi sinh hoạt 01 tuần; chi ủy duyệt "
                     "nội dung. Kế hoạch được điều chỉnh khi có chỉ đạo mới của Đảng ủy phường."))  # fmt: skip
    out.append(signature(p))
    return out


def columns_reordered(p: dict[str, Any]) -> list[Block]:
    """A table whose columns come in an unusual order — content, the member in charge (with title),
    time, product — and the time written "Kỳ sinh hoạt tháng 3 (Quý I)"."""
    y = p["year"]
    out = top(header(p), ["KẾ HOẠCH", f"sinh hoạt chuyên đề năm {y}"], p)
    out.append(("h", "A. MỤC ĐÍCH, YÊU CẦU"))
    out.append(("p", "- Nâng cao chất lượng sinh hoạt chi bộ; mỗi chuyên đề có kết luận, nghị quyết và phân công "
                     "thực hiện cụ thể."))  # fmt: skip
    out.append(
        (
            "p",
            "- Đảng viên chủ động nghiên cứu, phát biểu ý kiến, liên hệ với nhiệm vụ của bản thân.",
        )
    )
    out.append(("h", "B. NỘI DUNG CỤ THỂ"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        rows.append([f"{i}. {t['title']}", _who_titled(t, "\n"),
                     t.get("when") or f"Kỳ sinh hoạt tháng {t['month']} (Quý {ROMAN[t['quarter']]})",
                     t.get("product") or "Báo cáo chuyên đề; kết luận của chi bộ"])  # fmt: skip
    out.append(("table", ["Nội dung", "Bộ phận/Đồng chí phụ trách", "Thời gian", "Sản phẩm"], rows, None,
                (6.4, 4.4, 2.9, 2.8)))  # fmt: skip
    out.append(("h", "C. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", "Bí thư chi bộ chủ trì các buổi sinh hoạt; chi ủy viên theo dõi việc chuẩn bị. Kết quả từng "
                     f"chuyên đề được báo cáo {p['report_to']}."))  # fmt: skip
    out.append(signature(p))
    return out


def month_columns(p: dict[str, Any]) -> list[Block]:
    """An activity plan: targets in a table, then a year schedule with the twelve months as columns
    and an "x" under the month of each piece of work; the thematic meetings sit among the regular
    work and no quarter is written."""
    y = p["year"]
    out = top(header(p), ["KẾ HOẠCH", f"Hoạt động của chi bộ năm {y}"], p)
    out.append(("h", "I. TÌNH HÌNH CHUNG"))
    out.append(("p", p["situation"]))
    out.append(("h", "II. CHỈ TIÊU PHẤN ĐẤU"))
    out.append(("table", ["TT", "Chỉ tiêu", "Đảng viên phụ trách"],
                [[str(i), t["text"], lead] for i, (t, lead) in enumerate(zip(p["targets"], p["target_leads"],
                                                                              strict=True), 1)],
                None, (1.0, 11.0, 4.5)))  # fmt: skip
    out.append(("h", "III. LỊCH CÔNG TÁC TRONG NĂM"))
    out.append(("p", "(Đánh dấu x vào tháng thực hiện)"))
    rows: list[list[str]] = []
    for work, months, lead in p["regular_work"]:
        rows.append([work] + ["x" if m in months else "" for m in range(1, 13)] + [lead])
    for t in p["topics"]:
        rows.append([f"Sinh hoạt chuyên đề: {t['title']}"] + ["x" if m == t["month"] else "" for m in range(1, 13)]
                    + [", ".join(f"đ/c {n}" for n in t["presenters"])])  # fmt: skip
    rows.sort(key=lambda r: next((i for i, c in enumerate(r[1:13]) if c), 12))
    head = ["Nội dung \\ Tháng"] + [str(m) for m in range(1, 13)] + ["Phụ trách"]
    out.append(("table", head, rows, None, (4.4,) + (0.8,) * 12 + (2.3,)))
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", "Chi ủy phân công đảng viên phụ trách từng nội dung; sơ kết 6 tháng, tổng kết năm báo cáo "
                     f"{p['report_to']}."))  # fmt: skip
    out.append(signature(p))
    return out


def programme_mixed(p: dict[str, Any]) -> list[Block]:
    """A residential cell's yearly work programme: targets in one sentence ("phấn đấu … %"), then
    roman sections with "1.", "a)", "b)" in which each thematic meeting is one clause among other
    work ("… vào kỳ sinh hoạt tháng 6 (quý II), đ/c … chuẩn bị")."""
    y = p["year"]
    out = top(header(p), ["CHƯƠNG TRÌNH CÔNG TÁC", f"năm {y}"], p)
    out.append(("h", "I. MỤC TIÊU, CHỈ TIÊU"))
    out.append(("p", p["aim"]))
    out.append(
        ("p", f"Chỉ tiêu năm {y}, phấn đấu: " + "; ".join(t["text"] for t in p["targets"]) + ".")
    )
    out.append(("h", "II. NHIỆM VỤ, GIẢI PHÁP"))
    by_section: dict[str, list[dict[str, Any]]] = {}
    for t in p["topics"]:
        by_section.setdefault(t["section"], []).append(t)
    for i, (section, items) in enumerate(p["sections"], 1):
        out.append(("h", f"{i}. {section}"))
        for j, (letter_title, text) in enumerate(items):
            sentence = f"{'abcdefgh'[j]}) {letter_title}: {text}"
            for t in by_section.get(letter_title, []):
                q = f" (quý {ROMAN[t['quarter']]})" if t.get("say_quarter") else ""
                people = ", ".join(f"đ/c {n}" + (f" ({r})" if r else "")
                                   for n, r in zip(t["presenters"], t["roles"] or [""] * len(t["presenters"]),
                                                   strict=True))  # fmt: skip
                sentence += (f" Tổ chức sinh hoạt chuyên đề “{t['title']}” vào kỳ sinh hoạt tháng {t['month']}{q}, "
                             f"{people} chuẩn bị.")  # fmt: skip
            out.append(("p", sentence))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", "Chi ủy cụ thể hóa chương trình thành nghị quyết hằng tháng; các đảng viên được phân công chủ "
                     "động thực hiện, báo cáo kết quả tại kỳ sinh hoạt chi bộ."))  # fmt: skip
    out.append(signature(p))
    return out


def two_level(p: dict[str, Any]) -> list[Block]:
    """Topics numbered "2.1", "2.2" … with quarter and month in one parenthesis; the assignment is a
    separate section numbered "3.1" … that names each topic only by its number ("Nội dung 2.3")."""
    y = p["year"]
    out = top(header(p), ["KẾ HOẠCH", f"SINH HOẠT CHUYÊN ĐỀ NĂM {y}"], p)
    out.append(("h", "1. MỤC ĐÍCH, YÊU CẦU"))
    out.append(
        (
            "p",
            "1.1. Đưa nghị quyết của chi bộ vào cuộc sống của thôn; đảng viên nói đi đôi với làm.",
        )
    )
    out.append(
        (
            "p",
            "1.2. Nội dung chuyên đề ngắn gọn, dễ hiểu, có thể trao đổi bằng tiếng dân tộc khi cần.",
        )
    )
    out.append(("h", "2. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        written = t.get("when") or f"Quý {ROMAN[t['quarter']]}/{y} (tháng {t['month']:02d})"
        out.append(("p", f"2.{i}. {written}: {t['title']}."))
    out.append(("h", "3. PHÂN CÔNG THỰC HIỆN"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"3.{i}. Nội dung 2.{i}: {_who_titled(t, ', ')}."))
    out.append(("h", "4. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", f"Chi ủy đôn đốc thực hiện; kết quả báo cáo {p['report_to']} sau mỗi quý."))
    out.append(signature(p))
    return out


def resolution_prose(p: dict[str, Any]) -> list[Block]:
    """A cell's resolution for a school year: targets in one sentence, the thematic meetings in two
    paragraphs of prose (by term), the time written several ways, presenters with titles."""
    y = p["year"]
    out: list[Block] = [
        header(p),
        ("title", ["NGHỊ QUYẾT", f"Hội nghị chi bộ về nhiệm vụ năm học {y} – {y + 1}"]),
    ]
    out += [("p", line) for line in p["legal_bases"]]
    out.append(("p", p["opening"]))
    out.append(("h", "I. KẾT QUẢ NĂM HỌC TRƯỚC"))
    out.append(("p", p["situation"]))
    out.append(("h", "II. MỤC TIÊU, CHỈ TIÊU"))
    out.append(("p", "Chi bộ phấn đấu: " + "; ".join(t["text"] for t in p["targets"]) + "."))
    out.append(("h", "III. NHIỆM VỤ, GIẢI PHÁP"))
    out.append(("p", "1. Lãnh đạo nhà trường thực hiện chương trình giáo dục phổ thông 2018 đối với lớp 10; "
                     "đổi mới kiểm tra, đánh giá."))  # fmt: skip
    out.append(("p", "2. Sinh hoạt chuyên đề:"))
    for para in p["prose"]:
        out.append(("p", para))
    out.append(
        (
            "p",
            "3. Công tác phát triển đảng: bồi dưỡng quần chúng ưu tú là giáo viên trẻ và học sinh lớp 12.",
        )
    )
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", "Chi ủy xây dựng chương trình hành động thực hiện nghị quyết; đảng viên đăng ký nội dung "
                     "phấn đấu; sơ kết học kỳ I, tổng kết năm học."))  # fmt: skip
    out.append(("p", "Nghị quyết được hội nghị chi bộ nhất trí thông qua."))
    out.append(signature(p))
    return out


def month_table_short(p: dict[str, Any]) -> list[Block]:
    """One page: a short opening and a table "Tháng | Chuyên đề | Đ/c chuẩn bị | Ghi chú", the month
    typed "03/2019" and the quarter only in the note column."""
    y = p["year"]
    out: list[Block] = [header(p), ("title", ["LỊCH SINH HOẠT CHUYÊN ĐỀ", f"NĂM {y}"])]
    out.append(("p", p["opening"]))
    rows = []
    for t in p["topics"]:
        rows.append([f"{t['month']:02d}/{y}", t["title"], "\n".join(t["presenters"]),
                     t.get("note") or f"Chuyên đề quý {ROMAN[t['quarter']]}"])  # fmt: skip
    out.append(
        (
            "table",
            ["Tháng", "Chuyên đề", "Đ/c chuẩn bị", "Ghi chú"],
            rows,
            None,
            (2.0, 8.0, 3.6, 2.9),
        )
    )
    out.append(
        (
            "p",
            "Ghi chú: đồng chí chuẩn bị gửi nội dung cho Bí thư chi bộ trước ngày sinh hoạt 05 ngày.",
        )
    )
    out.append(signature(p))
    return out


def halves_assign_by_month(p: dict[str, Any]) -> list[Block]:
    """Topics grouped under "6 THÁNG ĐẦU NĂM" / "6 THÁNG CUỐI NĂM" as "- Tháng 4/2022: …" (no quarter
    written); the assignment section is grouped by person, with titles, and names topics by month."""
    y = p["year"]
    out = top(
        header(p),
        [
            "KẾ HOẠCH",
            f"Sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {y}",
        ],
        p,
    )
    out.append(("h", "I. YÊU CẦU"))
    out.append(("p", "Mỗi đảng viên đăng ký việc làm theo Bác gắn với chuyên đề của năm; người được phân công "
                     "chuẩn bị đề cương ngắn, liên hệ thực tế của thôn."))  # fmt: skip
    out.append(("h", "II. NỘI DUNG"))
    for label, months in (("6 THÁNG ĐẦU NĂM", range(1, 7)), ("6 THÁNG CUỐI NĂM", range(7, 13))):
        out.append(("h", label))
        for t in (t for t in p["topics"] if t["month"] in months):
            out.append(("p", f"- Tháng {t['month']}/{y}: {t['title']}."))
    out.append(("h", "III. PHÂN CÔNG"))
    people: dict[str, list[int]] = {}
    for t in p["topics"]:
        for n in t["presenters"]:
            people.setdefault(n, []).append(t["month"])
    for n, given in people.items():
        listed = " và ".join(f"tháng {m}" for m in given)
        out.append(("p", f"- Đ/c {n} – {p['titles'][n]}: chuẩn bị chuyên đề {listed}."))
    out.append(
        (
            "p",
            f"- Đ/c {p['secretary']} – Bí thư chi bộ: chủ trì các buổi sinh hoạt, kết luận chuyên đề.",
        )
    )
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out.append(
        ("p", f"Chi ủy theo dõi việc thực hiện; cuối năm báo cáo kết quả về {p['report_to']}.")
    )
    out.append(signature(p))
    return out


def resolution_targets_table(p: dict[str, Any]) -> list[Block]:
    """A village cell's resolution: targets in a table beside last year's result; the thematic
    meetings as lines "Quý II – kỳ sinh hoạt tháng 6: …", several presenters "đ/c A (chủ trì), đ/c B"."""
    y = p["year"]
    out: list[Block] = [
        header(p),
        ("title", ["NGHỊ QUYẾT", f"về phương hướng, nhiệm vụ năm {y}"]),
    ]
    out += [("p", line) for line in p["legal_bases"]]
    out.append(("p", p["opening"]))
    out.append(("h", "I. ĐÁNH GIÁ KẾT QUẢ NĂM " + str(y - 1)))
    out.append(("p", p["situation"]))
    out.append(("h", f"II. MỤC TIÊU, CHỈ TIÊU NĂM {y}"))
    rows = [
        [str(i), t["text"], last]
        for i, (t, last) in enumerate(zip(p["targets"], p["last_year"], strict=True), 1)
    ]
    out.append(
        (
            "table",
            ["STT", "Chỉ tiêu phấn đấu", f"Kết quả năm {y - 1}"],
            rows,
            None,
            (1.5, 10.7, 4.3),
        )
    )
    out.append(("h", "III. NHIỆM VỤ, GIẢI PHÁP"))
    out.append(
        (
            "p",
            "1. Duy trì thu gom rác thải, giữ gìn đường làng, ngõ xóm sạch đẹp; giữ vững thôn kiểu mẫu.",
        )
    )
    out.append(("p", "2. Sinh hoạt chuyên đề trong năm:"))
    for t in p["topics"]:
        roles = t["roles"] or [""] * len(t["presenters"])
        people = ", ".join(
            f"đ/c {n}" + (f" ({r})" if r else "")
            for n, r in zip(t["presenters"], roles, strict=True)
        )
        out.append(
            (
                "p",
                f"   Quý {ROMAN[t['quarter']]} – kỳ sinh hoạt tháng {t['month']}: {t['title']}; {people}.",
            )
        )
    out.append(("p", "3. Phát triển đảng viên trong đoàn viên thanh niên của thôn."))
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out.append(
        (
            "p",
            "Chi ủy phân công đảng viên phụ trách từng chỉ tiêu; hằng quý đánh giá việc thực hiện nghị quyết.",
        )
    )
    out.append(signature(p))
    return out


LAYOUTS = {
    "a_topic_headings": topic_headings,
    "a_quarter_rows_multi": quarter_rows_multi,
    "a_columns_reordered": columns_reordered,
    "a_month_columns": month_columns,
    "a_programme_mixed": programme_mixed,
    "a_two_level": two_level,
    "a_resolution_prose": resolution_prose,
    "a_month_table_short": month_table_short,
    "a_halves_assign_by_month": halves_assign_by_month,
    "a_resolution_targets_table": resolution_targets_table,
}


# -------------------------------------------------------------------------------------------- plans
PLANS: list[T] = [
    {
        "id": "60_mam_non_nam_sai_2020",
        "half": "dev",
        "fmt": "docx",
        "layout": "a_topic_headings",
        "province": "Lào Cai",
        "source": "http://mnnamsai.pgdsapa.edu.vn/tin-tuc/dai-hoi-chi-bo-12-truong-mam-non-nam-sai-nhiem-ky-2020-2022.html",
        "source_says": "Ngày 28/2/2020 Chi bộ 12 – Trường Mầm non Nậm Sài tổ chức Đại hội nhiệm kỳ 2020 – 2022 theo "
        "hướng dẫn của Đảng bộ xã Liên Minh; dự có đ/c Lù Văn Suy (BTV Đảng ủy, Phó Chủ tịch UBND xã) và 9/10 "
        "đảng viên; đ/c Phạm Thị Thu, Bí thư Chi bộ, khai mạc; đ/c Lù Thị Thúy, chi ủy viên, thông qua chương "
        "trình; đ/c Lù Thị Mai, Phó Bí thư, báo cáo tình hình đảng viên dự đại hội.",
        "completed": [
            "the page reports the congress, not a plan: the 2020 thematic plan (number, date, legal bases, the "
            "four topics and their months) is completed for a mountain kindergarten cell after its congress",
            "the presenters are the three cell officers the page names, each written with the title the page "
            "gives (Bí thư, Phó Bí thư, Chi ủy viên); Giàng Thị Dở, a teacher, is completed",
            "the header names only “CHI BỘ 12” under the commune committee; the full name “Chi bộ 12 – Trường "
            "Mầm non Nậm Sài” stands in the opening sentence",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ 12 – Trường Mầm non Nậm Sài",
        "committee_name": "Đảng bộ xã Liên Minh",
        "header_committee": "ĐẢNG BỘ XÃ LIÊN MINH",
        "header_left": ["ĐẢNG BỘ XÃ LIÊN MINH", "CHI BỘ 12"],
        "number": 2,
        "type_code": "KH",
        "date": "2020-03-09",
        "place": "Liên Minh",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề về nâng "
            "cao chất lượng sinh hoạt chi bộ;",
            "Căn cứ Nghị quyết Đại hội Chi bộ 12 nhiệm kỳ 2020 – 2022;",
        ],
        "opening": "Chi bộ 12 – Trường Mầm non Nậm Sài (10 đảng viên) xây dựng kế hoạch tổ chức sinh hoạt chuyên "
        "đề năm 2020 như sau:",
        "members": "10 đảng viên",
        "secretary": "Phạm Thị Thu",
        "topics": [
            topic(
                "Nâng cao chất lượng tăng cường tiếng Việt cho trẻ mầm non người dân tộc thiểu số",
                1,
                3,
                ["Lù Thị Mai", "Giàng Thị Dở"],
                roles=["Phó Bí thư (chủ trì)", "giáo viên"],
            ),
            topic(
                "Phòng, chống dịch Covid-19, bảo đảm an toàn cho trẻ khi trở lại trường",
                2,
                5,
                ["Phạm Thị Thu"],
                roles=["Bí thư chi bộ"],
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương của đảng viên",
                3,
                9,
                ["Lù Thị Thúy"],
                "Báo cáo chuyên đề, thảo luận",
                roles=["Chi ủy viên"],
            ),
            topic(
                "Đổi mới sinh hoạt chi bộ sau Đại hội Chi bộ nhiệm kỳ 2020 – 2022",
                4,
                11,
                ["Phạm Thị Thu", "Lù Thị Mai"],
                roles=["Bí thư (chủ trì)", "Phó Bí thư"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "61_thcs_binh_han_2020",
        "half": "dev",
        "fmt": "doc",
        "layout": "a_quarter_rows_multi",
        "province": "Hải Dương",
        "source": "http://hd-thcsbinhhan.haiduong.edu.vn/xem_trang_tin.aspx?id=20492",
        "source_says": "Chiều 18/01/2020, được sự nhất trí của Đảng ủy phường Bình Hàn, Chi bộ trường THCS Bình Hàn "
        "tổ chức Đại hội nhiệm kỳ 2020 – 2022; dự có đ/c Phạm Trọng Khang, Phó Bí thư thường trực Đảng ủy phường; "
        "đ/c Nguyễn Hữu Đức, Bí thư chi bộ nhiệm kỳ 2017 – 2020, trình bày báo cáo chính trị; chi bộ 27 đảng viên, "
        "nhiều năm trong sạch vững mạnh; tham luận “Vai trò của người Đảng viên trong xây dựng mối đoàn kết nội "
        "bộ, chấp hành quy chế chuyên môn”.",
        "completed": [
            "the page reports the congress; the thematic plan of the school year 2020 – 2021 (number, date, five "
            "topics, months, preparers) is completed; the congress's discussion paper becomes the first topic",
            "Nguyễn Hữu Đức is assumed re-elected secretary; the other preparers are completed",
            "the table holds one row per quarter (IV/2020, I/2021, II/2021) with two topics in the cells of "
            "quarters IV and I; saved as .doc",
        ],
        "kind": "thematic",
        "year": 2020,
        "school_year": True,
        "cell_name": "Chi bộ trường THCS Bình Hàn",
        "committee_name": "Đảng bộ phường Bình Hàn",
        "header_committee": "ĐẢNG BỘ PHƯỜNG BÌNH HÀN",
        "header_cell": "CHI BỘ TRƯỜNG THCS BÌNH HÀN",
        "number": 9,
        "type_code": "KH",
        "date": "2020-09-21",
        "place": "Bình Hàn",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ trường THCS Bình Hàn nhiệm kỳ 2020 – 2022;",
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương và chương trình công tác "
            "của Đảng ủy phường Bình Hàn;",
        ],
        "opening": "Chi bộ trường THCS Bình Hàn (27 đảng viên) xây dựng kế hoạch sinh hoạt chuyên đề năm học "
        "2020 – 2021 như sau:",
        "members": "27 đảng viên",
        "secretary": "Nguyễn Hữu Đức",
        "topics": [
            topic(
                "Vai trò của người đảng viên trong xây dựng mối đoàn kết nội bộ, chấp hành quy chế chuyên môn",
                4,
                10,
                ["Nguyễn Hữu Đức"],
            ),
            topic(
                "Đổi mới phương pháp dạy học, kiểm tra đánh giá học sinh theo định hướng phát triển năng lực",
                4,
                12,
                ["Vũ Thị Hồng Nhung", "Trần Văn Khải"],
            ),
            topic(
                "Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
                1,
                3,
                ["Nguyễn Hữu Đức"],
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường",
                1,
                3,
                ["Nguyễn Thị Thanh Hoa"],
            ),
            topic(
                "Tư vấn, hướng nghiệp và ôn tập cho học sinh lớp 9 dự tuyển vào lớp 10",
                2,
                4,
                ["Trần Văn Khải"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "62_tieu_hoc_tay_son_tien_hai_2023",
        "half": "dev",
        "fmt": "odt",
        "layout": "a_columns_reordered",
        "province": "Thái Bình",
        "source": "http://thtayson.pgdtienhai.edu.vn/tin-tuc-su-kien/dai-hoi-chi-bo-truong-tieu-hoc-tay-son-nhiem-ki-2022-2025.html",
        "source_says": "Thực hiện Kế hoạch 07-KH/ĐU ngày 03/7/2022 của Đảng ủy thị trấn Tiền Hải, chiều 14/9/2022 "
        "Chi bộ trường Tiểu học Tây Sơn tổ chức Đại hội nhiệm kỳ 2022 – 2025; dự có đ/c Trần Trung Trực, Phó Bí thư "
        "Đảng ủy thị trấn; Đại hội bầu chi ủy 2 đồng chí: đ/c Vũ Thị Xuyến tái đắc cử Bí thư, đ/c Vũ Thị Nhuần "
        "Chi ủy viên.",
        "completed": [
            "the page reports the congress; the cell's 2023 thematic plan (number, date, four topics, months, "
            "preparers, products) is completed",
            "Vũ Thị Xuyến and Vũ Thị Nhuần prepare topics under their titles; two teachers are completed",
            "the table's columns come as content, member in charge, time, product; saved as .odt",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ trường Tiểu học Tây Sơn",
        "committee_name": "Đảng bộ thị trấn Tiền Hải",
        "header_committee": "ĐẢNG BỘ THỊ TRẤN TIỀN HẢI",
        "header_cell": "CHI BỘ TRƯỜNG TIỂU HỌC TÂY SƠN",
        "report_to": "Đảng ủy thị trấn Tiền Hải",
        "number": 1,
        "type_code": "KH",
        "date": "2023-01-09",
        "place": "Tiền Hải",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ trường Tiểu học Tây Sơn nhiệm kỳ 2022 – 2025;",
        ],
        "opening": "Thực hiện chương trình công tác năm 2023 của Đảng ủy thị trấn Tiền Hải, Chi bộ trường Tiểu học "
        "Tây Sơn lập kế hoạch sinh hoạt chuyên đề năm 2023 như sau:",
        "members": "12 đảng viên",
        "secretary": "Vũ Thị Xuyến",
        "topics": [
            topic(
                "Nâng cao chất lượng dạy học môn Tiếng Việt theo Chương trình giáo dục phổ thông 2018",
                1,
                3,
                ["Vũ Thị Nhuần", "Phạm Thị Hằng"],
                roles=["Chi ủy viên (chủ trì)", "Tổ trưởng tổ 4 – 5"],
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phát huy dân chủ trong nhà trường",
                2,
                5,
                ["Vũ Thị Xuyến"],
                roles=["Bí thư chi bộ"],
            ),
            _with(
                topic(
                    "Công tác bồi dưỡng quần chúng ưu tú, tạo nguồn phát triển đảng viên trong đội ngũ giáo viên trẻ",
                    3,
                    8,
                    ["Vũ Thị Xuyến", "Nguyễn Văn Tuấn"],
                    roles=["Bí thư chi bộ", "Bí thư Chi đoàn"],
                ),
                product="Báo cáo chuyên đề; danh sách quần chúng ưu tú",
            ),
            topic(
                "Ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý, dạy học",
                4,
                11,
                ["Nguyễn Văn Tuấn"],
                roles=["giáo viên tin học"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "63_chi_bo_lang_can_dai_minh_2024",
        "half": "dev",
        "fmt": "docx",
        "layout": "a_month_columns",
        "province": "Yên Bái",
        "source": "https://baoyenbai.com.vn/PrintPreview/318961/",
        "source_says": "Đảng bộ xã Đại Minh công bố quyết định của Đảng bộ huyện Yên Bình công nhận Chi bộ Làng Cần "
        "đạt chi bộ kiểu mẫu (27/2/2024); chi bộ thôn Làng Cần có 28 đảng viên (26 chính thức), hoàn thành 15 tiêu "
        "chí chi bộ kiểu mẫu giai đoạn 2022 – 2025; 3 năm liền hoàn thành tốt nhiệm vụ trở lên; hằng năm xây dựng "
        "kế hoạch và sinh hoạt theo Hướng dẫn 12-HD/BTCTW; 100% đảng viên dùng Sổ tay đảng viên điện tử tỉnh Yên "
        "Bái; 100% đảng viên xếp loại “Nêu gương tốt”.",
        "completed": [
            "the cell's 2024 activity plan is completed: situation, targets (from the criteria the page names), "
            "a year schedule with months as columns in which four thematic meetings sit among the regular work",
            "the secretary and the members in charge are completed (the page names none of the cell's members)",
            "no quarter is written: the truth's quarters follow the months",
        ],
        "kind": "activity",
        "year": 2024,
        "cell_name": "Chi bộ thôn Làng Cần",
        "committee_name": "Đảng bộ xã Đại Minh",
        "header_committee": "ĐẢNG BỘ XÃ ĐẠI MINH",
        "header_cell": "CHI BỘ THÔN LÀNG CẦN",
        "report_to": "Đảng ủy xã Đại Minh",
        "number": 1,
        "type_code": "KH",
        "date": "2024-01-12",
        "place": "Đại Minh",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ thôn Làng Cần nhiệm kỳ 2022 – 2025;",
            "Căn cứ chương trình công tác năm 2024 của Đảng ủy xã Đại Minh;",
        ],
        "opening": "Chi bộ thôn Làng Cần xây dựng kế hoạch hoạt động năm 2024 như sau:",
        "situation": "Chi bộ có 28 đảng viên, trong đó 26 đảng viên chính thức. Năm 2023 chi bộ hoàn thành tốt nhiệm "
        "vụ; thôn giữ vững danh hiệu khu dân cư văn hóa. Năm 2024 chi bộ phấn đấu hoàn thành các tiêu chí chi bộ kiểu "
        "mẫu giai đoạn 2022 – 2025.",
        "members": "28 đảng viên",
        "secretary": "Hoàng Văn Thịnh",
        "targets": [
            target("Chi bộ được công nhận đạt chi bộ kiểu mẫu", "yes_no"),
            target(
                "100% đảng viên sử dụng có hiệu quả Sổ tay đảng viên điện tử tỉnh Yên Bái",
                "percent",
                100,
            ),
            target("100% đảng viên được xếp loại “Nêu gương tốt”", "percent", 100),
            target("Kết nạp 01 đảng viên mới", "count", 1),
            target("95% số hộ đạt danh hiệu Gia đình văn hóa", "percent", 95),
        ],
        "target_leads": [
            "Chi ủy",
            "đ/c Lương Thị Hoa",
            "Chi ủy",
            "đ/c Hoàng Văn Thịnh",
            "đ/c Đặng Văn Sơn",
        ],
        "regular_work": [
            ("Họp chi bộ thường kỳ, ra nghị quyết tháng", list(range(1, 13)), "Bí thư"),
            ("Sơ kết 6 tháng thực hiện nghị quyết", [6], "Chi ủy"),
            ("Kiểm điểm, đánh giá, xếp loại đảng viên", [12], "Chi ủy"),
        ],
        "topics": [
            topic(
                "Xây dựng chi bộ kiểu mẫu gắn với xây dựng nông thôn mới kiểu mẫu",
                1,
                3,
                ["Hoàng Văn Thịnh"],
            ),
            topic(
                "Hướng dẫn đảng viên khai thác Sổ tay đảng viên điện tử",
                2,
                5,
                ["Lương Thị Hoa"],
            ),
            topic(
                "Vai trò nêu gương của đảng viên trong phát triển kinh tế hộ gia đình",
                3,
                8,
                ["Đặng Văn Sơn", "Hoàng Văn Thịnh"],
            ),
            topic(
                "Phòng, chống thiên tai, sạt lở đất trong mùa mưa bão",
                4,
                10,
                ["Đặng Văn Sơn"],
            ),
        ],  # fmt: skip
    },
    {
        "id": "64_chi_bo_khu_3b_chu_hoa_2026",
        "half": "dev",
        "fmt": "doc",
        "layout": "a_programme_mixed",
        "province": "Phú Thọ",
        "source": "https://baophutho.vn/chu-tich-ubnd-tinh-tran-duy-dong-du-sinh-hoat-chi-bo-khu-3b-chu-hoa-243671.htm",
        "source_says": "Sáng 3/12/2025 Chủ tịch UBND tỉnh Trần Duy Đông dự sinh hoạt thường kỳ tháng 12/2025 với Chi "
        "bộ khu 3B Chu Hóa, xã Hy Cương; chi bộ có 36 đảng viên, nhiều năm hoàn thành xuất sắc nhiệm vụ; năm 2025 "
        "chi bộ chỉ đạo tổ chức Ngày hội đại đoàn kết, làm sạch dữ liệu đất đai, hướng dẫn đảng viên dùng Sổ tay "
        "đảng viên điện tử, giữ vững an ninh trật tự; thu nhập bình quân của khu gần 75 triệu đồng/người/năm; "
        "tháng 12 chi bộ tuyên truyền phát triển kinh tế, vệ sinh môi trường, chuẩn bị Tết Nguyên đán 2026.",
        "completed": [
            "the cell's 2026 work programme is completed from the work the page names; its targets are one "
            "sentence, its four thematic meetings are clauses inside the tasks (“vào kỳ sinh hoạt tháng 6 (quý "
            "II)”), two with the quarter written and two without",
            "the secretary and the other members are completed (the page names none); saved as .doc",
        ],
        "kind": "activity",
        "year": 2026,
        "cell_name": "Chi bộ khu 3B Chu Hóa",
        "committee_name": "Đảng bộ xã Hy Cương",
        "header_committee": "ĐẢNG BỘ XÃ HY CƯƠNG",
        "header_cell": "CHI BỘ KHU 3B CHU HÓA",
        "number": 1,
        "type_code": "CTr",
        "date": "2026-01-06",
        "place": "Hy Cương",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Đảng bộ xã Hy Cương lần thứ I, nhiệm kỳ 2025 – 2030;",
        ],
        "opening": "Chi bộ khu 3B Chu Hóa (36 đảng viên) xây dựng chương trình công tác năm 2026 như sau:",
        "aim": "Giữ vững danh hiệu chi bộ hoàn thành xuất sắc nhiệm vụ; lãnh đạo nhân dân trong khu phát triển kinh "
        "tế, nâng thu nhập bình quân (năm 2025 gần 75 triệu đồng/người/năm), giữ gìn môi trường, an ninh trật tự.",
        "members": "36 đảng viên",
        "secretary": "Hà Văn Định",
        "sections": [
            (
                "Công tác xây dựng Đảng",
                [
                    (
                        "Giáo dục chính trị, tư tưởng",
                        "Quán triệt kịp thời nghị quyết của cấp trên; duy trì học tập và làm theo tư tưởng, đạo đức, "
                        "phong cách Hồ Chí Minh.",
                    ),
                    (
                        "Công tác tổ chức, đảng viên",
                        "Giữ nền nếp sinh hoạt chi bộ ngày 03 hằng tháng; hướng dẫn đảng viên dùng Sổ tay đảng viên "
                        "điện tử.",
                    ),
                ],
            ),
            (
                "Phát triển kinh tế, văn hóa – xã hội",
                [
                    (
                        "Kinh tế",
                        "Vận động nhân dân chuyển đổi cây trồng, phát triển dịch vụ; hoàn thành làm sạch dữ liệu đất "
                        "đai của khu.",
                    ),
                    (
                        "Văn hóa – xã hội",
                        "Tổ chức Ngày hội đại đoàn kết toàn dân tộc; giữ gìn vệ sinh môi trường, chăm lo Tết cho gia "
                        "đình chính sách.",
                    ),
                ],
            ),
            (
                "Quốc phòng, an ninh",
                [
                    (
                        "An ninh trật tự",
                        "Giữ vững an ninh trật tự, không để phát sinh điểm nóng; làm tốt công tác tuyển quân.",
                    ),
                ],
            ),
        ],
        "targets": [
            target("98% số hộ đạt danh hiệu Gia đình văn hóa", "percent", 98),
            target("100% đảng viên sử dụng Sổ tay đảng viên điện tử", "percent", 100),
            target("kết nạp 01 đảng viên mới", "count", 1),
            target("khu giữ vững danh hiệu Khu dân cư văn hóa", "yes_no"),
            target("chi bộ hoàn thành tốt nhiệm vụ trở lên", "yes_no"),
        ],
        "topics": [
            _with(
                topic(
                    "Đảng viên gương mẫu thực hiện Nghị quyết Đại hội Đảng bộ xã Hy Cương nhiệm kỳ 2025 – 2030",
                    1,
                    3,
                    ["Hà Văn Định"],
                    roles=["Bí thư chi bộ"],
                ),
                section="Giáo dục chính trị, tư tưởng",
                say_quarter=True,
            ),
            _with(
                topic(
                    "Ứng dụng Sổ tay đảng viên điện tử trong sinh hoạt chi bộ",
                    2,
                    6,
                    ["Nguyễn Thị Hương", "Đỗ Minh Quân"],
                    roles=["Phó Bí thư, Trưởng khu", "Bí thư Chi đoàn"],
                ),
                section="Công tác tổ chức, đảng viên",
                say_quarter=True,
            ),
            _with(
                topic(
                    "Phát triển kinh tế hộ, nâng thu nhập bình quân của khu",
                    3,
                    8,
                    ["Nguyễn Thị Hương"],
                ),
                section="Kinh tế",
            ),
            _with(
                topic(
                    "Giữ gìn an ninh trật tự, phòng, chống tội phạm ở khu dân cư",
                    4,
                    11,
                    ["Trần Văn Lực", "Hà Văn Định"],
                ),
                section="An ninh trật tự",
            ),
        ],  # fmt: skip
    },
    {
        "id": "65_chi_bo_thon_can_chu_phin_2025",
        "half": "dev",
        "fmt": "txt",
        "layout": "a_two_level",
        "province": "Hà Giang",
        "source": "https://tracuuquyhoach.com/tin-tuc/hai-bi-thu-chi-bo-xuat-sac-duoc-de-nghi-trung-uong-tuyen-duong-54360413",
        "source_says": "Ban Tổ chức Tỉnh ủy đề nghị Trung ương tuyên dương hai Bí thư chi bộ xuất sắc, trong đó đ/c "
        "Thò Mý Xá, sinh năm 1990, dân tộc Mông, Bí thư Chi bộ thôn Cán Chu Phìn, Đảng bộ xã Khâu Vai; các bí thư "
        "gương mẫu vận động nhân dân sản xuất, giảm nghèo, xóa nhà tạm, bỏ hủ tục, xây dựng nếp sống văn minh, "
        "hòa giải ở cơ sở, vận động học sinh đến trường, thực hiện Chương trình “5 không, 3 sạch”, “6 có 3 "
        "không”, tu sửa đường làng ngõ xóm.",
        "completed": [
            "the cell's 2025 thematic plan is completed from the work the page credits the secretary with; the "
            "other members (Trưởng thôn, women's union, a member) and the member count are completed",
            "topics are numbered 2.1–2.4 and assigned in a separate section 3.1–3.4 that names them only by "
            "number; the cell is named in the opening sentence and the signature, not in the header",
            "topic 2.3 is written “Quý III/2025 (tháng 10)”: a month outside its quarter, kept as written "
            "(truth: conflicts 1); plain text",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ thôn Cán Chu Phìn",
        "committee_name": "Đảng bộ xã Khâu Vai",
        "header_committee": "ĐẢNG BỘ XÃ KHÂU VAI",
        "header_no_cell": True,
        "sign_for": "T/M CHI BỘ THÔN CÁN CHU PHÌN",
        "report_to": "Đảng ủy xã Khâu Vai",
        "number": 1,
        "type_code": "KH",
        "date": "2025-01-08",
        "place": "Khâu Vai",
        "legal_bases": [],
        "opening": "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương và chương trình công "
        "tác năm 2025 của Đảng ủy xã Khâu Vai, Chi bộ thôn Cán Chu Phìn (18 đảng viên) xây dựng kế hoạch sinh hoạt "
        "chuyên đề năm 2025 như sau:",
        "members": "18 đảng viên",
        "secretary": "Thò Mý Xá",
        "topics": [
            topic(
                "Vận động nhân dân thực hiện Chương trình “5 không, 3 sạch”",
                1,
                2,
                ["Thò Mý Xá", "Giàng Thị Mỷ"],
                roles=["Bí thư chi bộ (chủ trì)", "Chi hội trưởng Phụ nữ"],
            ),
            topic(
                "Xóa bỏ hủ tục trong việc cưới, việc tang, xây dựng nếp sống văn minh",
                2,
                5,
                ["Sùng Mí Dình"],
                roles=["Trưởng thôn"],
            ),
            topic(
                "Vận động học sinh đến trường, duy trì sĩ số đầu năm học",
                3,
                10,
                ["Thò Mý Xá"],
                conflict=True,
                roles=["Bí thư chi bộ"],
            ),
            topic(
                "Tu sửa đường làng, ngõ xóm, thực hiện tiêu chí “6 có 3 không”",
                4,
                11,
                ["Vàng Mí Lử", "Sùng Mí Dình"],
                roles=["đảng viên", "Trưởng thôn"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "66_thpt_ngo_gia_tu_bac_ninh_2021",
        "half": "dev",
        "fmt": "odt",
        "layout": "a_resolution_prose",
        "province": "Bắc Ninh",
        "source": "http://thptngogiatu.bacninh.edu.vn/gioi-thieu/so-do-to-chuc/chi-bo-dang",
        "source_says": "Chi bộ trường THPT Ngô Gia Tự (Bắc Ninh) thành lập tháng 3/2000 với 4 đảng viên; qua 21 năm "
        "có 43 đảng viên từng sinh hoạt; hiện có 34 đảng viên (32 chính thức, 2 dự bị); đã qua 6 lần đại hội; Bí "
        "thư chi bộ từ năm 2010 là thầy giáo, Hiệu trưởng Dương Hồng Sơn.",
        "completed": [
            "the page introduces the cell; its resolution for the school year 2021 – 2022 (number, date, targets, "
            "four thematic meetings in prose) is completed",
            "the superior committee is not named on the page: “Đảng bộ thị xã Từ Sơn” is assumed",
            "Dương Hồng Sơn chairs the first topic; the other preparers are completed; saved as .odt",
        ],
        "kind": "activity",
        "year": 2021,
        "cell_name": "Chi bộ trường THPT Ngô Gia Tự",
        "committee_name": "Đảng bộ thị xã Từ Sơn",
        "header_committee": "ĐẢNG BỘ THỊ XÃ TỪ SƠN",
        "header_cell": "CHI BỘ TRƯỜNG THPT NGÔ GIA TỰ",
        "report_to": "Thị ủy Từ Sơn",
        "number": 5,
        "type_code": "NQ",
        "date": "2021-09-20",
        "place": "Từ Sơn",
        "legal_bases": [
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
            "Căn cứ kết quả thảo luận của hội nghị chi bộ ngày 18/9/2021,",
        ],
        "opening": "Chi bộ trường THPT Ngô Gia Tự (34 đảng viên, trong đó 32 chính thức, 2 dự bị) quyết nghị:",
        "situation": "Năm học 2020 – 2021 chi bộ lãnh đạo nhà trường vừa dạy học vừa phòng, chống dịch Covid-19; "
        "chi bộ được đánh giá hoàn thành tốt nhiệm vụ.",
        "members": "34 đảng viên",
        "secretary": "Dương Hồng Sơn",
        "targets": [
            target("100% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("ít nhất 20% đảng viên hoàn thành xuất sắc nhiệm vụ", "percent", 20),
            target("kết nạp 02 đảng viên mới", "count", 2),
            target("tỷ lệ học sinh đỗ tốt nghiệp THPT đạt 99% trở lên", "percent", 99),
            target("chi bộ hoàn thành tốt nhiệm vụ", "yes_no"),
        ],
        "prose": [
            "Trong học kỳ I, chi bộ sinh hoạt chuyên đề “Nâng cao chất lượng dạy học lớp 10 theo Chương trình giáo "
            "dục phổ thông 2018” vào kỳ sinh hoạt tháng 10/2021 (quý IV), do đồng chí Dương Hồng Sơn – Bí thư chi "
            "bộ, Hiệu trưởng chủ trì, đồng chí Nguyễn Thị Minh Nguyệt – Phó Hiệu trưởng trình bày đề dẫn. Chuyên đề "
            "“Phòng, chống dịch Covid-19 và tổ chức dạy học trực tuyến an toàn, hiệu quả” được tổ chức trong tháng "
            "12/2021, giao đồng chí Lê Văn Quyết – Tổ trưởng tổ Tin học chuẩn bị.",
            "Sang học kỳ II, tháng 3/2022 chi bộ sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong "
            "cách Hồ Chí Minh về phong cách làm việc khoa học của người thầy” (đồng chí Ngô Thị Thu Hà – Bí thư Đoàn "
            "trường chuẩn bị). Quý II/2022, vào kỳ sinh hoạt tháng 5, chi bộ sinh hoạt chuyên đề “Bồi dưỡng, giới "
            "thiệu học sinh lớp 12 ưu tú đứng vào hàng ngũ của Đảng” do các đồng chí Nguyễn Thị Minh Nguyệt và Ngô "
            "Thị Thu Hà chuẩn bị.",
        ],
        "topics": [
            topic(
                "Nâng cao chất lượng dạy học lớp 10 theo Chương trình giáo dục phổ thông 2018",
                4,
                10,
                ["Dương Hồng Sơn", "Nguyễn Thị Minh Nguyệt"],
            ),
            topic(
                "Phòng, chống dịch Covid-19 và tổ chức dạy học trực tuyến an toàn, hiệu quả",
                4,
                12,
                ["Lê Văn Quyết"],
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phong cách làm việc khoa học của "
                "người thầy",
                1,
                3,
                ["Ngô Thị Thu Hà"],
            ),
            topic(
                "Bồi dưỡng, giới thiệu học sinh lớp 12 ưu tú đứng vào hàng ngũ của Đảng",
                2,
                5,
                ["Nguyễn Thị Minh Nguyệt", "Ngô Thị Thu Hà"],
            ),
        ],  # fmt: skip
    },
    {
        "id": "67_chi_bo_xom_cho_dap_an_binh_2019",
        "half": "dev",
        "fmt": "scan",
        "layout": "a_month_table_short",
        "province": "Hòa Bình",
        "source": "http://en.baohoabinh.com.vn/1/7724/Effective-models-of-following-President-Ho-Chi-Minhs-example-"
        "multiplied-in-An-Binh.htm",
        "source_says": "Đảng ủy xã An Bình (Lạc Thủy) chú trọng nhân rộng các mô hình học tập và làm theo Bác; xóm Chợ "
        "Đập phát triển nghề bóc gỗ công nghiệp; Vu Thi Tham, đảng viên chi bộ xóm Chợ Đập, lập chuỗi bóc gỗ tạo "
        "việc làm cho gần 30 lao động (thu nhập 4–7 triệu đồng), gia đình hiến hàng trăm mét vuông đất làm nông "
        "thôn mới; Đảng ủy xã giám sát việc thực hiện Nghị quyết Trung ương 4 khóa XII và Chỉ thị 05 ở các chi bộ "
        "(trang tiếng Anh của Báo Hòa Bình, tên viết không dấu).",
        "completed": [
            "the page portrays the commune; the hamlet cell's one-page 2019 schedule of thematic meetings is "
            "completed from what it stresses (wood peeling jobs, land for roads, Resolution TW4, Directive 05)",
            "the page writes names without diacritics: “Vũ Thị Thắm” is our reading of “Vu Thi Tham”; the "
            "secretary and the other members are completed",
            "the quarter is written only in the note column, and not for the June meeting; scanned",
        ],
        "kind": "thematic",
        "year": 2019,
        "cell_name": "Chi bộ xóm Chợ Đập",
        "committee_name": "Đảng bộ xã An Bình",
        "header_committee": "ĐẢNG BỘ XÃ AN BÌNH",
        "header_cell": "CHI BỘ XÓM CHỢ ĐẬP",
        "number": 3,
        "type_code": "KH",
        "date": "2019-01-15",
        "place": "An Bình",
        "legal_bases": [],
        "opening": "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và nghị quyết của Đảng ủy xã An Bình, Chi bộ xóm "
        "Chợ Đập (21 đảng viên) thống nhất lịch sinh hoạt chuyên đề năm 2019 như sau:",
        "members": "21 đảng viên",
        "secretary": "Bùi Văn Thanh",
        "topics": [
            topic(
                "Học tập và làm theo Bác về ý thức tổ chức kỷ luật, tinh thần trách nhiệm của đảng viên",
                1,
                3,
                ["Bùi Văn Thanh"],
            ),
            _with(
                topic(
                    "Phát triển nghề bóc gỗ, tạo việc làm cho lao động trong xóm",
                    2,
                    6,
                    ["Vũ Thị Thắm"],
                ),
                note="Sinh hoạt tại xưởng bóc gỗ",
            ),
            topic(
                "Vận động nhân dân hiến đất mở rộng đường, xây dựng nông thôn mới",
                3,
                9,
                ["Quách Văn Hòa", "Bùi Văn Thanh"],
            ),
            topic(
                "Thực hiện Nghị quyết Trung ương 4 khóa XII, ngăn chặn suy thoái trong đảng viên",
                4,
                11,
                ["Bùi Văn Thanh"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "68_chi_bo_thon_yen_minh_minh_bao_2022",
        "half": "dev",
        "fmt": "txt",
        "layout": "a_halves_assign_by_month",
        "province": "Yên Bái",
        "source": "http://bantindangbothanhphoyenbai.vn/chi-tiet/?UUID=AXRJXMHQ7DFGCGGJ",
        "source_says": "Chi bộ thôn Yên Minh, xã Minh Bảo, thành phố Yên Bái (bài 23/03/2022 “Chi bộ mạnh là nhờ học "
        "và làm theo Bác”) trực thuộc Đảng bộ xã Minh Bảo, có 52 đảng viên, 17 đồng chí được miễn sinh hoạt; hằng "
        "năm thực hiện Chỉ thị 05-CT/TW gắn với Nghị quyết Trung ương 4 khóa XII; 100% đảng viên đăng ký học tập và "
        "làm theo Bác theo chuyên đề hằng năm; ông Đỗ Mạnh Tiến là Phó Bí thư Chi bộ, Trưởng thôn.",
        "completed": [
            "the cell's 2022 plan of thematic meetings on studying and following Hồ Chí Minh is completed; Đỗ "
            "Mạnh Tiến prepares two topics; the secretary and a third preparer are completed",
            "topics stand under “6 THÁNG ĐẦU NĂM” / “6 THÁNG CUỐI NĂM” with their month only (the truth's quarters "
            "follow the months); the assignment section is grouped by person and names topics by month; plain text",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ thôn Yên Minh",
        "committee_name": "Đảng bộ xã Minh Bảo",
        "header_committee": "ĐẢNG BỘ XÃ MINH BẢO",
        "header_cell": "CHI BỘ THÔN YÊN MINH",
        "report_to": "Đảng ủy xã Minh Bảo",
        "number": 2,
        "type_code": "KH",
        "date": "2022-01-10",
        "place": "Minh Bảo",
        "legal_bases": [
            "Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, "
            "đạo đức, phong cách Hồ Chí Minh;",
        ],
        "opening": "Chi bộ thôn Yên Minh có 52 đảng viên (17 đồng chí được miễn sinh hoạt) xây dựng kế hoạch sinh "
        "hoạt chuyên đề năm 2022 như sau:",
        "members": "52 đảng viên",
        "secretary": "Nguyễn Văn Lâm",
        "titles": {
            "Nguyễn Văn Lâm": "Bí thư chi bộ",
            "Đỗ Mạnh Tiến": "Phó Bí thư chi bộ, Trưởng thôn",
            "Trần Thị Hạnh": "Chi ủy viên, Chi hội trưởng Phụ nữ",
        },
        "topics": [
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng "
                "phát triển đất nước",
                1,
                2,
                ["Nguyễn Văn Lâm"],
            ),
            topic(
                "Đảng viên gương mẫu trong xây dựng nông thôn mới nâng cao ở thôn",
                2,
                4,
                ["Đỗ Mạnh Tiến"],
            ),
            topic(
                "Nêu gương của đảng viên trong thực hiện nếp sống văn minh", 3, 8, ["Trần Thị Hạnh"]
            ),
            topic(
                "Thực hiện Nghị quyết Trung ương 4 khóa XII, ngăn chặn suy thoái, “tự diễn biến”, “tự chuyển hóa”",
                4,
                10,
                ["Đỗ Mạnh Tiến", "Trần Thị Hạnh"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "69_chi_bo_thon_yen_thanh_van_ban_2023",
        "half": "dev",
        "fmt": "docx",
        "layout": "a_resolution_targets_table",
        "province": "Lào Cai",
        "source": "https://baolaocai.vn/bai-viet/359111-chi-bo-yen-thanh-phat-huy-vai-tro-hat-nhan-lanh-dao",
        "source_says": "Chi bộ thôn Yên Thành, xã Khánh Yên Thượng (Văn Bàn) phát huy vai trò hạt nhân lãnh đạo; thôn "
        "đạt thôn kiểu mẫu từ năm 2016; Bí thư Chi bộ, Trưởng thôn Nguyễn Công Bằng là tổ trưởng tổ thu gom rác "
        "thải (từ năm 2013), mỗi khẩu nộp 5.000 đồng/tháng, trên 90% số hộ được thu gom; nghị quyết hằng tháng của "
        "chi bộ sát với thực tế.",
        "completed": [
            "the cell's resolution for 2023 is completed: last year's results from the page, targets in a table "
            "beside them, four thematic meetings written “Quý II – kỳ sinh hoạt tháng 6: …” with several presenters",
            "Nguyễn Công Bằng prepares three topics; the other members are completed",
        ],
        "kind": "activity",
        "year": 2023,
        "cell_name": "Chi bộ thôn Yên Thành",
        "committee_name": "Đảng bộ xã Khánh Yên Thượng",
        "header_committee": "ĐẢNG BỘ XÃ KHÁNH YÊN THƯỢNG",
        "header_cell": "CHI BỘ THÔN YÊN THÀNH",
        "number": 12,
        "type_code": "NQ",
        "date": "2023-01-05",
        "place": "Khánh Yên Thượng",
        "legal_bases": [
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
            "Căn cứ Nghị quyết của Đảng ủy xã Khánh Yên Thượng về nhiệm vụ năm 2023,",
        ],
        "opening": "Hội nghị Chi bộ thôn Yên Thành ngày 04/01/2023 thảo luận và quyết nghị:",
        "situation": "Năm 2022 chi bộ lãnh đạo duy trì tổ thu gom rác thải (thành lập từ năm 2013, mỗi khẩu đóng 5.000 "
        "đồng/tháng), trên 90% số hộ được thu gom; thôn giữ vững thôn kiểu mẫu đạt từ năm 2016; nghị quyết hằng "
        "tháng của chi bộ bám sát thực tế.",
        "members": "24 đảng viên",
        "secretary": "Nguyễn Công Bằng",
        "targets": [
            target("95% số hộ được thu gom rác thải", "percent", 95),
            target("Thôn giữ vững danh hiệu thôn kiểu mẫu", "yes_no"),
            target("100% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("Kết nạp 01 đảng viên mới", "count", 1),
            target("Chi bộ hoàn thành tốt nhiệm vụ", "yes_no"),
        ],
        "last_year": ["Trên 90%", "Đạt", "100%", "Chưa kết nạp", "Hoàn thành tốt nhiệm vụ"],
        "topics": [
            topic(
                "Xây dựng nghị quyết hằng tháng của chi bộ sát với thực tế của thôn",
                1,
                3,
                ["Nguyễn Công Bằng", "Hoàng Văn Tiến"],
                roles=["chủ trì", ""],
            ),
            topic(
                "Duy trì tổ thu gom rác thải, giữ gìn vệ sinh môi trường trong mùa mưa",
                2,
                6,
                ["Nguyễn Công Bằng"],
                roles=["Tổ trưởng tổ thu gom rác thải"],
            ),
            topic(
                "Vận động học sinh ra lớp đầu năm học",
                3,
                9,
                ["Lương Thị Huyền"],
                roles=["Chi hội trưởng Phụ nữ"],
            ),
            topic(
                "Đảng viên gương mẫu phát triển kinh tế, giảm nghèo bền vững",
                4,
                12,
                ["Hoàng Văn Tiến", "Nguyễn Công Bằng"],
                roles=["Phó Bí thư, chủ trì", ""],
            ),
        ],  # fmt: skip
    },
]
