"""The sentence a figure is resolved in (``Clause``), what resolving gives (``Resolved``),
and the small rules that look across a clause: the window of cues around a figure, places
joined by a conjunction, the country count that goes with a locality or project count."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import NamedTuple

from hoinhap.intake.cues import Cue
from hoinhap.intake.gazetteer_sources import DEMONYM
from hoinhap.intake.quantities import Quantity
from hoinhap.intake.sentences import SEMICOLON_COST, Distances
from hoinhap.intake.subjects import Place

LOCAL_WINDOW = 400
NOUN_WINDOW_AFTER = 4
MODIFIER_WINDOW = 4
AND_COST = 4
FAMILY = {
    "fdi_projects": "fdi", "fdi_capital": "fdi", "fdi_source_countries": "fdi",
    "domestic_projects": "domestic", "domestic_capital": "domestic", "ngo_partners": "ngo",
    "ngo_projects": "ngo", "ngo_aid": "ngo",
}  # fmt: skip
FAMILY_MONEY = {"fdi": "fdi_capital", "domestic": "domestic_capital", "ngo": "ngo_aid"}
FAMILY_PROJECTS = {
    "fdi": "fdi_projects", "foreign": "fdi_projects", "domestic": "domestic_projects",
    "ngo": "ngo_projects",
}  # fmt: skip
CONJUNCTIONS = frozenset(("and", "part"))
TOPICS = frozenset(
    ("fdi", "domestic", "ngo", "investment_attracted", "investment_commitments", "oda_capital",
     "trade_turnover")
) | frozenset(FAMILY)  # fmt: skip
_CLAUSE_END = frozenset(",.;:!?()。，、；：！？؛،۔।（）")
MONEY_UNITS = frozenset(("USD", "VND"))
_RESTATING_GAP = re.compile(r"[\s,，、،(（:：–—-]*")
# What makes investment certificates commitments: a handover, or the event they are given at.
_HANDOVER = frozenset(("handover", "conference", "event", "promotion"))
_SIDES = {"domestic": "domestic", "fdi": "foreign", "foreign": "foreign"}
_PROJECTS_OF = {
    "fdi_capital": "fdi_projects", "domestic_capital": "domestic_projects",
    "ngo_aid": "ngo_projects",
}  # fmt: skip


class Resolved(NamedTuple):
    """A quantity, the metric it states, and the cue that says so."""

    quantity: Quantity
    metric: str
    cue: Cue | None


@dataclass(frozen=True, slots=True)
class Clause:
    """One sentence: its span, cues, quantities and places, and the money family of the
    previous sentence of the same section ("fdi" after "1,730 FDI projects ...")."""

    start: int
    end: int
    cues: Sequence[Cue]
    quantities: Sequence[Quantity]
    previous_family: str = ""
    places: Sequence[Place] = ()


def local_clause(clause: Clause, q: Quantity) -> Clause:
    """The part of the clause within LOCAL_WINDOW characters of the figure: what the rules
    look at, so that a very long sentence costs time in proportion to its length."""
    lo, hi = q.start - LOCAL_WINDOW, q.end + LOCAL_WINDOW
    if lo <= clause.start and clause.end <= hi:
        return clause  # a sentence of usual length is all local
    start_of = attrgetter("start")
    cues = clause.cues[
        bisect_left(clause.cues, lo, key=start_of) : bisect_left(clause.cues, hi, key=start_of)
    ]
    quantities = [o for o in clause.quantities if lo <= o.start < hi]
    places = [p for p in clause.places if lo <= p.start < hi]
    return Clause(clause.start, clause.end, cues, quantities, clause.previous_family, places)


def word_follows(text: str, end: int) -> bool:
    """A word (not punctuation) comes right after ``end``: "5,000 jobs"."""
    pos = end
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos < len(text) and text[pos].isalpha()


def joins_places(cue: Cue, clause: Clause) -> bool:
    """ "between Hai Phong and Japan": a conjunction between two place names joins them."""
    before = any(0 <= cue.start - p.end <= 2 for p in clause.places)
    after = any(0 <= p.start - cue.end <= 4 for p in clause.places)
    return before and after


def country_metric(found: list[Resolved]) -> str:
    metrics = {item.metric for item in found}
    if metrics & {"partner_localities", "partner_locality?"}:
        return "partner_countries"
    if metrics & {"fdi_projects", "fdi_capital"}:
        return "fdi_source_countries"
    return ""


def partners_from_countries(found: list[Resolved]) -> list[Resolved]:
    """A locality count stays a partner count only with a relation cue or countries beside it."""
    has_countries = any(item.metric == "partner_countries" for item in found)
    out: list[Resolved] = []
    for item in found:
        if item.metric == "partner_locality?":
            if not has_countries:
                continue
            item = item._replace(metric="partner_localities")
        out.append(item)
    return out


def restatement(text: str, q: Quantity, found: list[Resolved], clause: Clause) -> Resolved | None:
    """The figure just before, when ``q`` restates it in the other currency ("8.500 milliards
    de dôngs (403,2 millions de dollars)", "42.000 miliardi di dong, pari a circa 1,65
    miliardi di dollari"): both state the same metric (SCHEMA: two facts)."""
    if not found or q.unit not in MONEY_UNITS:
        return None
    before = found[-1]
    p = before.quantity
    if p.unit not in MONEY_UNITS or p.unit == q.unit:
        return None
    if any(p.end <= o.start < q.start for o in clause.quantities):
        return None
    gap, pos = [], p.end
    for cue in clause.cues:
        if cue.concept == "equal" and p.end <= cue.start and cue.end <= q.start:
            gap.append(text[pos : cue.start])
            pos = cue.end
    gap.append(text[pos : q.start])
    return before._replace(quantity=q) if _RESTATING_GAP.fullmatch("".join(gap)) else None


def licences_outside_events(clause: Clause, concepts: frozenset[str]) -> Clause:
    """Investment certificates are commitments only when handed over (at an event); granted
    to projects in the course of business ("1,538 new projects were granted investment
    registration certificates") they are the licensing of foreign investment, which the
    registration certificates of Vietnamese law mostly are, or of domestic investment when
    the sentence speaks of that alone ("dự án đầu tư trong nước được cấp giấy chứng nhận đầu
    tư"). ``concepts``: those of the clause's cues."""
    if "investment_commitments" not in concepts or concepts & _HANDOVER:
        return clause
    if not concepts & {"project", "fdi_projects", "domestic_projects"}:
        return clause  # pledges and memoranda: commitments wherever they are made
    family = {FAMILY.get(c, c) for c in concepts} & {"fdi", "domestic"}
    licensed = "domestic" if family == {"domestic"} else "fdi"
    cues = [
        Cue(licensed, c.start, c.end) if c.concept == "investment_commitments" else c
        for c in clause.cues
    ]
    return replace(clause, cues=cues)


def projects_of_money(text: str, q: Quantity, found: list[Resolved]) -> str:
    """A classifier count with no noun, listed just before the money figure of an
    investment ("1,940건, 349억2,000만달러의 외국인투자"): the projects of that investment."""
    following = [item for item in found if item.quantity.start >= q.end]
    if not following:
        return ""
    money = min(following, key=lambda item: item.quantity.start)
    family = _PROJECTS_OF.get(money.metric, "")
    gap = text[q.end : money.quantity.start]
    return family if len(gap) <= 4 and gap.rstrip().endswith((",", "，", "、")) else ""


class ClauseRules:
    """What the metric rules ask of a sentence: how far a cue is from a figure (conjunctions
    count as distance), which modifier or topic goes with it, who owns it."""

    def __init__(self, text: str, distances: Distances) -> None:
        self.text = text
        self.d = distances
        self._ands: list[int] = []
        self._parts: list[int] = []
        self.concepts: frozenset[str] = frozenset()
        self.mixed: frozenset[int] = frozenset()
        self.last_family = ""

    def begin(self, clause: Clause) -> Clause:
        """Start on a sentence: its conjunctions, "of which" and concepts found once. A
        sentence that opens with "of which" ("Trong đó, giá trị cam kết năm 2016 là ...")
        goes on with the family of the figures before it, even after a paragraph break."""
        concepts = frozenset(c.concept for c in clause.cues)
        licensed = licences_outside_events(clause, concepts)
        if licensed is not clause:
            clause, concepts = licensed, frozenset(c.concept for c in licensed.cues)
        if not clause.previous_family and self._opens_with_part(clause):
            clause = replace(clause, previous_family=self.last_family)
        joints = concepts & CONJUNCTIONS
        self._ands = [
            c.start
            for c in (clause.cues if joints else ())
            if c.concept in CONJUNCTIONS and not joins_places(c, clause)
        ]
        self._parts = (
            [c.start for c in clause.cues if c.concept == "part"] if "part" in joints else []
        )
        self.concepts = concepts
        self.mixed = self._domestic_and_foreign(clause.cues, concepts)
        return clause

    def _domestic_and_foreign(
        self, cues: Sequence[Cue], concepts: frozenset[str]
    ) -> frozenset[int]:
        """Where "domestic and foreign" go together ("26 domestic and foreign investors",
        "nhà đầu tư trong nước và nước ngoài"): all investors, so neither names the money's
        family (the offsets of both cues)."""
        if "domestic" not in concepts or "and" not in concepts:
            return frozenset()
        mixed: set[int] = set()
        for left, joint, right in zip(cues, cues[1:], cues[2:], strict=False):
            sides = {_SIDES.get(left.concept), _SIDES.get(right.concept)}
            if joint.concept != "and" or sides != {"domestic", "foreign"}:
                continue
            if self.d.words(left.end, joint.start) <= 1 >= self.d.words(joint.end, right.start):
                mixed |= {left.start, right.start}
        return frozenset(mixed)

    def _opens_with_part(self, clause: Clause) -> bool:
        first = clause.cues[0] if clause.cues else None
        return (
            first is not None
            and first.concept == "part"
            and not self.text[clause.start : first.start].strip()
        )

    def remember(self, found: Sequence[Resolved]) -> None:
        """The family of the sentence's last figure, for a next sentence opening with "of
        which"."""
        families = [FAMILY[item.metric] for item in found if item.metric in FAMILY]
        self.last_family = families[-1] if families else ""

    def _part_between(self, before: Quantity, q: Quantity) -> bool:
        """Only "of which" (no "and") between two figures of the sentence."""
        a, b = before.end, q.start
        parts = bisect_left(self._parts, b) - bisect_left(self._parts, a)
        ands = bisect_left(self._ands, b) - bisect_left(self._ands, a)
        return parts > 0 and ands == parts

    def _and_cost(self, a: int, b: int) -> int:
        return AND_COST * (bisect_left(self._ands, b) - bisect_left(self._ands, a)) if a < b else 0

    def _nearest(self, q: Quantity, clause: Clause, concepts: object) -> Cue | None:
        """The cue of one of ``concepts`` nearest the figure in its sentence (not across ";";
        a conjunction between them counts as distance: "received 105 ... and sent 20")."""
        best: tuple[int, Cue] | None = None
        for cue in clause.cues:
            if cue.concept not in concepts:  # type: ignore[operator]
                continue
            a, b = (cue.end, q.start) if cue.end <= q.start else (q.end, cue.start)
            cost = self.d.cost(a, b) + self._and_cost(a, b)
            if cost < SEMICOLON_COST and (best is None or cost < best[0]):
                best = (cost, cue)
        return None if best is None else best[1]

    def _close(self, q: Quantity, cue: Cue) -> bool:
        a, b = (cue.end, q.start) if cue.end <= q.start else (q.end, cue.start)
        return self.d.cost(a, b) <= NOUN_WINDOW_AFTER + 2

    def _adjacent(self, start: int, end: int, noun: Cue) -> bool:
        a, b = (end, noun.start) if end <= noun.start else (noun.end, start)
        return a <= b and self.d.words(a, b) <= 1 and not self.d.commas(a, b)

    def _modifier(
        self, q: Quantity, noun: Cue, clause: Clause, concepts: tuple[str, ...]
    ) -> Cue | None:
        """The nearest modifier of one of ``concepts`` (or a cue of its family: "NGOs" for
        "ngo") within a few words of the noun, with no comma or other figure between; returned with
        the modifier's concept. A specific one (FDI, NGO, domestic) wins over "foreign"."""
        best: tuple[bool, int, Cue] | None = None
        for cue in clause.cues:
            concept = FAMILY.get(cue.concept, cue.concept)
            if concept not in concepts or cue is noun:
                continue
            a, b = (cue.end, noun.start) if cue.end <= noun.start else (noun.end, cue.start)
            words = self.d.words(a, b)
            if words > MODIFIER_WINDOW or self.d.commas(a, b):
                continue
            if any(a <= o.start < b for o in clause.quantities if o is not q):
                continue
            if self._and_cost(a, b):  # "33 NGOs and 11 international organisations"
                continue
            rank = (concept == "foreign", words)
            if best is None or rank < best[:2]:
                best = (*rank, Cue(concept, cue.start, cue.end))
        return None if best is None else best[2]

    def _topic(
        self, q: Quantity, clause: Clause, found: list[Resolved], *, commas: bool
    ) -> Cue | None:
        """The nearest investment cue before the figure in its sentence that no figure between
        has taken ("For domestic investment, the province licensed 35 projects"): it beats the
        family carried from the previous sentence. With ``commas`` False, in its clause only."""
        taken = max(
            (item.quantity.end for item in found if item.quantity.end <= q.start), default=-1
        )
        for cue in reversed(clause.cues):
            if cue.end > q.start or cue.concept not in TOPICS:
                continue
            gap = self.d.commas(cue.end, q.start) if not commas else 0
            if cue.start < taken or gap or self.d.cost(cue.end, q.start) >= SEMICOLON_COST:
                return None
            return cue
        return None

    def _owner(self, q: Quantity, clause: Clause) -> bool:
        """A country owns the figure: it opens the clause, or comes just before it."""
        before = [p for p in clause.places if p.end <= q.start and p.level != DEMONYM]
        if before and before[0].kind == "country":
            return True
        return bool(before and before[-1].kind == "country") and not self.d.commas(
            before[-1].end, q.start
        )

    def _family_before(self, found: list[Resolved], clause: Clause) -> str:
        """The investment family of the figure before, in this sentence or the previous."""
        if found and FAMILY.get(found[-1].metric):
            return FAMILY[found[-1].metric]
        return clause.previous_family

    def _ends_clause(self, q: Quantity, clause: Clause, classifier: Cue | None = None) -> bool:
        """Whether the figure (with its classifier: "hampir 30.000 orang.") ends the clause."""
        pos = q.end if classifier is None else max(q.end, classifier.end)
        while pos < clause.end and self.text[pos] == " ":
            pos += 1
        return pos >= clause.end or self.text[pos] in _CLAUSE_END
