"""Development batch 300–309: layouts and plans of their own (writer Y), merged by build.py.

Written by a helper who had not read the parser and was given only the issue, the four seed plans,
build.py, common.py, facts.py and the corpus format. The layouts copy habits the seeds and the
public pages show in school cells' own documents: "Chuyên đề 1 (Quý I):" blocks with "- Chủ đề:",
"- Thời gian:", "- Người thực hiện:" lines; a five-column table with a "Ghi chú" column; a congress
resolution carrying the year's thematic programme in sentences; a year activity plan with targets
and one thematic section; a quarter/month table; topics listed in one section and assigned in
another; a plain-text plan typed with "1/" numbering; a short table printed and scanned; a monthly
programme in which the thematic meetings sit among other work; an assignment written person by
person.
"""

from __future__ import annotations

from typing import Any

from ..common import ROMAN, Block, date_line, signature, typed_header
from ..facts import T, target, topic_with

# ------------------------------------------------------------------------------------------ words


def _num(p: dict[str, Any]) -> str:
    if p.get("number_text"):
        return str(p["number_text"])
    if p["number"] is None:
        return f"Số:      -{p['type_code']}/CB"
    return f"Số {p['number']:02d}-{p['type_code']}/CB"


def _head(p: dict[str, Any]) -> Block:
    return typed_header(p["left"], _num(p), date_line(p))


def _who(t: dict[str, Any], prefix: str = "Đồng chí", sep: str = ", ") -> str:
    roles = t.get("roles") or []
    out = []
    for i, n in enumerate(t["presenters"]):
        role = roles[i] if i < len(roles) and roles[i] else ""
        out.append(f"{prefix} {n}" + (f" - {role}" if role else ""))
    return sep.join(out)


def _bases(p: dict[str, Any]) -> list[Block]:
    return [("p", b) for b in p["legal_bases"]]


def _aims(lines: list[str]) -> list[Block]:
    return [("p", x) for x in lines]


AIMS = [
    "1. Mục đích",
    "- Nâng cao nhận thức chính trị, tư tưởng, ý thức trách nhiệm của đảng viên; đổi mới nội dung, "
    "hình thức, nâng cao chất lượng sinh hoạt chi bộ.",
    "- Thông qua sinh hoạt chuyên đề giải quyết những vấn đề thiết thực của nhà trường, gắn với nhiệm vụ "
    "chính trị của chi bộ.",
    "2. Yêu cầu",
    "- Đảng viên được phân công chuẩn bị chu đáo dự thảo, gửi Bí thư chi bộ trước buổi sinh hoạt ít nhất "
    "05 ngày.",
    "- 100% đảng viên nghiên cứu trước nội dung, tích cực tham gia thảo luận; sau mỗi chuyên đề chi bộ có "
    "kết luận và phân công thực hiện.",
]

ORGANISE = [
    "- Chi ủy chỉ đạo, đôn đốc đảng viên được phân công chuẩn bị nội dung chuyên đề đúng thời gian.",
    "- Các đồng chí đảng viên nghiên cứu dự thảo, chuẩn bị ý kiến tham gia tại buổi sinh hoạt.",
    "- Trong quá trình thực hiện, nếu có thay đổi, chi ủy sẽ thống nhất điều chỉnh và thông báo tới đảng "
    "viên.",
]


# ---------------------------------------------------------------------------------------- layouts
def seed_blocks(p: dict[str, Any]) -> list[Block]:
    """Each topic a block "1. Chuyên đề 1 (Quý I):" followed by "- Chủ đề:", "- Thời gian: Tháng 3
    năm 2023", "- Hình thức:", "- Người thực hiện:" lines, as the seed plans of school cells do."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"]), *_bases(p), ("p", p["opening"])]
    out.append(("h", "I. MỤC ĐÍCH YÊU CẦU"))
    out += _aims(AIMS)
    out.append(("h", f"II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM {y}"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. Chuyên đề {i} (Quý {ROMAN[t['quarter']]}):"))
        out.append(("p", f"- Chủ đề: {t['title']}."))
        out.append(("p", f"- Thời gian: Tháng {t['month']} năm {y}"))
        out.append(("p", f"- Hình thức: {t['form'] or 'Báo cáo chuyên đề, thảo luận'}"))
        out.append(("p", f"- Người thực hiện: {_who(t)}"))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in ORGANISE]
    out.append(("p", p["closing_sentence"]))
    out.append(signature(p, report="b/c", also=("- Các đồng chí đảng viên;",)))
    return out


def table_notes(p: dict[str, Any]) -> list[Block]:
    """A five-column table TT | Thời gian | Nội dung sinh hoạt chuyên đề | Người chuẩn bị | Ghi chú,
    the time written "Tháng 3/2022", presenters with their posts."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"]), *_bases(p), ("p", p["opening"])]
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += _aims(AIMS)
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        rows.append([str(i), f"Tháng {t['month']}/{y}", t["title"],
                     _who(t, prefix="Đ/c", sep="\n"), t.get("note", "")])  # fmt: skip
    out.append(("table", ["TT", "Thời gian", "Nội dung sinh hoạt chuyên đề", "Người chuẩn bị", "Ghi chú"],
                rows, None, [1.0, 2.4, 7.0, 4.0, 2.6]))  # fmt: skip
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in ORGANISE]
    out.append(signature(p))
    return out


def resolution(p: dict[str, Any]) -> list[Block]:
    """A congress resolution: the opening as the page gives it, "QUYẾT NGHỊ", the targets as numbered
    lines, and the year's thematic programme written in sentences under the party-building task."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), *_bases(p)]
    out += [("p", x) for x in p["preamble"]]
    out.append(("h", "QUYẾT NGHỊ"))
    out.append(("h", "1. Tán thành nội dung báo cáo chính trị và báo cáo kiểm điểm của chi ủy nhiệm kỳ "
                     "2015 – 2018."))  # fmt: skip
    out.append(("h", "2. Các chỉ tiêu chủ yếu nhiệm kỳ 2018 – 2020:"))
    out += [("p", f"- {x['text']}.") for x in p["targets"]]
    out.append(("h", "3. Nhiệm vụ và giải pháp trọng tâm"))
    out.append(("p", "a) Tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; "
                     "thực hiện cuộc vận động “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”."))  # fmt: skip
    out.append(("p", "b) Nâng cao chất lượng dạy và học, chú trọng bồi dưỡng học sinh giỏi và phụ đạo học sinh "
                     "yếu; giữ vững kỷ cương, nền nếp trong nhà trường."))  # fmt: skip
    out.append(("p", "c) Nâng cao chất lượng sinh hoạt chi bộ. Duy trì sinh hoạt định kỳ vào ngày 05 hằng tháng; "
                     f"sinh hoạt chuyên đề mỗi quý một lần. Năm {p['year']} chi bộ sinh hoạt các chuyên đề sau:"))  # fmt: skip
    for t in p["topics"]:
        out.append(("p", f"Quý {ROMAN[t['quarter']]} (tháng {t['month']}): chuyên đề “{t['title']}”, "
                         f"do {_who(t, prefix='đồng chí', sep=' và ')} chuẩn bị."))  # fmt: skip
    out.append(("p", "d) Làm tốt công tác phát triển đảng viên, quan tâm bồi dưỡng quần chúng ưu tú là giáo "
                     "viên trẻ."))  # fmt: skip
    out.append(("h", "4. Tổ chức thực hiện"))
    out.append(("p", "Chi ủy xây dựng chương trình hành động thực hiện nghị quyết; mỗi đảng viên xây dựng kế "
                     "hoạch cá nhân, phấn đấu thực hiện thắng lợi Nghị quyết Đại hội chi bộ nhiệm kỳ 2018 – 2020."))  # fmt: skip
    out.append(("p", "Nghị quyết được Đại hội thông qua với 100% đảng viên nhất trí."))
    out.append(signature(p, report="để b/c", also=("- Đảng viên trong chi bộ;",), filed="Lưu CB"))
    return out


def activity_section(p: dict[str, Any]) -> list[Block]:
    """A year activity plan (situation, targets, tasks) whose fourth task is the thematic meetings,
    one bullet per quarter: "- Quý I (tháng 3/2026): … Người chuẩn bị: đ/c …"."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"]), *_bases(p), ("p", p["opening"])]
    out.append(("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"))
    out += [("p", x) for x in p["situation"]]
    out.append(("h", "II. MỤC TIÊU, CHỈ TIÊU"))
    out += [("p", f"- {x['text']}.") for x in p["targets"]]
    out.append(("h", "III. NHIỆM VỤ VÀ GIẢI PHÁP"))
    out.append(("p", "1. Công tác chính trị, tư tưởng"))
    out.append(("p", "- Tổ chức cho đảng viên học tập, quán triệt các nghị quyết của Đảng; nắm bắt kịp thời tư "
                     "tưởng của cán bộ, giáo viên, nhân viên."))  # fmt: skip
    out.append(("p", "2. Lãnh đạo thực hiện nhiệm vụ chăm sóc, nuôi dưỡng, giáo dục trẻ"))
    out.append(("p", "- Bảo đảm an toàn tuyệt đối cho trẻ; nâng cao chất lượng bữa ăn bán trú; đẩy mạnh xây dựng "
                     "trường mầm non lấy trẻ làm trung tâm."))  # fmt: skip
    out.append(("p", "3. Công tác xây dựng Đảng"))
    out.append(("p", "- Duy trì sinh hoạt chi bộ định kỳ vào ngày 03 hằng tháng; thực hiện nghiêm nguyên tắc tập "
                     "trung dân chủ, tự phê bình và phê bình."))  # fmt: skip
    out.append(("p", f"4. Sinh hoạt chuyên đề năm {y}"))
    for t in p["topics"]:
        out.append(("p", f"- Quý {ROMAN[t['quarter']]} (tháng {t['month']}/{y}): {t['title']}. "
                         f"Người chuẩn bị: {_who(t, prefix='đ/c', sep='; ')}."))  # fmt: skip
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in ORGANISE[:2]]
    out.append(signature(p))
    return out


def quarter_table(p: dict[str, Any]) -> list[Block]:
    """A table Quý | Tháng | Tên chuyên đề | Người thực hiện | Hình thức; one row per topic."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"]), *_bases(p), ("p", p["opening"])]
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += _aims(AIMS[1:3] + AIMS[4:])
    out.append(("h", "II. NỘI DUNG CỤ THỂ"))
    rows = [[f"Quý {ROMAN[t['quarter']]}", f"{t['month']:02d}/{y}", t["title"], _who(t, prefix="Đ/c", sep="\n"),
             t["form"]] for t in p["topics"]]  # fmt: skip
    out.append(("table", ["Quý", "Tháng", "Tên chuyên đề", "Người thực hiện", "Hình thức"], rows))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in ORGANISE]
    out.append(signature(p, report="b/c"))
    return out


def list_then_assign(p: dict[str, Any]) -> list[Block]:
    """The topics listed in section II with their month ("1. Tháng 3/2022: …"), the presenters only in
    section III ("- Chuyên đề số 1: đồng chí … chuẩn bị dự thảo")."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"]), *_bases(p), ("p", p["opening"])]
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += _aims(AIMS)
    out.append(("h", "II. NỘI DUNG CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. Tháng {t['month']}/{y}: {t['title']}."))
    out.append(("h", "III. PHÂN CÔNG CHUẨN BỊ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(
            ("p", f"- Chuyên đề số {i}: {_who(t, prefix='đồng chí', sep=', ')} chuẩn bị dự thảo.")
        )
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in ORGANISE]
    out.append(signature(p))
    return out


def plain_slashes(p: dict[str, Any]) -> list[Block]:
    """A plan typed in a plain editor: "1/ Quý I – tháng 3/2021:" then the topic, then
    "Người thực hiện: đ/c …" on its own line."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"]), *_bases(p), ("p", p["opening"])]
    out.append(("h", "I/ MỤC ĐÍCH YÊU CẦU"))
    out.append(("p", "- Nâng cao chất lượng sinh hoạt chi bộ, mỗi chuyên đề giải quyết một việc cụ thể của nhà "
                     "trường."))  # fmt: skip
    out.append(
        ("p", "- Đảng viên được phân công chuẩn bị chu đáo, các đảng viên tham gia ý kiến đầy đủ.")
    )
    out.append(("h", "II/ NỘI DUNG CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}/ Quý {ROMAN[t['quarter']]} – tháng {t['month']}/{y}:"))
        out.append(("p", f"   {t['title']}"))
        out.append(("p", f"   Người thực hiện: {_who(t, prefix='đ/c', sep=', ')}"))
    out.append(("h", "III/ TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in ORGANISE[:2]]
    out.append(signature(p))
    return out


def short_table(p: dict[str, Any]) -> list[Block]:
    """A one-page plan: two lines of purpose, a four-column table STT | Nội dung | Thời gian | Người
    trình bày with the time "Tháng 10/2020 (Quý IV)", the signature."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"]), *_bases(p), ("p", p["opening"])]
    out.append(("p", "Mục đích: nâng cao chất lượng sinh hoạt chi bộ, gắn sinh hoạt chuyên đề với nhiệm vụ dạy "
                     "học của nhà trường."))  # fmt: skip
    rows = [[str(i), t["title"], f"Tháng {t['month']}/{y} (Quý {ROMAN[t['quarter']]})", _who(t, prefix="Đ/c")]
            for i, t in enumerate(p["topics"], 1)]  # fmt: skip
    out.append(("table", ["STT", "Nội dung chuyên đề", "Thời gian", "Người trình bày"], rows, None,
                [1.2, 8.0, 3.6, 4.2]))  # fmt: skip
    out.append(
        ("p", "Chi ủy đôn đốc thực hiện; đảng viên nghiên cứu trước tài liệu và tham gia ý kiến.")
    )
    out.append(signature(p))
    return out


def monthly_programme(p: dict[str, Any]) -> list[Block]:
    """A year programme of the cell month by month ("Tháng 01/2025:", "Tháng 02/2025:" …), each month its work; in
    the months of a thematic meeting one line "- Sinh hoạt chuyên đề: … (đ/c … chuẩn bị)"."""
    y = p["year"]
    by_month = {t["month"]: t for t in p["topics"]}
    out: list[Block] = [_head(p), ("title", p["title_lines"]), *_bases(p), ("p", p["opening"])]
    out.append(("h", "I. MỤC TIÊU, CHỈ TIÊU"))
    out += [("p", f"- {x['text']}.") for x in p["targets"]]
    out.append(("h", "II. CHƯƠNG TRÌNH CÔNG TÁC CÁC THÁNG"))
    for m in range(1, 13):
        out.append(("p", f"Tháng {m:02d}/{y}:"))
        for work in p["months_work"].get(
            m, ["Sinh hoạt chi bộ định kỳ; đánh giá kết quả tháng trước."]
        ):
            out.append(("p", f"- {work}"))
        if m in by_month:
            t = by_month[m]
            out.append(
                (
                    "p",
                    f"- Sinh hoạt chuyên đề: {t['title']} ({_who(t, prefix='đ/c', sep=', ')} chuẩn bị).",
                )
            )
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in ORGANISE[:2]]
    out.append(signature(p))
    return out


def by_person(p: dict[str, Any]) -> list[Block]:
    """The topics named only in the assignment, person by person: "1. Đồng chí … – Phó Bí thư: chuẩn
    bị chuyên đề quý II (tháng 5/2017) “…”"."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"]), *_bases(p), ("p", p["opening"])]
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += _aims(AIMS)
    out.append(("h", "II. PHÂN CÔNG CHUẨN BỊ CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. {_who(t, prefix='Đồng chí', sep=' và đồng chí ').replace(' - ', ' – ')}: chuẩn bị "
                         f"chuyên đề quý {ROMAN[t['quarter']]} (tháng {t['month']}/{y}) “{t['title']}”."))  # fmt: skip
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in ORGANISE]
    out.append(signature(p))
    return out


LAYOUTS = {
    "y_seed_blocks": seed_blocks,
    "y_table_notes": table_notes,
    "y_resolution": resolution,
    "y_activity_section": activity_section,
    "y_quarter_table": quarter_table,
    "y_list_then_assign": list_then_assign,
    "y_plain_slashes": plain_slashes,
    "y_short_table": short_table,
    "y_monthly_programme": monthly_programme,
    "y_by_person": by_person,
}

HD12 = (
    "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề về nâng "
    "cao chất lượng sinh hoạt chi bộ;"
)

# -------------------------------------------------------------------------------------------- plans
PLANS: list[T] = [
    {
        "id": "300_mam_non_hong_tien_2023",
        "half": "dev",
        "fmt": "docx",
        "layout": "y_seed_blocks",
        "province": "Hà Nội",
        "source": "http://mnhongtien.longbien.edu.vn/hoat-dong-doan-the/chi-bo-truong-mam-non-hong-tien-to-chuc-sinh-hoat-chuyen-de-quy-i-nam-2023/ctfull/8169/609567",
        "source_says": "Thực hiện công văn số 223-CV/ĐU ngày 17/2/2023 của Đảng ủy phường Bồ Đề, Chi bộ Trường Mầm non "
        "Hồng Tiến tổ chức sinh hoạt chuyên đề quý I năm 2023; đ/c Lưu Thị Ngọc Diệp – Bí thư Chi bộ chỉ đạo, đ/c Vũ "
        "Thị Quyên – Phó bí thư trình bày chuyên đề “Nhận diện 27 biểu hiện suy thoái, tự diễn biến, tự chuyển hoá "
        "và 19 điều đảng viên không được làm”.",
        "completed": [
            "the page reports the quarter I meeting only: the 2023 thematic plan (number, date, legal bases, aims, "
            "the other three topics, the months) is completed in the “Chuyên đề 1 (Quý I):” block layout the seed "
            "plans of school cells use",
            "the quarter I topic and its presenter are the page's; its month (3) is completed",
            "topics 2–4 are completed from the work the page and the ward's letter name (admitting members, "
            "discipline, digital work); Nguyễn Thị Thu Hà and Đỗ Thị Lan Anh are completed names",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ Trường Mầm non Hồng Tiến",
        "committee_name": "Đảng bộ phường Bồ Đề",
        "left": ["ĐẢNG BỘ PHƯỜNG BỒ ĐỀ", "CHI BỘ TRƯỜNG MN HỒNG TIẾN"],
        "number": 2,
        "type_code": "KH",
        "date": "2023-01-12",
        "place": "Bồ Đề",
        "title_lines": ["KẾ HOẠCH", "Thực hiện sinh hoạt chuyên đề năm 2023"],
        "legal_bases": [
            HD12,
            "Căn cứ Nghị quyết số 01-NQ/CB ngày 05/01/2023 của Chi bộ Trường Mầm non Hồng Tiến về nhiệm vụ năm 2023;",
        ],
        "opening": "Chi bộ Trường Mầm non Hồng Tiến xây dựng kế hoạch thực hiện sinh hoạt chuyên đề năm 2023 của "
        "Chi bộ, cụ thể như sau:",
        "closing_sentence": "Trên đây là Kế hoạch sinh hoạt chuyên đề năm 2023 của Chi bộ Trường Mầm non Hồng Tiến, "
        "đề nghị các đồng chí đảng viên nghiêm túc thực hiện./.",
        "secretary": "Lưu Thị Ngọc Diệp",
        "topics": [
            topic_with(
                "Nhận diện 27 biểu hiện suy thoái, tự diễn biến, tự chuyển hoá và 19 điều đảng viên không "
                "được làm",
                1,
                3,
                ["Vũ Thị Quyên"],
                roles=["Phó bí thư chi bộ"],
            ),
            topic_with(
                "Nâng cao chất lượng công tác tạo nguồn, bồi dưỡng quần chúng ưu tú là giáo viên trẻ để kết "
                "nạp vào Đảng",
                2,
                6,
                ["Lưu Thị Ngọc Diệp"],
                roles=["Bí thư chi bộ"],
            ),
            topic_with(
                "Tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc của cán bộ, giáo viên, "
                "nhân viên trong nhà trường",
                3,
                9,
                ["Nguyễn Thị Thu Hà"],
                roles=["Chi ủy viên"],
            ),
            topic_with(
                "Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý và chăm sóc, giáo dục "
                "trẻ",
                4,
                11,
                ["Vũ Thị Quyên", "Đỗ Thị Lan Anh"],
                form="Trao đổi, đề xuất cách thực hiện",
                roles=["Phó bí thư chi bộ", "Đảng viên"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "301_tieu_hoc_duong_lam_2022",
        "half": "dev",
        "fmt": "doc",
        "layout": "y_table_notes",
        "province": "Hà Nội",
        "source": "http://tieuhocduonglam.edu.vn/",
        "source_says": "Chi bộ 11 – Trường Tiểu học Đường Lâm sinh hoạt chi bộ tháng 5 năm 2022 ngày 04/05/2022; 29 "
        "đảng viên (27 chính thức, 02 dự bị); dự có đ/c Lê Minh Hải – Phó bí thư thường trực Đảng ủy xã Đường Lâm; "
        "đ/c Cao Thị Phương Mai – Bí thư chi bộ chủ trì; đ/c Cao Thị Hiên – Phó Bí thư phổ biến thông tin nội bộ, "
        "nêu những việc đảng viên không được làm, học tập và làm theo tấm gương đạo đức Hồ Chí Minh.",
        "completed": [
            "the page reports the May 2022 meeting, not a plan: the 2022 thematic plan (number, date, legal bases, "
            "the table of four topics with months, the notes) is completed in a five-column table",
            "the May topic and its presenter follow what the page says Cao Thị Hiên presented; the other topics "
            "and months are completed; Nguyễn Văn Hưng is a completed name",
            "the heading names the cell “CHI BỘ 11 – TRƯỜNG TH ĐƯỜNG LÂM” as the page's title does",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ 11 – Trường Tiểu học Đường Lâm",
        "committee_name": "Đảng bộ xã Đường Lâm",
        "left": ["ĐẢNG BỘ XÃ ĐƯỜNG LÂM", "CHI BỘ 11 – TRƯỜNG TH ĐƯỜNG LÂM"],
        "number": 4,
        "type_code": "KH",
        "date": "2022-02-08",
        "place": "Đường Lâm",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2022"],
        "legal_bases": [
            HD12,
            "Căn cứ Chương trình công tác năm 2022 của Đảng ủy xã Đường Lâm;",
        ],
        "opening": "Chi bộ 11 – Trường Tiểu học Đường Lâm (29 đảng viên) xây dựng kế hoạch sinh hoạt chuyên đề "
        "năm 2022 như sau:",
        "secretary": "Cao Thị Phương Mai",
        "topics": [
            topic_with(
                "Nâng cao chất lượng dạy học trực tuyến và trực tiếp, bảo đảm an toàn phòng, chống dịch "
                "Covid-19 trong nhà trường",
                1,
                3,
                ["Cao Thị Phương Mai"],
                roles=["Bí thư"],
                note="Lồng ghép SH thường kỳ",
            ),
            topic_with(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; những điều đảng viên không "
                "được làm",
                2,
                5,
                ["Cao Thị Hiên"],
                roles=["Phó Bí thư"],
            ),
            topic_with(
                "Triển khai Chương trình giáo dục phổ thông 2018 ở lớp 3: thuận lợi, khó khăn và giải pháp",
                3,
                9,
                ["Nguyễn Văn Hưng", "Cao Thị Hiên"],
                roles=["Tổ trưởng khối 3", "Phó Bí thư"],
            ),
            topic_with(
                "Nâng cao chất lượng đánh giá, xếp loại đảng viên cuối năm 2022",
                4,
                11,
                ["Cao Thị Phương Mai"],
                roles=["Bí thư"],
                note="Trước kiểm điểm cuối năm",
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "302_thcs_trang_an_2018",
        "half": "dev",
        "fmt": "doc",
        "layout": "y_resolution",
        "province": "Hà Nam",
        "source": "http://hanam.edu.vn/thcstrangan/_content/tintuc/detail/_11297777643549520813.html",
        "source_says": "Nghị quyết Đại hội Chi bộ Trường THCS Tràng An nhiệm kỳ 2018 – 2020, heading “ĐẢNG ỦY XÃ TRÀNG "
        "AN / CHI BỘ TRƯỜNG THCS TRÀNG AN”, “Tràng An, ngày 15 tháng 01 năm 2018”, “Số: 01 NQ/THCSTrA”; thực hiện Kế "
        "hoạch số 08-KH/ĐU ngày 22/11/2017 của Ban Thường vụ Đảng ủy xã Tràng An; đại hội họp từ 13 giờ 30 đến 17 giờ "
        "ngày 15/01/2018 và thông qua báo cáo kiểm điểm nhiệm kỳ 2015 – 2018, phương hướng nhiệm kỳ 2018 – 2020.",
        "completed": [
            "the page gives the resolution's heading, number, date and opening but not its list of tasks: the "
            "targets, the tasks and the 2018 thematic programme inside them are completed in the resolution's own "
            "order (QUYẾT NGHỊ, chỉ tiêu, nhiệm vụ)",
            "the number is kept as the page types it, “Số: 01 NQ/THCSTrA”",
            "the page names no member: the secretary Nguyễn Văn Khải and the presenters are completed names",
        ],
        "kind": "activity",
        "year": 2018,
        "cell_name": "Chi bộ Trường THCS Tràng An",
        "committee_name": "Đảng bộ xã Tràng An",
        "left": ["ĐẢNG ỦY XÃ TRÀNG AN", "CHI BỘ TRƯỜNG THCS TRÀNG AN"],
        "number": 1,
        "number_text": "Số: 01 NQ/THCSTrA",
        "type_code": "NQ",
        "date": "2018-01-15",
        "place": "Tràng An",
        "title_lines": ["NGHỊ QUYẾT", "ĐẠI HỘI CHI BỘ NHIỆM KỲ 2018 – 2020"],
        "legal_bases": [
            "Thực hiện Kế hoạch số 08-KH/ĐU ngày 22/11/2017 của Ban Thường vụ Đảng ủy xã Tràng An về triển khai đại "
            "hội chi bộ trực thuộc Đảng bộ, nhiệm kỳ 2018 – 2020;",
        ],
        "preamble": [
            "Đại hội Chi bộ Trường THCS Tràng An thuộc Đảng bộ xã Tràng An, nhiệm kỳ 2018 – 2020 họp từ 13 giờ 30 đến "
            "17 giờ ngày 15 tháng 01 năm 2018.",
            "Sau khi nghe báo cáo kiểm điểm việc thực hiện Nghị quyết Đại hội nhiệm kỳ 2015 – 2018, phương hướng, "
            "nhiệm vụ nhiệm kỳ 2018 – 2020 và thảo luận dân chủ,",
        ],
        "report_to": "Đảng ủy xã Tràng An",
        "sign_for": "T/M ĐẠI HỘI",
        "signer_title": "CHỦ TỊCH ĐOÀN",
        "secretary": "Nguyễn Văn Khải",
        "topics": [
            topic_with(
                "Đổi mới phương pháp dạy học theo hướng phát triển năng lực học sinh",
                1,
                3,
                ["Trần Thị Thanh Hương"],
            ),
            topic_with(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương của "
                "đảng viên",
                2,
                5,
                ["Nguyễn Văn Khải"],
            ),
            topic_with(
                "Nâng cao chất lượng công tác chủ nhiệm lớp và giáo dục đạo đức học sinh",
                3,
                9,
                ["Phạm Thị Lan", "Đinh Văn Toàn"],
            ),
            topic_with(
                "Công tác phát triển đảng viên trong giáo viên trẻ", 4, 11, ["Trần Thị Thanh Hương"]
            ),
        ],  # fmt: skip
        "targets": [
            target("Chi bộ đạt trong sạch vững mạnh hằng năm", "yes_no"),
            target(
                "100% đảng viên hoàn thành tốt nhiệm vụ trở lên, trong đó 20% trở lên hoàn thành xuất sắc "
                "nhiệm vụ",
                "percent",
                100,
            ),
            target("Kết nạp ít nhất 02 đảng viên mới trong nhiệm kỳ", "count", 2),
            target("Tỷ lệ học sinh lớp 9 tốt nghiệp THCS đạt 98% trở lên", "percent", 98),
        ],  # fmt: skip
    },
    {
        "id": "303_mam_non_tan_hoa_a_2026",
        "half": "dev",
        "fmt": "docx",
        "layout": "y_activity_section",
        "province": "Phú Thọ",
        "source": "https://baophutho.vn/diem-sang-trong-cong-tac-xay-dung-dang-o-truong-mam-non-tan-hoa-a-242599.htm",
        "source_says": "Báo Phú Thọ (13/11/2025): Chi bộ Trường Mầm non Tân Hòa A, tiếp nhận và thành lập theo Quyết "
        "định số 64-QĐ/ĐU ngày 10/7/2025 của Đảng uỷ phường Tân Hoà, có 13 đảng viên; cô Vũ Thị Như Hoa là Bí thư "
        "chi bộ, Hiệu trưởng; chi bộ gắn công tác xây dựng Đảng với chuyên môn, phấn đấu trong sạch vững mạnh.",
        "completed": [
            "the page is a newspaper portrait, not a plan: the 2026 activity plan (number, date, legal bases, "
            "situation, targets, tasks and its thematic section with four topics, months and presenters) is "
            "completed in the layout of an activity plan like the seeds' Hoa Mai plan",
            "the secretary and member count are the page's; Phạm Thị Thu Trang and Lê Thị Hạnh are completed names",
        ],
        "kind": "activity",
        "year": 2026,
        "cell_name": "Chi bộ Trường Mầm non Tân Hòa A",
        "committee_name": "Đảng bộ phường Tân Hòa",
        "left": ["ĐẢNG BỘ PHƯỜNG TÂN HÒA", "CHI BỘ TRƯỜNG MẦM NON TÂN HÒA A"],
        "number": 3,
        "type_code": "KH",
        "date": "2026-01-09",
        "place": "Tân Hòa",
        "title_lines": ["KẾ HOẠCH", "Hoạt động của Chi bộ năm 2026"],
        "legal_bases": [
            "Căn cứ Quyết định số 64-QĐ/ĐU ngày 10/7/2025 của Đảng ủy phường Tân Hòa về tiếp nhận và thành lập Chi bộ "
            "Trường Mầm non Tân Hòa A;",
            "Căn cứ Chương trình công tác năm 2026 của Đảng ủy phường Tân Hòa;",
        ],
        "opening": "Căn cứ vào tình hình thực tế, Chi bộ Trường Mầm non Tân Hòa A xây dựng Kế hoạch hoạt động năm "
        "2026 với các nội dung sau:",
        "situation": [
            "- Chi bộ có 13 đảng viên, đều là cán bộ, giáo viên có trình độ chuyên môn vững vàng.",
            "- Thuận lợi: được sự quan tâm chỉ đạo của Đảng ủy phường Tân Hòa; tập thể đoàn kết.",
            "- Khó khăn: địa bàn phường mở rộng sau sắp xếp, số trẻ tăng, cơ sở vật chất còn thiếu.",
        ],
        "secretary": "Vũ Thị Như Hoa",
        "topics": [
            topic_with(
                "Nâng cao chất lượng xây dựng trường mầm non xanh – an toàn – thân thiện",
                1,
                3,
                ["Vũ Thị Như Hoa"],
                roles=["Bí thư chi bộ"],
            ),
            topic_with(
                "Trách nhiệm nêu gương của đảng viên trong thực hiện đạo đức nhà giáo",
                2,
                5,
                ["Phạm Thị Thu Trang"],
                roles=["Phó Bí thư"],
            ),
            topic_with(
                "Ứng dụng công nghệ số trong quản lý trẻ và phối hợp với cha mẹ trẻ",
                3,
                8,
                ["Lê Thị Hạnh"],
                roles=["Chi ủy viên"],
            ),
            topic_with(
                "Nâng cao chất lượng bữa ăn bán trú, phòng chống suy dinh dưỡng và béo phì cho trẻ",
                4,
                11,
                ["Phạm Thị Thu Trang", "Lê Thị Hạnh"],
                roles=["Phó Bí thư", "Chi ủy viên"],
            ),
        ],  # fmt: skip
        "targets": [
            target("Chi bộ đạt “Hoàn thành xuất sắc nhiệm vụ”", "yes_no"),
            target("100% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("Kết nạp 01 đảng viên mới", "count", 1),
            target("Tỷ lệ trẻ suy dinh dưỡng dưới 2%", "percent", None, 2),
        ],  # fmt: skip
    },
    {
        "id": "304_mam_non_chu_van_an_tay_ho_2019",
        "half": "dev",
        "fmt": "odt",
        "layout": "y_quarter_table",
        "province": "Hà Nội",
        "source": "https://mnchuvanantayho.edu.vn/thu-vien/thu-vien-anh/hoi-nghi-cb-cc-vc-nld-nam-hoc-2018-2019?isFeatured=1",
        "source_says": "Trường Mầm non Chu Văn An (quận Tây Hồ) tổ chức Hội nghị Cán bộ – Công chức – Viên chức – "
        "Người lao động năm học, điểm lại kết quả năm học 2016 – 2017 và tiếp tục các phong trào thi đua, các cuộc "
        "vận động, nâng cao chất lượng chăm sóc giáo dục trẻ.",
        "completed": [
            "the page names the school and its year's work only: the cell's 2019 thematic plan is completed whole "
            "(number, date, legal bases, four topics with quarter and month, presenters, forms) in a quarter/month "
            "table",
            "the committee “Đảng bộ phường Thụy Khuê” is completed (the page does not name the ward), as are all "
            "names",
        ],
        "kind": "thematic",
        "year": 2019,
        "cell_name": "Chi bộ Trường Mầm non Chu Văn An",
        "committee_name": "Đảng bộ phường Thụy Khuê",
        "left": ["ĐẢNG BỘ PHƯỜNG THỤY KHUÊ", "CHI BỘ TRƯỜNG MẦM NON CHU VĂN AN"],
        "number": 5,
        "type_code": "KH",
        "date": "2019-01-21",
        "place": "Tây Hồ",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề của Chi bộ năm 2019"],
        "legal_bases": [
            HD12,
            "Căn cứ Kế hoạch số 15-KH/ĐU ngày 10/01/2019 của Đảng ủy phường Thụy Khuê về nội dung sinh hoạt chi bộ "
            "năm 2019;",
        ],
        "opening": "Chi bộ Trường Mầm non Chu Văn An xây dựng kế hoạch sinh hoạt chuyên đề năm 2019 như sau:",
        "secretary": "Nguyễn Thị Minh Nguyệt",
        "topics": [
            topic_with(
                "Thực hiện Quy định số 08-QĐi/TW về trách nhiệm nêu gương của cán bộ, đảng viên",
                1,
                3,
                ["Nguyễn Thị Minh Nguyệt"],
                form="Báo cáo, thảo luận",
                roles=["Bí thư"],
            ),
            topic_with(
                "Xây dựng trường mầm non lấy trẻ làm trung tâm",
                2,
                5,
                ["Đào Thị Thu Huyền"],
                form="Báo cáo, dự giờ, thảo luận",
                roles=["Phó Bí thư"],
            ),
            topic_with(
                "Văn hóa ứng xử trong trường mầm non: giáo viên với trẻ và cha mẹ trẻ",
                3,
                9,
                ["Trần Thị Bích Ngọc", "Đào Thị Thu Huyền"],
                form="Tọa đàm",
                roles=["Chi ủy viên", "Phó Bí thư"],
            ),
            topic_with(
                "Nâng cao chất lượng kiểm điểm, đánh giá, xếp loại đảng viên cuối năm",
                4,
                12,
                ["Nguyễn Thị Minh Nguyệt"],
                form="Báo cáo, thảo luận",
                roles=["Bí thư"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "305_tieu_hoc_long_bien_2021",
        "half": "dev",
        "fmt": "txt",
        "layout": "y_plain_slashes",
        "province": "Hà Nội",
        "source": "https://thlongbien.longbien.edu.vn/bai-viet-gv-hs/niem-vui-va-thanh-tich-cua-co-tro-truong-th-long-bien-chao-mung-39-nam-ngay-nha/ct/8254/408261",
        "source_says": "Ngày 17/11/2021 cô Đồng Thị Quyên – Bí thư Chi bộ, Hiệu trưởng Trường Tiểu học Long Biên thay "
        "mặt nhà trường đón nhận cờ thi đua xuất sắc của UBND Thành phố Hà Nội năm học 2020 – 2021; năm học vừa qua "
        "nhà trường dạy học trực tuyến do dịch Covid-19 (“Tạm dừng đến trường nhưng không ngừng việc học”).",
        "completed": [
            "the page reports the school's awards, not a plan: the cell's 2021 thematic plan (number, date, legal "
            "bases, four topics, months, presenters) is completed as a plain-text plan typed with “1/” numbering",
            "the committee “Đảng bộ phường Long Biên” and all names but the secretary's are completed",
            "the second topic writes “Quý II – tháng 7/2021” on purpose (the month is outside its quarter; the meeting "
            "was moved after the school year's end): the truth keeps quarter II and month 7 and marks the conflict",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ Trường Tiểu học Long Biên",
        "committee_name": "Đảng bộ phường Long Biên",
        "left": ["ĐẢNG BỘ PHƯỜNG LONG BIÊN", "CHI BỘ TRƯỜNG TIỂU HỌC LONG BIÊN"],
        "number": 2,
        "type_code": "KH",
        "date": "2021-01-18",
        "place": "Long Biên",
        "title_lines": ["KẾ HOẠCH", "SINH HOẠT CHUYÊN ĐỀ NĂM 2021"],
        "legal_bases": [HD12],
        "opening": "Chi bộ Trường Tiểu học Long Biên xây dựng kế hoạch sinh hoạt chuyên đề năm 2021 như sau:",
        "secretary": "Đồng Thị Quyên",
        "topics": [
            topic_with(
                "Dạy học trực tuyến an toàn, hiệu quả trong thời gian học sinh tạm dừng đến trường",
                1,
                3,
                ["Đồng Thị Quyên"],
            ),
            topic_with(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường",
                2,
                7,
                ["Nguyễn Thị Thanh Hải"],
                conflict=True,
            ),
            topic_with(
                "Triển khai sách giáo khoa lớp 2 theo Chương trình giáo dục phổ thông 2018",
                3,
                9,
                ["Nguyễn Thị Thanh Hải", "Ngô Thị Hiền"],
            ),
            topic_with(
                "Đổi mới sinh hoạt chi bộ sau Đại hội XIII của Đảng", 4, 11, ["Đồng Thị Quyên"]
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "306_thpt_vo_nhai_2020",
        "half": "dev",
        "fmt": "scan",
        "layout": "y_short_table",
        "province": "Thái Nguyên",
        "source": "http://thptvonhai.thainguyen.edu.vn/tai-nguyen/van-ban/18-2019-tt-bgddt-thong-tu-ban-hanh-quy-dinh-bdtx-doi-voi-cbq.html",
        "source_says": "Trang thông tin Trường THPT Võ Nhai (Thái Nguyên) đăng Thông tư 18/2019/TT-BGDĐT ban hành quy "
        "định bồi dưỡng thường xuyên đối với cán bộ quản lý.",
        "completed": [
            "the page gives only the school and its posting of the 2019 in-service training circular: the cell's "
            "2020 thematic plan is completed whole (committee, number, date, four topics with month and quarter, "
            "presenters) as a one-page table, printed and scanned",
            "the first topic follows the circular the page posts; the committee “Đảng bộ huyện Võ Nhai” "
            "(the plan reports to the district committee) and all names are completed",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường THPT Võ Nhai",
        "committee_name": "Đảng bộ huyện Võ Nhai",
        "left": ["ĐẢNG BỘ HUYỆN VÕ NHAI", "CHI BỘ TRƯỜNG THPT VÕ NHAI"],
        "report_to": "Ban Thường vụ Huyện ủy Võ Nhai",
        "number": 7,
        "type_code": "KH",
        "date": "2020-02-14",
        "place": "Võ Nhai",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        "legal_bases": [HD12],
        "opening": "Chi bộ Trường THPT Võ Nhai xây dựng kế hoạch sinh hoạt chuyên đề năm 2020 như sau:",
        "secretary": "Hoàng Văn Thắng",
        "topics": [
            topic_with(
                "Bồi dưỡng thường xuyên cán bộ quản lý, giáo viên theo Thông tư 18/2019/TT-BGDĐT",
                1,
                3,
                ["Hoàng Văn Thắng"],
            ),
            topic_with(
                "Dạy học trực tuyến cho học sinh lớp 12 trong thời gian phòng, chống dịch Covid-19",
                2,
                4,
                ["Lương Thị Mai"],
            ),
            topic_with(
                "Giáo dục truyền thống, kỹ năng sống cho học sinh dân tộc thiểu số nội trú",
                3,
                9,
                ["Ma Văn Tiến", "Lương Thị Mai"],
            ),
            topic_with(
                "Học tập và làm theo Bác về tinh thần tự học của người thầy",
                4,
                10,
                ["Hoàng Văn Thắng"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "307_tieu_hoc_ly_tu_trong_mong_cai_2025",
        "half": "dev",
        "fmt": "txt",
        "layout": "y_monthly_programme",
        "province": "Quảng Ninh",
        "source": "https://thlytutrongmongcai.edu.vn/?p=5622",
        "source_says": "Ngày 19/5/2025 Trường Tiểu học Lý Tự Trọng (Móng Cái) tổ chức buổi sinh hoạt chủ điểm “Kính dâng "
        "Bác Hồ – Người là niềm tin tất thắng” chào mừng 135 năm Ngày sinh Bác Hồ, thực hiện chuyên đề “Mỗi tuần 1 "
        "câu chuyện đẹp – 1 cuốn sách hay – 1 tấm gương sáng”.",
        "completed": [
            "the page reports a pupils' assembly, not a plan: the cell's 2025 work programme month by month, with "
            "its four thematic meetings among the months' work and its targets, is completed",
            "the May topic follows the page's theme (135 years since Hồ Chí Minh's birth); the committee "
            "“Đảng bộ phường Ka Long” and all names are completed",
        ],
        "kind": "activity",
        "year": 2025,
        "cell_name": "Chi bộ Trường Tiểu học Lý Tự Trọng",
        "committee_name": "Đảng bộ phường Ka Long",
        "left": ["ĐẢNG BỘ PHƯỜNG KA LONG", "CHI BỘ TRƯỜNG TIỂU HỌC LÝ TỰ TRỌNG"],
        "number": 1,
        "type_code": "CTr",
        "date": "2025-01-06",
        "place": "Móng Cái",
        "title_lines": ["CHƯƠNG TRÌNH CÔNG TÁC", "của Chi bộ năm 2025"],
        "legal_bases": ["Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 – 2025;"],
        "opening": "Chi bộ Trường Tiểu học Lý Tự Trọng xây dựng Chương trình công tác năm 2025 như sau:",
        "secretary": "Trần Thị Thu Hương",
        "months_work": {
            1: [
                "Sinh hoạt chi bộ định kỳ; triển khai nghị quyết năm 2025.",
                "Chuẩn bị Tết Nguyên đán cho học sinh.",
            ],
            2: ["Chuẩn bị Đại hội Chi bộ nhiệm kỳ 2025 – 2027."],
            6: ["Tổng kết năm học 2024 – 2025; xét kết nạp quần chúng ưu tú."],
            12: ["Kiểm điểm, đánh giá, xếp loại đảng viên năm 2025."],
        },
        "topics": [
            topic_with(
                "Xây dựng trường học hạnh phúc gắn với văn hóa đọc trong nhà trường",
                1,
                3,
                ["Trần Thị Thu Hương"],
            ),
            topic_with(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh nhân kỷ niệm 135 năm Ngày sinh "
                "Bác",
                2,
                5,
                ["Vũ Thị Ngọc Anh"],
            ),
            topic_with(
                "Chuẩn bị năm học 2025 – 2026: dạy học tiếng Anh và tin học theo chương trình mới",
                3,
                8,
                ["Đỗ Văn Long"],
            ),
            topic_with(
                "Chuyển đổi số trong quản lý hồ sơ, học bạ điện tử",
                4,
                10,
                ["Vũ Thị Ngọc Anh", "Đỗ Văn Long"],
            ),
        ],  # fmt: skip
        "targets": [
            target("Chi bộ hoàn thành tốt nhiệm vụ trở lên", "yes_no"),
            target("100% đảng viên hoàn thành nhiệm vụ trở lên", "percent", 100),
            target("Kết nạp 01 đảng viên", "count", 1),
        ],
    },
    {
        "id": "308_mam_non_thuc_hanh_hoa_sen_2022",
        "half": "dev",
        "fmt": "odt",
        "layout": "y_list_then_assign",
        "province": "chưa rõ (trang không ghi tỉnh; chuyến về nguồn Tân Trào, Tuyên Quang)",
        "source": "https://mamnonthuchanhhoasen.edu.vn/chu-de-hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh.html",
        "source_says": "Ngày 24, 25/9/2022 Chi bộ trường MNTH Hoa Sen tổ chức sinh hoạt năm 2022 với chủ đề “Học tập "
        "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường, khát vọng phát triển, xây "
        "dựng đơn vị vững mạnh” gắn với hành trình về nguồn thăm Khu Di tích Quốc gia đặc biệt Tân Trào; 19/23 đảng "
        "viên tham dự.",
        "completed": [
            "the page reports the September topic only: the 2022 thematic plan is completed with three other "
            "topics, the months, and an assignment section apart from the list of topics",
            "the September topic and month are the page's; the page names neither the committee nor any member: "
            "“Đảng bộ khối Giáo dục” and all names are completed, and the province is not known",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Trường Mầm non thực hành Hoa Sen",
        "committee_name": "Đảng bộ khối Giáo dục",
        "left": ["ĐẢNG BỘ KHỐI GIÁO DỤC", "CHI BỘ TRƯỜNG MNTH HOA SEN"],
        "number": 3,
        "type_code": "KH",
        "date": "2022-01-20",
        "place": "Hoa Sen",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2022"],
        "legal_bases": [
            HD12,
            "Căn cứ Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW;",
        ],
        "opening": "Chi bộ Trường Mầm non thực hành Hoa Sen (23 đảng viên) xây dựng kế hoạch sinh hoạt chuyên đề "
        "năm 2022 như sau:",
        "secretary": "Nguyễn Thị Hồng Vân",
        "topics": [
            topic_with(
                "Nâng cao chất lượng hướng dẫn thực hành cho sinh viên sư phạm mầm non",
                1,
                3,
                ["Nguyễn Thị Hồng Vân"],
            ),
            topic_with(
                "Phòng, chống dịch Covid-19 và bảo đảm an toàn cho trẻ khi trở lại trường",
                2,
                4,
                ["Lê Thị Thanh Bình"],
            ),
            topic_with(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường, "
                "khát vọng phát triển, xây dựng đơn vị vững mạnh",
                3,
                9,
                ["Nguyễn Thị Hồng Vân", "Hà Thị Phương"],
            ),
            topic_with(
                "Đánh giá, xếp loại chất lượng đảng viên cuối năm gắn với trách nhiệm nêu gương",
                4,
                12,
                ["Lê Thị Thanh Bình"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "309_tieu_hoc_duc_giang_2017",
        "half": "dev",
        "fmt": "docx",
        "layout": "y_by_person",
        "province": "Hà Nội",
        "source": "https://thducgiang.longbien.edu.vn/hoat-dong-doan-the/chi-doan-truong-tieu-hoc-duc-giang-to-chuc-sinh-hoat-dinh-ki-voi-chu-diem-mung/ct/3425/28180",
        "source_says": "Chiều 3/2/2017 Chi đoàn Trường Tiểu học Đức Giang sinh hoạt tháng 2 với chủ điểm “Mừng xuân "
        "Đinh Dậu – mừng Đảng quang vinh”; đ/c Nguyễn Thị Hải Yến – Bí thư chi đoàn đạt giải nhất cuộc thi thiết kế "
        "bài giảng E-learning cấp Thành phố.",
        "completed": [
            "the page reports the youth union's meeting, not the Party cell's plan: the cell's 2017 thematic plan is "
            "completed whole, its topics named only in an assignment written person by person",
            "the E-learning topic and its presenter follow the page (Nguyễn Thị Hải Yến, written as a Party member "
            "for the plan); the committee “Đảng bộ phường Đức Giang” and the other names are completed",
        ],
        "kind": "thematic",
        "year": 2017,
        "cell_name": "Chi bộ Trường Tiểu học Đức Giang",
        "committee_name": "Đảng bộ phường Đức Giang",
        "left": ["ĐẢNG BỘ PHƯỜNG ĐỨC GIANG", "CHI BỘ TRƯỜNG TH ĐỨC GIANG"],
        "number": None,
        "type_code": "KH",
        "date": "2017-02-10",
        "place": "Đức Giang",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2017"],
        "legal_bases": [
            "Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo "
            "đức, phong cách Hồ Chí Minh;",
        ],
        "opening": "Chi bộ Trường Tiểu học Đức Giang xây dựng kế hoạch sinh hoạt chuyên đề năm 2017 như sau:",
        "secretary": "Phạm Thị Minh Thu",
        "topics": [
            topic_with(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW",
                1,
                3,
                ["Phạm Thị Minh Thu"],
                roles=["Bí thư"],
            ),
            topic_with(
                "Ứng dụng bài giảng E-learning trong dạy học ở tiểu học",
                2,
                5,
                ["Nguyễn Thị Hải Yến"],
                roles=["đảng viên"],
            ),
            topic_with(
                "Xây dựng trường học an toàn, phòng chống bạo lực học đường",
                3,
                9,
                ["Lê Thị Hồng Nhung"],
                roles=["Phó Bí thư"],
            ),
            topic_with(
                "Nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị 10-CT/TW",
                4,
                11,
                ["Phạm Thị Minh Thu", "Lê Thị Hồng Nhung"],
                roles=["Bí thư", "Phó Bí thư"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
]
