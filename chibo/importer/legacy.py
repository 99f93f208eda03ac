"""Recognising Vietnamese text typed in the legacy TCVN3 (ABC) and VNI font encodings.

Such text is stored as ordinary Latin-1 characters drawn with a special font (.VnTime,
VNI-Times), so every library extracts it as garbage: "Đảng bộ" reads "§¶ng bé" in TCVN3
and "Ñaûng boä" in VNI. We do not guess a conversion; we say so and ask for Unicode.
"""

from __future__ import annotations

import re

# Characters that TCVN3 uses for Vietnamese letters and that Unicode Vietnamese never uses:
# § Đ, ® đ, ¨ ă, © â, ª ê, « ô, ¬ ơ, ­ ư (soft hyphen), ¶ ả, µ à, · ã, ¸ á, ¹ ạ, ... Ö ệ, Ò ề.
_TCVN3 = set("§®¨©ª«¬\u00ad¶µ·¸¹»¼½¾ÆÇÈËÌÎÏÐÑÖ×ØÜÞßåæçëîïñö÷øûüþ¡¢£¤¥¦")
# VNI writes a base letter followed by a mark character: "ñaûng" (đảng), "Vieät" (Việt).
_VNI_PAIR = re.compile(r"[aeiouyAEIOUY][øùûõïâêôöäåæëèéúüò]|[ñÑ][aeiouAEIOU]|[oOuU]ä|ö[ôø]")
_VNI = set("øûïñÑäåæëö")
# Letters only Unicode Vietnamese has (ă â đ ê ô ơ ư and the precomposed toned vowels).
_UNICODE_VI = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")

TCVN3 = "tcvn3"
VNI = "vni"

MESSAGES = {
    TCVN3: (
        "Văn bản dùng bảng mã cũ TCVN3 (ABC) với phông .VnTime nên máy đọc ra chữ lỗi "
        "(ví dụ “§¶ng bé” thay cho “Đảng bộ”); hãy chuyển sang Unicode "
        "(Unikey: công cụ chuyển mã, bảng mã nguồn TCVN3, đích Unicode) rồi nhập lại."
    ),
    VNI: (
        "Văn bản dùng bảng mã cũ VNI (phông VNI-Times) nên máy đọc ra chữ lỗi "
        "(ví dụ “Ñaûng boä” thay cho “Đảng bộ”); hãy chuyển sang Unicode "
        "(Unikey: công cụ chuyển mã, bảng mã nguồn VNI Windows, đích Unicode) rồi nhập lại."
    ),
}


def legacy_encoding(text: str) -> str:
    """TCVN3, VNI or '' for a piece of text (a paragraph or a whole document)."""
    letters = sum(1 for c in text if c.isalpha())
    if letters < 8:
        return ""
    unicode_vi = len(_UNICODE_VI.findall(text))
    tcvn3 = sum(1 for c in text if c in _TCVN3)
    vni = sum(1 for c in text if c in _VNI) + len(_VNI_PAIR.findall(text))
    # Real Vietnamese has a marked letter in most words; legacy text has almost none.
    if unicode_vi > max(tcvn3, vni, letters * 0.02):
        return ""
    if tcvn3 >= max(3, letters * 0.04) and tcvn3 >= vni:
        return TCVN3
    if vni >= max(3, letters * 0.04):
        return VNI
    return ""


def legacy_share(paragraphs: list[str]) -> tuple[str, float]:
    """The dominant legacy encoding among the paragraphs and the share of text it covers."""
    counts = {TCVN3: 0, VNI: 0}
    total = 0
    for paragraph in paragraphs:
        size = len(paragraph.strip())
        total += size
        kind = legacy_encoding(paragraph)
        if kind:
            counts[kind] += size
    if not total:
        return "", 0.0
    kind = max(counts, key=lambda k: counts[k])
    return (kind, counts[kind] / total) if counts[kind] else ("", 0.0)
