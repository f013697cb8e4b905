"""``inspector schools boundary|recheck``: campus lines and the 200 m re-check.

Added to the ``schools`` command of :mod:`inspector.cli.register`.
"""

from __future__ import annotations

import argparse
import json

from inspector.cli.common import context_from_args, path_arg
from inspector.cli.language import tr
from inspector.domain.site_kinds import kind_label
from inspector.domain.text import N_


def add_commands(psub: argparse._SubParsersAction) -> None:
    """The subcommands of ``inspector schools`` that this module owns."""
    b = psub.add_parser(
        "boundary",
        help=tr(
            N_("从 GeoJSON 文件录入一所学校的校园边界（多边形，角点按顺序），或用 --export 导出")
        ),
    )
    b.add_argument("school", help=tr(N_("学校全称或系统编号")))
    b.add_argument("file", type=path_arg, help=tr(N_("GeoJSON 文件（[经度, 纬度]）")))
    b.add_argument(
        "--datum", help=tr(N_("文件的坐标系：WGS-84、CGCS2000、GCJ-02、BD-09（默认 WGS-84）"))
    )
    b.add_argument("--export", action="store_true", help=tr(N_("把已录入的边界写入 FILE")))
    b.set_defaults(func=cmd_boundary)
    r = psub.add_parser(
        "recheck",
        help=tr(
            N_(
                "按现行方法复核受距离限制的场所：最近学校、距离、方法、结论，及与上次签署结论是否不同"
            )
        ),
    )
    r.add_argument("--json", action="store_true", help=tr(N_("输出 JSON")))
    r.set_defaults(func=cmd_recheck)


def cmd_boundary(args: argparse.Namespace) -> int:
    from inspector.services.register import school_boundary

    ctx = context_from_args(args)
    try:
        if args.export:
            school = school_boundary.export_geojson(ctx, args.school, args.file)
            print(
                f"已导出“{school.name}”的校园边界（{len(school.boundary)} 个角点）到 {args.file}。"
            )
            return 0
        school = school_boundary.import_geojson(ctx, args.school, args.file, args.datum)
    finally:
        ctx.close()
    print(f"已录入“{school.name}”的校园边界：{len(school.boundary)} 个角点。")
    return 0


def cmd_recheck(args: argparse.Namespace) -> int:
    from inspector.services.register.distance_recheck import VERDICT_TEXT, recheck

    ctx = context_from_args(args)
    try:
        lines = recheck(ctx)
    finally:
        ctx.close()
    if args.json:
        print(json.dumps([x.to_data() for x in lines], ensure_ascii=False, indent=2))
        return 0
    differ = 0
    for x in lines:
        dist = "—" if x.distance_m is None else f"{x.distance_m:.1f} 米"
        limit = "" if x.limit_m is None else f"（限值 {x.limit_m:g} 米）"
        print(
            f"{x.site_name}［{kind_label(x.site_kind)}］ 最近学校：{x.school or '—'}  {dist}{limit}"
        )
        print(f"    现行：{VERDICT_TEXT[x.verdict]}；{x.method_text or '无坐标或无学校'}")
        if x.signed is None:
            print("    上次签署：无已完成的检查")
        else:
            sd = "—" if x.signed.distance_m is None else f"{x.signed.distance_m:.1f} 米"
            mark = "  ⚠ 结论不同" if x.differs else ""
            print(
                f"    上次签署：{VERDICT_TEXT[x.signed.verdict]}，{sd}，"
                f"{x.signed.method_text}{mark}"
            )
        differ += x.differs
    print(
        f"共 {len(lines)} 个受限场所，{differ} 个与上次签署的结论不同。checked {len(lines)}, differ {differ}"
    )
    return 0
