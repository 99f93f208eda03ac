"""Development batch 330–339: plans of agency, hospital, enterprise and cooperative cells (writer ZA),
merged by build.py.

Written by a helper who had not read the parser, given only the issue, the four seeds, build.py and the
format. The layouts follow what real plans of such cells look like: a five-column table (TT, content,
time, person in charge, note), quarter headings with "- Tháng …:" lines, a year resolution whose
programme carries the thematic meetings, an activity plan of the year with its targets and a thematic
section, a table with separate columns for the introducer and the discussants, and plain text plans.
"""

from __future__ import annotations

from typing import Any

from ..common import ROMAN, Block, header, signature, top
from ..facts import T, target, topic


def _names(t: dict[str, Any], prefix: str = "đ/c") -> str:
    roles = t.get("roles") or []
    out = []
    for i, n in enumerate(t["presenters"]):
        role = roles[i] if i < len(roles) and roles[i] else ""
        out.append(f"{prefix} {n}" + (f" ({role})" if role else ""))
    return ", ".join(out)


def _time(t: dict[str, Any], y: int) -> str:
    return t.get("when") or f"Tháng {t['month']:02d}/{y}"


def _aims(p: dict[str, Any]) -> list[Block]:
    return [
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn số 12-HD/BTCTW; mỗi chuyên đề gắn với nhiệm "
              f"vụ chính trị của {p['unit_short']}, giải quyết những vấn đề thiết thực của đơn vị."),
        ("p", "2. Đảng viên được phân công chuẩn bị nội dung chu đáo, gửi chi ủy duyệt trước kỳ sinh hoạt ít nhất "
              "05 ngày; các đảng viên nghiên cứu trước, tham gia ý kiến thẳng thắn, xây dựng."),
    ]  # fmt: skip


def _organise(p: dict[str, Any], numeral: str) -> list[Block]:
    return [
        ("h", f"{numeral}. TỔ CHỨC THỰC HIỆN"),
        ("p", "- Chi ủy chỉ đạo, đôn đốc các đồng chí được phân công chuẩn bị nội dung; Bí thư chi bộ chủ trì các "
              "buổi sinh hoạt chuyên đề."),
        ("p", "- Sau mỗi chuyên đề chi bộ có kết luận, phân công thực hiện và báo cáo kết quả về "
              f"{p['committee_name'].replace('Đảng bộ', 'Đảng ủy')}."),
        ("p", "- Trong quá trình thực hiện, nếu có chỉ đạo mới của cấp trên, chi ủy sẽ điều chỉnh cho phù hợp."),
    ]  # fmt: skip


# ------------------------------------------------------------------------------------------ layouts
def table5(p: dict[str, Any]) -> list[Block]:
    """A thematic plan with the usual five-column table: TT, content, time, person in charge, note."""
    y = p["year"]
    out = top(header(p), p.get("title_lines") or ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"], p)
    out += _aims(p)
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN"))
    rows = [
        [str(i), t["title"], _time(t, y), _names(t), t.get("note", "")]
        for i, t in enumerate(p["topics"], 1)
    ]
    out.append(("table", ["TT", "Nội dung chuyên đề", "Thời gian", "Người thực hiện", "Ghi chú"], rows, None,
                (1.0, 7.4, 2.6, 4.2, 1.8)))  # fmt: skip
    out += _organise(p, "III")
    out.append(signature(p))
    return out


def quarter_list(p: dict[str, Any]) -> list[Block]:
    """Quarter headings ("Quý I"), each with "- Tháng 3: <topic>" and "Người chuẩn bị:" lines."""
    y = p["year"]
    out = top(header(p), p.get("title_lines") or ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"], p)
    out += _aims(p)
    out.append(("h", "II. NỘI DUNG CHUYÊN ĐỀ"))
    for q in sorted({t["quarter"] for t in p["topics"]}):
        out.append(("h", f"Quý {ROMAN[q]}"))
        for t in p["topics"]:
            if t["quarter"] != q:
                continue
            when = t.get("when") or f"Tháng {t['month']}"
            out.append(("p", f"- {when}: {t['title']}."))
            out.append(("p", f"  Người chuẩn bị: {_names(t)}."))
    out += _organise(p, "III")
    out.append(signature(p))
    return out


def resolution(p: dict[str, Any]) -> list[Block]:
    """A cell's resolution for the year: the situation, the targets, the tasks, and the thematic
    meetings as one numbered task ("Tháng 3 (quý I): …; đ/c … dẫn đề")."""
    y = p["year"]
    out = top(header(p), ["NGHỊ QUYẾT", f"Về lãnh đạo thực hiện nhiệm vụ năm {y}"], p)
    out.append(("h", f"I. ĐÁNH GIÁ KẾT QUẢ NĂM {y - 1}"))
    out.append(("p", p["situation"]))
    out.append(("h", f"II. MỤC TIÊU, CHỈ TIÊU NĂM {y}"))
    out += [("p", f"- {t['text']}.") for t in p["targets"]]
    out.append(("h", "III. NHIỆM VỤ, GIẢI PHÁP"))
    for i, task in enumerate(p["tasks"], 1):
        out.append(("p", f"{i}. {task}"))
    out.append(
        (
            "p",
            f"{len(p['tasks']) + 1}. Duy trì sinh hoạt chuyên đề ít nhất mỗi quý một lần, cụ thể:",
        )
    )
    for t in p["topics"]:
        when = t.get("when") or f"Tháng {t['month']} (quý {ROMAN[t['quarter']]})"
        out.append(("p", f"- {when}: “{t['title']}”; {_names(t)}."))
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out.append(("p", "Chi ủy xây dựng chương trình hành động cụ thể hóa nghị quyết; các đảng viên căn cứ nghị quyết "
                     "đăng ký nội dung làm theo và thực hiện. Nghị quyết được quán triệt đến toàn thể đảng viên."))  # fmt: skip
    out.append(signature(p))
    return out


def activity(p: dict[str, Any]) -> list[Block]:
    """The year's activity plan: targets, the regular work, then a thematic section as a table
    (Thời gian | Chuyên đề | Phân công)."""
    y = p["year"]
    out = top(header(p), ["KẾ HOẠCH", f"Hoạt động của chi bộ năm {y}"], p)
    out.append(("h", "I. CHỈ TIÊU"))
    out += [("p", f"{i}. {t['text']}.") for i, t in enumerate(p["targets"], 1)]
    out.append(("h", "II. NỘI DUNG HOẠT ĐỘNG"))
    out.append(("p", "1. Sinh hoạt chi bộ thường kỳ vào ngày 05 hằng tháng; đánh giá kết quả tháng, đề ra nhiệm vụ "
                     "tháng tiếp theo."))  # fmt: skip
    out.append(
        (
            "p",
            "2. Học tập, quán triệt các nghị quyết, chỉ thị của Đảng theo kế hoạch của Đảng ủy cấp trên.",
        )
    )
    out.append(("p", "3. Sinh hoạt chuyên đề:"))
    rows = [[t.get("when") or f"Quý {ROMAN[t['quarter']]} (tháng {t['month']})", t["title"], _names(t)]
            for t in p["topics"]]  # fmt: skip
    out.append(("table", ["Thời gian", "Chuyên đề", "Phân công"], rows, None, (3.0, 9.0, 4.6)))
    out.append(
        (
            "p",
            "4. Công tác kiểm tra, giám sát; phát triển đảng viên; đánh giá, xếp loại chất lượng cuối năm.",
        )
    )
    out += _organise(p, "III")
    out.append(signature(p))
    return out


def table_roles(p: dict[str, Any]) -> list[Block]:
    """A table with the quarter and the month in their own columns and the introducer and the
    discussants apart (Quý | Tháng | Chuyên đề | Đề dẫn | Tham luận)."""
    y = p["year"]
    out = top(header(p), ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"], p)
    out += _aims(p)
    out.append(("h", "II. NỘI DUNG VÀ PHÂN CÔNG"))
    rows = []
    for t in p["topics"]:
        lead, *rest = t["presenters"]
        rows.append([ROMAN[t["quarter"]], str(t["month"]) if t["month"] else "", t["title"], f"đ/c {lead}",
                     ", ".join(f"đ/c {n}" for n in rest)])  # fmt: skip
    out.append(("table", ["Quý", "Tháng", "Chuyên đề", "Đề dẫn", "Tham luận"], rows, None,
                (1.5, 1.6, 7.2, 3.2, 3.4)))  # fmt: skip
    out += _organise(p, "III")
    out.append(signature(p))
    return out


def plain_text(p: dict[str, Any]) -> list[Block]:
    """A short plan typed as plain text: numbered topics each with "Thời gian:" and "Phụ trách:"."""
    y = p["year"]
    out = top(header(p), p.get("title_lines") or ["KẾ HOẠCH", f"Sinh hoạt chuyên đề năm {y}"], p)
    out += _aims(p)
    out.append(("h", "II. NỘI DUNG"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"{i}. {t['title']}"))
        out.append(("p", f"   - Thời gian: {t.get('when') or f'tháng {t["month"]}/{y}'}"))
        out.append(("p", f"   - Phụ trách: {_names(t)}"))
    out += _organise(p, "III")
    out.append(signature(p))
    return out


LAYOUTS = {
    "za_table5": table5,
    "za_quarter_list": quarter_list,
    "za_resolution": resolution,
    "za_activity": activity,
    "za_table_roles": table_roles,
    "za_plain_text": plain_text,
}


def _base(**kw: Any) -> T:
    p: T = {"half": "dev", "type_code": "KH", "targets": [], "kind": "thematic"}
    p.update(kw)
    return p


HD12 = "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề về nâng cao chất lượng sinh hoạt chi bộ;"  # noqa: E501
CT05 = "Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh;"  # noqa: E501

# -------------------------------------------------------------------------------------------- plans
PLANS: list[T] = [
    _base(
        id="330_gemexim_satra_2023",
        fmt="docx",
        layout="za_table5",
        province="TP. Hồ Chí Minh",
        source="https://dangbosatra.vn/chi-bo-gemexim-sinh-hoat-chu-diem-chao-mung-ky-niem-93-nam-ngay-thanh-lap-dang-cong-san-viet-nam/",
        source_says="Chi bộ Gemexim (Đảng bộ Tổng Công ty Thương mại Sài Gòn – SATRA) sinh hoạt chủ điểm chào mừng 93 năm "
        "Ngày thành lập Đảng (2023); ThS. Hà Trung Thành, giảng viên chính Khoa Xây dựng Đảng, Học viện Cán bộ TP.HCM "
        "trao đổi về 93 năm của Đảng; đ/c Hà Minh Hùng, Bí thư Chi bộ, kêu gọi nâng cao trách nhiệm nêu gương, chăm lo "
        "người lao động, đầu tư cơ sở vật chất phục vụ kinh doanh, xuất nhập khẩu.",
        completed=[
            "the page reports one meeting; the 2023 thematic plan (number, date, bases, four topics) is completed, the "
            "February meeting as its first topic with the lecturer and the secretary the page names",
            "the topics of May, August and November come from the tasks the secretary named (nêu gương, người lao "
            "động, kinh doanh xuất nhập khẩu); their presenters other than the secretary are completed names",
        ],
        year=2023,
        cell_name="Chi bộ Gemexim",
        committee_name="Đảng bộ Tổng Công ty Thương mại Sài Gòn",
        header_committee="ĐẢNG BỘ TỔNG CÔNG TY THƯƠNG MẠI SÀI GÒN",
        header_cell="CHI BỘ GEMEXIM",
        number=1,
        date="2023-01-10",
        place="TP. Hồ Chí Minh",
        unit_short="công ty",
        legal_bases=[
            HD12,
            "Căn cứ chương trình công tác năm 2023 của Đảng ủy Tổng Công ty Thương mại Sài Gòn;",
        ],
        opening="Chi bộ Gemexim xây dựng kế hoạch sinh hoạt chuyên đề năm 2023 như sau:",
        secretary="Hà Minh Hùng",
        topics=[
            {
                **topic(
                    "Kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2023)",
                    1,
                    2,
                    ["Hà Minh Hùng", "Hà Trung Thành"],
                    roles=["chủ trì", "báo cáo viên"],
                ),
                "note": "Mời báo cáo viên Học viện Cán bộ TP.HCM",
            },
            topic(
                "Nâng cao trách nhiệm nêu gương của cán bộ, đảng viên trong thực hiện nhiệm vụ tại công ty",
                2,
                5,
                ["Hà Minh Hùng"],
            ),
            topic(
                "Chăm lo đời sống vật chất, tinh thần cho người lao động; xây dựng quan hệ lao động hài hòa, ổn định",
                3,
                8,
                ["Trần Thị Kim Liên"],
            ),
            topic(
                "Nâng cao hiệu quả khai thác cơ sở vật chất, phát triển kinh doanh xuất nhập khẩu",
                4,
                11,
                ["Lê Quang Vinh", "Hà Minh Hùng"],
            ),
        ],  # fmt: skip
    ),
    _base(
        id="331_qlda1_quang_ngai_2023",
        fmt="docx",
        layout="za_resolution",
        kind="activity",
        province="Quảng Ngãi",
        source="https://bqlctgtqng.vn/chi-bo-phong-quan-ly-du-an-1-to-chuc-thanh-cong-dai-hoi-lan-thu-iii-nhiem-ky-2022-2025/",
        source_says="Thực hiện Kế hoạch số 34-KH/ĐU ngày 16/5/2022 của Đảng ủy Ban QLDA ĐTXD các CTGT tỉnh Quảng Ngãi, Chi "
        "bộ Phòng Quản lý dự án 1 tổ chức Đại hội lần thứ III, nhiệm kỳ 2022 – 2025; dự có đ/c Lê Tới, Phó Bí thư Đảng "
        "ủy, Phó Giám đốc Ban và 12 đảng viên; chi bộ duy trì sinh hoạt hằng tháng, sinh hoạt chuyên đề đúng quy định, "
        "hằng năm được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
        completed=[
            "the page reports the congress; the cell's resolution for 2023 (situation, targets, tasks, the thematic "
            "meetings as one task with month, quarter and presenters) is completed",
            "the page names no cell member: the secretary and every presenter are completed names",
        ],
        type_code="NQ",
        year=2023,
        cell_name="Chi bộ Phòng Quản lý dự án 1",
        committee_name="Đảng bộ Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Ngãi",
        header_committee="ĐẢNG BỘ BAN QLDA ĐTXD CÁC CTGT TỈNH",
        header_cell="CHI BỘ PHÒNG QUẢN LÝ DỰ ÁN 1",
        report_to="Đảng ủy Ban QLDA ĐTXD các CTGT tỉnh",
        number=1,
        date="2023-01-13",
        place="Quảng Ngãi",
        unit_short="phòng",
        legal_bases=[
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
            "Căn cứ Nghị quyết Đại hội Chi bộ Phòng Quản lý dự án 1 lần thứ III, nhiệm kỳ 2022 – 2025;",
            "Căn cứ kết quả hội nghị chi bộ ngày 12/01/2023,",
        ],
        opening="Chi bộ Phòng Quản lý dự án 1 (12 đảng viên) quyết nghị:",
        situation="Năm 2022, chi bộ lãnh đạo phòng hoàn thành kế hoạch giải ngân vốn các dự án được giao; tổ chức "
        "thành công Đại hội Chi bộ lần thứ III; duy trì sinh hoạt hằng tháng, sinh hoạt chuyên đề đúng quy định; chi bộ "
        "được xếp loại hoàn thành tốt nhiệm vụ.",
        targets=[
            target("Giải ngân 100% kế hoạch vốn năm 2023 được giao", "percent", 100),
            target("100% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("Chi bộ hoàn thành tốt nhiệm vụ trở lên", "yes_no"),
        ],
        tasks=[
            "Lãnh đạo phòng đẩy nhanh tiến độ, bảo đảm chất lượng các dự án giao thông; phối hợp giải phóng mặt bằng.",
            "Thực hiện nghiêm quy chế dân chủ, phòng, chống tham nhũng, tiêu cực trong quản lý dự án.",
        ],
        secretary="Huỳnh Văn Tài",
        topics=[
            topic(
                "Quán triệt Nghị quyết Đại hội Chi bộ lần thứ III, nhiệm kỳ 2022 – 2025",
                1,
                2,
                ["Huỳnh Văn Tài"],
            ),
            topic(
                "Trách nhiệm của đảng viên trong giải ngân vốn đầu tư công",
                2,
                5,
                ["Nguyễn Đình Khoa", "Huỳnh Văn Tài"],
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phòng, chống tham ô, lãng phí",
                3,
                8,
                ["Trương Thị Mỹ Linh"],
            ),
            topic(
                "Kiểm điểm việc thực hiện Kết luận 21-KL/TW tại chi bộ", 4, 11, ["Nguyễn Đình Khoa"]
            ),
        ],  # fmt: skip
    ),
    _base(
        id="332_benh_lay_duong_mau_108_2020",
        fmt="docx",
        layout="za_quarter_list",
        province="Hà Nội",
        source="http://benhvien108.vn/chi-bo-khoa-benh-lay-duong-mau-to-chuc-dai-hoi-truoc-chi-bo-nhiem-ky-2020-2022.htm",
        source_says="Ngày 7/3/2020 Chi bộ Khoa Bệnh lây đường máu – Đảng bộ cơ sở Viện Lâm sàng Các bệnh Truyền nhiễm "
        "(Bệnh viện TWQĐ 108) được chọn tổ chức Đại hội trước, nhiệm kỳ 2020 – 2022; chi bộ thành lập năm 2014, tách "
        "từ Chi bộ Bộ môn Khoa Truyền nhiễm; bối cảnh dịch Covid-19.",
        completed=[
            "the page names no person: the secretary and the presenters are completed names",
            "the 2020 thematic plan after the congress (number, date, bases, four topics with months) is completed; "
            "the Covid-19 and congress topics follow the page",
        ],
        year=2020,
        cell_name="Chi bộ Khoa Bệnh lây đường máu",
        committee_name="Đảng bộ cơ sở Viện Lâm sàng các bệnh truyền nhiễm",
        header_committee="ĐẢNG ỦY VIỆN LÂM SÀNG CÁC BỆNH TRUYỀN NHIỄM",
        header_cell="CHI BỘ KHOA BỆNH LÂY ĐƯỜNG MÁU",
        number=3,
        date="2020-03-16",
        place="Hà Nội",
        unit_short="khoa",
        legal_bases=[
            HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Khoa Bệnh lây đường máu nhiệm kỳ 2020 – 2022;",
        ],
        opening="Chi bộ Khoa Bệnh lây đường máu xây dựng kế hoạch sinh hoạt chuyên đề năm 2020 như sau:",
        secretary="Nguyễn Văn Thành",
        topics=[
            topic(
                "Quán triệt, triển khai Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022",
                1,
                3,
                ["Nguyễn Văn Thành"],
            ),
            topic(
                "Phòng, chống dịch Covid-19, bảo đảm an toàn cho người bệnh và nhân viên y tế",
                2,
                5,
                ["Đỗ Thị Hồng", "Nguyễn Văn Thành"],
            ),
            topic(
                "Nâng cao tinh thần, thái độ phục vụ người bệnh theo lời dạy của Bác “Lương y phải như từ mẫu”",
                3,
                8,
                ["Lê Minh Tuấn"],
            ),
            topic(
                "Đổi mới nghiên cứu khoa học, ứng dụng kỹ thuật mới trong điều trị viêm gan virus, HIV",
                4,
                11,
                ["Đỗ Thị Hồng"],
            ),
        ],  # fmt: skip
    ),
    _base(
        id="333_qlda2_quang_ngai_2020",
        fmt="doc",
        layout="za_table_roles",
        province="Quảng Ngãi",
        source="https://bqlctgtqng.vn/sinh-hoat-chuyen-de-quy-iii-voi-chu-de-tu-tuo%CC%89ng-ho-chi-minh-ve-da%CC%A3i-doan-ket-toan-dan-toc/",
        source_says="Thực hiện Kế hoạch 99-KH/BTGTU ngày 03/02/2020 và Kế hoạch 02-KH/ĐUK ngày 11/02/2020, ngày 07/8/2020 Chi "
        "bộ Phòng Quản lý dự án 2 tổ chức sinh hoạt chuyên đề Quý III “Tư tưởng Hồ Chí Minh về đại đoàn kết toàn dân "
        "tộc”; 15/15 đảng viên dự.",
        completed=[
            "the page gives the Quý III topic and its month; the plan of the year (four topics, one a quarter), the "
            "number, date and all names (secretary, introducers, discussants) are completed",
            "the committee is written as the Ban's Party committee (Đảng bộ Ban Quản lý dự án đầu tư xây dựng các công "
            "trình giao thông tỉnh), completed from the site's name",
        ],
        year=2020,
        cell_name="Chi bộ Phòng Quản lý dự án 2",
        committee_name="Đảng bộ Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Ngãi",
        header_committee="ĐẢNG BỘ BAN QLDA ĐTXD CÁC CTGT TỈNH",
        header_cell="CHI BỘ PHÒNG QUẢN LÝ DỰ ÁN 2",
        number=2,
        date="2020-02-20",
        place="Quảng Ngãi",
        unit_short="phòng",
        legal_bases=[
            "Căn cứ Kế hoạch số 99-KH/BTGTU ngày 03/02/2020 của Ban Tuyên giáo Tỉnh ủy;",
            "Căn cứ Kế hoạch số 02-KH/ĐUK ngày 11/02/2020 của Ban Thường trực Đảng ủy Khối về thực hiện “Học tập và làm "
            "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2020”;",
        ],
        opening="Chi bộ Phòng Quản lý dự án 2 (15 đảng viên) xây dựng kế hoạch sinh hoạt chuyên đề năm 2020 như sau:",
        secretary="Võ Văn Thạnh",
        topics=[
            topic(
                "Quán triệt chuyên đề năm 2020 “Tư tưởng Hồ Chí Minh về đại đoàn kết toàn dân tộc”",
                1,
                3,
                ["Võ Văn Thạnh", "Nguyễn Thị Thu Hà"],
            ),
            topic(
                "Trách nhiệm của đảng viên trong quản lý chất lượng, tiến độ các dự án giao thông",
                2,
                5,
                ["Trần Quốc Bảo", "Phạm Văn Lộc"],
            ),
            topic(
                "Tư tưởng Hồ Chí Minh về đại đoàn kết toàn dân tộc",
                3,
                8,
                ["Võ Văn Thạnh", "Trần Quốc Bảo"],
            ),
            topic(
                "Phong cách, phương pháp làm việc của cán bộ quản lý dự án theo tư tưởng Hồ Chí Minh",
                4,
                11,
                ["Nguyễn Thị Thu Hà", "Phạm Văn Lộc"],
            ),
        ],  # fmt: skip
    ),
    _base(
        id="334_chi_bo_2_da_lieu_tw_2023",
        fmt="doc",
        layout="za_activity",
        kind="activity",
        province="Hà Nội",
        source="https://dalieu.vn/dai-hoi-chi-bo-2-nhiem-ky-2022-2025/",
        source_says="Ngày 12/7/2022 Chi bộ 2 (Đảng bộ Bệnh viện Da liễu Trung ương) tổ chức Đại hội nhiệm kỳ 2022 – 2025 "
        "theo Hướng dẫn 38-HD/QU của Quận ủy Đống Đa; 33/34 đảng viên dự; đ/c Nguyễn Văn Thường, Bí thư Đảng ủy, Giám "
        "đốc Bệnh viện dự và chỉ đạo; đ/c Đào Hữu Ghi, Bí thư chi bộ 2, trình bày báo cáo.",
        completed=[
            "the page reports the congress; the 2023 activity plan (targets, regular work, thematic table) is "
            "completed for the cell; Đào Hữu Ghi is assumed re-elected secretary; other presenters are completed",
        ],
        year=2023,
        cell_name="Chi bộ 2 – Bệnh viện Da liễu Trung ương",
        committee_name="Đảng bộ Bệnh viện Da liễu Trung ương",
        header_committee="ĐẢNG BỘ BỆNH VIỆN DA LIỄU TRUNG ƯƠNG",
        header_cell="CHI BỘ 2",
        number=1,
        date="2023-01-09",
        place="Hà Nội",
        unit_short="các khoa",
        legal_bases=[
            "Căn cứ Nghị quyết Đại hội Chi bộ 2 nhiệm kỳ 2022 – 2025;",
            "Căn cứ chương trình công tác năm 2023 của Đảng ủy Bệnh viện Da liễu Trung ương;",
        ],  # fmt: skip
        opening="Chi bộ 2 – Bệnh viện Da liễu Trung ương (34 đảng viên) xây dựng kế hoạch hoạt động năm 2023 như sau:",
        targets=[
            target("100% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("Kết nạp 02 đảng viên mới", "count", 2),
            target("Chi bộ đạt hoàn thành tốt nhiệm vụ", "yes_no"),
        ],
        secretary="Đào Hữu Ghi",
        topics=[
            topic(
                "Nâng cao chất lượng khám, chữa bệnh da liễu, hướng tới sự hài lòng của người bệnh",
                1,
                3,
                ["Đào Hữu Ghi"],
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về y đức",
                2,
                6,
                ["Nguyễn Thị Mai Anh"],
            ),
            topic(
                "Phòng, chống tiêu cực trong hoạt động khám, chữa bệnh",
                3,
                9,
                ["Trần Văn Quang", "Đào Hữu Ghi"],
            ),
            topic(
                "Công tác phát triển đảng viên trong viên chức trẻ", 4, 12, ["Nguyễn Thị Mai Anh"]
            ),
        ],  # fmt: skip
    ),
    _base(
        id="335_khuyen_cong_binh_thuan_2020",
        fmt="odt",
        layout="za_quarter_list",
        province="Bình Thuận",
        source="http://khuyencongbinhthuan.com.vn/News/tintuc/2020/12/371.aspx",
        source_says="Sáng 26/11/2020 Chi bộ Trung tâm Khuyến công sinh hoạt chuyên đề quý IV về học tập và làm theo tư "
        "tưởng, đạo đức, phong cách Hồ Chí Minh: “Tăng cường khối đại đoàn kết toàn dân tộc, xây dựng Đảng và hệ thống "
        "chính trị trong sạch, vững mạnh theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”; đ/c Đặng Trung Thái, Bí thư "
        "Chi bộ, chủ trì; theo hướng dẫn của Đảng ủy Sở và kế hoạch năm 2020.",
        completed=[
            "the page gives the Quý IV topic (November) and the secretary; the plan of 2020 (number, date, three "
            "earlier topics and their presenters) is completed; the committee is the Sở Công Thương's Party committee",
        ],
        year=2020,
        cell_name="Chi bộ Trung tâm Khuyến công",
        committee_name="Đảng bộ Sở Công Thương tỉnh Bình Thuận",
        header_committee="ĐẢNG BỘ SỞ CÔNG THƯƠNG",
        header_cell="CHI BỘ TRUNG TÂM KHUYẾN CÔNG",
        number=2,
        date="2020-02-25",
        place="Phan Thiết",
        unit_short="Trung tâm",
        legal_bases=[CT05, "Căn cứ hướng dẫn của Đảng ủy Sở Công Thương về chuyên đề năm 2020;"],
        opening="Chi bộ Trung tâm Khuyến công xây dựng kế hoạch sinh hoạt chuyên đề năm 2020 như sau:",
        secretary="Đặng Trung Thái",
        topics=[
            topic(
                "Kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam", 1, 3, ["Đặng Trung Thái"]
            ),
            topic(
                "Tư tưởng Hồ Chí Minh về thực hành tiết kiệm, chống lãng phí trong cơ quan",
                2,
                5,
                ["Nguyễn Thị Thanh Tâm"],
            ),
            topic(
                "Nâng cao hiệu quả các đề án khuyến công hỗ trợ cơ sở công nghiệp nông thôn",
                3,
                8,
                ["Lê Văn Hiếu", "Nguyễn Thị Thanh Tâm"],
            ),
            topic(
                "Tăng cường khối đại đoàn kết toàn dân tộc, xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh "
                "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                4,
                11,
                ["Đặng Trung Thái"],
            ),
        ],  # fmt: skip
    ),
    _base(
        id="336_noi_2_nhi_dong_1_2019",
        fmt="odt",
        layout="za_table_roles",
        province="TP. Hồ Chí Minh",
        source="https://www2.htv.com.vn/chi-bo-lam-sang-khoi-noi-2-benh-vien-nhi-dong-1-to-chuc-hoi-nghi-chuyen-de-sinh-hoat-chi-bo-dinh-ky",
        source_says="Chi bộ Lâm sàng khối Nội 2 – Bệnh viện Nhi đồng 1 tổ chức hội nghị chuyên đề sinh hoạt chi bộ mẫu "
        "(kiểm điểm nghị quyết tháng 6, dự thảo nghị quyết tháng 7) theo Hướng dẫn 12 của Ban Tổ chức Trung ương và "
        "Hướng dẫn 02 của Ban Thường vụ Thành ủy; mục tiêu “Chi bộ 4 tốt”.",
        completed=[
            "the page gives no year nor names: the year 2019 and every name are completed; the topics follow what the "
            "page reports (nâng cao chất lượng sinh hoạt chi bộ, Chi bộ 4 tốt, nắm tư tưởng đảng viên)",
        ],
        year=2019,
        cell_name="Chi bộ Lâm sàng khối Nội 2",
        committee_name="Đảng bộ Bệnh viện Nhi đồng 1",
        header_committee="ĐẢNG BỘ BỆNH VIỆN NHI ĐỒNG 1",
        header_cell="CHI BỘ LÂM SÀNG KHỐI NỘI 2",
        number=4,
        date="2019-01-15",
        place="TP. Hồ Chí Minh",
        unit_short="các khoa nội",
        legal_bases=[
            HD12,
            "Căn cứ Hướng dẫn số 02 của Ban Thường vụ Thành ủy về nội dung sinh hoạt và tiêu chí đánh "
            "giá chất lượng sinh hoạt chi bộ;",
        ],  # fmt: skip
        opening="Chi bộ Lâm sàng khối Nội 2 xây dựng kế hoạch sinh hoạt chuyên đề năm 2019 như sau:",
        secretary="Phan Thị Ngọc Hân",
        topics=[
            topic(
                "Nâng cao chất lượng sinh hoạt chi bộ, xây dựng “Chi bộ 4 tốt”",
                1,
                3,
                ["Phan Thị Ngọc Hân", "Trương Minh Đức"],
            ),
            topic(
                "Nắm bắt tình hình tư tưởng đảng viên, viên chức trẻ và sinh viên thực tập tại khoa",
                2,
                6,
                ["Trương Minh Đức", "Lý Thị Bích Vân"],
            ),
            topic(
                "Giao tiếp, ứng xử của nhân viên y tế với người bệnh và thân nhân người bệnh nhi",
                3,
                9,
                ["Lý Thị Bích Vân", "Phan Thị Ngọc Hân"],
            ),
            topic(
                "Phòng, chống nhiễm khuẩn bệnh viện tại các khoa nội", 4, 11, ["Trương Minh Đức"]
            ),
        ],  # fmt: skip
    ),
    _base(
        id="337_van_phong_dnc_2017",
        fmt="txt",
        layout="za_plain_text",
        province="Đồng Nai",
        source="http://donasand.com.vn/tin-tuc-su-kien/tin-tuc/dai-hoi-chi-bo-van-phong-cong-ty-dnc-ngay-13-thang-06-nam-2017.html",
        source_says="Ngày 13/06/2017 Chi bộ Văn phòng (Đảng ủy Công ty CP ĐT XD và VL Đồng Nai – DNC) tiến hành Đại hội "
        "nhiệm kỳ IX (2017 – 2020) theo thông báo 23-CV/ĐU DNC ngày 10/5/2017 và hướng dẫn 45-CV/ĐU ngày 03/4/2017 của "
        "Đảng ủy Tổng công ty Sonadezi.",
        completed=[
            "the page reports the congress; a plan for the thematic meetings of the second half of 2017 is completed "
            "(number, date, three topics, names)",
            "one topic is written “Quý IV – tháng 9/2017” on purpose (a month outside its quarter; conflicts 1)",
            "the header names “CHI BỘ VĂN PHÒNG”; the cell is written “Chi bộ Văn phòng Công ty DNC” in the text",
        ],
        year=2017,
        cell_name="Chi bộ Văn phòng Công ty DNC",
        committee_name="Đảng bộ Công ty Cổ phần Đầu tư Xây dựng và Vật liệu Đồng Nai",
        header_committee="ĐẢNG ỦY CÔNG TY CP ĐT XD VÀ VL ĐỒNG NAI",
        header_cell="CHI BỘ VĂN PHÒNG",
        number=5,
        date="2017-06-26",
        place="Biên Hòa",
        unit_short="Văn phòng công ty",
        legal_bases=["Căn cứ Nghị quyết Đại hội Chi bộ Văn phòng nhiệm kỳ IX (2017 – 2020);"],
        opening="Chi bộ Văn phòng Công ty DNC xây dựng kế hoạch sinh hoạt chuyên đề 6 tháng cuối năm 2017 như sau:",
        title_lines=["KẾ HOẠCH", "Sinh hoạt chuyên đề 6 tháng cuối năm 2017"],
        secretary="Nguyễn Thị Hồng Nhung",
        topics=[
            topic(
                "Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ IX (2017 – 2020)",
                3,
                7,
                ["Nguyễn Thị Hồng Nhung"],
                when="Quý III – tháng 7/2017",
            ),
            topic(
                "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về tinh thần trách nhiệm trong công việc",
                4,
                9,
                ["Trần Văn Hòa"],
                when="Quý IV – tháng 9/2017",
                conflict=True,
            ),
            topic(
                "Thực hành tiết kiệm, chống lãng phí trong khối văn phòng",
                4,
                12,
                ["Lê Thị Thanh Thủy", "Nguyễn Thị Hồng Nhung"],
                when="Quý IV – tháng 12/2017",
            ),
        ],  # fmt: skip
    ),
    _base(
        id="338_chi_bo_2_benh_nhiet_doi_2018",
        fmt="txt",
        layout="za_quarter_list",
        province="TP. Hồ Chí Minh",
        source="http://bvbnd.vn/index.php/ba-n-tin/da-ng-bo-bvbnd/1108-d-i-h-i-chi-b-2",
        source_says="Chiều 22/6/2017 Chi bộ 2 (đảng viên các khoa lâm sàng, Bệnh viện Bệnh Nhiệt đới) tổ chức đại hội; "
        "Chi ủy: Nguyễn Lê Như Tùng (Bí thư), Lư Lan Vi (Phó Bí thư), Lê Thị Kim Ngọc (Chi ủy viên).",
        completed=[
            "the page gives the congress and the three officers; the 2018 thematic plan is completed, its four topics "
            "prepared by those officers; typed as plain text with quarter headings",
        ],
        year=2018,
        cell_name="Chi bộ 2 – Bệnh viện Bệnh Nhiệt đới",
        committee_name="Đảng bộ Bệnh viện Bệnh Nhiệt đới",
        header_committee="ĐẢNG BỘ BỆNH VIỆN BỆNH NHIỆT ĐỚI",
        header_cell="CHI BỘ 2",
        number=1,
        date="2018-01-08",
        place="TP. Hồ Chí Minh",
        unit_short="các khoa lâm sàng",
        legal_bases=[CT05, "Căn cứ Nghị quyết Đại hội Chi bộ 2 nhiệm kỳ 2017 – 2020;"],
        opening="Chi bộ 2 – Bệnh viện Bệnh Nhiệt đới (đảng viên các khoa lâm sàng) xây dựng kế hoạch sinh hoạt chuyên đề năm 2018 như sau:",
        secretary="Nguyễn Lê Như Tùng",
        topics=[
            topic(
                "Nâng cao y đức, thái độ phục vụ người bệnh tại các khoa lâm sàng",
                1,
                3,
                ["Nguyễn Lê Như Tùng"],
            ),
            topic("Phòng, chống dịch sốt xuất huyết, tay chân miệng mùa mưa", 2, 5, ["Lư Lan Vi"]),
            topic(
                "Tư tưởng Hồ Chí Minh về xây dựng Đảng trong sạch, vững mạnh",
                3,
                8,
                ["Lê Thị Kim Ngọc"],
            ),
            topic(
                "Kiểm điểm việc thực hiện Nghị quyết Trung ương 4 khóa XII tại chi bộ",
                4,
                11,
                ["Nguyễn Lê Như Tùng", "Lư Lan Vi"],
            ),
        ],  # fmt: skip
    ),
    _base(
        id="339_tdt_2018",
        fmt="scan",
        layout="za_table5",
        province="Thái Nguyên",
        source="http://tdtgroup.vn/chi-tiet-tin/318/242/Sinh-hoat-Dang-va-cong-nhan-Dang-vien-chinh-thuc.html",
        source_says="Sáng 20/4/2018 Chi bộ Đảng công ty CP Đầu tư và Phát triển TDT sinh hoạt chi bộ, công nhận đảng viên "
        "chính thức cho đ/c Vũ Tiến Duy, chia tay đ/c Nguyễn Văn Thái; dự có đ/c Chu Thuyên, Bí thư chi bộ, Tổng giám "
        "đốc và đ/c Đàm Mỹ Thảo, Phó Bí thư chi bộ, Chủ tịch công đoàn.",
        completed=[
            "the page reports one meeting; the 2018 thematic plan is completed (number, date, committee, four topics); "
            "the presenters are the secretary, the deputy and Vũ Tiến Duy the page names",
            "the province (Thái Nguyên, the company's seat) and the committee (Đảng bộ Khối Doanh nghiệp tỉnh) are "
            "completed; saved as a scan",
        ],
        year=2018,
        cell_name="Chi bộ Công ty Cổ phần Đầu tư và Phát triển TDT",
        committee_name="Đảng bộ Khối Doanh nghiệp tỉnh Thái Nguyên",
        header_committee="ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH THÁI NGUYÊN",
        header_cell="CHI BỘ CÔNG TY CP ĐẦU TƯ VÀ PHÁT TRIỂN TDT",
        number=2,
        date="2018-01-22",
        place="Thái Nguyên",
        unit_short="công ty",
        legal_bases=[HD12, CT05],
        opening="Chi bộ Công ty Cổ phần Đầu tư và Phát triển TDT xây dựng kế hoạch sinh hoạt chuyên đề năm 2018 như sau:",
        secretary="Chu Thuyên",
        topics=[
            topic(
                "Vai trò của chi bộ trong lãnh đạo sản xuất, kinh doanh của doanh nghiệp",
                1,
                3,
                ["Chu Thuyên"],
            ),
            topic("Công tác phát triển đảng viên trong công nhân lao động", 2, 4, ["Đàm Mỹ Thảo"]),
            topic(
                "Chăm lo việc làm, thu nhập và đời sống của người lao động",
                3,
                7,
                ["Đàm Mỹ Thảo", "Vũ Tiến Duy"],
            ),
            topic(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần tự lực, tự cường",
                4,
                10,
                ["Chu Thuyên"],
            ),
        ],  # fmt: skip
    ),
]
