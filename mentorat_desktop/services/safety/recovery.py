"""What to offer when the database is damaged: every backup with what it holds, the newest
that holds data proposed, and an honest word on what each would lose."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import format_short_date, translate
from mentorat_desktop.services.safety.autobackup import last_recorded_change
from mentorat_desktop.services.safety.backup import list_backups
from mentorat_desktop.services.safety.restore import BackupSummary, inspect_backup


@dataclass(frozen=True)
class BackupChoice:
    """One backup as the recovery dialog lists it: its summary, or why it cannot be used."""

    path: Path
    taken_at: datetime
    encrypted: bool
    summary: BackupSummary | None
    problem: str  # "" when the backup passed every check (or only needs its password)

    @property
    def usable(self) -> bool:
        return not self.problem

    @property
    def holds_data(self) -> bool:
        return self.summary is not None and self.summary.holds_data


@dataclass(frozen=True)
class RecoveryPlan:
    db_file: Path
    choices: tuple[BackupChoice, ...]  # newest first
    proposed: BackupChoice | None
    last_change: datetime | None  # the last change seen, recorded beside the backups


def inspect_choice(path: Path, password: str | None = None) -> BackupChoice:
    from mentorat_desktop.services.safety.backup import describe_file
    from mentorat_desktop.services.safety.restore import PasswordNeededError

    try:
        described = describe_file(path)
        taken_at, encrypted = described.taken_at, described.encrypted
    except OSError:
        taken_at, encrypted = datetime.now().replace(microsecond=0), False
    try:
        summary = inspect_backup(path, password)
    except PasswordNeededError:
        return BackupChoice(path, taken_at, True, None, "")
    except ServiceError as exc:
        return BackupChoice(path, taken_at, encrypted, None, exc.message)
    return BackupChoice(path, summary.taken_at, encrypted, summary, "")


def recovery_plan(db_file: Path) -> RecoveryPlan:
    choices = tuple(inspect_choice(b.path) for b in list_backups(db_file))
    proposed = next((c for c in choices if c.usable and c.holds_data), None)
    if proposed is None:
        proposed = next((c for c in choices if c.usable and c.summary is not None), None)
    return RecoveryPlan(db_file, choices, proposed, last_recorded_change(db_file))


def holdings(summary: BackupSummary) -> str:
    """What a backup holds, "12 people, 4 pairs, 30 sessions, 18 journals", plurals right."""
    people, pairs = summary.people, summary.pairs  # lupdate reads a count given by name
    sessions, journals = summary.sessions, summary.journals
    parts = (
        translate("Recovery", "%n people", None, people),
        translate("Recovery", "%n pairs", None, pairs),
        translate("Recovery", "%n sessions", None, sessions),
        translate("Recovery", "%n journals", None, journals),
    )
    return ", ".join(parts)


def choice_warnings(choice: BackupChoice, last_change: datetime | None) -> list[str]:
    """What restoring this backup would cost, in plain words; empty when nothing is lost."""
    found = []
    if choice.summary is not None and not choice.summary.holds_data:
        found.append(
            translate(
                "Recovery",
                "This backup is empty: it holds no people, pairs, sessions or journals.",
            )
        )
    if last_change is not None and choice.taken_at < last_change.replace(microsecond=0):
        found.append(
            translate(
                "Recovery",
                "This backup is older than the last recorded change ({date}): the work done "
                "after it is not in it.",
            ).format(date=f"{format_short_date(last_change.date())} {last_change:%H:%M}")
        )
    return found
