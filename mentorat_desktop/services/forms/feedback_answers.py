"""What a returned session-feedback form would change in the journal, and its writing.

The rules are told in ``answers``' docstring (feedback: "yes" wins, texts are added, not
replaced; confidential notes kept).
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db.enums import ActionOwner, PairingFit
from mentorat_desktop.db.enums import SessionStatus as Status
from mentorat_desktop.db.models import JournalSkill, Session, Skill
from mentorat_desktop.documents.forms import fields as f
from mentorat_desktop.documents.language import document_translator
from mentorat_desktop.i18n import translate
from mentorat_desktop.services.forms import FieldChange
from mentorat_desktop.services.forms.answers import (
    Answer,
    Values,
    as_dict,
    choice_answer,
    fit_word,
    merged_text,
    number_text,
    status_word,
    text_answer,
)
from mentorat_desktop.services.forms.identity import FormIdentity
from mentorat_desktop.services.sessions.journals import (
    ActionData,
    recorded_journal,
    write_journal,
)
from mentorat_desktop.services.sessions.sessions import write_status


def feedback_answer(
    session: OrmSession, identity: FormIdentity, values: Values, other_held: str | None
) -> Answer:
    row = session.get(Session, identity.session_id)
    assert row is not None  # checked by the caller
    mentor = identity.side == "mentor"
    held = values.get(f.HELD)
    rating = f.rating_value(choice_answer(values, f.RATING))
    fit_value = values.get(f.FIT)
    fit = PairingFit(fit_value) if fit_value in f.FITS else None
    learned = signed(text_answer(values, f.LEARNED), mentor, row)
    quote = text_answer(values, f.QUOTE)
    worked = [s for s in identity.skill_ids if values.get(f.worked(s)) is True]
    actions = [line.strip() for line in text_answer(values, f.ACTIONS).splitlines() if line.strip()]
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
    new_learned, learned_conflict = merged_text(journal.learned if journal else "", learned)
    new_quote, quote_conflict = merged_text(journal.shared_quote if journal else "", quote)
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
                FieldChange(label, number_text(side_rating), str(rating), side_rating is not None)
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
            names = as_dict(
                session.execute(
                    select(Skill.id, Skill.name).where(Skill.id.in_(added_skills))
                ).all()
            )
            current_names = as_dict(
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
        base = recorded_journal(db, meeting)
        side = ActionOwner.MENTOR if mentor else ActionOwner.MENTEE
        known = {a.text.strip().casefold() for a in base.action_items}
        extra = tuple(ActionData(a, side) for a in actions if a.casefold() not in known)
        data = replace(
            base,
            learned=merged_text(base.learned, learned)[0],
            shared_quote=merged_text(base.shared_quote, quote)[0],
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

    return Answer(tuple(changes), write, target is not None and row.status is not target)


def signed(text: str, mentor: bool, row: Session) -> str:
    """A side's text prefixed with that side ("Mentor: …"), in the programme's language: once
    both sides' answers are joined in the journal, each says who wrote it."""
    if not text:
        return text
    programme = row.pair.programme
    translate = document_translator(str(getattr(programme.language, "value", programme.language)))
    side = translate("Forms", "Mentor") if mentor else translate("Forms", "Mentee")
    return translate("Forms", "{side}: {text}").format(side=side, text=text)
