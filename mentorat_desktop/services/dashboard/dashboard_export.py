"""The dashboard's figures, chart numbers and to-do list as CSV or XLSX, for a management slide.

CSV as French Excel reads it (UTF-8 with BOM, ``;``): one file, sections separated by an
empty line. XLSX: one sheet per section.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mentorat_desktop.files import replacing
from mentorat_desktop.i18n import format_month, translate
from mentorat_desktop.io import sheets
from mentorat_desktop.services.dashboard.dashboard import DashboardData, decimal, figure_lines

Section = tuple[str, list[str], list[list[object]]]


def _month(day: date) -> str:
    return format_month(day)


def dashboard_sections(data: DashboardData, scope: str) -> list[Section]:
    figures: list[list[object]] = [[translate("DashboardExport", "Scope"), scope, ""]]
    figures += [[line.label, line.value, line.detail] for line in figure_lines(data.figures)]
    return [
        (
            translate("DashboardExport", "Figures"),
            [
                translate("DashboardExport", "Figure"),
                translate("DashboardExport", "Value"),
                translate("DashboardExport", "Detail"),
            ],
            figures,
        ),
        (
            translate("DashboardExport", "To do"),
            [translate("DashboardExport", "To do"), translate("DashboardExport", "Urgent")],
            [
                [item.text, translate("DashboardExport", "yes") if item.urgent else ""]
                for item in data.todo
            ],
        ),
        (
            translate("DashboardExport", "Sessions per month"),
            [
                translate("DashboardExport", "Month"),
                translate("DashboardExport", "Held"),
                translate("DashboardExport", "Cancelled"),
                translate("DashboardExport", "Missed"),
            ],
            [[_month(m.month), m.held, m.cancelled, m.missed] for m in data.months],
        ),
        (
            translate("DashboardExport", "Ratings"),
            [
                translate("DashboardExport", "Month"),
                translate("DashboardExport", "By mentors"),
                translate("DashboardExport", "By mentees"),
                translate("DashboardExport", "Journals"),
            ],
            [
                [
                    _month(r.month),
                    round(r.mentor_rating, 2) if r.mentor_rating is not None else "",
                    round(r.mentee_rating, 2) if r.mentee_rating is not None else "",
                    r.journals,
                ]
                for r in data.ratings
            ],
        ),
        (
            translate("DashboardExport", "Skill progress"),
            [
                translate("DashboardExport", "Category"),
                translate("DashboardExport", "Start level"),
                translate("DashboardExport", "End level"),
                translate("DashboardExport", "People"),
            ],
            [
                [p.category, round(p.start_level, 2), round(p.end_level, 2), p.people]
                for p in data.progress
            ],
        ),
    ]


def _csv_value(value: object) -> object:
    """Decimals with the locale's separator, so French Excel reads them as numbers."""
    if isinstance(value, float):
        return decimal(value, 2)
    return value


def _width(header: str, values: list[object]) -> int:
    """A column as wide as its longest value, within reason."""
    return min(80, max([len(header)] + [len(str(v or "")) for v in values]) + 2)


def export_dashboard(data: DashboardData, scope: str, path: Path) -> Path:
    sections = dashboard_sections(data, scope)
    if path.suffix.lower() == ".xlsx":
        book = sheets.new_workbook()
        for title, headers, rows in sections:
            widths = [_width(header, [row[i] for row in rows]) for i, header in enumerate(headers)]
            sheets.add_xlsx_sheet(book, title, headers, rows, widths=widths)
        with replacing(path) as partial:  # owner-only, and whole or not at all
            book.save(partial)
        return path
    with (
        replacing(path) as partial,
        partial.open("w", encoding=sheets.CSV_ENCODING, newline="") as handle,
    ):
        writer = sheets.CsvSheet(handle)
        for number, (title, headers, rows) in enumerate(sections):
            if number:
                writer.writerow([])
            writer.writerow([title])
            writer.writerow(headers)
            writer.writerows([[_csv_value(v) for v in row] for row in rows])
    return path
