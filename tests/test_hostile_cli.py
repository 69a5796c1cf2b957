"""Every command with each kind of bad argument: one sentence, a non-zero exit, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorat_desktop.cli import main

POSTGRES = os.environ.get("MENTORAT_TEST_POSTGRES", "")

# Each command with a placeholder {} where the bad value goes.
ID_SLOTS = [
    ["export", "charter", "--pair", "{}", "--out", "{out}"],
    ["export", "agenda", "--session", "{}", "--out", "{out}"],
    ["export-ics", "--pair", "{}", "--out", "{out}"],
    ["forms", "export", "feedback", "--programme", "x", "--session", "{}", "--out", "{out}"],
]
NAME_SLOTS = [
    ["export", "charter", "--programme", "{}", "--out", "{out}"],
    ["export", "certificate", "--person", "{}", "--programme", "1", "--out", "{out}"],
    ["export-ics", "--programme", "{}", "--out", "{out}"],
    ["match", "--programme", "{}"],
    ["verify", "{}"],
    ["forms", "export", "skills", "--programme", "{}", "--out", "{out}"],
]
DATE_SLOTS = [
    ["export", "agendas", "--from", "{}", "--out", "{out}"],
    ["export", "agendas", "--to", "{}", "--out", "{out}"],
    ["export-ics", "--from", "{}", "--out", "{out}"],
]
PATH_SLOTS = [
    ["export", "report", "--programme", "1", "--out", "{}"],
    ["export-ics", "--out", "{}"],
    ["export-staff", "{}"],
    ["import-staff", "{}"],
    ["restore", "--yes", "{}"],
    ["archive", "export", "{}"],
    ["archive", "import", "{}"],
    ["backup", "--to", "{}"],
    ["forms", "export", "end", "--programme", "x", "--out", "{}"],
    ["forms", "import", "{}"],
]
DATABASE_SLOTS = [
    ["--database", "{}", "check"],
    ["transfer", "--to", "{}"],
    ["transfer", "--from", "{}", "--to", "{out}"],
]

huge_ids = st.integers(min_value=2**63, max_value=10**40).map(str)
odd_digits = st.text(alphabet="²³¹٣߂௫", min_size=1, max_size=4)
bad_ids = st.one_of(huge_ids, odd_digits, st.integers(max_value=0).map(str), st.just("1e3"))
bad_dates = st.one_of(
    st.sampled_from(["9999-12-25", "0001-01-01", "2026-02-30", "26-3-17", "２０２６-０３-１７"]),
    st.dates(max_value=__import__("datetime").date(1899, 12, 31)).map(lambda d: d.isoformat()),
)
bad_paths = st.one_of(
    st.just("a" * 5000),
    st.just("x/" + "b" * 300 + ".pdf"),
    st.text(min_size=1, max_size=10).map(lambda t: t + "\x00"),
)
bad_ports = st.one_of(
    st.integers(min_value=65536, max_value=10**9).map(str), st.sampled_from(["abc", "-1", "0"])
)
bad_urls = st.one_of(
    bad_ports.map(lambda p: f"postgresql+psycopg://postgres:S3cret@127.0.0.1:{p}/x"),
    st.just("postgresql+psycopg://postgres:S3cret@[::1/x"),
    st.just("a" * 5000),
)
bad_names = st.one_of(
    st.text(min_size=1001, max_size=1100), st.just("Zoé\x00"), st.just("1" * 25), odd_digits
)

SETTINGS = settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _run(capsys: pytest.CaptureFixture[str], database: str, slot: list[str], value: str, out: str):  # type: ignore[no-untyped-def]
    args = [a.replace("{out}", out) if a != "{}" else value for a in slot]
    if args[0] != "--database":
        args = ["--database", database, *args]
    code = main(["--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.err


def _assert_sentence(code: int, err: str, secret: str = "S3cret") -> None:
    assert code != 0
    assert "Traceback" not in err and "Exception ignored" not in err
    assert err.strip(), "no message"
    assert secret not in err


@pytest.fixture
def out(tmp_path: Path) -> str:
    return str(tmp_path / "out.pdf")


@pytest.mark.parametrize("slot", ID_SLOTS, ids=lambda s: " ".join(s[:3]))
@SETTINGS
@given(value=bad_ids)
def test_bad_record_numbers(capsys, sqlite_target: str, out: str, slot, value: str) -> None:  # type: ignore[no-untyped-def]
    _assert_sentence(*_run(capsys, sqlite_target, slot, value, out))


@pytest.mark.parametrize("slot", NAME_SLOTS, ids=lambda s: " ".join(s[:3]))
@SETTINGS
@given(value=bad_names)
def test_bad_names(capsys, sqlite_target: str, out: str, slot, value: str) -> None:  # type: ignore[no-untyped-def]
    _assert_sentence(*_run(capsys, sqlite_target, slot, value, out))


@pytest.mark.parametrize("slot", DATE_SLOTS, ids=lambda s: " ".join(s[:3]))
@SETTINGS
@given(value=bad_dates)
def test_bad_dates(capsys, sqlite_target: str, out: str, slot, value: str) -> None:  # type: ignore[no-untyped-def]
    _assert_sentence(*_run(capsys, sqlite_target, slot, value, out))


@pytest.mark.parametrize("slot", PATH_SLOTS, ids=lambda s: " ".join(s[:2]))
@SETTINGS
@given(value=bad_paths)
def test_bad_paths(capsys, sqlite_target: str, out: str, slot, value: str) -> None:  # type: ignore[no-untyped-def]
    _assert_sentence(*_run(capsys, sqlite_target, slot, value, out))


@pytest.mark.parametrize("slot", DATABASE_SLOTS, ids=lambda s: " ".join(s[:2]))
@SETTINGS
@given(value=bad_urls)
def test_bad_databases(capsys, sqlite_target: str, out: str, slot, value: str) -> None:  # type: ignore[no-untyped-def]
    _assert_sentence(*_run(capsys, sqlite_target, slot, value, out))


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_the_cases_of_issue_24(capsys, sqlite_target: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(Path(sqlite_target).read_bytes()[:3000])
    fake_zip = tmp_path / "fake.zip"
    fake_zip.write_bytes(b"PK\x03\x04" + b"garbage" * 50)
    missing = tmp_path / "no-such-folder" / "staff.xlsx"
    cases = [
        ["--database", str(truncated), "check"],
        ["--database", "/dev/null", "check"],
        ["--database", sqlite_target, "restore", "--yes", str(fake_zip)],
        ["--database", sqlite_target, "export-staff", str(missing)],
        ["--database", sqlite_target, "export-staff", str(tmp_path / "no-such" / "s.csv")],
        ["--database", sqlite_target, "export", "charter", "--programme", "²", "--out", "x.pdf"],
        [
            "--database",
            sqlite_target,
            "export",
            "certificate",
            "--person",
            "1" * 25,
            "--programme",
            "1" * 25,
            "--out",
            str(tmp_path / "c.pdf"),
        ],
    ]
    if POSTGRES:
        server = POSTGRES.replace("postgres@", "nobody:S3cret@", 1)
        cases.append(["--database", server, "check"])
    for args in cases:
        code = main(["--lang", "en", *args])
        err = capsys.readouterr().err
        _assert_sentence(code, err)
    assert not missing.parent.exists()


def test_screenshots_into_a_file_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "picture.png"
    file.write_bytes(b"x")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mentorat_desktop",
            "--lang",
            "en",
            "screenshots",
            "--out",
            str(file),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    _assert_sentence(result.returncode, result.stderr)
    assert "is a file" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads all")
def test_an_unreadable_import_file(capsys, sqlite_target: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "staff.csv"
    file.write_text("Prénom;Nom\nZoé;Martin\n")
    file.chmod(0)
    code = main(["--lang", "en", "--database", sqlite_target, "import-staff", str(file)])
    _assert_sentence(code, capsys.readouterr().err)
