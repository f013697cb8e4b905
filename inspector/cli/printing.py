"""``inspector print FILE [--printer NAME] [--copies N]``: the office's batch printing.

The signed PDF goes to CUPS (``lp``) as it is, on A4; every print is written
to the audit log. Without a printer the command says so and exits 2.
"""

from __future__ import annotations

import argparse

from inspector.cli.common import context_from_args, path_arg
from inspector.cli.language import say, tr
from inspector.domain.text import N_
from inspector.services.core.errors import UserError


def _copies(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 99:
        raise argparse.ArgumentTypeError(say(N_("份数应为 1 到 99 的整数，收到 {!r}"), value))
    return int(value)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("print", help=tr(N_("打印签名的文书 PDF（经 CUPS，A4），并记入审计日志")))
    p.add_argument("file", type=path_arg, nargs="+", help=tr(N_("要打印的 PDF 文件（可多个）")))
    p.add_argument("--printer", help=tr(N_("打印机名称（默认：系统默认打印机）")))
    p.add_argument("--copies", type=_copies, default=1, help=tr(N_("份数（默认 1）")))
    p.set_defaults(func=cmd_print)


def cmd_print(args: argparse.Namespace) -> int:
    from inspector.services.paperwork.printing import print_with_lp

    for path in args.file:
        if not path.is_file():
            raise UserError("文件不存在：{}", path)
    ctx = context_from_args(args)
    try:
        for path in args.file:
            job = print_with_lp(ctx, path, args.printer, args.copies)
            print(
                say(
                    N_("已打印 {}（{} 页 × {} 份）→ 打印机 {}，作业 {}"),
                    job.target.number,
                    job.target.pages,
                    job.copies,
                    job.printer,
                    job.job_id or "?",
                )
            )
        return 0
    finally:
        ctx.close()
