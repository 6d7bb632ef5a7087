"""The regular expressions periods.py finds periods with, compiled once per language from
its lexicon (months, range words, halves and quarters, year-end and "past N years" phrases).

Besides the lexicon's phrases, two are derived: "the first {n} months" from the phrases for
the first six months ("first six months", "6 tháng đầu năm", "前6个月"), and "in this
period" from the lexicon's ``period_anaphors``.

Lists of phrases are written as trees of their shared beginnings (`phrase_tree`), which
match what their alternations match with far fewer tries. A pattern is run only near what
each of its matches holds: a word of `KeywordIndex`, or a year with what a range or a date
in digits has beside it (`Compiled.range_first`, `Compiled.year_sides`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from hoinhap.intake.keyword_windows import KeywordIndex
from hoinhap.intake.langs import get_lexicon
from hoinhap.intake.lexicon import Lexicon, alternation, bounded, first_chars
from hoinhap.intake.phrase_trees import phrase_tree

_YEAR = r"(?<![\d/.,٫٬])(?P<{}>\d{{4}})(?![\d/]|[.,٫٬]\d)"
_INNER_YEAR = r"(?<!\d)(?P<{}>\d{{4}})(?![\d/]|[.,٫٬]\d)"
_DASHES = ("-", "–", "—", "~", "～", "〜")
_JOINERS = (
    "of", "the", "de", "del", "des", "do", "da", "di", "năm", "tahun", "من", "عام", "العام",
    "سال", "ปี", "ປີ", "ឆ្នាំ", "года", "des Jahres", "année", "l'année", "del año",
    "do ano", "dell'anno", "vom", "in", "em", "en", "no", "of the year", "ของ", "ของปี",
)  # fmt: skip
_SPACES = re.compile(r"\s+")
_CJK_N = "[一二两三四五六七八九十]+"
_SLASHED_YEAR = re.compile(r"(?<=[/.\-])\d{4}")
_MARKED_YEAR = re.compile(r"\d{4}\s*[年년]")
_SIX = re.compile(r"(?<!\d)[6۶٦៦๖໖६](?!\d)")
_YEAR_MARKS, _MONTH_MARKS = "年년", "月월"
# What a match may hold besides its phrase: a count or day, spacing, "de", a boundary.
_REACH = 40


@dataclass(frozen=True)
class Compiled:
    """One language's period patterns, and the numbers its month and part names stand for."""

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
    number_values: dict[str, float]
    part_labels: dict[str, str]
    bare_days: tuple[re.Pattern[str], ...]
    bare_months: re.Pattern[str]
    spans: re.Pattern[str]
    this_after: re.Pattern[str]
    anaphors: re.Pattern[str]
    # The characters one of which a pattern cannot match without ("2025年6月" needs "年"):
    # a text with none of them is not scanned with it. Keyed by the pattern's id(), as
    # hashing a compiled pattern reads all of its code.
    marks: dict[int, str]
    # What is beside the year of a date in digits ("15/6/2025": a slash before it,
    # "2025年6月": 年 after it), matched at the year: only such years are looked around.
    year_sides: dict[int, re.Pattern[str]]
    # Where the patterns that hold a phrase of the lexicon may match: only there are they run.
    keywords: KeywordIndex
    # How far a range of years reaches before and after its first year, and what follows
    # that year ("2021 -", "2021 đến", "2021 and" after "between").
    range_reach: tuple[int, int]
    range_first: re.Pattern[str]


@lru_cache(maxsize=4096)
def phrase_key(phrase: str) -> str:
    """A phrase as written ("Tháng  6", "Juni.") as its key in the lexicon's maps."""
    return _SPACES.sub(" ", phrase.casefold()).rstrip(".")


def _y(name: str, *, inner: bool = False) -> str:
    """A year group; ``inner`` for a year that may follow a slash ("6/2025", "quý III/2025")."""
    return (_INNER_YEAR if inner else _YEAR).format(name)


def _day(not_after: str) -> str:
    """Group ``d``, a day of one or two digits not after ``not_after`` (one character),
    written to start with its first digit: the engine skips from one digit to the next,
    where a pattern that starts with a look-around ("(?<!\\d)\\d{1,2}") is tried at every
    position."""
    return rf"(?P<d>\d(?<!{not_after}\d)\d?)"


def _day_patterns(lex: Lexicon, months: str) -> tuple[re.Pattern[str], ...]:
    flags = re.IGNORECASE
    day, day_in_digits = _day(r"\d"), _day(r"[\d/.]")
    return (
        re.compile(
            rf"{day}\.?\s*(?:de\s+)?(?P<mon>{months})\.?,?\s*(?:de\s+|del\s+)?{_y('y')}",
            flags,
        ),
        re.compile(
            rf"{first_chars(lex.months)}(?P<mon>{months})\.?\s+(?P<d>\d{{1,2}})"
            rf"(?:st|nd|rd|th)?,?\s*{_y('y')}",
            flags,
        ),
        re.compile(
            rf"{day_in_digits}[/.\-](?P<m>\d{{1,2}})[/.\-]"
            rf"{_y('y', inner=True)}(?![/.\-]\d)",
            flags,
        ),
        re.compile(
            rf"(?=\d){_y('y')}\s*[年년]\s*(?P<m>\d{{1,2}})\s*[月월]\s*(?P<d>\d{{1,2}})\s*[日일]"
        ),
    )


def _month_patterns(lex: Lexicon, months: str, joiners: str) -> tuple[re.Pattern[str], ...]:
    after = f"(?:\\s*{phrase_tree(lex.year_after)})?" if lex.year_after else ""
    return (
        re.compile(
            rf"{first_chars(lex.months)}{bounded(lex, f'(?P<mon>{months})')}(?:\s*/\s*{months})?\.?"
            rf"(?:[\s,/]+|{joiners}){{0,6}}{_y('y', inner=True)}{after}",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?=\d){_y('y')}\s*[年년]\s*(?P<m>\d{{1,2}})\s*[月월](?!\s*\d{{1,2}}\s*[日일])"
        ),
    )


def _range_pattern(lex: Lexicon) -> re.Pattern[str]:
    after = f"(?:\\s*{phrase_tree(lex.year_after)})?" if lex.year_after else ""
    before = f"(?:{bounded(lex, phrase_tree(lex.year_before))}\\s*)?" if lex.year_before else ""
    start = f"(?:{bounded(lex, phrase_tree(lex.range_before))}\\s*)?" if lex.range_before else ""
    joins = phrase_tree([*_DASHES, *lex.range_words])
    second = r"(?<![\d/.,٫٬])(?P<y2>\d{4}|\d{2})(?![\d/]|[.,٫٬]\d)"
    lead = first_chars([*lex.range_before, *(a for a, _ in lex.between)], r"\d")
    plain = rf"{start}{_y('y1')}{after}\s*{joins}\s*{before}{second}{after}"
    pairs = [
        rf"{bounded(lex, re.escape(a))}\s*{_y(f'b{i}')}\s*{re.escape(b)}\s*{_y(f'c{i}')}"
        for i, (a, b) in enumerate(lex.between)
    ]
    return re.compile(lead + "(?:" + "|".join([plain, *pairs]) + ")", re.IGNORECASE)


def _count_options(lex: Lexicon) -> list[str]:
    """How a count is written: digits, number words, Chinese numerals."""
    words = [w for w, v in lex.number_words.items() if 2 <= v <= 100]
    clitic = "(?:ال)?" if "ال" in lex.clitics else ""
    options = [r"\d{1,3}", f"{clitic}{phrase_tree(words)}" if words else "", _CJK_N]
    return [o for o in options if o]


def _n_pattern(lex: Lexicon, name: str) -> str:
    return f"(?P<{name}>" + "|".join(_count_options(lex)) + ")"


def _template_pattern(lex: Lexicon, templates: Iterable[str]) -> re.Pattern[str]:
    """Phrases around a count, "{n} năm qua", "first {n} months": group ``n<i>`` is the count.
    A look ahead at how any of them starts (a head or a count) turns most places down with
    one try instead of one per template."""
    parts, heads = [], []
    for i, template in enumerate(templates):
        head, _, tail = template.partition("{n}")
        parts.append(alternation([head]) + _n_pattern(lex, f"n{i}") + alternation([tail]))
        heads.append(head)
    if not parts:
        return re.compile(r"(?!x)x")
    words = [*lex.number_words, "ال"] if any(not h for h in heads) else []
    lead = first_chars([h for h in heads if h] + words, r"\d" + _CJK_N[1:-2])
    starts = [alternation([h]) for h in sorted(set(heads)) if h]
    starts += _count_options(lex) if not all(heads) else []
    ahead = "(?=" + "|".join(starts) + ")"
    return re.compile(lead + ahead + bounded(lex, "(?:" + "|".join(parts) + ")"), re.IGNORECASE)


def _span_templates(lex: Lexicon) -> list[str]:
    """ "the first {n} months", from the language's phrases for the first six months ("first
    six months", "6 tháng đầu năm", "前6个月", "1～6月"): the six becomes the count."""
    sixes = {w for w, v in lex.number_words.items() if v == 6}
    templates: set[str] = set()
    for phrase, half in lex.halves.items():
        words = phrase.split(" ")
        if half == 1 and sixes.intersection(words):
            templates.add(" ".join("{n}" if w in sixes else w for w in words))
        elif half == 1 and (six := _SIX.search(phrase)):
            templates.add(phrase[: six.start()] + "{n}" + phrase[six.end() :])
    return sorted(templates, key=lambda t: (-len(t), t))


def _range_first_pattern(lex: Lexicon) -> re.Pattern[str]:
    """What follows the first year of any range `_range_pattern` matches: a dash or range
    word (year words between), or the second word of a "between ... and ..." pair."""
    after = f"(?:\\s*{phrase_tree(lex.year_after)})?" if lex.year_after else ""
    joins = phrase_tree([*_DASHES, *lex.range_words])
    pairs = "".join(rf"|\s*{re.escape(b)}" for _, b in lex.between)
    return re.compile(rf"\d{{4}}(?:{after}\s*{joins}{pairs})", re.IGNORECASE)


def _range_reach(lex: Lexicon) -> tuple[int, int]:
    """How far `_range_pattern` may reach before its first year (an opening phrase, "năm")
    and after it (a dash or range word, "năm", the second year, year words)."""

    def longest(words: Iterable[str]) -> int:
        return max(map(len, words), default=0)

    before = longest([*lex.range_before, *(a for a, _ in lex.between)])
    after = longest([*_DASHES, *lex.range_words, *(b for _, b in lex.between)])
    year_words = longest(lex.year_before) + 2 * longest(lex.year_after)
    return before + year_words + _REACH, after + year_words + 4 + _REACH


def _bare_day_patterns(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """Days named without a year: "22 de janeiro", "June 30", "ngày 15 tháng 9", "7月15日"."""
    lettered = phrase_tree(m for m in lex.months if not m[0].isdecimal())
    named = [m for m in lex.months if not any(ch.isnumeric() for ch in m)]
    return (
        re.compile(
            _day(r"[\d/.,]") + r"\.?\s*(?:de\s+)?" + bounded(lex, f"(?P<mon>{lettered})"),
            re.IGNORECASE,
        ),
        re.compile(
            first_chars(named)
            + bounded(lex, f"(?P<mon>{phrase_tree(named)})")
            + r"\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d.,٫٬]?\d)",
            re.IGNORECASE,
        ),
        re.compile(r"(?<!\d)(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"),
    )


def full_month_names(lex: Lexicon) -> list[str]:
    """The month names written in full: numbered ("tháng 7", "7月"), of four letters or
    more, or shorter but no abbreviation ("mai", "May", "май"; not "Jan" or "mar", which
    "January" and "marzo" begin with, nor "ม.ค"). Short Arabic-script names are left out:
    they are other words too ("مه" fog, "آب" water)."""
    folded = [m.casefold() for m in lex.months]

    def abbreviated(name: str) -> bool:
        key = name.casefold()
        if not key.isalpha() or any("\u0600" <= ch <= "\u06ff" for ch in key):
            return True
        return any(other != key and other.startswith(key) for other in folded)

    return [
        m
        for m in lex.months
        if len(m) >= 4 or any(ch.isnumeric() for ch in m) or not abbreviated(m)
    ]


def _bare_month_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Months named without a year, in full (`full_month_names`), and in the case the
    language writes them ("may" and "august" are other words)."""
    names = full_month_names(lex)
    forms = {f for m in names for f in (m, m[:1].upper() + m[1:])}
    month = bounded(lex, f"(?P<mon>{phrase_tree(forms, cased=True)})")
    return re.compile(first_chars(forms) + r"(?<![\d/.,])" + month + r"(?![\d/])")


def _anaphor_pattern(lex: Lexicon) -> re.Pattern[str]:
    """ "in this period", "trong giai đoạn này": the lexicon's ``period_anaphors``."""
    phrases = lex.period_anaphors
    return re.compile(first_chars(phrases) + bounded(lex, phrase_tree(phrases)), re.IGNORECASE)


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
    heads = [t.partition("{y}")[0].strip() for t in lex.year_ends]
    lead = first_chars([h for h in heads if h], r"\d" if not all(heads) else "")
    return re.compile(lead + bounded(lex, "(?:" + "|".join(parts) + ")"), re.IGNORECASE)


def _key_words(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """One word of each phrase (its longest, lower-cased; "{n}" is no word): every match of
    an alternation of the phrases contains one of them. None when a phrase has no word. Of
    words as long, the last: a phrase tends to open with a common one ("năm" in "{n} năm
    qua", "trong" in "trong giai đoạn này"), and the rarer the word, the less is scanned."""
    words = set()
    for phrase in phrases:
        parts = [w for w in phrase.replace("{n}", " ").lower().split() if w]
        if not parts:
            return None
        words.add(max(reversed(parts), key=len))
    return tuple(sorted(words))


def _keywords(lex: Lexicon, c: Compiled) -> KeywordIndex:
    parts = [*lex.halves, *lex.quarters]
    joined = 6 * max(map(len, (*_JOINERS, *lex.year_before)), default=0)
    lettered = [m for m in lex.months if not m[0].isdecimal()]
    named = [m for m in lex.months if not any(ch.isnumeric() for ch in m)]
    full = full_month_names(lex)
    sources: list[tuple[re.Pattern[str], Iterable[str], int]] = [
        (c.days[0], lex.months, _REACH),
        (c.days[1], lex.months, _REACH),
        (c.months[0], lex.months, _REACH + joined),
        (c.parts, parts, _REACH),
        (c.past, lex.past_years, _REACH),
        (c.last_this, [*lex.last_year, *lex.this_year], _REACH),
        (c.spans, _span_templates(lex), _REACH),
        (c.bare_days[0], lettered, _REACH),
        (c.bare_days[1], named, _REACH),
        (c.bare_days[2], ("月", "월"), _REACH),
        (c.bare_months, full, _REACH),
        (c.anaphors, lex.period_anaphors, _REACH),
        (c.years, [*lex.year_before, *lex.year_after], _REACH),
        (c.year_ends, [t.replace("{y}", " ") for t in lex.year_ends], _REACH),
    ]
    indexed = []
    for pattern, phrases, reach in sources:
        phrases = list(phrases)
        words = _key_words(phrases)
        if words is not None:
            indexed.append((pattern, words, max(map(len, phrases), default=0) + reach))
    return KeywordIndex(indexed)


@cache
def compiled(lang: str) -> Compiled:
    """The patterns of a supported language, built once."""
    lex = get_lexicon(lang)
    months = phrase_tree(lex.months)
    joiners = f"(?:{bounded(lex, phrase_tree([*_JOINERS, *lex.year_before]))})"
    parts = {**{k: f"H{v}" for k, v in lex.halves.items()}}
    parts |= {k: f"Q{v}" for k, v in lex.quarters.items()}
    after = f"(?:\\s*{phrase_tree(lex.year_after)})?" if lex.year_after else ""
    year_before = bounded(lex, phrase_tree(lex.year_before), clitics=True)
    year_after = phrase_tree(lex.year_after)
    years = [f"{year_before}\\s*{_y('y')}{after}"] if lex.year_before else []
    years += [f"{_y('z')}\\s*{year_after}"] if lex.year_after else []
    days, month_dates = _day_patterns(lex, months), _month_patterns(lex, months, joiners)
    bare_days = _bare_day_patterns(lex)
    patterns = Compiled(
        days=days,
        months=month_dates,
        ranges=_range_pattern(lex),
        parts=re.compile(
            first_chars(parts) + bounded(lex, f"(?P<p>{phrase_tree(parts)})"), re.IGNORECASE
        ),
        gap_year=re.compile(
            rf"(?:[\s,/]+|{joiners}){{0,6}}{_y('y', inner=True)}{after}", re.IGNORECASE
        ),
        # Cased, unlike the others: the tree of year words above is built for IGNORECASE.
        year_before_part=re.compile(
            rf"{_y('y')}\s*{alternation(lex.year_after) if lex.year_after else ''}\s*\Z"
        ),
        year_ends=_year_end_pattern(lex),
        past=_template_pattern(lex, lex.past_years),
        last_this=re.compile(
            first_chars([*lex.last_year, *lex.this_year])
            + bounded(
                lex,
                f"(?:(?P<last>{phrase_tree(lex.last_year)})|(?P<this>{phrase_tree(lex.this_year)}))",
            ),
            re.IGNORECASE,
        ),
        years=re.compile(
            first_chars(lex.year_before, r"\d") + "(?:" + "|".join(years) + ")"
            if years
            else r"(?!x)x",
            re.IGNORECASE,
        ),
        month_numbers={phrase_key(k): v for k, v in lex.months.items()},
        number_values={phrase_key(k): v for k, v in lex.number_words.items()},
        part_labels={phrase_key(k): v for k, v in parts.items()},
        bare_days=bare_days,
        bare_months=_bare_month_pattern(lex),
        spans=_template_pattern(lex, _span_templates(lex)),
        this_after=re.compile(
            rf"(?:[\s,]+|{joiners}){{0,3}}{phrase_tree(lex.this_year)}", re.IGNORECASE
        ),
        anaphors=_anaphor_pattern(lex),
        marks={
            id(days[-1]): _YEAR_MARKS,
            id(month_dates[-1]): _YEAR_MARKS,
            id(bare_days[-1]): _MONTH_MARKS,
        },
        year_sides={
            id(days[2]): _SLASHED_YEAR,
            id(days[3]): _MARKED_YEAR,
            id(month_dates[1]): _MARKED_YEAR,
        },
        keywords=KeywordIndex(()),
        range_reach=_range_reach(lex),
        range_first=_range_first_pattern(lex),
    )
    return replace(patterns, keywords=_keywords(lex, patterns))
