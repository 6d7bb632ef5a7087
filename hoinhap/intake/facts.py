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

An amount of money takes its metric by the rules of facts_money.py.
"""

from __future__ import annotations

import re
from functools import cache

from hoinhap.intake.clauses import (
    CONJUNCTIONS,
    FAMILY,
    FAMILY_MONEY,
    FAMILY_PROJECTS,
    NOUN_WINDOW_AFTER,
    Clause,
    Resolved,
    country_metric,
    local_clause,
    partners_from_countries,
    projects_of_money,
    restatement,
    word_follows,
)
from hoinhap.intake.cues import COUNT_METRICS, Cue
from hoinhap.intake.facts_money import MoneyRules
from hoinhap.intake.langs import get_lexicon
from hoinhap.intake.quantities import Quantity
from hoinhap.intake.sentences import SEMICOLON_COST, Distances
from hoinhap.intake.subjects import Place

__all__ = ["FAMILY", "MetricResolver"]  # FAMILY: the investment families extract.py carries

NOUN_WINDOW_BEFORE = 3
NOUN_WINDOW_CLAUSE_END = 10
BASELINE_WINDOW = 2
_CLAUSE_BREAK = re.compile(r"[,;，、；،:：]")  # a bracket may open the baseline: "(35,4 triệu USD)"
_STOPS = frozenset(("none", "other"))
_DELEGATIONS = frozenset(("delegations_received", "delegations_sent"))
_PEOPLE = frozenset(("visitors_total", "visitors_international", "event_participants"))
_WITH_WINDOW = 8
_NOUNISH = frozenset(
    ("delegation", "participant", "locality", "country", "project", "conference",
     "organization", "partner", "event", "counter", "business")
) | COUNT_METRICS | _STOPS  # fmt: skip
_DELEGATION_BY_VERB = {
    "receive": "delegations_received",
    "host": "delegations_received",
    "send": "delegations_sent",
    "attend": "event_participants",
}
_UNSPACED = frozenset(("zh", "ja", "th", "lo", "km", "ko"))
_PROJECT_NOUNS = frozenset(("project", "fdi_projects", "domestic_projects"))
_PARTNERS = frozenset(("partner_localities", "partner_countries"))
_INVESTING = frozenset(("investment", "fdi"))
_GENITIVES = ("の", "의", "的", "之")


@cache
def _visitor_words(lang: str) -> tuple[str, ...]:
    """The language's visitors cue phrases, folded (built once, not per document)."""
    cues = get_lexicon(lang).metric_cues
    return tuple(
        w.casefold() for m in ("visitors_total", "visitors_international") for w in cues.get(m, ())
    )


@cache
def _people_counters(lang: str) -> tuple[str, ...]:
    """The classifiers that count people: those the language's participant phrases begin
    with ("человек приняли участие", "คนเข้าร่วม", "នាក់ចូលរួម")."""
    cues = get_lexicon(lang).metric_cues
    phrases = [p.strip("*=").casefold() for p in cues.get("event_participants", ())]
    counters = (c.strip("*=").casefold() for c in cues.get("counter", ()))
    return tuple(c for c in counters if any(p.startswith(c) and p != c for p in phrases))


class MetricResolver(MoneyRules):
    """Assigns metrics to the quantities of one sentence."""

    def __init__(self, text: str, lang: str, distances: Distances) -> None:
        super().__init__(text, distances)
        self.unspaced = lang in _UNSPACED
        self.with_words = get_lexicon(lang).with_words
        self.visitor_words = _visitor_words(lang)
        self.people_counters = _people_counters(lang)

    def resolve(self, clause: Clause) -> list[Resolved]:
        """The quantities of the sentence that state a metric, with the cue that says so."""
        clause = self.begin(clause)
        found: list[Resolved] = []
        deferred: list[Resolved] = []
        whole = clause
        for q in whole.quantities:
            clause = local_clause(whole, q)
            if self._is_target(q, clause) or self._is_baseline(q, clause):
                continue
            restated = restatement(self.text, q, found, clause)
            if restated is not None:
                found.append(restated)
                continue
            if q.unit == "count":
                metric, cue = self._count_metric(q, clause, found)
            elif q.unit in ("USD", "VND"):
                metric, cue = self._money_metric(q, clause, found)
            else:
                metric, cue = "", None
            if metric in ("country", "projects?"):
                deferred.append(Resolved(q, metric, cue))
            elif metric:
                found.append(Resolved(q, metric, cue))
        for item in deferred:
            if item.metric == "projects?":
                metric = projects_of_money(self.text, item.quantity, found)
            else:
                metric = country_metric(found) or self._invested_from(item, whole)
            if metric:
                found.append(item._replace(metric=metric))
        found.sort(key=lambda item: item.quantity.start)
        resolved = self._without_partner_parts(
            partners_from_countries(self._without_delegation_sizes(found))
        )
        self.remember(resolved)
        return resolved

    def _invested_from(self, item: Resolved, clause: Clause) -> str:
        """Countries whose investors the sentence speaks of, with no other figure to go by:
        after an investment cue ("Investors from 43 countries and territories", "Para
        investor berasal dari 12 negara", "투자국은 ... 8개국") or just after the countries
        ("35 quốc gia và vùng lãnh thổ đầu tư vào tỉnh", "108の国と地域がベトナムで投資"); not
        where relations or exports are the topic."""
        if self.concepts & {"relation", "none", "partner_localities"}:
            return ""
        q, noun = item.quantity, item.cue
        end = q.end if noun is None else max(q.end, noun.end)
        if any(c.concept in _INVESTING and c.end <= q.start for c in clause.cues):
            return "fdi_source_countries"
        nxt = next((c for c in clause.cues if c.start >= end), None)  # the countries' verb
        if nxt is None or nxt.concept not in _INVESTING:
            return ""
        named = sum(
            self.d.words(p.start, p.end) for p in clause.places if end <= p.start < nxt.start
        )  # "がハイフォン市で投資": a place between is part of the verb phrase
        near = self.d.words(end, nxt.start) - named <= 3 and not self.d.commas(end, nxt.start)
        return "fdi_source_countries" if near else ""

    def _without_partner_parts(self, found: list[Resolved]) -> list[Resolved]:
        """Drop the localities of one country counted after "of which" from the partners
        ("6 localities of 2 countries, of which 4 provinces of Laos"): a part, not the
        partners."""
        kept: list[Resolved] = []
        for item in found:
            previous = kept[-1] if kept else None
            if (
                previous is not None
                and item.metric == "partner_localities"
                and previous.metric in _PARTNERS
                and self._part_between(previous.quantity, item.quantity)
            ):
                continue
            kept.append(item)
        return kept

    def _without_delegation_sizes(self, found: list[Resolved]) -> list[Resolved]:
        """Drop the people of a delegation count given with it: "118 đoàn khách quốc tế với
        1.450 lượt khách", "350 delegations with 4,200 members" (their size, not visitors)."""
        kept: list[Resolved] = []
        for item in found:
            previous = kept[-1] if kept else None
            if (
                previous is not None
                and previous.metric in _DELEGATIONS
                and item.metric in _PEOPLE
                and self._joined_by_with(previous.quantity.end, item.quantity.start)
            ):
                continue
            kept.append(item)
        return kept

    def _joined_by_with(self, start: int, end: int) -> bool:
        if self.d.commas(start, end) or self.d.words(start, end) > _WITH_WINDOW:
            return False
        gap = self.text[start:end].casefold().split()
        return any(word in gap for word in self.with_words)

    def _is_target(self, q: Quantity, clause: Clause) -> bool:
        """A target or plan cue before the figure in its sentence (unless "but" comes between:
        "aimed at 1 billion USD, but in six months attracted 97 projects"), or after it in
        its clause."""
        if "target" not in self.concepts:
            return False
        for cue in clause.cues:
            if cue.concept != "target":
                continue
            before = cue.end <= q.start and self.d.cost(cue.end, q.start) < SEMICOLON_COST
            if before and not self._contrast_between(cue.end, q.start, clause):
                return True
            if cue.start >= q.end and self.d.commas(q.end, cue.start) == 0:
                return True
        return False

    def _is_baseline(self, q: Quantity, clause: Clause) -> bool:
        """The figure a comparison is made with ("vượt nhiều lần so với cùng kỳ năm 2023
        (35,4 triệu USD)", "compared with US$1.2 billion"): right after the comparison cue,
        the first figure there. After a multiple or a rate the comparison is over and the
        figure is the new one ("前年比3倍の22億ドル", "전년 대비 3배인 22억 달러")."""
        return "compare" in self.concepts and any(
            c.concept == "compare"
            and c.end <= q.start
            and not _CLAUSE_BREAK.search(self.text, c.end, q.start)
            and self.d.words(c.end, q.start) <= BASELINE_WINDOW
            and not any(c.end <= o.start < q.start for o in clause.quantities)
            for c in clause.cues
        )

    @staticmethod
    def _contrast_between(start: int, end: int, clause: Clause) -> bool:
        return any(c.concept == "contrast" and start <= c.start < end for c in clause.cues)

    # --- counts ---------------------------------------------------------------------------

    def _count_metric(
        self, q: Quantity, clause: Clause, found: list[Resolved]
    ) -> tuple[str, Cue | None]:
        counted = self._counted(q, clause)
        if counted is not None:
            metric = self._noun_metric(q, counted, clause, found)
            if metric:
                return metric, counted
        after = self._noun_after(q, clause)
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
        elif (bare := self._bare_figure(q, clause, found, after)) is not None:
            return bare
        classifier = after if after is not None and after.concept == "counter" else None
        before = self._noun_before(q, clause, ends_phrase=classifier is None, classifier=classifier)
        if before is not None and before.concept not in _STOPS:
            metric = self._noun_metric(q, before, clause, found)
            if metric:
                return metric, before
        return self._classified(q, classifier, clause, found) if classifier else ("", None)

    def _bare_figure(
        self, q: Quantity, clause: Clause, found: list[Resolved], after: Cue | None
    ) -> tuple[str, Cue | None] | None:
        """A figure with no noun after it, or only a classifier: the foreign part of the
        visitors counted before it, or investors who attended an event."""
        if after is None and self._foreign_visitors(q, clause, found):
            return "visitors_international", None
        if after is None and (investors := self._investors_attending(q, clause)) is not None:
            return "event_participants", investors
        if (foreign := self._foreign_before(q, clause, found)) is not None:
            return "visitors_international", foreign
        return None

    def _classified(
        self, q: Quantity, counter: Cue, clause: Clause, found: list[Resolved]
    ) -> tuple[str, Cue | None]:
        """A figure with a classifier and no noun: people next to an attend verb are an
        event's participants ("приняли участие более 350 человек", "เข้าร่วมกว่า 500 คน");
        anything else, projects of an investment."""
        people = self.text[counter.start : counter.end].casefold() in self.people_counters
        if people and self._attended(q, clause):
            return "event_participants", counter
        if people and (visitors := self._visitors_opening(q, clause)) is not None:
            return self._visitors(q, visitors, clause), visitors
        return self._investment_projects(q, clause, found)

    def _visitors_opening(self, q: Quantity, clause: Clause) -> Cue | None:
        """People counted when the sentence opens with visitors, however long the phrase
        between ("общий поток иностранных туристов, прибывших во Вьетнам с января по
        август, достиг почти 14 миллионов человек"), with no figure between; not in Thai,
        Lao or Khmer, where a stretch without a full stop is often a whole paragraph."""
        if self.unspaced:
            return None
        opening = self._opening(q, clause)
        return opening if opening is not None and opening.concept.startswith("visitors") else None

    @staticmethod
    def _opening(q: Quantity, clause: Clause) -> Cue | None:
        """The noun the sentence opens with, when it comes before the figure with no other
        figure between them."""
        opening = next((c for c in clause.cues if c.concept in _NOUNISH), None)
        if opening is None or opening.end > q.start:
            return None
        if any(opening.end <= o.start < q.start for o in clause.quantities):
            return None
        return opening

    def _investors_attending(self, q: Quantity, clause: Clause) -> Cue | None:
        """Investors counted beside an attend verb took part in an event ("115 investors from
        Osaka, Hyogo and Kyoto attended the event")."""
        nxt = next((c for c in clause.cues if c.start >= q.end), None)
        if nxt is None or nxt.concept != "investment" or self.d.words(q.end, nxt.start) > 1:
            return None
        verb = self._nearest(q, clause, ("attend",))
        if verb is None or verb.start < nxt.end:
            return None
        between = any(q.end <= o.start < verb.start for o in clause.quantities)
        return None if between else nxt  # the verb of "115 investors from ...": theirs

    def _attended(self, q: Quantity, clause: Clause) -> bool:
        """Whether an attend verb is close to the figure: people or companies who took part
        ("приняли участие более 350 человек", "nahmen rund 150 deutsche Unternehmen teil",
        "한국 기업 약 180곳이 참석했다")."""
        verb = self._nearest(q, clause, ("attend",))
        return verb is not None and self._close(q, verb)

    def _counted(self, q: Quantity, clause: Clause) -> Cue | None:
        """The noun before "the number of" that leads to the figure: "កិច្ចព្រមព្រៀង...ចំនួន
        ៦" (agreements, numbering 6), "زائرین کی کل تعداد کا تخمینہ 2.7 ملین"; further back
        when it is the noun the sentence opens with, with nothing counted between
        ("visitors ... to the province ... in 2024 numbered over 5.2 million")."""
        amount = next(
            (c for c in reversed(clause.cues) if c.end <= q.start and c.concept == "amount"), None
        )
        if amount is None or self.d.commas(amount.end, q.start):
            return None
        if self.d.words(amount.end, q.start) > NOUN_WINDOW_BEFORE:
            return None
        if any(amount.end <= o.start < q.start for o in clause.quantities):
            return None
        noun = next((c for c in reversed(clause.cues) if c.end <= amount.start), None)
        if noun is None or noun.concept not in _NOUNISH or noun.concept in (*_STOPS, "counter"):
            return None
        if self.d.commas(noun.end, amount.start):
            return None
        if self.d.words(noun.end, amount.start) <= 1:
            return noun
        return self._opening_noun(q, amount, clause)

    def _opening_noun(self, q: Quantity, amount: Cue, clause: Clause) -> Cue | None:
        """The noun the sentence opens with, counted by "the number of" further on with no
        comma or figure between ("ភ្ញៀវទេសចរសរុបដែលមកទស្សនាខេត្ត... ក្នុងឆ្នាំ២០២៤
        មានចំនួនជាង ៥,២ លាននាក់": visitors ... numbered over 5.2 million)."""
        opening = self._opening(q, clause)
        if opening is None or opening.concept in (*_STOPS, "counter", "locality"):
            return None
        if opening.end > amount.start or self.d.commas(opening.end, amount.start):
            return None
        return opening

    def _named_countries(self, q: Quantity, clause: Clause) -> str:
        """Countries whose kind the noun before them names ("投資国・地域は12か国・地域")."""
        before = self._noun_before(q, clause, ends_phrase=False)
        kinds = ("fdi_source_countries", "partner_countries")
        return before.concept if before is not None and before.concept in kinds else ""

    def _genitive_noun(self, q: Quantity, counter: Cue, clause: Clause) -> Cue:
        """The noun a classifier is joined to by a genitive ("25件の協力協定", "480건의 FDI
        프로젝트"), else the classifier itself."""
        noun = self._noun_after(q, clause, counter.end)
        if noun is not None and self._genitive(counter, noun):
            return noun
        money = next((c for c in clause.cues if c.start >= counter.end), None)
        family = "" if money is None else FAMILY.get(money.concept, money.concept)
        if money is not None and family in FAMILY_MONEY and self._genitive(counter, money):
            return Cue(FAMILY_PROJECTS[family], money.start, money.end)  # "1,940건의 외국인투자"
        return counter

    def _genitive(self, counter: Cue, noun: Cue) -> bool:
        return self.text[counter.end : noun.start].lstrip().startswith(_GENITIVES)

    def _investment_projects(
        self, q: Quantity, clause: Clause, found: list[Resolved]
    ) -> tuple[str, Cue | None]:
        """A figure with a classifier and no noun: the projects of the investment named
        just before it ("外国直接投資480件", "외국인직접투자 480건"), or of the investment
        talked about when a country is the topic ("日本はそのうち480件"); else perhaps the
        projects of the money figure that follows ("1,940건, 349억 달러의 외국인투자")."""
        before = next((c for c in reversed(clause.cues) if c.end <= q.start), None)
        if before is not None:
            family = FAMILY.get(before.concept, before.concept)
            near = self.d.words(before.end, q.start) <= NOUN_WINDOW_BEFORE
            if family in FAMILY_MONEY and near and not self.d.commas(before.end, q.start):
                return FAMILY_PROJECTS[family], before
        family = self._family_before(found, clause)
        if family and self._owner(q, clause):
            return FAMILY_PROJECTS[family], None
        return "projects?", None

    def _noun_after(self, q: Quantity, clause: Clause, end: int | None = None) -> Cue | None:
        """The first noun within a few words after the figure, or after ``end`` (no comma
        or figure between)."""
        end = q.end if end is None else end
        following = min((o.start for o in clause.quantities if o.start >= q.end), default=None)
        for cue in clause.cues:
            if cue.start < end:
                continue
            if cue.concept in CONJUNCTIONS and not self.d.words(end, cue.start):
                return None  # "over 120, and received ...": the figure's phrase ends
            if cue.concept not in _NOUNISH:
                continue
            if self.d.words(end, cue.start) > NOUN_WINDOW_AFTER or self.d.commas(end, cue.start):
                return None
            if following is not None and following < cue.start:
                return None
            return cue
        return None

    def _noun_before(
        self,
        q: Quantity,
        clause: Clause,
        ends_phrase: bool = True,
        classifier: Cue | None = None,
    ) -> Cue | None:
        """The noun just before a figure that ends its noun phrase ("visitors reached 9.6
        million,"), further back when the figure ends the clause; with ``ends_phrase`` False,
        also before a figure followed by its own noun ("foreign visitors reached 3.2 million
        arrivals")."""
        if ends_phrase and not self.unspaced and word_follows(self.text, q.end):
            return None
        ends_clause = self._ends_clause(q, clause, classifier)
        window = NOUN_WINDOW_CLAUSE_END if ends_clause else NOUN_WINDOW_BEFORE
        earlier = [o for o in clause.quantities if o.start < q.start]
        preceding = earlier[-1] if earlier else None
        for cue in reversed(clause.cues):
            if cue.end > q.start:
                continue
            if cue.concept in CONJUNCTIONS or self.d.commas(cue.end, q.start):
                return None
            if cue.concept not in _NOUNISH or cue.concept == "counter":
                continue
            if self.d.words(cue.end, q.start) > window:
                return None
            if preceding is not None and (
                cue.end <= preceding.start or cue == self._noun_after(preceding, clause)
            ):
                return None  # "45개국으로부터 1,940건": the countries are the 45's
            return cue
        return None

    def _noun_metric(self, q: Quantity, noun: Cue, clause: Clause, found: list[Resolved]) -> str:
        concept = noun.concept
        if concept in _PROJECT_NOUNS and self._capital_added(q, noun, clause):
            return ""
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
        return self._event_like(q, noun, clause, found)

    def _visitors(self, q: Quantity, noun: Cue, clause: Clause) -> str:
        """International when a modifier, a foreign country or an international-visitors cue
        on the other side goes with them ("Chinese tourists", "ແຂກສາກົນ 6,3 ລ້ານເທື່ອຄົນ");
        guests who attended something, or whom an event the sentence opens with drew, are
        the event's participants."""
        verb = self._nearest(q, clause, ("attend", "receive"))
        if verb is not None and verb.concept == "attend" and self._close(q, verb):
            return "event_participants"
        if self._drawn_by_event(q, clause):
            return "event_participants"
        if noun.concept == "visitors_international" or self._modifier(
            q, noun, clause, ("foreign",)
        ):
            return "visitors_international"
        if any(self._of_country(p, noun) for p in clause.places if p.kind == "country"):
            return "visitors_international"
        other = self._noun_before(q, clause, ends_phrase=False) if noun.start >= q.end else None
        if other is not None and other.concept in _STOPS and self._names_visitors(other):
            return ""  # "khách nội địa ước đạt 10,3 triệu lượt": domestic visitors, no fact
        return (
            "visitors_international"
            if other and other.concept == "visitors_international"
            else "visitors_total"
        )

    def _drawn_by_event(self, q: Quantity, clause: Clause) -> bool:
        """The sentence opens with an event, and no figure comes before this one ("Festival
        Huế 2024 thu hút hơn 200.000 lượt khách", "The Hue Festival week drew 101,000
        visitors"): the visitors are the event's."""
        if any(o.start < q.start for o in clause.quantities):
            return False
        opening = self._opening(q, clause)
        if opening is None or opening.concept not in ("event", "conference"):
            return False
        return not self.d.commas(opening.end, q.start)  # not "O turismo ..., o festival, atraiu"

    def _of_country(self, place: Place, noun: Cue) -> bool:
        """Visitors of a country: named beside the noun ("Chinese tourists", "du khách Hàn
        Quốc") or one word after it ("visitors from Malaysia", "Besucher aus China")."""
        if self._adjacent(place.start, place.end, noun):
            return True
        after = place.start >= noun.end and self.d.words(noun.end, place.start) <= 2
        return after and not self.d.commas(noun.end, place.start)

    def _names_visitors(self, cue: Cue) -> bool:
        """Whether a cue phrase holds a visitors word ("khách du lịch nội địa", "国内游客")."""
        phrase = self.text[cue.start : cue.end].casefold()
        return any(word in phrase for word in self.visitor_words)

    def _foreign_visitors(self, q: Quantity, clause: Clause, found: list[Resolved]) -> bool:
        """ "28 million visitors, of which 6.3 million foreign", "3.5 million of them
        foreign": a bare modifier after the figure, visitors counted just before."""
        if not found or not found[-1].metric.startswith("visitors"):
            return False
        end = q.end
        nxt = next((c for c in clause.cues if c.start >= end), None)
        if nxt is not None and nxt.concept == "part" and self.d.words(end, nxt.start) <= 1:
            end = nxt.end
            nxt = next((c for c in clause.cues if c.start >= end), None)
        return nxt is not None and nxt.concept == "foreign" and self.d.words(end, nxt.start) <= 1

    def _foreign_before(self, q: Quantity, clause: Clause, found: list[Resolved]) -> Cue | None:
        """ "из них иностранных более 3,5 млн человек" (of them, foreign, over 3.5 million
        people): a bare modifier just before a figure with no noun, or only a classifier,
        visitors counted just before it in the sentence."""
        if not found or not found[-1].metric.startswith("visitors"):
            return None
        before = next((c for c in reversed(clause.cues) if c.end <= q.start), None)
        if before is None or before.concept != "foreign" or before.start < found[-1].quantity.end:
            return None
        if self.d.commas(before.end, q.start) or self.d.words(before.end, q.start) > 1:
            return None
        return before

    def _project(self, q: Quantity, noun: Cue, clause: Clause, found: list[Resolved]) -> str:
        modifier = self._modifier(q, noun, clause, tuple(FAMILY_PROJECTS))
        if modifier is not None:
            return FAMILY_PROJECTS[modifier.concept]
        named = self._topic(q, clause, found, commas=False)  # "the number of FDI projects ..."
        if named is not None and FAMILY.get(named.concept, named.concept) in FAMILY_PROJECTS:
            return FAMILY_PROJECTS[FAMILY.get(named.concept, named.concept)]
        if found and FAMILY.get(found[-1].metric):
            return FAMILY_PROJECTS[FAMILY[found[-1].metric]]
        topic = self._topic(q, clause, found, commas=True)  # "For domestic investment, ..."
        if topic is not None:
            return FAMILY_PROJECTS.get(FAMILY.get(topic.concept, topic.concept), "")
        if clause.previous_family:  # "FDI reached $1 billion. New projects numbered 45."
            return FAMILY_PROJECTS[clause.previous_family]
        return "fdi_projects" if self._owner(q, clause) else ""  # "Japan has 222 projects"

    def _capital_added(self, q: Quantity, noun: Cue, clause: Clause) -> bool:
        """Projects that added capital are neither licensed nor new ("weitere 98 Projekte
        stockten ihr Kapital auf", "24 proyek yang sudah berjalan menambah modal", "capital
        increases for 45 projects"): the phrase within a few words after the noun, or just
        before the figure, with no comma, conjunction or other figure between."""
        if "capital_added" not in self.concepts:
            return False
        end = max(q.end, noun.end)
        following = min((o.start for o in clause.quantities if o.start >= q.end), default=None)
        for cue in clause.cues:
            if cue.concept != "capital_added":
                continue
            if cue.end <= q.start:
                if self.d.words(cue.end, q.start) <= 2 and not self.d.commas(cue.end, q.start):
                    return True
            elif cue.start >= end and (following is None or cue.start < following):
                near = self.d.words(end, cue.start) <= NOUN_WINDOW_AFTER + 2
                joined = not self.d.commas(end, cue.start) and not self._and_cost(end, cue.start)
                if near and joined:
                    return True
        return False

    def _delegation(self, q: Quantity, noun: Cue, clause: Clause) -> str:
        verb = self._nearest(q, clause, _DELEGATION_BY_VERB)
        if verb is not None:
            return _DELEGATION_BY_VERB[verb.concept]
        return "delegations_received" if self._modifier(q, noun, clause, ("foreign",)) else ""

    def _after_ngo(self, q: Quantity, found: list[Resolved]) -> bool:
        """ "NGO aid of $25 million through 197 projects from 38 organisations": organisations
        that follow an NGO figure, with no conjunction between, are its partners; after NGO
        partners and "of which", a part of them."""
        if not found or FAMILY.get(found[-1].metric) != "ngo":
            return False
        if found[-1].metric == "ngo_partners" and self._part_between(found[-1].quantity, q):
            return True  # "113 tổ chức PCPNN, trong đó 80 tổ chức ...": a part of them
        return not self._and_cost(found[-1].quantity.end, q.start)

    def _event_like(self, q: Quantity, noun: Cue, clause: Clause, found: list[Resolved]) -> str:
        concept = noun.concept
        if concept == "participant":
            return "event_participants"
        if concept == "business":
            return "event_participants" if self._attended(q, clause) else ""
        if concept == "organization":
            if self._modifier(q, noun, clause, ("ngo",)) or self._after_ngo(q, found):
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
