"""Cancel and progress of a long matcher search: in the matcher, and in the dialog, in French."""

from __future__ import annotations

import dataclasses
import random
import time
from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton

from mentorat_desktop.db.database import Database
from mentorat_desktop.demo import load_demo
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.matching import match
from mentorat_desktop.matching.watch import Cancelled, SearchState, Watch
from mentorat_desktop.services.programmes import match_text
from mentorat_desktop.services.programmes.pair_table import list_pairs
from mentorat_desktop.services.programmes.programmes import list_programmes
from mentorat_desktop.ui.dialogs import match_dialog
from mentorat_desktop.ui.dialogs.match_dialog import MatchDialog
from tests.test_matching import _random_problem


def _hard_problem():  # type: ignore[no-untyped-def]
    """Capacity 1 with couples used both ways: the search has Lagrangian steps to take."""
    problem = _random_problem(random.Random(4101), 60)
    return dataclasses.replace(problem, capacity=1)


def test_cancel_stops_the_search_and_watching_changes_nothing() -> None:
    problem = _hard_problem()
    with pytest.raises(Cancelled):
        match(problem, Watch(cancelled=lambda: True))
    states: list[SearchState] = []
    watched = match(problem, Watch(lambda: False, states.append, seconds=0))
    assert watched == match(problem)
    assert states and all(0 <= s.gap < 1 and s.best_total <= s.bound for s in states)


def test_stopped_with_keep_best_gives_the_best_found_and_its_gap() -> None:
    """Stopped at once or after some steps, the search ends with a pairing that breaks no
    rule and is within its stated gap of the optimum (80 people, each mentor one mentee:
    stopped at once, most of these are below the optimum)."""
    below = 0
    for seed in range(4100, 4106):
        problem = dataclasses.replace(_random_problem(random.Random(seed), 80), capacity=1)
        optimum = match(problem)
        assert optimum.within is None and not optimum.stopped
        for steps in (0, 1, 3, 8, 10_000):
            asked = iter([False] * steps + [True] * 10_000)
            watch = Watch(cancelled=lambda a=asked: next(a), keep_best=True)  # type: ignore[misc]
            stopped = match(problem, watch)
            if not stopped.stopped:  # it ended before the stop: the optimum
                assert stopped.total == optimum.total and stopped.within is None
                continue
            assert stopped.within is not None and 0 <= stopped.within < 1
            assert (1 - stopped.within) * optimum.total <= stopped.total + 1e-6
            assert stopped.total <= optimum.total
            below += stopped.total < optimum.total
            pairs = {(p.mentor_id, p.mentee_id) for p in stopped.proposals}
            assert not any((b, a) in pairs for a, b in pairs)
            mentees = [p.mentee_id for p in stopped.proposals]
            assert len(mentees) == len(set(mentees))
            load = Counter(p.mentor_id for p in stopped.proposals)
            assert max(load.values(), default=0) <= problem.capacity
    assert below >= 5


def test_stopped_when_matching_most_people_says_no_gap_in_score() -> None:
    """With *as many people as possible* the search weighs pairs first: a stopped search
    says it stopped, with no percentage of the score it cannot vouch for."""
    problem = dataclasses.replace(
        _random_problem(random.Random(4104), 80), capacity=1, maximise_pairs=True
    )
    stopped = match(problem, Watch(cancelled=lambda: True, keep_best=True))
    assert stopped.stopped and stopped.within is None
    assert "%" not in match_text.stopped_early(None) and "%" in match_text.stopped_early(0.01)


def test_still_searching_says_branches_and_gap() -> None:
    text = match_text.still_searching(SearchState(1234, 990, 1000))
    assert "1234" in text and "1.00" in text


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    install_translators(QCoreApplication.instance(), "fr")
    yield
    install_translators(QCoreApplication.instance(), "en")


def test_stop_in_the_dialog_shows_the_best_found_so_far(
    qtbot, sqlite_database: Database, french, monkeypatch
) -> None:
    load_demo(sqlite_database, "small", today=date.today())
    draft = next(p.id for p in list_programmes(sqlite_database) if p.status == "draft")

    real = match_dialog.propose

    def endless(database, programme_id, options, watch):  # type: ignore[no-untyped-def]
        while not watch.step(900, 1000):  # a search that would take minutes: only Stop ends it
            watch.nodes += 1
            time.sleep(0.005)
        outcome = real(database, programme_id, options)
        return dataclasses.replace(outcome, stopped=True, within=watch.stopped.gap)

    monkeypatch.setattr(match_dialog, "propose", endless)
    dialog = MatchDialog(sqlite_database, draft)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            dialog.search_op is not None
            and dialog.search_op.dialog is not None
            and dialog.search_op.dialog.isVisible()
        ),
        timeout=10_000,
    )
    progress = dialog.search_op.dialog
    qtbot.waitUntil(lambda: "branches" in progress.labelText(), timeout=10_000)
    assert "Toujours en recherche" in progress.labelText()
    stop = progress.findChild(QPushButton)
    assert "meilleur" in stop.text()
    with qtbot.waitSignal(dialog.finished_run, timeout=10_000):
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    # What was found is shown, with how far from the best it may be; nothing is created.
    summary = dialog.summary.text()
    assert "Recherche arrêtée" in summary and "10,00" in summary, summary
    assert dialog.model.rowCount() > 0
    assert dialog.run_button.isEnabled() and not dialog.error.isVisible()
    assert not list_pairs(sqlite_database, draft)


def test_the_command_line_says_it_is_still_searching(
    sqlite_target: str, monkeypatch, capsys
) -> None:
    from mentorat_desktop.cli import match as match_command
    from mentorat_desktop.cli.main import main
    from mentorat_desktop.db.database import open_database

    database = open_database(sqlite_target)
    load_demo(database, "small", today=date.today())
    draft = next(p.name for p in list_programmes(database) if p.status == "draft")
    database.close()
    monkeypatch.setattr(match_command, "SLOW_SECONDS", 0)
    assert main(["--lang", "en", "--database", sqlite_target, "match", "--programme", draft]) == 0
    out, err = capsys.readouterr()
    assert "Still searching:" in err and "branch" in err
    assert "Still searching" not in out and "pairs proposed" in out
