"""Development batch 180–189: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the generic
helpers of ``common.py``. The cells are of the north (Hải Phòng, Hà Nội, Hà Giang, Lào Cai, Tuyên
Quang, Thái Bình, Điện Biên). The shapes are those real plans use and the earlier batches did little
of: a kindergarten's school year (tháng 9/2025 → tháng 5/2026) whose meetings are numbered lines with
the months typed three ways (“tháng 9/2025”, “T11”, “tháng Ba năm 2026”) and the quarter written for
some meetings only; one section per topic (“Chuyên đề 1: …”) whose lines “Thời gian:”, “Người thực
hiện:”, “Nội dung:”, “Hình thức:” come in a different order each time, one title wrapped by hand over
two lines; a calendar year's table of twelve month rows in which only four rows are thematic meetings,
the others “Sinh hoạt thường kỳ”, “Nghỉ hè” or empty, the preparers a body and a person (“Tổ Khoa học
Tự nhiên – đ/c Nguyễn Hữu Thắng”); a school year whose schedule names people by their given name only
(“đ/c Hường”, “cô Ngọc”, “Chi ủy – đ/c Hường chủ trì”, “Tổ khối Mẫu giáo lớn (đ/c Hương)”), resolved by
the committee list printed above it; a plan copied from the school's web page whose table became lines
“Tháng 3 | … | đ/c …” or “Tháng 6 – … – …”, one meeting given to “Bí thư Chi bộ” whose name appears
only under “(Đã ký)” at the end; plain text exported from a PDF, words hyphenated at the line
ends, a page footer in the middle; a village plan whose quarters are heading lines “II. QUÝ II (tháng
4, 5, 6)” with the topics numbered below each (one written “Tháng Mười” under quarter III — a month
outside its quarter); a one-page scan whose quarter column gives only “I”, “II”, “III”, “IV” and whose
time column gives the week; a .doc typed with tabs (a long title carried on a second tabbed line, the
people in the third column); an .odt table STT – Thời gian – Nội dung chuyên đề – Người thực hiện – Ghi
chú whose note moves two meetings (“Chuyển sang tháng 8/2025”). Facts are in ``PLANS`` below (same keys
as ``plans.py``); ``build.py`` merges both ``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..common import (
    BASE_HD12,
    Block,
    date_line,
    number_line,
    paras,
    section,
)
from ..common import signed_sent as _sign
from ..common import typed_head as _head
from ..common import typed_top as _top
from ..facts import T
from ..facts import topic_with as _t


# ------------------------------------------------------------------------------------ helpers
# ------------------------------------------------------------------------------------ layouts
def school_year_lines(p: dict[str, Any]) -> list[Block]:
    """A kindergarten's school year: the meetings numbered one paragraph each, the time first as the
    secretary typed it (“Tháng 9/2025”, “T11”, “Tháng Ba năm 2026”), a quarter for some of them only,
    then the title and “– đ/c … chuẩn bị”."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM HỌC 2025 – 2026"))
    out.append(("p", p["schedule_intro"]))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. {t['when']}: {t['title']} – {t['who']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def topic_sections(p: dict[str, Any]) -> list[Block]:
    """One section per topic, “Chuyên đề N: title” (a long title carried on to a second paragraph), then
    the lines Thời gian / Người thực hiện / Nội dung / Hình thức in the order that topic gives them."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        head, *rest = t["title_lines"]
        out.append(("h", f"Chuyên đề {i}: {head}"))
        out += [("h", line) for line in rest]
        for key in t["order"]:
            out.append(("p", f"- {key}: {t['fields'][key]}"))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def twelve_month_rows(p: dict[str, Any]) -> list[Block]:
    """A calendar year's table with one row per month: four rows hold a thematic meeting, the others
    say “Sinh hoạt thường kỳ”, “Nghỉ hè” or are left empty; the people a body and a person."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. LỊCH SINH HOẠT CHI BỘ NĂM 2023"))
    out.append(("table", ["Tháng", "Nội dung sinh hoạt", "Bộ phận, người chuẩn bị", "Ghi chú"], p["month_rows"],
                "", (2.2, 7.8, 4.4, 2.0)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def given_names(p: dict[str, Any]) -> list[Block]:
    """The cell committee listed with full names and posts, then a schedule table naming people only
    by their given name (“đ/c Hường”, “cô Ngọc”), a body before the person for some rows."""
    out = _top(p)
    out.append(("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"))
    out += paras(p["situation"])
    out += paras(p["committee_lines"])
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    rows = [[t["when"], t["title"], t["who"]] for t in p["topics"]]
    out.append(("table", ["Thời gian", "Chuyên đề", "Phụ trách"], rows, "", (3.2, 8.6, 4.2)))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def web_pipes(p: dict[str, Any]) -> list[Block]:
    """A plan copied from the school's web page into a text file: menu and breadcrumb, the post's date
    and views, the heading as plain lines, the table come apart into “Tháng 3 | … | …” or “Tháng 6 – …
    – …” lines, the signature “(Đã ký)” and the name, the site's footer."""
    lines: list[str] = [*p["web_head"], ""]
    lines += [*p["left"], number_line(p), date_line(p), "", *p["title_lines"], ""]
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += [
        "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG",
        "Thời gian | Nội dung chuyên đề | Người thực hiện",
    ]
    lines += [t["line"] for t in p["topics"]]
    lines += [
        "",
        "III. TỔ CHỨC THỰC HIỆN",
        *p["closing"],
        "",
        "T/M CHI BỘ",
        "BÍ THƯ",
        "(Đã ký)",
        p["secretary"],
        "",
    ]
    lines += p["web_foot"]
    return paras(lines)


def _hyphenated(text: str, width: int) -> list[str]:
    """A paragraph as a PDF's text export gives it: lines of ``width``, a word that would run past the
    margin split with a hyphen (the PDF was justified and hyphenated)."""
    out: list[str] = []
    line = ""
    for word in text.split():
        room = width - len(line) - (1 if line else 0)
        if len(word) <= room:
            line = f"{line} {word}" if line else word
            continue
        core = len(word.rstrip("”.,;:)"))  # the letters, without the punctuation after them
        if room >= 3 and core >= 4 and not any(c.isdigit() for c in word):  # two letters each side
            cut = max(2, min(room - 1, core - 2))
            out.append(f"{line} {word[:cut]}-" if line else f"{word[:cut]}-")
            line = word[cut:]
        else:
            out.append(line)
            line = word
    if line:
        out.append(line)
    return out


def pdf_hyphen(p: dict[str, Any]) -> list[Block]:
    """Plain text exported from the commune's PDF: the heading's columns side by side, each paragraph
    broken at 64 characters with words hyphenated at the line ends, the page's footer in the middle."""
    lines: list[str] = [
        f"{p['left'][0]:<34}{'ĐẢNG CỘNG SẢN VIỆT NAM'}",
        p["left"][1],
        f"{'*':<34}{date_line(p)}",
        number_line(p),
        "",
        *p["title_lines"],
        "",
    ]
    body: list[str] = [*p["legal_bases"], p["opening"], "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"]]
    body += ["II. NỘI DUNG, THỜI GIAN VÀ NGƯỜI THỰC HIỆN", *[t["para"] for t in p["topics"][:2]]]
    for para in body:
        lines += _hyphenated(para, 64)
    lines += ["", p["footer"], "\f"]
    for para in [*[t["para"] for t in p["topics"][2:]], "III. TỔ CHỨC THỰC HIỆN", *p["closing"]]:
        lines += _hyphenated(para, 64)
    left = ["Nơi nhận:", *[f"- {x};" for x in p["send_to"]], "- Lưu Chi bộ."]
    right = ["T/M CHI BỘ", "BÍ THƯ", "", "", p["secretary"]]
    lines.append("")
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        lines.append(f"{a:<40}{b}".rstrip())
    return paras(lines)


def quarter_heading_lines(p: dict[str, Any]) -> list[Block]:
    """Parts A, B, C; in part B each quarter is a heading line “II. QUÝ II (tháng 4, 5, 6)” and its
    topics are numbered below it from 1, each “Tháng N: title. Người thực hiện: …”."""
    out = _top(p)
    out += section("A. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "B. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    for q, head in p["quarter_heads"]:
        out.append(("h", head))
        for i, t in enumerate([t for t in p["topics"] if t["quarter"] == q], 1):
            out.append(("p", f"{i}. {t['when']}: {t['title']}."))
            out.append(("p", f"    Người thực hiện: {t['who']}."))
    out += section("C. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def scan_roman_quarter(p: dict[str, Any]) -> list[Block]:
    """One printed page: a short heading, a table Quý – Chuyên đề – Người thực hiện – Thời gian whose
    quarter column says only “I”, “II”, “III”, “IV” and whose time column gives the week of the month."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), ("p", p["opening"])]
    rows = [[t["qtag"], t["title"], t["who"], t["when"]] for t in p["topics"]]
    out.append(("table", ["Quý", "Chuyên đề", "Người thực hiện", "Thời gian"], rows, "",
                (1.4, 7.6, 4.6, 2.6)))  # fmt: skip
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def _tabbed(doc: Any, lines: list[str]) -> None:
    """Paragraphs whose columns are lined up by two left tab stops the typist set (3.2 cm, 11.8 cm)."""
    from docx.shared import Cm

    for line in lines:
        para = doc.add_paragraph(line)
        para.paragraph_format.space_after = Cm(0)
        for pos in (3.2, 11.8):
            para.paragraph_format.tab_stops.add_tab_stop(Cm(pos))


def tab_typed(p: dict[str, Any]) -> list[Block]:
    """A schedule typed with tabs instead of a table: a heading line, each meeting a line “time ⇥ title ⇥
    people”, a long title carried on to a second line that starts with a tab, the people's second name
    beside it."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG"))
    lines = ["Thời gian\tNội dung chuyên đề\tNgười thực hiện"]
    for t in p["topics"]:
        lines += t["tab_lines"]
    out.append(("docx", lambda doc: _tabbed(doc, lines), lines))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def stt_note_table(p: dict[str, Any]) -> list[Block]:
    """A table STT – Thời gian – Nội dung chuyên đề – Người thực hiện – Ghi chú; the note moves two of
    the meetings (“Chuyển sang tháng 8/2025”), the time column keeps the first month."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. KẾ HOẠCH CỤ THỂ"))
    rows = [
        [str(i), t["when"], t["title"], t["who"], t["note"]] for i, t in enumerate(p["topics"], 1)
    ]
    out.append(("table", ["STT", "Thời gian", "Nội dung chuyên đề", "Người thực hiện", "Ghi chú"], rows, "",
                (1.4, 2.6, 6.4, 3.4, 2.6)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "m_school_year_lines": school_year_lines,
    "m_topic_sections": topic_sections,
    "m_twelve_month_rows": twelve_month_rows,
    "m_given_names": given_names,
    "m_web_pipes": web_pipes,
    "m_pdf_hyphen": pdf_hyphen,
    "m_quarter_heading_lines": quarter_heading_lines,
    "m_scan_roman_quarter": scan_roman_quarter,
    "m_tab_typed": tab_typed,
    "m_stt_note_table": stt_note_table,
}


# -------------------------------------------------------------------------------------- plans
_AIMS = [
    "- Đổi mới, nâng cao chất lượng sinh hoạt chi bộ; nội dung chuyên đề gắn với nhiệm vụ chính trị của đơn vị.",
    "- Đảng viên được phân công chuẩn bị chu đáo, gửi đề cương cho chi ủy trước kỳ sinh hoạt ít nhất 05 ngày.",
]
_CLOSING = [
    "- Chi ủy đôn đốc việc chuẩn bị, thông báo nội dung trước mỗi kỳ sinh hoạt; sau mỗi chuyên đề có kết luận.",
    "- Đảng viên nghiên cứu tài liệu, tham gia ý kiến; kết quả báo cáo cấp ủy cấp trên theo quy định.",
]

# 180 — Trường MN Đông Hải 2 (phường Đông Hải, Hải Phòng), năm học 2025 – 2026
_HOA, _TRANG, _PHUONG, _HANG = (
    "Phạm Thị Hoa",
    "Lê Thị Thu Trang",
    "Đỗ Thị Minh Phương",
    "Vũ Thị Hằng",
)
_P180_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Đảng bộ phường Đông Hải lần thứ I, nhiệm kỳ 2025 – 2030", 3, 9, [_HOA],
       when="Tháng 9/2025", who="đ/c Phạm Thị Hoa, Bí thư Chi bộ, Hiệu trưởng chuẩn bị"),
    _t("Ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý và chăm sóc, giáo dục trẻ", 4, 11,
       [_TRANG, _PHUONG], when="T11 (quý IV/2025)",
       who="đ/c Lê Thị Thu Trang, Phó Bí thư chuẩn bị; đ/c Đỗ Thị Minh Phương tham luận"),
    _t("Thực hiện quy chế dân chủ ở cơ sở và công tác dân vận trong nhà trường", 1, 3, [_HANG],
       when="Tháng Ba năm 2026", who="đ/c Vũ Thị Hằng, chi ủy viên, Chủ tịch Công đoàn chuẩn bị"),
    _t("Nâng cao ý thức tự học, tự bồi dưỡng của đảng viên trẻ gắn với học tập và làm theo tư tưởng, đạo đức, "
       "phong cách Hồ Chí Minh", 2, 5, [_HOA, _PHUONG], when="T5/2026",
       who="đ/c Phạm Thị Hoa và đ/c Đỗ Thị Minh Phương chuẩn bị"),
]  # fmt: skip

# 181 — Trường MN Hoa Ban (Mường Nhé, Điện Biên), 2024
_THANH, _DUNG, _DO, _YEN = "Lò Thị Thanh", "Quàng Thị Dung", "Sùng Thị Dợ", "Nguyễn Thị Hải Yến"


def _sec(lines: list[str], order: list[str], fields: dict[str, str]) -> dict[str, Any]:
    return {"title_lines": lines, "order": order, "fields": fields}


_P181_TOPICS = [
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần tự lực, tự cường", 1, 3,
       [_THANH], form="Báo cáo chuyên đề, thảo luận",
       **_sec(["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần tự lực, tự cường"],
              ["Thời gian", "Người thực hiện", "Nội dung", "Hình thức"],
              {"Thời gian": "Tháng 3/2024 (quý I).",
               "Người thực hiện": "đ/c Lò Thị Thanh – Bí thư Chi bộ, Hiệu trưởng.",
               "Nội dung": "những lời Bác dạy về tự lực, tự cường; liên hệ việc khắc phục khó khăn ở các điểm trường "
                           "bản xa.",
               "Hình thức": "Báo cáo chuyên đề, thảo luận."})),
    _t("Tự hào truyền thống 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 – 07/5/2024), giáo dục lòng yêu quê "
       "hương cho trẻ mầm non", 2, 4, [_DUNG, _YEN],
       **_sec(["Tự hào truyền thống 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 – 07/5/2024),",
               "giáo dục lòng yêu quê hương cho trẻ mầm non"],
              ["Nội dung", "Thời gian", "Người thực hiện"],
              {"Nội dung": "ý nghĩa lịch sử của Chiến thắng; các hoạt động kỷ niệm của nhà trường với trẻ và phụ "
                           "huynh.",
               "Thời gian": "kỳ sinh hoạt tháng 4/2024.",
               "Người thực hiện": "đ/c Quàng Thị Dung – Phó Hiệu trưởng (chủ trì); đ/c Nguyễn Thị Hải Yến – Tổ "
                                  "trưởng tổ Mẫu giáo (tham luận)."})),
    _t("Huy động trẻ em người dân tộc thiểu số ra lớp, tăng cường tiếng Việt cho trẻ", 3, 9, [_DO, _THANH],
       form="Tọa đàm",
       **_sec(["Huy động trẻ em người dân tộc thiểu số ra lớp, tăng cường tiếng Việt cho trẻ"],
              ["Người thực hiện", "Hình thức", "Thời gian", "Nội dung"],
              {"Người thực hiện": "đ/c Sùng Thị Dợ – giáo viên điểm trường bản; đ/c Lò Thị Thanh kết luận.",
               "Hình thức": "Tọa đàm.",
               "Thời gian": "Quý III – tháng 9/2024.",
               "Nội dung": "kinh nghiệm vận động phụ huynh đưa trẻ đến lớp; dạy tiếng Việt cho trẻ qua trò chơi."})),
    _t("Đảng viên gương mẫu thực hiện những điều đảng viên không được làm", 4, 11, [_YEN],
       form="Sinh hoạt tập trung, liên hệ bản thân",
       **_sec(["Đảng viên gương mẫu thực hiện những điều đảng viên không được làm"],
              ["Hình thức", "Người thực hiện", "Thời gian", "Nội dung"],
              {"Hình thức": "Sinh hoạt tập trung, liên hệ bản thân.",
               "Người thực hiện": "đ/c Nguyễn Thị Hải Yến – chi ủy viên.",
               "Thời gian": "Tháng 11 năm 2024.",
               "Nội dung": "Quy định số 37-QĐ/TW; mỗi đảng viên tự liên hệ, nêu cam kết."})),
]  # fmt: skip

# 182 — Trường THCS Ngô Quyền (quận Lê Chân, Hải Phòng), 2023
_NGA, _TUAN, _THANG, _MAI_ANH, _THU = (
    "Phạm Thị Nga",
    "Đào Văn Tuấn",
    "Nguyễn Hữu Thắng",
    "Lê Thị Mai Anh",
    "Bùi Thị Thu",
)
_P182_TOPICS = [
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức tôn trọng Nhân dân, phát huy "
       "dân chủ", 1, 3, [_MAI_ANH]),
    _t("Tăng cường kỷ cương, kỷ luật, trách nhiệm giải quyết công việc trong nhà trường", 2, 5, [_TUAN]),
    _t("Hưởng ứng Hội thi “Lê Chân trong trái tim tôi” lần thứ V, giáo dục tình yêu quê hương cho học sinh", 3, 9,
       [_THANG]),
    _t("Đảng viên gương mẫu đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018", 4, 11,
       [_TUAN, _THU]),
]  # fmt: skip
_P182_ROWS = [
    ["Tháng 1", "Sinh hoạt thường kỳ; sơ kết công tác học kỳ I", "Chi ủy", ""],
    ["Tháng 2", "Sinh hoạt thường kỳ", "Chi ủy", "Sau Tết Nguyên đán"],
    ["Tháng 3", f"Sinh hoạt chuyên đề: {_P182_TOPICS[0]['title']}", "Tổ Xã hội – đ/c Lê Thị Mai Anh", ""],
    ["Tháng 4", "", "", ""],
    ["Tháng 5", f"Sinh hoạt chuyên đề: {_P182_TOPICS[1]['title']}", "Ban Giám hiệu – đ/c Đào Văn Tuấn", ""],
    ["Tháng 6", "Sinh hoạt thường kỳ; tổng kết năm học 2022 – 2023", "Chi ủy", ""],
    ["Tháng 7", "Nghỉ hè", "", ""],
    ["Tháng 8", "Sinh hoạt thường kỳ; chuẩn bị năm học 2023 – 2024", "Chi ủy", ""],
    ["Tháng 9", f"Sinh hoạt chuyên đề: {_P182_TOPICS[2]['title']}",
     "Tổ Nghệ thuật – Thể chất (đ/c Nguyễn Hữu Thắng)", "Kết hợp tuyên truyền Hội thi"],
    ["Tháng 10", "Sinh hoạt thường kỳ", "Chi ủy", ""],
    ["Tháng 11", f"Sinh hoạt chuyên đề: {_P182_TOPICS[3]['title']}",
     "Tổ Khoa học Tự nhiên – đ/c Đào Văn Tuấn, đ/c Bùi Thị Thu", ""],
    ["Tháng 12", "Sinh hoạt thường kỳ; kiểm điểm, đánh giá, xếp loại đảng viên năm 2023", "Chi ủy", ""],
]  # fmt: skip

# 183 — Trường MN Tràng An (quận Long Biên, Hà Nội), năm học 2023 – 2024
_HUONG_183, _NGOC_183, _HUONG2_183 = "Đặng Thị Hường", "Trương Thị Bích Ngọc", "Nguyễn Thị Hương"
_P183_TOPICS = [
    _t("Nghiên cứu, quán triệt Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ Thành ủy về tăng cường kỷ "
       "cương, kỷ luật và trách nhiệm giải quyết công việc", 3, 9, [_HUONG_183, _NGOC_183, _HUONG2_183],
       when="Tháng 9/2023 (quý III)", who="Chi ủy – đ/c Hường chủ trì; đ/c Ngọc, đ/c Hương"),
    _t("Xây dựng trường học hạnh phúc, phòng, chống bạo hành trẻ trong nhà trường", 4, 12, [_HUONG2_183],
       when="T12", who="Tổ khối Mẫu giáo lớn (đ/c Hương)"),
    _t("Học tập và làm theo Bác về tinh thần trách nhiệm, tận tụy với trẻ như mẹ hiền", 1, 3, [_NGOC_183],
       when="Tháng Ba năm 2024", who="cô Ngọc"),
    _t("Nâng cao chất lượng đảng viên và công tác phát triển đảng trong nhà trường", 2, 5, [_HUONG_183, _NGOC_183],
       when="T5/2024 (quý II)", who="đ/c Hường, đ/c Ngọc"),
]  # fmt: skip

# 184 — Trường MN Ban Mai Xanh (phường Long Biên, Hà Nội), 2026
_HUYEN, _MAI_184, _LAM_ANH, _NINH = (
    "Đỗ Thị Huyền",
    "Nguyễn Thị Thanh Mai",
    "Uông Thị Lâm Anh",
    "Hồ Thị Ninh",
)
_P184_TOPICS = [
    _t("Học tập, quán triệt tư tưởng chỉ đạo của Tổng Bí thư Tô Lâm về kỷ nguyên vươn mình của dân tộc, liên hệ "
       "nhiệm vụ chăm sóc, giáo dục trẻ", 1, 3, [_MAI_184],
       line="Tháng 3 (quý I) | Học tập, quán triệt tư tưởng chỉ đạo của Tổng Bí thư Tô Lâm về kỷ nguyên vươn mình "
       "của dân tộc, liên hệ nhiệm vụ chăm sóc, giáo dục trẻ | đ/c Nguyễn Thị Thanh Mai – Phó Bí thư"),
    _t("Xây dựng trường học xanh, an toàn, hạnh phúc", 2, 6, [_LAM_ANH],
       line="Tháng 6 – Xây dựng trường học xanh, an toàn, hạnh phúc – đ/c Uông Thị Lâm Anh (giáo viên khối Nhà "
       "trẻ)"),
    _t("Đảng viên gương mẫu thực hiện Kết luận số 01-KL/TW về học tập và làm theo tư tưởng, đạo đức, phong cách "
       "Hồ Chí Minh", 3, 9, [_HUYEN],
       line="Tháng 9 | Đảng viên gương mẫu thực hiện Kết luận số 01-KL/TW về học tập và làm theo tư tưởng, đạo "
       "đức, phong cách Hồ Chí Minh | Bí thư Chi bộ"),
    _t("Chuyển đổi số trong quản lý và tổ chức các hoạt động giáo dục trẻ", 4, 11, [_MAI_184, _NINH],
       line="Tháng 11 | Chuyển đổi số trong quản lý và tổ chức các hoạt động giáo dục trẻ | đ/c Nguyễn Thị Thanh "
       "Mai, đ/c Hồ Thị Ninh"),
]  # fmt: skip

# 185 — thôn Cấu Xỉn, xã Pà Vầy Sủ (Xín Mần, Hà Giang), 2023
_SON, _SANG, _MAI_185, _DUNG_185 = "Vàng Chẩn Sơn", "Vàng Văn Sáng", "Lù Thị Mai", "Sèn Văn Dũng"
_P185_TOPICS = [
    _t("Vận động Nhân dân xóa bỏ hủ tục trong việc cưới, việc tang, xây dựng nếp sống văn minh", 1, 3, [_SON],
       para="1. Quý I/2023 (kỳ sinh hoạt tháng 3): chuyên đề “Vận động Nhân dân xóa bỏ hủ tục trong việc cưới, "
       "việc tang, xây dựng nếp sống văn minh”. Người thực hiện: đồng chí Vàng Chẩn Sơn, Bí thư Chi bộ."),
    _t("Phát triển kinh tế hộ gia đình, trồng chè Shan tuyết và chăn nuôi trâu, bò hàng hóa", 2, 5, [_SANG, _MAI_185],
       para="2. Quý II/2023 (kỳ sinh hoạt tháng 5): chuyên đề “Phát triển kinh tế hộ gia đình, trồng chè Shan "
       "tuyết và chăn nuôi trâu, bò hàng hóa”. Người thực hiện: đồng chí Vàng Văn Sáng, Trưởng thôn (chủ trì); "
       "đồng chí Lù Thị Mai, Chi hội trưởng Phụ nữ (tham luận)."),
    _t("Vận động học sinh trong độ tuổi đến trường, không để học sinh bỏ học", 3, 8, [_DUNG_185],
       para="3. Quý III/2023 (kỳ sinh hoạt tháng 8): chuyên đề “Vận động học sinh trong độ tuổi đến trường, không "
       "để học sinh bỏ học”. Người thực hiện: đồng chí Sèn Văn Dũng, Bí thư Chi đoàn thanh niên."),
    _t("Thực hiện Chương trình “5 không, 3 sạch”, tu sửa đường làng, ngõ xóm", 4, 11, [_SON, _MAI_185],
       para="4. Quý IV/2023 (kỳ sinh hoạt tháng 11): chuyên đề “Thực hiện Chương trình “5 không, 3 sạch”, tu sửa "
       "đường làng, ngõ xóm”. Người thực hiện: đồng chí Vàng Chẩn Sơn và đồng chí Lù Thị Mai."),
]  # fmt: skip

# 186 — thôn Sín Chải A, xã Mường Bo (Sa Pa, Lào Cai), 2025
_LU, _SU, _MAY, _CHU = "Giàng A Lử", "Thào A Sử", "Lý Thị Mẩy", "Sùng A Chu"
_P186_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ thôn Sín Chải A nhiệm kỳ 2025 – 2027", 1, 3, [_LU],
       when="Tháng 3", who="đ/c Giàng A Lử – Bí thư Chi bộ"),
    _t("Vận động bà con giữ rừng, phòng cháy rừng mùa khô", 2, 4, [_SU, _CHU], when="Tháng 4",
       who="đ/c Thào A Sử – Trưởng thôn; đ/c Sùng A Chu – Công an viên"),
    _t("Phát triển du lịch cộng đồng, giữ gìn bản sắc văn hóa dân tộc Mông", 2, 6, [_MAY], when="Tháng 6",
       who="đ/c Lý Thị Mẩy – Chi hội trưởng Phụ nữ"),
    _t("Phòng, chống sạt lở đất, lũ quét mùa mưa bão", 3, 10, [_SU, _LU], when="Tháng Mười", conflict=True,
       who="đ/c Thào A Sử, đ/c Giàng A Lử"),
    _t("Tổng kết xây dựng thôn nông thôn mới, xóa nhà tạm cho hộ nghèo", 4, 12, [_LU], when="Tháng 12",
       who="đ/c Giàng A Lử"),
]  # fmt: skip

# 187 — Trường MN Đông Giang (Đông Hưng, Thái Bình), 2021
_HIEN, _HANH, _LIEN, _QUYEN = (
    "Nguyễn Thị Thu Hiền",
    "Vũ Thị Hạnh",
    "Trần Thị Liên",
    "Phạm Thị Quyên",
)
_P187_TOPICS = [
    _t("Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", 1, 3, [_HIEN],
       qtag="I", when="Tuần 2 tháng 3", who="Bí thư Chi bộ – đ/c Nguyễn Thị Thu Hiền"),
    _t("Xây dựng môi trường giáo dục lấy trẻ làm trung tâm", 2, 5, [_HANH, _LIEN], qtag="II",
       when="Tuần 3 tháng 5", who="Tổ Mẫu giáo – đ/c Vũ Thị Hạnh, đ/c Trần Thị Liên"),
    _t("Phòng, chống dịch COVID-19, bảo đảm an toàn cho trẻ khi trở lại trường", 3, 9, [_QUYEN], qtag="III",
       when="Tuần 1 tháng 9", who="Nhân viên y tế – đ/c Phạm Thị Quyên"),
    _t("Học tập và làm theo Bác về yêu thương, tận tụy với trẻ", 4, 11, [_LIEN, _HIEN], qtag="IV",
       when="Tuần 2 tháng 11", who="Tổ Nhà trẻ – đ/c Trần Thị Liên;\nđ/c Nguyễn Thị Thu Hiền"),
]  # fmt: skip

# 188 — thôn Làng Hản, xã Tân Trào (Tuyên Quang), 2026
_HUONG_188, _TOAN, _HOA_188, _TUAN_188, _BINH = (
    "Mã Phúc Hương",
    "Ma Văn Toàn",
    "Nông Thị Hoa",
    "Hà Văn Tuấn",
    "Lương Văn Bình",
)
_P188_TOPICS = [
    _t("Phát triển du lịch cộng đồng, homestay gắn với bảo tồn Khu di tích quốc gia đặc biệt Tân Trào", 1, 3,
       [_HUONG_188, _TOAN],
       tab_lines=["Tháng 3/2026\tPhát triển du lịch cộng đồng, homestay\tđ/c Mã Phúc Hương",
                  "(Quý I)\tgắn với bảo tồn Khu di tích quốc gia\tđ/c Ma Văn Toàn",
                  "\tđặc biệt Tân Trào"]),
    _t("Vận động Nhân dân thực hiện Chương trình “5 không, 3 sạch”, xây dựng thôn sáng, xanh, sạch, đẹp", 2, 6,
       [_HOA_188],
       tab_lines=["Tháng 6/2026\tVận động Nhân dân thực hiện Chương\tđ/c Nông Thị Hoa",
                  "(Quý II)\ttrình “5 không, 3 sạch”, xây dựng thôn",
                  "\tsáng, xanh, sạch, đẹp"]),
    _t("Kỷ niệm 81 năm Cách mạng Tháng Tám và Quốc khánh 2/9, giáo dục truyền thống cách mạng cho thanh niên", 3,
       9, [_HUONG_188, _TUAN_188],
       tab_lines=["Tháng 9/2026\tKỷ niệm 81 năm Cách mạng Tháng Tám\tđ/c Mã Phúc Hương",
                  "\tvà Quốc khánh 2/9, giáo dục truyền thống\tđ/c Hà Văn Tuấn",
                  "\tcách mạng cho thanh niên"]),
    _t("Phát triển kinh tế đồi rừng, trồng chè và cây dược liệu dưới tán rừng", 4, 11, [_BINH],
       tab_lines=["Tháng 11/2026\tPhát triển kinh tế đồi rừng, trồng chè\tđ/c Lương Văn Bình",
                  "(Quý IV)\tvà cây dược liệu dưới tán rừng"]),
]  # fmt: skip

# 189 — Trường MN Tuổi Thần Tiên (phường Thanh Xuân, Hà Nội), 2025 (điều chỉnh)
_BINH_189, _TRANG_189, _NHUNG, _LAN = (
    "Nguyễn Thị Thanh Bình",
    "Phạm Thu Trang",
    "Lê Thị Hồng Nhung",
    "Đinh Thị Lan",
)
_P189_TOPICS = [
    _t("Nghiên cứu, quán triệt tư tưởng chỉ đạo, định hướng lớn của Đảng và đồng chí Tổng Bí thư Tô Lâm về kỷ "
       "nguyên mới", 1, 3, [_BINH_189], when="Tháng 3/2025", who="đ/c Nguyễn Thị Thanh Bình – Bí thư Chi bộ",
       note="Đã thực hiện"),
    _t("Tinh gọn tổ chức bộ máy, nâng cao trách nhiệm của đảng viên trong thực hiện nhiệm vụ", 2, 5, [_TRANG_189],
       when="Tháng 5/2025", who="đ/c Phạm Thu Trang – Phó Bí thư", note="Đã thực hiện"),
    _t("Xây dựng trường mầm non hạnh phúc gắn với văn hóa ứng xử trong nhà trường", 3, 8, [_NHUNG, _LAN],
       when="Tháng 7/2025", who="Tổ đảng số 2: đ/c Lê Thị Hồng Nhung, đ/c Đinh Thị Lan",
       note="Chuyển sang tháng 8/2025 (nghỉ hè)"),
    _t("Chuyển đổi số trong quản lý, chăm sóc và giáo dục trẻ", 4, 11, [_TRANG_189, _NHUNG], when="Tháng 10/2025",
       who="đ/c Phạm Thu Trang, đ/c Lê Thị Hồng Nhung",
       note="Chuyển sang tháng 11/2025, sau Đại hội Đảng bộ Thành phố"),
]  # fmt: skip

PLANS: list[T] = [
    {
        "id": "180_mam_non_dong_hai_2_hai_phong_2025",
        "half": "dev",
        "fmt": "docx",
        "layout": "m_school_year_lines",
        "province": "Hải Phòng",
        "source": "https://mndonghai2.haiphong.edu.vn/tin-tuc-su-kien/chi-bo-truong-mam-non-dong-hai-2-to-chuc-sinh-"
        "hoat-chi-bo-thuong-ky-thang-12-na/ct/2432/529425",
        "source_says": "Ngày 03/12/2025 Chi bộ Trường Mầm non Đông Hải 2 sinh hoạt thường kỳ: đánh giá nhiệm vụ tháng "
        "11, phương hướng tháng 12/2025 (thực hiện kế hoạch năm học; ứng dụng CNTT, chuyển đổi số trong quản lý và "
        "giảng dạy; tinh thần nêu gương của đảng viên), thực hiện quy chế dân chủ, công tác dân vận, tăng cường tự "
        "học, tự bồi dưỡng của một số đảng viên trẻ; kiểm điểm, xếp loại chất lượng.",
        "completed": [
            "the page gives the cell, its regular meeting of 3 December 2025 and the matters it discussed; the "
            "school year's plan, its four topics (taken from those matters), their months, the people (names "
            "completed), the superior committee (the ward formed in 2025), the number and the date are completed",
            "section II is one numbered paragraph per meeting, the time first as typed (“Tháng 9/2025”, “T11 (quý "
            "IV/2025)”, “Tháng Ba năm 2026”, “T5/2026”), a quarter written for one meeting only (the truth's "
            "quarters follow the calendar months), then the title and “– đ/c … chuẩn bị”; a Phó Bí thư prepares "
            "and another member gives a paper (“tham luận”): both are in the truth",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường Mầm non Đông Hải 2",
        "committee_name": "Đảng bộ phường Đông Hải",
        "left": ["ĐẢNG BỘ PHƯỜNG ĐÔNG HẢI", "CHI BỘ TRƯỜNG MẦM NON", "ĐÔNG HẢI 2"],
        "send_to": ["Đảng ủy phường Đông Hải (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2025 – 2026"],
        "number": 7,
        "type_code": "KH",
        "date": "2025-09-15",
        "place": "Đông Hải",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ năm học 2025 – 2026;"],
        "opening": "Chi bộ Trường Mầm non Đông Hải 2 xây dựng kế hoạch sinh hoạt chuyên đề năm học 2025 – 2026 như "
        "sau:",
        "aims": _AIMS,
        "schedule_intro": "Chi bộ sinh hoạt chuyên đề lồng ghép vào kỳ sinh hoạt thường kỳ (ngày 03 hằng tháng) của "
        "các tháng sau:",
        "closing": _CLOSING,
        "topics": _P180_TOPICS,
        "targets": [],
        "secretary": _HOA,
    },
    {
        "id": "181_mam_non_hoa_ban_muong_nhe_2024",
        "half": "dev",
        "fmt": "odt",
        "layout": "m_topic_sections",
        "province": "Điện Biên",
        "source": "https://mnhoaban.muongnhe.edu.vn/news/savefile/ba-cong-khai/ke-hoach-tu-danh-gia-27.html",
        "source_says": "Trang của Trường Mầm non Hoa Ban (huyện Mường Nhé, tỉnh Điện Biên), mục Ba công khai: “Kế hoạch "
        "tự đánh giá”; mục tin có Bản tin nhà trường, Sức khỏe, Dinh dưỡng.",
        "completed": [
            "the page gives only the school, its district and province; the cell's 2024 plan, its four topics (one "
            "for the 70th anniversary of the Điện Biên Phủ victory in May 2024), months, people, the superior "
            "committee (assumed: the commune of Mường Nhé), the number and the date are completed",
            "one section per topic, “Chuyên đề N: title” in bold, the second title carried on to a second bold "
            "paragraph by hand (the truth joins the two lines); then dash lines “Thời gian:”, “Người thực hiện:”, "
            "“Nội dung:”, “Hình thức:” in a different order in each section, one section without “Hình thức” "
            "(the truth's form is the “Hình thức” line, empty when there is none); “Nội dung:” describes the "
            "meeting and is not its title (.odt)",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Trường Mầm non Hoa Ban",
        "committee_name": "Đảng bộ xã Mường Nhé",
        "left": ["ĐẢNG BỘ XÃ MƯỜNG NHÉ", "CHI BỘ TRƯỜNG MẦM NON HOA BAN"],
        "send_to": ["Đảng ủy xã Mường Nhé (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2024"],
        "number": 2,
        "type_code": "KH",
        "date": "2024-01-22",
        "place": "Mường Nhé",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ Trường Mầm non Hoa Ban năm 2024;"],
        "opening": "Chi bộ Trường Mầm non Hoa Ban xây dựng kế hoạch sinh hoạt chuyên đề năm 2024, mỗi quý một chuyên "
        "đề, cụ thể như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P181_TOPICS,
        "targets": [],
        "secretary": _THANH,
    },
    {
        "id": "182_thcs_ngo_quyen_le_chan_2023",
        "half": "dev",
        "fmt": "docx",
        "layout": "m_twelve_month_rows",
        "province": "Hải Phòng",
        "source": "https://thcsngoquyen.haiphong.edu.vn/tin-tuc-su-kien/thay-tro-truong-thcs-ngo-quyen-voi-hoi-thi-le-"
        "chan-trong-trai-tim-toi-lan-thu-v/ct/2754/122644",
        "source_says": "Hội thi “Lê Chân trong trái tim tôi” lần thứ V (2023) của Quận ủy Lê Chân; cấp ủy, chi bộ "
        "Trường THCS Ngô Quyền triển khai đến 100% đảng viên, giáo viên, học sinh; tác phẩm ảnh “Nhịp sống bình "
        "yên” của thầy Nguyễn Hữu Thắng đoạt giải Khuyến khích; hội thi là hoạt động của các chi, đảng bộ trực "
        "thuộc Đảng bộ quận Lê Chân trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "completed": [
            "the page gives the cell, its superior committee (Đảng bộ quận Lê Chân), the 2023 contest and one "
            "teacher; the year's plan, its four topics (one on the contest), the other people, the number and the "
            "date are completed",
            "one table row per month (Tháng 1 … Tháng 12): four rows are thematic meetings (“Sinh hoạt chuyên đề: "
            "…”), the others “Sinh hoạt thường kỳ; …” with “Chi ủy” as preparer, “Nghỉ hè” (July) or empty (April); "
            "no quarter is written (the truth's quarters follow the months); the preparers are a body and a person "
            "(“Tổ Xã hội – đ/c …”, “Tổ Nghệ thuật – Thể chất (đ/c …)”): the truth keeps the persons",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ Trường THCS Ngô Quyền",
        "committee_name": "Đảng bộ quận Lê Chân",
        "left": ["ĐẢNG BỘ QUẬN LÊ CHÂN", "CHI BỘ TRƯỜNG THCS NGÔ QUYỀN"],
        "send_to": ["Quận ủy Lê Chân (b/c)", "Chi ủy, các tổ đảng"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chi bộ năm 2023"],
        "number": 1,
        "type_code": "KH",
        "date": "2023-01-06",
        "place": "Lê Chân",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ Trường THCS Ngô Quyền năm 2023;"],
        "opening": "Chi bộ Trường THCS Ngô Quyền xây dựng kế hoạch sinh hoạt chi bộ năm 2023 (sinh hoạt thường kỳ "
        "hằng tháng, sinh hoạt chuyên đề mỗi quý một lần) như sau:",
        "aims": _AIMS,
        "month_rows": _P182_ROWS,
        "closing": _CLOSING,
        "topics": _P182_TOPICS,
        "targets": [],
        "secretary": _NGA,
    },
    {
        "id": "183_mam_non_trang_an_long_bien_2023",
        "half": "dev",
        "fmt": "docx",
        "layout": "m_given_names",
        "province": "Hà Nội",
        "source": "https://mntrangan.longbien.edu.vn/hd-doan-the/chi-bo-mn-trang-an-to-chuc-sinh-hoat-chinh-tri-tu-"
        "tuong-thuc-hien-chi-thi-so-24/ct/9018/689989",
        "source_says": "Chiều 15/9/2023 Chi bộ trường mầm non Tràng An tổ chức hội nghị sinh hoạt về Chỉ thị 24-CT/TU "
        "ngày 07/8/2023 của Ban Thường vụ Thành ủy Hà Nội: đ/c Đặng Thị Hường – Bí thư Chi bộ thông qua kế hoạch; "
        "đ/c Trương Thị Bích Ngọc – Phó Bí thư thông qua bài “Bệnh sợ trách nhiệm”; đ/c Nguyễn Thị Hương – chi ủy "
        "viên thông qua 25 biểu hiện vi phạm kỷ cương; năm học 2023 – 2024.",
        "completed": [
            "the page gives the cell, its committee of three with their posts and the September 2023 meeting (its "
            "subject and who spoke); the school year's plan, the other three topics, months, the superior "
            "committee (assumed: phường Việt Hưng), the number and the date are completed",
            "section I lists the cell committee with full names and posts; the schedule table (Thời gian – Chuyên đề "
            "– Phụ trách) names people by their given name only (“Chi ủy – đ/c Hường chủ trì; đ/c Ngọc, đ/c "
            "Hương”, “Tổ khối Mẫu giáo lớn (đ/c Hương)”, “cô Ngọc”): the truth gives the full names the list "
            "resolves; times “Tháng 9/2023 (quý III)”, “T12”, “Tháng Ba năm 2024”, “T5/2024 (quý II)”",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ Trường Mầm non Tràng An",
        "committee_name": "Đảng bộ phường Việt Hưng",
        "left": ["ĐẢNG BỘ PHƯỜNG VIỆT HƯNG", "CHI BỘ TRƯỜNG MẦM NON TRÀNG AN"],
        "send_to": ["Đảng ủy phường Việt Hưng (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2023 – 2024"],
        "number": 4,
        "type_code": "KH",
        "date": "2023-09-08",
        "place": "Long Biên",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Kế hoạch số 186-KH/QU của Quận ủy Long Biên thực hiện Chỉ thị số 24-CT/TU "
            "ngày 07/8/2023 của Ban Thường vụ Thành ủy;",
        ],
        "opening": "Chi bộ Trường Mầm non Tràng An xây dựng kế hoạch sinh hoạt chuyên đề năm học 2023 – 2024 như sau:",
        "situation": [
            "Chi bộ có 14 đảng viên, sinh hoạt thường kỳ vào ngày 15 hằng tháng. Chi ủy nhiệm kỳ 2022 – 2025 "
            "gồm:"
        ],
        "committee_lines": [
            "1. Đ/c Đặng Thị Hường – Bí thư Chi bộ, Hiệu trưởng;",
            "2. Đ/c Trương Thị Bích Ngọc – Phó Bí thư Chi bộ, Phó Hiệu trưởng;",
            "3. Đ/c Nguyễn Thị Hương – Chi ủy viên, Phó Hiệu trưởng.",
        ],
        "closing": _CLOSING,
        "topics": _P183_TOPICS,
        "targets": [],
        "secretary": _HUONG_183,
    },
    {
        "id": "184_mam_non_ban_mai_xanh_long_bien_2026",
        "half": "dev",
        "fmt": "txt",
        "layout": "m_web_pipes",
        "province": "Hà Nội",
        "source": "https://mnbanmaixanh.longbien.edu.vn/hoat-dong-chi-bo/le-ket-nap-dang-vien-moi-chi-bo-truong-mam-non-"
        "ban-mai-xanh/ct/15553/1025307",
        "source_says": "Chi bộ Trường Mầm non Ban Mai Xanh tổ chức Lễ kết nạp đảng viên cho hai quần chúng ưu tú Uông Thị "
        "Lâm Anh và Hồ Thị Ninh; đồng chí Đỗ Thị Huyền – Bí thư Chi bộ chúc mừng, giao nhiệm vụ và phân công đảng "
        "viên chính thức giúp đỡ hai đảng viên dự bị; trang nằm trong mục “Hoạt động chi bộ” của trang tin nhà "
        "trường (Long Biên).",
        "completed": [
            "the page gives the cell, its secretary and two members newly admitted; the 2026 plan, its four topics, "
            "months, the deputy secretary, the superior committee (assumed: the ward of Long Biên formed on 1 July "
            "2025), the number and the date are completed",
            "the plan as read in the “Hoạt động chi bộ” section of the school's web site and pasted into a text "
            "file: menu, breadcrumb, date and views, the heading as plain lines, the schedule as lines “Tháng 3 (quý "
            "I) | title | đ/c …” and one “Tháng 6 – title – đ/c …”; the September meeting is given to “Bí thư Chi "
            "bộ” only, whose name is written once, under “(Đã ký)” at the end (the truth gives that name, as the "
            "page does); “Các tin khác” names a past event that is not a topic",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ Trường Mầm non Ban Mai Xanh",
        "committee_name": "Đảng bộ phường Long Biên",
        "left": ["ĐẢNG BỘ PHƯỜNG LONG BIÊN", "CHI BỘ TRƯỜNG MẦM NON BAN MAI XANH"],
        "web_head": [
            "TRƯỜNG MẦM NON BAN MAI XANH",
            "Trang chủ   Giới thiệu   Tin tức   Hoạt động chi bộ   Thư viện   Liên hệ",
            "Trang chủ » Hoạt động chi bộ » Kế hoạch sinh hoạt chuyên đề năm 2026",
            "Kế hoạch sinh hoạt chuyên đề năm 2026 của Chi bộ",
            "Ngày đăng: 13/01/2026 | Lượt xem: 158 | In bài viết",
        ],
        "web_foot": [
            "Các tin khác:",
            "- Lễ kết nạp đảng viên mới Chi bộ Trường Mầm non Ban Mai Xanh",
            "- Hội nghị cán bộ, viên chức, người lao động năm học 2025 – 2026",
            "Bản quyền © Trường Mầm non Ban Mai Xanh – phường Long Biên, Hà Nội",
        ],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-09",
        "place": "Long Biên",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Chi bộ Trường Mầm non Ban Mai Xanh năm 2026;",
        ],
        "opening": "Chi bộ Trường Mầm non Ban Mai Xanh xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P184_TOPICS,
        "targets": [],
        "secretary": _HUYEN,
    },
    {
        "id": "185_chi_bo_thon_cau_xin_pa_vay_su_2023",
        "half": "dev",
        "fmt": "txt",
        "layout": "m_pdf_hyphen",
        "province": "Hà Giang",
        "source": "https://dantocmiennui.baotintuc.vn/nhung-bi-thu-chi-bo-9x-o-vung-cao-ha-giang-dan-tin-tu-nhung-hanh-"
        "dong-thuc-te-post341526.html",
        "source_says": "Anh Vàng Chẩn Sơn (sinh năm 1990), Bí thư chi bộ thôn Cấu Xỉn, xã Pà Vầy Sủ (Xín Mần, Hà Giang), "
        "một trong những Bí thư chi bộ thôn thế hệ 9x ở vùng cao Hà Giang được dân tin từ những hành động thực tế.",
        "completed": [
            "the page gives the cell, its commune and district and its secretary; the 2023 plan, its four topics "
            "(the village's usual work in the highlands), months, the other members, the number and the date are "
            "completed",
            "plain text exported from the commune's PDF: the heading's columns side by side, paragraphs broken at "
            "64 characters with words hyphenated at the line ends (“ki-nh tế”, “Ch-ương trình”), a page footer “Trang 1/2” and a form "
            "feed in the middle; the truth joins the broken words; each topic “N. Quý I/2023 (kỳ sinh hoạt tháng "
            "3): chuyên đề “…”. Người thực hiện: …”",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ thôn Cấu Xỉn",
        "committee_name": "Đảng bộ xã Pà Vầy Sủ",
        "left": ["ĐẢNG BỘ XÃ PÀ VẦY SỦ", "CHI BỘ THÔN CẤU XỈN"],
        "send_to": ["Đảng ủy xã Pà Vầy Sủ (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2023"],
        "footer": "Trang 1/2",
        "number": 3,
        "type_code": "KH",
        "date": "2023-02-10",
        "place": "Pà Vầy Sủ",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ thôn Cấu Xỉn năm 2023;"],
        "opening": "Chi bộ thôn Cấu Xỉn xây dựng kế hoạch sinh hoạt chuyên đề năm 2023, mỗi quý một chuyên đề, gắn "
        "với nhiệm vụ phát triển kinh tế, xây dựng nông thôn mới của thôn, như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P185_TOPICS,
        "targets": [],
        "secretary": _SON,
    },
    {
        "id": "186_chi_bo_thon_sin_chai_a_muong_bo_2025",
        "half": "dev",
        "fmt": "doc",
        "layout": "m_quarter_heading_lines",
        "province": "Lào Cai",
        "source": "https://baolaocai.vn/12-dang-bo-to-chuc-xong-dai-hoi-chi-bo-truc-thuoc-post397842.html",
        "source_says": "Thị xã Sa Pa: 179/230 chi bộ trực thuộc đảng bộ cơ sở đã tổ chức xong đại hội nhiệm kỳ 2025 – "
        "2027; ảnh: Chi ủy Chi bộ thôn Sín Chải A, Đảng bộ xã Mường Bo ra mắt đại hội; các đảng viên thảo luận và "
        "biểu quyết thông qua nghị quyết đại hội.",
        "completed": [
            "the page gives the cell, its commune committee and its congress for 2025 – 2027; the 2025 plan, its "
            "five topics, months, the members (Hmong and Dao names), the number and the date are completed",
            "parts A, B, C; in part B each quarter is a heading line “II. QUÝ II (tháng 4, 5, 6)” and its topics are "
            "numbered below it from 1 (“1. Tháng 4: …”, “2. Tháng 6: …”), the people on an indented “Người thực "
            "hiện:” line; quarter II holds two topics; under “III. QUÝ III (tháng 7, 8, 9)” the meeting is written "
            "“Tháng Mười” — a month outside its quarter, kept as written (`conflicts: 1`) (.doc)",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ thôn Sín Chải A",
        "committee_name": "Đảng bộ xã Mường Bo",
        "left": ["ĐẢNG BỘ XÃ MƯỜNG BO", "CHI BỘ THÔN SÍN CHẢI A"],
        "send_to": ["Đảng ủy xã Mường Bo (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2025"],
        "quarter_heads": [
            (1, "I. QUÝ I (tháng 1, 2, 3)"),
            (2, "II. QUÝ II (tháng 4, 5, 6)"),
            (3, "III. QUÝ III (tháng 7, 8, 9)"),
            (4, "IV. QUÝ IV (tháng 10, 11, 12)"),
        ],
        "number": 2,
        "type_code": "KH",
        "date": "2025-03-03",
        "place": "Mường Bo",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ thôn Sín Chải A nhiệm kỳ 2025 – 2027;",
        ],
        "opening": "Chi bộ thôn Sín Chải A xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P186_TOPICS,
        "targets": [],
        "secretary": _LU,
    },
    {
        "id": "187_mam_non_dong_giang_dong_hung_2021",
        "half": "dev",
        "fmt": "scan",
        "layout": "m_scan_roman_quarter",
        "province": "Thái Bình",
        "source": "http://mndonggiang.pgddonghung.edu.vn/gioi-thieu/truong-mam-non%20%C4%90%C3%B4ng%20Giang/phuong-"
        "huong-chien-luoc-xay-dung-va-phat-trien-giao-duc-truo.html",
        "source_says": "Trường Mầm non Đông Giang (huyện Đông Hưng) thành lập năm 1998 trên cơ sở sáp nhập Nhà trẻ và các "
        "lớp Mẫu giáo xã Đông Giang, chuyển sang công lập năm 2011; phương hướng chiến lược giai đoạn 2016 – 2021; "
        "tập thể nhiều năm đạt danh hiệu lao động tiên tiến.",
        "completed": [
            "the page gives the school, its commune and district; the cell's 2021 plan, its four topics, the "
            "weeks, the people, the superior committee (the commune), the number and the date are completed",
            "one printed page, scanned: a table Quý – Chuyên đề – Người thực hiện – Thời gian whose quarter column "
            "says only “I”, “II”, “III”, “IV” and whose time column gives the week (“Tuần 2 tháng 3”); people as a "
            "body and persons (“Tổ Mẫu giáo – đ/c …, đ/c …”), two lines in one cell for the last",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ Trường Mầm non Đông Giang",
        "committee_name": "Đảng bộ xã Đông Giang",
        "left": ["ĐẢNG BỘ XÃ ĐÔNG GIANG", "CHI BỘ TRƯỜNG MẦM NON"],
        "send_to": ["Đảng ủy xã (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        "number": 3,
        "type_code": "KH",
        "date": "2021-01-18",
        "place": "Đông Giang",
        "legal_bases": [],
        "opening": "Căn cứ Nghị quyết năm 2021, Chi bộ Trường Mầm non Đông Giang phân công sinh hoạt chuyên đề như sau:",
        "closing": [
            "Đảng viên được phân công gửi đề cương cho chi ủy trước 05 ngày; chuyên đề sinh hoạt vào kỳ sinh "
            "hoạt thường kỳ của tuần ghi trên."
        ],
        "topics": _P187_TOPICS,
        "targets": [],
        "secretary": _HIEN,
    },
    {
        "id": "188_chi_bo_thon_lang_han_tan_trao_2026",
        "half": "dev",
        "fmt": "doc",
        "layout": "m_tab_typed",
        "province": "Tuyên Quang",
        "source": "https://tracuuquyhoach.com/tin-tuc/hai-bi-thu-chi-bo-xuat-sac-duoc-de-nghi-trung-uong-tuyen-duong-"
        "54360413",
        "source_says": "Hai Bí thư Chi bộ xuất sắc được đề nghị Trung ương tuyên dương: đồng chí Thò Mý Xá (Chi bộ thôn "
        "Cán Chu Phìn, xã Khâu Vai) và đồng chí Mã Phúc Hương, sinh năm 1969, dân tộc Tày, Bí thư Chi bộ thôn Làng "
        "Hản, Đảng bộ xã Tân Trào; vận động Nhân dân phát triển kinh tế, xóa nhà tạm, xóa bỏ hủ tục, thực hiện "
        "“5 không, 3 sạch”, tu sửa đường làng, ngõ xóm (Ban Tổ chức Tỉnh ủy).",
        "completed": [
            "the page gives the cell, its commune committee, its secretary (Tày) and the village's work; the 2026 "
            "plan, its four topics, months, the other members, the number and the date are completed",
            "the schedule typed with tabs, not a table: a heading line, then each meeting on two lines, the time "
            "(“Tháng 3/2026”) and the quarter below it (“(Quý I)”, not written for September) in the first column, "
            "the title carried over two or three lines in the second, one person per line in the third, lined up "
            "by two tab stops the typist set (.doc)",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ thôn Làng Hản",
        "committee_name": "Đảng bộ xã Tân Trào",
        "left": ["ĐẢNG BỘ XÃ TÂN TRÀO", "CHI BỘ THÔN LÀNG HẢN"],
        "send_to": ["Đảng ủy xã Tân Trào (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-12",
        "place": "Tân Trào",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ thôn Làng Hản năm 2026;"],
        "opening": "Chi bộ thôn Làng Hản xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P188_TOPICS,
        "targets": [],
        "secretary": _HUONG_188,
    },
    {
        "id": "189_mam_non_tuoi_than_tien_thanh_xuan_2025",
        "half": "dev",
        "fmt": "odt",
        "layout": "m_stt_note_table",
        "province": "Hà Nội",
        "source": "https://mntuoithantien.pgdthanhxuan.edu.vn/tin-tuc-su-kien/chi-bo-truong-mam-non-tuoi-than-tien-to-"
        "chuc-sinh-hoat-chinh-tri-nghien-cuu-qua/ct/20122/150672",
        "source_says": "Chi bộ Trường Mầm non Tuổi Thần Tiên sinh hoạt chính trị nghiên cứu tư tưởng chỉ đạo, định hướng "
        "lớn của Đảng và đồng chí Tổng Bí thư Tô Lâm (tinh gọn bộ máy, công tác cán bộ, chuyển đổi số, chống lãng "
        "phí…); đ/c Nguyễn Thị Thanh Bình – Bí thư Chi bộ, Hiệu trưởng quán triệt và kết luận; đảng viên thảo luận "
        "theo các Tổ đảng.",
        "completed": [
            "the page gives the cell, its secretary, its party groups and the meeting's subject; the adjusted 2025 "
            "plan, its other three topics (from that subject), months, the other people, the superior committee "
            "(the ward of Thanh Xuân formed on 1 July 2025), the number and the date are completed",
            "a table STT – Thời gian – Nội dung chuyên đề – Người thực hiện – Ghi chú; the time column keeps the "
            "first months and the note moves two meetings (“Chuyển sang tháng 8/2025 (nghỉ hè)”, “Chuyển sang tháng "
            "11/2025, …”): the truth keeps the new months, in the same quarters; two notes say “Đã thực hiện” "
            "(.odt)",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường Mầm non Tuổi Thần Tiên",
        "committee_name": "Đảng bộ phường Thanh Xuân",
        "left": ["ĐẢNG BỘ PHƯỜNG THANH XUÂN", "CHI BỘ TRƯỜNG MẦM NON", "TUỔI THẦN TIÊN"],
        "send_to": ["Đảng ủy phường Thanh Xuân (b/c)", "Các tổ đảng"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2025 (điều chỉnh)"],
        "number": 9,
        "type_code": "KH",
        "date": "2025-07-14",
        "place": "Thanh Xuân",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Kế hoạch số 02-KH/CB ngày 06/01/2025 của Chi bộ về sinh hoạt chuyên đề năm "
            "2025;",
        ],
        "opening": "Do sắp xếp tổ chức bộ máy và lịch nghỉ hè của nhà trường, Chi bộ Trường Mầm non Tuổi Thần Tiên "
        "điều chỉnh kế hoạch sinh hoạt chuyên đề năm 2025 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P189_TOPICS,
        "targets": [],
        "secretary": _BINH_189,
    },
]
