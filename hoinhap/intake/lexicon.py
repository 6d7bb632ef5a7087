"""One language's words for numbers, quantities and periods, as data.

A language module (``hoinhap/intake/langs/<code>.py``) builds its ``LEXICON`` with
``make_lexicon``, which adds what Babel knows (decimal and grouping symbols, month names) at
import time, so that no extractor asks Babel per call. Phrases are written once; spelling
variants of Arabic-script letters (ي/ی, ك/ک) are added here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import cast

from babel import Locale
from babel.numbers import get_decimal_symbol, get_group_symbol

Approx = str  # "over", "about" or "under"

_ARABIC_SCRIPT_SWAPS = (("ي", "ی"), ("ك", "ک"), ("ى", "ی"))


@dataclass(frozen=True)
class Lexicon:
    """Everything the number, quantity and period finders know about one language."""

    code: str
    decimal_symbols: tuple[str, ...]
    group_symbols: tuple[str, ...]
    decimal_comma: bool
    space_grouping: bool = False
    indian_grouping: bool = False
    bound_left: bool = True
    bound_right: bool = True
    clitics: tuple[str, ...] = ()
    number_words: Mapping[str, float] = field(default_factory=dict)
    words_need_counter: bool = False
    counters: tuple[str, ...] = ()
    scales: Mapping[str, float] = field(default_factory=dict)
    bare_scales: tuple[str, ...] = ()
    compound_tail: bool = False
    approx_before: Mapping[str, Approx] = field(default_factory=dict)
    approx_after: Mapping[str, Approx] = field(default_factory=dict)
    approx_mid: Mapping[str, Approx] = field(default_factory=dict)
    currency_before: Mapping[str, str] = field(default_factory=dict)
    currency_after: Mapping[str, str] = field(default_factory=dict)
    currency_joiners: tuple[str, ...] = ()
    percent_after: tuple[str, ...] = ("%", "٪")
    percent_before: tuple[str, ...] = ()
    code_before: tuple[str, ...] = ()
    ordinal_before: tuple[str, ...] = ()
    ordinal_after: tuple[str, ...] = ()
    dot_ordinals: bool = False
    months: Mapping[str, int] = field(default_factory=dict)
    range_words: tuple[str, ...] = ()
    range_before: tuple[str, ...] = ()
    between: tuple[tuple[str, str], ...] = ()
    year_before: tuple[str, ...] = ()
    year_after: tuple[str, ...] = ()
    halves: Mapping[str, int] = field(default_factory=dict)
    quarters: Mapping[str, int] = field(default_factory=dict)
    year_ends: tuple[str, ...] = ()  # "end of {y}": the year's December (a stock at year end)
    past_years: tuple[str, ...] = ()
    last_year: tuple[str, ...] = ()
    this_year: tuple[str, ...] = ()
    year_offset: int = 0
    year_first: bool = False
    # Comparisons name the compared year before the compare phrase ("2023 की तुलना में"):
    # a period just before one is the baseline, not the figure's (timeframes.py).
    compared_year_first: bool = False
    metric_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Connectives that open a sentence in scripts written without full stops (Thai, Lao,
    # Khmer): after a space, one starts a new sentence ("... ล้านดอลลาร์ ขณะที่ ...").
    sentence_openers: tuple[str, ...] = ()
    # "In this period" ("trong giai đoạn này"): the last range of years named (periods.py).
    period_anaphors: tuple[str, ...] = ()
    # The word before a locality named as the venue of events ("tại", "in"; subjects.py).
    venue_words: tuple[str, ...] = ()
    # "with" joining a delegation count to the people in them ("118 đoàn với 1.450 lượt
    # khách"; facts.py).
    with_words: tuple[str, ...] = ()
    # Topic/subject particles a comma may follow inside a noun phrase ("観光客数が、169万人";
    # sentences.py).
    topic_particles: str = ""


def _babel_symbols(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    systems = ("default", "arab", "arabext") if code in ("ar", "fa", "ur") else ("default",)
    decimals: list[str] = []
    groups: list[str] = []
    for system in systems:
        try:
            decimals.append(get_decimal_symbol(code, numbering_system=system))
            groups.append(get_group_symbol(code, numbering_system=system))
        except Exception:  # a numbering system the locale lacks
            continue
    return tuple(dict.fromkeys(decimals)), tuple(dict.fromkeys(groups))


def _babel_months(code: str) -> dict[str, int]:
    locale = Locale.parse(code)
    months: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names = locale.months.get(context, {}).get(width, {})
            for number, name in names.items():
                if any("\u4e00" <= c <= "\u9fff" for c in name) and code not in ("zh", "ja"):
                    continue  # a root-locale fallback, not this language's name
                cleaned = name.strip(".").replace("\u0654", "")
                if len(cleaned) > 2 or not cleaned.isascii():
                    months.setdefault(cleaned, int(number))
    return months


def spelling_variants(phrases: Iterable[str]) -> list[str]:
    """The phrases with each Arabic-script letter pair spelled both ways."""
    out: list[str] = []
    for phrase in phrases:
        forms = {phrase}
        for one, other in _ARABIC_SCRIPT_SWAPS:
            forms |= {f.replace(one, other) for f in forms} | {f.replace(other, one) for f in forms}
        out.extend(sorted(forms))
    return list(dict.fromkeys(out))


def _with_variants(mapping: Mapping[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in mapping.items():
        for variant in spelling_variants([key]):
            out.setdefault(variant, value)
    return out


_VARIANT_MAPS = (
    "number_words",
    "scales",
    "approx_before",
    "approx_after",
    "approx_mid",
    "currency_before",
    "currency_after",
    "months",
    "halves",
    "quarters",
)


def make_lexicon(code: str, **data: object) -> Lexicon:
    """A language's lexicon: its phrases plus Babel's symbols and month names."""
    decimals, groups = _babel_symbols(code)
    months = _babel_months(code)
    months.update(cast(Mapping[str, int], data.pop("months", {})))
    data["months"] = months
    for name in _VARIANT_MAPS:
        if name in data:
            data[name] = _with_variants(data[name])  # type: ignore[arg-type]
    return Lexicon(
        code=code,
        decimal_symbols=decimals,
        group_symbols=groups,
        decimal_comma=decimals[0] in (",", "٫"),
        **data,  # type: ignore[arg-type]
    )


# --- regular-expression building blocks shared by the finders -------------------------------

# Letters and the combining marks of scripts whose words carry them (so that a boundary is
# never found inside a Devanagari, Arabic or Thai word).
LETTER = (
    r"(?:[^\W\d_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    r"\u0900-\u0965\u0970-\u09e5\u0a00-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd\u17b4-\u17d3\u200c])"
)


_SPACES = re.compile(r"\s+")


def fold_phrase(phrase: str) -> str:
    """A phrase as written ("Tỷ", "mil  millones") as its key in a lexicon's maps: case
    folded, each run of spacing one space."""
    return _SPACES.sub(" ", phrase.casefold())


def alternation(phrases: Iterable[str]) -> str:
    """A non-capturing group matching any phrase, longest first, spaces as any spacing."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not unique:
        return r"(?!x)x"
    parts = [r"\s+".join(re.escape(word) for word in p.split(" ")) for p in unique]
    return "(?:" + "|".join(parts) + ")"


def bounded(lex: Lexicon, pattern: str, *, clitics: bool = False) -> str:
    """The pattern with word boundaries where the language separates words by spaces."""
    prefix = alternation(lex.clitics) + "?" if clitics and lex.clitics else ""
    left = f"(?<!{LETTER})" if lex.bound_left else ""
    right = f"(?!{LETTER})" if lex.bound_right else ""
    return f"{left}{prefix}{pattern}{right}"


def first_chars(phrases: Iterable[str], extra: str = "") -> str:
    """A lookahead for the first characters of the phrases (both cases): a fast pre-check.
    ``extra`` is added to the character class as is (e.g. ``\\d``)."""
    chars = {c for p in phrases if p for c in (p[0].lower(), p[0].upper())}
    if not chars and not extra:
        return r"(?!x)x"
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + extra + "])"


# The gap shapes SuffixMatcher can pre-check: one character class, repeated at most N times.
_GAP_SHAPE = re.compile(r"(?P<chars>\[[^\]]*\])(?:\{0,(?P<most>\d+)\}|(?P<one>\?))")
_GAP, _ENDS = 1, 2  # what a character may be, just before the position: bit flags


class SuffixMatcher:
    """Finds which phrase ends just before a position (with up to ``gap`` spacing between),
    by matching the reversed text: one anchored match instead of a search.

    Most positions have no phrase before them, so ``match`` first walks back over the
    characters there (gap characters, then the last two characters of a phrase) with a dict
    look-up each, and matches the regex only where a phrase can end."""

    def __init__(self, lex: Lexicon, phrases: Iterable[str], gap: str = r"[ \u00a0\u202f]{0,2}"):
        phrases = [p for p in phrases if p]
        reversed_words = alternation(p[::-1] for p in phrases) if phrases else r"(?!x)x"
        clitics = alternation(c[::-1] for c in lex.clitics) + "?" if lex.clitics else ""
        left = f"(?!{LETTER})" if lex.bound_left else ""
        self._pattern = re.compile(f"{gap}(?P<p>{reversed_words}){clitics}{left}", re.IGNORECASE)
        self._window = max((len(p) for p in phrases), default=0) + 8
        self._set_precheck(phrases, gap)

    def _set_precheck(self, phrases: list[str], gap: str) -> None:
        """Prepare the pre-check: which characters may be gap, which may end a phrase, and
        which two characters may end one. Where the gap has another shape, or a phrase ends
        in a space (then any spacing may precede it), every character may end a phrase."""
        shape = _GAP_SHAPE.fullmatch(gap)
        self._kinds: dict[str, int] = {}
        self._tails: dict[str, bool] = {}
        if shape is None or any(p[-1].isspace() for p in phrases):
            self._most_gap, self._gap_char = 0, re.compile(r"(?!x)x")
            self._end_char = self._tail = re.compile(r"[\s\S]*")
            return
        self._most_gap = 1 if shape["one"] else int(shape["most"])
        self._gap_char = re.compile(shape["chars"], re.IGNORECASE)
        ends = "".join(sorted({re.escape(p[-1]) for p in phrases}))
        self._end_char = re.compile(f"[{ends}]" if ends else r"(?!x)x", re.IGNORECASE)
        tails = {_tail_pattern(p) for p in phrases}
        self._tail = re.compile("|".join(sorted(tails)) or r"(?!x)x", re.IGNORECASE)

    def _kind(self, char: str) -> int:
        """Whether ``char`` may be gap or end a phrase, as the regex folds case; remembered
        per character, as a text has only some hundred different ones."""
        kind = (_GAP if self._gap_char.match(char) else 0) | (
            _ENDS if self._end_char.match(char) else 0
        )
        self._kinds[char] = kind
        return kind

    def _may_end_tail(self, pair: str) -> bool:
        """Whether a phrase may end with these two characters; remembered per pair."""
        ends = self._tails.get(pair)
        if ends is None:
            ends = self._tails[pair] = self._tail.fullmatch(pair) is not None
        return ends

    def match(self, text: str, end: int) -> tuple[int, str] | None:
        """(start, phrase as written) of a phrase ending at ``end``, or None."""
        # The pre-check, inline as it runs for every number: walk back over gap characters
        # (at most the gap's length) to one that may end a phrase, else there is none.
        kinds, i, lowest = self._kinds, end - 1, end - 1 - self._most_gap
        while True:
            if i < 0:
                return None
            kind = kinds.get(text[i])
            if kind is None:
                kind = self._kind(text[i])
            if kind & _ENDS and (i == 0 or self._may_end_tail(text[i - 1 : i + 1])):
                break
            if not kind & _GAP or i == lowest:
                return None
            i -= 1
        lo = max(0, end - self._window)
        window = text[lo:end][::-1]
        found = self._pattern.match(window)
        if found is None:
            return None
        start = end - found.end()
        phrase_end = end - found.start("p")
        return start, text[end - found.end("p") : phrase_end]


def _tail_pattern(phrase: str) -> str:
    """A pattern for the two characters a phrase ends with: any one, then its last if the
    phrase has one character; a space stands for any spacing, as in ``alternation``."""
    if len(phrase) < 2:
        return "[\\s\\S]" + re.escape(phrase)
    before = "\\s" if phrase[-2] == " " else re.escape(phrase[-2])
    return before + re.escape(phrase[-1])
