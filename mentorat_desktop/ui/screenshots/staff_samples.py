"""The staff and skills screens in their busy states, for `mentorat screenshots`."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from mentorat_desktop.db.database import Database
from mentorat_desktop.ui.dialogs.import_dialog import ImportDialog
from mentorat_desktop.ui.dialogs.person_dialog import PersonDialog

SAMPLE = (
    "Nom;Prénom;Courriel;Service;Poste;Date d'entrée;Peut enseigner;Veut apprendre\r\n"
    "N'Diaye;Éloïse;eloise.ndiaye@exemple.fr;Marketing;Chargée web;01/09/2022;Canva;Négociation\r\n"
    "Martin;Paul;paul.martin@exemple.fr;Direction;Directeur;2001-02-03;;Canva\r\n"
    "Lefèvre;Noé;pas-un-courriel;Atelier;Technicien;31/02/2020;;\r\n"
)


def staff_screenshots(
    window, database: Database, out: Path, theme: str, grab: Callable[[QWidget, Path], Path]
) -> list[Path]:
    saved = []
    window.show_view("staff")
    staff = window.views["staff"]
    staff.table.selectRow(2)
    QApplication.processEvents()
    saved.append(grab(window, out / f"staff-person-{theme}.png"))
    window.show_view("skills")
    skills = window.views["skills"]
    skills.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    skills.matrix_table.setCurrentIndex(skills.matrix_model.index(1, 1))
    saved.append(grab(window, out / f"skills-matrix-{theme}.png"))
    skills.tabs.setCurrentIndex(0)
    person = PersonDialog(database, None, window)
    person.show()
    QApplication.processEvents()
    saved.append(grab(person, out / f"person-dialog-{theme}.png"))
    person.close()
    with tempfile.TemporaryDirectory(prefix="mentorat-import-") as folder:
        path = Path(folder) / "personnel.csv"
        path.write_bytes(SAMPLE.encode("cp1252"))
        dialog = ImportDialog(database, window)
        dialog.show()
        loop = QEventLoop()
        dialog.preview_done.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        dialog.open_file(path)
        loop.exec()
        QApplication.processEvents()
        saved.append(grab(dialog, out / f"import-dialog-{theme}.png"))
        dialog.close()
    return saved
