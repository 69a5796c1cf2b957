"""When a journal is overdue: shared by the sessions' list, the dashboard's figures and their
explanations (which the start imports without the database layer)."""

from __future__ import annotations

JOURNAL_GRACE_DAYS = 7  # a journal still missing after a week is overdue
