"""Sync commands: ``export``, ``office …``, ``bundle import`` and ``device info``."""

from __future__ import annotations

import argparse
import logging
import sys

from inspector.cli.common import context_from_args, path_arg
from inspector.cli.language import listing, said, said_in, said_stored, say, tr
from inspector.domain.text import N_
from inspector.services.sync import bundle as bundles
from inspector.services.sync import service as sync
from inspector.services.sync.field_names import FIELDS, field_names

# A package's import outcome, as the command line names it.
RESULT_TEXT = {
    "imported": N_("已导入"),
    "duplicate": N_("重复"),
    "rejected": N_("拒收"),
    "cancelled": N_("已取消"),
}


# A synced table as the office knows it (the sync page's names), never the internal name.
TABLE_NAMES = {
    "site": N_("场所"),
    "licence": N_("证照"),
    "school": N_("学校"),
    "school_point": N_("学校点位"),
    "inspection": N_("检查"),
    "inspection_template": N_("检查表"),
    "answer": N_("检查项"),
    "photo": N_("照片"),
    "hand_signature": N_("手写签名"),
    "generated_document": N_("文书"),
    "issued_number": N_("文书编号"),
    "rectification_case": N_("整改"),
    "case_carry": N_("复查带入的整改"),
    "audit_log": N_("修改记录"),
    "document_number_block": N_("编号段"),
    "amendment": N_("更正"),
    "distance_measurement": N_("距离测量"),
    "notice_service": N_("送达记录"),
}
OTHER_RECORDS = N_("其他记录")


# A conflict's kind, as the sync page names it.
CONFLICT_KINDS = {
    "concurrent": N_("两处同时修改"),
    "finished": N_("已完成的检查"),
    "foreign": N_("另一台设备的记录"),
}


def _result(code: str) -> str:
    return tr(RESULT_TEXT[code]) if code in RESULT_TEXT else code


def register(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("export", help=tr(N_("导出自上次确认以来的全部更改（签名数据包）")))
    e.add_argument(
        "--to", required=True, type=path_arg, help=tr(N_("写入数据包的文件夹（如 U 盘）"))
    )
    enc = e.add_mutually_exclusive_group()
    enc.add_argument(
        "--encrypt", dest="encrypt", action="store_true", default=None, help=tr(N_("加密给办公室"))
    )
    enc.add_argument("--no-encrypt", dest="encrypt", action="store_false", help=tr(N_("不加密")))
    e.set_defaults(func=cmd_export)

    o = sub.add_parser("office", help=tr(N_("办公室：密钥、设备登记、收件导入、配置包、冲突")))
    osub = o.add_subparsers(dest="office_command", metavar=tr(N_("子命令")))
    init = osub.add_parser("init", help=tr(N_("生成办公室密钥并切换到办公室模式")))
    init.add_argument("--name", default="", help=tr(N_("办公室名称，如 东风街道创建办")))
    init.add_argument(
        "--require-encryption", action="store_true", help=tr(N_("只接收加密的数据包"))
    )
    init.set_defaults(func=cmd_office_init)
    reg = osub.add_parser("register-device", help=tr(N_("登记一台外勤设备（设备信息文件）")))
    reg.add_argument("file", type=path_arg)
    reg.add_argument("--name", default="", help=tr(N_("设备名称（默认取设备信息文件中的）")))
    reg.set_defaults(func=cmd_register)
    rev = osub.add_parser("revoke-device", help=tr(N_("吊销一台设备：之后不再接收它的数据包")))
    rev.add_argument("device_id")
    rev.set_defaults(func=cmd_revoke)
    osub.add_parser("devices", help=tr(N_("列出已登记的设备"))).set_defaults(func=cmd_devices)
    imp = osub.add_parser("import", help=tr(N_("导入收件文件夹中的新数据包")))
    imp.add_argument(
        "dir", nargs="?", type=path_arg, help=tr(N_("收件文件夹（默认：设置中的收件夹）"))
    )
    imp.set_defaults(func=cmd_import)
    b = osub.add_parser("bundle", help=tr(N_("生成签名的办公室配置包")))
    b.add_argument("-o", "--output", required=True, type=path_arg)
    b.add_argument(
        "--builtin-policy",
        action="store_true",
        help=tr(N_("不带策略文件，并让各设备恢复内置策略")),
    )
    b.set_defaults(func=cmd_bundle)
    osub.add_parser("log", help=tr(N_("导入日志"))).set_defaults(func=cmd_log)
    certs = osub.add_parser("certs", help=tr(N_("设备送来的检查人员证书：列出、确认信任")))
    csub = certs.add_subparsers(dest="certs_command", metavar=tr(N_("子命令")))
    cl = csub.add_parser("list", help=tr(N_("列出证书（默认只列待确认的）")))
    cl.add_argument("--all", action="store_true", help=tr(N_("也列出已确认的")))
    cl.set_defaults(func=cmd_certs_list)
    ca = csub.add_parser("accept", help=tr(N_("确认信任一张证书（写入配置包的证书）")))
    ca.add_argument("fingerprint", help=tr(N_("证书的 SHA-256 指纹（可只写前几位）")))
    ca.add_argument("--by", default="", help=tr(N_("确认人")))
    ca.set_defaults(func=cmd_certs_accept)
    osub.add_parser("conflicts", help=tr(N_("列出待处理的冲突"))).set_defaults(func=cmd_conflicts)
    res = osub.add_parser("resolve", help=tr(N_("处理一条冲突")))
    res.add_argument("conflict_id", help=tr(N_("冲突编号（可只写前几位）")))
    res.add_argument("--keep", required=True, choices=["current", "incoming"])
    res.add_argument("--reason", required=True)
    res.add_argument("--resolver", default="")
    res.set_defaults(func=cmd_resolve)
    from inspector.cli.numbers import add_numbers

    add_numbers(osub)

    bd = sub.add_parser("bundle", help=tr(N_("外勤设备：导入办公室配置包")))
    bsub = bd.add_subparsers(dest="bundle_command", metavar=tr(N_("子命令")))
    bi = bsub.add_parser("import", help=tr(N_("验证并安装办公室配置包")))
    bi.add_argument("file", type=path_arg)
    bi.add_argument(
        "--accept-fingerprint", default=None, help=tr(N_("首次使用时确认办公室密钥指纹"))
    )
    bi.set_defaults(func=cmd_bundle_import)

    dv = sub.add_parser("device", help=tr(N_("本机设备身份")))
    dsub = dv.add_subparsers(dest="device_command", metavar=tr(N_("子命令")))
    di = dsub.add_parser("info", help=tr(N_("显示设备编号和公钥指纹")))
    di.add_argument("--card", type=path_arg, help=tr(N_("同时写出设备信息文件（交办公室登记）")))
    di.set_defaults(func=cmd_device_info)


def cmd_export(args) -> int:
    ctx = context_from_args(args)
    try:
        res = sync.export_changes(ctx, args.to, encrypt=args.encrypt)
        print(say(N_("已导出 {}"), res.path))
        if res.encrypted:
            template = N_("记录 {} 条，文件 {} 个，{} 字节，已加密给办公室。")
        else:
            template = N_("记录 {} 条，文件 {} 个，{} 字节，未加密。")
        print(say(template, res.record_count, res.files, res.size))
        for missing in res.missing_files:
            print(say(N_("警告：找不到文件 {}，未包含在数据包中。"), missing), file=sys.stderr)
    finally:
        ctx.close()
    return 0


def cmd_office_init(args) -> int:
    ctx = context_from_args(args)
    try:
        office = sync.office_init(ctx, args.name, require_encryption=args.require_encryption)
        print(say(N_("办公室：{}"), office.name))
        print(say(N_("密钥指纹：{}"), office.fingerprint))
        print(say(N_("收件文件夹：{}"), sync.inbox_dir(ctx)))
        print(say(N_("拒收文件夹：{}"), sync.refused_dir(ctx)))
    finally:
        ctx.close()
    return 0


def cmd_register(args) -> int:
    ctx = context_from_args(args)
    try:
        dev = sync.register_device(ctx, args.file, args.name)
        print(say(N_("已登记设备 {}（{}），指纹 {}"), dev.name, dev.device_id, dev.fingerprint))
    finally:
        ctx.close()
    return 0


def cmd_revoke(args) -> int:
    ctx = context_from_args(args)
    try:
        sync.revoke_device(ctx, args.device_id)
        print(say(N_("已吊销设备 {}"), args.device_id))
    finally:
        ctx.close()
    return 0


def cmd_devices(args) -> int:
    ctx = context_from_args(args, write=False)
    try:
        for d in sync.list_devices(ctx):
            state = say(N_("已吊销")) if d.revoked else say(N_("有效"))
            print(f"{d.device_id}  {d.name}  {d.fingerprint}  {state}")
    finally:
        ctx.close()
    return 0


def cmd_import(args) -> int:
    from inspector.services.core.errors import UserError

    ctx = context_from_args(args)
    try:
        sync.office_private_keys(ctx)
        try:
            reports = sync.import_inbox(ctx, args.dir)
        except UserError:
            raise
        except Exception:  # never a traceback for the user: the log file has it
            logging.getLogger("inspector.sync").exception("office import failed")
            print(say(N_("错误：导入时发生内部错误，详情已写入日志文件。")), file=sys.stderr)
            return 2
        if not reports:
            print(say(N_("没有新的数据包。")))
        bad = 0
        for r in reports:
            line = f"{r.package}: {_result(r.result)} — {said(r.message)}"
            if r.result == "rejected":
                bad += 1
                if r.refused_to:
                    line += say(N_("（已移到 {}）"), r.refused_to)
                print(line, file=sys.stderr)
            else:
                print(line)
    finally:
        ctx.close()
    return 2 if bad else 0


def cmd_certs_list(args) -> int:
    ctx = context_from_args(args)
    try:
        rows = sync.pending_certificates(ctx, None if args.all else "pending")
        if not rows:
            print(say(N_("没有待确认的证书。")))
        for c in rows:
            state = say(N_("已确认")) if c.status == "accepted" else say(N_("待确认"))
            expires = f"{c.not_after:%Y-%m-%d}"
            print(say(N_("{}  {}  设备 {}  到期 {}"), c.fingerprint, state, c.device_id, expires))
            print(f"    {c.subject}")
    finally:
        ctx.close()
    return 0


def cmd_certs_accept(args) -> int:
    ctx = context_from_args(args)
    try:
        c = sync.accept_certificate(ctx, args.fingerprint, args.by)
        print(
            say(
                N_("已信任证书 {}（指纹 {}，来自设备 {}）。"), c.subject, c.fingerprint, c.device_id
            )
        )
        print(say(N_("下一个办公室配置包会把它带给各设备。")))
    finally:
        ctx.close()
    return 0


def cmd_bundle(args) -> int:
    ctx = context_from_args(args)
    try:
        path = bundles.build_office_bundle(ctx, args.output, builtin_policy=args.builtin_policy)
        office = sync.own_office(ctx)
        print(say(N_("已写出配置包 {}"), path))
        print(say(N_("办公室密钥指纹：{}"), office.fingerprint if office else ""))
    finally:
        ctx.close()
    return 0


def cmd_log(args) -> int:
    ctx = context_from_args(args, write=False)
    try:
        for row in sync.import_log(ctx):
            when = row.at.astimezone().strftime("%Y-%m-%d %H:%M")
            result = _result(row.result)
            message = said_stored(row.message)
            print(f"{when}  {row.package}  {row.device_id[:8]}  {row.records}  {result}  {message}")
    finally:
        ctx.close()
    return 0


def cmd_conflicts(args) -> int:
    ctx = context_from_args(args, write=False)
    try:
        rows = sync.list_conflicts(ctx)
        if not rows:
            print(say(N_("没有待处理的冲突。")))
        for c in rows:
            current, incoming = sync.conflict_versions(c)
            diff = sorted(k for k in incoming if incoming.get(k) != current.get(k))
            kind = tr(CONFLICT_KINDS[c.kind]) if c.kind in CONFLICT_KINDS else c.kind
            fields = listing([said_in(FIELDS, name) for name in field_names(diff)])
            print(
                say(
                    N_("{}  {}  {}  {}  不同字段：{}"),
                    c.id[:8],
                    tr(TABLE_NAMES.get(c.table_name, OTHER_RECORDS)),
                    c.row_id[:8],
                    kind,
                    fields,
                )
            )
    finally:
        ctx.close()
    return 0


def cmd_resolve(args) -> int:
    from inspector.services.core.errors import UserError

    ctx = context_from_args(args)
    try:
        matches = [c for c in sync.list_conflicts(ctx) if c.id.startswith(args.conflict_id)]
        if len(matches) != 1:
            raise UserError(
                "编号 {} 对应 {} 条待处理冲突，请写完整些。", args.conflict_id, len(matches)
            )
        sync.resolve_conflict(ctx, matches[0].id, args.keep, args.reason, args.resolver)
        print(say(N_("已处理。")))
    finally:
        ctx.close()
    return 0


def cmd_bundle_import(args) -> int:
    ctx = context_from_args(args)
    try:
        done = bundles.import_office_bundle(ctx, args.file, args.accept_fingerprint)
        print(
            say(
                N_("已安装办公室“{}”的第 {} 号配置包（指纹 {}）。"),
                done.office_name,
                done.sequence,
                done.fingerprint,
            )
        )
        print(
            say(
                N_("登记记录：新增 {}，更新 {}，保留本机更改 {}；确认已收到的导出 {} 个。"),
                done.inserted,
                done.updated,
                done.kept_local,
                done.acknowledged,
            )
        )
        if done.builtin_policy:
            print(say(N_("办公室要求使用内置策略：已恢复内置策略。")))
        if done.problems:
            print(said(done.kept_message), file=sys.stderr)
            return 2
    finally:
        ctx.close()
    return 0


def cmd_device_info(args) -> int:
    ctx = context_from_args(args)
    try:
        ident = sync.write_device_card(ctx, args.card) if args.card else sync.device_identity(ctx)
        print(say(N_("设备编号：{}"), ident.device_id))
        print(say(N_("设备名称：{}"), ident.name))
        print(say(N_("公钥指纹：{}"), ident.fingerprint))
        last = sync.last_export(ctx)
        if last:
            when = f"{last.created_at.astimezone():%Y-%m-%d %H:%M}"
            print(say(N_("上次导出：第 {} 号，{}"), last.sequence, when))
        office = sync.trusted_office(ctx)
        if office:
            print(say(N_("信任的办公室：{}（{}）"), office.name, office.fingerprint))
        if args.card:
            print(say(N_("已写出设备信息文件 {}"), args.card))
    finally:
        ctx.close()
    return 0
