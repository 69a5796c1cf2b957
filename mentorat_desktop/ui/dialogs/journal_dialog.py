"""The journal editor: saved a moment after each edit and on close, so nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer
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
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.sessions.journals import (
    ActionData,
    JournalInput,
    get_journal,
    save_journal,
)
from mentorat_desktop.services.sessions.sessions import database_zone, set_status
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.widgets.action_row import ActionRow
from mentorat_desktop.ui.widgets.field_error import FieldError

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
        self.dirty = False
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
        day = QLocale().toString(
            QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat
        )
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
        self.status.addItem(icon("circle-check"), self.tr("Held"), "held")
        self.status.addItem(icon("circle-x"), self.tr("Cancelled"), "cancelled")
        self.status.addItem(icon("circle-alert"), self.tr("Missed"), "missed")
        if self.journal.status == "planned":
            self.status.insertItem(
                0, icon("calendar-clock"), self.tr("Not recorded yet"), "planned"
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
        self._add(
            form,
            self.tr("&The session:"),
            status_box,
            self.status,
            self.tr("Whether the session took place"),
        )
        self.cancel_reason.setAccessibleName(self.tr("Cancellation reason"))
        self.cancel_reason.setVisible(self.journal.status == "cancelled")

    def _build_texts(self, form: QFormLayout) -> None:
        content = self.journal.content
        hint = self.tr("Write only what you would show the person.")
        self.summary = self._text(content.summary)
        self._add(
            form,
            self.tr("&Summary:"),
            self._with_hint(self.summary, hint),
            self.summary,
            self.tr("What the pair did"),
        )
        self.learned = self._text(content.learned)
        self._add(
            form,
            self.tr("What was &learned:"),
            self._with_hint(self.learned, hint),
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
        self._add(
            form,
            self.tr("S&kills worked:"),
            self.skills,
            self.skills,
            self.tr("The pair's focus skills come first; tick any other"),
        )

    def _build_ratings(self, form: QFormLayout) -> None:
        mentor, mentee = self.journal.mentor_name, self.journal.mentee_name
        content = self.journal.content
        self.mentor_rating = self._rating(content.mentor_rating)
        self.mentee_rating = self._rating(content.mentee_rating)
        self._add(
            form,
            self.tr("Rating by {name}:").format(name=mentor),
            self.mentor_rating,
            self.mentor_rating,
            self.tr("How the mentor rates the session, 1 to 5"),
        )
        self._add(
            form,
            self.tr("Rating by {name}:").format(name=mentee),
            self.mentee_rating,
            self.mentee_rating,
            self.tr("How the mentee rates the session, 1 to 5"),
        )

    def _build_fit(self) -> None:
        """The pairing-fit question, asked after the pair's first session only."""
        mentor, mentee = self.journal.mentor_name, self.journal.mentee_name
        content = self.journal.content
        self.mentor_fit = self._fit(content.mentor_fit)
        self.mentee_fit = self._fit(content.mentee_fit)
        self.fit_box = QGroupBox(self.tr("After the first session: is the pairing a good fit?"))
        fit_form = QFormLayout(self.fit_box)
        fit_form.addRow(self.tr("{name}:").format(name=mentor), self.mentor_fit)
        fit_form.addRow(self.tr("{name}:").format(name=mentee), self.mentee_fit)
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
        self.owners = {"mentee": mentee, "mentor": mentor, "both": self.tr("Both")}
        for action in content.action_items:
            self._add_action_row(action)
        add_action = QPushButton(icon("plus"), self.tr("Add an a&ction"))
        add_action.setToolTip(self.tr("Something to do before the next session"))
        add_action.clicked.connect(self.add_action)
        self.actions_layout.addWidget(add_action, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_extra(self) -> QFormLayout:
        """The shared quote and the confidential notes."""
        content = self.journal.content
        self.quote = self._text(content.shared_quote, lines=2)
        self.confidential = self._text(content.confidential_notes, lines=3)
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
        self._add(
            extra,
            self.tr("Shared &quote:"),
            self._with_hint(self.quote, quote_hint),
            self.quote,
            self.tr("Quoted in the programme report"),
        )
        self._add(
            extra,
            self.tr("C&onfidential notes:"),
            self._with_hint(self.confidential, confidential_hint),
            self.confidential,
            self.tr("Seen only in this window"),
        )

        return extra

    def _build_bottom(self) -> QHBoxLayout:
        self.saved_label = QLabel(self.tr("Saved as you type.") if self.journal.exists else "")
        self.saved_label.setEnabled(False)
        self.error = FieldError(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(buttons)
        return bottom

    def _add(self, form: QFormLayout, label: str, field: QWidget, focus: QWidget, tip: str) -> None:
        caption = QLabel(label)
        caption.setBuddy(focus)
        focus.setToolTip(tip)
        focus.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(caption, field)

    def _text(self, value: str, lines: int = 4) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        return edit

    def _with_hint(self, widget: QWidget, hint: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = QLabel(hint)
        label.setWordWrap(True)
        label.setEnabled(False)  # drawn in the palette's quieter text colour
        column.addWidget(label)
        return box

    def _rating(self, value: int | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Not given"), None)
        for stars in range(1, 6):
            combo.addItem(f"{stars} / 5  " + "★" * stars, stars)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo

    def _fit(self, value: str | None) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Pairing fit"))
        combo.addItem(self.tr("Not answered"), None)
        combo.addItem(icon("circle-check"), self.tr("Good fit"), "good")
        combo.addItem(icon("circle-alert"), self.tr("Unsure"), "unsure")
        combo.addItem(icon("circle-x"), self.tr("Not a fit"), "not_a_fit")
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo

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
            mentor_fit=self.mentor_fit.currentData() if self.fit_box.isVisibleTo(self) else None,
            mentee_fit=self.mentee_fit.currentData() if self.fit_box.isVisibleTo(self) else None,
            action_items=tuple(row.data() for row in self.action_rows),
            confidential_notes=self.confidential.toPlainText(),
            shared_quote=self.quote.toPlainText(),
        )

    def save(self) -> bool:
        self.timer.stop()
        if not self.dirty:
            return True
        try:
            saved = save_journal(self.database, self.session_id, self.current_input())
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return False
        self.dirty = False
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
        status = self.status.currentData()
        self.cancel_reason.setVisible(status == "cancelled")
        if status == "cancelled" and not self.cancel_reason.text().strip():
            self.cancel_reason.setFocus()
            return  # saved once a reason is given
        try:
            record = set_status(
                self.database, self.session_id, self.version, status, self.cancel_reason.text()
            )
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return
        self.version = record.version
        self.error.clear_message()
        if status == "held" and not self.fit_box.isVisible():
            self.fit_box.setVisible(get_journal(self.database, self.session_id).asks_fit)

    def done(self, result: int) -> None:
        self.save()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save()
        super().closeEvent(event)
