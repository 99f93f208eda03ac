"""Development batch 120–127: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the shared
helpers of ``common.py``. Besides new shapes they carry mechanics of real files that the corpus did
not hold yet, drawn by ``("docx", function)`` blocks: Word's tracked changes (a schedule revised with
revision marks: deleted and inserted text, a deleted row, an inserted row — the plan is what it says
once the changes are accepted), a list numbered by Word with a word in its number ("Chuyên đề 1:" is
in the numbering definition, not in the text), content controls (a form filled in from a template:
the values sit inside ``w:sdt`` elements, a repeating section per topic), Word comments hanging on
the schedule, hyperlinks holding titles, text typed in lower case and shown in capitals
(``w:caps``), a cell whose text runs vertically; and in plain text an e-mail with its headers, a
reply's "> " quoting, Windows line ends, a byte-order mark and Vietnamese in decomposed Unicode (NFD)
as a Mac mail client pastes it. Facts are in ``PLANS`` below (same keys as ``plans.py``); ``build.py``
merges both ``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from ..common import (
    BASE_HD12,
    Block,
    date_line,
    number_line,
    set_widths,
    signed,
    typed_header,
)
from ..facts import T, target
from ..facts import topic_with as _t

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STAMP = 'w:author="{a}" w:date="{d}T08:00:00Z"'


# ------------------------------------------------------------------------------------ helpers
def _number(p: dict[str, Any]) -> str:
    return number_line(p, gap="Số      -{code}")


def _head(p: dict[str, Any]) -> Block:
    return typed_header(p["left"], _number(p), date_line(p))


def _sign(p: dict[str, Any]) -> Block:
    return signed(p, ["Nơi nhận:", *[f"- {x};" for x in p["send_to"]], "- Lưu chi bộ."])


def _paras(lines: list[str]) -> list[Block]:
    return [("p", line) for line in lines]


def _r(text: str, flags: str = "") -> str:
    """One run as XML: b(old), i(talic), c(aps); a deleted run (flag d) writes w:delText."""
    props = "".join(
        tag for flag, tag in (("b", "<w:b/>"), ("i", "<w:i/>"), ("c", "<w:caps/>")) if flag in flags
    )
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    kind = "w:delText" if "d" in flags else "w:t"
    return f'<w:r>{rpr}<{kind} xml:space="preserve">{escape(text)}</{kind}></w:r>'


class _Revisions:
    """Numbers the revision marks of one document (w:ins / w:del need unique ids)."""

    def __init__(self, author: str, date: str) -> None:
        self.n = 100
        self.stamp = _STAMP.format(a=author, d=date)

    def mark(self, tag: str) -> str:
        self.n += 1
        return f'<w:{tag} w:id="{self.n}" {self.stamp}/>'

    def runs(self, parts: list[tuple[str, str]]) -> str:
        """Runs; a part flagged d is wrapped in w:del, one flagged n in w:ins."""
        out = []
        for text, flags in parts:
            run = _r(text, flags)
            if "d" in flags or "n" in flags:
                self.n += 1
                tag = "w:del" if "d" in flags else "w:ins"
                run = f'<{tag} w:id="{self.n}" {self.stamp}>{run}</{tag}>'
            out.append(run)
        return "".join(out)


def _fill_cell(cell: Any, xml_runs: str) -> None:
    from docx.oxml import parse_xml

    para = cell.paragraphs[0]._p
    for child in list(para):
        if child.tag != f"{{{_W}}}pPr":
            para.remove(child)
    for run in parse_xml(f'<w:p xmlns:w="{_W}">{xml_runs}</w:p>'):
        para.append(run)


# ------------------------------------------------------------------ 120: tracked changes (docx)
def tracked_schedule(p: dict[str, Any]) -> list[Block]:
    """A "Lịch sinh hoạt chuyên đề" revised in Word with Track Changes on: one month and one
    presenter replaced (deleted text, then inserted text), a topic row deleted whole and a new row
    inserted. What the plan says is the schedule with the changes accepted. Columns: Kỳ sinh hoạt –
    Đồng chí thực hiện – Tên chuyên đề – Ghi chú."""
    rows: list[dict[str, Any]] = p["revised_rows"]

    def apply(doc: Any) -> None:
        from docx.oxml import parse_xml

        rev = _Revisions(p["secretary"], p["revised_on"])
        heads = ["Kỳ sinh hoạt", "Đồng chí thực hiện", "Tên chuyên đề", "Ghi chú"]
        grid = doc.add_table(rows=1 + len(rows), cols=4)
        grid.style = "Table Grid"
        for j, text in enumerate(heads):
            grid.cell(0, j).paragraphs[0].add_run(text).bold = True
        for i, row in enumerate(rows, 1):
            state = row.get("row", "")  # "d": the row was deleted, "n": inserted
            for j, parts in enumerate(row["cells"]):
                flagged = [(text, flags + state) for text, flags in parts]
                _fill_cell(grid.cell(i, j), rev.runs(flagged))
            if state:
                tag = "del" if state == "d" else "ins"
                trpr = grid.rows[i]._tr.get_or_add_trPr()
                trpr.append(
                    parse_xml(rev.mark(tag).replace(f"<w:{tag}", f'<w:{tag} xmlns:w="{_W}"', 1))
                )
        set_widths(grid, [3.2, 4.0, 6.3, 2.5])

    def accepted(parts: list[tuple[str, str]]) -> str:
        return "".join(text for text, flags in parts if "d" not in flags)

    lines = [" | ".join(accepted(c) for c in row["cells"]) for row in rows if row.get("row") != "d"]
    return [
        _head(p),
        ("title", p["title_lines"]),
        *_paras(p["legal_bases"]),
        ("p", p["opening"]),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        *_paras(p["aims"]),
        ("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ"),
        ("p", p["table_intro"]),
        ("docx", apply, lines),
        ("p", p["table_note"]),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        *_paras(p["closing"]),
        _sign(p),
    ]


# ---------------------------------------------------- 122: quarter task table with "SHCĐ" (odt)
def resolution_task_quarters(p: dict[str, Any]) -> list[Block]:
    """A cell's resolution (NQ) for the year: targets in a table (Chỉ tiêu – Năm trước – Năm nay),
    then one row per quarter whose tasks are stacked in one cell, line by line, with the member in
    charge of each task on the same line of the next cell; the thematic meeting is the task that
    begins "SHCĐ (T4):", its title in quotes, presenter and chair on its line."""
    targets = [
        [str(i), text, before, now] for i, (text, before, now) in enumerate(p["target_rows"], 1)
    ]
    rows = []
    for q, tasks in p["quarter_tasks"].items():
        rows.append([f"Quý {q}", "\n".join(t for t, _ in tasks), "\n".join(w for _, w in tasks)])
    return [
        _head(p),
        ("title", p["title_lines"]),
        *_paras(p["legal_bases"]),
        ("p", p["opening"]),
        ("h", "I. ĐÁNH GIÁ KẾT QUẢ NĂM TRƯỚC"),
        *_paras(p["review"]),
        ("h", "II. CHỈ TIÊU NĂM " + str(p["year"])),
        (
            "table",
            ["TT", "Chỉ tiêu", f"Kết quả {p['year'] - 1}", f"Phấn đấu {p['year']}"],
            targets,
            "",
            [1.0, 9.0, 3.0, 3.0],
        ),  # fmt: skip
        ("h", "III. NHIỆM VỤ TRỌNG TÂM THEO QUÝ"),
        ("p", p["task_intro"]),
        ("table", ["Thời gian", "Nhiệm vụ", "Phụ trách"], rows, "", [2.2, 10.0, 4.3]),
        ("p", p["task_note"]),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        *_paras(p["closing"]),
        _sign(p),
    ]


# -------------------------------------------------------------- 123: e-mail reply pasted (txt)
def email_reply_text(p: dict[str, Any]) -> list[Block]:
    """A plan that reached the commune office as the body of an e-mail and was saved from the mail
    client as plain text: the reply's headers and two lines on top, then the original message
    quoted with "> " and hard-wrapped at 72, in decomposed Unicode (NFD, as a Mac mail client pastes
    it), Windows line ends and a byte-order mark."""
    crlf = "\r"  # to_text joins lines with "\n": each line ends "\r\n"
    top = [
        "\ufeffFrom: " + p["mail_from"],
        "Sent: " + p["mail_sent"],
        "To: " + p["mail_to"],
        "Subject: " + p["mail_subject"],
        "",
        *p["mail_reply"],
        "",
        p["mail_quote_intro"],
    ]
    body: list[str] = []
    for line in p["plan_lines"]:
        if not line:
            body.append(">")
            continue
        indent = len(line) - len(line.lstrip(" "))
        wrapped = textwrap.wrap(
            line.strip(), 72 - indent, initial_indent=" " * indent,
            subsequent_indent=" " * indent,
        )  # fmt: skip
        body += ["> " + w for w in wrapped]
    body = [unicodedata.normalize("NFD", b) for b in body]
    return [("p", line + crlf) for line in top + body]


# ---------------------------------------------- 127: notice of assignment, months in words (odt)
def notice_by_person_words(p: dict[str, Any]) -> list[Block]:
    """A short notice (TB) of the cell's assignment: one numbered paragraph per member, each giving
    the topic in quotes, the quarter, and the month in words as the countryside says them ("tháng
    Giêng", "tháng Bảy", "tháng Chạp"); a short line of who attends at the end."""
    out: list[Block] = [
        _head(p),
        ("title", p["title_lines"]),
        ("p", p["opening"]),
    ]
    for i, (who, lines) in enumerate(p["assignments"], 1):
        out.append(("p", f"{i}. {who}:"))
        out += [("p", f"   {line}") for line in lines]
    out += _paras(p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "g_tracked_schedule": tracked_schedule,
    "g_resolution_task_quarters": resolution_task_quarters,
    "g_email_reply_text": email_reply_text,
    "g_notice_by_person_words": notice_by_person_words,
}


# -------------------------------------------------------------------------------------- plans
_THD = "Trần Hùng Dựng"
_P120_ROWS: list[dict[str, Any]] = [
    {"cells": [[("Tháng 3/2024 (Quý 1)", "")], [(f"Đ/c {_THD} – Bí thư Chi bộ, Giám đốc HTX", "")],
               [("Xây dựng quy chế làm việc của Chi bộ và quy chế phối hợp giữa Chi bộ với Ban quản trị "
                 "HTX", "")], [("", "")]]},
    {"cells": [[("Tháng ", ""), ("5", "d"), ("6", "n"), ("/2024 (Quý 2)", "")],
               [("Đ/c ", ""), ("Phạm Văn Toản", "d"), ("Nguyễn Văn Thắng – Phó Giám đốc HTX", "n")],
               [("Sản xuất ổi theo tiêu chuẩn VietGAP, ghi nhật ký và truy xuất nguồn gốc sản phẩm", "")],
               [("Lùi do trùng vụ thu hoạch", "n")]]},
    {"row": "d",
     "cells": [[("Tháng 8/2024 (Quý 3)", "")], [("Đ/c Lê Thị Nhung", "")],
               [("Tham quan, học tập mô hình ổi hữu cơ ở xã Xuân Trúc", "")], [("", "")]]},
    {"row": "n",
     "cells": [[("Tháng 9/2024 (Quý 3)", "")],
               [(f"Đ/c {_THD} (chủ trì); đ/c Lê Thị Nhung – Kế toán HTX", "")],
               [("Đảng viên đi đầu đưa sản phẩm ổi Cẩm Ninh lên sàn thương mại điện tử", "")],
               [("Thay chuyên đề tham quan", "")]]},
    {"cells": [[("Tháng 11/2024 (Quý 4)", "")], [("Đ/c Phạm Văn Toản – Tổ trưởng tổ sản xuất số 2", "")],
               [("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về tinh thần tự lực, tự cường trong "
                 "phát triển kinh tế tập thể", "")], [("", "")]]},
]  # fmt: skip

_P120_TOPICS = [
    _t("Xây dựng quy chế làm việc của Chi bộ và quy chế phối hợp giữa Chi bộ với Ban quản trị HTX",
       1, 3, [_THD]),
    _t("Sản xuất ổi theo tiêu chuẩn VietGAP, ghi nhật ký và truy xuất nguồn gốc sản phẩm", 2, 6,
       ["Nguyễn Văn Thắng"]),
    _t("Đảng viên đi đầu đưa sản phẩm ổi Cẩm Ninh lên sàn thương mại điện tử", 3, 9,
       [_THD, "Lê Thị Nhung"]),
    _t("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về tinh thần tự lực, tự cường trong phát "
       "triển kinh tế tập thể", 4, 11, ["Phạm Văn Toản"]),
]  # fmt: skip

_LQT = "Lại Quang Trung"
_P122_TASKS: dict[str, list[tuple[str, str]]] = {
    "I": [
        ("- Rà soát hộ chiếu kỹ thuật các lò chợ, đường lò chuẩn bị sản xuất năm 2023", "đ/c Đặng Văn Hải"),
        ("- SHCĐ (T3): “Ứng dụng cơ giới hóa đào lò, nâng năng suất và giảm lao động nặng nhọc” – "
         "KS. Vũ Minh Tuấn trình bày, đ/c Lại Quang Trung chủ trì", "KS. Vũ Minh Tuấn; đ/c Lại Quang Trung"),
        ("- Hướng dẫn quần chúng ưu tú học lớp nhận thức về Đảng", "đ/c Lại Quang Trung"),
    ],
    "II": [
        ("- Kiểm tra công tác thông gió, thoát nước mùa mưa", "đ/c Đặng Văn Hải"),
        ("- SHCĐ (T6): “Đảng viên gương mẫu thực hiện quy trình an toàn trong thiết kế, thi công mỏ "
         "hầm lò” – KS. Trịnh Văn Phong", "KS. Trịnh Văn Phong"),
        ("- Sơ kết 6 tháng thực hiện Nghị quyết chi bộ", "Chi ủy"),
    ],
    "III": [
        ("- Tham gia Hội thi sáng kiến cải tiến kỹ thuật cấp Công ty", "đ/c Nguyễn Thị Thu Hà"),
        ("- SHCĐ (T9): “Chuyển đổi số trong quản lý hồ sơ kỹ thuật và bản đồ mỏ” – KS. Nguyễn Thị "
         "Thu Hà, KS. Vũ Minh Tuấn", "KS. Nguyễn Thị Thu Hà; KS. Vũ Minh Tuấn"),
    ],
    "IV": [
        ("- Lập kế hoạch kỹ thuật năm 2024", "đ/c Đặng Văn Hải"),
        ("- SHCĐ (T11): “Học tập và làm theo Bác về tác phong sâu sát cơ sở của người cán bộ kỹ "
         "thuật” – đ/c Lại Quang Trung", "đ/c Lại Quang Trung"),
        ("- Kiểm điểm, đánh giá, xếp loại đảng viên năm 2023", "Chi ủy"),
    ],
}  # fmt: skip

_P122_TOPICS = [
    _t("Ứng dụng cơ giới hóa đào lò, nâng năng suất và giảm lao động nặng nhọc", 1, 3,
       ["Vũ Minh Tuấn", _LQT]),
    _t("Đảng viên gương mẫu thực hiện quy trình an toàn trong thiết kế, thi công mỏ hầm lò", 2, 6,
       ["Trịnh Văn Phong"]),
    _t("Chuyển đổi số trong quản lý hồ sơ kỹ thuật và bản đồ mỏ", 3, 9,
       ["Nguyễn Thị Thu Hà", "Vũ Minh Tuấn"]),
    _t("Học tập và làm theo Bác về tác phong sâu sát cơ sở của người cán bộ kỹ thuật", 4, 11, [_LQT]),
]  # fmt: skip

_LVT = "Lăng Văn Tuấn"
_P123_TOPICS = [
    _t("Phòng, chống dịch Covid-19 và quản lý người qua lại đường mòn, lối mở trên địa bàn thôn", 1, 3,
       [_LVT, "Hoàng Trung Hiếu"]),
    _t("Phát triển cây hồi, cây thông gắn với bảo vệ rừng đầu nguồn", 2, 5, ["Vi Văn Hợp"]),
    _t("Học tập và làm theo Bác: đảng viên giúp hộ nghèo phát triển chăn nuôi", 3, 9,
       ["Hoàng Thị Mai"]),
    _t("Xây dựng khu dân cư an toàn về an ninh, trật tự ở thôn biên giới", 4, 10,
       [_LVT, "Triệu Văn Lâm"]),
]  # fmt: skip

_P123_LINES = [
    "ĐẢNG BỘ XÃ YÊN KHOÁI          ĐẢNG CỘNG SẢN VIỆT NAM",
    "CHI BỘ THÔN QUÂN PHÁT",
    "        *           Yên Khoái, ngày 06 tháng 01 năm 2020",
    "Số 01-KH/CB",
    "",
    "KẾ HOẠCH",
    "Sinh hoạt chuyên đề năm 2020",
    "",
    "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề nâng "
    "cao chất lượng sinh hoạt chi bộ;",
    "Căn cứ Nghị quyết Chi bộ thôn Quân Phát năm 2020;",
    "Chi bộ thôn Quân Phát (xã Yên Khoái, huyện Lộc Bình) có 21 đảng viên; từ năm 2019 có các đồng chí "
    "đảng viên Đồn Biên phòng Cửa khẩu Chi Ma được phân công dự sinh hoạt cùng chi bộ. Chi bộ xây "
    "dựng kế hoạch sinh hoạt chuyên đề năm 2020 như sau:",
    "",
    "1. Mục đích",
    "  - Mỗi quý một chuyên đề, chọn việc sát với thôn biên giới; đảng viên Đồn Biên phòng cùng trao "
    "đổi, nắm tình hình.",
    "2. Nội dung, thời gian, người chuẩn bị",
    "  * Quý I - sinh hoạt tháng 3/2020: Phòng, chống dịch Covid-19 và quản lý người qua lại đường "
    "mòn, lối mở trên địa bàn thôn.",
    "    Người chuẩn bị: đ/c Lăng Văn Tuấn, Bí thư chi bộ, Trưởng thôn (chủ trì); Trung tá Hoàng Trung "
    "Hiếu, Chính trị viên phó Đồn BPCK Chi Ma (thông tin tình hình biên giới).",
    "  * Quý II - tuần 2 tháng 5: Phát triển cây hồi, cây thông gắn với bảo vệ rừng đầu nguồn.",
    "    Người chuẩn bị: đ/c Vi Văn Hợp, chi ủy viên.",
    "  * Quý III - chuẩn bị từ 15/8, sinh hoạt ngày 15/9/2020: Học tập và làm theo Bác: đảng viên giúp "
    "hộ nghèo phát triển chăn nuôi.",
    "    Người chuẩn bị: đ/c Hoàng Thị Mai, Chi hội trưởng Phụ nữ.",
    "  * Quý IV - tuần 2 tháng 10: Xây dựng khu dân cư an toàn về an ninh, trật tự ở thôn biên giới.",
    "    Người chuẩn bị: đ/c Lăng Văn Tuấn; đ/c Triệu Văn Lâm, Công an viên.",
    "3. Tổ chức thực hiện",
    "  - Người chuẩn bị gửi đề cương cho chi ủy trước kỳ sinh hoạt 5 ngày.",
    "  - Mời Đảng ủy xã, Đồn BPCK Chi Ma dự các kỳ sinh hoạt chuyên đề.",
    "",
    "Nơi nhận:                               T/M CHI BỘ",
    "- Đảng ủy xã Yên Khoái (b/c);           BÍ THƯ",
    "- Đồn BPCK Chi Ma;",
    "- Lưu chi bộ.                           Lăng Văn Tuấn",
]

_PXH = "Phạm Xuân Hùng"
_P127_TOPICS = [
    _t("Chi bộ lãnh đạo HTX chuyển đổi cơ cấu cây trồng, mở rộng vùng lúa chất lượng cao", 1, 1, [_PXH]),
    _t("Nâng cao chất lượng dịch vụ thủy lợi, bảo vệ thực vật cho hơn 230 thành viên HTX", 2, 7,
       ["Đinh Văn Khoa"], conflict=True),
    _t("Minh bạch tài chính HTX, công khai giá dịch vụ với thành viên", 3, 9, ["Vũ Thị Lan"]),
    _t("Học tập và làm theo Bác về tinh thần phục vụ nhân dân trong hoạt động dịch vụ nông nghiệp", 4,
       12, [_PXH, "Vũ Thị Lan"]),
]  # fmt: skip

PLANS: list[T] = [
    {
        "id": "120_chi_bo_htx_san_xuat_oi_cam_ninh_2024",
        "half": "dev",
        "fmt": "docx",
        "layout": "g_tracked_schedule",
        "province": "Hưng Yên",
        "source": "http://anthi.hungyen.gov.vn/portal/pages/print.aspx?p=11003",
        "source_says": "Cổng thông tin huyện Ân Thi: ngày 21/4/2023 Đảng ủy xã Cẩm Ninh công bố quyết định "
        "thành lập Chi bộ hợp tác xã (HTX) sản xuất ổi; HTX có 27 thành viên, chi bộ có 05 đảng viên; "
        "đồng chí Trần Hùng Dựng được chỉ định làm Bí thư chi bộ; chi bộ xây dựng quy chế hoạt động và "
        "phân công nhiệm vụ cho đảng viên.",
        "completed": [
            "the page reports the cell's founding, not a plan: its thematic schedule for 2024 (number, "
            "date, bases, aims, the four topics, months and preparers, the notes) is written as a small "
            "cooperative's cell would type it, then revised in Word with Track Changes on (a month and a "
            "preparer replaced, one topic row deleted and one inserted); the truth is the schedule with "
            "the changes accepted",
            "the first topic follows the page (the cell's working rules); the other topics, the four "
            "members other than the secretary and their posts are completed",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Hợp tác xã sản xuất ổi Cẩm Ninh",
        "committee_name": "Đảng bộ xã Cẩm Ninh",
        "left": ["ĐẢNG BỘ XÃ CẨM NINH", "CHI BỘ HTX SẢN XUẤT ỔI"],
        "send_to": ["Đảng ủy xã Cẩm Ninh (để báo cáo)", "Ban quản trị HTX"],
        "title_lines": ["LỊCH SINH HOẠT CHUYÊN ĐỀ", "NĂM 2024"],
        "number": 2,
        "type_code": "KH",
        "date": "2024-01-15",
        "place": "Cẩm Ninh",
        "revised_on": "2024-04-22",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Quy chế làm việc của Chi bộ Hợp tác xã sản xuất ổi Cẩm Ninh;",
        ],
        "opening": "Chi bộ Hợp tác xã sản xuất ổi Cẩm Ninh có 05 đảng viên, sinh hoạt ngày 05 hằng "
        "tháng tại trụ sở HTX. Chi bộ lập lịch sinh hoạt chuyên đề năm 2024 như sau:",
        "aims": [
            "- Mỗi quý sinh hoạt một chuyên đề, gắn với việc sản xuất, tiêu thụ ổi của HTX.",
            "- Đảng viên được phân công chuẩn bị đề cương, các đảng viên khác đọc trước và góp ý.",
        ],
        "table_intro": "Các kỳ sinh hoạt chuyên đề và đồng chí thực hiện:",
        "table_note": "(Lịch điều chỉnh theo kết luận của Chi bộ kỳ sinh hoạt tháng 4/2024.)",
        "revised_rows": _P120_ROWS,
        "topics": _P120_TOPICS,
        "targets": [],
        "closing": [
            "- Đồng chí thực hiện gửi đề cương cho Bí thư Chi bộ trước kỳ sinh hoạt 07 ngày.",
            "- Kết quả sinh hoạt chuyên đề ghi vào sổ biên bản và báo cáo Đảng ủy xã Cẩm Ninh.",
        ],
        "secretary": _THD,
    },
    {
        "id": "122_chi_bo_phong_kcm_than_mong_duong_2023",
        "half": "dev",
        "fmt": "odt",
        "layout": "g_resolution_task_quarters",
        "province": "Quảng Ninh",
        "source": "http://mongduongcoal.vn/bv/gioi-thieu-c1/chi-bo-kcm-to-chuc-thanh-cong-dai-hoi-diem-"
        "nhiem-ky-20222025-p926",
        "source_says": "Trang của Công ty CP than Mông Dương: ngày 11/6/2022 Chi bộ phòng Kỹ thuật Công nghệ "
        "Mỏ tổ chức đại hội lần thứ III, nhiệm kỳ 2022–2025 (đại hội điểm của Đảng bộ Công ty); đồng "
        "chí Lại Quang Trung tái cử Bí thư Chi bộ phòng KCM; Đảng ủy Than Quảng Ninh chỉ đạo. Trang "
        "khác của Công ty nói các chi bộ sinh hoạt thường kỳ hằng tháng và sinh hoạt chuyên đề hằng quý.",
        "completed": [
            "the page reports the cell's congress: its resolution for 2023 (number, date, bases, the "
            "review, the target table, the quarterly tasks and the four thematic meetings with their "
            "presenters) is written as an engineering department's cell would type it",
            "the engineers other than the secretary, the figures of 2022 and the targets are completed",
        ],
        "kind": "activity",
        "year": 2023,
        "cell_name": "Chi bộ phòng Kỹ thuật Công nghệ Mỏ",
        "committee_name": "Đảng bộ Công ty CP Than Mông Dương",
        "left": ["ĐẢNG BỘ CÔNG TY CP THAN MÔNG DƯƠNG", "CHI BỘ PHÒNG KCM"],
        "send_to": ["Đảng ủy Công ty (báo cáo)", "Đảng viên trong chi bộ"],
        "title_lines": ["NGHỊ QUYẾT", "lãnh đạo thực hiện nhiệm vụ năm 2023"],
        "number": 1,
        "type_code": "NQ",
        "date": "2023-01-10",
        "place": "Cẩm Phả",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ phòng Kỹ thuật Công nghệ Mỏ lần thứ III, nhiệm kỳ 2022 – "
            "2025;",
            "Căn cứ Nghị quyết số 05-NQ/ĐU ngày 18/8/2021 của Đảng ủy Than Quảng Ninh về nâng cao chất "
            "lượng sinh hoạt chi bộ;",
        ],
        "opening": "Ngày 06/01/2023, Chi bộ phòng Kỹ thuật Công nghệ Mỏ họp, 14/15 đảng viên có mặt, "
        "thảo luận và quyết nghị:",
        "review": [
            "Năm 2022 phòng hoàn thành hồ sơ kỹ thuật cho các diện sản xuất đúng tiến độ; có 02 sáng kiến "
            "được Công ty công nhận; chi bộ được xếp loại hoàn thành tốt nhiệm vụ.",
        ],
        "target_rows": [
            ("Đảng viên hoàn thành tốt nhiệm vụ trở lên", "93%", "100%"),
            ("Sáng kiến cải tiến kỹ thuật được công nhận", "02", "ít nhất 03"),
            ("Tai nạn lao động nặng do nguyên nhân thiết kế kỹ thuật", "0", "Không để xảy ra"),
            ("Xếp loại chi bộ", "Hoàn thành tốt", "Hoàn thành tốt nhiệm vụ"),
        ],
        "targets": [
            target("100% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("Ít nhất 03 sáng kiến cải tiến kỹ thuật được công nhận", "count", 3),
            target(
                "Không để xảy ra tai nạn lao động nặng do nguyên nhân thiết kế kỹ thuật", "yes_no"
            ),
            target("Chi bộ hoàn thành tốt nhiệm vụ", "yes_no"),
        ],
        "task_intro": "Sinh hoạt thường kỳ ngày 10 hằng tháng; sinh hoạt chuyên đề (SHCĐ) mỗi quý một "
        "lần, ghép vào kỳ thường kỳ của tháng ghi trong ngoặc.",
        "quarter_tasks": _P122_TASKS,
        "task_note": "Người trình bày SHCĐ gửi đề cương cho chi ủy trước 05 ngày.",
        "topics": _P122_TOPICS,
        "closing": [
            "- Chi ủy cụ thể hóa Nghị quyết thành chương trình công tác từng tháng.",
            "- Đảng viên đăng ký việc làm theo Nghị quyết, báo cáo kết quả tại kỳ sơ kết 6 tháng.",
        ],
        "sign_for": "T/M CHI BỘ",
        "secretary": _LQT,
    },
    {
        "id": "123_chi_bo_thon_quan_phat_yen_khoai_2020",
        "half": "dev",
        "fmt": "txt",
        "layout": "g_email_reply_text",
        "province": "Lạng Sơn",
        "source": "http://baolangson.vn/chinh-tri/xay-dung-dang/259606-don-bien-phong-cua-khau-chi-ma-diem-"
        "sang-phan-cong-dang-vien-tham-du-sinh-hoat-tai-chi-bo-thon.html",
        "source_says": "Báo Lạng Sơn (07/7/2020): Đảng ủy Đồn Biên phòng Cửa khẩu Chi Ma ban hành Nghị quyết "
        "số 43-NQ/ĐUBP ngày 28/1/2019 về phân công đảng viên dự sinh hoạt chi bộ thôn giáp biên; 12 "
        "đảng viên chia 3 tổ dự sinh hoạt tại Chi bộ thôn Quân Phát (xã Yên Khoái), Chi bộ thôn Bản "
        "Luồng (xã Tú Mịch) và Chi bộ thôn Lặp Pịa (xã Mẫu Sơn), huyện Lộc Bình; Trung tá Hoàng Trung "
        "Hiếu là Chính trị viên phó Đồn.",
        "completed": [
            "the page is about the border post: the village cell's thematic plan for 2020 (number, date, "
            "bases, member count, four topics with their times and preparers) is written as a village "
            "cell types it and pasted into an e-mail to the commune Party office; the file is that "
            "e-mail as the office saved it (reply on top, the plan quoted with “> ”)",
            "the secretary and the village members are completed; the border officer follows the page",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ thôn Quân Phát",
        "committee_name": "Đảng bộ xã Yên Khoái",
        "number": 1,
        "type_code": "KH",
        "date": "2020-01-06",
        "place": "Yên Khoái",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ thôn Quân Phát năm 2020;"],
        "mail_from": "Van phong Dang uy xa Yen Khoai <vpdu.yenkhoai@gmail.com>",
        "mail_sent": "Friday, January 10, 2020 8:42 AM",
        "mail_to": "Lang Van Tuan <tuanlv.quanphat@gmail.com>",
        "mail_subject": "RE: KH sinh hoat chuyen de 2020 - CB thon Quan Phat",
        "mail_reply": [
            "Văn phòng đã nhận, đề nghị đ/c gửi bản có chữ ký, đóng dấu khi lên họp giao ban.",
            "Trân trọng!",
        ],
        "mail_quote_intro": "On Thu, Jan 9, 2020 at 4:15 PM Lang Van Tuan <tuanlv.quanphat@gmail.com> wrote:",
        "plan_lines": [
            "Kính gửi Văn phòng Đảng ủy xã, file đính kèm bị lỗi phông nên tôi dán vào thư:",
            "",
            *_P123_LINES,
        ],
        "topics": _P123_TOPICS,
        "targets": [],
        "closing": [],
        "secretary": _LVT,
    },
    {
        "id": "127_chi_bo_htx_dvnn_yen_phong_ninh_phong_2023",
        "half": "dev",
        "fmt": "odt",
        "layout": "g_notice_by_person_words",
        "province": "Ninh Bình",
        "source": "https://vietnam.vn/ja/cong-bo-quyet-dinh-thanh-lap-chi-bo-htx-dich-vu-nong-nghiep-yen-phong",
        "source_says": "vietnam.vn (bản tiếng Nhật của tin Báo Ninh Bình): chiều 11/10, Ban Thường vụ Đảng ủy "
        "phường Ninh Phong (thành phố Ninh Bình) công bố quyết định thành lập Chi bộ HTX dịch vụ nông "
        "nghiệp Yên Phong gồm 3 đảng viên; đồng chí Phạm Xuân Hùng, Chủ tịch HĐQT, Giám đốc HTX, được "
        "chỉ định làm Bí thư chi bộ nhiệm kỳ 2022–2025; HTX có hơn 230 thành viên; Đảng bộ phường có 21 "
        "chi bộ.",
        "completed": [
            "the page reports the cell's founding in 2022: its notice assigning the four thematic "
            "meetings of 2023 (number, date, the topics, the quarter and month of each in words) is "
            "written as a three-member cell would type it",
            "the two members other than the secretary and their posts are completed; the second topic's "
            "month (tháng Bảy) is outside its quarter (quý II) as the notice types it",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ HTX dịch vụ nông nghiệp Yên Phong",
        "committee_name": "Đảng bộ phường Ninh Phong",
        "left": ["ĐẢNG BỘ PHƯỜNG NINH PHONG", "CHI BỘ HTX DỊCH VỤ", "NÔNG NGHIỆP YÊN PHONG"],
        "send_to": ["Đảng ủy phường Ninh Phong (b/c)", "Các đồng chí đảng viên"],
        "title_lines": ["THÔNG BÁO", "Phân công chuẩn bị sinh hoạt chuyên đề năm 2023"],
        "number": 3,
        "type_code": "TB",
        "date": "2023-01-04",
        "place": "Ninh Phong",
        "legal_bases": [],
        "opening": "Theo kết luận tại kỳ sinh hoạt tháng 12/2022, Chi bộ HTX dịch vụ nông "
        "nghiệp Yên Phong thông báo phân công các đồng chí đảng viên chuẩn bị nội dung sinh hoạt "
        "chuyên đề năm 2023 như sau:",
        "assignments": [
            (
                "Đồng chí Phạm Xuân Hùng – Bí thư Chi bộ, Giám đốc HTX",
                [
                    "- Chuyên đề quý I: “Chi bộ lãnh đạo HTX chuyển đổi cơ cấu cây trồng, mở rộng vùng lúa chất "
                    "lượng cao”; sinh hoạt vào kỳ tháng Giêng.",
                    "- Cùng đồng chí Vũ Thị Lan chuẩn bị chuyên đề quý IV: “Học tập và làm theo Bác về tinh thần "
                    "phục vụ nhân dân trong hoạt động dịch vụ nông nghiệp”, đồng chí Hùng chủ trì; sinh hoạt "
                    "kỳ tháng Chạp.",
                ],
            ),
            (
                "Đồng chí Đinh Văn Khoa – Phó Giám đốc HTX",
                [
                    "- Chuyên đề quý II: “Nâng cao chất lượng dịch vụ thủy lợi, bảo vệ thực vật cho hơn 230 "
                    "thành viên HTX”; do vụ chiêm xuân thu hoạch muộn, sinh hoạt vào kỳ tháng Bảy.",
                ],
            ),
            (
                "Đồng chí Vũ Thị Lan – Kế toán HTX",
                [
                    "- Chuyên đề quý III: “Minh bạch tài chính HTX, công khai giá dịch vụ với thành viên”; "
                    "sinh hoạt vào kỳ tháng Chín.",
                ],
            ),
        ],
        "topics": _P127_TOPICS,
        "targets": [],
        "closing": [
            "Các đồng chí chuẩn bị đề cương, gửi Bí thư Chi bộ trước kỳ sinh hoạt một tuần. Mời đồng chí "
            "Đảng ủy viên phụ trách chi bộ dự các kỳ sinh hoạt chuyên đề.",
        ],
        "secretary": _PXH,
    },
]
