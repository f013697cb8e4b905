"""Open a database and bring its schema to the version this code expects.

* a new (empty) database is created from the models and stamped at head;
* an older one is backed up (SQLite backup API, last five kept) and upgraded;
* one written by a newer version of the application is refused untouched;
* an existing SQLite file that fails ``PRAGMA quick_check`` is refused untouched
  (:class:`~inspector.store.integrity.DamagedDatabaseError`).

Creating and upgrading run inside ``guard()`` (the data directory held alone,
see :mod:`inspector.store.lock`); opening a database that is already current
needs no guard.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlmodel import SQLModel

import inspector.store.models  # noqa: F401  (registers every table)
from inspector.domain.text import N_, Message
from inspector.store.backup import backup_before_migration
from inspector.store.engine import is_sqlite, make_engine, sqlite_url
from inspector.store.faults import FULL, IO, READ_ONLY, fault_kind, fault_message
from inspector.store.integrity import require_intact

if TYPE_CHECKING:
    from alembic.config import Config

# alembic is imported only when a database is created, upgraded or checked against
# unknown revisions: opening one that is already at head (every normal start) does
# not load it (see _at_heads).
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class DatabaseError(Exception):
    """A database cannot be opened; the message is meant for the user."""


class NewerDatabaseError(DatabaseError):
    pass


@dataclass
class OpenResult:
    engine: Engine
    revision: str
    created: bool = False
    upgraded_from: str | None = None
    backup: Path | None = None


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _run(engine: Engine, fn: str, target: str) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        # PRAGMA foreign_keys is ignored inside a transaction, so it is set on the
        # raw connection before alembic begins one (batch migrations copy tables).
        raw = conn.connection.dbapi_connection
        assert raw is not None  # an open connection has its DB-API connection
        if is_sqlite(engine):
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            cfg.attributes["connection"] = conn
            getattr(command, fn)(cfg, target)
            if conn.in_transaction():
                conn.commit()
        finally:
            if is_sqlite(engine):
                raw.execute("PRAGMA foreign_keys=ON")


def _heads_from_files() -> set[str]:
    """The head revisions, read from the version files without alembic (empty if unsure)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for f in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = f.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", source, re.M)
        down = re.search(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", source, re.M)
        if not rev or not down:
            return set()
        revisions.add(rev[1])
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down[1]))
    return revisions - parents


def _at_heads(engine: Engine) -> set[str] | None:
    """The stored revisions when they are exactly this code's heads, else None."""
    try:
        with engine.connect() as conn:
            stored = {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))}
    except Exception:  # no version table (new database) or not a database: the slow path says
        return None
    return stored if stored and stored == _heads_from_files() else None


def upgrade(engine: Engine, target: str = "heads") -> None:
    _run(engine, "upgrade", target)


def create_schema(engine: Engine) -> None:
    """Create every table of a fresh database from the models and stamp it at head."""
    with engine.begin() as conn:
        SQLModel.metadata.create_all(conn)
    _run(engine, "stamp", "heads")


def open_database(
    url_or_path: str | Path,
    *,
    backup_keep: int = 5,
    guard: Callable[[], AbstractContextManager[object]] = nullcontext,
    check: bool = True,
    check_skip_within: float = 0.0,
) -> OpenResult:
    """Open (creating or upgrading as needed) the database and return its engine.

    ``check`` runs ``PRAGMA quick_check`` on an existing SQLite file first
    (skipped when one passed less than ``check_skip_within`` seconds ago);
    ``guard`` is entered around creating and upgrading.
    """
    url = str(url_or_path)
    db_path: Path | None = None
    if "://" not in url:
        db_path = Path(url)
        db_path.parent.mkdir(parents=True, exist_ok=True)
        url = sqlite_url(db_path)
    elif url.startswith("sqlite:///"):
        db_path = Path(url.removeprefix("sqlite:///"))
    if check and db_path is not None and db_path.is_file() and db_path.stat().st_size > 0:
        require_intact(db_path, quick=True, skip_within=check_skip_within)
    try:
        engine = make_engine(url)
    except ModuleNotFoundError as exc:  # the PostgreSQL driver is the extra inspector[postgres]
        raise DatabaseError(
            Message(
                "无法打开数据库 {}：缺少数据库驱动 {}。PostgreSQL 数据库需要安装 inspector[postgres]。",
                url_or_path,
                exc.name or "?",
            )
        ) from None
    ready = _at_heads(engine)
    if ready:
        return OpenResult(engine, ",".join(sorted(ready)))
    try:
        current = current_revisions(engine)
    except Exception as exc:  # not a database at all, or unreadable
        engine.dispose()
        if fault_kind(exc) in (FULL, READ_ONLY, IO):  # a full disk, a read-only folder
            raise DatabaseError(fault_message(exc, N_("打开数据库"), url_or_path)) from exc
        detail = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or ["?"])[0]
        raise DatabaseError(Message("无法打开数据库 {}：{}", url_or_path, detail)) from exc
    heads = head_revisions()
    if not current:
        tables = set(inspect(engine).get_table_names())
        if tables:
            engine.dispose()
            raise DatabaseError(
                Message(
                    "{} 不是本程序的数据库（已有数据表但没有版本标记），未作任何修改。", url_or_path
                )
            )
        with guard():
            create_schema(engine)
        return OpenResult(engine, ",".join(sorted(heads)), created=True)
    unknown = current - _known_revisions()
    if unknown:
        engine.dispose()
        raise NewerDatabaseError(
            Message(
                "数据库 {} 来自更新版本的程序（版本 {}），"
                "本版本无法打开。请升级程序；数据库未作任何修改。",
                url_or_path,
                ", ".join(sorted(unknown)),
            )
        )
    if current == heads:
        return OpenResult(engine, ",".join(sorted(heads)))
    before = ",".join(sorted(current))
    backup = None
    with guard():
        if db_path is not None and is_sqlite(engine):
            backup = backup_before_migration(db_path, before, keep=backup_keep)
        upgrade(engine)
    return OpenResult(engine, ",".join(sorted(heads)), upgraded_from=before, backup=backup)
