"""The matcher's score parts in plain, translated words."""

from __future__ import annotations

from mentorat_desktop.i18n import format_number, translate
from mentorat_desktop.matching import Proposal, UnmatchedReason
from mentorat_desktop.matching.scoring import BELOW_ADVANCED, SKIP_LEVEL
from mentorat_desktop.matching.watch import SearchState


def level_name(level: int) -> str:
    names = (
        translate("Levels", "none"),
        translate("Levels", "basics"),
        translate("Levels", "intermediate"),
        translate("Levels", "advanced"),
        translate("Levels", "expert"),
    )
    return names[max(0, min(4, level))]


def criterion_label(criterion: str) -> str:
    return {
        "teaching": translate("Matching", "Skills taught"),
        "reciprocity": translate("Matching", "Taught back"),
        "generation": translate("Matching", "Reverse generation gap"),
        "departments": translate("Matching", "Different departments"),
        "penalties": translate("Matching", "Penalties"),
    }.get(criterion, criterion)


def criterion_help(criterion: str) -> str:
    return {
        "teaching": translate(
            "Matching", "The mentor's level in the skills the mentee wants to learn"
        ),
        "reciprocity": translate("Matching", "What the mentee can teach the mentor in return"),
        "generation": translate(
            "Matching", "The mentor is younger (or newer in the company) than the mentee"
        ),
        "departments": translate("Matching", "The two work in different departments"),
        "penalties": translate(
            "Matching", "Deducted for a skip-level reporting line or a mentor below advanced level"
        ),
    }.get(criterion, "")


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return translate("Matching", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def person_label(name: str, age: int | None, department: str) -> str:
    if age is not None and department:
        return translate("Matching", "{name} ({age}, {department})").format(
            name=name, age=age, department=department
        )
    if age is not None:
        return translate("Matching", "{name} ({age})").format(name=name, age=age)
    if department:
        return translate("Matching", "{name} ({department})").format(
            name=name, department=department
        )
    return name


def explain(
    proposal: Proposal, mentor: str, mentee: str, mentee_first: str, skills: dict[int, str]
) -> str:
    """One or two sentences: who teaches what to whom, and what else decided the score."""
    taught = join_names([skills.get(s, "?") for s, _ in proposal.taught[:3]])
    back = join_names([skills.get(s, "?") for s, _ in proposal.taught_back[:2]])
    level = level_name(proposal.taught[0][1]) if proposal.taught else ""
    if not proposal.taught:
        first = translate("Matching", "{mentor} and {mentee}, kept together as you asked.").format(
            mentor=mentor, mentee=mentee
        )
    elif back:
        first = translate(
            "Matching",
            "{mentor} teaches {skills}, at {level} level, to {mentee}, who teaches back {back}.",
        ).format(mentor=mentor, skills=taught, level=level, mentee=mentee, back=back)
    else:
        first = translate(
            "Matching", "{mentor} teaches {skills}, at {level} level, to {mentee}."
        ).format(mentor=mentor, skills=taught, level=level, mentee=mentee)
    notes = []
    gap = proposal.generation_gap
    if gap is not None and gap >= 5:
        notes.append(translate("Matching", "The mentor is %n years younger.", None, gap))
    elif gap is not None and gap <= -5:
        older = -gap
        notes.append(
            translate("Matching", "The mentor is %n years older: classic mentoring.", None, older)
        )
    if proposal.different_departments:
        notes.append(translate("Matching", "Two departments meet."))
    if SKIP_LEVEL in proposal.penalties:
        notes.append(translate("Matching", "Same management chain, two levels apart."))
    if BELOW_ADVANCED in proposal.penalties:
        notes.append(
            translate(
                "Matching", "The mentor is not yet advanced in it: {name} should know."
            ).format(name=mentee_first)
        )
    return " ".join([first, *notes])


def breakdown(proposal: Proposal) -> str:
    """'Skills taught +24 · Taught back +12 · …' for the parts that count."""
    return " · ".join(
        f"{criterion_label(part.criterion)} {part.points:+d}"
        for part in proposal.parts
        if part.points
    )


def unmatched_reason(reason: UnmatchedReason) -> str:
    return {
        UnmatchedReason.NO_SKILLS: translate(
            "Matching", "No skill recorded as taught or wanted: complete their profile."
        ),
        UnmatchedReason.NOBODY_TEACHES: translate(
            "Matching", "Nobody in the programme teaches what they want, nor wants what they teach."
        ),
        UnmatchedReason.BLOCKED: translate(
            "Matching",
            "Every possible partner is excluded: reporting line, forbidden, or paired before.",
        ),
        UnmatchedReason.CAPACITY: translate(
            "Matching", "Their possible partners are taken by better pairs or have no place left."
        ),
        UnmatchedReason.NOT_WORTH: translate(
            "Matching", "Every possible pair scores zero or less with the current weights."
        ),
    }[reason]


def locked_rule(rule: str) -> str:
    return {
        "same_person": translate("Matching", "a person cannot be paired with themselves"),
        "reporting_line": translate("Matching", "they are manager and direct report"),
        "forbidden": translate("Matching", "you forbade this pair"),
        "previous": translate("Matching", "they were a pair in the previous programme"),
        "already_paired": translate("Matching", "they already form a pair"),
        "not_participant": translate("Matching", "one of them does not take part"),
        "mentee_taken": translate("Matching", "the mentee already has a mentor"),
        "capacity": translate("Matching", "the mentor has no place left"),
    }.get(rule, rule)


def still_searching(state: SearchState) -> str:
    """How far a long search is, in words: branches looked at and the gap left to prove."""
    nodes, gap = state.nodes, format_number(state.gap * 100, 2)  # lupdate misses state.nodes
    return translate(
        "Matching",
        "Still searching: %n branches looked at, within {gap} % of the best possible.",
        None,
        nodes,
    ).format(gap=gap)


def stopped_early(within: float | None) -> str:
    """What the proposals of a search stopped by the user are: the best found, and how far
    from the best possible total they may be, when that is known."""
    if within is None:
        return translate(
            "Matching",
            "Search stopped: these are the best pairs found so far; Run searches to the end.",
        )
    return translate(
        "Matching",
        "Search stopped: these are the best pairs found so far, at most {gap} % below "
        "the best possible; Run searches to the end.",
    ).format(gap=format_number(within * 100, 2))
