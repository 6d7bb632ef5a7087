"""An amount of money (USD or VND) takes the metric of the nearest cue in its clause: a
decisive one ("trade turnover", "ODA", "FDI", "exports", which claims it for no metric), or
a bare "capital" / "worth", which takes the family of the figure just before it ("288
domestic projects with total capital of VND208 trillion"); a bare "attracted" takes the
family of the previous sentence, else it is investment attracted. A conjunction between a
figure and a cue separates them ("X in ODA and Y in NGO aid"); a cue after "of which" names
a part, not the figure before ("18.6万亿越南盾，其中国内投资项目42个"). An investment cue
that opens the sentence beats the family of the previous one ("For domestic investment,
..."). Money restated in the other currency ("(403,2 millions de dollars)", "pari a circa
1,65 miliardi di dollari") states the metric of the figure it restates.
"""

from __future__ import annotations

from bisect import bisect_left

from hoinhap.intake.clauses import FAMILY, FAMILY_MONEY, TOPICS, Clause, ClauseRules, Resolved
from hoinhap.intake.cues import MONEY_METRICS, Cue
from hoinhap.intake.quantities import Quantity

MONEY_WINDOW = 12
_GENERIC_MONEY = frozenset(("capital", "investment", "attract", "capital_added"))
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


class MoneyRules(ClauseRules):
    """The money half of the metric rules."""

    def _money_metric(
        self, q: Quantity, clause: Clause, found: list[Resolved]
    ) -> tuple[str, Cue | None]:
        decisive = self._nearest_money(q, clause, _DECISIVE_MONEY)
        generic = self._nearest_money(q, clause, _GENERIC_MONEY)
        if generic is not None and (decisive is None or generic[0] < decisive[0]):
            paired = self._paired(q, found)
            if paired:
                return paired, generic[1]
        aid = self._nearest_money(q, clause, ("aid",))
        nearer = aid is not None and (decisive is None or aid[0] <= decisive[0])
        if aid is not None and nearer and self._ngo_context(q, clause, found):
            return "ngo_aid", aid[1]
        if decisive is not None:
            return _DECISIVE_MONEY[decisive[1].concept], decisive[1]
        if generic is None:
            return self._sentence_topic(q, clause, found)
        topic = self._topic(q, clause, found, commas=True)
        if topic is not None:
            concept = FAMILY.get(topic.concept, topic.concept)
            return FAMILY_MONEY.get(concept) or _DECISIVE_MONEY.get(topic.concept, ""), topic
        if clause.previous_family:
            return FAMILY_MONEY[clause.previous_family], generic[1]
        attract = self._nearest_money(q, clause, ("attract",))
        return ("investment_attracted" if attract else ""), generic[1]

    def _sentence_topic(
        self, q: Quantity, clause: Clause, found: list[Resolved]
    ) -> tuple[str, Cue | None]:
        """A money figure with no cue near it states what the sentence opens with, when that
        is the first figure of the sentence ("O intercâmbio comercial através dos postos
        fronteiriços de Tinh Bien e Vinh Xuong atingiu 1,03 bilhão de dólares")."""
        if any(o.start < q.start for o in clause.quantities):
            return "", None
        topic = self._topic(q, clause, found, commas=True)
        if topic is None or any(c.start < topic.start for c in clause.cues if c.concept in TOPICS):
            return "", None
        concept = FAMILY.get(topic.concept, topic.concept)
        return FAMILY_MONEY.get(concept) or _DECISIVE_MONEY.get(topic.concept, ""), topic

    def _ngo_context(self, q: Quantity, clause: Clause, found: list[Resolved]) -> bool:
        """Whether NGO aid is being talked about: the figure just before, the investment cue
        the sentence opens with, or the previous sentence is of the NGO family."""
        if self._paired(q, found) == "ngo_aid":
            return True
        topic = self._topic(q, clause, found, commas=True)
        if topic is not None:
            return FAMILY.get(topic.concept, topic.concept) == "ngo"
        return clause.previous_family == "ngo"

    def _paired(self, q: Quantity, found: list[Resolved]) -> str:
        """The money metric of the figure just before, with no conjunction between."""
        if not found or found[-1].metric not in FAMILY:
            return ""
        if self._and_cost(found[-1].quantity.end, q.start):
            return ""
        return FAMILY_MONEY[FAMILY[found[-1].metric]]

    def _nearest_money(
        self, q: Quantity, clause: Clause, concepts: object
    ) -> tuple[int, Cue] | None:
        best: tuple[int, Cue] | None = None
        for cue in clause.cues:
            if cue.concept in concepts and cue.start not in self.mixed:  # type: ignore[operator]
                cost = self._money_cost(q, cue)
                if cost <= MONEY_WINDOW and (best is None or cost < best[0]):
                    best = (cost, cue)
        return best

    def _money_cost(self, q: Quantity, cue: Cue) -> int:
        """Distance to a cue; a cue after "of which" names a part, not the figure before."""
        if cue.end <= q.start:
            return self.d.cost(cue.end, q.start) + self._and_cost(cue.end, q.start)
        if bisect_left(self._parts, cue.start) > bisect_left(self._parts, q.end):
            return MONEY_WINDOW + 1
        return self.d.cost(q.end, cue.start) + 1 + self._and_cost(q.end, cue.start)
