"""Round 14, ruled tables on scans: a thin rule that the straightening leaves a trace slanted
(its runs broken wherever it steps a row), and a cell holding several paragraphs (a half-year
column: each quarter's topic and its presenters one under the other)."""

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from chibo.importer.ocr import Placed, _read_cell, cell_paragraphs, grids

from .photos import FONT

# A five-column plan table: header, a quarter band merged across, a topic, a band, a topic.
_COLUMNS = [300, 420, 1200, 1670, 1980, 2310]
_ROWS = [2000, 2060, 2120, 2350, 2410, 2640]
_BANDS = {1, 3}  # rows merged across all columns


def _scanned_table(pale_every: int) -> Image.Image:
    """The table as a straightened scan gives it: rules three pixels thick in which each row of
    pixels has a pale one every `pale_every` pixels, at other places in each row (where the
    trace of the scan's turn steps the rule a row, or the blur thinned it); 0: none."""
    page = Image.new("L", (2600, 3300), 255)
    draw = ImageDraw.Draw(page)
    for y in _ROWS:
        draw.rectangle((_COLUMNS[0], y - 1, _COLUMNS[-1], y + 1), fill=40)
        for row in range(3):
            for x in range(_COLUMNS[0] + 30 * row, _COLUMNS[-1], pale_every or 10**6):
                page.putpixel((x, y - 1 + row), 200)
    for r, (upper, lower) in enumerate(zip(_ROWS, _ROWS[1:], strict=False)):
        inner = [] if r in _BANDS else _COLUMNS[1:-1]
        for x in [_COLUMNS[0], *inner, _COLUMNS[-1]]:
            draw.rectangle((x - 1, upper, x + 1, lower), fill=40)
    return page


def test_a_thin_rule_pale_here_and_there_still_rules_the_whole_table():
    found = grids(_scanned_table(90))
    assert len(found) == 1  # a merged band row does not end the table
    rows = found[0].rows
    assert len(rows) == len(_ROWS) - 1  # the header row is kept
    assert [len(row) for row in rows] == [5, 1, 5, 1, 5]  # TT apart from the content


def test_a_straight_table_is_read_as_before():
    rows = grids(_scanned_table(0))[0].rows
    assert [len(row) for row in rows] == [5, 1, 5, 1, 5]


def _line(text: str, left: int, right: int, first: int, middle: int) -> Placed:
    return Placed(text, left, right, [], [], first, middle, 40)


def test_a_cells_paragraphs_are_told_by_a_short_line_or_an_empty_line():
    lines = [
        _line("Quý III – tháng 8: Bảo đảm an toàn lưới", 1290, 2160, 1380, 100),
        _line("điện mùa mưa bão", 1290, 1690, 1380, 160),  # short: "Người" fitted after it
        _line("Người thực hiện: đ/c Tạ Minh", 1290, 2060, 1430, 220),
        _line("Quý IV – tháng 11: Học tập và làm theo", 1290, 2160, 1380, 340),  # a line empty
        _line("Bác về phong cách làm việc khoa học, sâu", 1290, 2210, 1370, 400),
        _line("sát cơ sở", 1290, 1480, 1350, 460),
        _line("Người thực hiện: đ/c Huỳnh Thanh Phong", 1290, 2205, 1430, 520),
        _line("– Bí thư", 1290, 1500, 1320, 580),  # "–" did not fit: wrapped
    ]
    assert [[line.text for line in p] for p in cell_paragraphs(lines)] == [
        ["Quý III – tháng 8: Bảo đảm an toàn lưới", "điện mùa mưa bão"],
        ["Người thực hiện: đ/c Tạ Minh"],
        ["Quý IV – tháng 11: Học tập và làm theo", "Bác về phong cách làm việc khoa học, sâu",
         "sát cơ sở"],
        ["Người thực hiện: đ/c Huỳnh Thanh Phong", "– Bí thư"],
    ]  # fmt: skip


def test_a_wrapped_paragraph_stays_one():
    lines = [
        _line("Học tập và làm theo tư tưởng, đạo", 420, 1150, 560, 100),
        _line("đức, phong cách Hồ Chí Minh về", 420, 1100, 520, 160),  # "đoàn" did not fit
        _line("đoàn kết, xây dựng tập thể", 420, 1130, 540, 220),
        _line("gương mẫu", 420, 640, 590, 280),
    ]
    assert len(cell_paragraphs(lines)) == 1


def test_a_scanned_cell_keeps_its_paragraphs_on_their_lines():
    font = ImageFont.truetype(str(FONT), 46)
    page = Image.new("L", (1100, 520), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 1099, 519), outline=0, width=2)
    lines = [
        "Quý I – tháng 3: Nêu gương trong thực hành",
        "tiết kiệm điện tại cơ quan",
        "Người thực hiện: đ/c Huỳnh Thanh Phong",
        "",
        "Quý II – tháng 5: Chuyển đổi số",
    ]
    for i, text in enumerate(lines):
        draw.text((24, 20 + 62 * i), text, font=font, fill=0)
    text, _ = _read_cell(page.filter(ImageFilter.GaussianBlur(0.8)), (0, 0, 1100, 520))
    assert text.count("\n") == 2
    first, presenter, second = text.split("\n")
    assert first.startswith("Quý I") and first.endswith("cơ quan")
    assert presenter.startswith("Người thực hiện")
    assert second.startswith("Quý II")
