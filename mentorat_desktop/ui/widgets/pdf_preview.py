"""Show a PDF held in memory, print it page by page at the printer's resolution, save it."""

from __future__ import annotations

import atexit
import contextlib
import weakref
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from mentorat_desktop.files import write_file

_LIVE_PREVIEWS: weakref.WeakSet[PdfPreview] = weakref.WeakSet()


@atexit.register
def _close_documents() -> None:
    """A QPdfDocument still loaded when Python tears Qt down crashes the process on exit."""
    for preview in list(_LIVE_PREVIEWS):
        with contextlib.suppress(RuntimeError):  # already deleted on the C++ side
            preview.document_.close()


class PdfPreview(QPdfView):
    """A scrolling, page-width preview of PDF bytes (kept in memory, nothing on disk)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # Qt takes None; the stubs do not
        # Not a child of the view: a child would be closed during the view's destruction and
        # signal the half-destroyed view (a crash). Python keeps it alive instead.
        self.document_ = QPdfDocument()
        self._buffer: QBuffer | None = None
        self.pdf: bytes = b""
        self.setDocument(self.document_)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setPageSpacing(12)
        self.setAccessibleName(self.tr("Document preview"))
        _LIVE_PREVIEWS.add(self)

    def show_pdf(self, pdf: bytes) -> None:
        self.document_.close()
        self.pdf = pdf
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document_.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def clear(self) -> None:
        self.document_.close()
        self.pdf = b""

    def page_count(self) -> int:
        return self.document_.pageCount()


def writes_pdf(printer: QPrinter) -> bool:
    """Qt's own "print to PDF", or a system printer that makes PDF files."""
    return (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        or "pdf" in printer.printerName().casefold()
    )


def print_pdf(document: QPdfDocument, parent: QWidget, title: str, pdf: bytes = b"") -> bool:
    """Ask for a printer. One that writes PDF gets our own vector file, text and all, not a
    picture of it; paper gets each page drawn at the printer's resolution (600 dpi and more),
    where text is as sharp as the printer can make it.
    """
    from mentorat_desktop.services.documents.document_export import safe_filename

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name = safe_filename(title)  # the print dialog proposes it as a file name
    printer.setDocName(name)
    printer.setOutputFileName(str(Path.home() / f"{name}.pdf"))
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    pdf = pdf or bytes(document_bytes(document))
    if pdf and writes_pdf(printer):
        target = printer.outputFileName()
        if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not target:
            return save_pdf(pdf, parent, f"{name}.pdf", title, "PDF (*.pdf)") is not None
        path = Path(target)
        path.with_suffix(".pdf").write_bytes(pdf)
        return True
    render_to_printer(document, printer)
    return True


def document_bytes(document: QPdfDocument) -> bytes:
    """The PDF a preview shows, when the caller did not pass its bytes."""
    for preview in list(_LIVE_PREVIEWS):
        if preview.document_ is document:
            return preview.pdf
    return b""


def render_to_printer(document: QPdfDocument, printer: QPrinter) -> int:
    """Pages drawn; honours the page range chosen in the print dialog."""
    first, last = printer.fromPage(), printer.toPage()
    if first == 0:
        first, last = 1, document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    drawn = 0
    dpi = printer.resolution()
    try:
        for number in range(first - 1, min(last, document.pageCount())):
            if drawn:
                printer.newPage()
            points = document.pagePointSize(number)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(number, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
            drawn += 1
    finally:
        painter.end()
    return drawn


def save_pdf(
    pdf: bytes, parent: QWidget, suggested: str, caption: str, filters: str
) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    write_file(target, pdf)
    return target


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path if path.is_dir() else path.parent)))
