"""Headless commands, flat: one module per command group, named after it.

Each module in :data:`COMMAND_MODULES` defines ``register(subparsers)`` and gives each
parser a ``func(args) -> int``. Uses services and domain, no Qt. Commands raise
:class:`~inspector.services.core.errors.UserError` for anything the user can fix;
:func:`run` prints it on stderr and exits 2.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable

from inspector import __version__
from inspector.cli.language import requested_language, tr, use_language, word
from inspector.domain.text import N_

COMMAND_MODULES = (
    "inspector.cli.db",
    "inspector.cli.templates",
    "inspector.cli.register",
    "inspector.cli.demo",
    "inspector.cli.inspections",
    "inspector.cli.followup",
    "inspector.cli.documents",
    "inspector.cli.printing",
    "inspector.cli.sync",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # exit status 2 with a plain sentence, as argparse does
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {word('error')}{message}\n")


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command-line parser; ``commands=False`` leaves out the subcommands (and their
    imports), which is all the GUI start needs."""
    parser = _Parser(
        prog="inspector",
        description=word("description"),
    )
    parser.add_argument(
        "--version", action="version", version=f"inspector {__version__}", help=word("version")
    )
    parser.add_argument(
        "--data-dir", help=tr(N_("数据目录（默认：用户数据目录，或环境变量 INSPECTOR_DATA_DIR）"))
    )
    parser.add_argument(
        "--db", help=tr(N_("数据库地址，如 postgresql+psycopg://…（默认：数据目录中的 SQLite）"))
    )
    parser.add_argument(
        "--demo", action="store_true", help=tr(N_("在一份新的演示数据副本上打开程序"))
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=tr(N_("自检：打开数据库、加载模板、生成并验证签名 PDF")),
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help=word("lang"))
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar=word("command"), parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse the command line, importing the command modules only when a command is given.

    Starting the GUI thus does not load what commands use (PDF, signing, spreadsheets).
    argparse's own words (usage, its errors) follow ``--lang`` or the system language.
    """
    use_language(requested_language(argv))
    if not any(a in ("-h", "--help") for a in argv):
        args, rest = build_parser(commands=False).parse_known_args(argv)
        if not rest:
            return args
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Run the parsed subcommand; user errors become one sentence on stderr and status 2."""
    from inspector.domain.templates import TemplateError
    from inspector.services.core.errors import UserError

    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        build_parser().parse_args([args.command, "--help"])
        return 2
    try:
        status = func(args)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return status
    except BrokenPipeError:
        # the reader went away (``inspector … | head``): stop quietly, as cat does
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for the same
    except (UserError, TemplateError) as exc:
        from inspector.cli.common import error_line

        print(error_line(exc, args), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(word("cancelled"), file=sys.stderr)
        return 130
    except Exception as exc:  # a full disk, a read-only folder, an I/O error
        from inspector.cli.common import error_line, storage_fault_text

        if storage_fault_text(exc, args) is None:
            raise  # a programming error stays one
        print(error_line(exc, args), file=sys.stderr)
        return 2
