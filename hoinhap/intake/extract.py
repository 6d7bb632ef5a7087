"""Extract a document: its language, the figures it states (facts) and what it names
(entities), in the shape of the annotated corpus (one JSON object per document).

    extract_document(text, doc="NAME", lang=None, published=None) -> Extraction

Per sentence: the quantities (quantities.py) that are not part of a period, each given a
metric by its cue phrases (facts.py), a subject (subjects.py) and a period: the nearest
period named in the sentence, else the latest one named before it (timeframes.py). A
figure whose period lies after the document's year, or whose clause names a target or plan,
is left out. The same figure stated twice is one fact. A cue word inside a period
("年" in "2024年末", "년" in "2024년 말") is part of the period, not a noun of the sentence.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from hoinhap.intake.clauses import Clause, Resolved
from hoinhap.intake.cues import Cue, find_cues
from hoinhap.intake.entities import Entity, find_entities, main_locality
from hoinhap.intake.facts import FAMILY, MetricResolver
from hoinhap.intake.gazetteer import Match, load_gazetteer
from hoinhap.intake.langid import detect_language
from hoinhap.intake.langs import SUPPORTED
from hoinhap.intake.periods import PeriodMention, find_periods, redate_periods
from hoinhap.intake.quantities import Quantity, find_quantities
from hoinhap.intake.sentences import Distances, Sentence, split_sentences
from hoinhap.intake.subjects import Place, SubjectResolver, name_in_period, places_from_matches
from hoinhap.intake.timeframes import PeriodResolver, undate_dateline

T = TypeVar("T", Quantity, Cue, PeriodMention, Place)


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure a document states, with the exact quote that states it."""

    subject: str
    metric: str
    value: float
    unit: str
    approx: str
    period: str | None
    quote: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        """The corpus-schema form."""
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "subject": self.subject,
            "metric": self.metric,
            "value": value,
            "unit": self.unit,
            "approx": self.approx,
            "period": self.period,
            "quote": self.quote,
        }


@dataclass(frozen=True)
class Extraction:
    """What one document states: language, facts and entities."""

    doc: str
    lang: str | None
    facts: list[Fact] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The annotated-corpus shape: {"doc", "lang", "facts", "entities"}."""
        return {
            "doc": self.doc,
            "lang": self.lang,
            "facts": [f.as_dict() for f in self.facts],
            "entities": [e.as_dict() for e in self.entities],
        }


def extract_document(
    text: str, *, doc: str, lang: str | None = None, published: dt.date | None = None
) -> Extraction:
    """The facts and entities of one document (``lang`` detected when not given)."""
    if not text.strip():
        return Extraction(doc, lang)
    code = lang or detect_language(text)
    if code not in SUPPORTED:
        return Extraction(doc, code)
    named = find_periods(text, code, published=published)
    quantities = find_quantities(text, code, [(p.start, p.end) for p in named])
    matches = load_gazetteer().find(text, code)
    amounts = [(q.start, q.end) for q in quantities if q.unit != "count"]
    entities = find_entities(text, code, amounts, matches)
    facts = _Document(text, code, published, named, entities, quantities, matches).facts()
    return Extraction(doc, code, facts, entities)


_TOPIC_FAMILIES = frozenset(("fdi", "domestic", "ngo"))
# No province counts a million projects, agreements or delegations: such a "count" is an
# amount whose currency the text left out ("dont 679,19 millions pour des projets").
_MOST_THINGS = 1_000_000
_PEOPLE_COUNTS = frozenset(("visitors_total", "visitors_international", "event_participants"))


class _Document:
    """One pass over a document: sentences, cues, quantities, periods, places."""

    def __init__(
        self,
        text: str,
        lang: str,
        published: dt.date | None,
        named: list[PeriodMention],
        entities: Sequence[Entity],
        found: Sequence[Quantity],
        matches: Sequence[Match],
    ) -> None:
        self.text = text
        self.sentences = split_sentences(text, lang)
        periods, dated = undate_dateline(text, named, published)
        if dated != published:
            periods, published = undate_dateline(
                text, redate_periods(text, lang, named, dated), dated
            )
        taken = _Index(sorted(periods, key=_start))
        distances = Distances(text, lang, [(p.start, p.end) for p in taken.items])
        quantities = [q for q in found if not taken.overlaps(q)]
        places = places_from_matches(text, matches)
        named_cues = _outside(find_cues(text, lang), taken.items)
        cues, places = _untangle(named_cues, places, quantities)
        self.cues = _Index(cues)
        self.quantities = _Index(quantities)
        self.timeframes = PeriodResolver(
            text, self.sentences, periods, cues, distances, published, lang
        )
        self.places = _Index(places)
        main = main_locality(entities)
        self.subjects = SubjectResolver(
            self.places.items, main, distances, lang, self.sentences, cues
        )
        self.published = published
        self.named = {p.name for p in places if p.kind == "vn"}
        self.resolver = MetricResolver(text, lang, distances)

    def facts(self) -> list[Fact]:
        found: list[Fact] = []
        family = ""
        section = -1
        for sentence in self.sentences:
            if sentence.section != section:
                family, section = "", sentence.section
            facts = self._sentence_facts(sentence, family)
            found += facts
            families = [FAMILY[f.metric] for f in facts if f.metric in FAMILY]
            family = families[-1] if families else ("" if facts else self._topic(sentence, family))
        return _deduplicate(found)

    def _topic(self, sentence: Sentence, family: str) -> str:
        """The family a sentence without figures sets for the next ones when it names one
        kind of investment only ("Dong Nai led the country in FDI attraction in Q1.", "thu
        hút viện trợ phi chính phủ": a metric's cue names its family)."""
        concepts = (FAMILY.get(c.concept, c.concept) for c in self.cues.within(sentence))
        named = {concept for concept in concepts if concept in _TOPIC_FAMILIES}
        return named.pop() if len(named) == 1 else family

    def _sentence_facts(self, sentence: Sentence, family: str) -> list[Fact]:
        quantities = self.quantities.within(sentence)
        if not quantities:
            return []
        cues = self.cues.within(sentence)
        places = self.places.within(sentence)
        clause = Clause(sentence.start, sentence.end, cues, quantities, family, places)
        facts: list[Fact] = []
        for item in self.resolver.resolve(clause):
            fact = self._fact(item, sentence, cues)
            if fact is not None:
                facts.append(fact)
        return facts

    def _fact(self, item: Resolved, sentence: Sentence, cues: Sequence[Cue]) -> Fact | None:
        q = item.quantity
        if q.unit == "count" and q.value >= _MOST_THINGS and item.metric not in _PEOPLE_COUNTS:
            return None
        span = (sentence.start, sentence.end)
        subject = self.subjects.subject(q.start, q.end, span, cues, item.metric)
        if subject is None:
            return None
        period = self.timeframes.period(q, sentence, cues)
        if period.planned:
            return None
        subject = name_in_period(subject, period.label, self.published, self.named)
        start, end = q.start, q.end
        if item.cue is not None:
            start, end = min(start, item.cue.start), max(end, item.cue.end)
        quote = self.text[start:end]
        return Fact(
            subject, item.metric, q.value, q.unit, q.approx, period.label, quote, start, end
        )


class _Index(Generic[T]):
    """Items with offsets (sorted by start), sliced by sentence with two bisections."""

    def __init__(self, items: Sequence[T]) -> None:
        self.items: list[T] = list(items)
        self.starts: list[int] = [i.start for i in self.items]

    def within(self, sentence: Sentence) -> list[T]:
        lo = bisect_left(self.starts, sentence.start)
        hi = bisect_left(self.starts, sentence.end)
        return [i for i in self.items[lo:hi] if i.end <= sentence.end]

    def overlaps(self, span: Quantity) -> bool:
        """Whether an item overlaps the span (items do not overlap one another)."""
        i = bisect_left(self.starts, span.end)
        return i > 0 and self.items[i - 1].end > span.start


def _untangle(
    cues: list[Cue], places: list[Place], quantities: list[Quantity]
) -> tuple[list[Cue], list[Place]]:
    """A cue inside a place name is part of the name ("รัฐ" in "สหรัฐ"); a place inside a cue
    phrase or a quantity is part of them (Urdu "کاری" in "سرمایہ کاری", "ดอลลาร์สหรัฐ")."""
    kept_cues = _outside(cues, places)
    return kept_cues, _outside(_outside(places, cues), quantities)


S = TypeVar("S", Cue, Place)


def _outside(spans: list[S], covers: Sequence[Cue | Place | Quantity | PeriodMention]) -> list[S]:
    """The spans that no cover holds, a cover being longer than the span it holds; both
    lists sorted by start, the covers not overlapping one another, so only the last cover
    starting at or before a span can hold it (one walk along both lists)."""
    kept: list[S] = []
    i, count = 0, len(covers)
    cover = None
    for span in spans:
        while i < count and covers[i].start <= span.start:
            cover = covers[i]
            i += 1
        if (
            cover is None
            or cover.end < span.end
            or cover.end - cover.start <= span.end - span.start
        ):
            kept.append(span)
    return kept


def _start(item: PeriodMention) -> int:
    return item.start


def _deduplicate(facts: list[Fact]) -> list[Fact]:
    """The same figure stated twice is one fact: same subject, metric, unit and value, and
    the same period or none on one side (a stated period wins over none)."""
    kept: list[Fact | None] = []
    seen: dict[tuple[str, str, str, float], list[int]] = {}
    for fact in facts:
        key = (fact.subject, fact.metric, fact.unit, float(f"{fact.value:.9g}"))
        same = seen.setdefault(key, [])
        for n in same:
            known = kept[n]
            if known is not None and (known.period in (None, fact.period) or fact.period is None):
                if known.period is None and fact.period is not None:
                    kept[n] = fact
                break
        else:
            same.append(len(kept))
            kept.append(fact)
    return [fact for fact in kept if fact is not None]
