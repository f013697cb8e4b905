"""The open application: data paths, database engine, settings and templates.

Every service takes an :class:`AppContext`; the GUI, the CLI and the tests all
open one the same way.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sqlalchemy import Engine

from inspector.domain.text import message_of
from inspector.services.errors import UserError
from inspector.services.settings import Settings, load_settings, save_settings
from inspector.services.templates import TemplateCatalog
from inspector.store.migrate import DatabaseError, OpenResult, open_database
from inspector.store.paths import DataPaths


@dataclass
class AppContext:
    paths: DataPaths
    engine: Engine
    opened: OpenResult
    settings: Settings = field(default_factory=Settings)

    @property
    def device_id(self) -> str:
        return self.settings.device_id

    @cached_property
    def catalog(self) -> TemplateCatalog:
        office = Path(self.settings.template_dir) if self.settings.template_dir else None
        return TemplateCatalog.load(office)

    def reload_catalog(self) -> TemplateCatalog:
        self.__dict__.pop("catalog", None)
        return self.catalog

    def save_settings(self) -> None:
        save_settings(self.engine, self.settings)
        self.reload_catalog()

    def close(self) -> None:
        self.engine.dispose()


def open_context(data_dir: Path, db_url: str | None = None) -> AppContext:
    """Open the data directory (creating it) and its database (migrating it).

    The database is ``db_url`` when given, else the one the data directory is set
    to use (``INSPECTOR_DB`` or ``database-url.txt``, e.g. the office's
    PostgreSQL), else the SQLite file inside the data directory.
    """
    paths = DataPaths(Path(data_dir))
    try:
        paths.ensure()
    except OSError as exc:
        raise UserError("无法创建数据目录 {}：{}", data_dir, exc.strerror) from None
    try:
        opened = open_database(db_url or paths.configured_database_url() or paths.database)
    except DatabaseError as exc:
        raise UserError(message_of(exc)) from None
    settings = load_settings(opened.engine)
    if not settings.device_id:
        settings.device_id = str(uuid.uuid4())
        save_settings(opened.engine, settings)
    return AppContext(paths=paths, engine=opened.engine, opened=opened, settings=settings)
