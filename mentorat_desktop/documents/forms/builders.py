"""The three forms: skills questionnaire, session feedback (one per side), end of programme.

Plain data in, PDF bytes out. Each says, in a line, what the coordinator will see of the
answers; confidential notes are never asked for. ``identify`` gets the digest of the
form's fields and returns the hidden identifier (built and signed by the service).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mentorat_desktop.documents.fonts import BOLD, REGULAR
from mentorat_desktop.documents.forms import fields as f
from mentorat_desktop.documents.forms.page import FormPage
from mentorat_desktop.documents.layout import MARGIN, MUTED, Letterhead, Translate

Identify = Callable[[str], str]


@dataclass(frozen=True)
class SkillLine:
    id: int
    category: str
    name: str
    # What is recorded, shown ticked on a skills questionnaire: an unticked box then says "no"
    level: int | None = None
    can_teach: bool = False
    wants_to_learn: bool = False
    target: int | None = None


@dataclass(frozen=True)
class SkillsFormData:
    person_name: str
    programme_name: str
    skills: tuple[SkillLine, ...]


@dataclass(frozen=True)
class FeedbackFormData:
    person_name: str
    is_mentor: bool
    other_name: str
    programme_name: str
    when: str  # the session's date and time, in the programme's language
    skills: tuple[SkillLine, ...]  # the pair's focus skills, offered as "skills worked"
    asks_fit: bool  # the pair's first session: the pairing-fit question


@dataclass(frozen=True)
class EndFormData:
    person_name: str
    programme_name: str
    period: str
    skills: tuple[SkillLine, ...]  # what this person learned in their pair's focus skills


def level_captions(translate: Translate) -> tuple[str, ...]:
    return (
        translate("Forms", "0 none"),
        translate("Forms", "1 basics"),
        translate("Forms", "2 intermediate"),
        translate("Forms", "3 advanced"),
        translate("Forms", "4 expert"),
    )


def _level_legend(page: FormPage) -> None:
    legend = " · ".join(level_captions(page.translate))
    page.note(page.translate("Forms", "Levels: {levels}.").format(levels=legend))


def build_skills_form(
    data: SkillsFormData, letterhead: Letterhead, translate: Translate, identify: Identify
) -> bytes:
    title = translate("Forms", "Skills questionnaire")
    page = FormPage(letterhead, f"{title} · {data.person_name}", translate)
    page.title_block(title, f"{data.person_name} · {data.programme_name}")
    page.text(
        translate(
            "Forms",
            "For each skill, tick your level today, whether you could teach it, whether you "
            "would like to learn it, and the level you aim for. Leave a line empty to skip it.",
        )
    )
    page.note(
        translate(
            "Forms",
            "The programme’s coordinator sees your answers and uses them to form the pairs; "
            "they are recorded in your skills profile.",
        )
    )
    _level_legend(page)
    columns = _skill_columns(page)
    category = None
    for skill in data.skills:
        if skill.category != category:
            category = skill.category
            page.room(40)
            page.y -= 6
            page.text(category, size=10, font=BOLD, after=0)
            _skill_header(page, columns)
        _skill_row(page, skill, columns)
    return page.finish(identify)


@dataclass(frozen=True)
class _Columns:
    levels: float
    teach: float
    learn: float
    target: float
    name_width: float
    captions: tuple[str, ...]  # the levels' names, which name each level's button


def _skill_columns(page: FormPage) -> _Columns:
    """Centres of the check boxes' columns, wide enough for their headings."""
    right = MARGIN + page.width
    target = right - 34
    learn = target - 40
    teach = learn - 64
    levels = teach - 46 - 4 * 18
    captions = level_captions(page.translate)
    return _Columns(levels, teach, learn, target, levels - MARGIN - 12, captions)


def _skill_header(page: FormPage, columns: _Columns) -> None:
    translate = page.translate
    page.room(34)
    page.y -= 12
    c = page.canvas
    c.setFont(REGULAR, 7.5)
    c.setFillColor(MUTED)
    c.drawString(columns.levels, page.y, translate("Forms", "Level today"))
    c.drawCentredString(columns.teach, page.y, translate("Forms", "Can teach"))
    c.drawCentredString(columns.learn, page.y, translate("Forms", "Wants to learn"))
    c.drawString(columns.target, page.y, translate("Forms", "Target"))
    page.y -= 9
    for n in range(5):
        c.drawCentredString(columns.levels + n * 18 + 6, page.y, str(n))
    page.y -= 2


def _skill_row(page: FormPage, skill: SkillLine, columns: _Columns) -> None:
    translate = page.translate
    lines = page.lines(skill.name, 9, columns.name_width)
    height = max(18.0, 11.0 * len(lines) + 6)
    page.room(height)
    page.y -= height
    middle = page.y + height / 2 - 6
    for index, line in enumerate(lines):
        page.caption(line, MARGIN, page.y + height - 12 - 11 * index)
    question = translate("Forms", "{skill}: level today").format(skill=skill.name)
    for n, (value, caption) in enumerate(zip(f.LEVELS, columns.captions, strict=True)):
        page.radio(
            f.level(skill.id),
            value,
            columns.levels + n * 18,
            middle,
            question,
            button_tooltip=f"{question} {caption}",
            selected=skill.level == n,
        )
    page.check(
        f.teach(skill.id),
        columns.teach - 6,
        middle,
        translate("Forms", "{skill}: can teach").format(skill=skill.name),
        checked=skill.can_teach,
    )
    page.check(
        f.learn(skill.id),
        columns.learn - 6,
        middle,
        translate("Forms", "{skill}: wants to learn").format(skill=skill.name),
        checked=skill.wants_to_learn,
    )
    page.choice(
        f.target(skill.id),
        f.TARGETS,
        columns.target,
        middle - 1,
        34,
        translate("Forms", "{skill}: target level").format(skill=skill.name),
        value=f.NO_TARGET if skill.target is None else str(skill.target),
    )
    page.canvas.setStrokeColor(MUTED)
    page.canvas.setLineWidth(0.2)
    page.canvas.line(MARGIN, page.y, MARGIN + page.width, page.y)


def _ratings(translate: Translate) -> list[tuple[str, str]]:
    return [(value, str(n)) for n, value in enumerate(f.RATINGS, start=1)]


def build_feedback_form(
    data: FeedbackFormData, letterhead: Letterhead, translate: Translate, identify: Identify
) -> bytes:
    title = translate("Forms", "Session feedback")
    page = FormPage(letterhead, f"{title} · {data.person_name}", translate)
    role = translate("Forms", "mentor") if data.is_mentor else translate("Forms", "mentee")
    page.title_block(title, f"{data.person_name} ({role}) · {data.programme_name}")
    page.text(
        translate("Forms", "Your session with {name} on {when}.").format(
            name=data.other_name, when=data.when
        )
    )
    page.note(
        translate(
            "Forms",
            "The programme’s coordinator sees every answer on this form and records it in the "
            "session’s journal; only the quote you agree to share may appear in the "
            "programme’s report. No confidential note is asked for here.",
        )
    )
    page.radio_row(
        f.HELD,
        translate("Forms", "Did the session take place?"),
        [(f.HELD_YES, translate("Forms", "Yes")), (f.HELD_NO, translate("Forms", "No"))],
    )
    page.radio_row(
        f.RATING,
        translate("Forms", "How useful was it for you? (1 = not at all, 5 = very)"),
        _ratings(translate),
    )
    page.text_box(f.LEARNED, translate("Forms", "What I learned"), lines=4)
    if data.skills:
        page.room(40)
        page.text(translate("Forms", "Skills worked"), after=0)
        for skill in data.skills:
            page.check_row(f.worked(skill.id), skill.name)
        page.y -= 6
    page.text_box(f.ACTIONS, translate("Forms", "Actions agreed (one per line)"), lines=4)
    page.text_box(
        f.QUOTE,
        translate("Forms", "A sentence I agree to share in the programme’s report"),
        lines=2,
    )
    if data.asks_fit:
        page.radio_row(
            f.FIT,
            translate("Forms", "After this first session, how does the pairing feel?"),
            [
                (f.FITS[0], translate("Forms", "Good fit")),
                (f.FITS[1], translate("Forms", "Unsure")),
                (f.FITS[2], translate("Forms", "Not a fit")),
            ],
        )
    return page.finish(identify)


def build_end_form(
    data: EndFormData, letterhead: Letterhead, translate: Translate, identify: Identify
) -> bytes:
    title = translate("Forms", "End of programme")
    page = FormPage(letterhead, f"{title} · {data.person_name}", translate)
    page.title_block(title, f"{data.person_name} · {data.programme_name} · {data.period}")
    page.note(
        translate(
            "Forms",
            "The programme’s coordinator sees every answer on this form: the levels reached "
            "are recorded as your end assessment; only the quote you agree to share may "
            "appear in the programme’s report.",
        )
    )
    if data.skills:
        page.heading(translate("Forms", "Levels reached"))
        _level_legend(page)
        captions = [str(n) for n in range(5)]
        for skill in data.skills:
            page.radio_row(
                f.reached(skill.id), skill.name, list(zip(f.LEVELS, captions, strict=True))
            )
    page.heading(translate("Forms", "The programme"))
    page.radio_row(
        f.RATING,
        translate(
            "Forms", "Overall, how useful was the programme for you? (1 = not at all, 5 = very)"
        ),
        _ratings(translate),
    )
    page.text_box(
        f.QUOTE,
        translate("Forms", "A sentence I agree to share in the programme’s report"),
        lines=3,
    )
    return page.finish(identify)


def skill_names(skills: Sequence[SkillLine]) -> dict[int, str]:
    return {s.id: s.name for s in skills}
