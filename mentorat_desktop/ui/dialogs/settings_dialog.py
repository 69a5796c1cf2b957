"""The organisation settings: company, logo, signatory, language, time zone, session length."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ConflictError, ServiceError
from mentorat_desktop.i18n import store_language
from mentorat_desktop.services.settings import OrganisationData, get_settings, save_settings
from mentorat_desktop.ui.dialogs.form_dialog import FormDialog
from mentorat_desktop.ui.dialogs.mail_settings_page import MailSettingsPage
from mentorat_desktop.ui.widgets.conflict_bar import ConflictBar
from mentorat_desktop.ui.words import follow_plural

LOGO_PREVIEW = 96


class SettingsDialog(FormDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Organisation settings"))
        self.original = get_settings(database)
        self.logo: bytes | None = self.original.logo
        self.language_changed = False

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.company_name = QLineEdit(self.original.company_name)
        self.company_name.setMaxLength(200)
        self.add_row(
            form,
            "company_name",
            self.tr("&Company name:"),
            self.company_name,
            self.tr("Printed on every document"),
        )
        self.address = QPlainTextEdit(self.original.address)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.add_row(
            form,
            "address",
            self.tr("&Address:"),
            self.address,
            self.tr("Postal address, printed on certificates"),
        )
        self.add_row(
            form,
            "logo",
            self.tr("&Logo:"),
            self._build_logo_row(),
            self.tr("PNG or JPEG, shown on documents"),
        )
        self.signatory_name = QLineEdit(self.original.signatory_name)
        self.add_row(
            form,
            "signatory_name",
            self.tr("Signatory &name:"),
            self.signatory_name,
            self.tr("Who signs certificates and charters"),
        )
        self.signatory_title = QLineEdit(self.original.signatory_title)
        self.add_row(
            form,
            "signatory_title",
            self.tr("Signatory &title:"),
            self.signatory_title,
            self.tr("For example: Directrice des ressources humaines"),
        )
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self.original.language)))
        self.add_row(
            form,
            "language",
            self.tr("Lan&guage:"),
            self.language,
            self.tr("Language of the app (after a restart) and of new documents"),
        )
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone.setCurrentText(self.original.timezone)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.timezone.completer()
        if completer is not None:  # an editable combo box has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_row(
            form,
            "timezone",
            self.tr("Time &zone:"),
            self.timezone,
            self.tr("Session times are wall-clock times in this zone"),
        )
        self.session_minutes = QSpinBox()
        self.session_minutes.setRange(5, 480)
        self.session_minutes.setSingleStep(15)
        self.session_minutes.setSuffix(self.tr(" min"))
        self.session_minutes.setValue(self.original.default_session_minutes)
        self.add_row(
            form,
            "default_session_minutes",
            self.tr("Default &session length:"),
            self.session_minutes,
            self.tr("Used when planning a new session"),
        )
        self.retention_months = QSpinBox()
        self.retention_months.setRange(1, 240)
        self.retention_months.setValue(self.original.retention_months)
        follow_plural(self.retention_months, lambda months: self.tr("%n months", "", months))
        self.add_row(
            form,
            "retention_months",
            self.tr("Keep archived people's data &for:"),
            self.retention_months,
            self.tr("After this, the dashboard reminds you to anonymise people archived earlier"),
        )

        self.server_button = QPushButton(self.tr("Use a shared server…"))
        self.server_button.clicked.connect(self.open_server_settings)
        self.add_row(
            form,
            "server",
            self.tr("Where the &data lives:"),
            self.server_button,
            self.tr("Keep the data on the company's PostgreSQL server instead of a file"),
        )

        layout = self.lay_out(QFormLayout())
        organisation = QWidget()
        organisation.setLayout(form)
        self.mail_page = MailSettingsPage(database)
        self.mail_page.templates_requested.connect(self.open_templates)
        self.tabs = QTabWidget()
        self.tabs.addTab(organisation, self.tr("&Organisation"))
        self.tabs.addTab(self.mail_page, self.tr("&Email"))
        layout.insertWidget(0, self.tabs)
        self.conflict = ConflictBar(self.reload, self)
        layout.insertWidget(layout.count() - 1, self.conflict)
        # Room for a long company name or signatory title beside the longest label; no
        # explicit minimum, so the layout's own keeps every row from being squeezed.
        hint = self.sizeHint()
        self.resize(max(720, hint.width()), hint.height())

    def _build_logo_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_logo_button = QPushButton(self.tr("Choose…"))
        self.choose_logo_button.setToolTip(self.tr("Choose an image file for the logo"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        self.remove_logo_button.setToolTip(self.tr("Print documents without a logo"))
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        layout.addWidget(self.logo_preview)
        layout.addWidget(self.choose_logo_button)
        layout.addWidget(self.remove_logo_button)
        layout.addStretch(1)
        self.set_logo(self.logo)
        row.setFocusProxy(self.choose_logo_button)
        return row

    def open_server_settings(self) -> None:
        from mentorat_desktop.ui.dialogs.server_dialog import ServerDialog

        ServerDialog(self).exec()

    def open_templates(self) -> None:
        from mentorat_desktop.ui.dialogs.mail_templates_dialog import MailTemplatesDialog

        MailTemplatesDialog(self.database, self.original.language, self).exec()

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.load_logo_file(Path(path))

    def load_logo_file(self, path: Path) -> None:
        data = path.read_bytes()
        pixmap = QPixmap()
        if not pixmap.loadFromData(QByteArray(data)):
            self.errors["logo"].show_message(
                self.tr("This file is not an image Mentorat can read.")
            )
            return
        self.errors["logo"].clear_message()
        self.set_logo(data)

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW - 8,
                    LOGO_PREVIEW - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(data is not None)

    def current_data(self) -> OrganisationData:
        return replace(
            self.original,
            company_name=self.company_name.text(),
            address=self.address.toPlainText().strip(),
            logo=self.logo,
            signatory_name=self.signatory_name.text(),
            signatory_title=self.signatory_title.text(),
            language=self.language.currentData(),
            timezone=self.timezone.currentText(),
            default_session_minutes=self.session_minutes.value(),
            retention_months=self.retention_months.value(),
            setup_done=True,
        )

    def reload(self) -> None:
        """Show the settings as saved now, dropping the edits that were refused."""
        self.original = data = get_settings(self.database)
        self.company_name.setText(data.company_name)
        self.address.setPlainText(data.address)
        self.set_logo(data.logo)
        self.signatory_name.setText(data.signatory_name)
        self.signatory_title.setText(data.signatory_title)
        self.language.setCurrentIndex(max(0, self.language.findData(data.language)))
        self.timezone.setCurrentText(data.timezone)
        self.session_minutes.setValue(data.default_session_minutes)
        self.retention_months.setValue(data.retention_months)
        self.clear_errors()
        self.conflict.clear_conflict()

    def save(self) -> None:
        self.clear_errors()
        self.mail_page.clear_errors()
        data = self.current_data()
        if data != self.original or not self.mail_page.is_changed():
            try:
                saved = save_settings(self.database, data)
            except ConflictError as exc:
                self.conflict.show_conflict(exc.message)
                return
            except ServiceError as exc:
                self.tabs.setCurrentIndex(0)
                self.show_error(exc)
                return
            self.language_changed |= saved.language != self.original.language
            store_language(saved.language)
            self.original = saved
        if self.mail_page.is_changed() and not self.mail_page.save():
            self.tabs.setCurrentWidget(self.mail_page)
            return
        self.accept()
