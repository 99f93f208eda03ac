"""Development batch 220–229: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the generic
helpers of ``common.py``. They are ordinary plans as cells of the Mekong Delta and the south-east type
them, in shapes the earlier batches did not cover: bold quarter lines “QUÝ I” with plain “-” bullets
under them, each bullet a topic followed by “(tháng 2; đ/c …)” and once “(tháng 5; đ/c A + đ/c B)”; a
Word table whose “Quý I” cell is merged down over the three rows of its topic (Chuyên đề / Thời gian /
Phụ trách), times “03/2018”, “Tuần 3 tháng 6/2018”, “ngày 14/9/2018”, “T.11/2018”; an e-mail body saved
as .txt (mail headers, a greeting, the plan pasted below it with times “th.3”, people “Đ/c: …” and the
sender's own signature and phone after it); a health station's table in which the typist pressed Enter
inside two titles, so that each runs on to a second table row whose other cells are empty, people “Đ/c:
…” and times “T.3/2021”; numbered topics each followed by one line “Thời gian: ngày 15/3/2022 (quý I).
Phụ trách: NGUYỄN VĂN HUY – …” with the names in capitals and once “tuần 3 tháng 4/2022” (plan 224, one
meeting “ngày 12/10/2022 (quý III)”, ``conflicts: 1``); a plan of 2010 written throughout in the old
spelling “quí” (“QUÍ I”, “Quí II/2010”, “th.6”, “tuần 3 tháng 8”), the quarter a merged first column
over two topics; plain text with bare “QUÝ I” lines, “-” bullets and a second line “Thời gian: 03/2026
Phụ trách: đ/c A + đ/c B”; a village's year table of twelve month rows (“01/2019” …) whose regular and
thematic meetings stand in two columns side by side, the thematic one filled in four rows only; a
school year's topics as headings “1. Chuyên đề tháng 10/2025 (quý IV)” with “a) Tên chuyên đề:”, “b)
Thời gian: Tuần 3 (20 – 24/10/2025)”, “c) Người thực hiện: Đ/c: … + Đ/c: …”; a phone photo of one
printed page whose table has twelve month rows under a Quý cell merged over each three, the thematic
meeting one of the three. Facts are in ``PLANS`` below (same keys as ``plans.py``); ``build.py`` merges
both ``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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

_PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"


# ------------------------------------------------------------------------------------ helpers
def _text_head(p: dict[str, Any]) -> list[str]:
    """The heading as typed in a plain-text editor: the left column, the Party's name, the date."""
    return [*p["left"], number_line(p), "", _PARTY, date_line(p), "", *p["title_lines"], ""]


def _text_sign(p: dict[str, Any], signed: str = "(đã ký)") -> list[str]:
    return ["", "T/M CHI BỘ", "BÍ THƯ", signed, p["secretary"], "", "Nơi nhận:"] + [
        f"- {x};" for x in p["send_to"]
    ]


def _grid(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    spans: Sequence[tuple[int, int]] = (),
    bold_rows: Sequence[int] = (),
) -> Callable[[Any], None]:
    """A Word table whose first column is merged down over each span of data rows (first, last,
    counted from 0 under the header row), as a typist merges a “Quý I” cell over its rows."""

    def draw(doc: Any) -> None:
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        grid = doc.add_table(rows=1 + len(rows), cols=len(headers))
        grid.style = "Table Grid"
        for j, text in enumerate(headers):
            para = grid.cell(0, j).paragraphs[0]
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.add_run(text).bold = True
        for i, row in enumerate(rows, 1):
            for j, text in enumerate(row):
                cell = grid.cell(i, j)
                if text:
                    run = cell.paragraphs[0].add_run(text)
                    run.bold = (i - 1) in bold_rows and j > 0
        for first, last in spans:
            text = rows[first][0]
            merged = grid.cell(first + 1, 0).merge(grid.cell(last + 1, 0))
            merged.text = ""
            para = merged.paragraphs[0]
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.add_run(text).bold = True
            merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        set_widths(grid, widths)

    return draw


def _grid_lines(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return [" | ".join(headers)] + [" | ".join(r) for r in rows]


# ------------------------------------------------------------------------------------ layouts
def quarter_bullets_paren(p: dict[str, Any]) -> list[Block]:
    """Bold quarter lines “QUÝ I” … “QUÝ IV” with plain “-” bullets under them (no numbers), each
    bullet a topic followed by “(tháng 2; đ/c …)”; two people joined by “+”."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG CÁC CHUYÊN ĐỀ"))
    out.append(("p", p["intro"]))
    for q in (1, 2, 3, 4):
        out.append(("h", f"QUÝ {['I', 'II', 'III', 'IV'][q - 1]}"))
        for t in (t for t in p["topics"] if t["quarter"] == q):
            out.append(("p", f"- {t['title']} ({t['paren']})."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def quarter_over_three_rows(p: dict[str, Any]) -> list[Block]:
    """A table Quý – Hạng mục – Nội dung: each topic three rows (Chuyên đề / Thời gian / Phụ trách),
    the quarter's cell merged down over them."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG"))
    headers = ["Quý", "Hạng mục", "Nội dung"]
    rows: list[list[str]] = []
    spans = []
    for t in p["topics"]:
        spans.append((len(rows), len(rows) + 2))
        rows += [
            [t["qcell"], "Chuyên đề", t["title"]],
            [t["qcell"], "Thời gian", t["when"]],
            [t["qcell"], "Phụ trách", t["who"]],
        ]
    bold = [s[0] for s in spans]
    out.append(
        ("docx", _grid(headers, rows, (2.0, 2.8, 11.7), spans, bold), _grid_lines(headers, rows))
    )
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def email_body_text(p: dict[str, Any]) -> list[Block]:
    """An e-mail saved as text: the mail headers, a greeting, the plan pasted below (times “th.3”,
    people “Đ/c: …”) and, after it, the sender's own signature and phone."""
    lines = [f"{k}: {v}" for k, v in p["mail_headers"]] + [""]
    lines += [*p["greeting"], "", "-----", ""]
    lines += _text_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += ["II. CÁC CHUYÊN ĐỀ TRONG NĂM", ""]
    for i, t in enumerate(p["topics"], 1):
        lines += [f"{i}/ {t['when']} – {t['title']}", f"   {t['who']}", ""]
    lines += ["III. TỔ CHỨC THỰC HIỆN", *p["closing"]]
    lines += _text_sign(p, "(Đã ký)")
    lines += ["", "-----", "", *p["mail_sign"]]
    return paras(lines)


def health_split_rows(p: dict[str, Any]) -> list[Block]:
    """A health station's table STT – Nội dung chuyên đề – Thời gian – Người thực hiện in which the
    typist pressed Enter inside two titles, so that each runs on to a second row whose other cells
    are empty; people “Đ/c: …”, times “T.3/2021”."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        parts = t.get("split") or [t["title"]]
        rows.append([str(i), parts[0], t["when"], "\n".join(t["who"])])
        for rest in parts[1:]:
            rows.append(["", rest, "", ""])
    out.append(("table", ["STT", "Nội dung chuyên đề", "Thời gian", "Người thực hiện"], rows, "",
                (1.3, 7.7, 2.4, 5.1)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def numbered_time_line(p: dict[str, Any]) -> list[Block]:
    """Numbered topics, each followed by one line “Thời gian: … Phụ trách: …” whose people are typed
    in capitals; the times are dates or weeks."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ SINH HOẠT NĂM " + str(p["year"])))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. {t['title']}."))
        out.append(("p", f"Thời gian: {t['when']}. Phụ trách: {t['who']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def old_spelling_table(p: dict[str, Any]) -> list[Block]:
    """A plan of 2010 in the old spelling “quí”: a table Quí – Thời gian – Tên chuyên đề – Người chuẩn
    bị whose quarter cell is merged over a quarter's two topics; times “th.3”, “tuần 3 tháng 8”."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ CÁC QUÍ"))
    rows = [[t["qcell"], t["when"], t["title"], "\n".join(t["who"])] for t in p["topics"]]
    out.append(("table", ["Quí", "Thời gian", "Tên chuyên đề", "Người chuẩn bị"], rows,
                "merge_first_column", (2.3, 2.6, 7.4, 4.2)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def text_quarter_second_line(p: dict[str, Any]) -> list[Block]:
    """Plain text: bare “QUÝ I” lines, “-” bullets for the topics and under each a second line
    “Thời gian: 03/2026    Phụ trách: đ/c A + đ/c B”."""
    lines = _text_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += ["II. NỘI DUNG", ""]
    for q in (1, 2, 3, 4):
        lines.append(f"QUÝ {['I', 'II', 'III', 'IV'][q - 1]}")
        for t in (t for t in p["topics"] if t["quarter"] == q):
            lines += [f"- {t['title']}", f"  Thời gian: {t['when']}    Phụ trách: {t['who']}"]
        lines.append("")
    lines += ["III. TỔ CHỨC THỰC HIỆN", *p["closing"]]
    lines += _text_sign(p)
    return paras(lines)


def month_side_columns(p: dict[str, Any]) -> list[Block]:
    """A village's year table of twelve month rows (“01/2019” …) with the regular meeting and the
    thematic meeting in two columns side by side; the thematic one filled in four rows only."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. LỊCH SINH HOẠT CHI BỘ NĂM " + str(p["year"])))
    by_month = {t["month"]: t for t in p["topics"]}
    rows = []
    for m in range(1, 13):
        t = by_month.get(m)
        rows.append([f"{m:02d}/{p['year']}", p["regular"].get(m, "Sinh hoạt thường kỳ"),
                     t["title"] if t else "", "\n".join(t["who"]) if t else ""])  # fmt: skip
    out.append(("table", ["Tháng", "Sinh hoạt thường kỳ", "Sinh hoạt chuyên đề", "Người chuẩn bị"],
                rows, "", (1.9, 5.0, 5.8, 3.8)))  # fmt: skip
    out += paras(p["after_table"])
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def month_headings_abc(p: dict[str, Any]) -> list[Block]:
    """A school year's topics as headings “1. Chuyên đề tháng 10/2025 (quý IV)” with “a) Tên chuyên
    đề:”, “b) Thời gian:” (a week with its dates) and “c) Người thực hiện: Đ/c: … + Đ/c: …”."""
    out = _top(p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("h", f"{i}. {t['head']}"))
        out.append(("p", f"a) Tên chuyên đề: {t['title']}."))
        out.append(("p", f"b) Thời gian: {t['when']}."))
        out.append(("p", f"c) Người thực hiện: {t['who']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def _one_page(doc: Any) -> None:
    """Margins and type set so that the printed page holds the whole plan, signature included."""
    from docx.shared import Cm, Pt

    doc.styles["Normal"].font.size = Pt(12)
    doc.styles["Normal"].paragraph_format.space_after = Pt(2)
    for sec in doc.sections:
        sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.2)


def photo_months_merged(p: dict[str, Any]) -> list[Block]:
    """One printed page: a table Quý – Tháng – Nội dung sinh hoạt – Người phụ trách of twelve month
    rows, the Quý cell merged over each three, the thematic meeting one of the three."""
    out: list[Block] = [("docx", _one_page, []), _head(p), ("title", p["title_lines"])]
    out.append(("p", p["opening"]))
    by_month = {t["month"]: t for t in p["topics"]}
    headers = ["Quý", "Tháng", "Nội dung sinh hoạt", "Người phụ trách"]
    rows = []
    bold = []
    for m in range(1, 13):
        q = ["I", "II", "III", "IV"][(m - 1) // 3]
        t = by_month.get(m)
        if t:
            bold.append(m - 1)
            rows.append([q, f"Tháng {m}", f"Chuyên đề: {t['title']}", t["who"]])
        else:
            rows.append([q, f"Tháng {m}", p["regular"].get(m, "Sinh hoạt thường kỳ"), "Chi ủy"])
    spans = [(0, 2), (3, 5), (6, 8), (9, 11)]
    out.append(("docx", _grid(headers, rows, (1.3, 2.2, 8.4, 4.6), spans, bold),
                _grid_lines(headers, rows)))  # fmt: skip
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "q_quarter_bullets_paren": quarter_bullets_paren,
    "q_quarter_over_three_rows": quarter_over_three_rows,
    "q_email_body_text": email_body_text,
    "q_health_split_rows": health_split_rows,
    "q_numbered_time_line": numbered_time_line,
    "q_old_spelling_table": old_spelling_table,
    "q_text_quarter_second_line": text_quarter_second_line,
    "q_month_side_columns": month_side_columns,
    "q_month_headings_abc": month_headings_abc,
    "q_photo_months_merged": photo_months_merged,
}


# -------------------------------------------------------------------------------------- plans
_AIMS = [
    "- Nâng cao chất lượng sinh hoạt chi bộ; nội dung chuyên đề thiết thực, gắn với nhiệm vụ chính trị "
    "của chi bộ và đời sống của bà con trên địa bàn.",
    "- Đồng chí được phân công chuẩn bị đề cương chu đáo, gửi Chi ủy trước kỳ sinh hoạt; đảng viên tham "
    "gia ý kiến, tự liên hệ bản thân.",
]
_CLOSING = [
    "- Chi ủy đôn đốc việc chuẩn bị, thông báo ngày giờ cụ thể trước mỗi kỳ sinh hoạt.",
    "- Sau mỗi chuyên đề, Chi ủy có kết luận, giao việc cụ thể và báo cáo kết quả về cấp ủy cấp trên.",
]

# 220 — ấp Thanh Hiệp, xã Thanh Phú, huyện Bến Lức (Long An)
_KINH, _HOA_220, _HANH_220, _TAM_220, _PHONG_220 = (
    "Nguyễn Thành Kính",
    "Trần Văn Hòa",
    "Lê Thị Mỹ Hạnh",
    "Võ Văn Tám",
    "Huỳnh Thanh Phong",
)
_P220_TOPICS = [
    _t("Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng", 1, 2, [_KINH],
       paren="tháng 2; đ/c Nguyễn Thành Kính"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trung thực, trách nhiệm, gắn bó "
       "với nhân dân", 2, 5, [_HOA_220, _HANH_220],
       paren="tháng 5; đ/c Trần Văn Hòa + đ/c Lê Thị Mỹ Hạnh"),
    _t("Vận động nhân dân hiến đất, góp công, góp tiền làm đường giao thông nông thôn trong ấp", 3, 8,
       [_KINH], paren="tháng 8; đ/c Nguyễn Thành Kính – Bí thư Chi bộ, Trưởng ấp"),
    _t("Phát huy vai trò các tổ vay vốn, giúp hộ nghèo, hộ có hoàn cảnh khó khăn phát triển kinh tế, thoát "
       "nghèo bền vững", 4, 11, [_TAM_220, _PHONG_220],
       paren="tháng 11; đ/c Võ Văn Tám + đ/c Huỳnh Thanh Phong"),
]  # fmt: skip

# 221 — ấp Hòa Lạc B, xã Lương Hòa A, huyện Châu Thành (Trà Vinh)
_ANH_221, _RINH_221, _DUYEN_221, _PHUOC_221, _REN_221 = (
    "Kim Thị Ánh",
    "Thạch Sà Rinh",
    "Sơn Thị Mỹ Duyên",
    "Kiên Văn Phước",
    "Lâm Thị Sà Rên",
)
_P221_TOPICS = [
    _t("Quán triệt Nghị quyết Trung ương 6 khóa XII về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ "
       "thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả", 1, 3, [_ANH_221], when="03/2018",
       qcell="Quý I", who="đ/c Kim Thị Ánh – Bí thư Chi bộ, Trưởng ấp"),
    _t("Giúp hộ nghèo, hộ cận nghèo đồng bào Khmer tiếp cận vốn vay ưu đãi để phát triển sản xuất", 2, 6,
       [_ANH_221, _DUYEN_221], when="Tuần 3 tháng 6/2018", qcell="Quý II",
       who="đ/c Kim Thị Ánh + đ/c Sơn Thị Mỹ Duyên (Chi hội trưởng Phụ nữ)"),
    _t("Vận động bà con ứng dụng khoa học – kỹ thuật trong trồng lúa, nuôi bò; chuyển đổi đất lúa kém hiệu "
       "quả", 3, 9, [_RINH_221], when="ngày 14/9/2018", qcell="Quý III",
       who="đ/c Thạch Sà Rinh – Phó Bí thư Chi bộ"),
    _t("Giữ gìn an ninh trật tự, xây dựng ấp văn hóa gắn với Ngày hội Đại đoàn kết toàn dân tộc", 4, 11,
       [_PHUOC_221, _REN_221], when="T.11/2018", qcell="Quý IV",
       who="đ/c Kiên Văn Phước – Trưởng ban Công tác Mặt trận ấp + đ/c Lâm Thị Sà Rên"),
]  # fmt: skip

# 222 — ấp Bãi Ngự, xã Thổ Châu, TP Phú Quốc (Kiên Giang)
_HIEP_222, _TUYEN_222, _CUONG_222, _HONG_222, _TRI_222 = (
    "Huỳnh Hữu Hiệp",
    "Nguyễn Thị Bích Tuyền",
    "Lê Văn Cường",
    "Dương Thị Hồng",
    "Đặng Minh Trí",
)
_P222_TOPICS = [
    _t("Kỷ niệm 30 năm thành lập xã Thổ Châu (24/4/1993 – 24/4/2023); giáo dục truyền thống cho đảng viên "
       "và nhân dân trên đảo", 1, 3, [_HIEP_222], when="Th.3/2023",
       who="Đ/c: Huỳnh Hữu Hiệp – Bí thư Chi bộ, Trưởng ấp chuẩn bị và trình bày."),
    _t("Bảo vệ chủ quyền biển, đảo; phối hợp với Đồn Biên phòng giữ an ninh trật tự trên đảo", 2, 6,
       [_TUYEN_222, _CUONG_222], when="th.6",
       who="Đ/c: Nguyễn Thị Bích Tuyền – Phó Bí thư chuẩn bị; đ/c Lê Văn Cường tham luận."),
    _t("Vận động ngư dân không khai thác hải sản bất hợp pháp; giữ vệ sinh môi trường biển và các bãi", 3, 9,
       [_CUONG_222], when="th.9/2023",
       who="Đ/c: Lê Văn Cường – Tổ trưởng tổ nhân dân tự quản số 3."),
    _t("Chăm lo hộ khó khăn, hộ đồng bào Khmer trên đảo; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở ấp",
       4, 11, [_HONG_222, _TRI_222], when="th.11",
       who="Đ/c: Dương Thị Hồng – Chi hội trưởng Phụ nữ + đ/c Đặng Minh Trí – Bí thư Chi đoàn."),
]  # fmt: skip

# 223 — Trạm Y tế phường 4, TP Sa Đéc (Đồng Tháp)
_HAN_223, _SAU_223, _TRANG_223, _VIET_223, _LINH_223, _LOC_223 = (
    "Phạm Thị Ngọc Hân",
    "Nguyễn Văn Sáu",
    "Lê Thị Thu Trang",
    "Trần Quốc Việt",
    "Võ Thị Mỹ Linh",
    "Huỳnh Tấn Lộc",
)
_P223_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; trách nhiệm của đảng viên "
       "Trạm Y tế trong thực hiện nghị quyết", 1, 3, [_HAN_223], when="T.3/2021",
       split=["Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng;",
              "trách nhiệm của đảng viên Trạm Y tế trong thực hiện nghị quyết"],
       who=["Đ/c: Phạm Thị Ngọc Hân – Bí thư Chi bộ, Trưởng trạm"]),
    _t("Nâng cao y đức, thực hiện quy tắc ứng xử trong giao tiếp với người bệnh và nhân dân", 2, 6,
       [_SAU_223, _LINH_223], when="T.6/2021",
       split=["Nâng cao y đức, thực hiện quy tắc ứng xử", "trong giao tiếp với người bệnh và nhân dân"],
       who=["Đ/c: Nguyễn Văn Sáu – Phó Bí thư", "Đ/c: Võ Thị Mỹ Linh – Điều dưỡng"]),
    _t("Phòng, chống dịch COVID-19 tại cộng đồng; tổ chức tiêm vắc xin an toàn cho người dân trên địa bàn "
       "phường", 3, 9, [_VIET_223], when="T.9/2021", who=["Đ/c: Trần Quốc Việt – Y sĩ"]),
    _t("Kết hợp Đông y và Tây y trong khám, chữa bệnh tại Trạm; chăm sóc sức khỏe người cao tuổi", 4, 11,
       [_TRANG_223, _LOC_223], when="T.11/2021",
       who=["Đ/c: Lê Thị Thu Trang – Nữ hộ sinh", "Đ/c: Huỳnh Tấn Lộc – Dược sĩ"]),
]  # fmt: skip

# 224 — ấp Bình Long, xã Thái Bình, huyện Châu Thành (Tây Ninh)
_HUY_224, _DIEP_224, _MINH_224, _NAM_224, _LOAN_224 = (
    "Nguyễn Văn Huy",
    "Trần Thị Ngọc Điệp",
    "Nguyễn Văn Minh",
    "Lê Hoàng Nam",
    "Phan Thị Kim Loan",
)
_P224_TOPICS = [
    _t("Học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh Tây Ninh "
       "lần thứ XI", 1, 3, [_HUY_224], when="ngày 15/3/2022 (quý I)",
       who="NGUYỄN VĂN HUY – Bí thư Chi bộ, Trưởng ấp"),
    _t("Bê tông hóa đường nông thôn, thắp sáng đường quê ở các tổ tự quản 5A, 5B và 6A", 2, 4,
       [_DIEP_224, _MINH_224], when="tuần 3 tháng 4/2022",
       who="TRẦN THỊ NGỌC ĐIỆP – Phó Bí thư + NGUYỄN VĂN MINH – Chi hội trưởng Chi hội Cựu chiến binh"),
    _t("Phòng, chống tội phạm và ma túy; củng cố tổ tự quản về an ninh trật tự", 3, 10, [_NAM_224],
       when="ngày 12/10/2022 (quý III)", who="LÊ HOÀNG NAM – Phó Trưởng ấp", conflict=True),
    _t("Phát huy vai trò cựu chiến binh, hội viên phụ nữ giúp nhau phát triển kinh tế gia đình", 4, 12,
       [_LOAN_224, _HUY_224], when="ngày 14/12/2022 (quý IV)",
       who="PHAN THỊ KIM LOAN – Chi hội trưởng Phụ nữ; NGUYỄN VĂN HUY"),
]  # fmt: skip

# 225 — ấp An Ngãi A, xã An Thạnh, huyện Thạnh Phú (Bến Tre)
_UT_225, _CUONG_225, _MAI_225, _NAM_225, _TRUNG_225 = (
    "Phạm Văn Út",
    "Nguyễn Văn Cương",
    "Lê Thị Tuyết Mai",
    "Trần Văn Năm",
    "Võ Minh Trung",
)
_P225_TOPICS = [
    _t("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về nói đi đôi với làm, gần dân, hiểu dân", 1, 3,
       [_UT_225], when="th.3", qcell="Quí I/2010", who=["Đ/c Phạm Văn Út – Bí thư Chi bộ"]),
    _t("Sản xuất lúa – tôm bền vững; nông dân sản xuất giỏi giúp nhau làm giàu", 2, 5, [_NAM_225],
       when="th.5", qcell="Quí II/2010", who=["Đ/c Trần Văn Năm – Chi hội trưởng Nông dân"]),
    _t("Vận động các tổ nhân dân tự quản thực hiện các tiêu chí xã văn hóa", 2, 6, [_CUONG_225, _MAI_225],
       when="th.6", qcell="Quí II/2010",
       who=["Đ/c Nguyễn Văn Cương – Trưởng ấp", "Đ/c Lê Thị Tuyết Mai – Chi hội trưởng Phụ nữ"]),
    _t("Đảng viên gương mẫu làm giao thông nông thôn, làm đẹp cảnh quan, góp phần đưa xã An Thạnh đạt xã "
       "văn hóa trong quí 3", 3, 8, [_CUONG_225], when="tuần 3 tháng 8", qcell="Quí III/2010",
       who=["Đ/c Nguyễn Văn Cương"]),
    _t("Góp ý dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XI của Đảng", 4, 11,
       [_UT_225, _TRUNG_225], when="ngày 15/11/2010", qcell="Quí IV/2010",
       who=["Đ/c Phạm Văn Út", "Đ/c Võ Minh Trung – Bí thư Chi đoàn"]),
]  # fmt: skip

# 226 — ấp Châu Thành, xã An Ninh (TP Cần Thơ)
_TUNG_226, _LY_226, _DUC_226, _HIEU_226, _HAN_226 = (
    "Lý Thanh Tùng",
    "Sơn Thị Sa Ly",
    "Trần Văn Đức",
    "Lâm Minh Hiếu",
    "Kim Thị Ngọc Hân",
)
_P226_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Nghị quyết Đại hội Đảng bộ "
       "xã An Ninh lần thứ I", 1, 3, [_TUNG_226], when="03/2026",
       who="đ/c Lý Thanh Tùng – Bí thư Chi bộ"),
    _t("Giữ vững danh hiệu ấp văn hóa; đoàn kết đồng bào Kinh, Khmer, Hoa, phối hợp với nhà chùa trong các "
       "hoạt động ở khu dân cư", 2, 5, [_LY_226, _DUC_226], when="05/2026",
       who="đ/c Sơn Thị Sa Ly + đ/c Trần Văn Đức"),
    _t("Giảm hộ nghèo, hộ cận nghèo; nhân rộng các tổ hợp tác trồng lúa, nuôi bò, trồng hoa màu", 3, 8,
       [_HIEU_226], when="08/2026", who="đ/c Lâm Minh Hiếu – Trưởng ấp"),
    _t("Khuyến học, khuyến tài; chăm lo gia đình chính sách và giữ gìn an ninh trật tự ở khu dân cư", 4, 11,
       [_HAN_226, _TUNG_226], when="11/2026", who="đ/c Kim Thị Ngọc Hân + đ/c Lý Thanh Tùng"),
]  # fmt: skip

# 227 — thôn Bù Khơn, xã Đắk Ơ, huyện Bù Gia Mập (Bình Phước)
_THANH_227, _VUI_227, _DUC_227, _TUNG_227, _HUONG_227 = (
    "Nguyễn Văn Thạnh",
    "Điểu Vui",
    "Điểu Minh Đức",
    "Lê Văn Tùng",
    "Điểu Thị Hương",
)
_P227_TOPICS = [
    _t("Phát triển đảng viên là người đồng bào S'tiêng; bồi dưỡng quần chúng ưu tú ở thôn", 1, 3,
       [_THANH_227, _VUI_227],
       who=["Đ/c Nguyễn Văn Thạnh – Bí thư Chi bộ", "Đ/c Điểu Vui – Phó Bí thư Chi bộ"]),
    _t("Vận động đồng bào chăm sóc điều, cao su; không bán đất sản xuất, không vay nặng lãi", 2, 6,
       [_DUC_227], who=["Đ/c Điểu Minh Đức – Trưởng thôn"]),
    _t("Giữ gìn an ninh trật tự khu vực biên giới; phòng, chống xuất nhập cảnh trái phép", 3, 9, [_TUNG_227],
       who=["Đ/c Lê Văn Tùng – Công an viên"]),
    _t("Giữ gìn bản sắc văn hóa S'tiêng gắn với xây dựng đời sống văn hóa ở khu dân cư", 4, 11,
       [_HUONG_227, _VUI_227], who=["Đ/c Điểu Thị Hương – Chi hội trưởng Phụ nữ", "Đ/c Điểu Vui"]),
]  # fmt: skip

# 228 — Trường TH&THCS Đông Thọ (Tân Hiệp, Kiên Giang; An Giang since 2025)
_VINH_228, _NGAN_228, _LUC_228, _THUY_228, _KHOI_228 = (
    "Lê Quang Vinh",
    "Nguyễn Thị Kim Ngân",
    "Phạm Văn Lực",
    "Đỗ Thị Thanh Thúy",
    "Huỳnh Văn Khởi",
)
_P228_TOPICS = [
    _t("Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 – 2028; xây dựng Chi bộ trong sạch, vững mạnh", 4,
       10, [_VINH_228], head="Chuyên đề tháng 10/2025 (quý IV)", when="Tuần 3 (20 – 24/10/2025)",
       who="Đ/c: Lê Quang Vinh – Bí thư Chi bộ, Hiệu trưởng"),
    _t("Đảng viên gương mẫu trong chuyển đổi số, ứng dụng công nghệ thông tin trong dạy học và quản lý nhà "
       "trường", 4, 12, [_NGAN_228, _KHOI_228], head="Chuyên đề tháng 12/2025 (quý IV)",
       when="Tuần 2 (08 – 12/12/2025)",
       who="Đ/c: Nguyễn Thị Kim Ngân – Phó Bí thư, Phó Hiệu trưởng + Đ/c: Huỳnh Văn Khởi"),
    _t("Duy trì phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục trung học cơ sở mức độ 2; giữ vững sĩ "
       "số học sinh", 1, 3, [_LUC_228], head="Chuyên đề tháng 3/2026 (quý I)",
       when="Tuần 3 (16 – 20/3/2026)", who="Đ/c: Phạm Văn Lực – Chi ủy viên"),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần tự học, tự bồi dưỡng của "
       "nhà giáo", 2, 5, [_THUY_228, _VINH_228], head="Chuyên đề tháng 5/2026 (quý II)",
       when="Tuần 1 (04 – 08/5/2026)", who="Đ/c: Đỗ Thị Thanh Thúy + Đ/c: Lê Quang Vinh"),
]  # fmt: skip

# 229 — ấp Thạnh Lợi A1, xã Tân Long, huyện Phụng Hiệp (Hậu Giang)
_THANH_229, _BA_229, _HAU_229, _TU_229, _LUAN_229 = (
    "Võ Văn Thành",
    "Nguyễn Thị Thu Ba",
    "Lê Văn Hậu",
    "Trần Thị Bé Tư",
    "Phạm Minh Luân",
)
_P229_TOPICS = [
    _t("Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", 1, 3, [_THANH_229],
       who="đ/c Võ Văn Thành – Bí thư, Trưởng ấp"),
    _t("Phòng, chống sạt lở bờ sông, kênh rạch; vận động hộ dân vùng nguy cơ di dời đến nơi an toàn", 2, 5,
       [_BA_229, _HAU_229], who="đ/c Nguyễn Thị Thu Ba + đ/c Lê Văn Hậu"),
    _t("Chuyển đổi cơ cấu cây trồng, vật nuôi; liên kết tiêu thụ nông sản cho bà con", 3, 8, [_HAU_229],
       who="đ/c Lê Văn Hậu – Chi hội trưởng Nông dân"),
    _t("Đoàn kết xây dựng ấp văn hóa; chăm lo hộ khó khăn, hộ bị thiệt hại do sạt lở", 4, 11,
       [_TU_229, _LUAN_229], who="đ/c Trần Thị Bé Tư + đ/c Phạm Minh Luân"),
]  # fmt: skip

PLANS: list[T] = [
    {
        "id": "220_chi_bo_ap_thanh_hiep_thanh_phu_2016",
        "half": "dev",
        "fmt": "docx",
        "layout": "q_quarter_bullets_paren",
        "province": "Long An",
        "source": "http://baolongan.vn/bi-thu-chi-bo-ap-guong-mau-a7695.html",
        "source_says": "(01/10/2015) Bí thư Chi bộ ấp gương mẫu: ông Nguyễn Thành Kính, ấp Thanh Hiệp, xã Thanh "
        "Phú, huyện Bến Lức; Trưởng ấp từ năm 1992, Phó Bí thư Chi bộ kiêm Trưởng ấp từ 2012, Bí thư Chi bộ "
        "kiêm Trưởng ấp từ đầu năm 2015; quản lý các tổ vay vốn, giúp hộ nghèo; vận động người dân hiến đất, "
        "góp công làm đường giao thông nông thôn.",
        "completed": [
            "the page gives the ấp, its commune and district, its secretary (also the ấp's head) and his work "
            "(loan groups, the poor, rural roads); the cell's 2016 plan, its four topics, months, the other "
            "members, the number and the date are completed",
            "bold quarter lines “QUÝ I” … “QUÝ IV” with plain “-” bullets under them (no numbers), each bullet a "
            "topic followed by “(tháng 2; đ/c …)”, two people joined by “+” (“đ/c Trần Văn Hòa + đ/c Lê Thị Mỹ "
            "Hạnh”)",
        ],
        "kind": "thematic",
        "year": 2016,
        "cell_name": "Chi bộ ấp Thanh Hiệp",
        "committee_name": "Đảng bộ xã Thanh Phú",
        "left": ["ĐẢNG BỘ XÃ THANH PHÚ", "CHI BỘ ẤP THANH HIỆP"],
        "send_to": ["Đảng ủy xã Thanh Phú (b/c)", "Ban Nhân dân ấp", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2016"],
        "number": 1,
        "type_code": "KH",
        "date": "2016-01-12",
        "place": "Thanh Phú",
        "legal_bases": [
            "Căn cứ Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 của Ban Tổ chức Trung ương về một số vấn đề nâng "
            "cao chất lượng sinh hoạt chi bộ;",
            "Căn cứ Chương trình công tác năm 2016 của Đảng ủy xã Thanh Phú;",
        ],
        "opening": "Thực hiện Chương trình công tác năm 2016 của Đảng ủy xã, Chi bộ ấp Thanh Hiệp xây dựng kế "
        "hoạch sinh hoạt chuyên đề năm 2016 như sau:",
        "aims": _AIMS,
        "intro": "Chi bộ sinh hoạt thường kỳ vào ngày 05 hằng tháng tại văn phòng ấp; mỗi quý một kỳ sinh hoạt "
        "chuyên đề, cụ thể:",
        "closing": _CLOSING,
        "topics": _P220_TOPICS,
        "targets": [],
        "secretary": _KINH,
    },
    {
        "id": "221_chi_bo_ap_hoa_lac_b_luong_hoa_a_2018",
        "half": "dev",
        "fmt": "docx",
        "layout": "q_quarter_over_three_rows",
        "province": "Trà Vinh",
        "source": "https://baodantoc.vn/truong-ap-het-long-vi-phum-soc-13995.htm",
        "source_says": "(29/05/2018) Trưởng ấp hết lòng vì phum sóc: chị Kim Thị Ánh (dân tộc Khmer), 7 năm là Bí "
        "thư chi bộ kiêm Trưởng ấp Hòa Lạc B, xã Lương Hòa A, huyện Châu Thành (Trà Vinh); tìm hiểu văn bản, "
        "truyền đạt cho bà con bằng tiếng dân tộc; làm cầu nối cho hộ nghèo vay vốn Ngân hàng Chính sách, vận "
        "động đồng bào dự tập huấn khoa học – kỹ thuật trồng trọt, chăn nuôi.",
        "completed": [
            "the page gives the ấp, its commune and district, its secretary (also the ấp's head) and her work "
            "(loans for poor Khmer households, farming training); the cell's 2018 plan, its four topics, times, "
            "the other members, the number and the date are completed",
            "a Word table Quý – Hạng mục – Nội dung in which each topic takes three rows (Chuyên đề / Thời gian / "
            "Phụ trách) and the quarter's cell (“Quý I”) is merged down over them; times typed “03/2018” (a bare "
            "month), “Tuần 3 tháng 6/2018”, “ngày 14/9/2018”, “T.11/2018”; two people joined by “+”; Khmer names",
        ],
        "kind": "thematic",
        "year": 2018,
        "cell_name": "Chi bộ ấp Hòa Lạc B",
        "committee_name": "Đảng bộ xã Lương Hòa A",
        "left": ["ĐẢNG BỘ XÃ LƯƠNG HÒA A", "CHI BỘ ẤP HÒA LẠC B"],
        "send_to": ["Đảng ủy xã Lương Hòa A (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề của Chi bộ năm 2018"],
        "number": 2,
        "type_code": "KH",
        "date": "2018-01-08",
        "place": "Lương Hòa A",
        "legal_bases": [
            "Căn cứ Nghị quyết của Đảng ủy xã Lương Hòa A về nhiệm vụ năm 2018;",
            "Căn cứ Nghị quyết Chi bộ ấp Hòa Lạc B năm 2018;",
        ],
        "opening": "Chi bộ ấp Hòa Lạc B (gồm 14 đảng viên, 10 đồng chí là người dân tộc Khmer) xây dựng kế hoạch "
        "sinh hoạt chuyên đề năm 2018 như sau:",
        "aims": _AIMS
        + [
            "- Đề cương chuyên đề được trình bày bằng tiếng Việt và giải thích thêm bằng tiếng Khmer khi cần."
        ],
        "closing": _CLOSING,
        "topics": _P221_TOPICS,
        "targets": [],
        "secretary": _ANH_221,
    },
    {
        "id": "222_chi_bo_ap_bai_ngu_tho_chau_2023",
        "half": "dev",
        "fmt": "txt",
        "layout": "q_email_body_text",
        "province": "Kiên Giang",
        "source": "https://tintucmientay.baoangiang.com.vn/kien-giang-gia-lang-o-xa-dao-tho-chau-a359266.html",
        "source_says": "(03/04/2023) “Già làng” ở xã đảo Thổ Châu: ông Huỳnh Hữu Hiệp (68 tuổi), Bí thư Chi bộ, "
        "Trưởng ấp Bãi Ngự, xã Thổ Châu, TP Phú Quốc; xã tròn 30 năm thành lập (Nghị định 19/1993/NĐ-CP ngày "
        "24/4/1993); xã chỉ có 1 ấp Bãi Ngự với 8 tổ nhân dân tự quản, 549 hộ, 1.899 nhân khẩu, 16 hộ Khmer.",
        "completed": [
            "the page gives the ấp, its island commune, its secretary (also the ấp's head), the 30th anniversary of "
            "the commune and the ấp's households; the cell's 2023 plan, its four topics, months, the other members "
            "(among them the deputy secretary who sends the mail), the number, the date and the mail are completed",
            "an e-mail body saved as .txt: mail headers (Từ, Đến, Ngày, Tiêu đề), a greeting and a few words of "
            "the deputy secretary, the plan pasted below a “-----” line (times “Th.3/2023”, “th.6”, “th.9/2023”, "
            "“th.11”, no quarter; people “Đ/c: …”, once two joined by “+”, once “… chuẩn bị; đ/c … tham luận”), "
            "the secretary's “(Đã ký)” signature, then the sender's own signature (not a presenter of her own "
            "right, though she prepares one topic)",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ ấp Bãi Ngự",
        "committee_name": "Đảng bộ xã Thổ Châu",
        "left": ["ĐẢNG BỘ XÃ THỔ CHÂU", "CHI BỘ ẤP BÃI NGỰ"],
        "send_to": ["Đảng ủy xã Thổ Châu (b/c)", "Đảng viên Chi bộ", "Lưu"],
        "title_lines": ["KẾ HOẠCH", "sinh hoạt chuyên đề năm 2023"],
        "number": 3,
        "type_code": "KH",
        "date": "2023-01-16",
        "place": "Thổ Châu",
        "mail_headers": [
            ("Từ", "Nguyễn Thị Bích Tuyền"),
            ("Đến", "Văn phòng Đảng ủy xã Thổ Châu"),
            ("Ngày", "Thứ Hai, 16 thg 1, 2023 lúc 16:05"),
            ("Tiêu đề", "Chi bo ap Bai Ngu gui ke hoach sinh hoat chuyen de 2023"),
        ],
        "greeting": [
            "Kính gửi Văn phòng Đảng ủy xã,",
            "Em là Tuyền, Phó Bí thư Chi bộ ấp Bãi Ngự. Em gửi kế hoạch sinh hoạt chuyên đề năm 2023 của Chi bộ "
            "(bản đã ký, em đánh lại bên dưới vì bản chụp bị mờ). Bản giấy em gửi theo tàu vào đất liền tuần sau ạ.",
        ],
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Chương trình công tác năm 2023 của Đảng ủy xã Thổ Châu;",
        ],
        "opening": "Chi bộ ấp Bãi Ngự xây dựng kế hoạch sinh hoạt chuyên đề năm 2023 như sau:",
        "aims": _AIMS,
        "closing": [
            "- Các đồng chí được phân công gửi đề cương cho Bí thư Chi bộ trước kỳ sinh hoạt 05 ngày.",
            "- Ngày giờ cụ thể Chi ủy thông báo sau, tránh ngày tàu ra đảo và mùa gió chướng.",
        ],
        "mail_sign": [
            "Trân trọng,",
            "Nguyễn Thị Bích Tuyền",
            "Phó Bí thư Chi bộ ấp Bãi Ngự – xã Thổ Châu",
            "ĐT văn phòng ấp: 0297 3xx xxx",
        ],
        "topics": _P222_TOPICS,
        "targets": [],
        "secretary": _HIEP_222,
    },
    {
        "id": "223_chi_bo_y_te_phuong_4_sa_dec_2021",
        "half": "dev",
        "fmt": "odt",
        "layout": "q_health_split_rows",
        "province": "Đồng Tháp",
        "source": "https://p4.sadec.dongthap.gov.vn/dang-uy/chi-bo-y-te-phuong-4-chuc-dai-hoi-dang-vien-lan-thu-ii-"
        "nhiem-ky-2020-2022.html?Entries_page=43",
        "source_says": "Sáng 18/3/2020 Chi bộ Y tế (phường 4, Sa Đéc) tổ chức Đại hội đảng viên lần thứ II, nhiệm kỳ "
        "2020–2022, có lãnh đạo Trung tâm Y tế thành phố và Thường trực Đảng ủy phường dự, 06 đảng viên chính "
        "thức; nhiệm kỳ qua chi bộ lãnh đạo thực hiện y đức, quy tắc ứng xử với người bệnh, phối hợp điều trị "
        "Đông, Tây y, phòng chống dịch, tiêm chủng; trạm tiếp nhận khoảng 10.250 lượt khám.",
        "completed": [
            "the page gives the health station's cell, its ward, its congress and its work (medical ethics, "
            "rules of conduct, Eastern and Western medicine, epidemics); the cell's 2021 plan, its four topics, "
            "months, all six members with their posts, the number and the date are completed",
            "a table STT – Nội dung chuyên đề – Thời gian – Người thực hiện in which the typist pressed Enter "
            "inside two titles, so that each runs on to a second table row whose other cells are empty (the truth "
            "joins them); times “T.3/2021”; people “Đ/c: Phạm Thị Ngọc Hân – Bí thư Chi bộ, Trưởng trạm” (with a "
            "colon), two in one cell on two lines; the header names the cell only “CHI BỘ Y TẾ”",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ Y tế phường 4",
        "committee_name": "Đảng bộ phường 4",
        "left": ["ĐẢNG BỘ PHƯỜNG 4", "CHI BỘ Y TẾ"],
        "send_to": [
            "Đảng ủy Phường 4 (b/c)",
            "Trung tâm Y tế thành phố (biết)",
            "Đảng viên Chi bộ",
        ],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        "number": 4,
        "type_code": "KH",
        "date": "2021-01-20",
        "place": "Phường 4",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Y tế phường 4 lần thứ II, nhiệm kỳ 2020 – 2022;",
        ],
        "opening": "Chi bộ Y tế phường 4 xây dựng kế hoạch sinh hoạt chuyên đề năm 2021, gắn với nhiệm vụ chăm sóc "
        "sức khỏe ban đầu cho nhân dân, như sau:",
        "aims": _AIMS,
        "closing": [
            "- Sinh hoạt vào chiều thứ Sáu tuần đầu của tháng, sau giờ khám bệnh; ngày cụ thể Chi ủy thông báo sau.",
            "- Đảng viên trực trạm được bố trí người thay để dự đầy đủ; kết quả báo cáo Đảng ủy phường.",
        ],
        "sign_for": "T/M CHI ỦY",
        "topics": _P223_TOPICS,
        "targets": [],
        "secretary": _HAN_223,
    },
    {
        "id": "224_chi_bo_ap_binh_long_thai_binh_2022",
        "half": "dev",
        "fmt": "doc",
        "layout": "q_numbered_time_line",
        "province": "Tây Ninh",
        "source": "https://baotayninh.vn/bi-thu-chi-bo-kiem-truo-ng-a-p-dam-nghi-da-m-la-m-a139435.html",
        "source_says": "(24/11/2021) Bí thư chi bộ kiêm trưởng ấp dám nghĩ, dám làm: ông Nguyễn Văn Huy (sinh 1958, "
        "cựu chiến binh), ấp Bình Long, xã Thái Bình, huyện Châu Thành; Phó Bí thư Chi bộ, Chi hội trưởng CCB, "
        "Trưởng ấp, từ năm 2020 Bí thư Chi bộ kiêm Trưởng ấp; vận động bê tông hóa 4 tuyến đường dài hơn 4km, "
        "“Thắp sáng đường quê”, các tổ tự quản 6A, 5A, 5B; ông Nguyễn Văn Minh, Chi hội trưởng Chi hội CCB ấp.",
        "completed": [
            "the page gives the ấp, its commune and district, its secretary (also the ấp's head), the veterans' "
            "branch head and the road work; the cell's 2022 plan, its four topics, dates, the other members, the "
            "number and the date are completed",
            "numbered topics, each followed by one line “Thời gian: ngày 15/3/2022 (quý I). Phụ trách: NGUYỄN VĂN "
            "HUY – Bí thư Chi bộ, Trưởng ấp.” with the names in capitals (the truth writes them in ordinary case), "
            "two joined by “+” or “;”, one time “tuần 3 tháng 4/2022” without quarter; the quarter III meeting "
            "set on “ngày 12/10/2022 (quý III)” — a month outside its quarter (conflicts: 1)",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ ấp Bình Long",
        "committee_name": "Đảng bộ xã Thái Bình",
        "left": ["ĐẢNG BỘ XÃ THÁI BÌNH", "CHI BỘ ẤP BÌNH LONG"],
        "send_to": ["Đảng ủy xã Thái Bình (b/c)", "Ban Nhân dân ấp", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "SINH HOẠT CHUYÊN ĐỀ NĂM 2022"],
        "number": 5,
        "type_code": "KH",
        "date": "2022-01-10",
        "place": "Thái Bình",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Kế hoạch của Đảng ủy xã Thái Bình về nâng cao chất lượng sinh hoạt chi bộ năm 2022;",
        ],
        "opening": "Nhằm nâng cao chất lượng sinh hoạt chi bộ, Chi bộ ấp Bình Long xây dựng kế hoạch sinh hoạt "
        "chuyên đề năm 2022 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P224_TOPICS,
        "targets": [],
        "secretary": _HUY_224,
    },
    {
        "id": "225_chi_bo_ap_an_ngai_a_an_thanh_2010",
        "half": "dev",
        "fmt": "doc",
        "layout": "q_old_spelling_table",
        "province": "Bến Tre",
        "source": "https://amp.baodongkhoi.vn/nguoi-truong-ap-vung-sau-nang-no-16072010-a24865.html",
        "source_says": "(16/07/2010) Người trưởng ấp vùng sâu nặng nợ: anh Nguyễn Văn Cương (Tư Cương, 49 tuổi), "
        "Trưởng ấp An Ngãi A, xã An Thạnh, huyện Thạnh Phú, từ 2002, ba nhiệm kỳ; ấp tách thành An Ngãi A và An "
        "Ngãi B (tháng 11-2009); hơn 15 tổ nhân dân tự quản; xã An Thạnh phấn đấu trở thành xã văn hóa trong "
        "“quí 3-2010”; nông dân sản xuất lúa – tôm giỏi ở tổ NDTQ số 8.",
        "completed": [
            "the page gives the ấp, its commune and district, its head and the commune's aim of becoming a "
            "“xã văn hóa” in “quí 3-2010”; the cell's 2010 plan, its five topics, times, the secretary and the "
            "other members (the ấp's head made one of them), the number and the date are completed",
            "the old spelling “quí” throughout (“QUÍ”, “Quí II/2010”, “các quí”, “trong quí 3”), as the page "
            "itself writes it, and the committee typed “ĐẢNG UỶ”; a table Quí – Thời gian – Tên chuyên đề – "
            "Người chuẩn bị whose quarter cell is merged over quarter II's two topics; times “th.3”, “th.5”, "
            "“th.6”, “tuần 3 tháng 8”, “ngày 15/11/2010”",
        ],
        "kind": "thematic",
        "year": 2010,
        "cell_name": "Chi bộ ấp An Ngãi A",
        "committee_name": "Đảng bộ xã An Thạnh",
        "left": ["ĐẢNG UỶ XÃ AN THẠNH", "CHI BỘ ẤP AN NGÃI A"],
        "send_to": ["Đảng uỷ xã An Thạnh (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2010"],
        "number": 2,
        "type_code": "KH",
        "date": "2010-01-15",
        "place": "An Thạnh",
        "legal_bases": [
            "Căn cứ Nghị quyết Đảng uỷ xã An Thạnh về nhiệm vụ năm 2010;",
            "Căn cứ Nghị quyết Chi bộ ấp An Ngãi A năm 2010;",
        ],
        "opening": "Chi bộ ấp An Ngãi A xây dựng kế hoạch sinh hoạt chuyên đề năm 2010, mỗi quí ít nhất một chuyên "
        "đề, như sau:",
        "aims": [
            "- Sinh hoạt chuyên đề thiết thực, gắn với phong trào xây dựng xã văn hóa mà xã phấn đấu đạt trong "
            "quí 3/2010.",
            "- Đảng viên được phân công chuẩn bị chu đáo; cuối mỗi quí Chi bộ rút kinh nghiệm.",
        ],
        "closing": [
            "- Chi uỷ đôn đốc việc chuẩn bị; đề cương gửi Bí thư Chi bộ trước kỳ sinh hoạt 01 tuần.",
            "- Kết quả sinh hoạt chuyên đề từng quí báo cáo về Đảng uỷ xã.",
        ],
        "topics": _P225_TOPICS,
        "targets": [],
        "secretary": _UT_225,
    },
    {
        "id": "226_chi_bo_ap_chau_thanh_an_ninh_2026",
        "half": "dev",
        "fmt": "txt",
        "layout": "q_text_quarter_second_line",
        "province": "Cần Thơ",
        "source": "https://danviet.vn/chu-tich-quoc-hoi-tran-thanh-man-du-ngay-hoi-dai-doan-ket-toan-dan-toc-tai-mot-"
        "ngoi-chua-noi-tieng-o-can-tho-d1377379.html",
        "source_says": "(09/11/2025) Chủ tịch Quốc hội dự Ngày hội Đại đoàn kết toàn dân tộc tại chùa Tum Núp, ấp "
        "Châu Thành, xã An Ninh, TP Cần Thơ; ấp có 3 dân tộc Kinh, Khmer, Hoa, hơn 1.100 hộ, trên 6.000 nhân "
        "khẩu; hơn 98% hộ đạt Gia đình văn hóa; tổ hợp tác trồng lúa, chăn nuôi bò, hoa màu; còn 11 hộ nghèo và "
        "24 hộ cận nghèo; khuyến học, khuyến tài, an ninh trật tự.",
        "completed": [
            "the page gives the ấp, its commune (formed in 2025) and city, its people, households and work; the "
            "cell, its 2026 plan, its four topics, months, all its members, the number and the date are completed",
            "plain text with bare quarter lines “QUÝ I” … “QUÝ IV”, the topics as “-” bullets and under each a "
            "second line “Thời gian: 03/2026    Phụ trách: đ/c A + đ/c B” (a bare month “03/2026”, people joined "
            "by “+”)",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ ấp Châu Thành",
        "committee_name": "Đảng bộ xã An Ninh",
        "left": ["ĐẢNG BỘ XÃ AN NINH", "CHI BỘ ẤP CHÂU THÀNH"],
        "send_to": ["Đảng ủy xã An Ninh (b/c)", "Ban Nhân dân ấp", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-14",
        "place": "An Ninh",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Chương trình làm việc năm 2026 của Ban Chấp hành Đảng bộ xã An Ninh;",
        ],
        "opening": "Căn cứ tình hình thực tế của ấp, Chi bộ ấp Châu Thành xây dựng kế hoạch sinh hoạt chuyên đề "
        "năm 2026 như sau:",
        "aims": _AIMS,
        "closing": _CLOSING,
        "topics": _P226_TOPICS,
        "targets": [],
        "secretary": _TUNG_226,
    },
    {
        "id": "227_chi_bo_thon_bu_khon_dak_o_2019",
        "half": "dev",
        "fmt": "odt",
        "layout": "q_month_side_columns",
        "province": "Bình Phước",
        "source": "http://vov4.vov.vn/Cham/48bai48202010mp3/binh-phuoc-sangka-patagok-parilo-urang-dang-lac-urang-"
        "bangsa-takik-di-bhum-tape-c69-329728.aspx",
        "source_says": "(VOV4, tiếng Chăm, 2020) Bình Phước phát triển đảng viên là người dân tộc thiểu số: Chi bộ "
        "thôn Bù Khơn, xã Đắk Ơ, huyện Bù Gia Mập có 11 đảng viên, 7 người S'tiêng; ngày 7/9/1985 kết nạp ông "
        "Điểu Vui, rồi 32 năm (đến 2017) không kết nạp được người dân tộc nào; Đảng ủy xã phân công cán bộ giúp "
        "thôn; trong 2018 và 2019 chi bộ kết nạp 2 đảng viên người dân tộc, còn 3 quần chúng đang được bồi dưỡng.",
        "completed": [
            "the page gives the thôn, its commune and district, its eleven members (seven S'tiêng), one member "
            "by name and the work of admitting ethnic members; the cell's 2019 plan, its four topics (one on "
            "that work), months, the secretary and the other members, the number and the date are completed",
            "a year table of twelve month rows (“01/2019” … “12/2019”) with Sinh hoạt thường kỳ and Sinh hoạt "
            "chuyên đề in two columns side by side, the thematic column filled in four rows only, the preparers "
            "beside them; no quarter written",
        ],
        "kind": "thematic",
        "year": 2019,
        "cell_name": "Chi bộ thôn Bù Khơn",
        "committee_name": "Đảng bộ xã Đắk Ơ",
        "left": ["ĐẢNG BỘ XÃ ĐẮK Ơ", "CHI BỘ THÔN BÙ KHƠN"],
        "send_to": ["Đảng ủy xã Đắk Ơ (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chi bộ năm 2019"],
        "number": 3,
        "type_code": "KH",
        "date": "2019-01-21",
        "place": "Đắk Ơ",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết của Đảng ủy xã Đắk Ơ về nhiệm vụ năm 2019;",
        ],
        "opening": "Chi bộ thôn Bù Khơn (11 đảng viên, 7 đồng chí là người S'tiêng) xây dựng kế hoạch sinh hoạt "
        "chi bộ năm 2019 như sau:",
        "aims": _AIMS,
        "regular": {
            1: "Sinh hoạt thường kỳ; chuẩn bị đón Tết Kỷ Hợi",
            3: "Sinh hoạt thường kỳ; sơ kết quý I",
            7: "Sinh hoạt thường kỳ; sơ kết 6 tháng đầu năm",
            12: "Kiểm điểm, đánh giá chất lượng đảng viên năm 2019",
        },
        "after_table": [
            "Sinh hoạt thường kỳ vào ngày 03 hằng tháng; tháng có chuyên đề thì sinh hoạt chuyên đề sau phần "
            "thường kỳ, cùng buổi."
        ],
        "closing": _CLOSING,
        "topics": _P227_TOPICS,
        "targets": [],
        "secretary": _THANH_227,
    },
    {
        "id": "228_th_thcs_dong_tho_tan_hiep_2025",
        "half": "dev",
        "fmt": "docx",
        "layout": "q_month_headings_abc",
        "province": "An Giang",
        "source": "https://baomoi.net.vn/dai-hoi-dang-vien-chi-bo-truong-tieu-hoc-va-trung-hoc-co-so-dong-tho-nhiem-"
        "ky-2025-2028-c50302522.epi",
        "source_says": "Ngày 27-9 (2025), Chi bộ Trường Tiểu học và Trung học cơ sở Đông Thọ, huyện Tân Hiệp (Kiên "
        "Giang) tổ chức Đại hội đảng viên lần thứ XII, nhiệm kỳ 2025–2028 (đại hội điểm); Chi ủy 3 người; ông Lê "
        "Quang Vinh, Hiệu trưởng, tái đắc cử Bí thư Chi bộ; trường đạt chuẩn quốc gia mức độ 1 (2023); phổ cập "
        "tiểu học mức độ 3, THCS mức độ 2; chi bộ phát triển 2 đảng viên mới.",
        "completed": [
            "the page gives the cell, its school, its congress, its secretary and its results; the school year's "
            "plan, its four topics, times, the other members, the number and the date are completed; the page "
            "names no commune committee: the committee is assumed (“Đảng bộ xã Thạnh Đông”, a commune formed in "
            "2025; Kiên Giang joined An Giang in 2025)",
            "topics as headings “1. Chuyên đề tháng 10/2025 (quý IV)” with “a) Tên chuyên đề:”, “b) Thời gian: "
            "Tuần 3 (20 – 24/10/2025)”, “c) Người thực hiện: Đ/c: … + Đ/c: …”; the cell abbreviated “TH&THCS” in "
            "the header, wrapped over two lines, in full in the opening",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường Tiểu học và Trung học cơ sở Đông Thọ",
        "committee_name": "Đảng bộ xã Thạnh Đông",
        "left": ["ĐẢNG BỘ XÃ THẠNH ĐÔNG", "CHI BỘ TRƯỜNG TH&THCS", "ĐÔNG THỌ"],
        "send_to": ["Đảng ủy xã Thạnh Đông (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2025 – 2026"],
        "number": 2,
        "type_code": "KH",
        "date": "2025-10-06",
        "place": "Thạnh Đông",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ lần thứ XII, nhiệm kỳ 2025 – 2028;",
        ],
        "opening": "Chi bộ Trường Tiểu học và Trung học cơ sở Đông Thọ xây dựng kế hoạch sinh hoạt chuyên đề năm "
        "học 2025 – 2026 như sau:",
        "aims": _AIMS,
        "closing": [
            "- Sinh hoạt chuyên đề vào chiều thứ Năm của tuần đã định, sau giờ dạy.",
            "- Đảng viên đăng ký việc làm cụ thể sau mỗi chuyên đề; Chi ủy theo dõi, đánh giá cuối năm học.",
        ],
        "topics": _P228_TOPICS,
        "targets": [],
        "secretary": _VINH_228,
    },
    {
        "id": "229_chi_bo_ap_thanh_loi_a1_tan_long_2021",
        "half": "dev",
        "fmt": "photo",
        "layout": "q_photo_months_merged",
        "province": "Hậu Giang",
        "source": "https://tienphong.vn/tag/t%e1%bb%89nh+h%e1%ba%adu+giang.tpo",
        "source_says": "(Tiền Phong, tag “tỉnh Hậu Giang”) Chị Nguyễn Thị Hằng, ấp Thạnh Lợi A1, xã Tân Long, huyện "
        "Phụng Hiệp, kể về vụ sạt lở: lúc 5 rưỡi sáng nghe tiếng “răng rắc”, chỉ trong vài phút đồ đạc trong nhà "
        "sập hết xuống sông.",
        "completed": [
            "the page gives only the ấp, its commune and district and a riverbank landslide; the cell, its 2021 "
            "plan, its four topics (one on landslides), months, all its members, the number and the date are "
            "completed",
            "one printed page photographed with a phone: a table Quý – Tháng – Nội dung sinh hoạt – Người phụ "
            "trách of twelve month rows, the Quý cell merged down over each three, the thematic meeting one row of "
            "the three (“Chuyên đề: …” in bold), the regular rows given to “Chi ủy”",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ ấp Thạnh Lợi A1",
        "committee_name": "Đảng bộ xã Tân Long",
        "left": ["ĐẢNG BỘ XÃ TÂN LONG", "CHI BỘ ẤP THẠNH LỢI A1"],
        "send_to": ["Đảng ủy xã Tân Long (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chi bộ năm 2021"],
        "number": 1,
        "type_code": "KH",
        "date": "2021-01-18",
        "place": "Tân Long",
        "legal_bases": [],
        "opening": "Chi bộ ấp Thạnh Lợi A1 xây dựng lịch sinh hoạt thường kỳ và sinh hoạt chuyên đề năm 2021 như "
        "sau:",
        "regular": {
            1: "Sinh hoạt thường kỳ; chuẩn bị Tết Tân Sửu",
            6: "Sinh hoạt thường kỳ; sơ kết 6 tháng",
            12: "Kiểm điểm, xếp loại đảng viên năm 2021",
        },
        "closing": [
            "Sinh hoạt vào ngày 05 hằng tháng tại văn phòng ấp; tháng có chuyên đề, sinh hoạt chuyên đề cùng buổi.",
        ],
        "topics": _P229_TOPICS,
        "targets": [],
        "secretary": _THANH_229,
    },
]
