"""`mentorat --self-test`: prove that this installation works, end to end, with no user.

Run inside the frozen bundle by CI and by support ("run mentorat-cli --self-test and send me
what it prints"). Everything happens in a temporary folder: the user's database, settings
and data folder are not touched.

Each check is a function that takes the shared `SelfTestRun` and returns a short detail,
or raises to fail; add one to CHECKS when something new must work in the bundle. Views are
covered through MainWindow.views, documents through selftest_documents.py.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
import textwrap
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator

from mentorat_desktop import __version__
from mentorat_desktop.config import resource_path
from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.i18n import translate

SAMPLE_NAME = "Zoé d'Arc & <Łukasz> Nguyễn"


@dataclass
class SelfTestRun:
    """What the checks share: a temporary folder, and the database once it is created."""

    folder: Path
    database: Database | None = None
    notes: list[str] = field(default_factory=list)

    def require_database(self) -> Database:
        if self.database is None:
            raise RuntimeError("no database: the database check failed")
        return self.database


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


Check = Callable[[SelfTestRun], str]


def check_resources(run: SelfTestRun) -> str:
    wanted = [
        resource_path("icons", "mentorat.svg"),
        resource_path("icons", "LICENSE-lucide.txt"),
        resource_path("icons", "app", "mentorat-256.png"),
        resource_path("translations", "mentorat_fr.qm"),
    ]
    missing = [str(path) for path in wanted if not path.is_file()]
    if missing:
        raise FileNotFoundError(", ".join(missing))
    return str(resource_path())


def check_text(run: SelfTestRun) -> str:
    """Qt's ICU (trimmed in the Linux bundle) still sorts French names and upper-cases them.

    Without its data, QCollator falls back to code-point order: "Zoé" before "adèle"."""
    from PySide6.QtCore import QCollator

    french = QLocale("fr_FR")
    names = ["Zoé", "Émilie", "adèle", "Eric", "Œdipe", "Noël"]
    collator = QCollator(french)
    ordered = sorted(names, key=collator.sortKey)
    expected = ["adèle", "Émilie", "Eric", "Noël", "Œdipe", "Zoé"]
    if ordered != expected:
        raise RuntimeError(f"French sort gives {ordered}")
    if french.toUpper("élève") != "ÉLÈVE":
        raise RuntimeError(f"upper case of “élève” gives {french.toUpper('élève')}")
    return "French collation and case"


def check_translations(run: SelfTestRun) -> str:
    ours = QTranslator()
    if not ours.load(str(resource_path("translations", "mentorat_fr.qm"))):
        raise RuntimeError("mentorat_fr.qm does not load")
    if ours.translate("Views", "Staff") in (None, "", "Staff"):
        raise RuntimeError("mentorat_fr.qm has no French for “Staff”")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator()
    if not qt_base.load("qtbase_fr", qt_dir):
        raise RuntimeError(f"qtbase_fr.qm not found in {qt_dir}")
    return "fr, qtbase_fr"


def check_holidays(run: SelfTestRun) -> str:
    """Holiday names (the session planner's warnings) in French and English: the holidays
    library reads them from gettext catalogues that the bundle must carry."""
    from mentorat_desktop.services.sessions.session_checks import holiday_name

    previous = QLocale()
    found = []
    try:
        for locale, country, day in (
            ("fr_FR", "BE", date(2027, 7, 21)),
            ("en_US", "FR", date(2027, 7, 14)),
        ):
            QLocale.setDefault(QLocale(locale))
            found.append(holiday_name(country, day))
    finally:
        QLocale.setDefault(previous)
    if found != ["Fête nationale", "National Day"]:
        raise RuntimeError(f"holiday names: {found}")
    return "French and English names"


def check_database(run: SelfTestRun) -> str:
    from mentorat_desktop.db.migrate import head_revision, script_revisions

    scripts = script_revisions()  # read from the migration files, as a new database is
    if not scripts or scripts[-1] != head_revision():
        raise RuntimeError(f"migration scripts {scripts} do not end at {head_revision()}")
    run.database = open_database(str(run.folder / "self-test.sqlite3"))
    revision = run.database.migration.revision if run.database.migration else None
    if revision != head_revision():
        raise RuntimeError(f"created at revision {revision}, expected {head_revision()}")
    return f"{len(scripts)} migrations, schema {revision}"


def check_postgres_driver(run: SelfTestRun) -> str:
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://self-test@127.0.0.1/self-test")  # no connection
    try:
        return f"{engine.dialect.name}+{engine.dialect.driver}"
    finally:
        engine.dispose()


def check_keyring(run: SelfTestRun) -> str:
    """The backend for this system must be present; whether it answers depends on the session."""
    backend = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")
    importlib.import_module(f"keyring.backends.{backend}")
    import keyring

    in_use = type(keyring.get_keyring())
    return f"{backend} backend bundled; in use: {in_use.__module__}.{in_use.__name__}"


def check_demo(run: SelfTestRun) -> str:
    from mentorat_desktop.demo import load_demo

    summary = load_demo(run.require_database(), "small")
    return f"{summary.people} people, {summary.pairs} pairs, {summary.sessions} sessions"


def check_pdf_engine(run: SelfTestRun) -> str:
    """ReportLab writes a page in the embedded font, with a name that trips weak encodings."""
    from reportlab.pdfgen.canvas import Canvas

    fonts = sorted(resource_path("fonts").glob("*.ttf"))
    if not fonts:
        raise FileNotFoundError(f"no fonts in {resource_path('fonts')}")
    from mentorat_desktop.documents.fonts import register_fonts

    path = run.folder / "font-check.pdf"
    canvas = Canvas(str(path))
    canvas.setFont(register_fonts(), 12)
    canvas.drawString(72, 720, SAMPLE_NAME)
    canvas.save()
    data = path.read_bytes()
    if not data.startswith(b"%PDF") or len(data) < 1000:
        raise RuntimeError("the PDF is empty")
    return f"{len(fonts)} fonts, {len(data) // 1024} KB"


def check_documents(run: SelfTestRun) -> str:
    from mentorat_desktop.cli.selftest_documents import build_sample_documents

    built = build_sample_documents(run.require_database())
    for name, data in built.items():
        if not data.startswith(b"%PDF") or len(data) < 1000:
            raise RuntimeError(f"{name} is not a PDF")
        (run.folder / f"{name}.pdf").write_bytes(data)
    return ", ".join(f"{name} {len(data) // 1024} KB" for name, data in built.items())


def check_certificate_batch(run: SelfTestRun) -> str:
    """A programme's certificates are built in spawned processes: in a frozen bundle that
    only works when the executable hands those processes to multiprocessing."""
    from mentorat_desktop.documents.batch import PARALLEL_FROM, write_certificate_files
    from mentorat_desktop.services.documents import certificates, subjects

    database = run.require_database()
    participant = next(
        (programme.id, person.person_id)
        for programme in subjects.programmes(database)
        for person in certificates.eligibility(database, programme.id)
    )
    record = certificates.issue_certificate(
        database, participant[1], participant[0], override_reason="self-test"
    )
    doc = certificates.certificate_document(database, record.id)
    jobs = [(doc, run.folder / f"certificate-{i}.pdf") for i in range(PARALLEL_FROM)]
    written = write_certificate_files(jobs)
    if len(written) != len(jobs) or not all(p.read_bytes().startswith(b"%PDF") for p in written):
        raise RuntimeError("the certificates were not all written")
    return f"{len(written)} certificates in parallel"


def check_forms(run: SelfTestRun) -> str:
    """A skills questionnaire built, filled with pypdf (the reader the bundle ships) and
    reviewed back: its signed identifier and its answer are found."""
    import io

    from pypdf import PdfReader, PdfWriter

    from mentorat_desktop.services.documents import subjects
    from mentorat_desktop.services.forms import FormKind, FormRequest
    from mentorat_desktop.services.forms.build import build_forms
    from mentorat_desktop.services.forms.returned import review_returned_forms
    from mentorat_desktop.services.staff.skills import list_skills

    database = run.require_database()
    programme = subjects.programmes(database)[0]
    skills = tuple(s.id for s in list_skills(database)[:3])
    form = build_forms(database, FormRequest(FormKind.SKILLS, programme.id, skill_ids=skills))[0]
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(form.pdf)))
    level = next(name for name in writer.get_fields() or {} if name.startswith("level_"))
    for page in writer.pages:
        writer.update_page_form_field_values(page, {level: "/l2"}, auto_regenerate=False)
    path = run.folder / "returned-form.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    (review,) = review_returned_forms(database, [path])
    if not review.accepted or not review.changes:
        raise RuntimeError(f"the returned form reads back as {review}")
    return f"{len(form.pdf) // 1024} KB form, {len(review.changes)} changes read back"


def check_backup(run: SelfTestRun) -> str:
    """An AES-encrypted backup (pyzipper and its compiled ciphers) written and read back."""
    from mentorat_desktop.services.safety.backup import create_backup
    from mentorat_desktop.services.safety.restore import inspect_backup

    run.require_database()
    password = "self-test password"
    backup = create_backup(
        run.folder / "self-test.sqlite3", folder=run.folder / "backups", password=password
    )
    summary = inspect_backup(backup.path, password)
    if not summary.encrypted or summary.people == 0:
        raise RuntimeError(f"the encrypted backup reads back as {summary}")
    return f"encrypted backup of {summary.people} people, {backup.path.stat().st_size // 1024} KB"


def check_matching(run: SelfTestRun) -> str:
    """The matcher on every demo programme."""
    from mentorat_desktop.services.documents import subjects
    from mentorat_desktop.services.programmes.matching import MatchOptions, propose

    database = run.require_database()
    outcomes = [propose(database, p.id, MatchOptions()) for p in subjects.programmes(database)]
    proposed = sum(len(outcome.proposals) for outcome in outcomes)
    return f"{len(outcomes)} programmes, {proposed} pairs proposed"


def _ui_check(name: str) -> Check:
    """A check of the widgets, in ui/: imported only when the self-test runs it."""

    def check(run: SelfTestRun) -> str:
        from mentorat_desktop.ui import selftest_checks

        result: str = getattr(selftest_checks, name)(run)
        return result

    check.__name__ = name
    return check


CHECKS: list[tuple[str, Check]] = [
    ("resources", check_resources),
    ("qt", _ui_check("check_qt")),
    ("translations", check_translations),
    ("text", check_text),
    ("holidays", check_holidays),
    ("database", check_database),
    ("postgresql-driver", check_postgres_driver),
    ("keyring", check_keyring),
    ("demo-data", check_demo),
    ("pdf-engine", check_pdf_engine),
    ("documents", check_documents),
    ("certificate-batch", check_certificate_batch),
    ("forms", check_forms),
    ("backup", check_backup),
    ("matching", check_matching),
    ("views", _ui_check("check_views")),
    ("about", _ui_check("check_about")),
    ("guide", _ui_check("check_guide")),
]


def run_checks(run: SelfTestRun, checks: list[tuple[str, Check]]) -> Iterator[CheckResult]:
    for name, check in checks:
        started = time.perf_counter()
        try:
            detail, ok = check(run), True
        except Exception:
            detail, ok = traceback.format_exc().rstrip(), False
        yield CheckResult(name, ok, detail, time.perf_counter() - started)


@contextmanager
def isolated_settings(folder: Path) -> Iterator[None]:
    """QSettings in the temporary folder, so window geometry and choices are not saved."""
    ini, user = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    previous_format = QSettings.defaultFormat()
    previous_path = Path(QSettings(ini, user, "o", "a").fileName()).parent.parent
    QSettings.setDefaultFormat(ini)
    QSettings.setPath(ini, user, str(folder))
    try:
        yield
    finally:
        QSettings.setPath(ini, user, str(previous_path))
        QSettings.setDefaultFormat(previous_format)


def run_self_test(checks: list[tuple[str, Check]] | None = None) -> int:
    """Print one line per check; 0 when all pass, 1 otherwise."""
    where = getattr(sys, "_MEIPASS", None) or str(Path(__file__).resolve().parent)
    print(
        translate("SelfTest", "Mentorat {version} self-test ({where})").format(
            version=__version__, where=where
        ),
        flush=True,
    )
    ok_word, failed_word = translate("SelfTest", "ok"), translate("SelfTest", "FAILED")
    started = time.perf_counter()
    failed = []
    with tempfile.TemporaryDirectory(prefix="mentorat-self-test-") as folder:
        run = SelfTestRun(Path(folder))
        with isolated_settings(Path(folder) / "settings"):
            for result in run_checks(run, CHECKS if checks is None else checks):
                status = ok_word if result.ok else failed_word
                milliseconds = round(result.seconds * 1000)
                summary = result.detail.splitlines()[-1] if result.detail else ""
                line = f"  {status:<7} {result.name:<18} {milliseconds:>6} ms  {summary}"
                print(line, flush=True)
                if not result.ok:
                    failed.append(result.name)
                    print(textwrap.indent(result.detail, " " * 10), flush=True)
        if run.database is not None:
            run.database.close()
    seconds = time.perf_counter() - started
    if failed:
        print(
            translate("SelfTest", "Self-test FAILED: {names}").format(names=", ".join(failed)),
            flush=True,
        )
        return 1
    count = len(CHECKS if checks is None else checks)
    print(
        translate("SelfTest", "Self-test passed: %n checks in {seconds} s", None, count).format(
            seconds=f"{seconds:.1f}"
        ),
        flush=True,
    )
    return 0
