"""What one kind of row looks like in a file and in the database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from hoinhap.registry.importing.cells import Cells
    from hoinhap.registry.importing.lookups import Lookups

SOURCE_COLUMNS = (
    "source_url",
    "source_title",
    "source_publisher",
    "source_published_on",
    "source_language",
)


@dataclass(frozen=True)
class SourceRef:
    """The source a row names; rows with the same URL share one."""

    key: str
    title: str
    url: str | None
    publisher: str | None
    published_on: Any
    language: str | None


@dataclass
class Record:
    """One valid row, ready to write: database values and what identifies it."""

    number: int
    values: dict[str, Any]
    identity: tuple[Any, ...]
    source: SourceRef
    children: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Read:
    """What a kind's row reader returns for a row without problems."""

    values: dict[str, Any]
    identity: tuple[Any, ...]
    children: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Children:
    """Rows stored in another table as part of a record (an agreement's parties)."""

    load: Callable[[Session, list[int]], dict[int, Any]]
    save: Callable[[Session, int, Any], None]


RowReader = Callable[["Cells"], Read | None]
Writer = Callable[[Session, "Lookups", list[Record]], tuple[int, int, int]]


@dataclass(frozen=True)
class KindSpec:
    """One kind: its file columns, how a row is read, how it is matched and written."""

    name: str
    table: Table
    columns: tuple[str, ...]
    required: tuple[str, ...]
    read_row: RowReader
    match_on: tuple[str, ...] = ("key",)
    create_only: tuple[str, ...] = ()
    finish: Callable[[dict[str, Any]], None] | None = None
    children: dict[str, Children] = field(default_factory=dict)
    writer: Writer | None = None
    singular: str = ""

    @property
    def label(self) -> str:
        """The singular noun: "agreement"."""
        return self.singular or self.name.removesuffix("s")
