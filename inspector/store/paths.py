"""Where an installation keeps its files.

The data directory holds the database, photos, signatures, generated PDFs and
keys. It is the per-user data directory unless ``--data-dir`` or the
``INSPECTOR_DATA_DIR`` environment variable names another one.

On POSIX the data directory, its ``keys`` and ``backups`` folders are made
readable by the user only (0700) and the database and key files 0600
(:func:`secure_dir`, :func:`secure_file`); on Windows the per-user profile
already keeps them private.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from inspector.store.atomic import atomic_write_text

ENV_DATA_DIR = "INSPECTOR_DATA_DIR"
ENV_DATABASE_URL = "INSPECTOR_DB"
DATABASE_URL_FILE = "database-url.txt"
APP_NAME = "Inspector"
APP_AUTHOR = "CivilizedCity"
DB_FILE = "inspector.sqlite3"


PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def secure_dir(path: Path) -> None:
    """Make a directory of ours readable by the user only (POSIX; best effort)."""
    if os.name == "posix":
        try:
            os.chmod(path, PRIVATE_DIR)
        except OSError:
            pass  # not ours (a shared folder chosen on purpose): leave it


def secure_file(path: Path) -> None:
    """Make a file of ours, and a SQLite file's -wal and -shm, readable by the user only."""
    if os.name != "posix":
        return
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if p.exists() and (p.stat().st_mode & 0o777) != PRIVATE_FILE:
                os.chmod(p, PRIVATE_FILE)
        except OSError:
            pass


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: the explicit one, else the environment's, else the one chosen
    in the settings (:func:`choose_data_dir`), else the per-user one."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return chosen_data_dir() or default_data_dir()


def _pointer_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "data-dir.txt"


def chosen_data_dir() -> Path | None:
    """The data directory the user chose for the next start, if any."""
    try:
        text = _pointer_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text else None


def choose_data_dir(path: Path | None) -> None:
    """Use ``path`` as the data directory from the next start on (None: the default)."""
    pointer = _pointer_file()
    if path is None:
        pointer.unlink(missing_ok=True)
        return
    pointer.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(pointer, str(Path(path).expanduser().resolve()))


@dataclass(frozen=True)
class DataPaths:
    """Named locations inside one data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILE

    @property
    def photos(self) -> Path:
        return self.root / "photos"

    @property
    def originals(self) -> Path:
        return self.root / "photos" / "originals"

    @property
    def signatures(self) -> Path:
        return self.root / "signatures"

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def database_url_file(self) -> Path:
        """Names another database (an office's PostgreSQL) in one line; absent: SQLite here."""
        return self.root / DATABASE_URL_FILE

    def configured_database_url(self) -> str | None:
        """The database this data directory is set to use, if not its own SQLite file.

        ``INSPECTOR_DB`` wins over the ``database-url.txt`` setting file; ``--db``
        on the command line wins over both.
        """
        env = os.environ.get(ENV_DATABASE_URL, "").strip()
        if env:
            return env
        try:
            text = self.database_url_file.read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return text or None

    def set_database_url(self, url: str | None) -> None:
        if url:  # it may hold a password: the user's only
            atomic_write_text(self.database_url_file, url.strip() + "\n")
            secure_file(self.database_url_file)
        else:
            self.database_url_file.unlink(missing_ok=True)

    def ensure(self) -> DataPaths:
        for p in (self.root, self.photos, self.signatures, self.documents, self.keys):
            p.mkdir(parents=True, exist_ok=True)
        secure_dir(self.root)
        secure_dir(self.keys)
        return self
