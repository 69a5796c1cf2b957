"""What the form dialogs share: labelled rows with their own error lines, Save and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.ui.widgets.field_rows import FieldRows


class FormDialog(FieldRows, QDialog):
    """Keeps each field's FieldError so a ValidationError lands under the field that is wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.init_field_rows(self)
        self.save_button: QPushButton | None = None

    def lay_out(self, form: QFormLayout) -> QVBoxLayout:
        """The form, the line for errors of no particular field, then Save and Cancel;
        Save calls ``save``, which shows a ValidationError under its field."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        return layout

    def save(self) -> None:
        raise NotImplementedError
