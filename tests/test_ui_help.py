"""Help where it is needed: the user guide (F1 at the page of the view shown, in the app's
language, searchable), the dashboard figures' explanations, the first-use checklist."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from mentorat_desktop.config import resource_path
from mentorat_desktop.db.database import Database
from mentorat_desktop.demo import load_demo
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.services.dashboard.figure_help import figure_explanations
from mentorat_desktop.services.dashboard.first_steps import FirstStep, first_steps
from mentorat_desktop.services.settings import get_settings, save_settings
from mentorat_desktop.services.staff.staff_directory import list_staff
from mentorat_desktop.ui.dialogs.person_dialog import PersonDialog
from mentorat_desktop.ui.help import guide
from mentorat_desktop.ui.help.help_window import HelpWindow
from mentorat_desktop.ui.main_window import MainWindow
from mentorat_desktop.ui.views.catalogue import view_specs
from tests.conftest import type_text

IMAGES = resource_path("guide", "images")
VIEW_TITLES = {
    "fr": {
        "dashboard": "Tableau de bord",
        "staff": "Personnel",
        "skills": "Compétences",
        "pairs": "Binômes",
        "sessions": "Séances",
        "documents": "Documents",
    },
    "en": {
        "dashboard": "Dashboard",
        "staff": "Staff",
        "skills": "Skills",
        "pairs": "Pairs",
        "sessions": "Sessions",
        "documents": "Documents",
    },
}


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    chosen = getattr(request, "param", "fr")
    install_translators(qapp, chosen)
    yield chosen
    install_translators(qapp, "en")


def _window(qtbot, database: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.show_view("dashboard")
    qtbot.waitExposed(window)
    return window


def _help_window(window: MainWindow) -> HelpWindow:
    found = window.findChildren(HelpWindow)
    assert len(found) == 1
    return found[0]


# --- the guide's files ------------------------------------------------------------------------
@pytest.mark.parametrize("lang", guide.LANGUAGES)
def test_every_page_exists_with_its_images_and_links(lang: str) -> None:
    pages = guide.load_pages(lang)
    assert [page.key for page in pages] == list(guide.PAGES)
    for page in pages:
        assert page.path.is_file(), page.path
        assert page.text.startswith("# ") and page.title != page.key
        for target in guide.image_targets(page.text):
            assert (page.path.parent / target).resolve().is_file(), f"{page.key}: {target}"
            assert target.endswith(f"-{lang}.png"), f"{page.key} shows another language"
        for target in guide.link_targets(page.text):
            assert target.startswith("http") or target.removesuffix(".md") in guide.PAGES, target
    views = [spec.key for spec in view_specs()]
    assert all(view in guide.PAGES for view in views), "a view has no page"
    assert len({page.title for page in pages}) == len(pages)


def test_every_image_is_used_and_small() -> None:
    used = {
        target.rsplit("/", 1)[-1]
        for lang in guide.LANGUAGES
        for page in guide.load_pages(lang)
        for target in guide.image_targets(page.text)
    }
    shipped = {path.name for path in IMAGES.glob("*.png")}
    assert used == shipped
    assert sum(path.stat().st_size for path in IMAGES.glob("*.png")) < 1.5 * 1024 * 1024


def test_search_ignores_case_and_accents() -> None:
    assert "documents" in guide.find_pages("fr", "attestation")
    assert "backups" in guide.find_pages("fr", "SECURITE")  # « Sécurité »
    assert guide.find_pages("en", "certificate QR") == ["documents"]
    assert guide.find_pages("en", "zebra") == []
    assert guide.find_pages("fr", "") == list(guide.PAGES)
    text = "Une Séance, deux séances."
    assert guide.occurrences(text, "seance") == [(4, 6), (17, 6)]


# --- the help window ----------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["fr", "en"], indirect=True)
def test_f1_opens_the_page_of_each_view(qtbot, sqlite_database, language: str) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sqlite_database)
    assert window.guide_action.shortcut().toString() == "F1"
    for key, title in VIEW_TITLES[language].items():
        window.show_view(key)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        help_window = _help_window(window)
        qtbot.waitUntil(help_window.isVisible)
        assert help_window.language == language
        assert help_window.current_page() == key
        assert help_window.browser.source().path().endswith(f"/guide/{language}/{key}.md")
        page_text = help_window.browser.toPlainText()
        assert page_text.startswith(title), page_text[:40]
        assert help_window.page_list.currentItem().text() == title
        image = QUrl(f"../images/{key}-{language}.png")
        loaded = help_window.browser.loadResource(QTextDocument.ResourceType.ImageResource, image)
        assert not QImage.fromData(loaded).isNull()
    menu_texts = [a.text() for a in window.menuBar().actions()[-1].menu().actions()]
    expected = "&Guide d’utilisation" if language == "fr" else "&User guide"
    assert expected in menu_texts
    assert any("Mentorat" in text for text in menu_texts)  # About stays


def test_search_filters_pages_and_highlights(qtbot, sqlite_database, language: str) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sqlite_database)
    help_window = window.show_guide("staff")
    assert isinstance(help_window, HelpWindow)
    type_text(help_window.search, "attestation")
    shown = help_window.visible_pages()
    assert "documents" in shown and "staff" not in shown
    assert help_window.current_page() in shown  # the page shown moved to one that holds it
    marked = help_window.highlighted()
    assert marked and all(word.lower() == "attestation" for word in marked)
    starts = [s.cursor.selectionStart() for s in help_window.browser.extraSelections()]
    assert help_window.browser.textCursor().selectionStart() == starts[0]
    for expected in [*starts[1:], starts[0]]:  # Enter goes to the next one, then round
        qtbot.keyClick(help_window.search, Qt.Key.Key_Return)
        assert help_window.browser.textCursor().selectionStart() == expected
    help_window.search.clear()
    assert help_window.visible_pages() == list(guide.PAGES)
    assert help_window.highlighted() == []
    type_text(help_window.search, "zèbre")
    assert help_window.visible_pages() == []
    assert help_window.no_match.isVisible() and "zèbre" in help_window.no_match.text()


def test_links_between_pages_and_the_list(qtbot, sqlite_database, language: str) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sqlite_database)
    help_window = window.show_guide("getting-started")
    help_window.browser.setSource(help_window.browser.source().resolved(QUrl("pairs.md")))
    assert help_window.current_page() == "pairs"
    assert help_window.page_list.currentItem().text() == "Binômes"
    help_window.page_list.setCurrentRow(guide.PAGES.index("faq"))
    assert help_window.current_page() == "faq"
    assert window.show_guide("sessions") is help_window  # one window, reused


# --- the dashboard figures ----------------------------------------------------------------------
def test_every_figure_says_how_it_is_computed(qtbot, sqlite_database, language: str) -> None:  # type: ignore[no-untyped-def]
    load_demo(sqlite_database, "small", seed=3)
    window = _window(qtbot, sqlite_database)
    dashboard = window.views["dashboard"]
    explanations = figure_explanations()
    assert set(explanations) == set(dashboard.tiles)
    for key, tile in dashboard.tiles.items():
        words = explanations[key].split()[:3]
        assert words and all(word in tile.toolTip() for word in words), key
        assert " ".join(words) in tile.whatsThis()
        assert tile.accessibleDescription().endswith(explanations[key])
    assert "appariement" in dashboard.tiles["match_rate"].toolTip()  # in French
    assert "30 derniers jours" in dashboard.tiles["active_pairs"].toolTip()
    assert "7 jours" in dashboard.tiles["journals"].toolTip()


# --- the first-use checklist --------------------------------------------------------------------
def test_first_steps_service(database: Database) -> None:
    assert first_steps(database).done == frozenset()
    save_settings(database, replace(get_settings(database), company_name="Atelier Lumière"))
    assert first_steps(database).done == {FirstStep.ORGANISATION}
    load_demo(database, "small", seed=3)
    assert first_steps(database).all_done


def test_checklist_on_an_empty_database(qtbot, sqlite_database, language: str) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sqlite_database)
    panel = window.views["dashboard"].first_steps
    assert panel.isVisible()
    assert panel.steps.done == frozenset()
    assert "0 sur 6" in panel.title.text()
    assert all(button.accessibleName().endswith("à faire") for button in panel.buttons.values())
    assert panel.buttons[FirstStep.STAFF].text() == "2. Personnel"

    qtbot.mouseClick(panel.buttons[FirstStep.STAFF], Qt.MouseButton.LeftButton)
    assert window.current_view_key() == "staff"

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonDialog)
        type_text(dialog.first_name, "Léa")
        type_text(dialog.last_name, "Martin")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(window.views["staff"].new_button, Qt.MouseButton.LeftButton)
    assert [row.last_name for row in list_staff(sqlite_database)] == ["Martin"]

    window.show_view("dashboard")
    assert panel.steps.done == {FirstStep.STAFF}
    assert panel.buttons[FirstStep.STAFF].accessibleName().endswith(": fait")
    assert "(fait)" in panel.buttons[FirstStep.STAFF].toolTip()
    assert panel.buttons[FirstStep.SKILLS].accessibleName().endswith("à faire")
    assert "1 sur 6" in panel.title.text()


def test_checklist_links_go_where_each_step_is_done(qtbot, sqlite_database, monkeypatch, language):  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.dialogs.settings_dialog import SettingsDialog

    opened: list[str] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append("settings") or 0)
    window = _window(qtbot, sqlite_database)
    panel = window.views["dashboard"].first_steps
    where = {
        FirstStep.STAFF: "staff",
        FirstStep.SKILLS: "skills",
        FirstStep.PROGRAMME: "pairs",
        FirstStep.PAIRS: "pairs",
        FirstStep.SESSIONS: "sessions",
    }
    for step, view in where.items():
        window.show_view("dashboard")
        qtbot.mouseClick(panel.buttons[step], Qt.MouseButton.LeftButton)
        assert window.current_view_key() == view, step
    window.show_view("dashboard")
    qtbot.mouseClick(panel.buttons[FirstStep.ORGANISATION], Qt.MouseButton.LeftButton)
    assert opened == ["settings"]


def test_checklist_hidden_when_done_or_dismissed(qtbot, sqlite_database, language: str) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sqlite_database)
    dashboard = window.views["dashboard"]
    qtbot.mouseClick(dashboard.first_steps.hide_button, Qt.MouseButton.LeftButton)
    assert not dashboard.first_steps.isVisible()
    dashboard.reload()
    assert not dashboard.first_steps.isVisible()  # remembered

    QCoreApplication.processEvents()
    from PySide6.QtCore import QSettings

    QSettings().clear()
    load_demo(sqlite_database, "small", seed=3)
    dashboard.reload()
    assert not dashboard.first_steps.isVisible()  # every step done


def test_f1_in_a_dialog_opens_its_page(qtbot, sqlite_database, language: str) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sqlite_database)
    window.show_view("staff")
    seen: list[tuple[str, str, bool]] = []

    def press_f1() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonDialog)
        dialog.first_name.setFocus()
        qtbot.waitUntil(lambda: _has_key(dialog))
        qtbot.keyClick(dialog.first_name, Qt.Key.Key_F1)
        help_window = dialog.findChild(HelpWindow)
        assert help_window is not None
        seen.append((help_window.current_page(), help_window.language, help_window.isVisible()))
        help_window.close()
        dialog.reject()

    QTimer.singleShot(0, press_f1)
    qtbot.mouseClick(window.views["staff"].new_button, Qt.MouseButton.LeftButton)
    assert seen == [("staff", language, True)]
    assert list_staff(sqlite_database) == []


def _has_key(dialog) -> bool:  # type: ignore[no-untyped-def]
    from mentorat_desktop.ui.help.help_window import _DialogHelpKey

    return dialog.findChild(_DialogHelpKey) is not None


def test_the_self_test_checks_the_shipped_guide(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mentorat_desktop.cli.selftest import SelfTestRun, run_checks
    from mentorat_desktop.ui.selftest_checks import check_guide

    run = SelfTestRun(tmp_path)
    (result,) = run_checks(run, [("guide", check_guide)])
    assert result.ok, result.detail
    assert result.detail == "9 pages in fr, en, 18 pictures"
    monkeypatch.setattr(guide, "image_targets", lambda text: ["../images/missing.png"])
    (result,) = run_checks(run, [("guide", check_guide)])
    assert not result.ok and "missing.png" in result.detail


@pytest.mark.parametrize(("size", "one_row"), [((1440, 860), True), ((1024, 700), False)])
def test_checklist_fits_in_one_row_or_two(qtbot, sqlite_database, language, size, one_row) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sqlite_database)
    window.resize(*size)
    panel = window.views["dashboard"].first_steps
    qtbot.waitUntil(lambda: panel.one_row is one_row)
    for button in panel.buttons.values():  # every step readable in full
        assert button.width() >= button.sizeHint().width(), button.text()
    assert panel.hide_button.width() >= panel.hide_button.sizeHint().width()


def test_sections_match_across_languages_and_dialogs() -> None:
    from mentorat_desktop.ui.help.help_window import DIALOG_PAGES

    sections = {
        lang: {p.key: p.text.count("\n## ") for p in guide.load_pages(lang)}
        for lang in guide.LANGUAGES
    }
    assert sections["fr"] == sections["en"]
    for dialog, target in DIALOG_PAGES.items():
        key, _, number = target.partition("#")
        assert key in guide.PAGES and 1 <= int(number) <= sections["fr"][key], dialog


@pytest.mark.parametrize("language", ["fr", "en"], indirect=True)
def test_a_dialog_opens_its_section(qtbot, sqlite_database, language: str) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sqlite_database)
    help_window = window.show_guide("sessions#5")  # the journal dialog's
    assert help_window.current_page() == "sessions"
    assert help_window.current_section() == ("Le journal" if language == "fr" else "The journal")
    assert help_window.go_to_section(99) is False


def test_the_guide_window_keeps_its_size(qtbot, sqlite_database, language: str) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sqlite_database)
    first = window.show_guide("faq")
    first.resize(700, 500)
    first.close()
    first.deleteLater()
    qtbot.waitUntil(lambda: not window.findChildren(HelpWindow))
    again = window.show_guide("faq")
    assert again is not first and (again.width(), again.height()) == (700, 500)
