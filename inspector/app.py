"""Composition root: parse the command line, open the data, start the GUI or a command."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inspector.services.core.context import AppContext


def main(argv: list[str] | None = None) -> int:
    from inspector.cli import parse_args, run
    from inspector.logs import hold_logging, setup_logging

    hold_logging()  # the crash hooks now; what is logged is kept until the log file is open
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        setup_logging()
        return run(args)
    if args.self_test:
        setup_logging()
        return _self_test(args.data_dir, args.lang)
    try:
        return start_gui(args, open_log=True)  # the log file is opened behind the window
    finally:
        setup_logging()  # at the latest: a window closed before the data was opened


def _self_test(data_dir: str | None, lang: str | None = None) -> int:
    """Print the self-test in the command line's language (``--lang`` or the system's, as
    ``parse_args`` set it); a windowed build (no console) shows its lines in one dialog
    at the end, in the GUI's language."""
    from inspector.cli import language
    from inspector.services.demo.self_test import run_self_test
    from inspector.services.demo.self_test_words import GUI

    def gui(ctx) -> str:
        from inspector.ui.shell.self_check import gui_check  # Qt is imported only for this step

        return gui_check(ctx, language.say, language.current_language())

    steps = ((GUI, gui),)
    if sys.stdout is not None:
        return run_self_test(data_dir, extra_steps=steps, say=language.say)
    from inspector.ui.shell.self_check import show_summary, summary_language

    chosen = language.use_language(summary_language(lang))
    lines: list[str] = []
    code = run_self_test(data_dir, lines.append, extra_steps=steps, say=language.say)
    show_summary(lines, code, chosen)
    return code


def start_gui(args, open_log: bool = False) -> int:
    """The main window first, then the data: see :mod:`inspector.ui.shell.startup`.

    ``open_log``: the worker opens the log file (:func:`inspector.logs.setup_logging`)
    before the data, with what was held since :func:`inspector.logs.hold_logging`."""
    from inspector.ui.shell.startup import run_window  # Qt, not yet the database layer

    where: list[Path] = []  # the data directory, once the worker has resolved it

    def open_data() -> AppContext:  # in the worker thread, behind the shown window
        if open_log:
            from inspector.logs import setup_logging

            setup_logging()
        from inspector.services.core.context import open_context
        from inspector.services.core.errors import UserError
        from inspector.store.paths import resolve_data_dir

        data_dir = resolve_data_dir(args.data_dir)
        try:
            if args.demo:
                from inspector.services.demo.builder import create_demo
                from inspector.services.demo.copies import new_demo_copy

                data_dir = new_demo_copy()  # stale copies of killed demos go first
                where.append(data_dir)
                create_demo(data_dir, cached=True)  # built once, then copied
            else:
                where.append(data_dir)
            return open_context(data_dir, args.db)
        except UserError:
            raise
        except Exception as exc:  # a full disk or a read-only data directory
            from inspector.store.faults import fault_message

            fault = fault_message(exc, "打开数据目录", data_dir)
            if fault is None:
                raise
            raise UserError(fault) from None

    def reopen() -> AppContext:  # after restoring the last good backup
        from inspector.services.core.context import open_context

        return open_context(where[-1], args.db)

    code, ctx = run_window(open_data, reopen, language=args.lang, demo=args.demo)
    if args.demo and ctx is not None:  # a demo copy lives as long as the window
        from inspector.services.demo.copies import remove_demo_copy

        remove_demo_copy(ctx.paths.root)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
