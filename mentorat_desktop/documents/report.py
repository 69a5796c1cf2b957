"""The programme report (bilan) for the management: figures, charts, progress, pairs, quotes."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from mentorat_desktop.documents import layout
from mentorat_desktop.documents.fonts import REGULAR
from mentorat_desktop.documents.language import document_translator, hours, short_date
from mentorat_desktop.documents.layout import (
    ACCENT,
    ACCENT_LIGHT,
    INK,
    MUTED,
    RULE,
    Table,
    Translate,
    paragraph,
    text,
)
from mentorat_desktop.documents.report_data import (
    ReportDocument,
)

HELD, CANCELLED, MISSED = ACCENT, colors.HexColor("#D9A441"), colors.HexColor("#9AA5AE")
START, END = colors.HexColor("#9FC7D6"), ACCENT
CHART_W, CHART_H = 170 * mm, 62 * mm


def _figure_cells(doc: ReportDocument, translate: Translate) -> Flowable:
    s = layout.styles()
    lang = doc.letterhead.language
    completion = (
        f"{round(100 * doc.sessions_held / doc.sessions_planned)} %"
        if doc.sessions_planned
        else "—"
    )
    ratings = " / ".join(
        _decimal(value, lang) if value is not None else "—"
        for value in (doc.mentor_rating, doc.mentee_rating)
    )
    figures = [
        (str(doc.pairs), translate("Report", "pairs")),
        (str(doc.sessions_held), translate("Report", "sessions held")),
        (hours(doc.minutes_held, lang), translate("Report", "of mentoring")),
        (completion, translate("Report", "of planned sessions held")),
        (ratings, translate("Report", "average rating, mentors / mentees (out of 5)")),
    ]
    cells = [
        [paragraph(value, s.title) for value, _ in figures],
        [paragraph(label, s.label) for _, label in figures],
    ]
    table = Table(cells, colWidths=[34 * mm] * len(figures))
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.5, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return table


def _bar_chart(
    categories: list[str],
    series: list[tuple[str, list[float], colors.Color]],
    value_max: float | None,
    caption: str,
) -> Drawing:
    drawing = Drawing(CHART_W, CHART_H)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 30
    chart.width, chart.height = CHART_W - 40, CHART_H - 50  # type: ignore[assignment]  # stubs: int
    chart.data = [values for _, values, _ in series]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = MUTED
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.valueMin = 0
    if value_max is not None:
        chart.valueAxis.valueMax = value_max
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.strokeColor = RULE
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for index, (_, _, colour) in enumerate(series):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 28, 8
    legend.fontName = REGULAR
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 6
    legend.deltax = 90
    legend.colorNamePairs = [(colour, name) for name, _, colour in series]
    drawing.add(legend)
    drawing.add(
        String(
            CHART_W - 4,
            CHART_H - 10,
            caption,
            fontName=REGULAR,
            fontSize=7,
            fillColor=INK,
            textAnchor="end",
        )
    )
    return drawing


def _months_chart(doc: ReportDocument, translate: Translate) -> Flowable:
    from mentorat_desktop.documents.language import MONTHS

    lang = doc.letterhead.language if doc.letterhead.language in MONTHS else "en"
    names = [f"{MONTHS[lang][m.month.month - 1][:4]}. {m.month.year % 100:02d}" for m in doc.months]
    return _bar_chart(
        names,
        [
            (translate("Report", "held"), [m.held for m in doc.months], HELD),
            (translate("Report", "cancelled"), [m.cancelled for m in doc.months], CANCELLED),
            (translate("Report", "missed"), [m.missed for m in doc.months], MISSED),
        ],
        None,
        translate("Report", "sessions per month"),
    )


def _short(label: str, limit: int = 16) -> str:
    """Axis labels stay short; the table under the chart gives the full names."""
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _unquoted(quote: str) -> str:
    return quote.strip().strip('«»“”"').strip()


def _progress_chart(doc: ReportDocument, translate: Translate) -> Flowable:
    return _bar_chart(
        [_short(p.category) for p in doc.progress],
        [
            (
                translate("Report", "start of programme"),
                [p.start_level for p in doc.progress],
                START,
            ),
            (translate("Report", "end of programme"), [p.end_level for p in doc.progress], END),
        ],
        4,
        translate("Report", "average level (0 to 4)"),
    )


def _decimal(value: float, language: str) -> str:
    shown = f"{value:.1f}"
    return shown.replace(".", ",") if language == "fr" else shown


def _progress_table(doc: ReportDocument, translate: Translate) -> Flowable:
    s = layout.styles()
    lang = doc.letterhead.language
    rows: list[list[Flowable]] = [
        [
            paragraph(h, s.label)
            for h in (
                translate("Report", "Category"),
                translate("Report", "Start"),
                translate("Report", "End"),
                translate("Report", "People assessed"),
            )
        ]
    ]
    for p in doc.progress:
        rows.append(
            [
                paragraph(p.category, s.cell),
                paragraph(_decimal(p.start_level, lang), s.cell),
                paragraph(_decimal(p.end_level, lang), s.cell),
                paragraph(str(p.people), s.cell),
            ]
        )
    return _plain_table(rows, [None, 22 * mm, 22 * mm, 30 * mm])


def _plain_table(rows: list[list[Flowable]], widths: list[float | None]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _pairs_table(doc: ReportDocument, translate: Translate) -> Flowable:
    s = layout.styles()
    rows: list[list[Flowable]] = [
        [
            paragraph(h, s.label)
            for h in (
                translate("Report", "Mentor"),
                translate("Report", "Mentee"),
                translate("Report", "Status"),
                translate("Report", "Sessions held"),
            )
        ]
    ]
    for line in doc.pair_lines:
        rows.append(
            [
                paragraph(line.mentor, s.cell),
                paragraph(line.mentee, s.cell),
                paragraph(line.status, s.cell),
                paragraph(str(line.sessions_held), s.cell),
            ]
        )
    return _plain_table(rows, [None, None, 30 * mm, 26 * mm])


def _pairs_line(doc: ReportDocument, translate: Translate) -> str:
    """'12 participants; 5 pairs active, 1 completed, 0 stopped early.', each with its plural."""
    participants, active = doc.participants, doc.active_pairs
    completed, stopped = doc.completed_pairs, doc.stopped_pairs
    return translate("Report", "{participants}; {active}, {completed}, {stopped}.").format(
        participants=translate("Report", "%n participants", None, participants),
        active=translate("Report", "%n pairs active", None, active),
        completed=translate("Report", "%n completed", None, completed),
        stopped=translate("Report", "%n stopped early", None, stopped),
    )


def build_report(doc: ReportDocument) -> bytes:
    translate = document_translator(doc.letterhead.language)
    s = layout.styles()
    lang = doc.letterhead.language
    story: list[Flowable] = [
        paragraph(translate("Report", "Programme report"), s.title),
        paragraph(
            translate("Report", "{programme} — from {start} to {end}").format(
                programme=doc.programme,
                start=short_date(doc.start, lang),
                end=short_date(doc.end, lang),
            ),
            s.subtitle,
        ),
        paragraph(translate("Report", "Key figures"), s.heading),
        _figure_cells(doc, translate),
        Spacer(1, 3 * mm),
        paragraph(_pairs_line(doc, translate), s.body),
    ]
    if doc.months:
        story += [
            KeepTogether(
                [
                    paragraph(translate("Report", "Sessions"), s.heading),
                    _months_chart(doc, translate),
                ]
            )
        ]
    story.append(paragraph(translate("Report", "Skill progress"), s.heading))
    if doc.progress:
        story += [
            _progress_chart(doc, translate),
            Spacer(1, 4 * mm),
            _progress_table(doc, translate),
        ]
    else:
        story.append(
            paragraph(translate("Report", "No start and end assessments recorded yet."), s.body)
        )
    if doc.quotes:
        story.append(paragraph(translate("Report", "In their words"), s.heading))
        for quote in dict.fromkeys(_unquoted(q) for q in doc.quotes if _unquoted(q)):
            story.append(
                Paragraph(f"« {text(quote)} »" if lang == "fr" else f"“{text(quote)}”", s.quote)
            )
    story += [paragraph(translate("Report", "Pairs"), s.heading), _pairs_table(doc, translate)]
    title = translate("Report", "Programme report — {programme}").format(programme=doc.programme)
    return layout.build(story, doc.letterhead, title, translate)
