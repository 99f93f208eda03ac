"""Development batch 360–369: cells of the southern provinces (writer ZD), merged by build.py.

Written blind: the writer had not read the parser. It was given only the issue, the four seeds,
build.py, common.py, facts.py, the head of the corpus README and one truth file. Every plan renders a
public page about a real cell (a school, an ấp or khu vực, a health centre's cell, an association, an
enterprise) in TP Hồ Chí Minh, Cần Thơ, Kiên Giang, Tiền Giang, Bến Tre, Long An, Đồng Nai, Đồng Tháp
and Cà Mau. None of the stored pages held a whole plan: each keeps the page's facts and completes the
rest the way such cells write it (``completed`` in each truth file says what). The layouts are the
shapes these cells use: a table whose columns the plan names itself, "Chuyên đề 1 (Quý I):" blocks
with "- Chủ đề / - Thời gian / - Hình thức / - Người thực hiện" lines (as in the seed of Mầm non Yên
Hòa), and quarter headings with a line per meeting as commune cells type them.
"""

from __future__ import annotations

from typing import Any

from ..common import ROMAN, Block, signed, typed_header
from ..facts import T, topic_with

# --------------------------------------------------------------------------------------- helpers


def _head(p: dict[str, Any]) -> Block:
    number = p["number_text"]
    date = f"{p['place']}, ngày {p['date'][8:]} tháng {p['date'][5:7]} năm {p['date'][:4]}"
    return typed_header(p["left"], number, date, rule=p.get("rule", ""))


def _who(t: dict[str, Any], prefix: str, titles: dict[str, str], sep: str = "\n") -> str:
    out = []
    roles = t.get("roles") or []
    for i, n in enumerate(t["presenters"]):
        s = f"{prefix} {n}".strip()
        if titles.get(n):
            s += f" – {titles[n]}"
        if i < len(roles) and roles[i]:
            s += f" ({roles[i]})"
        out.append(s)
    return sep.join(out)


def _sign(p: dict[str, Any]) -> Block:
    return signed(p, ["Nơi nhận:", *[f"- {x};" for x in p["send_to"]], "- Lưu chi bộ."])


def _start(p: dict[str, Any]) -> list[Block]:
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += [("p", b) for b in p["legal_bases"]]
    out.append(("p", p["opening"]))
    return out


def _aims(p: dict[str, Any]) -> list[Block]:
    out: list[Block] = [("h", "I. MỤC ĐÍCH, YÊU CẦU")]
    if p.get("aims_split", True):
        out.append(("p", "1. Mục đích"))
        out += [("p", f"- {a}") for a in p["aims"]]
        out.append(("p", "2. Yêu cầu"))
        out += [("p", f"- {a}") for a in p["demands"]]
    else:
        out += [("p", f"- {a}") for a in p["aims"] + p["demands"]]
    return out


def _cell(t: dict[str, Any], key: str, i: int, p: dict[str, Any]) -> str:
    y = p["year"]
    titles = p.get("titles", {})
    if key == "tt":
        return str(i)
    if key == "quarter":
        return f"Quý {ROMAN[t['quarter']]}"
    if key == "month":
        return f"Tháng {t['month']}"
    if key == "time":
        return t.get("when") or f"Tháng {t['month']}/{y}"
    if key == "title":
        return t["title"]
    if key == "who":
        return _who(t, p.get("who_prefix", "Đ/c"), titles)
    if key == "form":
        return t["form"]
    if key == "chair":
        return t.get("chair", "")
    if key == "note":
        return t.get("note", "")
    raise KeyError(key)


# --------------------------------------------------------------------------------------- layouts


def zd_table(p: dict[str, Any]) -> list[Block]:
    """Heading, aims, the meetings in a table whose columns (and their order) the plan gives in
    ``cols``/``col_names``, then the organisation paragraph and the signature."""
    out = _start(p)
    out += _aims(p)
    out.append(("h", p.get("table_heading", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN")))
    if p.get("table_intro"):
        out.append(("p", p["table_intro"]))
    rows = [[_cell(t, k, i, p) for k in p["cols"]] for i, t in enumerate(p["topics"], 1)]
    out.append(("table", p["col_names"], rows))
    out.append(("h", p.get("organise_heading", "III. TỔ CHỨC THỰC HIỆN")))
    out += [("p", c) for c in p["closing"]]
    out.append(_sign(p))
    return out


def zd_numbered(p: dict[str, Any]) -> list[Block]:
    """ "1. Chuyên đề 1 (Quý I):" and its lines, the way the seed plan of a kindergarten cell writes
    them."""
    y = p["year"]
    titles = p.get("titles", {})
    out = _start(p)
    out += _aims(p)
    out.append(("h", f"II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM {y}"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. Chuyên đề {i} (Quý {ROMAN[t['quarter']]}):"))
        out.append(("p", f"- Chủ đề: {t['title']}"))
        if t.get("content"):
            out.append(("p", f"- Nội dung: {t['content']}"))
        when = t.get("when") or f"Tháng {t['month']} năm {y}"
        out.append(("p", f"- Thời gian: {when}"))
        if t["form"]:
            out.append(("p", f"- Hình thức: {t['form']}"))
        out.append(("p", "- Người thực hiện: " + _who(t, "Đồng chí", titles, sep="; ")))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += [("p", c) for c in p["closing"]]
    out.append(_sign(p))
    return out


def zd_quarter_heads(p: dict[str, Any]) -> list[Block]:
    """Quarter headings ("Quý I:"), each with its meeting's month line, topic and preparer, as the
    cells of ấp type them."""
    y = p["year"]
    titles = p.get("titles", {})
    out = _start(p)
    out += _aims(p)
    out.append(("h", p.get("topics_heading", "II. NỘI DUNG VÀ THỜI GIAN SINH HOẠT CHUYÊN ĐỀ")))
    for t in p["topics"]:
        out.append(("h", f"Quý {ROMAN[t['quarter']]}:"))
        when = t.get("when") or f"Tháng {t['month']}/{y}"
        out.append(("p", f"- {when}: Chuyên đề “{t['title']}”."))
        out.append(("p", "- Người xây dựng chuyên đề: " + _who(t, "đ/c", titles, sep=", ") + "."))
        if t.get("chair"):
            out.append(("p", f"- Chủ trì: {t['chair']}."))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += [("p", c) for c in p["closing"]]
    out.append(_sign(p))
    return out


LAYOUTS = {"zd_table": zd_table, "zd_numbered": zd_numbered, "zd_quarter_heads": zd_quarter_heads}


# ------------------------------------------------------------------------------------------ plans
HD12 = (
    "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề "
    "nâng cao chất lượng sinh hoạt chi bộ;"
)
CT05 = (
    "Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư "
    "tưởng, đạo đức, phong cách Hồ Chí Minh;"
)
AIMS = [
    "Nâng cao nhận thức chính trị, ý thức trách nhiệm của đảng viên; góp phần đổi mới nội dung, "
    "nâng cao chất lượng sinh hoạt chi bộ.",
    "Thông qua sinh hoạt chuyên đề, chi bộ thống nhất chủ trương, giải pháp lãnh đạo thực hiện "
    "nhiệm vụ chính trị của đơn vị.",
]
DEMANDS = [
    "Chuyên đề phải thiết thực, sát với tình hình đơn vị; đồng chí được phân công chuẩn bị chu đáo, "
    "trình chi ủy thông qua trước buổi sinh hoạt.",
    "Đảng viên nghiên cứu trước nội dung, tham gia thảo luận thẳng thắn; sau mỗi chuyên đề chi bộ có "
    "kết luận và phân công thực hiện.",
]


def _base(**kw: Any) -> dict[str, Any]:
    p: dict[str, Any] = {
        "half": "dev",
        "kind": "thematic",
        "type_code": "KH",
        "targets": [],
        "aims": AIMS,
        "demands": DEMANDS,
        "sign_for": "T/M CHI BỘ",
        "signer_title": "BÍ THƯ",
    }
    p.update(kw)
    p["number_text"] = (
        f"Số {p['number']:02d}-KH/CB" if p["number"] is not None else "Số:      -KH/CB"
    )
    return p


def _t(title: str, q: int, m: int, who: list[str], when: str = "", form: str = "", **kw: Any) -> T:
    return topic_with(title, q, m, who, when=when, form=form, **kw)


PLANS: list[dict[str, Any]] = [
    # 360 — Kiên Giang, school ---------------------------------------------------------------
    _base(
        id="360_tieu_hoc_binh_tri_kien_luong_2019",
        fmt="docx",
        layout="zd_table",
        source="https://kienluong.kiengiang.gov.vn/trang/TinTuc/81/1587/Nang-cao-chat-luong-sinh-hoat-chuyen-de-tai-Chi-bo-Truong-Tieu-hoc-Binh-Tri--huyen-Kien-Luong.html",
        source_says="Bài ngày 10/12/2018: Chi bộ Trường Tiểu học Bình Trị, huyện Kiên Lương, là chi bộ ghép giữa Trường Mầm non Bình Trị và Trường Tiểu học Bình Trị, có 26 đảng viên, chi ủy 5 đồng chí; chi bộ sinh hoạt nhiều chuyên đề về quản lý giáo dục trên địa bàn: nâng cao chất lượng giáo dục các cấp học mầm non, tiểu học, trung học cơ sở; chống lưu ban, bỏ học; đạt chuẩn xóa mù chữ, phổ cập giáo dục; trường học thân thiện, học sinh tích cực; trường xanh, sạch, đẹp.",
        completed=[
            "the page reports how the cell runs its thematic meetings, not a plan: the plan for 2019 is written in the table layout of a school cell, its topics taken from the subjects the page lists",
            "the number, date, legal bases, months and every presenter's name are completed (the page names no member of the cell)",
            "the committee is written as Đảng bộ xã Bình Trị (the cell is a commune school's)",
        ],
        province="Kiên Giang",
        year=2019,
        cell_name="Chi bộ Trường Tiểu học Bình Trị",
        committee_name="Đảng bộ xã Bình Trị",
        number=2,
        date="2019-01-08",
        place="Bình Trị",
        left=["ĐẢNG BỘ XÃ BÌNH TRỊ", "CHI BỘ TRƯỜNG TIỂU HỌC BÌNH TRỊ"],
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2019"],
        legal_bases=[HD12, "Căn cứ Nghị quyết Chi bộ Trường Tiểu học Bình Trị năm 2019;"],
        opening="Chi bộ Trường Tiểu học Bình Trị (26 đảng viên, sinh hoạt ghép Trường Mầm non Bình Trị "
        "và Trường Tiểu học Bình Trị) xây dựng kế hoạch sinh hoạt chuyên đề năm 2019 như sau:",
        cols=["tt", "time", "title", "who", "note"],
        col_names=["TT", "Thời gian", "Nội dung chuyên đề", "Người thực hiện", "Ghi chú"],
        titles={
            "Trần Thị Kim Loan": "Bí thư chi bộ",
            "Lê Văn Hải": "Phó Bí thư",
            "Nguyễn Thị Mỹ Tiên": "Chi ủy viên",
            "Danh Sơn": "Chi ủy viên",
        },
        topics=[
            _t(
                "Nâng cao chất lượng giáo dục các cấp học mầm non, tiểu học trên địa bàn xã Bình Trị",
                1,
                3,
                ["Trần Thị Kim Loan"],
                when="Tháng 3/2019",
            ),
            _t(
                "Giải pháp chống lưu ban, bỏ học; duy trì sĩ số học sinh cuối năm học 2018 – 2019",
                2,
                5,
                ["Lê Văn Hải"],
                when="Tháng 5/2019",
            ),
            _t(
                "Giữ vững chuẩn xóa mù chữ, phổ cập giáo dục tiểu học đúng độ tuổi của xã",
                3,
                8,
                ["Nguyễn Thị Mỹ Tiên", "Danh Sơn"],
                when="Tháng 8/2019",
                note="Phối hợp Ban Chỉ đạo phổ cập xã",
            ),
            _t(
                "Xây dựng trường học thân thiện, học sinh tích cực; trường xanh, sạch, đẹp",
                4,
                11,
                ["Trần Thị Kim Loan"],
                when="Tháng 11/2019",
            ),
        ],  # fmt: skip
        closing=[
            "- Chi ủy phân công đồng chí chuẩn bị nội dung từng chuyên đề; dự thảo gửi chi ủy trước "
            "buổi sinh hoạt 07 ngày.",
            "- Sinh hoạt chuyên đề lồng ghép vào kỳ sinh hoạt chi bộ thường kỳ của tháng; kết quả báo "
            "cáo Đảng ủy xã Bình Trị.",
        ],
        secretary="Trần Thị Kim Loan",
        send_to=["Đảng ủy xã Bình Trị (b/c)", "Đảng viên trong chi bộ"],
    ),
    # 361 — Tiền Giang, ấp -------------------------------------------------------------------
    _base(
        id="361_chi_bo_ap_tan_binh_1_tan_thuan_binh_2023",
        fmt="txt",
        layout="zd_quarter_heads",
        source="https://baoapbac.vn/chinh-tri/202209/chi-bo-ap-tan-binh-1-thuc-hien-tot-chi-thi-05-cua-bo-chinh-tri-959774",
        source_says="Bài 9/2022: Bí thư Chi bộ ấp Tân Bình 1 (xã Tân Thuận Bình, huyện Chợ Gạo, Tiền Giang) Nguyễn Văn Thành cho biết chi bộ triển khai học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh qua sinh hoạt chi bộ, tổ nhân dân tự quản; gắn với phong trào Đền ơn đáp nghĩa, làm hàng rào, trồng cây xanh, tuyến đường sáng - xanh - sạch - đẹp, đường đan, đèn đường, camera an ninh; giữ vững tiêu chí xã nông thôn mới nâng cao.",
        completed=[
            "the page is a report on the cell's work in 2022: the thematic plan for 2023 is written in the quarter-heading layout of a commune cell, its topics taken from the movements the page names",
            "the number, date, months and the presenters other than Nguyễn Văn Thành are completed",
        ],
        province="Tiền Giang",
        year=2023,
        cell_name="Chi bộ ấp Tân Bình 1",
        committee_name="Đảng bộ xã Tân Thuận Bình",
        number=1,
        date="2023-01-12",
        place="Tân Thuận Bình",
        left=["ĐẢNG BỘ XÃ TÂN THUẬN BÌNH", "CHI BỘ ẤP TÂN BÌNH 1"],
        title_lines=["KẾ HOẠCH", "SINH HOẠT CHUYÊN ĐỀ NĂM 2023"],
        legal_bases=[HD12, CT05],
        opening="Chi bộ ấp Tân Bình 1 xây dựng kế hoạch sinh hoạt chuyên đề năm 2023, cụ thể như sau:",
        aims_split=False,
        titles={
            "Nguyễn Văn Thành": "Bí thư Chi bộ",
            "Võ Thị Bé Năm": "Chi hội trưởng Phụ nữ",
            "Lê Văn Út": "Trưởng ấp",
            "Phạm Văn Tài": "Trưởng Ban công tác Mặt trận",
        },  # fmt: skip
        topics=[
            _t(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với phong trào Đền ơn "
                "đáp nghĩa ở ấp",
                1,
                2,
                ["Nguyễn Văn Thành"],
                when="Tháng 02/2023",
                chair="đ/c Nguyễn Văn Thành",
            ),
            _t(
                "Vận động nhân dân làm hàng rào, trồng cây xanh, xây dựng tuyến đường sáng - xanh - sạch - "
                "đẹp",
                2,
                5,
                ["Võ Thị Bé Năm"],
                when="Tháng 5/2023",
                chair="đ/c Nguyễn Văn Thành",
            ),
            _t(
                "Giữ vững các tiêu chí xã nông thôn mới nâng cao; vận động đóng góp làm đường đan, đèn "
                "đường, camera an ninh",
                3,
                8,
                ["Lê Văn Út"],
                when="Tháng 8/2023",
                chair="đ/c Nguyễn Văn Thành",
            ),
            _t(
                "Vai trò của đảng viên trong sinh hoạt tổ nhân dân tự quản",
                4,
                10,
                ["Phạm Văn Tài", "Nguyễn Văn Thành"],
                when="Tháng 10/2023",
                chair="đ/c Nguyễn Văn Thành",
            ),
        ],  # fmt: skip
        closing=[
            "Chi ủy phân công đảng viên chuẩn bị đề cương chuyên đề; sinh hoạt chuyên đề tổ chức cùng kỳ "
            "sinh hoạt chi bộ thường kỳ của tháng. Kết quả báo cáo về Đảng ủy xã Tân Thuận Bình.",
        ],
        secretary="Nguyễn Văn Thành",
        send_to=["Đảng ủy xã (b/c)", "Đảng viên chi bộ"],
    ),
    # 362 — TP Hồ Chí Minh, health ------------------------------------------------------------
    _base(
        id="362_chi_bo_2_trung_tam_y_te_quan_11_2023",
        fmt="doc",
        layout="zd_table",
        source="http://www.quan11.hochiminhcity.gov.vn/vi/news/khong-gian-van-hoa-ho-chi-minh/phuong-14-le-ra-mat-cong-trinh-khong-gian-van-hoa-ho-chi-minh-cua-chi-bo-2-dang-bo-trung-tam-y-te-quan-11-980.html",
        source_says="Ngày 31/10/2023, Trạm Y tế Phường 14, Quận 11 ra mắt công trình “Không gian văn hóa Hồ Chí Minh” của Chi bộ 2 Đảng bộ Trung tâm Y tế Quận 11; dự có bà Hứa Khắc Sương Linh, Bí thư Đảng ủy Trung tâm Y tế Quận 11; ông Nguyễn Tri Khoa, Bí thư Chi bộ 2; bà Huỳnh Thanh Mai, Phó Trưởng Trạm Y tế Phường 14; công trình trưng bày tư liệu về Chủ tịch Hồ Chí Minh và những lời dạy của Người đối với ngành y.",
        completed=[
            "the page reports the opening of the cell's Hồ Chí Minh culture corner in October 2023, not a plan: the plan for 2023 is written in a health cell's table layout, that corner being its fourth-quarter topic prepared by Nguyễn Tri Khoa and Huỳnh Thanh Mai",
            "the number, date, legal bases, the topics of quarters I–III and their presenters are completed",
        ],
        province="TP Hồ Chí Minh",
        year=2023,
        cell_name="Chi bộ 2",
        committee_name="Đảng bộ Trung tâm Y tế Quận 11",
        number=3,
        date="2023-01-16",
        place="Quận 11",
        left=["ĐẢNG BỘ TRUNG TÂM Y TẾ QUẬN 11", "CHI BỘ 2"],
        rule="———————",
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2023"],
        legal_bases=[
            HD12,
            CT05,
            "Căn cứ Chương trình công tác năm 2023 của Đảng ủy Trung tâm Y tế Quận 11;",
        ],
        opening="Chi bộ 2 (các trạm y tế phường) xây dựng kế hoạch sinh hoạt chuyên đề năm 2023 như sau:",
        cols=["quarter", "time", "title", "who", "form"],
        col_names=["Quý", "Thời gian", "Chuyên đề", "Người thực hiện", "Hình thức"],
        titles={
            "Nguyễn Tri Khoa": "Bí thư Chi bộ",
            "Huỳnh Thanh Mai": "Phó Trưởng Trạm Y tế P14",
            "Lâm Thị Thu Hà": "Chi ủy viên",
            "Trương Minh Phát": "Đảng viên",
        },  # fmt: skip
        topics=[
            _t(
                "Học tập lời dạy của Chủ tịch Hồ Chí Minh “Lương y phải như từ mẹ hiền” nhân Ngày Thầy "
                "thuốc Việt Nam 27/2",
                1,
                2,
                ["Nguyễn Tri Khoa"],
                when="Tháng 02/2023",
                form="Báo cáo chuyên đề, thảo luận",
            ),
            _t(
                "Đổi mới phong cách, thái độ phục vụ người bệnh tại các trạm y tế phường",
                2,
                5,
                ["Lâm Thị Thu Hà"],
                when="Tháng 05/2023",
                form="Tọa đàm",
            ),
            _t(
                "Công tác tiêm chủng mở rộng và phòng chống sốt xuất huyết tại khu dân cư",
                3,
                8,
                ["Trương Minh Phát"],
                when="Tháng 08/2023",
                form="Báo cáo chuyên đề",
            ),
            _t(
                "Xây dựng “Không gian văn hóa Hồ Chí Minh” tại Trạm Y tế Phường 14",
                4,
                10,
                ["Nguyễn Tri Khoa", "Huỳnh Thanh Mai"],
                when="Tháng 10/2023",
                form="Sinh hoạt tại Không gian văn hóa",
            ),
        ],  # fmt: skip
        closing=[
            "- Đồng chí được phân công chuẩn bị dự thảo chuyên đề gửi chi ủy trước 05 ngày.",
            "- Chi ủy chủ động mời đại diện Đảng ủy Trung tâm dự các buổi sinh hoạt chuyên đề; báo cáo "
            "kết quả sau mỗi quý.",
        ],
        secretary="Nguyễn Tri Khoa",
        send_to=["Đảng ủy Trung tâm Y tế Quận 11 (để b/c)", "Đảng viên Chi bộ 2"],
    ),
    # 363 — Cần Thơ, khu vực ------------------------------------------------------------------
    _base(
        id="363_chi_bo_khu_vuc_11_cai_khe_2026",
        fmt="odt",
        layout="zd_numbered",
        source="https://dantri.com.vn/thoi-su/hoc-bac-lam-tot-cong-tac-dan-van-20260303142509869.htm",
        source_says="Bài 3/3/2026: năm 2025 Chi bộ khu vực 11 được Đảng bộ phường Cái Khế (Cần Thơ) đánh giá hoàn thành xuất sắc nhiệm vụ; cán bộ, đảng viên chi bộ phối hợp phường vận động nhân dân đóng góp trên 600 triệu đồng tráng bê tông, thảm nhựa 4 tuyến hẻm (hẻm 49-57 góp 160 triệu, hẻm 9-15 gần 100 triệu); ông Mai Văn Lung là Bí thư Chi bộ, Trưởng khu vực 11; hẻm thường ngập khi mưa lớn, triều cường.",
        completed=[
            "the page reports the cell's dân vận work of 2025: the thematic plan for 2026 is written in the “Chuyên đề 1 (Quý I):” layout, its topics following the work the page describes",
            "the number, date, legal bases and presenters other than Mai Văn Lung are completed",
        ],
        province="Cần Thơ",
        year=2026,
        cell_name="Chi bộ khu vực 11",
        committee_name="Đảng bộ phường Cái Khế",
        number=1,
        date="2026-01-09",
        place="Cái Khế",
        left=["ĐẢNG BỘ PHƯỜNG CÁI KHẾ", "CHI BỘ KHU VỰC 11"],
        title_lines=["KẾ HOẠCH", "Thực hiện sinh hoạt theo chuyên đề năm 2026"],
        legal_bases=[
            "Căn cứ Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương về thực hiện "
            "Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới và nâng cao chất "
            "lượng sinh hoạt chi bộ trong giai đoạn mới;",
            "Căn cứ tình hình thực tế của khu vực 11 năm 2026;",
        ],
        opening="Chi bộ khu vực 11 xây dựng kế hoạch thực hiện sinh hoạt chuyên đề năm 2026 của Chi "
        "bộ, cụ thể như sau:",
        titles={
            "Mai Văn Lung": "Bí thư Chi bộ, Trưởng khu vực",
            "Huỳnh Thị Ngọc Hân": "Phó Bí thư Chi bộ",
            "Trần Quốc Việt": "Trưởng Ban công tác Mặt trận khu vực",
        },  # fmt: skip
        topics=[
            _t(
                "Học Bác làm tốt công tác dân vận ở khu vực 11",
                1,
                3,
                ["Mai Văn Lung"],
                when="Tháng 3 năm 2026",
                form="Trao đổi, đề xuất cách thực hiện",
                content="Đánh giá cách vận động nhân dân góp tiền nâng cấp 4 tuyến hẻm năm 2025; rút kinh "
                "nghiệm họp dân, công khai thu chi.",
            ),
            _t(
                "Vận động nhân dân nâng cấp các tuyến hẻm còn ngập khi mưa lớn, triều cường",
                2,
                5,
                ["Trần Quốc Việt"],
                when="Tháng 5 năm 2026",
                form="Thảo luận, giao nhiệm vụ",
            ),
            _t(
                "Giữ gìn an ninh trật tự, xây dựng khu vực văn minh đô thị",
                3,
                8,
                ["Huỳnh Thị Ngọc Hân"],
                when="Tháng 8 năm 2026",
                form="Báo cáo chuyên đề",
            ),
            _t(
                "Vai trò nêu gương của đảng viên nơi cư trú; kiểm điểm việc đảng viên phụ trách hộ",
                4,
                11,
                ["Mai Văn Lung", "Huỳnh Thị Ngọc Hân"],
                when="Tháng 11 năm 2026",
                form="Trao đổi, tự phê bình",
            ),
        ],  # fmt: skip
        closing=[
            "- Chi ủy phân công đồng chí chuẩn bị nội dung; dự thảo thông qua chi ủy trước kỳ sinh hoạt.",
            "- Sau mỗi chuyên đề chi bộ ra kết luận, báo cáo Đảng ủy phường Cái Khế.",
        ],
        secretary="Mai Văn Lung",
        send_to=["Đảng ủy phường Cái Khế (b/c)", "Đảng viên chi bộ"],
    ),
    # 364 — Đồng Nai, association of young entrepreneurs ---------------------------------------
    _base(
        id="364_chi_bo_hoi_doanh_nhan_tre_dong_nai_2022",
        fmt="scan",
        layout="zd_table",
        source="https://kinhtevadoisong.vn/print-188532.html",
        source_says="Chi bộ cơ sở Hội Doanh nhân trẻ Đồng Nai được thành lập từ tháng 10/2021, hiện có 9 đảng viên; lễ kết nạp đảng viên mới có ông Nguyễn Cao Cường, Tỉnh ủy viên, Bí thư Đảng ủy Khối doanh nghiệp, ông Đặng Quốc Nghi, Bí thư Chi bộ Hội Doanh nhân trẻ tỉnh; Đảng bộ Khối có hơn 4,7 ngàn đảng viên, 38 tổ chức đảng ngoài khu vực Nhà nước; chi bộ tiếp tục là nòng cốt chính trị của Hội, phát triển thêm đảng viên mới.",
        completed=[
            "the page reports an admission of members, not a plan: the cell's thematic plan for its first full year, 2022, is written in a table layout, its topics following the cell's tasks the page names (nòng cốt chính trị của Hội, phát triển đảng viên)",
            "the number, date, legal bases, months and presenters other than Đặng Quốc Nghi are completed",
        ],
        province="Đồng Nai",
        year=2022,
        cell_name="Chi bộ cơ sở Hội Doanh nhân trẻ Đồng Nai",
        committee_name="Đảng bộ Khối doanh nghiệp tỉnh Đồng Nai",
        number=2,
        date="2022-02-14",
        place="Biên Hòa",
        left=["ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH", "CHI BỘ HỘI DOANH NHÂN TRẺ", "ĐỒNG NAI"],
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề của Chi bộ năm 2022"],
        legal_bases=[HD12, "Căn cứ Nghị quyết Chi bộ cơ sở Hội Doanh nhân trẻ Đồng Nai năm 2022;"],
        opening="Chi bộ cơ sở Hội Doanh nhân trẻ Đồng Nai (9 đảng viên) xây dựng kế hoạch sinh hoạt "
        "chuyên đề năm 2022 như sau:",
        aims_split=False,
        table_heading="II. NỘI DUNG CÁC CHUYÊN ĐỀ",
        cols=["tt", "title", "time", "who"],
        col_names=["STT", "Nội dung chuyên đề", "Thời gian thực hiện", "Người phụ trách"],
        who_prefix="",
        topics=[
            _t(
                "Vai trò hạt nhân chính trị của chi bộ trong Hội Doanh nhân trẻ tỉnh",
                1,
                3,
                ["Đặng Quốc Nghi"],
                when="Quý I/2022 (tháng 3)",
            ),
            _t(
                "Tạo nguồn, bồi dưỡng quần chúng ưu tú là hội viên doanh nhân trẻ để kết nạp Đảng",
                2,
                6,
                ["Phạm Minh Trí"],
                when="Quý II/2022 (tháng 6)",
            ),
            _t(
                "Doanh nhân trẻ học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh "
                "thần kinh doanh trung thực, trách nhiệm",
                3,
                9,
                ["Nguyễn Thị Thanh Thúy"],
                when="Quý III/2022 (tháng 9)",
            ),
            _t(
                "Đảng viên doanh nhân gương mẫu thực hiện chính sách với người lao động",
                4,
                12,
                ["Đặng Quốc Nghi", "Phạm Minh Trí"],
                when="Quý IV/2022 (tháng 12)",
            ),
        ],  # fmt: skip
        closing=[
            "Chi ủy phân công đồng chí phụ trách chuẩn bị chuyên đề, gửi đảng viên trước 01 tuần; kết "
            "quả báo cáo Đảng ủy Khối doanh nghiệp tỉnh sau mỗi quý.",
        ],
        secretary="Đặng Quốc Nghi",
        send_to=["Đảng ủy Khối doanh nghiệp tỉnh (b/c)", "Đảng viên chi bộ"],
    ),
    # 365 — Bến Tre, ấp ------------------------------------------------------------------------
    _base(
        id="365_chi_bo_ap_long_thanh_long_hoa_binh_dai_2021",
        fmt="docx",
        layout="zd_table",
        source="https://baodongkhoi.vn/ap-long-thanh-xay-dung-chi-bo-dat-trong-sach-vung-manh-toan-dien-15092021-a91028.html",
        source_says="Bài 15/9/2021: Chi bộ ấp Long Thạnh, xã Long Hòa, huyện Bình Đại có 25 đảng viên (miễn sinh hoạt 8 đồng chí), hoàn thành xuất sắc nhiệm vụ 2 năm liền (2019 – 2020), phấn đấu đạt chi bộ trong sạch, vững mạnh toàn diện năm 2021; chi bộ tuyên truyền xây dựng đời sống văn hóa gắn với xã nông thôn mới nâng cao, thực hiện quy chế dân chủ, công khai thu chi vận động; Bí thư Chi bộ Nguyễn Hoàng Minh.",
        completed=[
            "the page reports the cell's work and aims for 2021, not its plan: the thematic plan for 2021 is written in a table with separate Quý and Tháng columns, its topics following the page's subjects",
            "the number, date, legal bases and presenters other than Nguyễn Hoàng Minh are completed",
        ],
        province="Bến Tre",
        year=2021,
        cell_name="Chi bộ ấp Long Thạnh",
        committee_name="Đảng bộ xã Long Hòa",
        number=2,
        date="2021-01-18",
        place="Long Hòa",
        left=["ĐẢNG BỘ XÃ LONG HÒA", "CHI BỘ ẤP LONG THẠNH"],
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2021"],
        legal_bases=[HD12, "Căn cứ Nghị quyết Chi bộ ấp Long Thạnh năm 2021;"],
        opening="Chi bộ ấp Long Thạnh hiện có 25 đảng viên (miễn sinh hoạt 8 đồng chí). Chi ủy xây "
        "dựng kế hoạch sinh hoạt chuyên đề năm 2021 như sau:",
        cols=["quarter", "month", "title", "who", "chair"],
        col_names=["Quý", "Tháng", "Nội dung chuyên đề", "Người xây dựng", "Chủ trì"],
        titles={"Nguyễn Hoàng Minh": "Bí thư"},
        topics=[
            _t(
                "Xây dựng đời sống văn hóa gắn với xã nông thôn mới nâng cao ở ấp Long Thạnh",
                1,
                3,
                ["Nguyễn Hoàng Minh"],
                chair="Bí thư",
            ),
            _t(
                "Thực hiện quy chế dân chủ ở cơ sở; công khai các khoản vận động đóng góp xây dựng "
                "công trình",
                2,
                6,
                ["Đoàn Văn Khởi"],
                chair="Bí thư",
            ),
            _t(
                "Vai trò đảng viên trong công tác an sinh xã hội, giúp hộ nghèo, cận nghèo",
                3,
                9,
                ["Lê Thị Kim Xuyến"],
                chair="Phó Bí thư",
            ),
            _t(
                "Xây dựng chi bộ trong sạch, vững mạnh toàn diện; tự phê bình và phê bình",
                4,
                11,
                ["Nguyễn Hoàng Minh", "Đoàn Văn Khởi"],
                chair="Bí thư",
            ),
        ],  # fmt: skip
        closing=[
            "- Đồng chí xây dựng chuyên đề trình chi ủy thông qua trước kỳ sinh hoạt; đảng viên miễn "
            "sinh hoạt được mời dự nếu sức khỏe cho phép.",
            "- Kết quả sinh hoạt chuyên đề báo cáo Đảng ủy xã Long Hòa.",
        ],
        secretary="Nguyễn Hoàng Minh",
        send_to=["Đảng ủy xã Long Hòa (b/c)", "Đảng viên chi bộ"],
    ),
    # 366 — Đồng Tháp, school (a cell of a partial Party committee) ------------------------------
    _base(
        id="366_chi_bo_3_thcs_nguyen_thi_luu_cao_lanh_2020",
        fmt="doc",
        layout="zd_numbered",
        source="https://thcsnguyenthiluu.edu.vn/gioi-thieu/chi-bo",
        source_says="Đảng bộ bộ phận Trường THCS Nguyễn Thị Lựu trực thuộc Đảng bộ Phường 4, TP Cao Lãnh; tháng 2/2020 đại hội bầu BCH 7 đồng chí, Bí thư Nguyễn Hồng Thái; 61 đảng viên, 4 chi bộ; Chi bộ 3 có 19 đảng viên, đồng chí Lê Ngọc Hoàng Lan là bí thư; chi bộ họp lệ vào thứ 5 tuần 3 của tháng.",
        completed=[
            "the page presents the party committee and its cells, not a plan: Chi bộ 3's thematic plan for 2020 is written in the “Chuyên đề 1 (Quý I):” layout, its meetings on the third Thursday as the page says",
            "the number, date, topics and presenters other than Lê Ngọc Hoàng Lan are completed",
        ],
        province="Đồng Tháp",
        year=2020,
        cell_name="Chi bộ 3",
        committee_name="Đảng bộ bộ phận Trường THCS Nguyễn Thị Lựu",
        report_to="BCH Đảng bộ bộ phận Trường THCS Nguyễn Thị Lựu",
        number=None,
        date="2020-03-02",
        place="Phường 4",
        left=["ĐẢNG BỘ PHƯỜNG 4", "ĐBBP TRƯỜNG THCS NGUYỄN THỊ LỰU", "CHI BỘ 3"],
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        legal_bases=[
            HD12,
            "Căn cứ Nghị quyết Đại hội Đảng bộ bộ phận Trường THCS Nguyễn Thị Lựu nhiệm kỳ "
            "2020 – 2022;",
        ],  # fmt: skip
        opening="Chi bộ 3 (19 đảng viên) xây dựng kế hoạch sinh hoạt chuyên đề năm 2020, cụ thể như sau:",
        titles={
            "Lê Ngọc Hoàng Lan": "Bí thư Chi bộ 3",
            "Đỗ Thị Ngọc Trinh": "Tổ trưởng chuyên môn",
            "Nguyễn Văn Phúc": "Phó Bí thư Chi bộ 3",
        },  # fmt: skip
        topics=[
            _t(
                "Đổi mới phương pháp dạy học, kiểm tra đánh giá học sinh trung học cơ sở",
                1,
                3,
                ["Lê Ngọc Hoàng Lan"],
                when="Tháng 3/2020 (thứ Năm tuần 3)",
                form="Báo cáo chuyên đề, thảo luận",
            ),
            _t(
                "Dạy học trực tuyến và ôn tập cho học sinh trong thời gian nghỉ học phòng, chống dịch "
                "Covid-19",
                2,
                5,
                ["Đỗ Thị Ngọc Trinh"],
                when="Tháng 5/2020 (thứ Năm tuần 3)",
                form="Trao đổi kinh nghiệm",
            ),
            _t(
                "Chuẩn bị triển khai Chương trình giáo dục phổ thông 2018 ở lớp 6",
                3,
                8,
                ["Nguyễn Văn Phúc"],
                when="Tháng 8/2020 (thứ Năm tuần 3)",
                form="Báo cáo chuyên đề",
            ),
            _t(
                "Giáo viên là đảng viên nêu gương về đạo đức nhà giáo",
                4,
                11,
                ["Lê Ngọc Hoàng Lan", "Nguyễn Văn Phúc"],
                when="Tháng 11/2020 (thứ Năm tuần 3)",
                form="Tọa đàm nhân Ngày Nhà giáo Việt Nam 20/11",
            ),
        ],  # fmt: skip
        closing=[
            "- Sinh hoạt chuyên đề tổ chức vào kỳ họp lệ thứ Năm tuần 3 của tháng.",
            "- Chi ủy Chi bộ 3 phân công, đôn đốc đồng chí chuẩn bị; báo cáo kết quả về Ban Chấp hành "
            "Đảng bộ bộ phận.",
        ],
        secretary="Lê Ngọc Hoàng Lan",
        send_to=["BCH Đảng bộ bộ phận (b/c)", "Đảng viên Chi bộ 3"],
    ),
    # 367 — Cà Mau, agency (Red Cross) ----------------------------------------------------------
    _base(
        id="367_chi_bo_hoi_chu_thap_do_tinh_ca_mau_2021",
        fmt="txt",
        layout="zd_table",
        encoding="utf-8-sig",
        newline="\r\n",
        source="http://hoichuthapdo.camau.gov.vn/dai-hoi-chi-bo-hoi-chu-thap-do-tinh-ca-mau-nhiem-ky-2020-2025.107",
        source_says="Đại hội Chi bộ Hội Chữ thập đỏ tỉnh Cà Mau nhiệm kỳ 2020 – 2025: trong 5 năm chi bộ lãnh đạo đảng viên, viên chức thực hiện các chỉ tiêu nghị quyết; làm tốt công tác giáo dục chính trị, tư tưởng, đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; phối hợp chính quyền lãnh đạo công tác Hội đạt và vượt chỉ tiêu Trung ương Hội giao, góp phần an sinh xã hội; làm tốt phát triển đảng viên; đồng chí Phan Thanh Phương phát biểu chỉ đạo.",
        completed=[
            "the page reports the cell's congress for 2020 – 2025: the thematic plan for 2021 is written in a table layout, its topics following the congress's subjects",
            "the committee (Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Cà Mau), number, date, topics' months and every presenter's name are completed (the page names only the guest who spoke)",
        ],
        province="Cà Mau",
        year=2021,
        cell_name="Chi bộ Hội Chữ thập đỏ tỉnh",
        committee_name="Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Cà Mau",
        number=4,
        date="2021-01-20",
        place="Cà Mau",
        left=["ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP", "CHI BỘ HỘI CHỮ THẬP ĐỎ TỈNH"],
        title_lines=["KẾ HOẠCH", "sinh hoạt chuyên đề năm 2021"],
        legal_bases=[
            HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Hội Chữ thập đỏ tỉnh nhiệm kỳ 2020 – 2025;",
        ],
        opening="Chi bộ Hội Chữ thập đỏ tỉnh xây dựng kế hoạch sinh hoạt chuyên đề năm 2021 như sau:",
        cols=["tt", "title", "time", "who", "chair"],
        col_names=["TT", "Tên chuyên đề", "Thời gian", "Người chuẩn bị", "Chủ trì"],
        who_prefix="Đ/c",
        topics=[
            _t(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần nhân đạo, "
                "“thương người như thể thương thân”",
                1,
                3,
                ["Trần Thanh Hùng"],
                when="03/2021",
                chair="Bí thư Chi bộ",
            ),
            _t(
                "Nâng cao hiệu quả vận động nguồn lực nhân đạo, chăm lo an sinh xã hội",
                2,
                6,
                ["Huỳnh Thị Diễm"],
                when="06/2021",
                chair="Bí thư Chi bộ",
            ),
            _t(
                "Công tác tạo nguồn, phát triển đảng viên trong viên chức Hội",
                3,
                9,
                ["Trần Thanh Hùng", "Tô Văn Đời"],
                when="09/2021",
                chair="Phó Bí thư",
            ),
            _t(
                "Ứng phó thảm họa, sơ cấp cứu dựa vào cộng đồng mùa mưa bão",
                4,
                10,
                ["Tô Văn Đời"],
                when="10/2021",
                chair="Bí thư Chi bộ",
            ),
        ],  # fmt: skip
        closing=[
            "Đồng chí được phân công chuẩn bị đề cương, gửi chi ủy trước buổi sinh hoạt; sau mỗi "
            "chuyên đề chi bộ báo cáo Đảng ủy Khối.",
        ],
        secretary="Trần Thanh Hùng",
        send_to=["Đảng ủy Khối (b/c)", "Đảng viên chi bộ"],
    ),
    # 368 — Long An, ấp ------------------------------------------------------------------------
    _base(
        id="368_chi_bo_ap_1_long_thanh_thu_thua_2018",
        fmt="odt",
        layout="zd_quarter_heads",
        source="https://baolongan.vn/chi-bo-ap-1-xa-long-thanh-hoc-tap-va-lam-theo-guong-bac-a2034.html",
        source_says="Bài 08/7/2015: Chi bộ ấp 1, xã Long Thành (huyện Thủ Thừa, Long An) học tập và làm theo gương Bác; lãnh đạo đạt, vượt chỉ tiêu nghị quyết: sản lượng lương thực trên 110%, vận động 300 triệu đồng làm đường giao thông nông thôn, trên 100 triệu đồng kéo điện, hiến đất làm đê bao lửng; vận động chuyển đổi cây trồng, vật nuôi (trồng chanh, ớt, nuôi bò thịt); trên 98% hộ đạt Gia đình văn hóa.",
        completed=[
            "the page (2015) reports the cell's results, not a plan: the thematic plan for 2018 is written in the quarter-heading layout of an ấp cell, its topics following the page's subjects",
            "the number, date, legal bases, months and every presenter's name are completed (the page names no member)",
        ],
        province="Long An",
        year=2018,
        cell_name="Chi bộ ấp 1",
        committee_name="Đảng bộ xã Long Thành",
        number=1,
        date="2018-01-10",
        place="Long Thành",
        left=["ĐẢNG BỘ XÃ LONG THÀNH", "CHI BỘ ẤP 1"],
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2018"],
        legal_bases=[CT05, "Căn cứ Nghị quyết Chi bộ ấp 1 năm 2018;"],
        opening="Chi bộ ấp 1 xây dựng kế hoạch sinh hoạt chuyên đề năm 2018 như sau:",
        aims_split=False,
        topics_heading="II. NỘI DUNG",
        titles={
            "Nguyễn Văn Sáu": "Bí thư Chi bộ",
            "Trần Thị Hồng": "Chi hội trưởng Phụ nữ",
            "Võ Văn Lành": "Chi hội trưởng Nông dân",
        },  # fmt: skip
        topics=[
            _t(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức tổ chức kỷ "
                "luật, tinh thần trách nhiệm",
                1,
                3,
                ["Nguyễn Văn Sáu"],
                when="Tháng 3/2018",
                chair="Bí thư Chi bộ",
            ),
            _t(
                "Vận động nông dân chuyển đổi cơ cấu cây trồng, vật nuôi: trồng chanh, ớt, nuôi bò thịt",
                2,
                6,
                ["Võ Văn Lành"],
                when="Tháng 6/2018",
                chair="Bí thư Chi bộ",
            ),
            _t(
                "Vận động nhân dân đóng góp, hiến đất làm đường giao thông nông thôn và đê bao",
                3,
                9,
                ["Nguyễn Văn Sáu", "Võ Văn Lành"],
                when="Tháng 9/2018",
                chair="Bí thư Chi bộ",
            ),
            _t(
                "Xây dựng gia đình văn hóa, ấp văn hóa",
                4,
                11,
                ["Trần Thị Hồng"],
                when="Tháng 11/2018",
                chair="Bí thư Chi bộ",
            ),
        ],  # fmt: skip
        closing=[
            "Chi ủy phân công đảng viên xây dựng chuyên đề; sinh hoạt chuyên đề cùng kỳ sinh hoạt chi "
            "bộ thường kỳ; kết quả báo cáo Đảng ủy xã Long Thành.",
        ],
        secretary="Nguyễn Văn Sáu",
        send_to=["Đảng ủy xã (b/c)", "Đảng viên chi bộ"],
    ),
    # 369 — Tiền Giang, enterprise (the month outside its quarter) -------------------------------
    _base(
        id="369_chi_bo_cong_ty_heineken_tien_giang_2020",
        fmt="docx",
        layout="zd_table",
        source="https://baoapbac.vn/chinh-tri/201912/dang-uy-cac-khu-cong-nghiep-tien-giang-hoan-thanh-to-chuc-dai-hoi-chi-bo-diem-887307/index.htm",
        source_says="Tháng 6/2019 Đảng ủy Khối doanh nghiệp tỉnh Tiền Giang thành lập Đảng bộ các Khu công nghiệp Tiền Giang (7 chi bộ, 80 đảng viên); Đảng ủy các Khu công nghiệp chỉ đạo Chi bộ Công ty TNHH Nhà máy bia Heineken Việt Nam - Tiền Giang tiến hành Đại hội đảng viên làm điểm nhiệm kỳ 2020 – 2023 thành công; Bí thư Đảng ủy các Khu công nghiệp Trần Minh Diễn.",
        completed=[
            "the page reports the cell's congress, not a plan: the thematic plan for 2020 is written in a table layout, its topics those of an enterprise cell in an industrial park",
            "the number, date, topics and every presenter's name are completed (the page names none of the cell)",
            "the second topic is written “Quý II/2020 (tháng 7)”: its month lies outside its quarter, kept as typed",
        ],
        province="Tiền Giang",
        year=2020,
        cell_name="Chi bộ Công ty TNHH Nhà máy bia Heineken Việt Nam - Tiền Giang",
        committee_name="Đảng bộ các Khu công nghiệp Tiền Giang",
        number=5,
        date="2020-02-10",
        place="Mỹ Tho",
        left=[
            "ĐẢNG BỘ CÁC KHU CÔNG NGHIỆP TIỀN GIANG",
            "CHI BỘ CÔNG TY TNHH NHÀ MÁY BIA",
            "HEINEKEN VIỆT NAM - TIỀN GIANG",
        ],  # fmt: skip
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        legal_bases=[HD12, "Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2023;"],
        opening="Chi bộ Công ty TNHH Nhà máy bia Heineken Việt Nam - Tiền Giang xây dựng kế hoạch sinh "
        "hoạt chuyên đề năm 2020 như sau:",
        cols=["time", "title", "who", "note"],
        col_names=["Thời gian", "Chuyên đề", "Người chuẩn bị", "Ghi chú"],
        titles={
            "Huỳnh Văn Tâm": "Bí thư Chi bộ",
            "Ngô Thị Kim Thoa": "Chủ tịch Công đoàn",
            "Lương Hoàng Duy": "Bí thư Chi đoàn",
        },  # fmt: skip
        topics=[
            _t(
                "Vai trò của chi bộ trong doanh nghiệp có vốn đầu tư nước ngoài",
                1,
                3,
                ["Huỳnh Văn Tâm"],
                when="Quý I/2020 (tháng 3)",
            ),
            _t(
                "Đảng viên gương mẫu thực hiện an toàn lao động, phòng chống dịch Covid-19 tại nhà máy",
                2,
                7,
                ["Ngô Thị Kim Thoa"],
                when="Quý II/2020 (tháng 7)",
                conflict=True,
            ),
            _t(
                "Tạo nguồn kết nạp đảng viên từ đoàn viên công đoàn, đoàn viên thanh niên",
                3,
                9,
                ["Lương Hoàng Duy", "Huỳnh Văn Tâm"],
                when="Quý III/2020 (tháng 9)",
            ),
            _t(
                "Chăm lo đời sống, việc làm của người lao động; xây dựng quan hệ lao động hài hòa",
                4,
                11,
                ["Ngô Thị Kim Thoa"],
                when="Quý IV/2020 (tháng 11)",
            ),
        ],  # fmt: skip
        closing=[
            "- Chi ủy phối hợp Ban Giám đốc bố trí thời gian sinh hoạt ngoài ca sản xuất.",
            "- Kết quả mỗi chuyên đề báo cáo Đảng ủy các Khu công nghiệp Tiền Giang.",
        ],
        secretary="Huỳnh Văn Tâm",
        send_to=["Đảng ủy các KCN Tiền Giang (b/c)", "Đảng viên chi bộ"],
    ),
]
