import datetime as dt

from chibo.lib.vietnamese import fold, format_date, sort_key, split_name


def test_fold_removes_marks_and_folds_d_bar():
    assert fold("Đặng Thị Huệ") == "dang thi hue"
    assert fold("  ĐẢNG   ủy ") == "dang uy"


def test_names_sort_by_given_then_middle_then_family():
    names = ["Vũ Thị Lệ", "Dương Thị Huệ", "Nguyễn Thị Hường", "Nguyễn An", "Đặng Văn An"]
    assert sorted(names, key=sort_key) == [
        "Nguyễn An",
        "Đặng Văn An",
        "Dương Thị Huệ",
        "Nguyễn Thị Hường",
        "Vũ Thị Lệ",
    ]


def test_vietnamese_alphabet_puts_d_bar_after_d_and_breve_after_a():
    assert sorted(["Lê Đức", "Lê Dung", "Lê Ăn", "Lê Bình", "Lê An"], key=sort_key) == [
        "Lê An",
        "Lê Ăn",
        "Lê Bình",
        "Lê Dung",
        "Lê Đức",
    ]


def test_tone_only_breaks_ties():
    assert sorted(["Lê Ánh", "Lê Anh", "Lê Ảnh"], key=sort_key) == ["Lê Anh", "Lê Ảnh", "Lê Ánh"]


def test_sort_key_uses_only_plain_ascii_so_any_collation_agrees():
    assert set(sort_key("Nguyễn Thị Ánh Dương")) <= set("0123456789abcdefghijklmnopqrstuvwxyz")


def test_split_name():
    assert split_name("Trần Thị Nghĩa Quỳnh") == ("Trần", "Thị Nghĩa", "Quỳnh")


def test_format_date_has_leading_zeros_and_place():
    assert format_date(dt.date(2026, 1, 5), "Yên Mô") == "Yên Mô, ngày 05 tháng 01 năm 2026"
