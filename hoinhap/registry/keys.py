"""Stable, readable keys derived from a record's natural identity.

The same identity always gives the same key, so re-importing a spreadsheet finds the rows
it created before: `slug_key("da-nang", "MOU on tourism", date(2024, 5, 2))` is
"da-nang-mou-on-tourism-2024-05-02".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from anyascii import anyascii

MAX_KEY_LENGTH = 200
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: "Đà Nẵng City" -> "da-nang-city"."""
    ascii_text = anyascii(text.replace("đ", "d").replace("Đ", "D")).lower()
    return _NOT_ALNUM.sub("-", ascii_text).strip("-")


def _part(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return slugify(str(value))


def slug_key(*parts: object, max_length: int = MAX_KEY_LENGTH) -> str:
    """A key from identity parts; too long a key is cut and given a hash of the whole."""
    key = "-".join(p for p in (_part(part) for part in parts) if p)
    if len(key) <= max_length:
        return key
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    return f"{key[: max_length - 13].rstrip('-')}-{digest}"
