"""Normalisation of text for exact-match lookups, keeping a map back to the original offsets.

One character in, at most one character out: lower case, Latin/Greek/Cyrillic diacritics
dropped ("Đà Nẵng" -> "da nang"), Arabic and Persian letter variants unified (ي/ی, ك/ک,
ة/ه, أ/إ/آ/ا, Urdu ہ ھ ے), every script's digits turned into ASCII digits, hyphens and
dashes into spaces, ZWNJ into a space (it separates Persian morphemes). Arabic vowel
marks, tatweel, bidi marks and combining accents are dropped; when any is, `offsets`
maps each normalised position to its position in the original text.
Thai and Lao write the vowel "am" as one character (ำ, ຳ) or as a nikhahit and "aa" with
the tone mark before or after the nikhahit ("ນ້ຳ", "ນໍ້າ"): the nikhahit is dropped and
"am" becomes "aa", so every spelling reads alike; Lao's subscript lo (ຼ) is lo (ລ).
A run of spaces becomes one space ("Bà Rịa - Vũng Tàu" reads "ba ria vung tau", as the
gazetteer's keys are written), so a spaced dash joins the two halves of a name.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

_LETTERS = {
    "đ": "d",
    "ð": "d",
    "ø": "o",
    "ł": "l",
    "ı": "i",
    "ё": "е",
    "ي": "ی",
    "ى": "ی",
    "ئ": "ی",
    "ے": "ی",
    "ۓ": "ی",
    "ك": "ک",
    "ة": "ه",
    "ۀ": "ه",
    "ہ": "ه",
    "ۂ": "ه",
    "ۃ": "ه",
    "ھ": "ه",
    "ە": "ه",
    "ؤ": "و",
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "`": "'",
    "\u0e33": "\u0e32",
    "\u0eb3": "\u0eb2",
    "\u0ebc": "\u0ea5",
    "\u00a0": " ",
    "\u200c": " ",
    "\u3000": " ",
    "\t": " ",
    "-": " ",
    "‐": " ",
    "‑": " ",
    "–": " ",
    "—": " ",
    "_": " ",
}
_DROPPED = (
    "\u0e4d\u0ecd"
    "\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u0640"
)
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x0E50, 0x0ED0, 0x17E0, 0xFF10)
_FOLDED_BLOCKS = ((0x00C0, 0x024F), (0x1E00, 0x1EFF), (0x0370, 0x03FF), (0x0400, 0x04FF))
_ARABIC_MARKS = ((0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED))
_MARK = "\x00"
_MARKS_RE = re.compile(f"{_MARK}+")
_EXTRA_SPACES_RE = re.compile(f" [ {_MARK}]+")  # a literal first: the engine skips to spaces
_SPACES_RE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised text and where characters were dropped from it: ``cuts[k]`` is the
    normalised position just after the k-th run of dropped characters, ``shifts[k]`` how many
    were dropped up to it (both empty: the text kept its length). Positions are mapped back
    by bisection, for the few spans asked for, instead of a list for every character."""

    text: str
    cuts: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()

    def original(self, position: int) -> int:
        """The original position of the normalised character at ``position``."""
        k = bisect_right(self.cuts, position)
        return position + self.shifts[k - 1] if k else position

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text of the normalised span [start, end)."""
        if not self.cuts:
            return start, end
        return self.original(start), self.original(end - 1) + 1


def _fold_letter(char: str) -> str:
    lower = char.lower()
    if len(lower) != 1:
        lower = char
    base = unicodedata.normalize("NFKD", lower)[0]
    return _LETTERS.get(base, base)


@cache
def _mapping() -> dict[int, str]:
    table: dict[int, str] = {ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    for low, high in _FOLDED_BLOCKS:
        for code in range(low, high + 1):
            if unicodedata.category(chr(code)) == "Mn":
                table[code] = _MARK
            elif chr(code).isalpha():
                table[code] = _fold_letter(chr(code))
    for code in range(0x0300, 0x0370):
        table[code] = _MARK
    for low, high in _ARABIC_MARKS:
        for code in range(low, high + 1):
            table[code] = _MARK
    for zero in _DIGIT_ZEROS:
        for digit in range(10):
            table[zero + digit] = str(digit)
    for code in range(0xFF21, 0xFF5B):
        table[code] = unicodedata.normalize("NFKC", chr(code)).lower()
    table.update({ord(k): v for k, v in _LETTERS.items()})
    table.update({ord(c): _MARK for c in _DROPPED})
    return table


@cache
def _table() -> list[str]:
    """The mapping as a list indexed by code point (str.translate is fastest on a list)."""
    table = [chr(code) for code in range(0x10000)]
    for code, value in _mapping().items():
        table[code] = value
    return table


def _extra_spaces_dropped(folded: str) -> str:
    """Every space after a space (marks between them included) marked for dropping."""
    if "  " not in folded and f" {_MARK}" not in folded:
        return folded
    return _EXTRA_SPACES_RE.sub(lambda run: " " + _MARK * (len(run.group()) - 1), folded)


def normalize_text(text: str) -> NormalizedText:
    """The lookup form of a text, same length unless marks or repeated spaces were dropped
    (then `NormalizedText.original` maps a normalised position back to the original)."""
    folded = _extra_spaces_dropped(text.translate(_table()))
    if _MARK not in folded:
        return NormalizedText(folded)
    cuts: list[int] = []
    shifts: list[int] = []
    dropped = 0
    for run in _MARKS_RE.finditer(folded):
        cuts.append(run.start() - dropped)
        dropped += run.end() - run.start()
        shifts.append(dropped)
    return NormalizedText(_MARKS_RE.sub("", folded), tuple(cuts), tuple(shifts))


def normalize_name(name: str) -> str:
    """The lookup form of a name: normalised as text, spaces collapsed, trimmed."""
    folded = normalize_text(unicodedata.normalize("NFC", name)).text
    return _SPACES_RE.sub(" ", folded).strip()
