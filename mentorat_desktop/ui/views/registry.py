"""Which widget shows which view."""

from __future__ import annotations

from mentorat_desktop.ui.views.base import BaseView


def view_classes() -> dict[str, type[BaseView]]:
    """Imported lazily so a view's import cost is paid only when the window is built."""
    from mentorat_desktop.ui.views.dashboard_view import DashboardView
    from mentorat_desktop.ui.views.documents_view import DocumentsView
    from mentorat_desktop.ui.views.pairs_view import PairsView
    from mentorat_desktop.ui.views.sessions_view import SessionsView
    from mentorat_desktop.ui.views.skills_view import SkillsView
    from mentorat_desktop.ui.views.staff_view import StaffView

    return {
        "dashboard": DashboardView,
        "staff": StaffView,
        "skills": SkillsView,
        "pairs": PairsView,
        "sessions": SessionsView,
        "documents": DocumentsView,
    }


def view_class(key: str) -> type[BaseView]:
    return view_classes()[key]
