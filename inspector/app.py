"""Composition root: parse the command line, open the data, start the GUI or a command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from inspector.cli import parse_args, run
    from inspector.logs import setup_logging

    setup_logging()  # the log file and the crash hooks, for the GUI and the commands alike
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.command:
        return run(args)
    if args.self_test:
        return _self_test(args.data_dir)
    return start_gui(args)


def _self_test(data_dir: str | None) -> int:
    """Print the self-test; a windowed build (no console) shows its lines in one dialog at the end."""
    from inspector.services.self_test import run_self_test

    steps = (("界面 GUI", _gui_check),)
    if sys.stdout is not None:
        return run_self_test(data_dir, extra_steps=steps)
    lines: list[str] = []
    code = run_self_test(data_dir, lines.append, extra_steps=steps)
    from inspector.ui.self_check import show_summary

    show_summary(lines, code)
    return code


def _gui_check(ctx) -> str:
    from inspector.ui.self_check import gui_check  # Qt is imported only for this step

    return gui_check(ctx)


def start_gui(args) -> int:
    # Qt is imported only from here on; the splash is up before the database layer loads.
    from inspector.ui.application import run_gui, show_splash

    splash = show_splash(args.lang, demo=args.demo)
    from inspector.services.context import open_context
    from inspector.services.errors import DamagedDatabase, UserError
    from inspector.store.paths import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    if args.demo:
        from inspector.services.demo import create_demo
        from inspector.services.demo_copies import new_demo_copy

        data_dir = new_demo_copy()  # stale copies of killed demos go first
        create_demo(data_dir, cached=True)  # built once, then copied
    try:
        try:
            ctx = open_context(data_dir, args.db)
        except DamagedDatabase as exc:  # offer the last good backup, then open again
            from inspector.ui.application import offer_restore

            ctx = offer_restore(exc, lambda: open_context(data_dir, args.db), args.lang, splash)
            if ctx is None:
                return 2
    except UserError as exc:
        return run_gui(None, language=args.lang, startup_error=str(exc), splash=splash)
    except Exception as exc:  # a full disk or a read-only data directory
        from inspector.store.faults import fault_message

        fault = fault_message(exc, "打开数据目录", data_dir)
        if fault is None:
            raise
        return run_gui(None, language=args.lang, startup_error=str(fault), splash=splash)
    try:
        return run_gui(ctx, language=args.lang, demo=args.demo, splash=splash)
    finally:
        if args.demo:  # a demo copy lives as long as the window
            from inspector.services.demo_copies import remove_demo_copy

            remove_demo_copy(data_dir)


if __name__ == "__main__":
    raise SystemExit(main())
