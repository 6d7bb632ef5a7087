"""Khmer phrasings of the Vietnamese press in Khmer (VNA Khmer, VOV World) and of
Cambodian papers."""

import datetime as dt

from hoinhap.intake.extract import extract_document
from hoinhap.intake.gazetteer import load_gazetteer
from hoinhap.intake.quantities import find_quantities


def facts(text: str) -> list[tuple[str, str, float, str, str | None]]:
    found = extract_document(text, doc="t", lang="km", published=dt.date(2025, 1, 15)).facts
    return [(f.subject, f.metric, f.value, f.unit, f.period) for f in found]


def values(text: str) -> list[float]:
    return [q.value for q in find_quantities(text, "km")]


def test_a_dot_before_three_digits_groups_thousands() -> None:
    assert values("ភ្ញៀវបរទេសប្រមាណ ១២០.០០០ នាក់") == [120000]


def test_a_comma_before_one_digit_is_decimal() -> None:
    assert values("ជាង ៥,២ លាននាក់") == [5.2e6]


def test_a_dot_before_one_digit_is_decimal_as_cambodian_papers_write() -> None:
    assert values("៥៣.៥ លានដុល្លារអាមេរិក") == [53.5e6]


def test_delegations_counted_with_gana_are_delegations() -> None:
    text = "ក្នុងឆ្នាំ២០២៤ ខេត្តអានយ៉ាងបានទទួលគណៈប្រតិភូបរទេសចំនួន ៣៥ គណៈ។"
    assert facts(text) == [("An Giang", "delegations_received", 35, "count", "2024")]


def test_the_year_compared_with_is_not_the_figures_period() -> None:
    text = (
        "ក្នុងឆ្នាំ២០២៤ ខេត្តអានយ៉ាងទទួលភ្ញៀវទេសចរសរុបជាង ៩,៣ លាននាក់ "
        "កើនឡើង ៥,៤% បើប្រៀបធៀបទៅនឹងឆ្នាំ២០២៣ ក្នុងនោះភ្ញៀវទេសចរអន្តរជាតិប្រមាណ ១៣០.០០០ នាក់។"
    )
    assert facts(text) == [
        ("An Giang", "visitors_total", 9.3e6, "count", "2024"),
        ("An Giang", "visitors_international", 130000, "count", "2024"),
    ]


def test_tra_vinh_by_its_khmer_name() -> None:
    found = load_gazetteer().find("ខេត្តព្រះត្រពាំង", "km")
    assert [m.entry.name for m in found] == ["Tra Vinh"]


def test_more_and_more_is_not_but() -> None:
    # កាន់តែ ("more and more") holds តែ ("but"), which would end the reach of the target
    text = "ខេត្តអានយ៉ាងមានគោលដៅទាក់ទាញភ្ញៀវទេសចរកាន់តែច្រើន ដល់ ១០ លាននាក់ ក្នុងឆ្នាំ២០២៥។"
    assert facts(text) == []


def test_higher_than_a_year_is_a_comparison() -> None:
    text = (
        "ក្នុងឆ្នាំ២០២៤ តំបន់ទាំងនេះទាក់ទាញទុនវិនិយោគកាន់តែខ្ពស់ជាងឆ្នាំ២០២៣។ "
        "ទីក្រុងហូជីមិញទាក់ទាញ FDI ជាង ៣,៣៩ ពាន់លានដុល្លារអាមេរិក។"
    )
    assert facts(text) == [("Ho Chi Minh City", "fdi_capital", 3.39e9, "USD", "2024")]


def test_spaces_group_thousands_as_cambodian_papers_write() -> None:
    assert values("ទេសចរសរុបប្រមាណ ៣ ៥៣៥ ៣២៥ នាក់") == [3535325]
