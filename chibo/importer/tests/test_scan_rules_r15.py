"""Ruled tables on scans: a thin rule that the straightening leaves a trace slanted (its runs
broken wherever it steps a row). From round 14's helper p14e, whose rules alone are taken in
round 15 (its cell paragraphs, which split the real scan of plan 107, are left): found by the
scan twins of plans 100, 117 and 183."""

from PIL import Image, ImageDraw

from chibo.importer.ocr import grids

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
