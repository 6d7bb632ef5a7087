"""The shipped place data itself, without a database."""

import datetime as dt

import pytest

from hoinhap.registry.countrydata import country_rows, strip_suffixes, subdivision_rows
from hoinhap.registry.placedata import (
    region_memberships,
    vietnam_lineage,
    vietnam_provinces,
    vietnam_regions,
)

MERGER = dt.date(2025, 7, 1)


def _existing(on: dt.date) -> set[str]:
    return {
        p.name
        for p in vietnam_provinces()
        if (p.valid_from is None or p.valid_from <= on) and (p.valid_to is None or on <= p.valid_to)
    }


def test_sixty_three_provinces_before_the_merger() -> None:
    assert len(_existing(dt.date(2025, 6, 30))) == 63


def test_thirty_four_provinces_from_the_merger() -> None:
    assert len(_existing(MERGER)) == 34


def test_thua_thien_hue_counts_until_hue_replaces_it() -> None:
    before, after = _existing(dt.date(2024, 12, 31)), _existing(dt.date(2025, 1, 1))
    assert ("Thua Thien Hue" in before, "Hue" in before) == (True, False)
    assert ("Thua Thien Hue" in after, "Hue" in after) == (False, True)


def test_every_merged_province_closes_the_day_before_its_merger() -> None:
    closing = {p.key: p.valid_to for p in vietnam_provinces()}
    assert all(
        closing[r.from_key] == r.effective_on - dt.timedelta(days=1) for r in vietnam_lineage()
    )


def test_every_merger_target_survives() -> None:
    open_keys = {p.key for p in vietnam_provinces() if p.valid_to is None}
    assert {r.to_key for r in vietnam_lineage()} <= open_keys


def test_merged_provinces_cite_resolution_202() -> None:
    merged = [r for r in vietnam_lineage() if r.kind == "merged_into"]
    assert len(merged) == 29
    assert {(r.effective_on, r.legal_basis) for r in merged} == {
        (MERGER, "Resolution 202/2025/QH15")
    }


def test_every_region_member_is_a_shipped_province() -> None:
    keys = {p.key for p in vietnam_provinces()}
    assert {m.place_key for m in region_memberships()} <= keys


def test_each_province_belongs_to_one_region() -> None:
    keys = [m.place_key for m in region_memberships()]
    assert len(keys) == len(set(keys)) == 64


def test_six_regions_with_vietnamese_names() -> None:
    assert {(r.name, r.name_vi) for r in vietnam_regions()} >= {
        ("Mekong Delta", "Đồng bằng sông Cửu Long"),
        ("Central Highlands", "Tây Nguyên"),
    }
    assert len(vietnam_regions()) == 6


def test_all_249_countries() -> None:
    assert len(country_rows()) == 249


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("KR", "South Korea"),
        ("KP", "North Korea"),
        ("VN", "Vietnam"),
        ("RU", "Russia"),
        ("LA", "Laos"),
        ("IR", "Iran"),
        ("SY", "Syria"),
        ("TW", "Taiwan"),
        ("US", "United States"),
        ("GB", "United Kingdom"),
        ("CZ", "Czech Republic"),
        ("BN", "Brunei"),
        ("AG", "Antigua and Barbuda"),
        ("JP", "Japan"),
    ],
)
def test_country_names_take_the_press_form(code: str, name: str) -> None:
    assert {r.country_code: r.name for r in country_rows()}[code] == name


def test_countries_carry_names_in_twenty_languages() -> None:
    korea = next(r for r in country_rows() if r.country_code == "KR")
    assert len({n.lang for n in korea.names}) == 20


def test_iso_names_stay_as_aliases() -> None:
    korea = next(r for r in country_rows() if r.country_code == "KR")
    assert "Korea, Republic of" in {n.name for n in korea.names}


def test_suffixes_are_stripped_repeatedly() -> None:
    suffixes = {" Zizhiqu": "", " Zhuangzu": ""}
    assert strip_suffixes("Guangxi Zhuangzu Zizhiqu", suffixes) == "Guangxi"


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("kr-busan", "Busan"),
        ("cn-guangxi", "Guangxi"),
        ("jp-osaka", "Osaka"),
        ("th-bangkok", "Bangkok"),
    ],
)
def test_partner_provinces_have_clean_names(key: str, name: str) -> None:
    assert {r.key: r.name for r in subdivision_rows()}[key] == name


def test_subdivisions_that_are_countries_are_left_out() -> None:
    assert "Hong Kong" not in {r.name for r in subdivision_rows()}
