"""Development batch 270–279: layouts and plans written by a corpus writer who had not read the parser.

This round is about time: each plan writes its topics' quarter and month in a place or form the earlier
batches did not hold, in an otherwise ordinary plan. The layouts are this batch's own (only ``build.py``'s
block kinds and renderers and the helpers of ``common.py`` are reused): a “Tiến độ thực hiện” table keyed
by the topics' numbers after a list of topics that carries no time; the year's twelve regular meetings
where some months read “Lồng ghép sinh hoạt chuyên đề: …”; a column “Ngày sinh hoạt” of dates written
with dots (“19.3.2020”); the time only in the “Ghi chú” column (“Lồng ghép kỳ sinh hoạt tháng 5”); a
plain-text list whose times are in footnotes marked “(*)”, “(**)”; paragraphs opening with the day
(“Sáng thứ Hai, 15/4/2024: …”); times as “đầu quý II”, “cuối quý III”, “giữa tháng 8” (a month only
when a month is said); a school year's meetings dated “25-9-2023” over two calendar years; a section “III.
THỜI GIAN THỰC HIỆN” in one sentence naming the topics by their short names; a phone photo of a table
whose time column says “Kỳ 2 tháng 9” with one topic held in October though listed under quarter III
(plan 279, ``conflicts: 1``). Cells from An Giang (three ấp and a hospital ward of Phú Tân), Trà Vinh,
Cà Mau, Đồng Tháp, Quảng Trị, Hải Phòng and Hồ Chí Minh City. Facts are in ``PLANS`` (same keys as
``plans.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..common import BASE_HD12, Block, date_line, number_line, paras, section
from ..common import signed_sent as _sign
from ..common import typed_head as _head
from ..common import typed_top as _top
from ..facts import T
from ..facts import topic_with as _t


# ------------------------------------------------------------------------------------ helpers
def _text_head(p: dict[str, Any]) -> list[str]:
    return [*p["left"], number_line(p), "", "ĐẢNG CỘNG SẢN VIỆT NAM", date_line(p), "",
            *p["title_lines"], ""]  # fmt: skip


def _text_sign(p: dict[str, Any]) -> list[str]:
    return ["", "Nơi nhận:", *[f"- {x};" for x in p["send_to"]], "- Lưu Chi bộ.", "",
            "                              T/M CHI BỘ", "                              BÍ THƯ", "",
            "", f"                              {p['secretary']}"]  # fmt: skip


def _intro(p: dict[str, Any]) -> list[Block]:
    out = _top(p)  # the title, the legal bases and the opening
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    return out


# ------------------------------------------------------------------------------------ layouts
def progress_table(p: dict[str, Any]) -> list[Block]:
    """Topics numbered with their presenters and no time; a later “Tiến độ thực hiện” table keyed by
    the topics' numbers gives the month of each."""
    out = _intro(p)
    out.append(("h", "II. NỘI DUNG CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"Chuyên đề {i}: {t['title']}."))
        out.append(("p", f"- Người chuẩn bị và trình bày: {t['who']}."))
    out.append(("h", "III. TIẾN ĐỘ THỰC HIỆN"))
    rows = [[f"Chuyên đề {i}", t["when"], t["place"]] for i, t in enumerate(p["topics"], 1)]
    out.append(
        ("table", ["Chuyên đề", "Thời gian sinh hoạt", "Địa điểm"], rows, "", (3.5, 6.0, 7.0))
    )
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def regular_meetings(p: dict[str, Any]) -> list[Block]:
    """The year's twelve regular meetings, one row a month; some rows add “Lồng ghép sinh hoạt chuyên
    đề: …” with the presenter in brackets."""
    out = _intro(p)
    out.append(("h", "II. LỊCH SINH HOẠT CHI BỘ NĂM " + str(p["year"])))
    out.append(("p", p["table_intro"]))
    rows = [[m, text] for m, text in p["months"]]
    out.append(("table", ["Tháng", "Nội dung sinh hoạt"], rows, "", (2.2, 14.3)))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def dated_column(p: dict[str, Any]) -> list[Block]:
    """A table TT – Ngày sinh hoạt – Nội dung chuyên đề – Người thực hiện, the dates with dots."""
    out = _intro(p)
    out.append(("h", "II. NỘI DUNG, LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    rows = [
        [str(i), t["when"], t["title"], "\n".join(t["who"])] for i, t in enumerate(p["topics"], 1)
    ]
    out.append(("table", ["TT", "Ngày sinh hoạt", "Nội dung chuyên đề", "Người thực hiện"], rows, "",
                (1.0, 3.0, 8.0, 4.5)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def note_column(p: dict[str, Any]) -> list[Block]:
    """A table TT – Chuyên đề – Người thực hiện – Ghi chú; the time only in the note."""
    out = _intro(p)
    out.append(("h", "II. NỘI DUNG VÀ PHÂN CÔNG"))
    rows = [
        [str(i), t["title"], "\n".join(t["who"]), t["when"]] for i, t in enumerate(p["topics"], 1)
    ]
    out.append(("table", ["TT", "Chuyên đề", "Người thực hiện", "Ghi chú"], rows, "",
                (1.0, 8.5, 4.0, 3.0)))  # fmt: skip
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def text_footnotes(p: dict[str, Any]) -> list[Block]:
    """Plain text: topics “1. …” with “Người trình bày:” and a mark (*), (**) …; the times are in the
    footnotes under the list."""
    lines = _text_head(p)
    lines += [*p["legal_bases"], p["opening"], "", "I. MỤC ĐÍCH, YÊU CẦU", *p["aims"], ""]
    lines += ["II. CÁC CHUYÊN ĐỀ", ""]
    for i, t in enumerate(p["topics"], 1):
        lines += [f"{i}. {t['title']} ({'*' * i})", f"   Người trình bày: {t['who']}", ""]
    lines += ["-----", *[f"({'*' * i}) {t['when']}" for i, t in enumerate(p["topics"], 1)], ""]
    lines += ["III. TỔ CHỨC THỰC HIỆN", *p["closing"]]
    lines += _text_sign(p)
    return paras(lines)


def text_day_paragraphs(p: dict[str, Any]) -> list[Block]:
    """Plain text: each topic a paragraph opening with the day of its meeting."""
    lines = _text_head(p)
    lines += [p["opening"], "", "1. Mục đích", *p["aims"], "", "2. Nội dung và lịch sinh hoạt", ""]
    lines += [f"- {t['when']}: {t['title']}. {t['who']}" for t in p["topics"]]
    lines += ["", "3. Tổ chức thực hiện", *p["closing"]]
    lines += _text_sign(p)
    return paras(lines)


def vague_moments(p: dict[str, Any]) -> list[Block]:
    """Topics as “a) …” with a line “Thời điểm: đầu quý II / cuối quý III / giữa tháng 8”."""
    out = _intro(p)
    out.append(("h", "II. NỘI DUNG"))
    for letter, t in zip("abcdefgh", p["topics"], strict=False):
        out.append(("p", f"{letter}) {t['title']}"))
        out.append(("p", f"Thời điểm: {t['when']}; người chuẩn bị: {t['who']}."))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def school_year_dates(p: dict[str, Any]) -> list[Block]:
    """A school year's plan: a table Thời gian (a date with hyphens) – Chuyên đề – Báo cáo viên over
    two calendar years."""
    out = _intro(p)
    out.append(("h", "II. KẾ HOẠCH CỤ THỂ"))
    rows = [[t["when"], t["title"], "\n".join(t["who"])] for t in p["topics"]]
    out.append(("table", ["Thời gian", "Chuyên đề", "Báo cáo viên"], rows, "", (2.8, 9.0, 4.7)))
    out += section("III. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def time_section(p: dict[str, Any]) -> list[Block]:
    """The topics with their presenters in II, the times in a section of their own in one paragraph
    naming the topics by their short names."""
    out = _intro(p)
    out.append(("h", "II. NỘI DUNG CHUYÊN ĐỀ VÀ PHÂN CÔNG"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. {t['title']} – {t['who']}."))
    out.append(("h", "III. THỜI GIAN THỰC HIỆN"))
    out.append(("p", p["times"]))
    out += section("IV. TỔ CHỨC THỰC HIỆN", p["closing"])
    out.append(_sign(p))
    return out


def photo_table(p: dict[str, Any]) -> list[Block]:
    """One page photographed: a table Quý – Thời gian (“Kỳ 2 tháng 9”) – Chuyên đề – Phân công."""
    out: list[Block] = [_head(p), ("title", p["title_lines"]), ("p", p["opening"])]
    rows = [[t["qtag"], t["when"], t["title"], t["who"]] for t in p["topics"]]
    out.append(
        ("table", ["Quý", "Thời gian", "Chuyên đề", "Phân công"], rows, "", (1.5, 3.0, 7.5, 4.5))
    )
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "v_progress_table": progress_table,
    "v_regular_meetings": regular_meetings,
    "v_dated_column": dated_column,
    "v_note_column": note_column,
    "v_text_footnotes": text_footnotes,
    "v_text_day_paragraphs": text_day_paragraphs,
    "v_vague_moments": vague_moments,
    "v_school_year_dates": school_year_dates,
    "v_time_section": time_section,
    "v_photo_table": photo_table,
}


# -------------------------------------------------------------------------------------- plans
_AIMS = [
    "- Nâng cao nhận thức chính trị, ý thức trách nhiệm của đảng viên; nội dung chuyên đề gắn với nhiệm vụ "
    "của đơn vị.",
    "- Người được phân công chuẩn bị đề cương chu đáo, gửi Chi ủy trước kỳ sinh hoạt ít nhất 05 ngày.",
]
_CLOSING = [
    "- Chi ủy đôn đốc việc chuẩn bị, thông báo cụ thể trước mỗi kỳ sinh hoạt.",
    "- Đảng viên nghiên cứu tài liệu, tích cực thảo luận; kết quả báo cáo cấp ủy cấp trên.",
]
_HD09 = (
    "Căn cứ Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 của Ban Tổ chức Trung ương về một số vấn đề nâng cao "
    "chất lượng sinh hoạt chi bộ;"
)
_HCM = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"


def _plan(pid: str, fmt: str, layout: str, province: str, source: str, says: str, done: list[str],
          year: int, cell: str, committee: str, left: list[str], date: str, place: str, number: int,
          topics: list[T], secretary: str, **extra: Any) -> T:  # fmt: skip
    p: T = {
        "id": pid, "half": "dev", "fmt": fmt, "layout": layout, "province": province, "source": source,
        "source_says": says, "completed": done, "kind": "thematic", "year": year, "cell_name": cell,
        "committee_name": committee, "left": left,
        "send_to": [committee.replace("Đảng bộ", "Đảng ủy") + " (b/c)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {year}"], "number": number,
        "type_code": "KH", "date": date, "place": place, "legal_bases": [BASE_HD12 if year > 2018 else _HD09],
        "opening": f"{cell} xây dựng kế hoạch sinh hoạt chuyên đề năm {year} như sau:",
        "aims": _AIMS, "closing": _CLOSING, "topics": topics, "targets": [], "secretary": secretary,
    }  # fmt: skip
    p.update(extra)
    return p


PLANS: list[T] = [
    _plan(
        "270_th_long_khanh_duyen_hai_2022",
        "docx",
        "v_progress_table",
        "Trà Vinh",
        "https://duyenhai.tinhdoantravinh.vn/?p=4880",
        "Ngày 25/12/2021 Hội đồng Đội huyện Duyên Hải chọn Trường Tiểu học Long Khánh làm điểm tổ chức ngày hội "
        "“Thiếu nhi Việt Nam – Học tập tốt, rèn luyện chăm”, hơn 500 học sinh tham gia.",
        [
            "the page gives the school and its district (12/2021); the cell, its committee, the 2022 plan, its four "
            "topics, months, members, the number and the date are completed",
            "topics numbered with presenters and no time; a later section “III. TIẾN ĐỘ THỰC HIỆN” is a table "
            "keyed by “Chuyên đề 1” … giving “Tháng 3/2022” …",
        ],
        2022,
        "Chi bộ Trường Tiểu học Long Khánh",
        "Đảng bộ xã Long Khánh",
        ["ĐẢNG BỘ XÃ LONG KHÁNH", "CHI BỘ TRƯỜNG TIỂU HỌC LONG KHÁNH"],
        "2022-01-10",
        "Long Khánh",
        2,
        [
            _t(
                f"{_HCM} về tinh thần tự học, tự rèn của nhà giáo",
                1,
                3,
                ["Thạch Thị Sa Rết"],
                when="Tháng 3/2022",
                who="đ/c Thạch Thị Sa Rết – Bí thư Chi bộ, Hiệu trưởng",
                place="Phòng họp",
            ),
            _t(
                "Đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018 ở lớp 3",
                2,
                5,
                ["Nguyễn Văn Toàn"],
                when="Tháng 5/2022",
                who="đ/c Nguyễn Văn Toàn – Phó Hiệu trưởng",
                place="Phòng họp",
            ),
            _t(
                "Công tác Đội và phong trào thiếu nhi trong vùng đồng bào Khmer",
                3,
                9,
                ["Kim Thị Sô Phia"],
                when="Tháng 9/2022",
                who="đ/c Kim Thị Sô Phia – Tổng phụ trách Đội",
                place="Điểm Cồn Tàu",
            ),
            _t(
                "Phòng, chống suy thoái tư tưởng chính trị, đạo đức, lối sống trong đảng viên",
                4,
                11,
                ["Thạch Thị Sa Rết", "Lê Minh Hiếu"],
                when="Tháng 11/2022",
                who="đ/c Thạch Thị Sa Rết, đ/c Lê Minh Hiếu",
                place="Phòng họp",
            ),
        ],
        "Thạch Thị Sa Rết",
    ),
    _plan(
        "271_mn_huong_tram_ca_mau_2016",
        "docx",
        "v_regular_meetings",
        "Cà Mau",
        "https://123docz.net/document/2622623-mot-so-bien-phap-xay-dung-ne-nep-ky-cuong-trong-truong-mam-non.htm",
        "Sáng kiến “Một số biện pháp quản lý chỉ đạo nâng cao chất lượng giáo dục ở trường mầm non Hương Tràm "
        "thành phố Cà Mau” (25/02/2013), người thực hiện Nguyễn Thị Hiền Thương.",
        [
            "the page gives the school, its city and its head teacher (2013); the cell, its committee, the 2016 "
            "schedule, topics, months, members, the number and the date are completed",
            "the year's twelve regular meetings one row a month; four rows add “Lồng ghép sinh hoạt chuyên đề: …” "
            "with the presenter in brackets",
        ],
        2016,
        "Chi bộ Trường Mầm non Hương Tràm",
        "Đảng bộ phường 5",
        ["ĐẢNG BỘ PHƯỜNG 5", "CHI BỘ TRƯỜNG MN HƯƠNG TRÀM"],
        "2016-01-05",
        "Cà Mau",
        1,
        [
            _t(f"{_HCM} về đạo đức nhà giáo", 1, 3, ["Nguyễn Thị Hiền Thương"]),
            _t("Xây dựng môi trường giáo dục lấy trẻ làm trung tâm", 2, 6, ["Trần Thị Mỹ Linh"]),
            _t("Bảo đảm an toàn thực phẩm trong bếp ăn bán trú", 3, 9, ["Lý Thị Kim Xuyến"]),
            _t(
                "Nâng cao chất lượng đảng viên, công tác phát triển đảng trong nhà trường",
                4,
                12,
                ["Nguyễn Thị Hiền Thương"],
            ),
        ],
        "Nguyễn Thị Hiền Thương",
        table_intro="Chi bộ sinh hoạt thường kỳ vào ngày 03 hằng tháng; nội dung từng tháng:",
        months=[
            ("Tháng 1", "Triển khai nghị quyết năm 2016; chuẩn bị Tết Bính Thân."),
            ("Tháng 2", "Đánh giá công tác tháng; chăm lo đời sống giáo viên sau Tết."),
            (
                "Tháng 3",
                "Thi đua chào mừng 8/3. Lồng ghép sinh hoạt chuyên đề: Học tập và làm theo tư tưởng, "
                "đạo đức, phong cách Hồ Chí Minh về đạo đức nhà giáo (đ/c Nguyễn Thị Hiền Thương trình bày).",
            ),
            ("Tháng 4", "Chuẩn bị bầu cử đại biểu Quốc hội, HĐND các cấp."),
            ("Tháng 5", "Đánh giá cuối năm học; xét thi đua."),
            (
                "Tháng 6",
                "Tổng kết năm học. Lồng ghép sinh hoạt chuyên đề: Xây dựng môi trường giáo dục lấy "
                "trẻ làm trung tâm (đ/c Trần Thị Mỹ Linh – Phó Hiệu trưởng).",
            ),
            ("Tháng 7", "Công tác hè, bồi dưỡng chính trị hè."),
            ("Tháng 8", "Chuẩn bị năm học mới, tuyển sinh."),
            (
                "Tháng 9",
                "Khai giảng. Lồng ghép sinh hoạt chuyên đề: Bảo đảm an toàn thực phẩm trong bếp ăn "
                "bán trú (đ/c Lý Thị Kim Xuyến – Chi ủy viên).",
            ),
            ("Tháng 10", "Hội nghị viên chức; kiểm tra nội bộ."),
            ("Tháng 11", "Thi đua chào mừng 20/11."),
            (
                "Tháng 12",
                "Kiểm điểm, đánh giá đảng viên cuối năm. Lồng ghép sinh hoạt chuyên đề: Nâng cao chất "
                "lượng đảng viên, công tác phát triển đảng trong nhà trường (đ/c Nguyễn Thị Hiền Thương).",
            ),
        ],
    ),
    _plan(
        "272_mn_thap_muoi_dong_thap_2018",
        "odt",
        "v_dated_column",
        "Đồng Tháp",
        "http://mamnonthapmuoi.pgdthapmuoidt.edu.vn/hoi-thi-van-nghe-quan-chung-chao-mung-ngay-30-thang-4-nam-2018/",
        "Chi đoàn Trường Mầm non Tháp Mười tham gia Hội thi văn nghệ quần chúng chào mừng 30/4/2018 do Phòng "
        "GD&ĐT, LĐLĐ và Trung tâm Văn hóa huyện Tháp Mười tổ chức, đạt Giải III toàn đoàn.",
        [
            "the page gives the school and its contest of 4/2018; the cell, its committee, the 2018 plan, topics, "
            "dates, members, the number and the date are completed",
            "a table TT – Ngày sinh hoạt – Nội dung chuyên đề – Người thực hiện whose dates are written with dots "
            "(“22.3.2018”), no month or quarter word",
        ],
        2018,
        "Chi bộ Trường Mầm non Tháp Mười",
        "Đảng bộ thị trấn Mỹ An",
        ["ĐẢNG BỘ THỊ TRẤN MỸ AN", "CHI BỘ TRƯỜNG MẦM NON THÁP MƯỜI"],
        "2018-01-08",
        "Mỹ An",
        3,
        [
            _t(
                f"{_HCM} về tiết kiệm, chống lãng phí",
                1,
                3,
                ["Phan Thị Ngọc Hân"],
                when="22.3.2018",
                who=["đ/c Phan Thị Ngọc Hân – Bí thư"],
            ),
            _t(
                "Văn hóa, văn nghệ quần chúng trong nhà trường chào mừng các ngày lễ lớn",
                2,
                4,
                ["Võ Thị Thùy Trang"],
                when="26.4.2018",
                who=["đ/c Võ Thị Thùy Trang – Bí thư Chi đoàn"],
            ),
            _t(
                "Phòng, chống bạo hành trẻ trong cơ sở giáo dục mầm non",
                3,
                8,
                ["Đặng Văn Nghĩa"],
                when="23.8.2018",
                who=["đ/c Đặng Văn Nghĩa – Phó Hiệu trưởng"],
            ),
            _t(
                "Kiểm điểm việc thực hiện Nghị quyết Trung ương 4 khóa XII",
                4,
                12,
                ["Phan Thị Ngọc Hân", "Đặng Văn Nghĩa"],
                when="20.12.2018",
                who=["đ/c Phan Thị Ngọc Hân", "đ/c Đặng Văn Nghĩa"],
            ),
        ],
        "Phan Thị Ngọc Hân",
    ),
    _plan(
        "273_th_nguyen_khuyen_hai_phong_2023",
        "doc",
        "v_note_column",
        "Hải Phòng",
        "https://thnguyenkhuyen.haiphong.edu.vn/tin-tuc-su-kien/lien-doi-tieu-hoc-nguyen-khuyen-da-to-chuc-thanh-"
        "cong-dai-hoi-chi-doi-diem-nhie/ct/3657/22550",
        "Ngày 13/9/2022 Chi đội 5A1 – Liên đội Tiểu học Nguyễn Khuyến tổ chức Đại hội Chi đội điểm nhiệm kỳ "
        "2022–2023; dự có chị Vũ Thị Hồng Nhung – Tổng phụ trách Đội, cô Nguyễn Thị Thu Hằng – giáo viên phụ trách.",
        [
            "the page gives the school and two teachers (9/2022); the cell, its committee, the 2023 plan, topics, "
            "months, other members, the number and the date are completed",
            "a table TT – Chuyên đề – Người thực hiện – Ghi chú whose time is only in the note (“Lồng ghép kỳ sinh "
            "hoạt tháng 4”)",
        ],
        2023,
        "Chi bộ Trường Tiểu học Nguyễn Khuyến",
        "Đảng bộ phường Đằng Giang",
        ["ĐẢNG BỘ PHƯỜNG ĐẰNG GIANG", "CHI BỘ TRƯỜNG TH NGUYỄN KHUYẾN"],
        "2023-01-09",
        "Ngô Quyền",
        1,
        [
            _t(
                "Quán triệt Chỉ thị số 05-CT/TW và chuyên đề năm 2023 về học tập và làm theo Bác",
                1,
                2,
                ["Đoàn Thị Phương"],
                when="Lồng ghép kỳ sinh hoạt tháng 2",
                who=["đ/c Đoàn Thị Phương – Bí thư"],
            ),
            _t(
                "Công tác Đội và phong trào thiếu nhi; giáo dục kỹ năng sống cho học sinh",
                2,
                4,
                ["Vũ Thị Hồng Nhung"],
                when="Lồng ghép kỳ sinh hoạt tháng 4",
                who=["đ/c Vũ Thị Hồng Nhung – Tổng phụ trách Đội"],
            ),
            _t(
                "Đổi mới đánh giá học sinh tiểu học theo Thông tư 27/2020/TT-BGDĐT",
                3,
                8,
                ["Nguyễn Thị Thu Hằng"],
                when="Lồng ghép kỳ sinh hoạt tháng 8",
                who=["đ/c Nguyễn Thị Thu Hằng – Tổ trưởng khối 5"],
            ),
            _t(
                "Xây dựng Chi bộ trong sạch, vững mạnh; đánh giá, xếp loại đảng viên",
                4,
                11,
                ["Đoàn Thị Phương"],
                when="Lồng ghép kỳ sinh hoạt tháng 11",
                who=["đ/c Đoàn Thị Phương"],
            ),
        ],
        "Đoàn Thị Phương",
    ),
    _plan(
        "274_thcs_luong_dinh_cua_2024",
        "txt",
        "v_text_footnotes",
        "TP Hồ Chí Minh",
        "https://thcsluongdinhcua.hcm.edu.vn/doi-thieu-nien/le-ket-nap-doan-nam-hoc-2023-2024/ct/74954/657199",
        "Chi đoàn – Liên đội Trường THCS Lương Định Của tổ chức Lễ kết nạp Đoàn cho 45 học sinh khối 9 tại Khu di "
        "tích Tượng đài chiến thắng La Ngà – Đồng Nai (năm học 2023–2024).",
        [
            "the page gives the school and its youth ceremony (2023–2024); the cell, its committee, the 2024 plan, "
            "topics, times, members, the number and the date are completed",
            "plain text: topics “1. … (*)” with “Người trình bày:”, the times only in footnotes under the list "
            "(“(*) Sinh hoạt vào kỳ họp tháng 3/2024.”)",
        ],
        2024,
        "Chi bộ Trường THCS Lương Định Của",
        "Đảng bộ phường An Lợi Đông",
        ["ĐẢNG BỘ PHƯỜNG AN LỢI ĐÔNG", "CHI BỘ TRƯỜNG THCS LƯƠNG ĐỊNH CỦA"],
        "2024-01-15",
        "Thủ Đức",
        2,
        [
            _t(
                f"{_HCM} về xây dựng đội ngũ nhà giáo",
                1,
                3,
                ["Huỳnh Thị Bích Vân"],
                when="Sinh hoạt vào kỳ họp tháng 3/2024.",
                who="đ/c Huỳnh Thị Bích Vân – Bí thư Chi bộ",
            ),
            _t(
                "Giáo dục lý tưởng cách mạng cho học sinh qua công tác Đoàn – Đội",
                2,
                5,
                ["Lâm Quốc Khánh"],
                when="Sinh hoạt vào kỳ họp tháng 5/2024.",
                who="đ/c Lâm Quốc Khánh – Bí thư Chi đoàn",
            ),
            _t(
                "Ứng dụng công nghệ thông tin và chuyển đổi số trong dạy học",
                3,
                None,
                ["Trịnh Minh Tâm"],
                when="Trong quý III/2024, thời gian cụ thể Chi ủy thông báo sau.",
                who="đ/c Trịnh Minh Tâm – Phó Hiệu trưởng",
            ),
            _t(
                "Tự phê bình và phê bình; đánh giá chất lượng đảng viên năm 2024",
                4,
                12,
                ["Huỳnh Thị Bích Vân"],
                when="Sinh hoạt vào kỳ họp tháng 12/2024.",
                who="đ/c Huỳnh Thị Bích Vân",
            ),
        ],
        "Huỳnh Thị Bích Vân",
    ),
]
PLANS += [
    _plan(
        "275_chi_bo_kdc_thanh_to_hai_an_2018",
        "txt",
        "v_text_day_paragraphs",
        "Hải Phòng",
        "https://baophapluat.vn/chi-bo-tap-trung-ban-giai-quyet-nhung-van-de-buc-xuc-cua-khu-dan-cu-post29005.html",
        "Tối 2-11, Phó Bí thư Thường trực Thành ủy Hải Phòng Dương Anh Điền dự sinh hoạt với Chi bộ khu dân cư "
        "Thành Tô, phường Thành Tô (quận Hải An): hơn 100 đảng viên, sinh hoạt vào mồng 3 hằng tháng; bàn lắp đường "
        "ống nước sinh hoạt, an ninh trật tự.",
        [
            "the page gives the cell, its ward, its members and its meeting day; the 2018 plan, topics, days, "
            "people, the number and the date are completed (the year is assumed)",
            "plain text: each topic a dash line opening with the day of its meeting (“Tối thứ Bảy, 03/3/2018”, "
            "“03-6-2018”); “mồng 3 hằng tháng” in the opening is no time",
        ],
        2018,
        "Chi bộ khu dân cư Thành Tô",
        "Đảng bộ phường Thành Tô",
        ["ĐẢNG BỘ PHƯỜNG THÀNH TÔ", "CHI BỘ KHU DÂN CƯ THÀNH TÔ"],
        "2018-01-04",
        "Hải An",
        1,
        [
            _t(
                "Học tập và làm theo Bác về giữ gìn trật tự, vệ sinh khu dân cư",
                1,
                3,
                ["Bùi Văn Thịnh"],
                when="Tối thứ Bảy, 03/3/2018",
                who="Đ/c Bùi Văn Thịnh, Bí thư Chi bộ, trình bày.",
            ),
            _t(
                "Chủ trương cấp nước sạch và đường ống nước sinh hoạt cho khu dân cư",
                2,
                6,
                ["Phạm Thị Lan"],
                when="Tối 03-6-2018",
                who="Đ/c Phạm Thị Lan, Phó Bí thư, Trưởng khu, trình bày.",
            ),
            _t(
                "Đảng viên nêu gương giữ gìn an ninh, trật tự; phòng chống tệ nạn xã hội",
                3,
                9,
                ["Ngô Văn Dũng"],
                when="Tối thứ Hai (03/9)",
                who="Đ/c Ngô Văn Dũng, Chi ủy viên, Công an khu vực.",
            ),
            _t(
                "Thực hiện Quy định số 08-QĐi/TW về trách nhiệm nêu gương của đảng viên",
                4,
                12,
                ["Bùi Văn Thịnh", "Phạm Thị Lan"],
                when="Tối 03.12.2018",
                who="Đ/c Bùi Văn Thịnh và đ/c Phạm Thị Lan cùng chuẩn bị.",
            ),
        ],
        "Bùi Văn Thịnh",
        opening="Chi bộ khu dân cư Thành Tô sinh hoạt thường kỳ vào tối mồng 3 hằng tháng tại Nhà văn hóa khu; "
        "năm 2018 Chi bộ tổ chức bốn buổi sinh hoạt chuyên đề như sau:",
    ),
    _plan(
        "276_mn_vinh_phuong_1_nha_trang_2021",
        "odt",
        "v_vague_moments",
        "Khánh Hòa",
        "http://mnvphuong1-nt.khanhhoa.edu.vn/bai-viet/le-ra-mat-thanh-lap-chi-doan-giao-vien-mam-non-vinh-phuong-"
        "1-297",
        "Chiều 27/4/2021 Trường Mầm non Vĩnh Phương 1 và Đoàn xã Vĩnh Phương ra mắt Chi đoàn giáo viên; đ/c Đặng Thị "
        "Lệ Hằng – Phó Hiệu trưởng; Bí thư Chi đoàn Ngô Thị Kim Hồng.",
        [
            "the page gives the school, its deputy head and youth secretary (4/2021); the cell, its committee, the "
            "2021 plan, topics, times, other members, the number and the date are completed",
            "topics “a) …” each with “Thời điểm: …” in words: “đầu quý I” (quarter only), “giữa tháng 5”, "
            "“cuối quý III” (quarter only), “tuần đầu tháng 12”",
        ],
        2021,
        "Chi bộ Trường Mầm non Vĩnh Phương 1",
        "Đảng bộ xã Vĩnh Phương",
        ["ĐẢNG BỘ XÃ VĨNH PHƯƠNG", "CHI BỘ TRƯỜNG MN VĨNH PHƯƠNG 1"],
        "2021-01-11",
        "Vĩnh Phương",
        1,
        [
            _t(
                f"{_HCM} về trách nhiệm nêu gương",
                1,
                None,
                ["Trương Thị Mỹ Dung"],
                when="đầu quý I",
                who="đ/c Trương Thị Mỹ Dung – Bí thư Chi bộ, Hiệu trưởng",
            ),
            _t(
                "Vai trò của Chi đoàn giáo viên trẻ trong các phong trào của nhà trường",
                2,
                5,
                ["Ngô Thị Kim Hồng"],
                when="giữa tháng 5",
                who="đ/c Ngô Thị Kim Hồng – Bí thư Chi đoàn",
            ),
            _t(
                "Phòng, chống dịch COVID-19 và bảo đảm an toàn cho trẻ khi trở lại trường",
                3,
                None,
                ["Đặng Thị Lệ Hằng"],
                when="cuối quý III",
                who="đ/c Đặng Thị Lệ Hằng – Phó Hiệu trưởng",
            ),
            _t(
                "Nghiên cứu, quán triệt Nghị quyết Đại hội XIII của Đảng",
                4,
                12,
                ["Trương Thị Mỹ Dung"],
                when="tuần đầu tháng 12",
                who="đ/c Trương Thị Mỹ Dung",
            ),
        ],
        "Trương Thị Mỹ Dung",
    ),
    _plan(
        "277_th_le_quy_don_ha_noi_2024",
        "doc",
        "v_school_year_dates",
        "Hà Nội",
        "https://thlequydon.hanoi.edu.vn/tin-tuc/doi-ta-lon-len-cung-dat-nuoc/ct/12071/958620",
        "Buổi chào cờ tuần đầu tháng 5/2025 tại Trường Tiểu học Lê Quý Đôn: văn nghệ và tuyên truyền kỷ niệm 84 năm "
        "Ngày thành lập Đội (15/5/1941 – 15/5/2025) do cô Tổng phụ trách thực hiện.",
        [
            "the page gives the school and its assembly of 5/2025; the cell, its committee, the 2024–2025 school "
            "year's plan, topics, dates, members, the number and the date are completed",
            "a school year's table Thời gian – Chuyên đề – Báo cáo viên, dates with hyphens (“25-9-2024”) over two "
            "calendar years",
        ],
        2024,
        "Chi bộ Trường Tiểu học Lê Quý Đôn",
        "Đảng bộ phường Dịch Vọng Hậu",
        ["ĐẢNG BỘ PHƯỜNG DỊCH VỌNG HẬU", "CHI BỘ TRƯỜNG TH LÊ QUÝ ĐÔN"],
        "2024-09-10",
        "Cầu Giấy",
        5,
        [
            _t(
                "Triển khai nhiệm vụ năm học 2024–2025; đạo đức nhà giáo",
                3,
                9,
                ["Nguyễn Thị Thanh Hương"],
                when="25-9-2024",
                who=["đ/c Nguyễn Thị Thanh Hương – Bí thư, Hiệu trưởng"],
            ),
            _t(
                "Tinh gọn tổ chức bộ máy theo Nghị quyết số 18-NQ/TW",
                4,
                12,
                ["Lê Đức Anh"],
                when="18-12-2024",
                who=["đ/c Lê Đức Anh – Phó Bí thư"],
            ),
            _t(
                "Truyền thống Đội và giáo dục lý tưởng cho học sinh",
                2,
                5,
                ["Hà Thu Trang"],
                when="07-5-2025",
                who=["đ/c Hà Thu Trang – Tổng phụ trách Đội"],
            ),
        ],
        "Nguyễn Thị Thanh Hương",
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2024 – 2025"],
        opening="Chi bộ Trường Tiểu học Lê Quý Đôn xây dựng kế hoạch sinh hoạt chuyên đề năm học 2024 – 2025 "
        "như sau:",
    ),
    _plan(
        "278_th_tan_tien_bac_giang_2023",
        "docx",
        "v_time_section",
        "Bắc Giang",
        "http://thtantien.tpbacgiang.edu.vn/tin-tuc-su-kien/hoat-dong-ngoai-gio-len-lop",
        "Trường Tiểu học Tân Tiến (TP Bắc Giang) tổ chức sinh hoạt dưới cờ chủ đề “Tìm hiểu về ngày giải phóng đất "
        "nước 30/4”.",
        [
            "the page gives the school and a flag ceremony; the cell, its committee, the 2023 plan, topics, times, "
            "members, the number and the date are completed (the year is assumed)",
            "topics with presenters in II, the times in a section “III. THỜI GIAN THỰC HIỆN” of one paragraph "
            "naming the topics by short names (“chuyên đề về chuyển đổi số: tháng 6”)",
        ],
        2023,
        "Chi bộ Trường Tiểu học Tân Tiến",
        "Đảng bộ phường Dĩnh Kế",
        ["ĐẢNG BỘ PHƯỜNG DĨNH KẾ", "CHI BỘ TRƯỜNG TIỂU HỌC TÂN TIẾN"],
        "2023-02-06",
        "Bắc Giang",
        2,
        [
            _t(
                "Giáo dục truyền thống lịch sử qua sinh hoạt dưới cờ và hoạt động trải nghiệm",
                2,
                4,
                ["Nguyễn Thị Hà"],
                who="đ/c Nguyễn Thị Hà – Bí thư Chi bộ",
            ),
            _t(
                "Chuyển đổi số trong quản lý và dạy học ở trường tiểu học",
                2,
                6,
                ["Dương Văn Lực"],
                who="đ/c Dương Văn Lực – Phó Hiệu trưởng",
            ),
            _t(
                "Thực hiện Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm",
                4,
                10,
                ["Nguyễn Thị Hà", "Thân Thị Mai"],
                who="đ/c Nguyễn Thị Hà, đ/c Thân Thị Mai",
            ),
        ],
        "Nguyễn Thị Hà",
        times="Chuyên đề về giáo dục truyền thống lịch sử sinh hoạt vào tháng 4/2023 (dịp kỷ niệm 30/4); chuyên đề "
        "về chuyển đổi số: tháng 6/2023; chuyên đề về Quy định 69: tháng 10/2023. Ngày cụ thể Chi ủy thông báo "
        "trước 07 ngày.",
    ),
    _plan(
        "279_mn_ninh_lai_son_duong_2017",
        "photo",
        "v_photo_table",
        "Tuyên Quang",
        "http://c0ninhlai.tuyenquang.edu.vn/tin-tuc/tin-noi-bat",
        "Trường Mầm non Ninh Lai (Sơn Dương) thực hiện nhiệm vụ năm học 2017–2018, hưởng ứng phong trào xây dựng môi "
        "trường giáo dục lấy trẻ làm trung tâm.",
        [
            "the page gives the school and its 2017–2018 movement; the cell, its committee, the 2017 plan, topics, "
            "times, members, the number and the date are completed",
            "one page photographed: a table Quý – Thời gian (“Kỳ 2 tháng 3”) – Chuyên đề – Phân công; the quarter "
            "III topic is held in “Kỳ 1 tháng 10” after the school year opens (a month outside its quarter, "
            "conflicts: 1)",
        ],
        2017,
        "Chi bộ Trường Mầm non Ninh Lai",
        "Đảng bộ xã Ninh Lai",
        ["ĐẢNG BỘ XÃ NINH LAI", "CHI BỘ TRƯỜNG MẦM NON NINH LAI"],
        "2017-01-09",
        "Ninh Lai",
        1,
        [
            _t(
                f"{_HCM} về tinh thần trách nhiệm",
                1,
                3,
                ["Hoàng Thị Thu"],
                when="Kỳ 2 tháng 3",
                qtag="I",
                who="đ/c Hoàng Thị Thu – Bí thư",
            ),
            _t(
                "Xây dựng môi trường giáo dục lấy trẻ làm trung tâm",
                2,
                5,
                ["Lê Thị Hồng Nhung"],
                when="Kỳ 1 tháng 5",
                qtag="II",
                who="đ/c Lê Thị Hồng Nhung – Phó HT",
            ),
            _t(
                "Nuôi dưỡng, chăm sóc sức khỏe trẻ vùng nông thôn",
                3,
                10,
                ["Bàn Thị Xuân"],
                when="Kỳ 1 tháng 10",
                qtag="III",
                who="đ/c Bàn Thị Xuân",
                conflict=True,
            ),
            _t(
                "Kiểm điểm thực hiện Nghị quyết Trung ương 4 khóa XII",
                4,
                12,
                ["Hoàng Thị Thu"],
                when="Kỳ 2 tháng 12",
                qtag="IV",
                who="đ/c Hoàng Thị Thu",
            ),
        ],
        "Hoàng Thị Thu",
        opening="Chi bộ Trường Mầm non Ninh Lai sinh hoạt chuyên đề mỗi quý một lần, lồng ghép vào kỳ sinh hoạt "
        "thường kỳ:",
    ),
]
