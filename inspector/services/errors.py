"""Errors a user can cause; their message is a sentence meant for that user."""

from __future__ import annotations

from inspector.domain.text import Message


class UserError(Exception):
    """Something the user asked for cannot be done; ``str(exc)`` says why (zh_CN).

    ``UserError("找不到检查记录 {}。", inspection_id)``: the message is a zh_CN
    ``str.format`` template (format specs such as ``{:.1f}`` allowed) and its values,
    kept as ``template`` and ``values`` so that the GUI can show the sentence in the
    interface language (``inspector.ui.i18n.error_text``). Without values the
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
