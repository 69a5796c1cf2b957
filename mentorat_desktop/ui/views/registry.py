"""Which widget shows which view, and the window's views, each built on its first visit."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mentorat_desktop.ui.views.base import BaseView

# key: (module under ui/views, class); a view's module is imported when it is first shown.
VIEW_CLASSES = {
    "dashboard": ("dashboard_view", "DashboardView"),
    "staff": ("staff_view", "StaffView"),
    "skills": ("skills_view", "SkillsView"),
    "pairs": ("pairs_view", "PairsView"),
    "sessions": ("sessions_view", "SessionsView"),
    "documents": ("documents_view", "DocumentsView"),
}


def view_class(key: str) -> type[BaseView]:
    module, name = VIEW_CLASSES[key]
    found: type[BaseView] = getattr(import_module(f"mentorat_desktop.ui.views.{module}"), name)
    return found


class LazyViews(Mapping[str, "BaseView"]):
    """The window's views by key. Every key is there; a view is built the first time it is
    asked for, so a start builds and fills only the view it shows. ``built()`` lists the views
    that exist (the ones a change notice concerns: a view built later loads fresh)."""

    def __init__(self, keys: list[str], build: Callable[[str], BaseView]) -> None:
        self._keys = list(keys)
        self._build = build
        self._built: dict[str, BaseView] = {}

    def __getitem__(self, key: str) -> BaseView:
        view = self._built.get(key)
        if view is None:
            if key not in self._keys:
                raise KeyError(key)
            view = self._built[key] = self._build(key)
        return view

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def built(self) -> list[BaseView]:
        return list(self._built.values())
