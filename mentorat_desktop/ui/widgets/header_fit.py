"""Column headers wide enough for their whole title, in whichever language is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle


def header_text_width(header: QHeaderView, section: int, with_arrow: bool = True) -> int:
    """What a section needs to show its title whole: text, margins and the sort arrow."""
    model = header.model()
    text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return 0
    style = header.style()
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 4
    widest = max(header.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    return widest + margin + (arrow if with_arrow else 0)


def widen_to_titles(header: QHeaderView) -> None:
    """Widen the sections narrower than their title (a French title is often the longer)."""
    if header.model() is None:
        return
    for section in range(header.count()):
        if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            continue
        needed = header_text_width(header, section)
        if header.sectionSize(section) < needed:
            header.resizeSection(section, needed)
