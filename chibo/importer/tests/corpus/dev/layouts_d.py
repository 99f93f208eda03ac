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

from ..facts import T, target, topic

Block = tuple[Any, ...]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


# ------------------------------------------------------------------------------------ helpers
def _date_line(p: dict[str, Any]) -> str:
    y, m, d = p["date"].split("-")
    return f"{p['place']}, ngày {d} tháng {m} năm {y}"


def _number(p: dict[str, Any]) -> str:
    if p["number"] is None:
        return f"Số:      -{p['type_code']}/CB"
    return f"Số {p['number']:02d}-{p['type_code']}/CB"


def _head(p: dict[str, Any]) -> Block:
    """The heading, a borderless two-column table: ``left`` lines as the cell typed them (the
    committee, the cell — or only the committee), a star and the number; the Party's name and the
    date on the right."""
    left = [*p["left"], "*", _number(p)]
    right = ["ĐẢNG CỘNG SẢN VIỆT NAM"] + [""] * (len(left) - 3) + [_date_line(p), ""]
    return ("header", left, right, len(p["left"]))


def _sign(p: dict[str, Any]) -> Block:
    superior = p.get("report_to") or p["committee_name"].replace("Đảng bộ", "Đảng ủy")
    left = ["Nơi nhận:", f"- {superior} (báo cáo);", *p.get("also_to", []), "- Lưu VP chi bộ."]
    right = [
        p.get("sign_for", "T/M CHI BỘ"),
        p.get("signer_title", "BÍ THƯ"),
        "",
        "",
        p["secretary"],
    ]
    return ("sign", left, right)


def _paras(lines: list[str]) -> list[Block]:
    return [("p", line) for line in lines]


def _named(name: str, p: dict[str, Any], prefix: str = "đ/c") -> str:
    title = p.get("titles", {}).get(name)
    return f"{prefix} {name}" + (f" – {title}" if title else "")


def _people(t: dict[str, Any], p: dict[str, Any], prefix: str = "đ/c", sep: str = ", ") -> str:
    out = []
    for i, n in enumerate(t["presenters"]):
        role = t["roles"][i] if i < len(t["roles"]) else ""
        out.append(_named(n, p, prefix) + (f" ({role})" if role else ""))
    return sep.join(out)


def _common_top(p: dict[str, Any]) -> list[Block]:
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    return out


# ------------------------------------------------------------------------------------ layouts
def tab_schedule(p: dict[str, Any]) -> list[Block]:
    """The schedule typed with tabs instead of a table: one line per meeting "Tháng 9/2022 (Q.III)
    ⇥ topic ⇥ people", a long title carried on to a second tabbed line, the second presenter on
    that line too."""
    out = _common_top(p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += _paras(p["aims"])
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
    out += _paras(p["closing"])
    out.append(_sign(p))
    return out


def autonum_assign_by_month(p: dict[str, Any]) -> list[Block]:
    """Topics in a list that Word numbers itself (the "1." is not in the text), each with its
    quarter and month and a note in brackets; the people come in a later section that names each
    meeting only by its month ("- Tháng 7: …")."""
    out = _common_top(p)
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
    out += _paras(p["closing"])
    out.append(_sign(p))
    return out


def targets_nested_topics(p: dict[str, Any]) -> list[Block]:
    """An activity plan whose targets Word numbers itself; one target ("tổ chức 04 chuyên đề") carries
    the year's topics as typed sub-items "a) Quý I (kỳ sinh hoạt tháng 3): … – đ/c … chuẩn bị"."""
    out = _common_top(p)
    out.append(("h", "I. TÌNH HÌNH CHUNG"))
    out += _paras(p["situation"])
    out.append(("h", "II. MỤC TIÊU VÀ CHỈ TIÊU NĂM " + str(p["year"])))
    out.append(("p", p["aim"]))
    out.append(("p", "Các chỉ tiêu chủ yếu:"))
    for line in p["target_lines"]:
        out.append(("ps", line, "List Number"))
    out.append(("ps", p["topics_target"], "List Number"))
    for i, t in enumerate(p["topics"]):
        out.append(("p", f"    {'abcd'[i]}) {t['when']}: {t['title']} – {_people(t, p)} chuẩn bị."))
    out.append(("h", "III. NHIỆM VỤ, GIẢI PHÁP"))
    out += _paras(p["tasks"])
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += _paras(p["closing"])
    out.append(_sign(p))
    return out


def split_table_roles(p: dict[str, Any]) -> list[Block]:
    """A programme table kept over two pages (header row repeated after the page break) with the
    columns Kỳ sinh hoạt – Nội dung chuyên đề – Chủ trì – Chuẩn bị tài liệu – Yêu cầu cần đạt;
    the time in one cell over two lines, a "Cả năm" row and an empty row at the end."""
    out = _common_top(p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += _paras(p["aims"])
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
    out += _paras(p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS = {
    "d_tab_schedule": tab_schedule,
    "d_autonum_assign_by_month": autonum_assign_by_month,
    "d_targets_nested_topics": targets_nested_topics,
    "d_split_table_roles": split_table_roles,
}


def _t(title: str, quarter: int, month: int, presenters: list[str], when: str, form: str = "",
       roles: list[str] | None = None, conflict: bool = False, **extra: Any) -> T:  # fmt: skip
    out = topic(title, quarter, month, presenters, form, conflict=conflict, when=when, roles=roles)
    out.update(extra)
    return out


BASE_HD12 = (
    "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề nâng "
    "cao chất lượng sinh hoạt chi bộ;"
)

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
]
