"""Add or edit a person; each validation message appears under the field that is wrong."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.errors import ServiceError, ValidationError
from mentorat_desktop.services.staff import people
from mentorat_desktop.services.staff.people import PersonInput, PersonRecord
from mentorat_desktop.ui.dialogs.form_dialog import FormDialog

NO_YEAR = 1899
NO_DATE = QDate(1900, 1, 1)


class PersonDialog(FormDialog):
    def __init__(
        self, database: Database, person: PersonRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.person = person
        self.saved: PersonRecord | None = None
        self.setObjectName("person_dialog")
        self.setWindowTitle(self.tr("Edit a person") if person else self.tr("New person"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.first_name = QLineEdit(person.first_name if person else "")
        self.first_name.setMaxLength(120)
        self.add_row(
            form,
            "first_name",
            self.tr("&First name:"),
            self.first_name,
            self.tr("The person's first name"),
        )
        self.last_name = QLineEdit(person.last_name if person else "")
        self.last_name.setMaxLength(120)
        self.add_row(
            form,
            "last_name",
            self.tr("&Last name:"),
            self.last_name,
            self.tr("The person's last name"),
        )
        self.email = QLineEdit((person.email or "") if person else "")
        self.add_row(
            form,
            "email",
            self.tr("&Email:"),
            self.email,
            self.tr("Optional; two people cannot share one"),
        )
        self.job_title = QLineEdit(person.job_title if person else "")
        self.add_row(
            form,
            "job_title",
            self.tr("&Job title:"),
            self.job_title,
            self.tr("For example: Chargée de communication"),
        )

        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.department.addItem("", None)
        for department in people.list_departments(database):
            self.department.addItem(department.name, department.id)
        if person and person.department_id is not None:
            self.department.setCurrentIndex(self.department.findData(person.department_id))
        self.add_row(
            form,
            "department_id",
            self.tr("&Department:"),
            self.department,
            self.tr("Choose a department or type a new one"),
        )

        self.manager = QComboBox()
        self.manager.setEditable(True)
        self.manager.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.manager.addItem("", None)
        for other in people.list_people(database):
            label = (
                f"{other.full_name} — {other.department_name}"
                if other.department_name
                else other.full_name
            )
            self.manager.addItem(label, other.id)
        self.manager.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.manager.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if person and person.manager_id is not None:
            self.manager.setCurrentIndex(max(0, self.manager.findData(person.manager_id)))
        self.add_row(
            form,
            "manager_id",
            self.tr("&Manager:"),
            self.manager,
            self.tr("Kept out of the same pair as this person"),
        )

        self.birth_year = QSpinBox()
        self.birth_year.setRange(NO_YEAR, date.today().year)
        self.birth_year.setSpecialValueText(self.tr("unknown"))
        self.birth_year.setValue(person.birth_year if person and person.birth_year else NO_YEAR)
        self.add_row(
            form,
            "birth_year",
            self.tr("&Birth year:"),
            self.birth_year,
            self.tr("Optional; only the generation band is shown"),
        )

        self.hire_date = QDateEdit()
        self.hire_date.setCalendarPopup(True)
        self.hire_date.setDisplayFormat("dd/MM/yyyy")
        self.hire_date.setMinimumDate(NO_DATE)
        self.hire_date.setSpecialValueText(self.tr("unknown"))
        self.hire_date.setDate(QDate(person.hire_date) if person and person.hire_date else NO_DATE)
        self.add_row(
            form,
            "hire_date",
            self.tr("&Hire date:"),
            self.hire_date,
            self.tr("Optional; gives the seniority"),
        )

        self.lay_out(form)
        self.first_name.setFocus()

    def _department(self) -> tuple[int | None, str]:
        """The chosen department's id, or the name of a new one (saved with the person)."""
        text = self.department.currentText().strip()
        if not text:
            return None, ""
        index = self.department.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return self.department.itemData(index), ""
        return None, text

    def _manager_id(self) -> int | None:
        index = self.manager.findText(self.manager.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.manager.itemData(index) if index > 0 else None

    def current_input(self) -> PersonInput:
        year = self.birth_year.value()
        hired = self.hire_date.date()
        department_id, new_department = self._department()
        return PersonInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            job_title=self.job_title.text(),
            department_id=department_id,
            manager_id=self._manager_id(),
            birth_year=None if year == NO_YEAR else year,
            hire_date=None if hired == NO_DATE else hired.toPython(),
            new_department=new_department,
        )

    def save(self) -> None:
        self.clear_errors()
        try:
            data = self.current_input()
            if self.person is None:
                self.saved = people.create_person(self.database, data)
            else:
                self.saved = people.update_person(
                    self.database, self.person.id, data, expected_version=self.person.version
                )
        except ValidationError as exc:
            field = {"manager": "manager_id", "name": "last_name"}.get(exc.field, exc.field)
            self.show_error(ValidationError(field, exc.message))
            return
        except ServiceError as exc:
            self.show_error(exc)
            return
        self.accept()
