"""One writer per data directory, and nobody else inside while the database is swapped.

Three kinds of process use a data directory:

* a **writer** (the GUI for its whole life, a CLI command that changes data) holds
  the operating-system lock on ``inspector.lock`` (``fcntl.flock`` / ``msvcrt``
  through the ``filelock`` library). The kernel drops the lock when the process
  ends, even by ``kill -9``, so a lock is never stale; the holder's pid, host,
  program and start time are written beside it in ``inspector.lock.json`` so that
  a refused process can say who holds it (a leftover file from a killed holder is
  simply overwritten by the next one);
* a **reader** (a short read-only command: ``db info``, ``inspections list``…) does
  not take that lock but registers itself with a lock file of its own under
  ``.readers/`` for as long as it has the database open;
* a **restore** or **migration** needs the directory to itself: it holds the writer
  lock, closes the gate (``inspector.gate.lock``, which every reader passes after
  registering and before opening the database) and finds no other live reader.

Within one process the locks are shared (the same data directory opened twice
by tests or by the GUI and a command run in-process is one holder).
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from inspector.domain.text import Message

LOCK_FILE = "inspector.lock"
INFO_FILE = "inspector.lock.json"
GATE_FILE = "inspector.gate.lock"
READERS_DIR = ".readers"
GATE_WAIT = 30.0  # a reader waits this long for a restore or migration to finish
READER_WAIT = 5.0  # a restore or migration waits this long for readers to finish


@dataclass(frozen=True)
class Holder:
    """Who has a data directory open."""

    pid: int
    host: str
    program: str
    since: str  # local time, "YYYY-MM-DD HH:MM:SS"

    @classmethod
    def me(cls, program: str) -> Holder:
        now = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
        return cls(os.getpid(), socket.gethostname(), program, now)

    def describe(self) -> Message:
        """ "进程 1234（inspector 图形界面，主机 x，自 … 起）"."""
        return Message(
            "进程 {}（{}，主机 {}，自 {} 起）", self.pid, self.program, self.host, self.since
        )

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)

    @classmethod
    def read(cls, path: Path) -> Holder | None:
        try:
            data = json.loads(path.read_text("utf-8"))
            return cls(int(data["pid"]), str(data["host"]), str(data["program"]), data["since"])
        except (OSError, ValueError, KeyError, TypeError):
            return None


class DataDirBusy(Exception):
    """Another process holds the data directory; ``str(exc)`` is a sentence for the user."""

    def __init__(self, message: Message, holder: Holder | None = None):
        super().__init__(message)
        self.holder = holder


def _alive(pid: int) -> bool:
    """Whether a process with this id runs on this host (always assumed on Windows)."""
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _lock(path: Path) -> FileLock:
    # One instance per path in this process (is_singleton), counted, usable from any thread.
    return FileLock(str(path), thread_local=False, is_singleton=True)


def _write_private(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


class DataDirLock:
    """The locks of one data directory, as held by this process."""

    def __init__(self, root: Path, program: str):
        self.root = Path(root)
        self.program = program
        self._writer = _lock(self.root / LOCK_FILE)
        self._gate = _lock(self.root / GATE_FILE)
        self._held_writer = False
        self._reader: FileLock | None = None
        self._reader_path: Path | None = None
        self._mutex = threading.Lock()

    # --- who holds it -----------------------------------------------------------------

    @property
    def info_path(self) -> Path:
        return self.root / INFO_FILE

    def holder(self) -> Holder | None:
        """The writer named in the info file (None if absent, unreadable or stale: a
        process of this host that no longer runs, whose file the next holder overwrites)."""
        found = Holder.read(self.info_path)
        if found is not None and found.host == socket.gethostname() and not _alive(found.pid):
            return None
        return found

    @property
    def is_writer(self) -> bool:
        return self._held_writer

    # --- writer -------------------------------------------------------------------------

    def acquire_writer(self, wait: float = 0.0) -> None:
        """Become the writer, waiting up to ``wait`` seconds; :class:`DataDirBusy` if not."""
        with self._mutex:
            if self._held_writer:
                return
            try:
                self._writer.acquire(timeout=wait, poll_interval=0.1)
            except Timeout:
                holder = self.holder()
                if holder is None:
                    raise DataDirBusy(
                        Message("数据目录 {} 正被另一个程序使用，请先关闭它再试。", self.root)
                    ) from None
                raise DataDirBusy(
                    Message(
                        "数据目录 {} 正被{}使用：同一时间只能有一个程序修改数据。"
                        "请先关闭它，或等它完成后再试。",
                        self.root,
                        holder.describe(),
                    ),
                    holder,
                ) from None
            self._held_writer = True
            if self._writer.lock_counter == 1:  # first holder in this process: say who we are
                _write_private(self.info_path, Holder.me(self.program).to_json())

    def release_writer(self) -> None:
        with self._mutex:
            if not self._held_writer:
                return
            self._held_writer = False
            if self._writer.lock_counter == 1:  # the info goes before the lock, never after
                mine = self.holder()
                if mine is not None and mine.pid == os.getpid():
                    self.info_path.unlink(missing_ok=True)
            self._writer.release()

    # --- readers ------------------------------------------------------------------------

    def register_reader(self, wait: float = GATE_WAIT) -> None:
        """Say that this process has the database open, then pass the gate."""
        folder = self.root / READERS_DIR
        folder.mkdir(exist_ok=True)
        path = folder / f"{os.getpid()}-{uuid.uuid4().hex[:8]}.lock"
        lock = FileLock(str(path), thread_local=False)
        lock.acquire()
        _write_private(path.with_suffix(".json"), Holder.me(self.program).to_json())
        self._reader, self._reader_path = lock, path
        try:
            self._gate.acquire(timeout=wait, poll_interval=0.1)
        except Timeout:
            self.release_reader()
            raise DataDirBusy(
                Message("数据目录 {} 正在恢复备份或升级数据库，请稍后再试。", self.root)
            ) from None
        self._gate.release()

    def release_reader(self) -> None:
        if self._reader is None or self._reader_path is None:
            return
        self._reader_path.with_suffix(".json").unlink(missing_ok=True)
        self._reader.release()
        self._reader_path.unlink(missing_ok=True)
        self._reader = self._reader_path = None

    def other_readers(self) -> list[Holder]:
        """Live readers of other processes; files left by dead ones are removed."""
        folder = self.root / READERS_DIR
        found: list[Holder] = []
        if not folder.is_dir():
            return found
        for path in sorted(folder.glob("*.lock")):
            if path.name.startswith(f"{os.getpid()}-"):
                continue
            probe = FileLock(str(path), thread_local=False)
            try:
                probe.acquire(timeout=0)
            except Timeout:
                info = Holder.read(path.with_suffix(".json"))
                found.append(info or Holder(0, "?", "?", "?"))
                continue
            path.with_suffix(".json").unlink(missing_ok=True)  # its process has ended
            probe.release()
            path.unlink(missing_ok=True)
        return found

    # --- the whole directory ----------------------------------------------------------------

    @contextmanager
    def exclusive(self, wait: float | None = None) -> Iterator[None]:
        """Hold the directory alone (restore, migration): writer, gate closed, no readers.

        Becomes the writer if this process is not yet (refused if another one is);
        readers still inside get ``wait`` seconds (:data:`READER_WAIT`) to finish.
        """
        wait = READER_WAIT if wait is None else wait
        was_writer = self._held_writer
        self.acquire_writer(wait=0)
        try:
            try:
                self._gate.acquire(timeout=wait, poll_interval=0.1)
            except Timeout:
                raise DataDirBusy(
                    Message("数据目录 {} 正在恢复备份或升级数据库，请稍后再试。", self.root)
                ) from None
            try:
                deadline = time.monotonic() + wait
                readers = self.other_readers()
                while readers and time.monotonic() < deadline:
                    time.sleep(0.1)
                    readers = self.other_readers()
                if readers:
                    raise DataDirBusy(
                        Message(
                            "{}正在读取数据目录 {}：它结束之前不能恢复备份或升级数据库。",
                            readers[0].describe(),
                            self.root,
                        ),
                        readers[0],
                    )
                yield
            finally:
                self._gate.release()
        finally:
            if not was_writer:
                self.release_writer()

    def release(self) -> None:
        """Let go of everything this object holds."""
        self.release_reader()
        self.release_writer()
