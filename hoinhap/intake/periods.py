"""Periods named in running text, as registry labels.

Kinds and labels: ``range`` "2021-2025" ("giai đoạn 2021 - 2025", "from 2021 to 2025",
"2021至2025年", "در دوره ۲۰۲۱-۲۰۲۵"); ``year`` "2024" ("in 2024", "năm 2024", "عام 2024",
"2024年"); ``half`` "2025-H1" ("first six months of 2025", "6 tháng đầu năm 2025",
"上半年"); ``quarter`` "2025-Q3" ("quý III/2025", "Q3 2025", "第三季度"); ``month``
"2020-06" ("June 2020", "tháng 6/2025", "2025年6月"; a year's end is its December: "by the
end of 2024", "cuối năm 2024", "2024年底" -> "2024-12"); ``day`` "2020-06-30"; ``relative``
("over the past five years", "5 năm qua", "last year", "this year").

Relative periods are resolved against ``published``, the document's date: "the past N
years" is the N calendar years ending with the publication year (published 2025-11-20:
"over the past five years" -> "2021-2025"), "last year" the year before it, "this year"
that year. A half or quarter named without a year ("上半年") takes the publication year, and
so does a month or day named without one ("as of the end of June", "Até 22 de janeiro",
"7月份"), unless it comes after the publication month: then it is of the year before
(published 2025-03-10: "in October" -> "2024-10"). These are found only where no dated
mention is, from full month names in the case the language writes them ("May" and "mar"
are not months here). Without ``published`` these carry ``label=None``.

``span``: "the first ten months (of 2025)", "10 bulan pertama tahun ini", "1-10月": no half,
quarter or year, so ``label=None`` (SCHEMA: year-to-date has no period); "the first three
months" is the first quarter. ``anaphor``: "in this period", "trong giai đoạn này", "在此期间"
(the lexicon's ``period_anaphors``) is the last range of years named before it.

Thai years may be Buddhist era (2568 -> 2025). Overlapping mentions: the more specific one
wins (day, month, range, half/quarter, relative, year).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import NamedTuple

from hoinhap.intake.langs import get_lexicon
from hoinhap.intake.lexicon import Lexicon
from hoinhap.intake.numerals import ascii_digits, parse_cjk_numeral
from hoinhap.intake.period_patterns import Compiled, compiled, phrase_key

_PRIORITY = {
    "day": 0, "month": 1, "range": 2, "anaphor": 2, "half": 3, "quarter": 3, "span": 3,
    "relative": 4, "year": 5,
}  # fmt: skip
# Not \d{4}: a pattern that starts with a character class is searched by skipping to it.
_FOUR_DIGITS = re.compile(r"\d\d\d\d")
_RANGE_LABEL = re.compile(r"\d{4}-\d{4}")
_WINDOW_BEFORE, _WINDOW_AFTER = 80, 60
_DIGITS_REACH = 24  # "15 / 06 / 2025", "2025 年 6 月 30 日": day and month beside the year
_ANAPHOR_GAP = 3


@dataclass(frozen=True)
class PeriodMention:
    """A period named in a text; ``label`` is None when a relative one cannot be resolved."""

    label: str | None
    kind: str
    start: int
    end: int
    text: str


def _year(raw: str | None, lex: Lexicon) -> int | None:
    if raw is None:
        return None
    value = int(ascii_digits(raw))
    if 1900 <= value <= 2100:
        return value
    if lex.year_offset and 1900 <= value - lex.year_offset <= 2100:
        return value - lex.year_offset
    return None


def _date_label(year: int | None, month: int | None, day: int | None = None) -> str | None:
    if year is None or month is None:
        return None
    try:
        date = dt.date(year, month, day or 1)
    except ValueError:
        return None
    return date.isoformat() if day else date.isoformat()[:7]


def _month_of(match: re.Match[str], c: Compiled) -> int | None:
    groups = match.groupdict()
    if groups.get("m") is not None:
        return int(ascii_digits(groups["m"]))
    return c.month_numbers.get(phrase_key(groups["mon"])) if groups.get("mon") else None


@lru_cache(maxsize=4)
def _four_digits(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text's four-digit numbers are (read once for every kind of window)."""
    return tuple(m.span() for m in _FOUR_DIGITS.finditer(text))


def _year_windows(
    text: str,
    before: int = _WINDOW_BEFORE,
    after: int = _WINDOW_AFTER,
    beside: Callable[[int], object] | None = None,
) -> list[tuple[int, int]]:
    """The stretches of text around four-digit numbers (those at which ``beside`` is true):
    every dated period lies in one."""
    windows: list[tuple[int, int]] = []
    for start, end in _four_digits(text):
        if beside is not None and not beside(start):
            continue
        lo, hi = max(0, start - before), end + after
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _scan(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> list[re.Match[str]]:
    return [m for lo, hi in windows for m in pattern.finditer(text, lo, hi)]


def _intersect(
    first: list[tuple[int, int]], second: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The stretches two lists of sorted, disjoint stretches share."""
    shared: list[tuple[int, int]] = []
    i = j = 0
    while i < len(first) and j < len(second):
        (lo, hi), (lo2, hi2) = first[i], second[j]
        start, end = lo2 if lo2 > lo else lo, hi2 if hi2 < hi else hi
        if start < end:
            shared.append((start, end))
        if hi < hi2:
            i += 1
        else:
            j += 1
    return shared


def _may_match(c: Compiled, pattern: re.Pattern[str], text: str) -> bool:
    """False when the text lacks every character the pattern needs (`Compiled.marks`)."""
    marks = c.marks.get(id(pattern))
    return marks is None or any(mark in text for mark in marks)


def _find_dates(
    text: str, lex: Lexicon, c: Compiled, windows: list[tuple[int, int]]
) -> list[PeriodMention]:
    """Dates with a year: near their month names, or (all in digits: "15/6/2025",
    "2025年6月") within a few characters of the year."""
    found = []
    for kind, patterns in (("day", c.days), ("month", c.months)):
        for pattern in patterns:
            if not _may_match(c, pattern, text):
                continue
            if pattern in c.keywords:
                near = windows
            else:
                side = partial(c.year_sides[id(pattern)].match, text)
                near = _year_windows(text, _DIGITS_REACH, _DIGITS_REACH, side)
            for m in _scanner(text, lex.code).scan(pattern, near):
                year, month = _year(m.group("y"), lex), _month_of(m, c)
                day = int(ascii_digits(m.group("d"))) if kind == "day" else None
                if kind == "day" and month is not None and month > 12 and day and day <= 12:
                    month, day = day, month  # month/day/year
                label = _date_label(year, month, day)
                if label:
                    found.append(PeriodMention(label, kind, m.start(), m.end(), m.group()))
    return found


def _range_years(m: re.Match[str], lex: Lexicon) -> tuple[int | None, int | None]:
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    first = groups.get("y1") or next((v for k, v in groups.items() if k[0] == "b"), None)
    second = groups.get("y2") or next((v for k, v in groups.items() if k[0] == "c"), None)
    start = _year(first, lex)
    if start is None or second is None:
        return None, None
    digits = ascii_digits(second)
    end = start // 100 * 100 + int(digits) if len(digits) == 2 else _year(second, lex)
    return start, end


def _find_ranges(text: str, lex: Lexicon, c: Compiled) -> list[PeriodMention]:
    """Ranges of years, looked for only around years a range word or dash follows."""
    found = []
    near = _year_windows(text, *c.range_reach, partial(c.range_first.match, text))
    for m in _scanner(text, lex.code).scan(c.ranges, near):
        start, end = _range_years(m, lex)
        if start is not None and end is not None and start < end <= start + 100:
            found.append(PeriodMention(f"{start}-{end}", "range", m.start(), m.end(), m.group()))
    return found


class _Undated(NamedTuple):
    parts: tuple[re.Match[str], ...]
    past: tuple[re.Match[str], ...]
    last_this: tuple[re.Match[str], ...]
    spans: tuple[re.Match[str], ...]
    bare: tuple[tuple[str, re.Match[str]], ...]


class Scanner:
    """Scans a text with a pattern only around its keywords (the lower-case text has the
    same offsets), or all of it when it has none or lower-casing moves offsets."""

    def __init__(self, text: str, c: Compiled) -> None:
        self.text, self.c = text, c
        lowered = text.lower()
        self.windows = c.keywords.windows(lowered) if len(lowered) == len(text) else None

    def scan(
        self, pattern: re.Pattern[str], windows: list[tuple[int, int]] | None = None
    ) -> list[re.Match[str]]:
        """The pattern's matches in ``windows`` (all the text when None), and near its
        keywords when it has some."""
        group = self.c.keywords.group.get(id(pattern))
        if self.windows is not None and group is not None:
            near = self.windows[group]
            windows = near if windows is None else _intersect(near, windows)
        if windows is None:
            return list(pattern.finditer(self.text))
        return _scan(pattern, self.text, windows)


@lru_cache(maxsize=4)
def _scanner(text: str, lang: str) -> Scanner:
    return Scanner(text, compiled(lang))


@lru_cache(maxsize=4)
def _undated_matches(text: str, lang: str) -> _Undated:
    """The matches whose labels depend on the publication date (halves and quarters, "the
    past N years", "last year", "the first ten months", days and months without a year),
    found once per text: `redate_periods` only labels them again."""
    c = compiled(lang)
    scanner = _scanner(text, lang)
    bare = [
        (kind, m)
        for kind, patterns in (("day", c.bare_days), ("month", (c.bare_months,)))
        for pattern in patterns
        if _may_match(c, pattern, text)
        for m in scanner.scan(pattern)
    ]
    return _Undated(
        tuple(scanner.scan(c.parts)),
        tuple(scanner.scan(c.past)),
        tuple(scanner.scan(c.last_this)),
        tuple(scanner.scan(c.spans)),
        tuple(bare),
    )


def _find_parts(
    text: str, lex: Lexicon, c: Compiled, published: dt.date | None
) -> list[PeriodMention]:
    found = []
    for m in _undated_matches(text, lex.code).parts:
        part = c.part_labels[phrase_key(m.group("p"))]
        start, end, year = m.start(), m.end(), None
        if (after := c.gap_year.match(text, end)) is not None:
            year, end = _year(after.group("y"), lex), after.end()
        elif (after := c.this_after.match(text, end)) is not None:
            end = after.end()  # "the first half of this year": the publication year's
        elif lex.year_first and (
            before := c.year_before_part.search(text, max(0, start - 12), start)
        ):
            year, start = _year(before.group("y"), lex), before.start()
        if year is None and published is not None:
            year = published.year
        label = f"{year}-{part}" if year is not None else None
        kind = "half" if part[0] == "H" else "quarter"
        found.append(PeriodMention(label, kind, start, end, text[start:end]))
    return found


def _count(raw: str, c: Compiled) -> int | None:
    digits = ascii_digits(raw)
    if digits.isdecimal():
        return int(digits)
    value = c.number_values.get(phrase_key(raw.removeprefix("ال"))) or parse_cjk_numeral(raw)
    return int(value) if value else None


def _find_relative(
    text: str, lex: Lexicon, c: Compiled, published: dt.date | None
) -> list[PeriodMention]:
    found = []
    year = published.year if published else None
    matches = _undated_matches(text, lex.code)
    for m in matches.past:
        raw = next(v for k, v in m.groupdict().items() if v is not None and k[0] == "n")
        count = _count(raw, c)
        if not count or count > 100:
            continue
        label = None if year is None else (f"{year - count + 1}-{year}" if count > 1 else str(year))
        found.append(PeriodMention(label, "relative", m.start(), m.end(), m.group()))
    for m in matches.last_this:
        label = None if year is None else str(year - 1 if m.group("last") else year)
        found.append(PeriodMention(label, "relative", m.start(), m.end(), m.group()))
    return found


def _find_year_ends(
    text: str, lex: Lexicon, c: Compiled, windows: list[tuple[int, int]]
) -> list[PeriodMention]:
    found = []
    for m in _scanner(text, lex.code).scan(c.year_ends, windows):
        year = _year(next(v for v in m.groupdict().values() if v is not None), lex)
        if year is not None:
            found.append(PeriodMention(f"{year}-12", "month", m.start(), m.end(), m.group()))
    return found


def _find_years(
    text: str, lex: Lexicon, c: Compiled, windows: list[tuple[int, int]]
) -> list[PeriodMention]:
    found = []
    for m in _scanner(text, lex.code).scan(c.years, windows):
        year = _year(m.groupdict().get("y") or m.groupdict().get("z"), lex)
        if year is not None:
            found.append(PeriodMention(str(year), "year", m.start(), m.end(), m.group()))
    return found


def _bare_label(month: int, day: int | None, published: dt.date | None) -> str | None:
    """A month or day named without a year is of the publication year, or of the year before
    when it comes after the publication month ("in October", published in March)."""
    if published is None:
        return None
    return _date_label(published.year - (month > published.month), month, day)


def _find_bare(
    text: str, lex: Lexicon, c: Compiled, published: dt.date | None
) -> list[PeriodMention]:
    found = []
    for kind, m in _undated_matches(text, lex.code).bare:
        month = _month_of(m, c)
        day = int(ascii_digits(m.group("d"))) if kind == "day" else None
        if month is None or not 1 <= month <= 12 or not 1 <= (day or 1) <= 31:
            continue
        label = _bare_label(month, day, published)
        found.append(PeriodMention(label, kind, m.start(), m.end(), m.group()))
    return found


def _find_spans(
    text: str, lex: Lexicon, c: Compiled, published: dt.date | None
) -> list[PeriodMention]:
    """ "The first ten months" (of a year) is no half, quarter or year: a mention without a
    label (SCHEMA: year-to-date has no period); the first three months are the first quarter."""
    found = []
    for m in _undated_matches(text, lex.code).spans:
        raw = next(v for k, v in m.groupdict().items() if v is not None and k[0] == "n")
        count = _count(raw, c)
        if count is None or count in (1, 6) or count >= 12:
            continue
        end, year = m.end(), published.year if published else None
        if (after := c.gap_year.match(text, end)) is not None:
            year, end = _year(after.group("y"), lex), after.end()
        elif (after := c.this_after.match(text, end)) is not None:
            end = after.end()
        kind, label = ("quarter", f"{year}-Q1" if year else None) if count == 3 else ("span", None)
        found.append(PeriodMention(label, kind, m.start(), end, text[m.start() : end]))
    return found


def _find_anaphors(text: str, lang: str, c: Compiled) -> list[PeriodMention]:
    return [
        PeriodMention(None, "anaphor", m.start(), m.end(), m.group())
        for m in _scanner(text, lang).scan(c.anaphors)
    ]


def _link_anaphors(periods: list[PeriodMention]) -> list[PeriodMention]:
    """ "In this period" is the last range of years named before it (a term under review:
    "2021-2025", "the past five years"), not the latest period named; "in the period" that
    a period follows ("in the period 2021-2025") is no mention of its own."""
    linked: list[PeriodMention] = []
    last: str | None = None
    for i, p in enumerate(periods):
        if p.kind == "anaphor":
            if i + 1 < len(periods) and periods[i + 1].start - p.end <= _ANAPHOR_GAP:
                continue
            p = replace(p, label=last)
        elif p.label and _RANGE_LABEL.fullmatch(p.label):
            last = p.label
        linked.append(p)
    return linked


def _resolve(
    candidates: list[PeriodMention], fallbacks: Iterable[PeriodMention] = ()
) -> list[PeriodMention]:
    """The more specific of overlapping mentions; ``fallbacks`` (months and days without a
    year) only where no candidate is. Kept ones never overlap, so each new one is checked
    against its two neighbours in start order (bisection, not a scan of all)."""

    def rank(p: PeriodMention) -> tuple[int, int, int]:
        return (_PRIORITY[p.kind], p.start - p.end, p.start)

    ranked = sorted(candidates, key=rank) + sorted(fallbacks, key=rank)
    starts: list[int] = []
    kept: list[PeriodMention] = []
    for mention in ranked:
        i = bisect_left(starts, mention.start)
        if i > 0 and kept[i - 1].end > mention.start:
            continue
        if i < len(kept) and kept[i].start < mention.end:
            continue
        starts.insert(i, mention.start)
        kept.insert(i, mention)
    return kept


def find_periods(text: str, lang: str, *, published: dt.date | None = None) -> list[PeriodMention]:
    """Every period named in ``text``, in order; see the module docstring."""
    lex = get_lexicon(lang)
    c = compiled(lang)
    windows = _year_windows(text)
    candidates = [
        *_find_dates(text, lex, c, windows),
        *_find_ranges(text, lex, c),
        *_find_parts(text, lex, c, published),
        *_find_relative(text, lex, c, published),
        *_find_year_ends(text, lex, c, windows),
        *_find_years(text, lex, c, windows),
        *_find_spans(text, lex, c, published),
        *_find_anaphors(text, lang, c),
    ]
    return _link_anaphors(_resolve(candidates, _find_bare(text, lex, c, published)))


def redate_periods(
    text: str, lang: str, periods: list[PeriodMention], published: dt.date | None
) -> list[PeriodMention]:
    """``periods`` (what `find_periods` found in ``text``) as if found with ``published``:
    only the labels of relative periods, of halves, quarters, months and days without a year
    and of "this period" depend on it, never which mentions are found, so only those are read
    again."""
    lex, c = get_lexicon(lang), compiled(lang)
    labels: dict[tuple[int, int, str], str | None] = {}
    for m in (
        *_find_parts(text, lex, c, published),
        *_find_relative(text, lex, c, published),
        *_find_spans(text, lex, c, published),
        *_find_bare(text, lex, c, published),
    ):
        labels.setdefault((m.start, m.end, m.kind), m.label)
    return _link_anaphors(
        [
            replace(p, label=labels[key]) if (key := (p.start, p.end, p.kind)) in labels else p
            for p in periods
        ]
    )
