"""Local bodies named through a locality: "Da Nang City People's Committee".

The rules and words are in data/gazetteer/bodies.yaml: a body phrase takes the locality
written beside it (only connector words between), or the document's main locality when
it stands alone or with just "the city"/"the province". The level ("City", "Provincial")
comes from the words between, else from the locality's kind.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from hoinhap.intake.gazetteer import Match
from hoinhap.intake.gazetteer_sources import load_data
from hoinhap.intake.textnorm import normalize_name

LEFT_FIRST_LANGUAGES = frozenset(("en", "zh", "ja", "ko", "hi", "ur"))
_PLACE_TYPES = frozenset(("locality", "foreign_locality"))
_GAP_LIMIT = 40
_DIRECTOR_WINDOW = 40
_UNSPACED = frozenset(("zh", "ja", "th", "lo", "km"))
_TEMPLATES = {
    "people_committee": "{place} {level} People's Committee",
    "people_council": "{place} {level} People's Council",
    "party_committee": "{place} {level} Party Committee",
    "foreign_department": "{place} Department of Foreign Affairs",
    "tourism_department": "{place} Department of Tourism",
    "culture_department": "{place} Department of Culture, Sports and Tourism",
    "planning_department": "{place} Department of Planning and Investment",
    "finance_department": "{place} Department of Finance",
    "na_delegation": "{place} National Assembly Delegation",
}
_KIND_LEVELS = {"city": "City", "province": "Provincial", "district": "District", "town": "Town"}
_SPLIT = re.compile(r"[\s,;:]+")


@dataclass(frozen=True, slots=True)
class Words:
    """The normalised word sets of bodies.yaml."""

    city: frozenset[str]
    province: frozenset[str]
    connectors: frozenset[str]
    conjunctions: frozenset[str]
    locative: frozenset[str]
    director: tuple[str, ...]


@cache
def load_words() -> Words:
    data = load_data("bodies")

    def words(name: str) -> frozenset[str]:
        return frozenset(normalize_name(w) for w in data[name])

    director = tuple(normalize_name(w) for w in data["director"])
    return Words(
        words("city"),
        words("province"),
        words("connectors"),
        words("conjunctions"),
        words("locative"),
        director,
    )


@dataclass(frozen=True, slots=True)
class Body:
    """A resolved local body: its canonical name and the span that names it."""

    name: str
    start: int
    end: int


def _gap_level(gap: str, lang: str, ministry: bool) -> str | None:
    """ "" if the gap holds only connectors, "City"/"Provincial" if it names the level; None if
    it holds anything else."""
    words = load_words()
    norm = normalize_name(gap)
    tokens = [t for t in _SPLIT.split(norm) if t]
    if lang in _UNSPACED:
        tokens = ["".join(tokens)] if tokens else []
    level = ""
    for token in tokens:
        if ministry and token in words.locative:
            return None
        if token in words.city:
            level = level or "City"
        elif token in words.province:
            level = level or "Provincial"
        elif token in words.connectors or token in words.conjunctions:
            continue
        elif not (token.startswith("و") and len(token) > 2):
            return None
    return level


@dataclass(frozen=True, slots=True)
class Places:
    """The place matches of a text in text order, none overlapping (as Gazetteer.find
    gives them), with their starts and ends, also in order, to search by bisection."""

    matches: list[Match]
    starts: list[int]
    ends: list[int]

    def nearest(self, body: Match) -> tuple[list[Match], list[Match]]:
        """The first place after the body and the last before it, each if within
        _GAP_LIMIT characters of it."""
        after = bisect_left(self.starts, body.end)
        before = bisect_right(self.ends, body.start) - 1
        return (
            self.matches[after : after + 1]
            if after < len(self.starts) and self.starts[after] - body.end <= _GAP_LIMIT
            else [],
            self.matches[before : before + 1]
            if before >= 0 and body.start - self.ends[before] <= _GAP_LIMIT
            else [],
        )


def _neighbour(text: str, body: Match, places: Places, lang: str) -> tuple[Match, str] | None:
    after, before = places.nearest(body)
    sides = [(after, True), (before, False)]
    if lang in LEFT_FIRST_LANGUAGES:
        sides.reverse()
    for candidates, is_after in sides:
        for place in candidates:
            gap = text[body.end : place.start] if is_after else text[place.end : body.start]
            level = _gap_level(gap, lang, body.entry.name == "foreign_ministry")
            if level is not None:
                return place, level
    return None


def _level_of(place_kind: str, level: str) -> str:
    return level or _KIND_LEVELS.get(place_kind, "City")


def _body_name(kind: str, place: str, level: str) -> str:
    name = _TEMPLATES[kind].format(place=place, level=level)
    return name.replace("City City", "City")


@cache
def parent_provinces() -> dict[str, str]:
    """The province of each locality below the provincial level."""
    return {item["name"]: item["province"] for item in load_data("localities")}


def _provincial(kind: str, level: str) -> bool:
    """Whether a body belongs to a province rather than to a city inside it: departments
    (Sở) exist only at the provincial level, and a "provincial" committee is the province's."""
    return "{level}" not in _TEMPLATES[kind] or level == "Provincial"


def _main_body(kind: str, main: tuple[str, str], level: str) -> str:
    """A body standing alone is the main locality's; when that locality lies inside a
    province and the body is provincial ("Департамент туризма провинции" in a Nha Trang
    story), it is the province's."""
    place, place_kind = main
    province = parent_provinces().get(place)
    if province is not None and _provincial(kind, level):
        return _body_name(kind, province, "Provincial")
    return _body_name(kind, place, _level_of(place_kind, level))


def _alone_level(text: str, body: Match, lang: str) -> str:
    following = text[body.end : body.end + 24].split("\n")[0]
    preceding = text[max(0, body.start - 16) : body.start]
    words = load_words()
    for chunk in (following, preceding):
        tokens = _SPLIT.split(normalize_name(chunk))
        near = tokens[:3] if chunk is following else tokens[-2:]
        if any(t in words.province for t in near):
            return "Provincial"
        if any(t in words.city for t in near) or (lang in _UNSPACED and "市" in chunk):
            return "City"
    return ""


def _has_director(text: str, body: Match) -> bool:
    window = normalize_name(text[max(0, body.start - _DIRECTOR_WINDOW) : body.start])
    return any(cue in window for cue in load_words().director)


def resolve_bodies(
    text: str, matches: list[Match], lang: str, main: tuple[str, str] | None
) -> list[Body]:
    """Canonical names of the local bodies among `matches`; `main` is (name, kind) or None."""
    in_order = [m for m in matches if m.entry.type in _PLACE_TYPES]
    places = Places(in_order, [p.start for p in in_order], [p.end for p in in_order])
    bodies = [m for m in matches if m.entry.type == "body"]
    resolved: list[Body] = []
    pending: list[Match] = []
    departments_unnamed = False
    for body in bodies:
        kind = body.entry.name
        found = _neighbour(text, body, places, lang)
        if kind == "foreign_ministry" and found is None:
            if _has_director(text, body):
                departments_unnamed = True
            pending.append(body)
            continue
        kind = "foreign_department" if kind == "foreign_ministry" else kind
        if found is not None:
            place, level = found
            name = _body_name(kind, place.entry.name, _level_of(place.entry.kind, level))
            resolved.append(Body(name, min(body.start, place.start), max(body.end, place.end)))
        elif main is not None:
            name = _main_body(kind, main, _alone_level(text, body, lang))
            resolved.append(Body(name, body.start, body.end))
    for body in pending:
        if departments_unnamed and main is not None:
            name = _main_body("foreign_department", main, "")
            resolved.append(Body(name, body.start, body.end))
        else:
            resolved.append(Body("Ministry of Foreign Affairs", body.start, body.end))
    return resolved
