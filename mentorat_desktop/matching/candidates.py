"""Who can teach whom among the participants, and each candidate's score, found once.

The matcher looks at every (mentor, mentee) candidate: 43,000 of them among 1,000 people
of the large demo. ``scoring.score_pair`` explains one pair; scoring them all that way cost
most of a second. Here the skills are crossed once, skill by skill (each teacher with the
learners who want that skill at a lower level), and a score is a sum of five parts looked
up by what they depend on (the three best levels taught, the gap in years, two flags), each
part computed by ``scoring``'s own formula the first time: the same integers as
``score_only``, which ``tests/test_candidates.py`` checks.
"""

from __future__ import annotations

from collections.abc import Iterable

from mentorat_desktop.matching.model import Candidate, Weights
from mentorat_desktop.matching.scoring import ADVANCED, _generation, _skill_value

_SHARES = 3  # only the three best skills count (scoring.SKILL_SHARES)


class Candidates:
    """``levels[teacher][learner]``: the teacher's levels in the skills the learner wants
    and knows less well, one per skill (empty: the teacher has nothing for them)."""

    def __init__(self, people: Iterable[Candidate], weights: Weights) -> None:
        self.people = {person.id: person for person in people}
        self.weights = weights
        self.levels: dict[int, dict[int, list[int]]] = {}
        self.taught_by: dict[int, set[int]] = {}
        wanted: dict[int, dict[int, list[int]]] = {}  # skill → level wanted → learners
        for person in self.people.values():
            for skill, level in person.wants.items():
                wanted.setdefault(skill, {}).setdefault(level, []).append(person.id)
        for teacher in sorted(self.people.values(), key=lambda p: p.id):
            found: dict[int, list[int]] = {}
            for skill, level in teacher.teaches.items():
                for known, learners in wanted.get(skill, {}).items():
                    if known < level:
                        for learner in learners:
                            found.setdefault(learner, []).append(level)
            found.pop(teacher.id, None)
            self.levels[teacher.id] = found
            for learner in found:
                self.taught_by.setdefault(learner, set()).add(teacher.id)
        # The parts, by what they depend on: the levels as found (any order), the gap.
        self._taught: dict[tuple[int, ...], tuple[int, bool]] = {}
        self._back: dict[tuple[int, ...], int] = {}
        self._years: dict[object, int] = {}
        self._penalty = [round(weights.penalties * -min(1.0, n / 2)) for n in range(3)]

    def learners(self, teacher_id: int) -> list[int]:
        """Who can learn something from the teacher, in id order."""
        return sorted(self.levels.get(teacher_id, ()))

    def partners(self, person_id: int) -> set[int]:
        """Everyone who can teach the person something or learn something from them."""
        return set(self.levels.get(person_id, ())) | self.taught_by.get(person_id, set())

    def score(self, mentor_id: int, mentee_id: int) -> int | None:
        """``scoring.score_only`` of the pair; None when the mentor has nothing for them."""
        taught = self.levels[mentor_id].get(mentee_id)
        if not taught:
            return None
        mentor, mentee = self.people[mentor_id], self.people[mentee_id]
        key = tuple(taught)
        found = self._taught.get(key)
        if found is None:
            found = self._taught[key] = (self._points("teaching", taught), max(taught) < ADVANCED)
        best, below = found
        back = self.levels.get(mentee_id, {}).get(mentor_id)
        if back:
            key = tuple(back)
            points = self._back.get(key)
            if points is None:
                points = self._back[key] = self._points("reciprocity", back)
            best += points
        departments = mentor.department_id, mentee.department_id
        if None not in departments and departments[0] != departments[1]:
            best += self.weights.departments
        skip = mentee_id in mentor.chain or mentor_id in mentee.chain
        return best + self._penalty[skip + below] + self._generation_points(mentor, mentee)

    def _points(self, criterion: str, levels: list[int]) -> int:
        top = sorted(levels, reverse=True)[:_SHARES]
        value = _skill_value([(0, level) for level in top])
        points: int = round(getattr(self.weights, criterion) * value)
        return points

    def _generation_points(self, mentor: Candidate, mentee: Candidate) -> int:
        key: object = None
        if mentor.birth_year is not None and mentee.birth_year is not None:
            key = mentor.birth_year - mentee.birth_year
        elif mentor.seniority_years is not None and mentee.seniority_years is not None:
            key = ("seniority", mentee.seniority_years - mentor.seniority_years)
        points = self._years.get(key)
        if points is None:
            value = _generation(mentor, mentee)[0]
            points = self._years[key] = round(self.weights.generation * value)
        return points
