"""Words put into widgets: data that must not be read as a shortcut, numbers with their plural.

Qt reads "&" in a label, check box, button, group box title or tab text as the mark of a
keyboard shortcut, so a name such as "Durand & Fils" showed as "Durand _Fils" and claimed
Alt+F. Every piece of data placed in such text goes through `literal()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSpinBox


def literal(text: str) -> str:
    """`text` shown as it is in a widget that reads "&" as a shortcut mark."""
    return text.replace("&", "&&")


def follow_plural(spin: QSpinBox, words: Callable[[int], str]) -> None:
    """Give `spin` the prefix and suffix of `words(value)`, a "%n" text, as its value changes.

    So a rhythm reads "every week" or "every 2 weeks" ("toutes les 2 semaines"), never
    "week(s)", in any language, wherever the language puts the number."""

    def update(value: int) -> None:
        text, number = words(value), str(value)
        at = text.find(number)
        if at < 0:  # a translation without the number: show it after the value
            spin.setPrefix("")
            spin.setSuffix(" " + text)
            return
        spin.setPrefix(text[:at])
        spin.setSuffix(text[at + len(number) :])

    spin.valueChanged.connect(update)
    update(spin.value())
