"""Sentences, paragraphs and clause distances, in one pass over a text.

A sentence ends at a terminator of its script (. ! ? 。 ！ ？ ؟ ۔ । ។) or a line break. A
full stop ends a sentence only before spacing and something that is not a lower-case letter
or a digit, so "3.000", "Nr. 59" and "z. B. die" do not. In the scripts written without
full stops (Thai, Lao, Khmer) a space before a connective that opens a sentence (the
language's ``sentence_openers``: "โดย", "ขณะที่", "ນອກຈາກນີ້") ends one too, so that a place
named early in a paragraph does not own its later figures. A blank line starts a new section.

Distances between two offsets of a sentence are counted in words (spaces), or in characters
over two in the unspaced scripts, plus a penalty for each comma and a larger one for each
semicolon crossed: a cue two commas away is "further" than one three words away. A period
named between the two, with the particle that follows it ("2024年末時点で", "2024년 말까지",
"end of 2024"), counts as one word: "有効なFDI案件は2024年末時点で547件" links the projects to
the 547 as "有効なFDI案件は547件" does.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from hoinhap.intake.langs import SUPPORTED, get_lexicon
from hoinhap.intake.lexicon import alternation

_TERMINATOR = re.compile(r"[\n!?！？。؟۔।॥។]|\.(?=[\"'”»)]*(?:\s|$))")
_ABBREVIATIONS = frozenset(
    ("mr", "mrs", "ms", "dr", "nr", "no", "st", "hr", "fr", "sr", "vs", "z", "b", "u", "s", "tp",
     "ca", "approx", "bzw", "vgl", "ggf", "inkl", "zzgl", "rd", "mio", "mrd", "tsd",
     "долл", "млн", "млрд", "трлн", "тыс", "руб", "г", "гг", "ок", "т", "е")
)  # fmt: skip
_BLANK = re.compile(r"\n[ \t\u00a0]*\n")
# Characters per word in the scripts written without spaces: Han and kana carry about a
# morpheme a character; Thai, Lao and Khmer words (with their marks) run to about five.
_CHARS_PER_WORD = {"zh": 2, "ja": 2, "th": 5, "lo": 5, "km": 5}
_COMMA = re.compile("[,،，、:：(（]")
_SEMICOLON = re.compile("[;；؛]")
# Particles that tie a period to its clause in Japanese and Korean ("時点で", as of; "까지",
# by): part of the one word a period counts as. Longest first.
_PERIOD_PARTICLES = ("時点で", "時点の", "時点", "までに", "まで", "には", "では", "で", "に",
                     "까지", "기준", "에는", "에")  # fmt: skip
MAX_SENTENCE = 2000
COMMA_COST = 3
SEMICOLON_COST = 40


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: offsets in the text, its index, and the section (between blank lines)."""

    start: int
    end: int
    index: int
    section: int


def split_sentences(text: str, lang: str = "") -> list[Sentence]:
    """The sentences of ``text`` in order (empty ones left out); ``lang`` brings the
    connectives that open a sentence in its script."""
    blanks = [m.start() for m in _BLANK.finditer(text)]
    sentences: list[Sentence] = []
    start = 0
    section = 0
    for match in _terminator(lang).finditer(text):
        end = match.end()
        if match.group() == "." and not _ends_sentence(text, match.start(), lang):
            continue
        _add(sentences, text, start, end, section)
        while section < len(blanks) and blanks[section] < end:
            section += 1
        start = end
    _add(sentences, text, start, len(text), section)
    return sentences


@cache
def _terminator(lang: str) -> re.Pattern[str]:
    """The terminators, with the language's sentence openers after a space."""
    openers = get_lexicon(lang).sentence_openers if lang in SUPPORTED else ()
    if not openers:
        return _TERMINATOR
    return re.compile(f"{_TERMINATOR.pattern}|(?<=[ \u00a0])(?={alternation(openers)})")


def _add(sentences: list[Sentence], text: str, start: int, end: int, section: int) -> None:
    """Add a sentence; one longer than MAX_SENTENCE (a table, a text without full stops) is
    cut at spacing so that no later step works on an unbounded span."""
    while start < end and text[start].isspace():
        start += 1
    while end - start > MAX_SENTENCE:
        cut = _cut_point(text, start, start + MAX_SENTENCE)
        sentences.append(Sentence(start, cut, len(sentences), section))
        start = cut
    if start < end:
        sentences.append(Sentence(start, end, len(sentences), section))


def _cut_point(text: str, start: int, limit: int) -> int:
    """The last comma or space before ``limit`` (in its second half), else ``limit``."""
    for marks in ((",", "،", "，", "、", ";"), (" ",)):
        cut = max(text.rfind(mark, start + MAX_SENTENCE // 2, limit) for mark in marks)
        if cut > start:
            return cut + 1
    return limit


@cache
def _month_names(lang: str) -> frozenset[str]:
    months = get_lexicon(lang).months if lang in SUPPORTED else {}
    return frozenset(m.casefold() for m in months if m.isalpha())


_WORD = re.compile(r"[^\W\d_]+")


def _ordinal_day(text: str, dot: int, after: int, lang: str) -> bool:
    """Whether the full stop makes a day ordinal before a month name ("bis 20. November")."""
    digits = 0
    while digits < 3 and dot - digits > 0 and text[dot - digits - 1].isdecimal():
        digits += 1
    if digits not in (1, 2):
        return False
    word = _WORD.match(text, after)
    return word is not None and word.group().casefold() in _month_names(lang)


def _ends_sentence(text: str, dot: int, lang: str = "") -> bool:
    """A full stop ends a sentence unless it closes an abbreviation ("Mr.", "z. B.", "млрд.
    долл. США") or an ordinal day before a month name ("20. November"), or a lower-case word
    follows, or a digit follows a number, a capitalised or a one-letter word ("Nr. 59", "3.
    000"); after a word of a script without case ("...8개국이 었다. 2024년"), or a lower-case
    word ("đoàn. 6 tháng"), a digit starts a sentence."""
    after = dot + 1
    while after < len(text) and (text[after].isspace() or text[after] in "\"'”»)"):
        if text[after] == "\n":
            return True
        after += 1
    word_start = dot
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:dot]
    if word.lower() in _ABBREVIATIONS:
        return False
    if after < len(text) and text[after].islower():
        return False
    if after < len(text) and text[after].isdigit():
        return len(word) > 1 and (word.islower() or not (word.isupper() or word.istitle()))
    return not _ordinal_day(text, dot, after, lang)


class Distances:
    """Word distances with punctuation penalties between offsets of one text (the commas and
    semicolons are found once, then counted by bisection). ``periods`` are the spans of the
    periods the text names: each one lying between two offsets counts as one word."""

    def __init__(self, text: str, lang: str, periods: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self.chars_per_word = _CHARS_PER_WORD.get(lang, 0)
        particles = get_lexicon(lang).topic_particles if lang in SUPPORTED else ""
        self.commas_at = [
            m.start()
            for m in _COMMA.finditer(text)
            if not (particles and m.start() and text[m.start() - 1] in particles)
        ]
        self.semicolons_at = [m.start() for m in _SEMICOLON.finditer(text)]
        spans = _period_words(text, periods)
        self.period_starts = [a for a, _ in spans]
        self.period_ends = [b for _, b in spans]
        self.period_chars = [0, *accumulate(b - a for a, b in spans)]
        self.period_spaces = [0, *accumulate(text.count(" ", a, b) for a, b in spans)]

    def words(self, a: int, b: int) -> int:
        """Words between offsets a <= b (a period between them is one word; a line break
        parts words as a space does)."""
        if b <= a:
            return 0
        first = bisect_left(self.period_starts, a)
        last = bisect_right(self.period_ends, b)
        inside = max(0, last - first)
        if self.chars_per_word:
            chars = b - a
            if inside:
                chars -= self.period_chars[last] - self.period_chars[first]
            return chars // self.chars_per_word + inside
        spaces = self.text.count(" ", a, b) + self.text.count("\n", a, b)
        if inside:
            spaces -= self.period_spaces[last] - self.period_spaces[first]
        return spaces

    def cost(self, a: int, b: int) -> int:
        """Distance from a to b (either order) with comma and semicolon penalties."""
        if a > b:
            a, b = b, a
        commas_at, semicolons_at = self.commas_at, self.semicolons_at
        commas = bisect_left(commas_at, b) - bisect_left(commas_at, a)
        cost = self.words(a, b) + COMMA_COST * commas
        if semicolons_at:
            cost += SEMICOLON_COST * (bisect_left(semicolons_at, b) - bisect_left(semicolons_at, a))
        return cost

    def commas(self, a: int, b: int) -> int:
        """Commas and semicolons between two offsets."""
        if a > b:
            a, b = b, a
        semicolons = _between(self.semicolons_at, a, b) if self.semicolons_at else 0
        return _between(self.commas_at, a, b) + semicolons


def _between(offsets: list[int], a: int, b: int) -> int:
    """How many of the sorted ``offsets`` lie in [a, b)."""
    return bisect_left(offsets, b) - bisect_left(offsets, a)


def _period_words(text: str, periods: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The periods' spans, each with the particle that follows it, sorted, overlaps left out."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted(periods):
        particle = next((p for p in _PERIOD_PARTICLES if text.startswith(p, end)), "")
        if not spans or start >= spans[-1][1]:
            spans.append((start, end + len(particle)))
    return spans
