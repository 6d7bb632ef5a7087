"""Numbers in running text, in twenty languages and their scripts.

``parse_number`` reads one numeral ("1.263", "1,07", "۱۴٫۸", "3 000"); ``find_numbers``
finds every number in a text, with the scale word after it applied ("10,9 Milliarden",
"208 nghìn tỷ", "1兆2000億", "3억"), and leaves out what only looks like a number: parts
of dates ("24/1/2025", "tháng 6/2025", "30 June"), codes and decree numbers ("202/2025/QH15",
"59-NQ/TW", "No. 59", "Plan 313"), times, phone numbers, numbers with a leading zero, and
ordinals ("23rd", "thứ 23", "第23", "ke-23", German "23. Kongress").

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

``is_year_like`` marks a plain four-digit number from 1900 to 2100 (Thai also 2443-2643,
Buddhist era) with no scale: callers decide whether it is a year.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from hoinhap.intake.langs import get_lexicon
from hoinhap.intake.lexicon import LETTER, Lexicon, SuffixMatcher, alternation, bounded, first_chars

_SEPARATORS = ".,٫٬'’\u00a0\u202f\u2009"
_SPACES = " \u00a0\u202f\u2009'’"
_CJK_NUMERAL = "〇零一二两兩三四五六七八九十百千"
_CJK_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {
    "零": 0,
    "两": 2,
    "兩": 2,
}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
_PHONE_BEFORE = re.compile(r"(?:\+\d{1,3}|(?<!\d)0\d{1,4})[ .\-]\Z")
_THOUSAND_REST = re.compile(r"[ \u00a0\u202f]{1,2}(\d{1,3})(?!\d)(?![.,٫٬]\d)(?!\s*[%/:])")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff\u1e00-\u1eff]")


@dataclass(frozen=True)
class NumberMatch:
    """A number found in a text; ``text == source[start:end]``, scale words included."""

    value: float
    start: int
    end: int
    text: str
    is_year_like: bool = False
    from_words: bool = False
    has_scale: bool = False
    approx: str | None = None


def ascii_digits(text: str) -> str:
    """The text with every script's decimal digits written 0-9."""
    if text.isascii():
        return text
    return "".join(str(int(c)) if c.isdecimal() else c for c in text)


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


def _parse_digits(token: str, lex: Lexicon) -> float | None:
    text = ascii_digits(token)
    parts = re.split(r"[^0-9]", text)
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


def parse_number(text: str, lang: str) -> float | None:
    """The value of one numeral (or number word) in ``lang``; None if it is not one."""
    lex = get_lexicon(lang)
    token = text.strip()
    if not token:
        return None
    if token[0].isdecimal():
        value = _parse_digits(token, lex) if _digits_shape(lang).fullmatch(token) else None
    else:
        value = _word_value(token, lex)
    return value if value is not None and math.isfinite(value) else None


def _word_value(token: str, lex: Lexicon) -> float | None:
    folded = re.sub(r"\s+", " ", token.casefold())
    for word, value in lex.number_words.items():
        if word.casefold() == folded:
            return float(value)
    return parse_cjk_numeral(token) if lex.code in ("zh", "ja") else None


@cache
def _digits_shape(lang: str) -> re.Pattern[str]:
    lex = get_lexicon(lang)
    space_group = r"| (?=\d{3}(?!\d))" if lex.space_grouping else ""
    return re.compile(rf"\d+(?:(?:[{_SEPARATORS}]{space_group})\d+)*")


@dataclass(frozen=True)
class _Compiled:
    token: re.Pattern[str]
    scale: re.Pattern[str]
    compound: re.Pattern[str]
    skip_before: SuffixMatcher
    value_before: SuffixMatcher
    skip_after: re.Pattern[str]
    scales: dict[str, float]
    words: dict[str, float]
    currency_letters: frozenset[str]
    attach_after: re.Pattern[str]


def _folded(mapping: dict[str, float]) -> dict[str, float]:
    return {re.sub(r"\s+", " ", k.casefold()): float(v) for k, v in mapping.items()}


def _token_pattern(lex: Lexicon) -> str:
    branches = [f"(?P<digits>{_digits_shape(lex.code).pattern})"]
    words = list(lex.number_words) + list(lex.bare_scales)
    if words:
        word = f"{first_chars(words)}(?P<word>{alternation(words)})"
        if lex.words_need_counter:
            after = alternation([*lex.counters, *lex.scales])
            branches.append(f"{word}(?=\\s?{after})")
        else:
            branches.append(bounded(lex, word, clitics=True))
    if lex.code in ("zh", "ja"):
        after = alternation([*lex.counters, *lex.scales, *lex.approx_mid])
        branches.append(f"(?P<cjk>[{_CJK_NUMERAL}]+)(?={after})")
    return "|".join(branches)


def _skip_after(lex: Lexicon) -> str:
    ordinals = alternation(lex.ordinal_after)
    months = alternation(lex.months)
    joiners = r"(?:de |del |of |th |st |nd |rd )?"
    dot = r"|\.\s+(?=[^\W\d_])" if lex.dot_ordinals else ""
    return rf"(?:{ordinals}(?!{LETTER})|[.,]?\s{{0,2}}{joiners}{months}(?!{LETTER}){dot})"


@cache
def compiled(lang: str) -> _Compiled:
    lex = get_lexicon(lang)
    scales = alternation(lex.scales)
    right = f"(?!{LETTER})" if lex.bound_right else ""
    mid = alternation(lex.approx_mid) if lex.approx_mid else r"(?!x)x"
    currency_letters = {c.casefold() for c in lex.currency_before if c.isalpha()}
    attach = alternation([*lex.scales, *lex.currency_after, *lex.percent_after])
    return _Compiled(
        token=re.compile(_token_pattern(lex), re.IGNORECASE),
        scale=re.compile(
            rf"[ \u00a0\u202f]{{0,2}}(?P<mid>{mid})?\s{{0,2}}(?P<scale>{scales}){right}", re.I
        ),
        compound=re.compile(
            rf"[ \u00a0\u202f]{{0,2}}(?:và |and |و)?(?P<num>\d+(?:[.,]\d+)?)[ \u00a0\u202f]{{0,2}}"
            rf"(?P<scale>{scales}){right}",
            re.IGNORECASE,
        ),
        skip_before=SuffixMatcher(
            lex, [*lex.code_before, *lex.ordinal_before, *lex.months], r"[\s.:,]{0,3}"
        ),
        value_before=SuffixMatcher(
            lex, [*lex.approx_before, *lex.currency_before, *lex.percent_before], r"[\s]{0,2}"
        ),
        skip_after=re.compile(_skip_after(lex), re.IGNORECASE),
        scales=_folded(dict(lex.scales)),
        words=_folded({**lex.number_words, **{w: lex.scales[w] for w in lex.bare_scales}}),
        currency_letters=frozenset(currency_letters),
        attach_after=re.compile(rf"{attach}", re.IGNORECASE),
    )


def _glued_letters(text: str, end: int) -> str:
    start = end
    while start > 0 and _LATIN_LETTER.match(text[start - 1]):
        start -= 1
    return text[start:end]


def _is_code(text: str, start: int, end: int, c: _Compiled) -> bool:
    """True when the digits at start:end are part of a code, date, time, phone or ordinal."""
    before = text[start - 1] if start else ""
    before2 = text[start - 2] if start > 1 else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if (before and before in "+#№:") or (after == ":" and after2.isdecimal()):
        return True
    if (before == "/" and before2.isalnum()) or (after == "/" and after2.isalnum()):
        return True
    if (before == "-" and _LATIN_LETTER.match(before2)) or (after == "-" and after2.isalpha()):
        return True
    if _LATIN_LETTER.match(before) and (
        _glued_letters(text, start).casefold() not in c.currency_letters
    ):
        return True
    if _LATIN_LETTER.match(after) and not c.attach_after.match(text, end):
        return True
    if c.skip_after.match(text, end) or _PHONE_BEFORE.search(text, max(0, start - 8), start):
        return True
    return _skipped_before(text, start, c)


def _skipped_before(text: str, start: int, c: _Compiled) -> bool:
    """A code, ordinal or month word just before the number, unless it ends a longer phrase
    that introduces a value (Thai "อยู่ที่ 900 ล้าน", "stands at", is no "ที่ 3", third)."""
    skip = c.skip_before.match(text, start)
    if skip is None:
        return False
    value = c.value_before.match(text, start)
    return value is None or value[0] >= skip[0]


def _leading_zero(token: str) -> bool:
    return len(token) > 1 and token[0] == "0" and token[1].isdecimal()


def _token_value(match: re.Match[str], c: _Compiled) -> tuple[float | None, bool]:
    """The value of a matched token and whether it was written in words."""
    if match.group("digits") is not None:
        return None, False
    if match.lastgroup == "cjk":
        return parse_cjk_numeral(match.group("cjk")), True
    word = re.sub(r"\s+", " ", match.group("word").casefold())
    return c.words.get(word), True


def _apply_scales(
    text: str, value: float, end: int, c: _Compiled, lex: Lexicon
) -> tuple[float, int, str | None]:
    """The value with the scale words after ``end`` applied, the new end, and a mid approx.

    Compounds go down in scale ("1 tỷ 200 triệu", "8億2,500万": the inner number read by
    the language's separator rule); a thousand followed by a smaller number is one number,
    scaled by what follows it ("19 mil 220 millones" is 19,220 million, "dos mil 591" 2,591).
    """
    scaled = c.scale.match(text, end)
    if not scaled:
        return value, end, None
    unit = c.scales[re.sub(r"\s+", " ", scaled.group("scale").casefold())]
    value, end = _times(value, unit), scaled.end()
    approx = "over" if scaled.group("mid") else None
    if unit == 1000:
        value, end, unit = _thousand_and(text, value, end, c)
    while (more := c.compound.match(text, end)) is not None:
        inner = c.scales[re.sub(r"\s+", " ", more.group("scale").casefold())]
        number = _parse_digits(ascii_digits(more.group("num")), lex)
        if inner >= unit or number is None or number * inner >= unit:
            break
        value, end, unit = value + _times(number, inner), more.end(), inner
    return value, end, approx


def _thousand_and(text: str, value: float, end: int, c: _Compiled) -> tuple[float, int, float]:
    """After "N thousand": "B" (below 1000) and an optional larger scale word."""
    rest = _THOUSAND_REST.match(text, end)
    if rest is None:
        return value, end, 1000
    value, end = value + int(ascii_digits(rest.group(1))), rest.end()
    larger = c.scale.match(text, end)
    if larger is None or larger.group("mid"):
        return value, end, 1
    unit = c.scales[re.sub(r"\s+", " ", larger.group("scale").casefold())]
    return _times(value, unit), larger.end(), unit


def _times(value: float, unit: float) -> float:
    """value * unit without binary rounding noise: 1.07 * 1e9 is 1070000000."""
    return float(Decimal(repr(value)) * Decimal(repr(unit)))


def _cjk_tail(text: str, value: float, end: int, unit: float) -> tuple[float, int]:
    tail = re.match(r"\d{1,4}(?![\d.,])", text[end : end + 5])
    if tail and 0 < (extra := float(ascii_digits(tail.group()))) < unit:
        return value + extra, end + tail.end()
    return value, end


def _year_like(token: str, value: float, lex: Lexicon) -> bool:
    if len(token) != 4 or not token.isdecimal():
        return False
    return 1900 <= value <= 2100 or (lex.year_offset > 0 and 2443 <= value <= 2643)


def _scaled_match(
    text: str, match: re.Match[str], value: float, c: _Compiled, lex: Lexicon
) -> NumberMatch:
    start, end = match.span()
    scaled_value, new_end, approx = _apply_scales(text, value, end, c, lex)
    has_scale = new_end != end
    if has_scale and lex.compound_tail:
        unit = scaled_value / value if value else 0.0
        scaled_value, new_end = _cjk_tail(text, scaled_value, new_end, unit)
    token = match.group()
    return NumberMatch(
        value=scaled_value,
        start=start,
        end=new_end,
        text=text[start:new_end],
        is_year_like=not has_scale and _year_like(token, value, lex),
        from_words=match.group("digits") is None,
        has_scale=has_scale,
        approx=approx,
    )


def _read_match(text: str, match: re.Match[str], c: _Compiled, lex: Lexicon) -> NumberMatch | None:
    digits = match.group("digits")
    if digits is not None:
        if _leading_zero(digits) or _is_code(text, *match.span(), c):
            return None
        value = _parse_digits(digits, lex)
    else:
        value, _ = _token_value(match, c)
        if value == 1 and not c.scale.match(text, match.end()):
            return None
        if _skipped_before(text, match.start(), c):
            return None
    if value is None or not math.isfinite(value):
        return None
    if digits is None and value == 1 and not c.scale.match(text, match.end()):
        return None  # "one of the ...", "a delegation" are not figures
    return _scaled_match(text, match, value, c, lex)


def find_numbers(text: str, lang: str) -> list[NumberMatch]:
    """Every number in ``text`` with its scale applied, in order; see the module docstring."""
    lex = get_lexicon(lang)
    c = compiled(lang)
    found: list[NumberMatch] = []
    position = 0
    while (match := c.token.search(text, position)) is not None:
        number = _read_match(text, match, c, lex)
        if number is not None:
            found.append(number)
            position = max(number.end, match.end())
        else:
            position = match.end()
    return found
