"""``inspector demo create DIR``: a data directory full of realistic, fictional data."""

from __future__ import annotations

import argparse

from inspector.cli.common import path_arg
from inspector.cli.language import say, tr
from inspector.domain.text import N_


def register(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser("demo", help=tr(N_("演示数据")))
    dsub = d.add_subparsers(dest="demo_command", metavar=tr(N_("子命令")))
    create = dsub.add_parser("create", help=tr(N_("在一个新的（或空的）目录中生成演示数据")))
    create.add_argument("dir", type=path_arg, help=tr(N_("目标数据目录")))
    create.set_defaults(func=cmd_create)


def cmd_create(args: argparse.Namespace) -> int:
    from inspector.services.demo.builder import create_demo

    summary = create_demo(args.dir)
    print(say(N_("演示数据已生成：{}"), args.dir))
    counts = {"sites": N_("场所：{} 个"), "schools": N_("学校：{} 所")}
    for key, value in summary.items():
        print("  " + (say(counts[key], value) if key in counts else f"{key}: {value}"))
    return 0
