"""Fillable PDF forms for the participants: a skills questionnaire, a session's feedback or
the end-of-programme assessment, one file per person, saved in a folder.

The participants fill them in any PDF reader and send them back; "Import returned forms…"
reads them. The files are written in the background, with progress and Cancel.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import PairStatus, SessionStatus
from mentorat_desktop.services.documents import subjects
from mentorat_desktop.services.forms import FormKind, FormRequest
from mentorat_desktop.services.programmes.pair_table import list_pairs
from mentorat_desktop.services.programmes.participants import participant_options
from mentorat_desktop.services.sessions import session_list as sl
from mentorat_desktop.services.sessions.sessions import database_zone
from mentorat_desktop.services.staff.skills import list_skills
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.models.chosen_skills_model import ChosenSkillsModel
from mentorat_desktop.ui.qt_dates import to_qdatetime
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.widgets.pdf_preview import open_folder

SESSIONS_SHOWN = 200
FEEDBACK_STATUSES = (SessionStatus.HELD, SessionStatus.PLANNED)  # planned: held, not yet marked


class StoppedByUser(Exception):
    """Raised from the progress report when Cancel was pressed: the files written stay."""


class FormsExportDialog(QDialog):
    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        kind: FormKind = FormKind.SKILLS,
        programme_id: int | None = None,
        session_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("forms_export_dialog")
        self.setWindowTitle(self.tr("Forms for the participants"))
        self.resize(640, 420)
        self.database = database
        self.folder: Path | None = None
        self.saved: list[Path] = []
        self._export: ops.Op[list[Path]] | None = None

        intro = QLabel(
            self.tr(
                "One fillable PDF per participant: they fill it in any PDF reader and send it "
                "back; “Import returned forms…” then records their answers."
            )
        )
        intro.setWordWrap(True)
        self.kind = QComboBox()
        for label, value in (
            (self.tr("Skills questionnaire"), FormKind.SKILLS),
            (self.tr("Session feedback"), FormKind.FEEDBACK),
            (self.tr("End-of-programme assessment"), FormKind.END),
        ):
            self.kind.addItem(label, value)
        self.programme = QComboBox()
        self.session = QComboBox()
        self.skills_model = ChosenSkillsModel(self)
        self.skills = QListView()
        self.skills.setModel(self.skills_model)
        self.skills.setMinimumHeight(120)
        form = QFormLayout()
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, label, widget, tip in (
            ("kind", self.tr("&Form:"), self.kind, self.tr("Which form to prepare")),
            ("programme", self.tr("&Programme:"), self.programme, self.tr("Whose participants")),
            (
                "session",
                self.tr("Sess&ion:"),
                self.session,
                self.tr("The session the feedback is about (the latest held one first)"),
            ),
            (
                "skills",
                self.tr("S&kills asked:"),
                self.skills,
                self.tr("Tick the skills to ask about; none ticked: the whole catalogue"),
            ),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setToolTip(tip)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
            self.rows[key] = (caption, widget)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = FieldError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(
            self.tr("&Save the forms in a folder…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setIcon(icon("download"))
        self.save_button.setToolTip(self.tr("One PDF per participant, in a folder you choose"))
        self.folder_button = QPushButton(icon("folder-open"), self.tr("&Open the folder"))
        self.folder_button.setToolTip(self.tr("Show the saved forms in their folder"))
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if programme_id is None and kind is FormKind.FEEDBACK:
            programme_id = self._latest_held_programme()
        self._fill_programmes(programme_id)
        self._fill_skills()
        self._select(self.kind, kind)
        self._fill_sessions(session_id)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.programme.currentIndexChanged.connect(lambda: self._fill_sessions(None))
        self.session.currentIndexChanged.connect(self._update)
        self.save_button.clicked.connect(self.choose_folder)
        self.folder_button.clicked.connect(lambda: self.folder and open_folder(self.folder))
        self.buttons.rejected.connect(self.reject)
        self._kind_changed()

    # --- choices -----------------------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _latest_held_programme(self) -> int | None:
        past = sl.list_sessions(
            self.database, sl.SessionFilter(sl.PAST), datetime.now(UTC), limit=SESSIONS_SHOWN
        )
        return next((r.programme_id for r in past if r.status is SessionStatus.HELD), None)

    def _fill_programmes(self, programme_id: int | None) -> None:
        for subject in subjects.programmes(self.database):
            self.programme.addItem(subject.label, subject.id)
        if programme_id is not None:
            self._select(self.programme, programme_id)

    def _fill_skills(self) -> None:
        self.skills_model.set_rows(list_skills(self.database))

    def _fill_sessions(self, session_id: int | None) -> None:
        """The programme's past sessions, newest first; the latest held one chosen unless
        another is asked for."""
        programme_id = self.programme.currentData()
        self.session.blockSignals(True)
        self.session.clear()
        if programme_id is not None:
            rows = sl.list_sessions(
                self.database,
                sl.SessionFilter(sl.PAST, programme_id=programme_id),
                datetime.now(UTC),
                limit=SESSIONS_SHOWN,
            )
            locale = QLocale()
            zone = database_zone(self.database)
            held = self.tr("held")
            not_marked = self.tr("not marked held")
            for row in rows:
                if row.status not in FEEDBACK_STATUSES:
                    continue
                when = locale.toString(
                    to_qdatetime(row.starts_at.astimezone(zone)), QLocale.FormatType.ShortFormat
                )
                state = held if row.status is SessionStatus.HELD else not_marked
                label = f"{when} — {row.mentor_name} → {row.mentee_name} ({state})"
                self.session.addItem(label, row.id)
                if row.status is SessionStatus.HELD and self.session.count() and session_id is None:
                    session_id = row.id  # the newest held one
        if session_id is not None and self.session.findData(session_id) < 0:
            self.session.insertItem(0, self.tr("Session {number}").format(number=session_id))
            self.session.setItemData(0, session_id)
        self._select(self.session, session_id)
        self.session.blockSignals(False)
        self._update()

    def current_kind(self) -> FormKind:
        return FormKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        shown = {"kind", "programme"}
        if kind is FormKind.FEEDBACK:
            shown.add("session")
        if kind is FormKind.SKILLS:
            shown.add("skills")
        for key, (caption, widget) in self.rows.items():
            caption.setVisible(key in shown)
            widget.setVisible(key in shown)
        self._update()

    def request(self) -> FormRequest | None:
        programme_id = self.programme.currentData()
        if programme_id is None:
            return None
        kind = self.current_kind()
        skills = self.skills_model.chosen_ids()
        return FormRequest(
            kind,
            programme_id,
            session_id=self.session.currentData() if kind is FormKind.FEEDBACK else None,
            skill_ids=skills if kind is FormKind.SKILLS else (),
        )

    def form_count(self) -> int:
        """How many files: both sides of a session, else each participant of the programme
        (those listed, and those of its pairs not stopped)."""
        request = self.request()
        if request is None:
            return 0
        if request.kind is FormKind.FEEDBACK:
            return 2 if request.session_id is not None else 0
        people = {o.id for o in participant_options(self.database, request.programme_id)}
        for pair in list_pairs(self.database, request.programme_id):
            if pair.status is not PairStatus.STOPPED:  # as the forms service counts them
                people |= {pair.mentor_id, pair.mentee_id}
        return len(people)

    def _update(self) -> None:
        self.error.clear_message()
        count = self.form_count()
        if count:
            self.save_button.setText(self.tr("&Save %n forms in a folder…", None, count))
        else:
            self.save_button.setText(self.tr("&Save the forms in a folder…"))
        self.save_button.setEnabled(count > 0 and self._export is None)
        if self.programme.count() == 0:
            self.status.setText(self.tr("No programme yet: create one in the Pairs view first."))
        elif count == 0 and self.current_kind() is FormKind.FEEDBACK:
            self.status.setText(self.tr("This programme has no past session yet."))
        elif count == 0:
            self.status.setText(self.tr("This programme has no participant yet."))
        else:
            self.status.clear()

    # --- saving ------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the forms"))
        if folder:
            self.save_in(Path(folder))

    def save_in(self, folder: Path) -> None:
        request = self.request()
        if request is None:
            return
        from mentorat_desktop.services.forms.build import export_forms

        database = self.database

        def work(progress: ops.Progress) -> list[Path]:
            def report(done: float) -> None:
                if progress.cancelled():
                    raise StoppedByUser
                progress.fraction(done)

            return export_forms(database, request, folder, report)

        self.folder = folder
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Writing the forms…"))
        self._export = ops.Op(
            self,
            work,
            success=self._saved,
            failure=self._failed,
            done=self._finished,
            title=self.tr("Forms for the participants"),
            progress_label=self.tr("Writing the forms…"),
            serial=True,  # ReportLab
        ).run()

    def _finished(self) -> None:
        self._export = None
        self._update()

    def _saved(self, paths: list[Path]) -> None:
        self.saved = paths
        self.folder_button.setEnabled(True)
        self.status.setText(
            self.tr("%n forms saved in {folder}.", None, len(paths)).format(folder=self.folder)
        )

    def _failed(self, error: Exception) -> None:
        if isinstance(error, StoppedByUser):
            self.folder_button.setEnabled(True)
            self.status.setText(
                self.tr("Stopped: the forms already written stay in {folder}.").format(
                    folder=self.folder
                )
            )
            return
        self.status.clear()
        self.error.show_message(ops.error_text(error))
