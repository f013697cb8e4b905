"""``inspector sites|schools import|export FILE``: the register without the GUI."""

from __future__ import annotations

import argparse
import sys

from inspector.cli.common import context_from_args, path_arg
from inspector.cli.language import listing, say, tr
from inspector.domain.text import N_, joined
from inspector.services.core.kind_aliases import load_aliases, parse_kind_map, remember_aliases
from inspector.services.register import export as register_export
from inspector.services.register import import_export as register_io

WHAT = ("sites", "schools")
# Help texts per register, whole sentences so that each translates as one:
# the group, its import, its export.
HELP = {
    "sites": (
        N_("场所登记的导入与导出（CSV / XLSX）"),
        N_("导入场所：任何一行有误则全部不导入，列出错误并退出码 2"),
        N_("导出全部场所（按文件后缀 .csv 或 .xlsx）"),
    ),
    "schools": (
        N_("学校登记的导入与导出（CSV / XLSX）"),
        N_("导入学校：任何一行有误则全部不导入，列出错误并退出码 2"),
        N_("导出全部学校（按文件后缀 .csv 或 .xlsx）"),
    ),
}


def register(sub: argparse._SubParsersAction) -> None:
    for kind in WHAT:
        group_help, import_help, export_help = HELP[kind]
        p = sub.add_parser(kind, help=tr(group_help))
        psub = p.add_subparsers(dest=f"{kind}_command", metavar=tr(N_("子命令")))
        imp = psub.add_parser(
            "import",
            help=tr(import_help),
        )
        imp.add_argument("file", type=path_arg, help=tr(N_("CSV（UTF-8 或 GBK）或 XLSX 文件")))
        imp.add_argument(
            "--skip-invalid", action="store_true", help=tr(N_("只导入有效的行，并列出跳过的行"))
        )
        if kind == "sites":
            imp.add_argument(
                "--map-kind",
                action="append",
                default=[],
                metavar=tr(N_("原文=类型")),
                help=tr(
                    N_(
                        "把表格中的场所类型“原文”当作该类型（代码或名称）导入，并记入本单位别名表；"
                        "可重复"
                    )
                ),
            )
            imp.add_argument(
                "--accept-unchecked",
                action="store_true",
                help=tr(N_("统一社会信用代码校验位有误的行仍导入，标记为未核验")),
            )
        imp.add_argument(
            "--datum",
            help=tr(N_("表中坐标的坐标系（无“坐标系”列时）：WGS-84、CGCS2000、GCJ-02、BD-09")),
        )
        imp.set_defaults(func=cmd_import, kind=kind)
        exp = psub.add_parser("export", help=tr(export_help))
        exp.add_argument("file", type=path_arg, help=tr(N_("目标文件 .csv 或 .xlsx")))
        exp.set_defaults(func=cmd_export, kind=kind)
        if kind == "schools":
            from inspector.cli.schools import add_commands

            add_commands(psub)


def cmd_import(args: argparse.Namespace) -> int:
    sites = args.kind == "sites"
    mapping = parse_kind_map(args.map_kind) if sites else {}
    ctx = context_from_args(args)
    try:
        if sites:
            preview = register_io.parse_sites(args.file, load_aliases(ctx), args.datum)
            register_io.remap_kinds(preview, mapping)
            preview.accept_unchecked = args.accept_unchecked
        else:
            preview = register_io.parse_schools(args.file, args.datum)
        if preview.unknown_columns:
            print(say(N_("未使用的列：{}"), listing(preview.unknown_columns)))
        for r in preview.bad:
            print(say(N_("第 {} 行：{}"), r.row, joined(r.problems + r.warnings)), file=sys.stderr)
        if sites and preview.accept_unchecked:
            for r in preview.held:  # let in, but said: the register marks them 未核验
                print(say(N_("第 {} 行：{}（仍导入，标记为未核验）"), r.row, joined(r.warnings)))
        if preview.bad and not args.skip_invalid:
            _explain_refusal(preview, sites)
            return 2
        count = register_io.apply_preview(ctx, preview)
        if mapping:
            remember_aliases(ctx, mapping)
            print(say(N_("场所类型别名已记入本单位别名表：{}"), listing(list(mapping))))
    finally:
        ctx.close()
    added, updated = preview.outcome.get("added", 0), preview.outcome.get("updated", 0)
    if sites:
        done = N_("已导入 {} 个场所（新增 {}，更新 {}）。")
    else:
        done = N_("已导入 {} 所学校（新增 {}，更新 {}）。")
    print(say(done, count, added, updated))
    unstated = register_io.rows_without_datum(preview)
    if unstated:
        print(
            say(
                N_(
                    "{} 行的坐标未注明坐标系，已按 WGS-84 导入；如取自高德、腾讯或百度地图，"
                    "请加“坐标系”列或用 --datum 重新导入。"
                ),
                unstated,
            ),
            file=sys.stderr,
        )
    if preview.bad:
        print(say(N_("跳过 {} 行有误的数据。"), len(preview.bad)), file=sys.stderr)
    return 0


def _explain_refusal(preview: register_io.Preview, sites: bool) -> None:
    unknown = preview.unknown_kinds()
    if unknown:
        names = listing(
            [say(N_("{}（{} 行）"), text, len(rows)) for text, rows in sorted(unknown.items())]
        )
        print(
            say(
                N_(
                    "无法识别的场所类型：{}。"
                    "用 --map-kind 原文=类型 指定（如 --map-kind 理发店=small_salon），"
                    "或写入数据目录中的 site-kind-aliases.yaml。"
                ),
                names,
            ),
            file=sys.stderr,
        )
    if preview.held:
        print(
            say(
                N_(
                    "{} 行的统一社会信用代码校验位有误；"
                    "核对后改正，或使用 --accept-unchecked 仍导入并标记为未核验。"
                ),
                len(preview.held),
            ),
            file=sys.stderr,
        )
    if sites:
        refused = N_(
            "{} 行有误，未导入任何场所。改正后重新导入，或使用 --skip-invalid 只导入有效的行。"
        )
    else:
        refused = N_(
            "{} 行有误，未导入任何学校。改正后重新导入，或使用 --skip-invalid 只导入有效的行。"
        )
    print(say(refused, len(preview.bad)), file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    export = (
        register_export.export_sites if args.kind == "sites" else register_export.export_schools
    )
    ctx = context_from_args(args)
    try:
        count = export(ctx, args.file)
    finally:
        ctx.close()
    if args.kind == "sites":
        print(say(N_("已导出 {} 个场所到 {}。"), count, args.file))
    else:
        print(say(N_("已导出 {} 所学校到 {}。"), count, args.file))
    return 0
