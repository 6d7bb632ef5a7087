"""Name folding for lookups: case-, diacritic-, space- and punctuation-insensitive.

"Đà Nẵng", "da nang", "DaNang" and "Da-Nang" all fold to "danang". Diacritics are
dropped from Latin, Greek and Cyrillic letters and Arabic-script vowel marks; the marks of
other scripts (Thai, Devanagari, Khmer ...) carry meaning and are kept.
"""

from __future__ import annotations

import unicodedata

_LETTER_FOLDS = str.maketrans(
    {
        "đ": "d",
        "ð": "d",
        "ø": "o",
        "ł": "l",
        "ß": "ss",
        "ي": "ی",  # Arabic yeh -> Persian yeh
        "ى": "ی",  # alef maksura
        "ك": "ک",  # Arabic kaf -> Persian keheh
        "ة": "ه",  # teh marbuta
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
    }
)
_DROPPED_MARK_BASES = ((0x0000, 0x036F), (0x0370, 0x052F), (0x0600, 0x06FF))
_DROPPED_MARKS = ((0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED))
_IGNORED = {"\u200c", "\u200d", "\u200e", "\u200f", "\u0640", "\ufeff"}


def _drop_mark(mark: str, base: str) -> bool:
    code = ord(mark)
    if any(lo <= code <= hi for lo, hi in _DROPPED_MARKS):
        return True
    if code > 0x036F and not 0x1AB0 <= code <= 0x1DFF:
        return False
    return bool(base) and any(lo <= ord(base) <= hi for lo, hi in _DROPPED_MARK_BASES)


def fold_name(name: str) -> str:
    """The lookup form of a name: no case, diacritics, spaces or punctuation."""
    text = unicodedata.normalize("NFKD", name.casefold()).translate(_LETTER_FOLDS)
    out: list[str] = []
    base = ""
    for char in text:
        category = unicodedata.category(char)
        if category == "Mn":
            if not _drop_mark(char, base):
                out.append(char)
            continue
        if char in _IGNORED or category[0] not in "LNM":
            continue
        base = char
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def ascii_name(name: str) -> str:
    """Vietnamese (or any Latin) name without diacritics, spacing kept: "Đà Nẵng" -> "Da Nang"."""
    text = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")
