"""The demo's programmes: cohorts of pairs with their focus skills, assessments and certificates.

Closed programmes run their full course; the running one has sessions behind and ahead;
the draft one only has participants waiting to be paired.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta
from itertools import islice

from sqlalchemy.orm import Session as OrmSession

from mentorat_desktop.db import models as m
from mentorat_desktop.db.enums import (
    AssessmentKind,
    CertificateRole,
    Direction,
    PairStatus,
    ProgrammeStatus,
    SessionStatus,
)
from mentorat_desktop.db.types import normalise_key
from mentorat_desktop.demo import vocabulary as v
from mentorat_desktop.demo.rows import DemoPair, DemoPerson, DemoProfile, weekday
from mentorat_desktop.demo.sessions import SessionBuilder

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class ProgrammeBuilder(SessionBuilder):
    """Adds a programme with its participants, pairs, sessions, assessments and certificates."""

    def __init__(self, session: OrmSession, rng: random.Random, today: date, p: DemoProfile):
        super().__init__(session, rng, today, p)
        self.codes: set[str] = set()

    def choose_pairs(
        self, count: int, start: date, history: list[DemoPair]
    ) -> list[tuple[DemoPerson, DemoPerson]]:
        """Young mentors with older mentees: no reporting line, no pair seen before."""
        rng = self.rng

        def order(sign: int) -> list[DemoPerson]:
            # Hired before the programme first, then youngest (sign -1) or eldest first.
            keyed = [
                (p.hired > start, sign * p.birth_year + rng.uniform(0, 6), p.id, p)
                for p in self.people
            ]
            return [item[-1] for item in sorted(keyed, key=lambda k: k[:3])]

        mentors, mentees = order(-1), order(1)
        mentees = mentees[: len(mentees) * 3 // 4]
        before = {(pair.mentor.id, pair.mentee.id) for pair in history}
        used: set[int] = set()
        chosen: list[tuple[DemoPerson, DemoPerson]] = []
        for mentor in mentors:
            if len(chosen) == count:
                break
            if mentor.id in used:
                continue
            candidates = (
                p
                for p in mentees
                if p.id not in used
                and p.birth_year < mentor.birth_year
                and mentor.manager != p.id
                and p.manager != mentor.id
                and (mentor.id, p.id) not in before
            )
            options = list(islice(candidates, 8))
            options = [p for p in options if p.department != mentor.department] or options
            if options:
                mentee = rng.choice(options)
                used.update((mentor.id, mentee.id))
                chosen.append((mentor, mentee))
        return chosen

    def build_programme(
        self,
        number: int,
        status: ProgrammeStatus,
        start: date,
        end: date,
        count: int,
        history: list[DemoPair] | None = None,
    ) -> list[DemoPair]:
        rng, history = self.rng, history or []
        name = v.PROGRAMME_NAME.format(number=number, year=start.year)
        programme = self.add(
            m.Programme,
            name=name,
            name_key=normalise_key(name),
            start_date=start,
            end_date=end,
            status=status,
        )["id"]
        if status is ProgrammeStatus.DRAFT:  # the next cohort: those not in the running one
            taken = {p.id for pair in history for p in (pair.mentor, pair.mentee)}
            pool = [p for p in self.people if p.id not in taken]
            chosen = rng.sample(pool, min(self.p.draft_participants, len(pool)))
            for person in sorted(chosen, key=lambda p: p.id):
                self.add(m.ProgrammeParticipant, programme_id=programme, person_id=person.id)
            return []
        couples = self.choose_pairs(count, start, history)
        stopped = rng.randrange(len(couples)) if status is ProgrammeStatus.CLOSED else -1
        unfit = rng.randrange(len(couples))
        to_journal = set(rng.sample(range(len(couples)), max(1, len(couples) // 4)))
        past_counts = [(3, 4, 4, 5)[i % 4] for i in range(len(couples))]
        future_counts = [(1, 1, 2)[i % 3] for i in range(len(couples))]
        rng.shuffle(past_counts)
        rng.shuffle(future_counts)
        pairs = []
        for index, (mentor, mentee) in enumerate(couples):
            for person in (mentor, mentee):
                self.add(m.ProgrammeParticipant, programme_id=programme, person_id=person.id)
            pair = self.build_pair(programme, mentor, mentee, unfit=index == unfit)
            pairs.append(pair)
            if status is ProgrammeStatus.CLOSED:
                first = weekday(start + timedelta(days=rng.randint(3, 20)))
                planned = rng.randint(3, 5) if index == stopped else ((end - first).days - 7) // 14
                days, statuses = [], []
                for i in range(planned + 1):
                    day, session_status = first + timedelta(days=14 * i), self.past_status(i)
                    days.append(day)
                    statuses.append(session_status)
                    if session_status is SessionStatus.CANCELLED:  # made up the next week
                        days.append(day + timedelta(days=7))
                        statuses.append(self.past_status(1))
            else:  # running: a few sessions behind, the next one or two ahead
                last = weekday(self.today - timedelta(days=rng.randint(1, 13)), forward=False)
                past, future = past_counts[index], future_counts[index]
                days = [last + timedelta(days=14 * i) for i in range(1 - past, future + 1)]
                statuses = [self.past_status(i) for i in range(past)]
                if index in to_journal:  # the last one happened but nobody wrote it up
                    statuses[-1] = SessionStatus.PLANNED
                statuses += [SessionStatus.PLANNED] * future
            pair.row["started_on"] = max(start, days[0] - timedelta(days=rng.randint(0, 7)))
            pair.row["charter_signed_on"] = pair.row["started_on"]
            for learner, skill in self.learners(pair):
                self.assess(learner, skill, programme, AssessmentKind.START, pair.row["started_on"])
            first_held = True
            for day, session_status in zip(days, statuses, strict=True):
                self.build_session(pair, day, session_status, first_held)
                first_held = first_held and session_status is not SessionStatus.HELD
            if index == stopped:
                reason = rng.choice(v.END_REASONS).format(mentor=mentor.first, mentee=mentee.first)
                ended = days[-1] + timedelta(days=10)
                pair.row.update(status=PairStatus.STOPPED, ended_on=ended, end_reason=reason)
            elif status is ProgrammeStatus.CLOSED:
                self.complete(pair, programme, end)
        return pairs

    def build_pair(
        self, programme: int, mentor: DemoPerson, mentee: DemoPerson, unfit: bool
    ) -> DemoPair:
        rng = self.rng

        def having(person: DemoPerson, skills: list[int], flag: str) -> list[int]:
            return [s for s in skills if self.person_skills.get((person.id, s), {}).get(flag)]

        teachable = having(mentor, self.digital, "can_teach") or self.digital
        wanted = having(mentee, teachable, "wants_to_learn") or teachable
        focus = [(s, Direction.MENTOR_TO_MENTEE) for s in rng.sample(wanted, min(2, len(wanted)))]
        focus = focus[: rng.randint(1, len(focus))]
        reciprocal = rng.random() < 0.4
        if reciprocal:  # the mentee teaches business know-how back
            back = having(mentee, self.business, "can_teach") or self.business
            focus.append((rng.choice(back), Direction.MENTEE_TO_MENTOR))
        row = self.add(
            m.Pair,
            programme_id=programme,
            mentor_id=mentor.id,
            mentee_id=mentee.id,
            reciprocal=reciprocal,
            goals=rng.choice(v.GOALS).format(skill=self.skill_names[focus[0][0]]),
            started_on=None,
            charter_signed_on=None,
        )
        slot, location = time(*rng.choice(v.SLOTS)), rng.choice(v.LOCATIONS)
        pair = DemoPair(row, mentor, mentee, focus, slot, location, unfit)
        for skill, direction in focus:
            self.add(m.PairFocusSkill, pair_id=row["id"], skill_id=skill, direction=direction)
            forward = direction is Direction.MENTOR_TO_MENTEE
            self.focus_profile(mentor, skill, teacher=forward)
            self.focus_profile(mentee, skill, teacher=not forward)
        return pair

    def learners(self, pair: DemoPair) -> list[tuple[DemoPerson, int]]:
        return [
            (pair.mentee if d is Direction.MENTOR_TO_MENTEE else pair.mentor, skill)
            for skill, d in pair.focus
        ]

    def assess(
        self, person: DemoPerson, skill: int, programme: int, kind: AssessmentKind, day: date
    ) -> None:
        row = self.person_skills[(person.id, skill)]
        if kind is AssessmentKind.END:  # progress shows on the profile too
            row["level"] = min(4, row["level"] + self.rng.randint(1, 2))
        self.add(
            m.SkillAssessment,
            person_id=person.id,
            skill_id=skill,
            programme_id=programme,
            kind=kind,
            level=row["level"],
            assessed_on=day,
        )

    def complete(self, pair: DemoPair, programme: int, end: date) -> None:
        """A pair that went the distance: end assessments, then certificates when earned."""
        pair.row.update(status=PairStatus.COMPLETED, ended_on=end)
        for learner, skill in self.learners(pair):
            self.assess(learner, skill, programme, AssessmentKind.END, end)
        if pair.held < 6:
            return
        both = pair.row["reciprocal"]
        for person, role in (
            (pair.mentor, CertificateRole.MENTOR),
            (pair.mentee, CertificateRole.MENTEE),
        ):
            self.add(
                m.Certificate,
                person_id=person.id,
                programme_id=programme,
                role=CertificateRole.BOTH if both else role,
                issued_on=end + timedelta(days=7),
                sessions_count=pair.held,
                minutes_count=pair.minutes,
                verification_code=self.code(),
            )

    def code(self) -> str:
        while True:
            chars = "".join(self.rng.choice(CODE_ALPHABET) for _ in range(8))
            code = f"MNT-{chars[:4]}-{chars[4:]}"
            if code not in self.codes:
                self.codes.add(code)
                return code
