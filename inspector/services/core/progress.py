"""Progress reports and cancelling for long work (drafting lists, statistics).

A service that takes ``progress`` and ``cancel`` calls :func:`step` between its
steps; the GUI runs it in a worker thread, shows the reports and sets the
cancel flag. Cancelling inside a write session rolls the session back.
"""

from __future__ import annotations

from collections.abc import Callable

from inspector.services.core.errors import UserError

Progress = Callable[[int, int, str], None]  # (done, total, what); total 0: not known yet
Cancel = Callable[[], bool]  # True once the user asked to stop


class WorkCancelled(UserError):
    """The user stopped long work between two steps; nothing was saved."""


def step(progress: Progress | None, cancel: Cancel | None, done: int, total: int, what: str):
    """Report progress, or raise :class:`WorkCancelled` when the user asked to stop."""
    if cancel is not None and cancel():
        raise WorkCancelled("已取消，没有保存任何内容。")
    if progress is not None:
        progress(done, total, what)
