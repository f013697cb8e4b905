"""``inspector templates check PATH``: validate template files without the GUI."""

from __future__ import annotations

import argparse
import sys

from inspector.cli.common import path_arg
from inspector.services.templates import load_paths


def register(sub: argparse._SubParsersAction) -> None:
    t = sub.add_parser("templates", help="检查表模板")
    tsub = t.add_subparsers(dest="templates_command", metavar="子命令")
    check = tsub.add_parser(
        "check", help="校验模板文件或文件夹：有效时退出码 0，否则列出全部问题并退出码 2"
    )
    check.add_argument("path", type=path_arg, help="模板文件（.yaml）或文件夹")
    check.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    report = load_paths([args.path])
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if report.problems:
        print(f"发现 {len(report.problems)} 个问题。", file=sys.stderr)
        return 2
    for t in report.templates:
        items = sum(len(s.items) for s in t.sections)
        print(f"OK  {t.id} v{t.version}  {t.title.zh_CN}  ({len(t.sections)} 节, {items} 项)")
    return 0
