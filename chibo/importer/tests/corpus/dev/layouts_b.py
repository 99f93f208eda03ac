"""Development batch 70–79: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own (none of ``build.py``'s layout functions is reused; only its
generic helpers: the signature block, ``vn_date``, the block kinds and the renderers). They vary
above all how the topics, their time and their presenters are laid out: a table whose columns come
in an unusual order, one table row per quarter holding several topics in one cell, "Chuyên đề N:"
headings with indented lines, two-level numbering with a separate assignment section, a schedule
with the months as columns, a year programme mixing thematic meetings with other work, a resolution
with its targets in sentences, an activity plan with a target table. Facts are in ``PLANS`` below
(same keys as ``plans.py``); ``build.py`` merges both ``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

from typing import Any

from ..facts import T, topic

Block = tuple[Any, ...]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


# ------------------------------------------------------------------------------------ helpers
def _date_line(p: dict[str, Any]) -> str:
    y, m, d = p["date"].split("-")
    return f"{p['place']}, ngày {d} tháng {m} năm {y}"


def _number(p: dict[str, Any]) -> str:
    if p["number"] is None:
        return f"Số:     -{p['type_code']}/CB"
    return f"Số {p['number']:02d}-{p['type_code']}/CB"


def _head(p: dict[str, Any]) -> Block:
    """The two-column heading as the cell typed it: ``head_left`` lines (committee, cell — or only
    the committee when the cell is named elsewhere), a star, the number; the Party's name and the
    date on the right."""
    left = [*p["head_left"], "*", _number(p)]
    right = ["ĐẢNG CỘNG SẢN VIỆT NAM"] + [""] * (len(left) - 3) + [_date_line(p), ""]
    return ("header", left, right, len(p["head_left"]))


def _sign(p: dict[str, Any]) -> Block:
    superior = p.get("report_to") or p["committee_name"].replace("Đảng bộ", "Đảng ủy")
    left = ["Nơi nhận:", f"- {superior} (b/c);", *p.get("also_to", []), "- Lưu chi bộ."]
    right = [
        p.get("sign_for", "T/M CHI BỘ"),
        p.get("signer_title", "BÍ THƯ"),
        "",
        "",
        p["secretary"],
    ]
    return ("sign", left, right)


def _person(name: str, titles: dict[str, str], prefix: str = "Đ/c") -> str:
    title = titles.get(name)
    return f"{prefix} {name}" + (f" – {title}" if title else "")


def _people(t: dict[str, Any], titles: dict[str, str], prefix: str = "Đ/c", sep: str = ", ") -> str:
    """Presenters with their post ("Đ/c Nguyễn Thị Lan – Phó Bí thư") and, when the plan gives one,
    their part in the meeting ("(chủ trì)")."""
    out = []
    for i, n in enumerate(t["presenters"]):
        role = t["roles"][i] if i < len(t["roles"]) else ""
        out.append(_person(n, titles, prefix) + (f" ({role})" if role else ""))
    return sep.join(out)


def _paras(lines: list[str]) -> list[Block]:
    return [("p", line) for line in lines]


# ------------------------------------------------------------------------------------ layouts
def content_owner_time_table(p: dict[str, Any]) -> list[Block]:
    """A table whose columns run Nội dung → Bộ phận/Đồng chí phụ trách → Thời gian → Sản phẩm; the
    time typed per row as the secretary wrote it ("Quý I: tháng 3/2024", "Ngày 23 – 24/5/2024")."""
    titles = p.get("titles", {})
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("h", "I. MỤC ĐÍCH – YÊU CẦU"))
    out += _paras(p["aims"])
    out.append(("h", "II. NỘI DUNG, PHÂN CÔNG VÀ THỜI GIAN THỰC HIỆN"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        rows.append([str(i), t["title"], _people(t, titles, sep="\n"), t["when"], t["form"]])
    head = ["STT", "Nội dung", "Bộ phận/Đồng chí phụ trách", "Thời gian", "Sản phẩm"]
    out.append(("table", head, rows, "", [1.1, 5.6, 4.2, 2.8, 2.8]))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += _paras(p["closing"])
    out.append(_sign(p))
    return out


def numbered_topic_blocks(p: dict[str, Any]) -> list[Block]:
    """Each topic a "Chuyên đề N: …" heading followed by indented "- Thời gian:", "- Người chuẩn
    bị:" and "- Tham gia:" lines; the cell named only in the title and the opening."""
    titles = p.get("titles", {})
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += _paras(p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("h", f"Chuyên đề {i}: {t['title']}"))
        out.append(("p", f"    - Thời gian: {t['when']}."))
        label = "Người chuẩn bị" if len(t["presenters"]) == 1 else "Người chuẩn bị, trình bày"
        out.append(("p", f"    - {label}: {_people(t, titles, sep='; ')}."))
        if t["form"]:
            out.append(("p", f"    - Tham gia: {t['form']}."))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += _paras(p["closing"])
    out.append(_sign(p))
    return out


def quarter_rows_bundled(p: dict[str, Any]) -> list[Block]:
    """One table row per quarter of a school year; the quarter's topics share one cell, numbered
    "1.", "2." inside it, with their months and preparers in the next cells in the same order. A
    topic's ``when`` is its row's label ("Quý IV/2020"), its ``short`` the month as typed."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("h", "1. Mục đích, yêu cầu"))
    out += _paras(p["aims"])
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
    out += _paras(p["closing"])
    out.append(_sign(p))
    return out


def two_level_then_assign(p: dict[str, Any]) -> list[Block]:
    """Roman sections; the topics numbered "2.1", "2.2" … with their quarter and month; who prepares
    each one is said only in a later section, lettered "a)", "b)", naming the topic by its number."""
    titles = p.get("titles", {})
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("h", "I. ĐẶC ĐIỂM, TÌNH HÌNH"))
    out += _paras(p["situation"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    out.append(("p", "1. Yêu cầu chung"))
    out += _paras(p["aims"])
    out.append(("p", "2. Các chuyên đề trong năm"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"2.{i}. {t['when']}: {t['title']}."))
    out.append(("h", "III. PHÂN CÔNG CHUẨN BỊ"))
    letters = "abcdefgh"
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{letters[i - 1]}) Chuyên đề 2.{i}: {_people(t, titles, prefix='đ/c')}."))
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += _paras(p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS = {
    "content_owner_time_table": content_owner_time_table,
    "numbered_topic_blocks": numbered_topic_blocks,
    "quarter_rows_bundled": quarter_rows_bundled,
    "two_level_then_assign": two_level_then_assign,
}


# -------------------------------------------------------------------------------------- plans
PLANS: list[T] = [
    {
        "id": "70_thpt_ngo_quyen_da_nang_2024",
        "half": "dev",
        "fmt": "docx",
        "layout": "content_owner_time_table",
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
        "layout": "numbered_topic_blocks",
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
        "layout": "quarter_rows_bundled",
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
        "layout": "two_level_then_assign",
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
]
