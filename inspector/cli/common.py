"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from inspector.services.context import AppContext, open_context
from inspector.store.paths import resolve_data_dir

WRITER_WAIT = 3.0  # seconds a command that writes waits for another one to finish
CHECK_EVERY = 3600.0  # a command repeats the start's quick_check at most once an hour


def program_name(argv: list[str] | None = None) -> str:
    """``inspector sync office import``: the command words, no paths or values."""
    words = [
        w for w in (sys.argv[1:] if argv is None else argv) if re.fullmatch(r"[a-z][a-z-]*", w)
    ]
    return " ".join(["inspector", *words[:3]])


def context_from_args(
    args: argparse.Namespace, *, write: bool = True, check_every: float = CHECK_EVERY
) -> AppContext:
    """Open the data directory and database named on the command line.

    A command that changes data (``write``) becomes the data directory's one
    writer, waiting a few seconds for another command to finish; it is refused
    with a sentence naming the other program (the GUI holds it for as long as it
    runs). A read-only command opens the database beside a writer. The
    ``quick_check`` of the start is not repeated within ``check_every`` seconds
    when the file has not changed.
    """
    return open_context(
        resolve_data_dir(args.data_dir),
        getattr(args, "db", None),
        program=program_name(),
        write=write,
        wait=WRITER_WAIT if write else 0.0,
        check_skip_within=check_every,
    )


def path_arg(value: str) -> Path:
    return Path(value).expanduser()
