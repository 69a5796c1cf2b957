"""A programme with a pair, skills and sessions; filling forms as a participant's reader would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from mentorat_desktop.db.database import Database
from mentorat_desktop.db.enums import Direction, PairStatus, ProgrammeStatus, SessionStatus
from mentorat_desktop.db.models import (
    OrganisationSettings,
    Pair,
    PairFocusSkill,
    Person,
    Programme,
    ProgrammeParticipant,
    Session,
    Skill,
    SkillCategory,
)


@dataclass
class World:
    programme: int
    pair: int
    mentor: int
    mentee: int
    outsider: int
    excel: int
    canva: int
    negotiation: int
    past_session: int
    later_session: int
    future_session: int


def make_world(database: Database) -> World:
    now = datetime.now(UTC)
    with database.transaction() as s:
        s.add(OrganisationSettings(id=1, company_name="Coopérative Dubœuf & Fils"))
        lea = Person(first_name="Léa", last_name="N’Diaye", email="lea@example.fr")
        bernard = Person(first_name="Bernard", last_name="Dupont-Lefèvre", email="b@example.fr")
        zoe = Person(first_name="Zoë", last_name="Œuvray")
        digital = SkillCategory(name="Numérique", position=0)
        business = SkillCategory(name="Métier", position=1)
        excel = Skill(name="Excel avancé", category=digital)
        canva = Skill(name="Canva", category=digital)
        negotiation = Skill(name="Négociation", category=business)
        programme = Programme(
            name="Cohorte 2026",
            start_date=date.today() - timedelta(days=60),
            end_date=date.today() + timedelta(days=120),
            status=ProgrammeStatus.RUNNING,
        )
        s.add_all([lea, bernard, zoe, excel, canva, negotiation, programme])
        s.flush()
        pair = Pair(
            programme_id=programme.id,
            mentor_id=lea.id,
            mentee_id=bernard.id,
            status=PairStatus.ACTIVE,
            reciprocal=True,
        )
        s.add(pair)
        s.add(ProgrammeParticipant(programme_id=programme.id, person_id=zoe.id))
        s.flush()
        s.add_all(
            [
                PairFocusSkill(
                    pair_id=pair.id, skill_id=excel.id, direction=Direction.MENTOR_TO_MENTEE
                ),
                PairFocusSkill(
                    pair_id=pair.id, skill_id=negotiation.id, direction=Direction.MENTEE_TO_MENTOR
                ),
            ]
        )
        sessions = [
            Session(pair_id=pair.id, starts_at=now - timedelta(days=d), duration_minutes=60)
            for d in (20, 6)
        ] + [Session(pair_id=pair.id, starts_at=now + timedelta(days=8), duration_minutes=60)]
        for row in sessions:
            row.status = SessionStatus.PLANNED
        s.add_all(sessions)
        s.flush()
        return World(
            programme.id, pair.id, lea.id, bernard.id, zoe.id, excel.id, canva.id, negotiation.id,
            sessions[0].id, sessions[1].id, sessions[2].id,
        )  # fmt: skip


def fill_with_pypdf(pdf: bytes, values: dict[str, str], path: Path) -> Path:
    """Fill like a program other than ours: pypdf, appearances regenerated."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=True)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def fill_with_pymupdf(pdf: bytes, values: dict[str, str | bool], path: Path) -> Path:
    """Fill with a second engine, MuPDF: each widget's value set and its appearance updated.

    A radio group is answered by switching on the widget whose on-state is the value."""
    import pymupdf

    document = pymupdf.open(stream=pdf, filetype="pdf")
    for page in document:
        for widget in page.widgets():
            name = widget.field_name
            if name not in values:
                continue
            wanted = values[name]
            if widget.field_type == pymupdf.PDF_WIDGET_TYPE_RADIOBUTTON:
                if widget.on_state() == wanted:
                    widget.field_value = True
                    widget.update()
            elif widget.field_type == pymupdf.PDF_WIDGET_TYPE_CHECKBOX:
                widget.field_value = bool(wanted)
                widget.update()
            else:
                widget.field_value = wanted
                widget.update()
    document.save(str(path))
    document.close()
    return path
