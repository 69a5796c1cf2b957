"""What a start imports: the command line stays light until a command needs more, the window
is shown before the database layer is imported, and a view's module waits for its visit.

Each check runs in a fresh interpreter (the test process has imported everything already)
and looks at ``sys.modules``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

HEAVY = ("PySide6.QtWidgets", "sqlalchemy.orm", "reportlab")


def imported_after(code: str, *args: str) -> set[str]:
    """The modules loaded once ``code`` ran, from the names in HEAVY and a few more."""
    probe = textwrap.dedent(code) + textwrap.dedent(
        """
        import json, sys
        print(json.dumps(sorted(sys.modules)))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", probe, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def heavy_in(modules: set[str], names: tuple[str, ...] = HEAVY) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_importing_the_command_line_and_asking_help_or_version_stays_light() -> None:
    modules = imported_after(
        """
        import contextlib, io
        import mentorat_desktop.cli
        from mentorat_desktop.cli.main import COMMAND_MODULES, build_parser, main

        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["--version"]) == 0
            assert main(["--help"]) == 0
            parser = build_parser()
            for command in ("check", "verify", "export", "match", "export-ics", "import-staff"):
                assert main([command, "--help"]) == 0
        """
    )
    assert heavy_in(modules) == []
    assert "sqlalchemy" not in modules  # not even its core, for the help


def test_version_is_answered_without_qt() -> None:
    modules = imported_after(
        """
        import contextlib, io
        from mentorat_desktop.cli import main

        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["--version"]) == 0
        """
    )
    assert heavy_in(modules, ("PySide6.QtCore", "sqlalchemy", "mentorat_desktop.db")) == []


def test_verify_reads_the_database_without_widgets_or_documents(sqlite_target: str) -> None:
    modules = imported_after(
        """
        import contextlib, io, sys
        from mentorat_desktop.cli import main

        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            main(["--database", sys.argv[1], "verify", "MNT-AAAA-BBBB"])
        """,
        sqlite_target,
    )
    assert "sqlalchemy.orm" in modules  # the check did read the database
    assert heavy_in(modules, ("PySide6.QtWidgets", "reportlab", "mentorat_desktop.documents")) == []


def test_the_shell_is_shown_before_the_database_layer_and_the_views_are_imported() -> None:
    modules = imported_after(
        """
        import sys
        from mentorat_desktop.ui.app import gui_application
        from mentorat_desktop.ui.main_window import MainWindow

        app = gui_application(sys.argv[:1])
        window = MainWindow()
        window.show()
        app.processEvents()
        assert window.navigation.model().rowCount() == 6 and not window.attached
        """
    )
    assert heavy_in(modules, ("sqlalchemy", "mentorat_desktop.db", "reportlab")) == []
    assert heavy_in(modules, ("mentorat_desktop.ui.views.dashboard_view", "PySide6.QtCharts")) == []
    assert "importlib.metadata" not in modules  # the version is read once the shell is up


def test_a_start_on_the_dashboard_imports_no_other_view_nor_documents(sqlite_target: str) -> None:
    modules = imported_after(
        """
        import sys
        from mentorat_desktop.db.database import open_database
        from mentorat_desktop.ui.app import gui_application
        from mentorat_desktop.ui.main_window import MainWindow

        app = gui_application(sys.argv[:1])
        window = MainWindow(open_database(sys.argv[1]))
        window.show()
        app.processEvents()
        assert window.current_view_key() == "dashboard"
        assert [view.spec.key for view in window.views.built()] == ["dashboard"]
        assert window.mail_menu.failed_button.text()  # the failed messages were counted
        """,
        sqlite_target,
    )
    others = [f"mentorat_desktop.ui.views.{name}_view" for name in ("staff", "skills", "pairs")]
    assert heavy_in(modules, (*others, "mentorat_desktop.ui.views.documents_view")) == []
    unused = ("reportlab", "openpyxl", "icalendar", "keyring", "holidays", "alembic")
    assert heavy_in(modules, unused) == []


def test_the_shipped_schema_reference_is_what_the_migrations_build() -> None:
    from mentorat_desktop.db import schema_check
    from mentorat_desktop.db.migrate import head_revision

    revision = head_revision()
    shipped = schema_check.shipped_reference(schema_check._scripts_key(revision))
    assert shipped is not None, "regenerate it: python -m mentorat_desktop.db.schema_check"
    assert shipped == schema_check._build_reference(revision)


def test_the_last_dashboard_is_painted_before_the_database_layer_is_imported(
    sqlite_target: str,
) -> None:
    from PySide6.QtCore import QLocale

    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.demo import load_demo
    from mentorat_desktop.services.dashboard.dashboard import load_dashboard, programme_choices
    from mentorat_desktop.services.dashboard.first_steps import first_steps
    from mentorat_desktop.services.dashboard.snapshot import DashboardSnapshot, save_snapshot

    database = open_database(sqlite_target)
    load_demo(database, "small", seed=3)
    snapshot = DashboardSnapshot(
        load_dashboard(database), tuple(programme_choices(database)), first_steps(database), False
    )
    database.close()
    assert database.sqlite_file is not None
    save_snapshot(database.sqlite_file, snapshot, QLocale("fr_FR").name())
    modules = imported_after(
        """
        import sys
        from pathlib import Path
        from mentorat_desktop.i18n import install_translators
        from mentorat_desktop.ui.app import gui_application, show_snapshot
        from mentorat_desktop.ui.main_window import MainWindow

        app = gui_application(sys.argv[:1])
        install_translators(app, "fr")
        window = MainWindow()
        window.show()
        show_snapshot(window, Path(sys.argv[1]))
        app.processEvents()
        assert window.views["dashboard"].from_snapshot
        """,
        sqlite_target,
    )
    assert heavy_in(modules, ("sqlalchemy", "mentorat_desktop.db.database", "reportlab")) == []
