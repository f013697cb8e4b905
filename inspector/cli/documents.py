"""Paperwork commands: ``report``, ``notice``, ``verify``, ``keys`` and ``numbers``.

``report`` and ``notice`` run headless: the key passphrase comes from
``INSPECTOR_KEY_PASSPHRASE`` or a prompt. ``verify`` exits 0 only when the
signature is intact, valid, trusted and the record hash agrees with the
database; 1 when it is not; 2 for errors the user can fix.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from inspector.cli.common import context_from_args, path_arg
from inspector.cli.language import said, say, tr
from inspector.domain.text import N_
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.store.atomic import copy_durably


def register(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("report", help=tr(N_("生成签名的现场检查记录 PDF")))
    r.add_argument("inspection_id", help=tr(N_("检查记录标识（可只写开头几位）")))
    r.add_argument("-o", "--output", type=path_arg, required=True, help=tr(N_("输出的 PDF 文件")))
    r.add_argument("--unsigned", action="store_true", help=tr(N_("不做数字签名（仅供预览）")))
    r.set_defaults(func=cmd_report)

    n = sub.add_parser("notice", help=tr(N_("生成签名的限期整改通知书 PDF")))
    n.add_argument("inspection_id", help=tr(N_("检查记录标识（可只写开头几位）")))
    n.add_argument("-o", "--output", type=path_arg, required=True, help=tr(N_("输出的 PDF 文件")))
    n.add_argument(
        "--days",
        action="append",
        default=[],
        metavar=tr(N_("项目编号=天数")),
        help=tr(N_("修改某一项的整改期限，如 --days IC-03=10（可重复）")),
    )
    n.add_argument("--unsigned", action="store_true", help=tr(N_("不做数字签名（仅供预览）")))
    n.set_defaults(func=cmd_notice)

    d = sub.add_parser(
        "documents", help=tr(N_("一步生成签名的检查记录和（有不合格项时）整改通知书"))
    )
    d.add_argument("inspection_id", help=tr(N_("检查记录标识（可只写开头几位）")))
    d.add_argument(
        "-o", "--output-dir", type=path_arg, help=tr(N_("另存到此文件夹（默认只存于数据目录）"))
    )
    d.set_defaults(func=cmd_documents)

    sv = sub.add_parser(
        "served", help=tr(N_("登记整改通知书的送达时间，并生成回证写明送达时间的新版通知书"))
    )
    sv.add_argument("number", help=tr(N_("整改通知书编号（或检查记录标识的开头几位）")))
    sv.add_argument(
        "--at", required=True, help=tr(N_("实际送达时间（本地时间），如 2026-12-05 10:30"))
    )
    sv.add_argument("--server", default="", help=tr(N_("送达人姓名（默认：主办检查人员）")))
    sv.add_argument("-o", "--output", type=path_arg, help=tr(N_("另存新版通知书到此文件")))
    sv.set_defaults(func=cmd_served)

    v = sub.add_parser("verify", help=tr(N_("验证 PDF 的数字签名：有效且受信任时退出码为 0")))
    v.add_argument("file", type=path_arg, help=tr(N_("要验证的 PDF 文件")))
    v.set_defaults(func=cmd_verify)

    k = sub.add_parser("keys", help=tr(N_("签名密钥、证书与信任列表")))
    ksub = k.add_subparsers(dest="keys_command", metavar=tr(N_("子命令")))
    ksub.add_parser("show", help=tr(N_("显示签名证书"))).set_defaults(func=cmd_keys_show)
    c = ksub.add_parser("create", help=tr(N_("生成密钥和自签名证书（口令取自环境变量或提示输入）")))
    c.add_argument("--trust", action="store_true", help=tr(N_("同时把证书加入本机信任列表")))
    c.set_defaults(func=cmd_keys_create)
    i = ksub.add_parser("import", help=tr(N_("导入单位签发的 PKCS#12（.p12/.pfx）证书")))
    i.add_argument("file", type=path_arg)
    i.set_defaults(func=cmd_keys_import)
    t = ksub.add_parser("trust", help=tr(N_("把证书文件加入信任列表")))
    t.add_argument("file", type=path_arg)
    t.set_defaults(func=cmd_keys_trust)
    e = ksub.add_parser("export-cert", help=tr(N_("导出本人证书（交创建办加入信任列表）")))
    e.add_argument("file", type=path_arg)
    e.set_defaults(func=cmd_keys_export)
    d = ksub.add_parser("trust-dir", help=tr(N_("显示或设置信任列表文件夹")))
    d.add_argument("folder", nargs="?", type=path_arg)
    d.set_defaults(func=cmd_keys_trust_dir)

    nb = sub.add_parser("numbers", help=tr(N_("文书编号段")))
    nbsub = nb.add_subparsers(dest="numbers_command", metavar=tr(N_("子命令")))
    nbsub.add_parser("show", help=tr(N_("显示当前编号段和剩余数量"))).set_defaults(
        func=cmd_numbers_show
    )
    ns = nbsub.add_parser("set", help=tr(N_("设置创建办分配的编号段")))
    ns.add_argument("prefix", help=tr(N_("编号前缀，如 苏仙巡〔2026〕")))
    ns.add_argument("first", type=int)
    ns.add_argument("last", type=int)
    ns.set_defaults(func=cmd_numbers_set)


def resolve_inspection(ctx: AppContext, text: str) -> str:
    """The full inspection id for an id or a unique prefix of one."""
    from sqlmodel import select

    from inspector.store.engine import read_session
    from inspector.store.models import Inspection

    text = text.strip()
    with read_session(ctx.engine) as s:
        if s.get(Inspection, text) is not None:
            return text
        found = list(s.exec(select(Inspection.id).where(Inspection.id.startswith(text))).all())
    if not text or not found:
        raise UserError("找不到检查记录 {}。", text)
    if len(found) > 1:
        raise UserError("“{}”对应 {} 条检查记录，请多写几位。", text, len(found))
    return found[0]


def passphrase_for(ctx: AppContext, *, new: bool = False) -> str | None:
    """The key passphrase: the environment's, else a prompt; None when the key needs none."""
    from inspector.services.paperwork.keys import key_info, passphrase_from_env

    info = key_info(ctx)
    if info is not None and not info.protected and not new:
        return None
    env = passphrase_from_env()
    if env:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        value = getpass.getpass(say(N_("签名密钥口令：")))
        if new and getpass.getpass(say(N_("再输入一次："))) != value:
            raise UserError("两次输入的口令不一致。")
        return value
    raise UserError("需要签名密钥口令：请设置环境变量 INSPECTOR_KEY_PASSPHRASE，或在终端中运行。")


def _produce(args: argparse.Namespace, kind: str, days: dict[str, int] | None) -> int:
    from inspector.services.paperwork import documents
    from inspector.services.paperwork.keys import ensure_identity, key_info

    ctx = context_from_args(args)
    try:
        inspection_id = resolve_inspection(ctx, args.inspection_id)
        passphrase = None
        if not args.unsigned:
            passphrase = passphrase_for(ctx, new=key_info(ctx) is None)
            ensure_identity(ctx, passphrase)  # makes the key on first use
        out = documents.produce(
            ctx, kind, inspection_id, passphrase, days=days, sign=not args.unsigned
        )
        args.output.parent.mkdir(parents=True, exist_ok=True)
        copy_durably(out.path, args.output)
        from inspector.reports.fonts import register_cjk_font

        font = register_cjk_font(ctx.settings.font_path or None)
        if not font.embedded:
            print(say(N_("警告：{}"), font.message), file=sys.stderr)
        state = say(N_("已签名")) if out.signed else say(N_("未签名"))
        print(_made(kind, out.number, out.pages, state, args.output))
        return 0
    finally:
        ctx.close()


def cmd_documents(args: argparse.Namespace) -> int:
    from inspector.services.paperwork import documents
    from inspector.services.paperwork.keys import ensure_identity, key_info

    ctx = context_from_args(args)
    try:
        inspection_id = resolve_inspection(ctx, args.inspection_id)
        passphrase = passphrase_for(ctx, new=key_info(ctx) is None)
        ensure_identity(ctx, passphrase)
        made = documents.produce_documents(ctx, inspection_id, passphrase)
        for out in made:
            target = out.path
            if args.output_dir is not None:
                args.output_dir.mkdir(parents=True, exist_ok=True)
                target = args.output_dir / out.path.name
                copy_durably(out.path, target)
            print(_made(out.kind, out.number, out.pages, say(N_("已签名")), target))
        return 0
    finally:
        ctx.close()


def _made(kind: str, number: str, pages: int, state: str, target: object) -> str:
    """The line for a document written: its kind, number, pages, signed or not, where."""
    from inspector.domain.text import Message
    from inspector.services.paperwork.documents import KIND_LABELS

    return say(
        N_("{} {}（{} 页，{}）→ {}"), Message(KIND_LABELS[kind]), number, pages, state, target
    )


def cmd_report(args: argparse.Namespace) -> int:
    return _produce(args, "record", None)


def cmd_notice(args: argparse.Namespace) -> int:
    days: dict[str, int] = {}
    for spec in args.days:
        code, _, value = spec.partition("=")
        if not code or not value.strip().isdigit():
            raise UserError("--days {} 的格式应为 项目编号=天数，如 IC-03=10。", spec)
        days[code.strip()] = int(value)
    return _produce(args, "notice", days)


def notice_inspection(ctx: AppContext, text: str) -> str:
    """The inspection of the notice numbered ``text`` (any version), else an inspection id."""
    from sqlmodel import select

    from inspector.store.engine import read_session
    from inspector.store.models import GeneratedDocument

    with read_session(ctx.engine) as s:
        found = s.exec(
            select(GeneratedDocument.inspection_id).where(
                GeneratedDocument.kind == "notice", GeneratedDocument.number == text.strip()
            )
        ).first()
    return found or resolve_inspection(ctx, text)


def cmd_served(args: argparse.Namespace) -> int:
    from inspector.services.paperwork import documents
    from inspector.services.paperwork.notice_service import parse_local_time

    served_at = parse_local_time(args.at)
    ctx = context_from_args(args)
    try:
        inspection_id = notice_inspection(ctx, args.number)
        passphrase = passphrase_for(ctx)
        out = documents.record_service(ctx, inspection_id, served_at, args.server, passphrase)
        target = out.path
        if args.output is not None:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            copy_durably(out.path, args.output)
            target = args.output
        with_version = out.path.stem.rsplit("-v", 1)
        version = with_version[1] if len(with_version) == 2 and with_version[1].isdigit() else "1"
        print(say(N_("已登记送达时间 {}。"), f"{served_at:%Y-%m-%d %H:%M}"))
        print(
            say(
                N_("整改通知书 {} 第 {} 版（{} 页，已签名）→ {}"),
                out.number,
                version,
                out.pages,
                target,
            )
        )
        return 0
    finally:
        ctx.close()


def cmd_verify(args: argparse.Namespace) -> int:
    from inspector.services.paperwork.documents import verify_document

    if not args.file.is_file():
        raise UserError("文件不存在：{}", args.file)
    ctx = context_from_args(args, write=False)
    try:
        check = verify_document(ctx, args.file)
    finally:
        ctx.close()
    for line in check.lines():
        print(said(line))
    return 0 if check.ok else 1


def cmd_keys_show(args: argparse.Namespace) -> int:
    from inspector.services.paperwork.keys import key_info, trust_dir

    ctx = context_from_args(args, write=False)
    try:
        info = key_info(ctx)
        print(say(N_("信任列表文件夹：{}"), trust_dir(ctx)))
        if info is None:
            print(say(N_("尚未生成签名密钥（首次签名时自动生成，或运行 inspector keys create）。")))
            return 0
        yes, no = say(N_("是")), say(N_("否"))
        print(say(N_("证书主体：{}"), info.subject))
        print(say(N_("指纹 SHA-256：{}"), info.fingerprint))
        kinds = {"self-signed": N_("自签名"), "imported": N_("单位签发（已导入）")}
        if info.label == "demo":
            print(say(N_("类型：演示用，无口令")))
        else:
            print(say(N_("类型：{}"), tr(kinds[info.label]) if info.label in kinds else info.label))
        print(say(N_("口令保护：{}"), yes if info.protected else no))
        print(say(N_("有效期至：{}"), f"{info.not_after:%Y-%m-%d}"))
        print(say(N_("在信任列表中：{}"), yes if info.trusted else no))
        return 0
    finally:
        ctx.close()


def cmd_keys_create(args: argparse.Namespace) -> int:
    from inspector.services.paperwork.keys import create_self_signed

    ctx = context_from_args(args)
    try:
        info = create_self_signed(ctx, passphrase_for(ctx, new=True) or "", trust=args.trust)
        print(say(N_("已生成签名证书：{}"), info.subject))
        print(say(N_("指纹 SHA-256：{}"), info.fingerprint))
        return 0
    finally:
        ctx.close()


def cmd_keys_import(args: argparse.Namespace) -> int:
    from inspector.services.paperwork.keys import import_pkcs12

    ctx = context_from_args(args)
    try:
        p12_password = getpass.getpass(say(N_("PKCS#12 文件密码："))) if sys.stdin.isatty() else ""
        info = import_pkcs12(ctx, args.file, p12_password, passphrase_for(ctx, new=True) or "")
        print(say(N_("已导入证书：{}"), info.subject))
        return 0
    finally:
        ctx.close()


def cmd_keys_trust(args: argparse.Namespace) -> int:
    from inspector.services.paperwork.keys import add_trusted, cert_der_from_file

    ctx = context_from_args(args)
    try:
        for der in cert_der_from_file(args.file):
            print(say(N_("已加入信任列表：{}"), add_trusted(ctx, der, args.file.stem)))
        return 0
    finally:
        ctx.close()


def cmd_keys_export(args: argparse.Namespace) -> int:
    from inspector.services.paperwork.keys import key_info

    ctx = context_from_args(args)
    try:
        info = key_info(ctx)
        if info is None:
            raise UserError("尚未生成签名密钥。")
        copy_durably(info.cert_path, args.file)
        print(say(N_("证书已导出：{}"), args.file))
        return 0
    finally:
        ctx.close()


def cmd_keys_trust_dir(args: argparse.Namespace) -> int:
    from inspector.services.paperwork.keys import set_trust_dir, trust_dir

    ctx = context_from_args(args)
    try:
        if args.folder is not None:
            set_trust_dir(ctx, args.folder.resolve())
        print(trust_dir(ctx))
        return 0
    finally:
        ctx.close()


def cmd_numbers_show(args: argparse.Namespace) -> int:
    from inspector.services.paperwork.numbering import block_config, remaining

    ctx = context_from_args(args)
    try:
        cfg = block_config(ctx)
        block = f"{cfg.prefix}{cfg.first:0{cfg.width}d}–{cfg.last:0{cfg.width}d}"
        if cfg.provisional:
            print(say(N_("编号段：{}（临时编号段：请在设置中填写创建办分配的编号段）"), block))
        else:
            print(say(N_("编号段：{}"), block))
        print(say(N_("剩余：{}"), remaining(ctx)))
        return 0
    finally:
        ctx.close()


def cmd_numbers_set(args: argparse.Namespace) -> int:
    from inspector.services.paperwork.numbering import set_block

    ctx = context_from_args(args)
    try:
        cfg = set_block(ctx, args.prefix, args.first, args.last)
        block = f"{cfg.prefix}{cfg.first:0{cfg.width}d}–{cfg.last:0{cfg.width}d}"
        print(say(N_("编号段已设置：{}"), block))
        return 0
    finally:
        ctx.close()
