"""``inspector schools boundary|recheck``: campus lines and the 200 m re-check.

Added to the ``schools`` command of :mod:`inspector.cli.register`.
"""

from __future__ import annotations

import argparse
import json

from inspector.cli.common import context_from_args, path_arg
from inspector.cli.language import language_code, say, tr
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
                say(
                    N_("已导出“{}”的校园边界（{} 个角点）到 {}。"),
                    school.name,
                    len(school.boundary),
                    args.file,
                )
            )
            return 0
        school = school_boundary.import_geojson(ctx, args.school, args.file, args.datum)
    finally:
        ctx.close()
    print(say(N_("已录入“{}”的校园边界：{} 个角点。"), school.name, len(school.boundary)))
    return 0


def _method(code: str, measured: bool) -> str:
    """A measuring method (measured) or a computed line's method, in the command line's language."""
    from inspector.domain.distance import computed_method_text
    from inspector.domain.policy import METHODS

    if measured:
        return METHODS[code].get(language_code()) if code in METHODS else code
    return computed_method_text(code, language_code())


def _deciding(code: str, role: str) -> str:
    """Which method the policy decides this kind by, and what the straight line shown is worth."""
    from inspector.services.register.distance_recheck import LOWER_BOUND

    name = _method(code, True)
    if role == LOWER_BOUND:
        return say(
            N_(
                "定论方法：{}（政策对此类场所的规定）；上列为坐标计算的直线距离，"
                "步行距离不会短于它，只作下限核对，不作定论"
            ),
            name,
        )
    return say(N_("定论方法：{}（政策对此类场所的规定）；上列坐标计算的直线距离即按此方法"), name)


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
    lang = language_code()
    for x in lines:
        dist = "—" if x.distance_m is None else say(N_("{:.1f} 米"), x.distance_m)
        limit = "" if x.limit_m is None else say(N_("（限值 {:g} 米）"), x.limit_m)
        kind = kind_label(x.site_kind, lang)
        school = x.school or "—"
        print(say(N_("{}［{}］ 最近学校：{}  {}{}"), x.site_name, kind, school, dist, limit))
        method = _method(x.method, False) if x.method_text else say(N_("无坐标或无学校"))
        print("    " + say(N_("现行：{}；{}"), tr(VERDICT_TEXT[x.verdict]), method))
        print("    " + _deciding(x.deciding_method, x.computed_role))
        if x.signed is None:
            print("    " + say(N_("上次签署：无已完成的检查")))
        else:
            sd = "—" if x.signed.distance_m is None else say(N_("{:.1f} 米"), x.signed.distance_m)
            mark = "  " + say(N_("⚠ 结论不同")) if x.differs else ""
            verdict = tr(VERDICT_TEXT[x.signed.verdict])
            method = _method(x.signed.method, x.signed.measured)
            print("    " + say(N_("上次签署：{}，{}，{}"), verdict, sd, method) + mark)
        differ += x.differs
    print(say(N_("共 {} 个受限场所，{} 个与上次签署的结论不同。"), len(lines), differ))
    return 0
