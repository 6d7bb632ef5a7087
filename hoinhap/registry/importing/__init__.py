"""Import registry rows from CSV, XLSX and JSON files, all or nothing.

`import_file(session, path)` reads one file of one kind chunk by chunk, validates every
row against the database, and writes the rows in the caller's transaction, or raises
ImportProblems listing the problems (file, row, column, reason) and leaves nothing written.
"""

from hoinhap.registry.importing.kinds import KINDS, find_kind
from hoinhap.registry.importing.load import ImportReport, import_file
from hoinhap.registry.importing.problems import ImportProblems
from hoinhap.registry.importing.spec import SOURCE_COLUMNS, KindSpec

__all__ = [
    "KINDS",
    "SOURCE_COLUMNS",
    "ImportProblems",
    "ImportReport",
    "KindSpec",
    "find_kind",
    "import_file",
]
