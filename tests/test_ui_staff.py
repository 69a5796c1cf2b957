"""The staff and skills views, driven as a user would: type, sort, select, edit, import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from mentorat_desktop.db.database import Database
from mentorat_desktop.services.staff import people, skills
from mentorat_desktop.services.staff.people import PersonInput
from mentorat_desktop.services.staff.skill_matrix import skill_catalogue, skill_matrix
from mentorat_desktop.services.staff.staff_directory import list_staff, person_detail
from mentorat_desktop.ui.dialogs.import_dialog import ImportDialog
from mentorat_desktop.ui.dialogs.person_dialog import PersonDialog
from mentorat_desktop.ui.models import ID_ROLE
from mentorat_desktop.ui.models.import_preview_model import ImportPreviewModel
from mentorat_desktop.ui.models.person_skills_model import COL_LEVEL, PersonSkillsModel
from mentorat_desktop.ui.models.skill_catalogue_model import SkillCatalogueModel
from mentorat_desktop.ui.models.skill_matrix_model import SkillMatrixModel
from mentorat_desktop.ui.models.staff_table_model import COL_DEPARTMENT, StaffTableModel
from mentorat_desktop.ui.views.catalogue import view_specs
from mentorat_desktop.ui.views.skills_view import SkillsView
from mentorat_desktop.ui.views.staff_view import StaffView
from tests.conftest import type_text


def _people(database: Database) -> dict[str, int]:
    marketing = people.create_department(database, "Marketing")
    finance = people.create_department(database, "Finance")
    category = skills.create_category(database, "Numérique")
    canva = skills.create_skill(database, category.id, "Canva")
    ids = {}
    for first, last, department, email in (
        ("Éloïse", "N'Diaye", marketing.id, "eloise@example.fr"),
        ("Paul", "Martin", finance.id, "paul@example.fr"),
        ("Zoé", "Arnaud", marketing.id, None),
    ):
        ids[first] = people.create_person(
            database, PersonInput(first, last, email, "Chargée", department, None, 1990)
        ).id
    skills.set_person_skill(database, ids["Éloïse"], canva.id, level=4, can_teach=True)
    skills.set_person_skill(database, ids["Paul"], canva.id, level=0, wants_to_learn=True)
    ids["canva"] = canva.id
    return ids


def _view(qtbot, cls, key: str, database: Database):  # type: ignore[no-untyped-def]
    spec = next(s for s in view_specs() if s.key == key)
    view = cls(spec, database)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.reload()
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def _names(view: StaffView) -> list[str]:
    return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]


def test_models_pass_the_model_tester(qapp, qtmodeltester, sqlite_database: Database) -> None:
    ids = _people(sqlite_database)
    staff = StaffTableModel()
    staff.set_rows(list_staff(sqlite_database))
    qtmodeltester.check(staff, force_py=True)
    mine = PersonSkillsModel()
    mine.set_rows(list(person_detail(sqlite_database, ids["Éloïse"]).skills))
    qtmodeltester.check(mine, force_py=True)
    matrix = SkillMatrixModel()
    matrix.set_rows(skill_matrix(sqlite_database))
    qtmodeltester.check(matrix, force_py=True)
    catalogue = SkillCatalogueModel()
    catalogue.set_rows(skill_catalogue(sqlite_database))
    qtmodeltester.check(catalogue, force_py=True)
    qtmodeltester.check(ImportPreviewModel(), force_py=True)


def test_search_sort_select(qtbot, sqlite_database: Database) -> None:
    ids = _people(sqlite_database)
    view = _view(qtbot, StaffView, "staff", sqlite_database)
    assert _names(view) == ["Zoé Arnaud", "Paul Martin", "Éloïse N'Diaye"]

    type_text(view.search, "eloise")
    assert _names(view) == ["Éloïse N'Diaye"]
    view.search.clear()
    type_text(view.search, "ndiaye")
    assert _names(view) == ["Éloïse N'Diaye"]
    view.search.clear()
    type_text(view.search, "canva")
    assert _names(view) == ["Paul Martin", "Éloïse N'Diaye"]
    view.search.clear()

    view.teach_filter.setCurrentIndex(view.teach_filter.findData(ids["canva"]))
    assert _names(view) == ["Éloïse N'Diaye"]
    view.teach_filter.setCurrentIndex(0)
    view.department_filter.setCurrentIndex(view.department_filter.findText("Finance"))
    assert _names(view) == ["Paul Martin"]
    view.department_filter.setCurrentIndex(0)

    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_DEPARTMENT) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    departments = [view.proxy.index(r, COL_DEPARTMENT).data() for r in range(3)]
    assert departments in (sorted(departments), sorted(departments, reverse=True))
    assert view.table.horizontalHeader().sortIndicatorSection() == COL_DEPARTMENT

    view.table.setFocus()
    view.table.selectRow(0)
    person_id = view.current_person_id()
    assert view.detail.title.text() == next(
        r.full_name for r in list_staff(sqlite_database) if r.id == person_id
    )


def test_column_widths_are_remembered(qtbot, sqlite_database: Database) -> None:
    _people(sqlite_database)
    view = _view(qtbot, StaffView, "staff", sqlite_database)
    view.table.horizontalHeader().resizeSection(COL_DEPARTMENT, 321)
    assert QSettings().value("staff/header")
    again = _view(qtbot, StaffView, "staff", sqlite_database)
    assert again.table.horizontalHeader().sectionSize(COL_DEPARTMENT) == 321


def test_add_person_and_errors_at_the_field(qtbot, sqlite_database: Database) -> None:
    _people(sqlite_database)
    view = _view(qtbot, StaffView, "staff", sqlite_database)
    seen: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonDialog)
        type_text(dialog.first_name, "Noé")
        type_text(dialog.last_name, "Lefèvre")
        type_text(dialog.email, "PAUL@example.fr")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.errors["email"].text())
        dialog.birth_year.setValue(2020)
        dialog.email.clear()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.errors["birth_year"].text())
        dialog.birth_year.setValue(1995)
        dialog.hire_date.setDate(date.today().replace(year=date.today().year + 1))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.errors["hire_date"].text())
        dialog.hire_date.setDate(date(2021, 4, 1))
        dialog.department.setCurrentText("Logistique")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert "already has this email" in seen[0]
    assert "birth year" in seen[1]
    assert "future" in seen[2]
    row = next(r for r in list_staff(sqlite_database) if r.last_name == "Lefèvre")
    assert (row.department_name, row.birth_year, row.hire_date) == (
        "Logistique",
        1995,
        date(2021, 4, 1),
    )
    assert "Noé Lefèvre" in _names(view)
    assert view.current_person_id() == row.id


def test_own_manager_and_empty_name(qtbot, sqlite_database: Database) -> None:
    ids = _people(sqlite_database)
    dialog = PersonDialog(sqlite_database, people.get_person(sqlite_database, ids["Paul"]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.manager.setCurrentIndex(dialog.manager.findData(ids["Paul"]))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["manager_id"].isVisible()
    assert "own manager" in dialog.errors["manager_id"].text()
    dialog.manager.setCurrentIndex(0)
    dialog.first_name.clear()
    dialog.last_name.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["last_name"].isVisible()
    assert people.get_person(sqlite_database, ids["Paul"]).last_name == "Martin"


def test_archive_and_unarchive(qtbot, sqlite_database: Database, monkeypatch) -> None:
    ids = _people(sqlite_database)
    view = _view(qtbot, StaffView, "staff", sqlite_database)
    view.select_person(ids["Paul"])
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(view.detail.archive_button, Qt.MouseButton.LeftButton)

    assert "no ongoing pair" in asked[0]
    assert people.get_person(sqlite_database, ids["Paul"]).archived
    assert "Paul Martin" not in _names(view)
    view.status_filter.setCurrentIndex(view.status_filter.findData(1 + 1))  # ARCHIVED_YES
    assert _names(view) == ["Paul Martin"]
    view.select_person(ids["Paul"])
    qtbot.mouseClick(view.detail.archive_button, Qt.MouseButton.LeftButton)
    assert not people.get_person(sqlite_database, ids["Paul"]).archived


def test_skill_level_edited_in_detail_pane(qtbot, sqlite_database: Database) -> None:
    ids = _people(sqlite_database)
    view = _view(qtbot, StaffView, "staff", sqlite_database)
    view.select_person(ids["Paul"])
    table = view.detail.skills_table
    table.setFocus()
    table.setCurrentIndex(view.detail.skills_model.index(0, COL_LEVEL))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QComboBox)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: person_detail(sqlite_database, ids["Paul"]).skills[0].level == 2)
    qtbot.waitUntil(lambda: view.detail.skills_model.rows[0].level == 2)
    assert "Paul Martin" in _names(view)


def test_empty_state_offers_add_and_import(qtbot, sqlite_database: Database) -> None:
    view = _view(qtbot, StaffView, "staff", sqlite_database)
    assert view.empty_state.isVisible()
    assert view.empty_add_button.isVisible() and view.empty_import_button.isVisible()


def test_matrix_cell_edited_with_the_keyboard(qtbot, sqlite_database: Database) -> None:
    ids = _people(sqlite_database)
    view = _view(qtbot, SkillsView, "skills", sqlite_database)
    view.tabs.setCurrentIndex(1)
    model = view.matrix_model
    row = next(r for r, p in enumerate(model.people) if p.id == ids["Zoé"])
    index = model.index(row, 0)
    assert "Zoé Arnaud — Canva: level 0" in index.data(Qt.ItemDataRole.ToolTipRole)
    view.matrix_table.setFocus()
    view.matrix_table.setCurrentIndex(index)
    qtbot.keyClicks(view.matrix_table, "3")
    qtbot.keyClicks(view.matrix_table, "t")
    assert skill_matrix(sqlite_database).cells[(ids["Zoé"], ids["canva"])] == (3, True, False)
    assert index.data() == "3 T"
    view.matrix_department.setCurrentIndex(view.matrix_department.findText("Finance"))
    assert [p.name for p in model.people] == ["Paul Martin"]


def test_catalogue_shows_unmet_demand_and_adds_a_skill(qtbot, sqlite_database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _people(sqlite_database)
    view = _view(qtbot, SkillsView, "skills", sqlite_database)
    view.tabs.setCurrentIndex(0)
    category = view.catalogue_proxy.index(0, 0)
    assert category.data().startswith("Numérique")
    view.tree.setCurrentIndex(category)
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Excel", True))
    qtbot.mouseClick(view.new_skill_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in skill_catalogue(sqlite_database)[0].skills] == ["Canva", "Excel"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("canva", True))
    view.tree.setCurrentIndex(category)
    qtbot.mouseClick(view.new_skill_button, Qt.MouseButton.LeftButton)
    assert view.catalogue_error.isVisible() and "already has" in view.catalogue_error.text()


def test_import_dialog_previews_then_imports(
    qtbot, sqlite_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "équipe.csv"
    path.write_bytes(
        "Nom;Prénom;Courriel;Service\nN'Diaye;Éloïse;eloise@example.fr;Marketing\n"
        "Martin;Paul;pas-un-courriel;Finance\n".encode("cp1252")
    )
    dialog = ImportDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_done, timeout=10_000):
        dialog.open_file(path)
    assert "Windows-1252" in dialog.file_info.text()
    assert dialog.preview_model.rowCount() == 2
    assert "pas-un-courriel" in dialog.preview_model.index(1, 5).data()
    assert not dialog.import_button.isEnabled()

    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.import_done, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary is not None and dialog.summary.written
    assert [r.full_name for r in list_staff(sqlite_database)] == ["Éloïse N'Diaye"]
    assert "1 created" in dialog.summary_label.text()


def test_import_dialog_bad_file(qtbot, sqlite_database: Database, tmp_path: Path) -> None:
    path = tmp_path / "vide.csv"
    path.write_bytes(b"")
    dialog = ImportDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_done, timeout=10_000):
        dialog.open_file(path)
    assert dialog.file_error.isVisible() and "empty" in dialog.file_error.text()
    assert not dialog.import_button.isEnabled()


def test_selection_survives_a_refresh(qtbot, sqlite_database: Database) -> None:
    ids = _people(sqlite_database)
    view = _view(qtbot, StaffView, "staff", sqlite_database)
    view.select_person(ids["Zoé"])
    view.reload()
    assert view.table.currentIndex().data(ID_ROLE) == ids["Zoé"]


def test_enter_on_the_archive_question_does_not_archive(qtbot, sqlite_database: Database) -> None:
    """The confirmation's default button is No: Enter pressed by habit keeps the person."""
    ids = _people(sqlite_database)
    view = _view(qtbot, StaffView, "staff", sqlite_database)
    view.select_person(ids["Paul"])
    seen: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    qtbot.mouseClick(view.detail.archive_button, Qt.MouseButton.LeftButton)

    assert len(seen) == 1
    assert not people.get_person(sqlite_database, ids["Paul"]).archived
