"""The dashboard's charts (QtCharts), each with a table of the same numbers as its text
alternative, tooltips on every bar and point, and colours taken from the palette so they
read in light and dark themes. A chart with nothing to show says so, and what to do."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.documents.report_data import CategoryProgress, MonthCount
from mentorat_desktop.services.dashboard.dashboard_data import MonthRating
from mentorat_desktop.ui.icons import accent
from mentorat_desktop.ui.qt_dates import to_qdate

translate = QCoreApplication.translate  # in ChartPanel: self.tr would use the subclass
AMBER = "#D9A441"  # cancelled: the report's colours
GREY = "#9AA5AE"  # missed
LIGHT_ACCENT = "#9FC7D6"  # start level
CHART, TABLE, EMPTY = 0, 1, 2


def _dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5


def month_label(month) -> str:
    return QLocale().toString(month, "MMM yy")


class ChartPanel(QWidget):
    """A chart, its table, and an empty hint; a button switches between chart and table."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.chart = QChart()
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.table = QTableWidget(0, 0, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self)
        self.empty.setObjectName("chart_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(24, 24, 24, 24)
        self.pages = QStackedWidget(self)
        for widget in (self.view, self.table, self.empty):
            self.pages.addWidget(widget)
        self.toggle = QPushButton(translate("ChartPanel", "Show as a table"), self)
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(
            translate("ChartPanel", "The same numbers as a table, for reading or copying")
        )
        self.toggle.toggled.connect(self._show_page)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bar)
        self.has_data = False

    def _show_page(self, *_args: object) -> None:
        if not self.has_data:
            self.pages.setCurrentIndex(EMPTY)
        else:
            self.pages.setCurrentIndex(TABLE if self.toggle.isChecked() else CHART)
        table = self.toggle.isChecked()
        self.toggle.setText(
            translate("ChartPanel", "Show as a chart")
            if table
            else translate("ChartPanel", "Show as a table")
        )
        self.toggle.setEnabled(self.has_data)

    def _reset(self) -> None:
        """A fresh chart each time: re-using one leaves stale axes and legend markers."""
        previous = self.chart
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        palette = QGuiApplication.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        self.chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        self.chart.setBackgroundRoundness(4)
        self.chart.setTitleBrush(text)
        self.chart.legend().setLabelColor(text)
        self._previous = previous

    def _style_axis(self, axis) -> None:
        palette = QGuiApplication.palette()
        axis.setLabelsColor(palette.color(QPalette.ColorRole.WindowText))
        grid = palette.color(QPalette.ColorRole.Mid)
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        axis.setLabelsFont(font)

    def _fill_table(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(headers))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.view.setAccessibleDescription(
            "; ".join(
                ", ".join(f"{h} {v}" for h, v in zip(headers, row, strict=True)) for row in rows
            )
        )

    def _finish(self, has_data: bool, empty_hint: str) -> None:
        # Shown once complete: a chart given to the view before its axes were added
        # is sometimes painted without axes and legend labels.
        self.view.setChart(self.chart)
        self._previous.deleteLater()
        self.has_data = has_data
        self.empty.setText(empty_hint)
        self._show_page()

    def save_png(self, path: Path) -> bool:
        """The chart as drawn (the table when that is shown) for a slide."""
        page = self.pages.currentWidget()
        return page is not None and page.grab().save(str(path), "PNG")

    def _value_axis(self, top: float, title: str = "") -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(0, top)
        axis.setLabelFormat("%d")
        axis.applyNiceNumbers()
        if title:
            axis.setTitleText(title)
            axis.setTitleBrush(QGuiApplication.palette().color(QPalette.ColorRole.WindowText))
        self._style_axis(axis)
        return axis

    def _category_axis(self, labels: list[str]) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(labels)
        self._style_axis(axis)
        axis.setGridLineVisible(False)
        return axis


class SessionsChart(ChartPanel):
    """Sessions per month: held, cancelled and missed, stacked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("sessions_chart", parent)
        self.view.setAccessibleName(self.tr("Sessions per month"))

    def set_months(self, months: Sequence[MonthCount]) -> None:
        self._reset()
        held = QBarSet(self.tr("Held"))
        cancelled = QBarSet(self.tr("Cancelled"))
        missed = QBarSet(self.tr("Missed"))
        for bar_set, colour in ((held, accent()), (cancelled, AMBER), (missed, GREY)):
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
        labels = [month_label(m.month) for m in months]
        for m in months:
            held.append(m.held)
            cancelled.append(m.cancelled)
            missed.append(m.missed)
        series = QStackedBarSeries()
        words = (self._held_words, self._cancelled_words, self._missed_words)
        for bar_set, said in zip((held, cancelled, missed), words, strict=True):
            series.append(bar_set)
            bar_set.hovered.connect(
                lambda status, index, s=bar_set, w=said: self._tip(status, index, s, labels, w)
            )
        self.chart.addSeries(series)
        x = self._category_axis(labels)
        top = max((m.held + m.cancelled + m.missed for m in months), default=0)
        y = self._value_axis(max(top, 4))
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self._fill_table(
            [self.tr("Month"), self.tr("Held"), self.tr("Cancelled"), self.tr("Missed")],
            [
                [
                    QLocale().toString(to_qdate(m.month), "MMMM yyyy"),
                    str(m.held),
                    str(m.cancelled),
                    str(m.missed),
                ]
                for m in months
            ],
        )
        self._finish(
            bool(months),
            self.tr(
                "No session has taken place yet. Plan sessions in “Sessions”: "
                "held, cancelled and missed ones show here month by month."
            ),
        )

    def _held_words(self, count: int) -> str:
        return self.tr("%n sessions held", "", count)

    def _cancelled_words(self, count: int) -> str:
        return self.tr("%n sessions cancelled", "", count)

    def _missed_words(self, count: int) -> str:
        return self.tr("%n sessions missed", "", count)

    def _tip(
        self,
        status: bool,
        index: int,
        bar_set: QBarSet,
        labels: list[str],
        words: Callable[[int], str],
    ) -> None:
        """'mars : 1 séance tenue', each status with its count's plural."""
        if status and 0 <= index < len(labels):
            QToolTip.showText(
                QCursor.pos(),
                self.tr("{month}: {sessions}").format(
                    month=labels[index], sessions=words(int(bar_set.at(index)))
                ),
            )


class RatingsChart(ChartPanel):
    """Average rating by mentors and by mentees, month by month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("ratings_chart", parent)
        self.view.setAccessibleName(self.tr("Ratings over time"))

    def set_ratings(self, ratings: Sequence[MonthRating]) -> None:
        self._reset()
        labels = [month_label(r.month) for r in ratings]
        x = self._category_axis(labels)
        y = self._value_axis(5)
        y.setTickCount(6)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        sides = (
            (self.tr("By mentors"), accent(), Qt.PenStyle.SolidLine, lambda r: r.mentor_rating),
            (self.tr("By mentees"), AMBER, Qt.PenStyle.DashLine, lambda r: r.mentee_rating),
        )
        for name, colour, style, value in sides:  # dashes: told apart without colour
            line, points = QLineSeries(), QScatterSeries()
            line.setName(name)
            line.setPen(QPen(QColor(colour), 2.5, style))
            points.setColor(QColor(colour))
            points.setBorderColor(QColor(colour))
            points.setMarkerSize(8)
            for index, rating in enumerate(ratings):
                if value(rating) is not None:
                    line.append(QPointF(index, value(rating)))
                    points.append(QPointF(index, value(rating)))
            points.hovered.connect(lambda point, state, n=name: self._tip(point, state, n, labels))
            for series in (line, points):
                self.chart.addSeries(series)
                series.attachAxis(x)
                series.attachAxis(y)
            self.chart.legend().markers(points)[0].setVisible(False)
        locale = QLocale()

        def cell(value: float | None) -> str:
            return "—" if value is None else locale.toString(float(value), "f", 1)

        self._fill_table(
            [self.tr("Month"), self.tr("By mentors"), self.tr("By mentees"), self.tr("Journals")],
            [
                [
                    locale.toString(to_qdate(r.month), "MMMM yyyy"),
                    cell(r.mentor_rating),
                    cell(r.mentee_rating),
                    str(r.journals),
                ]
                for r in ratings
            ],
        )
        self._finish(
            bool(ratings),
            self.tr(
                "No rating yet. Each side rates the session out of 5 in its journal; "
                "the averages show here month by month."
            ),
        )

    def _tip(self, point: QPointF, state: bool, name: str, labels: list[str]) -> None:
        index = round(point.x())
        if state and 0 <= index < len(labels):
            QToolTip.showText(
                QCursor.pos(),
                self.tr("{month}, {side}: {rating} / 5").format(
                    month=labels[index],
                    side=name,
                    rating=QLocale().toString(point.y(), "f", 1),
                ),
            )


class ProgressChart(ChartPanel):
    """Average level per skill category at the start and at the end of the programme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("progress_chart", parent)
        self.view.setAccessibleName(self.tr("Skill progress by category"))

    def set_progress(self, progress: Sequence[CategoryProgress]) -> None:
        self._reset()
        start, end = QBarSet(self.tr("Start")), QBarSet(self.tr("End"))
        start.setColor(QColor(LIGHT_ACCENT))
        start.setBorderColor(QColor(accent()))
        end.setColor(QColor(accent()))
        end.setBorderColor(QColor(accent()))
        labels = [p.category for p in progress]
        for p in progress:
            start.append(p.start_level)
            end.append(p.end_level)
        series = QBarSeries()
        series.append(start)
        series.append(end)
        for bar_set in (start, end):
            bar_set.hovered.connect(
                lambda status, index, s=bar_set: self._tip(status, index, s, labels)
            )
        self.chart.addSeries(series)
        x = self._category_axis(labels)
        y = self._value_axis(4, self.tr("level 0–4"))
        y.setTickCount(5)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        locale = QLocale()
        self._fill_table(
            [self.tr("Category"), self.tr("Start"), self.tr("End"), self.tr("People")],
            [
                [
                    p.category,
                    locale.toString(float(p.start_level), "f", 1),
                    locale.toString(float(p.end_level), "f", 1),
                    str(p.people),
                ]
                for p in progress
            ],
        )
        self._finish(
            bool(progress),
            self.tr(
                "Progress shows once both the start and the end assessments are recorded: "
                "use “Assessments…” above, or close the programme in “Pairs”."
            ),
        )

    def _tip(self, status: bool, index: int, bar_set: QBarSet, labels: list[str]) -> None:
        if status and 0 <= index < len(labels):
            QToolTip.showText(
                QCursor.pos(),
                self.tr("{category}, {moment}: level {level}").format(
                    category=labels[index],
                    moment=bar_set.label(),
                    level=QLocale().toString(bar_set.at(index), "f", 1),
                ),
            )
