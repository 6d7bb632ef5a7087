"""A small deterministic extractor for the intake infrastructure's tests.

It knows a handful of English phrasings only ("60 localities", "120 international
agreements", "3,000 foreign delegations"), takes the first known place name in the text as
the subject and "2021-2025" (if the sentence has it) as the period. A module-level function,
so that worker processes can be given it.
"""

from __future__ import annotations

import datetime as dt
import re

from hoinhap.intake.entities import Entity
from hoinhap.intake.extract import Extraction, Fact

PLACES = ("Da Nang", "Hai Phong", "Can Tho", "Quang Nam", "Hue", "Thua Thien Hue", "Atlantis")
ORGANIZATIONS = ("ASEAN", "CITYNET", "Mekong Friendship Club")
PEOPLE = ("Ho Ky Minh",)
PATTERNS = (
    (re.compile(r"(\d[\d,]*) (?:partner )?localities"), "partner_localities"),
    (re.compile(r"(\d[\d,]*) international agreements"), "agreements_signed"),
    (re.compile(r"(\d[\d,]*) (?:foreign )?delegations"), "delegations_received"),
)


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(".", end), text.find("\n", end)) if i >= 0), default=-1)
    return text[left : right if right >= 0 else len(text)]


def _entities(text: str) -> list[Entity]:
    found: list[Entity] = []
    for kind, names in (("locality", PLACES), ("organization", ORGANIZATIONS), ("person", PEOPLE)):
        for name in names:
            match = re.search(rf"\b{re.escape(name)}\b", text)
            if match:
                found.append(Entity(kind, name, name, match.start(), match.end()))
    return found


def extract_stub(
    text: str, *, doc: str, lang: str | None = None, published: dt.date | None = None
) -> Extraction:
    entities = _entities(text)
    places = sorted((e for e in entities if e.type == "locality"), key=lambda e: e.start)
    extraction = Extraction(doc, lang or "en", entities=entities)
    if not places:
        return extraction
    for pattern, metric in PATTERNS:
        for match in pattern.finditer(text):
            sentence = _sentence(text, match.start(), match.end())
            period = "2021-2025" if "2021-2025" in sentence else None
            value = float(match.group(1).replace(",", ""))
            approx = (
                "over"
                if text[max(0, match.start() - 10) : match.start()].endswith("more than ")
                else "exact"
            )
            extraction.facts.append(
                Fact(
                    places[0].name,
                    metric,
                    value,
                    "count",
                    approx,
                    period,
                    match.group(0),
                    match.start(),
                    match.end(),
                )
            )
    return extraction


def extract_or_fail(
    text: str, *, doc: str, lang: str | None = None, published: dt.date | None = None
) -> Extraction:
    """The stub, except that a text with "EXPLODE" in it makes it raise."""
    if "EXPLODE" in text:
        raise RuntimeError("the stub extractor blew up")
    return extract_stub(text, doc=doc, lang=lang, published=published)
