"""Exact-match gazetteer: every known name in one Aho-Corasick automaton over normalised text.

Built once per process from the shipped data (gazetteer_sources.py) and cached. A match
counts only at word boundaries of its script: both sides in space-separated scripts;
the left side in Hangul (particles follow the name); none in Chinese, Japanese, Thai,
Lao and Khmer. Arabic-script names may carry a one- or two-letter clitic (و ب ل ف ک);
Russian ones a case ending.
Names are kept in one automaton per script group of their first letter (Latin, Cyrillic and
other spaced scripts, Arabic, Hangul, CJK, Thai/Lao/Khmer), and a text goes only through the
automata whose first letters it contains: the automaton looks a character up among a node's
children one by one, so a root with every script's letters costs most of a scan.
Acronyms match their exact case; place and country names in Latin and Cyrillic script
must be capitalised (a country's adjective need not be: "imprese italiane"). Of
overlapping matches the leftmost longest wins. A locality named with a water-feature word
(features.yaml: "Ha Long Bay", "vịnh Hạ Long", "下龙湾") is the bay, not the place: dropped.
So is a place below province level named with a zone word ("Chu Lai Open Economic Zone",
"khu kinh tế Dung Quất"); a province or centrally-run city keeps its name, since a zone
authority is the province's ("Hai Phong Economic Zone Authority").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from hoinhap.intake.gazetteer_sources import (
    DEMONYM,
    SOURCES,
    Entry,
    language_stoplists,
    load_data,
)
from hoinhap.intake.textnorm import normalize_name, normalize_text
from hoinhap.registry.names import ascii_name

_CLITICS = frozenset(["و", "ب", "ل", "ف", "ک", "وب", "ول", "فب", "فل", "وک", "لل"])
_CAPITALISED_TYPES = frozenset(("locality", "foreign_locality", "country"))
_VIETNAMESE_ONLY = frozenset(("vi",))
_QUOTES = "\"'«»“”„‘’「」『』"
_CYRILLIC_ENDINGS = ("ом", "ой", "ем", "ей", "ах", "ам", "а", "у", "е", "и", "ы", "ю")


@dataclass(frozen=True, slots=True)
class Match:
    """A gazetteer name found in a text; offsets are in the original text."""

    start: int
    end: int
    entry: Entry
    key: str


@cache
def _script(char: str) -> str:
    code = ord(char)
    if 0x0600 <= code <= 0x06FF or 0xFB50 <= code <= 0xFEFF:
        return "arabic"
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x0E00 <= code <= 0x0EFF or 0x1780 <= code <= 0x17FF or 0x3040 <= code <= 0x9FFF:
        return "unspaced"
    if 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF or code >= 0x20000:
        return "unspaced"
    return "spaced"


# What the automata hold for a name: (key, entry, surface form, the languages it is matched
# in or None for all, the script of its first letter, whether it must be capitalised).
Value = tuple[str, Entry, str, frozenset[str] | None, str, bool]


def _value(key: str, entry: Entry, surface: str, scope: frozenset[str] | None) -> Value:
    capitalised = entry.type in _CAPITALISED_TYPES and entry.kind != DEMONYM
    return key, entry, surface, scope, _script(key[0]), capitalised


def _key_group(key: str) -> str:
    """The script group of a key's first letter (each group has its own automaton)."""
    code = ord(key[0])
    script = _script(key[0])
    if script == "spaced":
        return "latin" if code < 0x0370 or 0x1E00 <= code <= 0x1EFF else "spaced"
    if script == "unspaced" and (0x0E00 <= code <= 0x0EFF or 0x1780 <= code <= 0x17FF):
        return "southeast"
    return script


@cache
def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LNM"


def _arabic_variants(key: str) -> list[str]:
    if key.startswith("ال") and len(key) > 3:
        return [key, "لل" + key[2:]]
    return [key]


def _keys(surface: str) -> list[str]:
    key = normalize_name(surface)
    if not key:
        return []
    keys = _arabic_variants(key) if _script(key[0]) == "arabic" else [key]
    if key.endswith("."):
        keys.append(key.rstrip("."))
    return keys


class Gazetteer:
    """All names, indexed once; `find` scans a text in one pass."""

    def __init__(
        self,
        names: Iterable[tuple[str, Entry, str]],
        stoplist: dict[str, list[str]],
        features: dict[str, dict[str, Any]] | None = None,
        provinces: Iterable[str] = (),
    ):
        index: dict[str, tuple[str, Entry, str, set[str]]] = {}
        for surface, entry, lang in names:
            for key in _keys(surface):
                known = index.setdefault(key, (key, entry, surface, set()))
                if known[1] == entry:
                    known[3].add(lang)
        groups: dict[str, Any] = {}
        acronyms: Any = ahocorasick.Automaton()
        for key, (_, entry, surface, langs) in index.items():
            scope = None if "" in langs else frozenset(langs)
            if entry.exact_case:
                acronyms.add_word(surface, _value(surface, entry, surface, scope))
            else:
                automaton = groups.setdefault(_key_group(key), ahocorasick.Automaton())
                automaton.add_word(key, _value(key, entry, surface, scope))
        self.automata = [_gated(automaton) for automaton in groups.values()]
        self.acronyms = _gated(acronyms)  # most Chinese, Japanese or Thai texts have none
        self.size = len(index)
        self.stoplist = {
            lang: frozenset(key for word in words for key in _keys(word))
            for lang, words in stoplist.items()
        }
        features = features or {}
        zones = features.get("zones", {})
        self.features_after = _feature_words(features.get("after", {}))
        self.features_before = _feature_words(features.get("before", {}))
        self.zones_after = _feature_words(zones.get("after", {}))
        self.zones_before = _feature_words(zones.get("before", {}))
        self.feature_or_zone_after = (*self.features_after, *self.zones_after)
        self.feature_or_zone_before = (*self.features_before, *self.zones_before)
        self.provinces = frozenset(provinces)
        # The text looked at beside a name: the longest word, plus spacing.
        self.window_after = max(map(len, self.feature_or_zone_after), default=0) + 3
        self.window_before = max(map(len, self.feature_or_zone_before), default=0) + 3

    def find(self, text: str, lang: str = "") -> list[Match]:
        """Non-overlapping matches in the text, in order (leftmost longest first)."""
        found = self._names_in(text, lang)
        firsts, acronyms = self.acronyms
        for last, value in acronyms.iter(text) if firsts.search(text) else ():
            start = last - len(value[0]) + 1
            if text[last + 1 : last + 2] != "$" and _bounded(text, start, last + 1, "spaced"):
                found.append((start, last + 1, value))
        return [m for m in _leftmost_longest(found) if not self._names_a_feature(text, m)]

    def _names_in(self, text: str, lang: str) -> list[tuple[int, int, Value]]:
        """(start, end, value) of every name the automata find in the normalised text that
        the language may use and that stands at word boundaries, as it is written (see the
        module's docstring), with offsets in the original text. The automata run one after
        the other; the order does not matter, as `find` sorts the matches.

        One loop with the checks inlined: a text yields about a hundred keys, most of them
        inside a longer word, and a function call per key costs as much as the check."""
        norm = normalize_text(text)
        folded, moved = norm.text, bool(norm.cuts)
        stop = self.stoplist.get(lang, frozenset())
        found: list[tuple[int, int, Value]] = []
        for firsts, automaton in self.automata:
            if not firsts.search(folded):
                continue
            for last, value in automaton.iter(folded):
                key, _, surface, scope, script, capitalised = value
                if key in stop or (scope is not None and lang not in scope):
                    continue
                end = last + 1
                start = end - len(key)
                if script != "unspaced" and not _bounded(folded, start, end, script):
                    continue  # most keys found inside a longer word end here
                if moved:
                    start, end = norm.original(start), norm.original(last) + 1
                if scope == _VIETNAMESE_ONLY and text[start:end].casefold() != surface.casefold():
                    continue  # Vietnamese tones tell "Bỉ" (Belgium) from "Bí thư" (secretary)
                first = text[start]
                if capitalised and first.lower() != first.upper() and first.islower():
                    continue
                found.append((start, end, value))
        return found

    def _names_a_feature(self, text: str, match: Match) -> bool:
        if match.entry.type != "locality":
            return False
        below_province = match.entry.name not in self.provinces
        return self.names_a_feature(text, match.start, match.end, zones=below_province)

    def names_a_feature(self, text: str, start: int, end: int, zones: bool = False) -> bool:
        """Whether the name at ``text[start:end]`` comes with a water-feature or border-gate
        word ("Ha Long Bay", "vịnh Hạ Long"), inside the span or next to it; with ``zones``,
        also an economic-zone or industrial-park word ("Dung Quat Economic Zone")."""
        words_after = self.feature_or_zone_after if zones else self.features_after
        words_before = self.feature_or_zone_before if zones else self.features_before
        next_text = text[end : end + self.window_after].lstrip().lstrip(_QUOTES).lstrip()
        after = [*text[start:end].split()[-1:], next_text]
        before = text[max(0, start - self.window_before) : start].rstrip().rstrip(_QUOTES)
        before = before.rstrip().casefold()
        # str.startswith/endswith with a tuple test every word at C speed; the boundary
        # check runs only when one of them is there.
        for tail in after:
            tail = tail.casefold()
            if tail.startswith(words_after) and any(_begins_with(tail, w) for w in words_after):
                return True
        return before.endswith(words_before) and any(
            _ends_with(before, word) for word in words_before
        )


def _begins_with(text: str, word: str) -> bool:
    return text.startswith(word) and _bounded(text, 0, len(word), _script(word[-1]))


def _ends_with(text: str, word: str) -> bool:
    return text.endswith(word) and _bounded(
        text, len(text) - len(word), len(text), _script(word[0])
    )


def _inflected_end(text: str, end: int) -> int:
    """Past a Russian case ending ("Хайфона", "Петербургом"), where the word really ends."""
    for ending in _CYRILLIC_ENDINGS:
        if text.startswith(ending, end):
            return end + len(ending)
    return end


def _bounded(text: str, start: int, end: int, script: str) -> bool:
    if script == "unspaced":
        return True
    if "\u0400" <= text[end - 1] <= "\u04ff":
        end = _inflected_end(text, end)
    if script != "hangul" and end < len(text) and _is_word_char(text[end]):
        return False
    if start == 0 or not _is_word_char(text[start - 1]):
        return True
    if script != "arabic":
        return False
    word_start = start
    while word_start > 0 and _is_word_char(text[word_start - 1]):
        word_start -= 1
    return text[word_start:start] in _CLITICS


def _leftmost_longest(found: list[tuple[int, int, Value]]) -> list[Match]:
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    matches: list[Match] = []
    reached = 0
    for start, end, value in found:
        if start >= reached:
            matches.append(Match(start, end, value[1], value[0]))
            reached = end
    return matches


def _gated(automaton: Any) -> tuple[re.Pattern[str], Any]:
    """The automaton, built, with a regex of its keys' first letters: a text without any
    of them has none of its keys. (A regex finds one sooner than a set of the text's
    letters is built.)"""
    automaton.make_automaton()
    firsts = "".join(map(re.escape, sorted({key[0] for key in automaton})))
    return re.compile(f"[{firsts}]" if firsts else "(?!)"), automaton  # (?!): never


def _feature_words(by_lang: dict[str, list[str]]) -> tuple[str, ...]:
    words = {word.casefold() for words in by_lang.values() for word in words}
    return tuple(sorted(words, key=len, reverse=True))


def _clean_entry(entry: Entry) -> Entry:
    if entry.type == "foreign_locality" and not entry.name.isascii():
        return Entry(entry.type, ascii_name(entry.name), entry.kind, entry.exact_case)
    return entry


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer of all shipped names (built on first use, then cached)."""
    names = (
        (surface, _clean_entry(entry), lang)
        for source in SOURCES
        for surface, entry, lang in source()
    )
    provinces = (item["name"] for item in load_data("provinces"))
    return Gazetteer(names, language_stoplists(), load_data("features"), provinces)
