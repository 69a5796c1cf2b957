"""The score of one (mentor, mentee) candidate, broken down by criterion."""

from __future__ import annotations

from mentorat_desktop.matching.model import EXPERT, Candidate, Part, Proposal, Weights

ADVANCED = 3
# The best skill counts most; a second and third add a little (three at expert level = 1).
SKILL_SHARES = (0.6, 0.25, 0.15)
GENERATION_SPAN = 25  # years of reverse gap that earn the full generation points
SENIORITY_SPAN = 15  # years of seniority gap, used when a birth year is missing

SKIP_LEVEL = "skip_level"
BELOW_ADVANCED = "below_advanced"


def teachable(teacher: Candidate, learner: Candidate) -> list[tuple[int, int]]:
    """(skill, teacher's level) the learner wants and the teacher masters better, best first."""
    found = [
        (skill, level)
        for skill, level in teacher.teaches.items()
        if skill in learner.wants and level > learner.wants[skill]
    ]
    return sorted(found, key=lambda item: (-item[1], item[0]))


def _skill_value(skills: list[tuple[int, int]]) -> float:
    pairs = zip(SKILL_SHARES, skills, strict=False)
    return sum(share * level / EXPERT for share, (_, level) in pairs)


def _clip(value: float) -> float:
    return max(-1.0, min(1.0, value))


def _generation(mentor: Candidate, mentee: Candidate) -> tuple[float, int | None]:
    if mentor.birth_year is not None and mentee.birth_year is not None:
        gap = mentor.birth_year - mentee.birth_year
        return _clip(gap / GENERATION_SPAN), gap
    if mentor.seniority_years is not None and mentee.seniority_years is not None:
        return _clip((mentee.seniority_years - mentor.seniority_years) / SENIORITY_SPAN), None
    return 0.0, None


def _measure(
    mentor: Candidate, mentee: Candidate
) -> (
    tuple[
        list[tuple[int, int]], list[tuple[int, int]], dict[str, float], int | None, bool, list[str]
    ]
    | None
):
    taught = teachable(mentor, mentee)
    if not taught:
        return None
    back = teachable(mentee, mentor)
    generation, gap = _generation(mentor, mentee)
    different = (
        mentor.department_id is not None
        and mentee.department_id is not None
        and mentor.department_id != mentee.department_id
    )
    penalties = []
    if mentee.id in mentor.chain or mentor.id in mentee.chain:
        penalties.append(SKIP_LEVEL)
    if taught[0][1] < ADVANCED:
        penalties.append(BELOW_ADVANCED)
    values = {
        "teaching": _skill_value(taught),
        "reciprocity": _skill_value(back),
        "generation": generation,
        "departments": 1.0 if different else 0.0,
        "penalties": -min(1.0, len(penalties) / 2),
    }
    return taught, back, values, gap, different, penalties


def score_only(mentor: Candidate, mentee: Candidate, weights: Weights) -> int | None:
    """``score_pair``'s score without its parts: the matcher scores every candidate."""
    measured = _measure(mentor, mentee)
    if measured is None:
        return None
    points: int = sum(round(getattr(weights, name) * value) for name, value in measured[2].items())
    return points


def score_pair(mentor: Candidate, mentee: Candidate, weights: Weights) -> Proposal | None:
    """The proposal with its score parts; None when the mentor teaches nothing wanted."""
    measured = _measure(mentor, mentee)
    if measured is None:
        return None
    taught, back, values, gap, different, penalties = measured
    parts = tuple(
        Part(name, value, round(getattr(weights, name) * value)) for name, value in values.items()
    )
    return Proposal(
        mentor_id=mentor.id,
        mentee_id=mentee.id,
        score=sum(part.points for part in parts),
        parts=parts,
        taught=tuple(taught),
        taught_back=tuple(back),
        generation_gap=gap,
        different_departments=different,
        penalties=tuple(penalties),
    )
