"""Extraction quality on the annotated corpora, by the shared corpus's scoring rules.

Our own corpus (written by the extractor's authors, tuned on), the independent news corpus
(written by another engineer) and its held-out part (*_02, *_03: never error-analysed,
the honest estimate for unseen articles), and the shared dev corpus when it is beside the
checkout (../shared/corpus/dev; the product never needs it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hoinhap.intake.scoring import Scores, score_folder

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests/fixtures/intake"
DEV = ROOT.parent / "shared/corpus/dev"


def held_out(doc: str) -> bool:
    return doc.endswith(("_02", "_03"))


def everything(_doc: str) -> bool:
    return True


CORPORA: tuple[tuple[str, Path, Callable[[str], bool]], ...] = (
    ("own corpus (tuned on)", FIXTURES / "corpus", everything),
    ("news corpus (independent)", FIXTURES / "news", everything),
    ("news held out (_02, _03)", FIXTURES / "news", held_out),
    ("shared dev corpus", DEV, everything),
)


@dataclass(frozen=True)
class QualityFigures:
    name: str
    scores: Scores


def bench_quality() -> list[QualityFigures]:
    """Scores of every corpus that is here."""
    return [
        QualityFigures(name, score_folder(folder, only))
        for name, folder, only in CORPORA
        if folder.is_dir()
    ]


def weakest_languages(scores: Scores, count: int = 6) -> str:
    """The `count` languages with the lowest facts F1: "ru 0.52, ja 0.55"."""
    ranked = sorted(scores.facts_by_language.items(), key=lambda item: item[1].f1)
    return ", ".join(f"{lang} {tally.f1:.2f}" for lang, tally in ranked[:count])
