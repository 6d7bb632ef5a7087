"""Every kind a file may hold, by its plural name (the file name stem: partnerships.csv)."""

from __future__ import annotations

from hoinhap.errors import UserError
from hoinhap.registry.importing.kinds import cooperation, economy, figures, places
from hoinhap.registry.importing.spec import KindSpec

KINDS: dict[str, KindSpec] = {
    spec.name: spec for spec in (*places.SPECS, *cooperation.SPECS, *economy.SPECS, *figures.SPECS)
}


def find_kind(name: str) -> KindSpec:
    """The kind called `name` (plural or singular, any case)."""
    text = name.strip().lower().replace("-", "_")
    for spec in KINDS.values():
        if text in (spec.name, spec.label):
            return spec
    raise UserError(f"Unknown kind {name!r}; use one of {', '.join(KINDS)}")
