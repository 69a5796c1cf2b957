"""What does not fit on a screen: text cut off, widgets outside their window or on each other.

Used by the test that builds every view and dialog at 1280×800 and 1024×700 in both
languages. A button, check box, tab or header shows its whole text, or says so here; a
label that wraps is tall enough for its lines; nothing lies outside its window, and no two
widgets of one layout cover each other.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from mentorat_desktop.ui.widgets.header_fit import header_text_width

SLACK = 2  # pixels of rounding a style may take
MIN_LIST_HEIGHT = 60  # a table or list shows two or three rows at least
COMBO_CHROME = 30  # a closed combo box's frame and arrow
# A widget property: this combo box shows data of any length and may elide its current
# choice (its open list shows it whole).
MAY_ELIDE = "fit_may_elide"


def _plain(text: str) -> str:
    """The text as drawn: mnemonics' ampersands removed, "&&" kept as one."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {widget.objectName() or ''}«{_plain(text)[:40]}»".strip()


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport, where being out of sight is the point."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return True
        parent = area
    return False


def _label_problem(label: QLabel) -> str:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    rect = label.contentsRect()
    margin = 2 * label.margin() + 2 * max(label.indent(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wraps to {needed} px high in {label.height()} px"
        return ""
    if label.textFormat().name == "RichText" or "<" in text:
        needed_width = label.sizeHint().width() - margin
    else:
        metrics = label.fontMetrics()
        needed_width = max(metrics.horizontalAdvance(line) for line in _plain(text).split("\n"))
    if needed_width > rect.width() - margin + SLACK:
        return f"text needs {needed_width} px, has {rect.width() - margin}"
    return ""


def _button_problem(button: QAbstractButton) -> str:
    if not button.text():
        return ""
    if isinstance(button, QToolButton) and button.toolButtonStyle().name == "ToolButtonIconOnly":
        return ""
    needed = button.sizeHint().width()
    kinds = (QCheckBox, QRadioButton, QPushButton, QToolButton)
    if isinstance(button, kinds) and needed > button.width() + SLACK:
        return f"needs {needed} px, has {button.width()}"
    return ""


def _combo_problem(combo: QComboBox) -> str:
    """A closed combo box shows its current choice whole (an editable one may scroll)."""
    text = combo.currentText()
    if combo.isEditable() or not text or combo.property(MAY_ELIDE):
        return ""
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    needed = combo.fontMetrics().horizontalAdvance(text) + icon + COMBO_CHROME
    if needed > combo.width() + SLACK:
        return f"choice «{text}» needs {needed} px, has {combo.width()}"
    return ""


def _tab_problems(bar: QTabBar) -> list[str]:
    found = []
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        text = _plain(bar.tabText(index))
        icon = bar.iconSize().width() + 4 if not bar.tabIcon(index).isNull() else 0
        needed = metrics.horizontalAdvance(text) + icon
        if needed > bar.tabRect(index).width() - 8 + SLACK:
            found.append(f"tab «{text}» needs {needed} px, has {bar.tabRect(index).width()}")
    return found


def _header_problems(header: QHeaderView) -> list[str]:
    found: list[str] = []
    if header.model() is None or header.orientation() is not Qt.Orientation.Horizontal:
        return found
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == section
        needed = header_text_width(header, section, with_arrow=sorted_here)
        size = header.sectionSize(section)
        if needed > size + SLACK:
            text = header.model().headerData(section, header.orientation())
            found.append(f"header «{text}» needs {needed} px, has {size}")
    return found


def _overlaps(parent: QWidget, window: QWidget) -> list[str]:
    """Widgets that one layout placed on top of each other."""
    layout = parent.layout()
    if layout is None:
        return []
    children: list[QWidget] = []
    layouts = [layout]
    while layouts:
        current = layouts.pop()
        for index in range(current.count()):
            item = current.itemAt(index)
            if item is None:
                continue
            inner = item.layout()
            if inner is not None:
                layouts.append(inner)
            widget = item.widget()
            if widget is not None and _shown(widget, window):
                children.append(widget)
    found = []
    for i, first in enumerate(children):
        for second in children[i + 1 :]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > SLACK and common.height() > SLACK:
                found.append(f"{_name(first)} overlaps {_name(second)}")
    return found


def fit_problems(window: QWidget) -> list[str]:
    """Everything that does not fit in this window as it is laid out now."""
    found: list[str] = []
    bounds = QRect(0, 0, window.width(), window.height())
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not _shown(widget, window):
            continue
        problems: list[str] = []
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            problems += [problem] if problem else []
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QTabBar):
            problem = _button_problem(widget)
            problems += [problem] if problem else []
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
            problems += [problem] if problem else []
        elif isinstance(widget, QTabBar):
            problems += _tab_problems(widget)
        elif isinstance(widget, QHeaderView):
            problems += _header_problems(widget)
        if widget is not window and not _scrolled(widget, window):
            top_left = widget.mapTo(window, widget.rect().topLeft())
            placed = QRect(top_left, widget.size())
            if not bounds.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(placed):
                problems.append(f"outside the window at {placed.getRect()}")
        if (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)
            and not _scrolled(widget, window)
            and widget.height() < MIN_LIST_HEIGHT
        ):
            problems.append(f"only {widget.height()} px high: too few rows to work with")
        found += [f"{_name(widget)}: {problem}" for problem in problems]
        found += _overlaps(widget, window)
    return found
