"""Which metric a figure states, from the cue phrases of its sentence.

A count takes its metric from its head noun: the cue right after the number ("797 FDI
projects", "3.000 internationale Delegationen", "1730 مشروعًا") or, when the number ends
its noun phrase, right before it ("代表团3000个", "คณะผู้แทน 3,000 คณะ", "visitors reached
36 million,"). Nouns that need more are resolved from the sentence: a delegation by the
nearest verb (received, sent, attended), a project by its modifier (FDI, foreign, domestic,
NGO), by the figure before it ("US$520 million of FDI, including 40 new projects") or by
the country that owns it ("Japan has 222 projects"; not an adjective: "350 Korean firms
... 9 projects"), a locality by a relation cue ("friendship and cooperation relations with
60 localities"), a country by the figure it goes with ("60 localities in 24 countries" ->
partner_countries; "1,730 FDI projects from 44 countries" -> fdi_source_countries).

An amount of money (USD or VND) takes the metric of the nearest cue in its clause: a
decisive one ("trade turnover", "ODA", "FDI", "exports", which claims it for no metric), or
a bare "capital" / "worth", which takes the family of the figure just before it ("288
domestic projects with total capital of VND208 trillion"); a bare "attracted" takes the
family of the previous sentence, else it is investment attracted. A conjunction between a
figure and a cue separates them ("X in ODA and Y in NGO aid").
"""

from __future__ import annotations

from bisect import bisect_left

from hoinhap.intake.clauses import (
    Clause,
    Resolved,
    country_metric,
    joins_places,
    local_clause,
    partners_from_countries,
    word_follows,
)
from hoinhap.intake.cues import COUNT_METRICS, MONEY_METRICS, Cue
from hoinhap.intake.gazetteer_sources import DEMONYM
from hoinhap.intake.quantities import Quantity
from hoinhap.intake.sentences import SEMICOLON_COST, Distances

NOUN_WINDOW_AFTER = 4
NOUN_WINDOW_BEFORE = 3
NOUN_WINDOW_CLAUSE_END = 10
MODIFIER_WINDOW = 4
MONEY_WINDOW = 12
AND_COST = 4
_STOPS = frozenset(("none", "other"))
_NOUNISH = frozenset(
    ("delegation", "participant", "locality", "country", "project", "conference",
     "organization", "partner", "event", "counter")
) | COUNT_METRICS | _STOPS  # fmt: skip
_GENERIC_MONEY = frozenset(("capital", "investment", "attract"))
_DECISIVE_MONEY = {
    **{m: m for m in MONEY_METRICS},
    "fdi": "fdi_capital",
    "fdi_projects": "fdi_capital",
    "domestic": "domestic_capital",
    "domestic_projects": "domestic_capital",
    "ngo": "ngo_aid",
    "ngo_projects": "ngo_aid",
    "ngo_partners": "ngo_aid",
    "agreements_signed": "investment_commitments",
    "none": "",
}
FAMILY = {
    "fdi_projects": "fdi", "fdi_capital": "fdi", "fdi_source_countries": "fdi",
    "domestic_projects": "domestic", "domestic_capital": "domestic", "ngo_partners": "ngo",
    "ngo_projects": "ngo", "ngo_aid": "ngo",
}  # fmt: skip
_FAMILY_MONEY = {"fdi": "fdi_capital", "domestic": "domestic_capital", "ngo": "ngo_aid"}
_FAMILY_PROJECTS = {
    "fdi": "fdi_projects", "foreign": "fdi_projects", "domestic": "domestic_projects",
    "ngo": "ngo_projects",
}  # fmt: skip
_DELEGATION_BY_VERB = {
    "receive": "delegations_received",
    "host": "delegations_received",
    "send": "delegations_sent",
    "attend": "event_participants",
}
_UNSPACED = frozenset(("zh", "ja", "th", "lo", "km", "ko"))
_GENITIVES = ("の", "의", "的", "之")
_CLAUSE_END = frozenset(",.;:!?)。，、；：！？؛،۔।")


class MetricResolver:
    """Assigns metrics to the quantities of one sentence."""

    def __init__(self, text: str, lang: str, distances: Distances) -> None:
        self.text = text
        self.d = distances
        self.unspaced = lang in _UNSPACED
        self._ands: list[int] = []

    def resolve(self, clause: Clause) -> list[Resolved]:
        """The quantities of the sentence that state a metric, with the cue that says so."""
        self._ands = [
            c.start for c in clause.cues if c.concept == "and" and not joins_places(c, clause)
        ]
        found: list[Resolved] = []
        deferred: list[Resolved] = []
        starts = [c.start for c in clause.cues]
        whole = clause
        for q in whole.quantities:
            clause = local_clause(whole, q, starts)
            if self._is_target(q, clause):
                continue
            if q.unit == "count":
                metric, cue = self._count_metric(q, clause, found)
            elif q.unit in ("USD", "VND"):
                metric, cue = self._money_metric(q, clause, found)
            else:
                metric, cue = "", None
            if metric == "country":
                deferred.append(Resolved(q, metric, cue))
            elif metric:
                found.append(Resolved(q, metric, cue))
        for item in deferred:
            metric = country_metric(found)
            if metric:
                found.append(item._replace(metric=metric))
        found.sort(key=lambda item: item.quantity.start)
        return partners_from_countries(found)

    def _is_target(self, q: Quantity, clause: Clause) -> bool:
        """A target or plan cue before the figure in its sentence, or after it in its clause."""
        for cue in clause.cues:
            if cue.concept != "target":
                continue
            if cue.end <= q.start and self.d.cost(cue.end, q.start) < SEMICOLON_COST:
                return True
            if cue.start >= q.end and self.d.commas(q.end, cue.start) == 0:
                return True
        return False

    # --- counts ---------------------------------------------------------------------------

    def _count_metric(
        self, q: Quantity, clause: Clause, found: list[Resolved]
    ) -> tuple[str, Cue | None]:
        after = self._noun_after(q, clause)
        if after is not None and after.concept in _STOPS:
            return "", None
        if after is not None and after.concept == "counter":
            after = self._genitive_noun(q, after, clause)
            if after is not None and after.concept in _STOPS:
                return "", None
        if after is not None and after.concept != "counter":
            metric = self._noun_metric(q, after, clause, found)
            if metric == "country":
                metric = self._named_countries(q, clause) or metric
            if metric:
                return metric, after
        elif after is None and self._foreign_visitors(q, clause, found):
            return "visitors_international", None
        before = self._noun_before(q, clause)
        if before is not None and before.concept not in _STOPS:
            metric = self._noun_metric(q, before, clause, found)
            if metric:
                return metric, before
        if after is not None and after.concept == "counter":
            return self._investment_projects(q, clause)
        return "", None

    def _named_countries(self, q: Quantity, clause: Clause) -> str:
        """Countries whose kind the noun before them names ("投資国・地域は12か国・地域")."""
        before = self._noun_before(q, clause, ends_phrase=False)
        kinds = ("fdi_source_countries", "partner_countries")
        return before.concept if before is not None and before.concept in kinds else ""

    def _genitive_noun(self, q: Quantity, counter: Cue, clause: Clause) -> Cue:
        """The noun a classifier is joined to by a genitive ("25件の協力協定", "480건의 FDI
        프로젝트"), else the classifier itself."""
        noun = self._noun_after(q, clause, counter.end)
        if noun is not None and self.text[counter.end : noun.start].lstrip().startswith(_GENITIVES):
            return noun
        return counter

    def _investment_projects(self, q: Quantity, clause: Clause) -> tuple[str, Cue | None]:
        """A figure with a classifier and no noun: the projects of the investment named
        just before it ("外国直接投資480件", "외국인직접투자 480건")."""
        for cue in reversed(clause.cues):
            if cue.end > q.start:
                continue
            family = FAMILY.get(cue.concept, cue.concept)
            near = self.d.words(cue.end, q.start) <= NOUN_WINDOW_BEFORE
            if family in _FAMILY_MONEY and near and not self.d.commas(cue.end, q.start):
                return _FAMILY_PROJECTS[family], cue
            return "", None
        return "", None

    def _noun_after(self, q: Quantity, clause: Clause, end: int | None = None) -> Cue | None:
        """The first noun within a few words after the figure, or after ``end`` (no comma
        or figure between)."""
        end = q.end if end is None else end
        following = min((o.start for o in clause.quantities if o.start >= q.end), default=None)
        for cue in clause.cues:
            if cue.start < end or cue.concept not in _NOUNISH:
                continue
            if self.d.words(end, cue.start) > NOUN_WINDOW_AFTER or self.d.commas(end, cue.start):
                return None
            if following is not None and following < cue.start:
                return None
            return cue
        return None

    def _noun_before(self, q: Quantity, clause: Clause, ends_phrase: bool = True) -> Cue | None:
        """The noun just before a figure that ends its noun phrase ("visitors reached 9.6
        million,"), further back when the figure ends the clause; with ``ends_phrase`` False,
        also before a figure followed by its own noun ("foreign visitors reached 3.2 million
        arrivals")."""
        if ends_phrase and not self.unspaced and word_follows(self.text, q.end):
            return None
        window = NOUN_WINDOW_CLAUSE_END if self._ends_clause(q, clause) else NOUN_WINDOW_BEFORE
        preceding = max((o.start for o in clause.quantities if o.start < q.start), default=-1)
        for cue in reversed(clause.cues):
            if cue.end > q.start:
                continue
            if cue.concept == "and" or self.d.commas(cue.end, q.start):
                return None
            if cue.concept not in _NOUNISH or cue.concept == "counter":
                continue
            if self.d.words(cue.end, q.start) > window or cue.end <= preceding:
                return None
            return cue
        return None

    def _ends_clause(self, q: Quantity, clause: Clause) -> bool:
        pos = q.end
        while pos < clause.end and self.text[pos] == " ":
            pos += 1
        return pos >= clause.end or self.text[pos] in _CLAUSE_END

    def _noun_metric(self, q: Quantity, noun: Cue, clause: Clause, found: list[Resolved]) -> str:
        concept = noun.concept
        if concept in ("visitors_total", "visitors_international"):
            return self._visitors(q, noun, clause)
        if concept in COUNT_METRICS:
            return concept
        if concept == "project":
            return self._project(q, noun, clause, found)
        if concept == "delegation":
            return self._delegation(q, noun, clause)
        if concept == "locality":
            return (
                "partner_localities"
                if self._nearest(q, clause, ("relation",))
                else "partner_locality?"
            )
        if concept == "country":
            return "country"
        return self._event_like(q, noun, clause)

    def _visitors(self, q: Quantity, noun: Cue, clause: Clause) -> str:
        """International when a modifier, a foreign country or an international-visitors cue
        on the other side goes with them ("Chinese tourists", "ແຂກສາກົນ 6,3 ລ້ານເທື່ອຄົນ");
        guests who attended something are an event's participants."""
        verb = self._nearest(q, clause, ("attend", "receive"))
        if verb is not None and verb.concept == "attend" and self._close(q, verb):
            return "event_participants"
        if noun.concept == "visitors_international" or self._modifier(
            q, noun, clause, ("foreign",)
        ):
            return "visitors_international"
        if any(self._adjacent(p.start, p.end, noun) for p in clause.places if p.kind == "country"):
            return "visitors_international"
        other = self._noun_before(q, clause, ends_phrase=False) if noun.start >= q.end else None
        return (
            "visitors_international"
            if other and other.concept == "visitors_international"
            else "visitors_total"
        )

    def _foreign_visitors(self, q: Quantity, clause: Clause, found: list[Resolved]) -> bool:
        """ "28 million visitors, of which 6.3 million foreign": a bare modifier after the
        figure, visitors counted just before."""
        if not found or not found[-1].metric.startswith("visitors"):
            return False
        nxt = next((c for c in clause.cues if c.start >= q.end), None)
        return nxt is not None and nxt.concept == "foreign" and self.d.words(q.end, nxt.start) <= 1

    def _project(self, q: Quantity, noun: Cue, clause: Clause, found: list[Resolved]) -> str:
        modifier = self._modifier(q, noun, clause, tuple(_FAMILY_PROJECTS))
        if modifier is not None:
            return _FAMILY_PROJECTS[modifier.concept]
        if found and FAMILY.get(found[-1].metric):
            return _FAMILY_PROJECTS[FAMILY[found[-1].metric]]
        if clause.previous_family:  # "FDI reached $1 billion. New projects numbered 45."
            return _FAMILY_PROJECTS[clause.previous_family]
        before = [p for p in clause.places if p.end <= q.start and p.level != DEMONYM]
        owner = before[0] if before and before[0].kind == "country" else None
        if owner is None and before and before[-1].kind == "country":
            owner = before[-1] if not self.d.commas(before[-1].end, q.start) else None
        if owner is not None:
            return "fdi_projects"  # "Japan has 222 projects in Da Nang"
        return ""

    def _delegation(self, q: Quantity, noun: Cue, clause: Clause) -> str:
        verb = self._nearest(q, clause, _DELEGATION_BY_VERB)
        if verb is not None:
            return _DELEGATION_BY_VERB[verb.concept]
        return "delegations_received" if self._modifier(q, noun, clause, ("foreign",)) else ""

    def _event_like(self, q: Quantity, noun: Cue, clause: Clause) -> str:
        concept = noun.concept
        if concept == "participant":
            return "event_participants"
        if concept == "organization":
            if self._modifier(q, noun, clause, ("ngo",)):
                return "ngo_partners"
            return "org_memberships" if self._nearest(q, clause, ("join",)) else ""
        if concept == "partner":
            return "ngo_partners" if self._modifier(q, noun, clause, ("ngo",)) else ""
        attended = self._nearest(q, clause, ("attend",)) is not None
        if concept == "conference":
            if any(c.concept == "promotion" for c in clause.cues):
                return "promotion_events"
            foreign = self._modifier(q, noun, clause, ("foreign",)) is not None
            return "events_hosted" if foreign and not attended else ""
        return "events_hosted" if concept == "event" and not attended else ""

    # --- money ------------------------------------------------------------------------------

    def _money_metric(
        self, q: Quantity, clause: Clause, found: list[Resolved]
    ) -> tuple[str, Cue | None]:
        decisive = self._nearest_money(q, clause, _DECISIVE_MONEY)
        generic = self._nearest_money(q, clause, _GENERIC_MONEY)
        if generic is not None and (decisive is None or generic[0] < decisive[0]):
            paired = self._paired(q, found)
            if paired:
                return paired, generic[1]
        if decisive is not None:
            return _DECISIVE_MONEY[decisive[1].concept], decisive[1]
        if generic is None:
            return "", None
        if clause.previous_family:
            return _FAMILY_MONEY[clause.previous_family], generic[1]
        attract = self._nearest_money(q, clause, ("attract",))
        return ("investment_attracted" if attract else ""), generic[1]

    def _paired(self, q: Quantity, found: list[Resolved]) -> str:
        """The money metric of the figure just before, with no conjunction between."""
        if not found or found[-1].metric not in FAMILY:
            return ""
        if self._and_cost(found[-1].quantity.end, q.start):
            return ""
        return _FAMILY_MONEY[FAMILY[found[-1].metric]]

    def _nearest_money(
        self, q: Quantity, clause: Clause, concepts: object
    ) -> tuple[int, Cue] | None:
        best: tuple[int, Cue] | None = None
        for cue in clause.cues:
            if cue.concept in concepts:  # type: ignore[operator]
                cost = self._money_cost(q, cue)
                if cost <= MONEY_WINDOW and (best is None or cost < best[0]):
                    best = (cost, cue)
        return best

    def _money_cost(self, q: Quantity, cue: Cue) -> int:
        if cue.end <= q.start:
            return self.d.cost(cue.end, q.start) + self._and_cost(cue.end, q.start)
        return self.d.cost(q.end, cue.start) + 1 + self._and_cost(q.end, cue.start)

    def _and_cost(self, a: int, b: int) -> int:
        return AND_COST * (bisect_left(self._ands, b) - bisect_left(self._ands, a)) if a < b else 0

    # --- helpers ----------------------------------------------------------------------------

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
            rank = (concept == "foreign", words)
            if best is None or rank < best[:2]:
                best = (*rank, Cue(concept, cue.start, cue.end))
        return None if best is None else best[2]
