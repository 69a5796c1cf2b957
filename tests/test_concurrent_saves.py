"""Journals, agendas, preparation notes and settings saved by two coordinators, or eight.

A save made on an older read is refused with "reload", never written over a colleague's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import PairStatus, SessionStatus
from mentorat_desktop.db.models import Pair, Person, Programme, Session
from mentorat_desktop.errors import ConflictError
from mentorat_desktop.services import settings
from mentorat_desktop.services.sessions import agenda, journals, sessions
from mentorat_desktop.services.sessions.agenda import AgendaEntry
from mentorat_desktop.services.sessions.journals import JournalInput

SAVERS = 8


def _held_session(database: Database) -> int:
    with database.transaction() as s:
        mentor = Person(first_name="Léa", last_name="Martin")
        mentee = Person(first_name="Bernard", last_name="Dupont")
        programme = Programme(
            name="Cohorte", start_date=date(2026, 1, 5), end_date=date(2026, 6, 30)
        )
        s.add_all([mentor, mentee, programme])
        s.flush()
        pair = Pair(
            programme_id=programme.id,
            mentor_id=mentor.id,
            mentee_id=mentee.id,
            status=PairStatus.ACTIVE,
        )
        s.add(pair)
        s.flush()
        meeting = Session(
            pair_id=pair.id,
            starts_at=datetime(2026, 2, 2, 13, tzinfo=UTC),
            duration_minutes=60,
            status=SessionStatus.HELD,
        )
        s.add(meeting)
        s.flush()
        return meeting.id


def test_a_journal_opened_earlier_does_not_erase_a_colleagues_save(database) -> None:
    meeting = _held_session(database)
    journals.save_journal(database, meeting, JournalInput(summary="Premier jet"))
    alice = journals.get_journal(database, meeting)
    bob = journals.get_journal(database, meeting)

    journals.save_journal(
        database,
        meeting,
        replace(bob.content, summary="Résumé de Bob", confidential_notes="Notes de Bob"),
        expected_version=bob.journal_version,
    )
    with pytest.raises(ConflictError) as caught:
        journals.save_journal(
            database,
            meeting,
            replace(alice.content, learned="Ce qu'Alice a noté"),
            expected_version=alice.journal_version,
        )

    assert "reload" in caught.value.message
    kept = journals.get_journal(database, meeting)
    assert (kept.content.summary, kept.content.confidential_notes, kept.content.learned) == (
        "Résumé de Bob",
        "Notes de Bob",
        "",
    )
    assert kept.journal_version == bob.journal_version + 1


def test_the_version_moves_when_only_the_skills_or_actions_change(database) -> None:
    meeting = _held_session(database)
    first = journals.save_journal(database, meeting, JournalInput(summary="Fait"))
    second = journals.save_journal(
        database,
        meeting,
        replace(first.content, action_items=(journals.ActionData("Publier un post"),)),
        expected_version=first.journal_version,
    )
    assert second.journal_version == first.journal_version + 1
    with pytest.raises(ConflictError):
        journals.save_journal(
            database, meeting, first.content, expected_version=first.journal_version
        )


def test_the_second_first_journal_is_refused(database) -> None:
    meeting = _held_session(database)
    alice = journals.get_journal(database, meeting)
    bob = journals.get_journal(database, meeting)
    assert alice.journal_version == bob.journal_version == 0

    journals.save_journal(
        database, meeting, JournalInput(summary="Bob"), expected_version=bob.journal_version
    )
    with pytest.raises(ConflictError):
        journals.save_journal(database, meeting, JournalInput(summary="Alice"), expected_version=0)
    assert journals.get_journal(database, meeting).content.summary == "Bob"


def test_an_agenda_opened_earlier_does_not_replace_a_colleagues(database) -> None:
    meeting = _held_session(database)
    alice = agenda.get_agenda(database, meeting)
    bob = agenda.get_agenda(database, meeting)
    session_version = sessions.get_session(database, meeting).version

    saved = agenda.save_agenda(
        database, meeting, [AgendaEntry("Tour de table", 10)], expected_version=bob.agenda_version
    )
    with pytest.raises(ConflictError):
        agenda.save_agenda(
            database, meeting, [AgendaEntry("Autre", 20)], expected_version=alice.agenda_version
        )

    kept = agenda.get_agenda(database, meeting)
    assert [i.topic for i in kept.items] == ["Tour de table"]
    assert kept.agenda_version == saved == bob.agenda_version + 1
    # The session's own time and place are a separate edit: still not stale.
    assert sessions.get_session(database, meeting).version == session_version


def test_preparation_notes_opened_earlier_are_refused(database) -> None:
    meeting = _held_session(database)
    alice = agenda.get_agenda(database, meeting)
    bob = agenda.get_agenda(database, meeting)

    agenda.save_preparation_notes(
        database, meeting, "Apporter le profil", expected_version=bob.preparation_version
    )
    with pytest.raises(ConflictError):
        agenda.save_preparation_notes(
            database, meeting, "Autre chose", expected_version=alice.preparation_version
        )

    kept = agenda.get_agenda(database, meeting)
    assert kept.preparation_notes == "Apporter le profil"
    # Notes and agenda do not make each other stale.
    agenda.save_agenda(
        database, meeting, [AgendaEntry("A", 5)], expected_version=alice.agenda_version
    )


def test_a_settings_save_does_not_revert_the_company_name(database) -> None:
    settings.save_settings(database, settings.OrganisationData(company_name="Atelier"))
    alice = settings.get_settings(database)
    bob = settings.get_settings(database)

    settings.save_settings(database, replace(bob, company_name="Atelier Nord"))
    with pytest.raises(ConflictError):
        settings.save_settings(database, replace(alice, reminder_days=30))

    kept = settings.get_settings(database)
    assert (kept.company_name, kept.reminder_days) == ("Atelier Nord", 21)


def _all_at_once(save: Callable[[int], object]) -> tuple[int, list[Exception]]:
    """Run ``save`` in eight threads released together: (successes, errors)."""
    barrier = threading.Barrier(SAVERS)
    wins: list[int] = []
    errors: list[Exception] = []

    def run(index: int) -> None:
        barrier.wait()
        try:
            save(index)
        except Exception as exc:
            errors.append(exc)
        else:
            wins.append(index)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(SAVERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return len(wins), errors


def _one_wins(outcome: tuple[int, list[Exception]]) -> None:
    wins, errors = outcome
    assert wins == 1, errors
    assert len(errors) == SAVERS - 1
    assert all(isinstance(e, ConflictError) and "reload" in e.message for e in errors), errors


@pytest.mark.parametrize("first", [True, False], ids=["first-journal", "existing-journal"])
def test_eight_journal_saves_at_once_one_wins(database, first: bool) -> None:
    meeting = _held_session(database)
    if not first:
        journals.save_journal(database, meeting, JournalInput(summary="Début"))
    version = journals.get_journal(database, meeting).journal_version

    _one_wins(
        _all_at_once(
            lambda i: journals.save_journal(
                database,
                meeting,
                JournalInput(summary=f"Coordinateur {i}"),
                expected_version=version,
            )
        )
    )
    assert journals.get_journal(database, meeting).journal_version == version + 1


def test_eight_agenda_notes_and_settings_saves_at_once_one_wins(database) -> None:
    meeting = _held_session(database)
    read = agenda.get_agenda(database, meeting)
    _one_wins(
        _all_at_once(
            lambda i: agenda.save_agenda(
                database,
                meeting,
                [AgendaEntry(f"Sujet {i}", 10), AgendaEntry("Suite", 5)],
                expected_version=read.agenda_version,
            )
        )
    )
    assert len(agenda.get_agenda(database, meeting).items) == 2
    _one_wins(
        _all_at_once(
            lambda i: agenda.save_preparation_notes(
                database, meeting, f"Note {i}", expected_version=read.preparation_version
            )
        )
    )
    current = settings.get_settings(database)  # no row yet: eight create it at once
    _one_wins(
        _all_at_once(
            lambda i: settings.save_settings(
                database, replace(current, company_name=f"Société {i}")
            )
        )
    )
    current = settings.get_settings(database)
    _one_wins(
        _all_at_once(
            lambda i: settings.save_settings(database, replace(current, reminder_days=i + 1))
        )
    )


def test_ticking_an_action_done_makes_an_open_journal_stale(database) -> None:
    meeting = _held_session(database)
    opened = journals.save_journal(
        database, meeting, JournalInput(action_items=(journals.ActionData("Lire"),))
    )
    (action,) = opened.content.action_items
    assert action.id is not None
    journals.set_action_done(database, action.id, True)
    with pytest.raises(ConflictError):
        journals.save_journal(
            database, meeting, opened.content, expected_version=opened.journal_version
        )
    assert journals.get_journal(database, meeting).content.action_items[0].done
