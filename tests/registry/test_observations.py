import pytest
from sqlalchemy.orm import Session

from hoinhap.db.history import list_history
from hoinhap.db.schema import Observation, Place
from hoinhap.errors import Conflict, NotFound, UserError
from hoinhap.registry.observations import (
    accept_observation,
    create_observation,
    find_conflicts,
    list_observations,
    reject_observation,
    values_conflict,
)
from hoinhap.registry.periods import parse_period
from hoinhap.registry.sources import get_or_create_source


def _place(session: Session, key: str = "test-da-nang", name: str = "Test Da Nang") -> Place:
    source = get_or_create_source(session, title="Test gazetteer", url="https://example.org/g")
    place = Place(key=key, kind="city", name=name, country_code="VN", source_id=source.id)
    session.add(place)
    session.flush()
    return place


def _figure(
    session: Session,
    place: Place,
    value: float,
    *,
    url: str = "https://example.org/a",
    period: str | None = "2021-2025",
    unit: str = "count",
    metric: str = "delegations_received",
    status: str = "candidate",
) -> Observation:
    source = get_or_create_source(session, title=f"Article {url}", url=url)
    return create_observation(
        session,
        place_id=place.id,
        metric_key=metric,
        value=value,
        unit=unit,
        source_id=source.id,
        period=period,
        status=status,
    )


def test_the_same_figure_is_stored_once(session: Session) -> None:
    place = _place(session)
    assert _figure(session, place, 3000).id == _figure(session, place, 3000).id


def test_a_count_cannot_be_money(session: Session) -> None:
    with pytest.raises(UserError) as info:
        _figure(session, _place(session), 5, unit="USD")
    assert str(info.value) == "Metric delegations_received takes count, not USD"


def test_an_unknown_status_is_refused(session: Session) -> None:
    with pytest.raises(UserError) as info:
        _figure(session, _place(session), 5, status="maybe")
    assert str(info.value) == "Status 'maybe' is not one of candidate, accepted, rejected"


def test_accepting_records_who_and_when(session: Session) -> None:
    observation = _figure(session, _place(session), 3000)
    accept_observation(session, observation.id)
    assert observation.status == "accepted"
    assert observation.accepted_by == "tester"
    assert observation.accepted_at is not None


def test_accepting_with_a_corrected_value_keeps_the_key(session: Session) -> None:
    observation = _figure(session, _place(session), 300)
    key = observation.key
    accept_observation(session, observation.id, value=3000, approx="over")
    assert (observation.value, observation.approx, observation.key) == (3000.0, "over", key)


def test_accepting_with_a_new_period_sets_its_dates(session: Session) -> None:
    observation = _figure(session, _place(session), 300)
    accept_observation(session, observation.id, period="2024")
    span = parse_period("2024")
    assert (observation.period, observation.period_start, observation.period_end) == (
        "2024",
        span.start,
        span.end,
    )


def test_accepting_a_negative_correction_is_refused(session: Session) -> None:
    observation = _figure(session, _place(session), 300)
    with pytest.raises(UserError) as info:
        accept_observation(session, observation.id, value=-3)
    assert str(info.value) == "A figure cannot be negative (-3)"


def test_accepting_twice_is_a_conflict(session: Session) -> None:
    observation = _figure(session, _place(session), 300)
    accept_observation(session, observation.id)
    with pytest.raises(Conflict) as info:
        accept_observation(session, observation.id)
    assert str(info.value) == f"Observation {observation.id} is already accepted"


def test_accepting_an_unknown_id_is_not_found(session: Session) -> None:
    with pytest.raises(NotFound) as info:
        accept_observation(session, 999_999)
    assert str(info.value) == "No observation with id 999999"


def test_the_correction_is_in_the_history(session: Session) -> None:
    observation = _figure(session, _place(session), 300)
    accept_observation(session, observation.id, value=3000)
    entry = list_history(session, table_name="observation", row_id=str(observation.id))[0]
    assert entry.action == "update"
    assert entry.old_values is not None
    assert entry.new_values is not None
    assert (entry.old_values["value"], entry.new_values["value"]) == (300.0, 3000.0)
    assert entry.new_values["status"] == "accepted"


def test_rejecting_keeps_the_reason(session: Session) -> None:
    observation = _figure(session, _place(session), 300)
    reject_observation(session, observation.id, "a target, not a result")
    assert (observation.status, observation.review_note) == ("rejected", "a target, not a result")


def test_rejecting_an_accepted_figure_clears_its_acceptance(session: Session) -> None:
    observation = _figure(session, _place(session), 300)
    accept_observation(session, observation.id)
    reject_observation(session, observation.id, "duplicate")
    assert (observation.accepted_by, observation.accepted_at) == (None, None)


def test_rejecting_without_a_reason_is_refused(session: Session) -> None:
    observation = _figure(session, _place(session), 300)
    with pytest.raises(UserError) as info:
        reject_observation(session, observation.id, "  ")
    assert str(info.value) == "A rejection needs a reason"


def test_list_filters_by_status(session: Session) -> None:
    place = _place(session)
    kept = _figure(session, place, 1, status="accepted")
    _figure(session, place, 2)
    assert [o.id for o in list_observations(session, place_id=place.id, status="accepted")] == [
        kept.id
    ]


def test_list_filters_by_metric(session: Session) -> None:
    place = _place(session)
    kept = _figure(session, place, 60, metric="partner_localities")
    _figure(session, place, 2)
    assert [o.id for o in list_observations(session, metric="partner_localities")] == [kept.id]


def test_list_refuses_an_unknown_status(session: Session) -> None:
    with pytest.raises(UserError) as info:
        list_observations(session, status="done")
    assert str(info.value) == "Status 'done' is not one of candidate, accepted, rejected"


@pytest.mark.parametrize(("values", "expected"), [((1000, 1005), False), ((1000, 1006), True)])
def test_values_conflict_beyond_half_a_percent(values: tuple[int, int], expected: bool) -> None:
    assert values_conflict(values) is expected


def test_find_conflicts_groups_differing_figures(session: Session) -> None:
    place = _place(session)
    first = _figure(session, place, 3000, url="https://example.org/a")
    second = _figure(session, place, 3100, url="https://example.org/b")
    (conflict,) = find_conflicts(session, [place.id], "delegations_received", None)
    assert (conflict.period, [o.id for o in conflict.observations]) == (
        "2021-2025",
        [first.id, second.id],
    )


def test_find_conflicts_ignores_close_figures(session: Session) -> None:
    place = _place(session)
    _figure(session, place, 3000, url="https://example.org/a")
    _figure(session, place, 3001, url="https://example.org/b")
    assert find_conflicts(session, [place.id], "delegations_received", None) == []


def test_find_conflicts_ignores_other_periods(session: Session) -> None:
    place = _place(session)
    _figure(session, place, 3000, url="https://example.org/a", period="2024")
    _figure(session, place, 100, url="https://example.org/b", period="2023")
    assert find_conflicts(session, [place.id], "delegations_received", None) == []


def test_find_conflicts_ignores_rejected_figures(session: Session) -> None:
    place = _place(session)
    _figure(session, place, 3000, url="https://example.org/a")
    wrong = _figure(session, place, 30, url="https://example.org/b")
    reject_observation(session, wrong.id, "misread")
    assert find_conflicts(session, [place.id], "delegations_received", None) == []


def test_find_conflicts_keeps_to_the_period_asked(session: Session) -> None:
    place = _place(session)
    _figure(session, place, 3000, url="https://example.org/a", period="2024")
    _figure(session, place, 100, url="https://example.org/b", period="2024")
    assert find_conflicts(session, [place.id], "delegations_received", parse_period("2025")) == []
