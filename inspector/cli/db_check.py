"""``inspector db check``: every evidence file against the SHA-256 stored for it."""

from __future__ import annotations

import argparse
import sys

from inspector.cli.common import context_from_args
from inspector.cli.language import tr
from inspector.domain.text import N_


def add_check(dbsub: argparse._SubParsersAction) -> None:
    """Add ``db check`` to the ``db`` subcommands."""
    check = dbsub.add_parser(
        "check", help=tr(N_("检查每个照片和签名文件是否与存储的 SHA-256 一致（有问题时退出码 2）"))
    )
    check.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    from sqlalchemy import func
    from sqlmodel import select

    from inspector.services.inspection.evidence import MISSING, scan
    from inspector.store.engine import read_session
    from inspector.store.models import HandSignature, Photo

    ctx = context_from_args(args)
    try:
        with read_session(ctx.engine) as s:
            photos = s.exec(select(func.count()).select_from(Photo)).one()
            sigs = s.exec(
                select(func.count()).select_from(HandSignature).where(HandSignature.file_name != "")
            ).one()
        problems = scan(ctx)
    finally:
        ctx.close()
    print(f"已检查 checked: {photos} 张照片 photos, {sigs} 个签名图片 signature images")
    for p in problems:
        tag = "缺失 MISSING " if p.problem == MISSING else "不一致 MISMATCH"
        print(f"{tag} {p.message()}")
    if problems:
        missing = sum(1 for p in problems if p.problem == MISSING)
        print(
            f"证据文件有问题 evidence problems: {len(problems) - missing} 个不一致 mismatched, "
            f"{missing} 个缺失 missing",
            file=sys.stderr,
        )
        return 2
    print("全部一致 all evidence files match")
    return 0
