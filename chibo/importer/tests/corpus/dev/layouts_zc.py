"""Batch zc (plans 350–359): ten cells of the central provinces and Tây Nguyên, written blind.

Written without reading the importer's parser, its other layout modules or the test half: only
build.py, common.py, facts.py, the README's opening and one truth file were read. Each plan
renders a public page (``source``) about a real cell: a village (xóm, làng, buôn), a school or a
provincial agency. No stored page published a plan whole, so every plan keeps the page's facts
(cell, committee, year, a topic, its month, named people, member counts) and completes the rest
in the way such a cell writes its annual thematic plan; ``completed`` says what was added.

Layouts, as these cells type them:
- ``zc_sections_time``: "1. Chuyên đề 1 (Quý I):" then "- Chủ đề:", "- Thời gian: Tháng 3 năm
  2025", "- Hình thức:", "- Người thực hiện: Đồng chí … - Bí thư chi bộ" (the seeds' school shape);
- ``zc_table_month``: one table, TT | Thời gian | Nội dung chuyên đề | Người thực hiện | Ghi chú,
  the time as "Tháng 3/2024";
- ``zc_table_quarter``: STT | Quý | Tháng | Tên chuyên đề | Người thực hiện;
- ``zc_quarter_heads``: a heading per quarter ("Quý I/2023") with "- Tên chuyên đề:",
  "- Thời gian thực hiện: tháng 3", "- Người xây dựng:";
- ``zc_prose_quarters``: a short village plan, one paragraph per quarter.
"""

from __future__ import annotations

from typing import Any

from ..common import ROMAN, Block, header, signature
from ..facts import topic_with

T = topic_with


# ------------------------------------------------------------------------------------------ words
def _who(t: dict[str, Any], p: dict[str, Any], prefix: str = "Đồng chí", sep: str = "; ") -> str:
    titles = p.get("titles", {})
    out = []
    for n in t["presenters"]:
        title = titles.get(n)
        out.append(f"{prefix} {n}" + (f" - {title}" if title else ""))
    return sep.join(out)


def _when(t: dict[str, Any], default: str) -> str:
    """The time as the plan types it: the topic's own ``when``, else the layout's default."""
    return str(t["when"] or default)


def _aims(p: dict[str, Any]) -> list[Block]:
    return [("h", p.get("aims_heading", "I. MỤC ĐÍCH, YÊU CẦU")), *[("p", x) for x in p["aims"]]]


def _opening(p: dict[str, Any]) -> list[Block]:
    return [*[("p", b) for b in p["legal_bases"]], ("p", p["opening"])]


def _close(p: dict[str, Any], heading: str) -> list[Block]:
    out: list[Block] = [("h", heading), *[("p", x) for x in p["closing"]]]
    if p.get("last_line"):
        out.append(("p", p["last_line"]))
    out.append(signature(p, also=p.get("also", ("- Đảng viên trong chi bộ;",))))
    return out


# ---------------------------------------------------------------------------------------- layouts
def zc_sections_time(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    out: list[Block] = [header(p), ("title", p["title_lines"]), *_opening(p), *_aims(p)]
    out.append(("h", f"II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ NĂM {y}"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. Chuyên đề {i} (Quý {ROMAN[t['quarter']]}):"))
        out.append(("p", f"- Chủ đề: {t['title']}."))
        if t.get("content"):
            out.append(("p", f"- Nội dung công việc: {t['content']}"))
        default = f"Tháng {t['month']} năm {y}"
        out.append(("p", f"- Thời gian: {_when(t, default)}"))
        if t["form"]:
            out.append(("p", f"- Hình thức: {t['form']}"))
        out.append(("p", f"- Người thực hiện: {_who(t, p)}"))
    return out + _close(p, "III. TỔ CHỨC THỰC HIỆN")


def _table(p: dict[str, Any], head: list[str], rows: list[list[str]], widths: list[float]) -> Block:
    return ("table", head, rows, None, widths)


def zc_table_month(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    out: list[Block] = [header(p), ("title", p["title_lines"]), *_opening(p), *_aims(p)]
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        when = _when(t, f"Tháng {t['month']}/{y}")
        rows.append([str(i), when, t["title"], _who(t, p, "Đ/c", "\n"), t.get("note", "")])
    head = ["TT", "Thời gian", "Nội dung chuyên đề", "Người thực hiện", "Ghi chú"]
    out.append(_table(p, head, rows, [1.0, 2.6, 7.0, 3.8, 2.0]))
    return out + _close(p, "III. TỔ CHỨC THỰC HIỆN")


def zc_table_quarter(p: dict[str, Any]) -> list[Block]:
    out: list[Block] = [header(p), ("title", p["title_lines"]), *_opening(p), *_aims(p)]
    out.append(("h", "II. NỘI DUNG CÁC CHUYÊN ĐỀ"))
    rows = []
    for i, t in enumerate(p["topics"], 1):
        rows.append(
            [str(i), ROMAN[t["quarter"]], str(t["month"]), t["title"], _who(t, p, "Đ/c", "\n")]
        )
    head = ["STT", "Quý", "Tháng", "Tên chuyên đề", "Người thực hiện"]
    out.append(_table(p, head, rows, [1.1, 1.2, 1.4, 8.0, 4.5]))
    return out + _close(p, "III. TỔ CHỨC THỰC HIỆN")


def zc_quarter_heads(p: dict[str, Any]) -> list[Block]:
    y = p["year"]
    out: list[Block] = [header(p), ("title", p["title_lines"]), *_opening(p), *_aims(p)]
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    for t in p["topics"]:
        out.append(("h", f"Quý {ROMAN[t['quarter']]}/{y}"))
        out.append(("p", f"- Tên chuyên đề: {t['title']}"))
        default = f"tháng {t['month']}"
        out.append(("p", f"- Thời gian thực hiện: {_when(t, default)}"))
        out.append(("p", f"- Người xây dựng: {_who(t, p, 'đồng chí', ', ')}"))
        if t["form"]:
            out.append(("p", f"- Hình thức: {t['form']}"))
    return out + _close(p, "III. TỔ CHỨC THỰC HIỆN")


def zc_prose_quarters(p: dict[str, Any]) -> list[Block]:
    out: list[Block] = [header(p), ("title", p["title_lines"]), *_opening(p)]
    out.append(("h", "1. Mục đích"))
    out += [("p", x) for x in p["aims"]]
    out.append(("h", "2. Nội dung, thời gian"))
    for t in p["topics"]:
        out.append(("p", f"Quý {ROMAN[t['quarter']]}: {t['when']}, chi bộ sinh hoạt chuyên đề “{t['title']}”. "
                         f"{_who(t, p, 'Đồng chí', ', ')} chuẩn bị nội dung, báo cáo tại buổi sinh hoạt."))  # fmt: skip
    return out + _close(p, "3. Tổ chức thực hiện")


LAYOUTS = {
    "zc_sections_time": zc_sections_time,
    "zc_table_month": zc_table_month,
    "zc_table_quarter": zc_table_quarter,
    "zc_quarter_heads": zc_quarter_heads,
    "zc_prose_quarters": zc_prose_quarters,
}


# ------------------------------------------------------------------------------------------ words
HD12 = (
    "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề "
    "nâng cao chất lượng sinh hoạt chi bộ;"
)
KL01 = (
    "Căn cứ Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số "
    "05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh;"
)
CT05 = (
    "Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư "
    "tưởng, đạo đức, phong cách Hồ Chí Minh;"
)
HCM_2021 = (
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát "
    "vọng phát triển đất nước phồn vinh, hạnh phúc"
)
SCHOOL_AIMS = [
    "- Nâng cao nhận thức chính trị, tư tưởng cho đảng viên; đổi mới nội dung, nâng cao chất lượng "
    "sinh hoạt chi bộ, bảo đảm tính lãnh đạo, tính giáo dục và tính chiến đấu.",
    "- Chuyên đề gắn với nhiệm vụ chính trị của nhà trường; đảng viên được phân công chuẩn bị chu đáo, "
    "gửi dự thảo cho chi ủy trước buổi sinh hoạt; mỗi đảng viên tích cực thảo luận, liên hệ bản thân.",
]
VILLAGE_AIMS = [
    "- Sinh hoạt chuyên đề mỗi quý ít nhất một lần, nội dung sát với tình hình thực tế của địa phương, "
    "giúp đảng viên nắm chắc và tuyên truyền, vận động Nhân dân thực hiện.",
    "- Qua sinh hoạt, chi bộ thống nhất chủ trương, giải pháp và phân công đảng viên phụ trách từng "
    "việc, từng hộ.",
]
AGENCY_AIMS = [
    "- Nâng cao nhận thức, trách nhiệm của đảng viên, viên chức trong thực hiện nhiệm vụ chuyên môn của "
    "cơ quan; đưa việc học tập và làm theo Bác đi vào nền nếp trong sinh hoạt chi bộ.",
    "- Nội dung chuyên đề cụ thể, thiết thực; đảng viên được phân công chuẩn bị dự thảo đúng thời gian.",
]
CLOSING = [
    "- Chi ủy chỉ đạo, đôn đốc các đồng chí được phân công xây dựng dự thảo chuyên đề, gửi đảng viên "
    "nghiên cứu trước ít nhất 03 ngày.",
    "- Đồng chí Bí thư chi bộ chủ trì buổi sinh hoạt, kết luận và ban hành nghị quyết chuyên đề (nếu "
    "có); kết quả báo cáo cấp ủy cấp trên theo quy định.",
    "- Đảng viên trong chi bộ nghiên cứu dự thảo, chuẩn bị ý kiến tham gia tại buổi sinh hoạt.",
]


def _p(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "half": "dev",
        "kind": "thematic",
        "type_code": "KH",
        "targets": [],
        "closing": CLOSING,
        "sign_for": "T/M CHI BỘ",
        "signer_title": "BÍ THƯ",
    }
    base.update(kw)
    return base


PLANS: list[dict[str, Any]] = [
    _p(
        id="350_chi_bo_xom_sen_2_kim_lien_2024",
        fmt="docx",
        layout="zc_table_month",
        source="https://danviet.vn/chu-tich-ubnd-tinh-nghe-an-nguyen-duc-trung-du-sinh-hoat-dang-tai-chi-bo-xom-20240305110838229.htm",
        source_says="Ngày 4/3/2024 Chủ tịch UBND tỉnh Nghệ An dự sinh hoạt định kỳ tháng 3/2024 của Chi bộ xóm Sen 2, xã Kim Liên, huyện Nam Đàn; xóm sáp nhập từ xóm Sen 3 và Sen 4, chi bộ có 49 đảng viên; năm 2020 xóm được công nhận xóm “sáng - xanh - sạch - đẹp”; đường hoa hơn 3 km, 10 vườn mẫu; buổi sinh hoạt theo Chỉ thị 13 (2017) và Quy định 27 (2023) của Ban Thường vụ Tỉnh ủy về chất lượng sinh hoạt chi bộ.",
        completed=[
            "the page reports one regular meeting, not the plan: number, date, legal bases, aims and the closing section are written as a village cell of Nghệ An writes its thematic plan",
            "all four topics are completed from the page's facts (model gardens, flower roads, the merged hamlet, the 2023 rule on meeting quality); every name and post is invented (the page names no cell member)",
        ],
        province="Nghệ An",
        year=2024,
        cell_name="Chi bộ xóm Sen 2",
        committee_name="Đảng bộ xã Kim Liên",
        header_committee="ĐẢNG BỘ XÃ KIM LIÊN",
        header_cell="CHI BỘ XÓM SEN 2",
        number=2,
        date="2024-01-10",
        place="Kim Liên",
        secretary="Nguyễn Văn Thắng",
        members="49 đảng viên",
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2024"],
        legal_bases=[
            HD12,
            "Căn cứ Chỉ thị số 13-CT/TU ngày 05/7/2017 của Ban Thường vụ Tỉnh ủy Nghệ An về nâng cao chất "
            "lượng sinh hoạt chi bộ và Quy định số 27-QĐ/TU năm 2023 của Ban Thường vụ Tỉnh ủy về đánh giá "
            "chất lượng sinh hoạt chi bộ;",
        ],
        opening="Chi bộ xóm Sen 2 (49 đảng viên) xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:",
        aims=VILLAGE_AIMS,
        titles={
            "Nguyễn Văn Thắng": "Bí thư chi bộ",
            "Hoàng Thị Lan": "Phó Bí thư, Trưởng ban công tác Mặt trận",
            "Nguyễn Đình Hòa": "Xóm trưởng",
        },
        topics=[
            T(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; phát huy truyền thống quê Bác, "
                "xây dựng xóm Sen 2 đoàn kết sau sáp nhập",
                1,
                3,
                ["Nguyễn Văn Thắng"],
            ),
            T(
                "Nhân rộng vườn mẫu, xây dựng khu dân cư nông thôn mới kiểu mẫu",
                2,
                5,
                ["Nguyễn Đình Hòa"],
            ),
            T(
                "Phát huy vai trò Mặt trận và các đoàn thể trong giữ gìn tuyến đường hoa, vệ sinh môi trường "
                "xóm “sáng - xanh - sạch - đẹp”",
                3,
                8,
                ["Hoàng Thị Lan", "Nguyễn Đình Hòa"],
            ),
            T(
                "Nâng cao chất lượng sinh hoạt chi bộ theo Quy định số 27-QĐ/TU của Ban Thường vụ Tỉnh ủy",
                4,
                11,
                ["Hoàng Thị Lan"],
            ),
        ],
    ),
    _p(
        id="351_chi_bo_lang_c_gao_2023",
        fmt="txt",
        layout="zc_quarter_heads",
        source="https://baogialai.com.vn/chi-bo-2-bao-gia-lai-va-chi-bo-lang-c-sinh-hoat-chuyen-de-ghep-ve-giao-duc-truyen-thong-cach-mang-dia-phuong-post244414.html",
        source_says="Tháng 7/2023 Chi bộ 2 (Đảng bộ Báo Gia Lai) và Chi bộ làng C (Đảng bộ xã Gào, TP. Pleiku) sinh hoạt chuyên đề ghép về giáo dục truyền thống cách mạng, truyền thống địa phương; chi bộ làng C lãnh đạo phát triển kinh tế - xã hội, quốc phòng - an ninh, bản sắc văn hóa, quy chế dân chủ; hằng năm 98% hộ đạt “Gia đình văn hóa”, 3 năm liền đạt “Làng văn hóa”.",
        completed=[
            "the page reports the joint meeting of July 2023: its topic is kept in quarter III (month 7) with its form; number, date, legal bases and sections are written in a village cell's usual plan",
            "topics of quarters I, II and IV and every name are completed (the page names no member of the village cell)",
        ],
        province="Gia Lai",
        year=2023,
        cell_name="Chi bộ làng C",
        committee_name="Đảng bộ xã Gào",
        header_committee="ĐẢNG BỘ XÃ GÀO",
        header_cell="CHI BỘ LÀNG C",
        number=1,
        date="2023-01-16",
        place="Gào",
        secretary="Rơ Lan Kơn",
        members="",
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề của chi bộ năm 2023"],
        legal_bases=[HD12, KL01],
        opening="Chi ủy Chi bộ làng C xây dựng kế hoạch sinh hoạt chuyên đề năm 2023 như sau:",
        aims=VILLAGE_AIMS,
        titles={},
        topics=[
            T(HCM_2021, 1, 3, ["Rơ Lan Kơn"], form="Báo cáo chuyên đề, thảo luận"),
            T(
                "Giữ vững danh hiệu “Làng văn hóa”, vận động 98% hộ gia đình đạt danh hiệu “Gia đình văn hóa”",
                2,
                5,
                ["Siu Đức", "Ksor H'Yen"],
            ),
            T(
                "Giáo dục truyền thống cách mạng, truyền thống địa phương cho cán bộ, đảng viên và quần chúng "
                "nhân dân",
                3,
                7,
                ["Rơ Lan Kơn"],
                form="Sinh hoạt chuyên đề ghép với Chi bộ 2, Đảng bộ Báo Gia Lai",
            ),
            T(
                "Thực hiện quy chế dân chủ ở cơ sở, giữ gìn an ninh trật tự trong làng",
                4,
                10,
                ["Ksor H'Yen"],
            ),
        ],
    ),
    _p(
        id="352_chi_bo_buon_a1_ea_sup_2026",
        fmt="doc",
        layout="zc_prose_quarters",
        source="https://ko.laodong.vn/mat-tran/bi-thu-chi-bo-di-tung-ngo-go-tung-nha-de-giup-dan-doi-doi-1649686.ldo",
        source_says="Anh Y Khăm Ta Niê, Bí thư Chi bộ, Trưởng buôn A1, Đảng bộ xã Ea Súp (Đắk Lắk), là một trong 96 bí thư chi bộ xuất sắc năm 2025 được Ban Tổ chức Trung ương vinh danh dịp 3/2/2026; chi bộ đa số là cán bộ nghỉ hưu và đảng viên đồng bào dân tộc thiểu số; anh đổi mới nội dung sinh hoạt chi bộ gắn với đời sống buôn làng, vận động bà con đổi nếp nghĩ, cách làm để thoát nghèo.",
        completed=[
            "the page is a portrait of the cell's secretary, not a plan: the 2026 plan, its number, date, legal bases and four topics are written as a village cell writes a short thematic plan",
            "the other members' names and posts are invented; topics follow the page (changing habits to escape poverty, renewing cell meetings) and the Party's 2025–2026 documents",
        ],
        province="Đắk Lắk",
        year=2026,
        cell_name="Chi bộ buôn A1",
        committee_name="Đảng bộ xã Ea Súp",
        header_committee="ĐẢNG BỘ XÃ EA SÚP",
        header_cell="CHI BỘ BUÔN A1",
        number=1,
        date="2026-01-12",
        place="Ea Súp",
        secretary="Y Khăm Ta Niê",
        members="",
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        legal_bases=[
            "Căn cứ Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về tiếp tục đổi mới và nâng cao chất "
            "lượng sinh hoạt chi bộ trong giai đoạn mới;",
            "Căn cứ tình hình thực tế của buôn A1;",
        ],
        opening="Chi bộ buôn A1 xây dựng kế hoạch sinh hoạt chuyên đề năm 2026, cụ thể như sau:",
        aims=VILLAGE_AIMS,
        titles={
            "Y Khăm Ta Niê": "Bí thư Chi bộ, Trưởng buôn",
            "Y Thông Ktla": "Phó Bí thư Chi bộ",
            "H'Mai Niê": "Chi hội trưởng Chi hội Phụ nữ",
        },
        topics=[
            T(
                "Quán triệt, thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Nghị quyết "
                "Đại hội Đảng bộ xã Ea Súp",
                1,
                3,
                ["Y Khăm Ta Niê"],
                when="tháng 3/2026",
            ),
            T(
                "Vận động bà con thay đổi nếp nghĩ, cách làm, chuyển đổi cây trồng, vật nuôi để thoát nghèo bền "
                "vững",
                2,
                6,
                ["Y Thông Ktla"],
                when="tháng 6/2026",
            ),
            T(
                "Đổi mới nội dung, nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị số 50-CT/TW của Ban Bí thư",
                3,
                9,
                ["Y Khăm Ta Niê"],
                when="tháng 9/2026",
            ),
            T(
                "Phát huy vai trò người có uy tín trong giữ gìn an ninh trật tự, xây dựng buôn văn hóa",
                4,
                11,
                ["H'Mai Niê", "Y Thông Ktla"],
                when="tháng 11/2026",
            ),
        ],
    ),
    _p(
        id="353_chi_bo_pt_hermann_gmeiner_nha_trang_2021",
        fmt="odt",
        layout="zc_sections_time",
        source="http://hgmeiner.khanhhoa.edu.vn/tin-tuc-su-kien/hoat-dong-chi-bo2/dai-hoi-chi-bo-truong-pt.-hermann-gmeiner-nha-trang-lan-thu-.html",
        source_says="Ngày 23/5/2020 Chi bộ Trường PT. Hermann Gmeiner Nha Trang tổ chức Đại hội chi bộ lần VI, nhiệm kỳ 2020 – 2022, theo Hướng dẫn 346-HD/ĐBLĐTBXH ngày 24/12/2019 của BCH Đảng bộ Sở Lao động – Thương binh và Xã hội tỉnh Khánh Hòa; bầu đ/c Mai Lê Thủy – Bí thư, đ/c Nguyễn Thị Thương Hiền – Phó bí thư, đ/c Lương Thị Thúy Nga – Chi ủy viên.",
        completed=[
            "the page reports the cell's congress of 2020; the plan is the thematic plan for 2021, within that term, in the sectioned shape of school cells (chuyên đề per quarter, Chủ đề, Thời gian, Hình thức, Người thực hiện)",
            "the four topics, the number, date and legal bases are completed; presenters are the three cell committee members the page names",
        ],
        province="Khánh Hòa",
        year=2021,
        cell_name="Chi bộ Trường PT. Hermann Gmeiner Nha Trang",
        committee_name="Đảng bộ Sở Lao động – Thương binh và Xã hội",
        header_left=[
            "ĐẢNG BỘ SỞ LAO ĐỘNG –",
            "THƯƠNG BINH VÀ XÃ HỘI",
            "CHI BỘ TRƯỜNG PT. HERMANN GMEINER",
        ],
        report_to="Đảng ủy Sở Lao động – Thương binh và Xã hội",
        number=1,
        date="2021-01-20",
        place="Nha Trang",
        secretary="Mai Lê Thủy",
        members="",
        title_lines=["KẾ HOẠCH", "Thực hiện sinh hoạt chuyên đề năm 2021"],
        legal_bases=[
            HD12,
            KL01,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường PT. Hermann Gmeiner Nha Trang lần thứ VI, nhiệm kỳ "
            "2020 – 2022;",
        ],
        opening="Chi bộ Trường PT. Hermann Gmeiner Nha Trang xây dựng kế hoạch thực hiện sinh hoạt chuyên "
        "đề năm 2021 của Chi bộ, cụ thể như sau:",
        aims=SCHOOL_AIMS,
        aims_heading="I. MỤC ĐÍCH YÊU CẦU",
        titles={
            "Mai Lê Thủy": "Bí thư Chi bộ",
            "Nguyễn Thị Thương Hiền": "Phó bí thư Chi bộ",
            "Lương Thị Thúy Nga": "Chi ủy viên",
        },
        last_line="Trên đây là Kế hoạch thực hiện sinh hoạt chuyên đề năm 2021 của Chi bộ Trường PT. "
        "Hermann Gmeiner Nha Trang, đề nghị đảng viên trong chi bộ nghiêm túc thực hiện./.",
        topics=[
            T(
                "Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
                1,
                3,
                ["Mai Lê Thủy"],
                form="Báo cáo chuyên đề, thảo luận",
            ),
            T(
                "Giáo dục kỹ năng sống, chăm sóc học sinh có hoàn cảnh đặc biệt của Làng trẻ em SOS Nha Trang",
                2,
                6,
                ["Nguyễn Thị Thương Hiền"],
                form="Trao đổi, đề xuất cách thực hiện",
            ),
            T(HCM_2021, 3, 9, ["Lương Thị Thúy Nga"], form="Báo cáo chuyên đề"),
            T(
                "Đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Chi bộ lần thứ VI, nhiệm kỳ 2020 – 2022",
                4,
                11,
                ["Mai Lê Thủy", "Nguyễn Thị Thương Hiền"],
                form="Báo cáo, thảo luận",
            ),
        ],
    ),
    _p(
        id="354_chi_bo_4_thpt_chuyen_thang_long_da_lat_2020",
        fmt="docx",
        layout="zc_table_quarter",
        source="http://chuyenthanglongdalat.edu.vn/chi-bo-4-dai-hoi-chi-bo-lan-thu-ii.html",
        source_says="Được Đảng ủy Trường THPT Chuyên Thăng Long – Đà Lạt đồng ý, ngày 13/02/2020 Chi bộ 4 tổ chức Đại hội lần thứ II, nhiệm kỳ 2020-2023; bầu đồng chí Ngô Tường Uyên Linh – Tổ trưởng tổ Ngoại ngữ làm Bí thư và đồng chí Nguyễn Thị Tường Vy – giáo viên tổ Ngoại ngữ làm Phó Bí thư.",
        completed=[
            "the page reports the cell's congress of 2020; the plan is the cell's thematic plan for 2020, dated a week after that congress, in the table a school cell of a Party committee of a school keeps (STT, Quý, Tháng, Tên chuyên đề, Người thực hiện)",
            "topics and the other members' names are completed; the second topic is typed in quarter II with month 7 and kept as typed (conflict)",
        ],
        province="Lâm Đồng",
        year=2020,
        cell_name="Chi bộ 4",
        committee_name="Đảng bộ Trường THPT Chuyên Thăng Long – Đà Lạt",
        header_left=["ĐẢNG BỘ TRƯỜNG THPT", "CHUYÊN THĂNG LONG – ĐÀ LẠT", "CHI BỘ 4"],
        report_to="Đảng ủy Trường THPT Chuyên Thăng Long – Đà Lạt",
        number=2,
        date="2020-02-20",
        place="Đà Lạt",
        secretary="Ngô Tường Uyên Linh",
        members="",
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        legal_bases=[HD12, CT05],
        opening="Chi bộ 4 xây dựng kế hoạch sinh hoạt chuyên đề năm 2020 như sau:",
        aims=SCHOOL_AIMS,
        titles={"Ngô Tường Uyên Linh": "Bí thư", "Nguyễn Thị Tường Vy": "Phó Bí thư"},
        topics=[
            T(
                "Quán triệt Nghị quyết Đại hội Chi bộ 4 lần thứ II, nhiệm kỳ 2020 – 2023",
                1,
                3,
                ["Ngô Tường Uyên Linh"],
            ),
            T(
                "Đánh giá kết quả giảng dạy năm học 2019 – 2020 của tổ Ngoại ngữ; định hướng nhiệm vụ năm học "
                "mới",
                2,
                7,
                ["Ngô Tường Uyên Linh", "Phạm Thị Hoài Thu"],
                conflict=True,
            ),
            T(
                "Tăng cường khối đại đoàn kết toàn dân tộc, xây dựng Đảng và hệ thống chính trị trong sạch, "
                "vững mạnh theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                3,
                9,
                ["Nguyễn Thị Tường Vy"],
            ),
            T(
                "Đổi mới phương pháp dạy học ngoại ngữ, nâng cao chất lượng bồi dưỡng học sinh giỏi",
                4,
                11,
                ["Trần Quang Minh"],
            ),
        ],
    ),
    _p(
        id="355_th_mg_tra_tap_2022",
        fmt="scan",
        layout="zc_table_month",
        source="http://huyenuy.namtramy.gov.vn/Default.aspx?tabid=1292&Group=206&NID=8213&chieu-ngay-26-1-2-22-dong-chi-nguyen-van-can-uvtv-truong-ban-tuyen-giao-huyen-uy-phu-trach-dang-uy-xa-tra-tap-den-du-buoi-sinh-hoat-thuong-ky-cua-chi-bo-truong-tieu-hoc--mau-giao-tra-tap",
        source_says="Đồng chí Nguyễn Văn Cẩn, UVTV, Trưởng Ban Tuyên giáo Huyện ủy Nam Trà My, phụ trách Đảng ủy xã Trà Tập, dự buổi sinh hoạt thường kỳ của Chi bộ trường Tiểu học & Mẫu giáo Trà Tập (2022); sinh hoạt theo Chỉ thị 10-CT/TW, Hướng dẫn 12-HD/BTCTW và Quy định 15-QĐi/TU ngày 14/11/2018 của Tỉnh ủy Quảng Nam, xếp loại Tốt; đánh giá nhiệm vụ tháng 10, triển khai nhiệm vụ tháng 11/2022; đề nghị đảng viên tích cực phát biểu ý kiến.",
        completed=[
            "the page reports a regular meeting of late 2022; the plan for 2022, its number, date and sections are written as a school cell of a mountain commune writes its thematic plan (one table)",
            "all topics and names are completed; the fourth topic follows the page's remark on members speaking at meetings",
        ],
        province="Quảng Nam",
        year=2022,
        cell_name="Chi bộ trường Tiểu học & Mẫu giáo Trà Tập",
        committee_name="Đảng bộ xã Trà Tập",
        header_committee="ĐẢNG BỘ XÃ TRÀ TẬP",
        header_cell="CHI BỘ TRƯỜNG TH & MG TRÀ TẬP",
        number=1,
        date="2022-01-14",
        place="Trà Tập",
        secretary="Nguyễn Văn Hùng",
        members="",
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2022"],
        legal_bases=[
            HD12,
            "Căn cứ Quy định số 15-QĐi/TU ngày 14/11/2018 của Ban Thường vụ Tỉnh ủy Quảng Nam về khung tiêu "
            "chí đánh giá, xếp loại chất lượng sinh hoạt chi bộ;",
        ],
        opening="Chi bộ trường Tiểu học & Mẫu giáo Trà Tập xây dựng kế hoạch sinh hoạt chuyên đề năm 2022 "
        "như sau:",
        aims=SCHOOL_AIMS,
        titles={},
        topics=[
            T(HCM_2021, 1, 3, ["Nguyễn Văn Hùng"]),
            T("Duy trì sĩ số, chống học sinh bỏ học ở các điểm trường thôn", 2, 5, ["Hồ Thị Liên"]),
            T(
                "Nâng cao chất lượng dạy tiếng Việt cho học sinh dân tộc thiểu số và chuẩn bị tiếng Việt cho "
                "trẻ mẫu giáo",
                3,
                9,
                ["Trần Thị Mỹ", "Hồ Thị Liên"],
            ),
            T(
                "Nâng cao tinh thần trách nhiệm của đảng viên trong tham gia ý kiến tại sinh hoạt chi bộ",
                4,
                11,
                ["Nguyễn Văn Hùng"],
            ),
        ],
    ),
    _p(
        id="356_chi_bo_khoi_hanh_chinh_tc_vhnt_hue_2023",
        fmt="doc",
        layout="zc_sections_time",
        source="http://cdvhnt-tthue.edu.vn/Tin-tuc-Su-kien/tid/CHI-BO-KHOI-HANH-CHINH-TO-CHUC-SINH-HOAT-CHUYEN-DE-HOC-TAP-VA-LAM-THEO-TU-TUONG-DAO-DUC-PHONG-CACH-HO-CHI-MINH-NAM-2023.html/pid/565/cid/30",
        source_says="Sáng 05/5/2023 Chi bộ Khối Hành chính (trực thuộc Đảng bộ bộ phận Trường Trung cấp Văn hóa Nghệ thuật, Thừa Thiên Huế) sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023, gắn với Nghị quyết số 54-NQ/TW ngày 10/12/2019 của Bộ Chính trị về xây dựng và phát triển Thừa Thiên Huế.",
        completed=[
            "the page reports the May 2023 meeting: its topic is kept in quarter II (month 5); the other three topics, the number, date, legal bases and every name are completed (the page names no presenter)",
        ],
        province="Thừa Thiên Huế",
        year=2023,
        cell_name="Chi bộ Khối Hành chính",
        committee_name="Đảng bộ bộ phận Trường Trung cấp Văn hóa Nghệ thuật",
        header_left=[
            "ĐẢNG BỘ BỘ PHẬN TRƯỜNG",
            "TRUNG CẤP VĂN HÓA NGHỆ THUẬT",
            "CHI BỘ KHỐI HÀNH CHÍNH",
        ],
        report_to="Đảng ủy bộ phận Trường Trung cấp Văn hóa Nghệ thuật",
        number=2,
        date="2023-01-30",
        place="Huế",
        secretary="Trần Thị Diệu Hiền",
        members="",
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2023"],
        legal_bases=[
            HD12,
            KL01,
            "Căn cứ Nghị quyết số 54-NQ/TW ngày 10/12/2019 của Bộ Chính trị về xây dựng và phát triển tỉnh "
            "Thừa Thiên Huế đến năm 2030, tầm nhìn đến năm 2045;",
        ],
        opening="Chi bộ Khối Hành chính xây dựng kế hoạch sinh hoạt chuyên đề năm 2023 như sau:",
        aims=AGENCY_AIMS,
        titles={
            "Trần Thị Diệu Hiền": "Bí thư chi bộ",
            "Lê Văn Quang": "Phó Bí thư chi bộ",
            "Nguyễn Thị Hoài Phương": "Chi ủy viên",
        },
        topics=[
            T(
                "Kỷ niệm 93 năm Ngày thành lập Đảng; quán triệt Nghị quyết số 54-NQ/TW của Bộ Chính trị",
                1,
                2,
                ["Trần Thị Diệu Hiền"],
                when="Tháng 02/2023",
                form="Báo cáo chuyên đề",
            ),
            T(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023 gắn với xây dựng và "
                "phát triển Thừa Thiên Huế",
                2,
                5,
                ["Lê Văn Quang"],
                when="Tháng 5/2023",
                form="Báo cáo chuyên đề, thảo luận",
            ),
            T(
                "Cải cách hành chính, chuyển đổi số trong công tác văn phòng, tài vụ của nhà trường",
                3,
                8,
                ["Nguyễn Thị Hoài Phương"],
                when="Tháng 8/2023",
                form="Trao đổi, đề xuất giải pháp",
            ),
            T(
                "Nâng cao tinh thần trách nhiệm, thái độ phục vụ của viên chức khối hành chính",
                4,
                11,
                ["Trần Thị Diệu Hiền", "Lê Văn Quang"],
                when="Tháng 11/2023",
                form="Thảo luận",
            ),
        ],
    ),
    _p(
        id="357_chi_bo_bao_tang_tinh_thanh_hoa_2019",
        fmt="odt",
        layout="zc_quarter_heads",
        source="https://baotang.thanhhoa.gov.vn/portal/pages/print.aspx?p=4641",
        source_says="Sáng 15/7/2019, tại Bảo tàng tỉnh Thanh Hóa, Chi ủy, Chi bộ tổ chức cho cán bộ, đảng viên, viên chức học tập trực tuyến chuyên đề “Bác Hồ với Thanh Hóa, Thanh Hóa 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh”, do GS.TS Hoàng Chí Bảo truyền đạt.",
        completed=[
            "the page reports the July 2019 meeting: its topic is kept in quarter III (month 7) with its form; the committee above the cell (the department's Party committee), number, date, legal bases, the other topics and every name are completed",
            "the presenter of the July topic is the cell secretary who chairs it; the page's lecturer was not a member of the cell",
        ],
        province="Thanh Hóa",
        year=2019,
        cell_name="Chi bộ Bảo tàng tỉnh",
        committee_name="Đảng bộ Sở Văn hóa, Thể thao và Du lịch",
        header_left=["ĐẢNG BỘ SỞ VĂN HÓA,", "THỂ THAO VÀ DU LỊCH", "CHI BỘ BẢO TÀNG TỈNH"],
        report_to="Đảng ủy Sở Văn hóa, Thể thao và Du lịch",
        number=4,
        date="2019-01-21",
        place="Thanh Hóa",
        secretary="Lê Văn Tuấn",
        members="",
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2019"],
        legal_bases=[HD12, CT05],
        opening="Chi ủy Chi bộ Bảo tàng tỉnh xây dựng kế hoạch sinh hoạt chuyên đề năm 2019 như sau:",
        aims=AGENCY_AIMS,
        titles={},
        topics=[
            T(
                "Xây dựng ý thức tôn trọng Nhân dân, phát huy dân chủ, chăm lo đời sống Nhân dân theo tư tưởng, "
                "đạo đức, phong cách Hồ Chí Minh",
                1,
                3,
                ["Lê Văn Tuấn"],
            ),
            T(
                "Nâng cao chất lượng trưng bày, giáo dục di sản tại Bảo tàng tỉnh",
                2,
                5,
                ["Nguyễn Thị Hương", "Đỗ Mạnh Cường"],
            ),
            T(
                "Bác Hồ với Thanh Hóa, Thanh Hóa 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh",
                3,
                7,
                ["Lê Văn Tuấn"],
                form="Học tập trực tuyến, thảo luận",
            ),
            T(
                "Chuẩn bị đại hội chi bộ nhiệm kỳ 2020 – 2025; công tác phát triển đảng viên",
                4,
                10,
                ["Nguyễn Thị Hương"],
            ),
        ],
    ),
    _p(
        id="358_mam_non_phuc_trach_2025",
        fmt="docx",
        layout="zc_sections_time",
        source="http://mamnonphuctrach.huongkhe.edu.vn/chi-bo-truong-mn-phuc-trach-dai-hoi-chi-bo-nhiem-ky-2022-2025",
        source_says="Chiều 26/5/2022 Chi bộ Trường Mầm non Phúc Trạch (24 đảng viên) tổ chức Đại hội nhiệm kỳ 2022-2025, có đồng chí Nguyễn Trọng Vỹ – Bí thư Đảng ủy, Chủ tịch HĐND xã Phúc Trạch dự; bầu đồng chí Nguyễn Thị Hiếu làm Bí thư, Trần Thị Minh Lý làm Phó Bí thư, Trần Thị Huyền là cấp ủy viên.",
        completed=[
            "the page reports the cell's congress of 2022; the plan is the thematic plan for 2025, the last year of that term, signed by the secretary the congress elected, in the sectioned shape of school cells",
            "the four topics are completed; presenters are the three members of the cell committee the page names",
        ],
        province="Hà Tĩnh",
        year=2025,
        cell_name="Chi bộ Trường Mầm non Phúc Trạch",
        committee_name="Đảng bộ xã Phúc Trạch",
        header_committee="ĐẢNG BỘ XÃ PHÚC TRẠCH",
        header_cell="CHI BỘ TRƯỜNG MẦM NON",
        number=1,
        date="2025-01-08",
        place="Phúc Trạch",
        secretary="Nguyễn Thị Hiếu",
        members="24 đảng viên",
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2025"],
        legal_bases=[
            HD12,
            KL01,
            "Căn cứ vào tình hình thực tế của Chi bộ Trường Mầm non Phúc Trạch năm 2025;",
        ],
        opening="Chi bộ Trường Mầm non Phúc Trạch xây dựng kế hoạch sinh hoạt chuyên đề năm 2025, cụ thể như "
        "sau:",
        aims=SCHOOL_AIMS,
        titles={
            "Nguyễn Thị Hiếu": "Bí thư chi bộ",
            "Trần Thị Minh Lý": "Phó bí thư chi bộ",
            "Trần Thị Huyền": "Chi ủy viên",
        },
        topics=[
            T(HCM_2021, 1, 3, ["Nguyễn Thị Hiếu"], form="Báo cáo chuyên đề"),
            T(
                "Nâng cao chất lượng chăm sóc, nuôi dưỡng, bảo đảm an toàn cho trẻ; phòng chống ngộ độc thực "
                "phẩm trong nhà trường",
                2,
                6,
                ["Trần Thị Minh Lý"],
                form="Trao đổi, đề xuất cách thực hiện",
            ),
            T(
                "Ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý và tổ chức hoạt động giáo dục trẻ",
                3,
                9,
                ["Trần Thị Huyền"],
                form="Trao đổi, đề xuất cách thực hiện",
            ),
            T(
                "Xây dựng đội ngũ đảng viên gương mẫu; tạo nguồn phát triển đảng viên trong giáo viên trẻ",
                4,
                11,
                ["Nguyễn Thị Hiếu", "Trần Thị Minh Lý"],
                form="Báo cáo chuyên đề, thảo luận",
            ),
        ],
    ),
    _p(
        id="359_mam_non_duc_hoa_2018",
        fmt="txt",
        layout="zc_table_month",
        encoding="utf-8-sig",
        newline="\r\n",
        source="http://mnduchoa.ductho.edu.vn/tin-tuc/tin-nha-truong/chi-bo-mam-non-duc-hoa-to-chuc-thanh-cong-hoi-nghi-chi-bo-.html",
        source_says="Ngày 25/9/2018, được Đảng ủy xã Đức Hòa nhất trí, Chi bộ mầm non tổ chức hội nghị chi bộ năm học 2018 – 2019, có đồng chí Lê Minh Hồng – Phó Bí thư Đảng ủy xã dự; đồng chí Lê Thị Kim Lài – Phó Bí thư chi bộ báo cáo kết quả hoạt động năm học qua và phương hướng năm học mới; hội nghị quyết nghị các chỉ tiêu phấn đấu năm học 2018 – 2019.",
        completed=[
            "the page reports the cell's conference of September 2018: it is kept as the quarter III topic (month 9) presented by the deputy secretary the page names; the plan for 2018, its number, date and the other topics are completed",
            "the secretary and the other presenters are invented (the page names only the deputy secretary); saved as Windows Notepad saves text (BOM, CRLF)",
        ],
        province="Hà Tĩnh",
        year=2018,
        cell_name="Chi bộ Mầm non Đức Hòa",
        committee_name="Đảng bộ xã Đức Hòa",
        header_committee="ĐẢNG BỘ XÃ ĐỨC HÒA",
        header_cell="CHI BỘ MẦM NON",
        number=1,
        date="2018-01-15",
        place="Đức Hòa",
        secretary="Phan Thị Thanh Hương",
        members="",
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2018"],
        legal_bases=[
            "Căn cứ Hướng dẫn số 09-HD/BTCTW ngày 02/3/2012 của Ban Tổ chức Trung ương về nội dung sinh hoạt "
            "chi bộ;",
            CT05,
        ],
        opening="Chi bộ Mầm non Đức Hòa xây dựng kế hoạch sinh hoạt chuyên đề năm 2018 như sau:",
        aims=SCHOOL_AIMS,
        titles={},
        topics=[
            T(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phong cách quần chúng, dân "
                "chủ, nêu gương; nêu cao trách nhiệm gương mẫu của cán bộ, đảng viên",
                1,
                3,
                ["Phan Thị Thanh Hương"],
            ),
            T(
                "Phòng chống tai nạn thương tích, bảo đảm an toàn cho trẻ trong nhà trường",
                2,
                5,
                ["Nguyễn Thị Tâm"],
            ),
            T(
                "Đánh giá kết quả năm học 2017 – 2018; phương hướng và chỉ tiêu phấn đấu năm học 2018 – 2019",
                3,
                9,
                ["Lê Thị Kim Lài"],
                note="Hội nghị chi bộ",
            ),
            T(
                "Đổi mới, nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn số 12-HD/BTCTW",
                4,
                11,
                ["Phan Thị Thanh Hương", "Lê Thị Kim Lài"],
            ),
        ],
    ),
]
