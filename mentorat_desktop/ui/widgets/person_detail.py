"""The detail pane of the staff view: a person's fields, skills, pairs and sessions."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import PairStatus, SessionStatus
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import fill
from mentorat_desktop.services.staff import skills as skill_service
from mentorat_desktop.services.staff.skills import SkillRecord
from mentorat_desktop.services.staff.staff_directory import (
    PersonDetail,
    SkillLine,
    generation_band,
    person_detail,
    seniority_years,
)
from mentorat_desktop.ui.icons import icon
from mentorat_desktop.ui.models.person_skills_model import COL_LEVEL, PersonSkillsModel
from mentorat_desktop.ui.models.staff_table_model import seniority_text
from mentorat_desktop.ui.qt_dates import to_qdate
from mentorat_desktop.ui.screenshots.fit import MAY_ELIDE
from mentorat_desktop.ui.widgets.field_error import FieldError
from mentorat_desktop.ui.widgets.level_delegate import LevelDelegate


class PersonDetailPane(QWidget):
    edit_requested = Signal()
    archive_requested = Signal()
    certificate_requested = Signal()
    skills_changed = Signal()
    skills_view_requested = Signal()  # the catalogue is empty: its skills are made there

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.detail: PersonDetail | None = None
        self.setObjectName("person_detail")
        self.setAccessibleName(self.tr("Selected person"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)

        self.title = QLabel(self.tr("Select a person to see their details."))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)

        self.fields_box = QWidget()
        self.form = QFormLayout(self.fields_box)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("email", self.tr("Email:")),
            ("department", self.tr("Department:")),
            ("job_title", self.tr("Job title:")),
            ("manager", self.tr("Manager:")),
            ("generation", self.tr("Generation:")),
            ("seniority", self.tr("Hire date:")),
            ("status", self.tr("Status:")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            value.setAccessibleName(label.rstrip(":"))
            self.values[key] = value
            self.form.addRow(label, value)
        layout.addWidget(self.fields_box)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(icon("settings"), self.tr("Edi&t…"))
        self.edit_button.setToolTip(self.tr("Change this person's details (Enter in the table)"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.archive_button = QPushButton(icon("archive"), self.tr("&Archive…"))
        self.archive_button.clicked.connect(self.archive_requested)
        self.certificate_button = QPushButton(icon("file-text"), self.tr("&Certificate…"))
        self.certificate_button.setToolTip(self.tr("This person's certificate, in Documents"))
        self.certificate_button.clicked.connect(self.certificate_requested)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.certificate_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.skills_group = QGroupBox(self.tr("Skills"))
        skills_layout = QVBoxLayout(self.skills_group)
        self.skills_model = PersonSkillsModel(self)
        self.skills_model.commit = self._commit_skill
        self.skills_table = QTableView()
        self.skills_table.setObjectName("person_skills")
        self.skills_table.setModel(self.skills_model)
        self.skills_table.setAccessibleName(self.tr("Skills of the selected person"))
        self.skills_table.setToolTip(
            self.tr("F2 or a digit changes the level; Space ticks can teach / wants to learn")
        )
        self.skills_table.setItemDelegateForColumn(COL_LEVEL, LevelDelegate(self.skills_table))
        self.skills_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.skills_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.skills_table.verticalHeader().hide()
        self.skills_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.skills_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.skills_table.setColumnHidden(1, True)  # the category is in the skill's tooltip
        skills_layout.addWidget(self.skills_table)
        add_row = QHBoxLayout()
        self.add_skill_combo = QComboBox()
        self.add_skill_combo.setAccessibleName(self.tr("Skill to add"))
        self.add_skill_combo.setToolTip(self.tr("Choose a skill to add to this person's profile"))
        # As wide as the pane, not as its longest skill: the pane stays usable at 1024 px.
        self.add_skill_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_skill_combo.setMinimumContentsLength(16)
        self.add_skill_combo.setProperty(MAY_ELIDE, True)  # a long skill name; its list shows it
        self.add_skill_button = QPushButton(icon("plus"), self.tr("Add s&kill"))
        self.add_skill_button.setToolTip(self.tr("Add the chosen skill at level 0"))
        self.add_skill_button.clicked.connect(self.add_skill)
        self.remove_skill_button = QPushButton(self.tr("Remove"))
        self.remove_skill_button.setToolTip(self.tr("Remove the selected skill from the profile"))
        self.remove_skill_button.clicked.connect(self.remove_skill)
        self.empty_catalogue = QLabel(
            self.tr("The skills catalogue is empty: create the skills in the Skills view first.")
        )
        self.empty_catalogue.setWordWrap(True)
        self.skills_view_button = QPushButton(icon("graduation-cap"), self.tr("Go to Skills"))
        self.skills_view_button.setToolTip(self.tr("Create the categories and skills to record"))
        self.skills_view_button.clicked.connect(self.skills_view_requested)
        self.empty_catalogue.hide()
        self.skills_view_button.hide()
        skills_layout.addWidget(self.empty_catalogue)
        skills_layout.addWidget(self.skills_view_button, 0, Qt.AlignmentFlag.AlignLeft)
        skills_layout.addWidget(self.add_skill_combo)
        add_row.addWidget(self.add_skill_button)
        add_row.addWidget(self.remove_skill_button)
        add_row.addStretch(1)
        skills_layout.addLayout(add_row)
        self.skill_error = FieldError(self.skills_group)
        skills_layout.addWidget(self.skill_error)
        layout.addWidget(self.skills_group, 1)

        self.pairs_label = QLabel()
        self.pairs_label.setWordWrap(True)
        self.pairs_label.setTextFormat(Qt.TextFormat.RichText)
        self.pairs_label.setAccessibleName(self.tr("Pairs"))
        self.sessions_label = QLabel()
        self.sessions_label.setWordWrap(True)
        self.sessions_label.setTextFormat(Qt.TextFormat.RichText)
        self.sessions_label.setAccessibleName(self.tr("Sessions"))
        layout.addWidget(self.pairs_label)
        layout.addWidget(self.sessions_label)
        self.show_person(None)

    def set_skill_choices(self, skills: list[SkillRecord]) -> None:
        self.add_skill_combo.clear()
        for skill in skills:
            self.add_skill_combo.addItem(f"{skill.name} ({skill.category_name})", skill.id)
        for widget in (self.add_skill_combo, self.add_skill_button):
            widget.setEnabled(bool(skills))
        self.empty_catalogue.setVisible(not skills)
        self.skills_view_button.setVisible(not skills)

    def show_person(self, person_id: int | None) -> None:
        self.detail = None
        if person_id is not None:
            try:
                self.detail = person_detail(self.database, person_id)
            except ServiceError:
                self.detail = None
        has = self.detail is not None
        for widget in (
            self.fields_box,
            self.edit_button,
            self.archive_button,
            self.certificate_button,
            self.skills_group,
        ):
            widget.setVisible(has)
        self.pairs_label.setVisible(has)
        self.sessions_label.setVisible(has)
        self.skill_error.clear_message()
        if self.detail is None:
            self.title.setText(self.tr("Select a person to see their details."))
            self.skills_model.set_rows([])
            return
        person = self.detail.person
        self.title.setText(person.full_name)
        locale = QLocale()
        years = seniority_years(person.hire_date)
        values = {
            "email": person.email or "—",
            "department": person.department_name or "—",
            "job_title": person.job_title or "—",
            "manager": self.detail.manager_name or "—",
            "generation": (
                self.tr("{band} (born in {year})").format(
                    band=generation_band(person.birth_year), year=person.birth_year
                )
                if person.birth_year
                else "—"
            ),
            "seniority": (
                self.tr("{date} ({seniority})").format(
                    date=locale.toString(
                        to_qdate(person.hire_date), QLocale.FormatType.ShortFormat
                    ),
                    seniority=seniority_text(years or 0),
                )
                if person.hire_date
                else "—"
            ),
            "status": self.tr("Archived") if person.archived else self.tr("Active"),
        }
        for key, text in values.items():
            self.values[key].setText(text)
        if person.archived:
            self.archive_button.setText(self.tr("Un&archive"))
            self.archive_button.setToolTip(self.tr("Bring this person back to the active staff"))
        else:
            self.archive_button.setText(self.tr("&Archive…"))
            self.archive_button.setToolTip(
                self.tr("Archive this person: they leave the lists, their history stays")
            )
        self.skills_model.set_rows(list(self.detail.skills))
        self.pairs_label.setText(self._pairs_html())
        self.sessions_label.setText(self._sessions_html())

    def _pairs_html(self) -> str:
        assert self.detail is not None
        statuses = {
            PairStatus.PROPOSED: self.tr("proposed"),
            PairStatus.ACTIVE: self.tr("active"),
            PairStatus.COMPLETED: self.tr("completed"),
            PairStatus.STOPPED: self.tr("stopped"),
        }
        if not self.detail.pairs:
            return "<b>{}</b><br>{}".format(
                html.escape(self.tr("Pairs")), html.escape(self.tr("No pair yet."))
            )
        items = []
        for pair in self.detail.pairs:
            role = self.tr("mentor of {name}") if pair.is_mentor else self.tr("mentee of {name}")
            items.append(
                html.escape(
                    self.tr("{programme}: {role} — {status}").format(
                        programme=pair.programme_name,
                        role=fill(role, name=pair.partner_name),
                        status=statuses[pair.status],
                    )
                )
            )
        return "<b>{}</b><ul style='margin:0'>{}</ul>".format(
            html.escape(self.tr("Pairs")), "".join(f"<li>{i}</li>" for i in items)
        )

    def _sessions_html(self) -> str:
        assert self.detail is not None
        statuses = {
            SessionStatus.PLANNED: self.tr("planned"),
            SessionStatus.HELD: self.tr("held"),
            SessionStatus.CANCELLED: self.tr("cancelled"),
            SessionStatus.MISSED: self.tr("missed"),
        }
        title = html.escape(self.tr("Sessions"))
        if not self.detail.sessions:
            return "<b>{}</b><br>{}".format(title, html.escape(self.tr("No session yet.")))
        locale = QLocale()
        items = [
            html.escape(
                self.tr("{date} with {name} — {status}").format(
                    date=locale.toString(
                        to_qdate(s.starts_at.date()), QLocale.FormatType.ShortFormat
                    ),
                    name=s.partner_name,
                    status=statuses[s.status],
                )
            )
            for s in self.detail.sessions[:8]
        ]
        more = len(self.detail.sessions) - len(items)
        tail = "<br>" + html.escape(self.tr("and %n more", "", more)) if more > 0 else ""
        return "<b>{}</b><ul style='margin:0'>{}</ul>{}".format(
            title, "".join(f"<li>{i}</li>" for i in items), tail
        )

    # --- skill edits ----------------------------------------------------------------------
    def _commit_skill(self, line: SkillLine, level: int, teach: bool, learn: bool) -> bool:
        assert self.detail is not None
        self.skill_error.clear_message()
        try:
            skill_service.set_person_skill(
                self.database,
                self.detail.person.id,
                line.skill_id,
                level=level,
                can_teach=teach,
                wants_to_learn=learn,
                target_level=line.target_level,
            )
        except ServiceError as exc:
            self.skill_error.show_message(exc.message)
            return False
        # After the editor has closed: the refresh that follows resets this pane's model.
        QTimer.singleShot(0, self.skills_changed.emit)
        return True

    def add_skill(self) -> None:
        if self.detail is None or self.add_skill_combo.currentIndex() < 0:
            return
        skill_id = self.add_skill_combo.currentData()
        if any(line.skill_id == skill_id for line in self.skills_model.rows):
            self.skill_error.show_message(self.tr("This skill is already in the profile."))
            return
        try:
            skill_service.set_person_skill(self.database, self.detail.person.id, skill_id, level=0)
        except ServiceError as exc:
            self.skill_error.show_message(exc.message)
            return
        self.show_person(self.detail.person.id)
        self.skills_changed.emit()

    def remove_skill(self) -> None:
        index = self.skills_table.currentIndex()
        if self.detail is None or not index.isValid():
            return
        line = self.skills_model.rows[index.row()]
        skill_service.clear_person_skill(self.database, self.detail.person.id, line.skill_id)
        self.show_person(self.detail.person.id)
        self.skills_changed.emit()
