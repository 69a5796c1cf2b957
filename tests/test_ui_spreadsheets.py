"""The office manager's journey with spreadsheets, in French, from an empty database:
import a payroll workbook (total rows, a bad line), export the staff, read it back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from mentorat_desktop.db.database import Database
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.dashboard.overview import get_overview
from mentorat_desktop.services.staff.staff_directory import list_staff
from mentorat_desktop.services.staff.staff_import import Action
from mentorat_desktop.ui.dialogs.import_dialog import ImportDialog
from mentorat_desktop.ui.views.catalogue import view_specs
from mentorat_desktop.ui.views.staff_view import StaffView
from tests.spreadsheet_helpers import import_file, other_database, people_snapshot


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    install_translators(QCoreApplication.instance(), "fr")
    yield
    install_translators(QCoreApplication.instance(), "en")


def _payroll(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Paie"
    sheet.append(["Nom", "Prénom", "Courriel", "Service", "Poste", "Peut enseigner"])
    sheet.append(["Durand", "=Alice", "alice@example.fr", "Compta", "@Cheffe", "Canva (expert)"])
    sheet.append(["Petit", "Bruno", "pas-un-courriel", "Compta", "", ""])
    sheet.append(["Roux", 'Chloé "Coco"', "", "Atelier", "-Opératrice", "Excel (avancé)"])
    sheet.append([None, None, None, None, "=SOMME(A2:A4)", None])
    sheet.append(["TOTAL", None, None, None, 3, None])
    for cell in ("B2", "E2", "E4"):
        sheet[cell].data_type = "s"  # typed as text in the payroll program, not formulas
    notes = book.create_sheet("Notes")
    notes["A1"] = "Export de la paie, décembre"
    book.save(path)
    return path


def test_payroll_import_then_export_reads_back(
    qtbot, french, sqlite_database: Database, tmp_path: Path, sqlite_template: Path
) -> None:
    dialog = ImportDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_done, timeout=20_000):
        dialog.open_file(_payroll(tmp_path / "paie.xlsx"))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)

    # Two sheets: the first is previewed at once, the choice stays offered.
    assert dialog.sheet_combo.isVisible() and dialog.sheet_combo.currentText() == "Paie"
    assert dialog.preview_model.rowCount() == 5
    notes = [dialog.preview_model.index(r, 5).data() for r in range(5)]
    assert "Ligne de total (la formule =SOMME(A2:A4))\u00a0: pas une personne." in notes
    assert any(n.startswith("Ligne de total («\u00a0TOTAL\u00a0»)") for n in notes)
    assert "pas-un-courriel" in notes[1]
    assert "cochez" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()

    # Ticking "Import the other rows" changes the advice at once.
    qtbot.mouseClick(dialog.skip_invalid, Qt.MouseButton.LeftButton)
    assert "cochez" not in dialog.summary_label.text()
    assert "laissées de côté" in dialog.summary_label.text()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.import_done, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary is not None and dialog.summary.written
    assert dialog.summary.count(Action.CREATE) == 2 and dialog.summary.count(Action.SKIP) == 2
    assert {r.full_name for r in list_staff(sqlite_database)} == {
        'Chloé "Coco" Roux',
        "=Alice Durand",
    }

    # Export from the staff view, as the user would, then read it back into an empty base.
    spec = next(s for s in view_specs() if s.key == "staff")
    view = StaffView(spec, sqlite_database)
    qtbot.addWidget(view)
    view.show_overview(get_overview(sqlite_database))
    out = tmp_path / "personnel.xlsx"
    job = view.export_to(out)
    with qtbot.waitSignal(job.signals.finished, timeout=20_000):
        pass
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Personnel", "Matrice des compétences"]
    cells = [c for row in book["Personnel"].iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert [c.value for c in cells[:3]] == ["Nom", "Prénom", "Courriel"]
    empty = other_database(tmp_path, sqlite_template)
    try:
        assert import_file(empty, out, "Personnel").written
        assert people_snapshot(empty) == people_snapshot(sqlite_database)
    finally:
        empty.close()
