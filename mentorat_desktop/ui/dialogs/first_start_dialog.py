"""The first start on an empty database: company name, language, demo data or a clean start.

The demo company loads in the background (``ui/ops.py``) while the dialog stays open with a
busy cursor and, when it is slow, a progress bar; the dialog closes once it is in.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.ui import ops
from mentorat_desktop.ui.icons import app_icon, icon

if TYPE_CHECKING:
    from mentorat_desktop.db.database import Database


class FirstStartChoice(Enum):
    DEMO = "demo"
    EMPTY = "empty"


class FirstStartDialog(QDialog):
    def __init__(
        self, language: str, parent: QWidget | None = None, *, database: Database | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database  # where the demo company goes; None: the caller loads it
        self.loading = False
        self.setObjectName("first_start_dialog")
        self.setWindowTitle(self.tr("Welcome to Mentorat"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(520)
        self.choice = FirstStartChoice.EMPTY

        intro = QLabel(
            self.tr(
                "<h2>Welcome to Mentorat</h2>"
                "<p>Mentorat helps you run a reverse-mentoring programme: record your staff "
                "and their skills, form pairs, plan sessions, and print charters, agendas and "
                "certificates.</p><p>Everything stays on this computer, saved as you type.</p>"
            )
        )
        intro.setWordWrap(True)

        form = QFormLayout()
        self.company_name = QLineEdit()
        self.company_name.setMaxLength(200)
        self.company_name.setPlaceholderText(self.tr("Your company's name"))
        self.company_name.setToolTip(self.tr("Printed on every document; you can change it later"))
        self.company_name.setAccessibleName(self.tr("Company name"))
        company_label = QLabel(self.tr("&Company name:"))
        company_label.setBuddy(self.company_name)
        form.addRow(company_label, self.company_name)
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setToolTip(self.tr("Language of the app and of its documents"))
        self.language.setAccessibleName(self.tr("Language"))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)

        self.demo_button = QPushButton(icon("sparkles"), self.tr("Load &demo data"))
        self.demo_button.setToolTip(
            self.tr("Explore the app with a fictitious company: people, pairs, sessions")
        )
        self.demo_button.clicked.connect(lambda: self._finish(FirstStartChoice.DEMO))
        self.empty_button = QPushButton(icon("plus"), self.tr("&Start empty"))
        self.empty_button.setToolTip(self.tr("Start with your own data"))
        self.empty_button.setDefault(True)
        self.empty_button.clicked.connect(lambda: self._finish(FirstStartChoice.EMPTY))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.empty_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def _finish(self, choice: FirstStartChoice) -> None:
        self.choice = choice
        if choice is FirstStartChoice.DEMO and self.database is not None:
            self._load_demo(self.database)
        else:
            self.accept()

    def _load_demo(self, database: Database) -> None:
        from mentorat_desktop.demo import load_demo

        self.loading = True
        for button in (self.demo_button, self.empty_button):
            button.setEnabled(False)
        ops.Op(
            self,
            lambda progress: load_demo(database, "small", progress=progress),
            success=lambda _summary: self.accept(),
            failure=self._demo_failed,
            done=self._demo_done,
            title=self.tr("Demo data"),
            progress_label=self.tr("Loading the demo company…"),
        ).run()

    def _demo_done(self) -> None:
        self.loading = False
        for button in (self.demo_button, self.empty_button):
            button.setEnabled(True)

    def _demo_failed(self, error: Exception) -> None:
        self.choice = FirstStartChoice.EMPTY
        QMessageBox.warning(self, self.tr("Demo data"), ops.error_text(error))

    def reject(self) -> None:
        if not self.loading:  # half a demo company is no start: wait for it
            super().reject()

    def company(self) -> str:
        return self.company_name.text().strip()

    def chosen_language(self) -> str:
        return self.language.currentData()
