"""The dashboard as the office manager uses it: figures of the demo data, to-do links that
open the right row, a to-do list that follows changes made elsewhere, assessments, exports."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from mentorat_desktop.db.enums import AssessmentKind
from mentorat_desktop.db.models import SkillAssessment
from mentorat_desktop.demo import load_demo
from mentorat_desktop.services.dashboard import dashboard_todo as todo
from mentorat_desktop.services.dashboard.dashboard import figure_lines, load_dashboard
from mentorat_desktop.ui.dialogs.journal_dialog import JournalDialog
from mentorat_desktop.ui.main_window import MainWindow
from tests.conftest import type_text


@pytest.fixture
def window(qtbot, sqlite_database):  # type: ignore[no-untyped-def]
    load_demo(sqlite_database, "small", seed=3)
    main = MainWindow(sqlite_database)
    qtbot.addWidget(main)
    main.show()
    main.show_view("dashboard")
    qtbot.waitExposed(main)
    return main


def click_line(qtbot, dashboard, entry: todo.TodoItem) -> None:  # type: ignore[no-untyped-def]
    todo_list = dashboard.todo_list
    row = dashboard.todo_list.entries().index(entry)
    item = todo_list.item(row)
    todo_list.scrollToItem(item)
    rect = todo_list.visualItemRect(item)
    qtbot.mouseClick(todo_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_dashboard_shows_the_demo_figures(window, sqlite_database) -> None:  # type: ignore[no-untyped-def]
    dashboard = window.views["dashboard"]
    assert dashboard.programme_combo.currentText()  # all running programmes
    expected = load_dashboard(sqlite_database, None)
    for line in figure_lines(expected.figures):
        tile = dashboard.tiles[line.key]
        assert tile.value.text() == line.value and tile.isVisible()
        assert line.detail in tile.toolTip()
    assert expected.figures.active_pairs > 0 and expected.figures.sessions_held > 0
    assert dashboard.sessions_chart.has_data
    assert dashboard.sessions_chart.table.rowCount() == len(expected.months)
    assert dashboard.todo_list.entries() == list(expected.todo)
    assert not dashboard.empty_state.isVisible()
    dashboard.sessions_chart.toggle.click()  # the text alternative
    assert dashboard.sessions_chart.pages.currentWidget() is dashboard.sessions_chart.table


def test_todo_lines_open_the_right_row(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dashboard = window.views["dashboard"]
    entries = dashboard.todo_list.entries()
    journal = next(e for e in entries if e.kind == todo.JOURNAL)
    click_line(qtbot, dashboard, journal)
    assert window.current_view_key() == "sessions"
    assert window.views["sessions"].selected_id() == journal.item_id

    window.show_view("dashboard")
    pair = next(e for e in entries if e.view == "pairs" and e.item_id is not None)
    dashboard.todo_list.setCurrentRow(entries.index(pair))
    qtbot.keyClick(dashboard.todo_list, Qt.Key.Key_Return)  # from the keyboard too
    assert window.current_view_key() == "pairs"
    assert window.views["pairs"].selected_pair_id() == pair.item_id


def test_journal_written_elsewhere_leaves_the_todo_list(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dashboard = window.views["dashboard"]
    journal = next(e for e in dashboard.todo_list.entries() if e.kind == todo.JOURNAL)
    click_line(qtbot, dashboard, journal)
    sessions = window.views["sessions"]

    def write(dialog: JournalDialog) -> int:
        dialog.status.setCurrentIndex(dialog.status.findData("held"))
        type_text(dialog.summary, "Première prise en main")
        dialog.done(1)
        return 1

    monkeypatch.setattr(JournalDialog, "exec", write)
    qtbot.mouseClick(sessions.journal_button, Qt.MouseButton.LeftButton)
    window.show_view("dashboard")
    qtbot.waitUntil(
        lambda: journal.item_id not in {e.item_id for e in dashboard.todo_list.entries()}
    )


def test_programme_choice_and_end_assessment_dialog(
    qtbot, window, sqlite_database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.assessment_dialog import AssessmentDialog

    dashboard = window.views["dashboard"]
    running = next(p for p in dashboard.programmes if p.status == "running")
    dashboard.set_programme(running.id)
    assert dashboard.data.programme_ids == (running.id,)

    opened: list[AssessmentDialog] = []

    def record(dialog: AssessmentDialog) -> int:
        opened.append(dialog)
        assert dialog.kind.currentData() == "end"
        first = dialog.combos[0][1]
        first.setCurrentIndex(4)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(AssessmentDialog, "exec", record)
    # the line a programme ending within 30 days shows (the demo's ends later)
    dashboard.open_item(todo.TodoItem(todo.END_ASSESSMENTS, "", "assessment", running.id))
    (dialog,) = opened
    assert dialog.saved == len(dialog.combos) > 0
    with sqlite_database.reading() as session:
        ends = session.scalar(
            select(func.count()).where(
                SkillAssessment.programme_id == running.id,
                SkillAssessment.kind == AssessmentKind.END,
            )
        )
    assert ends == len(dialog.combos)
    qtbot.waitUntil(lambda: dashboard.progress_chart.has_data)  # start and end: progress


def test_exports(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dashboard = window.views["dashboard"]
    xlsx = dashboard.export("xlsx", tmp_path / "bord.xlsx")
    book = load_workbook(xlsx)
    figures = book.worksheets[0]
    labels = [row[0] for row in figures.iter_rows(values_only=True)]
    assert any(line.label in labels for line in figure_lines(dashboard.data.figures))
    assert len(book.sheetnames) == 5
    path = dashboard.export("csv", tmp_path / "bord.csv")
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] and dashboard.data.todo[0].text in [r[0] for r in rows if r]
    images = dashboard.export_charts(tmp_path)
    assert [p.name for p in images] == [
        "sessions-per-month.png",
        "ratings.png",
        "skill-progress.png",
    ]
    assert all(p.stat().st_size > 1000 for p in images)


def test_empty_database_offers_the_demo(qtbot, sqlite_database) -> None:  # type: ignore[no-untyped-def]
    main = MainWindow(sqlite_database)
    qtbot.addWidget(main)
    main.show()
    main.show_view("dashboard")
    dashboard = main.views["dashboard"]
    assert dashboard.empty_state.isVisible() and dashboard.demo_button.isVisible()
    assert not dashboard.sessions_chart.has_data
    assert dashboard.sessions_chart.empty.text()
    qtbot.mouseClick(dashboard.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dashboard.empty_state.isVisible(), timeout=20_000)
    assert dashboard.todo_list.entries()


def test_the_sessions_chart_tip_counts_in_plural_forms(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """'mars : 1 séance tenue', never '1 Tenues'."""
    from datetime import date

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QToolTip

    from mentorat_desktop.documents.report_data import MonthCount
    from mentorat_desktop.i18n import install_translators
    from mentorat_desktop.ui.widgets import dashboard_charts

    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_args: shown.append(text))
    install_translators(QCoreApplication.instance(), "fr")
    try:
        chart = dashboard_charts.SessionsChart()
        qtbot.addWidget(chart)
        chart.set_months([MonthCount(date(2026, 3, 1), 1, 2, 0)])
        held, cancelled, _missed = chart.chart.series()[0].barSets()
        held.hovered.emit(True, 0)
        cancelled.hovered.emit(True, 0)
    finally:
        install_translators(QCoreApplication.instance(), "en")
    assert [text.split("\u00a0: ")[1] for text in shown] == ["1 séance tenue", "2 séances annulées"]
