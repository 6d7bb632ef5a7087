"""Quantities: a number with its scale, currency or percent sign, and approximation word.

"lebih dari US$1,07 miliar" is 1.07e9 USD "over"; "VND208 triliun" 2.08e14 VND; "أكثر من
1.5 مليار دولار أمريكي" 1.5e9 USD "over"; "hơn 3.000 đoàn" 3000 "count" "over"; "1000多个"
1000 "count" "over". The span covers the whole phrase; ``number_start:number_end`` the
number and its scale.

Units: "USD", "VND", "percent", "count" (a bare number), or the ISO code of another
currency (EUR, JPY, KRW, CNY ...) so that callers can leave it out. A year-like number with
no currency or percent ("in 2024", "Meet 2024") is not a quantity, and neither is a count
that is not a whole number ("IRONMAN 70.3").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from hoinhap.intake.langs import get_lexicon
from hoinhap.intake.lexicon import LETTER, Lexicon, SuffixMatcher, alternation, fold_phrase
from hoinhap.intake.numbers import Found, scan_numbers
from hoinhap.intake.numerals import StartChars, next_chars


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure as written: value with scale applied, unit, approximation and offsets."""

    value: float
    unit: str
    approx: str
    start: int
    end: int
    text: str
    number_start: int
    number_end: int


@dataclass(frozen=True)
class _Compiled:
    approx_before: SuffixMatcher
    approx_after: re.Pattern[str]
    currency_before: SuffixMatcher
    currency_after: re.Pattern[str]
    percent_before: SuffixMatcher | None  # None where no phrase stands for percent before
    percent_after: re.Pattern[str]
    approx: dict[str, str]
    currencies: dict[str, str]
    counters: tuple[str, ...]  # counters that make a year-like number a count (not 年, ปี)
    after: StartChars


_YEAR_WORDS = frozenset(("年", "ปี"))
# Bits of _Compiled.after: which phrases the two characters after a number may start.
_APPROX, _CURRENCY, _PERCENT = 1, 2, 4


def _after(lex: Lexicon, phrases: list[str], joiners: tuple[str, ...] = ()) -> re.Pattern[str]:
    right = f"(?!{LETTER})" if lex.bound_right else ""
    join = f"(?:{alternation(joiners)}[ \u00a0\u202f]{{0,2}})?" if joiners else ""
    body = alternation(phrases)
    return re.compile(rf"[ \u00a0\u202f]{{0,2}}{join}(?P<p>{body}){right}", re.IGNORECASE)


@cache
def _compiled(lang: str) -> _Compiled:
    lex = get_lexicon(lang)
    approx = {**lex.approx_before, **lex.approx_after}
    currencies = {**lex.currency_before, **lex.currency_after}
    return _Compiled(
        approx_before=SuffixMatcher(lex, lex.approx_before, r"[ \u00a0\u202f:]{0,2}"),
        approx_after=_after(lex, list(lex.approx_after), lex.counters),
        currency_before=SuffixMatcher(lex, lex.currency_before, r"[ \u00a0]?"),
        currency_after=_after(lex, list(lex.currency_after), lex.currency_joiners),
        percent_before=SuffixMatcher(lex, lex.percent_before) if lex.percent_before else None,
        percent_after=_after(lex, list(lex.percent_after)),
        approx={fold_phrase(k): v for k, v in approx.items()},
        currencies={fold_phrase(k): v for k, v in currencies.items()},
        counters=tuple(k for k in lex.counters if k not in _YEAR_WORDS),
        after=StartChars(
            [
                [*lex.approx_after, *lex.counters],
                [*lex.currency_after, *lex.currency_joiners],
                lex.percent_after,
            ]
        ),
    )


def _extend_before(text: str, start: int, c: _Compiled) -> tuple[int, str | None, str | None]:
    """The start of the phrase, its unit and its approximation, looking left of the number."""
    unit = approx = None
    if (cur := c.currency_before.match(text, start)) is not None:
        start, unit = cur[0], c.currencies.get(fold_phrase(cur[1]))
    elif c.percent_before is not None and (pct := c.percent_before.match(text, start)):
        start, unit = pct[0], "percent"
    if (near := c.approx_before.match(text, start)) is not None:
        start, approx = near[0], c.approx.get(fold_phrase(near[1]))
        approx = None if approx == "exact" else approx  # "อยู่ที่": only introduces the value
    return start, unit, approx


def _extend_after(
    text: str, end: int, starts: int, c: _Compiled
) -> tuple[int, str | None, str | None]:
    """The end of the phrase, its unit and its approximation, looking right of the number.
    ``starts``: the phrases that may start after ``end`` (``_Compiled.after``)."""
    unit = approx = None
    if starts & _APPROX and (near := c.approx_after.match(text, end)) is not None:
        approx, end = c.approx.get(fold_phrase(near.group("p"))), near.end()
        starts = c.after[next_chars(text, end)]
    if starts & _CURRENCY and (cur := c.currency_after.match(text, end)) is not None:
        unit, end = c.currencies.get(fold_phrase(cur.group("p"))), cur.end()
    elif starts & _PERCENT and (pct := c.percent_after.match(text, end)) is not None:
        unit, end = "percent", pct.end()
    if unit is not None and (late := c.approx_after.match(text, end)) is not None:
        approx, end = approx or c.approx.get(fold_phrase(late.group("p"))), late.end()
    return end, unit, approx


def _counted(text: str, end: int, c: _Compiled) -> bool:
    """Whether a counter other than a year word follows the number ("1950件", "2000 คน"):
    then a number that looks like a year is a count."""
    start = end + 1 if text[end : end + 1] == " " else end
    return any(text.startswith(counter, start) for counter in c.counters)


def _quantity(text: str, number: Found, c: _Compiled) -> Quantity | None:
    """The figure a number is, with the phrase around it; None for a year, a count that is
    not whole, or a value no figure can take."""
    value, number_start, number_end, year_like, _, _, number_approx, after = number
    start, unit_before, approx_before = _extend_before(text, number_start, c)
    starts = c.after[after]  # the phrases that may follow
    if starts:
        end, unit_after, approx_after = _extend_after(text, number_end, starts, c)
    else:  # none can: most numbers
        end, unit_after, approx_after = number_end, None, None
    unit = unit_before or unit_after or "count"
    if year_like and unit == "count" and not _counted(text, number_end, c):
        return None
    if unit == "count" and not float(value).is_integer():
        return None
    if not (math.isfinite(value) and value >= 0):
        return None  # not plausible (``is_plausible``): checked before making the Quantity
    approx = number_approx or approx_before or approx_after or "exact"
    # Arguments by position: a frozen dataclass is made some 25% faster so.
    return Quantity(value, unit, approx, start, end, text[start:end], number_start, number_end)


def find_quantities(text: str, lang: str, skip: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity in ``text``, in order; none starting inside the ``skip`` spans (the
    periods found, sorted)."""
    c = _compiled(lang)
    found: list[Quantity] = []
    last_end = -1
    for number in scan_numbers(text, lang, skip):
        if number[1] < last_end:
            continue  # a word inside the last phrase: "12 في المائة"
        quantity = _quantity(text, number, c)
        if quantity is not None:
            found.append(quantity)
            last_end = quantity.end
    return found


def is_plausible(quantity: Quantity) -> bool:
    """False for values no figure can take: negative, infinite, not a number."""
    return math.isfinite(quantity.value) and quantity.value >= 0
