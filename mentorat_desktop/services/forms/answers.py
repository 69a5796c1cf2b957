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
  that differs is shown as a conflict). While the programme is not closed, a start
  assessment is recorded for each answered skill that has none yet in this programme, so
  its progress can be shown later; an existing one is never changed by a questionnaire.
- End. Levels reached are the end assessment (replacing an earlier one, as the assessment
  dialog does; the current level follows); the overall rating and quote are the person's
  programme feedback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.enums import ActionOwner, AssessmentKind, PairingFit, ProgrammeStatus
from mentorat_desktop.db.enums import SessionStatus as Status
from mentorat_desktop.db.models import (
    JournalSkill,
    PersonSkill,
    Programme,
    ProgrammeFeedback,
    Session,
    Skill,
    SkillAssessment,
)
from mentorat_desktop.documents.forms import fields as f
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.forms import FieldChange
from mentorat_desktop.services.forms.identity import FormIdentity
from mentorat_desktop.services.programmes.assessments import write_assessments
from mentorat_desktop.services.sessions.journals import ActionData, JournalInput, write_journal
from mentorat_desktop.services.sessions.sessions import write_status
from mentorat_desktop.services.staff.skills import PersonSkillRecord, write_person_skill

Values = dict[str, str | bool | None]
TEXT_LIMIT = 4000


@dataclass(frozen=True)
class Answer:
    changes: tuple[FieldChange, ...]
    write: Callable[[OrmSession], int]  # inside the apply's transaction; values written
    makes_held: bool = False  # a feedback form that marks its session held


def _pairs(rows: Sequence[Any]) -> dict[Any, Any]:
    """Rows of two columns as a dict (dict() would take a Result for a mapping)."""
    return {key: value for key, value in rows}


def _text(values: Values, name: str) -> str:
    value = values.get(name)
    return value.strip()[:TEXT_LIMIT] if isinstance(value, str) else ""


def _choice(values: Values, name: str) -> str | None:
    value = values.get(name)
    return value if isinstance(value, str) else None


def _merged(current: str, new: str) -> tuple[str, bool]:
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


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def feedback_answer(
    session: OrmSession, identity: FormIdentity, values: Values, other_held: str | None
) -> Answer:
    row = session.get(Session, identity.session_id)
    assert row is not None  # checked by the caller
    mentor = identity.side == "mentor"
    held = values.get(f.HELD)
    rating = f.rating_value(_choice(values, f.RATING))
    fit_value = values.get(f.FIT)
    fit = PairingFit(fit_value) if fit_value in f.FITS else None
    learned = _text(values, f.LEARNED)
    quote = _text(values, f.QUOTE)
    worked = [s for s in identity.skill_ids if values.get(f.worked(s)) is True]
    actions = [line.strip() for line in _text(values, f.ACTIONS).splitlines() if line.strip()]
    answered = any((rating, fit, learned, quote, worked, actions))
    disagree = other_held is not None and held is not None and other_held != held
    if held == f.HELD_NO and not disagree:
        target: Status | None = Status.MISSED
    elif held == f.HELD_YES or answered or other_held == f.HELD_YES:
        target = Status.HELD
    else:
        target = None
    changes: list[FieldChange] = []
    if target is not None and (row.status is not target or disagree):
        conflict = disagree or {row.status, target} == {Status.HELD, Status.MISSED}
        changes.append(
            FieldChange(
                translate("Forms", "Session"),
                status_word(row.status),
                status_word(target),
                conflict,
            )
        )
    journal = row.journal
    keep = target is not Status.MISSED
    side_rating = (journal.mentor_rating if mentor else journal.mentee_rating) if journal else None
    side_fit = (journal.mentor_fit if mentor else journal.mentee_fit) if journal else None
    new_learned, learned_conflict = _merged(journal.learned if journal else "", learned)
    new_quote, quote_conflict = _merged(journal.shared_quote if journal else "", quote)
    recorded_skills = set(
        session.scalars(select(JournalSkill.skill_id).where(JournalSkill.journal_id == journal.id))
        if journal
        else ()
    )
    known_actions = {a.text.strip().casefold() for a in journal.action_items} if journal else set()
    new_actions = [a for a in actions if a.casefold() not in known_actions]
    if keep:
        if rating is not None and rating != side_rating:
            label = (
                translate("Forms", "Mentor’s rating")
                if mentor
                else translate("Forms", "Mentee’s rating")
            )
            changes.append(
                FieldChange(label, _number(side_rating), str(rating), side_rating is not None)
            )
        if fit is not None and fit != side_fit:
            label = (
                translate("Forms", "Pairing fit (mentor)")
                if mentor
                else translate("Forms", "Pairing fit (mentee)")
            )
            changes.append(
                FieldChange(label, fit_word(side_fit), fit_word(fit), side_fit is not None)
            )
        if (journal is None or new_learned != journal.learned) and new_learned:
            changes.append(
                FieldChange(
                    translate("Forms", "What was learned"),
                    journal.learned if journal else "",
                    new_learned,
                    learned_conflict,
                )
            )
        if new_quote and (journal is None or new_quote != journal.shared_quote):
            changes.append(
                FieldChange(
                    translate("Forms", "Quote to share"),
                    journal.shared_quote if journal else "",
                    new_quote,
                    quote_conflict,
                )
            )
        added_skills = [s for s in worked if s not in recorded_skills]
        if added_skills:
            names = _pairs(
                session.execute(
                    select(Skill.id, Skill.name).where(Skill.id.in_(added_skills))
                ).all()
            )
            current_names = _pairs(
                session.execute(
                    select(Skill.id, Skill.name).where(Skill.id.in_(recorded_skills or {-1}))
                ).all()
            )
            changes.append(
                FieldChange(
                    translate("Forms", "Skills worked"),
                    ", ".join(sorted(current_names.values())),
                    ", ".join(sorted({*current_names.values(), *names.values()})),
                )
            )
        if new_actions:
            changes.append(
                FieldChange(translate("Forms", "New actions"), "", "; ".join(new_actions))
            )

    def write(db: OrmSession) -> int:
        meeting = db.get(Session, row.id)
        assert meeting is not None
        if target is not None and meeting.status is not target:
            write_status(meeting, target)
        if not keep:
            return len(changes)
        base = _journal_input(db, meeting)
        side = ActionOwner.MENTOR if mentor else ActionOwner.MENTEE
        known = {a.text.strip().casefold() for a in base.action_items}
        extra = tuple(ActionData(a, side) for a in actions if a.casefold() not in known)
        data = replace(
            base,
            learned=_merged(base.learned, learned)[0],
            shared_quote=_merged(base.shared_quote, quote)[0],
            skill_ids=tuple(sorted({*base.skill_ids, *worked})),
            action_items=base.action_items + extra,
        )
        if mentor:
            data = replace(
                data, mentor_rating=rating or data.mentor_rating, mentor_fit=fit or data.mentor_fit
            )
        else:
            data = replace(
                data, mentee_rating=rating or data.mentee_rating, mentee_fit=fit or data.mentee_fit
            )
        if data != base:
            write_journal(db, meeting, data)
        return len(changes)

    return Answer(tuple(changes), write, target is Status.HELD and row.status is not Status.HELD)


def _journal_input(session: OrmSession, row: Session) -> JournalInput:
    journal = row.journal
    if journal is None:
        return JournalInput()
    skills = session.scalars(
        select(JournalSkill.skill_id).where(JournalSkill.journal_id == journal.id)
    )
    actions = sorted(journal.action_items, key=lambda a: a.id)
    return JournalInput(
        journal.summary,
        journal.learned,
        tuple(sorted(skills)),
        journal.mentor_rating,
        journal.mentee_rating,
        journal.mentor_fit,
        journal.mentee_fit,
        tuple(ActionData(a.text, a.owner, a.due_on, a.done, a.id) for a in actions),
        journal.confidential_notes,
        journal.shared_quote,
    )


def _skill_names(session: OrmSession, ids: tuple[int, ...]) -> dict[int, str]:
    return _pairs(
        session.execute(select(Skill.id, Skill.name).where(Skill.id.in_(ids or (-1,)))).all()
    )


def _yes(value: bool) -> str:
    return translate("Forms", "yes") if value else translate("Forms", "no")


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
                if before is None and index > 0 and not new:
                    continue
                text = (lambda v: _yes(bool(v))) if index in (1, 2) else _number
                changes.append(
                    FieldChange(
                        label.format(skill=name),
                        "" if before is None else text(old),
                        text(new),
                        index == 0 and before is not None,
                    )
                )
        if assessing and skill_id not in started:
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
    latest = _pairs(
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
                    _number(recorded),
                    str(level),
                    recorded is not None,
                )
            )
    raw_rating = values.get(f.RATING)
    rating = f.rating_value(raw_rating if isinstance(raw_rating, str) else None)
    quote = _text(values, f.QUOTE)
    feedback = session.get(ProgrammeFeedback, (identity.person_id, identity.programme_id))
    old_rating = feedback.rating if feedback else None
    if rating is not None and rating != old_rating:
        changes.append(
            FieldChange(
                translate("Forms", "Overall rating"), _number(old_rating), str(rating),
                old_rating is not None,
            )
        )  # fmt: skip
    new_quote, quote_conflict = _merged(feedback.quote if feedback else "", quote)
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
            row.quote = _merged(row.quote or "", quote)[0]
        return len(changes)

    return Answer(tuple(changes), write)
