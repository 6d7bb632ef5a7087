"""One numeral's value, in digits or in words.

Separators. Digits of every script are read (``int`` knows them). A numeral with two kinds
of separator uses the last one as the decimal mark. A numeral with one kind used several
times ("1.234.567", "1 000 000") is grouped, and rejected unless every group has three
digits (Hindi and Urdu also accept lakh grouping "1,00,000"). One separator used once is
the ambiguous case:

1. the language's convention first: in a decimal-comma language (vi de fr es pt it ru id
   lo) "1,07" is 1.07; in a decimal-point language (en zh ja ko th ms hi ur ar km) "1.07"
   is 1.07; "٫" is always decimal and "٬" always grouping (Arabic, Persian, Urdu);
2. otherwise (the separator is the language's grouping symbol, or a foreign one): exactly
   three digits after it and one to three before is grouping, anything else is decimal.

So German "1.263 FDI-Projekte" is 1263 and "1,263 Milliarden" 1.263e9; English "1.263
billion" is 1.263e9 and "1,263" 1263; Indonesian "14.800 miliar" is 14800e9; English text
translated from Indonesian, "1,07 billion", is 1.07e9 by shape; Vietnamese news written in
the English style, "1.07 tỷ USD", is 1.07e9 by shape, while "1.263 tỷ đồng" stays 1263e9
(the Vietnamese reading).

Words: ``parse_cjk_numeral`` reads "二十五" or "一百二十". ``read_compound`` goes on from one
number word to the next when they make one number: hundreds then tens or units, tens then a
unit ("twenty-five", "vingt et un", "treinta y cinco", "двадцать пять", "dua puluh lima",
"بیست و پنج"), and, as Arabic says it, a unit then "و" and the tens ("ست وثلاثون", 36).
Two words that cannot make one number ("two or three", "दो चार") stay two numbers.

After a number: ``next_chars`` are the two characters after it, spaces skipped, and
``StartChars`` tells which groups of phrases (scale words, currencies ...) may start with
them, so that the finders match a phrase's pattern only where it may be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from hoinhap.intake.langs import get_lexicon
from hoinhap.intake.lexicon import LETTER, Lexicon, alternation, bounded, first_chars

_SEPARATORS = ".,٫٬'’\u00a0\u202f\u2009"
_SPACES = " \u00a0\u202f\u2009'’"
_NON_DIGIT = re.compile(r"[^0-9]")
CJK_NUMERAL = "〇零一二两兩三四五六七八九十百千"
_CJK_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {
    "零": 0,
    "两": 2,
    "兩": 2,
}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
_GAP = "[ \u00a0\u202f]{0,2}"
# Between two words of one number; the Arabic "و" may also be the next word's clitic.
_JOINER = (
    rf"(?:[ \u00a0]{{1,2}}(?:and|et|y|e)[ \u00a0]{{1,2}}|{_GAP}[و\-‐‑]{_GAP}|[ \u00a0]{{1,2}})"
)
_UNHYPHENATED = f"(?![-‐‑]{LETTER})"  # "twenty five-star hotels" are twenty hotels


def ascii_digits(text: str) -> str:
    """The text with every script's decimal digits written 0-9."""
    if text.isascii():
        return text
    return "".join(str(int(c)) if c.isdecimal() else c for c in text)


def next_chars(text: str, end: int) -> str:
    """The two characters from the first one at or after ``end`` that is not a space (fewer
    at the text's end)."""
    size = len(text)
    while end < size and text[end].isspace():
        end += 1
    return text[end : end + 2]


class StartChars(dict[str, int]):
    """Which groups of phrases may start with two characters (``next_chars``), as a bit
    mask (bit i for group i), folding case as the regex engine does. A fast pre-check: a
    phrase that may follow a number is looked for only where its first two characters are.
    Filled in for each pair of characters met, so that a test is one dict look-up."""

    def __init__(self, groups: Sequence[Iterable[str]]) -> None:
        super().__init__()
        self._heads = [_head_pattern(phrases) for phrases in groups]

    def __missing__(self, chars: str) -> int:
        mask = 0
        for i, head in enumerate(self._heads):
            if head.fullmatch(chars):
                mask |= 1 << i
        self[chars] = mask
        return mask


def _head_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern for the first two characters of any of the phrases, left-stripped (a
    one-character phrase: that character and any other; a space: any spacing, as in
    ``alternation``); for any characters at all if a phrase is blank."""
    heads: set[str] = set()
    for phrase in phrases:
        head = phrase.lstrip()[:2]
        if not head:
            return re.compile(r"[\s\S]*")
        second = "[\\s\\S]?" if len(head) == 1 else "\\s" if head[1] == " " else re.escape(head[1])
        heads.add(re.escape(head[0]) + second)
    return re.compile("|".join(sorted(heads)) or r"(?!x)x", re.IGNORECASE)


def _grouped(parts: list[str], lex: Lexicon) -> bool:
    if not 1 <= len(parts[0]) <= 3 or any(len(p) != 3 for p in parts[1:]):
        if lex.indian_grouping and len(parts) > 2 and len(parts[-1]) == 3:
            return 1 <= len(parts[0]) <= 2 and all(len(p) == 2 for p in parts[1:-1])
        return False
    return True


def _single_separator(sep: str, parts: list[str], lex: Lexicon) -> float | None:
    if sep == "٫":
        return float(f"{parts[0]}.{parts[1]}")
    if sep in lex.decimal_symbols and sep not in _SPACES:
        return float(f"{parts[0]}.{parts[1]}")
    if _grouped(parts, lex):
        return float("".join(parts))
    if sep in _SPACES or sep == "٬":
        return None
    return float(f"{parts[0]}.{parts[1]}")


def parse_digits(token: str, lex: Lexicon) -> float | None:
    """The value of a numeral in digits, by the rules above; None if it is not one."""
    text = token if token.isascii() else ascii_digits(token)
    if text.isdigit():  # no separator: most numbers
        return float(text)
    parts = _NON_DIGIT.split(text)
    seps = [c for c in text if not c.isdigit()]
    if not seps:
        return float(text) if text.isdigit() else None
    if any(not p for p in parts) or len(set(seps)) > 2:
        return None
    if len(seps) == 1:
        return _single_separator(seps[0], parts, lex)
    if len(set(seps)) == 1:
        return float("".join(parts)) if seps[0] != "٫" and _grouped(parts, lex) else None
    decimal = seps[-1]
    if seps.count(decimal) != 1 or decimal not in ".,٫" or not _grouped(parts[:-1], lex):
        return None
    return float("".join(parts[:-1]) + "." + parts[-1])


@cache
def digits_shape(lang: str) -> re.Pattern[str]:
    """The shape of a numeral in digits, with the separators it may use."""
    lex = get_lexicon(lang)
    space_group = r"| (?=\d{3}(?!\d))" if lex.space_grouping else ""
    return re.compile(rf"\d+(?:(?:[{_SEPARATORS}]{space_group})\d+)*")


def parse_cjk_numeral(text: str) -> float | None:
    """A Chinese or Japanese numeral below ten thousand: "三", "二十五", "一百二十"."""
    if not text or any(c not in _CJK_DIGITS and c not in _CJK_UNITS for c in text):
        return None
    if not any(c in _CJK_UNITS for c in text):
        return float("".join(str(_CJK_DIGITS[c]) for c in text))
    total, digit = 0, None
    for char in text:
        if char in _CJK_DIGITS:
            digit = _CJK_DIGITS[char]
        else:
            total += (1 if digit is None else digit) * _CJK_UNITS[char]
            digit = None
    return float(total + (digit or 0))


def word_value(token: str, lex: Lexicon) -> float | None:
    """The value of one number word (or Chinese/Japanese numeral); None if it is not one."""
    folded = re.sub(r"\s+", " ", token.casefold())
    for word, value in lex.number_words.items():
        if word.casefold() == folded:
            return float(value)
    return parse_cjk_numeral(token) if lex.code in ("zh", "ja") else None


def word_branch(lex: Lexicon) -> str:
    """A pattern for one of the language's number words, captured as ``word``."""
    words = list(lex.number_words) + list(lex.bare_scales)
    return f"{first_chars(words)}(?P<word>{alternation(words)})" if words else ""


def next_word_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """The joiner and next number word of a compound; None where number words need a
    counter (Chinese, Japanese, Thai: their numerals are read whole)."""
    word = word_branch(lex)
    if not word or lex.words_need_counter:
        return None
    return re.compile(_JOINER + bounded(lex, word, clitics=True) + _UNHYPHENATED, re.IGNORECASE)


def _is_tens(value: float) -> bool:
    return 20 <= value <= 90 and value % 10 == 0


def _adds_to(last: float, word: float, has_tens: bool, joined_by_wa: bool) -> bool:
    """Whether ``word`` goes on a number written in words that ended with ``last``."""
    if 100 <= last <= 900 and last % 100 == 0:
        return word < 100
    if _is_tens(last):
        return 1 <= word <= 9
    return 1 <= last <= 9 and _is_tens(word) and joined_by_wa and not has_tens


def read_compound(
    text: str, value: float, end: int, pattern: re.Pattern[str] | None, words: dict[str, float]
) -> tuple[float, int]:
    """The value of the number words from the one ending at ``end`` (worth ``value``) on,
    and where they end. ``words`` maps each folded number word to its value."""
    if pattern is None:
        return value, end
    total, last, has_tens = value, value, _is_tens(value)
    while (more := pattern.match(text, end)) is not None:
        word = words.get(re.sub(r"\s+", " ", more.group("word").casefold()))
        joined_by_wa = "و" in text[end : more.start("word")]
        if word is None or not _adds_to(last, word, has_tens, joined_by_wa):
            break
        total, last, end = total + word, word, more.end()
        has_tens = has_tens or _is_tens(word)
    return total, end
