"""The programme charter (charte), and its pair version with goals and signatures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from mentorat_desktop.documents import layout
from mentorat_desktop.documents.language import document_translator, short_date
from mentorat_desktop.documents.layout import (
    ACCENT,
    ACCENT_LIGHT,
    RULE,
    Letterhead,
    Table,
    Translate,
    paragraph,
    text,
)


@dataclass(frozen=True)
class PairPart:
    mentor: str
    mentee: str
    goals: str
    mentor_teaches: tuple[str, ...]
    mentee_teaches: tuple[str, ...]
    reciprocal: bool


@dataclass(frozen=True)
class CharterDocument:
    letterhead: Letterhead
    programme: str
    objectives: str
    start: date
    end: date
    rhythm_weeks: int
    session_minutes: int
    midpoint_review: bool
    coordinator: str
    coordinator_title: str
    retention_months: int
    specific_rules: str = ""
    pair: PairPart | None = None


def _bullets(lines: list[str]) -> list[Flowable]:
    s = layout.styles()
    return [Paragraph(text(line), s.bullet, bulletText="•") for line in lines]


def _commitments(translate: Translate) -> list[Flowable]:
    s = layout.styles()
    both = [
        translate(
            "Charter", "Confidentiality: what is said in a session stays between the two of you."
        ),
        translate(
            "Charter", "Kindness: no question is silly, no habit is old-fashioned; listen first."
        ),
        translate("Charter", "Preparation: come with a question, an example or a task to work on."),
        translate("Charter", "Rhythm: keep the dates; move a session rather than cancel it."),
        translate(
            "Charter", "Duration: commit for the whole programme, including the closing review."
        ),
    ]
    mentor = [
        translate("Charter", "Teach by doing together, at the other's pace, on their real work."),
        translate(
            "Charter",
            "You are a teacher, not the IT hotline: sessions are for learning, not for fixing "
            "the other's computer.",
        ),
    ]
    mentee = [
        translate("Charter", "Share the know-how of your trade, your network and your experience."),
        translate("Charter", "Try things between sessions: that is where learning happens."),
    ]
    story: list[Flowable] = [paragraph(translate("Charter", "Our commitments"), s.heading)]
    story += [paragraph(translate("Charter", "Both of us"), s.subheading), *_bullets(both)]
    story += [paragraph(translate("Charter", "The mentor"), s.subheading), *_bullets(mentor)]
    story += [paragraph(translate("Charter", "The mentee"), s.subheading), *_bullets(mentee)]
    story.append(
        paragraph(
            translate(
                "Charter",
                "No reporting line inside a pair: a manager and their own direct report are "
                "never paired, so that both can speak freely.",
            ),
            s.body,
        )
    )
    return story


def _practicalities(doc: CharterDocument, translate: Translate) -> list[Flowable]:
    s = layout.styles()
    weeks = doc.rhythm_weeks
    lines = [
        translate(
            "Charter", "One session every %n weeks, of {minutes} minutes.", None, weeks
        ).format(minutes=doc.session_minutes),
        translate(
            "Charter",
            "In a reciprocal pair, the time is shared between the two directions.",
        ),
        translate("Charter", "From {start} to {end}.").format(
            start=short_date(doc.start, doc.letterhead.language),
            end=short_date(doc.end, doc.letterhead.language),
        ),
        translate(
            "Charter",
            "Cancelling: warn the other at least two working days before, and set a new date "
            "within two weeks.",
        ),
    ]
    if doc.midpoint_review:
        lines.insert(
            2,
            translate(
                "Charter", "A mid-point review with the coordinator checks that the pair works."
            ),
        )
    return [paragraph(translate("Charter", "Practicalities"), s.heading), *_bullets(lines)]


def _coordinator_and_privacy(doc: CharterDocument, translate: Translate) -> list[Flowable]:
    s = layout.styles()
    contact = doc.coordinator or translate("Charter", "the programme coordinator")
    if doc.coordinator_title:
        contact = f"{contact} ({doc.coordinator_title})"
    months = doc.retention_months
    return [
        paragraph(translate("Charter", "What the coordinator sees"), s.heading),
        paragraph(
            translate(
                "Charter",
                "The coordinator sees attendance, hours and the ratings of each session, to "
                "follow the programme. The notes you write are not shared: they stay yours.",
            ),
            s.body,
        ),
        paragraph(translate("Charter", "A way out, without fault"), s.heading),
        paragraph(
            translate(
                "Charter",
                "A pair that does not work is nobody's fault. Either of you may end it at any "
                "time by telling {contact}, who will look for another match.",
            ).format(contact=contact),
            s.body,
        ),
        paragraph(translate("Charter", "Your personal data"), s.heading),
        paragraph(
            translate(
                "Charter",
                "The company records your name, department, skills, sessions and ratings only "
                "to run this programme and issue your certificate. They are kept %n "
                "months after the programme, then anonymised. You may see, correct or have "
                "them erased by asking {contact}.",
                None,
                months,
            ).format(contact=contact),
            s.body,
        ),
    ]


def _pair_part(pair: PairPart, translate: Translate) -> list[Flowable]:
    s = layout.styles()
    rows = [
        [paragraph(translate("Charter", "Mentor"), s.label), paragraph(pair.mentor, s.cell_bold)],
        [paragraph(translate("Charter", "Mentee"), s.label), paragraph(pair.mentee, s.cell_bold)],
    ]
    if pair.mentor_teaches:
        rows.append(
            [
                paragraph(translate("Charter", "{name} teaches").format(name=pair.mentor), s.label),
                paragraph(", ".join(pair.mentor_teaches), s.cell),
            ]
        )
    if pair.mentee_teaches:
        rows.append(
            [
                paragraph(translate("Charter", "{name} teaches").format(name=pair.mentee), s.label),
                paragraph(", ".join(pair.mentee_teaches), s.cell),
            ]
        )
    table = Table(rows, colWidths=[45 * mm, None])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story: list[Flowable] = [paragraph(translate("Charter", "Our pair"), s.heading), table]
    if pair.goals.strip():
        story += [
            paragraph(translate("Charter", "Our goals"), s.subheading),
            paragraph(pair.goals, s.body),
        ]
    return story


def _signatures(doc: CharterDocument, translate: Translate) -> Flowable:
    s = layout.styles()
    assert doc.pair is not None
    people = [
        (translate("Charter", "The mentor"), doc.pair.mentor),
        (translate("Charter", "The mentee"), doc.pair.mentee),
        (translate("Charter", "For the company"), doc.coordinator or " "),
    ]
    cells = [
        [
            paragraph(role, s.label),
            paragraph(name, s.cell_bold),
            paragraph(translate("Charter", "Date and signature"), s.small),
            Spacer(1, 18 * mm),
        ]
        for role, name in people
    ]
    table = Table([cells], colWidths=[None, None, None])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([paragraph(translate("Charter", "Signatures"), s.heading), table])


def build_charter(doc: CharterDocument) -> bytes:
    translate = document_translator(doc.letterhead.language)
    s = layout.styles()
    story: list[Flowable] = [
        paragraph(translate("Charter", "Reverse-mentoring charter"), s.title),
        paragraph(doc.programme, s.subtitle),
    ]
    if doc.pair is not None:
        story += _pair_part(doc.pair, translate)
    story += [
        paragraph(translate("Charter", "What reverse mentoring is"), s.heading),
        paragraph(
            translate(
                "Charter",
                "In reverse mentoring, a colleague who masters a skill — often a younger one, "
                "at ease with digital tools — teaches it to a more experienced colleague, who "
                "gives back their know-how of the trade, the clients and the company. Both "
                "learn; neither is the other's boss.",
            ),
            s.body,
        ),
    ]
    if doc.objectives.strip():
        story += [
            paragraph(translate("Charter", "Objectives of the programme"), s.heading),
            paragraph(doc.objectives, s.body),
        ]
    story += _commitments(translate)
    if doc.specific_rules.strip():
        story += [
            paragraph(translate("Charter", "Rules of this programme"), s.heading),
            paragraph(doc.specific_rules, s.body),
        ]
    story += _practicalities(doc, translate)
    story += _coordinator_and_privacy(doc, translate)
    if doc.pair is not None:
        story += [Spacer(1, 4 * mm), _signatures(doc, translate)]
    title = translate("Charter", "Charter — {programme}").format(programme=doc.programme)
    return layout.build(story, doc.letterhead, title, translate)
