"""The cell's and the committee's names, read from every place a plan writes them.

A plan names its cell in the header ("CHI BỘ TRƯỜNG TH VĨNH PHONG 4", sometimes wrapped over two
lines or shortened to "CB TRƯỜNG MN …"), in the title ("… CỦA CHI BỘ … NĂM 2024"), in the opening
sentence ("Thực hiện …, Chi bộ … xây dựng …"), in the body and in the signature ("T/M CHI BỘ …").
Each mention is cut by one grammar of where a name ends (`name_words`); the mentions are then
reconciled by a key that ignores case and diacritics (an OCR'd header agrees with a clean
sentence) and spells abbreviations out ("TH" = "Tiểu học"); the best-supported full name wins and
is written as the document writes it in mixed case. Only when every mention of it is in capitals
is it cased by the rule for names of agencies and organisations (`case_name`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from chibo.lib.vietnamese import fold

# Abbreviations of kinds of school and of bodies, spelled out for comparing two mentions.
ABBREVIATIONS = {
    "mn": "mam non",
    "mg": "mau giao",
    "th": "tieu hoc",
    "thcs": "trung hoc co so",
    "thpt": "trung hoc pho thong",
    "ptth": "pho thong trung hoc",
    "ptcs": "pho thong co so",
    "ptdtbt": "pho thong dan toc ban tru",
    "ptdtnt": "pho thong dan toc noi tru",
    "gdtx": "giao duc thuong xuyen",
    "gddt": "giao duc va dao tao",
    "gd&dt": "giao duc va dao tao",
    "th&thcs": "tieu hoc va trung hoc co so",
    "thcs&thpt": "trung hoc co so va trung hoc pho thong",
    "hdnd": "hoi dong nhan dan",
    "ubnd": "uy ban nhan dan",
    "mttq": "mat tran to quoc",
    "cp": "co phan",
    "tnhh": "trach nhiem huu han",
    "tp": "thanh pho",
    "tt": "thi tran",
    "cb": "chi bo",
    # Kinds of residential units, enterprises and bodies a header shortens ("CHI BỘ TDP 10",
    # "CHI BỘ DN AN KIM THIỆN", "CHI BỘ HTX …") while the running text spells them out.
    "tdp": "to dan pho",
    "kp": "khu pho",
    "kdc": "khu dan cu",
    "dn": "doanh nghiep",
    "htx": "hop tac xa",
    "bv": "benh vien",
    "ttyt": "trung tam y te",
    "cty": "cong ty",
    "vp": "van phong",
}
# Lower-case words after which a name does not go on: the verb or preposition of the sentence
# that names the cell ("Chi bộ thôn Tân Minh hiện có 21 đảng viên", "… năm 2026").
_STOPS = {
    "xây", "ban", "đề", "thống", "thực", "triển", "họp", "có", "hiện", "gồm", "là", "được",
    "đã", "sẽ", "đang", "tiếp", "quyết", "lãnh", "chỉ", "nhằm", "để", "về", "theo", "tại",
    "trong", "của", "cho", "với", "năm", "nhiệm", "giai", "quý", "tháng", "ngày", "đạt",
    "hoàn", "phấn", "luôn", "cùng", "như", "sau", "trước", "gửi", "báo", "kính", "căn", "khi",
    "vào", "từ", "đến", "tham", "đánh", "xếp", "tổng", "kết", "lập", "sinh", "kế", "chương",
    "nghị", "các", "những", "một", "mọi", "toàn", "thì", "đồng", "đầu", "nêu", "vững", "sạch",
    "hằng", "hàng", "định", "kỳ", "này", "do", "nên", "gọi", "đảng", "chi", "ủy", "uỷ",
    "bí", "phó", "đ/c", "trên", "dưới", "ra", "lại", "thường", "nhà", "lần", "thứ", "khóa",
    "khoá", "kiêm",
}  # fmt: skip
# Names of administrative units: after a complete name they qualify it (", xã Quý Lộc").
_ADMIN = {"xa", "phuong", "huyen", "quan", "tinh", "thi", "thanh"}
# Upper-case words that end a name read from a heading ("… NĂM 2024", "NHIỆM KỲ 2020 – 2025",
# "… VỀ …", "… NHƯ SAU"), each with the words that must follow it for it to end the name (None:
# any): a place may be called "Như Xuân", a committee "ĐẢNG BỘ XÃ … ĐẢNG CỘNG SẢN VIỆT NAM"
# runs into the Party's name on the same line.
_CAPS_STOPS: dict[str, tuple[str, ...] | None] = {
    "nhiệm": ("ky", "vu"), "giai": ("doan",), "xây": ("dung",), "như": ("sau", ""), "về": None,
    "đảng": ("bo", "uy", "cong", "vien", ""),
}  # fmt: skip
# The same read by a scan without its marks ("DANG CONG SAN VIET NAM" on the committee's line).
_CAPS_STOPS_UNMARKED = {fold(w): v for w, v in _CAPS_STOPS.items() if w != "về"}
# Capitalised words that begin another body in running text ("Chi bộ A thuộc Đảng bộ xã B"), when
# the word after them says so: "Chi Lăng" and "Đảng" alone are no body.
_BODY_NEXT = {"dang": ("bo", "uy", "vien", "cong"), "chi": ("bo", "uy", "doan", "hoi")}
# First words that are no cell's name: "Chi bộ Đảng", "Chi bộ Nhà trường", "Chi bộ Hoàn thành…".
_NOT_A_NAME = {"dang", "nha", "hoan", "trong", "vung", "chi", "sach", "cap", "moi", "ta"}
# Small first words of a field that are also verbs: a sentence's "Chi bộ vận động …" is no name.
_VERB_STARTS = {"van", "san", "kinh", "kham", "chua", "quan"}
# Words after which "XÂY DỰNG" names a trade or a department, not the verb of a sentence.
_BUILDS_AFTER = {"tu", "so", "lieu", "van", "ty", "nghiep"}
_PUNCT = ",.;:()“”\"'!?[]*…"
_DASHES = {"-", "–", "—"}


_OLD_PLACES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe",
               "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy",
               "uỵ": "ụy"}  # fmt: skip


def _low(text: str) -> str:
    """Lower case with the tone mark where the new spelling puts it ('hoà' = 'hòa', 'uỷ' = 'ủy'),
    marks kept: 'Trạch' is not 'trách'."""
    out = unicodedata.normalize("NFC", text.lower())
    for old, new in _OLD_PLACES.items():
        out = out.replace(old, new)
    return out


def key_of(words: Iterable[str]) -> tuple[str, ...]:
    """Folded words with abbreviations spelled out: 'Trường TH Vĩnh Phong 4' and
    'TRƯỜNG TIỂU HỌC VĨNH PHONG 4' have one key."""
    out: list[str] = []
    for word in words:
        folded = fold(word).replace(".", "").rstrip(",")
        if _is_dash(folded) or not folded:
            continue
        if folded not in ABBREVIATIONS and "&" in folded.strip("&"):
            # "TH&MG": two kinds joined, each spelled out ("Tiểu học – Mẫu giáo")
            parts = [ABBREVIATIONS.get(part, part) for part in folded.split("&") if part]
            folded = " ".join(parts)
        # The word joining two kinds ("và", "&", a dash) is left out: "Trường TH&MG Trà Tập",
        # "Trường Tiểu học và Mẫu giáo Trà Tập" and "Trường Tiểu học – Mẫu giáo Trà Tập" agree.
        out.extend(w for w in ABBREVIATIONS.get(folded, folded).split() if w not in ("va", "&"))
    return tuple(out)


def _is_dash(token: str) -> bool:
    """A dash between words, also as a scan reads it ("—-", "--")."""
    return bool(token) and all(c in "-–—" for c in token)


def _is_abbreviation(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _bare(token: str) -> tuple[str, bool]:
    """The word without surrounding punctuation, and whether punctuation after it ends the name."""
    stripped = token.strip(_PUNCT)
    if _is_dash(stripped) and stripped not in _DASHES:
        stripped = "–"  # a scan's "—-": the dash a name is written with
    if stripped.upper() in ("TP.", "TP") and token.endswith("."):
        return "TP.", False  # "TP. Hồ Chí Minh"
    after = token[len(token.rstrip(_PUNCT)) :]
    return stripped, bool(after) and after not in (")",)


def name_words(tokens: list[str], caps: bool) -> tuple[list[str], bool]:
    """The words of a name at the start of tokens, and whether it ran to the end of the tokens
    (a heading's name may go on onto the next line)."""
    words: list[str] = []
    pending: list[str] = []  # small words kept only when a capitalised word follows them

    def done(to_end: bool, closed: bool = True) -> tuple[list[str], bool]:
        """closed: the name ends at punctuation or at the end of the text, not at a verb; the
        small words before it then end the name too ("Trường Đại học Ngoại thương.")."""
        if pending and closed and words and len(pending) <= 2 and pending[-1] not in _DASHES:
            return words + pending, False
        if pending:
            return words + _phrase_tail(words, pending), False
        return words, to_end

    for index, token in enumerate(tokens):
        if token[:1] in '(“"[*':
            return done(False)
        bare, closes = _bare(token)
        if not bare or (bare not in _DASHES and not any(c.isalnum() for c in bare)):
            return done(False)  # "»", "|", "→": a web page's breadcrumb or a table's bar
        folded = fold(bare)
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token.endswith(":"):  # a label: "Số:", "Nơi nhận:"
            return done(False)
        if caps:
            if bare in _DASHES:
                pending.append(bare)
                continue
            if pending and pending[-1] in _DASHES and folded in _ADMIN and words:
                return done(False, closed=False)  # "PHƯỜNG 14 – QUẬN 6": the unit it is in
            if not bare.isupper() and not bare[:1].isdigit() and not _is_abbreviation(bare):
                return done(False)
            nxt = following.strip(_PUNCT)
            unmarked = _low(bare).replace("đ", "d") == folded  # a scan that lost the marks
            stop = _CAPS_STOPS.get(
                _low(bare), _CAPS_STOPS_UNMARKED.get(folded, ()) if unmarked else ()
            )
            if words and not pending and fold(words[-1]) in ("quan", "phong") and folded == "dang":
                stop = ()  # "CHI BỘ CƠ QUAN ĐẢNG ỦY XÃ", "VĂN PHÒNG ĐẢNG ỦY": the body it serves
            if words and not pending and fold(words[-1]) in _BUILDS_AFTER and folded == "xay":
                stop = ()  # "CÔNG TY CỔ PHẦN ĐẦU TƯ XÂY DỰNG", "SỞ XÂY DỰNG": a trade, no verb
            if (stop is None or fold(nxt) in stop) or (
                folded in ("nam", "quy", "thang") and re.match(r"\d|[IVX]+$|H[OỌ]C$", nxt)
            ):
                return done(False)
            if folded == "chi" and fold(following.strip(_PUNCT)) == "bo":
                return done(False)  # "ĐẢNG BỘ XÃ AN PHÚ – CHI BỘ THÔN ĐÔNG": the cell begins
            if bare.lower() == "số" and not re.match(r"\d", following):
                return done(False)
            words += pending + [bare]
            pending = []
        elif bare in _DASHES:
            if not words:
                return done(False)
            pending.append(bare)
            continue
        elif _capital(bare):
            inside = fold(words[-1]) in ("quan", "phong") if words and not pending else False
            body = fold(following.strip(_PUNCT)) in _BODY_NEXT.get(fold(bare), ())
            if words and body and not pending and not inside:
                return done(False)  # "Chi bộ X Đảng bộ xã Y": another body begins
            if pending and body:
                return done(False, closed=False)  # "Chi bộ A – Đảng bộ B", "… và Chi bộ B"
            words += pending + [bare]
            pending = []
        else:
            lower = bare.lower()
            if pending and pending[-1] in _DASHES:
                return done(False, closed=False)  # "thôn Đông Sơn - xã Quý Lộc"
            previous = _low((pending or words or [""])[-1])
            trade = _trade_follows(words + pending)
            if (lower in _STOPS and (previous, _low(bare)) not in _PAIRS) or len(pending) >= (
                6 if trade else 4
            ):
                return done(False, closed=False)
            if pending and not trade and not all(_low(w) in _KNOWN for w in [*pending, bare]):
                # Between two capitalised words a name holds the syllables of its kind or field
                # ("Mầm non", "Giáo dục và Đào tạo"), a unit ("thôn", "xã") or one syllable of
                # a word ("Ngoại thương"); two other small words are the sentence going on.
                return done(False, closed=False)
            if lower == "tổ" and fold(following) != "dan":
                return done(False, closed=False)  # "tổ chức"; "tổ dân phố" names a place
            if folded == "va" and fold(following)[:3] in ("chi", "dan"):
                return done(False, closed=False)  # "Chi bộ A và Chi bộ B"
            if (
                folded in _ADMIN
                and len(words) > 1
                and not pending
                and _capital(words[-1])
                and not _is_abbreviation(words[-1])
            ):
                return done(False, closed=False)  # "Chi bộ Trường TH X xã …" locates it
            pending.append(bare)
        if closes:
            if (
                token.endswith(",")
                and words
                and _low(words[0]) not in _UNITS | _VILLAGES_WORDS  # "thôn A, B và C": villages
                and _fields_listed(tokens[index + 1 :], caps)
            ):
                if pending and len(_phrase_tail(words, pending)) == len(pending):
                    words, pending = words + pending, []  # "Sở Văn hóa," ends a field
                if not pending:
                    words[-1] += ","  # "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH": the fields listed
                    continue
            return done(False)
    return done(True)


# First words of a body's name: a list of them lists bodies, not one body's fields.
_BODY_KINDS = {"truong", "so", "phong", "ban", "cong", "chi", "dang", "bo", "khoa", "to", "doi",
               "thon", "xom", "ap", "khu", "lang", "buon"}  # fmt: skip


def _fields_listed(rest: list[str], caps: bool) -> bool:
    """Do the words after a comma go on listing the fields of one body, the last after "và", to
    the end of the heading or of the name ("Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động,
    Thương binh và Xã hội")? A commune after the comma (", xã An Phú") or a list without "và"
    is the sentence going on."""
    seen_and = False
    count = 0
    item_start = True
    for index, token in enumerate(rest[:9]):
        bare = token.strip(_PUNCT)
        folded = fold(bare)
        if not bare:
            return False
        following = _low(rest[index + 1].strip(_PUNCT)) if index + 1 < len(rest) else ""
        if folded in _ADMIN and (_low(bare), following) in _PAIRS:
            folded = ""  # "XÃ HỘI", "Thành phố": a field's word, not a unit
        if folded == "va" and count:
            seen_and = item_start = True
            count += 1
            continue
        if item_start and folded in _BODY_KINDS:
            return False  # "Trường A, Trường B và Trường C": several bodies, not one's fields
        if caps and (folded in _ADMIN or not bare.isupper()):
            return False
        if (
            not caps
            and not bare[:1].isupper()
            and (not count or folded in _ADMIN or _low(bare) not in _KNOWN)
        ):
            break  # ", xã An Phú", or the sentence going on after the name
        item_start = token.endswith(",")
        count += 1
        if token[len(token.rstrip(_PUNCT)) :] not in ("", ","):
            break  # the name's end: "… và Du lịch;"
    else:
        if len(rest) > 9:
            return False
    last = rest[count - 1].strip(_PUNCT) if count else ""
    return seen_and and fold(last) != "va" and (not caps or count == len(rest))


# Kinds of body whose name goes on with its trade written small before its proper name: "Hợp tác
# xã sản xuất ổi Cẩm Ninh", "HTX dịch vụ nông nghiệp Yên Phong".
_TRADE_KINDS = (("htx",), ("hop", "tac", "xa"))


def _trade_follows(words: list[str]) -> bool:
    """Do the words end with a cooperative's kind and then only small words (its trade)?"""
    folded = [fold(w).replace(".", "") for w in words]
    for kind in _TRADE_KINDS:
        for start in range(len(folded) - len(kind), -1, -1):
            if tuple(folded[start : start + len(kind)]) == kind:
                rest = words[start + len(kind) :]
                return all(not _capital(w) for w in rest)
    return False


def _phrase_tail(words: list[str], pending: list[str]) -> list[str]:
    """The small words at the end of a name that finish the phrase of its kind or field ("Khoa Lý
    luận cơ sở", "Phòng Giáo dục và Đào tạo", "Chi bộ Hưu trí"), from _PHRASES."""
    for size in range(len(pending), 0, -1):
        tail = [_low(w) for w in pending[:size]]
        previous = _low(words[-1]) if words else ""
        i = 0
        while i < len(tail):
            if (previous, tail[i]) in _PAIRS:
                previous = tail[i]
                i += 1
                continue
            whole = next((p for p in _PHRASE_WORDS if tuple(tail[i : i + len(p)]) == p), None)
            if whole is None:
                break
            previous = whole[-1]
            i += len(whole)
        if i == len(tail) - 1 and tail[i] in _UNIT_HEADS and size == len(pending):
            i += 1  # "Chi bộ Quân sự xã", "Chi bộ Cơ quan Ủy ban nhân dân xã": of the commune
        if i == len(tail):
            return pending[:size]
    return []


def valid(words: list[str]) -> bool:
    if not words:
        return False
    first = fold(words[0])
    if first in _NOT_A_NAME:
        return False
    if words[0].islower() and first in _VERB_STARTS:
        return False  # "Chi bộ vận động quần chúng tham gia …", "Chi bộ sản xuất …": a verb
    if not (len(words) >= 2 or any(c.isdigit() for c in words[0])):  # "Chi bộ 4", "Chi bộ A1"
        return False
    return not _kind_only(words)


def _kind_only(words: list[str]) -> bool:
    """A school or a place unit without its own name ("Chi bộ Trường Mầm non", "CHI BỘ TỔ DÂN
    PHỐ"): the name was cut (wrapped onto a line read elsewhere), and a cut name is no name.
    A body named by its field alone stays a name ("Chi bộ Hưu trí", "Chi bộ Quân sự")."""
    lowered = [_low(w) for w in words]
    head = lowered[0]
    # A village or a street is named; "Tỉnh đoàn", "Huyện đội" are bodies named by their level.
    unit = head in _VILLAGES or any(" ".join(lowered[:n]) in _VILLAGES for n in (2, 3))
    if head != "trường" and not unit:
        return False
    if unit:
        # A village or street unit with any word after it is named, even when those words are
        # also words of a kind ("thôn Trung Tâm", "thôn Quân Phát"): only more unit words ("TỔ
        # DÂN PHỐ", "KHU PHỐ SỐ") leave it cut.
        return all(w in _UNIT_WORDS for w in lowered)
    return all(w in _KNOWN and not any(c.isdigit() for c in w) for w in lowered)


@dataclass
class Mention:
    words: list[str]  # the name as written, without the body's kind ("Chi bộ")
    weight: int  # how much the place it stands in says about the plan's own cell
    caps: bool
    zone: str = ""  # header, title, opening, body or signature
    quoted: bool = False  # in a legal basis ("Căn cứ Quyết định … thành lập Chi bộ …")

    @property
    def key(self) -> tuple[str, ...]:
        return key_of(self.words)

    @property
    def abbreviated(self) -> bool:
        return any(fold(w).replace(".", "") in ABBREVIATIONS for w in self.words)


# "Chi bộ", also as a scan reads its capitals ("CHl BỘ", "CH1 BỘ", "CHI BO").
_START = re.compile(
    r"(?<![\w/])(ch[iìỉíị]\s+b[ộọôồốổỗoóòỏõ]|CH[l1]\s+B[ỘỌÔỒỐỔỖOÓÒỎÕ]|CB)(?=\s|$)", re.IGNORECASE
)


# Capital words that end a name on the line it was wrapped onto: the title goes on with the year
# or the term ("… CHI BỘ TRƯỜNG MẦM NON" / "HOA SEN NĂM 2024").
_WRAPPED_ENDS = {"nam", "nhiem", "giai", "ve", "quy", "thang", "nhu"}


def _names_a_place(tokens: list[str]) -> bool:
    """The words after "Chi ủy" begin a name: a capitalised word (not "Chi bộ" nor "Đảng"), a
    unit or a school written small ("thôn Tân Yên", "trường THCS …")."""
    if not tokens:
        return False
    first = tokens[0].strip(_PUNCT)
    folded = fold(first)
    if folded in ("chi", "dang", "vien", "ban") or not first:
        return False
    return first[:1].isupper() or first[:1].isdigit() or _low(first) in _VILLAGES | {"trường"}


def _wrapped_rest(following: str) -> list[str]:
    """The end of a capitals name wrapped onto `following`: the whole line, or the words before
    the year or the term that close a title."""
    tokens = following.split()
    more, whole = name_words(tokens, True)
    if whole:
        return more
    rest = tokens[len(more) :]
    if more and rest and fold(rest[0].strip(_PUNCT)) in _WRAPPED_ENDS:
        return more
    return []


# "Chi ủy" (the cell's committee), also "Chi uỷ" and a scan's "CHI UY".
_COMMITTEE_START = re.compile(r"(?<![\w/])(ch[iì]\s+[uủ][yỷ])(?=\s|$)", re.IGNORECASE)


def cell_mentions(
    text: str, weight: int, following: str = "", zone: str = "", committee: bool = False
) -> list[Mention]:
    """Every 'Chi bộ <name>' of a line; a name in capitals that reaches the end of the line goes on
    onto `following` when that is in capitals too (a wrapped header). With `committee`, every
    'Chi ủy <name>' instead: the cell's committee bears the cell's name."""
    out: list[Mention] = []
    for match in (_COMMITTEE_START if committee else _START).finditer(text):
        head = match.group(1)
        before = text[: match.start()].rstrip(" .")
        if head.upper() == "CB" and (head != "CB" or before not in ("", "T/M", "TM")):
            continue  # "CB" stands for the cell only at the head of a heading or a signature
        if committee and not _names_a_place(text[match.end() :].split()):
            continue  # "Chi ủy viên …", "Chi ủy đôn đốc …", "Chi ủy Chi bộ …"
        caps = re.sub("[l1]", "I", head).isupper()
        tokens = text[match.end() :].split()
        words, to_end = name_words(tokens, caps)
        if caps and to_end and following and _caps_line(following):
            more = _wrapped_rest(following)
            if more and len(more) <= 8:
                words += more
        if valid(words):
            if out and head[:1].islower():
                # "Chi bộ xóm Sen 2 (… sáp nhập từ hai chi bộ xóm Sen 3 và Sen 4)": a cell named
                # in passing after the line's own is another one; it counts as the body does.
                out.append(Mention(words, 1, caps, "body"))
            else:
                out.append(Mention(words, weight, caps, zone))
    return out


# "Đảng bộ", "Đảng ủy", "Đảng uỷ", also as a scan reads them with a mark lost or misplaced
# ("ĐẢNG BO", "DANG BO", "ĐÁNG ỦY"); a small "d" is no "Đ" ("dáng bộ" is another word).
_A = "aảáàạãâấầẩẫậăắằẳẵặ"
_COMMITTEE = re.compile(
    rf"(?<![\w/])((?:Đ[{_A}]ng|đ[{_A}]ng|Đ[{_A.upper()}]NG|D[{_A.upper()}]NG)\s+"
    r"(?:[uủụúùũ][yỵýỳỷỹ]|[UỦỤÚÙŨ][YỴÝỲỶỸ]|b[oộọôồốổỗóòỏõơờớởỡợ]|B[OỘỌÔỒỐỔỖÓÒỎÕƠỜỚỞỠỢ]))(?=[\s,.;:]|$)"
)
_KINDS = {"ủy": "ủy", "uỷ": "uỷ", "bộ": "bộ"}


def committee_mentions(text: str, weight: int, following: str = "") -> list[tuple[str, Mention]]:
    """Every 'Đảng bộ/Đảng ủy <name>' of a line, with its kind written "Đảng bộ" or "Đảng ủy"."""
    out: list[tuple[str, Mention]] = []
    for match in _COMMITTEE.finditer(text):
        head = match.group(1)
        caps = head.isupper()
        second = unicodedata.normalize("NFC", head.split()[-1].lower())
        kind = "Đảng " + _KINDS.get(second, "bộ" if fold(second) == "bo" else "ủy")
        words, to_end = name_words(text[match.end() :].split(), caps)
        # A name wrapped after a dash or a comma ("ĐẢNG BỘ SỞ LAO ĐỘNG –" / "THƯƠNG BINH VÀ XÃ
        # HỘI", "… VÀ DOANH NGHIỆP," / "TỈNH BÌNH PHƯỚC") goes on onto the next line too.
        cut = re.search(r"\s([-–—])$|(?<=\w),$", text.rstrip())
        if caps and words and cut and not to_end and text.rstrip(" ,-–—").endswith(words[-1]):
            to_end = True
        if (
            caps
            and words
            and to_end
            and following
            and _caps_line(following)
            and not _named_unit(words)
        ):
            # Read after the last word of the line, which may tell a trade ("ĐẦU TƯ | XÂY DỰNG").
            more, whole = name_words([words[-1], *following.split()], True)
            more = more[1:]
            if whole and more and len(more) <= 8:
                dash = cut.group(1) if cut and cut.group(1) else ""
                if cut and not dash and len(words) > 0:
                    words[-1] += "," if fold(more[0]) not in _ADMIN else ""
                words += [dash, *more] if dash else more
        if (
            words
            and (len(words) >= 2 or words[0][:1].isdigit())
            and words[0].lower()
            not in (
                "cộng",  # "Đảng Cộng sản Việt Nam"
                "cấp",
                "và",
            )
        ):
            out.append((kind, Mention(words, weight, caps)))
    return out


def _named_unit(words: list[str]) -> bool:
    """Does a committee's name already end in a named administrative unit ("XÃ AN PHÚ", "HUYỆN
    NINH SƠN")? The header line under it is then the unit the plan is from ("TRƯỜNG MẦM NON
    HOA SEN" without "CHI BỘ"), not the rest of the committee's name ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN"
    / "TỈNH LẠNG SƠN")."""
    folded = [fold(w) for w in words]
    for i, word in enumerate(folded[:-1]):
        if word == "quan" and i and folded[i - 1] == "co":
            continue  # "CƠ QUAN CHÍNH QUYỀN": an office, not the district ("quận")
        pair = " ".join(folded[i : i + 2])
        if pair in ("thi tran", "thi xa", "thanh pho"):
            return i + 2 < len(folded)
        if word in ("xa", "phuong", "huyen", "quan", "tinh"):
            return True
    return False


# Heading lines that are no part of a name wrapped above them: another body ("CHI ỦY …", "HUYỆN
# ỦY …"), the number, the kind and title of the document, the Party's and the State's names.
_NOT_CONTINUED = (
    "dang ", "so", "ke hoach", "chuong trinh", "t/m", "tm ", "k/t", "kt ", "bi thu", "pho bi thu",
    "chi bo", "cb ", "chi uy", "ban chi uy", "ban chap hanh", "bch ", "nghi quyet", "bao cao",
    "thong bao", "de an", "quy che", "to trinh", "huong dan", "bien ban", "danh sach",
    "cong hoa", "doc lap", "cong san", "v/v", "ve viec", "lich sinh hoat", "lich cong tac",
    "lich lam viec", "phuong huong", "du thao",
)  # fmt: skip


def _caps_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return False
    folded = fold(text)
    words = folded.replace(",", " ").split()
    # "HUYỆN ỦY …", "THỊ ỦY …": a committee of its own ("ỦY BAN NHÂN DÂN" goes on a name).
    if any(
        w == "uy" and (i + 1 >= len(words) or words[i + 1] != "ban") for i, w in enumerate(words)
    ):
        return False
    return not folded.startswith(_NOT_CONTINUED)


def best(mentions: list[Mention]) -> Mention | None:
    """The full name the mentions support best.

    Mentions agree when their keys are equal or one is the other cut short at either end
    ("CHI BỘ TRƯỜNG TH VĨNH PHONG 4" and "Chi bộ Trường Tiểu học Vĩnh Phong 4"; a header wrapped
    and read in half). The name written in the most places wins (the header weighs most, then
    the title and the signature, the opening sentence, the body; a place counts once); within it, the longest key (the full
    name), then the form to write: a mixed-case mention without abbreviations, a mixed-case one,
    a capitals one without abbreviations; between equals, the most written, then the first."""
    if not mentions:
        return None
    mentions = _initials_spelled(mentions)
    keys = list(dict.fromkeys(m.key for m in mentions))

    def agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        if len(a) > len(b):
            a, b = b, a
        return b[: len(a)] == a or b[len(b) - len(a) :] == a

    def support_of(key: tuple[str, ...]) -> int:  # each place counts once, by its weight
        zones: dict[str, int] = {}
        for m in mentions:
            if agree(m.key, key):
                zone = m.zone or str(id(m))
                zones[zone] = max(zones.get(zone, 0), m.weight)
        return sum(zones.values())

    support = {k: support_of(k) for k in keys}
    top = max(support.values())
    chosen = max((k for k in keys if support[k] == top), key=lambda k: (len(k), -keys.index(k)))
    same = [m for m in mentions if m.key == chosen]
    counts: dict[str, int] = {}
    for m in same:
        written = " ".join(m.words)
        # A legal basis quotes another document's title: its writing counts least.
        counts[written] = counts.get(written, 0) + (
            1 if m.quoted else _WRITING.get(m.zone, m.weight)
        )
    winner = max(
        same,
        key=lambda m: (
            not m.caps and not m.abbreviated,
            not m.caps,
            not m.abbreviated,
            counts[" ".join(m.words)],
            -same.index(m),
        ),
    )
    words = _kind_marks(_marks_by_vote(winner.words, same))
    return Mention(words, winner.weight, winner.caps, winner.zone)


def _initials_spelled(mentions: list[Mention]) -> list[Mention]:
    """A header's abbreviation made of the initials of words another mention writes in full ("CHI
    BỘ PHÒNG KCM" and "Chi bộ phòng Kỹ thuật Công nghệ Mỏ": the capitalised words' initials, or
    every syllable's) is read as those words, so that the two mentions agree. Known
    abbreviations (ABBREVIATIONS) are spelled out by the key already; three letters at least."""
    runs: dict[str, list[str]] = {}
    for m in mentions:
        if m.caps:
            continue
        for i, first in enumerate(m.words):
            if not _proper(first):
                continue
            capitals, syllables = "", ""
            for j in range(i, min(len(m.words), i + 10)):
                letter = fold(m.words[j])[:1]
                syllables += letter
                if j > i:
                    runs.setdefault(syllables, m.words[i : j + 1])
                if _capital(m.words[j]):
                    capitals += letter
                    if j > i and _proper(m.words[j]):
                        runs.setdefault(capitals, m.words[i : j + 1])
    out: list[Mention] = []
    for m in mentions:
        words: list[str] = []
        for word in m.words:
            letters = fold(word).replace(".", "")
            if (
                _is_abbreviation(word)
                and len(letters) >= 3
                and letters.isalpha()
                and letters not in ABBREVIATIONS
                and letters in runs
            ):
                words += runs[letters]
            else:
                words.append(word)
        out.append(m if words == m.words else Mention(words, m.weight, m.caps, m.zone, m.quoted))
    return out


def _kind_marks(words: list[str]) -> list[str]:
    """The words of a kind or field spelled as the phrase is ("Trường Tiếu học" read by a scan is
    "Trường Tiểu học"), and a scan's em dash between two names the en dash names are joined with
    ("Vĩnh Long — Thắng Thủy")."""
    out = ["–" if w == "—" else w for w in words]
    for phrase in _PHRASE_WORDS:
        size = len(phrase)
        if size < 2:
            continue
        for i in range(len(out) - size + 1):
            window = out[i : i + size]
            if [fold(w) for w in window] != [fold(w) for w in phrase]:
                continue
            for k, (word, known) in enumerate(zip(window, phrase, strict=True)):
                if _low(word) != known:
                    if word.isupper() and len(word) > 1:
                        out[i + k] = known.upper()
                    else:
                        out[i + k] = known[:1].upper() + known[1:] if word[:1].isupper() else known
    return out


# Which writing of a name to keep: running text writes names as people write them; headings
# are often capitalised for style.
_WRITING = {"opening": 4, "title": 2, "header": 2, "signature": 2, "body": 1}


def _marks_by_vote(words: list[str], mentions: list[Mention]) -> list[str]:
    """Each word of the name with the letters most mentions give it: a scan misreads a mark here
    and there, rarely the same one in the header, the opening sentence and the signature."""
    out = list(words)
    for i, word in enumerate(words):
        votes: dict[str, int] = {}
        for m in mentions:
            if len(m.words) == len(words):
                form = _low(m.words[i])
                votes[form] = votes.get(form, 0) + 1
        form = max(votes, key=lambda f: (votes[f], f == _low(word)))
        if votes[form] > votes.get(_low(word), 0):
            if word.isupper() and len(word) > 1:
                out[i] = form.upper()
            else:
                out[i] = form[:1].upper() + form[1:] if word[:1].isupper() else form
    return out


# Words naming a kind or a field of an organisation, capitalised on their first syllable only
# ("Trường Trung học cơ sở", "Phòng Giáo dục và Đào tạo", "Khoa Lý luận cơ sở").
_PHRASES = [
    "trường", "mầm non", "mẫu giáo", "tiểu học", "trung học cơ sở", "trung học phổ thông",
    "phổ thông dân tộc bán trú", "phổ thông dân tộc nội trú", "phổ thông", "liên cấp",
    "giáo dục thường xuyên", "giáo dục", "đào tạo", "văn phòng", "lý luận", "cơ sở",
    "công ty", "cổ phần", "trách nhiệm hữu hạn", "thiết bị", "trường học", "thiết bị trường học", "hành chính",
    "viên chức", "sinh viên", "học sinh", "hưu trí", "cựu chiến binh", "bệnh viện",
    "trung tâm", "y tế", "văn hóa", "văn hoá", "thể thao", "nông nghiệp", "tài chính",
    "kế hoạch", "nội vụ", "tư pháp", "quân sự", "công an", "hội đồng nhân dân",
    "ủy ban nhân dân", "uỷ ban nhân dân", "mặt trận tổ quốc", "đại học", "cao đẳng",
    "kinh tế", "kỹ thuật", "sư phạm", "dân tộc", "nội trú", "bán trú", "tổ dân phố",
    "khu phố", "khu dân cư", "thị trấn", "thành phố", "thị xã", "chính trị", "hưu trí",
    "lý luận cơ sở", "khối các cơ quan", "khối doanh nghiệp", "tổng hợp", "quản trị", "khoa học", "công nghệ", "môi trường", "xây dựng",
    "tài nguyên", "nông thôn", "dân số", "lao động", "thương binh", "xã hội", "thanh niên",
    "phụ nữ", "nông dân", "cựu giáo chức", "giáo viên", "tổ chức", "dân vận", "tuyên giáo",
    "kiểm tra", "thanh tra", "kho bạc", "thuế", "hải quan", "bưu điện", "điện lực",
    "tư thục", "dân lập", "công lập", "bán công", "chất lượng cao", "cơ quan", "ngoại ngữ",
    "công nghệ thông tin", "ngoại thương", "bách khoa", "kinh tế quốc dân", "y dược", "nông lâm",
    "thủy lợi", "thuỷ lợi", "giao thông vận tải", "ngân hàng", "thương mại", "du lịch",
    "mỹ thuật", "âm nhạc", "thể dục thể thao", "nghệ thuật", "dạy nghề", "giáo dục nghề nghiệp",
    "hướng nghiệp", "dịch vụ", "quản lý", "đa khoa", "kiểm lâm", "biên phòng", "khuyến nông",
    "thú y", "địa chính", "tư vấn", "nội dung", "truyền thông", "phát thanh", "truyền hình",
    "chuyên môn", "giáo viên", "khoa học xã hội", "nhân văn", "tự nhiên", "chính sách xã hội",
    "bộ đội", "cảnh sát", "quân đội", "doanh nghiệp", "trung cấp", "sơ cấp",
    "văn hóa nghệ thuật", "văn hoá nghệ thuật", "bộ phận", "an ninh", "trật tự",
    "mặt trận", "đoàn thể", "khối vận", "đảng ủy", "đảng uỷ", "tỉnh đoàn", "thành đoàn",
    "huyện đoàn", "quận đoàn", "thị đoàn", "tỉnh đội", "huyện đội", "xã đội", "thị đội",
    "hợp tác xã", "sản xuất", "kinh doanh", "vận động quần chúng", "khám chữa bệnh",
]  # fmt: skip
_PHRASE_WORDS = sorted({tuple(_low(p).split()) for p in _PHRASES}, key=len, reverse=True)
_PAIRS = {pair for p in _PHRASE_WORDS for pair in zip(p, p[1:], strict=False)}
_PHRASE_SET = set(_PHRASE_WORDS)
_PHRASES_LONGEST_FIRST = sorted(_PHRASES, key=lambda p: len(p.split()), reverse=True)
_SMALL = {"và", "số", "thôn", "xóm", "bản", "ấp", "buôn", "bon", "làng", "xã", "phường", "huyện",
          "quận", "tỉnh", "khu", "các"}  # fmt: skip
_UNITS: set[str] = {"thôn", "xóm", "bản", "ấp", "buôn", "làng", "xã", "phường", "huyện", "quận", "tỉnh",
          "tổ dân phố", "khu phố", "khu dân cư", "thị trấn", "thành phố", "thị xã"}  # fmt: skip
# Units a scan may read without any mark, none of them another word a name would hold.
_UNMARKED_UNITS = {"thon": "thôn", "xom": "xóm", "ap": "ấp", "buon": "buôn", "phuong": "phường",
                   "huyen": "huyện"}  # fmt: skip
_UNIT_HEADS = {"xã", "phường", "huyện", "quận", "tỉnh", "thị trấn"}
_VILLAGES_WORDS = {"thôn", "xóm", "bản", "ấp", "buôn", "bon", "làng", "khu phố", "tổ dân phố",
                   "khu dân cư"}  # fmt: skip
# Small words a name may hold between two capitalised ones (see name_words).
_KNOWN = {w for p in _PHRASE_WORDS for w in p} | {
    _low(w) for u in _SMALL | _UNITS for w in u.split()
}
_KNOWN |= {"trường", "học", "&"}
# The words of a unit's general noun ("tổ dân phố", "khu phố", "số"): a name of these alone is cut.
_UNIT_WORDS = {_low(w) for u in _SMALL | _UNITS | _VILLAGES_WORDS for w in u.split()}


def case_name(words: list[str]) -> list[str]:
    """A name written in capitals, cased (see _case_bare); a comma a word carries ("HÓA," in
    "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH") is kept on it."""
    commas = [w.endswith(",") for w in words]
    out = _case_bare([w.rstrip(",") for w in words])
    return [w + "," if comma else w for w, comma in zip(out, commas, strict=True)]


def _case_bare(words: list[str]) -> list[str]:
    """A name written in capitals, cased as Vietnamese writes names of organisations.

    The rule is the one for "tên cơ quan, tổ chức" of Nghị định 30/2020/NĐ-CP (công tác văn thư),
    Phụ lục II: capitalise the first letter of the words or phrases that name the kind of
    organisation and its function or field ("Trường Trung học cơ sở …", "Bộ Giáo dục và Đào
    tạo"); a general noun for an administrative unit stays small before its proper name ("xã
    Quý Lộc", "thôn Đông Sơn"); proper names capitalise every syllable. The same wording stands
    in Phụ lục I of Nghị định 78/2025/NĐ-CP (quoted at
    http://lawnet.vn/thong-tin-phap-luat/chinh-sach-moi/cach-viet-hoa-ten-co-quan-to-chuc-trong-van-ban-quy-pham-phap-luat-178853.html:
    "Viết hoa chữ cái đầu của các từ, cụm từ chỉ loại hình cơ quan, tổ chức; chức năng, lĩnh
    vực hoạt động của cơ quan, tổ chức", e.g. "Bộ Giáo dục và Đào tạo", "Hội đồng nhân dân tỉnh").

    The document's own mixed-case writing of the same words wins over it (as_the_text_writes).
    """
    out: list[str] = []
    lowered = [w.lower() for w in words]
    i = 0
    while i < len(words):
        phrase = next(
            (
                p
                for p in _PHRASES_LONGEST_FIRST
                if fold(" ".join(lowered[i : i + len(p.split())])) == fold(p)
            ),
            "",
        )
        if phrase:
            size = len(phrase.split())
            # The phrase as written when only the placing of a mark differs ("hoá"), else as the
            # phrase is spelt: a scan's "THON" is "thôn".
            part = lowered[i : i + size]
            if size > 1 or (i == 0 and phrase == "trường"):
                part = [
                    w if _low(w) == _low(known) else known
                    for w, known in zip(part, phrase.split(), strict=True)
                ]
            # After "Chi bộ": "Chi bộ thôn Tân Yên", "Đảng bộ thị trấn …"; the form of ownership
            # qualifies the kind of school: "Trường Mầm non tư thục Hoa Sen".
            small = phrase in _UNITS or phrase in ("tư thục", "dân lập", "công lập", "bán công")
            # A cooperative's trade is written small after its kind ("HTX dịch vụ nông nghiệp …").
            small = small or (bool(out) and _trade_follows(out) and phrase != "hợp tác xã")
            out.append(part[0] if small else part[0][:1].upper() + part[0][1:])
            out.extend(part[1:])
            i += size
            continue
        word, lower = words[i], lowered[i]
        following = words[i + 1] if i + 1 < len(words) else ""
        after_unit = bool(out) and (
            _low(out[-1]) in _UNIT_NOUNS or " ".join(_low(w) for w in out[-2:]) in _UNIT_NOUNS
        )
        if after_unit and lower in _SMALL | _UNITS and lower not in ("số", "và") and following:
            out.append(lower[:1].upper() + lower[1:])  # "thị xã Buôn Hồ", "thôn Bản Kéo"
            i += 1
            continue
        if i == 0 and lower in ("xa", "xả") and following:
            out.append("xã")  # a scan's "XA AN PHU"
            i += 1
            continue
        if _is_abbreviation(word) and (
            not any(fold(c) in "aeiouy" for c in lower)
            or fold(word).replace(".", "") in ABBREVIATIONS
        ):
            out.append(word)  # TH, THCS, MN, HĐND, UBND
        elif lower in _SMALL and (lower != "số" or i > 0 and following[:1].isdigit()):
            out.append(lower)
        elif lower == "so" and i > 0 and following[:1].isdigit():
            out.append("số")  # a scan's "SO 2"
        elif lower in _UNMARKED_UNITS and i + 1 < len(words):
            out.append(_UNMARKED_UNITS[lower])  # a scan's "THON ĐÔNG HÒA"
        elif word in _DASHES or word[:1].isdigit() or (i > 0 and re.fullmatch(r"[IVX]{1,4}", word)):
            out.append(word)
        else:
            out.append(lower[:1].upper() + lower[1:])
        i += 1
    return out


_VILLAGES = {
    "thôn",
    "xóm",
    "bản",
    "ấp",
    "buôn",
    "bon",
    "làng",
    "khu phố",
    "tổ dân phố",
    "khu dân cư",
}
# Nouns of a unit after which the next word begins its proper name.
_UNIT_NOUNS = {u for u in _UNITS if u not in ("tổ dân phố", "khu phố", "khu dân cư")}


def committee_words(words: list[str]) -> list[str]:
    """A committee's name as written after "Đảng bộ": the general noun of an administrative unit
    is small ("Đảng bộ xã An Phú", "Đảng bộ thị trấn …"), so is the level "cơ sở" or "bộ phận"
    before the unit it qualifies ("Đảng bộ cơ sở xã An Phú", "Đảng bộ bộ phận Trường …"; "Đảng
    bộ Cơ sở II …" names a campus)."""
    out = list(words)
    if (
        len(out) > 2
        and fold(" ".join(out[:2])) in ("co so", "bo phan")
        and not re.match(r"\d|[IVX]+$", out[2])
    ):
        out[:2] = [w.lower() for w in out[:2]]
        return out[:2] + committee_words(out[2:])
    if fold(out[0]) in ("xa", "phuong", "huyen", "quan", "tinh") or (
        fold(" ".join(out[:2])) in ("thi tran", "thi xa", "thanh pho") and len(out) > 2
    ):  # a general noun for an administrative unit is written small (case_name)
        out[0] = out[0].lower()
    return out


def _proper(word: str) -> bool:
    return word[:1].isupper() and not _is_abbreviation(word)


def spell_fields(words: list[str]) -> list[str]:
    """A name's initialism of fields spelled out ("Trường Trung cấp VHNT" → "Trường Trung cấp Văn
    hóa Nghệ thuật"): an abbreviation of three letters or more, not a known one (ABBREVIATIONS
    keeps "TNHH", "THCS" as written), whose letters are the syllables' initials of fields of
    _PHRASES one after another, each field capitalised on its first syllable. For a committee's
    name read only in capitals: its full name spells out what its header shortens."""
    out: list[str] = []
    for word in words:
        letters = fold(word)
        fields = None
        if _is_abbreviation(word) and letters.isalpha() and letters not in ABBREVIATIONS:
            fields = _fields_of(letters) if len(letters) >= 3 else None
        if not fields:
            out.append(word)
            continue
        for field_words in fields:
            out += [field_words[0][:1].upper() + field_words[0][1:], *field_words[1:]]
    return out


def _fields_of(letters: str) -> list[tuple[str, ...]] | None:
    """The fields whose syllables' initials spell `letters`: the fewest pieces, each of which only
    one field abbreviates ("VHNT": "văn hóa nghệ thuật"; "KT" may be "kinh tế" or "kỹ thuật",
    so "SPKT" says nothing), then cut into the most fields for their capitals ("văn hóa",
    "nghệ thuật"). None when the letters read no way or several ways."""
    initials: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _PHRASE_WORDS:
        if len(phrase) >= 2:
            initials.setdefault("".join(fold(w)[:1] for w in phrase), []).append(phrase)
    split: dict[int, list[tuple[str, ...]]] = {0: []}
    for end in range(1, len(letters) + 1):
        options = [
            [*done, initials[letters[start:end]][0]]
            for start, done in split.items()
            if start < end and len(initials.get(letters[start:end], [])) == 1
        ]
        if options:
            split[end] = min(options, key=len)
    found = split.get(len(letters))
    if not found:
        return None
    words = [w for phrase in found for w in phrase]
    cut: dict[int, list[tuple[str, ...]]] = {0: []}
    for end in range(1, len(words) + 1):
        options = [
            [*done, tuple(words[start:end])]
            for start, done in cut.items()
            if start < end and tuple(words[start:end]) in _PHRASE_SET
        ]
        if options:
            cut[end] = max(options, key=len)
    return cut.get(len(words), found)


def _marked(words: list[str]) -> int:
    """How many letters of the words carry a mark (or are đ)."""
    return sum(fold(c) != c.lower() for w in words for c in w if c.isalpha())


def as_the_text_writes(words: list[str], texts: Iterable[str]) -> list[str]:
    """A name read in capitals, with each run of two or more of its words replaced by the way the
    document writes the same words elsewhere in mixed case, starting with a capital ("Trường
    Đại học Ngoại thương" in a sentence for "TRƯỜNG ĐẠI HỌC NGOẠI THƯƠNG" in the header); the
    longest runs first. The document's own writing beats the rule, and its tone marks beat an
    OCR'd capital."""
    windows: dict[tuple[str, ...], list[str]] = {}
    for text in texts:
        letters = [c for c in text if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) >= 0.6 * len(letters):
            continue
        tokens = [_bare(t)[0] for t in text.split()]
        for i, token in enumerate(tokens):
            if not token[:1].isupper():
                continue
            for n in range(2, min(len(words), len(tokens) - i) + 1):
                window = tokens[i : i + n]
                if not all(window) or "".join(window).isupper():
                    break
                # A writing with tone marks beats one typed without ("Van phong Dang uy xa An
                # Phu" in an e-mail's heading lines, "xã An Phú" in the plan).
                known = windows.get(key_of(window))
                if known is None or _marked(window) > _marked(known):
                    windows[key_of(window)] = window
    # A run replaced by the document's writing of the same words; the writing may be longer when it
    # spells out what the capitals abbreviate ("KHỐI CÁC CƠ QUAN TP" → "Khối các cơ quan thành phố").
    taken: dict[int, tuple[int, list[str]]] = {}  # start → (length, the document's words)
    done = [False] * len(words)
    for n in range(len(words), 1, -1):
        for i in range(len(words) - n + 1):
            if any(done[i : i + n]):
                continue
            found = windows.get(key_of(words[i : i + n]))
            if found and _marked(found) < _marked(words[i : i + n]):
                found = None  # a writing that lost the marks the capitals carry
            if found and (len(found) == n or any(_is_abbreviation(w) for w in words[i : i + n])):
                taken[i] = (n, found)
                done[i : i + n] = [True] * n
    out: list[str] = []
    i = 0
    while i < len(words):
        if i in taken:
            n, found = taken[i]
            out += found
            i += n
        else:
            out.append(words[i])
            i += 1
    return out
