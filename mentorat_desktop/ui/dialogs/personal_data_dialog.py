"""Personal data rights for one person: export what the app holds, or anonymise them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import fill
from mentorat_desktop.search_text import fold, matches, search_terms
from mentorat_desktop.services.safety.erasure import confirmation_matches
from mentorat_desktop.services.safety.person_data import export_person_data
from mentorat_desktop.services.safety.privacy import (
    AnonymisationOutcome,
    PrivacyPerson,
    anonymise_person,
    list_privacy_people,
)
from mentorat_desktop.ui import ops
from mentorat_desktop.ui.dialogs.anonymised_copies_dialog import AnonymisedCopiesDialog
from mentorat_desktop.ui.qt_dates import to_qdate
from mentorat_desktop.ui.widgets.field_error import FieldError

ID_ROLE = Qt.ItemDataRole.UserRole
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1


class AnonymiseConfirmDialog(QDialog):
    """Irreversible, so the user types the person's name in full before the button wakes up."""

    def __init__(self, full_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anonymise_confirm_dialog")
        self.setWindowTitle(self.tr("Anonymise {name}").format(name=full_name))
        self.full_name = full_name
        text = QLabel(
            fill(
                self.tr(
                    "{name}'s name, email, birth year, hire date, job title and manager link, and "
                    "every note written by or about them, will be erased for good. Their sessions, "
                    "hours and ratings stay in the statistics. A backup is taken first.\n\n"
                    "Type their name to confirm:"
                ),
                name=full_name,
            )
        )
        text.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Name of the person"))
        self.typed.setPlaceholderText(full_name)
        self.typed.setToolTip(self.tr("Type the name exactly as shown"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = self.buttons.addButton(
            self.tr("&Anonymise"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)

    def _typed(self, text: str) -> None:
        self.confirm_button.setEnabled(confirmation_matches(text, self.full_name))


class FoldedFilter(QSortFilterProxyModel):
    """Rows whose name holds every word typed, ignoring case, accents and ligatures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terms: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self.terms = search_terms(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return matches(index.data(FOLDED_ROLE) or "", self.terms)


class PersonalDataDialog(QDialog):
    def __init__(
        self, database: Database, parent: QWidget | None = None, *, person_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personal_data_dialog")
        self.setWindowTitle(self.tr("Personal data"))
        self.setMinimumSize(560, 480)
        self.database = database
        self.changed = False
        self.working = False  # an anonymisation under way: the dialog waits for it
        self.people: dict[int, PrivacyPerson] = {}

        intro = QLabel(
            self.tr(
                "For a request from an employee (right of access), export everything the app "
                "holds about them. For someone who left, anonymise them: the statistics stay."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a name…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setToolTip(self.tr("Filter the list by name"))
        self.model = QStandardItemModel(self)
        self.proxy = FoldedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_query)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("People"))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.include_notes = QCheckBox(self.tr("Include confidential session notes"))
        self.include_notes.setToolTip(
            self.tr("They concern the other participant too: read them before sending")
        )
        self.export_button = QPushButton(self.tr("&Export their data…"))
        self.export_button.setToolTip(self.tr("A JSON file and a readable PDF, in a folder"))
        self.export_button.clicked.connect(self.export)
        self.anonymise_button = QPushButton(self.tr("&Anonymise…"))
        self.anonymise_button.setToolTip(self.tr("Erase who they are, keep the statistics"))
        self.anonymise_button.clicked.connect(self.anonymise)
        self.error = FieldError(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.anonymise_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # Return in the search field opens nothing
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.include_notes)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload(person_id)

    def reload(self, select_id: int | None = None) -> None:
        self.model.clear()
        today = date.today()
        locale = QLocale()
        self.people = {p.id: p for p in list_privacy_people(self.database)}
        for person in self.people.values():
            text = person.full_name
            if person.anonymised:
                text += " — " + self.tr("anonymised")
            elif person.archived_on and person.past_retention(today):
                text += " — " + self.tr("⚠ archived since {date}, past retention").format(
                    date=locale.toString(
                        to_qdate(person.archived_on), QLocale.FormatType.ShortFormat
                    )
                )
            elif person.archived_on:
                text += " — " + self.tr("archived")
            item = QStandardItem(text)
            item.setData(person.id, ID_ROLE)
            item.setData(fold(person.full_name), FOLDED_ROLE)
            self.model.appendRow(item)
        if select_id is not None:
            self.select(select_id)
        self._update_buttons()

    def select(self, person_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == person_id:
                self.list.setCurrentIndex(index)
                return

    def current(self) -> PrivacyPerson | None:
        index = self.list.currentIndex()
        return self.people.get(index.data(ID_ROLE)) if index.isValid() else None

    def _update_buttons(self) -> None:
        person = self.current()
        self.export_button.setEnabled(person is not None)
        self.anonymise_button.setEnabled(person is not None and not person.anonymised)

    def export(self) -> None:
        person = self.current()
        if person is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the export"))
        if not folder:
            return
        self.error.clear_message()
        try:
            files = export_person_data(
                self.database,
                person.id,
                Path(folder),
                include_confidential_notes=self.include_notes.isChecked(),
            )
        except ServiceError as exc:
            self.error.show_message(exc.message)
            return
        self.status.setText(
            self.tr("✔ Written: {json} and {pdf}").format(
                json=files.json_path.name, pdf=files.pdf_path.name
            )
        )

    def anonymise(self) -> None:
        person = self.current()
        if person is None:
            return
        confirm = AnonymiseConfirmDialog(person.full_name, self)
        if not confirm.exec():
            return
        self.error.clear_message()
        database, typed = self.database, confirm.typed.text()
        for button in (self.export_button, self.anonymise_button):
            button.setEnabled(False)
        self.working = True
        ops.Op(  # every free text is read: seconds on a large database
            self,
            lambda _progress: anonymise_person(database, person.id, typed),
            success=lambda outcome: self._anonymised(person, outcome),
            failure=lambda error: self.error.show_message(ops.error_text(error)),
            done=self._done,
            title=self.tr("Anonymisation"),
        ).run()

    def _done(self) -> None:
        self.working = False
        self._update_buttons()

    def reject(self) -> None:
        if not self.working:  # closing now would hide that the person was anonymised
            super().reject()

    def _anonymised(self, person: PrivacyPerson, outcome: AnonymisationOutcome) -> None:
        self.changed = True
        self.reload(person.id)
        self.status.setText(self.tr("✔ Anonymised: now “{label}”.").format(label=outcome.label))
        copies = AnonymisedCopiesDialog(self.database, outcome, person.full_name, self)
        copies.exec()
