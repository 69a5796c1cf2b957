"""The demo's sessions: agenda, outcome, and for those held a journal with its actions."""

from __future__ import annotations

from datetime import date, time, timedelta

from mentorat_desktop.db import models as m
from mentorat_desktop.db.enums import ActionOwner, PairingFit, SessionStatus
from mentorat_desktop.demo import vocabulary as v
from mentorat_desktop.demo.people import PeopleBuilder
from mentorat_desktop.demo.rows import DemoPair, paris_at


class SessionBuilder(PeopleBuilder):
    """Adds a pair's sessions with their agenda items, journals and action items."""

    def past_status(self, index: int) -> SessionStatus:
        draw = 0.0 if index == 0 else self.rng.random()  # the first meeting always happened
        if draw < 0.84:
            return SessionStatus.HELD
        return SessionStatus.CANCELLED if draw < 0.93 else SessionStatus.MISSED

    def build_session(self, pair: DemoPair, day: date, status: SessionStatus, first: bool) -> None:
        rng = self.rng
        duration = rng.choice([60] * 8 + [45, 90])
        slot = pair.slot if rng.random() < 0.85 else time(*rng.choice(v.SLOTS))
        skill = self.skill_names[rng.choice(pair.focus)[0]]
        words = {"skill": skill, "mentor": pair.mentor.first, "mentee": pair.mentee.first}
        cancelled = status is SessionStatus.CANCELLED
        prepared = rng.random() < 0.6
        session = self.add(
            m.Session,
            pair_id=pair.row["id"],
            starts_at=paris_at(day, slot),
            duration_minutes=duration,
            location=pair.location,
            status=status,
            cancel_reason=rng.choice(v.CANCEL_REASONS) if cancelled else "",
            preparation_notes=rng.choice(v.PREPARATIONS).format(**words) if prepared else "",
        )["id"]
        # 2 to 5 agenda items, in 5-minute steps, that fill the session exactly.
        count = rng.randint(2, 5)
        steps = [0, *sorted(rng.sample(range(1, duration // 5), count - 1)), duration // 5]
        topics = [rng.choice(v.OPENING_TOPICS)] if count > 2 else []
        topics += [t.format(**words) for t in rng.sample(v.MIDDLE_TOPICS, count - len(topics) - 1)]
        topics.append(rng.choice(v.CLOSING_TOPICS))
        for position, topic in enumerate(topics):
            minutes = 5 * (steps[position + 1] - steps[position])
            self.add(
                m.AgendaItem, session_id=session, position=position, topic=topic, minutes=minutes
            )
        if status is SessionStatus.HELD:
            pair.held += 1
            pair.minutes += duration
            self.build_journal(pair, session, words, day, first)

    def build_journal(
        self, pair: DemoPair, session: int, words: dict[str, str], day: date, first: bool
    ) -> None:
        rng = self.rng

        def rating() -> int | None:
            weights = (3, 4, 4, 2, 1) if pair.not_a_fit else (1, 2, 10, 40, 47)
            return rng.choices((1, 2, 3, 4, 5), weights)[0] if rng.random() < 0.95 else None

        mentor_fit = mentee_fit = None
        if first:  # the pairing-fit question comes with the first journal
            fits = [PairingFit.GOOD] * 6 + [PairingFit.UNSURE]
            mentor_fit, mentee_fit = rng.choice(fits), rng.choice(fits)
            if pair.not_a_fit:
                mentee_fit = PairingFit.NOT_A_FIT
        confidential = rng.random() < 0.1
        quoted = rng.random() < 0.12
        journal = self.add(
            m.Journal,
            session_id=session,
            summary=rng.choice(v.SUMMARIES).format(**words),
            learned=rng.choice(v.LEARNED),
            mentor_rating=rating(),
            mentee_rating=rating(),
            mentor_fit=mentor_fit,
            mentee_fit=mentee_fit,
            confidential_notes=rng.choice(v.CONFIDENTIAL_NOTES).format(**words)
            if confidential
            else "",
            shared_quote=rng.choice(v.QUOTES) if quoted else "",
            updated_at=paris_at(day, time(18, 30)),
        )["id"]
        for skill, _ in pair.focus[: rng.randint(1, len(pair.focus))]:
            self.add(m.JournalSkill, journal_id=journal, skill_id=skill)
        owners = [ActionOwner.MENTEE] * 3 + [ActionOwner.MENTOR, ActionOwner.BOTH]
        for _ in range(rng.choice([0, 1, 1, 2])):
            due = day + timedelta(days=14)
            self.add(
                m.ActionItem,
                journal_id=journal,
                text=rng.choice(v.ACTIONS).format(**words),
                owner=rng.choice(owners),
                due_on=due,
                done=due < self.today and rng.random() < 0.8,
            )
