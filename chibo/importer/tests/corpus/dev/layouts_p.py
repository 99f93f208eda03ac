"""Development batch 210–219: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the generic
helpers of ``common.py``. They are ordinary plans as northern and north-central cells type them, in
shapes the earlier batches did not cover: a residential group's table Tháng – Chủ đề – Nội dung trọng
tâm – Người chuẩn bị – Người dự, whose last column names guests (a ward police officer, a ward youth
official), not presenters; an .odt of two pages with a page-number footer whose second page begins in
the middle of a topic (the first topic's last line); topics numbered “Chuyên đề I”, “Chuyên đề II” (Roman) while the sections are
lettered, each title followed by “(Thực hiện trong tháng 3/2020)”; a school cell's submission (Tờ
trình, TTr) asking the ward committee to approve its topics, with the committee's approval and signer
below the cell's signature; plain text whose months appear only as “kỳ sinh hoạt tháng …” inside the
sentence below each title (in figures or in words), beside a “kỳ sinh hoạt tháng 5” given to the cell's
congress (not a topic); a one-page scan whose people are written by office abbreviation first (“Đ/c BT:
Lộc Văn Thu”, “Đ/c PBT: …”, “CUV …”, “ĐV …”) and whose meetings fall on the third of the month; an
agency cell's topics under quarter headings, each with “Chủ đề:”, “Báo cáo viên:”, “Thời gian: Thứ Sáu,
ngày 13/5/2022” and “Hình thức:”; plain-text topic blocks with separate “Chuẩn bị đề cương” and “Trình
bày” people and a “Mời dự, chỉ đạo” guest (plan 217, quarter III held in October, ``conflicts: 1``); a
.doc converted from an old Vietnamese font (TCVN3) with its oddities — “Ð” (U+00D0) for “Đ”, “Quí” beside
“Quý”, “hoà”/“hòa” and “thuỷ”/“thủy” both in one file; an .odt table with a two-level merged header
(Thời gian over Quý and Tháng, Nội dung over Chuyên đề and Yêu cầu cần đạt) and people called “Ông …”,
“Bà …”. Facts are in ``PLANS`` below (same keys as ``plans.py``); ``build.py`` merges both ``LAYOUTS``
and ``PLANS``.
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
    set_widths,
)
from ..common import signed_sent as _sign
from ..common import typed_head as _head
from ..common import typed_top as _top
from ..facts import T
from ..facts import topic_with as _t


# ------------------------------------------------------------------------------------ helpers
def _text_head(p: dict[str, Any]) -> list[str]:
    """The heading as typed in a text editor: the left column, then the Party's name and the date."""
    return [
        *p["left"],
        number_line(p),
        "",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        date_line(p),
        "",
        *p["title_lines"],
        "",
    ]


def _text_sign(p: dict[str, Any]) -> list[str]:
    return ["", "T/M CHI BỘ", "BÍ THƯ", "", "(đã ký)", p["secretary"], "", "Nơi nhận:"] + [
        f"- {x};" for x in p["send_to"]
    ]


# ------------------------------------------------------------------------------------ layouts
def guests_table(p: dict[str, Any]) -> list[Block]:
    """A residential cell's table Tháng – Chủ đề – Nội dung trọng tâm – Người chuẩn bị – Người dự: the
    last column names guests (ward officials, the ward police officer, associations), not presenters."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG"))
    out.append(("p", p["table_intro"]))
    rows = [[t["when"], t["title"], t["focus"], "\n".join(t["who"]), "\n".join(t["guests"])]
            for t in p["topics"]]  # fmt: skip
    out.append(("table", ["Tháng", "Chủ đề", "Nội dung trọng tâm", "Người chuẩn bị", "Người dự"],
                rows, "", (2.0, 4.4, 4.6, 3.2, 3.0)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def _footer_page_numbers(text: str, p_after: float) -> Callable[[Any], None]:
    """A footer “<text> – Trang N/M” with Word's PAGE and NUMPAGES fields; paragraphs spaced
    ``p_after`` points apart."""

    def draw(doc: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Pt

        normal = doc.styles["Normal"].paragraph_format  # single-spaced, as the typist set it
        normal.space_after = Pt(p_after)
        normal.line_spacing = 1.0
        para = doc.sections[0].footer.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT

        def run(t: str) -> None:
            r = para.add_run(t)
            r.italic = True
            r.font.size = Pt(10)

        def field(code: str) -> None:
            r = para.add_run()
            r.font.size = Pt(10)
            for kind, body in (("begin", None), ("instr", code), ("separate", None), ("end", None)):
                if kind == "instr":
                    el = OxmlElement("w:instrText")
                    el.set(qn("xml:space"), "preserve")
                    el.text = f" {body} "
                else:
                    el = OxmlElement("w:fldChar")
                    el.set(qn("w:fldCharType"), kind)
                r._r.append(el)
                if kind == "separate":
                    t = OxmlElement("w:t")
                    t.text = "1"
                    r._r.append(t)

        run(f"{text} – Trang ")
        field("PAGE")
        run("/")
        field("NUMPAGES")

    return draw


def two_pages_flowing(p: dict[str, Any]) -> list[Block]:
    """An .odt of two pages, page numbers in the footer, the review of last year long enough that the
    second page begins inside a topic (its people and parts carried over). Each topic: “Chuyên đề N:
    title”, then “- Thời gian:”, “- Người thực hiện:”, “- Thành phần:”."""
    out: list[Block] = [("docx", _footer_page_numbers(p["footer"], p["space_after"]), [])]
    out += _top(p)
    out.append(("h", "I. KẾT QUẢ SINH HOẠT CHUYÊN ĐỀ NĂM " + str(p["year"] - 1)))
    out += paras(p["review"])
    out += section("II. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "III. NỘI DUNG CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("h", f"Chuyên đề {i}: {t['title']}"))
        out.append(("p", f"- Thời gian: {t['when']}"))
        out.append(("p", f"- Người thực hiện: {t['who']}"))
        out.append(("p", f"- Thành phần: {t['with']}"))
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def roman_topics_parenthesis(p: dict[str, Any]) -> list[Block]:
    """Sections lettered A – C; inside B the topics numbered “Chuyên đề I:”, “Chuyên đề II:” (Roman), the
    time in a parenthesis after the title “(Thực hiện trong tháng 3/2020)”, then “Nội dung:” dash lines
    and “Người thực hiện:”."""
    out = _top(p)
    out += section("A. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "B. NỘI DUNG CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(
            ("h", f"Chuyên đề {['I', 'II', 'III', 'IV', 'V'][i - 1]}: {t['title']} ({t['when']})")
        )
        out.append(("p", "Nội dung:"))
        out += paras([f"- {x}" for x in t["points"]])
        out.append(("p", f"Người thực hiện: {t['who']}."))
    out += section("C. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def submission_with_approval(p: dict[str, Any]) -> list[Block]:
    """A cell's submission (Tờ trình) to the ward committee: “Kính gửi”, the reasons, the topics in a
    table STT – Tên chuyên đề – Thời gian dự kiến – Đồng chí chuẩn bị – Ghi chú, the request, the cell's
    signature and, below it, the ward committee's approval with its own signer (not a presenter)."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out.append(("p", p["to"]))
    out += paras(p["legal_bases"])
    out += paras(p["reasons"])
    out.append(("p", p["table_intro"]))
    rows = [[str(i), t["title"], t["when"], "\n".join(t["who"]), t["note"]]
            for i, t in enumerate(p["topics"], 1)]  # fmt: skip
    out.append(("table", ["STT", "Tên chuyên đề", "Thời gian dự kiến", "Đồng chí chuẩn bị", "Ghi chú"],
                rows, "", (1.1, 6.9, 2.6, 3.7, 2.2)))  # fmt: skip
    out.append(("p", p["request"]))
    out.append(_sign(p))
    out.append(("h", p["approval_heading"]))
    out += paras(p["approval"])
    out.append(("sign", [""], p["approval_signer"]))
    return out


def text_month_in_sentence(p: dict[str, Any]) -> list[Block]:
    """Plain text: numbered titles, each followed by an indented sentence that alone gives the month
    (“… vào kỳ sinh hoạt tháng 3 …”, “kỳ sinh hoạt tháng Sáu”) and the people; no quarter anywhere; the
    closing gives “kỳ sinh hoạt tháng 5” to the cell's congress (not a topic)."""
    lines = _text_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += ["II. CÁC CHUYÊN ĐỀ SINH HOẠT TRONG NĂM", ""]
    for i, t in enumerate(p["topics"], 1):
        lines += [f"{i}. {t['title']}", f"   {t['sentence']}", ""]
    lines += ["III. TỔ CHỨC THỰC HIỆN", *p["closing"]]
    lines += _text_sign(p)
    return paras(lines)


def scan_office_first(p: dict[str, Any]) -> list[Block]:
    """One page: a short heading, one sentence, a table Quý – Ngày sinh hoạt – Chuyên đề – Phân công whose
    people are written office first (“Đ/c BT: Lộc Văn Thu (chủ trì)”, “Đ/c PBT: …”, “CUV …”, “ĐV …”), a
    key to the abbreviations, the signature."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), ("p", p["opening"])]
    rows = [[t["qcell"], t["when"], t["title"], "\n".join(t["who"])] for t in p["topics"]]
    out.append(("table", ["Quý", "Ngày sinh hoạt", "Chuyên đề", "Phân công"], rows, "",
                (1.3, 2.6, 7.6, 5.0)))  # fmt: skip
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def quarter_blocks_speaker(p: dict[str, Any]) -> list[Block]:
    """An agency cell's topics under quarter headings (“QUÝ II/2022”), no number, each with “Chủ đề:”,
    “Nội dung chính:”, “Báo cáo viên:”, “Tham luận:” (sometimes), “Thời gian: Thứ Sáu, ngày 13/5/2022”
    and “Hình thức:”."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN SINH HOẠT CHUYÊN ĐỀ"))
    for t in p["topics"]:
        out.append(("h", t["qhead"]))
        out.append(("p", f"Chủ đề: {t['title']}."))
        out.append(("p", f"Nội dung chính: {t['points']}"))
        out.append(("p", f"Báo cáo viên: {t['speaker']}."))
        if t.get("panel"):
            out.append(("p", f"Tham luận: {t['panel']}."))
        out.append(("p", f"Thời gian: {t['when']}."))
        out.append(("p", f"Hình thức: {t['form']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def text_blocks_outline_speaker_guest(p: dict[str, Any]) -> list[Block]:
    """Plain text: one block per quarter “CHUYÊN ĐỀ QUÝ I/2026”, lines “Tên chuyên đề:”, “Thời gian:”,
    “Chuẩn bị đề cương:”, “Trình bày:” and “Mời dự, chỉ đạo:” (a guest of the commune committee, not a
    presenter)."""
    lines = _text_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += ["II. NỘI DUNG VÀ PHÂN CÔNG", ""]
    for t in p["topics"]:
        lines += [
            t["qhead"],
            f"  Tên chuyên đề: {t['title']}",
            f"  Thời gian: {t['when']}",
            f"  Chuẩn bị đề cương: {t['outline']}",
            f"  Trình bày: {t['speaker']}",
            f"  Mời dự, chỉ đạo: {t['guest']}",
            "",
        ]
    lines += ["III. TỔ CHỨC THỰC HIỆN", *p["closing"]]
    lines += _text_sign(p)
    return paras(lines)


def _old_font(doc: Any) -> None:
    """The body font the file was typed in before its conversion to Unicode (.VnTime): LibreOffice
    substitutes it, the text is Unicode with the converter's oddities."""
    doc.styles["Normal"].font.name = ".VnTime"


def converted_old_font(p: dict[str, Any]) -> list[Block]:
    """A village plan typed in TCVN3 and converted to Unicode: “Ð” (U+00D0) for “Đ” in places, “Quí”
    beside “Quý”, “hoà”/“hòa”, “thuỷ”/“thủy” both; topics under “Quí N – tháng M/2026:” lines with
    “Phân công:” after each."""
    out: list[Block] = [("docx", _old_font, [])]
    out += _top(p)
    out += section("I. MỤC ÐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ÐỀ"))
    out += paras(p["intro"])
    for t in p["topics"]:
        out.append(("p", f"{t['when']}: {t['title_as_typed']}."))
        out.append(("p", f"   Phân công: {t['who']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def _two_level_header_table(p: dict[str, Any]) -> Callable[[Any], None]:
    """A table whose header takes two rows: “Thời gian” merged over “Quý” and “Tháng”, “Nội dung”
    merged over “Chuyên đề” and “Yêu cầu cần đạt”, “STT” and “Người thực hiện” merged down."""

    def draw(doc: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        grid = doc.add_table(rows=2, cols=6)
        grid.style = "Table Grid"

        def put(cell: Any, text: str) -> None:
            cell.text = ""
            para = cell.paragraphs[0]
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.add_run(text).bold = True

        put(grid.cell(0, 0).merge(grid.cell(1, 0)), "STT")
        put(grid.cell(0, 1).merge(grid.cell(0, 2)), "Thời gian")
        put(grid.cell(0, 3).merge(grid.cell(0, 4)), "Nội dung")
        put(grid.cell(0, 5).merge(grid.cell(1, 5)), "Người thực hiện")
        for j, text in ((1, "Quý"), (2, "Tháng"), (3, "Chuyên đề"), (4, "Yêu cầu cần đạt")):
            put(grid.cell(1, j), text)
        for i, t in enumerate(p["topics"], 1):
            row = grid.add_row()
            values = [str(i), t["qcell"], t["mcell"], t["title"], t["aim"], "\n".join(t["who"])]
            for j, text in enumerate(values):
                row.cells[j].text = text
        set_widths(grid, (1.0, 1.3, 1.5, 5.6, 4.1, 3.5))

    return draw


def two_level_header(p: dict[str, Any]) -> list[Block]:
    """A village plan whose schedule is a table with a two-level merged header, people written “Ông …”,
    “Bà …” with their office after a dash."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG"))
    lines = [
        "STT | Thời gian: Quý | Tháng | Nội dung: Chuyên đề | Yêu cầu cần đạt | Người thực hiện"
    ]
    for i, t in enumerate(p["topics"], 1):
        lines.append(
            f"{i} | {t['qcell']} | {t['mcell']} | {t['title']} | {t['aim']} | {'; '.join(t['who'])}"
        )
    out.append(("docx", _two_level_header_table(p), lines))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "p_guests_table": guests_table,
    "p_two_pages_flowing": two_pages_flowing,
    "p_roman_topics_parenthesis": roman_topics_parenthesis,
    "p_submission_with_approval": submission_with_approval,
    "p_text_month_in_sentence": text_month_in_sentence,
    "p_scan_office_first": scan_office_first,
    "p_quarter_blocks_speaker": quarter_blocks_speaker,
    "p_text_blocks_outline_speaker_guest": text_blocks_outline_speaker_guest,
    "p_converted_old_font": converted_old_font,
    "p_two_level_header": two_level_header,
}


# -------------------------------------------------------------------------------------- plans
_AIMS = [
    "- Nâng cao chất lượng sinh hoạt chi bộ; nội dung chuyên đề thiết thực, gắn với nhiệm vụ chính trị "
    "của chi bộ và đời sống của nhân dân trên địa bàn.",
    "- Đảng viên được phân công chuẩn bị chu đáo, gửi đề cương cho Chi ủy trước kỳ sinh hoạt.",
]
_CLOSING = [
    "- Chi ủy đôn đốc việc chuẩn bị, thông báo thời gian cụ thể trước mỗi kỳ sinh hoạt.",
    "- Đảng viên nghiên cứu tài liệu, tham gia ý kiến; kết quả được báo cáo cấp ủy cấp trên.",
]

# 210 — Tổ dân phố số 1, phường Phúc Đồng (Long Biên, Hà Nội)
_BINH_210, _HUNG_210, _TOAN_210, _THU_210, _DUC_210 = (
    "Trần Thị Bình",
    "Lê Văn Hùng",
    "Phạm Quốc Toản",
    "Nguyễn Thị Thu",
    "Ngô Minh Đức",
)
_P210_TOPICS = [
    _t("Xây dựng tổ dân phố xanh – sạch – đẹp – văn minh; phân loại rác thải tại nguồn", 1, 3,
       [_BINH_210, _HUNG_210], when="Tháng 3/2021",
       focus="Đánh giá việc thu gom rác theo giờ; vận động hộ dân phân loại rác, trồng và chăm sóc cây "
       "xanh ở ngõ, ngách",
       who=["Đ/c Trần Thị Bình – Bí thư Chi bộ", "Đ/c Lê Văn Hùng – Tổ trưởng TDP"],
       guests=["Đ/c Đỗ Thị Hà – cán bộ địa chính – môi trường phường", "Ban công tác Mặt trận TDP"]),
    _t("Giữ gìn an ninh trật tự, phòng, chống tội phạm và tệ nạn xã hội trên địa bàn tổ dân phố", 2, 5,
       [_TOAN_210], when="Tháng 5/2021",
       focus="Quản lý nhà cho thuê, người tạm trú; duy trì tổ an ninh tự quản; phòng cháy, chữa cháy ở "
       "khu nhà ống",
       who=["Đ/c Phạm Quốc Toản – Tổ trưởng tổ bảo vệ ANTT"],
       guests=["Đ/c Nguyễn Văn Tâm – Cảnh sát khu vực, Công an phường Phúc Đồng"]),
    _t("Chăm sóc, phát huy vai trò người cao tuổi; đảng viên cao tuổi gương mẫu ở khu dân cư", 3, 8,
       [_THU_210], when="Tháng 8/2021",
       focus="Thăm hỏi người cao tuổi neo đơn; câu lạc bộ dưỡng sinh; đảng viên cao tuổi tham gia hòa "
       "giải ở cơ sở",
       who=["Đ/c Nguyễn Thị Thu – Chi hội trưởng Hội Người cao tuổi"],
       guests=["Ban Chấp hành Chi hội Người cao tuổi", "Đại diện Hội Người cao tuổi phường"]),
    _t("Giáo dục lý tưởng, đạo đức, lối sống cho thanh, thiếu niên; phòng, chống ma túy trong thanh "
       "niên", 4, 11, [_DUC_210, _BINH_210], when="Tháng 11/2021",
       focus="Sinh hoạt hè, học tập của học sinh trong tổ; nắm tình hình thanh niên tụ tập ban đêm; "
       "giới thiệu đoàn viên ưu tú",
       who=["Đ/c Ngô Minh Đức – Bí thư Chi đoàn", "Đ/c Trần Thị Bình"],
       guests=["Đ/c Vũ Thị Lan – Phó Bí thư Đoàn phường", "Chi đoàn TDP số 1"]),
]  # fmt: skip

# 211 — khu 1, phường Hồng Hà (Hạ Long, Quảng Ninh)
_DUNG_211, _HUONG_211, _THANG_211, _KHAI_211, _NGOC_211, _TIEN_211 = (
    "Trịnh Quốc Dũng",
    "Phạm Thị Hương",
    "Vũ Văn Thắng",
    "Đặng Văn Khải",
    "Lưu Thị Ngọc",
    "Nguyễn Văn Tiến",
)
_P211_TOPICS = [
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng khu dân cư đoàn kết, "
       "nghĩa tình", 1, 3, [_DUNG_211], when="tháng 3/2024 (quý I)",
       who="đ/c Trịnh Quốc Dũng – Bí thư Chi bộ, Khu trưởng (trình bày đề cương)",
       **{"with": "toàn thể đảng viên; mời tổ trưởng các tổ dân"}),
    _t("Bảo vệ môi trường, giữ gìn cảnh quan khu phố và bờ vịnh; phòng, chống rác thải nhựa", 2, 6,
       [_HUONG_211, _THANG_211], when="tháng 6/2024 (quý II)",
       who="đ/c Phạm Thị Hương – Phó Bí thư Chi bộ (chủ trì), đ/c Vũ Văn Thắng – Tổ trưởng tổ dân 9A "
       "(tham luận)",
       **{"with": "đảng viên, Ban công tác Mặt trận khu, Chi hội Phụ nữ"}),
    _t("Phát huy vai trò tổ đảng, tổ dân trong giữ gìn an ninh trật tự, an toàn giao thông; quan tâm "
       "thiếu niên, nhi đồng dịp hè và Tết Trung thu", 3, 9, [_KHAI_211, _NGOC_211],
       when="tháng 9/2024 (quý III)",
       who="đ/c Đặng Văn Khải – Tổ trưởng tổ đảng số 2; đ/c Lưu Thị Ngọc – Chi hội trưởng Phụ nữ",
       **{"with": "đảng viên các tổ đảng, Chi đoàn khu, đại diện các tổ dân"}),
    _t("Chăm lo người cao tuổi, gia đình chính sách; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu "
       "dân cư", 4, 11, [_DUNG_211, _TIEN_211], when="tháng 11/2024 (quý IV)",
       who="đ/c Trịnh Quốc Dũng; đ/c Nguyễn Văn Tiến – Trưởng Ban công tác Mặt trận khu",
       **{"with": "toàn thể đảng viên, Ban công tác Mặt trận, Chi hội Người cao tuổi"}),
]  # fmt: skip

# 212 — Trường Tiểu học Yên Sở (Hoàng Mai, Hà Nội)
_HONG_212, _HANH_212, _LAN_212, _MAI_212, _NGA_212 = (
    "Nguyễn Thị Hồng",
    "Cao Thị Bích Hạnh",
    "Trương Thị Phương Lan",
    "Nguyễn Thị Mai",
    "Nguyễn Thị Nga",
)
_P212_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022; trách nhiệm của đảng viên trong thực "
       "hiện nhiệm vụ năm học", 1, 3, [_HONG_212], when="Thực hiện trong tháng 3/2020",
       points=["Những chỉ tiêu chủ yếu của Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022;",
               "Việc làm cụ thể của mỗi đảng viên trong học kỳ II năm học 2019 – 2020."],
       who="đồng chí Nguyễn Thị Hồng – Bí thư Chi bộ, Hiệu trưởng"),
    _t("Dạy học trực tuyến và ôn tập cho học sinh sau thời gian nghỉ học phòng, chống dịch COVID-19", 2,
       6, [_HANH_212, _MAI_212], when="Thực hiện trong tháng 6/2020",
       points=["Kết quả dạy học qua truyền hình, trực tuyến trong thời gian học sinh nghỉ học;",
               "Giải pháp ôn tập, củng cố kiến thức cho học sinh khi đi học trở lại."],
       who="đồng chí Cao Thị Bích Hạnh – Phó Bí thư Chi bộ, Phó Hiệu trưởng; đồng chí Nguyễn Thị Mai – "
       "giáo viên"),
    _t("Học tập và làm theo Bác về trách nhiệm nêu gương của nhà giáo; chuẩn bị thực hiện Chương trình "
       "giáo dục phổ thông 2018 ở lớp 1", 3, 9, [_LAN_212], when="Thực hiện trong tháng 9/2020",
       points=["Tấm gương tận tụy của Bác với sự nghiệp giáo dục;",
               "Những việc tổ khối 1 đã chuẩn bị cho sách giáo khoa mới."],
       who="đồng chí Trương Thị Phương Lan – Chi ủy viên, Tổ trưởng tổ khối 1"),
    _t("Đảng viên gương mẫu xây dựng trường học an toàn, thân thiện; tri ân nhà giáo nhân Ngày Nhà giáo "
       "Việt Nam 20/11", 4, 11, [_HONG_212, _NGA_212], when="Thực hiện trong tháng 11/2020",
       points=["Đánh giá việc thực hiện quy tắc ứng xử trong nhà trường;",
               "Đăng ký thi đua chào mừng ngày 20/11."],
       who="đồng chí Nguyễn Thị Hồng, đồng chí Nguyễn Thị Nga"),
]  # fmt: skip

# 213 — Trường Tiểu học Phương Liệt (Thanh Xuân, Hà Nội)
_HUYEN_213, _TRANG_213, _NGOC_213, _YEN_213 = (
    "Phạm Thanh Huyền",
    "Lê Thị Thu Trang",
    "Đỗ Minh Ngọc",
    "Nguyễn Thị Hải Yến",
)
_P213_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 – 2025; nâng cao chất lượng sinh hoạt chi bộ",
       4, 10, [_HUYEN_213], when="Tháng 10/2022", who=["Đ/c Phạm Thanh Huyền (BT)"], note="Quý IV/2022"),
    _t("Học tập và làm theo Bác về tinh thần tự học; đổi mới phương pháp dạy học theo Chương trình giáo "
       "dục phổ thông 2018", 4, 12, [_TRANG_213, _YEN_213], when="Tháng 12/2022",
       who=["Đ/c Lê Thị Thu Trang (PBT)", "Đ/c Nguyễn Thị Hải Yến"], note=""),
    _t("Giáo dục truyền thống, kỹ năng sống và an toàn cho học sinh; phối hợp Liên đội xây dựng trường học "
       "hạnh phúc", 1, 3, [_NGOC_213], when="Tháng 3/2023", who=["Đ/c Đỗ Minh Ngọc (CUV)"],
       note="Dịp 26/3"),
    _t("Đánh giá thực hiện Nghị quyết Chi bộ năm học 2022 – 2023; đảng viên gương mẫu trong chuyển đổi số "
       "nhà trường", 2, 5, [_HUYEN_213, _TRANG_213], when="Tháng 5/2023",
       who=["Đ/c Phạm Thanh Huyền", "Đ/c Lê Thị Thu Trang"], note="Cuối năm học"),
]  # fmt: skip

# 214 — khối Yên Hòa, phường Hà Huy Tập (Vinh, Nghệ An)
_LAM_214, _TAM_214, _HAI_214, _LY_214, _TOAN_214 = (
    "Hồ Sỹ Lâm",
    "Nguyễn Thị Thanh Tâm",
    "Phan Văn Hải",
    "Trần Thị Lý",
    "Lê Đình Toàn",
)
_P214_TOPICS = [
    _t("Thực hiện 5 nội dung Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” ở "
       "khối Yên Hòa", 1, 3, [_LAM_214],
       sentence="Chuyên đề sinh hoạt vào kỳ sinh hoạt tháng 3, do đồng chí Hồ Sỹ Lâm, Bí thư Chi bộ chuẩn bị "
       "đề cương và trình bày; Ban công tác Mặt trận khối tham gia ý kiến."),
    _t("Duy trì phong trào “Ngày Chủ nhật xanh”, giữ vệ sinh môi trường, không để rác thải, quảng cáo rao "
       "vặt trên các tuyến đường của khối", 2, 6, [_HAI_214],
       sentence="Chi ủy thống nhất đưa nội dung này vào kỳ sinh hoạt tháng Sáu, giao đồng chí Phan Văn Hải, "
       "Khối trưởng chuẩn bị, có số liệu từng tổ."),
    _t("Bảo đảm an ninh trật tự, phòng, chống ma túy và tệ nạn xã hội trong thanh, thiếu niên; tổ chức Tết "
       "Trung thu cho các cháu", 3, 9, [_TOAN_214, _LY_214],
       sentence="Sinh hoạt ghép với kỳ sinh hoạt tháng 9 (trước Tết Trung thu); đồng chí Lê Đình Toàn, Bí thư "
       "Chi đoàn và đồng chí Trần Thị Lý, Chi hội trưởng Phụ nữ cùng chuẩn bị."),
    _t("Phát huy vai trò người cao tuổi, đảng viên lâu năm trong xây dựng khối đoàn kết, nghĩa tình", 4, 11,
       [_TAM_214, _LAM_214],
       sentence="Vào kỳ sinh hoạt tháng 11, nhân Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11), đồng chí "
       "Nguyễn Thị Thanh Tâm, Phó Bí thư Chi bộ, Trưởng ban công tác Mặt trận và "
       "đồng chí Hồ Sỹ Lâm cùng chuẩn bị, trình bày."),
]  # fmt: skip

# 215 — bản Minh Châu, xã Tri Lễ (Nghệ An)
_THU_215, _HUNG_215, _XON_215, _THAM_215, _NGA_215 = (
    "Lộc Văn Thu",
    "Vi Văn Hùng",
    "Moong Văn Xón",
    "Lô Văn Thắm",
    "Lương Thị Nga",
)
_P215_TOPICS = [
    _t("Quán triệt Chỉ thị số 50-CT/TW về tiếp tục đổi mới, nâng cao chất lượng sinh hoạt chi bộ; xây dựng "
       "Chi bộ bản Minh Châu trong sạch, vững mạnh", 1, 3, [_THU_215], when="03/3/2026", qcell="I",
       who=["Đ/c BT: Lộc Văn Thu (chủ trì)"]),
    _t("Phát triển chăn nuôi, trồng trọt gắn với phòng, chống dịch bệnh gia súc; giảm hộ nghèo người Khơ "
       "Mú", 2, 6, [_HUNG_215, _XON_215], when="03/6/2026", qcell="II",
       who=["Đ/c PBT: Vi Văn Hùng", "ĐV Moong Văn Xón (tham luận)"]),
    _t("Phòng, chống mưa lũ, sạt lở đất; bảo vệ kênh mương nội đồng", 3, 8, [_THAM_215], when="03/8/2026",
       qcell="III", who=["CUV Lô Văn Thắm – Trưởng bản"]),
    _t("Bài trừ hủ tục trong việc cưới, việc tang; giữ gìn bản sắc văn hóa Thái, Khơ Mú", 4, 11,
       [_NGA_215], when="03/11/2026", qcell="IV",
       who=["CUV Lương Thị Nga – CHT Phụ nữ"]),
]  # fmt: skip

# 216 — Chi bộ cơ quan Đảng ủy Khối các cơ quan tỉnh (Phú Thọ)
_HA_216, _QUANG_216, _BINH_216, _MINH_216, _LAN_216 = (
    "Nguyễn Thị Thu Hà",
    "Đinh Văn Quang",
    "Trần Văn Bình",
    "Hà Thị Minh",
    "Phùng Thị Lan",
)
_P216_TOPICS = [
    _t("Nghiên cứu, quán triệt Nghị quyết Đại hội Đảng bộ Khối các cơ quan tỉnh nhiệm kỳ 2020 – 2025 gắn "
       "với nhiệm vụ năm 2022 của cơ quan", 1, 3, [_HA_216], form="Sinh hoạt tập trung tại phòng họp cơ quan",
       qhead="QUÝ I/2022", when="Thứ Năm, ngày 24/3/2022",
       points="những chỉ tiêu của Nghị quyết liên quan đến công tác tham mưu của cơ quan; việc làm của "
       "từng phòng, ban.", speaker="đ/c Nguyễn Thị Thu Hà – Bí thư Chi bộ, Chánh Văn phòng Đảng ủy Khối"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về nêu cao tinh thần trách nhiệm, "
       "năng động, sáng tạo, khơi dậy khát vọng xây dựng Phú Thọ trở thành tỉnh phát triển hàng đầu của vùng "
       "trung du và miền núi phía Bắc", 2, 5, [_QUANG_216], form="Hội nghị học tập chuyên đề năm 2022",
       qhead="QUÝ II/2022", when="Thứ Sáu, ngày 13/5/2022",
       points="nội dung cơ bản của chuyên đề năm 2022; nhiệm vụ, giải pháp của cơ quan và bản đăng ký làm "
       "theo của mỗi đảng viên.",
       speaker="đ/c Đinh Văn Quang – Trưởng Ban Tuyên giáo Đảng ủy Khối"),
    _t("Thực hiện Quy định số 08-QĐi/TW về trách nhiệm nêu gương của cán bộ, đảng viên", 3, 8,
       [_BINH_216, _MINH_216], form="Sinh hoạt tập trung, thảo luận", qhead="QUÝ III/2022",
       when="Thứ Năm, ngày 18/8/2022",
       points="những điều cán bộ, đảng viên phải nêu gương; liên hệ trách nhiệm của người đứng đầu phòng, "
       "ban.", speaker="đ/c Trần Văn Bình – Phó Bí thư Chi bộ",
       panel="đ/c Hà Thị Minh – Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối"),
    _t("Chuyển đổi số trong công tác tham mưu, văn phòng cấp ủy", 4, 11, [_LAN_216],
       form="Tọa đàm", qhead="QUÝ IV/2022", when="Thứ Năm, ngày 17/11/2022",
       points="sử dụng phần mềm quản lý văn bản, sổ tay đảng viên điện tử; kỹ năng bảo mật thông tin.",
       speaker="đ/c Phùng Thị Lan – Chi ủy viên, Phó Chánh Văn phòng Đảng ủy Khối"),
]  # fmt: skip

# 217 — Chi bộ các cơ quan Đảng xã Quảng Chính (Thanh Hóa)
_TUAN_217, _HANG_217, _NAM_217, _THANH_217, _LONG_217 = (
    "Lê Văn Tuấn",
    "Nguyễn Thị Hằng",
    "Hoàng Đình Nam",
    "Mai Thị Thanh",
    "Trịnh Văn Long",
)
_GUEST_217 = "đ/c Đỗ Đình Cường – Bí thư Đảng ủy xã"
_P217_TOPICS = [
    _t("Vận hành mô hình chính quyền địa phương hai cấp: trách nhiệm của cán bộ, đảng viên các cơ quan Đảng "
       "xã Quảng Chính", 1, 3, [_HANG_217, _TUAN_217], qhead="CHUYÊN ĐỀ QUÝ I/2026",
       when="kỳ sinh hoạt tháng 3/2026",
       outline="đ/c Nguyễn Thị Hằng – Phó Bí thư Chi bộ, Trưởng Ban Xây dựng Đảng",
       speaker="đ/c Lê Văn Tuấn – Bí thư Chi bộ, Chánh Văn phòng Đảng ủy", guest=_GUEST_217),
    _t("Học tập và làm theo Bác về phong cách làm việc gần dân, sát dân, trọng dân", 2, 6, [_THANH_217],
       qhead="CHUYÊN ĐỀ QUÝ II/2026", when="kỳ sinh hoạt tháng 6/2026",
       outline="đ/c Mai Thị Thanh – Giám đốc Trung tâm Chính trị xã", speaker="đ/c Mai Thị Thanh",
       guest=_GUEST_217),
    _t("Công tác kiểm tra, giám sát của chi bộ theo Quy định số 296-QĐ/TW", 3, 10, [_NAM_217, _LONG_217],
       conflict=True, qhead="CHUYÊN ĐỀ QUÝ III/2026", when="kỳ sinh hoạt tháng 10/2026",
       outline="đ/c Hoàng Đình Nam – Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy",
       speaker="đ/c Hoàng Đình Nam, đ/c Trịnh Văn Long", guest=_GUEST_217),
    _t("Đổi mới, nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị số 50-CT/TW", 4, 12, [_TUAN_217],
       qhead="CHUYÊN ĐỀ QUÝ IV/2026", when="kỳ sinh hoạt tháng 12/2026",
       outline="đ/c Lê Văn Tuấn – Bí thư Chi bộ", speaker="đ/c Lê Văn Tuấn",
       guest="Thường trực Đảng ủy xã"),
]  # fmt: skip

# 218 — thôn Hạ, xã A Sào (Hưng Yên); the typed title keeps the converter's spellings
_KHUYEN_218, _THANH_218, _LAN_218, _TUNG_218 = (
    "Nguyễn Văn Khuyến",
    "Đỗ Văn Thành",
    "Vũ Thị Lan",
    "Phạm Văn Tùng",
)
_P218_TOPICS = [
    _t("Tuyên truyền, vận động nhân dân tham gia bầu cử đại biểu Quốc hội khoá XVI và đại biểu Hội đồng "
       "nhân dân các cấp nhiệm kỳ 2026 – 2031", 1, 3, [_KHUYEN_218], when="Quí I – tháng 3/2026",
       who="Ð/c Nguyễn Văn Khuyến – Bí thư Chi bộ chuẩn bị và trình bày"),
    _t("Giữ vững thôn nông thôn mới kiểu mẫu; duy tu đường giao thông, hệ thống thuỷ lợi nội đồng", 2, 5,
       [_THANH_218], when="Quý II – tháng 5/2026",
       who="Ð/c Ðỗ Văn Thành – Phó Bí thư, Trưởng thôn"),
    _t("Phát huy vai trò đảng viên cao tuổi, đảng viên nghỉ hưu trong xây dựng thôn văn hoá", 3, 8,
       [_LAN_218, _KHUYEN_218], when="Quí III – tháng 8/2026",
       who="Ð/c Vũ Thị Lan – Chi hội trưởng Phụ nữ; đ/c Nguyễn Văn Khuyến"),
    _t("Hoà giải ở cơ sở, xây dựng khối đại đoàn kết toàn dân tộc ở khu dân cư", 4, 11, [_TUNG_218],
       when="Quí IV – tháng 11/2026",
       who="Ð/c Phạm Văn Tùng – Trưởng Ban công tác Mặt trận thôn"),
]  # fmt: skip
for _x in _P218_TOPICS:  # the typed title: “Ð” (U+00D0) where the converter left it
    _x["title_as_typed"] = _x["title"].replace("Đảng", "Ðảng")

# 219 — thôn Nà Hin, xã Quang Thuận (Bạch Thông, Bắc Kạn)
_TU_219, _SINH_219, _HOA_219, _THANH_219, _MAI_219 = (
    "Hoàng Văn Tư",
    "Triệu Văn Sinh",
    "Nông Thị Hoa",
    "Lục Văn Thành",
    "Bàn Thị Mai",
)
_P219_TOPICS = [
    _t("Phát triển kinh tế đồi rừng, trồng cây ăn quả; phấn đấu giảm 03 hộ nghèo trong năm 2024", 1, 2,
       [_TU_219, _SINH_219], qcell="I", mcell="2",
       aim="Mỗi đảng viên giúp ít nhất 01 hộ nghèo về giống, kỹ thuật",
       who=["Ông Hoàng Văn Tư – Bí thư Chi bộ", "Ông Triệu Văn Sinh – Chi hội trưởng Nông dân"]),
    _t("Giữ vững danh hiệu Khu dân cư văn hóa; xây dựng nếp sống văn minh trong việc cưới, việc tang", 2, 5,
       [_HOA_219], qcell="II", mcell="5", aim="100% hộ đăng ký Gia đình văn hóa",
       who=["Bà Nông Thị Hoa – Chi hội trưởng Phụ nữ"]),
    _t("Bảo vệ môi trường nông thôn, vệ sinh chuồng trại, xây dựng cảnh quan xanh – sạch – đẹp", 3, 8,
       [_THANH_219], qcell="III", mcell="8", aim="Chuồng trại cách xa nhà ở; đường thôn sạch cỏ",
       who=["Ông Lục Văn Thành – Trưởng thôn"]),
    _t("Phát huy sức mạnh khối đại đoàn kết các dân tộc Tày, Kinh, Dao, Mông trong thôn", 4, 11,
       [_TU_219, _MAI_219], qcell="IV", mcell="11", aim="Tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc",
       who=["Ông Hoàng Văn Tư", "Bà Bàn Thị Mai – đảng viên, người có uy tín"]),
]  # fmt: skip

PLANS: list[T] = [
    {
        "id": "210_chi_bo_to_dan_pho_so_1_phuc_dong_2021",
        "half": "dev",
        "fmt": "docx",
        "layout": "p_guests_table",
        "province": "Hà Nội",
        "source": "https://phucdong.longbien.hanoi.gov.vn/hoat-dong-to-dan-pho-va-cac-don-vi-hiep-quan?p_p_id=101"
        "&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1&_101_struts_action="
        "%2Fasset_publisher%2Fview_content&_101_type=content&_101_viewMode=view&_101_urlTitle=sinh-hoat-chi-bo-to-"
        "dan-pho-so-1-thang-4-nam-2021",
        "source_says": "(Phường Phúc Đồng, 05/04/2021) Tối 03/4/2021, tại nhà văn hóa tổ dân phố, Chi bộ tổ dân phố "
        "số 1 sinh hoạt thường kỳ: đồng chí Trần Thị Bình, Bí thư Chi bộ chủ trì, thông qua bản tin nội bộ của Ban "
        "Tuyên giáo Thành ủy và Quận ủy Long Biên, đánh giá Nghị quyết tháng 3 và triển khai nhiệm vụ tháng 4/2021; "
        "6 ý kiến phát biểu; chi bộ đã vận động nhân dân nộp các quỹ (quỹ công chuyên dùng, quỹ biển đảo, quỹ Chữ "
        "thập đỏ) đạt 100% kế hoạch.",
        "completed": [
            "the page gives the cell, its ward, its secretary and one regular meeting; the cell's 2021 thematic "
            "plan, its four topics (local order, environment, the elderly, the young), months, every other member, "
            "the guests, the number and the date are completed",
            "a table Tháng – Chủ đề – Nội dung trọng tâm – Người chuẩn bị – Người dự: the month only (“Tháng "
            "3/2021”, no quarter), a column of focal points that is not the title, and a last column of guests "
            "(a ward environment officer, the ward police officer, the ward youth deputy secretary, associations) "
            "who are not presenters; people with their posts after a dash, two in one cell on two lines",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ Tổ dân phố số 1",
        "committee_name": "Đảng bộ phường Phúc Đồng",
        "left": ["ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG", "CHI BỘ TỔ DÂN PHỐ SỐ 1"],
        "send_to": ["Đảng ủy phường Phúc Đồng (b/c)", "Tổ dân phố số 1", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        "number": 2,
        "type_code": "KH",
        "date": "2021-01-18",
        "place": "Long Biên",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Chương trình công tác năm 2021 của Đảng ủy phường Phúc Đồng;",
        ],
        "opening": "Chi bộ Tổ dân phố số 1 xây dựng kế hoạch sinh hoạt chuyên đề năm 2021, gắn với những việc "
        "thiết thực của khu dân cư, như sau:",
        "aims": _AIMS,
        "table_intro": "Mỗi chuyên đề sinh hoạt vào buổi tối kỳ sinh hoạt thường kỳ của tháng, tại nhà văn hóa tổ "
        "dân phố; Chi ủy mời thêm những người dự dưới đây để cùng trao đổi.",
        "closing": [
            "- Người chuẩn bị gửi đề cương cho Bí thư Chi bộ trước kỳ sinh hoạt 05 ngày.",
            "- Chi ủy gửi giấy mời người dự; kết quả sinh hoạt được báo cáo Đảng ủy phường.",
        ],
        "topics": _P210_TOPICS,
        "targets": [],
        "secretary": _BINH_210,
    },
    {
        "id": "211_chi_bo_khu_1_hong_ha_ha_long_2024",
        "half": "dev",
        "fmt": "odt",
        "layout": "p_two_pages_flowing",
        "province": "Quảng Ninh",
        "source": "https://hongha.halongcity.gov.vn/to-9a-khu-1-phuong-hong-ha-to-chuc-tet-trung-thu-cho-thieu-nien-"
        "nhi-dong-p13n53671.html",
        "source_says": "Tối Chủ nhật 24/9 (2023), tổ 9A khu 1 — tổ dân đầu tiên của phường Hồng Hà — tổ chức Tết Trung "
        "thu cho thiếu niên, nhi đồng; dự có đồng chí Trịnh Quốc Dũng, Bí thư chi bộ – khu trưởng khu phố 1, đại "
        "diện doanh nghiệp, tổ đảng 213 (so written) và các gia đình; tổ khen thưởng các cháu học tốt năm học "
        "2022–2023.",
        "completed": [
            "the page gives the khu, its ward, its secretary (also khu trưởng), a party group and a residential group; "
            "the cell's 2024 plan, last year's review, its four topics, months, every other member, the number and "
            "the date are completed",
            "an .odt of two pages, single-spaced, with “… – Trang N/M” in the footer (Word fields); the review of "
            "2023 runs long so that the second page begins inside the first topic (its title, time and people on "
            "page 1, its “- Thành phần:” line on page 2); each topic “Chuyên đề N: …” then “- Thời gian: tháng "
            "6/2024 (quý II)”, “- Người thực hiện: …” with parts in brackets (“(chủ trì)”, “(tham luận)”, “(trình "
            "bày đề cương)”) and “- Thành phần: …” (bodies, not people)",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ khu 1",
        "committee_name": "Đảng bộ phường Hồng Hà",
        "left": ["ĐẢNG BỘ PHƯỜNG HỒNG HÀ", "CHI BỘ KHU 1"],
        "send_to": ["Đảng ủy phường Hồng Hà (b/c)", "Các tổ đảng", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2024"],
        "number": 3,
        "type_code": "KH",
        "date": "2024-01-22",
        "place": "Hồng Hà",
        "footer": "Chi bộ khu 1 – Kế hoạch sinh hoạt chuyên đề năm 2024",
        "space_after": 3,
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết của Đảng ủy phường Hồng Hà về nhiệm vụ năm 2024;",
            "Căn cứ Nghị quyết Chi bộ khu 1 năm 2024;",
        ],
        "opening": "Chi bộ khu 1 đánh giá việc sinh hoạt chuyên đề năm 2023 và xây dựng kế hoạch sinh hoạt chuyên "
        "đề năm 2024 như sau:",
        "review": [
            "Năm 2023 Chi bộ duy trì sinh hoạt thường kỳ vào ngày 05 hằng tháng; tổ chức được 04 chuyên đề theo kế "
            "hoạch, tỷ lệ đảng viên dự bình quân đạt 91%. Các tổ đảng sinh hoạt đều, bám sát các tổ dân; nhiều ý "
            "kiến của đảng viên được Chi ủy tiếp thu, đưa vào nghị quyết tháng.",
            "Những việc làm được sau sinh hoạt chuyên đề: vận động các hộ dọn vệ sinh ngõ, xóm vào sáng Chủ nhật; "
            "lắp thêm 12 bóng điện chiếu sáng ở các ngõ tổ 9A, 9B; tổ 9A tổ chức Tết Trung thu cho thiếu niên, nhi "
            "đồng và khen thưởng các cháu học tốt năm học 2022 – 2023; thăm hỏi người cao tuổi và gia đình chính "
            "sách dịp lễ, Tết; không để xảy ra vụ việc phức tạp về an ninh trật tự.",
            "Hạn chế: một số đảng viên cao tuổi chưa dự đầy đủ; chuyên đề quý III chậm 01 tháng so với kế hoạch; "
            "đề cương một số chuyên đề gửi muộn, đảng viên chưa kịp nghiên cứu; việc theo dõi thực hiện kết luận "
            "sau sinh hoạt còn chưa thường xuyên.",
            "Bài học: Chi ủy phân công sớm, giao người chuẩn bị gắn với lĩnh vực mình phụ trách; mời đại diện các "
            "tổ dân, Ban công tác Mặt trận cùng dự để việc bàn trong chi bộ đến được với từng hộ.",
        ],
        "aims": _AIMS
        + [
            "- Sau mỗi chuyên đề có kết luận của Chi ủy, giao việc cụ thể cho các tổ đảng và theo dõi thực hiện.",
        ],
        "closing": [
            "- Chi ủy đôn đốc việc chuẩn bị, thông báo thời gian cụ thể trước mỗi kỳ sinh hoạt.",
            "- Các tổ đảng phổ biến kết luận của chuyên đề tới các tổ dân; kết quả báo cáo Đảng ủy phường.",
        ],
        "topics": _P211_TOPICS,
        "targets": [],
        "secretary": _DUNG_211,
    },
    {
        "id": "212_tieu_hoc_yen_so_hoang_mai_2020",
        "half": "dev",
        "fmt": "docx",
        "layout": "p_roman_topics_parenthesis",
        "province": "Hà Nội",
        "source": "http://tieuhocyenso.edu.vn/tin-tuc-su-kien/tin-cua-truong/dai-hoi-chi-bo-truong-tieu-hoc-yen-so-"
        "nhiem-ky-2020-2022.html",
        "source_says": "Sáng 13/02/2020 Chi bộ Trường Tiểu học Yên Sở tổ chức Đại hội nhiệm kỳ 2020 – 2022; dự có đồng "
        "chí Lê Văn Thuận, Bí thư Đảng ủy phường Yên Sở; Đoàn Chủ tịch: Nguyễn Thị Hồng – Bí thư Chi bộ, Cao Thị "
        "Bích Hạnh – Phó Bí thư, Trương Thị Phương Lan – Chi ủy viên; thư ký Nguyễn Thị Mai; đồng chí Nguyễn Thị "
        "Nga phát biểu thảo luận.",
        "completed": [
            "the page gives the cell, its ward, its congress and five members with their offices; the 2020 plan made "
            "after the congress, its four topics (one moved to June by the school closures of the epidemic), their "
            "contents, the number and the date are completed",
            "sections lettered A – C; topics numbered “Chuyên đề I:” … “Chuyên đề IV:” (Roman) with the time in a "
            "parenthesis after the title “(Thực hiện trong tháng 3/2020)” (no quarter; the truth's title leaves the "
            "parenthesis out), then “Nội dung:” with dash lines that are not topics and “Người thực hiện: đồng chí "
            "… – Phó Bí thư Chi bộ, Phó Hiệu trưởng; đồng chí … – giáo viên”",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường Tiểu học Yên Sở",
        "committee_name": "Đảng bộ phường Yên Sở",
        "left": ["ĐẢNG BỘ PHƯỜNG YÊN SỞ", "CHI BỘ TRƯỜNG TIỂU HỌC YÊN SỞ"],
        "send_to": ["Đảng ủy phường Yên Sở (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        "number": 5,
        "type_code": "KH",
        "date": "2020-02-24",
        "place": "Hoàng Mai",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Tiểu học Yên Sở nhiệm kỳ 2020 – 2022;",
        ],
        "opening": "Chi bộ Trường Tiểu học Yên Sở xây dựng kế hoạch sinh hoạt chuyên đề năm 2020 như sau:",
        "aims": [
            "- Cụ thể hóa Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022 bằng những chuyên đề gắn với nhiệm vụ "
            "dạy và học.",
            "- Mỗi chuyên đề có đề cương, có kết luận và việc làm sau sinh hoạt.",
        ],
        "closing": [
            "- Người thực hiện gửi đề cương cho Bí thư Chi bộ trước kỳ sinh hoạt 07 ngày.",
            "- Thời gian có thể điều chỉnh theo tình hình phòng, chống dịch và kế hoạch năm học; Chi ủy sẽ thông "
            "báo.",
        ],
        "topics": _P212_TOPICS,
        "targets": [],
        "secretary": _HONG_212,
    },
    {
        "id": "213_tieu_hoc_phuong_liet_thanh_xuan_2022",
        "half": "dev",
        "fmt": "doc",
        "layout": "p_submission_with_approval",
        "province": "Hà Nội",
        "source": "https://thphuongliet.pgdthanhxuan.edu.vn/cong-tac-dang/dai-hoi-chi-bo-truong-th-phuong-liet-nhiem-"
        "ki-2022-2025/ct/24413/119956",
        "source_says": "Sáng 6/7/2022, tại Phòng Hội đồng sư phạm, Chi bộ Trường Tiểu học Phương Liệt tổ chức Đại hội "
        "chi bộ nhiệm kỳ 2022 – 2025: nghe báo cáo chính trị và kiểm điểm của Chi ủy nhiệm kỳ 2020 – 2022, bầu Chi "
        "ủy, Bí thư, Phó Bí thư; đồng chí Phạm Thanh Huyền tiếp tục được bầu làm Bí thư Chi bộ.",
        "completed": [
            "the page gives the cell, its congress and its secretary; the ward committee, the submission for the "
            "school year 2022 – 2023, its four topics, months, the other members, the ward committee's approving "
            "signer, the number and the date are completed",
            "a submission (Tờ trình, TTr) “Kính gửi: Đảng ủy phường Phương Liệt” asking approval of the topics, in a "
            "table STT – Tên chuyên đề – Thời gian dự kiến – Đồng chí chuẩn bị – Ghi chú (months only, one note "
            "“Quý IV/2022”), people “Đ/c … (BT)”, “(PBT)”, “(CUV)”; below the cell's signature the ward committee's "
            "approval, signed by its deputy secretary, who is not a presenter (.doc)",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Trường Tiểu học Phương Liệt",
        "committee_name": "Đảng bộ phường Phương Liệt",
        "left": ["ĐẢNG BỘ PHƯỜNG PHƯƠNG LIỆT", "CHI BỘ TRƯỜNG TIỂU HỌC PHƯƠNG LIỆT"],
        "send_to": ["Như kính gửi", "Đảng viên Chi bộ"],
        "title_lines": [
            "TỜ TRÌNH",
            "Về việc phê duyệt các chuyên đề sinh hoạt chi bộ năm học 2022 – 2023",
        ],
        "number": 3,
        "type_code": "TTr",
        "date": "2022-09-12",
        "place": "Thanh Xuân",
        "to": "Kính gửi: Đảng ủy phường Phương Liệt",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Tiểu học Phương Liệt nhiệm kỳ 2022 – 2025;",
        ],
        "reasons": [
            "Thực hiện chỉ đạo của Đảng ủy phường về việc mỗi chi bộ đăng ký các chuyên đề sinh hoạt trong năm "
            "học, Chi bộ Trường Tiểu học Phương Liệt đã thảo luận tại kỳ sinh hoạt tháng 9/2022 và thống nhất lựa "
            "chọn 04 chuyên đề gắn với nhiệm vụ năm học 2022 – 2023 của nhà trường.",
        ],
        "table_intro": "Các chuyên đề Chi bộ đề nghị như sau:",
        "request": "Chi bộ Trường Tiểu học Phương Liệt kính trình Đảng ủy phường xem xét, phê duyệt để Chi bộ "
        "triển khai thực hiện.",
        "approval_heading": "Ý KIẾN CỦA ĐẢNG ỦY PHƯỜNG PHƯƠNG LIỆT",
        "approval": [
            "Đồng ý với các chuyên đề Chi bộ đề nghị. Chi bộ mời đại diện Đảng ủy dự kỳ sinh hoạt tháng 10/2022.",
        ],
        "approval_signer": ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "", "", "Nguyễn Văn Quang"],
        "topics": _P213_TOPICS,
        "targets": [],
        "secretary": _HUYEN_213,
    },
    {
        "id": "214_chi_bo_khoi_yen_hoa_ha_huy_tap_2025",
        "half": "dev",
        "fmt": "txt",
        "layout": "p_text_month_in_sentence",
        "province": "Nghệ An",
        "source": "https://baonghean.vn/fr/truong-ban-tuyen-giao-tinh-uy-chung-vui-ngay-hoi-dai-doan-ket-tai-phuong-"
        "ha-huy-tap-tp-vinh-10284985.html",
        "source_says": "(Báo Nghệ An, bản tiếng Pháp) Sáng 17/11 (2024), đồng chí Nguyễn Thị Hồng Hoa, Trưởng Ban Tuyên "
        "giáo Tỉnh ủy dự Ngày hội Đại đoàn kết toàn dân tộc (kỷ niệm 94 năm Ngày truyền thống Mặt trận) ở khu dân cư "
        "khối Yên Hòa, phường Hà Huy Tập, TP Vinh; khối có 227 hộ, thực hiện tốt 5 nội dung Cuộc vận động “Toàn dân "
        "đoàn kết xây dựng nông thôn mới, đô thị văn minh”; các phong trào “Chủ nhật xanh”, dân vũ, văn nghệ, bóng "
        "chuyền; tuyến đường sáng – xanh – sạch, gỡ quảng cáo rao vặt.",
        "completed": [
            "the page gives the khối, its ward, its households and its movements; the khối's party cell, its 2025 "
            "plan, its four topics, months, every member, the number and the date are completed",
            "plain text: numbered titles, each followed by an indented sentence that alone gives the month “vào kỳ "
            "sinh hoạt tháng 3”, “kỳ sinh hoạt tháng Sáu” (in words), “ghép với kỳ sinh hoạt tháng 9 (trước Tết "
            "Trung thu)”, “Vào kỳ sinh hoạt tháng 11, nhân … (18/11)” (a date that is not the meeting's) and the "
            "people; no quarter anywhere (the truth derives it); the closing gives the May meeting to the cell's "
            "congress (not a topic); the Ban công tác Mặt trận is not a person",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ khối Yên Hòa",
        "committee_name": "Đảng bộ phường Hà Huy Tập",
        "left": ["ĐẢNG BỘ PHƯỜNG HÀ HUY TẬP", "CHI BỘ KHỐI YÊN HÒA"],
        "send_to": [
            "Đảng ủy phường Hà Huy Tập (b/c)",
            "Ban công tác Mặt trận khối",
            "Đảng viên Chi bộ",
        ],
        "title_lines": ["KẾ HOẠCH", "SINH HOẠT CHUYÊN ĐỀ NĂM 2025"],
        "number": 1,
        "type_code": "KH",
        "date": "2025-01-06",
        "place": "Hà Huy Tập",
        "legal_bases": [BASE_HD12],
        "opening": "Chi bộ khối Yên Hòa xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:",
        "aims": [
            "- Giữ vững danh hiệu khu dân cư văn hóa; 227 hộ trong khối thực hiện tốt các nội dung của Cuộc vận "
            "động.",
            "- Chuyên đề ngắn gọn, sát thực tế, có việc làm cụ thể sau mỗi kỳ sinh hoạt.",
        ],
        "closing": [
            "- Kỳ sinh hoạt tháng 5 dành cho Đại hội Chi bộ nhiệm kỳ 2025 – 2027, không sinh hoạt chuyên đề.",
            "- Người được phân công gửi đề cương cho Chi ủy trước kỳ sinh hoạt 05 ngày.",
            "- Chi ủy thông báo ngày sinh hoạt cụ thể qua nhóm Zalo của Chi bộ.",
        ],
        "topics": _P214_TOPICS,
        "targets": [],
        "secretary": _LAM_214,
    },
    {
        "id": "215_chi_bo_ban_minh_chau_tri_le_2026",
        "half": "dev",
        "fmt": "scan",
        "layout": "p_scan_office_first",
        "province": "Nghệ An",
        "source": "https://baonghean.vn/dua-nghi-quyet-vao-cuoc-song-doi-moi-nang-cao-chat-luong-sinh-hoat-chi-bo-"
        "10308576.html",
        "source_says": "(Báo Nghệ An, 21/10/2025) Bản Minh Châu (xã Tri Lễ) có 134 hộ, 668 khẩu, người Khơ Mú và Thái; "
        "Chi bộ có 22 đảng viên; Bí thư Chi bộ Lộc Văn Thu cho biết chi bộ sinh hoạt định kỳ vào ngày mồng 3 hằng "
        "tháng (mùa vụ thì buổi tối), thảo luận chăn nuôi, trồng trọt, kênh mương nội đồng, phòng, chống dịch bệnh, "
        "khắc phục mưa bão, bài trừ hủ tục, an ninh trật tự; thực hiện Chỉ thị số 50-CT/TW.",
        "completed": [
            "the page gives the bản, its commune, its households, peoples, member count, secretary and meeting day; "
            "the cell's 2026 plan, its four topics, every other member (Thái and Khơ Mú names), the number and the "
            "date are completed",
            "one page scanned: a table Quý (“I” … “IV”) – Ngày sinh hoạt (“03/3/2026”: the third of the month) – "
            "Chuyên đề – Phân công, people written office first by abbreviation (“Đ/c BT: Lộc Văn Thu (chủ trì)”, "
            "“Đ/c PBT: …”, “ĐV Moong Văn Xón (tham luận)”, “CUV Lô Văn Thắm – Trưởng bản”, “CHT Phụ nữ”), a key to "
            "the abbreviations under the table",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ bản Minh Châu",
        "committee_name": "Đảng bộ xã Tri Lễ",
        "left": ["ĐẢNG BỘ XÃ TRI LỄ", "CHI BỘ BẢN MINH CHÂU"],
        "send_to": ["Đảng ủy xã Tri Lễ (b/c)"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-05",
        "place": "Tri Lễ",
        "legal_bases": [],
        "opening": "Thực hiện Chỉ thị số 50-CT/TW của Ban Bí thư và hướng dẫn của Đảng ủy xã, Chi bộ bản Minh Châu "
        "xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
        "closing": [
            "Ghi chú: BT – Bí thư Chi bộ; PBT – Phó Bí thư; CUV – Chi ủy viên; ĐV – đảng viên; CHT – Chi hội trưởng. "
            "Mùa vụ sinh hoạt buổi tối.",
        ],
        "topics": _P215_TOPICS,
        "targets": [],
        "secretary": _THU_215,
    },
    {
        "id": "216_chi_bo_co_quan_dang_uy_khoi_phu_tho_2022",
        "half": "dev",
        "fmt": "docx",
        "layout": "p_quarter_blocks_speaker",
        "province": "Phú Thọ",
        "source": "https://phutho.gov.vn/en/node/62908",
        "source_says": "(Cổng TTĐT Phú Thọ) Ngày 13/5/2022, Chi bộ cơ quan Đảng ủy Khối các cơ quan tỉnh tổ chức hội "
        "nghị học tập chuyên đề năm 2022 “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về nêu cao "
        "tinh thần trách nhiệm, năng động, sáng tạo, khơi dậy khát vọng xây dựng Phú Thọ trở thành tỉnh phát triển "
        "hàng đầu của vùng trung du và miền núi phía Bắc”; đây cũng là nội dung sinh hoạt chuyên đề quý II/2022 "
        "của chi bộ.",
        "completed": [
            "the page gives the cell, its committee and its quarter II topic with its date; the 2022 plan, the other "
            "three topics, every member and their offices, the number and the date are completed",
            "topics under quarter headings (“QUÝ II/2022”), no number, each with “Chủ đề:”, “Nội dung chính:”, "
            "“Báo cáo viên:” (the presenter), once “Tham luận:” (a second presenter), “Thời gian: Thứ Sáu, ngày "
            "13/5/2022” (weekday and date) and “Hình thức:” (the truth's form)",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ cơ quan Đảng ủy Khối các cơ quan tỉnh",
        "committee_name": "Đảng bộ Khối các cơ quan tỉnh",
        "left": ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "CHI BỘ CƠ QUAN ĐẢNG ỦY KHỐI"],
        "send_to": ["Thường trực Đảng ủy Khối (b/c)", "Các phòng, ban cơ quan", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2022"],
        "number": 4,
        "type_code": "KH",
        "date": "2022-02-21",
        "place": "Phú Thọ",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Kế hoạch của Ban Thường vụ Đảng ủy Khối về học tập chuyên đề năm 2022;",
        ],
        "opening": "Chi bộ cơ quan Đảng ủy Khối các cơ quan tỉnh xây dựng kế hoạch sinh hoạt chuyên đề năm 2022 như "
        "sau:",
        "aims": [
            "- Cán bộ, đảng viên cơ quan nắm vững nội dung các chuyên đề, liên hệ với nhiệm vụ tham mưu của từng "
            "phòng, ban.",
            "- Mỗi đảng viên có bản đăng ký làm theo sau chuyên đề năm 2022.",
        ],
        "closing": [
            "- Văn phòng Đảng ủy Khối chuẩn bị hội trường, tài liệu; báo cáo viên gửi đề cương trước 05 ngày.",
            "- Chi ủy tổng hợp kết quả, báo cáo Thường trực Đảng ủy Khối sau mỗi chuyên đề.",
        ],
        "topics": _P216_TOPICS,
        "targets": [],
        "secretary": _HA_216,
    },
    {
        "id": "217_chi_bo_cac_co_quan_dang_quang_chinh_2026",
        "half": "dev",
        "fmt": "txt",
        "layout": "p_text_blocks_outline_speaker_guest",
        "province": "Thanh Hóa",
        "source": "https://quangchinh.thanhhoa.gov.vn/xay-dung-dang/dai-hoi-chi-bo-cac-co-quan-dang-xa-quang-chinh-"
        "lan-thu-nhat-nhiem-ky-2025-2030-thanh-cong-tot-de-597649",
        "source_says": "Chiều 25/7/2025 Chi bộ các cơ quan Đảng xã Quảng Chính tổ chức Đại hội lần thứ nhất, nhiệm kỳ "
        "2025 – 2030; dự có đồng chí Đỗ Đình Cường, Bí thư Đảng bộ xã; chi bộ đánh giá nhiệm vụ từ khi thực hiện "
        "chính quyền địa phương hai cấp; xã vừa hoàn tất sáp nhập; công bố quyết định chỉ định Ban Chấp hành, Bí "
        "thư, Phó Bí thư.",
        "completed": [
            "the page gives the cell, its commune, its first congress and the commune secretary; the cell's 2026 "
            "plan, its four topics, months, every member (the page does not name the cell's secretary), the number "
            "and the date are completed",
            "plain text: one block per quarter “CHUYÊN ĐỀ QUÝ I/2026” with “Tên chuyên đề:”, “Thời gian: kỳ sinh "
            "hoạt tháng 3/2026”, “Chuẩn bị đề cương:” and “Trình bày:” (both presenters) and “Mời dự, chỉ đạo: đ/c Đỗ "
            "Đình Cường – Bí thư Đảng ủy xã” (a guest, not a presenter); the quarter III block is held at the October "
            "meeting (a month outside its quarter, conflicts: 1)",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ các cơ quan Đảng xã Quảng Chính",
        "committee_name": "Đảng bộ xã Quảng Chính",
        "left": ["ĐẢNG BỘ XÃ QUẢNG CHÍNH", "CHI BỘ CÁC CƠ QUAN ĐẢNG"],
        "send_to": ["Thường trực Đảng ủy xã (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "SINH HOẠT CHUYÊN ĐỀ NĂM 2026"],
        "number": 2,
        "type_code": "KH",
        "date": "2026-01-14",
        "place": "Quảng Chính",
        "legal_bases": [
            "Căn cứ Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng "
            "sinh hoạt chi bộ trong giai đoạn mới;",
            "Căn cứ Nghị quyết Đại hội Chi bộ các cơ quan Đảng xã Quảng Chính lần thứ nhất, nhiệm kỳ 2025 – 2030;",
        ],
        "opening": "Chi bộ các cơ quan Đảng xã Quảng Chính xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
        "aims": [
            "- Chuyên đề gắn với nhiệm vụ tham mưu của các cơ quan Đảng sau khi sắp xếp đơn vị hành chính.",
            "- Đảng viên được phân công chuẩn bị đề cương, trình bày; mời Thường trực Đảng ủy dự, chỉ đạo.",
        ],
        "closing": [
            "- Chuyên đề quý III sinh hoạt vào kỳ tháng 10 do tháng 9 tập trung tổng kết 01 năm vận hành chính "
            "quyền địa phương hai cấp.",
            "- Người chuẩn bị đề cương gửi Chi ủy trước kỳ sinh hoạt 07 ngày.",
        ],
        "topics": _P217_TOPICS,
        "targets": [],
        "secretary": _TUAN_217,
    },
    {
        "id": "218_chi_bo_thon_ha_a_sao_2026",
        "half": "dev",
        "fmt": "doc",
        "layout": "p_converted_old_font",
        "province": "Hưng Yên",
        "source": "https://tuyengiao.hungyen.dcs.vn/tron-loi-the-voi-dang-c239782.html",
        "source_says": "(Tuyên giáo Hưng Yên, 24/02/2026) Tại lễ tuyên dương bí thư chi bộ xuất sắc ngày 3/2/2026 ở "
        "Hà Nội, Hưng Yên có 2 bí thư chi bộ được tuyên dương, trong đó đồng chí Nguyễn Văn Khuyến, Bí thư Chi bộ "
        "thôn Hạ (Đảng bộ xã A Sào), 31 năm tuổi Đảng, sau khi nghỉ hưu tiếp tục gắn bó với việc làng; tuyến đường "
        "trong thôn được nâng cấp, mở rộng.",
        "completed": [
            "the page gives the cell, its commune, its secretary and the village road; the cell's 2026 plan, its four "
            "topics, months, every other member, the number and the date are completed",
            "a .doc typed in an old Vietnamese font (.VnTime, TCVN3) and converted to Unicode, with the converter's "
            "oddities: “Ð” (U+00D0) for “Đ” in “Ð/c”, “Ðỗ”, “MỤC ÐÍCH”, “CHUYÊN ÐỀ”, “Ðảng”; “Quí” beside “Quý”; "
            "“hoà”/“hòa” and “thuỷ”/“thủy” both in one file; topics as “Quí I – tháng 3/2026: title.” with “Phân "
            "công:” below; the truth keeps the titles' spelling but writes the people's names with “Đ”",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ thôn Hạ",
        "committee_name": "Đảng bộ xã A Sào",
        "left": ["ÐẢNG BỘ XÃ A SÀO", "CHI BỘ THÔN HẠ"],
        "send_to": ["Ðảng ủy xã A Sào (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-08",
        "place": "A Sào",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về nâng cao chất lượng "
            "sinh hoạt chi bộ;",
            "Căn cứ Nghị quyết Ðảng ủy xã A Sào về nhiệm vụ năm 2026;",
        ],
        "opening": "Chi bộ thôn Hạ xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
        "aims": [
            "- Ðảng viên nắm chắc chủ trương của Ðảng, vận động nhân dân thực hiện; giữ vững thôn văn hóa, hòa "
            "thuận, đoàn kết.",
            "- Mỗi quý một chuyên đề, ghép với kỳ sinh hoạt thường kỳ; có kết luận và giao việc cụ thể.",
        ],
        "intro": [
            "Mỗi Quý sinh hoạt 01 chuyên đề; đề cương gửi Chi ủy trước 05 ngày. Thời gian, nội dung và phân công "
            "cụ thể như sau:",
        ],
        "closing": [
            "- Chi ủy đôn đốc việc chuẩn bị; sau mỗi chuyên đề có kết luận gửi các đoàn thể trong thôn.",
            "- Việc tu bổ công trình thủy lợi, đường thôn do Ban phát triển thôn tổ chức sau khi Chi bộ thống nhất.",
        ],
        "topics": _P218_TOPICS,
        "targets": [],
        "secretary": _KHUYEN_218,
    },
    {
        "id": "219_chi_bo_thon_na_hin_quang_thuan_2024",
        "half": "dev",
        "fmt": "odt",
        "layout": "p_two_level_header",
        "province": "Bắc Kạn",
        "source": "https://baobackan.com.vn/ngay-hoi-dai-doan-ket-toan-dan-toc-tai-thon-na-hin-xa-quang-thuan-"
        "post57823.html",
        "source_says": "(Báo Bắc Kạn, 11/2023) Chiều 10/11 thôn Nà Hin, xã Quang Thuận (Bạch Thông) tổ chức Ngày hội "
        "Đại đoàn kết toàn dân tộc năm 2023, dự có đồng chí Hoàng Lục Do, Trưởng ban Tổ chức Tỉnh ủy; thôn có 52 hộ, "
        "hơn 200 nhân khẩu, dân tộc Tày, Kinh, Dao, Mông; 21 hộ có nhà kiên cố; thu nhập bình quân ước 36,8 triệu "
        "đồng/người/năm; còn 08 hộ nghèo, 03 hộ cận nghèo; 31 hộ đạt gia đình văn hóa; nhiều năm liền đạt Khu dân cư "
        "văn hóa.",
        "completed": [
            "the page gives the village, its commune and district, its households, peoples and figures; the cell's "
            "2024 plan, its four topics, months, every member (Tày, Dao names), the number and the date are "
            "completed",
            "a table with a two-level merged header: “Thời gian” over “Quý” and “Tháng”, “Nội dung” over “Chuyên đề” "
            "and “Yêu cầu cần đạt”, “STT” and “Người thực hiện” merged down; quarter and month as bare numerals in "
            "separate cells (“II” | “5”); people “Ông …”, “Bà …” with offices after a dash (.odt)",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ thôn Nà Hin",
        "committee_name": "Đảng bộ xã Quang Thuận",
        "left": ["ĐẢNG BỘ XÃ QUANG THUẬN", "CHI BỘ THÔN NÀ HIN"],
        "send_to": ["Đảng ủy xã Quang Thuận (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2024"],
        "number": 2,
        "type_code": "KH",
        "date": "2024-01-10",
        "place": "Quang Thuận",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ thôn Nà Hin năm 2024;"],
        "opening": "Chi bộ thôn Nà Hin xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:",
        "aims": [
            "- Chuyên đề gắn với giảm nghèo, giữ danh hiệu Khu dân cư văn hóa, đoàn kết các dân tộc trong thôn.",
            "- Đảng viên được phân công chuẩn bị nói bằng tiếng Tày, tiếng Dao khi cần để bà con cùng hiểu.",
        ],
        "closing": _CLOSING,
        "topics": _P219_TOPICS,
        "targets": [],
        "secretary": _TU_219,
    },
]
