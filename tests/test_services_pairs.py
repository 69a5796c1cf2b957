"""Pairs, participants, closing and the matcher service, on both backends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from mentorat_desktop.db.enums import PairStatus, SessionStatus
from mentorat_desktop.db.models import Session, SkillAssessment
from mentorat_desktop.errors import ConflictError, ValidationError
from mentorat_desktop.services.programmes import pairs, programmes
from mentorat_desktop.services.programmes.matching import MatchOptions, apply_proposals, propose
from mentorat_desktop.services.programmes.pair_table import (
    LATE,
    ON_TRACK,
    STALLED,
    PairHealth,
    health_of,
    list_pairs,
)
from mentorat_desktop.services.programmes.participants import set_participants
from mentorat_desktop.services.programmes.programmes import ProgrammeInput
from mentorat_desktop.services.staff import people, skills
from mentorat_desktop.services.staff.people import PersonInput


def _setup(database, capacity: int = 2):  # type: ignore[no-untyped-def]
    category = skills.create_category(database, "Numérique")
    ai = skills.create_skill(database, category.id, "Assistants IA")
    linkedin = skills.create_skill(database, category.id, "LinkedIn")
    talk = skills.create_skill(database, category.id, "Négociation client")
    lea = people.create_person(database, PersonInput("Léa", "Martin", birth_year=2003))
    bernard = people.create_person(database, PersonInput("Bernard", "Dupont", birth_year=1967))
    chloe = people.create_person(database, PersonInput("Chloé", "Petit", birth_year=1970))
    for person, skill, level, teach in (
        (lea, ai, 4, True),
        (lea, linkedin, 4, True),
        (bernard, talk, 4, True),
        (bernard, ai, 0, False),
        (bernard, linkedin, 1, False),
        (chloe, ai, 1, False),
        (lea, talk, 0, False),
    ):
        skills.set_person_skill(
            database, person.id, skill.id, level=level, can_teach=teach, wants_to_learn=not teach
        )
    programme = programmes.create_programme(
        database,
        ProgrammeInput(
            "Cohorte 2027", date(2027, 1, 4), date(2027, 6, 30), mentor_capacity=capacity
        ),
    )
    set_participants(database, programme.id, {lea.id, bernard.id, chloe.id})
    return programme, lea, bernard, chloe, (ai, linkedin, talk)


def test_rules_participants_capacity_and_one_mentor_per_mentee(database) -> None:
    programme, lea, bernard, chloe, _ = _setup(database, capacity=1)
    outsider = people.create_person(database, PersonInput("Hors", "Programme"))
    with pytest.raises(ValidationError) as caught:
        pairs.create_pair(database, programme.id, lea.id, outsider.id)
    assert caught.value.field == "mentee" and "Hors Programme" in caught.value.message
    pairs.create_pair(database, programme.id, lea.id, bernard.id)
    with pytest.raises(ValidationError) as caught:
        pairs.create_pair(database, programme.id, lea.id, chloe.id)
    assert caught.value.field == "mentor"  # capacity 1 reached
    with pytest.raises(ValidationError) as caught:
        pairs.create_pair(database, programme.id, chloe.id, bernard.id)
    assert caught.value.field == "mentee"  # Bernard already has a mentor
    with pytest.raises(ValidationError):
        pairs.create_pair(database, programme.id, bernard.id, lea.id)  # same two, reversed


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_capacity_message_counts_in_plural_forms(qapp, sqlite_database, language) -> None:
    from PySide6.QtCore import QCoreApplication

    from mentorat_desktop.i18n import install_translators

    programme, lea, bernard, chloe, _ = _setup(sqlite_database, capacity=1)
    pairs.create_pair(sqlite_database, programme.id, lea.id, bernard.id)
    install_translators(QCoreApplication.instance(), language)
    try:
        with pytest.raises(ValidationError) as caught:
            pairs.create_pair(sqlite_database, programme.id, lea.id, chloe.id)
    finally:
        install_translators(QCoreApplication.instance(), "en")
    expected = {"fr": "accompagne déjà 1 personne,", "en": "already mentors 1 person,"}
    assert expected[language] in caught.value.message, caught.value.message


def test_a_pair_of_the_previous_programme_is_refused_by_hand_too(database) -> None:
    programme, lea, bernard, chloe, _ = _setup(database)
    before = programmes.create_programme(
        database, ProgrammeInput("Cohorte 2026", date(2026, 1, 5), date(2026, 6, 30))
    )
    set_participants(database, before.id, {lea.id, bernard.id})
    pairs.create_pair(database, before.id, lea.id, bernard.id)
    for mentor, mentee in ((lea, bernard), (bernard, lea)):  # either way
        with pytest.raises(ValidationError) as caught:
            pairs.create_pair(database, programme.id, mentor.id, mentee.id)
        assert caught.value.field == "mentee"
        assert "previous programme" in caught.value.message
        assert "Léa Martin" in caught.value.message
    problem = pairs.pair_problem(database, programme.id, lea.id, bernard.id)
    assert problem is not None and "previous programme" in problem.message
    assert pairs.pair_problem(database, programme.id, lea.id, chloe.id) is None
    pairs.create_pair(database, programme.id, lea.id, chloe.id)
    outcome = propose(database, programme.id, MatchOptions(maximise_pairs=True))
    assert not any({p.mentor_id, p.mentee_id} == {lea.id, bernard.id} for p in outcome.proposals)


def test_status_changes_and_stale_edit(database) -> None:
    programme, lea, bernard, _, (ai, _, talk) = _setup(database)
    pair = pairs.create_pair(
        database, programme.id, lea.id, bernard.id, focus=((ai.id, "mentor_to_mentee"),)
    )
    updated = pairs.update_pair(
        database,
        pair.id,
        pair.version,
        goals="Autonome sur l'IA",
        focus=((ai.id, "mentor_to_mentee"), (talk.id, "mentee_to_mentor")),
        reciprocal=False,
    )
    assert updated.reciprocal and updated.version > pair.version
    with pytest.raises(ConflictError):
        pairs.update_pair(database, pair.id, pair.version, goals="", focus=(), reciprocal=False)
    with pytest.raises(ValidationError):
        pairs.set_pair_status(database, pair.id, updated.version, "completed")  # not active yet
    active = pairs.set_pair_status(database, pair.id, updated.version, "active")
    assert active.started_on is not None
    with pytest.raises(ValidationError) as caught:
        pairs.set_pair_status(database, pair.id, active.version, "stopped")
    assert caught.value.field == "end_reason"
    stopped = pairs.set_pair_status(database, pair.id, active.version, "stopped", "Déménagement")
    assert stopped.status == "stopped" and stopped.end_reason == "Déménagement"


def test_close_refuses_active_pairs_then_records_end_levels(database) -> None:
    programme, lea, bernard, _, (ai, _, _) = _setup(database)
    pair = pairs.create_pair(
        database, programme.id, lea.id, bernard.id, focus=((ai.id, "mentor_to_mentee"),),
        active=True,
    )  # fmt: skip
    running = programmes.start_programme(database, programme.id, programme.version)
    with pytest.raises(ValidationError) as caught:
        programmes.close_programme(database, programme.id, running.version, [])
    assert "Léa Martin → Bernard Dupont" in caught.value.message
    pairs.set_pair_status(database, pair.id, None, "completed")
    (item,) = programmes.closing_assessments(database, programme.id)
    assert (item.person_id, item.skill_id, item.level) == (bernard.id, ai.id, 0)
    closed = programmes.close_programme(
        database, programme.id, running.version, [(bernard.id, ai.id, 3)]
    )
    assert closed.status == "closed"
    with database.reading() as session:
        (assessment,) = session.query(SkillAssessment).all()
        assert (assessment.kind.value, assessment.level) == ("end", 3)


def test_pair_table_counts_sessions_and_health(database) -> None:
    programme, lea, bernard, _, _ = _setup(database)
    pair = pairs.create_pair(database, programme.id, lea.id, bernard.id, active=True)
    now = datetime.now(UTC)
    with database.transaction() as session:
        for days, status in ((-30, SessionStatus.HELD), (-16, SessionStatus.HELD),
                             (-2, SessionStatus.MISSED), (5, SessionStatus.PLANNED),
                             (19, SessionStatus.PLANNED)):  # fmt: skip
            session.add(
                Session(
                    pair_id=pair.id,
                    starts_at=now + timedelta(days=days),
                    duration_minutes=60,
                    status=status,
                )
            )
    (row,) = list_pairs(database, programme.id)
    assert (row.held, row.planned) == (2, 2)
    assert row.last_held == (now - timedelta(days=16)).date()
    assert row.next_planned is not None and row.next_planned.date() == (now + timedelta(5)).date()
    assert row.health == ON_TRACK and row.days_since == 16
    today = date(2027, 3, 1)
    active, completed = PairStatus.ACTIVE, PairStatus.COMPLETED
    assert health_of(active, today - timedelta(22), None, 2, today)[0] is LATE
    assert health_of(active, today - timedelta(43), None, 2, today)[0] is STALLED
    assert health_of(completed, None, None, 2, today)[0] is PairHealth.NOT_ACTIVE


def test_matcher_service_explains_and_applies(database) -> None:
    programme, lea, bernard, chloe, (_, _, talk) = _setup(database)
    outcome = propose(database, programme.id, MatchOptions())
    by_mentee = {p.mentee_id: p for p in outcome.proposals}
    best = by_mentee[bernard.id]
    assert best.mentor_id == lea.id and best.reciprocal
    assert "Assistants IA" in best.explanation and "LinkedIn" in best.explanation
    assert "Négociation client" in best.explanation  # what Bernard teaches back
    assert "expert" in best.explanation
    created = apply_proposals(database, programme.id, list(outcome.proposals))
    assert {(p.mentor_id, p.mentee_id) for p in created} == set(
        (p.mentor_id, p.mentee_id) for p in outcome.proposals
    )
    bernard_pair = next(p for p in created if p.mentee_id == bernard.id)
    assert (talk.id, "mentee_to_mentor") in bernard_pair.focus
    again = propose(database, programme.id, MatchOptions())
    assert not again.proposals  # everything possible is already paired
    assert chloe.id in {p.mentee_id for p in created}


def test_matcher_forbids_and_locks(database) -> None:
    programme, lea, bernard, chloe, _ = _setup(database)
    outcome = propose(
        database, programme.id, MatchOptions(forbidden=frozenset({(lea.id, bernard.id)}))
    )
    assert all({p.mentor_id, p.mentee_id} != {lea.id, bernard.id} for p in outcome.proposals)
    with pytest.raises(ValidationError) as caught:
        propose(database, programme.id, MatchOptions(locked=frozenset({(chloe.id, chloe.id)})))
    assert caught.value.field == "locked"
