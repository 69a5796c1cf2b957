"""The first start on an empty database: company name, language, demo data or a clean start."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.ui.icons import app_icon, icon


class FirstStartChoice(Enum):
    DEMO = "demo"
    EMPTY = "empty"


class FirstStartDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.accept()

    def company(self) -> str:
        return self.company_name.text().strip()

    def chosen_language(self) -> str:
        return self.language.currentData()
