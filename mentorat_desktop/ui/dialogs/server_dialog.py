"""Use a shared PostgreSQL server: its address, the user, a password kept in the keyring."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import ServiceError, ValidationError
from mentorat_desktop.services.server import (
    DEFAULT_PORT,
    ConnectionCheck,
    ServerSettings,
    check_connection,
    save_server,
    saved_server,
    store_password,
    stored_password,
    validate,
)
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.dialogs.form_dialog import FormDialog


class ServerDialog(FormDialog):
    """Saved settings apply at the next start, when the app opens the server."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_dialog")
        self.setWindowTitle(self.tr("Shared server"))
        self.setMinimumWidth(520)
        current = saved_server()

        intro = QLabel(
            self.tr(
                "When two or three coordinators work on different computers, keep the data on "
                "the company's PostgreSQL server instead of a file. Your IT provider creates an "
                "empty database and a user for Mentorat; enter them here."
            )
        )
        intro.setWordWrap(True)

        form = QFormLayout()
        self.host = QLineEdit(current.host if current else "")
        self.host.setPlaceholderText("serveur.entreprise.local")
        self.add_row(
            form,
            "host",
            self.tr("&Server:"),
            self.host,
            self.tr("Name or address of the PostgreSQL server"),
        )
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port if current else DEFAULT_PORT)
        self.add_row(form, "port", self.tr("&Port:"), self.port, self.tr("Usually 5432"))
        self.database = QLineEdit(current.database if current else "mentorat")
        self.add_row(
            form,
            "database",
            self.tr("&Database:"),
            self.database,
            self.tr("The database created for Mentorat"),
        )
        self.user = QLineEdit(current.user if current else "")
        self.add_row(
            form, "user", self.tr("&User:"), self.user, self.tr("The user created for Mentorat")
        )
        self.password = QLineEdit(stored_password(current) or "" if current else "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(
            form,
            "password",
            self.tr("Pass&word:"),
            self.password,
            self.tr("Kept in the system's keyring, never in a file"),
        )

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setToolTip(self.tr("Connect now and check Mentorat's rights"))
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Connection test result"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = buttons.addButton(
            self.tr("Use this ser&ver"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setToolTip(
            self.tr("Open this server instead of the file from the next start")
        )
        self.local_button = buttons.addButton(
            self.tr("Use the &local file"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.local_button.setToolTip(self.tr("Go back to the database file on this computer"))
        self.local_button.setEnabled(current is not None)
        self.use_button.clicked.connect(self.use_server)
        self.local_button.clicked.connect(self.use_local_file)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result_label)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def settings(self) -> ServerSettings | None:
        """The typed settings, or None after marking the wrong field."""
        self.clear_errors()
        try:
            return validate(
                ServerSettings(
                    self.host.text(), self.database.text(), self.user.text(), self.port.value()
                )
            )
        except ValidationError as exc:
            self.show_error(exc)
            return None

    def test_connection(self) -> None:
        server = self.settings()
        if server is None:
            return
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting…"))
        password = self.password.text()
        ops.Op(
            self,
            lambda _progress: check_connection(server, password),
            success=self._show_check,
            failure=lambda exc: self._show_check(ConnectionCheck(False, ops.error_text(exc))),
            title=self.tr("Test connection"),
        ).run()

    def _show_check(self, check: ConnectionCheck) -> None:
        self.test_button.setEnabled(True)
        mark = "✔" if check.ok else "⚠"
        self.result_label.setText(f"{mark} {check.message}")
        self.last_check = check

    def use_server(self) -> None:
        server = self.settings()
        if server is None:
            return
        try:
            if self.password.text():
                store_password(server, self.password.text())
        except ServiceError as exc:
            self.general_error.show_message(exc.message)
            return
        save_server(server)
        self.accept()

    def use_local_file(self) -> None:
        save_server(None)
        self.accept()
