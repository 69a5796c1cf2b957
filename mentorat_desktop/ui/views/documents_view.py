"""Documents: choose a document and its subject, preview it, print it, save it as PDF."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import fill
from mentorat_desktop.services.changes import Changes, changes_of
from mentorat_desktop.services.documents import subjects
from mentorat_desktop.services.documents.document_kinds import (
    BatchResult,
    DocumentKind,
    RenderedDocument,
)
from mentorat_desktop.services.mail import MailKind
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.forms_actions import open_forms_export, open_returned_forms
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.qt_dates import to_date, to_qdatetime
from mentorat_desktop.ui.views.base import BaseView
from mentorat_desktop.ui.views.catalogue import ViewSpec
from mentorat_desktop.ui.views.mail_entry import MailEntry
from mentorat_desktop.ui.widgets.date_field import DateField
from mentorat_desktop.ui.widgets.empty_state import EmptyState
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.widgets.pdf_preview import PdfPreview, open_folder, print_pdf, save_pdf

SHORT = QLocale.FormatType.ShortFormat

PAIR_CHARTER = "pair_charter"
BATCH = "certificates"
PREVIEW_DELAY_MS = 150


PREVIEW = "preview"


class DocumentsView(BaseView):
    # people: the subjects (pairs, sessions, participants) are chosen by name.
    shows = Changes(
        people=True, programmes=True, pairs=True, sessions=True, documents=True, settings=True
    )

    def __init__(self, spec: ViewSpec, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(spec, database, parent)
        self.rendered: RenderedDocument | None = None
        self.last_saved: Path | None = None
        self._batch: ops.Op[BatchResult] | None = None
        self.batch_result: tuple[int, BatchResult] | None = None  # kept on screen
        self._batch_programme: int | None = None

        self.kind = QComboBox()
        for label, key in (
            (self.tr("Programme charter"), DocumentKind.CHARTER.value),
            (self.tr("Pair charter, with signatures"), PAIR_CHARTER),
            (self.tr("Session agenda"), DocumentKind.AGENDA.value),
            (self.tr("Agendas of a week"), DocumentKind.AGENDAS.value),
            (self.tr("Certificate"), DocumentKind.CERTIFICATE.value),
            (self.tr("All certificates of a programme"), BATCH),
            (self.tr("Programme report"), DocumentKind.REPORT.value),
        ):
            self.kind.addItem(label, key)
        self.programme = QComboBox()
        self.pair = QComboBox()
        self.session = QComboBox()
        self.person = QComboBox()
        self.week = DateField(QDate.currentDate())
        self.week.setCalendarPopup(True)
        self.override = QLineEdit()
        self.override.setPlaceholderText(self.tr("Reason for issuing it anyway"))

        form = QFormLayout()
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, label, widget, tip in (
            ("kind", self.tr("&Document:"), self.kind, self.tr("Which document to prepare")),
            ("programme", self.tr("&Programme:"), self.programme, self.tr("The programme")),
            ("pair", self.tr("P&air:"), self.pair, self.tr("Mentor → mentee")),
            ("session", self.tr("&Session:"), self.session, self.tr("An upcoming session")),
            ("week", self.tr("&Week of:"), self.week, self.tr("Prints that day and the 6 after")),
            (
                "person",
                self.tr("Pa&rticipant:"),
                self.person,
                self.tr("Who the certificate is for"),
            ),
            (
                "override",
                self.tr("&Override:"),
                self.override,
                self.tr("The criteria are not met: say why the certificate is issued anyway"),
            ),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setToolTip(tip)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
            self.rows[key] = (caption, widget)

        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setToolTip(self.tr("Print the document (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setToolTip(self.tr("Save the document as a PDF file (Ctrl+S)"))
        self.folder_button = QPushButton(icon("folder-open"), self.tr("&Open the folder"))
        self.folder_button.setToolTip(self.tr("Show the last saved file in its folder"))
        self.batch_button = QPushButton(self.tr("&Write the certificates…"))
        self.batch_button.setToolTip(
            self.tr("One PDF per participant in a folder, and one file with all of them")
        )
        self.forms_button = QPushButton(icon("file-text"), self.tr("Participants’ for&ms…"))
        self.forms_button.setToolTip(
            self.tr("Fillable PDF forms: skills questionnaire, session feedback, end of programme")
        )
        self.forms_button.clicked.connect(
            lambda: open_forms_export(database, self, programme_id=self.programme.currentData())
        )
        self.returned_button = QPushButton(icon("upload"), self.tr("Import retur&ned forms…"))
        self.returned_button.setToolTip(self.tr("Record the answers of the returned forms"))
        self.returned_button.clicked.connect(
            lambda: open_returned_forms(database, self, self.report)
        )
        self.mail_button = QPushButton(icon("mail"), self.tr("Send by &email…"))
        self.mail_button.setToolTip(self.tr("Send each participant their certificate"))
        self.mail_entry = MailEntry(self)
        self.mail_button.clicked.connect(
            lambda: self.mail_entry.open(MailKind.CERTIFICATES, self.programme.currentData())
        )
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        buttons = QHBoxLayout()
        for button in (
            self.print_button,
            self.save_button,
            self.folder_button,
            self.batch_button,
            self.mail_button,
            self.progress,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = FieldError(self)
        self.preview = PdfPreview(self)
        self.empty_hint = EmptyState(
            self.tr(
                "No programme yet. Documents are made for a programme: create one in the "
                "Pairs view (“New programme…”); its charter, agendas, certificates and report "
                "are then prepared here."
            )
        )
        self.empty_pairs_button = self.empty_hint.add_button(
            QPushButton(icon("handshake"), self.tr("Go to Pairs"))
        )
        self.empty_pairs_button.setToolTip(self.tr("Create a programme and form its pairs"))
        self.empty_pairs_button.clicked.connect(lambda: self.navigate_requested.emit("pairs", None))

        top = QHBoxLayout()
        top.addLayout(form, 2)
        top.addStretch(1)
        forms = QVBoxLayout()  # the participants' forms: their own dialogs
        forms.addWidget(self.forms_button)
        forms.addWidget(self.returned_button)
        forms.addStretch(1)
        top.addLayout(forms)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        title = QLabel(f"<h2>{spec.title}</h2>")
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.empty_hint, 1)
        self.empty_hint.hide()  # until the programmes are loaded (_show_empty_state)

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.programme.currentIndexChanged.connect(self._programme_changed)
        for widget in (self.pair, self.session, self.person):
            widget.currentIndexChanged.connect(self._subject_changed)
        self.week.dateChanged.connect(self._subject_changed)
        self.override.editingFinished.connect(self._subject_changed)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.folder_button.clicked.connect(lambda: self.last_saved and open_folder(self.last_saved))
        self.batch_button.clicked.connect(self.write_certificates)
        self.cancel_button.clicked.connect(self._cancel)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_document)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_document)
        self._set_busy(False)
        self._kind_changed()

    # --- subjects --------------------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData()

    def load(self) -> None:
        self._fill(self.programme, [(s.label, s.id) for s in subjects.programmes(self.database)])
        locale = QLocale()
        sessions = subjects.upcoming_sessions(self.database, datetime.now(UTC))

        def when(start: datetime | None) -> str:
            if start is None:
                return ""
            return locale.toString(to_qdatetime(start), QLocale.FormatType.ShortFormat)

        self._fill(self.session, [(f"{when(s.local_start)} — {s.pair}", s.id) for s in sessions])
        self._programme_changed()

    def _fill(self, combo: QComboBox, items: list[tuple[str, int]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
        combo.blockSignals(False)

    def _programme_changed(self) -> None:
        programme_id = self.programme.currentData()
        pairs = subjects.pairs_of(self.database, programme_id) if programme_id else []
        self._fill(self.pair, [(s.label, s.id) for s in pairs])
        from mentorat_desktop.services.documents.certificates import eligibility

        people = eligibility(self.database, programme_id) if programme_id else []
        self._fill(
            self.person,
            [
                (
                    f"{p.name} — "
                    + (
                        self.tr("issued")
                        if p.certificate_code
                        else self.tr("criteria met")
                        if p.eligible
                        else p.reason
                    ),
                    p.person_id,
                )
                for p in people
            ],
        )
        self._subject_changed()

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        visible = {
            DocumentKind.CHARTER.value: {"programme"},
            PAIR_CHARTER: {"programme", "pair"},
            DocumentKind.AGENDA.value: {"session"},
            DocumentKind.AGENDAS.value: {"week"},
            DocumentKind.CERTIFICATE.value: {"programme", "person", "override"},
            BATCH: {"programme"},
            DocumentKind.REPORT.value: {"programme"},
        }[kind]
        for key, (caption, widget) in self.rows.items():
            shown = key == "kind" or key in visible
            caption.setVisible(shown)
            widget.setVisible(shown)
        self.batch_button.setVisible(kind == BATCH)
        self.mail_button.setVisible(kind in (BATCH, DocumentKind.CERTIFICATE.value))
        self._subject_changed()

    def _subject_changed(self) -> None:
        self.preview_timer.start()

    def prepare(
        self,
        kind: str,
        *,
        programme_id: int | None = None,
        pair_id: int | None = None,
        session_id: int | None = None,
        person_id: int | None = None,
    ) -> None:
        """Select a document and its subject, as another view asks ("Print the agenda")."""
        if self.stale:
            self.reload()
        if kind == DocumentKind.CHARTER.value and pair_id is not None:
            kind = PAIR_CHARTER
        self._select(self.kind, kind)
        if programme_id is None and person_id is not None:
            programme_id = self._certificate_programme(person_id)
        if programme_id is not None:
            self._select(self.programme, programme_id)
        for combo, value in ((self.pair, pair_id), (self.person, person_id)):
            if value is not None:
                self._select(combo, value)
        if session_id is not None:
            if self.session.findData(session_id) < 0:  # a past session: not in the list
                self.session.addItem(
                    self.tr("Session {number}").format(number=session_id), session_id
                )
            self._select(self.session, session_id)
        self.refresh_preview()

    def _certificate_programme(self, person_id: int) -> int | None:
        """The newest programme where the person has or has earned a certificate, else their
        newest programme."""
        from mentorat_desktop.services.documents.certificates import eligibility

        theirs = subjects.programmes_of_person(self.database, person_id)
        for programme in theirs:
            status = next(
                (e for e in eligibility(self.database, programme.id) if e.person_id == person_id),
                None,
            )
            if status is not None and (status.certificate_code or status.eligible):
                return programme.id
        return theirs[0].id if theirs else None

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    # --- preview ---------------------------------------------------------------------------
    def _request(self) -> dict | None:
        kind = self.current_kind()
        if kind == BATCH:
            return None
        start = datetime.combine(to_date(self.week.date()), time(), UTC)
        return {
            "kind": DocumentKind(DocumentKind.CHARTER if kind == PAIR_CHARTER else kind),
            "programme_id": self.programme.currentData(),
            "pair_id": self.pair.currentData() if kind == PAIR_CHARTER else None,
            "session_id": self.session.currentData(),
            "person_id": self.person.currentData(),
            "start": start,
            "end": start + timedelta(days=7),
            "override_reason": self.override.text(),
        }

    def _show_empty_state(self) -> bool:
        """No programme: say how to get one, rather than an error over an empty preview."""
        empty = self.programme.count() == 0
        self.empty_hint.setVisible(empty)
        self.preview.setVisible(not empty)
        return empty

    def refresh_preview(self) -> None:
        self.error.clear_message()
        if self._show_empty_state():
            ops.forget(self, PREVIEW)
            self.rendered = None
            self.status.clear()
            self._update_buttons()
            return
        request = self._request()
        if request is None:
            ops.forget(self, PREVIEW)
            if self._show_batch_result():
                return
            self.rendered = None
            self.preview.clear()
            self.status.setText(self.tr("Choose the programme, then write the certificates."))
            self._update_buttons()
            return
        if self.current_kind() == PAIR_CHARTER and request["pair_id"] is None:
            ops.forget(self, PREVIEW)
            self._failed_now(self.tr("This programme has no pairs yet."))
            return
        self.status.setText(self.tr("Preparing the preview…"))
        database = self.database
        from mentorat_desktop.services.documents.document_export import render  # loads ReportLab

        ops.Op(
            self,
            lambda _progress: render(database, **request),
            success=self._show,
            failure=self._failed,
            title=self.tr("Documents"),
            busy_cursor=False,  # a preview follows the choices; the status line says it
            serial=True,
            supersedes=PREVIEW,  # only the newest request's answer is shown
        ).run()

    def _show(self, document: RenderedDocument) -> None:
        self.rendered = document
        self.preview.show_pdf(document.pdf)
        pages = self.preview.page_count()
        self.status.setText(self.tr("{title} — %n pages", "", pages).format(title=document.title))
        self._update_buttons()

    def _failed(self, exc: Exception) -> None:
        self._failed_now(exc.message if isinstance(exc, ServiceError) else str(exc))

    def _failed_now(self, message: str) -> None:
        self.rendered = None
        self.preview.clear()
        self.status.clear()
        self.error.show_message(message)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.rendered is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.folder_button.setEnabled(self.last_saved is not None)

    # --- actions ---------------------------------------------------------------------------
    def print_document(self) -> None:
        if self.rendered is not None:
            print_pdf(self.preview.document_, self, self.rendered.title, self.rendered.pdf)

    def save_document(self) -> None:
        if self.rendered is None:
            return
        path = save_pdf(
            self.rendered.pdf,
            self,
            self.rendered.filename,
            self.tr("Save as PDF"),
            self.tr("PDF documents (*.pdf)"),
        )
        if path is not None:
            self.last_saved = path
            self.status.setText(self.tr("Saved as {path}").format(path=path))
            self._update_buttons()

    def write_certificates(self) -> None:
        """Who gets one first, with a way to override; only then the folder."""
        from mentorat_desktop.services.documents.certificates import eligibility
        from mentorat_desktop.ui.dialogs.certificates_dialog import CertificatesDialog

        programme_id = self.programme.currentData()
        if programme_id is None:
            return
        dialog = CertificatesDialog(eligibility(self.database, programme_id), self)
        if not dialog.exec():
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the certificates"))
        if folder:
            self.start_batch(programme_id, Path(folder), dialog.overrides())

    def start_batch(
        self, programme_id: int, folder: Path, overrides: dict[int, str] | None = None
    ) -> None:
        self._set_busy(True)
        self.batch_result = None
        self._batch_programme = programme_id
        database = self.database
        from mentorat_desktop.services.documents.document_export import certificates_batch

        self._batch = ops.Op(
            self,
            lambda progress: certificates_batch(
                database, programme_id, folder, progress, progress.cancelled, overrides=overrides
            ),
            success=self._batch_done,
            failure=self._batch_failed,
            progress=self._batch_progress,  # the view's own bar and Cancel button
            done=lambda: self._set_busy(False),
            title=self.tr("Certificates"),
            serial=True,
        ).run()

    def _batch_progress(self, percent: int, name: str) -> None:
        self.progress.setValue(percent)
        if name:
            self.status.setText(fill(self.tr("Certificate of {name}…"), name=name))

    def _batch_done(self, result: BatchResult) -> None:
        if result.files:
            self.last_saved = result.files[0]
        self.batch_result = (self._batch_programme or 0, result)
        from mentorat_desktop.services.documents.document_export import certificates_batch

        self.report(changes_of(certificates_batch))  # this view keeps the result on screen
        self._show_batch_result()

    def _show_batch_result(self) -> bool:
        """The written batch stays on screen: its combined file previewed, ready to print."""
        if self.batch_result is None or self.current_kind() != BATCH:
            return False
        programme_id, result = self.batch_result
        if programme_id != self.programme.currentData():
            return False
        count = len(result.files)
        if result.cancelled or result.combined is None:
            self.status.setText(self.tr("Stopped: %n certificates written.", None, count))
            return True
        pdf = result.combined.read_bytes()
        self.rendered = RenderedDocument(result.combined.stem, result.combined.name, pdf)
        self.preview.show_pdf(pdf)
        self.status.setText(
            self.tr("%n certificates written, and all of them in “%1”.", None, count).replace(
                "%1", result.combined.name
            )
        )
        self._update_buttons()
        return True

    def _batch_failed(self, exc: Exception) -> None:
        self.error.show_message(exc.message if isinstance(exc, ServiceError) else str(exc))

    def _cancel(self) -> None:
        if self._batch is not None:
            self._batch.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.batch_button.setEnabled(not busy)
        if busy:
            self.progress.setValue(0)

    def select_item(self, item_id: int) -> None:
        """The certificates of a programme (the dashboard's to-do links)."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(BATCH)))
        index = self.programme.findData(item_id)
        if index >= 0:
            self.programme.setCurrentIndex(index)
