"""Development batch 310–319: layouts and plans of their own (writer Z), merged by build.py.

Written by a helper who had not read the parser and was given only the issue, the four seed plans,
build.py, common.py, facts.py and the format of ``dev/layouts_a.py``. Ten school cells of the centre,
the Central Highlands and the south, 2016–2026. Each layout follows how a real cell types its plan
(the seeds show the range): topic blocks with "- Chủ đề:", "- Thời gian:", "- Người thực hiện:"
lines; a month table; a school-year activity plan with its thematic meetings among other work; a
plain-text plan with quarter headings; topics as titled sections with "Dự kiến thời gian thực hiện"
and "Phân công chuẩn bị dự thảo"; a resolution whose programme gives only quarters; a short table
scanned; topics listed in one section and assigned in another; quarter headings with bullet lines;
a text file holding a table typed with tabs.
"""

from __future__ import annotations

from typing import Any

from ..common import ROMAN, Block, date_line, number_line, signed, typed_header
from ..facts import T, target, topic_with

TAB = "\t"


def _head(p: dict[str, Any], label: str = "Số: ") -> Block:
    return typed_header(p["left"], number_line(p, label), date_line(p))


def _paras(lines: list[str]) -> list[Block]:
    return [("p", x) for x in lines]


def _recipients(p: dict[str, Any]) -> list[str]:
    return ["Nơi nhận:", *[f"- {x};" for x in p["send_to"]], "- Lưu chi bộ."]


# ------------------------------------------------------------------------------------------ layouts
def topic_blocks(p: dict[str, Any]) -> list[Block]:
    """As a kindergarten cell types it (seed 000): "1. Chuyên đề 1 (Quý I):" then "- Chủ đề:",
    "- Nội dung công việc:", "- Thời gian: Tháng 3 năm 2026", "- Hình thức:", "- Người thực hiện:
    Đồng chí … - Bí thư chi bộ"."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("h", "I. MỤC ĐÍCH YÊU CẦU"))
    out.append(("p", "1. Mục đích."))
    out += _paras(p["aims"])
    out.append(("p", "2. Yêu cầu."))
    out += _paras(p["requirements"])
    out.append(("h", f"II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM {y}"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. Chuyên đề {i} (Quý {ROMAN[t['quarter']]}):"))
        out.append(("p", f"- Chủ đề: {t['title']}."))
        out.append(("p", f"- Nội dung công việc: {t['work']}"))
        out.append(("p", f"- Thời gian: {t['when']}"))
        out.append(("p", f"- Hình thức: {t['form']}"))
        who = "; ".join(
            f"Đồng chí {n} - {r}" for n, r in zip(t["presenters"], t["roles"], strict=True)
        )
        out.append(("p", f"- {t.get('label', 'Người thực hiện')}: {who}"))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += _paras(p["closing"])
    out.append(signed(p, _recipients(p)))
    return out


def month_table(p: dict[str, Any]) -> list[Block]:
    """A plan after the cell's congress: a short purpose, then a table with the month only
    ("Tháng 4/2020"), the topic, who drafts it and the form; no quarter written."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += _paras(p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, NGƯỜI THỰC HIỆN"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        rows.append(
            [
                str(i),
                t["title"],
                t["when"],
                "\n".join(f"Đ/c {n}" for n in t["presenters"]),
                t["form"],
            ]
        )
    out.append(("table", ["TT", "Nội dung chuyên đề", "Thời gian thực hiện", "Người xây dựng dự thảo",
                          "Hình thức"], rows, None, (1.0, 7.0, 2.6, 3.4, 2.5)))  # fmt: skip
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += _paras(p["closing"])
    out.append(signed(p, _recipients(p)))
    return out


def school_year_activity(p: dict[str, Any]) -> list[Block]:
    """A kindergarten cell's activity plan for a school year (seed 003's habits): situation,
    directions, tasks under "1.", "2.", "4.1." …; the thematic meetings are one sub-section of the
    Party-building tasks, each a line "- Tháng 11/2018: …, đ/c … chuẩn bị"; targets as "+" lines."""
    y = p["year"]
    out: list[Block] = [
        _head(p),
        ("title", ["KẾ HOẠCH", f"Hoạt động của chi bộ năm học {y} – {y + 1}"]),
    ]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("h", "I. ĐẶC ĐIỂM TÌNH HÌNH:"))
    out += _paras(p["situation"])
    out.append(("h", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ CHUNG:"))
    out += _paras(p["directions"])
    out.append(("h", "III. CÁC NHIỆM VỤ CỤ THỂ:"))
    out.append(("p", "1. Lãnh đạo thực hiện nhiệm vụ chính trị của nhà trường:"))
    out += _paras(p["school_tasks"])
    out.append(("p", "2. Công tác xây dựng Đảng:"))
    out.append(("p", "2.1. Công tác giáo dục chính trị tư tưởng:"))
    out += _paras(p["political"])
    out.append(("p", "2.2. Sinh hoạt chi bộ và sinh hoạt chuyên đề:"))
    out.append(("p", "- Duy trì sinh hoạt chi bộ định kỳ vào ngày 05 hằng tháng; sinh hoạt chuyên đề ít nhất "
                     "mỗi quý một lần, cụ thể:"))  # fmt: skip
    for t in p["topics"]:
        out.append(("p", f"+ {t['when']}: Chuyên đề “{t['title']}”, đ/c {' và đ/c '.join(t['presenters'])} "
                         f"chuẩn bị nội dung."))  # fmt: skip
    out.append(("p", "2.3. Các chỉ tiêu phấn đấu của chi bộ:"))
    out += [("p", f"+ {t['text']};") for t in p["targets"]]
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN:"))
    out += _paras(p["closing"])
    out.append(signed(p, _recipients(p)))
    return out


def text_quarters(p: dict[str, Any]) -> list[Block]:
    """A plain-text plan as a typist pastes it from Word: quarter headings "Quý I:", under each a
    "- Tháng 3:" line with the topic and an indented "Người thực hiện:" line."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("p", ""))
    out.append(("h", "I. MỤC ĐÍCH - YÊU CẦU"))
    out += _paras(p["aims"])
    out.append(("p", ""))
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    for t in p["topics"]:
        out.append(("p", f"Quý {ROMAN[t['quarter']]}:"))
        out.append(("p", f"- {t['when']}: {t['title']}."))
        out.append(("p", f"  Người thực hiện: {', '.join('đ/c ' + n for n in t['presenters'])}."))
    out.append(("p", ""))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += _paras(p["closing"])
    out.append(signed(p, _recipients(p)))
    return out


def titled_sections(p: dict[str, Any]) -> list[Block]:
    """As a primary cell types it (seed 001): "1. Chuyên đề 1", the title on its own line, "Nội dung
    trọng tâm", paragraphs, "Dự kiến thời gian thực hiện: Tháng 4 năm 2024 (Quý II).", "Phân công
    chuẩn bị dự thảo chuyên đề: Đồng chí …", "Sản phẩm sau chuyên đề: …"."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += _paras(p["aims"])
    out.append(("h", f"II. NỘI DUNG CHUYÊN ĐỀ NĂM {y}"))
    out.append(("p", p["intro"]))
    for i, t in enumerate(p["topics"], 1):
        out.append(("h", f"{i}. Chuyên đề {i}"))
        out.append(("h", t["title"]))
        out.append(("p", "Nội dung trọng tâm"))
        out += _paras(t["points"])
        out.append(("p", f"Dự kiến thời gian thực hiện: {t['when']}."))
        out.append(("p", f"Phân công chuẩn bị dự thảo chuyên đề: {t['who']}"))
        out.append(("p", f"Sản phẩm sau chuyên đề: {t['product']}"))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += _paras(p["closing"])
    out.append(signed(p, _recipients(p)))
    return out


def resolution_quarters(p: dict[str, Any]) -> list[Block]:
    """A cell's resolution after its congress: results, targets as numbered sentences, tasks, and a
    thematic programme as a table by quarter (a month only where the cell had fixed it)."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("h", "I. ĐÁNH GIÁ KẾT QUẢ NĂM " + str(y - 1)))
    out += _paras(p["review"])
    out.append(("h", f"II. MỤC TIÊU, CHỈ TIÊU NĂM {y}"))
    out.append(("p", "1. Mục tiêu: " + p["aim"]))
    out.append(("p", "2. Các chỉ tiêu chủ yếu:"))
    out += [("p", f"{chr(97 + i)}) {t['text']}.") for i, t in enumerate(p["targets"])]
    out.append(("h", "III. NHIỆM VỤ VÀ GIẢI PHÁP"))
    out += _paras(p["tasks"])
    out.append(("p", f"{len(p['tasks']) + 1}. Chương trình sinh hoạt chuyên đề năm {y}:"))
    rows = [[f"Quý {ROMAN[t['quarter']]}" + (f"\n({t['when']})" if t["when"] else ""), t["title"],
             ", ".join(t["presenters"])] for t in p["topics"]]  # fmt: skip
    out.append(
        (
            "table",
            ["Thời gian", "Nội dung chuyên đề", "Đảng viên chuẩn bị"],
            rows,
            None,
            (2.8, 9.0, 4.5),
        )
    )
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += _paras(p["closing"])
    out.append(signed(p, _recipients(p)))
    return out


def short_table(p: dict[str, Any]) -> list[Block]:
    """A one-page plan for a school year, printed, signed and scanned: a few lines of purpose and a
    table "Thời gian | Nội dung chuyên đề | Người thực hiện | Ghi chú" with "Tháng 9/2025"."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("h", "1. Mục đích, yêu cầu"))
    out += _paras(p["aims"])
    out.append(("h", "2. Nội dung, thời gian"))
    rows = [[t["when"], t["title"], "\n".join(f"Đ/c {n}" for n in t["presenters"]), t.get("note", "")]
            for t in p["topics"]]  # fmt: skip
    out.append(("table", ["Thời gian", "Nội dung chuyên đề", "Người thực hiện", "Ghi chú"], rows, None,
                (2.6, 8.0, 3.8, 2.0)))  # fmt: skip
    out.append(("h", "3. Tổ chức thực hiện"))
    out += _paras(p["closing"])
    out.append(signed(p, _recipients(p)))
    return out


def listed_then_assigned(p: dict[str, Any]) -> list[Block]:
    """The topics listed "1. Quý I – tháng 02/2022: …" in one section and assigned in another
    ("- Chuyên đề số 1: đ/c … (đề dẫn); đ/c … (tham luận)")."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += _paras(p["aims"])
    out.append(("h", "II. NỘI DUNG VÀ THỜI GIAN"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. {t['when']}: {t['title']}."))
    out.append(("h", "III. PHÂN CÔNG CHUẨN BỊ"))
    for i, t in enumerate(p["topics"], 1):
        parts = [
            f"đ/c {n}" + (f" ({r})" if r else "")
            for n, r in zip(t["presenters"], t["roles"], strict=True)
        ]
        out.append(("p", f"- Chuyên đề số {i}: " + "; ".join(parts) + "."))
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += _paras(p["closing"])
    out.append(("p", f"Trên đây là kế hoạch sinh hoạt chuyên đề năm {y} của {p['cell_name']}./."))
    out.append(signed(p, _recipients(p)))
    return out


def quarter_heads_bullets(p: dict[str, Any]) -> list[Block]:
    """Quarter headings "* QUÝ I" with bullet lines "- Chuyên đề:", "- Thời gian: tuần 2 tháng 3",
    "- Người thực hiện:", "- Người tham gia:"."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += _paras(p["aims"])
    out.append(("h", f"II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM {y}"))
    for t in p["topics"]:
        out.append(("h", f"* QUÝ {ROMAN[t['quarter']]}"))
        out.append(("p", f"- Chuyên đề: {t['title']}"))
        out.append(("p", f"- Thời gian: {t['when']}"))
        out.append(("p", f"- Người thực hiện: {', '.join('đ/c ' + n for n in t['presenters'])}"))
        out.append(("p", "- Người tham gia: toàn thể đảng viên trong chi bộ"))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += _paras(p["closing"])
    out.append(signed(p, _recipients(p)))
    return out


def text_tab_table(p: dict[str, Any]) -> list[Block]:
    """A text file saved from Word: the table's cells separated by tabs, one row a line (seed 004)."""
    out: list[Block] = [_head(p, "Số "), ("title", p["title_lines"])]
    out += _paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += _paras(p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG"))
    out.append(("p", TAB.join(["TT", "Thời gian", "Tên chuyên đề", "Người thực hiện"])))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", TAB.join([str(i), t["when"], t["title"], ", ".join(t["presenters"])])))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += _paras(p["closing"])
    out.append(signed(p, _recipients(p)))
    return out


LAYOUTS = {
    "z_topic_blocks": topic_blocks,
    "z_month_table": month_table,
    "z_school_year_activity": school_year_activity,
    "z_text_quarters": text_quarters,
    "z_titled_sections": titled_sections,
    "z_resolution_quarters": resolution_quarters,
    "z_short_table": short_table,
    "z_listed_then_assigned": listed_then_assigned,
    "z_quarter_heads_bullets": quarter_heads_bullets,
    "z_text_tab_table": text_tab_table,
}

HD12 = (
    "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề về nâng "
    "cao chất lượng sinh hoạt chi bộ;"
)
HD09 = (
    "Căn cứ Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 của Ban Tổ chức Trung ương về nâng cao chất lượng "
    "sinh hoạt chi bộ;"
)


# -------------------------------------------------------------------------------------------- plans
PLANS: list[T] = [
    {
        "id": "310_mam_non_phuoc_thinh_2026",
        "half": "dev",
        "fmt": "docx",
        "layout": "z_topic_blocks",
        "province": "Khánh Hòa",
        "source": "https://mnpthinh-nt.khanhhoa.edu.vn/chi-bo-truong-mam-non-phuoc-thinh-nghiem-tuc-hoc-tap-quan-triet-"
        "nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiv-cua-dang",
        "source_says": "Thực hiện Kế hoạch của Ban Thường vụ Đảng ủy phường Nam Nha Trang, ngày 07/02/2026 Chi bộ "
        "trường Mầm non Phước Thịnh tham gia Hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc "
        "lần thứ XIV của Đảng (trực tuyến); sau Hội nghị chi bộ xác định triển khai Nghị quyết là nhiệm vụ chính "
        "trị trọng tâm, gắn với chăm sóc, giáo dục trẻ, và xây dựng kế hoạch thực hiện cụ thể.",
        "completed": [
            "the page reports the cell's study of the XIV Congress resolution, not a plan: the 2026 thematic plan "
            "(number, date, legal bases, four topics, months, presenters) is completed in the layout of a "
            "kindergarten cell's plan (seed 000: “Chuyên đề 1 (Quý I)”, “- Chủ đề:”, “- Thời gian: Tháng 3 năm "
            "2026”, “- Người thực hiện: Đồng chí … - Bí thư chi bộ”)",
            "the first topic carries the resolution the page reports into the cell's work; the others are "
            "completed; the page names no member: all presenters and the secretary are completed",
            "the committee (Đảng ủy phường Nam Nha Trang) is the page's",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ trường Mầm non Phước Thịnh",
        "committee_name": "Đảng bộ phường Nam Nha Trang",
        "left": ["ĐẢNG BỘ PHƯỜNG NAM NHA TRANG", "CHI BỘ TRƯỜNG MN PHƯỚC THỊNH"],
        "number": 2,
        "type_code": "KH",
        "date": "2026-01-19",
        "place": "Nam Nha Trang",
        "title_lines": ["KẾ HOẠCH", "Thực hiện sinh hoạt chuyên đề năm 2026"],
        "legal_bases": [
            "Căn cứ Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới và nâng cao chất lượng "
            "sinh hoạt chi bộ trong giai đoạn mới;",
            "Căn cứ Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương thực hiện Chỉ thị số "
            "50-CT/TW;",
            "Căn cứ tình hình thực tế của Chi bộ trường Mầm non Phước Thịnh năm 2026;",
        ],
        "opening": "Chi bộ trường Mầm non Phước Thịnh xây dựng kế hoạch thực hiện sinh hoạt chuyên đề năm 2026 "
        "của Chi bộ, cụ thể như sau:",
        "aims": [
            "- Nâng cao nhận thức chính trị tư tưởng cho cán bộ, đảng viên; đưa Nghị quyết Đại hội XIV của Đảng "
            "vào công tác chăm sóc, nuôi dưỡng, giáo dục trẻ của nhà trường.",
            "- Đổi mới nội dung, hình thức sinh hoạt chi bộ, bảo đảm tính lãnh đạo, tính giáo dục và tính chiến "
            "đấu, xây dựng chi bộ trong sạch, vững mạnh.",
        ],
        "requirements": [
            "- Mỗi chuyên đề có đảng viên được phân công chuẩn bị, gửi dự thảo trước ngày sinh hoạt 3 ngày; "
            "100% đảng viên tham gia thảo luận.",
            "- Sau mỗi chuyên đề chi bộ có kết luận, phân công thực hiện và kiểm tra kết quả.",
        ],
        "secretary": "Trần Thị Kim Oanh",
        "sign_for": "T/M CHI BỘ",
        "send_to": ["Đảng ủy phường Nam Nha Trang (b/c)", "Đảng viên trong chi bộ"],
        "closing": [
            "- Đảng viên được phân công chuẩn bị nội dung, gửi báo cáo cho chi bộ theo kế hoạch.",
            "- Đồng chí Bí thư chủ trì các buổi sinh hoạt chuyên đề, kết luận và ban hành nghị quyết chuyên đề; "
            "báo cáo kết quả về Đảng ủy phường Nam Nha Trang.",
            "Trên đây là Kế hoạch thực hiện sinh hoạt chuyên đề năm 2026 của chi bộ trường Mầm non Phước Thịnh, "
            "đề nghị đảng viên trong chi bộ nghiêm túc triển khai thực hiện./.",
        ],
        "topics": [
            topic_with(
                "Học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV "
                "của Đảng gắn với nhiệm vụ chăm sóc, nuôi dưỡng, giáo dục trẻ",
                1,
                3,
                ["Trần Thị Kim Oanh"],
                when="Tháng 3 năm 2026",
                form="Báo cáo chuyên đề, thảo luận",
                roles=["Bí thư chi bộ"],
                work="Quán triệt những điểm mới của Nghị quyết; xây dựng chương trình hành động của chi bộ, "
                "phân công đảng viên thực hiện theo từng mặt công tác của nhà trường.",
            ),
            topic_with(
                "Nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn số 42-HD/BTCTW trong Chi bộ trường Mầm non "
                "Phước Thịnh",
                2,
                6,
                ["Lê Thị Ngọc Hân"],
                when="Tháng 6 năm 2026",
                form="Trao đổi, đề xuất cách thực hiện",
                roles=["Phó bí thư chi bộ"],
                work="Đánh giá thực trạng sinh hoạt chi bộ; thống nhất quy trình chuẩn bị, tổ chức và kết luận "
                "các kỳ sinh hoạt định kỳ và chuyên đề.",
            ),
            topic_with(
                "Xây dựng trường mầm non lấy trẻ làm trung tâm, bảo đảm an toàn tuyệt đối cho trẻ",
                3,
                9,
                ["Nguyễn Thị Thanh Thủy"],
                when="Tháng 9 năm 2026",
                form="Trao đổi, đề xuất cách thực hiện",
                roles=["Chi uỷ viên"],
                work="Rà soát môi trường giáo dục trong và ngoài lớp; phân công đảng viên phụ trách các khối lớp "
                "đầu năm học 2026 - 2027.",
            ),
            topic_with(
                "Ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý và tổ chức hoạt động giáo dục trẻ",
                4,
                11,
                ["Phạm Thị Mỹ Dung"],
                when="Tháng 11 năm 2026",
                form="Báo cáo chuyên đề, thảo luận",
                roles=["Đảng viên"],
                label="Thực hiện",
                work="Số hóa hồ sơ chuyên môn; hướng dẫn giáo viên sử dụng phần mềm, học liệu số phù hợp với trẻ "
                "mầm non.",
            ),
        ],  # fmt: skip
        "targets": [],
    },
]

PLANS += [
    {
        "id": "311_mam_non_xuan_linh_2020",
        "half": "dev",
        "fmt": "doc",
        "layout": "z_month_table",
        "province": "Hà Tĩnh",
        "source": "http://mnxuanlinh.nghixuan.edu.vn/tin-tuc/hoat-dong/dai-hoi-chi-bo-truong-mn-xuan-linh-nhiem-ky-"
        "2020-2022.html",
        "source_says": "Thực hiện Kế hoạch số 05-KH/ĐU ngày 18/9/2019 của Ban thường vụ Đảng ủy xã Xuân Lĩnh, chiều "
        "27/02/2020 Chi bộ trường Mầm non Xuân Lĩnh tổ chức Đại hội Chi bộ nhiệm kỳ 2020 - 2022; dự có đ/c Nguyễn "
        "Văn Ngọc (Phó Bí thư Đảng ủy, Chủ tịch HĐND xã), đ/c Hà Văn Bình (Chủ tịch UBND xã), đ/c Lê Anh Tuấn "
        "(PCT xã), đ/c Hoàng Thị Minh (Chủ tịch UBMTTQ xã) và 16 đảng viên của chi bộ.",
        "completed": [
            "the page reports the congress; the thematic plan of 2020 that follows it (number, date, four topics, "
            "months, drafters) is completed as a month table typed after the congress, no quarter written",
            "the page names no member of the cell: the secretary and the drafters are completed",
            "saved as .doc (old Word)",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ trường Mầm non Xuân Lĩnh",
        "committee_name": "Đảng bộ xã Xuân Lĩnh",
        "left": ["ĐẢNG BỘ XÃ XUÂN LĨNH", "CHI BỘ TRƯỜNG MẦM NON"],
        "number": 4,
        "type_code": "KH",
        "date": "2020-03-10",
        "place": "Xuân Lĩnh",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        "legal_bases": [
            HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ trường Mầm non Xuân Lĩnh nhiệm kỳ 2020 - 2022;",
        ],
        "opening": "Chi bộ trường Mầm non Xuân Lĩnh (16 đảng viên) xây dựng kế hoạch sinh hoạt chuyên đề năm 2020 "
        "như sau:",
        "aims": [
            "- Đưa Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 - 2022 vào cuộc sống; mỗi chuyên đề giải quyết một "
            "việc cụ thể của nhà trường.",
            "- Đảng viên được phân công chuẩn bị dự thảo gửi chi ủy trước 05 ngày; chi bộ thảo luận, kết luận.",
        ],
        "secretary": "Nguyễn Thị Hồng Vân",
        "send_to": ["Đảng ủy xã Xuân Lĩnh (b/c)", "Đảng viên trong chi bộ"],
        "closing": [
            "Chi ủy đôn đốc các đồng chí được phân công; kết quả mỗi chuyên đề báo cáo Đảng ủy xã Xuân Lĩnh.",
        ],
        "topics": [
            topic_with(
                "Học tập, quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 - 2022, xây dựng chương trình "
                "hành động của chi bộ",
                2,
                4,
                ["Nguyễn Thị Hồng Vân"],
                when="Tháng 4/2020",
                form="Báo cáo, thảo luận",
            ),
            topic_with(
                "Phòng, chống dịch bệnh Covid-19, bảo đảm an toàn cho trẻ khi trở lại trường",
                2,
                5,
                ["Phan Thị Thu Hà"],
                when="Tháng 5/2020",
                form="Trao đổi",
            ),
            topic_with(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng Đảng thật sự "
                "trong sạch, vững mạnh",
                3,
                8,
                ["Nguyễn Thị Hồng Vân", "Trần Thị Lam"],
                when="Tháng 8/2020",
                form="Báo cáo, thảo luận",
            ),
            topic_with(
                "Nâng cao chất lượng chăm sóc, giáo dục trẻ, xây dựng trường mầm non lấy trẻ làm trung tâm",
                4,
                11,
                ["Phan Thị Thu Hà"],
                when="Tháng 11/2020",
                form="Trao đổi",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "312_mam_non_duc_hoa_2018",
        "half": "dev",
        "fmt": "odt",
        "layout": "z_school_year_activity",
        "province": "Hà Tĩnh",
        "source": "http://mnduchoa.ductho.edu.vn/tin-tuc/tin-nha-truong/chi-bo-mam-non-duc-hoa-to-chuc-thanh-cong-hoi-"
        "nghi-chi-bo-.html",
        "source_says": "Ngày 25/9/2018, được sự nhất trí của Đảng uỷ xã Đức Hòa, Chi bộ mầm non tổ chức hội nghị chi "
        "bộ năm học 2018 – 2019; dự có đ/c Lê Minh Hồng, Phó bí thư Đảng ủy xã; đ/c Lê Thị Kim Lài, phó bí thư chi "
        "bộ mầm non, báo cáo kết quả năm học qua và phương hướng; hội nghị thảo luận và quyết nghị các chỉ tiêu phấn "
        "đấu năm học 2018 – 2019.",
        "completed": [
            "the page reports the cell's conference that voted the targets of the school year 2018 – 2019; its "
            "activity plan is completed in a kindergarten cell's own habits (seed 003): situation, directions, "
            "tasks, the thematic meetings as one sub-section, targets as “+” lines",
            "Lê Thị Kim Lài (phó bí thư) is the page's; the secretary and the other preparers are completed; the "
            "targets are completed",
            "the cell is named “Chi bộ Mầm non Đức Hòa” as the page names it; saved as .odt",
        ],
        "kind": "activity",
        "year": 2018,
        "cell_name": "Chi bộ Mầm non Đức Hòa",
        "committee_name": "Đảng bộ xã Đức Hòa",
        "left": ["ĐẢNG BỘ XÃ ĐỨC HÒA", "CHI BỘ MẦM NON"],
        "number": 7,
        "type_code": "KH",
        "date": "2018-09-28",
        "place": "Đức Hòa",
        "legal_bases": [
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
            "Căn cứ Nghị quyết hội nghị Chi bộ Mầm non Đức Hòa ngày 25/9/2018;",
        ],
        "opening": "Căn cứ vào tình hình thực tế của nhà trường, Chi bộ Mầm non Đức Hòa xây dựng Kế hoạch hoạt "
        "động của chi bộ năm học 2018 – 2019 gồm các nội dung cụ thể sau:",
        "situation": [
            "- Chi bộ có 14 đảng viên, trong đó 13 đảng viên chính thức, 01 đảng viên dự bị; 14 đảng viên nữ.",
            "- Thuận lợi: được sự quan tâm chỉ đạo trực tiếp của Đảng ủy xã Đức Hòa; tập thể chi bộ đoàn kết.",
            "- Khó khăn: cơ sở vật chất còn thiếu; thời gian dành cho sinh hoạt chuyên đề còn hạn chế.",
        ],
        "directions": [
            "- Lãnh đạo nhà trường hoàn thành nhiệm vụ năm học 2018 – 2019; nâng cao chất lượng chăm sóc, giáo "
            "dục trẻ.",
            "- Xây dựng chi bộ trong sạch vững mạnh; làm tốt công tác phát triển đảng viên.",
        ],
        "school_tasks": [
            "- Thực hiện chương trình giáo dục mầm non; bảo đảm an toàn tuyệt đối cho trẻ, vệ sinh an toàn thực "
            "phẩm.",
            "- Tham mưu địa phương đầu tư phòng học, đồ dùng đồ chơi; duy trì tỷ lệ trẻ ra lớp.",
        ],
        "political": [
            "- Tổ chức cho đảng viên học tập đầy đủ các chỉ thị, nghị quyết của Đảng; thực hiện Chỉ thị 05-CT/TW "
            "gắn với cuộc vận động “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”.",
        ],
        "secretary": "Nguyễn Thị Minh Huệ",
        "sign_for": "T/M CẤP ỦY CHI BỘ",
        "send_to": ["Thường trực Đảng ủy xã", "Các đảng viên"],
        "closing": [
            "- Kế hoạch được triển khai đến 100% đảng viên; chi ủy cụ thể hóa thành chương trình công tác hằng "
            "tháng.",
            "- Cuối học kỳ I sơ kết, cuối năm học tổng kết, báo cáo Đảng ủy xã Đức Hòa./.",
        ],
        "topics": [
            topic_with(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần yêu nước, tự "
                "lực tự cường, tiết kiệm",
                4,
                11,
                ["Lê Thị Kim Lài"],
                when="Tháng 11/2018",
            ),
            topic_with(
                "Nâng cao chất lượng bữa ăn bán trú và vệ sinh an toàn thực phẩm trong nhà trường",
                1,
                3,
                ["Nguyễn Thị Minh Huệ", "Phan Thị Hoa"],
                when="Tháng 3/2019",
            ),
            topic_with(
                "Vai trò nêu gương của đảng viên trong thực hiện quy tắc ứng xử văn hóa ở trường mầm non",
                2,
                5,
                ["Trần Thị Thanh Tâm"],
                when="Tháng 5/2019",
            ),
        ],  # fmt: skip
        "targets": [
            target("Chi bộ đạt trong sạch vững mạnh", "yes_no"),
            target(
                "100% đảng viên hoàn thành tốt nhiệm vụ trở lên, trong đó 20% hoàn thành xuất sắc nhiệm vụ",
                "percent",
                100,
            ),
            target("Kết nạp 01 đảng viên mới", "count", 1),
            target("Tỷ lệ trẻ 5 tuổi ra lớp đạt 100%", "percent", 100),
        ],  # fmt: skip
    },
    {
        "id": "313_tieu_hoc_nguyen_hue_ea_bar_2016",
        "half": "dev",
        "fmt": "txt",
        "layout": "z_text_quarters",
        "province": "Đắk Lắk",
        "source": "https://123docz.com/document/4836111-khoa-luan-tot-nghiep-trung-cap-ly-luan-thuc-trang-va-giai-phap-"
        "nang-cao-chat-luong-sinh-hoat-chi-bo-truong-tieu-hoc-nguyen-hue-thuoc-dang-bo-xa-ea-bar.htm",
        "source_says": "Khóa luận tốt nghiệp trung cấp lý luận chính trị “Thực trạng và giải pháp nâng cao chất lượng "
        "sinh hoạt chi bộ trường Tiểu học Nguyễn Huệ thuộc Đảng bộ xã Ea Bar” (mở đầu: “Qua 86 năm chiến đấu xây "
        "dựng và trưởng thành”, tức năm 2016); chi bộ trường học thuộc Đảng bộ xã, sinh hoạt chi bộ là nơi lãnh đạo "
        "thực hiện chủ trương của Đảng ở cơ sở.",
        "completed": [
            "the page gives the cell, its committee and the year only: the whole 2016 thematic plan (number, date, "
            "four topics, months, presenters) is completed for a primary school of a Central Highlands commune",
            "all names are completed (a Kinh secretary, Ê Đê teachers); typed as plain text with quarter headings",
        ],
        "kind": "thematic",
        "year": 2016,
        "cell_name": "Chi bộ trường Tiểu học Nguyễn Huệ",
        "committee_name": "Đảng bộ xã Ea Bar",
        "left": ["ĐẢNG BỘ XÃ EA BAR", "CHI BỘ TRƯỜNG TH NGUYỄN HUỆ"],
        "number": 1,
        "type_code": "KH",
        "date": "2016-01-18",
        "place": "Ea Bar",
        "legal_bases": [
            HD09,
            "Căn cứ Chỉ thị số 05-CT/TW của Bộ Chính trị và kế hoạch của Đảng ủy xã Ea Bar năm 2016;",
        ],
        "opening": "Chi bộ trường Tiểu học Nguyễn Huệ xây dựng kế hoạch sinh hoạt chuyên đề năm 2016 như sau:",
        "aims": [
            "- Nâng cao chất lượng sinh hoạt chi bộ, mỗi quý sinh hoạt chuyên đề ít nhất một lần.",
            "- Nội dung chuyên đề gắn với nhiệm vụ dạy học ở vùng đồng bào dân tộc thiểu số của nhà trường.",
        ],
        "secretary": "Nguyễn Văn Thắng",
        "send_to": ["Đảng ủy xã Ea Bar (b/c)", "Đảng viên trong chi bộ"],
        "closing": [
            "- Các đồng chí được phân công chuẩn bị đề cương, báo cáo chi ủy trước buổi sinh hoạt 01 tuần.",
            "- Chi ủy theo dõi, báo cáo kết quả về Đảng ủy xã Ea Bar.",
        ],
        "topics": [
            topic_with(
                "Nâng cao chất lượng dạy tiếng Việt cho học sinh đồng bào dân tộc thiểu số",
                1,
                3,
                ["Nguyễn Văn Thắng", "H' Linh Niê"],
                when="Tháng 3",
            ),
            topic_with(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trung thực, trách nhiệm",
                2,
                5,
                ["Y Khuê Byă"],
                when="Tháng 5",
            ),
            topic_with(
                "Vận động học sinh ra lớp, chống bỏ học đầu năm học 2016 - 2017",
                3,
                8,
                ["Trần Thị Hải Yến"],
                when="Tháng 8",
            ),
            topic_with(
                "Phát huy vai trò của đảng viên trong giữ gìn đoàn kết nội bộ, đoàn kết các dân tộc",
                4,
                11,
                ["Nguyễn Văn Thắng"],
                when="Tháng 11",
            ),
        ],  # fmt: skip
        "targets": [],
    },
]

PLANS += [
    {
        "id": "314_tieu_hoc_phuoc_hoa_a_2024",
        "half": "dev",
        "fmt": "docx",
        "layout": "z_titled_sections",
        "province": "Bình Dương",
        "source": "http://thphuochoaa.pgdphugiao.edu.vn/?p=4007",
        "source_says": "Thực hiện Quyết định số 1777-QĐ/HU và 1778-QĐ/HU ngày 05/8/2024 của Huyện ủy Phú Giáo, ngày "
        "21/8/2024 Chi bộ trường Tiểu học Phước Hòa A kết nạp 2 đảng viên (Hà Thị Thanh Thuỷ, Lê Thị Trang), nâng "
        "tổng số lên 19 đảng viên (16 chính thức, 3 dự bị); đ/c Hoàng Thị Hương – Chi uỷ viên; đ/c Cao Thị Nghĩa – "
        "Bí thư Chi bộ; thầy Vi Văn Khởi – Hiệu trưởng; đ/c Nguyễn Thị Thuý Hồng – Phó Bí thư Chi bộ.",
        "completed": [
            "the page reports an admission ceremony; the 2024 thematic plan (number, date, three topics, months, "
            "drafters, products) is completed in the layout of seed 001 (titled sections with “Dự kiến thời gian "
            "thực hiện” and “Phân công chuẩn bị dự thảo chuyên đề”)",
            "the drafters and the signer are the cell officers the page names (Nguyễn Thị Thuý Hồng, Hoàng Thị "
            "Hương, Cao Thị Nghĩa); the committee (Đảng ủy xã Phước Hòa) is completed from the school's commune",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Trường Tiểu học Phước Hòa A",
        "committee_name": "Đảng bộ xã Phước Hòa",
        "left": ["ĐẢNG BỘ XÃ PHƯỚC HÒA", "CHI BỘ TRƯỜNG TH PHƯỚC HÒA A"],
        "number": 3,
        "type_code": "KH",
        "date": "2024-02-26",
        "place": "Phước Hòa",
        "title_lines": ["KẾ HOẠCH", "Tổ chức sinh hoạt chuyên đề năm 2024"],
        "legal_bases": [
            HD12,
            "Căn cứ nghị quyết, chương trình công tác năm 2024 của Đảng ủy xã Phước Hòa;",
            "Căn cứ nhiệm vụ chính trị và tình hình thực tế của Chi bộ Trường Tiểu học Phước Hòa A;",
        ],
        "opening": "Chi bộ Trường Tiểu học Phước Hòa A xây dựng Kế hoạch tổ chức sinh hoạt chuyên đề năm 2024 như "
        "sau:",
        "aims": [
            "1. Nâng cao chất lượng sinh hoạt chuyên đề của chi bộ; gắn chặt với nhiệm vụ chính trị của chi bộ và "
            "nhiệm vụ chuyên môn của nhà trường.",
            "2. Thông qua sinh hoạt chuyên đề kịp thời lãnh đạo giải quyết những vấn đề trọng tâm của đơn vị; sau "
            "sinh hoạt có kết luận, phân công nhiệm vụ và kiểm tra kết quả.",
        ],
        "intro": "Căn cứ tình hình thực tế của chi bộ và yêu cầu nhiệm vụ năm học, năm 2024 Chi bộ Trường Tiểu học "
        "Phước Hòa A dự kiến tổ chức 03 chuyên đề như sau:",
        "secretary": "Cao Thị Nghĩa",
        "sign_for": "T/M. CHI ỦY CHI BỘ",
        "send_to": ["Đảng ủy xã Phước Hòa (để báo cáo)", "Đảng viên trong chi bộ"],
        "closing": [
            "1. Chi ủy chi bộ căn cứ kế hoạch này lãnh đạo việc chuẩn bị nội dung, tài liệu, thời gian sinh hoạt "
            "chuyên đề.",
            "2. Đồng chí được phân công xây dựng dự thảo báo cáo chuyên đề, báo cáo chi ủy cho ý kiến trước khi "
            "đưa ra sinh hoạt chi bộ.",
            "3. Sau mỗi chuyên đề, chi bộ hoàn thiện hồ sơ và báo cáo Đảng ủy xã theo quy định.",
        ],
        "topics": [
            topic_with(
                "Phát huy vai trò nêu gương của đảng viên trong thực hiện Chương trình giáo dục phổ thông 2018",
                2,
                4,
                ["Nguyễn Thị Thuý Hồng"],
                when="Tháng 4 năm 2024 (Quý II)",
                who="Đồng chí Nguyễn Thị Thuý Hồng – Phó Bí thư Chi bộ",
                points=[
                    "Đánh giá việc đổi mới phương pháp dạy học, kiểm tra đánh giá học sinh ở các khối lớp.",
                    "Thảo luận giải pháp để mỗi đảng viên là giáo viên cốt cán của tổ chuyên môn.",
                ],
                product="Kết luận chuyên đề; phân công đảng viên phụ trách từng khối lớp.",
            ),
            topic_with(
                "Công tác phát triển đảng viên trong đội ngũ giáo viên trẻ của nhà trường",
                3,
                8,
                ["Hoàng Thị Hương"],
                when="Tháng 8 năm 2024 (Quý III)",
                who="Đồng chí Hoàng Thị Hương – Chi uỷ viên",
                points=[
                    "Rà soát nguồn quần chúng ưu tú; phân công đảng viên giúp đỡ quần chúng.",
                    "Hoàn thiện hồ sơ đề nghị kết nạp theo quy định.",
                ],
                product="Danh sách quần chúng ưu tú và đảng viên giúp đỡ.",
            ),
            topic_with(
                "Ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý và dạy học",
                4,
                11,
                ["Cao Thị Nghĩa"],
                when="Tháng 11 năm 2024 (Quý IV)",
                who="Đồng chí Cao Thị Nghĩa – Bí thư Chi bộ",
                points=[
                    "Đánh giá việc sử dụng học bạ số, sổ điểm điện tử, phần mềm quản lý trường học.",
                    "Đề ra giải pháp bồi dưỡng kỹ năng số cho giáo viên.",
                ],
                product="Kết luận chuyên đề; bổ sung nghị quyết chi bộ.",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "315_tieu_hoc_trung_vuong_thien_an_2020",
        "half": "dev",
        "fmt": "doc",
        "layout": "z_resolution_quarters",
        "province": "Đắk Lắk",
        "source": "http://trungvuong.buonho.edu.vn/chuyen-muc/tin-tuc-su-kien/page/11",
        "source_says": "Từ ngày 13/3/2020 đến 21/3/2020 các chi bộ trường học Trưng Vương, Hoa Hướng Dương và Ngô Mây "
        "của phường Thiện An tổ chức Đại hội chi bộ nhiệm kỳ 2020-2022, kiểm điểm lãnh đạo nhiệm kỳ 2017-2020, đề "
        "ra phương hướng nhiệm kỳ 2020-2022 của từng chi bộ và bầu cấp ủy.",
        "completed": [
            "the page reports the congresses of three school cells of phường Thiện An (Buôn Hồ); the resolution of "
            "the Trưng Vương cell for 2020 (number, date, review, targets, tasks, the thematic programme by "
            "quarter) is completed",
            "the programme gives a quarter for each topic and a month only for the second (as a cell writes it "
            "when it has fixed a date); names are completed",
            "saved as .doc (old Word)",
        ],
        "kind": "activity",
        "year": 2020,
        "cell_name": "Chi bộ trường Tiểu học Trưng Vương",
        "committee_name": "Đảng bộ phường Thiện An",
        "left": ["ĐẢNG BỘ PHƯỜNG THIỆN AN", "CHI BỘ TRƯỜNG TIỂU HỌC TRƯNG VƯƠNG"],
        "number": 2,
        "type_code": "NQ",
        "date": "2020-03-30",
        "place": "Thiện An",
        "title_lines": ["NGHỊ QUYẾT", "Về nhiệm vụ năm 2020"],
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ trường Tiểu học Trưng Vương nhiệm kỳ 2020 - 2022;",
            "Căn cứ chương trình công tác năm 2020 của Đảng ủy phường Thiện An;",
        ],
        "opening": "Ngày 27/3/2020, Chi bộ trường Tiểu học Trưng Vương họp, thảo luận và thống nhất quyết nghị nhiệm "
        "vụ năm 2020 như sau:",
        "review": [
            "Năm 2019 chi bộ lãnh đạo nhà trường hoàn thành tốt nhiệm vụ năm học; chi bộ được xếp loại hoàn thành "
            "tốt nhiệm vụ; kết nạp 01 đảng viên.",
        ],
        "aim": "Xây dựng chi bộ trong sạch vững mạnh; lãnh đạo nhà trường hoàn thành nhiệm vụ năm học 2019 - 2020 "
        "và 2020 - 2021.",
        "tasks": [
            "1. Lãnh đạo thực hiện nhiệm vụ chuyên môn, phòng chống dịch Covid-19 trong trường học.",
            "2. Làm tốt công tác giáo dục chính trị tư tưởng, học tập các chỉ thị, nghị quyết của Đảng.",
            "3. Duy trì sinh hoạt chi bộ định kỳ ngày 03 hằng tháng; kiểm tra, giám sát đảng viên theo kế hoạch.",
        ],
        "secretary": "Lê Thị Thu Trang",
        "send_to": ["Đảng ủy phường Thiện An (b/c)", "Đảng viên trong chi bộ"],
        "closing": [
            "Chi ủy cụ thể hóa nghị quyết thành chương trình công tác hằng tháng; các đảng viên thực hiện theo "
            "phân công. Nghị quyết được phổ biến đến toàn thể đảng viên trong chi bộ./.",
        ],
        "topics": [
            topic_with(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường, "
                "khát vọng phát triển",
                2,
                None,
                ["Lê Thị Thu Trang"],
                when="",
            ),
            topic_with(
                "Nâng cao chất lượng dạy học cho học sinh đồng bào dân tộc thiểu số",
                3,
                9,
                ["Phạm Văn Lực", "H' Mai Ksơr"],
                when="tháng 9/2020",
            ),
            topic_with(
                "Quán triệt Nghị quyết Đại hội đại biểu Đảng bộ thị xã Buôn Hồ lần thứ XVI",
                4,
                None,
                ["Lê Thị Thu Trang"],
                when="",
            ),
        ],  # fmt: skip
        "targets": [
            target("Chi bộ hoàn thành tốt nhiệm vụ trở lên", "yes_no"),
            target("100% đảng viên hoàn thành nhiệm vụ trở lên", "percent", 100),
            target("Kết nạp 01 đảng viên mới", "count", 1),
            target("Tỷ lệ học sinh hoàn thành chương trình lớp học đạt 98% trở lên", "percent", 98),
        ],
    },
    {
        "id": "316_th_thcs_tan_thuan_2_2025",
        "half": "dev",
        "fmt": "scan",
        "layout": "z_short_table",
        "province": "An Giang (trước đây Kiên Giang)",
        "source": "http://c1tanthuan3.vinhthuan.edu.vn/quyet-dinh-nang-chi-bo-thanh-co-so-dang-truc-thuoc-dang-uy.html",
        "source_says": "Sáng 08/7/2025 Chi bộ Trường TH&THCS Tân Thuận 2 họp chi bộ tháng 7/2025; thầy Nguyễn Văn "
        "Chương – Bí thư chi bộ, Hiệu trưởng; đ/c Võ Thị Thúy An, Phó Chủ tịch UBND xã Vĩnh Thuận, thay mặt Bí thư "
        "Đảng ủy xã trao quyết định nâng chi bộ trường thành tổ chức cơ sở đảng trực thuộc Đảng ủy xã Vĩnh Thuận; "
        "thầy Chương báo cáo thuận lợi, khó khăn trước năm học 2025 – 2026.",
        "completed": [
            "the page reports the upgrade of the cell; its thematic plan for the school year 2025 – 2026 (number, "
            "date, four topics, months, presenters) is completed as a one-page table",
            "Nguyễn Văn Chương (secretary) is the page's; the other presenters are completed",
            "printed, signed and scanned (image-only PDF)",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường TH&THCS Tân Thuận 2",
        "committee_name": "Đảng bộ xã Vĩnh Thuận",
        "left": ["ĐẢNG BỘ XÃ VĨNH THUẬN", "CHI BỘ TRƯỜNG TH&THCS TÂN THUẬN 2"],
        "number": 5,
        "type_code": "KH",
        "date": "2025-08-20",
        "place": "Vĩnh Thuận",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2025 – 2026"],
        "legal_bases": [
            "Căn cứ Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới và nâng cao chất lượng "
            "sinh hoạt chi bộ trong giai đoạn mới;",
        ],
        "opening": "Chi bộ Trường TH&THCS Tân Thuận 2 xây dựng kế hoạch sinh hoạt chuyên đề năm học 2025 – 2026 "
        "như sau:",
        "aims": [
            "Mỗi quý sinh hoạt ít nhất một chuyên đề, gắn với nhiệm vụ năm học và việc chi bộ trở thành tổ chức "
            "cơ sở đảng trực thuộc Đảng ủy xã Vĩnh Thuận.",
        ],
        "secretary": "Nguyễn Văn Chương",
        "sign_for": "T/M CHI BỘ",
        "send_to": ["Đảng ủy xã Vĩnh Thuận (b/c)", "Đảng viên"],
        "closing": [
            "Đảng viên được phân công chuẩn bị dự thảo gửi chi ủy trước 05 ngày; kết quả báo cáo Đảng ủy xã.",
        ],
        "topics": [
            topic_with(
                "Nâng cao năng lực lãnh đạo của chi bộ cơ sở sau khi được nâng cấp trực thuộc Đảng ủy xã",
                3,
                9,
                ["Nguyễn Văn Chương"],
                when="Tháng 9/2025",
            ),
            topic_with(
                "Đổi mới phương pháp dạy học ở cấp tiểu học và trung học cơ sở trong trường liên cấp",
                4,
                11,
                ["Danh Thị Sa Rươl", "Trần Minh Luân"],
                when="Tháng 11/2025",
            ),
            topic_with(
                "Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
                1,
                3,
                ["Nguyễn Văn Chương"],
                when="Tháng 3/2026",
            ),
            topic_with(
                "Chống học sinh bỏ học, nâng cao tỷ lệ học sinh tốt nghiệp trung học cơ sở",
                2,
                5,
                ["Trần Minh Luân"],
                when="Tháng 5/2026",
            ),
        ],  # fmt: skip
        "targets": [],
    },
]

PLANS += [
    {
        "id": "317_tieu_hoc_phuoc_sang_2022",
        "half": "dev",
        "fmt": "docx",
        "layout": "z_listed_then_assigned",
        "province": "Bình Dương",
        "source": "http://thphuocsang.pgdphugiao.edu.vn/le-ket-nap-dang-vien-moi",
        "source_says": "Thực hiện Quyết định số 888-QĐ/HU ngày 15/6/2022 của Huyện ủy Phú Giáo và Nghị quyết Đại "
        "hội Chi bộ nhiệm kỳ 2020-2022 và 2022-2025 về phát triển đảng viên, ngày 12/7/2022, được sự nhất trí của "
        "Ban thường vụ Đảng ủy xã Phước Sang, Chi bộ trường Tiểu học kết nạp quần chúng Vũ Thị Yên vào Đảng; đồng "
        "chí Bí thư chi bộ đọc và trao quyết định.",
        "completed": [
            "the page reports an admission ceremony; the cell's 2022 thematic plan (number, date, four topics, "
            "times, assignments) is completed",
            "the topics are listed “Quý I – tháng 02/2022: …” in one section and assigned in another “Chuyên đề "
            "số 1: đ/c … (đề dẫn); đ/c … (tham luận)”",
            "on purpose the third topic is typed “Quý III – tháng 10/2022” (a month outside its quarter): kept as "
            "written, conflicts: 1",
            "the committee (Đảng ủy xã Phước Sang) is the page's; the page names no officer: all names are "
            "completed; Vũ Thị Yên, admitted in July, is not a presenter",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ trường Tiểu học Phước Sang",
        "committee_name": "Đảng bộ xã Phước Sang",
        "left": ["ĐẢNG BỘ XÃ PHƯỚC SANG", "CHI BỘ TRƯỜNG TIỂU HỌC PHƯỚC SANG"],
        "number": 2,
        "type_code": "KH",
        "date": "2022-01-14",
        "place": "Phước Sang",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2022"],
        "legal_bases": [
            HD12,
            "Căn cứ Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW;",
        ],
        "opening": "Chi bộ trường Tiểu học Phước Sang xây dựng kế hoạch sinh hoạt chuyên đề năm 2022 như sau:",
        "aims": [
            "- Mỗi quý tổ chức một buổi sinh hoạt chuyên đề; nội dung thiết thực, gắn với nhiệm vụ năm học.",
            "- Phối hợp với Liên đội, Công đoàn để chuyên đề lan tỏa đến học sinh.",
        ],
        "secretary": "Nguyễn Văn Hậu",
        "send_to": ["Đảng ủy xã Phước Sang (b/c)", "Đảng viên trong chi bộ"],
        "closing": [
            "- Đồng chí đề dẫn gửi dự thảo cho chi ủy trước 07 ngày; các đồng chí tham luận chuẩn bị ý kiến.",
            "- Chi ủy theo dõi, sau mỗi chuyên đề báo cáo Đảng ủy xã.",
        ],
        "topics": [
            topic_with(
                "Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Đại "
                "hội Đảng bộ huyện Phú Giáo",
                1,
                2,
                ["Nguyễn Văn Hậu"],
                when="Quý I – tháng 02/2022",
                roles=["đề dẫn"],
            ),
            topic_with(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh nhân kỷ niệm 132 năm ngày "
                "sinh Chủ tịch Hồ Chí Minh",
                2,
                5,
                ["Lê Thị Mỹ Linh", "Trần Quốc Huy"],
                when="Quý II – tháng 5/2022",
                roles=["đề dẫn", "tham luận"],
            ),
            topic_with(
                "Giáo dục kỹ năng sống, an toàn giao thông cho học sinh tiểu học",
                3,
                10,
                ["Trần Quốc Huy", "Phạm Thị Ngọc Ánh"],
                when="Quý III – tháng 10/2022",
                roles=["đề dẫn", "tham luận"],
                conflict=True,
            ),
            topic_with(
                "Phòng chống bạo lực học đường, xây dựng trường học hạnh phúc",
                4,
                12,
                ["Phạm Thị Ngọc Ánh"],
                when="Quý IV – tháng 12/2022",
                roles=["đề dẫn"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "318_tieu_hoc_so_2_phuoc_thang_2017",
        "half": "dev",
        "fmt": "odt",
        "layout": "z_quarter_heads_bullets",
        "province": "Bình Định",
        "source": "https://123docz.net/document/2535140-nang-cao-chat-luong-sinh-hoat-cua-chi-bo-truong-tieu-hoc-so-2-"
        "phuoc-thang-trong-tinh-hinh-hien-nay.htm",
        "source_says": "Tiểu luận “Nâng cao chất lượng sinh hoạt của chi bộ trường tiểu học số 2 Phước Thắng trong tình "
        "hình hiện nay” (27 trang): chi bộ là tổ chức tế bào của Đảng, hạt nhân lãnh đạo ở cơ sở; các kỳ sinh hoạt "
        "chi bộ đưa chủ trương của Đảng vào thực hiện.",
        "completed": [
            "the page gives the cell and its subject (the quality of its meetings) only: the 2017 thematic plan "
            "(number, date, four topics, weeks and months, presenters) is completed",
            "the committee (Đảng ủy xã Phước Thắng, huyện Tuy Phước) and all names are completed",
            "the time is typed “tuần 2 tháng 3/2017” under quarter headings; saved as .odt",
        ],
        "kind": "thematic",
        "year": 2017,
        "cell_name": "Chi bộ trường Tiểu học số 2 Phước Thắng",
        "committee_name": "Đảng bộ xã Phước Thắng",
        "left": ["ĐẢNG BỘ XÃ PHƯỚC THẮNG", "CHI BỘ TRƯỜNG TH SỐ 2 PHƯỚC THẮNG"],
        "number": 1,
        "type_code": "KH",
        "date": "2017-02-06",
        "place": "Phước Thắng",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2017"],
        "legal_bases": [
            HD09,
            "Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, "
            "đạo đức, phong cách Hồ Chí Minh;",
        ],
        "opening": "Chi bộ trường Tiểu học số 2 Phước Thắng xây dựng kế hoạch sinh hoạt chuyên đề năm 2017 với các "
        "nội dung sau:",
        "aims": [
            "- Nâng cao chất lượng sinh hoạt chi bộ; mỗi đảng viên chủ động nghiên cứu, phát biểu, liên hệ bản thân.",
            "- Chuyên đề sát với nhiệm vụ dạy học của nhà trường và tình hình địa phương.",
        ],
        "secretary": "Võ Thị Kim Loan",
        "send_to": ["Đảng ủy xã (b/c)", "Đảng viên trong chi bộ"],
        "closing": [
            "- Đồng chí được phân công chuẩn bị dự thảo, chi ủy duyệt trước buổi sinh hoạt.",
            "- Sau mỗi chuyên đề chi bộ ra kết luận, báo cáo Đảng ủy xã Phước Thắng.",
        ],
        "topics": [
            topic_with(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phong cách quần chúng, "
                "dân chủ, nêu gương",
                1,
                3,
                ["Võ Thị Kim Loan"],
                when="tuần 2 tháng 3/2017",
            ),
            topic_with(
                "Nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn số 09-HD/BTCTW",
                2,
                6,
                ["Nguyễn Đình Phú"],
                when="tuần 1 tháng 6/2017",
            ),
            topic_with(
                "Phòng chống suy thoái tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển "
                "hóa” trong nội bộ",
                3,
                9,
                ["Võ Thị Kim Loan", "Trần Thị Bích Thủy"],
                when="tuần 2 tháng 9/2017",
            ),
            topic_with(
                "Bồi dưỡng học sinh năng khiếu và phụ đạo học sinh chưa hoàn thành",
                4,
                11,
                ["Lê Văn Trung"],
                when="tuần 3 tháng 11/2017",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "319_thpt_nguyen_hien_2019",
        "half": "dev",
        "fmt": "txt",
        "layout": "z_text_tab_table",
        "province": "Đà Nẵng",
        "source": "http://nguyenhien.edu.vn/doan-the",
        "source_says": "Chi bộ nhà trường thành lập năm 1993 (5 đảng viên); cấp ủy qua các nhiệm kỳ: 2010 – 2015 Bí "
        "thư đ/c Nguyễn Cảnh Tân, cấp ủy đ/c Phạm Công Tấn, đ/c Lê Thị Thủy Trúc (18 ĐV); 2015 – 2020 Bí thư đ/c "
        "Nguyễn Cảnh Tân, cấp ủy đ/c Lê Thị Thủy Trúc, đ/c Nguyễn Thanh Tú (24 ĐV); trường nhận cờ thi đua của "
        "Thành phố.",
        "completed": [
            "the page gives the cell's officers and member count for 2015 – 2020; its 2019 thematic plan (number, "
            "date, four topics, months, presenters) is completed with those officers as presenters",
            "the page names the city only as “Thành phố”: Đà Nẵng and the committee (Đảng ủy phường Hòa Cường "
            "Nam, the school's ward) are inferred and completed",
            "saved as text from Word: the table's cells separated by tabs, one row a line",
        ],
        "kind": "thematic",
        "year": 2019,
        "cell_name": "Chi bộ trường THPT Nguyễn Hiền",
        "committee_name": "Đảng bộ phường Hòa Cường Nam",
        "left": ["ĐẢNG BỘ PHƯỜNG HÒA CƯỜNG NAM", "CHI BỘ TRƯỜNG THPT NGUYỄN HIỀN"],
        "number": 3,
        "type_code": "KH",
        "date": "2019-01-21",
        "place": "Hòa Cường Nam",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2019"],
        "legal_bases": [HD12],
        "opening": "Chi bộ trường THPT Nguyễn Hiền (24 đảng viên) xây dựng kế hoạch sinh hoạt chuyên đề năm 2019 "
        "như sau:",
        "aims": [
            "- Sinh hoạt chuyên đề mỗi quý một lần theo Hướng dẫn 12-HD/BTCTW; nội dung gắn với nhiệm vụ dạy học "
            "và giáo dục học sinh trung học phổ thông.",
        ],
        "secretary": "Nguyễn Cảnh Tân",
        "send_to": ["Đảng ủy phường (b/c)", "Đảng viên"],
        "closing": [
            "Các đồng chí được phân công chuẩn bị dự thảo; chi ủy duyệt và gửi đảng viên trước buổi sinh hoạt.",
        ],
        "topics": [
            topic_with(
                "Đổi mới kiểm tra, đánh giá và ôn thi trung học phổ thông quốc gia năm 2019",
                1,
                3,
                ["Nguyễn Cảnh Tân"],
                when="Tháng 3/2019",
            ),
            topic_with(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức tôn trọng nhân dân, "
                "phát huy dân chủ",
                2,
                5,
                ["Lê Thị Thủy Trúc"],
                when="Tháng 5/2019",
            ),
            topic_with(
                "Giáo dục kỹ năng sống, phòng chống bạo lực học đường cho học sinh",
                3,
                9,
                ["Nguyễn Thanh Tú"],
                when="Tháng 9/2019",
            ),
            topic_with(
                "Chuẩn bị Đại hội Chi bộ nhiệm kỳ 2020 – 2022",
                4,
                12,
                ["Nguyễn Cảnh Tân", "Lê Thị Thủy Trúc"],
                when="Tháng 12/2019",
            ),
        ],  # fmt: skip
        "targets": [],
    },
]
