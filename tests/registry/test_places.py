"""Place lookups, lists and regions on the seeded reference data."""

import datetime as dt

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from hoinhap.db.schema import Place, PlaceName
from hoinhap.errors import NotFound, UserError
from hoinhap.registry.places import (
    find_place,
    get_country,
    list_places,
    region_members,
    regions_of,
)
from hoinhap.registry.reference import prepare_database
from hoinhap.registry.sources import get_source

MERGER = dt.date(2025, 7, 1)
EVE = dt.date(2025, 6, 30)


def _vietnamese(session: Session, on: dt.date) -> list[Place]:
    places = list_places(session, on=on, country_code="VN")
    return [p for p in places if p.kind in ("province", "city")]


@pytest.mark.parametrize("spelling", ["Đà Nẵng", "da nang", "DaNang", "Danang", "Da Nang City"])
def test_any_spelling_finds_da_nang(session: Session, spelling: str) -> None:
    assert find_place(session, spelling).key == "vn-da-nang"


@pytest.mark.parametrize("alias", ["HCMC", "Saigon", "TP.HCM", "Thành phố Hồ Chí Minh"])
def test_aliases_find_ho_chi_minh_city(session: Session, alias: str) -> None:
    assert find_place(session, alias).name == "Ho Chi Minh City"


def test_hue_finds_the_city(session: Session) -> None:
    assert (find_place(session, "Hue").key, find_place(session, "Hue").kind) == ("vn-hue", "city")


def test_thua_thien_hue_finds_the_old_province(session: Session) -> None:
    place = find_place(session, "Thừa Thiên Huế")
    assert (place.kind, place.valid_to) == ("province", dt.date(2024, 12, 31))


def test_unknown_place_suggests_the_nearest(session: Session) -> None:
    with pytest.raises(NotFound) as caught:
        find_place(session, "Da Nag")
    assert str(caught.value) == "Unknown place 'Da Nag'; did you mean 'Da Nang'?"


def test_sixty_three_provinces_exist_on_the_eve_of_the_merger(session: Session) -> None:
    assert len(_vietnamese(session, EVE)) == 63


def test_thirty_four_provinces_exist_from_the_merger(session: Session) -> None:
    assert len(_vietnamese(session, MERGER)) == 34


def test_six_centrally_run_cities_after_the_merger(session: Session) -> None:
    cities = {p.name for p in list_places(session, kind="city", on=MERGER)}
    assert cities == {"Hanoi", "Ho Chi Minh City", "Hai Phong", "Da Nang", "Can Tho", "Hue"}


def test_five_centrally_run_cities_in_2024(session: Session) -> None:
    assert len(list_places(session, kind="city", on=dt.date(2024, 6, 1))) == 5


def test_surviving_province_is_one_row(session: Session) -> None:
    count = select(func.count()).select_from(Place).where(Place.name == "Gia Lai")
    assert session.scalar(count) == 1


def test_provinces_point_to_their_source(session: Session) -> None:
    place = find_place(session, "Hue")
    assert get_source(session, place.source_id).title.startswith("Resolution 1314/NQ-UBTVQH15")


def test_unknown_kind_is_refused(session: Session) -> None:
    with pytest.raises(UserError) as caught:
        list_places(session, kind="planet")
    assert str(caught.value) == (
        "Kind 'planet' is not one of country, province, city, foreign_locality, region, district"
    )


@pytest.mark.parametrize(
    ("region", "before", "after"),
    [
        ("Red River Delta", 11, 6),
        ("Northern Midlands and Mountains", 14, 9),
        ("North Central and Central Coast", 14, 8),
        ("Central Highlands", 5, 3),
        ("Southeast", 6, 3),
        ("Mekong Delta", 13, 5),
    ],
)
def test_regions_before_and_after_the_merger(
    session: Session, region: str, before: int, after: int
) -> None:
    place = find_place(session, region)
    counts = (len(region_members(session, place, EVE)), len(region_members(session, place, MERGER)))
    assert counts == (before, after)


def test_mekong_delta_after_the_merger(session: Session) -> None:
    members = region_members(session, find_place(session, "Đồng bằng sông Cửu Long"), MERGER)
    assert [p.name for p in members] == ["An Giang", "Ca Mau", "Can Tho", "Dong Thap", "Vinh Long"]


def test_region_of_hue(session: Session) -> None:
    assert [r.name for r in regions_of(session, find_place(session, "Hue"))] == [
        "North Central and Central Coast"
    ]


def test_members_of_a_province_are_refused(session: Session) -> None:
    with pytest.raises(UserError) as caught:
        region_members(session, find_place(session, "Da Nang"), MERGER)
    assert str(caught.value) == "'Da Nang' is not a region"


def test_all_249_countries_are_seeded(session: Session) -> None:
    assert len(list_places(session, kind="country")) == 249


@pytest.mark.parametrize("name", ["Hàn Quốc", "Corée du Sud", "대한민국", "Korea, Republic of"])
def test_countries_are_found_in_other_languages(session: Session, name: str) -> None:
    assert find_place(session, name).name == "South Korea"


def test_country_by_code(session: Session) -> None:
    assert (get_country(session, "vn").name, get_country(session, "vn").name_vi) == (
        "Vietnam",
        "Việt Nam",
    )


def test_country_wins_over_a_foreign_locality_of_the_same_name(session: Session) -> None:
    assert find_place(session, "Georgia").kind == "country"


def test_foreign_locality_belongs_to_its_country(session: Session) -> None:
    busan = find_place(session, "Busan-gwangyeoksi")
    assert busan.name == "Busan"
    assert session.get(Place, busan.parent_id) == get_country(session, "KR")


def test_names_record_their_language(session: Session) -> None:
    korea = get_country(session, "KR")
    query = select(PlaceName.name).where(PlaceName.place_id == korea.id, PlaceName.lang == "ja")
    assert session.scalars(query).all() == ["韓国"]


def test_preparing_again_adds_nothing(engine: Engine) -> None:
    assert set(prepare_database(engine).values()) == {0}
