"""The structure-first reader (structure.py): topics found by the plan's repeated units, whatever
their marks, with their time and people wherever the unit holds them (issue 17). Every plan here
is made up, in shapes cells type: headings with unlabelled lines, time-led blocks with unknown
labels, lettered items, capitals, tables whose columns are named oddly, turned, headless, one
column wide, with several topics in a cell or months marked by a cross, lists enumerated inside
a paragraph, and assignments that point to topics by number or time.
"""

from __future__ import annotations

import io

import pytest

from chibo.importer.parser import parse_plan
from chibo.importer.people import parse_people
from chibo.importer.reader import read_document
from chibo.importer.structure import subject_of

HEAD = """ĐẢNG BỘ XÃ HÒA BÌNH
CHI BỘ THÔN ĐÔNG
Số 02-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Bình, ngày 08 tháng 01 năm 2025
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2025
Căn cứ Hướng dẫn số 12-HD/BTCTW; Chi bộ thôn Đông xây dựng kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng sinh hoạt chi bộ, đảng viên nắm vững chủ trương của Đảng.
- Mỗi chuyên đề được chuẩn bị chu đáo, gửi trước cho đảng viên.
"""
TAIL = """IV. TỔ CHỨC THỰC HIỆN
Chi ủy đôn đốc đảng viên thực hiện kế hoạch; báo cáo Đảng ủy xã.
T/M CHI BỘ
BÍ THƯ
Lê Văn Hùng
"""


def _docx(parts: list) -> bytes:
    from docx import Document

    document = Document()
    for part in parts:
        if isinstance(part, str):
            for line in part.split("\n"):
                if line:
                    document.add_paragraph(line)
        else:
            table = document.add_table(rows=len(part), cols=max(len(r) for r in part))
            for i, row in enumerate(part):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _topics(parts: list, fmt: str) -> list[tuple[int | None, int | None, str, list[str]]]:
    if fmt == "txt":
        read = read_document("".join(parts).encode("utf-8"), "kehoach.txt")
    else:
        read = read_document(_docx(parts), "kehoach.docx")
    plan = parse_plan(read)
    return [(t.quarter, t.month, t.title, [p.name for p in t.presenters]) for t in plan.topics]


SHAPES: dict[str, tuple[list, str]] = {}
SHAPES["heading_topic_unlabelled"] = (
    [
        HEAD,
        """II. CÁC CHUYÊN ĐỀ
1. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức trách nhiệm với cộng đồng
Thực hiện vào tháng 3/2025, đồng chí Nguyễn Văn Bình chuẩn bị.
2. Nâng cao vai trò của đảng viên trong xây dựng nông thôn mới
Thực hiện vào tháng 6/2025, đồng chí Trần Thị Mai chuẩn bị.
3. Quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ XX
Thực hiện vào tháng 9/2025, đồng chí Lê Văn Hùng chuẩn bị.
4. Phòng, chống tệ nạn xã hội trong thanh thiếu niên
Thực hiện vào tháng 11/2025, đồng chí Phạm Văn Tú chuẩn bị.
""",
        TAIL,
    ],
    "txt",
)
SHAPES["month_plus_bullets"] = (
    [
        HEAD,
        """II. NỘI DUNG CỤ THỂ
Tháng 3/2025:
+ Vấn đề sinh hoạt: Học tập và làm theo gương Bác về tiết kiệm
+ Đảng viên đảm nhận: đ/c Nguyễn Văn Bình
Tháng 6/2025:
+ Vấn đề sinh hoạt: Nâng cao chất lượng công tác dân vận ở thôn
+ Đảng viên đảm nhận: đ/c Trần Thị Mai
Tháng 9/2025:
+ Vấn đề sinh hoạt: Tăng cường công tác bảo vệ an ninh trật tự
+ Đảng viên đảm nhận: đ/c Lê Văn Hùng
Tháng 12/2025:
+ Vấn đề sinh hoạt: Giữ gìn bản sắc văn hóa dân tộc
+ Đảng viên đảm nhận: đ/c Phạm Văn Tú
""",
        TAIL,
    ],
    "txt",
)
SHAPES["odd_columns"] = (
    [
        HEAD,
        "II. LỊCH SINH HOẠT\n",
        [
            ["Kỳ sinh hoạt", "Vấn đề", "Đảm nhận"],
            ["Tháng 3", "Học tập và làm theo gương Bác về tiết kiệm", "Nguyễn Văn Bình"],
            ["Tháng 6", "Nâng cao chất lượng công tác dân vận ở thôn", "Trần Thị Mai"],
            ["Tháng 9", "Tăng cường công tác bảo vệ an ninh trật tự", "Lê Văn Hùng"],
            ["Tháng 12", "Giữ gìn bản sắc văn hóa dân tộc", "Phạm Văn Tú"],
        ],
        TAIL,
    ],
    "docx",
)
SHAPES["quarter_row_multi"] = (
    [
        HEAD,
        "II. NỘI DUNG, THỜI GIAN\n",
        [
            ["Quý", "Nội dung sinh hoạt chuyên đề", "Phân công"],
            [
                "Quý I",
                "- Tháng 2: Học tập và làm theo gương Bác về tiết kiệm\n- Tháng 3: Nâng cao chất lượng công tác dân vận ở thôn",
                "Đ/c Nguyễn Văn Bình\nĐ/c Trần Thị Mai",
            ],
            ["Quý II", "- Tháng 5: Tăng cường công tác bảo vệ an ninh trật tự", "Đ/c Lê Văn Hùng"],
            ["Quý III", "- Tháng 8: Giữ gìn bản sắc văn hóa dân tộc", "Đ/c Phạm Văn Tú"],
        ],
        TAIL,
    ],
    "docx",
)
SHAPES["months_as_columns"] = (
    [
        HEAD,
        "II. LỊCH SINH HOẠT CHUYÊN ĐỀ\n",
        [
            ["Nội dung", "Tháng 3/2025", "Tháng 6/2025", "Tháng 9/2025", "Tháng 12/2025"],
            [
                "Chuyên đề",
                "Học tập và làm theo gương Bác về tiết kiệm",
                "Nâng cao chất lượng công tác dân vận ở thôn",
                "Tăng cường công tác bảo vệ an ninh trật tự",
                "Giữ gìn bản sắc văn hóa dân tộc",
            ],
            [
                "Người chuẩn bị",
                "Đ/c Nguyễn Văn Bình",
                "Đ/c Trần Thị Mai",
                "Đ/c Lê Văn Hùng",
                "Đ/c Phạm Văn Tú",
            ],
        ],
        TAIL,
    ],
    "docx",
)
SHAPES["letter_items"] = (
    [
        HEAD,
        """II. NỘI DUNG
2. Sinh hoạt chuyên đề
a) Học tập và làm theo gương Bác về tiết kiệm
- Thời điểm: kỳ sinh hoạt tháng 3/2025
- Đồng chí phụ trách: Nguyễn Văn Bình
b) Nâng cao chất lượng công tác dân vận ở thôn
- Thời điểm: kỳ sinh hoạt tháng 6/2025
- Đồng chí phụ trách: Trần Thị Mai
c) Tăng cường công tác bảo vệ an ninh trật tự
- Thời điểm: kỳ sinh hoạt tháng 9/2025
- Đồng chí phụ trách: Lê Văn Hùng
""",
        TAIL,
    ],
    "txt",
)
SHAPES["dash_assign"] = (
    [
        HEAD,
        """II. CHUYÊN ĐỀ
1. Học tập và làm theo gương Bác về tiết kiệm (Quý I).
2. Nâng cao chất lượng công tác dân vận ở thôn (Quý II).
3. Tăng cường công tác bảo vệ an ninh trật tự (Quý III).
4. Giữ gìn bản sắc văn hóa dân tộc (Quý IV).
III. PHÂN CÔNG
- Đ/c Nguyễn Văn Bình – chuẩn bị chuyên đề 1, sinh hoạt tháng 3.
- Đ/c Trần Thị Mai – chuẩn bị chuyên đề 2, sinh hoạt tháng 6.
- Đ/c Lê Văn Hùng – chuẩn bị chuyên đề 3, sinh hoạt tháng 9.
- Đ/c Phạm Văn Tú – chuẩn bị chuyên đề 4, sinh hoạt tháng 12.
""",
        TAIL,
    ],
    "txt",
)
SHAPES["date_first"] = (
    [
        HEAD,
        """II. LỊCH SINH HOẠT
- Ngày 15/3/2025: Học tập và làm theo gương Bác về tiết kiệm. Báo cáo viên: đ/c Nguyễn Văn Bình.
- Ngày 14/6/2025: Nâng cao chất lượng công tác dân vận ở thôn. Báo cáo viên: đ/c Trần Thị Mai.
- Ngày 13/9/2025: Tăng cường công tác bảo vệ an ninh trật tự. Báo cáo viên: đ/c Lê Văn Hùng.
""",
        TAIL,
    ],
    "txt",
)
SHAPES["caps_headings"] = (
    [
        HEAD,
        """II. NỘI DUNG
CHUYÊN ĐỀ QUÝ I: HỌC TẬP VÀ LÀM THEO GƯƠNG BÁC VỀ TIẾT KIỆM
Sinh hoạt trong tháng 3/2025. Đồng chí Nguyễn Văn Bình xây dựng đề cương.
CHUYÊN ĐỀ QUÝ II: NÂNG CAO CHẤT LƯỢNG CÔNG TÁC DÂN VẬN Ở THÔN
Sinh hoạt trong tháng 6/2025. Đồng chí Trần Thị Mai xây dựng đề cương.
CHUYÊN ĐỀ QUÝ III: TĂNG CƯỜNG CÔNG TÁC BẢO VỆ AN NINH TRẬT TỰ
Sinh hoạt trong tháng 9/2025. Đồng chí Lê Văn Hùng xây dựng đề cương.
""",
        TAIL,
    ],
    "txt",
)
SHAPES["transposed_fields"] = (
    [
        HEAD,
        "II. CÁC CHUYÊN ĐỀ\n",
        [
            ["", "Chuyên đề 1", "Chuyên đề 2", "Chuyên đề 3"],
            [
                "Tên",
                "Học tập và làm theo gương Bác về tiết kiệm",
                "Nâng cao chất lượng công tác dân vận ở thôn",
                "Tăng cường công tác bảo vệ an ninh trật tự",
            ],
            ["Thời gian", "Tháng 3/2025", "Tháng 6/2025", "Tháng 9/2025"],
            ["Người trình bày", "Nguyễn Văn Bình", "Trần Thị Mai", "Lê Văn Hùng"],
        ],
        TAIL,
    ],
    "docx",
)
SHAPES["colon_title_people"] = (
    [
        HEAD,
        """II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG
Quý I: «Học tập và làm theo gương Bác về tiết kiệm» – tháng 3 – đồng chí Nguyễn Văn Bình.
Quý II: «Nâng cao chất lượng công tác dân vận ở thôn» – tháng 6 – đồng chí Trần Thị Mai.
Quý III: «Tăng cường công tác bảo vệ an ninh trật tự» – tháng 9 – đồng chí Lê Văn Hùng.
""",
        TAIL,
    ],
    "txt",
)

SHAPES2: dict[str, tuple[list, str]] = {}
SHAPES2["no_header_table"] = (
    [
        HEAD,
        "II. LỊCH SINH HOẠT CHUYÊN ĐỀ\n",
        [
            [
                "1",
                "Tháng 3/2025",
                "Học tập và làm theo gương Bác về tiết kiệm",
                "Đ/c Nguyễn Văn Bình",
            ],
            [
                "2",
                "Tháng 6/2025",
                "Nâng cao chất lượng công tác dân vận ở thôn",
                "Đ/c Trần Thị Mai",
            ],
            ["3", "Tháng 9/2025", "Tăng cường công tác bảo vệ an ninh trật tự", "Đ/c Lê Văn Hùng"],
        ],
        TAIL,
    ],
    "docx",
)
SHAPES2["people_in_title_cell"] = (
    [
        HEAD,
        "II. LỊCH SINH HOẠT CHUYÊN ĐỀ\n",
        [
            ["Tháng", "Nội dung"],
            ["3", "Học tập và làm theo gương Bác về tiết kiệm (Đ/c Nguyễn Văn Bình trình bày)"],
            ["6", "Nâng cao chất lượng công tác dân vận ở thôn (Đ/c Trần Thị Mai trình bày)"],
            ["9", "Tăng cường công tác bảo vệ an ninh trật tự (Đ/c Lê Văn Hùng trình bày)"],
        ],
        TAIL,
    ],
    "docx",
)
SHAPES2["dot_bullets_tail"] = (
    [
        HEAD,
        """II. CÁC CHUYÊN ĐỀ TRONG NĂM
• Học tập và làm theo gương Bác về tiết kiệm (tháng 3, đ/c Nguyễn Văn Bình).
• Nâng cao chất lượng công tác dân vận ở thôn (tháng 6, đ/c Trần Thị Mai).
• Tăng cường công tác bảo vệ an ninh trật tự (tháng 9, đ/c Lê Văn Hùng).
""",
        TAIL,
    ],
    "txt",
)
SHAPES2["quarter_gantt"] = (
    [
        HEAD,
        "II. LỊCH SINH HOẠT CHUYÊN ĐỀ\n",
        [
            ["Chuyên đề", "Quý I", "Quý II", "Quý III", "Quý IV", "Người chuẩn bị"],
            ["Học tập và làm theo gương Bác về tiết kiệm", "x", "", "", "", "Nguyễn Văn Bình"],
            ["Nâng cao chất lượng công tác dân vận ở thôn", "", "x", "", "", "Trần Thị Mai"],
            ["Tăng cường công tác bảo vệ an ninh trật tự", "", "", "x", "", "Lê Văn Hùng"],
        ],
        TAIL,
    ],
    "docx",
)
SHAPES2["one_column_rows"] = (
    [
        HEAD,
        "II. LỊCH SINH HOẠT CHUYÊN ĐỀ\n",
        [
            ["Nội dung sinh hoạt chuyên đề"],
            ["Tháng 3: Học tập và làm theo gương Bác về tiết kiệm – đ/c Nguyễn Văn Bình"],
            ["Tháng 6: Nâng cao chất lượng công tác dân vận ở thôn – đ/c Trần Thị Mai"],
            ["Tháng 9: Tăng cường công tác bảo vệ an ninh trật tự – đ/c Lê Văn Hùng"],
        ],
        TAIL,
    ],
    "docx",
)
SHAPES2["inline_list"] = (
    [
        HEAD,
        """II. NỘI DUNG
Năm 2025 chi bộ sinh hoạt bốn chuyên đề: (1) Học tập và làm theo gương Bác về tiết kiệm (tháng 3, đ/c Nguyễn Văn Bình); (2) Nâng cao chất lượng công tác dân vận ở thôn (tháng 6, đ/c Trần Thị Mai); (3) Tăng cường công tác bảo vệ an ninh trật tự (tháng 9, đ/c Lê Văn Hùng); (4) Giữ gìn bản sắc văn hóa dân tộc (tháng 12, đ/c Phạm Văn Tú).
""",
        TAIL,
    ],
    "txt",
)
SHAPES2["caps_quarter_prose"] = (
    [
        HEAD,
        """II. NỘI DUNG
QUÝ I
Chuyên đề “Học tập và làm theo gương Bác về tiết kiệm” do đồng chí Nguyễn Văn Bình phụ trách, thực hiện trong tháng 2.
QUÝ II
Chuyên đề “Nâng cao chất lượng công tác dân vận ở thôn” do đồng chí Trần Thị Mai phụ trách, thực hiện trong tháng 5.
QUÝ III
Chuyên đề “Tăng cường công tác bảo vệ an ninh trật tự” do đồng chí Lê Văn Hùng phụ trách, thực hiện trong tháng 8.
""",
        TAIL,
    ],
    "txt",
)
SHAPES2["chuyen_de_dot"] = (
    [
        HEAD,
        """II. NỘI DUNG
Chuyên đề 1. Học tập và làm theo gương Bác về tiết kiệm
Thời gian thực hiện: tháng 3/2025. Người báo cáo: đồng chí Nguyễn Văn Bình.
Chuyên đề 2. Nâng cao chất lượng công tác dân vận ở thôn
Thời gian thực hiện: tháng 6/2025. Người báo cáo: đồng chí Trần Thị Mai.
""",
        TAIL,
    ],
    "txt",
)
SHAPES2["semester"] = (
    [
        HEAD,
        """II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ
Học kỳ I
1. Tháng 10/2024 – Học tập và làm theo gương Bác về tiết kiệm – Đ/c Nguyễn Văn Bình
2. Tháng 12/2024 – Nâng cao chất lượng công tác dân vận ở thôn – Đ/c Trần Thị Mai
Học kỳ II
3. Tháng 3/2025 – Tăng cường công tác bảo vệ an ninh trật tự – Đ/c Lê Văn Hùng
""",
        TAIL,
    ],
    "txt",
)
SHAPES2["people_sub_bullet"] = (
    [
        HEAD,
        """II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ
1. Học tập và làm theo gương Bác về tiết kiệm
   + Thời gian: quý I (tháng 3)
   + Báo cáo: đ/c Nguyễn Văn Bình; tham luận: đ/c Trần Thị Mai
2. Nâng cao chất lượng công tác dân vận ở thôn
   + Thời gian: quý II (tháng 6)
   + Báo cáo: đ/c Trần Thị Mai
""",
        TAIL,
    ],
    "txt",
)

SHAPES3: dict[str, tuple[list, str]] = {}
SHAPES3["kv_table"] = (
    [
        HEAD,
        "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ\n",
        [
            ["Chuyên đề 1", "Học tập và làm theo gương Bác về tiết kiệm"],
            ["Thời gian", "Tháng 3/2025"],
            ["Người thực hiện", "Đ/c Nguyễn Văn Bình"],
            ["Chuyên đề 2", "Nâng cao chất lượng công tác dân vận ở thôn"],
            ["Thời gian", "Tháng 6/2025"],
            ["Người thực hiện", "Đ/c Trần Thị Mai"],
        ],
        TAIL,
    ],
    "docx",
)
SHAPES3["plain_title_then_labels"] = (
    [
        HEAD,
        """II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ
Học tập và làm theo gương Bác về tiết kiệm
Thời gian thực hiện: tháng 3/2025.
Người thực hiện: đồng chí Nguyễn Văn Bình.
Nâng cao chất lượng công tác dân vận ở thôn
Thời gian thực hiện: tháng 6/2025.
Người thực hiện: đồng chí Trần Thị Mai.
""",
        TAIL,
    ],
    "docx",
)
SHAPES3["quarter_heading_tables"] = (
    [
        HEAD,
        "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ\nQuý I\n",
        [
            ["Chuyên đề", "Người thực hiện"],
            ["Học tập và làm theo gương Bác về tiết kiệm", "Đ/c Nguyễn Văn Bình"],
        ],
        "Quý II\n",
        [
            ["Chuyên đề", "Người thực hiện"],
            ["Nâng cao chất lượng công tác dân vận ở thôn", "Đ/c Trần Thị Mai"],
        ],
        TAIL,
    ],
    "docx",
)
SHAPES3["cell_with_label_lines"] = (
    [
        HEAD,
        "II. LỊCH SINH HOẠT\n",
        [
            ["Tháng", "Nội dung"],
            [
                "Tháng 3",
                "Chuyên đề: Học tập và làm theo gương Bác về tiết kiệm\nNgười trình bày: đ/c Nguyễn Văn Bình",
            ],
            [
                "Tháng 6",
                "Chuyên đề: Nâng cao chất lượng công tác dân vận ở thôn\nNgười trình bày: đ/c Trần Thị Mai",
            ],
        ],
        TAIL,
    ],
    "docx",
)
SHAPES3["paren_people_no_mark"] = (
    [
        HEAD,
        """II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ
Quý I:
- Học tập và làm theo gương Bác về tiết kiệm (Nguyễn Văn Bình)
Quý II:
- Nâng cao chất lượng công tác dân vận ở thôn (Trần Thị Mai)
- Tăng cường công tác bảo vệ an ninh trật tự (Lê Văn Hùng, Phạm Văn Tú)
""",
        TAIL,
    ],
    "txt",
)
SHAPES3["date_words"] = (
    [
        HEAD,
        """II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ
1. Ngày 15 tháng 3 năm 2025 – «Học tập và làm theo gương Bác về tiết kiệm» – báo cáo viên: Nguyễn Văn Bình.
2. Ngày 14 tháng 6 năm 2025 – «Nâng cao chất lượng công tác dân vận ở thôn» – báo cáo viên: Trần Thị Mai.
""",
        TAIL,
    ],
    "txt",
)
SHAPES3["appendix_after_sign"] = (
    [
        HEAD,
        """II. NỘI DUNG
Chi bộ sinh hoạt chuyên đề mỗi quý một lần theo lịch kèm theo.
""",
        TAIL,
        "LỊCH SINH HOẠT CHUYÊN ĐỀ NĂM 2025\n(Kèm theo Kế hoạch số 02-KH/CB)\n",
        [
            ["TT", "Thời gian", "Chuyên đề", "Người chuẩn bị"],
            ["1", "Tháng 3", "Học tập và làm theo gương Bác về tiết kiệm", "Nguyễn Văn Bình"],
            ["2", "Tháng 6", "Nâng cao chất lượng công tác dân vận ở thôn", "Trần Thị Mai"],
        ],
    ],
    "docx",
)
SHAPES3["who_when_what_text_table"] = (
    [
        HEAD,
        """II. LỊCH SINH HOẠT CHUYÊN ĐỀ
Đảng viên thực hiện\tThời điểm\tNội dung
Nguyễn Văn Bình\tTháng 3/2025\tHọc tập và làm theo gương Bác về tiết kiệm
Trần Thị Mai\tTháng 6/2025\tNâng cao chất lượng công tác dân vận ở thôn
""",
        TAIL,
    ],
    "txt",
)

BINH, MAI, HUNG, TU = "Nguyễn Văn Bình", "Trần Thị Mai", "Lê Văn Hùng", "Phạm Văn Tú"
A = "Học tập và làm theo gương Bác về tiết kiệm"
B = "Nâng cao chất lượng công tác dân vận ở thôn"
C = "Tăng cường công tác bảo vệ an ninh trật tự"
D = "Giữ gìn bản sắc văn hóa dân tộc"
FOUR = [(1, 3, A, [BINH]), (2, 6, B, [MAI]), (3, 9, C, [HUNG]), (4, 12, D, [TU])]
THREE = FOUR[:3]
EXPECTED = {
    "heading_topic_unlabelled": [
        (1, 3, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức trách "
               "nhiệm với cộng đồng", [BINH]),
        (2, 6, "Nâng cao vai trò của đảng viên trong xây dựng nông thôn mới", [MAI]),
        (3, 9, "Quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ XX", [HUNG]),
        (4, 11, "Phòng, chống tệ nạn xã hội trong thanh thiếu niên", [TU]),
    ],
    "month_plus_bullets": FOUR,
    "odd_columns": FOUR,
    "quarter_row_multi": [(1, 2, A, [BINH]), (1, 3, B, [MAI]), (2, 5, C, [HUNG]), (3, 8, D, [TU])],
    "months_as_columns": FOUR,
    "letter_items": THREE,
    "dash_assign": FOUR,
    "date_first": THREE,
    "caps_headings": [(q, m, t.upper(), p) for q, m, t, p in THREE],
    "transposed_fields": THREE,
    "colon_title_people": THREE,
    "no_header_table": THREE,
    "people_in_title_cell": THREE,
    "dot_bullets_tail": THREE,
    "quarter_gantt": [(q, None, t, p) for q, _, t, p in THREE],
    "one_column_rows": THREE,
    "inline_list": FOUR,
    "caps_quarter_prose": [(1, 2, A, [BINH]), (2, 5, B, [MAI]), (3, 8, C, [HUNG])],
    "chuyen_de_dot": THREE[:2],
    "semester": [(4, 10, A, [BINH]), (4, 12, B, [MAI]), (1, 3, C, [HUNG])],
    "people_sub_bullet": [(1, 3, A, [BINH, MAI]), (2, 6, B, [MAI])],
    "kv_table": THREE[:2],
    "plain_title_then_labels": THREE[:2],
    "quarter_heading_tables": [(1, None, A, [BINH]), (2, None, B, [MAI])],
    "cell_with_label_lines": THREE[:2],
    "paren_people_no_mark": [(1, None, A, [BINH]), (2, None, B, [MAI]), (2, None, C, [HUNG, TU])],
    "date_words": THREE[:2],
    "appendix_after_sign": THREE[:2],
    "who_when_what_text_table": THREE[:2],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_topics_found_by_the_plans_structure(name):
    parts, fmt = {**SHAPES, **SHAPES2, **SHAPES3}[name]
    assert _topics(parts, fmt) == EXPECTED[name]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Tháng 3/2025: Học tập và làm theo gương Bác – đ/c Nguyễn Văn Bình", "Học tập và làm theo gương Bác"),
        ("Vấn đề sinh hoạt: Nâng cao chất lượng công tác dân vận", "Nâng cao chất lượng công tác dân vận"),
        ("Chuyên đề số 2 (tháng 6): «Giữ gìn bản sắc văn hóa dân tộc»", "Giữ gìn bản sắc văn hóa dân tộc"),
        ("Thực hiện vào tháng 3/2025, đồng chí Nguyễn Văn Bình chuẩn bị.", ""),
        ("Thời gian: tháng 3/2025", ""),
        ("đ/c Nguyễn Văn Bình", ""),
        ("Sinh hoạt chi bộ thường kỳ tháng 3", ""),
        ("Sơ kết 6 tháng đầu năm", ""),
    ],
)  # fmt: skip
def test_what_is_a_subject(text, subject):
    assert subject_of(text) == subject


def test_routine_work_in_a_month_table_is_not_a_topic():
    table = [
        ["Nội dung \\ Tháng", "1", "2", "3", "4", "5", "6", "Phụ trách"],
        ["Họp chi bộ thường kỳ, ra nghị quyết tháng", "x", "x", "x", "x", "x", "x", "Bí thư"],
        [f"Sinh hoạt chuyên đề: {A}", "", "", "x", "", "", "", f"đ/c {BINH}"],
        ["Sơ kết 6 tháng thực hiện nghị quyết", "", "", "", "", "", "x", "Chi ủy"],
        [f"Sinh hoạt chuyên đề: {B}", "", "", "", "", "x", "", f"đ/c {MAI}"],
    ]
    parts = [HEAD.replace("Sinh hoạt chuyên đề năm 2025", "Hoạt động năm 2025"),
             "III. LỊCH CÔNG TÁC TRONG NĂM\n", table, TAIL]  # fmt: skip
    assert _topics(parts, "docx") == [(1, 3, A, [BINH]), (2, 5, B, [MAI])]


def test_an_assignment_table_by_person_points_to_topics_by_number():
    text = (
        HEAD
        + f"""II. CÁC CHUYÊN ĐỀ
Chuyên đề số 1: {A} (dự kiến tháng 5/2025).
Chuyên đề số 2: {B} (dự kiến tháng 7/2025).
III. PHÂN CÔNG CHUẨN BỊ
TT | Họ và tên | Chức vụ | Chuyên đề phụ trách
1 | {BINH} | Bí thư Chi bộ | số 1 (chủ trì), số 2
2 | {MAI} | Phó Bí thư Chi bộ | số 2
"""
        + TAIL
    )
    assert _topics([text], "txt") == [(2, 5, A, [BINH]), (3, 7, B, [BINH, MAI])]


def test_people_are_given_to_topics_named_by_their_month():
    text = (
        HEAD
        + f"""II. NỘI DUNG
- Tháng 2/2025: {A}.
- Tháng 4/2025: {B}.
III. PHÂN CÔNG
- Đ/c {BINH} – Bí thư chi bộ: chuẩn bị chuyên đề tháng 2.
- Đ/c {MAI} – Chi ủy viên: chuẩn bị chuyên đề tháng 4.
- Đ/c {HUNG} – Trưởng thôn: chuẩn bị chuyên đề tháng 4.
"""
        + TAIL
    )
    assert _topics([text], "txt") == [(1, 2, A, [BINH]), (2, 4, B, [MAI, HUNG])]


def test_two_names_run_together_are_two_people():
    assert [p.name for p in parse_people("Quách Văn Hòa Bùi Văn Thanh")] == [
        "Quách Văn Hòa",
        "Bùi Văn Thanh",
    ]
    assert [p.name for p in parse_people("Nguyễn Văn Hoàng Nam")] == ["Nguyễn Văn Hoàng Nam"]
