import pytest

from hoinhap.errors import UserError
from hoinhap.intake.langs import SUPPORTED, get_lexicon


def test_twenty_languages_are_supported() -> None:
    assert len(SUPPORTED) == 20


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_language_has_scales_currencies_and_periods(code: str) -> None:
    lex = get_lexicon(code)
    assert lex.scales and lex.currency_after and lex.halves and lex.quarters and lex.past_years


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_language_names_usd_and_vnd(code: str) -> None:
    units = set(get_lexicon(code).currency_after.values())
    assert {"USD", "VND"} <= units


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_language_has_month_names(code: str) -> None:
    assert set(get_lexicon(code).months.values()) >= set(range(1, 13))


def test_separators_come_from_babel() -> None:
    assert get_lexicon("fa").decimal_symbols[0] == "٫"


def test_decimal_comma_languages_are_marked() -> None:
    assert [c for c in ("de", "id", "vi", "en", "zh") if get_lexicon(c).decimal_comma] == [
        "de",
        "id",
        "vi",
    ]


def test_persian_spelling_variants_are_added() -> None:
    assert "ميليارد" in get_lexicon("fa").scales


def test_metric_cues_default_to_empty_mappings() -> None:
    assert isinstance(get_lexicon("lo").metric_cues, dict)


def test_unknown_language_is_a_user_error() -> None:
    with pytest.raises(UserError, match="Unsupported language 'xx'"):
        get_lexicon("xx")
