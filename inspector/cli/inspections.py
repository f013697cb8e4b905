"""``inspector inspections list|show``: inspections without the GUI."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime

from inspector.cli.common import context_from_args
from inspector.cli.language import tr
from inspector.domain.text import N_
from inspector.services.core.errors import UserError
from inspector.services.inspection.data import (
    RESULT_LABELS,
    STATUS_LABELS,
    kind_text,
    summary_data,
    view_data,
)
from inspector.services.inspection.query import (
    InspectionFilter,
    count_inspections,
    list_inspections,
    resolve_id,
)
from inspector.services.inspection.view import load_inspection


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写作 YYYY-MM-DD，收到 {value!r}") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("inspections", help=tr(N_("检查记录：列表与详情")))
    psub = p.add_subparsers(dest="inspections_command", metavar=tr(N_("子命令")))
    ls = psub.add_parser("list", help=tr(N_("列出检查记录（最新的在前）")))
    ls.add_argument("--json", action="store_true", help=tr(N_("输出 JSON")))
    ls.add_argument("--status", choices=["draft", "finished"], help=tr(N_("草稿或已完成")))
    ls.add_argument("--result", choices=["pass", "deducted", "blacklist_candidate"])
    ls.add_argument("--grid", help=tr(N_("网格名称")))
    ls.add_argument("--kind", help=tr(N_("场所类型代码，如 internet_cafe")))
    ls.add_argument("--inspector", help=tr(N_("主检查员姓名")))
    ls.add_argument("--site", help=tr(N_("场所编号")))
    ls.add_argument("--from", dest="date_from", type=_date, help=tr(N_("开始日期 YYYY-MM-DD")))
    ls.add_argument("--to", dest="date_to", type=_date, help=tr(N_("结束日期 YYYY-MM-DD（含）")))
    ls.add_argument("--limit", type=int, default=200, help=tr(N_("最多列出条数（默认 200）")))
    ls.add_argument("--offset", type=int, default=0, help=tr(N_("跳过前若干条")))
    ls.set_defaults(func=cmd_list)
    show = psub.add_parser("show", help=tr(N_("显示一条检查记录（编号可只写前几位）")))
    show.add_argument("id", help=tr(N_("检查编号或其前缀（至少 4 位）")))
    show.add_argument("--json", action="store_true", help=tr(N_("输出 JSON")))
    show.set_defaults(func=cmd_show)


def _local(iso: str | None) -> str:
    """An ISO UTC time as local wall-clock time, to the minute."""
    if not iso:
        return "-"
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


def _score_text(d: dict) -> str:
    if d["max_score"] is None:
        return "-"
    rate = f" ({d['rate'] * 100:.1f}%)" if d["rate"] is not None else ""
    return f"{d['score']:g}/{d['max_score']:g}{rate}"


def cmd_list(args: argparse.Namespace) -> int:
    if args.limit < 0 or args.offset < 0:
        raise UserError("--limit 和 --offset 不能为负数。")
    f = InspectionFilter(
        status=args.status,
        date_from=args.date_from,
        date_to=args.date_to,
        grid=args.grid,
        site_kind=args.kind,
        result=args.result,
        inspector=args.inspector,
        site_id=args.site,
    )
    ctx = context_from_args(args, write=False)
    try:
        rows = [
            summary_data(i) for i in list_inspections(ctx, f, limit=args.limit, offset=args.offset)
        ]
        total = count_inspections(ctx, f)
    finally:
        ctx.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for d in rows:
        started = _local(d["started_at"])
        flags = " ⚠距离复测" if d["distance_warning"] else ""
        flags += f" 更正{d['amendment_count']}次" if d["amendment_count"] else ""
        print(
            f"{d['id'][:8]}  {started}  {STATUS_LABELS.get(d['status'], d['status'])}  "
            f"{d['site_name']}（{kind_text(d['site_kind'])}，{d['grid'] or '-'}）  "
            f"{_score_text(d)}  {RESULT_LABELS.get(d['result'], d['result'])}{flags}"
        )
    print(f"共 {total} 条，显示 {len(rows)} 条。total {total}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    ctx = context_from_args(args, write=False)
    try:
        view = load_inspection(ctx, resolve_id(ctx, args.id))
    finally:
        ctx.close()
    d = view_data(view)
    if args.json:
        print(json.dumps(d, ensure_ascii=False, indent=2))
        return 0
    print(f"检查编号 id: {d['id']}")
    print(f"场所 site: {d['site_name']}（{kind_text(d['site_kind'])}） 网格: {d['grid'] or '-'}")
    print(
        f"状态 status: {STATUS_LABELS.get(d['status'], d['status'])}  开始: {_local(d['started_at'])}"
    )
    if d["finished_at"]:
        print(f"完成 finished: {_local(d['finished_at'])}  内容哈希: {d['content_hash']}")
        if d["content_hash_ok"]:
            print("内容校验 hash check: 一致，记录自完成后未被改动 (ok)")
        else:
            print("内容校验 hash check: 不一致！记录在完成后被改动过 (MISMATCH)")
        if d["amendment_count"]:
            print(f"更正 amendments: {d['amendment_count']} 次（原始答案保留，见 [更正] 标记）")
    lead = f"{d['lead_inspector']}（{d['lead_inspector_id_no'] or '-'}）"
    co = f"{d['co_inspector']}（{d['co_inspector_id_no'] or '-'}）" if d["co_inspector"] else "-"
    print(f"检查员 inspectors: {lead}，{co}")
    print(f"地点 location: {d['location_text'] or '-'}  坐标: {d['lat']}, {d['lon']}")
    if d["nearest_school"]:
        print(
            f"最近学校 nearest school: {d['nearest_school']} 直线 {d['computed_distance_m']} 米"
            f"（限值 {d['distance_limit_m']:g} 米）"
        )
        print(f"  {d['distance_method_text']}")
        if d["distance_basis"]:
            print(f"  依据: {d['distance_basis']}")
    print(f"得分 score: {_score_text(d)}  结果: {RESULT_LABELS.get(d['result'], d['result'])}")
    for it in d["items"]:
        value = it["value"] or {}
        shown = next(
            (str(v) for k, v in value.items() if v is not None and k != "outcome"),
            value.get("outcome") or "—",
        )
        mark = " [更正]" if it["amendments"] else ""
        ded = f" -{it['deduction']:g}" if it["deduction"] else ""
        print(f"  {it['code']:<8} {it['status']:<10} {shown}{ded}{mark}  {it['text']}")
    for m in d["measurements"]:
        print(f"  测距 {m['method']}: {m['distance_m']} 米  {m['start_point']} → {m['end_point']}")
    print(f"照片 photos: {len(d['photos'])}")
    return 0
