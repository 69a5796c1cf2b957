"""The candidates found once and scored by parts give ``score_only``'s scores exactly."""

from __future__ import annotations

import random

from mentorat_desktop.matching.candidates import Candidates
from mentorat_desktop.matching.scoring import score_only, teachable
from tests.test_matching import _random_problem


def test_same_candidates_and_scores_as_scoring_one_pair_at_a_time() -> None:
    rng = random.Random(18)
    for _ in range(300):
        problem = _random_problem(rng, rng.randint(2, 12))
        found = Candidates(problem.candidates, problem.weights)
        for mentor in problem.candidates:
            learners = [
                other.id
                for other in sorted(problem.candidates, key=lambda p: p.id)
                if other.id != mentor.id and teachable(mentor, other)
            ]
            assert found.learners(mentor.id) == learners
            for mentee in problem.candidates:
                if mentee.id != mentor.id:
                    expected = score_only(mentor, mentee, problem.weights)
                    assert found.score(mentor.id, mentee.id) == expected


def test_levels_outside_the_usual_range_and_people_without_skills() -> None:
    from mentorat_desktop.matching import Candidate, Weights

    people = [
        Candidate(1, "A", teaches={7: 0}),
        Candidate(2, "B", wants={7: -1}, birth_year=1990),
        Candidate(3, "C"),
    ]
    found = Candidates(people, Weights())
    assert found.learners(1) == [2] and found.learners(3) == []
    assert found.score(1, 2) == score_only(people[0], people[1], Weights())
    assert found.partners(2) == {1} and found.partners(3) == set()
