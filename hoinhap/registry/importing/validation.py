"""Check rows one by one: note every problem, merge rows that repeat an earlier row.

Of each earlier row only a digest of its identity, its row number and a hash of its
values are kept, never the row itself: about 150 bytes a row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from hoinhap.registry.importing.cells import Cells
from hoinhap.registry.importing.lookups import Lookups
from hoinhap.registry.importing.problems import Problems
from hoinhap.registry.importing.readers import Cell, Row
from hoinhap.registry.importing.sources import read_source
from hoinhap.registry.importing.spec import KindSpec, Read, Record, SourceRef

_HASH_BITS = (1 << 64) - 1


def identity_digest(identity: tuple[object, ...]) -> bytes:
    """128 bits that tell one identity from another (its parts are text, numbers, dates)."""
    return hashlib.blake2b(repr(identity).encode(), digest_size=16).digest()


def fingerprint(read: Read, source: SourceRef) -> int:
    """A hash of what a row says, to tell an identical repeat from a conflicting one."""
    return hash((tuple(read.values.items()), tuple(read.children.items()), source)) & _HASH_BITS


class Validator:
    """Rows of one file, checked in order; `problems` and `duplicates` grow as it goes."""

    def __init__(self, file: str, spec: KindSpec, lookups: Lookups) -> None:
        self.file = file
        self.spec = spec
        self.lookups = lookups
        self.problems = Problems()
        self.rows = 0
        self.duplicates = 0
        self._seen: dict[bytes, int] = {}  # identity digest -> row number << 64 | fingerprint

    def check(self, rows: Iterable[Row]) -> list[Record]:
        """The valid rows among `rows` that repeat no earlier row, as records."""
        records = []
        for number, values in rows:
            self.rows += 1
            record = self.check_row(number, values)
            if record is not None:
                records.append(record)
        return records

    def check_row(self, number: int, values: dict[str, Cell]) -> Record | None:
        cells = Cells(values, self.lookups)
        source = read_source(cells)
        read = self.spec.read_row(cells)
        for column, message in cells.problems:
            self.problems.add(f"{self.file} row {number}, column {column}: {message}")
        if read is None or source is None or cells.problems:
            return None
        if self.is_new(number, read, source):
            return Record(number, read.values, read.identity, source, dict(read.children))
        return None

    def is_new(self, number: int, read: Read, source: SourceRef) -> bool:
        """Whether the row is the first with its identity; a repeat is merged or refused."""
        digest = fingerprint(read, source)
        seen = self._seen.setdefault(identity_digest(read.identity), number << 64 | digest)
        earlier = seen >> 64
        if earlier == number:
            return True
        if seen & _HASH_BITS == digest:
            self.duplicates += 1
        else:
            self.problems.add(
                f"{self.file} row {number}: repeats the {self.spec.label} of row {earlier} "
                "with different values"
            )
        return False
