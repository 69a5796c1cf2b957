"""Create a pair by hand, or edit its goals, focus skills and status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import PairStatus
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services import undo, undo_labels
from mentorat_desktop.services.changes import changes_of
from mentorat_desktop.services.programmes.pairs import (
    TRANSITIONS,
    PairRecord,
    create_pair,
    pair_problem,
    set_pair_status,
    update_pair,
)
from mentorat_desktop.services.programmes.participants import participant_options, skill_options
from mentorat_desktop.ui.dialogs.form_dialog import FormDialog

FORWARD, BACK = "mentor_to_mentee", "mentee_to_mentor"


class PairDialog(FormDialog):
    def __init__(
        self,
        database: Database,
        programme_id: int,
        pair: PairRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.programme_id = programme_id
        self.pair = pair
        self.saved: PairRecord | None = None
        self.setObjectName("pair_dialog")
        self.setWindowTitle(self.tr("Edit the pair") if pair else self.tr("New pair"))
        self.setMinimumWidth(600)
        people = participant_options(database, programme_id)
        skills = skill_options(database)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mentor = QComboBox()
        self.mentee = QComboBox()
        for combo in (self.mentor, self.mentee):
            combo.addItem(self.tr("Choose…"), None)
            for person in people:
                combo.addItem(person.name, person.id)
            combo.setEnabled(pair is None)
        if pair is not None:
            self.mentor.setCurrentIndex(max(0, self.mentor.findData(pair.mentor_id)))
            self.mentee.setCurrentIndex(max(0, self.mentee.findData(pair.mentee_id)))
        self.add_row(
            form, "mentor", self.tr("&Mentor:"), self.mentor,
            self.tr("The one who teaches; only the programme's participants are listed"),
        )  # fmt: skip
        self.add_row(
            form, "mentee", self.tr("Mente&e:"), self.mentee, self.tr("The one who learns")
        )
        self.goals = QPlainTextEdit(pair.goals if pair else "")
        self.goals.setTabChangesFocus(True)
        self.goals.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.add_row(
            form, "goals", self.tr("&Goals:"), self.goals, self.tr("What the pair wants to achieve")
        )
        chosen = set(pair.focus) if pair else set()
        self.taught = self._skill_list(skills, chosen, FORWARD)
        self.add_row(
            form, "focus", self.tr("&Taught by the mentor:"), self.taught,
            self.tr("Tick the skills the mentor teaches in this pair"),
        )  # fmt: skip
        self.taught_back = self._skill_list(skills, chosen, BACK)
        self.add_row(
            form, "focus_back", self.tr("Taught &back:"), self.taught_back,
            self.tr("Tick the skills the mentee teaches back: the pair becomes reciprocal"),
        )  # fmt: skip
        self.reciprocal = QCheckBox(self.tr("The mentee teaches something back"))
        self.reciprocal.setChecked(pair.reciprocal if pair else False)
        self.add_row(
            form, "reciprocal", self.tr("&Reciprocal:"), self.reciprocal,
            self.tr("Set automatically when a skill is taught back"),
        )  # fmt: skip
        self.status = QComboBox()
        labels = {
            PairStatus.PROPOSED: self.tr("Proposed"),
            PairStatus.ACTIVE: self.tr("Active"),
            PairStatus.COMPLETED: self.tr("Completed"),
            PairStatus.STOPPED: self.tr("Stopped"),
        }
        if pair is None:
            for status in (PairStatus.PROPOSED, PairStatus.ACTIVE):
                self.status.addItem(labels[status], status)
        else:
            self.status.addItem(labels[pair.status], pair.status)
            for status in sorted(TRANSITIONS[pair.status]):
                self.status.addItem(labels[status], status)
        self.add_row(
            form, "status", self.tr("&Status:"), self.status,
            self.tr("Proposed, then active; completed at the end, or stopped with a reason"),
        )  # fmt: skip
        self.end_reason = QLineEdit(pair.end_reason if pair else "")
        self.add_row(
            form, "end_reason", self.tr("Reason for stopp&ing:"), self.end_reason,
            self.tr("Needed when the pair stops"),
        )  # fmt: skip
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        if pair is None:
            self.mentor.currentIndexChanged.connect(self._people_changed)
            self.mentee.currentIndexChanged.connect(self._people_changed)

        self.lay_out(form)

    def _skill_list(self, skills, chosen: set, direction: str) -> QListWidget:
        widget = QListWidget()
        widget.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        # The pair's own focus skills first, so they show without scrolling.
        for skill in sorted(skills, key=lambda s: (s.id, direction) not in chosen):
            item = QListWidgetItem(skill.name)
            item.setData(Qt.ItemDataRole.UserRole, skill.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = (skill.id, direction) in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            widget.addItem(item)
        return widget

    def _people_changed(self, *_args: object) -> None:
        """The warning about these two people follows the current choice, never a past one."""
        for field in ("mentor", "mentee"):
            self.errors[field].clear_message()
        mentor, mentee = self.mentor.currentData(), self.mentee.currentData()
        if mentor is None or mentee is None:
            return
        problem = pair_problem(self.database, self.programme_id, mentor, mentee)
        if problem is not None:
            self.errors.get(problem.field, self.errors["mentee"]).show_message(problem.message)

    def _status_changed(self, *_args: object) -> None:
        self.end_reason.setEnabled(
            self.chosen_status() in (PairStatus.STOPPED, PairStatus.COMPLETED)
        )

    def chosen_status(self) -> PairStatus:
        return PairStatus(self.status.currentData())  # Qt gives the data back as plain text

    def focus(self) -> tuple[tuple[int, str], ...]:
        found = []
        for widget, direction in ((self.taught, FORWARD), (self.taught_back, BACK)):
            for row in range(widget.count()):
                item = widget.item(row)
                if item.checkState() == Qt.CheckState.Checked:
                    found.append((item.data(Qt.ItemDataRole.UserRole), direction))
        return tuple(found)

    def tick(self, skill_name: str, back: bool = False) -> None:
        widget = self.taught_back if back else self.taught
        for item in widget.findItems(skill_name, Qt.MatchFlag.MatchExactly):
            item.setCheckState(Qt.CheckState.Checked)

    def _save_edits(self, pair: PairRecord, status: PairStatus) -> PairRecord:
        """The goals, focus and status: one step for Edit › Undo, named by what matters most."""
        changing = status is not pair.status
        label = undo_labels.pair_status if changing else undo_labels.pair_edited
        changes = changes_of(update_pair, set_pair_status)
        with undo.one_step(self.database, lambda: label(self.database, pair.id), changes):
            self.pair = saved = update_pair(
                self.database,
                pair.id,
                pair.version,
                goals=self.goals.toPlainText(),
                focus=self.focus(),
                reciprocal=self.reciprocal.isChecked(),
            )
            if changing:
                saved = set_pair_status(
                    self.database, saved.id, saved.version, status, self.end_reason.text()
                )
        return saved

    def save(self) -> None:
        self.clear_errors()
        status = self.chosen_status()
        try:
            if self.pair is None:
                mentor, mentee = self.mentor.currentData(), self.mentee.currentData()
                if mentor is None or mentee is None:
                    field = "mentor" if mentor is None else "mentee"
                    self.errors[field].show_message(self.tr("Choose a participant."))
                    return
                self.saved = create_pair(
                    self.database,
                    self.programme_id,
                    mentor,
                    mentee,
                    reciprocal=self.reciprocal.isChecked(),
                    goals=self.goals.toPlainText(),
                    focus=self.focus(),
                    active=status is PairStatus.ACTIVE,
                )
            else:
                self.saved = self._save_edits(self.pair, status)
        except ServiceError as exc:
            self.show_error(exc)
            return
        self.accept()
