"""The self-test's way of speaking: one language per run, chosen by the caller.

``say(template, *values)`` fills a zh_CN template marked with ``N_`` in the
output's language: ``inspector.cli.language.say`` for the command line (the
language of ``--lang`` or the system), :func:`fill` (zh_CN as it is) by default.
The GUI step's words are here too, so that the services catalogue holds them
(its code, in ``inspector.ui.shell.self_check``, fills them with the same ``say``).
"""

from __future__ import annotations

from collections.abc import Callable

from inspector.domain.text import N_

Say = Callable[..., str]
"""``say(template, *values) -> line``: a zh_CN ``N_`` template filled in the output's language."""


def fill(template: str, *values: object) -> str:
    """The default ``say``: the zh_CN template filled as it is."""
    return template.format(*values) if values else template


# The GUI step's words (its code is in inspector.ui.shell.self_check, which fills them).
GUI = N_("界面")
GUI_DONE = N_("Qt {}（{}），{} 个页面")
GUI_NO_ICONS = N_("qtawesome 图标字体未能载入")
GUI_NO_ENGLISH = N_("英文翻译（inspector_en.qm）未能载入")
GUI_NO_RENDER = N_("主窗口未能绘制")
GUI_MODAL = N_("打开了一个模态对话框（已由自检关闭）：{}")
