"""A document opened from where it belongs (a session's agenda, a pair's charter, a person's
certificate): built off the UI thread, previewed, printed or saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.services.documents.document_export import (
    DocumentKind,
    RenderedDocument,
    render,
)
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.widgets.pdf_preview import PdfPreview, print_pdf, save_pdf


class DocumentDialog(QDialog):
    def __init__(
        self,
        database: Database,
        kind: DocumentKind,
        parent: QWidget | None = None,
        **subject: Any,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("document_dialog")
        self.setWindowTitle(self.tr("Document"))
        self.resize(820, 900)
        self.rendered: RenderedDocument | None = None
        self.status = QLabel(self.tr("Preparing the document…"))
        self.error = FieldError(self)
        self.preview = PdfPreview(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("Save as P&DF…"))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setToolTip(self.tr("Print the document"))
        self.save_button.setToolTip(self.tr("Save the document as a PDF file"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        ops.Op(
            self,
            lambda _progress: render(database, kind, **subject),
            success=self._show,
            failure=self._failed,
            title=self.tr("Preparing the document…"),
            busy_cursor=False,  # the dialog says it is preparing the document
            serial=True,
        ).run()

    def _show(self, document: RenderedDocument) -> None:
        self.rendered = document
        self.setWindowTitle(document.title)
        self.status.setText(document.title)
        self.preview.show_pdf(document.pdf)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        self.status.clear()
        self.error.show_message(exc.message if isinstance(exc, ServiceError) else str(exc))

    def print_document(self) -> None:
        if self.rendered is not None:
            print_pdf(self.preview.document_, self, self.rendered.title)

    def save_document(self) -> None:
        if self.rendered is not None:
            save_pdf(
                self.rendered.pdf,
                self,
                self.rendered.filename,
                self.tr("Save as PDF"),
                self.tr("PDF documents (*.pdf)"),
            )


def show_document(
    database: Database, kind: DocumentKind, parent: QWidget | None = None, **subject: Any
) -> DocumentDialog:
    """Open the document in its own window (non-modal, so the user can keep working)."""
    dialog = DocumentDialog(database, kind, parent, **subject)
    dialog.show()
    return dialog
