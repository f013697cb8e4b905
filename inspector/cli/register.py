"""``inspector sites|schools import|export FILE``: the register without the GUI."""

from __future__ import annotations

import argparse
import sys

from inspector.cli.common import context_from_args, path_arg
from inspector.services import register_io

WHAT = {"sites": "场所", "schools": "学校"}


def register(sub: argparse._SubParsersAction) -> None:
    for kind, label in WHAT.items():
        p = sub.add_parser(kind, help=f"{label}登记的导入与导出（CSV / XLSX）")
        psub = p.add_subparsers(dest=f"{kind}_command", metavar="子命令")
        imp = psub.add_parser(
            "import",
            help=f"导入{label}：任何一行有误则全部不导入，列出错误并退出码 2",
        )
        imp.add_argument("file", type=path_arg, help="CSV（UTF-8 或 GBK）或 XLSX 文件")
        imp.add_argument(
            "--skip-invalid", action="store_true", help="只导入有效的行，并列出跳过的行"
        )
        imp.add_argument(
            "--datum", help="表中坐标的坐标系（无“坐标系”列时）：WGS-84、CGCS2000、GCJ-02、BD-09"
        )
        imp.set_defaults(func=cmd_import, kind=kind)
        exp = psub.add_parser("export", help=f"导出全部{label}（按文件后缀 .csv 或 .xlsx）")
        exp.add_argument("file", type=path_arg, help="目标文件 .csv 或 .xlsx")
        exp.set_defaults(func=cmd_export, kind=kind)
        if kind == "schools":
            from inspector.cli.schools import add_commands

            add_commands(psub)


def cmd_import(args: argparse.Namespace) -> int:
    parse = register_io.parse_sites if args.kind == "sites" else register_io.parse_schools
    preview = parse(args.file, args.datum)
    label = WHAT[args.kind]
    for line in preview.problem_lines():
        print(line, file=sys.stderr)
    if preview.bad and not args.skip_invalid:
        print(
            f"{len(preview.bad)} 行有误，未导入任何{label}。"
            "改正后重新导入，或使用 --skip-invalid 只导入有效的行。",
            file=sys.stderr,
        )
        return 2
    ctx = context_from_args(args)
    try:
        count = register_io.apply_preview(ctx, preview)
    finally:
        ctx.close()
    print(f"已导入 {count} 个{label}。imported {count}")
    unstated = register_io.rows_without_datum(preview)
    if unstated:
        print(
            f"{unstated} 行的坐标未注明坐标系，已按 WGS-84 导入；如取自高德、腾讯或百度地图，"
            "请加“坐标系”列或用 --datum 重新导入。",
            file=sys.stderr,
        )
    if preview.bad:
        print(f"跳过 {len(preview.bad)} 行有误的数据。skipped {len(preview.bad)}", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    export = register_io.export_sites if args.kind == "sites" else register_io.export_schools
    ctx = context_from_args(args)
    try:
        count = export(ctx, args.file)
    finally:
        ctx.close()
    print(f"已导出 {count} 个{WHAT[args.kind]}到 {args.file}。exported {count}")
    return 0
