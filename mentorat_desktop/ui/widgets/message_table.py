"""The read-only, sortable table of messages the send dialog and the outbox share."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from mentorat_desktop.ui.models import SORT_ROLE


def message_table(
    parent: QWidget,
    model: QAbstractTableModel,
    *,
    name: str,
    accessible_name: str,
    tooltip: str,
    sort_column: int,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
) -> tuple[QSortFilterProxyModel, QTableView]:
    """A table over ``model`` through a sorting proxy: whole rows selected, nothing edited,
    one line a row (a subject never breaks inside "14 h 00"), long texts elided."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView()
    table.setObjectName(name)
    table.setModel(proxy)
    table.setAccessibleName(accessible_name)
    table.setToolTip(tooltip)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, order)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return proxy, table
