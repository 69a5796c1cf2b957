"""The backup, restore and personal-data dialogs on demo data, for `mentorat screenshots`."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from mentorat_desktop.db.database import Database
from mentorat_desktop.services.safety.backup import create_backup
from mentorat_desktop.services.safety.privacy import list_privacy_people


def data_safety_dialogs(database: Database, window: QWidget) -> list[tuple[QDialog, str]]:
    from mentorat_desktop.ui.dialogs.backup_dialog import BackupDialog
    from mentorat_desktop.ui.dialogs.personal_data_dialog import (
        AnonymiseConfirmDialog,
        PersonalDataDialog,
    )
    from mentorat_desktop.ui.dialogs.restore_dialog import RestoreDialog

    db_file = database.sqlite_file
    if db_file is None:
        return []
    create_backup(db_file)
    person = list_privacy_people(database)[0]
    return [
        (BackupDialog(db_file, window), "backup-dialog"),
        (RestoreDialog(db_file, window), "restore-dialog"),
        (PersonalDataDialog(database, window, person_id=person.id), "personal-data-dialog"),
        (AnonymiseConfirmDialog(person.full_name, window), "anonymise-dialog"),
    ]
