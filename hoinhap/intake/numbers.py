"""Numbers in running text, in twenty languages and their scripts.

``parse_number`` reads one numeral ("1.263", "1,07", "۱۴٫۸", "3 000"); ``find_numbers``
finds every number in a text, with the scale word after it applied ("10,9 Milliarden",
"208 nghìn tỷ", "1兆2000億", "3억"), and leaves out what only looks like a number: parts
of dates ("24/1/2025", "tháng 6/2025", "30 June"), codes and decree numbers ("202/2025/QH15",
"59-NQ/TW", "No. 59", "Plan 313"), times, phone numbers, numbers with a leading zero, and
ordinals ("23rd", "thứ 23", "第23", "ke-23", German "23. Kongress"). One numeral is read
as numerals.py says ("1.263" is 1263 in German, 1.263 in English); where the decimal mark is
the Arabic "٫", a slash typed for it is read before a scale word or percent ("۱/۸ میلیارد").

``is_year_like`` marks a plain four-digit number from 1900 to 2100 (Thai also 2443-2643,
Buddhist era) with no scale: callers decide whether it is a year.

``scan_numbers`` gives the same numbers as plain tuples, for callers that read every number
of every text (quantities.py). Most numbers have no scale word, code or ordinal next to
them, so each phrase after a number is looked for only where the two characters after it
can start one (``StartChars``), and the phrases before it only where one can end
(``SuffixMatcher``).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from hoinhap.intake.langs import get_lexicon
from hoinhap.intake.lexicon import (
    LETTER,
    Lexicon,
    SuffixMatcher,
    alternation,
    bounded,
    first_chars,
    fold_phrase,
)
from hoinhap.intake.numerals import (
    CJK_NUMERAL,
    StartChars,
    ascii_digits,
    digits_shape,
    next_chars,
    next_word_pattern,
    parse_cjk_numeral,
    parse_digits,
    read_compound,
    word_branch,
    word_value,
)

_GAP = "[ \u00a0\u202f]{0,2}"
_PHONE_BEFORE = re.compile(r"(?:\+\d{1,3}|(?<!\d)0\d{1,4})[ .\-]\Z")
_THOUSAND_REST = re.compile(
    r"[ \u00a0\u202f]{1,2}(?:و[ \u00a0\u202f]{0,2})?(\d{1,3})(?!\d)(?![.,٫٬]\d)(?!\s*[%/:])"
)
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff\u1e00-\u1eff]")
# The same letters as a set: a look-up is cheaper than a match.
_LATIN_LETTERS = frozenset(c for c in map(chr, range(0x1F00)) if _LATIN_LETTER.match(c))
# What next to a number may make it a code (``_marked_code``).
_MARKS_BEFORE = _LATIN_LETTERS | frozenset("+#№:/-")
_MARKS_AFTER = _LATIN_LETTERS | frozenset(":/-")
# Bits of _Compiled.after: which phrases the two characters after a number may start.
_SKIP_AFTER, _SCALE = 1, 2


@dataclass(frozen=True, slots=True)
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


# A number as ``scan_numbers`` gives it: the fields of NumberMatch but its text, in order
# (value, start, end, is_year_like, from_words, has_scale, approx), then ``next_chars``
# at its end, which finders of the phrase after it use for their pre-check.
Found = tuple[float, int, int, bool, bool, bool, str | None, str]


def parse_number(text: str, lang: str) -> float | None:
    """The value of one numeral (or number word) in ``lang``; None if it is not one."""
    lex = get_lexicon(lang)
    token = text.strip()
    if not token:
        return None
    if token[0].isdecimal():
        value = parse_digits(token, lex) if digits_shape(lang).fullmatch(token) else None
    else:
        value = word_value(token, lex)
    return value if value is not None and math.isfinite(value) else None


@dataclass(frozen=True)
class _Compiled:
    token: re.Pattern[str]
    scale: re.Pattern[str]
    compound: re.Pattern[str]
    next_word: re.Pattern[str] | None
    slash_decimal: re.Pattern[str] | None
    skip_before: SuffixMatcher
    value_before: SuffixMatcher
    skip_after: re.Pattern[str]
    scales: dict[str, float]
    words: dict[str, float]
    currency_letters: frozenset[str]
    attach_after: re.Pattern[str]
    after: StartChars
    months: frozenset[str]  # month names, folded: a day may follow them, nothing larger


def _folded(mapping: dict[str, float]) -> dict[str, float]:
    return {fold_phrase(k): float(v) for k, v in mapping.items()}


def _token_pattern(lex: Lexicon) -> str:
    """A digit numeral, a number word or a Chinese/Japanese numeral. One look-ahead for
    the characters any of them starts with comes first: most positions fail it at once,
    which makes the search through a text some 25% faster."""
    branches = [f"(?P<digits>{digits_shape(lex.code).pattern})"]
    starts = [*lex.number_words, *lex.bare_scales, *lex.clitics]
    if word := word_branch(lex):
        if lex.words_need_counter:
            after = alternation([*lex.counters, *lex.scales])
            branches.append(f"{word}(?=\\s?{after})")
        else:
            branches.append(bounded(lex, word, clitics=True))
    if lex.code in ("zh", "ja"):
        after = alternation([*lex.counters, *lex.scales, *lex.approx_mid])
        branches.append(f"(?P<cjk>[{CJK_NUMERAL}]+)(?={after})")
        starts.extend(CJK_NUMERAL)
    return first_chars(starts, extra=r"\d") + "(?:" + "|".join(branches) + ")"


_MONTH_JOINERS = ("de", "del", "of", "th", "st", "nd", "rd")  # "5 de mayo", "5th of May"


def _skip_after(lex: Lexicon) -> str:
    ordinals = alternation(lex.ordinal_after)
    months = alternation(lex.months)
    joiners = "(?:" + "|".join(f"{joiner} " for joiner in _MONTH_JOINERS) + ")?"
    dot = r"|\.\s+(?=[^\W\d_])" if lex.dot_ordinals else ""
    return rf"(?:{ordinals}(?!{LETTER})|[.,]?\s{{0,2}}{joiners}{months}(?!{LETTER}){dot})"


def _slash_decimal(lex: Lexicon, scales: str, right: str) -> re.Pattern[str] | None:
    """Where the decimal mark is the Arabic "٫", writers type a slash for it ("۱/۸ میلیارد"
    is 1.8 billion); read so only before a scale word or a percent sign, never in a date."""
    if "٫" not in lex.decimal_symbols:
        return None
    percent = alternation(lex.percent_after)
    after = rf"(?={_GAP}(?:{scales}{right}|{percent}))"
    return re.compile(rf"/(?P<fraction>\d{{1,3}})(?![\d/]){after}", re.IGNORECASE)


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
            rf"{_GAP}(?:(?:và|and|و){_GAP})?(?P<num>\d+(?:[.,]\d+)?){_GAP}(?P<scale>{scales}){right}",
            re.IGNORECASE,
        ),
        next_word=next_word_pattern(lex),
        slash_decimal=_slash_decimal(lex, scales, right),
        skip_before=SuffixMatcher(
            lex, [*lex.code_before, *lex.ordinal_before, *lex.months], r"[\s.:,]{0,3}"
        ),
        value_before=SuffixMatcher(
            lex, [*lex.approx_before, *lex.currency_before, *lex.percent_before], r"[\s]{0,2}"
        ),
        skip_after=re.compile(_skip_after(lex), re.IGNORECASE),
        months=frozenset(fold_phrase(m) for m in lex.months),
        scales=_folded(dict(lex.scales)),
        words=_folded({**lex.number_words, **{w: lex.scales[w] for w in lex.bare_scales}}),
        currency_letters=frozenset(currency_letters),
        attach_after=re.compile(rf"{attach}", re.IGNORECASE),
        after=StartChars([_skip_after_phrases(lex), [*lex.scales, *lex.approx_mid]]),
    )


def _skip_after_phrases(lex: Lexicon) -> list[str]:
    """What ``_skip_after`` may start with: an ordinal, a month, a joiner or a mark."""
    return [*lex.ordinal_after, *lex.months, *_MONTH_JOINERS, ".", ","]


def _glued_letters(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1] in _LATIN_LETTERS:
        start -= 1
    return text[start:end]


def _is_code(text: str, start: int, end: int, c: _Compiled, follows: int) -> bool:
    """True when the digits at start:end are part of a code, date, time, phone or ordinal.
    ``follows``: the phrases the next two characters may start (``_Compiled.after``)."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if (before in _MARKS_BEFORE or after in _MARKS_AFTER) and _marked_code(text, start, end, c):
        return True
    if follows & _SKIP_AFTER and c.skip_after.match(text, end):
        return True
    if (
        before in " .-"
        and start > 1
        and text[start - 2].isdecimal()
        and _PHONE_BEFORE.search(text, max(0, start - 8), start)
    ):
        return True  # the last group of a phone number
    return _skipped_before(text, start, c, text[start:end])


def _marked_code(text: str, start: int, end: int, c: _Compiled) -> bool:
    """The tests of ``_is_code`` on the characters next to the number, for a number that
    touches a letter or one of the marks "+#№:/-"."""
    before = text[start - 1] if start else ""
    before2 = text[start - 2] if start > 1 else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if (before and before in "+#№") or (after == ":" and after2.isdecimal()):
        return True
    if before == ":" and not (before2.isalpha() and before2 not in _LATIN_LETTERS):
        return True  # "Tel:0236", "14:30"; not "ハノイ:36億" (a name, then its figure)
    if (before == "/" and before2.isalnum()) or (after == "/" and after2.isalnum()):
        return True
    if (before == "-" and before2 in _LATIN_LETTERS) or (after == "-" and after2.isalpha()):
        return True
    if before in _LATIN_LETTERS and (
        _glued_letters(text, start).casefold() not in c.currency_letters
    ):
        return True
    return after in _LATIN_LETTERS and not c.attach_after.match(text, end)


def _skipped_before(text: str, start: int, c: _Compiled, digits: str = "") -> bool:
    """A code, ordinal or month word just before the number, unless it ends a longer phrase
    that introduces a value (Thai "อยู่ที่ 900 ล้าน", "stands at", is no "ที่ 3", third), or
    the number, in ``digits``, cannot be the day of the month before it ("From January to
    April, 56 projects")."""
    skip = c.skip_before.match(text, start)
    if skip is None:
        return False
    no_day = digits and (len(digits) > 2 or (digits.isdecimal() and int(digits) > 31))
    if no_day and fold_phrase(skip[1]) in c.months:
        return False
    value = c.value_before.match(text, start)
    return value is None or value[0] >= skip[0]


_PADDED_COUNT = re.compile(r"[ \u00a0]+[^\W\d_]")


def _leading_zero(token: str, text: str, end: int) -> bool:
    """A numeral with a leading zero is a code, except a single digit padded to two before
    a word, as official reports count ("07 đoàn", "01 dự án")."""
    if len(token) < 2 or token[0] != "0" or not token[1].isdecimal():
        return False
    return len(token) != 2 or _PADDED_COUNT.match(text, end) is None


def _token_value(match: re.Match[str], c: _Compiled) -> tuple[float | None, bool]:
    """The value of a matched token and whether it was written in words."""
    if match.group("digits") is not None:
        return None, False
    if match.lastgroup == "cjk":
        return parse_cjk_numeral(match.group("cjk")), True
    word = fold_phrase(match.group("word"))
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
    unit = c.scales[fold_phrase(scaled.group("scale"))]
    value, end = _times(value, unit), scaled.end()
    approx = "over" if scaled.group("mid") else None
    if unit == 1000:
        value, end, unit = _thousand_and(text, value, end, c)
    while (more := c.compound.match(text, end)) is not None:
        inner = c.scales[fold_phrase(more.group("scale"))]
        number = parse_digits(ascii_digits(more.group("num")), lex)
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
    unit = c.scales[fold_phrase(larger.group("scale"))]
    return _times(value, unit), larger.end(), unit


_EXACT_INTEGERS = 2.0**53  # below it, a product of whole floats is exact


def _times(value: float, unit: float) -> float:
    """value * unit without binary rounding noise: 1.07 * 1e9 is 1070000000."""
    product = value * unit
    if abs(product) < _EXACT_INTEGERS and value.is_integer() and unit.is_integer():
        return product  # whole numbers ("300 million"): exact already, no Decimal needed
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
    text: str,
    start: int,
    end: int,
    value: float,
    c: _Compiled,
    lex: Lexicon,
    after: str | None = None,
) -> Found:
    """The number with its scale words. ``after``: ``next_chars`` at ``end``, if known."""
    token = text[start:end]
    from_words = not token[0].isdecimal()
    if value == 1000 and from_words:
        value, end, _ = _thousand_and(text, value, end, c)  # "mil 600 proyectos": 1600
        after = None
    if after is None:
        after = next_chars(text, end)
    if c.after[after] & _SCALE:
        scaled_value, new_end, approx = _apply_scales(text, value, end, c, lex)
    else:  # no scale word can start there: most numbers
        scaled_value, new_end, approx = value, end, None
    has_scale = new_end != end
    if has_scale:
        if lex.compound_tail:
            unit = scaled_value / value if value else 0.0
            scaled_value, new_end = _cjk_tail(text, scaled_value, new_end, unit)
        after = next_chars(text, new_end)
    year_like = not has_scale and len(token) == 4 and _year_like(token, value, lex)
    return scaled_value, start, new_end, year_like, from_words, has_scale, approx, after


def _slash_fraction(text: str, match: re.Match[str], c: _Compiled) -> tuple[float, int] | None:
    """The value and end of a numeral like "۱/۸" before a scale word or percent, where "/"
    stands for the decimal mark "٫"; None for anything else (a date, "ماده ۳/۲")."""
    digits, start = match.group("digits"), match.start()
    if c.slash_decimal is None or not digits.isdecimal() or len(digits) > 3:
        return None
    if start and (text[start - 1] == "/" or text[start - 1].isalnum()):
        return None
    fraction = c.slash_decimal.match(text, match.end())
    if fraction is None or _skipped_before(text, start, c):
        return None
    decimals = ascii_digits(fraction.group("fraction"))
    return float(f"{ascii_digits(digits)}.{decimals}"), fraction.end()


def _read_words(text: str, match: re.Match[str], c: _Compiled) -> tuple[float | None, int]:
    value, _ = _token_value(match, c)
    end = match.end()
    if value is not None:
        value, end = read_compound(text, value, end, c.next_word, c.words)
    if value == 1 and not c.scale.match(text, end):
        return None, end  # "one of the ...", "a delegation" are not figures
    if _skipped_before(text, match.start(), c):
        return None, end
    return value, end


def _read_match(text: str, match: re.Match[str], c: _Compiled, lex: Lexicon) -> Found | None:
    """The number a token starts, or None when it is no figure (a code, a date ...)."""
    start, end = match.span()
    digits = match["digits"]
    after = None
    if digits is None:
        value, end = _read_words(text, match, c)
    elif digits[0] == "0" and _leading_zero(digits, text, end):
        return None
    elif c.slash_decimal is not None and (fraction := _slash_fraction(text, match, c)):
        value, end = fraction
    elif _is_code(text, start, end, c, c.after[after := next_chars(text, end)]):
        return None
    else:
        value = parse_digits(digits, lex)
    if value is None or not math.isfinite(value):
        return None
    return _scaled_match(text, start, end, value, c, lex, after)


def find_numbers(text: str, lang: str, skip: Sequence[tuple[int, int]] = ()) -> list[NumberMatch]:
    """Every number in ``text`` with its scale applied, in order; see the module docstring.
    A number that starts inside one of the ``skip`` spans (sorted, not overlapping: the
    periods already found) is not read."""
    return [
        NumberMatch(value, start, end, text[start:end], year_like, from_words, has_scale, approx)
        for value, start, end, year_like, from_words, has_scale, approx, _ in scan_numbers(
            text, lang, skip
        )
    ]


def scan_numbers(text: str, lang: str, skip: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """The numbers of ``find_numbers`` as plain tuples (``Found``), which are much cheaper
    to make than frozen dataclasses: for callers that read every number of every text."""
    lex = get_lexicon(lang)
    c = compiled(lang)
    found: list[Found] = []
    position = 0
    starts = [start for start, _ in skip]
    search = c.token.search
    while (match := search(text, position)) is not None:
        start, position = match.span()
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < skip[i][1]:
            continue
        number = _read_match(text, match, c, lex)
        if number is not None:
            found.append(number)
            position = max(number[2], position)
    return found
