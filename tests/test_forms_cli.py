"""`mentorat forms export` and `mentorat forms import`, as the IT provider would run them."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorat_desktop.cli import main
from mentorat_desktop.db.database import open_database
from mentorat_desktop.db.models import Journal, ReturnedForm
from tests.forms_helpers import fill_with_pypdf, make_world


@pytest.fixture
def world_target(sqlite_target: str):  # type: ignore[no-untyped-def]
    database = open_database(sqlite_target)
    world = make_world(database)
    database.close()
    return world, sqlite_target


def run(capsys, target: str, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--lang", "en", "--database", target, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_then_import_with_a_dry_run_first(capsys, world_target, tmp_path: Path) -> None:
    world, target = world_target
    out = tmp_path / "forms"
    code, printed, err = run(
        capsys, target, "forms", "export", "feedback", "--programme", "cohorte 2026",
        "--session", str(world.past_session), "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    files = sorted(out.glob("*.pdf"))
    assert len(files) == 2 and "2 forms written" in printed
    returned = tmp_path / "returned"
    returned.mkdir()
    fill_with_pypdf(files[0].read_bytes(), {"held": "/yes", "rating": "/v4"}, returned / "a.pdf")

    code, printed, _ = run(capsys, target, "forms", "import", str(returned), "--dry-run")
    assert code == 0 and "→ 4" in printed and "nothing was imported" in printed
    database = open_database(target)
    with database.reading() as s:
        assert s.query(Journal).count() == 0
    database.close()

    code, printed, _ = run(capsys, target, "forms", "import", str(returned / "a.pdf"))
    assert code == 0 and "1 form imported" in printed
    database = open_database(target)
    with database.reading() as s:
        assert s.query(ReturnedForm).count() == 1
    database.close()

    code, printed, err = run(capsys, target, "forms", "import", str(returned / "a.pdf"))
    assert code == 1 and "refused" in printed and "nothing was imported" in err


def test_one_refused_form_means_nothing_is_imported(capsys, world_target, tmp_path: Path) -> None:
    world, target = world_target
    out = tmp_path / "forms"
    run(
        capsys,
        target,
        "forms",
        "export",
        "skills",
        "--programme",
        "Cohorte 2026",
        "--out",
        str(out),
    )
    first = sorted(out.glob("*.pdf"))[0]
    good = fill_with_pypdf(first.read_bytes(), {f"level_{world.excel}": "/l3"}, tmp_path / "g.pdf")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")

    code, printed, err = run(capsys, target, "forms", "import", str(good), str(bad))

    assert code == 1 and "bad.pdf: refused" in printed and "Traceback" not in err
    database = open_database(target)
    with database.reading() as s:
        assert s.query(ReturnedForm).count() == 0
    database.close()


@pytest.mark.parametrize(
    "args",
    [
        ["forms", "export", "feedback", "--programme", "Cohorte 2026", "--out", "{tmp}/x"],
        ["forms", "export", "skills", "--programme", "Inconnu", "--out", "{tmp}/x"],
        ["forms", "export", "letters", "--programme", "Cohorte 2026", "--out", "{tmp}/x"],
        ["forms", "export", "end", "--programme", "Cohorte 2026", "--out", "{tmp}/file"],
        ["forms", "export", "feedback", "--programme", "x", "--session", "²", "--out", "x"],
        ["forms", "import", "{tmp}/absent.pdf"],
        ["forms", "import", "{tmp}/empty-folder"],
        ["forms", "import"],
    ],
    ids=["no-session", "unknown-programme", "bad-kind", "out-is-a-file", "bad-id", "missing",
         "empty-folder", "no-file"],
)  # fmt: skip
def test_bad_input_gets_one_sentence_and_exit_2(capsys, world_target, tmp_path, args) -> None:  # type: ignore[no-untyped-def]
    _world, target = world_target
    (tmp_path / "file").write_text("x")
    (tmp_path / "empty-folder").mkdir()
    code, _printed, err = run(capsys, target, *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert code == 2
    assert err.strip() and "Traceback" not in err
