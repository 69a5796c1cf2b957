"""The window's backup, restore, export and personal-data actions, its status and notices.

Kept out of main_window.py: the window creates one ``DataSafety`` and asks it for its menu
actions, its status-bar label and its notice area.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.dashboard.notices import BACKUP_OVERDUE, dashboard_notices
from mentorat_desktop.services.safety.autobackup import ChangeWatch, Fingerprint
from mentorat_desktop.services.safety.backup import BackupFile, create_backup, last_backup
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.widgets.moments import moment_text
from mentorat_desktop.ui.widgets.notice_area import NoticeArea

if TYPE_CHECKING:  # the archive (and its AES zip library) is imported on its first use
    from mentorat_desktop.services.safety.archive import ArchiveReport

# How often the files are looked at for changes; a backup follows at most every
# AUTO_INTERVAL (10 minutes) of changes, so the most work a damaged file costs is that + this.
CHANGE_CHECK_MS = 30 * 1000
CLOSE_WAIT_MS = 60 * 1000


class DataSafety(QObject):
    data_replaced = Signal()  # after a restore or an anonymisation: the window reloads

    def __init__(self, database: Database, window: QMainWindow) -> None:
        super().__init__(window)
        self.database = database
        self.window = window
        self.db_file = database.sqlite_file
        self._backup_worker: ops.Op[BackupFile] | None = None
        self.backup_problem = ""
        local = self.db_file is not None
        self.watch = ChangeWatch(self.db_file) if self.db_file is not None else None

        self.backup_action = QAction(icon("download"), self.tr("&Back up now"), self)
        self.backup_action.setToolTip(self.tr("Copy the database into its backups folder"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.backup_to_action = QAction(self.tr("Back up to a &folder…"), self)
        self.backup_to_action.setToolTip(self.tr("A copy on a USB key, optionally encrypted"))
        self.backup_to_action.triggered.connect(self.back_up_to_folder)
        self.restore_action = QAction(icon("upload"), self.tr("&Restore from a backup…"), self)
        self.restore_action.triggered.connect(self.restore)
        for action in (self.backup_action, self.backup_to_action, self.restore_action):
            action.setEnabled(local)
        self.export_action = QAction(icon("archive"), self.tr("&Export everything…"), self)
        self.export_action.setToolTip(
            self.tr("One ZIP file with every table as CSV, to archive or move the data")
        )
        self.export_action.triggered.connect(self.export_everything)
        self.personal_data_action = QAction(icon("users"), self.tr("&Personal data…"), self)
        self.personal_data_action.setToolTip(
            self.tr("Export a person's data, or anonymise someone who left")
        )
        self.personal_data_action.triggered.connect(lambda: self.open_personal_data())

        self.status_label = QLabel()
        self.status_label.setObjectName("backup_status")
        self.notices = NoticeArea(window)
        self.notices.action_requested.connect(self._notice_action)
        self.showing_dashboard = True

        if local:
            self.timer = QTimer(self)
            self.timer.setInterval(CHANGE_CHECK_MS)
            self.timer.timeout.connect(self.back_up_if_due)
            self.timer.start()

    def add_actions(self, menu: QMenu, before: QAction) -> None:
        """The actions in ``menu`` above ``before`` (the window's menus are built before the
        database is open)."""
        for action in (self.backup_action, self.backup_to_action, self.restore_action):
            menu.insertAction(before, action)
        menu.insertAction(before, self.export_action)
        menu.insertSeparator(before)
        menu.insertAction(before, self.personal_data_action)

    # --- state -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.db_file is None:
            self.status_label.clear()
        else:
            last = last_backup(self.db_file)
            if self.backup_problem:
                self.status_label.setText(
                    self.tr("Backup failed: {reason}").format(reason=self.backup_problem)
                )
            elif last is None:
                self.status_label.setText(self.tr("No backup yet"))
            else:
                when = moment_text(last.taken_at, short=True)
                self.status_label.setText(self.tr("Last backup: {when}").format(when=when))
        self.notices.set_notices(dashboard_notices(self.database))
        self._show_notices()

    def view_changed(self, key: str) -> None:
        self.showing_dashboard = key == "dashboard"
        self._show_notices()

    def _show_notices(self) -> None:
        self.notices.setVisible(self.showing_dashboard and self.notices.has_notices())

    def _notice_action(self, kind: str) -> None:
        if kind == BACKUP_OVERDUE:
            self.back_up_now()
        else:
            due = next((n.person_ids for n in dashboard_notices(self.database) if n.person_ids), ())
            self.open_personal_data(due[0] if due else None)

    # --- actions ---------------------------------------------------------------------------
    def back_up_if_due(self) -> None:
        """After 10 minutes of changes, a backup on a worker thread: the window never waits."""
        watch = self.watch
        if watch is None or self._backup_worker is not None:
            return
        watch.note()
        if not watch.due():
            return
        self._backup_worker = ops.Op(
            self.window,
            lambda _progress: watch.back_up(),
            success=self._backed_up,
            failure=self._backup_failed,
            title=self.tr("Backup"),
            busy_cursor=False,  # the user goes on working meanwhile
        ).run()

    def _backed_up(self, _backup: BackupFile) -> None:
        self._backup_worker = None
        self.backup_problem = ""
        self.refresh()

    def _backup_failed(self, exc: Exception) -> None:
        self._backup_worker = None
        self.backup_problem = ops.error_text(exc)
        self.refresh()

    def count_changes_since(self, opened: Fingerprint) -> None:
        if self.watch is not None:
            self.watch.seen = opened

    def back_up_at_close(self) -> BackupFile | None:
        """When the app closes after changes; the window is already gone. Raises BackupError."""
        if self.watch is None:
            return None
        self.timer.stop()
        QThreadPool.globalInstance().waitForDone(CLOSE_WAIT_MS)  # a backup under way
        if not self.watch.changed():
            return None
        return self.watch.back_up()

    def back_up_now(self) -> None:
        if self.db_file is None:
            return
        try:
            backup = create_backup(self.db_file)
        except ServiceError as exc:
            QMessageBox.warning(self.window, self.tr("Backup"), exc.message)
            return
        if self.watch is not None:
            self.watch = ChangeWatch(self.db_file)
        self.backup_problem = ""
        self.refresh()
        self.window.statusBar().showMessage(
            self.tr("Backed up to {path}").format(path=backup.path), 8000
        )

    def back_up_to_folder(self) -> None:
        from mentorat_desktop.ui.dialogs.backup_dialog import BackupDialog

        if self.db_file is not None:
            BackupDialog(self.db_file, self.window).exec()

    def restore(self) -> None:
        from mentorat_desktop.ui.dialogs.restore_dialog import RestoreDialog

        if self.db_file is None:
            return
        dialog = RestoreDialog(self.db_file, self.window, before_replace=self.database.close)
        if dialog.exec() and dialog.outcome is not None:
            self.database.close()  # the pool reconnects to the restored file
            self.data_replaced.emit()
            self.refresh()
            QMessageBox.information(
                self.window,
                self.tr("Restored"),
                self.tr("The backup is restored. The previous data was kept in {path}.").format(
                    path=dialog.outcome.safety_copy or "—"
                ),
            )

    def export_everything(self) -> None:
        from mentorat_desktop.services.safety.archive import export_archive
        from mentorat_desktop.ui.dialogs.archive_dialog import ArchiveDialog

        options = ArchiveDialog(self.window)
        if not options.exec():
            return
        password = options.notes_password
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export everything"),
            f"mentorat-{datetime.now():%Y-%m-%d}.zip",
            self.tr("ZIP archive (*.zip)"),
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".zip") else Path(path + ".zip")
        database = self.database
        self.export_action.setEnabled(False)
        ops.Op(
            self.window,
            lambda progress: export_archive(database, target, progress, notes_password=password),
            success=self._exported,
            done=lambda: self.export_action.setEnabled(True),
            title=self.tr("Export everything"),
        ).run()

    def _exported(self, report: ArchiveReport) -> None:
        rows = report.rows
        self.window.statusBar().showMessage(
            self.tr("%n rows exported to {path}", "", rows).format(path=report.path),
            10000,
        )

    def open_personal_data(self, person_id: int | None = None) -> None:
        from mentorat_desktop.ui.dialogs.personal_data_dialog import PersonalDataDialog

        dialog = PersonalDataDialog(self.database, self.window, person_id=person_id)
        dialog.exec()
        if dialog.changed:
            self.data_replaced.emit()
            self.refresh()
