"""Cue phrases: the words around a figure that say what it counts.

Each language module lists its cue phrases in ``Lexicon.metric_cues``, keyed by a *concept*
from the vocabulary below. A concept is either one of the 24 metrics (a phrase that names
the metric on its own: "sister cities", "kim ngạch xuất nhập khẩu", "姉妹都市") or a
building block that the rules in facts.py combine: a head noun ("delegation", "project"),
a modifier ("fdi", "foreign"), a verb ("receive", "sign"), or a clause marker ("target",
"and"). Phrases are matched case-insensitively, in one Aho-Corasick pass per text, leftmost
longest first, so "xuất nhập khẩu" (trade) wins over "xuất khẩu" (exports, a blocker).

Phrase syntax: a leading "*" lets the phrase start inside a word (German compounds:
"*delegationen" in "Wirtschaftsdelegationen"); a trailing "=" asks for a word boundary after
it. Otherwise a phrase must start at a word boundary (Arabic-script words may carry a
clitic such as و ب ل ال) and may end inside a word ("delegation" matches "delegations"),
except in Vietnamese, whose syllables are words: there every phrase ends at a boundary.
Chinese, Japanese, Thai, Lao and Khmer have no boundaries.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from hoinhap.intake.langs import get_lexicon
from hoinhap.intake.lexicon import spelling_variants

METRICS: tuple[str, ...] = (
    "partner_localities", "partner_countries", "agreements_signed", "delegations_received",
    "delegations_sent", "events_hosted", "promotion_events", "event_participants",
    "fdi_projects", "fdi_capital", "fdi_source_countries", "domestic_projects",
    "domestic_capital", "investment_attracted", "investment_commitments", "oda_capital",
    "ngo_aid", "ngo_partners", "ngo_projects", "trade_turnover", "visitors_total",
    "visitors_international", "awards_given", "org_memberships",
)  # fmt: skip

MONEY_METRICS = frozenset(
    ("fdi_capital", "domestic_capital", "investment_attracted", "investment_commitments",
     "oda_capital", "ngo_aid", "trade_turnover")
)  # fmt: skip
COUNT_METRICS = frozenset(METRICS) - MONEY_METRICS

# Head nouns: what a count counts, resolved by the rules in facts.py; "counter": a classifier
# that ends a noun phrase after a number (Thai "2 ฉบับ", Korean "7건"), so the noun is before;
# "business": companies, which count only as the participants of an event they attended.
NOUNS = frozenset(
    ("delegation", "participant", "locality", "country", "project", "conference",
     "organization", "partner", "event", "counter", "business")
)  # fmt: skip
# Modifiers that say whose money or projects: FDI, domestic, NGO; "foreign" = international.
MODIFIERS = frozenset(("fdi", "domestic", "ngo", "foreign", "promotion"))
# Money words that need a modifier or context: capital, investment, aid; "capital_added":
# capital added to projects licensed before ("tăng vốn", "stockten ihr Kapital auf"), money
# like "capital", but the projects it goes with are not projects licensed (SCHEMA.md).
MONEY_WORDS = frozenset(("capital", "investment", "aid", "capital_added"))
# "handover": certificates or MOUs handed over (at an event), which makes them commitments.
VERBS = frozenset(
    ("receive", "send", "attend", "sign", "join", "attract", "host", "relation", "handover")
)
# Clause markers: targets and plans, what overrides them ("exceeding the target"), national
# scope, "currently", the city or province itself ("the city", "tỉnh này"), comparisons
# ("compared with 2023": that year is not the figure's), coordinating conjunctions, "part":
# "of which" (其中, trong đó), a conjunction that also opens a part of the figure before it,
# "equal": "equivalent to" (soit, pari a, tương đương), "amount": "the number of" before a
# figure (ចំនួន, จำนวน, کی تعداد), which makes the noun before it the head,
# "contrast": "but", "however" (但, nhưng), which end the reach of a target before them,
# "none": words that claim a figure for no metric (exports alone, GRDP, disbursed FDI), and
# "other": other things counted (years, jobs, hotels), which block a count only.
MARKERS = frozenset(
    ("target", "achieved", "national", "now", "city", "province", "compare", "and", "part",
     "equal", "amount", "contrast", "none", "other")
)  # fmt: skip

CONCEPTS = frozenset(METRICS) | NOUNS | MODIFIERS | MONEY_WORDS | VERBS | MARKERS

_UNSPACED = frozenset(("zh", "ja", "th", "lo", "km"))
_CLOSED_BY_DEFAULT = frozenset(("vi",))
_CLOSED_CONCEPTS = frozenset(
    ("and", "part", "equal", "compare", "contrast")
)  # "e" is not "entre", "als" not "also"
_FOLD = (("ي", "ی"), ("ك", "ک"), ("ى", "ی"), ("\u00a0", " "), ("\u202f", " "))
_CLITICS = ("و", "ب", "ل", "ف", "ک", "ال", "وال", "بال", "لل", "فال", "کال", "وب", "ول")
_ARABIC_SCRIPT = frozenset(("ar", "fa", "ur"))


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue phrase found in a text: its concept and offsets."""

    concept: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Entry:
    length: int
    concept: str
    open_left: bool
    open_right: bool


def fold_text(text: str) -> str:
    """Lower case, Arabic-script letter variants unified, same length as ``text``."""
    folded = text.lower()
    if len(folded) != len(text):  # a letter whose lower case is longer ("İ")
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for char, replacement in _FOLD:  # a few `in` tests: faster than str.translate on a dict
        if char in folded:
            folded = folded.replace(char, replacement)
    return folded


def _phrase_forms(phrase: str, lang: str) -> list[str]:
    forms = spelling_variants([phrase]) if lang in _ARABIC_SCRIPT else [phrase]
    out: list[str] = []
    for form in forms:
        out.append(form)
        if "\u200c" in form:  # Persian/Urdu zero-width non-joiner, often dropped or spaced
            out += [form.replace("\u200c", ""), form.replace("\u200c", " ")]
    return out


@cache
def _is_letter(char: str) -> bool:
    return char.isalpha() or unicodedata.category(char)[0] == "M"


@cache
def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char)[0] in "MN"


class CueMatcher:
    """All cue phrases of one language in one automaton."""

    def __init__(self, lang: str, cues: dict[str, tuple[str, ...]]) -> None:
        self.lang = lang
        self.bounded = lang not in _UNSPACED
        self.clitics = _CLITICS if lang in _ARABIC_SCRIPT else ()
        self.automaton: Any = ahocorasick.Automaton()
        self.entries: dict[str, _Entry] = {}
        for concept, phrases in cues.items():
            if concept not in CONCEPTS:
                raise ValueError(f"{lang}: unknown cue concept {concept!r}")
            for phrase in phrases:
                self._add(phrase, concept)
        for key, entry in self.entries.items():
            self.automaton.add_word(key, entry)
        self.size = len(self.entries)
        if self.size:
            self.automaton.make_automaton()

    def _add(self, phrase: str, concept: str) -> None:
        """Index a phrase; the first concept given to a form wins, its boundaries widen."""
        open_left = phrase.startswith("*")
        closed_right = (
            phrase.endswith("=")
            or self.lang in _CLOSED_BY_DEFAULT
            or concept in _CLOSED_CONCEPTS
            or (len(phrase.strip("*=")) <= 2 and all(c < "\u0500" for c in phrase))
        )
        body = phrase.strip("*=")
        for form in _phrase_forms(body, self.lang):
            key = fold_text(form)
            if not key:
                continue
            known = self.entries.get(key)
            if known is None:
                self.entries[key] = _Entry(len(key), concept, open_left, not closed_right)
            else:
                self.entries[key] = _Entry(
                    known.length, known.concept, known.open_left or open_left,
                    known.open_right or not closed_right,
                )  # fmt: skip

    def find(self, text: str) -> list[Cue]:
        """The cues in ``text``, leftmost longest, not overlapping, in order."""
        if not self.size:
            return []
        folded = fold_text(text)
        matches = self.automaton.iter(folded)
        if not self.bounded:
            found = [(last + 1 - e.length, -e.length, last + 1, e.concept) for last, e in matches]
            return _leftmost_longest(found)
        found = []
        size = len(folded)
        for last, entry in matches:
            start, end = last + 1 - entry.length, last + 1
            if not entry.open_right and end < size and _is_word_char(folded[end]):
                continue  # the phrase ends inside a word
            if (
                entry.open_left
                or start == 0
                or not _is_letter(folded[start - 1])
                or self._after_clitic(folded, start)
            ):
                found.append((start, -entry.length, end, entry.concept))
        return _leftmost_longest(found)

    def _after_clitic(self, text: str, start: int) -> bool:
        """Whether the letters glued before ``start`` are a clitic ("و", "ب" in Arabic)."""
        word_start = start
        while word_start > 0 and _is_word_char(text[word_start - 1]):
            word_start -= 1
        return text[word_start:start] in self.clitics


def _leftmost_longest(found: list[tuple[int, int, int, str]]) -> list[Cue]:
    """(start, -length, end, concept) of each match, sorted: a span is one key, one concept."""
    found.sort()
    cues: list[Cue] = []
    reached = 0
    for start, _, end, concept in found:
        if start >= reached:
            cues.append(Cue(concept, start, end))
            reached = end
    return cues


@cache
def cue_matcher(lang: str) -> CueMatcher:
    """The cue matcher of a supported language (built once)."""
    return CueMatcher(lang, get_lexicon(lang).metric_cues)


def find_cues(text: str, lang: str) -> list[Cue]:
    """Every cue phrase in ``text``, in order."""
    return cue_matcher(lang).find(text)
