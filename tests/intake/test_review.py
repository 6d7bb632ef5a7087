import pytest
from sqlalchemy.orm import Session

from hoinhap.db.schema import Observation
from hoinhap.errors import Conflict, UserError
from hoinhap.intake.review import (
    QuoteContext,
    accept_candidate,
    list_candidates,
    next_candidate,
    quote_context,
    reject_candidate,
    skip_candidate,
)
from hoinhap.registry.observations import create_observation
from hoinhap.registry.places import find_place
from hoinhap.registry.sources import get_or_create_source

TEXT = (
    "Da Nang hosted a review conference. In the 2021-2025 period the city signed 120 "
    "international agreements with partners. It also received over 3,000 delegations."
)


def candidate(
    session: Session, place: str = "Da Nang", value: float = 120, text: str = TEXT
) -> Observation:
    source = get_or_create_source(session, title="Review", content=text)
    return create_observation(
        session,
        place_id=find_place(session, place).id,
        metric_key="agreements_signed",
        value=value,
        unit="count",
        source_id=source.id,
        period="2021-2025",
        quote="120 international agreements" if str(int(value)) in text else None,
    )


def test_the_quote_is_shown_in_its_sentence() -> None:
    assert quote_context(TEXT, "120 international agreements") == QuoteContext(
        "In the 2021-2025 period the city signed ",
        "120 international agreements",
        " with partners.",
    )


def test_a_decimal_point_does_not_end_a_sentence() -> None:
    text = "Capital reached 1.07 billion US dollars in 797 projects. Next sentence."
    assert quote_context(text, "797 projects") == QuoteContext(
        "Capital reached 1.07 billion US dollars in ", "797 projects", "."
    )


def test_right_to_left_text_is_kept_as_written() -> None:
    text = "مقدمة. \u200fوقعت المدينة ١٢٠ اتفاقية دولية\u200f. خاتمة"
    assert quote_context(text, "١٢٠ اتفاقية") == QuoteContext(
        "\u200fوقعت المدينة ", "١٢٠ اتفاقية", " دولية\u200f."
    )


def test_context_is_cut_in_a_long_sentence() -> None:
    text = "x" * 1000 + " 42 delegations " + "y" * 1000
    context = quote_context(text, "42 delegations")
    assert context is not None
    assert (len(context.before), len(context.after)) == (300, 300)


def test_a_quote_missing_from_the_text_has_no_context() -> None:
    assert quote_context(TEXT, "not there") is None


def test_candidates_come_oldest_first(session: Session) -> None:
    first, second = candidate(session), candidate(session, value=121)
    assert [o.id for o in list_candidates(session)] == [first.id, second.id]


def test_the_queue_can_be_kept_to_one_place(session: Session) -> None:
    candidate(session)
    hai_phong = candidate(session, place="Hai Phong")
    assert [o.id for o in list_candidates(session, place="Hai Phong")] == [hai_phong.id]


def test_the_next_candidate_comes_with_its_source_and_context(session: Session) -> None:
    observation = candidate(session)
    found = next_candidate(session)
    assert found is not None
    assert (found.observation.id, found.place.name, found.source.title) == (
        observation.id,
        "Da Nang",
        "Review",
    )
    assert found.context is not None and found.context.quote == "120 international agreements"


def test_skipping_moves_past_a_candidate(session: Session) -> None:
    first, second = candidate(session), candidate(session, value=121)
    found = next_candidate(session, after_id=skip_candidate(session, first.id))
    assert found is not None and found.observation.id == second.id


def test_an_empty_queue_has_no_next_candidate(session: Session) -> None:
    assert next_candidate(session) is None


def test_accepting_records_who_and_when(session: Session) -> None:
    accepted = accept_candidate(session, candidate(session).id)
    assert (accepted.status, accepted.accepted_by, accepted.accepted_at is not None) == (
        "accepted",
        "tester",
        True,
    )


def test_accepting_with_edits_corrects_the_figure(session: Session) -> None:
    accepted = accept_candidate(
        session, candidate(session).id, value=125, period="2025", approx="over"
    )
    assert (accepted.value, accepted.period, accepted.approx) == (125.0, "2025", "over")


def test_a_bad_edit_is_refused(session: Session) -> None:
    with pytest.raises(UserError, match=r"^'next year' is not a period"):
        accept_candidate(session, candidate(session).id, period="next year")


def test_accepting_twice_is_a_conflict(session: Session) -> None:
    observation = candidate(session)
    accept_candidate(session, observation.id)
    with pytest.raises(Conflict, match=r"is already accepted$"):
        accept_candidate(session, observation.id)


def test_rejecting_without_a_reason_gives_a_default_one(session: Session) -> None:
    rejected = reject_candidate(session, candidate(session).id)
    assert (rejected.status, rejected.review_note) == ("rejected", "rejected in review")


def test_a_figure_that_disagrees_with_another_is_shown_as_a_conflict(session: Session) -> None:
    first = candidate(session)
    other = candidate(session, value=130, text=TEXT + " Another version.")
    found = next_candidate(session)
    assert found is not None
    assert (found.observation.id, [o.id for o in found.conflicts]) == (first.id, [other.id])
