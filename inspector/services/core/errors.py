"""Errors a user can cause; their message is a sentence meant for that user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from inspector.domain.text import Message
from inspector.store.faults import fault_message


class UserError(Exception):
    """Something the user asked for cannot be done; ``str(exc)`` says why (zh_CN).

    ``UserError("找不到检查记录 {}。", inspection_id)``: the message is a zh_CN
    ``str.format`` template (format specs such as ``{:.1f}`` allowed) and its values,
    kept as ``template`` and ``values`` so that the GUI can show the sentence in the
    interface language (``inspector.ui.shell.i18n.error_text``). Without values the
    message is used as it is. A :class:`~inspector.domain.text.Message` given alone
    lends its template and values.
    """

    def __init__(self, message: str, *args: object) -> None:
        if not (isinstance(message, Message) and not args):
            message = Message(message, *args)
        super().__init__(message)
        self.template: str = message.template
        self.values: tuple = message.values


class DamagedDatabase(UserError):
    """The database failed its integrity check and was not opened.

    ``backup`` is the newest backup that passes the check (None when there is
    none); the message says how to restore it from the command line.
    """

    def __init__(self, message: Message, *, data_dir, database, backup=None) -> None:
        super().__init__(message)
        self.data_dir = data_dir
        self.database = database
        self.backup = backup


class StorageFault(UserError):
    """The storage refused a write (a full disk, a read-only folder, an I/O error).

    Nothing was stored, yet what the user entered is still right: the GUI keeps it
    on screen, marked as not saved, and tries again.
    """


@contextmanager
def storage_faults(what: str, where: Path | str | None = None) -> Iterator[None]:
    """Turn an OS or SQLite error in the block into a :class:`StorageFault` whose sentence
    names ``what`` was being done (a zh_CN phrase marked with ``N_``) and ``where``."""
    try:
        yield
    except UserError:
        raise
    except Exception as exc:
        fault = fault_message(exc, what, where)
        if fault is None:
            raise
        raise StorageFault(fault) from exc
