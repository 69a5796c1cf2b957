"""About Mentorat: version, licences, and where the user's data is (support asks for it)."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, QSysInfo, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop import __version__
from mentorat_desktop.config import data_dir
from mentorat_desktop.ui.icons import app_icon, icon


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    def __init__(
        self,
        database_location: str,
        parent: QWidget | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Mentorat"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(520)
        self.folder = folder or data_dir()
        self.database_location = database_location

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(64, 64)))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.version_label = QLabel(
            self.tr("<h2>Mentorat {version}</h2>").format(version=__version__)
        )
        tagline = QLabel(self.tr("Run a reverse-mentoring programme from one desktop PC."))
        tagline.setWordWrap(True)
        licences = QLabel(
            self.tr(
                "Free software under the MIT licence. Icons: Lucide (ISC licence). "
                "Documents font: Noto Sans (SIL Open Font Licence). "
                "Built with Qt for Python (LGPL v3)."
            )
        )
        licences.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(self.version_label)
        heading.addWidget(tagline)
        heading.addWidget(licences)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(logo)
        top.addLayout(heading, 1)

        self.folder_label = _selectable(str(self.folder))
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.open_button = QPushButton(icon("folder-open"), self.tr("&Open the data folder"))
        self.open_button.setToolTip(self.tr("Show the data folder in the file manager"))
        self.open_button.clicked.connect(self.open_folder)
        if not self.folder.is_dir():
            self.open_button.setEnabled(False)
            self.open_button.setToolTip(
                self.tr("The folder is created the first time Mentorat saves data there.")
            )
        self.database_label = _selectable(database_location)
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        self.database_label.setAccessibleName(self.tr("Database"))
        kept = QLabel(
            self.tr(
                "Uninstalling Mentorat leaves this folder in place: your database and its "
                "backups stay there until you delete them."
            )
        )
        kept.setWordWrap(True)
        data_box = QGroupBox(self.tr("Your data"))
        form = QFormLayout(data_box)
        form.addRow(self.tr("Data folder:"), self.folder_label)
        form.addRow("", self.open_button)
        form.addRow(self.tr("Database:"), self.database_label)
        form.addRow(kept)

        self.system_label = _selectable(self.system_details())
        self.system_label.setEnabled(False)  # secondary information, drawn in the muted colour

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(self.tr("Copy the version and locations, to send to support"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(data_box)
        layout.addWidget(self.system_label)
        layout.addWidget(buttons)

    def system_details(self) -> str:
        return self.tr("Qt {qt}, Python {python}, {system}").format(
            qt=pyside_version,
            python=platform.python_version(),
            system=QSysInfo.prettyProductName(),
        )

    def details(self) -> str:
        return "\n".join(
            [
                f"Mentorat {__version__}",
                self.system_details(),
                self.tr("Data folder: {folder}").format(folder=self.folder),
                self.tr("Database: {location}").format(location=self.database_location),
            ]
        )

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.copy_button.setText(self.tr("Copied"))
