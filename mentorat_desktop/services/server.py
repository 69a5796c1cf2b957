"""A shared PostgreSQL server: its settings, its password in the system keyring, a connection test.

Host, port, database and user are not secret and live in the app's settings; the password
goes to the operating system's keyring (Windows Credential Manager, macOS Keychain, Secret
Service), never to a plain file.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from mentorat_desktop.config import read_preferences, write_preferences
from mentorat_desktop.errors import ServiceError, ValidationError
from mentorat_desktop.i18n import translate

if TYPE_CHECKING:  # SQLAlchemy and the keyring are imported when a server is used: a start
    from sqlalchemy.engine import URL  # on the local file (the common case) needs neither
    from sqlalchemy.exc import OperationalError

KEYRING_SERVICE = "Mentorat shared server"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True)
class ServerSettings:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> URL:
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        )


class ConnectionProblem(Enum):
    UNREACHABLE = "unreachable"
    WRONG_PASSWORD = "wrong_password"
    NO_DATABASE = "no_database"
    NO_RIGHTS = "no_rights"
    OTHER = "other"


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    message: str
    problem: ConnectionProblem | None = None
    server_version: str = ""


def validate(settings: ServerSettings) -> ServerSettings:
    cleaned = ServerSettings(
        host=settings.host.strip(),
        database=settings.database.strip(),
        user=settings.user.strip(),
        port=settings.port,
    )
    if not cleaned.host:
        raise ValidationError("host", translate("Server", "Enter the server's name or address."))
    if not 1 <= cleaned.port <= 65535:
        raise ValidationError("port", translate("Server", "A port is a number from 1 to 65535."))
    if not cleaned.database:
        raise ValidationError("database", translate("Server", "Enter the database's name."))
    if not cleaned.user:
        raise ValidationError("user", translate("Server", "Enter the user name."))
    return cleaned


SETTINGS_GROUP = "shared_server"


def saved_server() -> ServerSettings | None:
    """The shared server this computer uses, or None for the local file."""
    saved = read_preferences(SETTINGS_GROUP)
    if saved.get("enabled", "false").lower() != "true":
        return None
    try:
        port = int(saved.get("port", DEFAULT_PORT))
    except ValueError:
        port = DEFAULT_PORT
    return ServerSettings(
        host=saved.get("host", ""),
        database=saved.get("database", ""),
        user=saved.get("user", ""),
        port=port,
    )


def save_server(server: ServerSettings | None) -> None:
    """Remember the shared server (None: go back to the local file) for the next start."""
    values: dict[str, object] = {"enabled": server is not None}
    if server is not None:
        values |= {
            "host": server.host,
            "port": server.port,
            "database": server.database,
            "user": server.user,
        }
    write_preferences(SETTINGS_GROUP, values)


def saved_server_target() -> str | None:
    """The saved server as a URL with its password from the keyring, for opening it."""
    server = saved_server()
    if server is None:
        return None
    return server.url(stored_password(server)).render_as_string(hide_password=False)


def store_password(settings: ServerSettings, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, settings.keyring_user, password)
    except KeyringError as exc:
        raise ServiceError(
            translate(
                "Server",
                "The system keyring is not available, so the password cannot be saved safely: "
                "{reason}",
            ).format(reason=exc)
        ) from exc


def stored_password(settings: ServerSettings) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_user)
    except KeyringError:
        return None


def forget_password(settings: ServerSettings) -> None:
    import keyring
    from keyring.errors import KeyringError

    with contextlib.suppress(KeyringError):
        keyring.delete_password(KEYRING_SERVICE, settings.keyring_user)


def check_connection(settings: ServerSettings, password: str | None) -> ConnectionCheck:
    """Connect and check the rights Mentorat needs, with a message a non-expert understands."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import DBAPIError, OperationalError

    engine = create_engine(
        settings.url(password), connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
    )
    try:
        with engine.connect() as connection:
            version = str(connection.execute(text("SHOW server_version")).scalar())
            can_create = connection.execute(
                text("SELECT has_schema_privilege(current_user, 'public', 'CREATE')")
            ).scalar()
            has_tables = connection.execute(
                text("SELECT to_regclass('public.alembic_version') IS NOT NULL")
            ).scalar()
            can_write = True
            if has_tables:
                can_write = bool(
                    connection.execute(
                        text("SELECT has_table_privilege(current_user, 'person', 'INSERT, UPDATE')")
                    ).scalar()
                )
    except OperationalError as exc:
        return _describe(exc, settings)
    except DBAPIError as exc:
        return ConnectionCheck(False, _first_line(exc), ConnectionProblem.OTHER)
    finally:
        engine.dispose()
    if not (can_write and (has_tables or can_create)):
        return ConnectionCheck(
            False,
            translate(
                "Server",
                "Connected, but the user “{user}” may not create or change Mentorat's tables in "
                "“{database}”. Ask the administrator to make them the database's owner.",
            ).format(user=settings.user, database=settings.database),
            ConnectionProblem.NO_RIGHTS,
            version,
        )
    return ConnectionCheck(
        True,
        translate("Server", "Connected to PostgreSQL {version}: everything is in order.").format(
            version=version
        ),
        None,
        version,
    )


def _first_line(exc: Exception) -> str:
    detail = str(getattr(exc, "orig", None) or exc).strip()
    return detail.splitlines()[0] if detail else type(exc).__name__


def _describe(exc: OperationalError, settings: ServerSettings) -> ConnectionCheck:
    detail = _first_line(exc)
    lowered = str(getattr(exc, "orig", None) or exc).lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return ConnectionCheck(
            False,
            translate("Server", "The server refused the user name or password."),
            ConnectionProblem.WRONG_PASSWORD,
        )
    if "does not exist" in lowered and "database" in lowered:
        return ConnectionCheck(
            False,
            translate(
                "Server", "The server has no database named “{database}”. Check the name."
            ).format(database=settings.database),
            ConnectionProblem.NO_DATABASE,
        )
    if "role" in lowered and "does not exist" in lowered:
        return ConnectionCheck(
            False,
            translate("Server", "The server refused the user name or password."),
            ConnectionProblem.WRONG_PASSWORD,
        )
    unreachable_signs = (
        "could not translate host name",
        "connection refused",
        "timeout",
        "timed out",
        "no route to host",
        "network is unreachable",
        "name or service not known",
    )
    if any(sign in lowered for sign in unreachable_signs):
        return ConnectionCheck(
            False,
            translate(
                "Server",
                "Cannot reach the server {host}:{port}. Check its name, the port, and that "
                "this computer is on the company network.",
            ).format(host=settings.host, port=settings.port),
            ConnectionProblem.UNREACHABLE,
        )
    return ConnectionCheck(False, detail, ConnectionProblem.OTHER)
