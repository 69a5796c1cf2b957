"""A person's data (right of access), as a readable PDF: the JSON export, laid out for people."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from mentorat_desktop.documents import layout
from mentorat_desktop.documents.language import document_translator, short_date
from mentorat_desktop.documents.layout import ACCENT_LIGHT, RULE, Letterhead, Translate, paragraph
from mentorat_desktop.i18n import fill


def _date(value: object, language: str) -> str:
    if not value:
        return "—"
    if isinstance(value, str):
        try:
            return short_date(datetime.fromisoformat(value), language)
        except ValueError:
            return value
    if isinstance(value, date):
        return short_date(value, language)
    return str(value)


def _yes_no(value: object, translate: Translate) -> str:
    return translate("PersonData", "yes") if value else translate("PersonData", "no")


def _status(value: str, translate: Translate) -> str:
    words = {
        "proposed": translate("PersonData", "proposed"),
        "active": translate("PersonData", "active"),
        "completed": translate("PersonData", "completed"),
        "stopped": translate("PersonData", "stopped"),
        "planned": translate("PersonData", "planned"),
        "held": translate("PersonData", "held"),
        "cancelled": translate("PersonData", "cancelled"),
        "missed": translate("PersonData", "missed"),
    }
    return words.get(value, value)


def _value(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


def _table(rows: list[list[str]], widths: list[float | None] | None = None) -> Flowable:
    s = layout.styles()
    cells = [[paragraph(c, s.label) for c in rows[0]]]
    cells += [[paragraph(c, s.cell) for c in row] for row in rows[1:]]
    table = Table(cells, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _facts(pairs: list[tuple[str, str]]) -> Flowable:
    s = layout.styles()
    table = Table(
        [[paragraph(k, s.label), paragraph(v, s.cell)] for k, v in pairs],
        colWidths=[42 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _identity(person: dict[str, Any], lang: str, translate: Translate) -> Flowable:
    return _facts(
        [
            (translate("PersonData", "First name"), _value(person["first_name"])),
            (translate("PersonData", "Last name"), _value(person["last_name"])),
            (translate("PersonData", "Email"), _value(person["email"])),
            (translate("PersonData", "Job title"), _value(person["job_title"])),
            (translate("PersonData", "Department"), _value(person["department"])),
            (translate("PersonData", "Manager"), _value(person["manager"])),
            (translate("PersonData", "Birth year"), _value(person["birth_year"])),
            (translate("PersonData", "Hire date"), _date(person["hire_date"], lang)),
            (translate("PersonData", "Archived on"), _date(person["archived_at"], lang)),
            (translate("PersonData", "Recorded on"), _date(person["created_at"], lang)),
        ]
    )


def _journal_text(journal: dict[str, Any] | None, translate: Translate) -> str:
    if not journal:
        return ""
    parts = [journal.get("summary", ""), journal.get("learned", "")]
    ratings = [journal.get("mentor_rating"), journal.get("mentee_rating")]
    if any(r is not None for r in ratings):
        parts.append(
            translate("PersonData", "Ratings: mentor {mentor}/5, mentee {mentee}/5").format(
                mentor=_value(ratings[0]), mentee=_value(ratings[1])
            )
        )
    if journal.get("shared_quote"):
        parts.append(journal["shared_quote"])
    if journal.get("confidential_notes"):
        parts.append(
            translate("PersonData", "Confidential notes: {notes}").format(
                notes=journal["confidential_notes"]
            )
        )
    parts += [f"• {a['text']}" for a in journal.get("action_items", []) if a.get("text")]
    return "\n".join(p for p in parts if p)


def _pairs(data: dict[str, Any], lang: str, translate: Translate) -> list[Flowable]:
    s = layout.styles()
    story: list[Flowable] = []
    for pair in data["pairs"]:
        role = (
            translate("PersonData", "mentor")
            if pair["role"] == "mentor"
            else translate("PersonData", "mentee")
        )
        story.append(
            paragraph(
                translate("PersonData", "{programme}: {role}, with {other}").format(
                    programme=pair["programme"], role=role, other=_value(pair["with"])
                ),
                s.subheading,
            )
        )
        story.append(
            _facts(
                [
                    (translate("PersonData", "Status"), _status(pair["status"], translate)),
                    (translate("PersonData", "Goals"), _value(pair["goals"])),
                    (translate("PersonData", "Started on"), _date(pair["started_on"], lang)),
                    (translate("PersonData", "Ended on"), _date(pair["ended_on"], lang)),
                    (translate("PersonData", "End reason"), _value(pair["end_reason"])),
                    (
                        translate("PersonData", "Focus skills"),
                        ", ".join(f["skill"] for f in pair["focus_skills"]) or "—",
                    ),
                ]
            )
        )
        if pair["sessions"]:
            rows = [
                [
                    translate("PersonData", "Date"),
                    translate("PersonData", "Minutes"),
                    translate("PersonData", "Status"),
                    translate("PersonData", "Journal"),
                ]
            ]
            rows += [
                [
                    _date(m["starts_at"], lang),
                    str(m["duration_minutes"]),
                    _status(m["status"], translate),
                    _journal_text(m.get("journal"), translate),
                ]
                for m in pair["sessions"]
            ]
            story.append(_table(rows, [32 * mm, 18 * mm, 22 * mm, None]))
    return story


def person_data_story(data: dict[str, Any], lang: str, translate: Translate) -> list[Flowable]:
    s = layout.styles()
    person = data["person"]
    name = f"{person['first_name']} {person['last_name']}".strip()
    exported = _date(data["export"]["exported_at"], lang)
    story: list[Flowable] = [
        paragraph(translate("PersonData", "Personal data held by Mentorat"), s.title),
        paragraph(
            translate("PersonData", "{name} — as of {date}").format(name=name, date=exported),
            s.subtitle,
        ),
        paragraph(
            fill(
                translate(
                    "PersonData",
                    "This document lists everything the Mentorat application of {organisation} "
                    "holds about {name}. The same data comes in a machine-readable file (JSON).",
                ),
                lang == "fr",
                organisation=data["export"]["organisation"] or "—",
                name=name,
            ),
            s.body,
        ),
    ]
    if not data["export"]["confidential_notes_included"]:
        story.append(
            paragraph(
                translate(
                    "PersonData",
                    "Confidential session notes are not included: they concern both "
                    "participants. Ask the coordinator if you wish to see them.",
                ),
                s.small,
            )
        )
    story += [
        paragraph(translate("PersonData", "Identity"), s.heading),
        _identity(person, lang, translate),
    ]
    if data["skills"]:
        story.append(paragraph(translate("PersonData", "Skills"), s.heading))
        rows = [
            [
                translate("PersonData", "Skill"),
                translate("PersonData", "Level"),
                translate("PersonData", "Can teach"),
                translate("PersonData", "Wants to learn"),
            ]
        ]
        rows += [
            [
                k["skill"],
                f"{k['level']}/4",
                _yes_no(k["can_teach"], translate),
                _yes_no(k["wants_to_learn"], translate),
            ]
            for k in data["skills"]
        ]
        story.append(_table(rows, [None, 18 * mm, 24 * mm, 28 * mm]))
    if data["assessments"]:
        story.append(paragraph(translate("PersonData", "Skill assessments"), s.heading))
        rows = [
            [
                translate("PersonData", "Date"),
                translate("PersonData", "Skill"),
                translate("PersonData", "Level"),
            ]
        ]
        rows += [
            [_date(a["assessed_on"], lang), a["skill"], f"{a['level']}/4"]
            for a in data["assessments"]
        ]
        story.append(_table(rows, [32 * mm, None, 18 * mm]))
    if data["programmes"]:
        story.append(paragraph(translate("PersonData", "Programmes"), s.heading))
        story.append(paragraph(", ".join(data["programmes"]), s.body))
    if data["pairs"]:
        story.append(paragraph(translate("PersonData", "Pairs and sessions"), s.heading))
        story += _pairs(data, lang, translate)
    if data["certificates"]:
        story.append(paragraph(translate("PersonData", "Certificates"), s.heading))
        rows = [
            [
                translate("PersonData", "Programme"),
                translate("PersonData", "Issued on"),
                translate("PersonData", "Sessions"),
                translate("PersonData", "Code"),
            ]
        ]
        rows += [
            [
                c["programme"],
                _date(c["issued_on"], lang),
                str(c["sessions_count"]),
                c["verification_code"],
            ]
            for c in data["certificates"]
        ]
        story.append(_table(rows))
    if data.get("programme_feedback"):
        story.append(paragraph(translate("PersonData", "End-of-programme answers"), s.heading))
        rows = [
            [
                translate("PersonData", "Programme"),
                translate("PersonData", "Rating"),
                translate("PersonData", "Quote"),
            ]
        ]
        rows += [
            [f["programme"], "" if f["rating"] is None else f"{f['rating']}/5", f["quote"]]
            for f in data["programme_feedback"]
        ]
        story.append(_table(rows, [45 * mm, 18 * mm, None]))
    return story


def build_person_data_pdf(data: dict[str, Any], *, language: str | None = None) -> bytes:
    lang = language or "fr"
    translate = document_translator(lang)
    letterhead = Letterhead(company_name=data["export"]["organisation"] or "", language=lang)
    title = translate("PersonData", "Personal data held by Mentorat")
    return layout.build(person_data_story(data, lang, translate), letterhead, title, translate)
