"""Labelled form rows, each with its own error line, so a ValidationError lands under the
field that is wrong: shared by the form dialogs and the pages inside a dialog's tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from mentorat_desktop.errors import ServiceError, ValidationError
from mentorat_desktop.ui.widgets.field_error import FieldError


class FieldRows:
    """A mixin for a QWidget: call ``init_field_rows`` once Qt's object exists."""

    errors: dict[str, FieldError]
    fields: dict[str, QWidget]
    general_error: FieldError

    def init_field_rows(self, owner: QWidget) -> None:
        self.errors = {}
        self.fields = {}
        self.general_error = FieldError(owner)

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
        if tooltip:  # an empty one keeps the widget's own
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
