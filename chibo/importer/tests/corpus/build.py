"""Rebuild the public-plan corpus: each plan's file and its truth file, from plans.py.

Usage (from the repository root): .venv/bin/python -m chibo.importer.tests.corpus.build [ID ...]
Needs python-docx and Pillow (in the dev install), LibreOffice (soffice) for .doc/.odt and the
scans, and pdftoppm (poppler-utils) for the scans and the photo. Output: dev/ and test/ beside
this file, ``<id>.<ext>`` and ``<id>.json``. Scans and photos use a fixed random seed.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .common import ROMAN, Block, header, set_widths, signature
from .common import number_line as number_line  # kept here for layouts that take it from build
from .common import people as who
from .common import vn_date as vn_date  # kept here for layouts that take it from build
from .dev.plans import PLANS as DEV_PLANS

try:
    from .test.plans import PLANS as TEST_PLANS
except ImportError:  # a checkout holding only the development half
    TEST_PLANS = []

try:  # the test half's own layouts (plans 50–59), written apart: see test/README.md
    from .test.layouts import LAYOUTS as TEST_LAYOUTS
except ImportError:  # a checkout holding only the development half
    TEST_LAYOUTS = {}

PLANS = DEV_PLANS + TEST_PLANS


def _dev_layouts() -> dict[str, Any]:
    """Layouts that a development batch keeps in its own module (`dev/layouts_*.py`, each with a
    `LAYOUTS` dict and, optionally, `PLANS` to add to the development half), so that writers working
    at the same time never edit this file's table together."""
    import importlib

    found: dict[str, Any] = {}
    for module in sorted((Path(__file__).resolve().parent / "dev").glob("layouts_*.py")):
        mod = importlib.import_module(f"{__package__}.dev.{module.stem}")
        found.update(getattr(mod, "LAYOUTS", {}))
        PLANS.extend(getattr(mod, "PLANS", []))
    return found


DEV_LAYOUTS = _dev_layouts()

HERE = Path(__file__).resolve().parent
EXT = {"docx": "docx", "txt": "txt", "odt": "odt", "doc": "doc", "scan": "pdf", "photo": "jpg"}


# ------------------------------------------------------------------------------------------ words
def names(people: list[str], prefix: str = "đồng chí") -> str:
    if len(people) == 1:
        return f"{prefix} {people[0]}"
    return ", ".join(f"{prefix} {n}" for n in people[:-1]) + f" và {prefix} {people[-1]}"


def when(t: dict[str, Any], default: str) -> str:
    return t.get("when") or default


def bases(p: dict[str, Any]) -> list[Block]:
    return [("p", line) for line in p["legal_bases"]]


def purpose() -> list[Block]:
    return [
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "- Nâng cao nhận thức chính trị, ý thức trách nhiệm của đảng viên; góp phần đổi mới nội dung, "
              "nâng cao chất lượng sinh hoạt chi bộ."),
        ("p", "- Chuyên đề phải thiết thực, gắn với nhiệm vụ chính trị của đơn vị; mỗi đảng viên được phân "
              "công chuẩn bị chu đáo, gửi dự thảo trước buổi sinh hoạt."),
    ]  # fmt: skip


def organise(p: dict[str, Any]) -> list[Block]:
    return [
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", f"- Chi ủy chỉ đạo, đôn đốc đảng viên được phân công chuẩn bị nội dung; sau mỗi buổi sinh hoạt "
              f"chuyên đề báo cáo kết quả về {p['committee_name']}."),
        ("p", "- Đảng viên trong chi bộ nghiên cứu trước dự thảo, tham gia ý kiến tại buổi sinh hoạt."),
    ]  # fmt: skip


# ---------------------------------------------------------------------------------------- layouts
def sections_assign(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    out: list[Block] = [header(p), ("title", ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += bases(p)
    out.append(("p", f"{p['cell_name']} xây dựng kế hoạch sinh hoạt chuyên đề năm {y} như sau:"))
    out += purpose()
    out.append(("h", "II. NỘI DUNG VÀ THỜI GIAN"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. Chuyên đề: “{t['title']}”"))
        out.append(("p", f"- Thời gian: Quý {ROMAN[t['quarter']]}, tháng {t['month']:02d}/{y}"))
        if t["form"]:
            out.append(("p", f"- Hình thức: {t['form']}"))
    out.append(("h", "III. PHÂN CÔNG CHUẨN BỊ"))
    if p.get("assign_style") == "by_person":
        for i, t in enumerate(p["topics"], 1):
            who = ", ".join(f"Đồng chí {n}" for n in t["presenters"])
            out.append(("p", f"{i}. {who}: chuẩn bị chuyên đề quý {ROMAN[t['quarter']]} "
                             f"“{t['title']}”."))  # fmt: skip
    else:
        for i, t in enumerate(p["topics"], 1):
            out.append(("p", f"- Chuyên đề số {i} (tháng {t['month']}): {names(t['presenters'])} "
                             f"chịu trách nhiệm xây dựng dự thảo."))  # fmt: skip
    out += organise(p)
    out.append(signature(p))
    return out


def table(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    style = p["table_style"]
    title = ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"]
    out: list[Block] = [header(p), ("title", title)]
    if style != "compact":
        out += bases(p)
        out.append(("p", f"Thực hiện chỉ đạo của {p['committee_name']}, {p['cell_name']} "
                         f"({p['members']}) xây dựng kế hoạch sinh hoạt chuyên đề năm {y} như sau:"))  # fmt: skip
        out += purpose()
        out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG"))
    else:
        out.append(("p", f"{p['cell_name']} ({p['members']}) thống nhất sinh hoạt chuyên đề mỗi quý một "
                         f"lần, cụ thể:"))  # fmt: skip
    rows: list[list[str]] = []
    if style == "month_first":
        head = ["TT", "Thời gian", "Tên chuyên đề", "Người xây dựng chuyên đề", "Ghi chú"]
        for i, t in enumerate(p["topics"], 1):
            who = "\n".join(f"Đ/c {n}" for n in t["presenters"])
            rows.append(
                [
                    str(i),
                    f"Tháng {t['month']}/{y}\n(Quý {ROMAN[t['quarter']]})",
                    t["title"],
                    who,
                    "",
                ]
            )
    elif style == "quarter_month_cols":
        head = ["STT", "Quý", "Tháng", "Nội dung chuyên đề", "Phân công chuẩn bị", "Hình thức"]
        for i, t in enumerate(p["topics"], 1):
            who = ", ".join(t["presenters"])
            rows.append(
                [str(i), ROMAN[t["quarter"]], f"{t['month']:02d}", t["title"], who, t["form"]]
            )
    elif style == "quarter_dash_month":
        head = ["TT", "Thời gian", "Chuyên đề", "Đồng chí chuẩn bị"]
        for i, t in enumerate(p["topics"], 1):
            rows.append([str(i), f"Quý {t['quarter']} – tháng {t['month']:02d}", t["title"],
                         " - ".join(t["presenters"])])  # fmt: skip
    else:  # compact
        head = ["Quý", "Chuyên đề", "Thời gian", "Người chuẩn bị"]
        for t in p["topics"]:
            rows.append(
                [ROMAN[t["quarter"]], t["title"], f"Tháng {t['month']}", ", ".join(t["presenters"])]
            )
    out.append(("table", head, rows))
    if style != "compact":
        out += organise(p)
    out.append(signature(p))
    return out


def quarter_bullets(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    out: list[Block] = [
        header(p),
        ("title", ["KẾ HOẠCH", f"Sinh hoạt chuyên đề của chi bộ năm {y}"]),
    ]
    out += bases(p)
    out.append(("p", f"Chi ủy {p['cell_name']} ({p['members']}) xây dựng kế hoạch sinh hoạt chuyên đề năm "
                     f"{y} như sau:"))  # fmt: skip
    out += purpose()
    out.append(("h", "II. CÁC CHUYÊN ĐỀ TRONG NĂM"))
    for t in p["topics"]:
        out.append(("h", f"QUÝ {ROMAN[t['quarter']]}/{y}"))
        out.append(("p", f"- Chuyên đề: {t['title']}"))
        out.append(("p", f"- Thời gian: tháng {t['month']}/{y}"))
        if len(t["presenters"]) > 2:
            rest = ", ".join(f"đ/c {n}" for n in t["presenters"][1:])
            out.append(
                ("p", f"- Người thực hiện: đ/c {t['presenters'][0]} (đề dẫn); tham luận: {rest}")
            )
        else:
            out.append(
                ("p", "- Người thực hiện: " + ", ".join(f"đ/c {n}" for n in t["presenters"]))
            )
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", "Đồng chí được phân công gửi dự thảo chuyên đề cho chi ủy trước buổi sinh hoạt ít nhất "
                     "01 tuần; sau sinh hoạt, chi bộ ra kết luận và báo cáo Đảng ủy."))  # fmt: skip
    out.append(signature(p))
    return out


def quarter_prose(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    out: list[Block] = [
        header(p),
        ("title", ["KẾ HOẠCH", f"sinh hoạt chi bộ theo chuyên đề năm {y}"]),
    ]
    out += bases(p)
    out.append(("p", f"Chi ủy {p['cell_name']} ban hành kế hoạch sinh hoạt chi bộ theo chuyên đề năm {y} "
                     f"với những nội dung sau:"))  # fmt: skip
    out += purpose()
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    for t in p["topics"]:
        out.append(("h", f"Quý {ROMAN[t['quarter']]}: tháng {t['month']} năm {y}"))
        out.append(("p", f"Chuyên đề “{t['title']}”. {names(t['presenters'], 'Đồng chí')} xây dựng dự thảo, "
                         f"trình chi ủy thông qua trước khi gửi đảng viên."))  # fmt: skip
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", "Các đồng chí chi ủy viên theo dõi, đôn đốc; kết quả từng buổi sinh hoạt được báo cáo "
                     "Đảng ủy Khối."))  # fmt: skip
    out.append(signature(p))
    return out


def prose(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    out: list[Block] = [header(p), ("title", ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += bases(p)
    out.append(("p", f"{p['cell_name']} hiện có {p['members']}. Để nâng cao chất lượng sinh hoạt, chi ủy "
                     f"xây dựng đề cương sinh hoạt hằng tháng và kế hoạch sinh hoạt chuyên đề năm {y} như "
                     f"sau."))  # fmt: skip
    out += purpose()
    out.append(("h", "II. NỘI DUNG"))
    text = []
    for t in p["topics"]:
        text.append(f"Quý {ROMAN[t['quarter']]}, vào tháng {t['month']}, chi bộ sinh hoạt chuyên đề "
                    f"“{t['title']}”, giao {names(t['presenters'])} chuẩn bị nội dung.")  # fmt: skip
    out.append(("p", " ".join(text[:2])))
    out.append(("p", " ".join(text[2:])))
    out += organise(p)
    out.append(signature(p))
    return out


def numbered_list(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    out: list[Block] = [header(p), ("title", ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += bases(p)
    out.append(
        ("p", f"{p['cell_name']} xây dựng kế hoạch sinh hoạt chuyên đề năm {y}, cụ thể như sau:")
    )
    out += purpose()
    out.append(("h", "II. NỘI DUNG CỤ THỂ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. Quý {ROMAN[t['quarter']]} (tháng {t['month']}/{y}): {t['title']}."))
        out.append(("p", "   Phân công: " + ", ".join(f"đ/c {n}" for n in t["presenters"]) + "."))
    out += organise(p)
    out.append(signature(p))
    return out


def _targets_section(p: dict[str, Any], as_table: bool) -> list[Block]:
    out: list[Block] = [("h", "2. Chỉ tiêu")]
    if as_table:
        out.append(("table", ["STT", "Chỉ tiêu", "Ghi chú"],
                    [[str(i), t["text"], ""] for i, t in enumerate(p["targets"], 1)]))  # fmt: skip
    else:
        out += [("p", f"- {t['text']}.") for t in p["targets"]]
    return out


def _topic_lines(p: dict[str, Any]) -> list[Block]:
    if not p["topics"]:
        return []
    out: list[Block] = [("h", "3. Sinh hoạt chuyên đề")]
    for t in p["topics"]:
        out.append(("p", f"- Quý {ROMAN[t['quarter']]} (tháng {t['month']}): chuyên đề “{t['title']}”; "
                         f"người chuẩn bị: {', '.join(t['presenters'])}."))  # fmt: skip
    return out


def activity(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    out: list[Block] = [header(p), ("title", ["KẾ HOẠCH", f"Hoạt động của chi bộ năm {y}"])]
    out += bases(p)
    out.append(("p", f"{p['cell_name']} xây dựng kế hoạch hoạt động năm {y} như sau:"))
    out.append(("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"))
    out.append(("p", f"Chi bộ có {p['members']}; nội bộ đoàn kết, đảng viên gương mẫu, hoàn thành nhiệm vụ "
                     f"được giao. Khó khăn: một số đảng viên trẻ còn ít kinh nghiệm."))  # fmt: skip
    out.append(("h", "II. MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ"))
    out.append(("h", "1. Mục tiêu"))
    out.append(
        (
            "p",
            "Xây dựng chi bộ trong sạch, vững mạnh; lãnh đạo đơn vị hoàn thành tốt nhiệm vụ chính trị.",
        )
    )
    out += _targets_section(p, as_table=False)
    out += _topic_lines(p)
    out.append(("h", "III. GIẢI PHÁP"))
    out.append(("p", "- Duy trì nền nếp sinh hoạt chi bộ định kỳ ngày 05 hằng tháng."))
    out.append(
        ("p", "- Phân công đảng viên giúp đỡ quần chúng ưu tú; chỉ đạo Công đoàn, Chi đoàn.")
    )
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out.append(
        (
            "p",
            "Chi ủy cụ thể hóa kế hoạch thành chương trình hằng tháng; sơ kết 6 tháng, tổng kết năm.",
        )
    )
    out.append(signature(p))
    return out


def activity_text(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    out: list[Block] = [
        header(p),
        ("title", ["KẾ HOẠCH HOẠT ĐỘNG CỦA CHI BỘ", f"Năm học {y} – {y + 1}"]),
    ]
    out.append(("p", f"Thực hiện kết luận của hội nghị chi bộ ngày {p['date'][8:]}/{p['date'][5:7]}/{y}, được sự nhất "
                     f"trí của {p['committee_name']}, {p['cell_name']} xây dựng kế hoạch năm học {y} – {y + 1} "
                     f"như sau:"))  # fmt: skip
    out.append(("h", "A. CÁC CHỈ TIÊU PHẤN ĐẤU"))
    out += [("p", f"{i}. {t['text']}.") for i, t in enumerate(p["targets"], 1)]
    out.append(("h", "B. NHIỆM VỤ TRỌNG TÂM"))
    out.append(
        (
            "p",
            "Lãnh đạo nhà trường thực hiện tốt nhiệm vụ năm học; chăm lo công tác phát triển đảng.",
        )
    )
    topics = p["topics"]
    sentence = ("Chi bộ tổ chức sinh hoạt chuyên đề mỗi quý một lần: "
                + "; ".join(f"quý {ROMAN[t['quarter']]} (tháng {t['month']}) với chuyên đề “{t['title']}” do "
                            f"đồng chí {', '.join(t['presenters'])} chuẩn bị" for t in topics) + ".")  # fmt: skip
    out.append(("p", sentence))
    out.append(("h", "C. TỔ CHỨC THỰC HIỆN"))
    out.append(
        (
            "p",
            "Chi ủy phân công từng đảng viên phụ trách các chỉ tiêu; đánh giá kết quả cuối năm học.",
        )
    )
    out.append(signature(p))
    return out


def programme_monthly(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    out: list[Block] = [header(p), ("title", ["CHƯƠNG TRÌNH", f"Công tác của chi bộ năm {y}"])]
    out += bases(p)
    out.append(("p", f"{p['cell_name']} xây dựng chương trình công tác năm {y} như sau:"))
    by_month = {t["month"]: t for t in p["topics"]}
    rows = []
    for m in range(1, 13):
        work = [f"Sinh hoạt chi bộ thường kỳ tháng {m}; đánh giá kết quả tháng {m - 1 or 12}."]
        who = p["secretary"]
        if m in by_month:
            t = by_month[m]
            work.append(f"Sinh hoạt chuyên đề: “{t['title']}”.")
            who = f"{who}; chuẩn bị chuyên đề: {', '.join(t['presenters'])}"
        if m == 6:
            work.append("Sơ kết 6 tháng đầu năm.")
        if m == 12:
            work.append("Kiểm điểm, đánh giá, xếp loại đảng viên cuối năm.")
        rows.append([f"Tháng {m}", "\n".join(work), who])
    out.append(("table", ["Thời gian", "Nội dung công tác", "Người thực hiện"], rows))
    out.append(("p", "Chương trình có thể điều chỉnh theo chỉ đạo của Đảng ủy cấp trên."))
    out.append(signature(p))
    return out


def programme_targets(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    out: list[Block] = [header(p), ("title", ["CHƯƠNG TRÌNH CÔNG TÁC", f"năm {y}"])]
    out += bases(p)
    out.append(("p", f"{p['cell_name']} ({p['members']}) xây dựng chương trình công tác năm {y}:"))
    out.append(("h", "I. MỤC TIÊU, CHỈ TIÊU"))
    out.append(("h", "1. Mục tiêu"))
    out.append(("p", "Chỉ đạo thực hiện tốt các nghị quyết; đẩy mạnh các cuộc vận động “Học tập và làm theo tư "
                     "tưởng, đạo đức, phong cách Hồ Chí Minh”, “Xây dựng trường mầm non xanh – an toàn – thân "
                     "thiện – hạnh phúc”."))  # fmt: skip
    out += _targets_section(p, as_table=True)
    out.append(("h", "II. NHIỆM VỤ TRỌNG TÂM THEO QUÝ"))
    rows = [
        [
            "Quý I",
            "Quán triệt nghị quyết năm; phát động thi đua chào mừng ngày thành lập Đảng.",
            p["secretary"],
        ],
        ["Quý II", "Sơ kết học kỳ; tạo nguồn phát triển đảng viên.", p["secretary"]],
        ["Quý III", "Chuẩn bị cơ sở vật chất, tuyển sinh năm học mới.", "Chi ủy"],
        ["Quý IV", "Kiểm điểm, đánh giá, xếp loại đảng viên và chi bộ.", "Chi ủy"],
    ]
    out.append(("table", ["Thời gian", "Nội dung", "Phụ trách"], rows))
    out.append(signature(p))
    return out


def table_merged_quarters(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    out: list[Block] = [header(p), ("title", ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += bases(p)
    out.append(
        ("p", f"{p['cell_name']} ({p['members']}) xây dựng kế hoạch sinh hoạt chuyên đề năm {y}:")
    )
    out += purpose()
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    rows = []
    for t in p["topics"]:
        rows.append(
            [
                f"Quý {ROMAN[t['quarter']]}",
                f"Tháng {t['month']}",
                t["title"],
                ", ".join(t["presenters"]),
            ]
        )
    out.append(
        ("table", ["Quý", "Tháng", "Tên chuyên đề", "Người thực hiện"], rows, "merge_first_column")
    )
    out += organise(p)
    out.append(signature(p))
    return out


def month_only_assign_table(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    out: list[Block] = [
        header(p),
        ("title", ["KẾ HOẠCH", f"Sinh hoạt chuyên đề các tháng còn lại năm {y}"]),
    ]
    out += bases(p)
    out.append(
        ("p", f"Sau Đại hội, {p['cell_name']} xây dựng kế hoạch sinh hoạt chuyên đề như sau:")
    )
    out += purpose()
    out.append(("h", "II. CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"Chuyên đề {i} (tháng {t['month']:02d}/{y}): {t['title']}."))
    out.append(("h", "III. PHÂN CÔNG CHUẨN BỊ"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        rows.append(
            [str(i), f"Chuyên đề {i}", "; ".join(t["presenters"]), f"Trước 05/{t['month']:02d}/{y}"]
        )
    out.append(("table", ["TT", "Nội dung", "Người thực hiện", "Hạn gửi dự thảo"], rows))
    out += organise(p)
    out.append(signature(p))
    return out


def month_codes(p: dict[str, Any]) -> list[Block]:
    """A cell's year programme: quarter rows in one table, each meeting's month written "T3/2024"."""
    y = p["year"]
    period = p.get("period") or f"năm {y}"  # or "năm học 2022 – 2023"
    out: list[Block] = [
        header(p),
        ("title", ["CHƯƠNG TRÌNH", f"Sinh hoạt chi bộ và sinh hoạt chuyên đề {period}"]),
    ]
    out += bases(p)
    out.append(("p", p.get("opening") or f"Chi ủy {p['cell_name']} ({p['members']}) xây dựng chương trình "
                     f"sinh hoạt {period} như sau:"))  # fmt: skip
    out.append(("h", "I. SINH HOẠT ĐỊNH KỲ"))
    out.append(("p", "Chi bộ họp định kỳ vào tuần đầu hằng tháng: đánh giá việc thực hiện nghị quyết tháng "
                     "trước, đề ra nhiệm vụ tháng sau; điểm danh và thu đảng phí."))  # fmt: skip
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    rows: list[list[str]] = []
    last = None
    for t in p["topics"]:  # in the plan's order: a school year runs from quarter III or IV
        if t["quarter"] != last:
            label = f"QUÝ {ROMAN[t['quarter']]}" + (f"/{t['qyear']}" if t.get("qyear") else "")
            rows.append([label, "", "", ""])
            last = t["quarter"]
        rows.append([when(t, f"T{t['month']}/{y}"), t["title"], who(t, "Đ/c", "\n"), t["form"]])
    out.append(
        ("table", ["Thời gian", "Nội dung chuyên đề", "Đảng viên trình bày", "Hình thức"], rows)
    )
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", "Đảng viên được phân công gửi nội dung cho Bí thư chi bộ trước buổi sinh hoạt 05 ngày; "
                     "chương trình có thể điều chỉnh theo chỉ đạo của cấp ủy cấp trên."))  # fmt: skip
    out.append(signature(p))
    return out


def quarter_ranges_assign(p: dict[str, Any]) -> list[Block]:
    """Quarter headings with their months ("Quý I (tháng 1 – 3)"), topics numbered "1.", and a
    separate assignment section that refers to them as "Chuyên đề số N"."""
    y = p["year"]
    out: list[Block] = [
        header(p),
        ("title", ["KẾ HOẠCH", f"Sinh hoạt chuyên đề của chi bộ năm {y}"]),
    ]
    out += bases(p)
    out.append(("p", p.get("opening") or f"{p['cell_name']} xây dựng kế hoạch sinh hoạt chuyên đề năm {y} "
                     f"như sau:"))  # fmt: skip
    out += purpose()
    out.append(("h", "II. NỘI DUNG VÀ THỜI GIAN"))
    reverse = p.get("numbering") == "reverse"  # "Chuyên đề số N" here, "N." in the assignment
    i = 0
    for q in range(1, 5):
        topics = [t for t in p["topics"] if t["quarter"] == q]
        if not topics:
            continue
        out.append(("h", f"Quý {ROMAN[q]} (tháng {3 * q - 2} – {3 * q})"))
        for t in topics:
            i += 1
            written = when(t, f"Tháng {t['month']:02d}/{y}")
            if reverse:
                out.append(("p", f"Chuyên đề số {i} ({written}): {t['title']}."))
            else:
                out.append(("p", f"{i}. {written}: “{t['title']}”."))
    out.append(("h", "III. PHÂN CÔNG CHUẨN BỊ"))
    for i, t in enumerate(p["topics"], 1):
        if reverse:
            people = who(t, "đồng chí")
            out.append(("p", f"{i}. {people[0].upper()}{people[1:]}: xây dựng dự thảo chuyên đề, gửi đảng viên nghiên "
                             f"cứu trước 01 tuần."))  # fmt: skip
        else:
            out.append(("p", f"- Chuyên đề số {i}: {who(t)} chuẩn bị đề cương, trình chi ủy trước buổi "
                             f"sinh hoạt 10 ngày."))  # fmt: skip
    out += organise(p)
    out.append(signature(p))
    return out


def table_roles(p: dict[str, Any]) -> list[Block]:
    """A table whose time column is written in words and whose presenters carry their roles."""
    y = p["year"]
    out: list[Block] = [header(p), ("title", ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += bases(p)
    out.append(("p", p.get("opening") or f"{p['cell_name']} xây dựng kế hoạch sinh hoạt chuyên đề năm {y} "
                     f"như sau:"))  # fmt: skip
    out += purpose()
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        rows.append(
            [str(i), when(t, f"Tháng {t['month']} năm {y}"), t["title"], who(t, "Đ/c", "\n")]
        )
    out.append(("table", ["TT", "Thời gian", "Tên chuyên đề", "Người thực hiện"], rows))
    out += organise(p)
    out.append(signature(p))
    return out


def prose_ranges(p: dict[str, Any]) -> list[Block]:
    """One paragraph per quarter: "Quý III (tháng 7 – 9): vào tháng 9, chi bộ sinh hoạt chuyên đề …"."""
    y = p["year"]
    out: list[Block] = [header(p), ("title", ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += bases(p)
    out.append(("p", p.get("opening") or f"{p['cell_name']} xây dựng kế hoạch sinh hoạt chuyên đề năm {y} "
                     f"như sau:"))  # fmt: skip
    out += purpose()
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    for t in p["topics"]:
        q = t["quarter"]
        lead = t["presenters"][0]
        rest = t["presenters"][1:]
        people = f"Đồng chí {lead} chuẩn bị và trình bày dự thảo"
        if rest:
            people += "; " + ", ".join(f"đồng chí {n}" for n in rest) + " chuẩn bị ý kiến tham luận"
        out.append(("p", f"Quý {ROMAN[q]} (tháng {3 * q - 2} – {3 * q}): {when(t, 'vào tháng ' + str(t['month']))}, "
                         f"chi bộ sinh hoạt chuyên đề “{t['title']}”. {people}."))  # fmt: skip
    out += organise(p)
    out.append(signature(p))
    return out


def activity_quarters(p: dict[str, Any]) -> list[Block]:
    """An annual activity plan: targets in a table, thematic meetings as bullets under quarter marks."""
    y = p["year"]
    period = p.get("period") or f"năm {y}"
    out: list[Block] = [header(p), ("title", ["KẾ HOẠCH", f"Hoạt động của chi bộ {period}"])]
    out += bases(p)
    out.append(
        ("p", p.get("opening") or f"{p['cell_name']} xây dựng kế hoạch hoạt động {period} như sau:")
    )
    out.append(("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"))
    out.append(("p", f"Chi bộ có {p['members']}. Thuận lợi: đội ngũ đoàn kết, nhiệt tình; được Đảng ủy quan tâm "
                     f"chỉ đạo. Khó khăn: cơ sở vật chất còn thiếu, một số đảng viên trẻ chưa có kinh "
                     f"nghiệm."))  # fmt: skip
    out.append(("h", "II. MỤC TIÊU, CHỈ TIÊU"))
    out.append(("h", "1. Mục tiêu"))
    out.append(
        ("p", "Xây dựng chi bộ trong sạch, vững mạnh; lãnh đạo nhà trường hoàn thành tốt nhiệm vụ.")
    )
    out += _targets_section(p, as_table=True)
    out.append(("h", "III. NHIỆM VỤ, GIẢI PHÁP"))
    out.append(("h", "1. Công tác giáo dục chính trị tư tưởng"))
    out.append(("p", "- Quán triệt kịp thời các chỉ thị, nghị quyết của Đảng; đẩy mạnh học tập và làm theo tư "
                     "tưởng, đạo đức, phong cách Hồ Chí Minh."))  # fmt: skip
    out.append(("h", "2. Sinh hoạt chuyên đề"))
    last = None
    for t in p["topics"]:
        if t["quarter"] != last:
            out.append(("p", f"* Quý {ROMAN[t['quarter']]}:"))
            last = t["quarter"]
        written = when(t, f"Tháng {t['month']}/{y}")
        out.append(("p", f"- {written}: {t['title']} ({who(t)} chuẩn bị)."))
    out.append(("h", "3. Công tác phát triển đảng viên"))
    out.append(("p", "- Phân công đảng viên giúp đỡ quần chúng ưu tú; giới thiệu quần chúng học lớp bồi dưỡng "
                     "nhận thức về Đảng."))  # fmt: skip
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out.append(
        (
            "p",
            "Chi ủy cụ thể hóa kế hoạch thành nghị quyết hằng tháng; sơ kết học kỳ, tổng kết năm.",
        )
    )
    out.append(signature(p))
    return out


def compact_opening(p: dict[str, Any]) -> list[Block]:
    """One page: a header naming only the committee, the cell in the opening sentence, a short table."""
    y = p["year"]
    out: list[Block] = [header(p), ("title", ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out.append(("p", p["opening"]))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        rows.append([str(i), when(t, f"T{t['month']} (Quý {ROMAN[t['quarter']]})"), t["title"],
                     who(t, "", ", ")])  # fmt: skip
    out.append(("table", ["TT", "Thời gian", "Chuyên đề", "Người chuẩn bị"], rows))
    out.append(
        ("p", "Đảng viên được phân công gửi dự thảo cho chi ủy trước buổi sinh hoạt 01 tuần.")
    )
    out.append(signature(p))
    return out


def assign_by_person(p: dict[str, Any]) -> list[Block]:
    """Topics listed with their time; the assignment section is grouped by person, so a member who
    prepares two topics is named once ("Đồng chí A: chuyên đề số 1 và số 3")."""
    y = p["year"]
    out: list[Block] = [header(p), ("title", ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += bases(p)
    out.append(("p", p.get("opening") or f"{p['cell_name']} ({p['members']}) xây dựng kế hoạch sinh hoạt "
                     f"chuyên đề năm {y} như sau:"))  # fmt: skip
    out += purpose()
    out.append(("h", "II. NỘI DUNG CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"Chuyên đề {i}: {t['title']}"))
        written = when(t, f"Quý {ROMAN[t['quarter']]}/{y} (tháng {t['month']})")
        out.append(("p", f"Thời gian: {written}."))
    out.append(("h", "III. PHÂN CÔNG THỰC HIỆN"))
    people: dict[str, list[int]] = {}
    for i, t in enumerate(p["topics"], 1):
        for n in t["presenters"]:
            people.setdefault(n, []).append(i)
    for n, nums in people.items():
        listed = " và ".join(f"số {k}" for k in nums)
        out.append(("p", f"- Đồng chí {n}: chuẩn bị chuyên đề {listed}."))
    out += organise(p)
    out.append(signature(p))
    return out


# ----------------------------------------------------------------------- third batch (40–49)
# Each of these takes the cell's own title (``title_lines``) and opening sentence (``opening``) when
# the plan gives them, so that the cell can be named only in the title, only in the opening, only in
# the signature or in several places with different casing.
MONTH_WORDS = {1: "Một", 2: "Hai", 3: "Ba", 4: "Tư", 5: "Năm", 6: "Sáu", 7: "Bảy", 8: "Tám",
               9: "Chín", 10: "Mười", 11: "Mười một", 12: "Mười hai"}  # fmt: skip


def organise_as(p: dict[str, Any], numeral: str) -> list[Block]:
    """The closing section, numbered where it falls in the plan."""
    blocks = organise(p)
    return [("h", f"{numeral}. TỔ CHỨC THỰC HIỆN"), *blocks[1:]]


def title_block(p: dict[str, Any], default: list[str]) -> Block:
    return ("title", p.get("title_lines") or default)


def opening(p: dict[str, Any], default: str) -> Block:
    return ("p", p.get("opening") or default)


def quarter_paragraphs_words(p: dict[str, Any]) -> list[Block]:
    """Numbered quarter headings, each with time / content / preparers lines; months in words."""
    y = p["year"]
    out: list[Block] = [header(p), title_block(p, ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += bases(p)
    out.append(
        opening(p, f"{p['cell_name']} xây dựng kế hoạch sinh hoạt chuyên đề năm {y} như sau:")
    )
    out += purpose()
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, NGƯỜI CHUẨN BỊ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("h", f"{i}. Quý {ROMAN[t['quarter']]}"))
        out.append(
            ("p", f"- Thời gian: {when(t, 'tháng ' + MONTH_WORDS[t['month']] + ' năm ' + str(y))}.")
        )
        out.append(("p", f"- Nội dung: {t['title']}."))
        out.append(("p", f"- Người chuẩn bị: {who(t, 'đồng chí')}."))
    out += organise_as(p, "III")
    out.append(signature(p))
    return out


def table_presenter_discussant(p: dict[str, Any]) -> list[Block]:
    """A table with the presenter and the discussants in two columns; the time as the cell typed it."""
    y = p["year"]
    out: list[Block] = [header(p), title_block(p, ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += bases(p)
    out.append(
        opening(p, f"{p['cell_name']} xây dựng kế hoạch sinh hoạt chuyên đề năm {y} như sau:")
    )
    out += purpose()
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        lead, rest = t["presenters"][0], t["presenters"][1:]
        rows.append([str(i), when(t, f"Tháng {t['month']}/{y}"), t["title"], f"Đ/c {lead}",
                     "\n".join(f"Đ/c {n}" for n in rest)])  # fmt: skip
    out.append(("table", ["TT", "Thời gian", "Nội dung chuyên đề", "Người trình bày", "Người tham luận"],
                rows, None, (1.0, 2.6, 6.1, 3.4, 3.4)))  # fmt: skip
    out += organise_as(p, "III")
    out.append(signature(p))
    return out


def quarters_assign_table(p: dict[str, Any]) -> list[Block]:
    """Topics under "a) Quý I/2018:" marks; the assignment is a separate table that names each topic
    by its quarter ("Chuyên đề quý II (tháng 5)"), not by its title or number."""
    y = p["year"]
    out: list[Block] = [header(p), title_block(p, ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += bases(p)
    out.append(
        opening(p, f"{p['cell_name']} xây dựng kế hoạch sinh hoạt chuyên đề năm {y} như sau:")
    )
    out += purpose()
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    letters = "abcdefgh"
    for i, t in enumerate(p["topics"]):
        out.append(("p", f"{letters[i]}) Quý {ROMAN[t['quarter']]}/{y}: {t['title']} – thời gian: "
                         f"{when(t, 'tháng ' + format(t['month'], '02d'))}."))  # fmt: skip
    out.append(("h", "III. PHÂN CÔNG CHUẨN BỊ"))
    rows = []
    for t in p["topics"]:
        rows.append([f"Chuyên đề quý {ROMAN[t['quarter']]} (tháng {t['month']})",
                     ", ".join(t["presenters"]), f"Trước ngày 01/{t['month']:02d}/{y}"])  # fmt: skip
    out.append(
        (
            "table",
            ["Chuyên đề", "Đồng chí chuẩn bị", "Thời hạn gửi dự thảo"],
            rows,
            None,
            (5.5, 6.5, 4.5),
        )
    )
    out += organise(p)
    out.append(signature(p))
    return out


def activity_month_table(p: dict[str, Any]) -> list[Block]:
    """A residential cell's activity plan: situation, targets as bullets, tasks, and a month-by-month
    table in which the thematic meetings sit among the other work (no quarter is written)."""
    y = p["year"]
    out: list[Block] = [header(p), title_block(p, ["KẾ HOẠCH", f"Hoạt động của chi bộ năm {y}"])]
    out += bases(p)
    out.append(opening(p, f"{p['cell_name']} xây dựng kế hoạch hoạt động năm {y} như sau:"))
    out.append(("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"))
    out.append(("p", p["situation"]))
    out.append(("h", "II. MỤC TIÊU, CHỈ TIÊU"))
    out += [("p", f"- {t['text']}.") for t in p["targets"]]
    out.append(("h", "III. NHIỆM VỤ, GIẢI PHÁP"))
    out += [("p", f"- {task}") for task in p["tasks"]]
    out.append(("h", "IV. LỊCH CÔNG TÁC CÁC THÁNG"))
    label = p.get("month_label", "Tháng {m:02d}")
    rows = []
    for m in range(p.get("first_month", 1), 13):
        work = [
            f"Họp chi bộ thường kỳ; đánh giá nghị quyết tháng {m - 1 or 12}, đề ra nhiệm vụ tháng {m}."
        ]
        lead = f"Bí thư chi bộ ({p['secretary']})"
        for t in (t for t in p["topics"] if t["month"] == m):
            work.append(f"Sinh hoạt chuyên đề “{t['title']}”.")
            lead += "; chuẩn bị chuyên đề: " + ", ".join(f"đ/c {n}" for n in t["presenters"])
        work += p.get("month_work", {}).get(m, [])
        rows.append([label.format(m=m, y=y), "\n".join(work), lead])
    out.append(
        (
            "table",
            ["Thời gian", "Nội dung công việc", "Người phụ trách"],
            rows,
            None,
            (2.3, 9.0, 5.2),
        )
    )
    out.append(("h", "V. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", "Chi ủy phân công đảng viên phụ trách từng nội dung; sơ kết 6 tháng, tổng kết cuối năm "
                     "báo cáo Đảng ủy."))  # fmt: skip
    out.append(signature(p))
    return out


def prose_dates(p: dict[str, Any]) -> list[Block]:
    """One paragraph per meeting, the time written as a date or a week ("ngày 25/3/2021")."""
    y = p["year"]
    out: list[Block] = [header(p), title_block(p, ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += bases(p)
    out.append(
        opening(p, f"{p['cell_name']} xây dựng kế hoạch sinh hoạt chuyên đề năm {y} như sau:")
    )
    out += purpose()
    out.append(("h", "II. NỘI DUNG VÀ THỜI GIAN"))
    for t in p["topics"]:
        lead, rest = t["presenters"][0], t["presenters"][1:]
        people = f"đồng chí {lead} trình bày"
        if rest:
            people += "; " + ", ".join(f"đồng chí {n}" for n in rest) + " tham luận"
        out.append(("p", f"Quý {ROMAN[t['quarter']]}: {when(t, 'trong tháng ' + str(t['month']))}, chi bộ sinh hoạt "
                         f"chuyên đề “{t['title']}”, {people}."))  # fmt: skip
    out += organise_as(p, "III")
    out.append(signature(p))
    return out


def assign_table_roles(p: dict[str, Any]) -> list[Block]:
    """Topics listed "Chuyên đề N: … (Quý I – tháng 02/2020)"; a separate assignment table with a
    column for the report and one for the discussants."""
    y = p["year"]
    out: list[Block] = [header(p), title_block(p, ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += bases(p)
    out.append(
        opening(p, f"{p['cell_name']} xây dựng kế hoạch sinh hoạt chuyên đề năm {y} như sau:")
    )
    out += purpose()
    out.append(("h", "II. CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        written = when(t, f"Quý {ROMAN[t['quarter']]} – tháng {t['month']:02d}/{y}")
        out.append(("p", f"Chuyên đề {i}: {t['title']} ({written})."))
    out.append(("h", "III. PHÂN CÔNG THỰC HIỆN"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        rows.append(
            [
                f"Chuyên đề {i}",
                t["presenters"][0],
                ", ".join(t["presenters"][1:]) or "Đảng viên trong chi bộ",
            ]
        )
    out.append(("table", ["Nội dung", "Báo cáo đề dẫn", "Tham luận"], rows, None, (3.0, 5.0, 8.5)))
    out += organise(p)
    out.append(signature(p))
    return out


def quarter_table_weeks(p: dict[str, Any]) -> list[Block]:
    """A table with one merged Quý cell over its rows and the time typed as a week of a month."""
    y = p["year"]
    out: list[Block] = [header(p), title_block(p, ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += bases(p)
    out.append(
        opening(p, f"{p['cell_name']} xây dựng kế hoạch sinh hoạt chuyên đề năm {y} như sau:")
    )
    out += purpose()
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    rows = []
    for t in p["topics"]:
        rows.append([f"Quý {ROMAN[t['quarter']]}", when(t, f"Tuần 2, tháng {t['month']}/{y}"), t["title"],
                     who(t, "Đ/c", "\n")])  # fmt: skip
    out.append(
        (
            "table",
            ["Quý", "Thời gian", "Chuyên đề", "Người thực hiện"],
            rows,
            "merge_first_column",
            (1.8, 3.0, 7.2, 4.5),
        )
    )
    out += organise_as(p, "III")
    out.append(signature(p))
    return out


def month_headings(p: dict[str, Any]) -> list[Block]:
    """A heading per meeting written "Tháng 3 năm 2019 (Quý I)", then the topic, its form, the
    presenter and the discussants on lines of their own."""
    y = p["year"]
    out: list[Block] = [header(p), title_block(p, ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"])]
    out += bases(p)
    out.append(
        opening(p, f"{p['cell_name']} xây dựng kế hoạch sinh hoạt chuyên đề năm {y} như sau:")
    )
    out += purpose()
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG"))
    for t in p["topics"]:
        out.append(("h", when(t, f"Tháng {t['month']} năm {y} (Quý {ROMAN[t['quarter']]})")))
        out.append(("p", f"- Chuyên đề: {t['title']}."))
        if t["form"]:
            out.append(("p", f"- Hình thức: {t['form']}."))
        out.append(("p", f"- Đồng chí trình bày: {t['presenters'][0]}."))
        if t["presenters"][1:]:
            out.append(("p", f"- Đồng chí tham luận: {', '.join(t['presenters'][1:])}."))
    out += organise_as(p, "III")
    out.append(signature(p))
    return out


LAYOUTS = {
    "month_headings": month_headings,
    "quarter_paragraphs_words": quarter_paragraphs_words,
    "table_presenter_discussant": table_presenter_discussant,
    "quarters_assign_table": quarters_assign_table,
    "activity_month_table": activity_month_table,
    "prose_dates": prose_dates,
    "assign_table_roles": assign_table_roles,
    "quarter_table_weeks": quarter_table_weeks,
    "activity_quarters": activity_quarters,
    "compact_opening": compact_opening,
    "assign_by_person": assign_by_person,
    "prose_ranges": prose_ranges,
    "month_codes": month_codes,
    "quarter_ranges_assign": quarter_ranges_assign,
    "table_roles": table_roles,
    "table_merged_quarters": table_merged_quarters,
    "month_only_assign_table": month_only_assign_table,
    "sections_assign": sections_assign,
    "table": table,
    "quarter_bullets": quarter_bullets,
    "quarter_prose": quarter_prose,
    "prose": prose,
    "numbered_list": numbered_list,
    "activity": activity,
    "activity_text": activity_text,
    "programme_monthly": programme_monthly,
    "programme_targets": programme_targets,
    **DEV_LAYOUTS,
    **TEST_LAYOUTS,
}


# -------------------------------------------------------------------------------------- renderers
def to_text(blocks: list[Block]) -> str:
    lines: list[str] = []
    for b in blocks:
        if b[0] == "header":
            width = max(map(len, b[1])) + 6
            for left, right in zip(b[1], b[2], strict=True):
                lines.append(f"{left:<{width}}{right}".rstrip())
            lines.append("")
        elif b[0] == "title":
            lines += [s.center(80).rstrip() for s in b[1]] + [""]
        elif b[0] in ("h", "p", "ps"):
            lines.append(b[1])
        elif b[0] == "docx":  # a batch's own Word block: its plain-text lines
            lines += list(b[2])
        elif b[0] == "table":
            lines.append(" | ".join(b[1]))
            for row in b[2]:
                lines.append(" | ".join(cell.replace("\n", "; ") for cell in row))
        elif b[0] == "sign":
            lines.append("")
            width = max(map(len, b[1])) + 6
            for i in range(max(len(b[1]), len(b[2]))):
                left = b[1][i] if i < len(b[1]) else ""
                right = b[2][i] if i < len(b[2]) else ""
                lines.append(f"{left:<{width}}{right}".rstrip())
    return "\n".join(lines) + "\n"


def to_docx(blocks: list[Block], path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    for section in doc.sections:
        section.left_margin, section.right_margin = Cm(2.5), Cm(2)

    def two_columns(
        left: list[str], right: list[str], recipients: bool, bold_left: int = 2
    ) -> None:
        grid = doc.add_table(rows=1, cols=2)
        for col, lines, bold_first in ((0, left, not recipients), (1, right, True)):
            cell = grid.cell(0, col)
            cell.paragraphs[0].text = ""
            for i, line in enumerate(lines):
                para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                left_aligned = recipients and col == 0
                para.alignment = (
                    WD_ALIGN_PARAGRAPH.LEFT if left_aligned else WD_ALIGN_PARAGRAPH.CENTER
                )
                run = para.add_run(line)
                run.bold = bold_first and i < (bold_left if col == 0 else 2)
                run.font.size = Pt(12)

    for b in blocks:
        kind = b[0]
        if kind == "header":
            two_columns(b[1], b[2], False, b[3] if len(b) > 3 else 2)
        elif kind == "pagebreak":  # a hard page break typed between two blocks
            doc.add_page_break()
        elif kind == "docx":  # a batch's own Word mechanics (dev/layouts_e.py, _f.py): b[1](doc)
            b[1](doc)
        elif kind == "title":
            for i, line in enumerate(b[1]):
                para = doc.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = para.add_run(line)
                run.bold = True
                run.font.size = Pt(14 if i == 0 else 13)
        elif kind == "h":
            doc.add_paragraph().add_run(b[1]).bold = True
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif (
            kind == "ps"
        ):  # a paragraph in a named Word style: "List Number" is numbered by Word itself
            doc.add_paragraph(b[1], style=b[2])
        elif kind == "table":
            grid = doc.add_table(rows=1 + len(b[2]), cols=len(b[1]))
            grid.style = "Table Grid"
            for j, text in enumerate(b[1]):
                grid.cell(0, j).paragraphs[0].add_run(text).bold = True
            for i, row in enumerate(b[2], 1):
                for j, text in enumerate(row):
                    grid.cell(i, j).text = text
            if len(b) > 4 and b[4]:  # column widths in cm, as a typist sets them
                set_widths(grid, b[4])
            # {"repeat_header": True, "break_before_row": k}: a long table kept over two pages
            if len(b) > 5 and isinstance(b[5], dict):
                _table_pages(grid, b[5])
            if len(b) > 3 and b[3] == "merge_first_column":  # one Quý cell over its topics
                start = 1
                for i in range(2, len(b[2]) + 2):
                    if i == len(b[2]) + 1 or b[2][i - 1][0] != b[2][start - 1][0]:
                        if i - 1 > start:
                            merged = grid.cell(start, 0).merge(grid.cell(i - 1, 0))
                            merged.text = b[2][start - 1][0]
                        start = i
        elif kind == "sign":
            doc.add_paragraph()
            two_columns(b[1], b[2], True)
            doc.add_paragraph()  # a table last in the body is lost when LibreOffice saves a .doc
    doc.save(str(path))


def _table_pages(grid: Any, options: dict[str, Any]) -> None:
    """A long table as Word keeps it over pages: the header row repeated on each page, and a page
    break before row ``break_before_row`` (counted from the header, 0)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if options.get("repeat_header"):
        mark = OxmlElement("w:tblHeader")
        mark.set(qn("w:val"), "true")
        grid.rows[0]._tr.get_or_add_trPr().append(mark)
    if options.get("break_before_row"):
        row = grid.rows[options["break_before_row"]]
        row.cells[0].paragraphs[0].paragraph_format.page_break_before = True


def soffice(src: Path, fmt: str, outdir: Path) -> Path:
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-corpus-build",
         "--convert-to", fmt, "--outdir", str(outdir), str(src)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return outdir / f"{src.stem}.{fmt}"


def page_images(pdf: Path, dpi: int, workdir: Path) -> list[Path]:
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(workdir / "page")], check=True
    )
    return sorted(workdir.glob("page*.png"))


def scan(pdf: Path, out: Path, seed: int) -> None:
    """An image-only PDF as a flatbed scan would give: grey, rotated 1–2°, slightly blurred."""
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        pages = []
        for png in page_images(pdf, 200, Path(tmp)):
            img = Image.open(png).convert("L")
            img = img.rotate(
                rng.uniform(0.8, 1.8) * rng.choice([-1, 1]), expand=True, fillcolor=245
            )
            img = img.filter(ImageFilter.GaussianBlur(0.9))
            img = img.point(lambda v: int(40 + v * 0.8))  # grey paper, toner not quite black
            pages.append(img)
        pages[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=pages[1:])


def photo(pdf: Path, out: Path, seed: int) -> None:
    """A phone photo of the printed first page: page on a darker desk, tilted, uneven light, blurred."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        page = Image.open(page_images(pdf, 150, Path(tmp))[0]).convert("RGB")
    w, h = page.size
    desk = Image.new("RGB", (int(w * 1.12), int(h * 1.08)), (96, 84, 70))
    desk.paste(page, (int(w * 0.06), int(h * 0.04)))
    desk = desk.rotate(rng.uniform(1.5, 2.5), expand=False, fillcolor=(96, 84, 70))
    shade = Image.new("L", desk.size, 0)
    draw = ImageDraw.Draw(shade)
    for x in range(0, desk.size[0], 8):  # light falling off towards one side
        draw.rectangle([x, 0, x + 8, desk.size[1]], fill=int(60 * x / desk.size[0]))
    desk = Image.composite(Image.new("RGB", desk.size, (0, 0, 0)), desk, shade)
    desk = desk.filter(ImageFilter.GaussianBlur(1.1))
    desk.save(out, "JPEG", quality=82)


def truth(p: dict[str, Any], filename: str) -> dict[str, Any]:
    return {
        "source": p["source"],
        "source_says": p["source_says"],
        "completed": p["completed"],
        "province": p["province"],
        "layout": p["layout"] + (f"/{p['table_style']}" if p.get("table_style") else ""),
        "file": filename,
        "kind": p["kind"],
        "year": p["year"],
        "cell_name": p["cell_name"],
        "committee_name": p["committee_name"],
        "number": p["number"],
        "type_code": p["type_code"],
        "date": p["date"],
        "place": p["place"],
        "legal_bases": len(p["legal_bases"]),
        "topics": [
            {
                "title": t["title"],
                "quarter": t["quarter"],
                "month": t["month"],
                "form": t["form"],
                "presenters": t["presenters"],
                "outputs": "",
                "conflicts": 1 if t["conflict"] else 0,
            }
            for t in p["topics"]
        ],
        "targets": p["targets"],
        "warnings_contain": [],
    }


def build(p: dict[str, Any]) -> Path:
    outdir = HERE / p["half"]
    outdir.mkdir(exist_ok=True)
    target = outdir / f"{p['id']}.{EXT[p['fmt']]}"
    blocks = LAYOUTS[p["layout"]](p)
    seed = sum(map(ord, p["id"]))
    if p["fmt"] == "txt":
        # a plan saved as Windows programs save text (dev/layouts_h.py): "utf-8-sig", "\r\n"
        target.write_text(
            to_text(blocks), encoding=p.get("encoding", "utf-8"), newline=p.get("newline")
        )
    else:
        with tempfile.TemporaryDirectory() as tmp:
            docx = Path(tmp) / f"{p['id']}.docx"
            to_docx(blocks, docx)
            if p["fmt"] == "docx":
                shutil.copy(docx, target)
            elif p["fmt"] in ("doc", "odt"):
                shutil.copy(soffice(docx, p["fmt"], Path(tmp)), target)
            else:
                pdf = soffice(docx, "pdf", Path(tmp))
                (scan if p["fmt"] == "scan" else photo)(pdf, target, seed)
    (outdir / f"{p['id']}.json").write_text(
        json.dumps(truth(p, target.name), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return target


def main(argv: list[str]) -> int:
    wanted = set(argv)
    for p in PLANS:
        if not wanted or p["id"] in wanted:
            print(build(p).relative_to(HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
