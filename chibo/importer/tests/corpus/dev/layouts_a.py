"""Development batch 60–69: layouts and plans of their own (writer A), merged by build.py.

The layouts here were written without reading the parser and without reusing build.py's layouts;
they call only build.py's generic helpers (header, signature, vn_date, the block kinds). They vary
above all how the topics, their time and their presenters are laid out: topics as "Chuyên đề N:"
headings with indented lines, a table with one row per quarter holding several topics in one cell,
a table whose columns come in an unusual order, a schedule with the months as columns, a yearly
programme in which the thematic meetings sit among other work under roman sections and "a)", "b)",
two-level numbering with a separate assignment section, a resolution in prose with its targets
in sentences, and a short month table.

build.py is imported lazily (inside the layouts): it imports this module while it is itself being
loaded.
"""

from __future__ import annotations

from typing import Any

from ..facts import T, target, topic

Block = tuple[Any, ...]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _b() -> Any:
    from .. import build

    return build


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
    b = _b()
    y = p["year"]
    out: list[Block] = [b.header(p), ("title", p.get("title_lines") or ["KẾ HOẠCH",
                        f"Tổ chức sinh hoạt chuyên đề năm {y}"])]  # fmt: skip
    out += [("p", line) for line in p["legal_bases"]]
    out.append(("p", p["opening"]))
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
    out.append(b.signature(p))
    return out


def quarter_rows_multi(p: dict[str, Any]) -> list[Block]:
    """A school year's plan: a table with one row per quarter; the topics of a quarter share one cell,
    numbered and each followed by its month; the assignment column names them "CĐ 1: đ/c …"."""
    b = _b()
    y = p["year"]
    out: list[Block] = [b.header(p), ("title", ["KẾ HOẠCH", "Sinh hoạt chuyên đề của chi bộ",
                                                f"Năm học {y} – {y + 1}"])]  # fmt: skip
    out += [("p", line) for line in p["legal_bases"]]
    out.append(("p", p["opening"]))
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
    out.append(b.signature(p))
    return out


def columns_reordered(p: dict[str, Any]) -> list[Block]:
    """A table whose columns come in an unusual order — content, the member in charge (with title),
    time, product — and the time written "Kỳ sinh hoạt tháng 3 (Quý I)"."""
    b = _b()
    y = p["year"]
    out: list[Block] = [b.header(p), ("title", ["KẾ HOẠCH", f"sinh hoạt chuyên đề năm {y}"])]
    out += [("p", line) for line in p["legal_bases"]]
    out.append(("p", p["opening"]))
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
    out.append(b.signature(p))
    return out


def month_columns(p: dict[str, Any]) -> list[Block]:
    """An activity plan: targets in a table, then a year schedule with the twelve months as columns
    and an "x" under the month of each piece of work; the thematic meetings sit among the regular
    work and no quarter is written."""
    b = _b()
    y = p["year"]
    out: list[Block] = [b.header(p), ("title", ["KẾ HOẠCH", f"Hoạt động của chi bộ năm {y}"])]
    out += [("p", line) for line in p["legal_bases"]]
    out.append(("p", p["opening"]))
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
    out.append(b.signature(p))
    return out


LAYOUTS = {
    "a_topic_headings": topic_headings,
    "a_quarter_rows_multi": quarter_rows_multi,
    "a_columns_reordered": columns_reordered,
    "a_month_columns": month_columns,
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
]
