"""What a returned form's answers would change, and the writing of them.

Each kind gives an ``Answer``: the changes to preview beside what is recorded, and a
``write`` that the apply runs inside its one transaction, through the writing functions of
the services that own the records (``write_status``, ``write_journal``,
``write_person_skill``, ``write_assessments``), so a rule lives in one place.

Decisions, kept deliberately simple and told in the preview:
- Feedback. "Did it take place: yes" marks the session held, "no" marks it missed (and
  the rest of that form is not recorded); no answer but other answers: it took place. When
  the two sides disagree, "yes" wins (someone who rates a session attended it) and both are
  shown as a conflict. A rating or fit already recorded is replaced, shown as a conflict.
  Texts (what was learned, the quote) are never lost: a different text already recorded is
  kept and the new one added after it, shown as a conflict. Actions are added (a line
  already there is not doubled), owned by the side who wrote them; skills worked are added.
  Confidential notes are kept as they are.
- Skills. The answered skills go to the person's skills profile (a level already recorded
  that differs is shown as a conflict). A line with no level ticked (only "wants to learn",
  say) keeps the level recorded, or none for a new skill, and gives no assessment. While
  the programme is not closed, a start assessment is recorded for each skill whose level
  was ticked that has none yet in this programme, so its progress can be shown later; an
  existing one is never changed by a questionnaire.
- End. Levels reached are the end assessment (replacing an earlier one, as the assessment
  dialog does; the current level follows); the overall rating and quote are the person's
  programme feedback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.enums import AssessmentKind, PairingFit, ProgrammeStatus
from mentorat_desktop.db.enums import SessionStatus as Status
from mentorat_desktop.db.models import (
    PersonSkill,
    Programme,
    ProgrammeFeedback,
    Skill,
    SkillAssessment,
)
from mentorat_desktop.documents.forms import fields as f
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.forms import FieldChange
from mentorat_desktop.services.forms.identity import FormIdentity
from mentorat_desktop.services.programmes.assessments import write_assessments
from mentorat_desktop.services.staff.skills import PersonSkillRecord, write_person_skill

Values = dict[str, str | bool | None]
TEXT_LIMIT = 4000


@dataclass(frozen=True)
class Answer:
    changes: tuple[FieldChange, ...]
    write: Callable[[OrmSession], int]  # inside the apply's transaction; values written
    marks_session: bool = False  # a feedback form that marks its session held or missed


def as_dict(rows: Sequence[Any]) -> dict[Any, Any]:
    """Rows of two columns as a dict (dict() would take a Result for a mapping)."""
    return {key: value for key, value in rows}


def text_answer(values: Values, name: str) -> str:
    value = values.get(name)
    return value.strip()[:TEXT_LIMIT] if isinstance(value, str) else ""


def choice_answer(values: Values, name: str) -> str | None:
    value = values.get(name)
    return value if isinstance(value, str) else None


def merged_text(current: str, new: str) -> tuple[str, bool]:
    """(the text to store, whether it conflicts): nothing already written is lost."""
    if not new or new in current:
        return current, False
    if not current:
        return new, False
    return f"{current}\n{new}", True


def status_word(status: Status) -> str:
    return {
        Status.PLANNED: translate("Forms", "planned"),
        Status.HELD: translate("Forms", "held"),
        Status.CANCELLED: translate("Forms", "cancelled"),
        Status.MISSED: translate("Forms", "missed"),
    }[status]


def fit_word(fit: PairingFit | str | None) -> str:
    if fit is None:
        return ""
    return {
        PairingFit.GOOD: translate("Forms", "good fit"),
        PairingFit.UNSURE: translate("Forms", "unsure"),
        PairingFit.NOT_A_FIT: translate("Forms", "not a fit"),
    }[PairingFit(fit)]


def number_text(value: int | None) -> str:
    return "" if value is None else str(value)


def _skill_names(session: OrmSession, ids: tuple[int, ...]) -> dict[int, str]:
    return as_dict(
        session.execute(select(Skill.id, Skill.name).where(Skill.id.in_(ids or (-1,)))).all()
    )


def _yes(value: bool) -> str:
    return translate("Forms", "yes") if value else translate("Forms", "no")


def _conflicts(index: int, old: object, new: object) -> bool:
    """A recorded level that changes, or a recorded "yes" or target that a form takes away:
    the form starts unticked. The questionnaire opens with what is recorded, so an unticked
    box is her answer; still, a "yes" is not lost without the coordinator's tick."""
    if index == 0:
        return True
    if index in (1, 2):
        return bool(old) and not new
    return old is not None and new is None


def skills_answer(session: OrmSession, identity: FormIdentity, values: Values) -> Answer:
    names = _skill_names(session, identity.skill_ids)
    programme = session.get(Programme, identity.programme_id)
    assessing = programme is not None and programme.status is not ProgrammeStatus.CLOSED
    started = set(
        session.scalars(
            select(SkillAssessment.skill_id).where(
                SkillAssessment.person_id == identity.person_id,
                SkillAssessment.programme_id == identity.programme_id,
                SkillAssessment.kind == AssessmentKind.START,
            )
        )
    )
    records: list[PersonSkillRecord] = []
    starts: list[tuple[int, int, int]] = []
    changes: list[FieldChange] = []
    for skill_id in identity.skill_ids:
        if skill_id not in names:
            continue
        raw = values.get(f.level(skill_id))
        level = f.level_value(raw if isinstance(raw, str) else None)
        teach = values.get(f.teach(skill_id)) is True
        learn = values.get(f.learn(skill_id)) is True
        target_raw = values.get(f.target(skill_id))
        target = int(target_raw) if isinstance(target_raw, str) and target_raw.isdigit() else None
        target = target if target is not None and 0 <= target <= 4 else None
        if level is None and not teach and not learn and target is None:
            continue
        current = session.get(PersonSkill, (identity.person_id, skill_id))
        level_answered = level is not None
        level = level if level is not None else (current.level if current else 0)
        record = PersonSkillRecord(identity.person_id, skill_id, level, teach, learn, target)
        name = names[skill_id]
        before = (
            (current.level, current.can_teach, current.wants_to_learn, current.target_level)
            if current
            else None
        )
        if before != (level, teach, learn, target):
            records.append(record)
            shown = [
                (translate("Forms", "{skill}: level"), before[0] if before else None, level),
                (translate("Forms", "{skill}: can teach"), before[1] if before else None, teach),
                (
                    translate("Forms", "{skill}: wants to learn"),
                    before[2] if before else None,
                    learn,
                ),
                (
                    translate("Forms", "{skill}: target level"),
                    before[3] if before else None,
                    target,
                ),
            ]
            for index, (label, old, new) in enumerate(shown):
                if before is not None and old == new:
                    continue
                unanswered = not new if index > 0 else not level_answered
                if before is None and unanswered:
                    continue
                text = (lambda v: _yes(bool(v))) if index in (1, 2) else number_text
                changes.append(
                    FieldChange(
                        label.format(skill=name),
                        "" if before is None else text(old),
                        text(new),
                        before is not None and _conflicts(index, old, new),
                    )
                )
        if assessing and level_answered and skill_id not in started:
            starts.append((identity.person_id, skill_id, level))
            changes.append(
                FieldChange(
                    translate("Forms", "{skill}: start assessment").format(skill=name),
                    "",
                    str(level),
                )
            )

    def write(db: OrmSession) -> int:
        for record in records:
            write_person_skill(db, record)
        if starts:
            write_assessments(db, identity.programme_id, AssessmentKind.START, starts, date.today())
        return len(changes)

    return Answer(tuple(changes), write)


def end_answer(session: OrmSession, identity: FormIdentity, values: Values) -> Answer:
    names = _skill_names(session, identity.skill_ids)
    latest = as_dict(
        session.execute(
            select(SkillAssessment.skill_id, SkillAssessment.level).where(
                SkillAssessment.person_id == identity.person_id,
                SkillAssessment.programme_id == identity.programme_id,
                SkillAssessment.kind == AssessmentKind.END,
                SkillAssessment.id.in_(
                    select(func.max(SkillAssessment.id))
                    .where(
                        SkillAssessment.person_id == identity.person_id,
                        SkillAssessment.programme_id == identity.programme_id,
                        SkillAssessment.kind == AssessmentKind.END,
                    )
                    .group_by(SkillAssessment.skill_id)
                ),
            )
        ).all()
    )
    levels: list[tuple[int, int, int]] = []
    changes: list[FieldChange] = []
    for skill_id in identity.skill_ids:
        raw = values.get(f.reached(skill_id))
        level = f.level_value(raw if isinstance(raw, str) else None)
        if level is None or skill_id not in names:
            continue
        recorded = latest.get(skill_id)
        if recorded != level:
            levels.append((identity.person_id, skill_id, level))
            changes.append(
                FieldChange(
                    translate("Forms", "{skill}: level reached").format(skill=names[skill_id]),
                    number_text(recorded),
                    str(level),
                    recorded is not None,
                )
            )
    raw_rating = values.get(f.RATING)
    rating = f.rating_value(raw_rating if isinstance(raw_rating, str) else None)
    quote = text_answer(values, f.QUOTE)
    feedback = session.get(ProgrammeFeedback, (identity.person_id, identity.programme_id))
    old_rating = feedback.rating if feedback else None
    if rating is not None and rating != old_rating:
        changes.append(
            FieldChange(
                translate("Forms", "Overall rating"), number_text(old_rating), str(rating),
                old_rating is not None,
            )
        )  # fmt: skip
    new_quote, quote_conflict = merged_text(feedback.quote if feedback else "", quote)
    if new_quote != (feedback.quote if feedback else ""):
        changes.append(
            FieldChange(
                translate("Forms", "Quote to share"),
                feedback.quote if feedback else "",
                new_quote,
                quote_conflict,
            )
        )

    def write(db: OrmSession) -> int:
        if levels:
            write_assessments(db, identity.programme_id, AssessmentKind.END, levels, date.today())
        row = db.get(ProgrammeFeedback, (identity.person_id, identity.programme_id))
        if row is None and (rating is not None or quote):
            row = ProgrammeFeedback(
                person_id=identity.person_id, programme_id=identity.programme_id, quote=""
            )
            db.add(row)
        if row is not None:
            row.rating = rating if rating is not None else row.rating
            row.quote = merged_text(row.quote or "", quote)[0]
        return len(changes)

    return Answer(tuple(changes), write)
