"""The checks before the window opens, in order: one instance per database file, an intact
file (else the latest good backup is offered), open and migrate, the daily backup, and a
one-time warning for a database on a network share. A server database skips all but opening.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.engine import is_network_path, sqlite_path, to_url
from mentorat_desktop.db.sqlite_files import file_problem
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.safety.backup import DAILY, backup_due, create_backup
from mentorat_desktop.services.safety.instance_lock import COMMAND, InstanceLock
from mentorat_desktop.ui.widgets.moments import moment_text

translate = QCoreApplication.translate

COMMAND_WAIT_S = 30.0
NETWORK_WARNED_KEY = "startup/network_warned_{digest}"


def _title() -> str:
    return translate("Startup", "Mentorat")


def acquire_lock(db_file: Path) -> InstanceLock | None:
    """The lock, or None when another Mentorat has this database and the user keeps it so."""
    with contextlib.suppress(OSError):  # the very first start: the folder is made here
        db_file.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(db_file)
    holder = lock.acquire()
    if holder is not None and holder.purpose == COMMAND:  # an import or a demo: not for long
        holder = lock.acquire(wait=COMMAND_WAIT_S)
    if holder is None:  # ours, or a folder that refuses the lock file: opening says why
        return lock
    if holder.this_computer and holder.purpose == COMMAND:
        QMessageBox.information(
            None,
            _title(),
            translate(
                "Startup",
                "A Mentorat command is still writing to this database. Wait until it has "
                "finished, then start Mentorat again.",
            ),
        )
        return None
    if holder.this_computer:
        QMessageBox.information(
            None,
            _title(),
            translate(
                "Startup",
                "Mentorat is already open on this database on this computer (process {pid}). "
                "Switch to its window instead of opening it twice.",
            ).format(pid=holder.pid),
        )
        return None
    answer = QMessageBox.warning(
        None,
        _title(),
        translate(
            "Startup",
            "Mentorat seems to be open on this database on the computer “{computer}”. Opening "
            "it on two computers at once can damage the data.\n\nOpen it here anyway only if "
            "Mentorat is closed there (for instance after that computer crashed).",
        ).format(computer=holder.hostname),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Open and lock.force():
        return lock
    return None


def check_file(db_file: Path, problem_of: Callable[[Path], str | None] = file_problem) -> bool:
    """True when the file is intact (or was replaced by a backup the user chose)."""
    if not db_file.exists() or (problem := problem_of(db_file)) is None:
        return True
    from mentorat_desktop.services.safety.recovery import recovery_plan
    from mentorat_desktop.ui.dialogs.recovery_dialog import RecoveryDialog

    dialog = RecoveryDialog(recovery_plan(db_file), problem)
    accepted = dialog.exec()
    outcome = dialog.outcome
    dialog.deleteLater()
    if not accepted or outcome is None:
        return False
    QMessageBox.information(
        None,
        _title(),
        translate(
            "Startup",
            "The backup of {date} is restored. The damaged file was kept as “{path}”.",
        ).format(date=moment_text(outcome.summary.taken_at), path=outcome.damaged_copy),
    )
    return True


def back_up_if_due(database: Database, now: datetime | None = None) -> None:
    """The daily copy, at start; a failure is not worth stopping for (the dashboard warns)."""
    db_file = database.sqlite_file
    if db_file is not None and backup_due(db_file, now):
        with contextlib.suppress(ServiceError):
            create_backup(db_file, kind=DAILY, now=now)


def warn_network_share(database: Database) -> None:
    """Once per database file: SQLite over SMB is fragile; a shared server is the answer."""
    db_file = database.sqlite_file
    if db_file is None or not is_network_path(db_file):
        return
    digest = hashlib.sha256(str(db_file).encode("utf-8")).hexdigest()[:16]
    settings = QSettings()
    key = NETWORK_WARNED_KEY.format(digest=digest)
    if settings.value(key, False, type=bool):
        return
    QMessageBox.warning(
        None,
        _title(),
        translate(
            "Startup",
            "The database “{path}” is on a network share. SQLite files on a share can be "
            "damaged when the network drops or two computers write at once. Mentorat works "
            "more safely there, but for several coordinators use a shared server instead: "
            "File › Shared server….",
        ).format(path=db_file),
    )
    settings.setValue(key, True)


def start(
    target: str,
    opener: Callable[[str], Database | None],
    problem_of: Callable[[Path], str | None] = file_problem,
) -> tuple[Database, InstanceLock | None] | None:
    """Run every check and open the database; None when the app should not go on.
    ``problem_of`` checks the file (the app's start may have checked it already)."""
    try:
        db_file = sqlite_path(to_url(target))
    except Exception:  # the opener reports a malformed target
        db_file = None
    lock = None
    if db_file is not None:
        lock = acquire_lock(db_file)
        if lock is None:
            return None
        if not check_file(db_file, problem_of):
            lock.release()
            return None
    database = opener(target)
    if database is None:
        if lock is not None:
            lock.release()
        return None
    back_up_if_due(database)
    warn_network_share(database)
    return database, lock
