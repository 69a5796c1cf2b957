"""What the form dialogs share: labelled rows with their own error lines, Save and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import ServiceError, ValidationError
from mentorat_desktop.ui.widgets.field_error import FieldError


class FormDialog(QDialog):
    """Keeps each field's FieldError so a ValidationError lands under the field that is wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, FieldError] = {}
        self.fields: dict[str, QWidget] = {}
        self.general_error = FieldError(self)
        self.save_button: QPushButton | None = None

    def add_row(
        self, form: QFormLayout, field: str, label: str, widget: QWidget, tooltip: str
    ) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = FieldError(box)
        column.addWidget(error)
        self.errors[field] = error
        self.fields[field] = widget
        field_widget = widget.focusProxy() or widget  # the input, not the row around it
        label_widget = QLabel(label)
        label_widget.setBuddy(field_widget)
        widget.setToolTip(tooltip)
        field_widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(label_widget, box)

    def clear_errors(self) -> None:
        for error in (*self.errors.values(), self.general_error):
            error.clear_message()

    def show_error(self, exc: ServiceError) -> None:
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            self.errors[exc.field].show_message(exc.message)
            self.fields[exc.field].setFocus()
        else:
            self.general_error.show_message(exc.message)

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
