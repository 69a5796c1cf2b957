"""The journal editor: saved a moment after each edit and on close, so nothing is lost."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import ActionOwner, PairingFit, SessionStatus
from mentorat_desktop.errors import ConflictError, ServiceError
from mentorat_desktop.i18n import fill, format_long_date
from mentorat_desktop.services.sessions.journals import (
    ActionData,
    JournalInput,
    get_journal,
    save_journal,
)
from mentorat_desktop.services.sessions.sessions import database_zone, set_status
from mentorat_desktop.ui.dialogs.journal_fields import (
    add_row,
    fit_choice,
    rating_choice,
    show_saved,
    text_box,
    with_hint,
)
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.widgets.action_row import ActionRow
from mentorat_desktop.ui.widgets.conflict_bar import ConflictBar
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.words import literal

SAVE_DELAY_MS = 700


class JournalDialog(QDialog):
    def __init__(self, database: Database, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.session_id = session_id
        self.setObjectName("journal_dialog")
        self.setWindowTitle(self.tr("Session journal"))
        self.setMinimumSize(860, 640)
        self.journal = get_journal(database, session_id)
        self.version = self.journal.version
        self.journal_version = self.journal.journal_version
        self.dirty = False
        self.filling = False  # True while reload() puts saved values back in the fields
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        title = self._build_title()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_status(form)
        self._build_texts(form)
        self._build_skills(form)
        self._build_ratings(form)
        self._build_fit()
        self._build_actions()
        extra = self._build_extra()
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(title)
        column.addLayout(form)
        column.addWidget(self.fit_box)
        column.addWidget(self.actions_box)
        column.addLayout(extra)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)

        bottom = self._build_bottom()
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.error)
        outer.addWidget(self.conflict)
        outer.addLayout(bottom)
        for widget in (self.summary, self.learned, self.quote, self.confidential):
            widget.textChanged.connect(self.changed)
        for combo in (self.mentor_rating, self.mentee_rating, self.mentor_fit, self.mentee_fit):
            combo.currentIndexChanged.connect(self.changed)

    # --- building ----------------------------------------------------------------------------
    def _build_title(self) -> QLabel:
        """Who meets, and when, in the organisation's timezone."""
        mentor, mentee = self.journal.mentor_name, self.journal.mentee_name
        local = self.journal.starts_at.astimezone(database_zone(self.database))
        day = format_long_date(local.date())
        clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        title = QLabel(
            self.tr("{mentor} and {mentee}, {day} at {time}").format(
                mentor=mentor, mentee=mentee, day=day, time=clock
            )
        )
        font = title.font()
        font.setBold(True)
        title.setFont(font)

        return title

    def _build_status(self, form: QFormLayout) -> None:
        """Whether the session took place, and why not."""
        self.status = QComboBox()
        self.status.addItem(icon("circle-check"), self.tr("Held"), SessionStatus.HELD)
        self.status.addItem(icon("circle-x"), self.tr("Cancelled"), SessionStatus.CANCELLED)
        self.status.addItem(icon("circle-alert"), self.tr("Missed"), SessionStatus.MISSED)
        if self.journal.status is SessionStatus.PLANNED:
            self.status.insertItem(
                0, icon("calendar-clock"), self.tr("Not recorded yet"), SessionStatus.PLANNED
            )
        self.status.setCurrentIndex(self.status.findData(self.journal.status))
        self.status.currentIndexChanged.connect(self.status_changed)
        self.cancel_reason = QLineEdit(self.journal.cancel_reason)
        self.cancel_reason.setPlaceholderText(self.tr("Why it was cancelled"))
        self.cancel_reason.editingFinished.connect(self.status_changed)
        status_box = QWidget()
        status_row = QHBoxLayout(status_box)
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.cancel_reason, 2)
        add_row(
            form,
            self.tr("&The session:"),
            status_box,
            self.status,
            self.tr("Whether the session took place"),
        )
        self.cancel_reason.setAccessibleName(self.tr("Cancellation reason"))
        self.cancel_reason.setVisible(self.journal.status is SessionStatus.CANCELLED)

    def _build_texts(self, form: QFormLayout) -> None:
        content = self.journal.content
        hint = self.tr("Write only what you would show the person.")
        self.summary = text_box(content.summary)
        add_row(
            form,
            self.tr("&Summary:"),
            with_hint(self.summary, hint),
            self.summary,
            self.tr("What the pair did"),
        )
        self.learned = text_box(content.learned)
        add_row(
            form,
            self.tr("What was &learned:"),
            with_hint(self.learned, hint),
            self.learned,
            self.tr("What each side learned"),
        )

    def _build_skills(self, form: QFormLayout) -> None:
        """The skills worked: the pair's focus skills first, each with a tick box."""
        content = self.journal.content
        self.skills = QListWidget()
        self.skills.setObjectName("journal_skills")
        self.skills.setMaximumHeight(150)
        chosen = set(content.skill_ids)
        for skill in self.journal.skills:
            text = (
                self.tr("{skill} (focus skill)").format(skill=skill.name)
                if skill.focus
                else skill.name
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, skill.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if skill.id in chosen else Qt.CheckState.Unchecked
            )
            self.skills.addItem(item)
        self.skills.itemChanged.connect(self.changed)
        add_row(
            form,
            self.tr("S&kills worked:"),
            self.skills,
            self.skills,
            self.tr("The pair's focus skills come first; tick any other"),
        )

    def _build_ratings(self, form: QFormLayout) -> None:
        mentor, mentee = self.journal.mentor_name, self.journal.mentee_name
        content = self.journal.content
        self.mentor_rating = rating_choice(content.mentor_rating)
        self.mentee_rating = rating_choice(content.mentee_rating)
        add_row(
            form,
            fill(self.tr("Rating by {name}:"), name=literal(mentor)),
            self.mentor_rating,
            self.mentor_rating,
            self.tr("How the mentor rates the session, 1 to 5"),
        )
        add_row(
            form,
            fill(self.tr("Rating by {name}:"), name=literal(mentee)),
            self.mentee_rating,
            self.mentee_rating,
            self.tr("How the mentee rates the session, 1 to 5"),
        )

    def _build_fit(self) -> None:
        """The pairing-fit question, asked after the pair's first session only."""
        mentor, mentee = self.journal.mentor_name, self.journal.mentee_name
        content = self.journal.content
        self.mentor_fit = fit_choice(content.mentor_fit)
        self.mentee_fit = fit_choice(content.mentee_fit)
        self.fit_box = QGroupBox(self.tr("After the first session: is the pairing a good fit?"))
        fit_form = QFormLayout(self.fit_box)
        fit_form.addRow(self.tr("{name}:").format(name=literal(mentor)), self.mentor_fit)
        fit_form.addRow(self.tr("{name}:").format(name=literal(mentee)), self.mentee_fit)
        fit_hint = QLabel(
            self.tr("A “not a fit” answer puts the pair on the dashboard's to-do list.")
        )
        fit_hint.setWordWrap(True)
        fit_form.addRow(fit_hint)
        self.fit_box.setVisible(self.journal.asks_fit)

    def _build_actions(self) -> None:
        mentor, mentee = self.journal.mentor_name, self.journal.mentee_name
        content = self.journal.content
        self.actions_box = QGroupBox(self.tr("Action items"))
        self.actions_layout = QVBoxLayout(self.actions_box)
        self.action_rows: list[ActionRow] = []
        self.owners = {
            ActionOwner.MENTEE: mentee,
            ActionOwner.MENTOR: mentor,
            ActionOwner.BOTH: self.tr("Both"),
        }
        for action in content.action_items:
            self._add_action_row(action)
        add_action = QPushButton(icon("plus"), self.tr("Add an a&ction"))
        add_action.setToolTip(self.tr("Something to do before the next session"))
        add_action.clicked.connect(self.add_action)
        self.actions_layout.addWidget(add_action, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_extra(self) -> QFormLayout:
        """The shared quote and the confidential notes."""
        content = self.journal.content
        self.quote = text_box(content.shared_quote, lines=2)
        self.confidential = text_box(content.confidential_notes, lines=3)
        quote_hint = self.tr(
            "A sentence the participants agree to see quoted in the "
            "programme report. Write only what you would show the person."
        )
        confidential_hint = self.tr(
            "Never printed, exported or shown in a report: for you "
            "alone. Still, write only what you would show the person."
        )
        extra = QFormLayout()
        extra.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_row(
            extra,
            self.tr("Shared &quote:"),
            with_hint(self.quote, quote_hint),
            self.quote,
            self.tr("Quoted in the programme report"),
        )
        add_row(
            extra,
            self.tr("C&onfidential notes:"),
            with_hint(self.confidential, confidential_hint),
            self.confidential,
            self.tr("Seen only in this window"),
        )

        return extra

    def _build_bottom(self) -> QHBoxLayout:
        self.saved_label = QLabel(self.tr("Saved as you type.") if self.journal.exists else "")
        self.saved_label.setEnabled(False)
        self.error = FieldError(self)
        self.conflict = ConflictBar(self.reload, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(buttons)
        return bottom

    def _add_action_row(self, action: ActionData) -> ActionRow:
        row = ActionRow(self.owners, action, self.changed, self.remove_action)
        self.actions_layout.insertWidget(len(self.action_rows), row)
        self.action_rows.append(row)
        return row

    # --- editing -----------------------------------------------------------------------------
    def add_action(self) -> None:
        row = self._add_action_row(ActionData(""))
        row.text.setFocus()

    def remove_action(self, row: ActionRow) -> None:
        self.action_rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.changed()

    def changed(self, *_args: object) -> None:
        if self.filling:
            return
        self.dirty = True
        self.timer.start()

    def current_input(self) -> JournalInput:
        skills = tuple(
            self.skills.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.skills.count())
            if self.skills.item(i).checkState() == Qt.CheckState.Checked
        )
        return JournalInput(
            summary=self.summary.toPlainText(),
            learned=self.learned.toPlainText(),
            skill_ids=skills,
            mentor_rating=self.mentor_rating.currentData(),
            mentee_rating=self.mentee_rating.currentData(),
            mentor_fit=self._answer(self.mentor_fit),
            mentee_fit=self._answer(self.mentee_fit),
            action_items=tuple(row.data() for row in self.action_rows),
            confidential_notes=self.confidential.toPlainText(),
            shared_quote=self.quote.toPlainText(),
        )

    def _answer(self, combo: QComboBox) -> PairingFit | None:
        answer = combo.currentData() if self.fit_box.isVisibleTo(self) else None
        return PairingFit(answer) if answer else None  # Qt gives the data back as plain text

    def save(self) -> bool:
        self.timer.stop()
        if not self.dirty:
            return True
        try:
            saved = save_journal(
                self.database,
                self.session_id,
                self.current_input(),
                expected_version=self.journal_version,
            )
        except ConflictError as exc:
            self.conflict.show_conflict(exc.message)
            return False
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return False
        self.dirty = False
        self.journal_version = saved.journal_version
        self.error.clear_message()
        for new in saved.new_actions:  # the rows are the input's action items, in order
            self.action_rows[new.position].action_id = new.id
        self.saved_label.setText(
            self.tr("Saved at {time}.").format(
                time=QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            )
        )
        return True

    def status_changed(self, *_args: object) -> None:
        if self.filling:
            return
        status = SessionStatus(self.status.currentData())  # Qt gives it back as plain text
        self.cancel_reason.setVisible(status is SessionStatus.CANCELLED)
        if status is SessionStatus.CANCELLED and not self.cancel_reason.text().strip():
            self.cancel_reason.setFocus()
            return  # saved once a reason is given
        try:
            record = set_status(
                self.database, self.session_id, self.version, status, self.cancel_reason.text()
            )
        except ConflictError as exc:
            self.conflict.show_conflict(exc.message)
            return
        except ServiceError as exc:
            self.error.show_message(exc.message)
            blocked = self.status.blockSignals(True)  # show what is recorded, not what was refused
            self.status.setCurrentIndex(max(0, self.status.findData(self.journal.status)))
            self.status.blockSignals(blocked)
            self.cancel_reason.setVisible(self.journal.status is SessionStatus.CANCELLED)
            return
        self.version = record.version
        self.journal = replace(self.journal, status=record.status)
        self.error.clear_message()
        if status is SessionStatus.HELD and not self.fit_box.isVisible():
            self.fit_box.setVisible(get_journal(self.database, self.session_id).asks_fit)

    def reload(self) -> None:
        """Show the journal as saved now, dropping the edits that were refused."""
        self.timer.stop()
        journal = get_journal(self.database, self.session_id)
        self.filling = True
        try:
            show_saved(self, journal)
            for row in list(self.action_rows):
                self.action_rows.remove(row)
                row.setParent(None)
                row.deleteLater()
            for action in journal.content.action_items:
                self._add_action_row(action)
        finally:
            self.filling = False
        self.journal = journal
        self.version = journal.version
        self.journal_version = journal.journal_version
        self.dirty = False
        self.conflict.clear_conflict()
        self.error.clear_message()

    def done(self, result: int) -> None:
        if not self.save() and self.conflict.showing:
            return  # refused: stay open so the user can copy their text, then reload
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.save() and self.conflict.showing:
            event.ignore()
            return
        super().closeEvent(event)
