import datetime as dt

from chibo.notifications.ics import Calendar, escape_text, fold, utc


def test_text_escapes_backslash_semicolon_comma_and_newlines():
    assert escape_text("a\\b; c, d\ne\r\nf") == "a\\\\b\\; c\\, d\\ne\\nf"


def test_a_short_line_is_left_alone():
    assert fold("SUMMARY:Sinh hoạt") == "SUMMARY:Sinh hoạt"


def test_a_long_ascii_line_folds_at_75_octets_with_a_leading_space():
    line = "DESCRIPTION:" + "x" * 200
    physical = fold(line).split("\r\n")
    assert [len(p.encode()) for p in physical] == [
        75,
        75,
        64,
    ]  # 212 octets: 75, then 1 + 74, then 1 + 63
    assert all(p.startswith(" ") for p in physical[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(physical)) == line


def test_folding_never_cuts_a_vietnamese_letter_in_two():
    # "ệ" is 3 octets in UTF-8: 73 ASCII octets + "ệ" would make 76, so it moves to line two.
    line = "X" * 73 + "ệ" + "Đảng"
    first, second = fold(line).split("\r\n")
    assert first == "X" * 73
    assert second == " ệĐảng"
    for physical in fold(
        "SUMMARY:" + "Nghị quyết chuyên đề về học tập và làm theo tư tưởng " * 4
    ).split("\r\n"):
        assert len(physical.encode()) <= 75
        physical.encode().decode()  # every physical line is valid UTF-8 on its own


def test_times_are_utc_with_z():
    hanoi = dt.timezone(dt.timedelta(hours=7))
    assert utc(dt.datetime(2026, 3, 12, 7, 30, tzinfo=hanoi)) == "20260312T003000Z"


def test_the_calendar_ends_every_line_with_crlf_and_writes_parameters():
    cal = Calendar()
    cal.begin("VEVENT")
    cal.add("DTSTART", "20260312", value="DATE")
    cal.add_text("LOCATION", "Phòng 2, tầng 1")
    cal.end("VEVENT")
    assert cal.text() == (
        "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260312\r\nLOCATION:Phòng 2\\, tầng 1\r\nEND:VEVENT\r\n"
    )
