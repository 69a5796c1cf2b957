"""Settings › Courriel: how messages leave (drafts or the company's SMTP server), and from whom.

The page belongs to the settings dialog, which saves it with the organisation's settings;
"Send a test email…" saves the page first, so the test uses what the user sees.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.mail import MailSettings, SmtpSecurity, Transport
from mentorat_desktop.services.mail.settings import (
    get_mail_settings,
    save_mail_settings,
    send_test_email,
)
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.widgets.field_rows import FieldRows

SECURITY_PORTS = {SmtpSecurity.STARTTLS: 587, SmtpSecurity.TLS: 465, SmtpSecurity.NONE: 25}


class MailSettingsPage(FieldRows, QWidget):
    """The fields of the mail settings, each with its error line."""

    templates_requested = Signal()
    saved = Signal(object)  # the MailSettings stored (by the test button)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("mail_settings_page")
        self.original = get_mail_settings(database)
        self.init_field_rows(self)
        self.test_op: ops.Op[str] | None = None

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.drafts_choice = QRadioButton(self.tr("Prepare d&rafts that my mail program opens"))
        self.smtp_choice = QRadioButton(self.tr("Send through the company’s S&MTP server"))
        self.transport = QButtonGroup(self)
        self.transport.addButton(self.drafts_choice)
        self.transport.addButton(self.smtp_choice)
        how = QWidget()
        how_layout = QVBoxLayout(how)
        how_layout.setContentsMargins(0, 0, 0, 0)
        how_layout.addWidget(self.drafts_choice)
        how_layout.addWidget(self.smtp_choice)
        how.setFocusProxy(self.drafts_choice)
        self.drafts_choice.setToolTip(
            self.tr("Each message becomes an .eml file: open it, check it and send it yourself")
        )
        self.smtp_choice.setToolTip(self.tr("Mentorat sends the messages itself"))
        self.add_row(form, "transport", self.tr("How to send:"), how, "")
        self.sender_name = QLineEdit()
        self.sender_name.setMaxLength(200)
        self.add_row(
            form,
            "sender_name",
            self.tr("Sender &name:"),
            self.sender_name,
            self.tr("The name the participants see, for example: Claire, RH"),
        )
        self.sender_email = QLineEdit()
        self.sender_email.setMaxLength(320)
        self.add_row(
            form,
            "sender_email",
            self.tr("Sender a&ddress:"),
            self.sender_email,
            self.tr("The address the messages come from and replies go to"),
        )
        self.smtp_host = QLineEdit()
        self.add_row(
            form,
            "smtp_host",
            self.tr("Ser&ver:"),
            self.smtp_host,
            self.tr("The SMTP server’s name, for example: smtp.office365.com"),
        )
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.add_row(
            form,
            "smtp_port",
            self.tr("&Port:"),
            self.smtp_port,
            self.tr("Usually 587 with STARTTLS, 465 with TLS"),
        )
        self.smtp_security = QComboBox()
        self.smtp_security.addItem(self.tr("STARTTLS (recommended)"), SmtpSecurity.STARTTLS)
        self.smtp_security.addItem(self.tr("TLS from the start"), SmtpSecurity.TLS)
        self.smtp_security.addItem(self.tr("None (not encrypted)"), SmtpSecurity.NONE)
        self.smtp_security.activated.connect(self._security_chosen)
        self.add_row(
            form,
            "smtp_security",
            self.tr("Securit&y:"),
            self.smtp_security,
            self.tr("How the connection to the server is protected"),
        )
        self.smtp_user = QLineEdit()
        self.add_row(
            form,
            "smtp_user",
            self.tr("&User name:"),
            self.smtp_user,
            self.tr("Often the sender address; leave empty if the server needs no sign-in"),
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(
            form,
            "password",
            self.tr("Pass&word:"),
            self.password,
            self.tr("Kept in the system’s password store, never in the database"),
        )
        self.add_row(
            form,
            "drafts_folder",
            self.tr("Drafts &folder:"),
            self._build_folder_row(),
            self.tr("Where the drafts are written; empty: “Mentorat drafts” in your documents"),
        )
        self.test_button = QPushButton(self.tr("Send a &test email…"))
        self.test_button.setToolTip(self.tr("Saves these settings, then sends a short message"))
        self.test_button.clicked.connect(self.send_test)
        self.templates_button = QPushButton(self.tr("Message te&xts…"))
        self.templates_button.setToolTip(
            self.tr("The subject and text of each kind of message, in French and English")
        )
        self.templates_button.clicked.connect(self.templates_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.templates_button)
        buttons.addStretch(1)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.test_result)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        self.drafts_choice.toggled.connect(self._update_enabled)
        self.show_settings(self.original)

    def _build_folder_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.drafts_folder = QLineEdit()
        self.drafts_folder.setPlaceholderText(self.tr("Mentorat drafts, in your documents"))
        self.choose_folder_button = QPushButton(self.tr("C&hoose…"))
        self.choose_folder_button.setToolTip(self.tr("Choose the folder for the drafts"))
        self.choose_folder_button.clicked.connect(self.choose_folder)
        layout.addWidget(self.drafts_folder, 1)
        layout.addWidget(self.choose_folder_button)
        row.setFocusProxy(self.drafts_folder)
        return row

    # --- values ----------------------------------------------------------------------------
    def show_settings(self, data: MailSettings) -> None:
        self.original = data
        (self.smtp_choice if data.transport is Transport.SMTP else self.drafts_choice).setChecked(
            True
        )
        self.sender_name.setText(data.sender_name)
        self.sender_email.setText(data.sender_email)
        self.smtp_host.setText(data.smtp_host)
        self.smtp_port.setValue(data.smtp_port)
        self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData(data.smtp_security)))
        self.smtp_user.setText(data.smtp_user)
        self.password.clear()
        self.password.setPlaceholderText(
            self.tr("Saved (type to replace it)") if data.has_password else ""
        )
        self.drafts_folder.setText(data.drafts_folder)
        self._update_enabled()

    def current_data(self) -> MailSettings:
        return replace(
            self.original,
            transport=Transport.SMTP if self.smtp_choice.isChecked() else Transport.DRAFTS,
            sender_name=self.sender_name.text().strip(),
            sender_email=self.sender_email.text().strip(),
            smtp_host=self.smtp_host.text().strip(),
            smtp_port=self.smtp_port.value(),
            smtp_security=SmtpSecurity(self.smtp_security.currentData()),
            smtp_user=self.smtp_user.text().strip(),
            drafts_folder=self.drafts_folder.text().strip(),
        )

    def typed_password(self) -> str | None:
        """None keeps the saved password; the text typed replaces it."""
        return self.password.text() or None

    def is_changed(self) -> bool:
        return self.current_data() != self.original or self.typed_password() is not None

    def _update_enabled(self) -> None:
        smtp = self.smtp_choice.isChecked()
        for widget in (self.smtp_host, self.smtp_port, self.smtp_security):
            widget.setEnabled(smtp)
        for widget in (self.smtp_user, self.password):
            widget.setEnabled(smtp)
        self.test_button.setEnabled(smtp)

    def _security_chosen(self, _index: int) -> None:
        """The usual port follows the security chosen, unless the user typed another one."""
        if self.smtp_port.value() in SECURITY_PORTS.values():
            self.smtp_port.setValue(SECURITY_PORTS[SmtpSecurity(self.smtp_security.currentData())])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the drafts"), self.drafts_folder.text()
        )
        if folder:
            self.drafts_folder.setText(folder)

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the page (raises nothing: an error shows at its field and gives False)."""
        self.clear_errors()
        try:
            saved = save_mail_settings(self.database, self.current_data(), self.typed_password())
        except ServiceError as exc:
            self.show_error(exc)
            return False
        self.show_settings(saved)
        self.saved.emit(saved)
        return True

    def send_test(self) -> None:
        if self.is_changed() and not self.save():
            return
        address, ok = QInputDialog.getText(
            self,
            self.tr("Test message"),
            self.tr("Send a test message to:"),
            text=self.original.sender_email,
        )
        if not ok or not address.strip():
            return
        self.test_result.setText(self.tr("Sending…"))
        self.test_button.setEnabled(False)
        database, to = self.database, address.strip()
        self.test_op = ops.Op(
            self,
            lambda _progress: send_test_email(database, to),
            success=self._tested,
            failure=self._test_failed,
            done=lambda: self.test_button.setEnabled(True),
            title=self.tr("Test message"),
        ).run()

    def _tested(self, sentence: str) -> None:
        self.test_result.setText(f"✓ {sentence}")

    def _test_failed(self, error: Exception) -> None:
        self.test_result.clear()
        self.show_error(error if isinstance(error, ServiceError) else ServiceError(str(error)))
