"""Intake benchmark: `extract_document` over generated 3-8 KB documents, on one core.

Documents are built from the test corpus (tests/fixtures/intake/{corpus,news}/*.txt): each
keeps its own title and paragraphs, then takes paragraphs of other documents in the same
language until it reaches a size drawn between 3 and 8 KB (UTF-8). The floor beside it is
one pass of a compiled regular expression tokenising the same text.

`python -m bench.intake FOLDER` extracts every .txt in FOLDER once (the peak-RSS worker).
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hoinhap.intake.extract import extract_document
from hoinhap.intake.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = [ROOT / "tests/fixtures/intake/corpus", ROOT / "tests/fixtures/intake/news"]
MIN_BYTES, MAX_BYTES = 3 * 1024, 8 * 1024
TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class IntakeFigures:
    """Medians over the runs; seconds are for all the documents."""

    documents: int
    runs: int
    mean_kb: float
    extract_seconds: float
    tokenise_seconds: float
    gazetteer_seconds: float
    peak_rss_mb: float

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.extract_seconds if self.extract_seconds else 0.0

    @property
    def tokenise_docs_per_s(self) -> float:
        return self.documents / self.tokenise_seconds if self.tokenise_seconds else 0.0

    @property
    def ratio(self) -> float:
        """How many times slower extraction is than tokenising."""
        return self.extract_seconds / self.tokenise_seconds if self.tokenise_seconds else 0.0


def corpus_paragraphs() -> dict[str, list[list[str]]]:
    """Each fixture document's non-empty lines (title first), by language."""
    by_lang: dict[str, list[list[str]]] = defaultdict(list)
    for folder in FIXTURES:
        for path in sorted(folder.glob("*.txt")):
            lines = [line for line in path.read_text("utf-8").splitlines() if line.strip()]
            by_lang[path.stem.split("_")[0]].append(lines)
    return dict(by_lang)


def grow_document(base: list[str], others: list[list[str]], target: int) -> str:
    """`base` followed by paragraphs of `others` (cycled) while they fit in `target` bytes."""
    kept = list(base)
    size = len("\n\n".join(kept).encode())
    pool = [line for doc in others for line in doc[1:]] or base[1:] or base
    for line in pool * 50:
        if size >= MIN_BYTES and size + len(line.encode()) + 2 > target:
            break
        kept.append(line)
        size += len(line.encode()) + 2
    text = "\n\n".join(kept).encode()[:MAX_BYTES]
    return text.decode("utf-8", errors="ignore")


def make_documents(count: int, seed: int = 4) -> list[str]:
    """`count` documents of 3-8 KB, languages in turn as the fixtures have them."""
    rng = random.Random(seed)
    by_lang = corpus_paragraphs()
    bases = [(lang, doc) for lang, docs in sorted(by_lang.items()) for doc in docs]
    documents = []
    for n in range(count):
        lang, base = bases[n % len(bases)]
        others = [doc for doc in by_lang[lang] if doc is not base]
        rng.shuffle(others)
        documents.append(grow_document(base, others, rng.randint(MIN_BYTES, MAX_BYTES)))
    return documents


def extract_all(documents: list[str]) -> None:
    for n, text in enumerate(documents):
        extract_document(text, doc=str(n))


def tokenise_all(documents: list[str]) -> None:
    for text in documents:
        TOKEN.findall(text)


def median_seconds(work: Callable[[list[str]], None], documents: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work(documents)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def peak_rss_mb(documents: list[str]) -> float:
    """Peak resident memory of a fresh interpreter extracting every document once."""
    from bench.importing import timed_run  # not in the worker: it loads the database layer

    with tempfile.TemporaryDirectory(prefix="hoinhap_bench_intake_") as folder:
        for n, text in enumerate(documents):
            (Path(folder) / f"{n:05d}.txt").write_text(text, "utf-8")
        run = timed_run([sys.executable, "-m", "bench.intake", folder])
    return run.peak_rss_kb / 1024


def bench_intake(count: int, runs: int) -> IntakeFigures:
    """Extraction and tokenising rates over `count` generated documents, in this process."""
    documents = make_documents(count)
    started = time.perf_counter()
    load_gazetteer()
    gazetteer_seconds = time.perf_counter() - started
    extract_all(documents[:1])
    extract = median_seconds(extract_all, documents, runs)
    tokenise = median_seconds(tokenise_all, documents, runs)
    mean_kb = statistics.mean(len(d.encode()) for d in documents) / 1024
    rss = peak_rss_mb(documents)
    return IntakeFigures(count, runs, mean_kb, extract, tokenise, gazetteer_seconds, rss)


def main(argv: list[str]) -> None:
    paths = sorted(Path(argv[0]).glob("*.txt"))
    extract_all([path.read_text("utf-8") for path in paths])


if __name__ == "__main__":
    main(sys.argv[1:])
