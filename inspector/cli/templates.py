"""``inspector templates check|import|export``: template files and workbooks without the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inspector.cli.common import context_from_args, path_arg
from inspector.cli.language import language_code, said, say, tr
from inspector.domain.templates import Template
from inspector.domain.text import N_
from inspector.services.core.templates import load_paths


def register(sub: argparse._SubParsersAction) -> None:
    t = sub.add_parser("templates", help=tr(N_("检查表模板")))
    tsub = t.add_subparsers(dest="templates_command", metavar=tr(N_("子命令")))
    check = tsub.add_parser(
        "check", help=tr(N_("校验模板文件或文件夹：有效时退出码 0，否则列出全部问题并退出码 2"))
    )
    check.add_argument("path", type=path_arg, help=tr(N_("模板文件（.yaml）或文件夹")))
    check.set_defaults(func=cmd_check)
    imp = tsub.add_parser(
        "import",
        help=tr(
            N_(
                "把 XLSForm 格式的工作簿（.xlsx，或含 survey.csv 等的文件夹）导入为模板：全部有效才写入"
            )
        ),
    )
    imp.add_argument("book", type=path_arg, help=tr(N_("工作簿 .xlsx，或 CSV 工作表所在的文件夹")))
    imp.add_argument(
        "--into", type=Path, help=tr(N_("写入的模板文件夹（默认：设置中的本单位模板文件夹）"))
    )
    imp.add_argument("--check", action="store_true", help=tr(N_("只检查并预览，不写入")))
    imp.set_defaults(func=cmd_import)
    exp = tsub.add_parser(
        "export", help=tr(N_("把任一模板（内置或本单位）导出为 XLSForm 格式的工作簿"))
    )
    exp.add_argument("template_id", help=tr(N_("模板编号 id")))
    exp.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help=tr(N_("输出 .xlsx；以 .csv 结尾或为文件夹时写 CSV")),
    )
    exp.set_defaults(func=cmd_export)


def cmd_check(args: argparse.Namespace) -> int:
    report = load_paths([args.path])
    for problem in report.problems:
        print(said(problem.sentence), file=sys.stderr)
    if report.problems:
        print(say(N_("发现 {} 个问题。"), len(report.problems)), file=sys.stderr)
        return 2
    for t in report.templates:
        print(_ok_line(t))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from inspector.services.checklists.xlsform import WorkbookError
    from inspector.services.checklists.xlsform_export import install_workbook, preview_workbook
    from inspector.services.core.errors import UserError

    try:
        if args.check:
            template, _text = preview_workbook(args.book)
            _print_summary(template)
            return 0
        folder = args.into
        if folder is None:
            ctx = context_from_args(args)
            if not ctx.settings.template_dir:
                raise UserError(
                    "尚未设置本单位模板文件夹：请用 --into 指定，或在设置中选择文件夹。"
                )
            folder = Path(ctx.settings.template_dir)
        done = install_workbook(args.book, folder)
    except WorkbookError as exc:
        for problem in exc.problems:
            print(said(problem.sentence), file=sys.stderr)
        print(say(N_("发现 {} 个问题，未写入任何文件。"), len(exc.problems)), file=sys.stderr)
        return 2
    _print_summary(done.template)
    if done.already:
        print(say(N_("内容相同的模板已在 {}，未重复写入。"), done.path))
    else:
        print(say(N_("已写入 {}"), done.path))
    return 0


def _ok_line(t: Template) -> str:
    """ "OK  id vN  title  (sections, items)" for a valid template."""
    items = sum(len(s.items) for s in t.sections)
    title = t.title.get(language_code())
    return say(
        N_("OK  {} v{}  {}  （{} 节，{} 项）"), t.id, t.version, title, len(t.sections), items
    )


def _print_summary(t: Template) -> None:
    lang = language_code()
    print(_ok_line(t))
    for s in t.sections:
        extra = say(N_("（重复：逐个填写）")) if s.repeat else ""
        cond = "  " + say(N_("条件：{}"), s.relevant) if s.relevant else ""
        print(f"  [{s.code}] {s.title.get(lang)}{extra}{cond}")
        for i in s.items:
            logic = "  " + say(N_("条件：{}"), i.relevant) if i.relevant else ""
            if i.constraint:
                logic += "  " + say(N_("约束：{}"), i.constraint)
            print(f"    {i.code}  {i.answer:<11} {i.severity:<8} {i.text.get(lang)}{logic}")
    print("  " + say(N_("内容哈希 {}"), t.content_hash))


def cmd_export(args: argparse.Namespace) -> int:
    from inspector.services.checklists.xlsform_export import export_workbook
    from inspector.services.core.errors import UserError

    ctx = context_from_args(args)
    template = ctx.catalog.get(args.template_id)
    if template is None:
        raise UserError(
            "没有编号为 {} 的模板（用 inspector templates check 查看可用模板）。", args.template_id
        )
    out = export_workbook(template, args.output)
    print(
        say(
            N_("已导出 {} v{} 到 {}（内容哈希 {}）"),
            template.id,
            template.version,
            out,
            template.content_hash,
        )
    )
    return 0
