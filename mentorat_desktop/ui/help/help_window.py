"""The user guide's window: the list of pages, a search field, the page rendered from Markdown.

Offline and light: a QTextBrowser reads the Markdown files shipped in ``resources/guide``
(``setSource`` renders ``.md`` and resolves the screenshots and the links between pages),
no web engine. The search keeps the pages holding every word and highlights them.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import interface_is_french
from mentorat_desktop.ui.help import guide
from mentorat_desktop.ui.icons import app_icon

KEY_ROLE = Qt.ItemDataRole.UserRole
GEOMETRY_KEY = "help_window/geometry"
# The page and section (its "## " heading, counted from 1) about what each dialog does, by
# class name so no dialog is imported here. The pages of both languages have the same sections.
DIALOG_PAGES = {
    "PersonDialog": "staff#1",
    "ImportDialog": "staff#1",
    "FirstStartDialog": "getting-started#1",
    "SettingsDialog": "getting-started#2",
    "ProgrammeDialog": "pairs#1",
    "ParticipantsDialog": "pairs#2",
    "MatchDialog": "pairs#3",
    "PairDialog": "pairs#3",
    "CloseProgrammeDialog": "pairs#4",
    "PlanSessionsDialog": "sessions#2",
    "MoveSessionDialog": "sessions#3",
    "AgendaDialog": "sessions#4",
    "JournalDialog": "sessions#5",
    "AssessmentDialog": "dashboard#5",
    "CertificatesDialog": "documents#1",
    "DocumentDialog": "documents#1",
    "MailDialog": "documents#3",
    "MailTemplatesDialog": "documents#3",
    "OutboxDialog": "documents#3",
    "BackupDialog": "backups#2",
    "RestoreDialog": "backups#3",
    "RecoveryDialog": "backups#3",
    "ArchiveDialog": "backups#4",
    "PersonalDataDialog": "backups#5",
    "AnonymiseConfirmDialog": "backups#5",
    "AnonymisedCopiesDialog": "backups#5",
    "ServerDialog": "faq#7",
    "TransferDialog": "faq#7",
}


def guide_language() -> str:
    """The guide in the interface's language."""
    return "fr" if interface_is_french() else "en"


class HelpWindow(QWidget):
    """A window beside the main one (not modal), so the guide stays open while one works."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("help_window")
        self.language = language
        self.pages = {page.key: page for page in guide.load_pages(language)}
        self.setWindowTitle(self.tr("Mentorat — User guide"))
        self.setWindowIcon(app_icon())
        geometry = QSettings().value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(QSize(1000, 720))

        self.search = QLineEdit(self)
        self.search.setObjectName("help_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the guide"))
        self.search.setAccessibleName(self.tr("Search the guide"))
        self.search.setToolTip(
            self.tr("Shows the pages holding every word typed (Ctrl+F); Enter goes to the next one")
        )
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.next_match)
        self.page_list = QListWidget(self)
        self.page_list.setObjectName("help_pages")
        self.page_list.setAccessibleName(self.tr("Pages of the guide"))
        for key, page in self.pages.items():
            item = QListWidgetItem(page.title)
            item.setData(KEY_ROLE, key)
            self.page_list.addItem(item)
        self.page_list.currentItemChanged.connect(self._item_chosen)
        self.no_match = QLabel(self)
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("help_browser")
        self.browser.setAccessibleName(self.tr("Guide page"))
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(self._source_changed)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.page_list, 1)
        left_layout.addWidget(self.no_match)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 780])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

    # --- pages ------------------------------------------------------------------------------
    def show_page(self, key: str, section: int = 0) -> None:
        """Show a page, at its top or at its section-th "## " heading."""
        key = key if key in self.pages else guide.FIRST_PAGE
        if key != self.current_page() or self.browser.source().isEmpty():
            self.browser.setSource(QUrl.fromLocalFile(str(self.pages[key].path)))
        self._select(key)
        if section > 0:
            self.go_to_section(section)

    def go_to_section(self, section: int) -> bool:
        block, seen = self.browser.document().begin(), 0
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                seen += 1
                if seen == section:
                    scroll = self.browser.verticalScrollBar()
                    scroll.setValue(scroll.maximum())  # so the heading comes to the top
                    self.browser.setTextCursor(QTextCursor(block))
                    self.browser.ensureCursorVisible()
                    return True
            block = block.next()
        return False

    def current_section(self) -> str:
        """The heading of the section the cursor is in (for tests and screen readers)."""
        block = self.browser.textCursor().block()
        while block.isValid() and block.blockFormat().headingLevel() != 2:
            block = block.previous()
        return block.text() if block.isValid() else ""

    def current_page(self) -> str:
        name = self.browser.source().fileName()
        return name.removesuffix(".md") if name else ""

    def _select(self, key: str) -> None:
        for row in range(self.page_list.count()):
            item = self.page_list.item(row)
            if item.data(KEY_ROLE) == key:
                self.page_list.blockSignals(True)
                self.page_list.setCurrentItem(item)
                self.page_list.blockSignals(False)

    def _item_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.show_page(str(current.data(KEY_ROLE)))

    def _source_changed(self, url: QUrl) -> None:
        """A link to another page was followed: the list and the highlights follow it."""
        self._select(url.fileName().removesuffix(".md"))
        self._highlight()

    # --- search -----------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        found = set(guide.find_pages(self.language, text))
        for row in range(self.page_list.count()):
            item = self.page_list.item(row)
            item.setHidden(item.data(KEY_ROLE) not in found)
        self.no_match.setText(
            self.tr("No page holds “{words}”.").format(words=text.strip()) if not found else ""
        )
        self.no_match.setVisible(not found)
        if found and self.current_page() not in found:
            self.show_page(next(key for key in guide.PAGES if key in found))
        self._highlight()

    def visible_pages(self) -> list[str]:
        return [
            str(self.page_list.item(row).data(KEY_ROLE))
            for row in range(self.page_list.count())
            if not self.page_list.item(row).isHidden()
        ]

    def _highlight(self) -> None:
        """Mark every occurrence of the searched words on the page shown, and go to the first."""
        document = self.browser.document()
        marked = QTextCharFormat()
        marked.setBackground(self.palette().highlight())
        marked.setForeground(self.palette().highlightedText())
        selections = []
        for start, length in guide.occurrences(document.toRawText(), self.search.text()):
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = marked
            selections.append(selection)
        self.browser.setExtraSelections(selections)
        if selections:
            self.browser.setTextCursor(QTextCursor(selections[0].cursor))
            self.browser.ensureCursorVisible()

    def next_match(self) -> None:
        """The next highlighted word after the cursor, from the top again after the last."""
        selections = self.browser.extraSelections()
        if not selections:
            return
        here = self.browser.textCursor().selectionEnd()
        following = [s for s in selections if s.cursor.selectionStart() >= here]
        chosen = (following or selections)[0]
        self.browser.setTextCursor(QTextCursor(chosen.cursor))
        self.browser.ensureCursorVisible()

    def highlighted(self) -> list[str]:
        return [s.cursor.selectedText() for s in self.browser.extraSelections()]


def show_guide(parent: QWidget, page: str) -> HelpWindow:
    """Open the guide at a page ("sessions", or "sessions#5" for its fifth section), reusing
    the window already open for this parent."""
    language = guide_language()
    window = next(
        (w for w in parent.findChildren(HelpWindow) if w.language == language),
        None,
    )
    if window is None:
        window = HelpWindow(language, parent)
    key, _, section = page.partition("#")
    window.show_page(guide.page_for_view(key), int(section or 0))
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.activateWindow()  # brings an open guide to the front
    return window


class _DialogHelpKey(QShortcut):
    """F1 in a dialog: the guide at the dialog's page, as a window of the dialog (a modal
    dialog leaves only its own windows usable)."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(QKeySequence(Qt.Key.Key_F1), dialog)
        self.page = DIALOG_PAGES.get(type(dialog).__name__, guide.FIRST_PAGE)
        self.activated.connect(self._open)

    def _open(self) -> None:
        dialog = self.parent()
        if isinstance(dialog, QWidget):
            show_guide(dialog, self.page)


def give_dialog_help(_old: QWidget | None, new: QWidget | None) -> None:
    """The focus moved (``dialog_help.enable_help_in_dialogs``): F1 for a dialog without."""
    dialog = new.window() if new is not None else None
    if isinstance(dialog, QDialog) and dialog.findChild(_DialogHelpKey) is None:
        _DialogHelpKey(dialog)
