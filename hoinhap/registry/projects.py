"""FDI, domestic, ODA and NGO projects."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Project
from hoinhap.errors import NotFound
from hoinhap.registry.keys import slug_key


def project_key(place_key: str, name: str, investor: str | None) -> str:
    """A project is the same when it has the same place, name and investor."""
    return slug_key(place_key, name, investor)


def get_project(session: Session, key: str) -> Project:
    found = session.scalar(select(Project).where(Project.key == key))
    if found is None:
        raise NotFound(f"No project {key!r}")
    return found


def list_projects(session: Session) -> Sequence[Project]:
    return session.scalars(select(Project).order_by(Project.id)).all()
