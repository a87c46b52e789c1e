"""Engines, transactions and migrations: the database under the journal.

SQLite (the default, one file in her data folder) gets WAL mode with full syncing (a
commit is on disk before it returns), a 5 s busy timeout, foreign keys and secure delete
on every connection. Writes take the write lock when they begin (`BEGIN IMMEDIATE`), so
two windows writing at once wait for each other instead of failing; one still waiting
after the busy timeout gets JournalBusy, never a raw "database is locked". Alembic runs
from code: the scripts ship inside the package.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url
from sqlalchemy.engine import URL, ExceptionContext
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import StaticPool

from unshame.errors import JournalBusy, NoJournal, SchemaTooNew

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
BUSY_TIMEOUT_MS = 5000
_WRITE = "unshame_write"
# What SQLite says when the busy timeout ran out (SQLITE_BUSY and SQLITE_LOCKED).
_BUSY_MESSAGES = ("database is locked", "database table is locked", "database is busy")


def sqlite_file(url: str | URL) -> Path | None:
    """The file behind a SQLite URL; None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser()


def describe(url: str) -> str:
    """Where the journal is, for messages: the file, or the URL without its password."""
    path = sqlite_file(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


def prepare_file(url: str) -> None:
    """Create the SQLite file's folders and the file itself, readable by her only."""
    path = sqlite_file(url)
    if path is None or path.exists():
        return
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    if sqlite_file(parsed) is None:
        engine = create_engine(
            parsed, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        engine = create_engine(parsed)
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    event.listen(engine, "handle_error", _sqlite_busy)
    return engine


def _sqlite_connect(dbapi_connection: Any, record: Any) -> None:
    # Leave transactions to us (see _sqlite_begin): pysqlite's own BEGIN is deferred.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    write = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _sqlite_busy(context: ExceptionContext) -> None:
    """Turn SQLite's "database is locked" (after the busy timeout) into JournalBusy."""
    message = str(context.original_exception).lower()
    if any(busy in message for busy in _BUSY_MESSAGES):
        seconds = BUSY_TIMEOUT_MS / 1000
        raise JournalBusy(
            f"the journal is busy: another window or command has held it for over "
            f"{seconds:g} seconds; try again in a moment"
        ) from None


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed at the end, rolled back on any error."""
    with engine.connect() as connection:
        connection.execution_options(**{_WRITE: True})
        with connection.begin():
            yield connection


def vacuum(engine: Engine) -> None:
    """Rebuild a SQLite file so deleted pages are gone, and empty the write-ahead log."""
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()


def has_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        return inspect(connection).has_table("users")


def require_schema(engine: Engine, url: str, *, create: bool) -> None:
    """Upgrade the schema to head (creating it if `create`); NoJournal if this is no journal."""
    try:
        if not create and not has_tables(engine):
            raise NoJournal(f"there is no journal in {describe(url)}")
        upgrade(engine)
    except DatabaseError as exc:
        raise NoJournal(f"{describe(url)} is not an unshame journal ({exc.orig})") from None


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, built in code: no alembic.ini at run time."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def head_revision() -> str:
    """The newest schema revision this unshame knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@cache
def known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to head, in one transaction; SchemaTooNew if it is ahead of us."""
    with engine.connect() as connection:
        if _at_head(connection, engine):
            return
    with writing(engine) as connection:
        if _at_head(connection, engine):
            return
        from alembic import command

        command.upgrade(alembic_config(connection), "head")


def _at_head(connection: Connection, engine: Engine) -> bool:
    current = current_revision(connection)
    if current is not None and current not in known_revisions():
        raise SchemaTooNew(
            f"the journal at {engine.url.render_as_string(hide_password=True)} has schema "
            f"{current!r}, newer than this unshame knows; update unshame to open it"
        )
    return current == head_revision()
