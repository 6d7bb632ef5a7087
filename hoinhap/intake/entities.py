"""Named entities of a document: Vietnamese localities, foreign localities, countries,
organisations (including local bodies) and people, with canonical names as in the corpus
schema (shared/corpus/SCHEMA.md). Pure functions over text; the gazetteer is built once.

Vietnam itself is never an entity. Each distinct (type, name) is reported once, with the
quote and offsets of its first mention and the number of mentions.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

from hoinhap.intake.entities_bodies import parent_provinces, resolve_bodies
from hoinhap.intake.entities_people import find_people
from hoinhap.intake.gazetteer import Match, load_gazetteer
from hoinhap.intake.gazetteer_sources import Entry
from hoinhap.intake.langid import detect_language

_TITLE_WEIGHT = 3
_TOP_LEVEL_KINDS = frozenset(("city", "province"))
VIETNAM_ENTRY = Entry("country", "Vietnam")  # a subject, never an entity (SCHEMA.md)


@dataclass(frozen=True, slots=True)
class Entity:
    """A named thing; `quote` is text[start:end] of its first mention."""

    type: str
    name: str
    quote: str
    start: int
    end: int
    mentions: int = 1
    kind: str = ""

    def as_dict(self) -> dict[str, str]:
        """The corpus-schema form: type, name, quote."""
        return {"type": self.type, "name": self.name, "quote": self.quote}


def _title_end(text: str) -> int:
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    line_end = stripped.find("\n")
    return offset + (line_end if line_end >= 0 else min(len(stripped), 200))


def _rank_localities(
    matches: Sequence[Match | Entity], text_title_end: int
) -> list[tuple[str, str]]:
    scores: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], int] = {}
    for item in matches:
        if isinstance(item, Entity):
            if item.type != "locality":
                continue
            key, weight = (item.name, item.kind), item.mentions
        else:
            if item.entry.type != "locality":
                continue
            key, weight = (item.entry.name, item.entry.kind), 1
        scores[key] += weight + (_TITLE_WEIGHT if item.start < text_title_end else 0)
        first.setdefault(key, item.start)
    return sorted(
        scores,
        key=lambda k: (-scores[k], k[1] not in _TOP_LEVEL_KINDS, first[k]),
    )


def main_locality(source: str | Sequence[Match | Entity], lang: str | None = None) -> str | None:
    """The Vietnamese locality a text is mostly about: most mentioned, the title counting more;
    a city or district whose province the text also names stands for that province ("Nha
    Trang" in a report of Khanh Hoa province).

    `source` is the text itself, or the entities (or gazetteer matches) found in it.
    """
    if isinstance(source, str):
        matches: Sequence[Match | Entity] = load_gazetteer().find(
            source, lang or detect_language(source)
        )
        ranked = _rank_localities(matches, _title_end(source))
    else:
        ranked = _rank_localities(source, 0)
    if not ranked:
        return None
    top = ranked[0][0]
    province = parent_provinces().get(top)
    return province if province in {name for name, _ in ranked} else top


def find_entities(
    text: str,
    lang: str,
    amounts: Sequence[tuple[int, int]] = (),
    matches: Sequence[Match] | None = None,
) -> list[Entity]:
    """The entities of a document, each once, in order of first mention. A country named
    inside one of the ``amounts`` spans is its currency ("US$", "ดอลลาร์สหรัฐ"), not a mention.
    ``matches`` are the gazetteer's matches in the text when the caller has them already."""
    if matches is None:
        matches = load_gazetteer().find(text, lang)
    matches = _outside(matches, sorted(amounts))
    ranked = _rank_localities(matches, _title_end(text))
    main = ranked[0] if ranked else None
    found: list[tuple[str, str, int, int, str]] = []
    for m in matches:
        entry = m.entry
        # The name first: comparing two entries whole is a Python call.
        vietnam = entry.name == VIETNAM_ENTRY.name and entry == VIETNAM_ENTRY
        if entry.type != "body" and not vietnam:
            found.append((entry.type, entry.name, m.start, m.end, entry.kind))
    found += [
        ("organization", b.name, b.start, b.end, "")
        for b in resolve_bodies(text, matches, lang, main)
    ]
    gazetteer = load_gazetteer()
    found += [
        ("person", p.name, p.start, p.end, "")
        for p in find_people(text, matches, lang)
        if not gazetteer.names_a_feature(text, p.start, p.end)  # "Ha Long Bay" is no person
    ]
    return _merge(text, found)


def _outside(matches: Sequence[Match], amounts: list[tuple[int, int]]) -> list[Match]:
    starts = [start for start, _ in amounts]

    def inside(m: Match) -> bool:
        i = bisect_right(starts, m.start) - 1
        return i >= 0 and m.end <= amounts[i][1]

    return [m for m in matches if m.entry.type != "country" or not inside(m)]


def _merge(text: str, found: list[tuple[str, str, int, int, str]]) -> list[Entity]:
    found.sort(key=itemgetter(2))
    counts = Counter(map(itemgetter(0, 1), found))
    entities: dict[tuple[str, str], Entity] = {}
    for entity_type, name, start, end, kind in found:
        key = (entity_type, name)
        if key not in entities:
            quote = text[start:end]
            entities[key] = Entity(entity_type, name, quote, start, end, counts[key], kind)
    return list(entities.values())
