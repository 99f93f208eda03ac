"""Development batch 320–329: ten plans of village, residential-group and neighbourhood cells
(writer K), merged by build.py.

Written without reading the parser and without the list of shapes earlier writers chose; the writer
had the issue, the four seed plans, build.py, common.py, facts.py and dev/layouts_a.py (for the
module's form). Each layout types one cell's plan the way its typist would: quarter headings with
dashes (a Bắc Giang village), a resolution with its programme in a table (a Hà Nam village), a short
month list (a Dao village in Bắc Kạn), a half-year table (a Hà Nội residential group), a Hồ Chí
Minh-learning plan whose topics are assigned in a later section (a Thủ Đức neighbourhood), a
year's activity plan with its targets and a thematic section (a Lạng Sơn village), a resolution
with a monthly programme (a Lâm Đồng village), a quarter table with a merged quarter column (a Thanh
Hóa residential group, scanned), "Chuyên đề N (Quý …)" headings in the seeds' manner (a Hà Nội
village) and a plain-text plan of a Hồ Chí Minh City neighbourhood.
"""

from __future__ import annotations

from typing import Any

from ..common import BASE_HD12, ROMAN, Block, date_line, number_line, signed, typed_header
from ..facts import T, target, topic

HD50 = (
    "Căn cứ Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới và nâng cao chất "
    "lượng sinh hoạt chi bộ trong giai đoạn mới;"
)


def _head(p: dict[str, Any]) -> Block:
    return typed_header(p["left"], number_line(p), date_line(p))


def _start(p: dict[str, Any]) -> list[Block]:
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += [("p", b) for b in p["legal_bases"]]
    out.append(("p", p["opening"]))
    return out


def _sign(p: dict[str, Any]) -> Block:
    return signed(p, ["Nơi nhận:", *[f"- {x};" for x in p["send_to"]], "- Lưu chi bộ."])


def _dc(names: list[str], first: str = "Đ/c") -> str:
    return ", ".join(f"{first if i == 0 else 'đ/c'} {n}" for i, n in enumerate(names))


# ------------------------------------------------------------------------------------------ layouts
def k_quarter_dashes(p: dict[str, Any]) -> list[Block]:
    """Quarter headings "* Quý I:" each followed by dash lines: the topic, "Thời gian: tháng 3/2018",
    "Người chuẩn bị: …" (a village typist's plain plan)."""
    y = p["year"]
    out = _start(p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += [("p", x) for x in p["aims"]]
    out.append(("h", f"II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM {y}"))
    for t in p["topics"]:
        out.append(("p", f"* Quý {ROMAN[t['quarter']]}:"))
        out.append(("p", f"- Chuyên đề: {t['title']}."))
        out.append(("p", f"- Thời gian: tháng {t['month']}/{y}."))
        out.append(
            (
                "p",
                "- Người chuẩn bị: "
                + ", ".join(
                    f"đ/c {n} ({r})" for n, r in zip(t["presenters"], t["roles"], strict=True)
                )
                + ".",
            )
        )
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in p["closing"]]
    out.append(_sign(p))
    return out


def k_resolution_table(p: dict[str, Any]) -> list[Block]:
    """A year's resolution: the past year in a paragraph, targets as dashes, tasks, then the
    programme of thematic meetings as a three-column table ("Quý I (tháng 2)")."""
    y = p["year"]
    out = _start(p)
    out.append(("h", "I. ĐÁNH GIÁ KẾT QUẢ NĂM " + str(y - 1)))
    out.append(("p", p["situation"]))
    out.append(("h", f"II. MỤC TIÊU, CHỈ TIÊU NĂM {y}"))
    out += [("p", f"- {t['text']}.") for t in p["targets"]]
    out.append(("h", "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"))
    out += [("p", x) for x in p["tasks"]]
    out.append(("h", "IV. CHƯƠNG TRÌNH SINH HOẠT CHUYÊN ĐỀ"))
    rows = [[t["when"], t["title"], _dc(t["presenters"])] for t in p["topics"]]
    out.append(
        (
            "table",
            ["Thời gian", "Nội dung chuyên đề", "Đồng chí chuẩn bị"],
            rows,
            None,
            (3.2, 9.0, 4.3),
        )
    )
    out.append(("h", "V. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in p["closing"]]
    out.append(_sign(p))
    return out


def k_month_list_short(p: dict[str, Any]) -> list[Block]:
    """A short plan: the topics as "1. Tháng 3: … – đ/c … trình bày"; no quarter is written."""
    out = _start(p)
    out.append(("h", "1. Mục đích, yêu cầu"))
    out += [("p", x) for x in p["aims"]]
    out.append(("h", "2. Nội dung và thời gian"))
    for i, t in enumerate(p["topics"], 1):
        out.append(
            (
                "p",
                f"{i}. Tháng {t['month']}: {t['title']} – {_dc(t['presenters'], 'đ/c')} trình bày.",
            )
        )
    out.append(("h", "3. Tổ chức thực hiện"))
    out += [("p", x) for x in p["closing"]]
    out.append(_sign(p))
    return out


def k_half_year_table(p: dict[str, Any]) -> list[Block]:
    """A half-year plan: a five-column table (TT, content, "Tháng 9/2023", preparer with post, note)."""
    y = p["year"]
    out = _start(p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += [("p", x) for x in p["aims"]]
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        who = "\n".join(f"Đ/c {n} – {r}" for n, r in zip(t["presenters"], t["roles"], strict=True))
        rows.append([str(i), t["title"], f"Tháng {t['month']}/{y}", who, t.get("note", "")])
    out.append(("table", ["TT", "Nội dung chuyên đề", "Thời gian", "Người chuẩn bị", "Ghi chú"], rows, None,
                (1.0, 7.0, 2.4, 4.2, 2.2)))  # fmt: skip
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in p["closing"]]
    out.append(_sign(p))
    return out


def k_hcm_assign_later(p: dict[str, Any]) -> list[Block]:
    """A plan for learning from Hồ Chí Minh: the thematic meetings as "a)", "b)" with
    "(Quý I – tháng 02/2024)"; the preparers only in section III, by the topic's letter."""
    y = p["year"]
    out = _start(p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += [("p", x) for x in p["aims"]]
    out.append(("h", "II. NỘI DUNG"))
    out.append(("p", f"1. Học tập chuyên đề năm {y}"))
    out.append(("p", p["yearly_theme"]))
    out.append(("p", "2. Sinh hoạt chuyên đề tại chi bộ"))
    for i, t in enumerate(p["topics"]):
        out.append(
            (
                "p",
                f"{'abcd'[i]}) {t['title']} (Quý {ROMAN[t['quarter']]} – tháng {t['month']:02d}/{y}).",
            )
        )
    out.append(("p", "3. Xây dựng và nhân rộng gương điển hình"))
    out.append(("p", p["models"]))
    out.append(("h", "III. PHÂN CÔNG THỰC HIỆN"))
    for name, (post, letters) in p["assign"].items():
        parts = " và ".join(f"nội dung {x})" for x in letters)
        out.append(("p", f"- Đ/c {name} – {post}: chuẩn bị {parts} mục 2 phần II."))
    out += [("p", x) for x in p["closing"]]
    out.append(_sign(p))
    return out


def k_activity_quarters(p: dict[str, Any]) -> list[Block]:
    """A village cell's year activity plan: the year past, the targets numbered, the tasks, and
    under "IV. SINH HOẠT CHUYÊN ĐỀ" one paragraph per quarter "Quý I – tháng 02: …, đ/c … chuẩn bị"."""
    y = p["year"]
    out = _start(p)
    out.append(("h", f"I. KẾT QUẢ NĂM {y - 1}"))
    out.append(("p", p["situation"]))
    out.append(("h", "II. CÁC CHỈ TIÊU CHỦ YẾU"))
    out += [("p", f"{i}. {t['text']}.") for i, t in enumerate(p["targets"], 1)]
    out.append(("h", "III. NHIỆM VỤ TRỌNG TÂM"))
    out += [("p", x) for x in p["tasks"]]
    out.append(("h", "IV. SINH HOẠT CHUYÊN ĐỀ"))
    for t in p["topics"]:
        out.append(("p", f"- Quý {ROMAN[t['quarter']]} – tháng {t['month']:02d}: {t['title']}; "
                         f"{_dc(t['presenters'], 'đ/c')} chuẩn bị."))  # fmt: skip
    out.append(("h", "V. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in p["closing"]]
    out.append(_sign(p))
    return out


def k_resolution_months(p: dict[str, Any]) -> list[Block]:
    """A resolution: "QUYẾT NGHỊ" with targets in one sentence, then a monthly programme in which
    each thematic month is one line "Tháng 3: Sinh hoạt chuyên đề “…” (đ/c … chuẩn bị)" among
    the other months' work."""
    y = p["year"]
    out = _start(p)
    out.append(("h", "I. TÌNH HÌNH"))
    out.append(("p", p["situation"]))
    out.append(("h", "II. CHI BỘ QUYẾT NGHỊ"))
    out.append(("p", f"1. Mục tiêu năm {y}: " + "; ".join(t["text"] for t in p["targets"]) + "."))
    out.append(("p", "2. Nhiệm vụ, giải pháp:"))
    out += [("p", x) for x in p["tasks"]]
    out.append(("p", "3. Chương trình công tác và sinh hoạt chuyên đề:"))
    by_month = {t["month"]: t for t in p["topics"]}
    for m in range(1, 13):
        if m in by_month:
            t = by_month[m]
            out.append(("p", f"- Tháng {m}: Sinh hoạt chuyên đề “{t['title']}” ({_dc(t['presenters'], 'đ/c')} "
                             "chuẩn bị)."))  # fmt: skip
        elif m in p["month_work"]:
            out.append(("p", f"- Tháng {m}: {p['month_work'][m]}."))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in p["closing"]]
    out.append(_sign(p))
    return out


def k_quarter_merged_table(p: dict[str, Any]) -> list[Block]:
    """A table "Quý | Tháng | Nội dung | Người thực hiện" whose quarter cells are merged over their
    months."""
    out = _start(p)
    out.append(("h", "I. MỤC ĐÍCH, YÊU CẦU"))
    out += [("p", x) for x in p["aims"]]
    out.append(("h", "II. NỘI DUNG VÀ THỜI GIAN"))
    rows = [[f"Quý {ROMAN[t['quarter']]}", f"Tháng {t['month']}", t["title"],
             "\n".join(f"Đ/c {n}" for n in t["presenters"])] for t in p["topics"]]  # fmt: skip
    out.append(("table", ["Quý", "Tháng", "Nội dung chuyên đề", "Người thực hiện"], rows, "merge_first_column",
                (1.8, 1.9, 8.6, 4.2)))  # fmt: skip
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in p["closing"]]
    out.append(_sign(p))
    return out


def k_seed_headings(p: dict[str, Any]) -> list[Block]:
    """The seeds' manner: "1. Chuyên đề 1 (Quý I):", the title, "- Thời gian: Tháng 3 năm 2026",
    "- Hình thức: …", "- Người thực hiện: Đồng chí … - Phó Bí thư chi bộ"."""
    y = p["year"]
    out = _start(p)
    out.append(("h", "I. MỤC ĐÍCH YÊU CẦU"))
    out += [("p", x) for x in p["aims"]]
    out.append(("h", f"II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM {y}"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. Chuyên đề {i} (Quý {ROMAN[t['quarter']]}):"))
        out.append(("p", f"“{t['title']}”"))
        out.append(("p", f"- Thời gian: Tháng {t['month']} năm {y}"))
        if t["form"]:
            out.append(("p", f"- Hình thức: {t['form']}"))
        who = "; ".join(
            f"Đồng chí {n} - {r}" for n, r in zip(t["presenters"], t["roles"], strict=True)
        )
        out.append(("p", f"- Người thực hiện: {who}"))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in p["closing"]]
    out.append(_sign(p))
    return out


def k_text_quarter_slash(p: dict[str, Any]) -> list[Block]:
    """A plain-text plan of a city neighbourhood: "1. Quý I/2026 (tháng 02): Chuyên đề “…”." and
    on the next line "   Phụ trách: đ/c … – Bí thư Chi bộ"."""
    y = p["year"]
    out = _start(p)
    out.append(("h", "I. MỤC ĐÍCH - YÊU CẦU"))
    out += [("p", x) for x in p["aims"]]
    out.append(("h", "II. NỘI DUNG CHUYÊN ĐỀ VÀ THỜI GIAN THỰC HIỆN"))
    for i, t in enumerate(p["topics"], 1):
        out.append(
            (
                "p",
                f"{i}. Quý {ROMAN[t['quarter']]}/{y} (tháng {t['month']:02d}): Chuyên đề “{t['title']}”.",
            )
        )
        who = "; ".join(f"đ/c {n} – {r}" for n, r in zip(t["presenters"], t["roles"], strict=True))
        out.append(("p", f"   Phụ trách: {who}."))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += [("p", x) for x in p["closing"]]
    out.append(_sign(p))
    return out


LAYOUTS = {
    "k_quarter_dashes": k_quarter_dashes,
    "k_resolution_table": k_resolution_table,
    "k_month_list_short": k_month_list_short,
    "k_half_year_table": k_half_year_table,
    "k_hcm_assign_later": k_hcm_assign_later,
    "k_activity_quarters": k_activity_quarters,
    "k_resolution_months": k_resolution_months,
    "k_quarter_merged_table": k_quarter_merged_table,
    "k_seed_headings": k_seed_headings,
    "k_text_quarter_slash": k_text_quarter_slash,
}

_AIMS = [
    "- Nâng cao chất lượng sinh hoạt chi bộ; mỗi buổi sinh hoạt chuyên đề bàn sâu một vấn đề thiết thực của "
    "địa phương, có kết luận và phân công thực hiện cụ thể.",
    "- Đảng viên được phân công chuẩn bị dự thảo gửi chi ủy trước buổi sinh hoạt ít nhất 05 ngày; các đảng viên "
    "nghiên cứu, chuẩn bị ý kiến phát biểu.",
]


# -------------------------------------------------------------------------------------------- plans
PLANS: list[T] = [
    {
        "id": "320_thon_chung_2_2018",
        "half": "dev",
        "fmt": "txt",
        "layout": "k_quarter_dashes",
        "province": "Bắc Giang",
        "source": "http://tanyen.bacgiang.gov.vn/tin-tuc/13857/Chi-bo-Chung-2---diem-sang-trong-hoc-tap-va-lam-theo-Bac.html",
        "source_says": "Bài ngày 20/03/2018: Chi bộ thôn Chung 2, xã Liên Sơn (Tân Yên) thực hiện Chỉ thị 05, "
        "lãnh đạo nhân dân xây dựng đời sống văn hóa, nông thôn mới; 100% đường nội thôn được cứng hóa; thôn có "
        "110 hộ, trên 370 khẩu, chi bộ có 17 đảng viên; hằng năm chi bộ tổ chức học tập chuyên đề về tư tưởng, "
        "tấm gương của Bác; Bí thư chi bộ Nguyễn Tiến Đức; đảng viên đăng ký việc làm theo, hằng tháng chi bộ "
        "nhận xét.",
        "completed": [
            "the page describes the cell's work, not a plan: the 2018 thematic plan (number, date, four topics "
            "with their months) is completed from the work it names (the yearly Hồ Chí Minh topic, the concrete "
            "roads, family economy, cultured families)",
            "Nguyễn Tiến Đức (Bí thư) is from the page; the deputy Nguyễn Văn Thắng and the committee member "
            "Thân Thị Hoa are completed",
            "typed as a plain-text file with quarter headings “* Quý I:” and dash lines",
        ],
        "kind": "thematic",
        "year": 2018,
        "cell_name": "Chi bộ thôn Chung 2",
        "committee_name": "Đảng bộ xã Liên Sơn",
        "left": ["ĐẢNG BỘ XÃ LIÊN SƠN", "CHI BỘ THÔN CHUNG 2"],
        "number": 3,
        "type_code": "KH",
        "date": "2018-01-12",
        "place": "Liên Sơn",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2018"],
        "legal_bases": [
            "Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư "
            "tưởng, đạo đức, phong cách Hồ Chí Minh;",
            "Căn cứ Nghị quyết của Chi bộ thôn Chung 2 về nhiệm vụ năm 2018;",
        ],
        "opening": "Chi bộ thôn Chung 2 (17 đảng viên) xây dựng kế hoạch sinh hoạt chuyên đề năm 2018 như sau:",
        "aims": _AIMS,
        "closing": [
            "- Bí thư chi bộ chủ trì các buổi sinh hoạt chuyên đề; sinh hoạt chuyên đề kết hợp với sinh hoạt chi "
            "bộ thường kỳ của tháng.",
            "- Kết quả mỗi chuyên đề được báo cáo Đảng ủy xã Liên Sơn.",
        ],
        "send_to": ["Đảng ủy xã Liên Sơn (b/c)", "Các đồng chí đảng viên"],
        "secretary": "Nguyễn Tiến Đức",
        "topics": [
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức tôn trọng Nhân dân, "
                "phát huy dân chủ, chăm lo đời sống Nhân dân",
                1,
                3,
                ["Nguyễn Tiến Đức"],
                roles=["Bí thư chi bộ"],
            ),
            topic(
                "Vai trò của đảng viên trong cứng hóa đường giao thông nội thôn, xây dựng nông thôn mới",
                2,
                5,
                ["Nguyễn Văn Thắng"],
                roles=["Phó Bí thư chi bộ"],
            ),
            topic(
                "Phát triển kinh tế hộ gia đình, nhân rộng mô hình sản xuất kinh doanh giỏi",
                3,
                8,
                ["Thân Thị Hoa"],
                roles=["Chi ủy viên"],
            ),
            topic(
                "Xây dựng gia đình văn hóa, thực hiện nếp sống văn minh trong việc cưới, việc tang",
                4,
                11,
                ["Nguyễn Tiến Đức", "Thân Thị Hoa"],
                roles=["Bí thư chi bộ", "Chi ủy viên"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "321_thon_cham_2019",
        "half": "dev",
        "fmt": "doc",
        "layout": "k_resolution_table",
        "province": "Hà Nam",
        "source": "http://baohanam.com.vn/chinh-tri/hoc-va-lam-theo-guong-bac/diem-sang-trong-hoc-tap-va-lam-theo-guong-bac-6709.html",
        "source_says": "Chi bộ thôn Chằm, xã Liêm Thuận (Thanh Liêm) có 39 đảng viên, 6 được miễn sinh hoạt; "
        "đ/c Lại Thị Hòa, nguyên Bí thư, cho biết hằng năm 100% đảng viên đăng ký “làm theo” tấm gương đạo đức "
        "của Bác, căn cứ chuyên đề hằng năm; hằng tháng chi bộ lồng ghép đánh giá việc làm theo; tỷ lệ đảng viên "
        "dự sinh hoạt 86 – 90%; đ/c Lại Văn Hiền, Bí thư Chi bộ nhiệm kỳ 2018 – 2020.",
        "completed": [
            "the page reports the cell's practice; its 2019 resolution (number, date, the 2018 results, targets, "
            "tasks and the programme of four thematic meetings) is completed from it",
            "the presenters are the two secretaries the page names and a deputy, Trần Văn Tuấn, who is completed",
            "the programme is a table whose time column reads “Quý I (tháng 2)”; the second row is written "
            "“Quý II (tháng 7)”, a month outside its quarter, kept as typed (truth: conflicts 1); saved as .doc",
        ],
        "kind": "activity",
        "year": 2019,
        "cell_name": "Chi bộ thôn Chằm",
        "committee_name": "Đảng bộ xã Liêm Thuận",
        "left": ["ĐẢNG BỘ XÃ LIÊM THUẬN", "CHI BỘ THÔN CHẰM"],
        "number": 1,
        "type_code": "NQ",
        "date": "2019-01-08",
        "place": "Liêm Thuận",
        "title_lines": ["NGHỊ QUYẾT", "Về nhiệm vụ năm 2019"],
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ thôn Chằm nhiệm kỳ 2018 – 2020;",
            "Căn cứ Nghị quyết của Đảng ủy xã Liêm Thuận về nhiệm vụ năm 2019;",
        ],
        "opening": "Ngày 05/01/2019, Chi bộ thôn Chằm họp, đánh giá kết quả năm 2018 và thống nhất quyết nghị "
        "nhiệm vụ năm 2019 như sau:",
        "situation": "Năm 2018 chi bộ duy trì sinh hoạt vào ngày mùng 3 hằng tháng, tỷ lệ đảng viên dự sinh hoạt "
        "đạt 86 – 90%; 100% đảng viên đăng ký việc làm theo tấm gương đạo đức Hồ Chí Minh; chi bộ hoàn thành tốt "
        "nhiệm vụ.",
        "tasks": [
            "1. Lồng ghép đánh giá việc làm theo gương Bác trong các buổi sinh hoạt chi bộ hằng tháng.",
            "2. Lãnh đạo thôn giữ vững danh hiệu làng văn hóa, thực hiện các tiêu chí nông thôn mới.",
            "3. Quản lý, phân công nhiệm vụ cho đảng viên; quan tâm đảng viên cao tuổi, được miễn sinh hoạt.",
        ],
        "closing": [
            "Chi ủy cụ thể hóa nghị quyết thành chương trình công tác hằng tháng; đảng viên được phân công chuẩn "
            "bị chuyên đề gửi dự thảo cho Bí thư trước ngày sinh hoạt.",
        ],
        "send_to": ["Đảng ủy xã Liêm Thuận (b/c)", "Đảng viên trong chi bộ"],
        "secretary": "Lại Văn Hiền",
        "topics": [
            topic(
                "Đăng ký việc làm theo tấm gương đạo đức Hồ Chí Minh năm 2019 của đảng viên",
                1,
                2,
                ["Lại Văn Hiền"],
                when="Quý I (tháng 2)",
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về nâng cao ý thức trách nhiệm, "
                "hết lòng, hết sức phụng sự Tổ quốc, phục vụ Nhân dân",
                2,
                7,
                ["Lại Thị Hòa"],
                when="Quý II (tháng 7)",
                conflict=True,
            ),
            topic(
                "Đảng viên gương mẫu giữ gìn vệ sinh môi trường, xây dựng thôn nông thôn mới",
                3,
                9,
                ["Trần Văn Tuấn"],
                when="Quý III (tháng 9)",
            ),
            topic(
                "Đánh giá việc làm theo gương Bác của đảng viên năm 2019",
                4,
                11,
                ["Lại Văn Hiền", "Trần Văn Tuấn"],
                when="Quý IV (tháng 11)",
            ),
        ],  # fmt: skip
        "targets": [
            target("Tỷ lệ đảng viên dự sinh hoạt chi bộ đạt từ 90% trở lên", "percent", 90),
            target(
                "100% đảng viên đăng ký việc làm theo tấm gương đạo đức Hồ Chí Minh", "percent", 100
            ),
            target("Chi bộ hoàn thành tốt nhiệm vụ", "yes_no"),
        ],
    },
    {
        "id": "322_thon_ban_chan_2017",
        "half": "dev",
        "fmt": "odt",
        "layout": "k_month_list_short",
        "province": "Bắc Kạn",
        "source": "https://bachthong.gov.vn/chi-bo-ban-chan-lam-theo-loi-bac/",
        "source_says": "Chi bộ thôn Bản Chàn thuộc Đảng bộ xã Dương Phong (Bạch Thông) điển hình học tập và làm "
        "theo Bác; thôn 36 hộ, 147 nhân khẩu, 80% dân tộc Dao; chi bộ 8 đảng viên; đảng viên nêu gương, nói đi "
        "đôi với làm; quan tâm bồi dưỡng tạo nguồn phát triển đảng viên; phát triển sản xuất cho thu nhập 100 – "
        "500 triệu đồng/năm; đường vào thôn được bê tông hóa.",
        "completed": [
            "the page (undated) describes the cell; a short 2017 thematic plan (the year of Chỉ thị 05's first "
            "theme) is completed with four topics taken from the work the page names",
            "the page names no member: the secretary Triệu Văn Quang, the committee member Bàn Thị Mai and the "
            "village head Bàn Văn Sinh are completed",
            "the topics are a numbered list “1. Tháng 3: …” with no quarter written; saved as .odt",
        ],
        "kind": "thematic",
        "year": 2017,
        "cell_name": "Chi bộ thôn Bản Chàn",
        "committee_name": "Đảng bộ xã Dương Phong",
        "left": ["ĐẢNG BỘ XÃ DƯƠNG PHONG", "CHI BỘ THÔN BẢN CHÀN"],
        "number": None,
        "type_code": "KH",
        "date": "2017-02-20",
        "place": "Dương Phong",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2017"],
        "legal_bases": [
            "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và hướng dẫn của Đảng ủy xã Dương Phong;",
        ],
        "opening": "Chi bộ thôn Bản Chàn có 8 đảng viên, lãnh đạo 36 hộ, 147 nhân khẩu. Chi bộ xây dựng kế hoạch "
        "sinh hoạt chuyên đề năm 2017 như sau:",
        "aims": [
            "Mỗi quý sinh hoạt một chuyên đề, gắn với việc nêu gương của đảng viên và việc làm cụ thể ở thôn."
        ],
        "closing": [
            "Đảng viên được phân công chuẩn bị nội dung, báo cáo Bí thư chi bộ trước buổi sinh hoạt. Chi bộ báo "
            "cáo kết quả về Đảng ủy xã.",
        ],
        "send_to": ["Đảng ủy xã Dương Phong"],
        "secretary": "Triệu Văn Quang",
        "topics": [
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phong cách nêu gương, nói đi "
                "đôi với làm",
                1,
                3,
                ["Triệu Văn Quang"],
            ),
            topic(
                "Bồi dưỡng quần chúng ưu tú, tạo nguồn phát triển đảng viên trong thanh niên thôn",
                2,
                6,
                ["Bàn Thị Mai"],
            ),
            topic(
                "Phát triển kinh tế hộ, trồng rừng và chăn nuôi để giảm nghèo bền vững",
                3,
                9,
                ["Triệu Văn Quang", "Bàn Văn Sinh"],
            ),
            topic(
                "Vận động nhân dân góp công, góp đất bê tông hóa đường vào thôn",
                4,
                12,
                ["Bàn Văn Sinh"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "323_tdp_so_2_phuc_loi_2023",
        "half": "dev",
        "fmt": "docx",
        "layout": "k_half_year_table",
        "province": "Hà Nội",
        "source": "http://phucloi.longbien.hanoi.gov.vn/hoat-dong-to-dan-pho-va-cac-don-vi-hiep-quan?p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-2&p_p_col_pos=7&p_p_col_count=10&_101_type=content&_101_struts_action=%2Fasset_publisher%2Fview_content&_101_assetEntryId=17291182&_101_urlTitle=chi-bo-to-dan-pho-so-2-ang-bo-phuong-phuc-loi-to-chuc-sinh-hoat-chinh-tri-tu-tuong",
        "source_says": "15/09/2023: thực hiện Kế hoạch số 82-KH/ĐU ngày 13/9/2023, Chi bộ tổ dân phố số 2, Đảng "
        "bộ phường Phúc Lợi tổ chức sinh hoạt chính trị, tư tưởng về thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 "
        "của Ban Thường vụ Thành ủy Hà Nội; nội dung: lãnh đạo nhiệm vụ chính trị, sửa đổi Quy chế làm việc, phân "
        "công đảng viên, kiểm tra giám sát, lãnh đạo các chi hội đoàn thể; 9 ý kiến phát biểu; đ/c Nguyễn Thị "
        "Loan, UVBTV, Chủ tịch UBMTTQ phường, phát biểu chỉ đạo.",
        "completed": [
            "a plan for the thematic meetings of the last four months of 2023 is completed: its first topic is "
            "the meeting the page reports, the others are the groups of questions it lists",
            "the page does not name the cell's officers: the secretary Đỗ Văn Hưng, the deputy Nguyễn Thị Thu "
            "Hằng and the committee member Phạm Quang Vinh are completed",
            "a five-column table, times written “Tháng 9/2023”; Word file",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ tổ dân phố số 2",
        "committee_name": "Đảng bộ phường Phúc Lợi",
        "left": ["ĐẢNG BỘ PHƯỜNG PHÚC LỢI", "CHI BỘ TỔ DÂN PHỐ SỐ 2"],
        "number": 12,
        "type_code": "KH",
        "date": "2023-09-14",
        "place": "Phúc Lợi",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề những tháng cuối năm 2023"],
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Kế hoạch số 82-KH/ĐU ngày 13/9/2023 của Đảng ủy phường Phúc Lợi về tổ chức sinh hoạt chính "
            "trị, tư tưởng thực hiện Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy;",
        ],
        "opening": "Chi bộ tổ dân phố số 2 xây dựng kế hoạch sinh hoạt chuyên đề từ tháng 9 đến tháng 12 năm 2023 "
        "như sau:",
        "aims": _AIMS,
        "closing": [
            "- Bí thư chi bộ chủ trì; mời đồng chí Đảng ủy viên phụ trách địa bàn dự các buổi sinh hoạt.",
            "- Chi ủy tổng hợp ý kiến của đảng viên, báo cáo Đảng ủy phường sau mỗi chuyên đề.",
        ],
        "send_to": ["Đảng ủy phường Phúc Lợi (b/c)", "Đảng viên trong chi bộ"],
        "secretary": "Đỗ Văn Hưng",
        "topics": [
            topic(
                "Sinh hoạt chính trị, tư tưởng về thực hiện Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường "
                "vụ Thành ủy Hà Nội",
                3,
                9,
                ["Đỗ Văn Hưng"],
                roles=["Bí thư chi bộ"],
            ),
            topic(
                "Sửa đổi, bổ sung Quy chế làm việc của chi bộ; phân công đảng viên phụ trách nhóm hộ",
                4,
                10,
                ["Nguyễn Thị Thu Hằng"],
                roles=["Phó Bí thư chi bộ"],
            ),
            topic(
                "Lãnh đạo hoạt động của các chi hội đoàn thể trong tổ dân phố",
                4,
                11,
                ["Phạm Quang Vinh"],
                roles=["Chi ủy viên"],
            ),
            topic(
                "Kiểm tra, giám sát việc đảng viên thực hiện nhiệm vụ chi bộ phân công",
                4,
                12,
                ["Đỗ Văn Hưng", "Nguyễn Thị Thu Hằng"],
                roles=["Bí thư chi bộ", "Phó Bí thư chi bộ"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "324_khu_pho_5_tan_phu_2024",
        "half": "dev",
        "fmt": "docx",
        "layout": "k_hcm_assign_later",
        "province": "TP. Hồ Chí Minh",
        "source": "http://tanphu.tpthuduc.hochiminhcity.gov.vn/tuyen-truyen/hoi-nguoi-cao-tuoi-phuong-tan-phu-ket-hop-voi-chi-bo-khu-pho-ra-mat-khong-gian/ct/5559/11640",
        "source_says": "Sáng 09/7/2023, Hội Người cao tuổi phường Tân Phú kết hợp với Chi bộ Khu phố 5 ra mắt "
        "Không gian văn hoá Hồ Chí Minh tại Trụ sở Khu phố 5; dự có đ/c Nguyễn Thị Như Thảo (Phó Bí thư Thường "
        "trực Đảng ủy phường), Đỗ Thị Huyền (Chủ tịch Hội NCT phường), Phạm Văn Khuyến (Bí thư Chi bộ Khu phố 5), "
        "Trần Văn Giêng (Trưởng Khu phố); gắn với Kết luận số 01-KL/TW ngày 18/5/2021.",
        "completed": [
            "the cell's plan for learning from Hồ Chí Minh in 2024 is completed after the opening of the "
            "neighbourhood's Hồ Chí Minh cultural space the page reports; its four thematic meetings and months "
            "are completed",
            "Phạm Văn Khuyến (Bí thư) and Trần Văn Giêng (Trưởng khu phố) are from the page; Nguyễn Văn Bảy, a "
            "committee member heading the elderly's branch, is completed",
            "the topics are lettered a)–d) with “(Quý I – tháng 02/2024)”; the preparers are named only in "
            "section III by the topic's letter; Word file",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Khu phố 5",
        "committee_name": "Đảng bộ phường Tân Phú",
        "left": ["ĐẢNG BỘ PHƯỜNG TÂN PHÚ", "CHI BỘ KHU PHỐ 5"],
        "number": 2,
        "type_code": "KH",
        "date": "2024-01-22",
        "place": "Thủ Đức",
        "title_lines": [
            "KẾ HOẠCH",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024",
        ],
        "legal_bases": [
            "Căn cứ Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số "
            "05-CT/TW;",
            "Căn cứ Kế hoạch của Đảng ủy phường Tân Phú về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
            "Chí Minh năm 2024;",
        ],
        "opening": "Ban Chi ủy Chi bộ Khu phố 5 xây dựng kế hoạch thực hiện năm 2024 như sau:",
        "aims": [
            "- Phát huy Không gian văn hóa Hồ Chí Minh tại trụ sở khu phố, đưa việc học tập và làm theo Bác thành "
            "việc làm thường xuyên của đảng viên và nhân dân.",
            "- Mỗi đảng viên đăng ký ít nhất một việc làm theo gương Bác gắn với nhiệm vụ ở khu phố.",
        ],
        "yearly_theme": "Tổ chức cho đảng viên học tập chuyên đề năm 2024 theo hướng dẫn của Đảng ủy phường, gắn "
        "với đăng ký việc làm theo của từng đảng viên.",
        "models": "Giới thiệu gương người tốt, việc tốt ở khu phố trong các buổi sinh hoạt chi bộ và tại Không "
        "gian văn hóa Hồ Chí Minh.",
        "assign": {
            "Phạm Văn Khuyến": ("Bí thư Chi bộ", ["a", "d"]),
            "Nguyễn Văn Bảy": ("Chi ủy viên, Chi hội trưởng Chi hội Người cao tuổi", ["b"]),
            "Trần Văn Giêng": ("Trưởng Khu phố", ["c"]),
        },
        "closing": [
            "Ban Chi ủy theo dõi, đôn đốc; kết quả báo cáo Đảng ủy phường Tân Phú vào dịp sơ kết 6 tháng và tổng "
            "kết năm.",
        ],
        "send_to": ["Đảng ủy phường Tân Phú (b/c)", "Ban điều hành Khu phố 5", "Đảng viên chi bộ"],
        "sign_for": "T/M BAN CHI ỦY",
        "secretary": "Phạm Văn Khuyến",
        "topics": [
            topic(
                "Giới thiệu Không gian văn hóa Hồ Chí Minh của khu phố; giữ gìn và phát huy giá trị Không gian",
                1,
                2,
                ["Phạm Văn Khuyến"],
            ),
            topic(
                "Học tập tấm gương của Bác về chăm lo người cao tuổi, phát huy vai trò người cao tuổi ở khu dân "
                "cư",
                2,
                5,
                ["Nguyễn Văn Bảy"],
            ),
            topic(
                "Đảng viên gương mẫu giữ gìn trật tự, mỹ quan và nếp sống văn minh đô thị",
                3,
                8,
                ["Trần Văn Giêng"],
            ),
            topic(
                "Kiểm điểm việc làm theo gương Bác của đảng viên năm 2024",
                4,
                11,
                ["Phạm Văn Khuyến"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "325_thon_pa_chi_2025",
        "half": "dev",
        "fmt": "doc",
        "layout": "k_activity_quarters",
        "province": "Lạng Sơn",
        "source": "https://vanlang.langson.gov.vn/tin-tuc-su-kien/hoat-dong-cac-xa-thi-tran/thon-pa-chi-xa-thanh-long-to-chuc-bau-cu-truong-thon-nhiem-ky-2025-2027-va-ngay-hoi-dai-doan-ket-nam-2024.html",
        "source_says": "Ngày 18/11/2024, thôn Pá Chí, xã Thanh Long (Văn Lãng) bầu trưởng thôn nhiệm kỳ 2025 – "
        "2027 và tổ chức Ngày hội đại đoàn kết năm 2024; ông Trương Văn Tiến được bầu trưởng thôn; thôn có 34 "
        "hộ, 145 nhân khẩu; năm 2024 có 30/34 hộ đạt danh hiệu gia đình văn hóa, 04 hộ gia đình văn hóa tiêu biểu.",
        "completed": [
            "the page reports the village election, not the cell: the cell's 2025 activity plan (number, date, "
            "targets, tasks, four thematic meetings) is completed from the village's 2024 figures",
            "Trương Văn Tiến (Trưởng thôn) is from the page; the secretary Lương Văn Thành is completed",
            "the thematic meetings stand in section IV as “- Quý I – tháng 02: …; đ/c … chuẩn bị.”; saved as .doc",
        ],
        "kind": "activity",
        "year": 2025,
        "cell_name": "Chi bộ thôn Pá Chí",
        "committee_name": "Đảng bộ xã Thanh Long",
        "left": ["ĐẢNG BỘ XÃ THANH LONG", "CHI BỘ THÔN PÁ CHÍ"],
        "number": 1,
        "type_code": "KH",
        "date": "2025-01-10",
        "place": "Thanh Long",
        "title_lines": ["KẾ HOẠCH", "Hoạt động của Chi bộ năm 2025"],
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ thôn Pá Chí nhiệm kỳ 2022 – 2025;",
            "Căn cứ chương trình công tác năm 2025 của Đảng ủy xã Thanh Long;",
        ],
        "opening": "Chi bộ thôn Pá Chí xây dựng kế hoạch hoạt động năm 2025 như sau:",
        "situation": "Năm 2024 thôn có 34 hộ, 145 nhân khẩu; 30/34 hộ đạt danh hiệu gia đình văn hóa, trong đó 04 "
        "hộ gia đình văn hóa tiêu biểu. Ngày 18/11/2024 thôn bầu trưởng thôn nhiệm kỳ 2025 – 2027 và tổ chức Ngày "
        "hội đại đoàn kết toàn dân tộc.",
        "tasks": [
            "- Lãnh đạo sản xuất vụ xuân, chăm sóc rừng hồi, rừng quế; phòng, chống cháy rừng.",
            "- Vận động các hộ còn lại phấn đấu đạt gia đình văn hóa; giữ gìn an ninh trật tự thôn.",
            "- Bồi dưỡng quần chúng ưu tú, chuẩn bị đại hội chi bộ nhiệm kỳ mới.",
        ],
        "closing": [
            "Chi ủy phân công đảng viên phụ trách từng việc; sơ kết 6 tháng, tổng kết năm báo cáo Đảng ủy xã.",
        ],
        "send_to": ["Đảng ủy xã Thanh Long (b/c)", "Đảng viên chi bộ"],
        "secretary": "Lương Văn Thành",
        "topics": [
            topic(
                "Giữ vững danh hiệu thôn văn hóa; vận động 04 hộ còn lại đạt gia đình văn hóa",
                1,
                2,
                ["Trương Văn Tiến"],
            ),
            topic("Phòng, chống cháy rừng và bảo vệ rừng đầu nguồn", 2, 5, ["Lương Văn Thành"]),
            topic(
                "Phát triển cây hồi, cây quế gắn với giảm nghèo bền vững",
                3,
                8,
                ["Lương Văn Thành", "Trương Văn Tiến"],
            ),
            topic(
                "Đổi mới sinh hoạt chi bộ thôn; tạo nguồn phát triển đảng viên",
                4,
                10,
                ["Lương Văn Thành"],
            ),
        ],  # fmt: skip
        "targets": [
            target("100% số hộ (34/34 hộ) đạt danh hiệu Gia đình văn hóa", "percent", 100),
            target("Thôn giữ vững danh hiệu Thôn văn hóa", "yes_no"),
            target("Kết nạp 01 đảng viên mới", "count", 1),
        ],
    },
    {
        "id": "326_thon_ha_nam_ninh_2026",
        "half": "dev",
        "fmt": "odt",
        "layout": "k_resolution_months",
        "province": "Lâm Đồng",
        "source": "https://baomoi.com/chi-bo-hat-nhan-trong-lanh-dao-xay-dung-nong-thon-moi-c54418670.epi",
        "source_says": "Trước khi sinh hoạt chi bộ, Chi ủy thôn Hà Nam Ninh họp bàn, xây dựng nông thôn mới là "
        "nhiệm vụ trọng tâm; các chi bộ phân công đảng viên phụ trách từng tiêu chí (giao thông, môi trường, "
        "giảm nghèo, văn hóa, an ninh trật tự); bà Nguyễn Thị Loan, Bí thư Chi bộ thôn Hà Nam Ninh, xã Đắk Song: "
        "sau khi nghị quyết được ban hành, chi bộ phân công đảng viên tuyên truyền, vận động, lắng nghe Nhân dân.",
        "completed": [
            "the cell's 2026 resolution (number, date, targets, tasks, a monthly programme with four thematic "
            "months) is completed from the criteria the page lists",
            "Nguyễn Thị Loan (Bí thư) is from the page; the deputy Hoàng Văn Nam and the committee member Vi Thị "
            "Hạnh are completed",
            "the thematic meetings are lines of a month-by-month programme among other work, no quarter "
            "written; saved as .odt",
        ],
        "kind": "activity",
        "year": 2026,
        "cell_name": "Chi bộ thôn Hà Nam Ninh",
        "committee_name": "Đảng bộ xã Đắk Song",
        "left": ["ĐẢNG BỘ XÃ ĐẮK SONG", "CHI BỘ THÔN HÀ NAM NINH"],
        "number": 1,
        "type_code": "NQ",
        "date": "2026-01-06",
        "place": "Đắk Song",
        "title_lines": ["NGHỊ QUYẾT", "Lãnh đạo thực hiện nhiệm vụ năm 2026"],
        "legal_bases": [HD50, "Căn cứ Nghị quyết của Đảng ủy xã Đắk Song về nhiệm vụ năm 2026;"],
        "opening": "Ngày 03/01/2026, Chi bộ thôn Hà Nam Ninh họp thảo luận, thống nhất ban hành nghị quyết lãnh "
        "đạo nhiệm vụ năm 2026.",
        "situation": "Chi bộ lãnh đạo thôn thực hiện các tiêu chí nông thôn mới; đảng viên được phân công phụ trách "
        "từng tiêu chí giao thông, môi trường, giảm nghèo, văn hóa, an ninh trật tự; Nhân dân đồng thuận góp công, "
        "góp của.",
        "tasks": [
            "a) Phân công đảng viên phụ trách từng tiêu chí nông thôn mới và từng nhóm hộ.",
            "b) Duy trì sinh hoạt chi bộ định kỳ theo Chỉ thị số 50-CT/TW; Chi ủy họp trước mỗi kỳ sinh hoạt.",
        ],
        "month_work": {
            1: "Triển khai nghị quyết năm 2026; phân công đảng viên phụ trách tiêu chí",
            2: "Tổ chức Tết, mừng Đảng, mừng Xuân",
            4: "Vận động làm đường giao thông nội đồng",
            6: "Sơ kết 6 tháng",
            8: "Phòng, chống dịch bệnh cây trồng mùa mưa",
            10: "Chuẩn bị Ngày hội đại đoàn kết",
            12: "Kiểm điểm, đánh giá, xếp loại đảng viên",
        },
        "targets": [
            target("Thôn giữ vững chuẩn nông thôn mới", "yes_no"),
            target("98% số hộ đạt danh hiệu Gia đình văn hóa", "percent", 98),
            target("kết nạp 01 đảng viên", "count", 1),
        ],
        "closing": [
            "Chi ủy cụ thể hóa nghị quyết thành kế hoạch hằng tháng; báo cáo Đảng ủy xã theo quy định."
        ],
        "send_to": ["Đảng ủy xã Đắk Song (b/c)", "Đảng viên trong chi bộ"],
        "secretary": "Nguyễn Thị Loan",
        "topics": [
            topic(
                "Vai trò của đảng viên phụ trách tiêu chí trong xây dựng nông thôn mới",
                1,
                3,
                ["Nguyễn Thị Loan"],
            ),
            topic(
                "Giữ gìn vệ sinh môi trường, phân loại rác thải tại hộ gia đình",
                2,
                5,
                ["Vi Thị Hạnh"],
            ),
            topic(
                "Giảm nghèo bền vững, hỗ trợ hộ cận nghèo phát triển cây cà phê, hồ tiêu",
                3,
                7,
                ["Hoàng Văn Nam", "Nguyễn Thị Loan"],
            ),
            topic("Giữ vững an ninh trật tự, xây dựng thôn an toàn", 4, 11, ["Hoàng Văn Nam"]),
        ],  # fmt: skip
    },
    {
        "id": "327_tdp_dinh_xa_2025",
        "half": "dev",
        "fmt": "scan",
        "layout": "k_quarter_merged_table",
        "province": "Thanh Hóa",
        "source": "https://baothanhhoa.vn/chuyen-doi-so-trong-sinh-hoat-chi-bo-tao-chuyen-bien-thuc-chat-tu-co-so-272696.htm",
        "source_says": "Bài ngày 23/12/2025 về chuyển đổi số trong sinh hoạt chi bộ: đ/c Lê Công Bình, Bí thư "
        "Chi bộ Tổ dân phố Dinh Xá, phường Đông Tiến, dùng điện thoại thông minh duy trì kết nối với đảng viên làm "
        "ăn xa; quán triệt Chỉ thị số 50 ngày 23/7/2025 của Ban Bí thư; sáp nhập thôn, tổ dân phố đặt yêu cầu mới "
        "cho sinh hoạt chi bộ.",
        "completed": [
            "a plan for the thematic meetings of quarters III and IV of 2025, after Chỉ thị 50, is completed "
            "from the page's subjects (Chỉ thị 50, keeping in touch with members away, digital tools)",
            "Lê Công Bình (Bí thư) is from the page; the deputy Nguyễn Thị Lan and the committee member Hoàng "
            "Văn Đạt are completed",
            "a table with a merged quarter column; printed and scanned (image-only PDF)",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Tổ dân phố Dinh Xá",
        "committee_name": "Đảng bộ phường Đông Tiến",
        "left": ["ĐẢNG BỘ PHƯỜNG ĐÔNG TIẾN", "CHI BỘ TỔ DÂN PHỐ DINH XÁ"],
        "number": 5,
        "type_code": "KH",
        "date": "2025-08-20",
        "place": "Đông Tiến",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề quý III và quý IV năm 2025"],
        "legal_bases": [HD50, "Căn cứ hướng dẫn của Đảng ủy phường Đông Tiến;"],
        "opening": "Chi bộ Tổ dân phố Dinh Xá xây dựng kế hoạch sinh hoạt chuyên đề 6 tháng cuối năm 2025 như sau:",
        "aims": _AIMS,
        "closing": [
            "- Đảng viên làm ăn xa tham gia ý kiến qua nhóm Zalo của chi bộ; Bí thư tổng hợp trước buổi sinh hoạt.",
            "- Chi ủy báo cáo kết quả về Đảng ủy phường Đông Tiến.",
        ],
        "send_to": ["Đảng ủy phường Đông Tiến (b/c)", "Đảng viên chi bộ"],
        "secretary": "Lê Công Bình",
        "topics": [
            topic(
                "Quán triệt, thực hiện Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới và "
                "nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới",
                3,
                9,
                ["Lê Công Bình"],
            ),
            topic(
                "Ứng dụng chuyển đổi số trong sinh hoạt chi bộ; kết nối đảng viên làm ăn xa",
                4,
                10,
                ["Lê Công Bình", "Nguyễn Thị Lan"],
            ),
            topic(
                "Sử dụng Sổ tay đảng viên điện tử và dịch vụ công trực tuyến",
                4,
                12,
                ["Hoàng Văn Đạt"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "328_thon_huynh_cung_2026",
        "half": "dev",
        "fmt": "docx",
        "layout": "k_seed_headings",
        "province": "Hà Nội",
        "source": "https://baomoi.net.vn/chi-bo-thon-huynh-cung-sinh-hoat-chuyen-de-mau-ve-ky-nang-so-c54584759.epi",
        "source_says": "Ngày 1-3 (2026), Đảng ủy xã Đại Thanh chỉ đạo Chi bộ thôn Huỳnh Cung tổ chức sinh hoạt "
        "chuyên đề mẫu đối với loại hình chi bộ thôn, thực hiện Chỉ thị số 50-CT/TW; đ/c Nguyễn Trường Sơn, Phó "
        "Bí thư Chi bộ, trình bày chuyên đề “Đảng viên Chi bộ thôn Huỳnh Cung tiên phong học tập và ứng dụng kỹ "
        "năng số”; đ/c Trần Thị Vân, Phó Bí thư Thường trực Đảng ủy xã, đánh giá cao, trước thềm bầu cử đại biểu "
        "Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 – 2031.",
        "completed": [
            "the cell's 2026 thematic plan is completed around the model meeting the page reports (its title, "
            "month and presenter are the page's); the other three topics and months are completed",
            "the secretary Nguyễn Văn Hòa and the committee member Nguyễn Thị Mai are completed",
            "written in the seeds' manner: “1. Chuyên đề 1 (Quý I):”, the title in quotes, dash lines; Word file",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ thôn Huỳnh Cung",
        "committee_name": "Đảng bộ xã Đại Thanh",
        "left": ["ĐẢNG BỘ XÃ ĐẠI THANH", "CHI BỘ THÔN HUỲNH CUNG"],
        "number": 3,
        "type_code": "KH",
        "date": "2026-01-15",
        "place": "Đại Thanh",
        "title_lines": ["KẾ HOẠCH", "Thực hiện sinh hoạt chuyên đề năm 2026"],
        "legal_bases": [
            HD50,
            "Căn cứ Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương về thực hiện Chỉ thị số "
            "50-CT/TW;",
            "Căn cứ vào tình hình thực tế của Chi bộ thôn Huỳnh Cung năm 2026;",
        ],
        "opening": "Chi bộ thôn Huỳnh Cung xây dựng kế hoạch thực hiện sinh hoạt chuyên đề năm 2026 của Chi bộ, "
        "cụ thể như sau:",
        "aims": [
            "1. Mục đích.",
            "- Nâng cao nhận thức chính trị, vai trò tiên phong, gương mẫu của đảng viên ở khu dân cư.",
            "2. Yêu cầu.",
            "- Mỗi quý ít nhất một chuyên đề; nội dung ngắn gọn, sát thực tiễn của thôn.",
        ],
        "closing": [
            "- Đảng viên được phân công chuẩn bị dự thảo báo cáo chuyên đề, gửi Bí thư chi bộ trước 07 ngày.",
            "- Đồng chí Bí thư chủ trì buổi sinh hoạt chuyên đề, kết luận và báo cáo Đảng ủy xã Đại Thanh.",
        ],
        "send_to": ["Đảng ủy xã Đại Thanh (b/c)", "Đảng viên trong chi bộ"],
        "secretary": "Nguyễn Văn Hòa",
        "topics": [
            topic(
                "Đảng viên Chi bộ thôn Huỳnh Cung tiên phong học tập và ứng dụng kỹ năng số",
                1,
                3,
                ["Nguyễn Trường Sơn"],
                "Báo cáo chuyên đề, thảo luận",
                roles=["Phó Bí thư chi bộ"],
            ),
            topic(
                "Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
                2,
                4,
                ["Nguyễn Văn Hòa"],
                roles=["Bí thư chi bộ"],
            ),
            topic(
                "Giữ gìn vệ sinh môi trường, xây dựng thôn văn minh, sạch đẹp",
                3,
                8,
                ["Nguyễn Thị Mai"],
                "Báo cáo chuyên đề",
                roles=["Chi ủy viên"],
            ),
            topic(
                "Nâng cao chất lượng sinh hoạt chi bộ thôn theo Chỉ thị số 50-CT/TW",
                4,
                11,
                ["Nguyễn Văn Hòa", "Nguyễn Trường Sơn"],
                roles=["Bí thư chi bộ", "Phó Bí thư chi bộ"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
    {
        "id": "329_khu_pho_21_minh_phung_2026",
        "half": "dev",
        "fmt": "txt",
        "encoding": "utf-8-sig",
        "newline": "\r\n",
        "layout": "k_text_quarter_slash",
        "province": "TP. Hồ Chí Minh",
        "source": "https://www.sggp.org.vn/phuong-dau-tien-o-tphcm-trang-bi-may-tinh-bang-co-tro-ly-ao-cho-chi-bo-post824723.html",
        "source_says": "Chiều 21-11-2025, các bí thư, phó bí thư khu phố họp tại trụ sở Đảng ủy phường Minh Phụng; "
        "phần mềm “trợ lý ảo” giúp xây dựng kế hoạch, nội dung chương trình, kiểm tra thể thức văn bản, tiếp nhận "
        "đảng viên; Bí thư Đảng ủy phường Nguyễn Trần Bình trao 69 máy tính bảng cho các chi bộ; ông Lâm Viên "
        "Đức, Bí thư Chi bộ khu phố 21, chia sẻ chiếc máy tích hợp đầy đủ nghị quyết, văn bản, hướng dẫn.",
        "completed": [
            "the cell's 2026 thematic plan (number, date, four topics and months) is completed from the work the "
            "page describes (the assistant software, receiving members, the quality of meetings)",
            "Lâm Viên Đức (Bí thư) is from the page; the deputy Trần Thị Kim Loan is completed",
            "plain text saved by a Windows program (UTF-8 with BOM, CRLF); topics “1. Quý I/2026 (tháng 02): …”",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ khu phố 21",
        "committee_name": "Đảng bộ phường Minh Phụng",
        "left": ["ĐẢNG BỘ PHƯỜNG MINH PHỤNG", "CHI BỘ KHU PHỐ 21"],
        "number": 1,
        "type_code": "KH",
        "date": "2025-12-26",
        "place": "Minh Phụng",
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "legal_bases": [
            HD50,
            "Căn cứ chương trình công tác năm 2026 của Đảng ủy phường Minh Phụng;",
        ],
        "opening": "Ban Chi ủy Chi bộ khu phố 21 xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
        "aims": _AIMS,
        "closing": [
            "- Dự thảo chuyên đề được soạn và lưu trên máy tính bảng của chi bộ, gửi đảng viên qua nhóm của chi bộ.",
            "- Ban Chi ủy báo cáo kết quả từng chuyên đề về Đảng ủy phường Minh Phụng.",
        ],
        "send_to": ["Đảng ủy phường Minh Phụng (b/c)", "Đảng viên chi bộ"],
        "sign_for": "T/M BAN CHI ỦY",
        "secretary": "Lâm Viên Đức",
        "topics": [
            topic(
                "Ứng dụng phần mềm trợ lý ảo và máy tính bảng trong công tác của chi bộ khu phố",
                1,
                2,
                ["Lâm Viên Đức"],
                roles=["Bí thư Chi bộ"],
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về gần dân, trọng dân",
                2,
                5,
                ["Trần Thị Kim Loan"],
                roles=["Phó Bí thư Chi bộ"],
            ),
            topic(
                "Tiếp nhận, quản lý đảng viên sinh hoạt nơi cư trú sau sắp xếp khu phố",
                3,
                8,
                ["Trần Thị Kim Loan"],
                roles=["Phó Bí thư Chi bộ"],
            ),
            topic(
                "Đánh giá chất lượng sinh hoạt chi bộ năm 2026",
                4,
                11,
                ["Lâm Viên Đức", "Trần Thị Kim Loan"],
                roles=["Bí thư Chi bộ", "Phó Bí thư Chi bộ"],
            ),
        ],  # fmt: skip
        "targets": [],
    },
]
