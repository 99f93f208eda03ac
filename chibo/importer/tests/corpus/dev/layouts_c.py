"""Development batch 80–89: layouts and plans written by a corpus writer who had not read the parser.

The layouts are this batch's own (none of ``build.py``'s, ``layouts_a.py``'s or ``layouts_b.py``'s
layout functions is reused; only ``build.py``'s block kinds and renderers). Besides the shapes they
carry some of the mechanics of real Word files: columns lined up with tabs instead of a table,
Word's automatic list numbering (the "1." is not in the text, so a later section names the topics
"chuyên đề thứ hai"), one small two-column table per topic, line breaks inside one table cell, a
table split in two by a page break with its header row typed again, an empty row and a "Cả năm"
row, notes in brackets after a topic, plain text hard-wrapped so that a title runs over two lines.
Facts are in ``PLANS`` below (same keys as ``plans.py``); ``build.py`` merges ``LAYOUTS`` and
``PLANS``.
"""

from __future__ import annotations

import textwrap
from typing import Any

from ..common import (
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
from ..facts import T, target, topic

ORDINAL = {1: "thứ nhất", 2: "thứ hai", 3: "thứ ba", 4: "thứ tư", 5: "thứ năm"}


# ------------------------------------------------------------------------------------ helpers
def _top(p: dict[str, Any]) -> Block:
    """The heading as a borderless two-column table: ``top_left`` lines (committee, cell, or only
    the committee), a star, the number; the Party's name, a rule and the date on the right."""
    number = number_line(p, label="Số: ", gap="Số        -{code}")
    return typed_header(p["top_left"], number, date_line(p), rule="_______________")


def _end(p: dict[str, Any]) -> Block:
    return signature(p, "để báo cáo", p.get("also_to", []), "Lưu VT chi bộ")


def _titled(name: str, p: dict[str, Any], prefix: str = "đ/c") -> str:
    return titled(name, p.get("posts", {}), prefix)


def _who(t: dict[str, Any], p: dict[str, Any], prefix: str = "đ/c", sep: str = ", ") -> str:
    return people(t, prefix, sep, p.get("posts", {}))


def _wrapped(text: str, width: int, indent: str = "", hang: str = "") -> list[Block]:
    """A paragraph as a plain-text file keeps it: hard line breaks at ``width`` characters."""
    lines = textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=hang or indent)
    return paras(lines)


# ------------------------------------------------------------------------------------ layouts
def tab_aligned(p: dict[str, Any]) -> list[Block]:
    """No table: the secretary lined the columns up with tab characters (TT, content, time,
    people), a tab-aligned heading line above; a closing "Cả năm" line that is not a topic."""
    out = top(_top(p), p["title_lines"], p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += paras(p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ NGƯỜI THỰC HIỆN"))
    out.append(("p", "TT\tNội dung chuyên đề\t\tThời gian\tNgười thực hiện"))
    for i, t in enumerate(p["topics"], 1):
        note = f" ({t['short']})" if t["short"] != t["title"] else ""
        out.append(("p", f"{i}\t{t['title']}{note}\t{t['when']}\t{_who(t, p)}"))
    out.append(("p", f"\t{p['all_year']}\tCả năm\tChi ủy"))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_end(p))
    return out


def autonumber_ordinal(p: dict[str, Any]) -> list[Block]:
    """The topics are an automatically numbered Word list (the numbers are not in the text), each
    with its month and quarter in brackets and sometimes a note; the assignment section, written
    apart, can only name them "Chuyên đề thứ nhất", "thứ hai" …, with posts and parts."""
    out = top(_top(p), p["title_lines"], p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += paras(p["aims"])
    out.append(("h", "II. NỘI DUNG CÁC CHUYÊN ĐỀ"))
    for t in p["topics"]:
        note = f" {t['short']}" if t["short"] != t["title"] else ""
        out.append(
            ("ps", f"Chuyên đề “{t['title']}”{note} – thực hiện {t['when']}.", "List Number")
        )
    out.append(("h", "III. PHÂN CÔNG CHUẨN BỊ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"- Chuyên đề {ORDINAL[i]}: {_who(t, p, 'đồng chí', '; ')}."))
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_end(p))
    return out


def topic_cards(p: dict[str, Any]) -> list[Block]:
    """Each topic a small two-column table of its own ("Tên chuyên đề" | title in the first row,
    then time, place, preparers with a line break between names, participants), under a heading
    "Chuyên đề quý N"."""
    out = top(_top(p), p["title_lines"], p)
    out.append(("h", "1. Mục đích, yêu cầu"))
    out += paras(p["aims"])
    out.append(("h", "2. Nội dung, thời gian, phân công"))
    for t in p["topics"]:
        out.append(("h", f"Chuyên đề quý {ROMAN[t['quarter']]}"))
        rows = [
            ["Thời gian", t["when"]],
            ["Địa điểm", p.get("places", {}).get(t["month"], "Phòng họp cơ quan")],
            ["Người chuẩn bị, trình bày", _who(t, p, "Đ/c", "\n")],
            ["Thành phần", p["members_line"]],
        ]
        out.append(("table", ["Tên chuyên đề", t["title"]], rows, "", [4.5, 11.5]))
    out.append(("h", "3. Tổ chức thực hiện"))
    out += paras(p["closing"])
    out.append(_end(p))
    return out


def resolution_inline(p: dict[str, Any]) -> list[Block]:
    """A cell's resolution as a plain-text file hard-wrapped at 86 characters: targets as a typed
    list with "phấn đấu … %"; the thematic meetings one long paragraph, quarter after quarter
    separated by semicolons, so that titles run over two lines."""
    w = 86
    out: list[Block] = [_top(p), ("title", p["title_lines"])]
    for line in p["legal_bases"]:
        out += _wrapped(line, w)
    out += _wrapped(p["opening"], w)
    out.append(("p", ""))
    out.append(("h", "QUYẾT NGHỊ:"))
    out.append(("h", "1. Các chỉ tiêu chủ yếu năm " + str(p["year"])))
    for i, line in enumerate(p["target_lines"], 1):
        out += _wrapped(f"1.{i}. {line}", w, "", "      ")
    out.append(("h", "2. Nhiệm vụ, giải pháp"))
    for line in p["tasks"]:
        out += _wrapped(line, w)
    parts = []
    for t in p["topics"]:
        parts.append(f"{t['when']} – chuyên đề “{t['title']}”, giao {_who(t, p)} chuẩn bị")
    out += _wrapped("- " + p["topics_lead"] + "; ".join(parts) + ".", w)
    out.append(("h", "3. Tổ chức thực hiện"))
    for line in p["closing"]:
        out += _wrapped(line, w)
    out.append(_end(p))
    return out


def person_quarter_matrix(p: dict[str, Any]) -> list[Block]:
    """The topics are listed by number only ("Chuyên đề 1. …", no time, no people); their time and
    preparers are in a matrix: one row per member (name, post), one column per quarter, the cell
    saying "CĐ 2 – chủ trì" and the month on the next line; a last row for all members."""
    out = top(_top(p), p["title_lines"], p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += paras(p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"Chuyên đề {i}. {t['title']}"))
    out.append(("h", "III. THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN"))
    people: list[str] = []
    for t in p["topics"]:
        people += [n for n in t["presenters"] if n not in people]
    rows = []
    for n in people:
        row = [f"Đ/c {n}", p.get("posts", {}).get(n, "Đảng viên"), "", "", "", ""]
        for i, t in enumerate(p["topics"], 1):
            if n in t["presenters"]:
                k = t["presenters"].index(n)
                role = t["roles"][k] if k < len(t["roles"]) and t["roles"][k] else ""
                row[1 + t["quarter"]] = (
                    f"CĐ {i}" + (f" – {role}" if role else "") + f"\n({t['when']})"
                )
        rows.append(row)
    rows.append(
        [
            "Đảng viên trong chi bộ",
            "",
            "Dự, thảo luận",
            "Dự, thảo luận",
            "Dự, thảo luận",
            "Dự, thảo luận",
        ]
    )
    head = ["Đồng chí", "Chức vụ", "Quý I", "Quý II", "Quý III", "Quý IV"]
    out.append(("table", head, rows, "", [3.6, 3.4, 2.3, 2.3, 2.3, 2.3]))
    out.append(("p", "Ghi chú: CĐ – chuyên đề (số thứ tự theo mục II)."))
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_end(p))
    return out


def two_tables_by_number(p: dict[str, Any]) -> list[Block]:
    """One page, two tables joined only by the topic's number: the first lists the titles, the
    second gives each number its month, who writes the outline and who presents it."""
    out: list[Block] = [_top(p), ("title", p["title_lines"])]
    out.append(("p", p["opening"]))
    out.append(("h", "1. Danh mục chuyên đề"))
    out.append(
        (
            "table",
            ["STT", "Tên chuyên đề"],
            [[f"{i:02d}", t["title"]] for i, t in enumerate(p["topics"], 1)],
            "",
            [1.5, 14.5],
        )
    )
    out.append(("h", "2. Thời gian, người thực hiện"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        outline, speaker = t["presenters"][0], t["presenters"][-1]
        rows.append([f"Chuyên đề {i:02d}", t["when"], f"Đ/c {outline}", f"Đ/c {speaker}"])
    out.append(
        (
            "table",
            ["Chuyên đề", "Thời gian", "Xây dựng đề cương", "Trình bày"],
            rows,
            "",
            [3, 3.5, 4.8, 4.7],
        )
    )
    out += paras(p["closing"])
    out.append(_end(p))
    return out


def split_year_table(p: dict[str, Any]) -> list[Block]:
    """A year's programme as one table of months, thematic meetings told apart only by the note
    column ("Chuyên đề quý II"); the table is split by a page break and its header row typed again
    on the next page; an empty row left in and a closing "Cả năm" row; people one per line."""
    out = top(_top(p), p["title_lines"], p)
    out.append(("h", "I. MỤC TIÊU, CHỈ TIÊU"))
    out += paras(p["target_lines"])
    out.append(("h", "II. LỊCH CÔNG TÁC"))
    by_month = {t["month"]: t for t in p["topics"]}
    head = ["Thời gian", "Nội dung công việc", "Người thực hiện", "Ghi chú"]
    widths = [2.4, 7.6, 3.8, 2.2]
    rows = []
    for m, (work, doers) in p["months"].items():
        t = by_month.get(m)
        if t:
            extra = f"\n{t['short']}" if t["short"] != t["title"] else ""
            rows.append(
                [
                    t["when"],
                    t["title"] + extra,
                    _who(t, p, "Đ/c", "\n"),
                    f"Chuyên đề quý {ROMAN[t['quarter']]}",
                ]
            )
        else:
            rows.append([f"Tháng {m}", work, doers, ""])
    cut = p["cut_after"]
    out.append(("table", head, rows[:cut], "", widths))
    out.append(("pagebreak",))
    tail = rows[cut:] + [["", "", "", ""], ["Cả năm", p["all_year"], "Chi ủy", ""]]
    out.append(("table", head, tail, "", widths))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_end(p))
    return out


def person_first_wrapped(p: dict[str, Any]) -> list[Block]:
    """Plain text hard-wrapped at 76 characters with a hanging indent; the topics appear only in
    an assignment section that begins each item with the people ("Đ/c … – Trưởng khoa (chủ trì),
    đ/c …: chuyên đề “…”; vào kỳ sinh hoạt tháng 4/2016 (chuyên đề quý I)")."""
    w = 76
    out: list[Block] = [_top(p), ("title", p["title_lines"])]
    for line in p["legal_bases"]:
        out += _wrapped(line, w)
    out += _wrapped(p["opening"], w)
    out.append(("p", ""))
    out.append(("h", "I. YÊU CẦU"))
    for line in p["aims"]:
        out += _wrapped(line, w, "", "  ")
    out.append(("p", ""))
    out.append(("h", "II. PHÂN CÔNG CHUẨN BỊ VÀ THỜI GIAN SINH HOẠT"))
    for i, t in enumerate(p["topics"], 1):
        who = _who(t, p, "đ/c", ", ")
        item = f"{i}. {who[0].upper()}{who[1:]}: chuyên đề “{t['title']}”; {t['when']}."
        out += _wrapped(item, w, "", "   ")
    out.append(("p", ""))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    for line in p["closing"]:
        out += _wrapped(line, w, "", "  ")
    out.append(_end(p))
    return out


def annex_after_signature(p: dict[str, Any]) -> list[Block]:
    """The plan's body only points to an annex ("có Phụ lục kèm theo"); after the signature, on a
    new page, the annex table lists the topics with the people first, the topic, the month typed
    "5/2022", and the quarter only in a note column."""
    out = top(_top(p), p["title_lines"], p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += paras(p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG"))
    out.append(("p", p["body_line"]))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_end(p))
    out.append(("pagebreak",))
    y, m, d = p["date"].split("-")
    annex = [
        "PHỤ LỤC",
        f"Lịch sinh hoạt chuyên đề năm {p['year']}",
        f"(Kèm theo Kế hoạch số {p['number']:02d}-{p['type_code']}/CB ngày {d}/{m}/{y} của Chi bộ)",
    ]
    out.append(("title", annex))
    rows = []
    for t in p["topics"]:
        rows.append([_who(t, p, "Đ/c", "\n"), t["title"], t["when"], f"Quý {ROMAN[t['quarter']]}"])
    out.append(
        (
            "table",
            ["Người thực hiện", "Chuyên đề", "Tháng", "Ghi chú"],
            rows,
            "",
            [4.2, 7.8, 2.0, 2.0],
        )
    )
    return out


def dotted_form(p: dict[str, Any]) -> list[Block]:
    """Each topic a filled-in form: "Tên chuyên đề:", "Thời gian: Quý … Tháng …" (quarter and month
    in separate fields), "Người chuẩn bị:", "Người trình bày:", padded with dotted leaders; a long
    title broken by hand over two lines inside its paragraph."""
    dots = " " + "." * 12
    out = top(_top(p), p["title_lines"], p)
    out.append(("h", "A. MỤC ĐÍCH, YÊU CẦU"))
    out += paras(p["aims"])
    out.append(("h", "B. CÁC CHUYÊN ĐỀ TRONG NĂM"))
    for i, t in enumerate(p["topics"], 1):
        title = t["title"]
        if len(title) > 70:  # the typist pressed Shift+Enter half-way
            cut = title.rfind(" ", 0, len(title) // 2 + 8)
            title = title[:cut] + "\n" + title[cut + 1 :]
        out.append(("h", f"Chuyên đề số {i}"))
        out.append(("p", f"Tên chuyên đề: {title}{dots}"))
        out.append(("p", f"Thời gian: Quý {ROMAN[t['quarter']]}{dots}  Tháng: {t['when']}{dots}"))
        prep = t["presenters"][0]
        speakers = t["presenters"][1:] or t["presenters"][:1]
        out.append(("p", f"Người chuẩn bị: {_titled(prep, p, 'đ/c')}{dots}"))
        out.append(
            ("p", "Người trình bày: " + ", ".join(_titled(n, p, "đ/c") for n in speakers) + dots)
        )
    out.append(("h", "C. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_end(p))
    return out


LAYOUTS = {
    "c_tab_aligned": tab_aligned,
    "c_autonumber_ordinal": autonumber_ordinal,
    "c_topic_cards": topic_cards,
    "c_resolution_inline": resolution_inline,
    "c_person_quarter_matrix": person_quarter_matrix,
    "c_two_tables_by_number": two_tables_by_number,
    "c_split_year_table": split_year_table,
    "c_person_first_wrapped": person_first_wrapped,
    "c_annex_after_signature": annex_after_signature,
    "c_dotted_form": dotted_form,
}


# -------------------------------------------------------------------------------------- plans
PLANS: list[T] = [
    {
        "id": "80_chi_bo_ban_men_thanh_nua_2016",
        "half": "dev",
        "fmt": "docx",
        "layout": "c_tab_aligned",
        "province": "Điện Biên",
        "source": "http://huyendienbien.gov.vn/T/Huyen-Dien-Bien-gan-sinh-hoat-chi-bo-voi-thuc-hien-Nghi-quyet-Trung-uong-4",
        "source_says": "Bài ngày 12/08/2016: Đảng bộ huyện Điện Biên gắn nâng cao chất lượng sinh hoạt chi bộ với thực "
        "hiện Nghị quyết Trung ương 4; ảnh buổi sinh hoạt của Chi bộ bản Mển, xã Thanh Nưa; huyện có 69 tổ chức cơ sở "
        "đảng, 550 chi bộ trực thuộc đảng bộ cơ sở với 5.712 đảng viên, phần đông là người dân tộc thiểu số; các chi "
        "bộ thôn, bản vùng sâu, vùng xa, biên giới đổi mới nội dung, hình thức sinh hoạt, sinh hoạt định kỳ mỗi "
        "tháng.",
        "completed": [
            "the page shows the cell at a meeting only: its thematic plan for 2016 (number, date, legal bases, "
            "aims, four topics with months and preparers, the closing section, the secretary) is completed; one "
            "topic takes up the page's subject (Nghị quyết Trung ương 4)",
            "the committee is written as the Đảng bộ xã Thanh Nưa; the preparers' names are completed",
            "the table is typed with tab characters, not as a Word table; the time is typed differently per "
            "line; a “Cả năm” line that is not a topic closes the list; one topic carries a note in brackets",
        ],
        "kind": "thematic",
        "year": 2016,
        "cell_name": "Chi bộ bản Mển",
        "committee_name": "Đảng bộ xã Thanh Nưa",
        "top_left": ["ĐẢNG BỘ XÃ THANH NƯA", "CHI BỘ BẢN MỂN"],
        "title_lines": ["KẾ HOẠCH", "sinh hoạt chuyên đề của chi bộ năm 2016"],
        "number": 3,
        "type_code": "KH",
        "date": "2016-01-20",
        "place": "Thanh Nưa",
        "secretary": "Lò Văn Pắn",
        "legal_bases": [
            "- Căn cứ Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 của Ban Tổ chức Trung ương về nội dung sinh hoạt "
            "chi bộ;",
            "- Căn cứ Nghị quyết của Chi bộ bản Mển về nhiệm vụ năm 2016.",
        ],
        "opening": "Chi bộ bản Mển, xã Thanh Nưa, huyện Điện Biên xây dựng kế hoạch sinh hoạt chuyên đề năm 2016 "
        "như sau:",
        "aims": [
            "- Mỗi quý sinh hoạt một chuyên đề, nội dung gần với đời sống của bản; đảng viên người dân tộc Thái "
            "được trao đổi bằng tiếng dân tộc khi cần.",
            "- Đảng viên được phân công chuẩn bị gửi dự thảo cho Chi ủy trước kỳ sinh hoạt 05 ngày.",
        ],
        "posts": {"Lò Văn Pắn": "Bí thư", "Quàng Thị Ơn": "Phó Bí thư, Trưởng bản"},
        "topics": [
            topic(
                "Học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ huyện Điện Biên",
                1,
                3,
                ["Lò Văn Pắn", "Quàng Thị Ơn"],
                when="Tháng 3 (Quý I)",
                roles=["chủ trì", ""],
            ),
            topic(
                "Thực hiện Nghị quyết Trung ương 4 khóa XI: tự phê bình và phê bình trong sinh hoạt chi bộ",
                2,
                6,
                ["Lường Văn Hoan"],
                when="T6 - Quý II",
            ),
            topic(
                "Thâm canh lúa hai vụ, chăn nuôi gia súc gắn với xây dựng nông thôn mới ở bản",
                3,
                9,
                ["Tòng Văn Hải", "Lò Văn Pắn"],
                short="mời cán bộ khuyến nông xã cùng dự",
                when="Tháng 9/2016 (QIII)",
            ),
            topic(
                "Giữ gìn bản sắc văn hóa dân tộc Thái; phòng, chống ma túy trong bản",
                4,
                11,
                ["Quàng Thị Ơn"],
                when="Quý IV - tháng 11",
            ),
        ],
        "all_year": "Lồng ghép kết quả các chuyên đề vào sinh hoạt thường kỳ",
        "closing": [
            "- Chi ủy đôn đốc đảng viên chuẩn bị nội dung; sau mỗi chuyên đề báo cáo kết quả về Đảng ủy xã.",
            "- Đảng viên nghiên cứu trước tài liệu, tích cực tham gia ý kiến tại buổi sinh hoạt.",
        ],
        "targets": [],
    },
    {
        "id": "81_tieu_hoc_nam_hai_hai_an_2022",
        "half": "dev",
        "fmt": "doc",
        "layout": "c_autonumber_ordinal",
        "province": "Hải Phòng",
        "source": "http://thnamhai.haiphong.edu.vn/tin-tuc-su-kien/chi-bo-truong-tieu-hoc-nam-hai-to-chuc-dai-hoi-chi-bo-nhiem-ky-2022-2025/ctfull/143/17704",
        "source_says": "Thực hiện Kế hoạch số 15-KH/ĐU ngày 04/7/2022 của Đảng ủy phường Nam Hải (quận Hải An), ngày "
        "12/08/2022 Chi bộ trường Tiểu học Nam Hải tổ chức Đại hội chi bộ nhiệm kỳ 2022 – 2025, đánh giá việc thực "
        "hiện nghị quyết nhiệm kỳ 2020 – 2022, đề ra phương hướng nhiệm kỳ mới, bầu Chi ủy 03 đồng chí, Bí thư, Phó "
        "Bí thư; dự có đồng chí Nguyễn Thị Hồng Loan, Phó Bí thư Đảng ủy, Chủ tịch HĐND phường.",
        "completed": [
            "the page reports the congress only: the school year's thematic plan that follows it (number, date, "
            "legal bases, aims, four topics with months, the assignment, the closing section) is completed; the "
            "Bí thư, the Phó Bí thư and the other preparers are not named by the page and are completed",
            "the topics are a Word list with automatic numbering (the numbers are not in the text); the "
            "assignment section names them “Chuyên đề thứ nhất” … “thứ tư”; two topics carry a note in brackets",
            "the school year runs from October 2022 to April 2023 (quarters IV/2022, I and II/2023)",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ trường Tiểu học Nam Hải",
        "committee_name": "Đảng bộ phường Nam Hải",
        "top_left": ["ĐẢNG BỘ PHƯỜNG NAM HẢI", "CHI BỘ TRƯỜNG TH NAM HẢI"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2022 – 2023"],
        "number": 7,
        "type_code": "KH",
        "date": "2022-09-26",
        "place": "Hải An",
        "secretary": "Đỗ Thị Thanh Huyền",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về nâng cao chất lượng "
            "sinh hoạt chi bộ;",
            "Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 – 2025 (ngày 12/8/2022);",
        ],
        "opening": "Chi bộ trường Tiểu học Nam Hải xây dựng kế hoạch sinh hoạt chuyên đề năm học 2022 – 2023 "
        "như sau:",
        "aims": [
            "- Nâng cao nhận thức, trách nhiệm của đảng viên là cán bộ, giáo viên, nhân viên trong thực hiện "
            "Chương trình giáo dục phổ thông 2018.",
            "- Mỗi chuyên đề có đề cương gửi trước, có kết luận của Chi ủy để đưa vào nghị quyết tháng.",
        ],
        "posts": {
            "Đỗ Thị Thanh Huyền": "Bí thư Chi bộ, Hiệu trưởng",
            "Phạm Thị Ngọc Anh": "Phó Bí thư Chi bộ",
            "Vũ Thị Hà": "Tổ trưởng tổ khối 4",
            "Lê Văn Khôi": "Tổng phụ trách Đội",
        },
        "topics": [
            topic(
                "Đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018 ở các lớp 1, 2, 3",
                4,
                10,
                ["Phạm Thị Ngọc Anh", "Vũ Thị Hà"],
                when="tháng 10/2022 (quý IV/2022)",
                roles=["đề dẫn", "tham luận"],
            ),
            topic(
                "Học tập và làm theo Bác về đạo đức nhà giáo",
                4,
                12,
                ["Đỗ Thị Thanh Huyền"],
                short="(gắn với Cuộc vận động “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”)",
                when="tháng 12/2022 (quý IV/2022)",
            ),
            topic(
                "Xây dựng trường học an toàn, phòng chống bạo lực học đường",
                1,
                3,
                ["Lê Văn Khôi"],
                when="tháng 3/2023 (quý I/2023)",
            ),
            topic(
                "Công tác phát triển đảng viên trong đội ngũ giáo viên trẻ",
                2,
                4,
                ["Phạm Thị Ngọc Anh"],
                short="(mời quần chúng ưu tú cùng dự)",
                when="tháng 4/2023 (quý II/2023)",
            ),
        ],
        "closing": [
            "- Đồng chí được phân công gửi đề cương cho Bí thư Chi bộ trước ngày sinh hoạt một tuần.",
            "- Kết quả từng chuyên đề được báo cáo về Đảng ủy phường Nam Hải cùng báo cáo tháng.",
        ],
        "targets": [],
    },
    {
        "id": "82_chi_bo_tinh_doan_lang_son_2023",
        "half": "dev",
        "fmt": "odt",
        "layout": "c_topic_cards",
        "province": "Lạng Sơn",
        "source": "http://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=4863",
        "source_says": "Nhân dịp kỷ niệm 192 năm ngày thành lập tỉnh Lạng Sơn (04/11/1831 – 04/11/2023) và 114 năm ngày "
        "sinh đồng chí Hoàng Văn Thụ (04/11/1909 – 04/11/2023), sáng 30/10/2023 Chi bộ Tỉnh đoàn tổ chức lễ chào cờ, "
        "dâng hương, dâng hoa tại tượng đài đồng chí Hoàng Văn Thụ; cán bộ, đảng viên cơ quan sinh hoạt chuyên đề "
        "tháng 11 tại Bảo tàng tỉnh với chủ đề “Bác Hồ với nhân dân các dân tộc tỉnh Lạng Sơn”.",
        "completed": [
            "the page reports the November thematic meeting only: the year's thematic plan (number, date, aims, "
            "the topics of quarters I, II and III, the closing section) is completed in a layout with one small "
            "table per topic",
            "the preparers and the secretary are not named by the page and are completed; the committee is "
            "written as the Đảng bộ Khối các cơ quan tỉnh Lạng Sơn (the page is the Khối's own site)",
            "several preparers share one table cell, one name per line (line breaks inside the cell)",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ Tỉnh đoàn",
        "committee_name": "Đảng bộ Khối các cơ quan tỉnh Lạng Sơn",
        "top_left": ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "CHI BỘ TỈNH ĐOÀN"],
        "report_to": "Đảng ủy Khối các cơ quan tỉnh",
        "title_lines": ["KẾ HOẠCH", "TỔ CHỨC SINH HOẠT CHUYÊN ĐỀ NĂM 2023"],
        "number": 4,
        "type_code": "KH",
        "date": "2023-01-30",
        "place": "Lạng Sơn",
        "secretary": "Hoàng Thị Thu Trang",
        "legal_bases": [
            "Thực hiện Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về nâng cao chất "
            "lượng sinh hoạt chi bộ; Chương trình công tác năm 2023 của Đảng ủy Khối các cơ quan tỉnh,",
        ],
        "opening": "Chi bộ Tỉnh đoàn xây dựng kế hoạch tổ chức sinh hoạt chuyên đề năm 2023, mỗi quý một chuyên "
        "đề, như sau:",
        "aims": [
            "- Gắn sinh hoạt chuyên đề với giáo dục truyền thống cho cán bộ, đảng viên cơ quan và đoàn viên "
            "thanh niên; kết hợp sinh hoạt tại các địa chỉ đỏ của tỉnh.",
            "- Mỗi chuyên đề có người chuẩn bị, có kết luận và việc làm cụ thể sau sinh hoạt.",
        ],
        "members_line": "Đảng viên Chi bộ, mời đoàn viên cơ quan Tỉnh đoàn",
        "places": {3: "Hội trường cơ quan Tỉnh đoàn", 11: "Bảo tàng tỉnh Lạng Sơn"},
        "posts": {
            "Hoàng Thị Thu Trang": "Bí thư Chi bộ",
            "Lương Văn Đạt": "Phó Bí thư Chi bộ",
            "Vi Thị Hồng Nhung": "Trưởng ban Tuyên giáo Tỉnh đoàn",
            "Nông Đức Mạnh": "Chánh Văn phòng",
        },
        "topics": [
            topic(
                "Tuổi trẻ Lạng Sơn học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                1,
                3,
                ["Vi Thị Hồng Nhung"],
                when="Tháng 3/2023 (dịp 26/3)",
            ),
            topic(
                "Nâng cao chất lượng công tác phát triển đảng viên trong đoàn viên thanh niên",
                2,
                5,
                ["Lương Văn Đạt", "Nông Đức Mạnh"],
                when="Tháng 5/2023",
            ),
            topic(
                "Phòng, chống tác động tiêu cực của mạng xã hội đối với thanh niên",
                3,
                8,
                ["Vi Thị Hồng Nhung", "Lương Văn Đạt"],
                when="Tháng 8/2023",
            ),
            topic(
                "Bác Hồ với nhân dân các dân tộc tỉnh Lạng Sơn",
                4,
                11,
                ["Hoàng Thị Thu Trang", "Vi Thị Hồng Nhung"],
                when="Tháng 11/2023 (dịp kỷ niệm ngày thành lập tỉnh 04/11)",
            ),
        ],
        "closing": [
            "- Các đồng chí được phân công chuẩn bị báo cáo chuyên đề, gửi Chi ủy trước 07 ngày.",
            "- Văn phòng Tỉnh đoàn bố trí địa điểm, phương tiện cho buổi sinh hoạt ngoài cơ quan.",
        ],
        "targets": [],
    },
    {
        "id": "83_chi_bo_xom_sen_2_kim_lien_2024",
        "half": "dev",
        "fmt": "txt",
        "layout": "c_resolution_inline",
        "province": "Nghệ An",
        "source": "https://danviet.vn/chu-tich-ubnd-tinh-nghe-an-nguyen-duc-trung-du-sinh-hoat-dang-tai-chi-bo-xom-20240305110838229.htm",
        "source_says": "Thực hiện Chỉ thị 13 ngày 05/7/2017 của Ban Thường vụ Tỉnh ủy Nghệ An về nâng cao chất lượng "
        "sinh hoạt chi bộ và Quy định số 27 năm 2023 về đánh giá chất lượng sinh hoạt chi bộ, ngày 4/3/2024 Chủ tịch "
        "UBND tỉnh dự sinh hoạt định kỳ tháng 3/2024 của Chi bộ xóm Sen 2, xã Kim Liên, huyện Nam Đàn; xóm sáp nhập "
        "từ xóm Sen 3 và Sen 4, chi bộ có 49 đảng viên; năm 2020 xóm được công nhận “sáng – xanh – sạch – đẹp”, "
        "đường giao thông được nhựa hóa, bê tông hóa, hơn 3 km đường hoa, 10 vườn mẫu.",
        "completed": [
            "the page reports the March 2024 meeting: the cell's resolution for 2024 (number, date, targets, "
            "tasks, four thematic meetings with months and preparers, the closing section) is completed",
            "the targets carry on the page's facts (vườn mẫu, đường hoa, xóm “sáng – xanh – sạch – đẹp”); the "
            "preparers and the secretary are not named by the page and are completed",
            "plain text hard-wrapped at 86 characters: the thematic meetings are one paragraph, so titles run "
            "over two lines",
        ],
        "kind": "activity",
        "year": 2024,
        "cell_name": "Chi bộ xóm Sen 2",
        "committee_name": "Đảng bộ xã Kim Liên",
        "top_left": ["ĐẢNG BỘ XÃ KIM LIÊN", "CHI BỘ XÓM SEN 2"],
        "title_lines": ["NGHỊ QUYẾT", "về lãnh đạo thực hiện nhiệm vụ năm 2024"],
        "number": 1,
        "type_code": "NQ",
        "date": "2024-01-08",
        "place": "Kim Liên",
        "secretary": "Nguyễn Văn Tình",
        "legal_bases": [
            "- Căn cứ Chỉ thị số 13-CT/TU ngày 05/7/2017 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng sinh "
            "hoạt chi bộ;",
            "- Căn cứ Quy định số 27-QĐ/TU năm 2023 của Ban Thường vụ Tỉnh ủy về đánh giá chất lượng sinh hoạt "
            "chi bộ;",
            "- Căn cứ kết quả thảo luận của đảng viên tại kỳ họp ngày 05/01/2024,",
        ],
        "opening": "Chi bộ xóm Sen 2 (49 đảng viên, sáp nhập từ hai chi bộ xóm Sen 3 và Sen 4) thống nhất quyết "
        "nghị các chỉ tiêu, nhiệm vụ năm 2024 như sau.",
        "target_lines": [
            "Phấn đấu 100% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
            "Kết nạp 02 đảng viên mới.",
            "Phấn đấu 98% số hộ đạt danh hiệu Gia đình văn hóa.",
            "Xây dựng thêm 05 vườn mẫu, nâng tổng số lên 15 vườn.",
            "Giữ vững danh hiệu xóm “sáng – xanh – sạch – đẹp”; Chi bộ hoàn thành tốt nhiệm vụ.",
        ],
        "targets": [
            target("100% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("Kết nạp 02 đảng viên mới", "count", 2),
            target("98% số hộ đạt danh hiệu Gia đình văn hóa", "percent", 98),
            target("Xây dựng thêm 05 vườn mẫu", "count", 5),
            target("Chi bộ hoàn thành tốt nhiệm vụ", "yes_no"),
        ],
        "tasks": [
            "- Duy trì sinh hoạt định kỳ vào ngày 04 hằng tháng; chăm sóc hơn 3 km đường hoa, giữ gìn hệ thống "
            "điện chiếu sáng và mương tiêu thoát nước có nắp đậy.",
        ],
        "topics_lead": "Sinh hoạt chuyên đề mỗi quý một lần: ",
        "posts": {"Nguyễn Văn Tình": "Bí thư Chi bộ", "Hoàng Thị Nhàn": "Chi hội trưởng Phụ nữ"},
        "topics": [
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong giữ gìn cảnh quan quê Bác",
                1,
                3,
                ["Nguyễn Văn Tình"],
                when="quý I (kỳ sinh hoạt tháng 3)",
            ),
            topic(
                "Phát huy vai trò phụ nữ trong xây dựng vườn mẫu, khu dân cư kiểu mẫu",
                2,
                5,
                ["Hoàng Thị Nhàn", "Phạm Văn Quý"],
                when="quý II (tháng 5/2024)",
            ),
            topic(
                "Giữ gìn an ninh trật tự, văn minh du lịch tại khu di tích Kim Liên",
                3,
                8,
                ["Trần Đình Lực"],
                when="quý III (tháng 8)",
            ),
            topic(
                "Đảng viên nêu gương trong thực hiện nếp sống văn minh việc cưới, việc tang",
                4,
                10,
                ["Nguyễn Văn Tình", "Hoàng Thị Nhàn"],
                when="quý IV (tháng 10/2024)",
            ),
        ],
        "closing": [
            "- Chi ủy cụ thể hóa nghị quyết thành chương trình hằng tháng; đảng viên thực hiện theo phân công.",
            "- Ban công tác Mặt trận, các chi hội phối hợp tuyên truyền, vận động nhân dân thực hiện.",
        ],
    },
    {
        "id": "84_thcs_viet_hung_long_bien_2026",
        "half": "dev",
        "fmt": "docx",
        "layout": "c_person_quarter_matrix",
        "province": "Hà Nội",
        "source": "http://thcsviethung.hanoi.edu.vn/hoat-dong-dang/sinh-hoat-chuyen-de-chinh-tri-thang-022026/ct/18089/1050432",
        "source_says": "Sáng 04/02/2026, Chi bộ Trường THCS Việt Hưng tổ chức sinh hoạt chuyên đề chính trị, triển khai Công "
        "văn số 426-CV/BTGDVTU ngày 29/01/2026 của Ban Tuyên giáo và Dân vận Thành ủy Hà Nội và Công văn số 164/CV-ĐU "
        "của Đảng ủy phường Việt Hưng về đợt sinh hoạt chính trị đối với tham luận của Đoàn đại biểu TP Hà Nội tại Đại "
        "hội XIV của Đảng; chủ đề “Đổi mới phương thức lãnh đạo của Đảng bộ Thủ đô Hà Nội đáp ứng yêu cầu phát triển "
        "trong kỷ nguyên mới, góp phần kiến tạo tương lai phát triển của đất nước”; chi bộ thảo luận tinh thần “Quyết "
        "liệt – làm ngay – làm hiệu quả – làm đến cùng”, “6 rõ”, “6 dám” và 05 định hướng chiến lược phát triển Thủ đô.",
        "completed": [
            "the page reports the February meeting only: the year's thematic plan (number, date, aims, the topics of "
            "quarters II, III and IV, the closing section) is completed; every preparer, post and the secretary are "
            "completed (the page names none)",
            "the topics are listed by number only; their time and preparers are in a matrix with one row per member "
            "and one column per quarter (“CĐ 1 – chủ trì” with the month on the next line), a last row for all members",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ Trường THCS Việt Hưng",
        "committee_name": "Đảng bộ phường Việt Hưng",
        "top_left": ["ĐẢNG BỘ PHƯỜNG VIỆT HƯNG", "CHI BỘ TRƯỜNG THCS VIỆT HƯNG"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 2,
        "type_code": "KH",
        "date": "2026-01-31",
        "place": "Việt Hưng",
        "secretary": "Nguyễn Thị Thu Hà",
        "legal_bases": [
            "Căn cứ Công văn số 426-CV/BTGDVTU ngày 29/01/2026 của Ban Tuyên giáo và Dân vận Thành ủy Hà Nội;",
            "Căn cứ Công văn số 164/CV-ĐU của Đảng ủy phường Việt Hưng về tổ chức đợt sinh hoạt chính trị;",
            "Căn cứ Nghị quyết Chi bộ về nhiệm vụ năm 2026,",
        ],
        "opening": "Chi bộ Trường THCS Việt Hưng xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
        "aims": [
            "- Thống nhất tư tưởng và hành động của đảng viên, gắn chuyên đề với nhiệm vụ giáo dục của nhà trường.",
            "- Mỗi chuyên đề có người chủ trì, người tham luận; nội dung gửi trước cho đảng viên nghiên cứu.",
        ],
        "posts": {
            "Nguyễn Thị Thu Hà": "Bí thư, Hiệu trưởng",
            "Trần Minh Đức": "Phó Bí thư, Phó Hiệu trưởng",
            "Lê Thị Phương Thảo": "Chủ tịch Công đoàn",
            "Đặng Văn Khánh": "Tổ trưởng tổ Xã hội",
        },
        "topics": [
            topic(
                "Đổi mới phương thức lãnh đạo của Đảng bộ Thủ đô Hà Nội đáp ứng yêu cầu phát triển trong kỷ nguyên mới, "
                "góp phần kiến tạo tương lai phát triển của đất nước",
                1,
                2,
                ["Nguyễn Thị Thu Hà", "Đặng Văn Khánh"],
                when="tháng 02/2026",
                roles=["chủ trì", "tham luận"],
            ),
            topic(
                "Tinh thần “6 rõ”, “6 dám” của cán bộ, đảng viên trong thực hiện nhiệm vụ giáo dục",
                2,
                5,
                ["Trần Minh Đức"],
                when="tháng 5",
            ),
            topic(
                "Chuyển đổi số trong quản lý và dạy học ở nhà trường",
                3,
                9,
                ["Trần Minh Đức", "Lê Thị Phương Thảo"],
                when="tháng 9/2026",
                roles=["chủ trì", "tham luận"],
            ),
            topic(
                "Trách nhiệm nêu gương của đảng viên là nhà giáo",
                4,
                11,
                ["Lê Thị Phương Thảo"],
                when="T11",
            ),
        ],
        "closing": [
            "- Các đồng chí được phân công chuẩn bị nội dung, gửi Chi ủy trước buổi sinh hoạt 05 ngày.",
            "- Sau mỗi buổi sinh hoạt, Chi ủy tổng hợp, báo cáo kết quả về Đảng ủy phường Việt Hưng.",
        ],
        "targets": [],
    },
    {
        "id": "85_chi_bo_thon_khe_tam_nam_son_2025",
        "half": "dev",
        "fmt": "scan",
        "layout": "c_two_tables_by_number",
        "province": "Quảng Ninh",
        "source": "https://vietnam.vn/ar/pho-bi-thu-tinh-uy-dang-xuan-phuong-du-dai-hoi-chi-bo-thon-khe-tam-xa-nam-son-huyen-ba-che",
        "source_says": "Chiều 3/1/2025, Chi bộ thôn Khe Tam, xã Nam Sơn, huyện Ba Chẽ tổ chức Đại hội lần thứ XXII, nhiệm "
        "kỳ 2025 – 2027; dự có đồng chí Đặng Xuân Phương, Phó Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh; chi bộ có 15 "
        "đảng viên, lãnh đạo phát triển kinh tế – xã hội, quốc phòng – an ninh, phòng chống dịch, thực hiện nếp sống "
        "văn hóa, hương ước của thôn trong việc cưới, việc tang, giữ danh hiệu thôn văn hóa.",
        "completed": [
            "the page reports the cell's congress only: the thematic plan of 2025 that follows it (number, date, "
            "four topics with months, outline writers and presenters, the closing lines, the secretary) is completed; "
            "two topics take up the page's subjects (the congress resolution, nếp sống văn hóa in weddings and funerals)",
            "one page with two tables joined only by the topic's number; rendered as a scan",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ thôn Khe Tam",
        "committee_name": "Đảng bộ xã Nam Sơn",
        "top_left": ["ĐẢNG BỘ XÃ NAM SƠN", "CHI BỘ THÔN KHE TAM"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2025"],
        "number": 1,
        "type_code": "KH",
        "date": "2025-01-10",
        "place": "Nam Sơn",
        "secretary": "Triệu Văn Sinh",
        "legal_bases": [],
        "opening": "Thực hiện Nghị quyết Đại hội Chi bộ lần thứ XXII, nhiệm kỳ 2025 – 2027, Chi bộ thôn Khe Tam (15 đảng "
        "viên) xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:",
        "topics": [
            topic(
                "Quán triệt Nghị quyết Đại hội Chi bộ lần thứ XXII, nhiệm kỳ 2025 – 2027",
                1,
                3,
                ["Triệu Văn Sinh"],
                when="Tháng 3/2025",
            ),
            topic(
                "Thực hiện hương ước thôn, nếp sống văn minh trong việc cưới, việc tang",
                2,
                5,
                ["Lý Thị Mai", "Bàn Văn Phúc"],
                when="Tháng 5/2025",
            ),
            topic(
                "Phát triển rừng gỗ lớn, cây quế, cây hồi gắn với giảm nghèo bền vững",
                3,
                8,
                ["Chíu Văn Thắng", "Triệu Văn Sinh"],
                when="Tháng 8/2025",
            ),
            topic(
                "Giữ vững danh hiệu thôn văn hóa; phát huy dân chủ ở khu dân cư",
                4,
                11,
                ["Bàn Văn Phúc", "Lý Thị Mai"],
                when="Tháng 11/2025",
            ),
        ],
        "closing": [
            "Chi ủy đôn đốc các đồng chí được phân công chuẩn bị; kết quả báo cáo Đảng ủy xã Nam Sơn.",
        ],
        "targets": [],
    },
    {
        "id": "86_tieu_hoc_bat_trang_an_lao_2025",
        "half": "dev",
        "fmt": "doc",
        "layout": "c_split_year_table",
        "province": "Hải Phòng",
        "source": "https://thbattrang.haiphong.edu.vn/lich-su-truong/chi-bo-truong-tieu-hoc-bat-trang-to-chuc-dai-hoi-chi-bo-khoa-xi-nhiem-ky-2025-2/ctfull/7929/333094",
        "source_says": "Căn cứ Hướng dẫn số 05 ngày 01/12/2024 của Ban Thường vụ Đảng ủy xã Bát Trang, sáng 22/02/2025 Chi bộ "
        "Trường Tiểu học Bát Trang tổ chức Đại hội lần thứ XI, nhiệm kỳ 2025 – 2027; dự có đồng chí Lê Văn Xuy, Bí thư "
        "Đảng ủy, đồng chí Phan Viết Lệ, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, và 34 đảng viên; đồng chí Chu Thế Hùng, "
        "Bí thư chi bộ, báo cáo kết quả nhiệm kỳ 2022 – 2025 và phương hướng, nhiệm vụ, chỉ tiêu nhiệm kỳ 2025 – 2027.",
        "completed": [
            "the page reports the congress only: the cell's work programme from March to December 2025 that follows it "
            "(number, date, targets, the month table with four thematic meetings, the closing section) is completed; "
            "the Bí thư is the page's; the other people and posts are completed",
            "the thematic meetings are told apart only by the note column; the table is split by a page break with its "
            "header row typed again, keeps an empty row and ends with a “Cả năm” row; people one per line in a cell",
        ],
        "kind": "activity",
        "year": 2025,
        "cell_name": "Chi bộ Trường Tiểu học Bát Trang",
        "committee_name": "Đảng bộ xã Bát Trang",
        "top_left": ["ĐẢNG BỘ XÃ BÁT TRANG", "CHI BỘ TRƯỜNG TIỂU HỌC BÁT TRANG"],
        "title_lines": ["CHƯƠNG TRÌNH CÔNG TÁC", "năm 2025"],
        "number": 3,
        "type_code": "CTr",
        "date": "2025-03-03",
        "place": "Bát Trang",
        "secretary": "Chu Thế Hùng",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Tiểu học Bát Trang lần thứ XI, nhiệm kỳ 2025 – 2027;",
        ],
        "opening": "Chi ủy xây dựng chương trình công tác năm 2025 của Chi bộ (34 đảng viên) như sau:",
        "target_lines": [
            "- Phấn đấu 100% đảng viên được đánh giá hoàn thành tốt nhiệm vụ trở lên.",
            "- Kết nạp 02 đảng viên mới trong số giáo viên trẻ.",
            "- Phấn đấu 99% học sinh hoàn thành chương trình lớp học.",
            "- Chi bộ đạt “Hoàn thành tốt nhiệm vụ” trở lên.",
        ],
        "targets": [
            target("100% đảng viên được đánh giá hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("Kết nạp 02 đảng viên mới", "count", 2),
            target("99% học sinh hoàn thành chương trình lớp học", "percent", 99),
            target("Chi bộ đạt “Hoàn thành tốt nhiệm vụ” trở lên", "yes_no"),
        ],
        "posts": {
            "Chu Thế Hùng": "BT",
            "Nguyễn Thị Hoài": "PBT",
            "Vũ Đức Toàn": "TPT Đội",
            "Phạm Thị Lan Anh": "CTCĐ",
        },
        "months": {
            3: ("", ""),
            4: ("Sinh hoạt thường kỳ; tổ chức ngày hội đọc sách", "Đ/c Nguyễn Thị Hoài"),
            5: ("", ""),
            6: (
                "Sơ kết năm học 2024 – 2025; xét công nhận học sinh hoàn thành chương trình tiểu học",
                "Chi ủy",
            ),
            7: ("Sinh hoạt thường kỳ; học tập nghị quyết hè", "Đ/c Chu Thế Hùng"),
            8: (
                "Chuẩn bị năm học mới; phân công chuyên môn",
                "Đ/c Chu Thế Hùng\nĐ/c Nguyễn Thị Hoài",
            ),
            9: ("", ""),
            10: ("Sinh hoạt thường kỳ; kiểm tra đảng viên chấp hành", "Chi ủy"),
            11: ("", ""),
            12: ("Kiểm điểm, đánh giá, xếp loại đảng viên năm 2025", "Chi ủy"),
        },
        "cut_after": 4,
        "topics": [
            topic(
                "Quán triệt Nghị quyết Đại hội Chi bộ lần thứ XI và Nghị quyết Đại hội Đảng bộ xã",
                1,
                3,
                ["Chu Thế Hùng"],
                when="Tháng 3",
            ),
            topic(
                "Phòng, chống đuối nước và bảo đảm an toàn cho học sinh trong dịp hè",
                2,
                5,
                ["Vũ Đức Toàn", "Phạm Thị Lan Anh"],
                short="(mời Ban đại diện cha mẹ học sinh)",
                when="Tháng 5",
            ),
            topic(
                "Thực hiện Chương trình giáo dục phổ thông 2018 ở lớp 5 năm học 2025 – 2026",
                3,
                9,
                ["Nguyễn Thị Hoài"],
                when="Tháng 9",
            ),
            topic(
                "Nhà giáo mẫu mực – học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
                4,
                11,
                ["Chu Thế Hùng", "Phạm Thị Lan Anh"],
                when="Tháng 11",
            ),
        ],
        "all_year": "Phát triển đảng viên; kiểm tra, giám sát theo chương trình",
        "closing": [
            "- Chi ủy cụ thể hóa chương trình thành nội dung sinh hoạt hằng tháng.",
            "- Đảng viên được phân công chủ động chuẩn bị, báo cáo Chi ủy trước kỳ sinh hoạt.",
        ],
    },
    {
        "id": "87_chi_bo_xay_dung_dang_hoang_van_thu_2016",
        "half": "dev",
        "fmt": "txt",
        "layout": "c_person_first_wrapped",
        "province": "Lạng Sơn",
        "source": "http://truongchinhtrils.vn/node/729",
        "source_says": "Ngày 05/4/2016, Chi bộ Xây dựng Đảng thuộc Đảng bộ Trường Chính trị Hoàng Văn Thụ tổ chức sinh hoạt "
        "chuyên đề quý I năm 2016 với chủ đề “Vận dụng văn kiện Đại hội Đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVI vào "
        "giảng dạy học phần VI. Tình hình nhiệm vụ của tỉnh Lạng Sơn” trong chương trình trung cấp lý luận chính trị – "
        "hành chính; dự có đồng chí Nguyễn Đức Quyền, Tỉnh ủy viên, Bí thư Đảng ủy, Hiệu trưởng; các đảng viên trình "
        "bày tham luận; theo Hướng dẫn 09-HD/BTCTW ngày 02/3/2012, chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần.",
        "completed": [
            "the page reports the quarter I meeting only: the year's thematic plan (number, date, aims, the topics of "
            "quarters II, III and IV, the closing section, every preparer and post, the secretary) is completed",
            "the quarter I topic is written, as the page reports it, in April (“tháng 4/2016 (chuyên đề quý I)”): a "
            "month outside its quarter, kept as written",
            "plain text hard-wrapped at 76 characters; the topics appear only in an assignment section that begins each "
            "item with the people",
        ],
        "kind": "thematic",
        "year": 2016,
        "cell_name": "Chi bộ Xây dựng Đảng",
        "committee_name": "Đảng bộ Trường Chính trị Hoàng Văn Thụ",
        "top_left": ["ĐẢNG BỘ TRƯỜNG CHÍNH TRỊ", "HOÀNG VĂN THỤ", "CHI BỘ XÂY DỰNG ĐẢNG"],
        "title_lines": ["KẾ HOẠCH", "sinh hoạt chuyên đề năm 2016"],
        "number": 2,
        "type_code": "KH",
        "date": "2016-01-25",
        "place": "Lạng Sơn",
        "secretary": "Hoàng Văn Lợi",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 của Ban Tổ chức Trung ương về một số vấn đề cụ thể về nội "
            "dung sinh hoạt chi bộ;",
        ],
        "opening": "Chi bộ Xây dựng Đảng (Khoa Xây dựng Đảng) xây dựng kế hoạch sinh hoạt chuyên đề năm 2016, mỗi quý một "
        "chuyên đề, gắn với giảng dạy các học phần của nhà trường, như sau:",
        "aims": [
            "- Chuyên đề gắn với nội dung giảng dạy; mỗi chuyên đề có tham luận của các đảng viên trong khoa.",
            "- Người chủ trì gửi đề cương cho đảng viên trước ít nhất 05 ngày.",
        ],
        "posts": {
            "Hoàng Văn Lợi": "Trưởng khoa, Bí thư Chi bộ",
            "Lăng Thị Huyền": "giảng viên",
            "Vy Văn Thành": "Phó Trưởng khoa",
            "Nông Thị Diệp": "giảng viên chính",
        },
        "topics": [
            topic(
                "Vận dụng văn kiện Đại hội Đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVI vào giảng dạy học phần VI. Tình hình "
                "nhiệm vụ của tỉnh Lạng Sơn",
                1,
                4,
                ["Hoàng Văn Lợi", "Lăng Thị Huyền"],
                conflict=True,
                when="vào kỳ sinh hoạt tháng 4/2016 (chuyên đề quý I)",
                roles=["chủ trì", ""],
            ),
            topic(
                "Nâng cao chất lượng giảng dạy học phần xây dựng Đảng cho học viên là cán bộ cơ sở",
                2,
                6,
                ["Vy Văn Thành"],
                when="tháng 6/2016 (quý II)",
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương của giảng viên",
                3,
                9,
                ["Nông Thị Diệp", "Vy Văn Thành"],
                when="tháng 9/2016 (quý III)",
            ),
            topic(
                "Thực hiện Nghị quyết Trung ương 4 khóa XI qua kiểm điểm cuối năm của chi bộ",
                4,
                12,
                ["Hoàng Văn Lợi"],
                when="tháng 12/2016 (quý IV)",
            ),
        ],
        "closing": [
            "- Các đồng chí được phân công chủ động chuẩn bị; Chi ủy kiểm tra đề cương trước buổi sinh hoạt.",
            "- Kết quả sinh hoạt chuyên đề báo cáo Đảng ủy nhà trường.",
        ],
        "targets": [],
    },
    {
        "id": "88_chi_bo_to_dan_pho_13_bo_de_2022",
        "half": "dev",
        "fmt": "odt",
        "layout": "c_annex_after_signature",
        "province": "Hà Nội",
        "source": "http://portal.longbien.gov.vn/web/guest/tintuccacdonvi?p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-3&p_p_col_pos=7&p_p_col_count=8&_101_type=content&_101_struts_action=%2Fasset_publisher%2Fview_content&_101_assetEntryId=13708175&_101_urlTitle=sinh-hoat-iem-chi-bo-thuong-ky",
        "source_says": "Tối 09/5/2022, tại nhà văn hóa 13+14, chi bộ tổ dân phố 13 phường Bồ Đề sinh hoạt thường kỳ tháng "
        "5/2022, là buổi sinh hoạt điểm theo Hướng dẫn số 112-HD/ĐU ngày 15/3/2022 của Đảng ủy phường Bồ Đề triển khai "
        "Đề án 11-ĐA/TU của Thành ủy Hà Nội; dự có Trưởng ban Dân vận Quận ủy, Bí thư Đảng ủy phường, bí thư 23 chi bộ "
        "tổ dân phố; nội dung gồm thông tin thời sự, phổ biến nghị quyết Đảng ủy phường, kết quả tháng 4 và kế hoạch "
        "tháng 5, kiểm điểm việc tu dưỡng, rèn luyện của đảng viên theo Nghị quyết Trung ương 4 (khóa XIII) với chủ đề "
        "“tự soi, tự sửa”.",
        "completed": [
            "the page reports the May meeting only: the cell's thematic plan for 2022 (number, date, aims, four "
            "topics with months and people, the closing section, the secretary) is completed; the May topic takes up "
            "the page's “tự soi, tự sửa”",
            "the body only points to an annex; the annex, after the signature on a new page, lists people first, "
            "then the topic and the month (“5/2022”), the quarter only in the note column",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ tổ dân phố 13",
        "committee_name": "Đảng bộ phường Bồ Đề",
        "top_left": ["ĐẢNG BỘ PHƯỜNG BỒ ĐỀ", "CHI BỘ TỔ DÂN PHỐ 13"],
        "title_lines": ["KẾ HOẠCH", "sinh hoạt chuyên đề năm 2022"],
        "number": 5,
        "type_code": "KH",
        "date": "2022-03-25",
        "place": "Bồ Đề",
        "secretary": "Phạm Văn Hòa",
        "legal_bases": [
            "- Căn cứ Đề án số 11-ĐA/TU của Thành ủy Hà Nội về nâng cao chất lượng sinh hoạt chi bộ;",
            "- Căn cứ Hướng dẫn số 112-HD/ĐU ngày 15/3/2022 của Đảng ủy phường Bồ Đề,",
        ],
        "opening": "Chi bộ tổ dân phố 13 xây dựng kế hoạch sinh hoạt chuyên đề năm 2022 như sau:",
        "aims": [
            "- Sinh hoạt chuyên đề mỗi quý một lần, gắn với công việc của tổ dân phố và việc tu dưỡng, rèn luyện của "
            "đảng viên nơi cư trú.",
        ],
        "body_line": "Nội dung, thời gian và người thực hiện các chuyên đề có Phụ lục kèm theo.",
        "posts": {"Phạm Văn Hòa": "Bí thư", "Nguyễn Thị Kim Oanh": "Phó Bí thư, Tổ trưởng TDP"},
        "topics": [
            topic(
                "Xây dựng tổ dân phố văn minh đô thị, giữ gìn vệ sinh môi trường khu dân cư",
                1,
                3,
                ["Nguyễn Thị Kim Oanh"],
                when="3/2022",
            ),
            topic(
                "“Tự soi, tự sửa” theo tinh thần Nghị quyết Trung ương 4 khóa XIII",
                2,
                5,
                ["Phạm Văn Hòa", "Đỗ Minh Tuấn"],
                when="5/2022",
                roles=["chủ trì", ""],
            ),
            topic(
                "Vai trò của đảng viên nơi cư trú trong phòng cháy, chữa cháy nhà ở kết hợp kinh doanh",
                3,
                8,
                ["Đỗ Minh Tuấn"],
                when="8/2022",
            ),
            topic(
                "Phát huy dân chủ ở cơ sở, tiếp nhận ý kiến của nhân dân về chỉnh trang đô thị",
                4,
                11,
                ["Nguyễn Thị Kim Oanh", "Phạm Văn Hòa"],
                when="11/2022",
            ),
        ],
        "closing": [
            "- Chi ủy đôn đốc đảng viên chuẩn bị; kết quả báo cáo Đảng ủy phường cùng báo cáo quý.",
        ],
        "targets": [],
    },
    {
        "id": "89_chi_bo_tan_tien_hung_dung_2024",
        "half": "dev",
        "fmt": "docx",
        "layout": "c_dotted_form",
        "province": "Nghệ An",
        "source": "https://baonghean.vn/bi-thu-tinh-uy-nghe-an-thai-thanh-quy-du-sinh-hoat-tai-chi-bo-tan-tien-phuong-hung-dung-thanh-pho-vinh-10275021.html",
        "source_says": "Tối 3/7/2024, Bí thư Tỉnh ủy Nghệ An dự sinh hoạt tại Chi bộ Tân Tiến, phường Hưng Dũng, thành phố "
        "Vinh; cùng dự có Bí thư Thành ủy Vinh và lãnh đạo phường; khối Tân Tiến có 228 hộ, 845 khẩu; chi bộ có 82 đảng "
        "viên, 16 đảng viên được miễn sinh hoạt; chi bộ lãnh đạo các phong trào thi đua, vận động nhân dân và đảng viên "
        "nơi cư trú đóng góp, bảo vệ môi trường, giữ an ninh trật tự.",
        "completed": [
            "the page reports the July meeting only: the cell's thematic plan for 2024 (number, date, aims, four "
            "topics with months, preparers and presenters, the closing section, the secretary) is completed",
            "each topic is a filled-in form padded with dotted leaders, the quarter and the month in separate fields; "
            "long titles are broken by hand over two lines inside their paragraph",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Tân Tiến",
        "committee_name": "Đảng bộ phường Hưng Dũng",
        "top_left": ["ĐẢNG BỘ PHƯỜNG HƯNG DŨNG", "CHI BỘ TÂN TIẾN"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2024"],
        "number": 2,
        "type_code": "KH",
        "date": "2024-01-15",
        "place": "Hưng Dũng",
        "secretary": "Trần Quang Vinh",
        "legal_bases": [
            "Căn cứ Chỉ thị số 13-CT/TU ngày 05/7/2017 của Ban Thường vụ Tỉnh ủy Nghệ An về nâng cao chất lượng sinh "
            "hoạt chi bộ;",
            "Căn cứ Nghị quyết của Chi bộ về nhiệm vụ năm 2024;",
        ],
        "opening": "Chi bộ Tân Tiến (82 đảng viên, trong đó 16 đồng chí được miễn sinh hoạt) xây dựng kế hoạch sinh "
        "hoạt chuyên đề năm 2024 như sau:",
        "aims": [
            "- Chuyên đề gắn với công việc của khối (228 hộ, 845 nhân khẩu): môi trường, an ninh trật tự, đảng viên "
            "nơi cư trú.",
            "- Người chuẩn bị gửi dự thảo cho Chi ủy trước 05 ngày; người trình bày chuẩn bị tham luận ngắn.",
        ],
        "posts": {
            "Trần Quang Vinh": "Bí thư Chi bộ",
            "Hồ Thị Thanh Bình": "Phó Bí thư, Khối trưởng",
        },
        "topics": [
            topic(
                "Đảng viên nơi cư trú gương mẫu vận động nhân dân đóng góp xây dựng khối văn minh, sạch đẹp",
                1,
                3,
                ["Trần Quang Vinh", "Hồ Thị Thanh Bình"],
                when="03",
            ),
            topic(
                "Phòng, chống tệ nạn xã hội trong thanh thiếu niên",
                2,
                5,
                ["Hồ Thị Thanh Bình", "Lê Đình Khoa"],
                when="05",
            ),
            topic(
                "Bảo vệ môi trường khu dân cư, phân loại rác thải sinh hoạt tại nguồn",
                3,
                7,
                ["Nguyễn Thị Hải Yến"],
                when="07 (kỳ sinh hoạt ngày 03/7)",
            ),
            topic(
                "Phát huy vai trò của đảng viên cao tuổi, đảng viên được miễn sinh hoạt trong công tác dân vận ở khối",
                4,
                10,
                ["Trần Quang Vinh", "Phan Văn Lộc"],
                when="10",
            ),
        ],
        "closing": [
            "- Chi ủy đôn đốc, kiểm tra việc chuẩn bị; báo cáo kết quả về Đảng ủy phường Hưng Dũng.",
            "- Đảng viên nghiên cứu trước dự thảo và tham gia thảo luận.",
        ],
        "targets": [],
    },
]
