"""Countries and foreign localities from pycountry (ISO 3166), with Babel's CLDR names.

Nothing here is typed by hand except the small tables in data/places/countries.yaml and
subdivisions.yaml: the press forms of a few country names, and the English names of
partner countries' provinces where the ISO romanisation is not what the press writes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pycountry
from babel import Locale

from hoinhap.registry.names import ascii_name
from hoinhap.registry.placedata import PlaceRow, place_key, read_yaml

SOURCE = "pycountry"
_NOT_PLAIN = ("&", "St.", "SAR", " - ", "(", ",")


def _is_plain_short_form(iso_name: str, cldr_name: str | None) -> bool:
    """CLDR's English name is a plain shorter form of the ISO name ("Russia", "Brunei")."""
    if not cldr_name or len(cldr_name) >= len(iso_name):
        return False
    return not any(marker in cldr_name for marker in _NOT_PLAIN)


def canonical_country_name(
    country: Any, english: Mapping[str, str], overrides: Mapping[str, str]
) -> str:
    """The name the press uses: an override, pycountry's common name, CLDR's short form or ISO."""
    code = country.alpha_2
    if code in overrides:
        return overrides[code]
    common: str | None = getattr(country, "common_name", None)
    if common:
        return common
    cldr_name = english.get(code)
    if cldr_name and _is_plain_short_form(country.name, cldr_name):
        return cldr_name
    return str(country.name)


def _country(
    country: Any, config: Mapping[str, Any], territories: Mapping[str, Mapping[str, str]]
) -> PlaceRow:
    code = country.alpha_2
    name = canonical_country_name(country, territories["en"], config["canonical"])
    row = PlaceRow(
        key=f"country-{code.lower()}",
        kind="country",
        name=name,
        name_vi=territories["vi"].get(code),
        country_code=code,
        source=SOURCE,
    )
    row.add_name(name, "en", "canonical")
    row.add_name(country.name, "en", "official")
    row.add_name(getattr(country, "official_name", ""), "en", "official")
    row.add_name(getattr(country, "common_name", ""), "en")
    for lang, names in territories.items():
        row.add_name(names.get(code, ""), lang, "localized")
    for alias in config["aliases"].get(code, []):
        row.add_name(alias, "en")
    return row


def country_rows() -> list[PlaceRow]:
    """All ISO 3166-1 countries with their names in the configured languages."""
    config = read_yaml("countries.yaml")
    territories = {lang: Locale(lang).territories for lang in config["languages"]}
    return [_country(country, config, territories) for country in pycountry.countries]


def strip_suffixes(name: str, suffixes: Mapping[str, str]) -> str:
    """`name` with administrative suffixes replaced, repeatedly ("Ningxia Huizu Zizhiqu")."""
    for _ in range(len(suffixes)):
        for old, new in suffixes.items():
            if name.endswith(old) and len(name) > len(old):
                name = name[: -len(old)] + new
                break
        else:
            break
    return name


def _subdivision(sub: Any, config: Mapping[str, Any]) -> PlaceRow:
    country = sub.country_code
    local_lang = config["local_languages"].get(country)
    cleaned = strip_suffixes(sub.name, config["suffixes"].get(country, {}))
    if not local_lang:
        cleaned = ascii_name(cleaned)
    name = config["names"].get(sub.code, cleaned)
    row = PlaceRow(
        key=place_key(country, name),
        kind="foreign_locality",
        name=name,
        country_code=country,
        parent_key=f"country-{country.lower()}",
        source=SOURCE,
    )
    row.add_name(name, "en", "canonical")
    row.add_name(ascii_name(name), "en")
    row.add_name(cleaned, local_lang or "en")
    row.add_name(sub.name, local_lang or "en", "official")
    return row


def subdivision_rows() -> list[PlaceRow]:
    """The top-level subdivisions of Vietnam's main partner countries."""
    config = read_yaml("subdivisions.yaml")
    countries, skip = config["countries"], set(config["skip"])
    chosen = [
        sub
        for sub in pycountry.subdivisions
        if sub.country_code in countries and sub.parent_code is None and sub.code not in skip
    ]
    chosen.sort(key=lambda sub: (countries.index(sub.country_code), sub.code))
    return [_subdivision(sub, config) for sub in chosen]
