"""The self-test's checks of Qt itself and of the widgets: the views show, About opens."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

from mentorat_desktop import __version__
from mentorat_desktop.cli.selftest import SelfTestRun

QT_MODULES = ("QtSvg", "QtPrintSupport", "QtPdf", "QtPdfWidgets", "QtCharts")
IMAGE_FORMATS = ("png", "jpeg", "svg", "ico")


def check_qt(run: SelfTestRun) -> str:
    for name in QT_MODULES:
        importlib.import_module(f"PySide6.{name}")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in IMAGE_FORMATS if f not in formats]
    if missing:
        raise RuntimeError(f"image formats missing: {', '.join(missing)}")
    from PySide6 import __version__ as qt_version

    platform = QApplication.platformName()
    return f"Qt {qt_version}, {platform}, {', '.join(QT_MODULES)}"


def check_views(run: SelfTestRun) -> str:
    from mentorat_desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("needs a QApplication")
    window = MainWindow(run.require_database())
    try:
        window.resize(1280, 800)
        window.show()
        for spec in window.specs:
            window.show_view(spec.key)
            app.processEvents()
            view = window.views[spec.key]
            if not view.isVisible() or window.grab().isNull():
                raise RuntimeError(f"the {spec.key} view does not show")
        return ", ".join(spec.key for spec in window.specs)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def check_about(run: SelfTestRun) -> str:
    from mentorat_desktop.ui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(run.require_database().location)
    try:
        dialog.show()
        QApplication.processEvents()
        if __version__ not in dialog.version_label.text():
            raise RuntimeError("the About dialog does not show the version")
        return __version__
    finally:
        dialog.close()
        dialog.deleteLater()


def check_guide(run: SelfTestRun) -> str:
    """The user guide is shipped: every page in both languages renders with its pictures."""
    from PySide6.QtGui import QImage, QTextDocument

    from mentorat_desktop.ui.help import guide
    from mentorat_desktop.ui.help.help_window import HelpWindow

    pictures = 0
    for language in guide.LANGUAGES:
        window = HelpWindow(language)
        try:
            for page in guide.load_pages(language):
                if not page.path.is_file():
                    raise FileNotFoundError(page.path)
                window.show_page(page.key)
                if not window.browser.toPlainText().startswith(page.title):
                    raise RuntimeError(f"the guide's page {language}/{page.key} does not show")
                for target in guide.image_targets(page.text):
                    data = window.browser.loadResource(
                        QTextDocument.ResourceType.ImageResource, QUrl(target)
                    )
                    if QImage.fromData(data).isNull():
                        raise FileNotFoundError(f"{language}/{page.key}: {target}")
                    pictures += 1
        finally:
            window.deleteLater()
    return f"{len(guide.PAGES)} pages in {', '.join(guide.LANGUAGES)}, {pictures} pictures"
