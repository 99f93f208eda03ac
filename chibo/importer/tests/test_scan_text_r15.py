"""Round 14's helper p14f, ported in round 15 (its line joiner left, main's ocr.visual_lines
does that work): a cell read as one text whose field labels, each on a line of its own on
paper, run on after the title ('… lãng phí Người chuẩn bị: đ/c A'); a quarter numeral whose
last stroke ran into the slash ('QUÝ IIL/2024'); a congress numeral after 'Đại hội'; a month
alone in a cell. Found by the scan twins of plans 114, 132, 200 and 224. Every text is made up
here, as plans write them."""

from chibo.importer.ocr import _Word
from chibo.importer.structure import subject_of
from chibo.importer.tests.builders import docx_plan, text_plan

HEAD = [
    "ĐẢNG BỘ XÃ AN PHÚ",
    "CHI BỘ THÔN ĐÔNG",
    "Số 02-KH/CB",
    "An Phú, ngày 12 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Sinh hoạt chuyên đề năm 2026",
    "II. NỘI DUNG",
]


def test_a_field_label_run_on_after_the_title_ends_it():
    rows = [
        ["Thời gian", "Nội dung"],
        ["Tháng 5/2026 (Quý II)", "Giữ gìn an ninh trật tự, xây dựng thôn bình yên Người chuẩn "
         "bị: đ/c Lê Văn Bình - Bí thư Chi bộ Sản phẩm: Chương trình hành động"],
        ["Quý III (tháng 9/2026)", "Đảng viên đi đầu chuyển đổi số ở khu dân cư Người thực "
         "hiện: đ/c Trần Thị Hoa - Phó Bí thư"],
        ["Tháng 11/2026", "Xây dựng nếp sống văn minh ở khu dân cư Sản phẩm: Bản cam kết"],
    ]  # fmt: skip
    plan = docx_plan([*HEAD, rows, "III. TỔ CHỨC THỰC HIỆN"])
    assert [(t.title, t.quarter, t.month) for t in plan.topics] == [
        ("Giữ gìn an ninh trật tự, xây dựng thôn bình yên", 2, 5),
        ("Đảng viên đi đầu chuyển đổi số ở khu dân cư", 3, 9),
        ("Xây dựng nếp sống văn minh ở khu dân cư", 4, 11),
    ]
    assert [[p.name for p in t.presenters] for t in plan.topics][:2] == [
        ["Lê Văn Bình"],
        ["Trần Thị Hoa"],
    ]


def test_a_subject_ends_where_a_field_label_runs_on():
    assert (
        subject_of("Nâng cao chất lượng tham mưu tổng hợp Người chuẩn bị: đ/c Lê Văn Bình")
        == "Nâng cao chất lượng tham mưu tổng hợp"
    )


def test_near_miss_capitalised_words_before_a_colon_that_are_no_field_stay():
    # "Hồ Chí Minh: …" names no field; nor does a title's own "Chuyên đề: …" lead.
    assert (
        subject_of("Học tập và làm theo tư tưởng Hồ Chí Minh về đoàn kết")
        == "Học tập và làm theo tư tưởng Hồ Chí Minh về đoàn kết"
    )
    assert subject_of("Chuyên đề: Xây dựng nếp sống văn minh ở khu dân cư") == (
        "Xây dựng nếp sống văn minh ở khu dân cư"
    )


def test_a_quarter_numeral_whose_last_stroke_ran_into_the_slash():
    from PIL import Image

    from chibo.importer.ocr import _count_strokes

    def as_read(*texts: str) -> list[str]:
        words = [_Word(t, 90, 10 + 100 * i, 90 + 100 * i, 50, 40) for i, t in enumerate(texts)]
        _count_strokes(Image.new("L", (100 * len(texts) + 20, 100), 255), words)
        return [w.text for w in words]

    assert as_read("QUÝ", "IIL/2024") == ["QUÝ", "III/2024"]
    assert as_read("QUÝ", "IL2024") == ["QUÝ", "II/2024"]
    assert as_read("Quý", "I/2024") == ["Quý", "I/2024"]
    # no L, no slash: a number, not a numeral slipped ("năm 2024", "Quý 12024" is split elsewhere)
    assert as_read("Quý", "12024") == ["Quý", "12024"]
    assert as_read("Tháng", "IL2024") == ["Tháng", "IL2024"]


def test_a_congress_numeral_after_dai_hoi_is_counted_by_its_strokes():
    from .test_scan_marks_r14 import _numeral_read_as

    # "Nghị quyết Đại hội XIII của Đảng" read "Đại hội XII"
    assert _numeral_read_as("XIII", "XII", "hội") == "XIII"
    assert _numeral_read_as("XII", "XII", "hội") == "XII"  # the XIIth congress: kept
    assert _numeral_read_as("XIII", "XII", "Hội") == "XIII"


def test_a_month_alone_in_a_cell_is_no_quarter_numeral():
    from PIL import Image

    from chibo.importer.ocr import _count_strokes

    def alone(text: str) -> str:
        words = [_Word(text, 90, 10, 90, 50, 40)]
        _count_strokes(Image.new("L", (120, 100), 255), words, alone=True)
        return words[0].text

    assert alone("11/2019") == "11/2019"  # a "Tháng" column: November
    assert alone("IH/2022") == "III/2022"  # a "Quý" column's numeral, slipped


SECTIONS = """ĐẢNG BỘ PHƯỜNG YÊN HÒA
CHI BỘ TRƯỜNG TIỂU HỌC YÊN HÒA
Số 05-KH/CB
Yên Hòa, ngày 24 tháng 02 năm 2020
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2020
B. NỘI DUNG CÁC CHUYÊN ĐỀ
Chuyên đề I: Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022 (Thực hiện trong tháng 3/2020) Nội dung:
- Những chỉ tiêu chủ yếu của Nghị quyết.
Người thực hiện: đồng chí Nguyễn Thị Hồng.
Chuyên đề II: Dạy học trực tuyến cho học sinh trong thời gian phòng, chống dịch COVID-19 (Thực hiện trong tháng 6/2020) Nội dung:
- Kết quả dạy học trực tuyến.
Người thực hiện: đồng chí Cao Thị Bích Hạnh.
C. TỔ CHỨC THỰC HIỆN
Người thực hiện gửi đề cương trước kỳ sinh hoạt 07 ngày.
"""


def test_a_content_label_run_on_after_a_titles_bracketed_time_ends_the_title():
    # round 15, the scan twin of plan 212: 'Nội dung:' read on the title's line
    plan = text_plan(SECTIONS)
    assert [(t.title, t.quarter, t.month) for t in plan.topics] == [
        ("Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022", 1, 3),
        ("Dạy học trực tuyến cho học sinh trong thời gian phòng, chống dịch COVID-19", 2, 6),
    ]
