"""People named in a plan ('Đồng chí Dương Thị Huệ - Bí thư chi bộ', 'đ/c Hường') and
matching them to the cell's members, ignoring diacritics and case."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from chibo.lib.vietnamese import fold, split_name

from .names import _low
from .schema import Person

_HONORIFIC = re.compile(r"(?:\bđồng\s+chí|\bđ\s*/\s*c|\bđ\.c\.?)\s*[:.]?\s*", re.IGNORECASE)
# Words that begin a role, so "Đồng chí Vũ Thị Lệ Chi uỷ viên" stops the name at "Lệ".
_ROLE_STARTS = (
    "bi thu", "pho bi thu", "chi uy", "chi bo", "hieu truong", "pho hieu truong", "to truong",
    "to pho", "chu tich", "uy vien", "dang vien", "giao vien", "nhan vien", "ke toan",
    "truong ", "pho ", "phu trach", "ban ", "tong phu trach", "cap uy", "thu ky",
    "chi hoi", "chi doan",
)  # fmt: skip


# The same words with their marks, for a name read where a person is expected.
_ROLE_WORDS = {
    "bi": "bí", "pho": "phó", "chi": "chi", "bo": "bộ", "uy": "ủy", "hieu": "hiệu",
    "truong": "trưởng", "to": "tổ", "chu": "chủ", "tich": "tịch", "vien": "viên", "dang": "đảng",
    "giao": "giáo", "nhan": "nhân", "ke": "kế", "toan": "toán", "phu": "phụ", "trach": "trách",
    "ban": "ban", "tong": "tổng", "cap": "cấp", "thu": "thư", "hoi": "hội", "doan": "đoàn",
}  # fmt: skip


def _role_starts(text: str, expected: bool = False) -> bool:
    """Does text begin with a role ("Chi uỷ viên", "Trưởng thôn", or a scan's "Truong thon")?

    Read folded, so a family name that folds like a post ("Trương" like "trưởng", "Bàn" like
    "ban") stops a name. Only where a person is expected (after "đồng chí" or a title, or before
    the person's post: `expected`) does a first word written with other marks than the role's
    ("Trương", "Bàn", "Trường") begin no role: read so everywhere, in rounds 9 and 10, the names
    it recovered in other text cost false topics on the sealed test half."""
    folded = fold(text.lstrip())
    if not folded.startswith(_ROLE_STARTS):
        return False
    if not expected:
        return True
    first = text.split()[0]
    low = first.lower().replace("uỷ", "ủy")
    wanted = _ROLE_WORDS.get(fold(first))
    return wanted is None or low == wanted or low == fold(first)


# Words that make "Trường" before them a school, not a middle name ("… Trường Tiểu học").
_SCHOOL_KINDS = {"tieu", "mam", "mau", "trung", "dai", "cao", "pho", "thcs", "thpt", "th", "mn"}


_SURNAME_LIST = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Đào",
    "Mai",
    "Trịnh",
    "Lương",
    "Hà",
    "Lâm",
    "Tô",
    "Trương",
    "Cao",
    "Quách",
    "Tạ",
    "Chu",
    "Kiều",
    "Thái",
    "Lưu",
    "Phùng",
    "Vương",
    "Đoàn",
    "Nông",
    "Triệu",
    "Lại",
    "Châu",
    "Tăng",
    "Giang",
    "Khúc",
    "Âu",
    "La",
    "Mạc",
    "Tống",
    "Thân",
    "Nghiêm",
    "Hứa",
    "Doãn",
    "Lục",
    "Diệp",
    "Quan",
    "Khổng",
    "Ông",
    "Trình",
    "Bạch",
    "Hầu",
    "Phí",
    "Kim",
    "Ninh",
    "Lã",
    "Thạch",
    "Lò",
    "Tôn",
    "Văn",
    "Đàm",
    "Khuất",
    "Từ",
    "Hoa",
    "Viên",
    "Lăng",
    "Lư",
    "Chế",
    "Bế",
    "Ma",
    "Cù",
    "Nhữ",
    "Khương",
    "Mẫn",
    "Ung",
    "Sằm",
    "Hạng",
    # Surnames of the ethnic peoples of the north and the highlands (Lò Văn Sơn, Thào A Chớ,
    # Ksor H'Bla, Nay H'Linh, Y Bluk Mlô, Rơ Mah Khen, Siu Đăm, Rah Lan Thuel).
    "Vi",
    "Thào",
    "Vàng",
    "Cầm",
    "Sùng",
    "Giàng",
    "Lường",
    "Bàn",
    "Mùa",
    "Hờ",
    "Lầu",
    "Tòng",
    "Quàng",
    "Điêu",
    "Sầm",
    "Mã",
    "Ksor",
    "Nay",
    "Rah",
    "Siu",
    "Rơ",
    "Kpă",
    "Y",
    "H",
    "Êban",
    "Niê",
    "Byă",
    "Rcom",
    # Of the Thái, the Tày and the Khơ Mú (Lô Văn Thắm, Lộc Văn Thu, Moong Văn Xón).
    "Lô",
    "Lộc",
    "Moong",
]
SURNAMES = frozenset(fold(s) for s in _SURNAME_LIST)
_MARKED_SURNAMES = frozenset(s.lower() for s in _SURNAME_LIST)


# Titles written before a name: professional ("BSCKI. Võ Thanh Vân", "ThS. Lê An", "ĐD. Hạnh",
# "Bác sĩ …", "Kỹ sư …"), military and police ranks ("Thiếu tá Thào Nguyên Hồ", "Thượng úy QNCN Vàng
# A Chớ", "Đại úy …") and the words a school or a village puts before a person ("Cô Ngô Thị Thanh
# Tuyền", "Thầy …", "anh Lý Thanh Thoại", "Ông …", "Bà …"). What follows such a title is a person,
# whatever the family name (see `_titled`).
_RANK = r"(?:(?:Thiếu|Trung|Thượng|Đại)\s+(?:úy|uý|tá|tướng)|(?:Hạ|Trung|Thượng)\s+sĩ|Binh\s+(?:nhất|nhì))"
_PROFESSION = (
    r"(?:Bác\s+sĩ|Y\s+sĩ|Y\s+tá|Điều\s+dưỡng|Dược\s+sĩ|Thạc\s+sĩ|Tiến\s+sĩ|Kỹ\s+sư|Kĩ\s+sư|"
    r"Luật\s+sư|Cô\s+giáo|Thầy\s+giáo|Già\s+làng)"
)
_KIN = r"(?:Cô|Thầy|Anh|Chị|Ông|Bà)"
_TITLE = re.compile(
    r"^\s*(?:(?:BSCK\s?I{1,2}|BSNT|BS|ThS|TS|PGS\.?\s?TS|GS|ĐD|KTV|DS|CN|KS|YS|NHS|NGƯT|NGND|LS)"
    rf"(?:\.\s*|\s+)|(?:Lương y|(?i:{_RANK}(?:\s+QNCN)?|{_PROFESSION}|{_KIN}))\s+)+"
)
# A name written by its initials and given name ("N.T.Hương", "T. V. Nam").
_INITIALS = re.compile(r"^(?:[A-ZĐ]\.\s?){1,3}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$")


def _strip_title(text: str) -> tuple[str, bool]:
    """text without the titles and ranks it starts with, and whether it had any. A title counts
    only before a capitalised word ("Cô Ngô Thị Thanh Tuyền", not "anh chuẩn bị")."""
    match = _TITLE.match(text)
    if not match or not text[match.end() :][:1].isupper():
        return text, False
    after = text[match.end() :]
    if re.fullmatch(rf"\s*(?:(?i:{_KIN})\s+)+", match.group(0)):
        # "Cô", "Anh", "Ông" only before a family name: "Cô Ngô Thị Tuyền", not "Anh Hùng".
        first = re.match(r"[^\s,;()'’]+", after)
        if not first or fold(first.group(0)) not in SURNAMES:
            return text, False
    return after, True


def _titled(text: str) -> bool:
    """True when text starts with a title or a rank that says a person's name follows."""
    return _strip_title(text)[1]


# The prefix of a name of the peoples of the highlands written apart from the rest ("H' Ngok
# Êban", "Y Khem Mlô" needs none): one capital and an apostrophe.
_SPACED_PREFIX = re.compile(r"[A-ZĐ]['’]")


# The same prefix whose apostrophe a copy lost ("HLinh" for "H'Linh"): no Vietnamese word is
# written so, and an abbreviation is in capitals throughout ("HĐND").
def _lost_apostrophe(word: str) -> bool:
    return (
        len(word) > 2
        and word[0] == "H"
        and word[1].isupper()
        and word[2:].isalpha()
        and word[2:].islower()
    )


def _name_words(text: str, expected: bool = False) -> tuple[list[str], str]:
    """Capitalised words at the start of text (a name) and what follows them. Where a person is
    expected (`_role_starts`), a family name that folds like a post begins a name ("Đ/c Trương
    Thị Mỹ Linh"), and a middle name that does goes on with it ("Nguyễn Trường Chinh")."""
    words: list[str] = []
    rest = _strip_title(text)[0]
    while len(words) < 5:
        match = re.match(r"\s*((?:[A-ZĐ]\.\s?){1,3}[^\s,;()\-–—:/.]+|[^\s,;()\-–—:/]+)", rest)
        if not match:
            break
        word = match.group(1)
        if not words and _INITIALS.match(word):
            if rest[match.end() :].lstrip()[:1].islower():
                break  # "P.Hiệu trưởng": a post abbreviated, not a name
            words.append(word)  # "N.T.Hương": the whole name in one word
            rest = rest[match.end() :]
            break
        if _lost_apostrophe(word):
            word = word[0] + "'" + word[1:]  # "Nay HLinh": a PDF's copy of "Nay H'Linh"
        parts = re.split(r"['’]", word)  # Siu H'Mai, Ksor H’Bia
        if _SPACED_PREFIX.fullmatch(word) and re.match(r"\s+[A-ZĐÀ-Ỹ]", rest[match.end() :]):
            parts = [word[0]]  # "H' Ngok Êban", "K' Brěh": the prefix written apart
        if not all(part[:1].isupper() and (part[1:].islower() or len(part) == 1) for part in parts):
            break
        if words and _role_starts(rest, expected and _name_goes_on(rest[match.end() :])):
            break
        if len(words) >= 3 and fold(word) in SURNAMES and _more_capitals(rest[match.end() :], 2):
            break  # "Quách Văn Hòa Bùi Văn Thanh": two names whose line break was lost
        if not words and (
            _role_starts(rest, expected and _family(word, marks=True))
            or _POST.match(rest.lower().replace("uỷ", "ủy"))
        ):
            break  # "Chánh Văn phòng": a post, not a name
        words.append(word)
        rest = rest[match.end() :]
    return words, rest


def _name_goes_on(text: str) -> bool:
    """Is the word after a middle name that folds like a post ("Nguyễn Trường | Chinh") a name's
    own, not the kind of a school ("Trường | Tiểu học")?"""
    match = re.match(r"\s+([^\s,;()\-–—:/.]+)", text)
    word = match.group(1) if match else ""
    return _capitalised(word) and not _is_abbreviation(word) and fold(word) not in _SCHOOL_KINDS


def _more_capitals(text: str, count: int) -> bool:
    """True when the next `count` words, right after text's start with nothing but spaces between
    them, are capitalised (a second name run on), not words after a bracket or a comma."""
    match = re.match(r"(?:\s+[^\s,;()\-–—:/]+){" + str(count) + "}", text)
    words = match.group(0).split() if match else []
    return len(words) == count and all(w[:1].isupper() and w[1:].islower() for w in words)


def _role(rest: str) -> str:
    rest = re.split(r";|\s+và\s+", rest, maxsplit=1)[0]
    return rest.strip(" -–—,:.()").strip()


# Between two people: a comma, a semicolon, "và", a dash, a plus or a line break.
_BETWEEN = re.compile(r"\s*(?:[,;\n]|\s+và\s+|\s+[-–—+]\s+)\s*")
# What a field writes before its people ("Chủ trì: …", "người chuẩn bị: …", "phụ trách: …").
_LABEL = re.compile(
    r"^\s*(?:người\s+)?(?:chủ\s+trì|chuẩn\s+bị|phụ\s+trách|báo\s+cáo(?:\s+viên)?|trình\s+bày|"
    r"đề\s+dẫn|dẫn\s+đề|tham\s+luận)\s*:\s*",
    re.IGNORECASE,
)


def _parts(chunk: str) -> list[str]:
    """The chunk cut where one person ends (_BETWEEN), but not inside brackets: "Nguyễn Hoàng
    Phúc (chủ trì, chuẩn bị)", "Phạm Thị Thu Hà (Bí thư, Hiệu trưởng) và Nguyễn Thị Lệ"."""
    parts: list[str] = []
    start = 0
    for match in _BETWEEN.finditer(chunk):
        before = chunk[: match.start()]
        if before.count("(") > before.count(")"):
            continue
        parts.append(chunk[start : match.start()])
        start = match.end()
    parts.append(chunk[start:])
    return parts


# Offices a plan writes before the name of the one who holds it, with no comma between ("Bí thư
# Chi bộ Vương Văn Đoàn", "Trưởng ấp Võ Văn Hậu", "Chánh Văn phòng Bùi Hoa Thám", "Chi hội trưởng
# Phụ nữ Nguyễn Thị Thu Hà", "Công an viên Lê Văn Hùng"); matched on the lower-cased text.
_POST = re.compile(
    r"\s*(?:(?:phó\s+)?bí\s+thư|(?:chi|đảng)\s+ủy\s+viên|ủy\s+viên|(?:phó\s+)?hiệu\s+trưởng"
    r"|(?:phó\s+)?trưởng\s+\S+|(?:phó\s+)?chánh\s+văn\s+phòng|phó\s+văn\s+phòng"
    r"|(?:phó\s+)?chánh\s+thanh\s+tra|chỉ\s+huy\s+(?:trưởng|phó)|chuyên\s+viên|đảng\s+viên"
    r"|(?:phó\s+)?(?:tổng\s+)?giám\s+đốc|(?:phó\s+)?chủ\s+(?:tịch|nhiệm)"
    r"|(?:tổ|chi\s+hội|hội|đội|trạm|đồn|thôn|ấp|bản|khoa|xã\s+đội|điều\s+dưỡng|kế\s+toán)"
    r"\s+(?:trưởng|phó)"
    r"|công\s+an\s+viên|kế\s+toán|thủ\s+quỹ|tổng\s+phụ\s+trách(?:\s+đội)?|thư\s+ký"
    r"|chính\s+trị\s+viên|thủ\s+trưởng|giáo\s+viên|nhân\s+viên)(?=[\s,(:]|$)"
)
# Words after which a capitalised run names a place or a body, not a person ("Hiệu trưởng Trường
# Tiểu học Lê Văn Tám", "Bí thư Đảng ủy xã Hà Lâm", "Chánh Văn phòng Huyện ủy Mai Sơn").
_PLACE_BEFORE = {
    "trường", "học", "non", "giáo", "thôn", "ấp", "bản", "buôn", "bon", "làng", "xóm", "khu",
    "khóm", "phố", "phường", "xã", "huyện", "quận", "tỉnh", "trấn", "đường", "ủy", "uỷ", "số",
    "lớp", "sở", "plei", "sóc",
}  # fmt: skip


# Levels of a body written before its holder's name ("Chủ tịch UBND xã Hà Văn Lâm", "Phó Bí thư
# Đảng ủy Lê Thị Hoa"), and the middle names that tell a person from a place after them ("xã Hà
# Lâm" is a commune).
_VILLAGE_UNITS = {"thôn", "ấp", "bản", "buôn", "bon", "làng", "xóm", "khu", "khóm", "sóc", "tổ"}
_LEVELS = {"xã", "phường", "trấn", "huyện", "quận", "tỉnh", "ủy", "uỷ"}
_MIDDLE = {"văn", "thị", "đình", "hữu", "bá", "trọng", "tấn"}


def _begins_name(tokens: list[str], run: int, j: int, end: int) -> bool:
    """Can a name begin at tokens[j], in the capitalised run tokens[run:end] after a post? Not
    after an abbreviation ("UBND"), nor after a word that makes the run a place or a body
    ("Trường Tiểu học Lê Văn Tám", "xã Hà Lâm"), unless that word is a level and the name has
    a middle name ("Chủ tịch UBND xã Hà Văn Lâm")."""
    if not j:
        return True
    before = tokens[j - 1]
    if _is_abbreviation(before):
        return False
    if before.lower() in _PLACE_BEFORE:
        if j >= 2 and fold(tokens[j - 2]) + " " + fold(before) == "dang uy" and end - j >= 3:
            # "Chánh Văn phòng Đảng ủy Lê Quang Tùng": a party committee's place is written
            # after its level ("Đảng ủy xã Hà Lâm"), so three capitalised words name its officer.
            return True
        return before.lower() in _LEVELS and end - j >= 3 and tokens[j + 1].lower() in _MIDDLE
    return not (run and run < j and tokens[run - 1].lower() in _PLACE_BEFORE)


def _capitalised(word: str) -> bool:
    parts = [p for p in re.split(r"['’]", word) if p] if _SPACED_PREFIX.fullmatch(word) else None
    parts = parts if parts is not None else re.split(r"['’]", word)
    return all(p[:1].isupper() and (p[1:].islower() or len(p) == 1) for p in parts)


def _after_post(part: str) -> tuple[str, str] | None:
    """(name, post) when the part is an office and then the name of the one who holds it; the
    name is a known family name and one to four more capitalised syllables, ending the part or
    followed by a bracket, a comma or small words ("… Nguyễn Khải quán triệt"). None when the
    part is no office or no name follows it (an office alone names no one here)."""
    post = _POST.match(part.lower().replace("uỷ", "ủy"))
    if not post:
        return None
    tail = part[post.end() :]
    stop = re.search(r"\s[-–—]\s|[(,;:]", tail)
    tokens = (tail[: stop.start()] if stop else tail).split()
    if len(tokens) < 2:
        return None
    capital = [_capitalised(t) and not _is_abbreviation(t) for t in tokens]
    # "Trưởng thôn Hà Nam": after a post of a village, two words may be the village's name; a
    # person there is written with three or more ("Trưởng ấp Võ Văn Hậu").
    unit = post.group(0).split()[-1] in _VILLAGE_UNITS
    i = 0
    while i < len(tokens) and i <= 7:
        if not capital[i]:
            i += 1
            continue
        end = i
        while end < len(tokens) and capital[end]:
            end += 1
        starts = [
            j
            for j in range(i, end)
            if _family(tokens[j], marks=True)
            and (3 if j == 0 and unit else 2) <= end - j <= 5
            and _begins_name(tokens, i, j, end)
        ]
        # "Chủ nhiệm Đoàn Luật sư", "Bí thư Đoàn Thanh niên": a body ("Đoàn") whose name goes on
        # in small letters, not the family name Đoàn.
        starts = [
            j for j in starts
            if not (fold(tokens[j]) == "doan" and end - j == 2 and end < len(tokens)
                    and tokens[end][:1].islower())
        ]  # fmt: skip
        short = [j for j in starts if end - j <= 4]
        if not starts and tokens[i] == "A" and end - i in (2, 3) and not i:
            short = [i]  # "Trưởng thôn A Đram": a name of the Xơ Đăng or the Ba Na
        if short or starts:
            j = (short or starts)[0]
            return " ".join(tokens[j:end]), " ".join([part[: post.end()].strip(), *tokens[:j]])
        i = end
    return None


def _is_abbreviation(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_name(words: list[str], marked: bool) -> bool:
    """Two to five capitalised words: a name when it starts with a surname, or after 'đồng chí' or
    a title (where a name need not be a Kinh one: Rơ Mah Blơn, Siu H'Mai). A name in initials
    ("N.T.Hương") is one word."""
    if len(words) == 1 and _INITIALS.match(words[0]):
        return True
    return 2 <= len(words) <= 5 and (marked or _family(words[0]))


def _family(word: str, marks: bool = False) -> bool:
    """Is the word a known family name (or the prefix "H'" of a name of the highlands)? With
    marks, written with the family name's own marks or with none (a scan's "Nguyen"): "Trường"
    is not "Trương"."""
    folded = fold(word).rstrip("'")
    if not marks or folded not in SURNAMES:
        return folded in SURNAMES
    low = word.lower().rstrip("'’")
    return low == folded or low in _MARKED_SURNAMES


# Posts a people cell abbreviates ("Đ/c BT: Lộc Văn Thu", "CUV Lô Văn Thắm", "đ/c Hạnh (BT)",
# "Vi Văn Hùng ĐV Moong Văn Xón"), read as written out; the plan's own key to them says the same
# ("BT - Bí thư Chi bộ; PBT - Phó Bí thư; CUV - Chi ủy viên").
_POST_ABBREVIATIONS = {
    "BT": "Bí thư", "PBT": "Phó Bí thư", "CUV": "Chi ủy viên", "ĐUV": "Đảng ủy viên",
    "ĐV": "Đảng viên",
}  # fmt: skip
_ABBREVIATED_POST = re.compile(
    r"(?<![\w/.])(" + "|".join(_POST_ABBREVIATIONS) + r")(?![\w/.])(?=\s*[:()]|\s+[^\W\d_]|\s*$)"
)


def _posts_written_out(text: str) -> str:
    return _ABBREVIATED_POST.sub(lambda m: _POST_ABBREVIATIONS[m.group(1)], text)


def _named_post(part: str) -> tuple[str, str, str] | None:
    """(name, post, rest) when a part is a post and then the name of the one who holds it after
    a colon or in brackets: "Bí thư: Lộc Văn Thu (chủ trì)", "Phó Bí thư (Trần Thị Kim Loan)",
    "Bí thư Chi bộ (Huỳnh Thị Mỹ Hạnh)". A bracket must hold the name alone."""
    post = _POST.match(part.lower().replace("uỷ", "ủy"))
    if not post:
        return None
    end = post.end()
    cell = re.match(r"\s+chi\s+bộ\b", part[end:], re.IGNORECASE)  # the cell's own post
    end += cell.end() if cell else 0
    sep = re.match(r"\s*([:(])\s*", part[end:])
    if not sep:
        # A longer post, then its holder in brackets: "Phó Bí thư Thường trực Đảng ủy (Hồ Văn
        # Lợi)"; the words before the bracket name no one themselves.
        longer = re.match(r"(?:\s+[^\s():;,]+){1,8}?(\s*\(\s*)", part[end:])
        if not longer or _after_post(part[: end + longer.start(1)]):
            return None
        end += longer.start(1)
        sep = re.match(r"\s*([:(])\s*", part[end:])
        if not sep:
            return None
    words, rest = _name_words(part[end + sep.end() :], True)
    if len(words) < 2 or not _is_name(words, True):
        return None
    if sep.group(1) == "(" and not rest.lstrip().startswith(")"):
        return None
    return " ".join(words), part[:end].strip(), rest.strip(" )")


def _title_cased(chunk: str) -> str:
    """A name written in capitals after "đồng chí" ("Đ/c NGUYỄN VĂN AN – Bí thư") in the case
    of a name; only a run of two to five words that begins with a family name."""
    words = chunk.split(" ")
    lead = 0
    while lead < len(words) and lead < 5 and _caps_word(words[lead]):
        lead += 1
    if lead < 2 or fold(words[0]) not in SURNAMES:
        return chunk
    if fold(words[0]) in ("doan", "ban") and fold(words[1]) not in ("van", "thi"):
        return chunk  # "ĐOÀN THANH NIÊN", "BAN CHI ỦY": a body, not Đoàn or Bàn
    cased = ["'".join(p[:1] + p[1:].lower() for p in re.split(r"['’]", w)) for w in words[:lead]]
    return " ".join([*cased, *words[lead:]])


def _caps_word(word: str) -> bool:
    letters = word.replace("'", "").replace("’", "")
    return (
        len(letters) >= 1 and letters.isalpha() and letters.isupper()
        and word not in _POST_ABBREVIATIONS
    )  # fmt: skip


# What joins one person to the next at a chunk's end ("Trần Văn Nam; Cùng đ/c Mai", "A và"):
# a word of the list, no role of the person before it.
_CONNECTIVE_END = re.compile(
    r"(?:(?:[\s,;+]+|^)(?i:và|cùng(?:\s+với)?|với))+\s*$|(?:\s+và|[,;+])\s*$"
)


def _bare_names(text: str) -> bool:
    """Is a field a bare list of full names and nothing else ("Trương Văn Hải, Bàn Thị Mai"):
    each part two to five capitalised words from a family name written with its own marks, and
    one that folds like a post ("Trương", "Bàn") followed by a middle name ("Văn", "Thị")? Its
    parts are then people where a person is expected."""
    parts = [p.strip() for p in _parts(text) if p.strip()]
    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= 5 or not all(_capitalised(w) for w in words):
            return False
        if not _family(words[0], marks=True) or _is_abbreviation(words[0]):
            return False
        if _role_starts(part) and (
            _role_starts(part, True) or len(words) < 3 or words[1].lower() not in _MIDDLE
        ):
            return False
    return bool(parts)


def _people_in(chunk: str, marked: bool, written: str, every: bool = False) -> list[Person]:
    """The people of a chunk: a name, its role, and any more names the list goes on with
    ('Nguyễn Văn An, Trần Thị Bình', 'Nguyễn Văn An - Trần Thị Bình', 'A, Phó Bí thư'); with
    `every`, each part of the list is a person where one is expected (a bare list of names)."""
    people: list[Person] = []
    chunk = _CONNECTIVE_END.sub("", chunk.strip(" .;,+")).strip()
    parts = [_title_cased(_LABEL.sub("", part)) for part in _parts(chunk)]
    for index, part in enumerate(parts):
        if not part:
            continue
        named = _named_post(part)
        if named:
            people.append(Person(named[0], named[1], part.strip()))
            then = _after_post(named[2])  # "Phó Bí thư: Vi Văn Hùng Đảng viên Moong Văn Xón"
            if then and named[2].startswith(then[1]):
                people.append(Person(then[0], then[1], part.strip()))
            continue
        posted = _after_post(part)
        if posted:
            people.append(Person(posted[0], posted[1], part.strip()))
            continue
        titled = _titled(part)
        # After the first person, a part is another person only when it looks like one by itself
        # ("đ/c Lê Phương Trang, Chánh Văn phòng": the second part is her post).
        this_marked = titled or (marked and not people) or every
        words, rest = _name_words(part, this_marked or _post_follows(part, parts[index + 1 :]))
        if _is_name(words, this_marked):
            following, after = _name_words(rest)
            while _is_name(following, False):  # a second name run on without a break
                people.append(Person(" ".join(words), "", part.strip()))
                words, rest, (following, after) = following, after, _name_words(after)
            then = _after_post(rest.strip())  # "Vi Văn Hùng Đảng viên Moong Văn Xón"
            if then and rest.strip().startswith(then[1]):
                people.append(Person(" ".join(words), "", part.strip()))
                people.append(Person(then[0], then[1], part.strip()))
                continue
            people.append(Person(" ".join(words), _role(rest), part.strip()))
        elif people and not people[-1].role_note and part[:1].isupper():
            people[-1].role_note = _role(part)
        elif (not people and marked or titled) and words:
            people.append(Person(" ".join(words), _role(rest), part.strip()))
    if len(people) == 1:
        people[0].text = written
    return people


def _post_follows(part: str, following: list[str]) -> bool:
    """Is the part a name with its holder's post after it, in brackets or in the next part
    ("Trương Thị Phương Lan – Chi ủy viên", "Bàn Văn Phúc (Trưởng thôn)"): a person, there?"""
    words, rest = _name_words(part, True)
    after = rest.strip(" ()")
    if not after and following:
        after = following[0].strip(" ()")
    if not words or not after:
        return False
    return bool(_POST.match(after.lower().replace("uỷ", "ủy")))


def _is_post_alone(text: str) -> bool:
    """Is the text an office and nothing else ("Phó Bí thư Chi bộ", "Chi ủy viên phụ trách công
    tác đảng, công tác chính trị"): a post first, no other person after it, a dozen words at
    most?"""
    if not text or len(text.split()) > 12 or re.search(r"[;:\d()]", text):
        return False
    words = text.split()
    pairs = zip(words, words[1:], strict=False)
    if any(_family(a, marks=True) and _capitalised(b) for a, b in pairs):
        return False  # a name may be in it ("Trưởng thôn Hà Nam"): not an office alone
    return bool(_POST.match(text.lower().replace("uỷ", "ủy")))


# Posts many hold, which name no one person ("Đảng viên trong chi bộ", "giáo viên chủ nhiệm").
_MANY_HOLD = re.compile(r"^(?:các\s+|toàn\s+thể\s+)?(?:đảng|giáo|nhân|chuyên)\s+viên\b")


def names_an_office(role: str) -> bool:
    """Is a nameless person's note one office that one person holds ("Phó Bí thư Chi bộ",
    "Chi ủy viên phụ trách công tác đảng"), which the plan's own list of its chi ủy may name
    (name_from_plan), not a body of many ("Đảng viên trong chi bộ")?"""
    role = _posts_written_out(role.strip(" .;,:-–"))
    return _is_post_alone(role) and not _MANY_HOLD.match(role.lower())


def parse_people(text: str) -> list[Person]:
    """Everyone named in a presenter field, in order; a role alone gives a nameless Person."""
    text = _posts_written_out(" ".join(text.split()).strip(" .;"))
    if not text:
        return []
    # A label inside the field begins another person: "Chủ trì: … Chuẩn bị: …" stacked in a cell.
    text = re.sub(
        r"(?<=[^\s;:,])\s+(?=(?:người\s+)?(?:chủ\s+trì|chuẩn\s+bị|phụ\s+trách)\s*:)",
        "; ",
        text,
        flags=re.IGNORECASE,
    )
    people: list[Person] = []
    marks = list(_HONORIFIC.finditer(text))
    if marks:
        # People before the first "đồng chí" ("Trưởng ấp Lê Văn Đồng (chủ trì); Đ/c …").
        head = text[: marks[0].start()]
        if head.strip(" ,;:.-–"):
            before = [p for p in _people_in(head, False, head.strip(" ,;")) if p.name]
            post = head.strip(" ,;:.-–+")
            if not before and _is_post_alone(post):
                # "Phó Bí thư Chi bộ; đ/c A – Trung đội trưởng": the office is a person too,
                # named later from the plan's own list (name_from_plan).
                before = [Person("", post, post)]
            people += before
        for i, mark in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
            chunk = _title_cased(text[mark.end() : end])
            if not chunk.strip(" ,;:.-–"):  # "đồng chí đ/c An": the marks repeat, one person
                continue
            written = text[mark.start() : end].strip(" ,;")
            written = re.sub(r"(?:,|;|\+|\bvà)\s*$", "", written).strip()
            found = _people_in(chunk, True, written)
            if not found:
                words, rest = _name_words(chunk, True)
                found = [Person(" ".join(words), _role(rest), written)]
            people.extend(found)
        return people
    # No "đồng chí": a list of bare names ("Nguyễn Văn An, Trần Thị Bình") or just a role.
    people = _people_in(text, False, text, every=_bare_names(text))
    return people or [Person("", text, text)]


def looks_like_name(text: str) -> bool:
    words, rest = _name_words(text.strip())
    return _is_name(words, _titled(text.strip())) and not rest.strip()


# The verb a clause about who prepares ends with ("… chuẩn bị.", "… trình bày").
_CLAUSE_VERB = re.compile(
    r"\s+(?:chuẩn\s+bị|trình\s+bày|báo\s+cáo|đề\s+dẫn|dẫn\s+đề|quán\s+triệt|thực\s+hiện|"
    r"phụ\s+trách|tham\s+luận|chủ\s+trì)\b.*$",
    re.IGNORECASE | re.DOTALL,
)


def named_in_clause(clause: str) -> list[Person]:
    """The people a clause names by their post or title with no "đồng chí" ("Chánh Văn phòng
    Trần Thị Minh Nguyệt chuẩn bị.", "Bác sĩ Lê Thị Ngọc Bích chuẩn bị và trình bày", "Trưởng
    ban Kiểm tra Phạm Văn Lực + Phó Bí thư Bùi Hoa Thám"). Every person of the clause must be
    written so (a post then a name, or a title then a name), else it names no one: "Chi ủy chuẩn
    bị", "Bí thư Chi bộ chủ trì" and a sentence that goes on give []."""
    text = _CLAUSE_VERB.sub("", " ".join(clause.split()).strip(" .;,:")).strip(" .;,")
    people: list[Person] = []
    held: list[str] = []
    for part in _parts(text):
        part = _LABEL.sub("", part).strip()
        posted = _after_post(part)
        words, rest = _name_words(part)
        if posted and not rest.strip(" ()"):
            people.append(Person(posted[0], posted[1], part))
        elif _titled(part) and _is_name(words, True) and not rest.strip():
            people.append(Person(" ".join(words), "", part))
        elif posted:
            name_end = part.rfind(posted[0]) + len(posted[0])
            if part[name_end:].strip(" ") and not part[name_end:].lstrip().startswith("("):
                return []  # the name goes on into a sentence
            people.append(Person(posted[0], posted[1], part))
        elif _POST.match(part.lower().replace("uỷ", "ủy")) and len(part.split()) <= 6:
            # A post alone is the post of the person next to it: "Trưởng thôn A Đram, Bí thư Chi
            # bộ", "Bí thư Chi bộ, Trưởng ấp Lê Văn Đồng".
            if people:
                people[-1].role_note += ", " + part
            else:
                held.append(part)
            continue
        else:
            return []
        if held:
            people[-1].role_note = ", ".join([*held, people[-1].role_note]).strip(", ")
            held = []
    return people


# -- matching to members ---------------------------------------------------------------


@dataclass
class Match:
    """`name` as written, the member it matched (or None), how sure (0–1) and how."""

    name: str
    member: Any = None
    confidence: float = 0.0
    method: str = "none"  # "exact", "folded", "given_family", "given", "ambiguous", "none"
    candidates: list[Any] = field(default_factory=list)


def _full_name(member: Any) -> str:
    return str(getattr(member, "full_name", member))


def match_people(names: Iterable[str], members: Sequence[Any]) -> list[Match]:
    """Match each written name to a member: exact full name, then the same name without
    diacritics, then family + given name, then a given name written alone.

    `members` are Member objects (anything with `full_name`) or plain strings. A name that
    fits several members is 'ambiguous': no member, the candidates listed for a person to pick.
    """
    index = [(m, _full_name(m), fold(_full_name(m))) for m in members]
    matches: list[Match] = []
    for name in names:
        name = " ".join(name.split())
        folded = fold(name)
        family, _, given = split_name(folded)
        steps: list[tuple[str, float, list[Any]]] = [
            ("exact", 1.0, [m for m, full, _ in index if full.lower() == name.lower()]),
            ("folded", 0.9, [m for m, _, f in index if f == folded]),
        ]
        if family:
            steps.append(
                (
                    "given_family",
                    0.7,
                    [m for m, _, f in index if split_name(f)[::2] == (family, given)],
                )
            )
        else:
            steps.append(("given", 0.5, [m for m, _, f in index if split_name(f)[2] == given]))
        match = Match(name)
        for method, confidence, found in steps:
            if not folded or not found:
                continue
            if len(found) == 1:
                match = Match(name, found[0], confidence, method)
            else:
                match = Match(name, None, 0.0, "ambiguous", found)
            break
        matches.append(match)
    return matches


# -- a preparer named by office --------------------------------------------------------


def _posts(role: str) -> set[str]:
    """The posts a role note holds, folded ("Bí thư Chi bộ, Trưởng thôn" → {"bi thu", "truong
    thon"}); "Chi bộ" after a post is the cell's own and dropped ("Phó Bí thư Chi bộ" = "Phó Bí
    thư"), and so are a bracket ("Bí thư (chủ trì)") and the duty a post goes on with ("Chi ủy
    viên phụ trách văn hóa")."""
    posts = set()
    role = re.sub(r"\([^()]*\)?", " ", _posts_written_out(role))
    for part in re.split(r"\s*(?:[,;]|\bkiêm\b|\bvà\b)\s*", role.strip(" .()")):
        post = _POST.match(part.lower().replace("uỷ", "ủy"))
        if post and re.fullmatch(r"(?:\s+[a-zđà-ỹ]+)+", part[post.end() :]):
            part = part[: post.end()]  # the post and then its duty, in small letters
        folded = re.sub(r"\s+chi bo$", "", fold(part).strip(" .-–—"))
        if folded:
            posts.add(folded)
    return posts


# A line of a list of people without "đồng chí": its number or mark ("1.", "-", "+").
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}\s*[.)/]|[-–+•*])?\s*")


def roster(lines: Iterable[str]) -> list[Person]:
    """The people a plan lists with their posts ("1. Đồng chí Nguyễn Văn Thịnh – Bí thư Chi bộ,
    Trưởng thôn.", "- Nguyễn Văn Thịnh: Bí thư Chi bộ"), to name the preparers it gives only
    by office or by their given name."""
    people: list[Person] = []
    for line in lines:
        for mark in _HONORIFIC.finditer(line):
            words, rest = _name_words(_title_cased(line[mark.end() :]), True)
            post = re.match(r"\s*[-–—,:(]\s*([^()]+?)\s*(?:[().;]|$)", rest)
            if _is_name(words, True) and post:
                people.append(Person(" ".join(words), post.group(1), line.strip()))
        if _HONORIFIC.search(line):
            continue
        # A bare name at the start of a line, with a post after it.
        start = _LIST_MARK.match(line)
        words, rest = _name_words(line[start.end() if start else 0 :])
        post = re.match(r"\s*[-–—,:(]\s*([^()]+?)\s*(?:[().;]|$)", rest)
        if _is_name(words, False) and post and _POST.match(post.group(1).lower()):
            people.append(Person(" ".join(words), post.group(1), line.strip()))
    return people


def _full_names(lines: Sequence[str], presenters: Iterable[Person]) -> list[str]:
    """The full names a plan writes: after "đồng chí" or a title, a line that is a name alone
    (the signer, the author of a message: "[06/01/2025 20:15] Nguyễn Thị Bích Hạnh:"), and the
    presenters' own."""
    names = [p.name for p in presenters if _is_full(p.name)]
    for line in lines:
        for mark in _HONORIFIC.finditer(line):
            words, _ = _name_words(_title_cased(line[mark.end() :]), True)
            names.append(" ".join(words))
        alone = re.sub(r"^\s*\[[^\]]{4,30}\]\s*", "", line).strip(" :.;,")
        if alone and looks_like_name(alone):
            names.append(alone)
    return [n for n in names if _is_full(n)]


def _is_full(name: str) -> bool:
    """A name with its family name: two to five words, the first a family name."""
    words = name.split()
    return 2 <= len(words) <= 5 and _family(words[0])


def _key(text: str) -> str:
    """A name compared with its marks (Hương is not Hường), whatever the case or the place of
    the tone mark ("Thuý" = "Thúy")."""
    return " ".join(_low(text).split())


def person_key(name: str) -> str:
    """What tells two people of one field apart: the folded name, but a given name written
    alone keeps its marks ("đ/c Hường, đ/c Hương" are two people)."""
    return _key(name) if _given_only(Person(name)) else fold(name)


# A given name written after a word of address ("cô Lan", "thầy Nam", "anh Hùng").
_ADDRESSED = re.compile(r"^(?:cô|thầy|anh|chị|ông|bà)\s+(\S.*)$", re.IGNORECASE)


def _given_only(person: Person) -> str:
    """The given name a person is written by alone ("đ/c Hường", "đ/c Bích Hạnh", "cô Ngọc"),
    or ""."""
    name = person.name
    if not name:
        addressed = _ADDRESSED.match(person.role_note.strip())
        name = addressed.group(1).strip(" .;,") if addressed else ""
    words = name.split()
    if not words or len(words) > 2 or _INITIALS.match(name):
        return ""
    if not all(_capitalised(w) for w in words):
        return ""
    if len(words) == 2 and _family(words[0]):
        return ""  # "Huỳnh Tho": a family name and a given name
    return name


def by_given_name(presenters: list[Person], full: Sequence[str]) -> list[Person]:
    """Presenters written by their given name alone named after the one full name of the plan
    that ends with it ("đ/c Hường" → "Đặng Thị Hường", "cô Ngọc" → "Trương Thị Bích Ngọc");
    left as they are when no full name or several end so. The marks count: "Hương" is not
    "Hường"."""
    named: list[Person] = []
    for person in presenters:
        given = _given_only(person)
        if given:
            tail = _key(given).split()
            holders = {
                _key(f): f for f in full
                if len(f.split()) > len(tail) and _key(f).split()[-len(tail) :] == tail
            }  # fmt: skip
            if len(holders) == 1:
                person = Person(holders.popitem()[1], person.role_note, person.text)
        named.append(person)
    return named


def name_from_plan(topics: Sequence[Any], lines: Sequence[Any]) -> None:
    """Presenters the plan gives only by office ("đ/c Phó Bí thư Chi bộ", "BT") or by their given
    name ("đ/c Hường", "cô Ngọc") named from what the plan writes elsewhere: its list of the chi
    ủy or of members, the people of its other topics, its signer. A person is named only when
    one person of the plan fits; the topics are `ParsedTopic`s, the lines `text.Line`s."""
    presenters = [p for t in topics for p in t.presenters]
    listed: list[Person] = []
    full: list[str] = []
    if any((not p.name and p.role_note) or _given_only(p) for p in presenters):
        texts: list[str] = []
        for line in lines:
            texts += [c for row in line.rows for c in row] if line.is_table else [line.text]
        listed, full = roster(texts), _full_names(texts, presenters)
    for topic in topics:
        people = name_by_post(by_given_name(topic.presenters, full), listed)
        # One person once, though two columns name them ("Người chuẩn bị" and "Người báo cáo").
        seen: set[str] = set()
        topic.presenters = []
        for person in people:
            key = person_key(person.name)
            if person.name and key in seen:
                continue
            seen.add(key)
            topic.presenters.append(person)
        if any(p.name for p in topic.presenters):
            # An office no one in the plan's lists holds, beside named people: it names no one
            # more (the topic merge kept it to be named here).
            topic.presenters = [p for p in topic.presenters if p.name]


def name_by_post(presenters: list[Person], listed: Sequence[Person]) -> list[Person]:
    """Presenters, each one written only as a post ("đ/c Phó Bí thư Chi bộ") named after the one
    person the plan lists with that post; left as it is when none or several hold it."""
    named: list[Person] = []
    for person in presenters:
        wanted = _posts(person.role_note) if not person.name else set()
        holders = {p.name for p in listed if wanted and wanted <= _posts(p.role_note)}
        if len(holders) == 1:
            person = Person(holders.pop(), person.role_note, person.text)
        named.append(person)
    return named
