"""``inspector office numbers …``: document-number blocks for registered devices."""

from __future__ import annotations

import argparse

from inspector.cli.common import context_from_args
from inspector.cli.language import say, tr
from inspector.domain.text import N_


def add_numbers(osub: argparse._SubParsersAction) -> None:
    """Add ``office numbers assign`` and ``office numbers list``."""
    n = osub.add_parser(
        "numbers", help=tr(N_("给已登记设备分配文书编号段（不重叠），随配置包下发"))
    )
    nsub = n.add_subparsers(dest="numbers_command", metavar=tr(N_("子命令")))
    a = nsub.add_parser("assign", help=tr(N_("给一台设备分配下一个编号段")))
    a.add_argument("device", help=tr(N_("设备编号（可只写前几位）")))
    a.add_argument("--count", type=int, required=True, help=tr(N_("编号个数，如 500")))
    a.add_argument("--prefix", default=None, help=tr(N_("编号前缀（默认沿用上次分配的前缀）")))
    a.set_defaults(func=cmd_assign)
    nsub.add_parser("list", help=tr(N_("列出已分配的编号段及已用数量"))).set_defaults(func=cmd_list)


def cmd_assign(args: argparse.Namespace) -> int:
    from inspector.services.paperwork.number_blocks import assign_block

    ctx = context_from_args(args)
    try:
        b = assign_block(ctx, args.device, args.count, args.prefix)
        block, size = f"{b.prefix}{b.first}–{b.last}", b.last - b.first + 1
        print(say(N_("已分配编号段 {}（{} 个）给设备 {}"), block, size, b.assigned_to))
        print(say(N_("下次生成的配置包会带上这个编号段。")))
    finally:
        ctx.close()
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from inspector.services.paperwork.number_blocks import office_blocks

    ctx = context_from_args(args)
    try:
        for b in office_blocks(ctx):
            print(
                say(
                    N_("{}  {}  {}  已用 {}/{}"),
                    b.label,
                    b.device_id,
                    b.device_name,
                    b.used,
                    b.size,
                )
            )
    finally:
        ctx.close()
    return 0
