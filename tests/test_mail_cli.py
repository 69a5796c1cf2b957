"""`mentorat mail`: drafts into a folder, sending through the test SMTP server, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorat_desktop.cli.main import main
from mentorat_desktop.db.database import open_database
from mentorat_desktop.io.email_message import read_message
from mentorat_desktop.services.mail.settings import save_mail_settings
from tests import mail_helpers
from tests.mail_helpers import PASSWORD, Inbox, smtp_settings, world_with_sessions

smtp_server = mail_helpers.smtp_server


@pytest.fixture
def target(qapp, sqlite_target: str, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    """The Qt application comes first: main() would make a QCoreApplication, and a later
    test's QApplication would then abort the run."""
    database = open_database(sqlite_target)
    world_with_sessions(database, tmp_path / "unused")
    database.close()
    return sqlite_target


def test_drafts_then_nothing_twice(target: str, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "brouillons"
    args = ["--database", target, "mail", "invitations", "--programme", "cohorte 2026"]
    assert main([*args, "--drafts", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "→ Léa Martin <lea@example.fr>: Séance de mentorat le mardi 16 mars 2027" in out
    assert "Zoë O'Brien" in out and "3 drafts written to" in out
    emls = sorted(folder.glob("*.eml"))
    assert len(emls) == 3 and all(read_message(p.read_bytes())["X-Unsent"] == "1" for p in emls)
    assert main([*args, "--drafts", str(folder)]) == 0
    assert "3 messages already sent and unchanged" in capsys.readouterr().out
    assert len(list(folder.glob("*.eml"))) == 3


def test_send_through_the_server(target: str, smtp_server: Inbox, memory_keyring, capsys) -> None:
    database = open_database(target)
    save_mail_settings(database, smtp_settings(smtp_server.port), password=PASSWORD)
    database.close()
    code = main(
        ["--database", target, "mail", "invitations", "--programme", "Cohorte 2026", "--send"]
    )
    assert code == 0 and "3 messages sent" in capsys.readouterr().out
    assert len(smtp_server.received) == 3


def test_failures_and_bad_input(target: str, tmp_path: Path, memory_keyring, capsys) -> None:
    database = open_database(target)
    save_mail_settings(database, smtp_settings(mail_helpers.free_port()), password=PASSWORD)
    database.close()
    base = ["--database", target, "mail"]
    assert main([*base, "invitations", "--programme", "Cohorte 2026", "--send"]) == 1
    err = capsys.readouterr().err
    assert "3 messages failed; they stay in the outbox for a retry." in err
    assert main([*base, "invitations", "--programme", "Inconnu", "--send"]) == 2
    assert "No programme named “Inconnu”." in capsys.readouterr().err
    assert main([*base, "feedback", "--programme", "Cohorte 2026", "--session", "x", "--send"]) == 2
    assert main([*base, "invitations", "--programme", "Cohorte 2026"]) == 2  # neither way
    assert main([*base, "postcards", "--programme", "Cohorte 2026", "--send"]) == 2
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    code = main([*base, "invitations", "--programme", "Cohorte 2026", "--drafts", str(blocker)])
    assert code == 2 and "is a file" in capsys.readouterr().err
    code = main([*base, "invitations", "--programme", "Cohorte 2026", "--session", "999", "--send"])
    assert (
        code == 2 and "Session 999 is not a session of this programme." in capsys.readouterr().err
    )
    assert "Traceback" not in capsys.readouterr().err


def test_bad_databases_and_places(qapp, tmp_path: Path, sqlite_target: str, capsys) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "notes.txt"
    text.write_text("pas une base")
    args = ["mail", "invitations", "--programme", "Cohorte 2026", "--drafts", str(tmp_path)]
    for database in (str(text), str(tmp_path)):
        assert main(["--database", database, *args]) == 2
        err = capsys.readouterr().err
        assert err.strip() and "Traceback" not in err
    # A database with the programme but no mail settings yet: where the messages come from.
    from tests.test_services_sessions import make_world

    database = open_database(sqlite_target)
    world = make_world(database)
    from datetime import date, time

    from mentorat_desktop.services.sessions import sessions
    from mentorat_desktop.services.sessions.sessions import PlanInput

    sessions.plan_sessions(database, PlanInput(world.pair, date(2027, 3, 16), time(14), 60, ""))
    database.close()
    assert main(["--database", sqlite_target, *args]) == 2
    assert "Enter your address in Settings › Email" in capsys.readouterr().err
    send = [*args[:-2], "--send"]
    assert main(["--database", sqlite_target, *send]) == 2
    assert "No mail server is set" in capsys.readouterr().err
    database = open_database(sqlite_target)
    save_mail_settings(database, mail_helpers.drafts_settings(tmp_path))
    database.close()
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    below = ["--drafts", str(blocker / "drafts")]
    assert main(["--database", sqlite_target, *args[:-2], *below]) == 1
    captured = capsys.readouterr()
    assert "Cannot write the draft in" in captured.err and "0 drafts written" in captured.out
    assert "2 messages failed; they stay in the outbox for a retry." in captured.err
