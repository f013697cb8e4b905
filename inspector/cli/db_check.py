"""``inspector db check``: every evidence file against the SHA-256 stored for it."""

from __future__ import annotations

import argparse
import sys

from inspector.cli.common import context_from_args
from inspector.cli.language import say, tr
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
    print(say(N_("已检查 {} 张照片、{} 个签名图片。"), photos, sigs))
    for p in problems:
        tag = N_("缺失：{}") if p.problem == MISSING else N_("不一致：{}")
        print(say(tag, p.message()))
    if problems:
        missing = sum(1 for p in problems if p.problem == MISSING)
        print(
            say(N_("证据文件有问题：{} 个不一致，{} 个缺失。"), len(problems) - missing, missing),
            file=sys.stderr,
        )
        return 2
    print(say(N_("全部证据文件一致。")))
    return 0
