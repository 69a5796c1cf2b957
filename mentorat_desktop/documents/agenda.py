"""A session's agenda (ordre du jour): one page to bring to the meeting, with room for notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    PageBreak,
    Spacer,
    TableStyle,
)

from mentorat_desktop.documents import layout
from mentorat_desktop.documents.language import clock, document_translator, long_date, short_date
from mentorat_desktop.documents.layout import (
    ACCENT,
    ACCENT_LIGHT,
    RULE,
    Letterhead,
    Table,
    Translate,
    paragraph,
)

NOTE_LINES = 8


@dataclass(frozen=True)
class AgendaItemLine:
    topic: str
    minutes: int


@dataclass(frozen=True)
class OpenAction:
    text: str
    owner: str
    due_on: date | None = None


@dataclass(frozen=True)
class AgendaDocument:
    letterhead: Letterhead
    programme: str
    mentor: str
    mentee: str
    starts_at: datetime  # local wall-clock time, aware
    duration_minutes: int
    location: str
    items: tuple[AgendaItemLine, ...]
    preparation: str = ""
    open_actions: tuple[OpenAction, ...] = ()
    number: int | None = None  # the pair's nth session


def agenda_story(doc: AgendaDocument, translate: Translate) -> list[Flowable]:
    s = layout.styles()
    lang = doc.letterhead.language
    ends_at = doc.starts_at + timedelta(minutes=doc.duration_minutes)
    title = translate("Agenda", "Session agenda")
    if doc.number:
        title = translate("Agenda", "Session {number} agenda").format(number=doc.number)
    story: list[Flowable] = [
        paragraph(title, s.title),
        paragraph(
            translate("Agenda", "{mentor} and {mentee} — {programme}").format(
                mentor=doc.mentor, mentee=doc.mentee, programme=doc.programme
            ),
            s.subtitle,
        ),
    ]
    facts = [
        (
            translate("Agenda", "When"),
            translate("Agenda", "{day}, {start} – {end}").format(
                day=long_date(doc.starts_at, lang),
                start=clock(doc.starts_at, lang),
                end=clock(ends_at, lang),
            ),
        ),
        (translate("Agenda", "Where"), doc.location or translate("Agenda", "to be decided")),
        (
            translate("Agenda", "Length"),
            translate("Agenda", "{minutes} minutes").format(minutes=doc.duration_minutes),
        ),
    ]
    fact_table = Table(
        [[paragraph(k, s.label), paragraph(v, s.cell)] for k, v in facts],
        colWidths=[28 * mm, None],
        hAlign="LEFT",
    )
    fact_table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story.append(fact_table)
    story.append(paragraph(translate("Agenda", "Agenda"), s.heading))
    story.append(_items_table(doc, translate))
    if doc.preparation.strip():
        story.append(paragraph(translate("Agenda", "To prepare"), s.heading))
        story.append(paragraph(doc.preparation.strip(), s.body))
    if doc.open_actions:
        story.append(
            paragraph(translate("Agenda", "Open actions from earlier sessions"), s.heading)
        )
        story.append(_actions_table(doc, translate))
    story.append(CondPageBreak(45 * mm))
    story.append(paragraph(translate("Agenda", "Notes"), s.heading))
    for _ in range(NOTE_LINES):
        story.append(Spacer(1, 7 * mm))
        story.append(HRFlowable(width="100%", thickness=0.4, color=RULE, spaceAfter=0))
    return story


def _items_table(doc: AgendaDocument, translate: Translate) -> Flowable:
    s = layout.styles()
    lang = doc.letterhead.language
    rows: list[list[Flowable | str]] = [
        [
            paragraph(translate("Agenda", "Time"), s.label),
            paragraph(translate("Agenda", "Topic"), s.label),
            paragraph(translate("Agenda", "Minutes"), s.label),
        ]
    ]
    moment = doc.starts_at
    for item in doc.items:
        rows.append(
            [
                paragraph(clock(moment, lang), s.cell),
                paragraph(item.topic, s.cell),
                paragraph(str(item.minutes), s.cell),
            ]
        )
        moment += timedelta(minutes=item.minutes)
    if not doc.items:
        rows.append(["", paragraph(translate("Agenda", "Free discussion"), s.cell), ""])
    table = Table(rows, colWidths=[22 * mm, None, 20 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _tick_box() -> Drawing:
    box = Drawing(3.4 * mm, 3.4 * mm)
    # Styled after construction: the stubs type Rect's keyword arguments wrongly.
    tick = Rect(0, 0, 3.4 * mm, 3.4 * mm)
    tick.strokeColor, tick.strokeWidth, tick.fillColor = ACCENT, 0.8, None
    box.add(tick)
    return box


def _actions_table(doc: AgendaDocument, translate: Translate) -> Flowable:
    """Each action with a box to tick by hand (drawn, so no symbol font is needed)."""
    s = layout.styles()
    lang = doc.letterhead.language
    rows = []
    for action in doc.open_actions:
        due = (
            translate("Agenda", "due {date}").format(date=short_date(action.due_on, lang))
            if action.due_on
            else ""
        )
        rows.append(
            [
                _tick_box(),
                paragraph(action.text, s.cell),
                paragraph(action.owner, s.cell),
                paragraph(due, s.cell),
            ]
        )
    table = Table(rows, colWidths=[4 * mm, None, 34 * mm, 34 * mm])
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (1, 0), (1, -1), 8),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    table.setStyle(TableStyle(style))
    return table


def build_agenda(doc: AgendaDocument) -> bytes:
    translate = document_translator(doc.letterhead.language)
    title = translate("Agenda", "Agenda — {mentor} and {mentee}").format(
        mentor=doc.mentor, mentee=doc.mentee
    )
    return layout.build(agenda_story(doc, translate), doc.letterhead, title, translate)


def build_agendas(docs: Sequence[AgendaDocument], title: str) -> bytes:
    """A week's (or any range's) agendas in one file, each session starting a new page."""
    if not docs:
        raise ValueError("no session to print")
    translate = document_translator(docs[0].letterhead.language)
    story: list[Flowable] = []
    for index, doc in enumerate(docs):
        if index:
            story.append(PageBreak())
        story.extend(agenda_story(doc, translate))
    return layout.build(story, docs[0].letterhead, title, translate)
