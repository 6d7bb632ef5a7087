"""Whose figure it is: the Vietnamese locality a sentence names, else the document's own.

In order: a national cue in the figure's clause ("cả nước", "nationwide", "全国"), near it or
opening the clause, makes it "Vietnam" (not one that ranks a locality named before it: "Long
An xếp thứ 5 cả nước"); then the first Vietnamese locality named before the figure in its
clause ("Phu Quoc island in Kien Giang province welcomed ..." is about Phu Quoc), else the
first one named before it in the sentence, else one named after it in the same clause; "the
city" / "tỉnh này" / "المدينة" points to the last city (or province) named before it, else
to the main locality; a sentence that names a foreign locality before the figure and no
Vietnamese one is about that foreign place (no subject); a sentence that names only Vietnam,
or speaks of the whole country before the figure ("Nationwide, ..."), is national; a
sentence that names no place at all goes on about the subject of the sentence before it that
names one (`_carried`); otherwise the main locality. A dateline ("NHA TRANG — ") names
where the story was filed, not its subject. Localities keep the name the text uses for them
(resolving lineage is the registry's job), but a renamed place is called by the name it had
in the figure's period when the text uses that name too: a 2024 figure of a story about
"Thua Thien Hue" that calls the place "Hue" is Thua Thien Hue's (`name_in_period`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

from hoinhap.intake.cues import Cue
from hoinhap.intake.gazetteer import Match
from hoinhap.intake.langs import SUPPORTED, get_lexicon
from hoinhap.intake.sentences import Distances, Sentence
from hoinhap.registry.periods import parse_period
from hoinhap.registry.placedata import vietnam_lineage, vietnam_provinces

NATIONAL_WINDOW = 6
_FOREIGN_OWNER_WINDOW = 12  # words
# Counts of events someone organised (the people attending an event belong to its venue).
EVENT_METRICS = frozenset(("events_hosted", "promotion_events"))
# A foreign city in the clause of these is where the event was held, not whose figure it is
# ("Bei einer Konferenz in Frankfurt nahmen rund 150 deutsche Unternehmen teil").
_HELD_ABROAD = EVENT_METRICS | {"event_participants"}
VIETNAM = "Vietnam"
_CLAUSE_MARKS = frozenset(",;:，、；：،")
_NAME_WINDOW = 80  # characters searched for the two words before a name
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z\u00c0-\u024f\u1e00-\u1eff]\w*)")
_PREVIOUS_WORD = re.compile(r"(\w[ \t]+)?([A-Za-z\u00c0-\u024f\u1e00-\u1eff]\w*)[ \t]+\Z")
# After a dateline's place: a dash, a colon, an agency in brackets, a date ("Hanoi, June 29
# (VNA) –", "河内6月29日电"), or "=" and the agency in Korean brackets ("[하노이=연합뉴스]").
_DATELINE_AFTER = re.compile(
    r"[ \t]*(?:[—–-]|:|\(|=|[,،][ \t]*\d|,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d|\d{1,2}月\d{1,2}日)"
)
# A full date right after the place: "12 أكتوبر 2018", "5/3/2024", "ngày 5/3/2024".
_FULL_DATE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:\w{1,5}[ \t]+)?(?:\d{1,2}[ \t]+\w+[ \t]+\d{4}|\d{1,2}/\d{1,2}/\d{4})\b"
)


@dataclass(frozen=True, slots=True)
class Place:
    """A place named in the text: kind "vn" (a Vietnamese locality), "foreign" (a foreign
    locality), "country" (another country) or "vietnam"; ``level`` is the gazetteer's kind
    ("city", "province", "district" ...)."""

    kind: str
    name: str
    start: int
    end: int
    level: str = ""
    dateline: bool = False


def places_from_matches(text: str, matches: Sequence[Match]) -> list[Place]:
    """The place mentions among gazetteer matches, in order."""
    places: list[Place] = []
    for m in matches:
        entry = m.entry
        if entry.type == "locality":
            places.append(
                Place("vn", entry.name, m.start, m.end, entry.kind, _is_dateline(text, m))
            )
        elif entry.type == "foreign_locality":
            places.append(Place("foreign", entry.name, m.start, m.end, entry.kind))
        elif entry.type == "country" and entry.name != VIETNAM:
            places.append(Place("country", entry.name, m.start, m.end, entry.kind))
        elif entry.type == "country" and not _inside_a_name(text, m):
            places.append(Place("vietnam", entry.name, m.start, m.end, entry.kind))
    return places


def _inside_a_name(text: str, m: Match) -> bool:
    """Whether a Latin-script country name is a word of a longer name ("the Vietnam Union
    of Friendship Organisations", "Samsung Vietnam", "the Malaysia-Vietnam Business
    Forum"): a capitalised word or a hyphen joined to it."""
    if text[m.start - 1 : m.start] == "-" or text[m.end : m.end + 1] == "-":
        return True  # "Malaysia-Vietnam Business Forum"
    after = _NEXT_WORD.match(text, m.end)
    if after is not None and after.group(1)[0].isupper():
        return True
    before = _PREVIOUS_WORD.search(text, max(0, m.start - _NAME_WINDOW), m.start)
    return before is not None and before.group(2)[0].isupper() and bool(before.group(1))


def _is_dateline(text: str, m: Match) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    before = text[line_start : m.start].strip()
    if _FULL_DATE_AFTER.match(text, m.end) and len(before.split()) <= 2:
        return True  # "مدينة هو تشي مينه 12 أكتوبر 2018", "Thành phố Huế, ngày 5/3/2024"
    if before and not _agency_or_bracket(before):
        return False
    return bool(_DATELINE_AFTER.match(text, m.end))


def _agency_or_bracket(before: str) -> bool:
    """An opening bracket, or a news agency's name in Han ending in 社 ("越通社")."""
    return before in "[【(（" or (before.endswith("社") and len(before) <= 5)


class SubjectResolver:
    """Picks the subject of each figure of a document."""

    def __init__(
        self,
        places: Sequence[Place],
        main: str | None,
        distances: Distances,
        lang: str = "",
        sentences: Sequence[Sentence] = (),
        cues: Sequence[Cue] = (),
    ) -> None:
        self.places = [p for p in places if not p.dateline]
        self.starts = [p.start for p in self.places]
        self.main = main
        self.d = distances
        self.venue_words = get_lexicon(lang).venue_words if lang in SUPPORTED else ()
        self.sentences = list(sentences)
        self.sentence_starts = [s.start for s in self.sentences]
        self.cues = [c for c in cues if c.concept in ("city", "province", "national")]
        self.cue_starts = [c.start for c in self.cues]
        self.explicit: dict[int, str | None] = {}

    def subject(
        self,
        start: int,
        end: int,
        sentence: tuple[int, int],
        cues: Sequence[Cue],
        metric: str = "",
    ) -> str | None:
        """The subject of the figure at ``start:end`` in the sentence span, or None; for an
        event figure, a locality after it introduced as the venue ("3 investment promotion
        conferences in Hanoi") is where the events were held, not whose they are, and so is
        a foreign city, which otherwise takes the figure away from the province."""
        if self._national(start, end, cues, sentence[0]):
            return VIETNAM
        lo, hi = bisect_left(self.starts, sentence[0]), bisect_left(self.starts, sentence[1])
        inside = self.places[lo:hi]
        local = [p for p in inside if p.kind == "vn"]
        anaphor = self._anaphor(cues, local, start)
        if anaphor is not None:
            return self._antecedent(anaphor) or self.main
        if metric in EVENT_METRICS:
            local = [p for p in local if not (p.start >= end and self._venue(p))]
        named = self._named(local, start, end)
        if named is not None:
            return named
        for cue in cues:
            if cue.concept in ("city", "province") and cue.end <= start:
                return self._antecedent(cue) or self.main
        if metric not in _HELD_ABROAD and any(self._foreign_owner(p, start) for p in inside):
            return None
        if local:
            return self.main
        if any(p.kind == "vietnam" for p in inside) or self._nationwide(cues, start):
            return VIETNAM
        return self._carried(sentence[0]) or self.main

    @staticmethod
    def _nationwide(cues: Sequence[Cue], start: int) -> bool:
        """A sentence naming no locality that speaks of the whole country before the figure,
        however far ("Nationwide, total registered foreign investment in the period reached
        nearly 15.2 billion USD", "En todo el país, la IED registrada ... alcanzó"): a
        national cue after it ranks ("the highest in the country") and says nothing of whose
        figure it is."""
        return any(c.concept == "national" and c.end <= start for c in cues)

    def _carried(self, opening: int) -> str | None:
        """The subject of the nearest earlier sentence that names one, in the same section
        (between blank lines): a sentence that names no place goes on about the one before
        it ("The central city of Da Nang is also a promising destination. Local
        accommodations served 7.4 million guests in 2023"; "Le Conseil ... de la province de
        Ba Ria-Vung Tau a remis la licence à 46 projets. En outre, 25 projets ..."), not
        about the document's main locality. National figures carry into the next section
        too ("... foreign investors have invested in 50 provinces across the country.",
        blank line, "The total ... reached nearly $10.86 billion"): a national statistics
        story goes on about the country, while a section naming no place after one about
        another locality returns to the story's own. A foreign place ends the carry."""
        i = bisect_left(self.sentence_starts, opening)
        if i == len(self.sentences) or self.sentence_starts[i] != opening:
            return None
        section = self.sentences[i].section
        for earlier in reversed(self.sentences[:i]):
            if earlier.section < section - 1:
                return None
            if earlier.index not in self.explicit:
                self.explicit[earlier.index] = self._explicit(earlier)
            found = self.explicit[earlier.index]
            if found is not None:
                return found if found == VIETNAM or earlier.section == section else None
        return None

    def _explicit(self, sentence: Sentence) -> str | None:
        """Whom a sentence names first, as its subject: a Vietnamese locality, or what "the
        province" / "the city" stands for ("Die Provinz liegt auf Platz drei hinter Hanoi"
        is about the province); else Vietnam, named without another country or as the
        whole country ("cả nước", "全国"); "" for a foreign place (nobody to carry); None
        when it names no place."""
        lo = bisect_left(self.starts, sentence.start)
        hi = bisect_left(self.starts, sentence.end)
        inside = self.places[lo:hi]
        local = [p for p in inside if p.kind == "vn"]
        lo = bisect_left(self.cue_starts, sentence.start)
        hi = bisect_left(self.cue_starts, sentence.end)
        cues = self.cues[lo:hi]
        anaphors = [
            c for c in cues if c.concept != "national" and not any(self._names(c, p) for p in local)
        ]
        if anaphors and (not local or anaphors[0].start < local[0].start):
            return self._antecedent(anaphors[0]) or self.main
        if local:
            return local[0].name
        if any(p.kind == "foreign" for p in inside):
            return ""
        if any(c.concept == "national" for c in cues):
            return VIETNAM
        countries = {p.kind for p in inside}
        return VIETNAM if countries == {"vietnam"} else None

    def _named(self, local: list[Place], start: int, end: int) -> str | None:
        before = [p for p in local if p.end <= start]
        same_clause = [p for p in before if not self.d.commas(p.end, start)]
        if same_clause:
            return same_clause[0].name
        if before:
            return before[0].name
        after = [p for p in local if p.start >= end and not self.d.commas(end, p.start)]
        return after[0].name if after else None

    def _venue(self, place: Place) -> bool:
        before = self.d.text[max(0, place.start - 12) : place.start].casefold().split()
        return bool(before) and before[-1] in self.venue_words

    def _foreign_owner(self, place: Place, start: int) -> bool:
        """A foreign city shortly before the figure in its clause owns it ("Gyeonggi has 500
        projects"); one further back is only on the way ("... the caravan route from Nakhon
        Phanom through Khammouane ..., some 38,000 Thai tourists came")."""
        if place.kind != "foreign" or not self._same_clause(place.end, start):
            return False
        return self.d.words(place.end, start) <= _FOREIGN_OWNER_WINDOW

    def _same_clause(self, a: int, b: int) -> bool:
        return a <= b and not self.d.commas(a, b)

    def _anaphor(self, cues: Sequence[Cue], local: list[Place], start: int) -> Cue | None:
        """A bare "the province" / "the city" in the figure's clause, after every locality
        named before the figure ("... Quy Nhon ..., and in 2024 the province hosted 11
        events"); one written beside a name ("Kien Giang province") is part of that name."""
        last_named = max((p.end for p in local if p.end <= start), default=-1)
        for cue in reversed(cues):
            if cue.concept not in ("city", "province") or cue.end > start:
                continue
            if cue.start < last_named or self.d.commas(cue.end, start):
                return None
            if not any(self._beside(place, cue) for place in local):
                return cue
        return None

    def _names(self, cue: Cue, place: Place) -> bool:
        """Whether "the province" / "the city" is part of a place's name: beside it, or
        joined to the name after it by one word ("la province de Ba Ria-Vung Tau")."""
        after = place.start >= cue.end and self.d.cost(cue.end, place.start) <= 2
        return after or self._beside(place, cue)

    def _beside(self, place: Place, cue: Cue) -> bool:
        if place.end <= cue.start:
            return self.d.cost(place.end, cue.start) <= 1
        return place.start >= cue.end and self.d.cost(cue.end, place.start) <= 1

    def _antecedent(self, cue: Cue) -> str | None:
        """The last Vietnamese city (or province, for "the province") named before the cue."""
        level = "province" if cue.concept == "province" else "city"
        for place in reversed(self.places[: bisect_left(self.starts, cue.start)]):
            if place.kind == "vn" and place.level == level:
                return place.name
        return None

    def _near(self, a: int, b: int) -> bool:
        """Within the national window and the same clause ("ranked fifth nationwide, with 24
        projects": the rank is national, the projects are not)."""
        return self.d.cost(a, b) <= NATIONAL_WINDOW and not self.d.commas(a, b)

    def _national(self, start: int, end: int, cues: Sequence[Cue], opening: int) -> bool:
        for cue in cues:
            if cue.concept != "national" or self._ranked(cue, opening):
                continue
            if cue.end <= start and (
                self._near(cue.end, start) or self._governs(cue, start, opening)
            ):
                return True
            if cue.start >= end and self._near(end, cue.start):
                return True
        return False

    def _ranked(self, cue: Cue, opening: int) -> bool:
        """A national cue after a Vietnamese locality in the same clause ranks it ("Long An
        xếp thứ 5 cả nước về thu hút FDI với 1,2 tỷ USD", "Bac Ninh led the country with"):
        the figure is still the locality's."""
        lo, hi = bisect_left(self.starts, opening), bisect_left(self.starts, cue.start)
        return any(
            p.kind == "vn" and not self.d.commas(p.end, cue.start) for p in self.places[lo:hi]
        )

    def _governs(self, cue: Cue, start: int, opening: int) -> bool:
        """A national cue that opens its clause is the subject of the whole clause ("Tính
        đến tháng 5, cả nước có 56 địa phương ký kết khoảng 340 thỏa thuận"), unless a
        Vietnamese locality is named between it and the figure."""
        if self.d.commas(cue.end, start):
            return False
        before = self.d.text[opening : cue.start].rstrip()
        if before and before[-1] not in _CLAUSE_MARKS:
            return False
        lo, hi = bisect_left(self.starts, cue.end), bisect_left(self.starts, start)
        return not any(p.kind == "vn" for p in self.places[lo:hi])


@cache
def renamings() -> dict[str, tuple[str, dt.date]]:
    """A renamed province's new name -> (its old name, the day of the renaming)."""
    names = {p.key: p.name for p in vietnam_provinces()}
    return {
        names[row.to_key]: (names[row.from_key], row.effective_on)
        for row in vietnam_lineage()
        if row.kind == "renamed_to"
    }


def name_in_period(
    subject: str, period: str | None, published: dt.date | None, named: Collection[str]
) -> str:
    """`subject`, or its old name when the figure's period (else the publication date) ends
    before the renaming and the text names the place by its old name somewhere."""
    renamed = renamings().get(subject)
    if renamed is None or renamed[0] not in named:
        return subject
    old, on = renamed
    end = parse_period(period).end if period else published
    return old if end is not None and end < on else subject
