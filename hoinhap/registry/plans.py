"""Plans and strategies, and the targets they set."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Plan, Target
from hoinhap.errors import NotFound
from hoinhap.registry.keys import slug_key


def plan_key(code: str | None, title: str) -> str:
    """A plan is known by its code ("59-NQ/TW"), else its title."""
    return slug_key(code or title)


def get_plan(session: Session, key: str) -> Plan:
    found = session.scalar(select(Plan).where(Plan.key == key))
    if found is None:
        raise NotFound(f"No plan {key!r}")
    return found


def list_plans(session: Session) -> Sequence[Plan]:
    return session.scalars(select(Plan).order_by(Plan.id)).all()


def list_targets(session: Session, plan_id: int | None = None) -> Sequence[Target]:
    query = select(Target).order_by(Target.id)
    if plan_id is not None:
        query = query.where(Target.plan_id == plan_id)
    return session.scalars(query).all()
