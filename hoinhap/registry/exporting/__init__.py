"""Export registry rows in the columns their import takes, so they import again unchanged."""

from hoinhap.registry.exporting.rows import export_rows
from hoinhap.registry.exporting.writers import EXPORT_FORMATS, export_columns, write_export

__all__ = ["EXPORT_FORMATS", "export_columns", "export_rows", "write_export"]
