"""The period a figure covers, from the periods its sentence (or the sentences before) name.

A figure takes the nearest period named in its sentence; with none, the latest one named in
the sentences before it, also in earlier paragraphs (a review's headline or lead names the
year once): "In 2024, Quang Ninh received 215 delegations. ... Trade turnover reached US$8.2
billion" -> both 2024. The dateline's day dates the document (it resolves "last year"), not
a figure. Not
taken: a period after a comparison ("up 18% compared with 2023"), or just before one in
Hindi and Urdu, which name the compared year first ("2023 की तुलना में", "گزشتہ سال کی اسی
مدت سے"); a period that runs past
the document's year ("2025-2030" in a 2025 article), which leaves the figure without a
period; a figure whose period starts after the document's year is a plan and is dropped.
"Currently" / "so far" / "hiện nay" next to a figure means no period (schema: null).

Besides the periods.py finds, a bare year in running text counts as that year ("Quang Nam
begrüßte 2024 insgesamt ...", "Sepanjang 2024, ..."), unless a name carries it ("Da Nang
Meet 2024", "APEC 2017"): a capitalised word before it, not at the start of the sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from hoinhap.errors import UserError
from hoinhap.intake.cues import Cue
from hoinhap.intake.langs import SUPPORTED, get_lexicon
from hoinhap.intake.periods import PeriodMention
from hoinhap.intake.quantities import Quantity
from hoinhap.intake.sentences import Distances, Sentence
from hoinhap.registry.periods import parse_period

_YEAR = re.compile(r"\d{4}")
# Starts with its first digit, "1" or "2", so that the engine skips from one to the next
# (a pattern that starts with a look-around is tried at every position); what may not come
# before the year is checked just after that digit.
_BARE_YEAR = re.compile(
    r"((?:1(?<![\w\-/.,–—]1)9[5-9]|2(?<![\w\-/.,–—]2)0\d)\d)(?![\w\-/–—]|[.,]\d)"
)
_PREVIOUS_WORD = re.compile(r"(\S+)\s*$")
_SENTENCE_END = re.compile(r"[\n!?。！？؟]|\.\s")
_DIGIT = re.compile(r"\d")
COMPARE_WINDOW = 2
COMPARE_CLAUSE_WINDOW = 6
COMPARE_BEFORE_WINDOW = 3
NOW_AFTER_WINDOW = 3
DATELINE_LINES = 2
DATELINE_OFFSET = 40


def dateline_day(text: str, periods: Sequence[PeriodMention]) -> PeriodMention | None:
    """The date of the dateline ("Hué, 10 janvier 2025 (VNA) –", "【ハイズオン2025年1月14日】"):
    a day named near the start of one of the first two non-empty lines. It dates the
    document, not a figure."""
    lines: list[int] = []
    pos = 0
    while len(lines) < DATELINE_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            lines.append(pos)
        pos = end + 1
    for p in periods:
        if p.start >= pos:
            break
        if p.kind == "day" and p.label and any(0 <= p.start - s <= DATELINE_OFFSET for s in lines):
            return p
    return None


def undate_dateline(
    text: str, periods: list[PeriodMention], published: dt.date | None
) -> tuple[list[PeriodMention], dt.date | None]:
    """The periods without the dateline's day (kept, unlabelled, so that nothing else reads
    its year), and the publication date, from the dateline when not given."""
    day = dateline_day(text, periods)
    if day is None or day.label is None:
        return periods, published
    date = published or dt.date.fromisoformat(day.label)
    return [replace(p, label=None) if p is day else p for p in periods], date


@lru_cache(maxsize=4096)
def _within_label(inner: str, outer: str) -> bool:
    """Whether period ``inner`` lies inside period ``outer`` ("2025-06" in "2025-H1")."""
    try:
        return parse_period(inner).within(parse_period(outer))
    except UserError:
        return False


@lru_cache(maxsize=4096)
def _label_years(label: str) -> tuple[int, ...]:
    """The years a period label names ("2021-2025": 2021 and 2025)."""
    return tuple(int(y) for y in _YEAR.findall(label))


class Timeframe(NamedTuple):
    """A figure's period label (None when none is stated) and whether it is a plan."""

    label: str | None
    planned: bool = False


def reference_year(periods: Sequence[PeriodMention], published: dt.date | None) -> int:
    """The year the document speaks from: its publication year, else the latest dated day or
    month it names, else the current year."""
    if published is not None:
        return published.year
    dated = [int(p.label[:4]) for p in periods if p.kind in ("day", "month") and p.label]
    return max(dated) if dated else dt.datetime.now(dt.UTC).year


class PeriodResolver:
    """Finds the period of each figure of one document."""

    def __init__(
        self,
        text: str,
        sentences: Sequence[Sentence],
        periods: Sequence[PeriodMention],
        cues: Sequence[Cue],
        distances: Distances,
        published: dt.date | None,
        lang: str = "",
    ) -> None:
        self.text = text
        # Comparisons name the compared year first (Hindi, Urdu: "2023 की तुलना में").
        self.year_first = lang in SUPPORTED and get_lexicon(lang).compared_year_first
        self.sentences = sentences
        self.d = distances
        self.ref_year = reference_year(periods, published)
        compare_ends = [c.end for c in cues if c.concept == "compare"]
        found = sorted([*periods, *self._bare_years(periods)], key=lambda p: p.start)
        baselines = self._before_compare(found, cues)
        self.periods = [
            p
            for p in found
            if (p.label or p.kind == "span")
            and not self._after_compare(p, compare_ends)
            and p not in baselines
        ]
        self.starts = [p.start for p in self.periods]
        self.inherited = self._inherited()

    def _inherited(self) -> list[str | None]:
        """For each sentence, the period carried from the sentences before it."""
        labels: list[str | None] = []
        last: str | None = None
        for sentence in self.sentences:
            labels.append(last)
            for p in self._within(sentence):
                if not self._runs_later(p) and self._carries(p, last):
                    last = p.label
        return labels

    @staticmethod
    def _carries(period: PeriodMention, last: str | None) -> bool:
        """Whether a period is carried to the sentences after it. A month or day without a
        year dates an event or a stock in its own sentence only ("at the conference on 8
        July", "as of the end of June"); a dated month or day inside the period carried so
        far does not replace it ("In H1 2025 ... As of June 2025, 2,180 projects ... Also in
        those six months ..." stays H1)."""
        if period.kind not in ("day", "month") or period.label is None:
            return True
        if not _YEAR.search(period.text):
            return False
        return last is None or not _within_label(period.label, last)

    def _bare_years(self, periods: Sequence[PeriodMention]) -> list[PeriodMention]:
        taken = sorted((p.start, p.end) for p in periods)
        taken_starts = [start for start, _ in taken]
        years: list[PeriodMention] = []
        for sentence in self.sentences:
            for m in _BARE_YEAR.finditer(self.text, sentence.start, sentence.end):
                i = bisect_left(taken_starts, m.end())
                if i and taken[i - 1][1] > m.start():
                    continue
                if int(m.group(1)) <= self.ref_year and not self._named(sentence, m.start()):
                    years.append(PeriodMention(m.group(1), "year", m.start(), m.end(), m.group(1)))
        return years

    def _named(self, sentence: Sentence, start: int) -> bool:
        """A year carried by a name: "Meet 2024", "APEC 2017" (not the sentence's first word)."""
        previous = _PREVIOUS_WORD.search(self.text, sentence.start, start)
        if previous is None:
            return False
        word = previous.group(1)
        return word[:1].isupper() and previous.start(1) > sentence.start

    def _after_compare(self, period: PeriodMention, compare_ends: list[int]) -> bool:
        """A period in a comparison ("up 18% compared with 2023", "เมื่อเทียบกับช่วงเดียวกันของ
        ปีที่แล้ว") is the baseline's, not a figure's: right after the cue, or a few words on
        with no comma between."""
        i = bisect_left(compare_ends, period.start + 1) - 1
        if i < 0:
            return False
        if _SENTENCE_END.search(self.text, compare_ends[i], period.start) is not None:
            return False  # a comparison never reaches into the next sentence
        words = self.d.words(compare_ends[i], period.start)
        if words <= COMPARE_WINDOW:
            return True
        return words <= COMPARE_CLAUSE_WINDOW and not self.d.commas(compare_ends[i], period.start)

    def _before_compare(
        self, found: Sequence[PeriodMention], cues: Sequence[Cue]
    ) -> list[PeriodMention]:
        """The periods compared with in languages that name them before the compare phrase
        ("2023 की तुलना में", "گزشتہ سال کی اسی مدت سے 88 فیصد زیادہ"): the last period before
        the phrase, a few words before it in the same clause. Japanese, Korean and Chinese
        name it first too, but their commonest cues hold their own baseline ("前年同期比",
        "同比") or take the year after ("比2023年"): a period before those is the figure's."""
        if not self.year_first:
            return []
        starts = [p.start for p in found]
        baselines: list[PeriodMention] = []
        for cue in cues:
            if cue.concept != "compare":
                continue
            i = bisect_left(starts, cue.start) - 1
            if i >= 0 and found[i].end <= cue.start and self._ties(found[i].end, cue.start):
                baselines.append(found[i])
        return baselines

    def _ties(self, end: int, start: int) -> bool:
        """Whether a period ending at ``end`` is the object of a phrase at ``start``."""
        return (
            self.d.words(end, start) <= COMPARE_BEFORE_WINDOW
            and not self.d.commas(end, start)
            and _SENTENCE_END.search(self.text, end, start) is None
        )

    def _within(self, sentence: Sentence) -> list[PeriodMention]:
        lo, hi = bisect_left(self.starts, sentence.start), bisect_left(self.starts, sentence.end)
        return self.periods[lo:hi]

    def period(self, q: Quantity, sentence: Sentence, cues: Sequence[Cue]) -> Timeframe:
        """The figure's period, stated in its sentence or in the ones before it."""
        nearest = self._nearest(q, sentence, cues)
        if nearest is not None:
            if self._starts_later(nearest):
                return Timeframe(None, planned=True)
            return Timeframe(None if self._runs_later(nearest) else nearest.label)
        if self._now(q, cues):
            return Timeframe(None)
        return Timeframe(self.inherited[sentence.index])

    def _nearest(
        self, q: Quantity, sentence: Sentence, cues: Sequence[Cue]
    ) -> PeriodMention | None:
        """The period nearest the figure in its sentence. One after "and" and another figure
        is that figure's when a period comes before ("ໃນປີ 2024, ... 230.000 ເທື່ອຄົນ ແລະ
        ... 6 ເດືອນຕົ້ນປີ 2025 ... 150.000 ເທື່ອຄົນ": the first is 2024's)."""
        periods = self._within(sentence)
        best: tuple[int, PeriodMention] | None = None
        before = any(p.end <= q.start for p in periods)
        for p in periods:
            if p.end <= q.start:
                cost = self.d.cost(p.end, q.start)
            elif before and self._next_figure(q.end, p, sentence.end, cues):
                continue
            else:
                cost = self.d.cost(q.end, p.start) + 1
            if best is None or cost < best[0]:
                best = (cost, p)
        return None if best is None else best[1]

    def _next_figure(
        self, end: int, period: PeriodMention, sentence_end: int, cues: Sequence[Cue]
    ) -> bool:
        """Whether "and" comes between ``end`` and the period, and another figure after the
        "and" (before or after the period)."""
        for cue in cues:
            if cue.concept == "and" and end <= cue.start and cue.end <= period.start:
                return (
                    _DIGIT.search(self.text, cue.end, period.start) is not None
                    or _DIGIT.search(self.text, period.end, sentence_end) is not None
                )
        return False

    def _now(self, q: Quantity, cues: Sequence[Cue]) -> bool:
        """ "currently has 112 projects", "the 98 projects still valid to date": a now-cue
        before the figure anywhere in its sentence, or just after it."""
        for cue in cues:
            if cue.concept != "now":
                continue
            if cue.end <= q.start:
                return True  # "Đến nay, trên địa bàn tỉnh có 465 dự án": the whole sentence
            if cue.start >= q.end and self.d.cost(q.end, cue.start) <= NOW_AFTER_WINDOW:
                return True
        return False

    def _runs_later(self, period: PeriodMention) -> bool:
        years = _label_years(period.label or "")
        return bool(years) and max(years) > self.ref_year

    def _starts_later(self, period: PeriodMention) -> bool:
        years = _label_years(period.label or "")
        return bool(years) and min(years) > self.ref_year
