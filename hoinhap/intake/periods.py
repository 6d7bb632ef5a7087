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
that year. A half or quarter named without a year ("上半年") takes the publication year.
Without ``published`` these carry ``label=None``.

Thai years may be Buddhist era (2568 -> 2025). Overlapping mentions: the more specific one
wins (day, month, range, half/quarter, relative, year).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache

from hoinhap.intake.langs import get_lexicon
from hoinhap.intake.lexicon import Lexicon, alternation, bounded, first_chars
from hoinhap.intake.numbers import ascii_digits, parse_cjk_numeral

_YEAR = r"(?<![\d/.,٫٬])(?P<{}>\d{{4}})(?![\d/]|[.,٫٬]\d)"
_INNER_YEAR = r"(?<!\d)(?P<{}>\d{{4}})(?![\d/]|[.,٫٬]\d)"
_DASHES = ("-", "–", "—", "~", "～", "〜")
_JOINERS = (
    "of", "the", "de", "del", "des", "do", "da", "di", "năm", "tahun", "من", "عام", "العام",
    "سال", "ปี", "ປີ", "ឆ្នាំ", "года", "des Jahres", "année", "l'année", "del año",
    "do ano", "dell'anno", "vom", "in", "em", "en", "no", "of the year", "ของ", "ของปี",
)  # fmt: skip
_PRIORITY = {"day": 0, "month": 1, "range": 2, "half": 3, "quarter": 3, "relative": 4, "year": 5}
_CJK_N = "[一二两三四五六七八九十]+"
_FOUR_DIGITS = re.compile(r"\d{4}")
_WINDOW_BEFORE, _WINDOW_AFTER = 80, 60


@dataclass(frozen=True)
class PeriodMention:
    """A period named in a text; ``label`` is None when a relative one cannot be resolved."""

    label: str | None
    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Compiled:
    days: tuple[re.Pattern[str], ...]
    months: tuple[re.Pattern[str], ...]
    ranges: re.Pattern[str]
    parts: re.Pattern[str]
    gap_year: re.Pattern[str]
    year_before_part: re.Pattern[str]
    year_ends: re.Pattern[str]
    past: re.Pattern[str]
    last_this: re.Pattern[str]
    years: re.Pattern[str]
    month_numbers: dict[str, int]
    part_labels: dict[str, str]


def _key(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.casefold()).rstrip(".")


def _y(name: str, *, inner: bool = False) -> str:
    """A year group; ``inner`` for a year that may follow a slash ("6/2025", "quý III/2025")."""
    return (_INNER_YEAR if inner else _YEAR).format(name)


def _day_patterns(lex: Lexicon, months: str) -> tuple[re.Pattern[str], ...]:
    flags = re.IGNORECASE
    return (
        re.compile(
            rf"(?=\d)(?<!\d)(?P<d>\d{{1,2}})\.?\s*(?:de\s+)?(?P<mon>{months})\.?,?\s*(?:de\s+|del\s+)?{_y('y')}",
            flags,
        ),
        re.compile(
            rf"{first_chars(lex.months)}(?P<mon>{months})\.?\s+(?P<d>\d{{1,2}})"
            rf"(?:st|nd|rd|th)?,?\s*{_y('y')}",
            flags,
        ),
        re.compile(
            rf"(?=\d)(?<![\d/.])(?P<d>\d{{1,2}})[/.\-](?P<m>\d{{1,2}})[/.\-]"
            rf"{_y('y', inner=True)}(?![/.\-]\d)",
            flags,
        ),
        re.compile(rf"{_y('y')}\s*[年년]\s*(?P<m>\d{{1,2}})\s*[月월]\s*(?P<d>\d{{1,2}})\s*[日일]"),
    )


def _month_patterns(lex: Lexicon, months: str, joiners: str) -> tuple[re.Pattern[str], ...]:
    after = f"(?:\\s*{alternation(lex.year_after)})?" if lex.year_after else ""
    return (
        re.compile(
            rf"{first_chars(lex.months)}{bounded(lex, f'(?P<mon>{months})')}(?:\s*/\s*{months})?\.?"
            rf"(?:[\s,/]+|{joiners}){{0,6}}{_y('y', inner=True)}{after}",
            re.IGNORECASE,
        ),
        re.compile(rf"{_y('y')}\s*[年년]\s*(?P<m>\d{{1,2}})\s*[月월](?!\s*\d{{1,2}}\s*[日일])"),
    )


def _range_pattern(lex: Lexicon) -> re.Pattern[str]:
    after = f"(?:\\s*{alternation(lex.year_after)})?" if lex.year_after else ""
    before = f"(?:{bounded(lex, alternation(lex.year_before))}\\s*)?" if lex.year_before else ""
    start = f"(?:{bounded(lex, alternation(lex.range_before))}\\s*)?" if lex.range_before else ""
    joins = alternation([*_DASHES, *lex.range_words])
    second = r"(?<![\d/.,٫٬])(?P<y2>\d{4}|\d{2})(?![\d/]|[.,٫٬]\d)"
    lead = first_chars([*lex.range_before, *(a for a, _ in lex.between)], r"\d")
    plain = rf"{start}{_y('y1')}{after}\s*{joins}\s*{before}{second}{after}"
    pairs = [
        rf"{bounded(lex, re.escape(a))}\s*{_y(f'b{i}')}\s*{re.escape(b)}\s*{_y(f'c{i}')}"
        for i, (a, b) in enumerate(lex.between)
    ]
    return re.compile(lead + "(?:" + "|".join([plain, *pairs]) + ")", re.IGNORECASE)


def _n_pattern(lex: Lexicon, name: str) -> str:
    words = [w for w, v in lex.number_words.items() if 2 <= v <= 100]
    clitic = "(?:ال)?" if "ال" in lex.clitics else ""
    options = [r"\d{1,3}", f"{clitic}{alternation(words)}" if words else "", _CJK_N]
    return f"(?P<{name}>" + "|".join(o for o in options if o) + ")"


def _past_pattern(lex: Lexicon) -> re.Pattern[str]:
    parts = []
    for i, template in enumerate(lex.past_years):
        head, _, tail = template.partition("{n}")
        parts.append(alternation([head]) + _n_pattern(lex, f"n{i}") + alternation([tail]))
    if not parts:
        return re.compile(r"(?!x)x")
    heads = [t.partition("{n}")[0] for t in lex.past_years]
    words = [*lex.number_words, "ال"] if any(not h for h in heads) else []
    lead = first_chars([h for h in heads if h] + words, r"\d" + _CJK_N[1:-2])
    return re.compile(lead + bounded(lex, "(?:" + "|".join(parts) + ")"), re.IGNORECASE)


def _year_end_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Year-end phrases; the year is never the start of a range ("end of 2021-2025")."""
    parts = []
    for i, template in enumerate(lex.year_ends):
        year = _y(f"y{i}") + r"(?!\s*[-–—~]\s*\d)"
        head, _, tail = template.partition("{y}")
        parts.append(
            (alternation([head.strip()]) + r"\s*" if head.strip() else "")
            + year
            + (r"\s*" + alternation([tail.strip()]) if tail.strip() else "")
            + (r"(?=\s)" if tail.endswith(" ") else "")
        )
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(bounded(lex, "(?:" + "|".join(parts) + ")"), re.IGNORECASE)


@cache
def _compiled(lang: str) -> _Compiled:
    lex = get_lexicon(lang)
    months = alternation(lex.months)
    joiners = f"(?:{bounded(lex, alternation([*_JOINERS, *lex.year_before]))})"
    parts = {**{k: f"H{v}" for k, v in lex.halves.items()}}
    parts |= {k: f"Q{v}" for k, v in lex.quarters.items()}
    after = f"(?:\\s*{alternation(lex.year_after)})?" if lex.year_after else ""
    year_before = bounded(lex, alternation(lex.year_before), clitics=True)
    year_after = alternation(lex.year_after)
    years = [f"{year_before}\\s*{_y('y')}{after}"] if lex.year_before else []
    years += [f"{_y('z')}\\s*{year_after}"] if lex.year_after else []
    return _Compiled(
        days=_day_patterns(lex, months),
        months=_month_patterns(lex, months, joiners),
        ranges=_range_pattern(lex),
        parts=re.compile(
            first_chars(parts) + bounded(lex, f"(?P<p>{alternation(parts)})"), re.IGNORECASE
        ),
        gap_year=re.compile(
            rf"(?:[\s,/]+|{joiners}){{0,6}}{_y('y', inner=True)}{after}", re.IGNORECASE
        ),
        year_before_part=re.compile(rf"{_y('y')}\s*{year_after if lex.year_after else ''}\s*\Z"),
        year_ends=_year_end_pattern(lex),
        past=_past_pattern(lex),
        last_this=re.compile(
            first_chars([*lex.last_year, *lex.this_year])
            + bounded(
                lex,
                f"(?:(?P<last>{alternation(lex.last_year)})|(?P<this>{alternation(lex.this_year)}))",
            ),
            re.IGNORECASE,
        ),
        years=re.compile(
            first_chars(lex.year_before, r"\d") + "(?:" + "|".join(years) + ")"
            if years
            else r"(?!x)x",
            re.IGNORECASE,
        ),
        month_numbers={_key(k): v for k, v in lex.months.items()},
        part_labels={_key(k): v for k, v in parts.items()},
    )


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


def _month_of(match: re.Match[str], c: _Compiled) -> int | None:
    groups = match.groupdict()
    if groups.get("m") is not None:
        return int(ascii_digits(groups["m"]))
    return c.month_numbers.get(_key(groups["mon"])) if groups.get("mon") else None


def _year_windows(text: str) -> list[tuple[int, int]]:
    """The stretches of text around four-digit numbers: every dated period lies in one."""
    windows: list[tuple[int, int]] = []
    for m in _FOUR_DIGITS.finditer(text):
        lo, hi = max(0, m.start() - _WINDOW_BEFORE), m.end() + _WINDOW_AFTER
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _scan(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> list[re.Match[str]]:
    return [m for lo, hi in windows for m in pattern.finditer(text, lo, hi)]


def _find_dates(
    text: str, lex: Lexicon, c: _Compiled, windows: list[tuple[int, int]]
) -> list[PeriodMention]:
    found = []
    for kind, patterns in (("day", c.days), ("month", c.months)):
        for pattern in patterns:
            for m in _scan(pattern, text, windows):
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


def _find_ranges(
    text: str, lex: Lexicon, c: _Compiled, windows: list[tuple[int, int]]
) -> list[PeriodMention]:
    found = []
    for m in _scan(c.ranges, text, windows):
        start, end = _range_years(m, lex)
        if start is not None and end is not None and start < end <= start + 100:
            found.append(PeriodMention(f"{start}-{end}", "range", m.start(), m.end(), m.group()))
    return found


def _find_parts(
    text: str, lex: Lexicon, c: _Compiled, published: dt.date | None
) -> list[PeriodMention]:
    found = []
    for m in c.parts.finditer(text):
        part = c.part_labels[_key(m.group("p"))]
        start, end, year = m.start(), m.end(), None
        if (after := c.gap_year.match(text, end)) is not None:
            year, end = _year(after.group("y"), lex), after.end()
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


def _count(raw: str, lex: Lexicon) -> int | None:
    digits = ascii_digits(raw)
    if digits.isdecimal():
        return int(digits)
    words = {_key(k): v for k, v in lex.number_words.items()}
    value = words.get(_key(raw.removeprefix("ال"))) or parse_cjk_numeral(raw)
    return int(value) if value else None


def _find_relative(
    text: str, lex: Lexicon, c: _Compiled, published: dt.date | None
) -> list[PeriodMention]:
    found = []
    year = published.year if published else None
    for m in c.past.finditer(text):
        raw = next(v for k, v in m.groupdict().items() if v is not None and k[0] == "n")
        count = _count(raw, lex)
        if not count or count > 100:
            continue
        label = None if year is None else (f"{year - count + 1}-{year}" if count > 1 else str(year))
        found.append(PeriodMention(label, "relative", m.start(), m.end(), m.group()))
    for m in c.last_this.finditer(text):
        label = None if year is None else str(year - 1 if m.group("last") else year)
        found.append(PeriodMention(label, "relative", m.start(), m.end(), m.group()))
    return found


def _find_year_ends(
    text: str, lex: Lexicon, c: _Compiled, windows: list[tuple[int, int]]
) -> list[PeriodMention]:
    found = []
    for m in _scan(c.year_ends, text, windows):
        year = _year(next(v for v in m.groupdict().values() if v is not None), lex)
        if year is not None:
            found.append(PeriodMention(f"{year}-12", "month", m.start(), m.end(), m.group()))
    return found


def _find_years(
    text: str, lex: Lexicon, c: _Compiled, windows: list[tuple[int, int]]
) -> list[PeriodMention]:
    found = []
    for m in _scan(c.years, text, windows):
        year = _year(m.groupdict().get("y") or m.groupdict().get("z"), lex)
        if year is not None:
            found.append(PeriodMention(str(year), "year", m.start(), m.end(), m.group()))
    return found


def _resolve(candidates: list[PeriodMention]) -> list[PeriodMention]:
    """The more specific of overlapping mentions; kept ones never overlap, so each new one is
    checked against its two neighbours in start order (bisection, not a scan of all)."""
    ranked = sorted(candidates, key=lambda p: (_PRIORITY[p.kind], p.start - p.end, p.start))
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
    c = _compiled(lang)
    windows = _year_windows(text)
    candidates = [
        *_find_dates(text, lex, c, windows),
        *_find_ranges(text, lex, c, windows),
        *_find_parts(text, lex, c, published),
        *_find_relative(text, lex, c, published),
        *_find_year_ends(text, lex, c, windows),
        *_find_years(text, lex, c, windows),
    ]
    return _resolve(candidates)


def redate_periods(
    text: str, lang: str, periods: list[PeriodMention], published: dt.date | None
) -> list[PeriodMention]:
    """``periods`` (what `find_periods` found in ``text``) as if found with ``published``:
    only the labels of relative periods and of halves or quarters without a year depend on
    it, never which mentions are found, so only those are read again."""
    lex, c = get_lexicon(lang), _compiled(lang)
    labels: dict[tuple[int, int, str], str | None] = {}
    for m in (*_find_parts(text, lex, c, published), *_find_relative(text, lex, c, published)):
        labels.setdefault((m.start, m.end, m.kind), m.label)
    return [
        replace(p, label=labels[key]) if (key := (p.start, p.end, p.kind)) in labels else p
        for p in periods
    ]
