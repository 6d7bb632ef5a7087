"""Ingest: read documents, extract their figures and entities, store them as sourced candidates.

Each document becomes one Source, identified by the hash of its text (the same document
twice is stored once), and each figure a candidate Observation with its quote. A document
that cannot be read or extracted is stored as a Source with status "failed" and the
reason, and the run goes on. Each document is written in its own transaction, so an
interrupted run loses nothing already stored, and a second run over the same files finds
every document unchanged and writes nothing.

With `workers` > 1, reading and extraction run in that many processes while this process
writes to the database, in the order the files were given.
"""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine

from hoinhap.db.engine import transaction
from hoinhap.errors import UserError
from hoinhap.intake.readers import SUPPORTED_SUFFIXES, ReadDocument, ReadError, is_supported
from hoinhap.intake.readers import read_file as read_documents
from hoinhap.intake.store import DocumentResult, store_processed

# --- What an extractor gives -----------------------------------------------------------


class FactLike(Protocol):
    """One figure a document states (hoinhap.intake.extract.Fact)."""

    @property
    def subject(self) -> str: ...
    @property
    def metric(self) -> str: ...
    @property
    def value(self) -> float: ...
    @property
    def unit(self) -> str: ...
    @property
    def approx(self) -> str: ...
    @property
    def period(self) -> str | None: ...
    @property
    def quote(self) -> str: ...


class EntityLike(Protocol):
    """A named thing a document mentions (hoinhap.intake.extract.Entity)."""

    @property
    def type(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def quote(self) -> str: ...


class ExtractionLike(Protocol):
    """What an extractor found in one document, with its SCHEMA.md JSON form."""

    @property
    def doc(self) -> str: ...
    @property
    def lang(self) -> str | None: ...
    @property
    def facts(self) -> Sequence[FactLike]: ...
    @property
    def entities(self) -> Sequence[EntityLike]: ...
    def to_json(self) -> dict[str, Any]: ...


class Extractor(Protocol):
    """`hoinhap.intake.extract.extract_document`, or a stand-in with its signature.

    It must be picklable (a module-level function) to run in worker processes."""

    def __call__(
        self,
        text: str,
        *,
        doc: str,
        lang: str | None = None,
        published: dt.date | None = None,
    ) -> ExtractionLike: ...


def default_extractor() -> Extractor:
    """The package's extractor, imported on first use (it loads lexicons and gazetteers)."""
    from hoinhap.intake.extract import extract_document

    return extract_document


# --- Reading and extraction (in worker processes) --------------------------------------


@dataclass(frozen=True)
class Processed:
    """A document read and extracted, or the reason it could not be."""

    name: str  # the file name or URL, for messages
    location: str | None  # a URL for the document (file:// for a local file)
    document: ReadDocument | None = None
    extraction: ExtractionLike | None = None
    error: str | None = None


def extract_read(document: ReadDocument, extractor: Extractor, *, name: str) -> Processed:
    """Run the extractor on a document read; an exception fails this document only."""
    location = document.url
    try:
        extraction = extractor(document.text, doc=document.doc, published=document.published)
    except Exception as exc:  # a bug in extraction must not stop the run
        reason = f"{name}: extraction failed ({type(exc).__name__}: {exc})"
        return Processed(name, location, document, error=reason)
    return Processed(name, location, document, extraction)


def process_file(path: Path, extractor: Extractor) -> list[Processed]:
    """Read a file (one document, or one per message of an mbox) and extract each."""
    location = path.resolve().as_uri()
    try:
        documents = read_documents(path)
    except ReadError as exc:
        return [Processed(path.name, location, error=str(exc))]
    return [
        extract_read(document, extractor, name=_document_name(path, document, len(documents)))
        for document in documents
    ]


def _document_name(path: Path, document: ReadDocument, count: int) -> str:
    return path.name if count == 1 else f"{path.name} ({document.doc})"


def collect_paths(paths: Iterable[Path]) -> list[Path]:
    """The files to read: each file given, and every supported file under each directory
    (hidden files and folders left out), in order, each once."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and is_supported(p)
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        elif path.exists():
            found.append(path)
        else:
            raise UserError(f"No such file or directory: {path}")
    unique = list(dict.fromkeys(p.resolve() for p in found))
    if not unique:
        raise UserError(f"No documents to read (supported: {', '.join(SUPPORTED_SUFFIXES)})")
    return unique


def process_paths(
    paths: Sequence[Path], extractor: Extractor, *, workers: int = 1
) -> Iterator[list[Processed]]:
    """Each file read and extracted, in order; with `workers` > 1 in that many processes,
    at most a few files ahead of the caller."""
    if workers <= 1:
        for path in paths:
            yield process_file(path, extractor)
        return
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        todo = iter(paths)
        pending: deque[Future[list[Processed]]] = deque(
            pool.submit(process_file, path, extractor)
            for path in itertools.islice(todo, workers * 4)
        )
        while pending:
            done = pending.popleft().result()
            following = next(todo, None)
            if following is not None:
                pending.append(pool.submit(process_file, following, extractor))
            yield done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --- The run ---------------------------------------------------------------------------


@dataclass
class IngestReport:
    """What a run did, document by document."""

    results: list[DocumentResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for result in self.results if result.status == status)

    @property
    def read(self) -> int:
        return sum(1 for result in self.results if result.was_read)

    @property
    def facts_found(self) -> int:
        return sum(result.facts_found for result in self.results)

    @property
    def facts_stored(self) -> int:
        return sum(result.facts_stored for result in self.results)

    @property
    def failed(self) -> list[DocumentResult]:
        return [result for result in self.results if result.status == "failed"]


def store_all(engine: Engine, actor: str, processed: Iterable[Processed]) -> list[DocumentResult]:
    """Write a file's documents in one transaction."""
    with transaction(engine, actor) as session:
        return [store_processed(session, item) for item in processed]


def ingest_paths(
    engine: Engine,
    paths: Sequence[Path],
    *,
    actor: str,
    extractor: Extractor | None = None,
    workers: int = 1,
    on_file: Callable[[Path, list[DocumentResult]], None] | None = None,
) -> IngestReport:
    """Read, extract and store every document under `paths` (see the module's docstring)."""
    if workers < 1:
        raise UserError(f"--workers must be at least 1, not {workers}")
    files = collect_paths(paths)
    chosen = extractor or default_extractor()
    report = IngestReport()
    for path, processed in zip(files, process_paths(files, chosen, workers=workers), strict=True):
        results = store_all(engine, actor, processed)
        report.results.extend(results)
        if on_file is not None:
            on_file(path, results)
    return report
