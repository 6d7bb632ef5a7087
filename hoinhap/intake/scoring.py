"""How well the extractor does on an annotated folder (NAME.txt + NAME.gold.json, the format
of the shared corpus's SCHEMA.md), by the schema's rules.

A predicted fact matches a gold one when subject (case- and space-insensitive), metric and
unit are equal, the values differ by at most 0.5% and the periods are equal (a gold period
of null matches any); an entity matches on type and name. Each gold item matches at most
one predicted item (greedy, in gold order). Scores are micro-averaged F1, overall and per
language; language accuracy is the share of documents whose language was named right.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hoinhap.errors import UserError
from hoinhap.intake.extract import extract_document

TOLERANCE = 0.005
Item = dict[str, Any]


@dataclass
class Tally:
    """Matched, gold and predicted counts."""

    hits: int = 0
    gold: int = 0
    predicted: int = 0

    def add(self, hits: int, gold: int, predicted: int) -> None:
        self.hits += hits
        self.gold += gold
        self.predicted += predicted

    @property
    def precision(self) -> float:
        return self.hits / self.predicted if self.predicted else float(self.gold == 0)

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Facts and entities of a folder, overall and per language."""

    documents: int = 0
    language_right: int = 0
    facts: Tally = field(default_factory=Tally)
    entities: Tally = field(default_factory=Tally)
    facts_by_language: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    errors: list[tuple[str, str, Item]] = field(default_factory=list)  # (doc, kind, item)

    @property
    def language_accuracy(self) -> float:
        return self.language_right / self.documents if self.documents else 0.0


def _norm(value: object) -> str:
    return " ".join(str(value or "").casefold().split())


def same_fact(gold: Item, pred: Item) -> bool:
    """Whether `pred` states the gold fact (see the module docstring)."""
    if _norm(gold.get("subject")) != _norm(pred.get("subject")):
        return False
    if gold.get("metric") != pred.get("metric") or gold.get("unit") != pred.get("unit"):
        return False
    g, p = float(gold["value"]), float(pred["value"])
    if abs(g - p) > TOLERANCE * max(abs(g), 1e-9):
        return False
    return gold.get("period") is None or gold.get("period") == pred.get("period")


def same_entity(gold: Item, pred: Item) -> bool:
    return gold.get("type") == pred.get("type") and _norm(gold.get("name")) == _norm(
        pred.get("name")
    )


def match(
    gold: Iterable[Item], predicted: Iterable[Item], same: Callable[[Item, Item], bool]
) -> tuple[int, list[Item], list[Item]]:
    """(matches, gold items missed, predicted items left over), one match per item."""
    free = list(predicted)
    missed = []
    hits = 0
    for item in gold:
        hit = next((p for p in free if same(item, p)), None)
        if hit is None:
            missed.append(item)
        else:
            free.remove(hit)
            hits += 1
    return hits, missed, free


def read_gold(path: Path) -> Item:
    try:
        gold: Item = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(f"{path}: not a readable gold file ({exc})") from exc
    return gold


def score_document(scores: Scores, gold: Item, text: str) -> None:
    """Extract `text` and add how it compares with `gold` to `scores`."""
    published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
    pred = extract_document(text, doc=gold["doc"], published=published).to_json()
    scores.documents += 1
    scores.language_right += pred["lang"] == gold.get("lang")
    hits, missed, spurious = match(gold["facts"], pred["facts"], same_fact)
    scores.facts.add(hits, len(gold["facts"]), len(pred["facts"]))
    scores.facts_by_language[gold.get("lang") or "?"].add(
        hits, len(gold["facts"]), len(pred["facts"])
    )
    scores.errors += [(gold["doc"], "missed fact", item) for item in missed]
    scores.errors += [(gold["doc"], "spurious fact", item) for item in spurious]
    hits, missed, spurious = match(gold.get("entities", []), pred["entities"], same_entity)
    scores.entities.add(hits, len(gold.get("entities", [])), len(pred["entities"]))
    scores.errors += [(gold["doc"], "missed entity", item) for item in missed]
    scores.errors += [(gold["doc"], "spurious entity", item) for item in spurious]


def score_folder(folder: Path, only: Callable[[str], bool] = lambda _doc: True) -> Scores:
    """Scores over every NAME.gold.json in `folder` whose NAME `only` accepts."""
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        raise UserError(f"{folder}: no NAME.gold.json files (with NAME.txt beside them)")
    scores = Scores()
    for path in golds:
        name = path.name.removesuffix(".gold.json")
        if not only(name):
            continue
        text_path = folder / f"{name}.txt"
        try:
            text = text_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"{text_path}: cannot be read as UTF-8 text ({exc})") from exc
        score_document(scores, read_gold(path), text)
    return scores
