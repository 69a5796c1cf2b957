"""The dashboard's first-use checklist: one link per step, ticked as it is done.

Shown until every step is done, or until the user hides it (remembered in QSettings).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from mentorat_desktop.services.dashboard.dashboard_data import FirstStep, FirstSteps
from mentorat_desktop.ui.icons import accent, icon

HIDDEN_KEY = "dashboard/first_steps_hidden"


class FirstStepsPanel(QFrame):
    """``chosen`` carries the step whose line was clicked (or activated with the keyboard)."""

    chosen = Signal(object)  # FirstStep

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_steps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("First steps"))
        self.steps = FirstSteps(frozenset())
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.hide_button = QPushButton(self.tr("Hide this list"), self)
        self.hide_button.setObjectName("first_steps_hide")
        self.hide_button.setFlat(True)
        self.hide_button.setToolTip(self.tr("The dashboard no longer shows the first steps"))
        self.hide_button.clicked.connect(self.dismiss)
        self.buttons: dict[FirstStep, QPushButton] = {}
        for step in FirstStep:
            button = QPushButton(self)
            button.setObjectName(f"first_step_{step.value}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("text-align: left;")
            button.clicked.connect(lambda _=False, s=step: self.chosen.emit(s))
            self.buttons[step] = button
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(12, 4, 12, 4)
        self.grid.setHorizontalSpacing(4)
        self.grid.setVerticalSpacing(0)
        self.one_row: bool | None = None
        self._place(one_row=False)

    # --- layout: one row when it fits, else the title above the steps ----------------------
    def _place(self, one_row: bool) -> None:
        if one_row == self.one_row:
            return
        self.one_row = one_row
        widgets = [self.title, *self.buttons.values(), self.hide_button]
        for widget in widgets:
            self.grid.removeWidget(widget)
        for column in range(len(widgets) + 1):
            self.grid.setColumnStretch(column, 0)
        steps = list(self.buttons.values())
        if one_row:
            self.grid.addWidget(self.title, 0, 0)
            for column, button in enumerate(steps, start=1):
                self.grid.addWidget(button, 0, column)
            self.grid.setColumnStretch(len(steps) + 1, 1)
            self.grid.addWidget(self.hide_button, 0, len(steps) + 2)
        else:
            self.grid.addWidget(self.title, 0, 0, 1, len(steps) - 2)
            self.grid.addWidget(
                self.hide_button, 0, len(steps) - 2, 1, 2, Qt.AlignmentFlag.AlignRight
            )
            for column, button in enumerate(steps):
                self.grid.addWidget(button, 1, column)
            self.grid.setColumnStretch(len(steps), 1)

    def _one_row_width(self) -> int:
        widgets = [self.title, *self.buttons.values(), self.hide_button]
        spacing = self.grid.horizontalSpacing() * (len(widgets) + 1)
        margins = self.grid.contentsMargins()
        return sum(w.sizeHint().width() for w in widgets) + spacing + margins.left() * 2 + 24

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self.width() >= self._one_row_width())

    def _texts(self) -> dict[FirstStep, tuple[str, str, str]]:
        """(short name, the step in full, where it leads) for each step, in order."""
        return {
            FirstStep.ORGANISATION: (
                self.tr("Organisation"),
                self.tr("1. Name your organisation"),
                self.tr("Opens the settings: company name, logo, signatory"),
            ),
            FirstStep.STAFF: (
                self.tr("Staff"),
                self.tr("2. Add or import your staff"),
                self.tr("Opens Staff: New person, or Import… from Excel"),
            ),
            FirstStep.SKILLS: (
                self.tr("Skills"),
                self.tr("3. Record who can teach what"),
                self.tr("Opens Skills: the catalogue and the people × skills matrix"),
            ),
            FirstStep.PROGRAMME: (
                self.tr("Programme"),
                self.tr("4. Create a programme"),
                self.tr("Opens Pairs: New programme…, then Participants…"),
            ),
            FirstStep.PAIRS: (
                self.tr("Pairs"),
                self.tr("5. Form the pairs"),
                self.tr("Opens Pairs: Suggest pairs…, or New pair…"),
            ),
            FirstStep.SESSIONS: (
                self.tr("Sessions"),
                self.tr("6. Plan the sessions"),
                self.tr("Opens Sessions: Plan sessions…"),
            ),
        }

    def set_steps(self, steps: FirstSteps) -> None:
        self.steps = steps
        done_count = len(steps.done)
        total = len(FirstStep)
        self.title.setText(
            self.tr("First steps: {done} of {total} done").format(done=done_count, total=total)
        )
        link = accent()
        following = steps.next_step()
        for number, (step, (name, text, where)) in enumerate(self._texts().items(), start=1):
            button = self.buttons[step]
            done = step in steps.done
            state = self.tr("done") if done else self.tr("to do")
            button.setIcon(icon("circle-check" if done else "circle", link if done else None))
            button.setText(f"{number}. {name}")
            button.setToolTip(f"{text} ({state}). {where}")
            button.setAccessibleName(f"{text}: {state}")
            font = button.font()
            font.setBold(step is following)
            font.setUnderline(not done)
            button.setFont(font)
        self.setVisible(not steps.all_done and not QSettings().value(HIDDEN_KEY, False, bool))
        self._place(self.width() >= self._one_row_width())  # the texts' widths changed

    def dismiss(self) -> None:
        QSettings().setValue(HIDDEN_KEY, True)
        self.hide()
