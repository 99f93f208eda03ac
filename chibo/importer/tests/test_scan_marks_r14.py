"""Round 14, scans: a month grid's marks that Tesseract reads as nothing, and the Is of a
congress or term numeral ("lần thứ XIII", "khóa XII") a blurred scan reads one short."""

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from chibo.importer.ocr import MARK, _count_strokes, _Word, is_mark

from .photos import FONT


def _cell(draw_on=None, size=(110, 90)) -> Image.Image:
    cell = Image.new("L", size, 255)
    if draw_on:
        draw_on(ImageDraw.Draw(cell))
    return cell.filter(ImageFilter.GaussianBlur(1))


def test_a_dot_a_cross_or_a_tick_alone_in_a_cell_is_a_mark():
    assert MARK == "x"  # what the schedule readers take for "held in this month"
    assert is_mark(_cell(lambda d: d.ellipse((42, 32, 66, 56), fill=0)))  # ●
    assert is_mark(
        _cell(lambda d: (d.line((40, 30, 66, 58), 0, 4), d.line((40, 58, 66, 30), 0, 4)))
    )
    assert is_mark(_cell(lambda d: d.line((40, 45, 50, 58, 70, 28), 0, 4, joint="curve")))  # ✓


def test_an_empty_cell_a_speck_or_a_rules_leftover_is_no_mark():
    assert not is_mark(_cell())
    assert not is_mark(_cell(lambda d: d.ellipse((50, 40, 54, 44), fill=0)))  # dust
    assert not is_mark(_cell(lambda d: d.line((0, 2, 109, 2), 0, 3)))  # the rule above
    assert not is_mark(_cell(lambda d: d.line((2, 0, 2, 89), 0, 3)))  # the rule beside
    # two specks far apart: their box is big, its ink thin
    assert not is_mark(_cell(lambda d: (d.ellipse((20, 20, 31, 31), fill=0),
                                        d.ellipse((60, 55, 71, 66), fill=0))))  # fmt: skip


def test_a_word_is_no_mark():
    font = ImageFont.truetype(str(FONT), 40)
    assert not is_mark(_cell(lambda d: d.text((4, 20), "Quý II", font=font, fill=0)))


def _numeral_read_as(written: str, read: str, before: str) -> str:
    """Draw `written` after `before`, hand `_count_strokes` the words as Tesseract read them."""
    font = ImageFont.truetype(str(FONT), 48)
    image = Image.new("L", (900, 100), 255)
    draw = ImageDraw.Draw(image)
    draw.text((10, 20), before, font=font, fill=0)
    left = 10 + int(draw.textlength(before + " ", font=font))
    draw.text((left, 20), written, font=font, fill=0)
    box = draw.textbbox((left, 20), written, font=font)  # as Tesseract boxes a word: its ink
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    middle, height = (box[1] + box[3]) // 2, box[3] - box[1]
    words = [
        _Word(before, 90, 10, left - 20, middle, height),
        _Word(read, 90, box[0], box[2], middle, height),
    ]
    _count_strokes(image, words)
    return words[1].text


def test_a_congress_numeral_read_short_is_counted_by_its_strokes():
    assert _numeral_read_as("XIII", "XII", "thứ") == "XIII"
    assert _numeral_read_as("XIII", "XIH", "thứ") == "XIII"
    assert _numeral_read_as("XII", "XI", "khóa") == "XII"
    assert _numeral_read_as("XII", "XII", "khóa") == "XII"  # read right: kept
    assert _numeral_read_as("XXII", "XXII", "thứ") == "XXII"


def test_a_numeral_after_another_word_or_with_a_v_is_left_as_read():
    assert _numeral_read_as("XIII", "XII", "Điều") == "XII"
    assert _numeral_read_as("XIV", "XIV", "thứ") == "XIV"


def test_a_quarter_numeral_counted_by_its_strokes_gains_no_full_stop():
    # "Quý I" read "Quý l": the stroke count gives "I", not "I." (a stop made it a heading
    # "I." that took the topic's lines from the quarter above it)
    assert _numeral_read_as("I", "l", "Quý") == "I"
    assert _numeral_read_as("III", "II", "QUÝ") == "III"


def test_a_time_alone_on_a_line_of_a_scan_is_not_run_into_the_next():
    from chibo.importer.text import Line, rejoin

    lines = [
        Line("Thời gian: tháng 4/2023. Chuẩn bị: Đ/c Nguyễn Thị Thu Trang."),
        Line("Quý 4"),
        Line("Chuyên đề: “Học tập và làm theo Bác về tinh thần tự học”."),
        Line("Thời gian: tháng 11/2023"),
        Line("Tháng 12/2023"),
        Line("Chuyên đề: “Giữ gìn vệ sinh môi trường”."),
    ]
    assert [line.text for line in rejoin(lines)] == [
        "Thời gian: tháng 4/2023. Chuẩn bị: Đ/c Nguyễn Thị Thu Trang.",
        "Quý 4",
        "Chuyên đề: “Học tập và làm theo Bác về tinh thần tự học”.",
        "Thời gian: tháng 11/2023",
        "Tháng 12/2023",
        "Chuyên đề: “Giữ gìn vệ sinh môi trường”.",
    ]


def _as_read(*texts: str) -> list[str]:
    """`_count_strokes` on a line of words as Tesseract read them (no image needed: these slips
    are read from the text)."""
    words = [_Word(t, 90, 10 + 100 * i, 90 + 100 * i, 50, 40) for i, t in enumerate(texts)]
    _count_strokes(Image.new("L", (100 * len(texts) + 20, 100), 255), words)
    return [w.text for w in words]


def test_a_quarter_numeral_with_its_year_is_read_from_its_slips():
    assert _as_read("Quý", "IH/2022") == ["Quý", "III/2022"]
    assert _as_read("Quý", "I1/2023") == ["Quý", "II/2023"]
    assert _as_read("Quý", "IV/2023") == ["Quý", "IV/2023"]  # read right: kept
    assert _as_read("Tháng", "11/2023") == ["Tháng", "11/2023"]  # a month is no numeral


def test_a_term_numeral_with_a_one_for_an_i():
    assert _as_read("lần", "thứ", "1X,") == ["lần", "thứ", "IX,"]
    assert _as_read("khóa", "Xl") == ["khóa", "XI"]
    assert _as_read("Điều", "1X") == ["Điều", "1X"]


def test_a_quarter_run_into_its_year_is_split():
    from chibo.importer.ocr import fix_common_slips

    assert fix_common_slips("[Quý12023") == "[Quý 1/2023"
    assert fix_common_slips("Quý 42024 và năm 12023") == "Quý 4/2024 và năm 12023"


def test_a_cells_line_cut_by_tesseract_into_several_is_one_line_again():
    from chibo.importer.ocr import visual_lines

    # "Quý I (tháng 3)" as Tesseract gave it: the accent of 'ý' a word of its own, 'Quý' a
    # line of its own, "(tháng" cut in two, "3)" on the cell's second line
    given = [
        [_Word("ý", 92, 109, 118, 27, 8), _Word("I", 79, 141, 154, 44, 37),
         _Word("(th", 97, 172, 250, 48, 50)],
        [_Word("Quý", 97, 33, 123, 48, 49)],
        [_Word("áng", 92, 252, 309, 48, 50)],
        [_Word("3)", 97, 34, 75, 111, 48)],
    ]  # fmt: skip
    assert [" ".join(w.text for w in line) for line in visual_lines(given)] == [
        "Quý I (tháng",
        "3)",
    ]
    # a letter read on both sides of the cut
    twice = [[_Word("Thá", 90, 30, 100, 48, 50)], [_Word("áng", 90, 95, 160, 48, 50)]]
    assert [w.text for w in visual_lines(twice)[0]] == ["Tháng"]


def test_a_dash_between_words_and_words_apart_stay_as_they_are():
    from chibo.importer.ocr import visual_lines

    line = [
        _Word("2020", 90, 10, 110, 48, 40), _Word("–", 90, 122, 140, 52, 4),
        _Word("2022", 90, 152, 252, 48, 40),
    ]  # fmt: skip
    assert [w.text for w in visual_lines([line])[0]] == ["2020", "–", "2022"]
