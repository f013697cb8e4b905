"""The throw-away data directories of ``inspector --demo``.

Each demo start gets a fresh copy in the temporary folder; it is removed when
the app closes. A copy left by a program that did not close normally (killed,
crashed) is removed at the next demo start, once no process holds its lock.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from inspector.store.lock import DataDirBusy, DataDirLock
from inspector.store.paths import secure_dir

DEMO_PREFIX = "inspector-demo-"


def remove_stale_demo_copies(folder: Path | None = None) -> list[Path]:
    """Remove demo copies in ``folder`` (default: the temporary folder) nobody has open."""
    root = Path(folder or tempfile.gettempdir())
    removed: list[Path] = []
    for path in sorted(root.glob(DEMO_PREFIX + "*")):
        if not path.is_dir():
            continue
        lock = DataDirLock(path, "demo clean-up")
        try:
            lock.acquire_writer(wait=0)
        except (DataDirBusy, OSError):
            continue  # a running demo (or not ours to remove)
        try:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
        finally:
            lock.release_writer()
    return removed


def new_demo_copy(folder: Path | None = None) -> Path:
    """A fresh, private, empty folder for a demo copy (stale copies removed first)."""
    remove_stale_demo_copies(folder)
    path = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX, dir=folder))
    secure_dir(path)
    return path


def remove_demo_copy(path: Path) -> None:
    """Remove a demo copy when the app closes."""
    shutil.rmtree(path, ignore_errors=True)
