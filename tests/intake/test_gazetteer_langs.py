"""The per-language gazetteer files (data/gazetteer/langs/<lang>.yaml): every name they add
is found in its own language's text, under the canonical name it is listed with, and
nowhere else."""

import pytest

from hoinhap.intake.gazetteer import load_gazetteer
from hoinhap.intake.gazetteer_sources import language_data, load_data
from hoinhap.intake.langs import SUPPORTED

SECTIONS = {
    "provinces": "locality",
    "localities": "locality",
    "foreign_localities": "foreign_locality",
    "organizations": "organization",
}


def listed_names() -> list[tuple[str, str, str, str]]:
    """(language, entity type, canonical name, form) for every form in the files."""
    return [
        (lang, type_, name, form)
        for lang, data in language_data().items()
        for section, type_ in SECTIONS.items()
        for name, forms in (data.get(section) or {}).items()
        for form in forms
    ]


def test_the_files_are_for_supported_languages() -> None:
    assert language_data()
    assert set(language_data()) <= set(SUPPORTED)


def test_provinces_and_localities_are_known_places() -> None:
    known = {item["name"] for item in [*load_data("provinces"), *load_data("localities")]}
    places = [
        name
        for data in language_data().values()
        for section in ("provinces", "localities")
        for name in data.get(section) or {}
    ]
    assert places
    assert [name for name in places if name not in known] == []


@pytest.mark.parametrize(("lang", "type_", "name", "form"), listed_names())
def test_each_form_is_found_in_its_language(lang: str, type_: str, name: str, form: str) -> None:
    text = f"« {form} »"
    found = [(m.entry.type, m.entry.name) for m in load_gazetteer().find(text, lang)]
    assert found == [(type_, name)]


def test_a_russian_form_is_not_matched_in_english_text() -> None:
    assert [m.entry.name for m in load_gazetteer().find("Ньячанг", "ru")] == ["Nha Trang"]
    assert load_gazetteer().find("Ньячанг", "en") == []


def test_ba_ria_vung_tau_is_one_province_in_russian_not_bari_in_italy() -> None:
    found = load_gazetteer().find("провинция Бариа-Вунгтау", "ru")
    assert [m.entry.name for m in found] == ["Ba Ria-Vung Tau"]
