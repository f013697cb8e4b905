"""The open application: data paths, database engine, settings and templates.

Every service takes an :class:`AppContext`; the GUI, the CLI and the tests all
open one the same way.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sqlalchemy import Engine

from inspector.domain.text import N_, Message, message_of
from inspector.services.core import changes as _changes
from inspector.services.core.errors import DamagedDatabase, UserError
from inspector.services.core.settings import Settings, load_settings, save_settings
from inspector.services.core.templates import TemplateCatalog
from inspector.store.faults import fault_message
from inspector.store.integrity import DamagedDatabaseError
from inspector.store.lock import DataDirBusy, DataDirLock
from inspector.store.migrate import DatabaseError, OpenResult, open_database
from inspector.store.paths import DataPaths, secure_file

_changes.install()  # from here on every commit notes the kinds of change it made

GUI_PROGRAM = "巡查助手图形界面"


@dataclass
class AppContext:
    paths: DataPaths
    engine: Engine
    opened: OpenResult
    settings: Settings = field(default_factory=Settings)
    lock: DataDirLock | None = None
    key_passphrase: str | None = None  # this session's, given by the GUI; never stored

    @property
    def passphrase(self) -> str | None:
        """The key passphrase for private keys: the session's, else ``INSPECTOR_KEY_PASSPHRASE``
        (empty or unset: none, and new sync keys are written unencrypted)."""
        return self.key_passphrase or os.environ.get("INSPECTOR_KEY_PASSPHRASE") or None

    @property
    def device_id(self) -> str:
        return self.settings.device_id

    @cached_property
    def catalog(self) -> TemplateCatalog:
        office = Path(self.settings.template_dir) if self.settings.template_dir else None
        return TemplateCatalog.load(office)

    def reload_catalog(self) -> TemplateCatalog:
        """Read the checklist templates again (the views that show them are told)."""
        self.__dict__.pop("catalog", None)
        _changes.record(_changes.Change.TEMPLATES)
        return self.catalog

    def save_settings(self) -> None:
        save_settings(self.engine, self.settings)
        self.reload_catalog()

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def open_context(
    data_dir: Path,
    db_url: str | None = None,
    *,
    program: str = GUI_PROGRAM,
    write: bool = True,
    wait: float = 0.0,
    check_skip_within: float = 0.0,
) -> AppContext:
    """Open the data directory (creating it) and its database (migrating it).

    The database is ``db_url`` when given, else the one the data directory is set
    to use (``INSPECTOR_DB`` or ``database-url.txt``, e.g. the office's
    PostgreSQL), else the SQLite file inside the data directory.

    ``write``: become the data directory's one writer (waiting up to ``wait``
    seconds), else open it as a reader beside a writer; either way creating or
    migrating the database needs the directory alone. Another writer, a
    restore under way, or a damaged database is a :class:`UserError`
    (:class:`DamagedDatabase` for the last, with the backup to restore).
    ``check_skip_within``: seconds within which a passed ``quick_check`` is not
    repeated (commands; the GUI checks at every start).
    """
    paths = DataPaths(Path(data_dir))
    try:
        paths.ensure()
    except OSError as exc:
        raise UserError("无法创建数据目录 {}：{}", data_dir, exc.strerror) from None
    lock = DataDirLock(paths.root, program)
    try:
        try:
            if write:
                lock.acquire_writer(wait=wait)
            else:
                lock.register_reader()
        except OSError as exc:  # a read-only or full folder: say so, no traceback
            fault = fault_message(exc, N_("打开数据目录"), paths.root)
            raise UserError(
                fault or Message("无法锁定数据目录 {}：{}", data_dir, exc.strerror or exc)
            ) from None
        url = db_url or paths.configured_database_url() or paths.database
        opened = open_database(url, guard=lock.exclusive, check_skip_within=check_skip_within)
    except DataDirBusy as exc:
        lock.release()
        raise UserError(message_of(exc)) from None
    except DamagedDatabaseError as exc:
        lock.release()
        raise damaged_error(paths, exc) from None
    except DatabaseError as exc:
        lock.release()
        raise UserError(message_of(exc)) from None
    except BaseException:
        lock.release()
        raise
    if opened.engine.dialect.name == "sqlite":
        secure_file(paths.database)
    settings = load_settings(opened.engine)
    if not settings.device_id:
        settings.device_id = str(uuid.uuid4())
        save_settings(opened.engine, settings)
    return AppContext(
        paths=paths, engine=opened.engine, opened=opened, settings=settings, lock=lock
    )


def damaged_error(paths: DataPaths, exc: DamagedDatabaseError) -> DamagedDatabase:
    """The sentence for a damaged database, naming the last good backup and how to restore it."""
    from inspector.services.core.backup_set import configured_folder_of_damaged, last_good_backup

    problem = exc.problems[0] if exc.problems else "?"
    good = last_good_backup(configured_folder_of_damaged(paths))
    if good is None:
        message = Message(
            "数据库 {} 已损坏（完整性检查：{}），程序没有打开它，也没有改动它。"
            "没有找到完好的备份：请保留数据目录 {}，交技术人员处理。",
            exc.path,
            problem,
            paths.root,
        )
        return DamagedDatabase(message, data_dir=paths.root, database=exc.path)
    message = Message(
        "数据库 {} 已损坏（完整性检查：{}），程序没有打开它，也没有改动它。"
        "最近一份完好的备份是 {}（{}）。恢复它（损坏的数据库会另存一份）："
        'inspector --data-dir "{}" db restore "{}"',
        exc.path,
        problem,
        good.name,
        good.taken_at.strftime("%Y-%m-%d %H:%M"),
        paths.root,
        good.path,
    )
    return DamagedDatabase(message, data_dir=paths.root, database=exc.path, backup=good.path)
