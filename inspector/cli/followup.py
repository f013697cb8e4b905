"""``inspector lists``, ``inspector stats`` and ``inspector cases``: follow-up work headless."""

from __future__ import annotations

import argparse
import json
import sys

from inspector.cli.common import context_from_args, path_arg
from inspector.cli.language import language_code, said, say, tr
from inspector.domain.text import N_
from inspector.services.core.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("lists", help=tr(N_("生成红黑榜草稿（可发布）并导出 PDF 与 XLSX")))
    p.add_argument("--period", required=True, help=tr(N_("期间：月份 2026-10 或季度 2026Q4")))
    p.add_argument(
        "--category",
        default="all",
        help=tr(N_("类别：all（全部）、school_perimeter、market、window、public_place")),
    )
    p.add_argument("-o", "--output", type=path_arg, required=True, help=tr(N_("输出目录")))
    p.add_argument(
        "--publish", metavar=tr(N_("期号")), help=tr(N_("以此期号发布（冻结快照）后再导出"))
    )
    p.add_argument("--photos", action="store_true", help=tr(N_("在公告中附上黑榜问题照片")))
    p.add_argument("--no-sign", action="store_true", help=tr(N_("不签名")))
    p.set_defaults(func=cmd_lists)

    s = sub.add_parser("stats", help=tr(N_("导出期间统计报表（.pdf 含图表，或 .xlsx）")))
    when = s.add_mutually_exclusive_group(required=True)
    when.add_argument("--quarter", help=tr(N_("季度，如 2026Q4")))
    when.add_argument("--month", help=tr(N_("月份，如 2026-10")))
    s.add_argument(
        "-o", "--output", type=path_arg, required=True, help=tr(N_("输出文件 .pdf 或 .xlsx"))
    )
    s.add_argument("--no-sign", action="store_true", help=tr(N_("不签名")))
    s.set_defaults(func=cmd_stats)

    c = sub.add_parser("cases", help=tr(N_("整改事项")))
    csub = c.add_subparsers(dest="cases_command", metavar=tr(N_("子命令")))
    ls = csub.add_parser("list", help=tr(N_("列出即将到期和逾期的整改事项（按期限、网格排序）")))
    ls.add_argument("--overdue", action="store_true", help=tr(N_("只列逾期的")))
    ls.add_argument("--all", action="store_true", help=tr(N_("列出全部（含已办结）")))
    ls.add_argument("--grid", default="", help=tr(N_("只列此网格")))
    ls.add_argument("--json", action="store_true", help=tr(N_("以 JSON 输出")))
    ls.set_defaults(func=cmd_cases_list)


def _sign(args: argparse.Namespace) -> bool | None:
    return False if args.no_sign else None


def cmd_lists(args: argparse.Namespace) -> int:
    from inspector.services.followup import lists
    from inspector.services.followup import report_files as followup_docs

    ctx = context_from_args(args)
    try:
        issue = lists.draft_list(ctx, args.period, args.category)
        if args.publish:
            issue = lists.publish(ctx, issue.id, args.publish)
        rows = lists.entries(ctx, issue.id)
        out = followup_docs.export_bulletin(
            ctx, issue.id, args.output, photos=args.photos, sign=_sign(args)
        )
    finally:
        ctx.close()
    red = sum(1 for r in rows if r.colour == "red" and not r.excluded)
    black = sum(1 for r in rows if r.colour == "black" and not r.excluded)
    if issue.status == "published":
        state = say(N_("已发布（期号 {}）"), issue.issue_number)
    else:
        state = say(N_("草稿"))
    category = lists.category_label(args.category, language_code())
    print(say(N_("{} {}：红榜 {} 家，黑榜 {} 家，{}"), args.period, category, red, black, state))
    for f in out.files:
        print(f)
    if out.note:
        print(said(out.note), file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from inspector.services.followup import report_files as followup_docs

    period = args.quarter or args.month
    ctx = context_from_args(args)
    try:
        out = followup_docs.export_stats(ctx, period, args.output, sign=_sign(args))
    finally:
        ctx.close()
    for f in out.files:
        print(f)
    if out.note:
        print(said(out.note), file=sys.stderr)
    return 0


def cmd_cases_list(args: argparse.Namespace) -> int:
    from inspector.services.followup.cases import CaseFilter, CaseQuery

    view = "overdue" if args.overdue else ("all" if args.all else "attention")
    if args.overdue and args.all:
        raise UserError("--overdue 与 --all 不能同时使用。")
    ctx = context_from_args(args)
    try:
        query = CaseQuery(ctx, CaseFilter(view=view, grid=args.grid))
        rows = query.fetch(0, 100_000)
    finally:
        ctx.close()
    if args.json:
        data = [
            {
                "id": r.id, "site": r.site_name, "grid": r.grid, "item": r.item_text,
                "severity": r.severity, "found_on": r.found_on.isoformat(),
                "deadline": r.deadline.isoformat(), "state": r.state, "days_left": r.days_left,
                "repeat": r.repeat,
                "note": r.note,
            }
            for r in rows
        ]  # fmt: skip
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    from inspector.domain.cases import STATE_LABELS

    lang = language_code()
    for r in rows:
        flag = " " + say(N_("复发")) if r.repeat else ""
        note = "  " + say(N_("（{}）"), r.note) if r.state == "escalated" and r.note else ""
        state = STATE_LABELS[r.state].get(lang)
        print(f"{r.deadline}  {state:<6} {r.grid:<10} {r.site_name}  {r.item_in(lang)}{flag}{note}")
    print(say(N_("共 {} 项。"), len(rows)), file=sys.stderr)
    return 0
