import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoinhap.errors import UserError
from hoinhap.registry.periods import Period, parse_period

USAGE = "(use YYYY, YYYY-YYYY, YYYY-H1, YYYY-Q3, YYYY-MM or YYYY-MM-DD)"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("2024", Period("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
        ("2021-2025", Period("2021-2025", dt.date(2021, 1, 1), dt.date(2025, 12, 31))),
        ("2025-H1", Period("2025-H1", dt.date(2025, 1, 1), dt.date(2025, 6, 30))),
        ("2025-H2", Period("2025-H2", dt.date(2025, 7, 1), dt.date(2025, 12, 31))),
        ("2024-Q1", Period("2024-Q1", dt.date(2024, 1, 1), dt.date(2024, 3, 31))),
        ("2024-Q3", Period("2024-Q3", dt.date(2024, 7, 1), dt.date(2024, 9, 30))),
        ("2020-06", Period("2020-06", dt.date(2020, 6, 1), dt.date(2020, 6, 30))),
        ("2024-02", Period("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
        ("2025-06-30", Period("2025-06-30", dt.date(2025, 6, 30), dt.date(2025, 6, 30))),
    ],
)
def test_each_form_covers_its_first_to_last_day(label: str, expected: Period) -> None:
    assert parse_period(label) == expected


@pytest.mark.parametrize("label", ["2021 - 2025", "2021–2025", "2021/2025", " 2021-2025 "])
def test_year_ranges_are_written_one_way(label: str) -> None:
    assert parse_period(label).label == "2021-2025"


@pytest.mark.parametrize(("label", "canonical"), [("2025-h1", "2025-H1"), ("2024-q4", "2024-Q4")])
def test_halves_and_quarters_are_upper_cased(label: str, canonical: str) -> None:
    assert parse_period(label).label == canonical


@pytest.mark.parametrize("label", ["", "abc", "2024-H3", "2024-Q5", "24", "2024-6", "next year"])
def test_unknown_forms_are_explained(label: str) -> None:
    with pytest.raises(UserError) as info:
        parse_period(label)
    assert str(info.value) == f"{label!r} is not a period {USAGE}"


@pytest.mark.parametrize(
    ("label", "reason"),
    [
        ("2024-13", "month must be in 1..12"),
        ("2023-02-29", "day is out of range for month"),
        ("0000", "year 0 is out of range"),
        ("2025-2021", "it ends before it starts"),
    ],
)
def test_impossible_dates_say_why(label: str, reason: str) -> None:
    with pytest.raises(UserError) as info:
        parse_period(label)
    assert str(info.value) == f"{label!r} is not a valid period: {reason}"


def test_within_holds_for_a_year_inside_a_range() -> None:
    assert parse_period("2024").within(parse_period("2021-2025"))


def test_within_fails_for_a_range_reaching_outside() -> None:
    assert not parse_period("2024-2026").within(parse_period("2021-2025"))


def test_overlaps_holds_for_ranges_sharing_a_day() -> None:
    assert parse_period("2025-06-30").overlaps(parse_period("2025-H1"))


def test_overlaps_fails_for_consecutive_halves() -> None:
    assert not parse_period("2025-H1").overlaps(parse_period("2025-H2"))


@given(st.text())
def test_parse_period_raises_only_user_error(text: str) -> None:
    try:
        period = parse_period(text)
    except UserError:
        return
    assert period.start <= period.end


@given(st.from_regex(r"\A\d{4}(-(\d{4}|H\d|Q\d|\d{2}(-\d{2})?))?\Z"))
def test_parse_period_raises_only_user_error_on_near_misses(text: str) -> None:
    try:
        period = parse_period(text)
    except UserError:
        return
    assert period.start <= period.end
