"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector.services.context import AppContext, open_context
from inspector.store.paths import resolve_data_dir


def context_from_args(args: argparse.Namespace) -> AppContext:
    """Open the data directory and database named on the command line."""
    return open_context(resolve_data_dir(args.data_dir), getattr(args, "db", None))


def path_arg(value: str) -> Path:
    return Path(value).expanduser()
