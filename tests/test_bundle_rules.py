"""What the PyInstaller bundle and the installers hold (packaging/bundle_rules.py and friends)."""

from __future__ import annotations

import configparser
import fnmatch
import importlib.util
import re
import sys
import tomllib
from pathlib import Path, PurePosixPath

import pytest
from PySide6.QtGui import QImage

from mentorat_desktop import __version__
from mentorat_desktop.config import resource_path
from mentorat_desktop.ui.app import DESKTOP_FILE_NAME
from mentorat_desktop.ui.selftest_checks import QT_MODULES

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "bundle_rules", ROOT / "packaging" / "bundle_rules.py"
)
assert _spec is not None and _spec.loader is not None
rules = importlib.util.module_from_spec(_spec)
sys.modules["bundle_rules"] = rules  # dataclasses look their module up there
_spec.loader.exec_module(rules)


def test_every_qt_module_the_code_imports_is_kept_in_the_bundle() -> None:
    used = set()
    for path in (ROOT / "mentorat_desktop").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used <= set(rules.QT_MODULES_KEPT), sorted(used - set(rules.QT_MODULES_KEPT))
    assert not set(rules.QT_MODULES_KEPT) & set(rules.QT_MODULES_EXCLUDED)
    assert set(QT_MODULES) <= set(rules.QT_MODULES_KEPT)


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/plugins/imageformats/qsvg.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", False),
        ("PySide6/Qt/translations/qt_help_fr.qm", False),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt6Qml.dll", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("resources/translations/mentorat_fr.qm", True),
    ],
)
def test_keep_file(destination: str, kept: bool) -> None:
    assert rules.keep_file(destination) is kept
    assert rules.keep_file(destination.replace("/", "\\")) is kept  # Windows paths


def test_migrations_ship_as_files_with_what_they_import() -> None:
    shipped = {Path(src).name for src, _ in rules.migration_datas()}
    on_disk = {p.name for p in (ROOT / "mentorat_desktop/db/migrations").rglob("*.py")}
    assert on_disk <= shipped and "script.py.mako" in shipped
    destinations = {dest for _, dest in rules.migration_datas()}
    assert "mentorat_desktop/db/migrations/versions" in destinations
    hidden = rules.hidden_imports()
    assert {"alembic.op", "alembic.context", "sqlalchemy.dialects.sqlite", "logging.config"} <= set(
        hidden
    )
    assert "mentorat_desktop.db.types.UTCDateTime" not in hidden  # a class, not a module


def test_modules_imported_by_name_are_hidden_imports() -> None:
    """The command groups and the views are imported by computed name (the views on their
    first visit): PyInstaller's scan cannot see them, so the bundle would lack them."""
    from mentorat_desktop.cli.main import COMMAND_MODULES
    from mentorat_desktop.ui.views.registry import VIEW_CLASSES

    hidden = set(rules.hidden_imports())
    assert {f"mentorat_desktop.cli.{name}" for name in COMMAND_MODULES} <= hidden
    views = {f"mentorat_desktop.ui.views.{module}" for module, _ in VIEW_CLASSES.values()}
    assert views <= hidden
    assert all(importlib.util.find_spec(name) is not None for name in views)


def test_resources_ship_without_translation_sources() -> None:
    shipped = {
        Path(src).relative_to(ROOT / "resources").as_posix() for src, _ in rules.resource_datas()
    }
    assert "icons/app/mentorat-256.png" in shipped
    assert "translations/mentorat_fr.qm" in shipped
    assert not any(name.endswith(".ts") for name in shipped)


def test_wheel_package_data_covers_every_resource() -> None:
    """A file under resources/ that no glob matches would be missing from the wheel."""
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["mentorat_desktop.resources"]
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            relative = path.relative_to(ROOT / "resources").as_posix()
            assert any(
                fnmatch.fnmatch(relative, g) and relative.count("/") == g.count("/") for g in globs
            ), f"add a package-data glob for resources/{relative}"


def test_resource_path_prefers_the_frozen_bundle(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert (
        resource_path("icons", "mentorat.svg") == tmp_path / "resources" / "icons" / "mentorat.svg"
    )


def test_version_comes_from_pyproject() -> None:
    assert rules.project().version == __version__
    assert rules.windows_version("1.2.3") == (1, 2, 3, 0)
    assert rules.windows_version("0.10rc1") == (0, 10, 1, 0)


def test_app_icon_files_have_the_sizes_their_names_say(qapp) -> None:  # type: ignore[no-untyped-def]
    folder = ROOT / "resources" / "icons" / "app"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(folder / f"mentorat-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    assert (folder / "mentorat.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (folder / "mentorat.icns").read_bytes()[:4] == b"icns"


def test_linux_desktop_entry_matches_the_app() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "linux" / f"{DESKTOP_FILE_NAME}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "mentorat" and section["Icon"] == DESKTOP_FILE_NAME
    assert "Name[fr]" in section or "GenericName[fr]" in section
    metainfo = (ROOT / "packaging" / "linux" / f"{DESKTOP_FILE_NAME}.metainfo.xml").read_text(
        encoding="utf-8"
    )
    assert f"<id>{DESKTOP_FILE_NAME}</id>" in metainfo
    assert f'<launchable type="desktop-id">{DESKTOP_FILE_NAME}.desktop</launchable>' in metainfo


def test_windows_installer_is_per_user_and_bilingual() -> None:
    script = (ROOT / "packaging" / "windows" / "mentorat.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert 'MessagesFile: "compiler:Languages\\French.isl"' in script
    assert 'MessagesFile: "compiler:Default.isl"' in script
    assert "Flags: unchecked" in script  # the desktop shortcut is offered, not imposed
    assert (ROOT / "resources/icons/app/mentorat.ico").is_file()


def _iss_entries(script: str, section: str) -> dict[str, str]:
    """name=value lines of one section of an Inno Setup script."""
    body = script.split(f"\n[{section}]\n", 1)[1].split("\n[", 1)[0]
    lines = [line for line in body.splitlines() if line and not line.startswith(";")]
    return dict(line.split("=", 1) for line in lines)


def test_windows_uninstaller_says_where_the_data_stays_in_one_box_per_language() -> None:
    """Inno Setup shows UninstalledAll (or UninstalledMost) whatever the [Code] does: a MsgBox
    of ours at usPostUninstall made two boxes in a row (issue 22). The data folder is said in
    Inno Setup's own closing box instead, in each language."""
    script = (ROOT / "packaging" / "windows" / "mentorat.iss").read_text(encoding="utf-8")
    assert "MsgBox(" not in script
    messages = _iss_entries(script, "Messages")
    for language in ("english", "french"):
        for name in ("UninstalledAll", "UninstalledMost"):
            text = messages[f"{language}.{name}"]
            assert text.startswith("%1 ")  # the app's name, as Inno Setup's own message
            # Messages expand no constants; "%%" prints "%": Explorer's address bar takes it.
            assert "%%LOCALAPPDATA%%\\Mentorat" in text
    # The folder the app really uses on Windows (platformdirs, not roaming).
    config = (ROOT / "mentorat_desktop" / "config.py").read_text(encoding="utf-8")
    assert "user_data_path(APP_NAME, appauthor=False, roaming=False)" in config


@pytest.mark.parametrize(
    ("hook", "package", "named"),
    [
        ("hook-psycopg_binary.py", "psycopg_binary", ("_uuid",)),
        ("hook-pycparser.py", "pycparser", ("lextab", "yacctab")),
    ],
)
def test_our_hooks_name_only_modules_that_exist(
    hook: str, package: str, named: tuple[str, ...]
) -> None:
    """pyinstaller-hooks-contrib names psycopg_binary._uuid and pycparser's lextab/yacctab,
    which today's releases lack: the build warned `Hidden import ... not found!` (issue 22)."""
    spec = (ROOT / "packaging" / "mentorat.spec").read_text(encoding="utf-8")
    assert 'hookspath=[str(ROOT / "packaging" / "hooks")]' in spec
    source = (ROOT / "packaging" / "hooks" / hook).read_text(encoding="utf-8")
    assert f"present_submodules({package!r}, {named!r})".replace("'", '"') in source
    import psycopg  # noqa: F401  (psycopg_binary refuses to be imported first)

    for name in rules.present_submodules(package, named):
        assert importlib.util.find_spec(name) is not None, name
    assert rules.present_submodules("psycopg_binary", ("_psycopg", "nothing")) == [
        "psycopg_binary._psycopg"
    ]
    assert rules.present_submodules("no_such_package", ("x",)) == []


def _brace_comments_that_nest(code: str) -> list[str]:
    """Pascal's { } comments end at the first }: a constant such as {app} inside one ends it
    early and the rest is read as code (ISCC then refuses the script)."""
    found, index = [], 0
    while index < len(code):
        char = code[index]
        if char == "'":  # a string: skip to its end
            index = code.index("'", index + 1) + 1
        elif code.startswith("//", index):
            index = code.find("\n", index) % (len(code) + 1)
        elif char == "{":
            end = code.index("}", index)
            if "{" in code[index + 1 : end]:
                found.append(code[index : end + 1])
            index = end + 1
        else:
            index += 1
    return found


def test_windows_installer_script_compiles_as_far_as_can_be_told_here() -> None:
    script = (ROOT / "packaging" / "windows" / "mentorat.iss").read_text(encoding="utf-8")
    code = script.split("\n[Code]\n", 1)[1] if "\n[Code]\n" in script else ""
    assert _brace_comments_that_nest(code) == []
    assert _brace_comments_that_nest("{ data outside {app}, kept }") != []  # the check works
    # VersionInfoVersion takes four numbers at most, never "1.2.0rc1".
    assert "VersionInfoVersion={#AppNumericVersion}" in script
    build = (ROOT / "packaging" / "build.ps1").read_text(encoding="utf-8")
    assert '"/DAppNumericVersion=$numericVersion"' in build
    # A param block would make Invoke-Checked an advanced function, whose common
    # parameters swallow "-e" (ambiguous: -ErrorAction, -ErrorVariable) and stop the build.
    function = build.split("function Invoke-Checked", 1)[1].split("\n}", 1)[0]
    assert "param(" not in function and "[Parameter" not in function


@pytest.mark.parametrize(
    ("library", "system"),
    [
        ("libcups.so.2", True),
        ("libgnutls.so.30", True),
        ("libstdc++.so.6", True),
        ("libX11.so.6", True),
        ("libX11-xcb.so.1", True),
        ("libfontconfig.so.1", True),
        ("libz.so.1", True),
        ("libdbus-1.so.3", True),
        ("libsystemd.so.0", True),  # libdbus's, which ldd lists as QtDBus's own
        ("libgcrypt.so.20", True),
        ("libcapi20.so.3", False),
        ("libzstd.so.1", False),
        ("libxcb-cursor.so.0", False),  # Qt 6.5+ needs it and many desktops lack it
        ("libcom_err-2abe824b.so.2.1", False),  # a wheel's private copy, under its own name
        ("libQt6Core.so.6", False),
        ("libglib-2.0.so.0", False),
    ],
)
def test_linux_system_libraries(library: str, system: bool) -> None:
    pattern = re.compile("|".join(rules.LINUX_SYSTEM_LIBRARIES), re.IGNORECASE)
    assert bool(pattern.match(library)) is system  # PyInstaller's MatchList: re.match


def test_holiday_names_ship_in_the_languages_the_app_asks_for() -> None:
    from mentorat_desktop.services.sessions.session_checks import HOLIDAY_NAME_LANGUAGES

    assert rules.HOLIDAY_NAME_LANGUAGES == HOLIDAY_NAME_LANGUAGES
    shipped = {
        PurePosixPath(dest, Path(src).name).as_posix() for src, dest in rules.holiday_name_datas()
    }
    assert "holidays/locale/fr/LC_MESSAGES/FR.mo" in shipped
    assert "holidays/locale/en_US/LC_MESSAGES/FR.mo" in shipped
    assert not any("/de/" in path for path in shipped)


_icu_spec = importlib.util.spec_from_file_location("trim_icu", ROOT / "packaging" / "trim_icu.py")
assert _icu_spec is not None and _icu_spec.loader is not None
trim_icu = importlib.util.module_from_spec(_icu_spec)
_icu_spec.loader.exec_module(trim_icu)


@pytest.mark.parametrize(
    ("item", "removed"),
    [
        ("root.res", False),
        ("fr.res", False),
        ("fr_CA.res", False),
        ("en_US_POSIX.res", False),
        ("coll/fr.res", False),
        ("coll/root.res", False),
        ("coll/ucadata.icu", False),
        ("coll/res_index.res", False),
        ("res_index.res", False),
        ("curr/pool.res", False),
        ("supplementalData.res", False),
        ("metaZones.res", False),
        ("zoneinfo64.res", False),
        ("uts46.nrm", False),
        ("brkitr/thaidict.dict", False),  # the root break rules refer to it
        ("brkitr/word.brk", False),
        ("ibm-5348_P100-1997.cnv", False),  # Windows-1252
        ("de.res", True),
        ("coll/de_.res", True),
        ("curr/sr_Latn_BA.res", True),
        ("zone/yue_Hant.res", True),
        ("es_419.res", True),
        ("translit/root.res", True),
        ("gb18030.cnv", True),
        ("ibm-1390_P110-2003.cnv", True),
    ],
)
def test_icu_trim_keeps_french_english_and_the_language_neutral_data(
    item: str, removed: bool
) -> None:
    assert trim_icu.removed(item) is removed


def test_every_command_module_is_bundled() -> None:
    """The commands are imported by name at run time; the bundle must carry each one."""
    from mentorat_desktop.cli.main import COMMAND_MODULES

    hidden = set(rules.hidden_imports())
    assert {f"mentorat_desktop.cli.{name}" for name in COMMAND_MODULES} <= hidden
