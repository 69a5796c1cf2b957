"""What goes into the PyInstaller bundle: read by mentorat.spec, checked by the tests.

Kept apart from the spec so the rules are plain functions a test can call, and so the
spec stays a short list of decisions.
"""

from __future__ import annotations

import ast
import importlib.machinery
import importlib.util
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mentorat_desktop"
RESOURCES = ROOT / "resources"
MIGRATIONS = PACKAGE / "db" / "migrations"

# The Qt modules the app uses (or is about to: printing, PDF preview, charts). Imported as
# hidden imports so the bundle holds them before the code that needs them lands.
QT_MODULES_KEPT = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtSvg",
    "QtPrintSupport",
    "QtPdf",
    "QtPdfWidgets",
    "QtCharts",
)

# Qt modules PyInstaller must never pull in, even through a stray import.
QT_MODULES_EXCLUDED = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",  # libQt6Network stays (QtPdf links it); its Python binding is unused
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",  # likewise: QtCharts links libQt6OpenGL, no Python code uses the binding
    "QtOpenGLWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
)

# Python modules no code path of the app reaches.
PYTHON_EXCLUDED = (
    "tkinter",
    "pytest",
    "pytestqt",
    "pymupdf",  # the tests' second engine for filling forms (pypdf, which reads them, ships)
    "fitz",
    "IPython",
    "matplotlib",
    "readline",
    # Optional imports of libraries the app does without: openpyxl and psycopg use numpy
    # when it is there; mako offers Pygments highlighting; cffi's compiler and PyInstaller's
    # own runtime hooks pull in setuptools and pkg_resources (about 8 MB together).
    "numpy",
    "scipy",
    "pygments",
    "mako.ext.pygmentplugin",
    "setuptools",
    "pkg_resources",
    "distutils",
    "pydoc_data",
    # pytz (2.6 MB with its time-zone files): only icalendar's optional pytz provider imports
    # it; icalendar uses zoneinfo (with the tzdata package where the system has no database).
    "pytz",
    "icalendar.timezone.pytz",
    # East Asian text codecs: files are read as UTF-8 or Windows-1252, never these.
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_multibytecodec",
    # SQLAlchemy's other dialects (its PyInstaller hook adds every one): SQLite and
    # PostgreSQL only.
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle",
    # Pillow, which ReportLab uses for images, without the formats and features it never
    # uses here (AVIF alone is 5 MB): logos are PNG or JPEG.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL.Jpeg2KImagePlugin",
)

# Linux libraries every desktop has, with a stable ABI: the system's copy is used. libcups
# (for Qt's print plugin) and what only it needs: PyInstaller reads dependencies with ldd,
# which lists libcups's own (GnuTLS, Avahi… about 7 MB) as the plugin's; wherever libcups
# is installed, they are too.
LINUX_SYSTEM_LIBRARIES = (
    r"libcups\.so(\..*)?",
    r"libavahi-(client|common)\.so(\..*)?",
    r"libgnutls\.so(\..*)?",
    r"lib(gmp|hogweed|nettle|idn2|unistring|tasn1|p11-kit)\.so(\..*)?",
    # The base-system libraries of AppImage's exclude list (pkg2appimage/excludelist): a
    # private copy of fontconfig or freetype is a known cause of stalls and crashes, of
    # libX11 of symbol errors against the system's libxcb, which Qt's xcb plugin loads
    # anyway. libstdc++: Qt's wheels are built for manylinux_2_28, so any system they
    # run on has a recent enough one.
    r"libstdc\+\+\.so(\..*)?",
    r"libgcc_s\.so(\..*)?",
    r"libX11(-xcb)?\.so(\..*)?",
    r"lib(fontconfig|freetype|expat|z|uuid|com_err|gpg-error)\.so(\..*)?",
    # D-Bus's client library (QtDBus links it), on every desktop since 2006 with the same ABI,
    # and what only it needs here (ldd lists them as QtDBus's): libsystemd with libgcrypt,
    # liblz4 and libcap, 2.7 MB. A system whose libdbus links libsystemd has it.
    r"lib(dbus-1|systemd|gcrypt|lz4|cap)\.so(\..*)?",
)

# Modules loaded in ways PyInstaller's import scan cannot see.
HIDDEN_IMPORTS = (
    "logging.config",  # alembic's fileConfig path
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql",
    "sqlalchemy.dialects.postgresql.psycopg",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
)

# Qt plugins by folder: the files to keep (name stems without lib prefix or suffix).
QT_PLUGINS_KEPT = {
    "platforms": {"qxcb", "qoffscreen", "qwindows", "qcocoa", "qminimal"},
    # compose: dead keys and accents on Linux keyboards; ibus: input methods.
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "platformthemes": {"qxdgdesktopportal"},
    "imageformats": {"qjpeg", "qsvg", "qico", "qgif"},
    "iconengines": {"qsvgicon"},
    "printsupport": {"cupsprintersupport", "qcupsprintersupport"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
}

TRANSLATION_LANGUAGES = ("fr", "en")
QT_TRANSLATION_CATALOGUES = ("qtbase",)  # what i18n.install_translators loads

# Binaries that are never needed whatever the platform.
BINARIES_DROPPED = (
    re.compile(r"opengl32sw\.dll$", re.IGNORECASE),  # software OpenGL, about 20 MB
    re.compile(r"(^|/)(lib)?Qt6(Quick|Qml|Designer|VirtualKeyboard|Multimedia)[^/]*$"),
    re.compile(r"(^|/)(lib)?(avcodec|avformat|avutil|swscale|swresample)[^/]*$"),
)


@dataclass(frozen=True)
class Project:
    name: str
    version: str
    description: str


def project() -> Project:
    """Name, version and description, from pyproject.toml (the single source)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return Project(data["name"], data["version"], data["description"])


def windows_version(version: str) -> tuple[int, int, int, int]:
    """'1.2.3rc1' -> (1, 2, 3, 0): Windows file versions are four small integers."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def migration_imports(folder: Path = MIGRATIONS) -> list[str]:
    """Every module the migration files import: alembic loads them from disk at run time,
    so PyInstaller's scan of the app never sees their imports."""
    found: set[str] = set()
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return sorted(name for name in found if _is_module(name))


def _is_module(name: str) -> bool:
    """`from a import b` names a module or an attribute; only modules are hidden imports."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _assigned(path: Path, variable: str) -> object:
    """The literal value a module assigns to ``variable``, read without importing it."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == variable for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise ValueError(f"no {variable} in {path}")


def command_imports(cli_main: Path = PACKAGE / "cli" / "main.py") -> list[str]:
    """The command modules `cli/main.py` imports by name (COMMAND_MODULES): PyInstaller's scan
    cannot see an import_module() of a computed name."""
    names = _assigned(cli_main, "COMMAND_MODULES")
    assert isinstance(names, tuple)
    return [f"mentorat_desktop.cli.{name}" for name in names]


def view_imports(registry: Path = PACKAGE / "ui" / "views" / "registry.py") -> list[str]:
    """The view modules the window imports by name on their first visit (VIEW_CLASSES)."""
    views = _assigned(registry, "VIEW_CLASSES")
    assert isinstance(views, dict)
    return [f"mentorat_desktop.ui.views.{module}" for module, _class in views.values()]


def present_submodules(package: str, names: tuple[str, ...]) -> list[str]:
    """``package.name`` for each name the installed package holds as a file: for hooks
    whose contributed version names modules some releases lack (PyInstaller then warns
    `Hidden import ... not found!`). Looked for as files, without importing the package
    (psycopg_binary refuses to be imported before psycopg)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return []
    suffixes = importlib.machinery.all_suffixes()
    return [
        f"{package}.{name}"
        for name in names
        if any(
            (Path(folder) / f"{name}{suffix}").is_file()
            for folder in spec.submodule_search_locations
            for suffix in suffixes
        )
    ]


def optional_imports() -> list[str]:
    """The PostgreSQL driver, bundled when the build environment has it."""
    return [name for name in ("psycopg", "psycopg_binary") if _is_module(name)]


def resource_datas() -> list[tuple[str, str]]:
    """(source file, destination folder) for everything under resources/ but .ts sources."""
    datas = []
    for path in sorted(RESOURCES.rglob("*")):
        shipped = path.suffix not in {".ts", ".pyc"} and "__pycache__" not in path.parts
        if path.is_file() and shipped:
            destination = PurePosixPath("resources", *path.parent.relative_to(RESOURCES).parts)
            datas.append((str(path), str(destination)))
    return datas


# The holidays library's catalogues of holiday names, in the languages the app asks for
# (services/session_checks.HOLIDAY_NAME_LANGUAGES); PyInstaller does not see gettext files.
HOLIDAY_NAME_LANGUAGES = ("fr", "en_US")


def holiday_name_datas() -> list[tuple[str, str]]:
    """(source file, destination folder) of the holidays library's .mo files we use."""
    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        return []
    locale = Path(spec.origin).parent / "locale"
    datas = []
    for language in HOLIDAY_NAME_LANGUAGES:
        for path in sorted((locale / language / "LC_MESSAGES").glob("*.mo")):
            destination = PurePosixPath("holidays", "locale", language, "LC_MESSAGES")
            datas.append((str(path), str(destination)))
    return datas


def migration_datas() -> list[tuple[str, str]]:
    """The migrations as source files where alembic looks for them: beside the package; and
    the schema reference built from them, so a start need not run them (db/schema_check.py)."""
    datas = []
    for path in [*sorted(MIGRATIONS.rglob("*")), PACKAGE / "db" / "schema_reference.json"]:
        if path.is_file() and path.suffix in {".py", ".mako", ".json"}:
            destination = PurePosixPath(*path.parent.relative_to(ROOT).parts)
            datas.append((str(path), str(destination)))
    return datas


def _plugin_stem(name: str) -> str:
    stem = PurePosixPath(name).name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_file(destination: str) -> bool:
    """Whether a file PyInstaller collected belongs in the bundle (by destination path)."""
    path = destination.replace("\\", "/")
    if any(rule.search(path) for rule in BINARIES_DROPPED):
        return False
    parts = PurePosixPath(path).parts
    if "Qt" in parts or "PySide6" in parts:
        if "translations" in parts and path.endswith(".qm"):
            found = re.fullmatch(r"([a-z_]+?)_([a-z]{2})(_[A-Z]{2})?\.qm", parts[-1])
            return (
                found is not None
                and found.group(1) in QT_TRANSLATION_CATALOGUES
                and found.group(2) in TRANSLATION_LANGUAGES
            )
        if "plugins" in parts:
            index = parts.index("plugins")
            if len(parts) <= index + 2:
                return True
            folder = parts[index + 1]
            kept = QT_PLUGINS_KEPT.get(folder)
            return kept is not None and _plugin_stem(parts[-1]) in kept
        if "qml" in parts or "metatypes" in parts or "libexec" in parts:
            return False
    return True


def excluded_modules() -> list[str]:
    return [f"PySide6.{name}" for name in QT_MODULES_EXCLUDED] + list(PYTHON_EXCLUDED)


def hidden_imports() -> list[str]:
    qt = [f"PySide6.{name}" for name in QT_MODULES_KEPT]
    found = {
        *qt,
        *HIDDEN_IMPORTS,
        *migration_imports(),
        *command_imports(),
        *view_imports(),
        *optional_imports(),
    }
    return sorted(found)
