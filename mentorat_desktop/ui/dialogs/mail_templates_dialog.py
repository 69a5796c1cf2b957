"""The texts of the messages: a subject and a body per kind and language, with a live preview.

Placeholders such as {first_name} are listed with their meaning; a click puts one where the
cursor is. Moving to another kind or language, or closing, saves the text being edited.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError, ValidationError
from mentorat_desktop.services.mail import MailKind, MessageTemplate
from mentorat_desktop.services.mail.templates import (
    PLACEHOLDERS,
    list_templates,
    reset_template,
    sample_message,
    save_template,
)
from mentorat_desktop.ui.mail_words import kind_help, kind_label
from mentorat_desktop.ui.widgets.field_error import FieldError

PREVIEW_DELAY_MS = 250


class MailTemplatesDialog(QDialog):
    def __init__(self, database: Database, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("mail_templates_dialog")
        self.setWindowTitle(self.tr("Message texts"))
        self.templates: dict[MailKind, MessageTemplate] = {}
        self.shown: MessageTemplate | None = None
        self.saved_any = False
        self.last_text_field: QLineEdit | QPlainTextEdit | None = None

        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setToolTip(self.tr("The language the participants read"))
        self.kinds = QListWidget()
        self.kinds.setAccessibleName(self.tr("Kinds of message"))
        self.kinds.setToolTip(self.tr("Choose the message to edit"))
        for kind in MailKind:
            item = QListWidgetItem(kind_label(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(kind_help(kind))
            self.kinds.addItem(item)

        self.subject = QLineEdit()
        self.subject.setToolTip(self.tr("The subject line; placeholders are allowed"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setToolTip(self.tr("The text of the message; placeholders are allowed"))
        self.subject_error = FieldError(self)
        self.body_error = FieldError(self)
        self.general_error = FieldError(self)
        self.state = QLabel()
        self.placeholders = QListWidget()
        self.placeholders.setAccessibleName(self.tr("Placeholders"))
        self.placeholders.setToolTip(
            self.tr("Click one (or press Enter) to put it where the cursor is")
        )
        for name, meaning in PLACEHOLDERS.items():
            item = QListWidgetItem(f"{{{name}}} — {meaning}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(item.text())
            self.placeholders.addItem(item)
        self.placeholders.setWordWrap(True)
        self.placeholders.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.placeholders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placeholders.itemClicked.connect(self.insert_placeholder)
        self.placeholders.itemActivated.connect(self.insert_placeholder)
        self.preview_subject = QLabel()
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_body = QPlainTextEdit()
        self.preview_body.setReadOnly(True)
        self.preview_body.setAccessibleName(self.tr("Preview"))
        self.preview_body.setToolTip(self.tr("The message as a participant would read it"))

        editor = QWidget()
        grid = QFormLayout(editor)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        grid.addRow(language_label, self.language)
        subject_label = QLabel(self.tr("&Subject:"))
        subject_label.setBuddy(self.subject)
        grid.addRow(subject_label, self.subject)
        grid.addRow("", self.subject_error)
        body_label = QLabel(self.tr("&Text:"))
        body_label.setBuddy(self.body)
        grid.addRow(body_label, self.body)
        grid.addRow("", self.body_error)
        grid.addRow("", self.state)
        placeholders_label = QLabel(self.tr("&Placeholders:"))
        placeholders_label.setBuddy(self.placeholders)
        grid.addRow(placeholders_label, self.placeholders)
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body.setAccessibleName(self.tr("Text"))

        preview = QWidget()
        preview_layout = QGridLayout(preview)
        heading = QLabel(self.tr("Preview, with example values:"))
        preview_layout.addWidget(heading, 0, 0)
        preview_layout.addWidget(self.preview_subject, 1, 0)
        preview_layout.addWidget(self.preview_body, 2, 0)

        splitter = QSplitter()
        splitter.addWidget(self.kinds)
        splitter.addWidget(editor)
        splitter.addWidget(preview)
        self.kinds.setMinimumWidth(self.kinds.sizeHintForColumn(0) + 16)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)

        self.reset_button = QPushButton(self.tr("&Restore the built-in text"))
        self.reset_button.setToolTip(self.tr("Forget the changes made to this message’s text"))
        self.reset_button.clicked.connect(self.restore)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.general_error)
        bottom = QHBoxLayout()
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.subject.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.kinds.currentRowChanged.connect(self._kind_chosen)
        self.language.currentIndexChanged.connect(self._language_chosen)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self._load_language()
        self.kinds.setCurrentRow(0)
        self.resize(max(980, self.sizeHint().width()), max(560, self.sizeHint().height()))

    # --- showing ---------------------------------------------------------------------------
    def current_language(self) -> str:
        return str(self.language.currentData())

    def current_kind(self) -> MailKind | None:
        item = self.kinds.currentItem()
        return MailKind(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _load_language(self) -> None:
        self.templates = {t.kind: t for t in list_templates(self.database, self.current_language())}

    def show_template(self, template: MessageTemplate | None) -> None:
        self.shown = template
        self.subject.setText(template.subject if template else "")
        self.body.blockSignals(True)
        self.body.setPlainText(template.body if template else "")
        self.body.blockSignals(False)
        self._clear_errors()
        self._update_state()
        self.refresh_preview()

    def _update_state(self) -> None:
        shown = self.shown
        changed = self.is_changed()
        if shown is None:
            self.state.clear()
        elif changed:
            self.state.setText(self.tr("Not saved yet"))
        elif shown.customised:
            self.state.setText(self.tr("Your own text"))
        else:
            self.state.setText(self.tr("The built-in text"))
        self.reset_button.setEnabled(shown is not None and (shown.customised or changed))
        self.save_button.setEnabled(changed)

    def is_changed(self) -> bool:
        shown = self.shown
        return shown is not None and (
            self.subject.text() != shown.subject or self.body.toPlainText() != shown.body
        )

    def _edited(self) -> None:
        self._update_state()
        self.preview_timer.start()

    def refresh_preview(self) -> None:
        kind = self.current_kind()
        if kind is None:
            return
        try:
            subject, body = sample_message(
                self.database,
                kind,
                self.current_language(),
                self.subject.text(),
                self.body.toPlainText(),
            )
        except ServiceError as exc:
            self.preview_subject.setText("")
            self.preview_body.setPlainText("")
            self._show_error(exc)
            return
        self._clear_errors()
        self.preview_subject.setText(self.tr("Subject: %1").replace("%1", subject))
        self.preview_body.setPlainText(body)

    def insert_placeholder(self, item: QListWidgetItem) -> None:
        text = "{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}"
        target = self.last_text_field or self.body
        if isinstance(target, QLineEdit):
            target.insert(text)
            self._edited()
        else:
            target.insertPlainText(text)
        target.setFocus()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is self.subject or new is self.body:
            self.last_text_field = new

    # --- errors ----------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for error in (self.subject_error, self.body_error, self.general_error):
            error.clear_message()

    def _show_error(self, exc: ServiceError) -> None:
        field = exc.field if isinstance(exc, ValidationError) else ""
        {"subject": self.subject_error, "body": self.body_error}.get(
            field, self.general_error
        ).show_message(exc.message)

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the text shown; False (and the error shown) when it is refused."""
        shown = self.shown
        if shown is None or not self.is_changed():
            return True
        self._clear_errors()
        try:
            saved = save_template(
                self.database,
                replace(shown, subject=self.subject.text(), body=self.body.toPlainText()),
            )
        except ServiceError as exc:
            self._show_error(exc)
            return False
        self.templates[saved.kind] = saved
        self.saved_any = True
        self.show_template(saved)
        return True

    def restore(self) -> None:
        shown = self.shown
        if shown is None:
            return
        try:
            restored = reset_template(self.database, shown.kind, shown.language)
        except ServiceError as exc:
            self._show_error(exc)
            return
        self.templates[restored.kind] = restored
        self.saved_any = True
        self.show_template(restored)

    def _kind_chosen(self, _row: int) -> None:
        kind = self.current_kind()
        if self.shown is not None and kind is not self.shown.kind and not self.save():
            self.kinds.blockSignals(True)
            self.kinds.setCurrentRow(list(MailKind).index(self.shown.kind))
            self.kinds.blockSignals(False)
            return
        self.show_template(self.templates.get(kind) if kind else None)

    def _language_chosen(self, _index: int) -> None:
        shown = self.shown
        if shown is not None and not self.save():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(self.language.findData(shown.language))
            self.language.blockSignals(False)
            return
        self._load_language()
        kind = self.current_kind()
        self.show_template(self.templates.get(kind) if kind else None)

    def reject(self) -> None:
        if self.save():
            super().reject()
