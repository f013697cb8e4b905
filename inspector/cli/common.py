"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector.services.context import AppContext, open_context
from inspector.store.paths import DataPaths, resolve_data_dir


def context_from_args(args: argparse.Namespace) -> AppContext:
    """Open the data directory and database named on the command line."""
    return open_context(resolve_data_dir(args.data_dir), getattr(args, "db", None))


def command_name(args: argparse.Namespace) -> str:
    """The command as typed, e.g. ``inspector db info`` (subcommands are ``<cmd>_command``)."""
    words = [args.command, getattr(args, f"{args.command}_command", None)]
    return " ".join(["inspector", *(w for w in words if w)])


def storage_fault_text(exc: BaseException, args: argparse.Namespace) -> str | None:
    """The sentence for a storage error that ended a command, or None for other errors."""
    from inspector.domain.text import Message
    from inspector.store.faults import fault_message

    database = DataPaths(resolve_data_dir(args.data_dir)).database
    what = Message("命令“{}”", command_name(args))
    return fault_message(exc, what, None if isinstance(exc, OSError) else database)


def path_arg(value: str) -> Path:
    return Path(value).expanduser()
