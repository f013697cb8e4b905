"""``inspector inspections list|show``: inspections without the GUI."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime

from inspector.cli.common import context_from_args
from inspector.cli.language import language_code, say, tr
from inspector.domain.distance import computed_method_text
from inspector.domain.policy import METHODS
from inspector.domain.site_kinds import kind_label
from inspector.domain.text import N_
from inspector.services.core.errors import UserError
from inspector.services.inspection.data import (
    RESULT_LABELS,
    STATUS_LABELS,
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
        raise argparse.ArgumentTypeError(
            say(N_("日期应写作 YYYY-MM-DD，收到 {!r}"), value)
        ) from None


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


# An item's state in the score, and an answer's outcome, as the command line names them.
ITEM_STATES = {
    "pass": N_("符合"),
    "fail": N_("不符合"),
    "na": N_("不适用"),
    "unanswered": N_("未答"),
    "answered": N_("已答"),
    "hidden": N_("不涉及"),
}


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


def _label(table: dict[str, str], code: str | None) -> str:
    """A status, result or item state in the command line's language (the code if unknown)."""
    text = table.get(code or "", code or "")
    return tr(text) if text else ""


def _kind(code: str) -> str:
    return kind_label(code, language_code())


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
        flags = " " + say(N_("⚠距离复测")) if d["distance_warning"] else ""
        if d["amendment_count"]:
            flags += " " + say(N_("更正 {} 次"), d["amendment_count"])
        print(
            say(
                N_("{}  {}  {}  {}（{}，{}）  {}  {}{}"),
                d["id"][:8],
                _local(d["started_at"]),
                _label(STATUS_LABELS, d["status"]),
                d["site_name"],
                _kind(d["site_kind"]),
                d["grid"] or "-",
                _score_text(d),
                _label(RESULT_LABELS, d["result"]),
                flags,
            )
        )
    print(say(N_("共 {} 条，显示 {} 条。"), total, len(rows)))
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
    lang = language_code()
    print(say(N_("检查编号：{}"), d["id"]))
    print(
        say(N_("场所：{}（{}）  网格：{}"), d["site_name"], _kind(d["site_kind"]), d["grid"] or "-")
    )
    print(
        say(N_("状态：{}  开始：{}"), _label(STATUS_LABELS, d["status"]), _local(d["started_at"]))
    )
    if d["finished_at"]:
        print(say(N_("完成：{}  内容哈希：{}"), _local(d["finished_at"]), d["content_hash"]))
        if d["content_hash_ok"]:
            print(say(N_("内容校验：一致，记录自完成后未被改动。")))
        else:
            print(say(N_("内容校验：不一致！记录在完成后被改动过。")))
        if d["amendment_count"]:
            print(say(N_("更正：{} 次（原始答案保留，见 [更正] 标记）"), d["amendment_count"]))
    lead = say(N_("{}（{}）"), d["lead_inspector"], d["lead_inspector_id_no"] or "-")
    co = "-"
    if d["co_inspector"]:
        co = say(N_("{}（{}）"), d["co_inspector"], d["co_inspector_id_no"] or "-")
    print(say(N_("检查员：{}，{}"), lead, co))
    print(say(N_("地点：{}  坐标：{}, {}"), d["location_text"] or "-", d["lat"], d["lon"]))
    if d["nearest_school"]:
        print(
            say(
                N_("最近学校：{} 直线 {} 米（限值 {:g} 米）"),
                d["nearest_school"],
                d["computed_distance_m"],
                d["distance_limit_m"],
            )
        )
        print(f"  {computed_method_text(d['distance_method'], lang)}")
        if d["distance_basis"]:
            print("  " + say(N_("依据：{}"), d["distance_basis"]))
    print(say(N_("得分：{}  结果：{}"), _score_text(d), _label(RESULT_LABELS, d["result"])))
    for it, ref in zip(d["items"], view.items, strict=True):
        value = it["value"] or {}
        outcome = value.get("outcome")
        shown = next(
            (str(v) for k, v in value.items() if v is not None and k != "outcome"),
            _label(ITEM_STATES, outcome) if outcome else "—",
        )
        mark = " " + say(N_("[更正]")) if it["amendments"] else ""
        ded = f" -{it['deduction']:g}" if it["deduction"] else ""
        state = _label(ITEM_STATES, it["status"])
        print(f"  {it['code']:<8} {state:<10} {shown}{ded}{mark}  {ref.item.text.get(lang)}")
    for m in d["measurements"]:
        print(
            "  "
            + say(
                N_("测距 {}：{} 米  {} → {}"),
                METHODS[m["method"]].get(lang) if m["method"] in METHODS else m["method"],
                m["distance_m"],
                m["start_point"],
                m["end_point"],
            )
        )
    print(say(N_("照片：{} 张"), len(d["photos"])))
    return 0
