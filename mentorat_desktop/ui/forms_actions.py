"""Opening the participants' forms dialogs, the same way from the menu and from the views."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from mentorat_desktop.services.changes import Changes

if TYPE_CHECKING:
    from mentorat_desktop.db.database import Database
    from mentorat_desktop.services.forms import FormKind


def open_forms_export(
    database: Database,
    parent: QWidget,
    *,
    kind: FormKind | None = None,
    programme_id: int | None = None,
    session_id: int | None = None,
) -> None:
    from mentorat_desktop.services.forms import FormKind
    from mentorat_desktop.ui.dialogs.forms_export_dialog import FormsExportDialog

    dialog = FormsExportDialog(
        database,
        parent,
        kind=kind or FormKind.SKILLS,
        programme_id=programme_id,
        session_id=session_id,
    )
    dialog.exec()
    dialog.deleteLater()


def open_returned_forms(
    database: Database, parent: QWidget, changed: Callable[[Changes], None]
) -> None:
    """The import dialog; ``changed`` gets the notice of each import applied in it."""
    from mentorat_desktop.ui.dialogs.returned_forms_dialog import ReturnedFormsDialog

    dialog = ReturnedFormsDialog(database, parent)
    dialog.changed.connect(changed)
    dialog.exec()
    dialog.deleteLater()
