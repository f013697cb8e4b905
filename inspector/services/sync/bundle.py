"""The office bundle: the office writes it, field installations verify and install it.

A field installation trusts the office key it accepted first (the user
confirms the fingerprint); later bundles must be signed by that same key.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from inspector.domain.text import Message, joined
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.settings import get_value, set_value
from inspector.services.sync import service as sync
from inspector.services.sync.bundle_checks import check_policy, check_templates
from inspector.store.atomic import fsync_dir, fsync_file
from inspector.store.engine import IMMEDIATE, is_sqlite
from inspector.store.models import SyncExport, SyncOffice, SyncRecord
from inspector.store.types import utcnow
from inspector.sync import keys
from inspector.sync.bundle import (
    BUILTIN_POLICY,
    Bundle,
    BundleManifest,
    build_bundle,
    read_bundle,
)
from inspector.sync.export import write_atomic
from inspector.sync.package import PackageRejected, iso, record_line
from inspector.sync.register_dedupe import dedupe_register
from inspector.sync.tables import active_tables, decode_row, encode_row, export_columns, row_hash

SEQUENCE_KEY = "sync.bundle_sequence"
TRUST_DIR_KEY = "documents.trust_dir"  # the paperwork capability's trust list folder


class UntrustedOffice(UserError):
    """The bundle's office key has not been accepted yet (or differs from the accepted one)."""

    def __init__(
        self, message: str, *args: object, office_name: str, fingerprint: str, changed: bool
    ):
        super().__init__(message, *args)
        self.office_name = office_name
        self.fingerprint = fingerprint
        self.changed = changed


@dataclass
class BundleInstall:
    office_name: str
    fingerprint: str
    first_time: bool
    sequence: int
    inserted: int = 0
    updated: int = 0
    kept_local: int = 0
    acknowledged: int = 0
    files: dict[str, int] = field(default_factory=dict)
    # templates/policy problems: when any, the current templates and policy were kept
    problems: list[str] = field(default_factory=list)
    builtin_policy: bool = False  # the office asked for the shipped policy, and it is back

    @property
    def kept_message(self) -> str:
        """The sentence saying the current templates and policy were kept ("" when not)."""
        if not self.problems:
            return ""
        return Message(
            "配置包中的检查表或策略文件有误，本机保留了原有的检查表和策略：{}",
            joined(self.problems),
        )


def _trust_dir(ctx: AppContext) -> Path:
    configured = get_value(ctx.engine, TRUST_DIR_KEY, "")
    return Path(configured) if configured else ctx.paths.keys / "trusted"


def _files_of(folder: Path | None, patterns: tuple[str, ...]) -> dict[str, bytes]:
    if folder is None or not folder.is_dir():
        return {}
    out = {}
    for pattern in patterns:
        for p in sorted(folder.glob(pattern)):
            if p.is_file():
                out[p.name] = p.read_bytes()
    return out


def build_office_bundle(ctx: AppContext, out: Path, *, builtin_policy: bool = False) -> Path:
    """Write the signed office bundle to ``out`` (office mode).

    The templates and policy files are checked first, as a device checks them;
    a problem in any of them means no bundle is written (UserError naming the
    file and line). With ``builtin_policy`` no policy files travel and the
    devices go back to the shipped policy.
    """
    signing, enc = sync.office_private_keys(ctx)
    office = sync.own_office(ctx)
    assert office is not None
    entries: dict[str, bytes] = {}
    records: dict[str, int] = {}
    tables: dict[str, tuple[list[str], list[dict]]] = {}
    with ctx.engine.connect() as conn:
        for spec, table in active_tables():
            if not spec.register:
                continue
            cols = export_columns(spec, table)
            db_rows = conn.execute(select(*[table.c[c] for c in cols]).order_by(table.c.id)).all()
            tables[spec.name] = (cols, [encode_row(cols, r) for r in db_rows])
    register, _dropped = dedupe_register({name: rows for name, (_c, rows) in tables.items()})
    for name, rows in register.items():
        if rows:
            entries[f"register/{name}.jsonl"] = b"".join(record_line(r, 0) for r in rows)
            records[name] = len(rows)
    template_dir = Path(ctx.settings.template_dir) if ctx.settings.template_dir else None
    policy_dir = Path(ctx.settings.policy_dir) if ctx.settings.policy_dir else None
    templates = _files_of(template_dir, ("*.yaml", "*.yml"))
    policy = {} if builtin_policy else _files_of(policy_dir, ("*",))
    problems: list[str] = [*check_templates(templates), *check_policy(policy)]
    if problems:
        raise UserError("配置包未写出：{}", joined(problems))
    for name, body in templates.items():
        entries[f"templates/{name}"] = body
    for name, body in policy.items():
        entries[f"policy/{name}"] = body
    certs = _files_of(ctx.paths.root / "office" / "certs", ("*.pem", "*.crt", "*.cer", "*.der"))
    certs.update(_files_of(_trust_dir(ctx), ("*.pem", "*.crt", "*.cer", "*.der")))
    for name, body in certs.items():
        entries[f"certs/{name}"] = body
    sequence = int(get_value(ctx.engine, SEQUENCE_KEY, 0)) + 1
    manifest = BundleManifest(
        office_name=office.name,
        signing_key=keys.public_b64(signing),
        encryption_key=keys.public_b64(enc),
        sequence=sequence,
        created_at=iso(utcnow()) or "",
        require_encryption=bool(get_value(ctx.engine, sync.REQUIRE_ENCRYPTION_KEY, False)),
        acknowledged=sync.acknowledgements(ctx),
        records=records,
        policy=BUILTIN_POLICY if builtin_policy else "",
    )
    data = build_bundle(manifest, entries, signing)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        write_atomic(out, data)
    except OSError as exc:
        raise UserError("无法写入配置包 {}：{}", out, exc.strerror or exc) from None
    set_value(ctx.engine, SEQUENCE_KEY, sequence)
    return out


def read_office_bundle(path: Path) -> Bundle:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("无法读取配置包 {}：{}", path, exc.strerror) from None
    try:
        return read_bundle(data)
    except PackageRejected as exc:
        raise UserError("配置包无效，未作任何更改：{}", exc) from None


def check_trust(ctx: AppContext, bundle: Bundle, accept_fingerprint: str | None) -> bool:
    """True on first use (after the fingerprint was confirmed); raise when not trusted."""
    m = bundle.manifest
    trusted = sync.trusted_office(ctx)
    if trusted is not None:
        if trusted.signing_key != m.signing_key:
            raise UntrustedOffice(
                "配置包不是由已信任的办公室“{}”（指纹 {}）签发的，"
                "而是由指纹 {} 的密钥签发，已拒绝。",
                trusted.name,
                trusted.fingerprint,
                m.fingerprint,
                office_name=m.office_name,
                fingerprint=m.fingerprint,
                changed=True,
            )
        return False
    if accept_fingerprint is None or keys.normalize_fingerprint(
        accept_fingerprint
    ) != keys.normalize_fingerprint(m.fingerprint):
        raise UntrustedOffice(
            "首次导入办公室“{}”的配置包，请与办公室核对密钥指纹：{}。"
            "核对无误后用 --accept-fingerprint 确认。",
            m.office_name,
            m.fingerprint,
            office_name=m.office_name,
            fingerprint=m.fingerprint,
            changed=False,
        )
    return True


def import_office_bundle(
    ctx: AppContext, path: Path, accept_fingerprint: str | None = None
) -> BundleInstall:
    """Verify and install an office bundle on a field installation."""
    bundle = read_office_bundle(path)
    first = check_trust(ctx, bundle, accept_fingerprint)
    m = bundle.manifest
    trusted = sync.trusted_office(ctx)
    if trusted is not None and m.sequence < trusted.bundle_sequence:
        raise UserError(
            "这个配置包（第 {} 号）比已安装的（第 {} 号）旧，未安装。",
            m.sequence,
            trusted.bundle_sequence,
        )
    result = BundleInstall(m.office_name, m.fingerprint, first, m.sequence)
    # Templates and policy are checked before anything is installed; a bad one keeps the
    # current templates and policy as they are (the rest of the bundle still installs).
    result.problems = [
        *check_templates(bundle.under("templates")),
        *check_policy(bundle.under("policy")),
    ]
    try:
        _install_rows(ctx, bundle, result)
    except PackageRejected as exc:
        raise UserError("配置包无效，未作任何更改：{}", exc) from None
    office_dir = ctx.paths.root / "office"
    for folder, target in (
        ("templates", office_dir / "templates"),
        ("policy", office_dir / "policy"),
        ("certs", _trust_dir(ctx)),
    ):
        files = bundle.under(folder)
        result.files[folder] = len(files)
        if folder != "certs" and result.problems:
            continue
        if files:
            _replace_files(target, files, clear=folder != "certs")
    if not result.problems:
        if result.files.get("templates"):
            ctx.settings.template_dir = str(office_dir / "templates")
        if result.files.get("policy"):
            ctx.settings.policy_dir = str(office_dir / "policy")
        elif m.policy == BUILTIN_POLICY:
            shutil.rmtree(office_dir / "policy", ignore_errors=True)
            ctx.settings.policy_dir = ""
            result.builtin_policy = True
    ctx.settings.office_name = m.office_name
    ctx.save_settings()
    return result


def _replace_files(target: Path, files: dict[str, bytes], clear: bool) -> None:
    tmp = target.with_name(f".{target.name}.new")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    if not clear and target.is_dir():
        shutil.copytree(target, tmp, dirs_exist_ok=True)
    for name, body in files.items():
        dest = tmp / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(body)
        fsync_file(dest)
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    tmp.rename(target)
    fsync_dir(target.parent)
    shutil.rmtree(old, ignore_errors=True)


def _install_rows(ctx: AppContext, bundle: Bundle, result: BundleInstall) -> None:
    m = bundle.manifest
    register = {n.removesuffix(".jsonl"): b for n, b in bundle.under("register").items()}
    bind = (
        ctx.engine.execution_options(**{IMMEDIATE: True}) if is_sqlite(ctx.engine) else ctx.engine
    )
    rec_t = SyncRecord.__table__  # type: ignore[attr-defined]  # set by SQLModel, not declared
    with bind.begin() as conn:
        for spec, table in active_tables():
            if not spec.register or spec.name not in register:
                continue
            cols = export_columns(spec, table)
            for line in register[spec.name].decode("utf-8").splitlines():
                if not line.strip():
                    continue
                try:
                    values = decode_row(spec, table, json.loads(line)["row"])
                except (ValueError, KeyError, TypeError) as exc:
                    raise PackageRejected(
                        Message("配置包的 {} 记录无效（{}）。", spec.name, exc)
                    ) from exc
                incoming = encode_row(list(values), list(values.values()))
                cur_row = conn.execute(
                    select(*[table.c[c] for c in cols]).where(table.c.id == values["id"])
                ).first()
                base = conn.execute(
                    select(rec_t.c.row_version).where(
                        rec_t.c.table_name == spec.name, rec_t.c.row_id == values["id"]
                    )
                ).scalar()
                version = int(values.get("row_version", 1))
                if cur_row is None:
                    conn.execute(table.insert().values(values))
                    result.inserted += 1
                else:
                    cur = encode_row(cols, cur_row)
                    local_version = int(cur.get("row_version", 1))
                    unchanged_locally = base is not None and local_version == base
                    if row_hash(cur) == row_hash(incoming):
                        pass
                    elif unchanged_locally or (base is None and version > local_version):
                        conn.execute(
                            table.update().where(table.c.id == values["id"]).values(values)
                        )
                        result.updated += 1
                    else:
                        result.kept_local += 1  # local changes win here; the office decides
                        continue
                if base is None:
                    conn.execute(
                        rec_t.insert().values(
                            table_name=spec.name,
                            row_id=values["id"],
                            row_version=version,
                            device_id="office",
                        )
                    )
                else:
                    conn.execute(
                        rec_t.update()
                        .where(rec_t.c.table_name == spec.name, rec_t.c.row_id == values["id"])
                        .values(row_version=version, device_id="office")
                    )
        office_t = SyncOffice.__table__  # type: ignore[attr-defined]  # set by SQLModel, not declared
        existing = conn.execute(
            select(office_t.c.fingerprint).where(office_t.c.is_self == False)  # noqa: E712
        ).scalar()
        values = {
            "name": m.office_name,
            "signing_key": m.signing_key,
            "encryption_key": m.encryption_key,
            "bundle_sequence": m.sequence,
            "bundle_created_at": utcnow(),
            "require_encryption": m.require_encryption,
        }
        if existing is None:
            conn.execute(
                office_t.insert().values(
                    fingerprint=m.fingerprint, is_self=False, accepted_at=utcnow(), **values
                )
            )
        else:
            conn.execute(office_t.update().where(office_t.c.fingerprint == existing).values(values))
        acked = m.acknowledged.get(ctx.device_id)
        if acked:
            exp_t = SyncExport.__table__  # type: ignore[attr-defined]  # set by SQLModel, not declared
            result.acknowledged = conn.execute(
                exp_t.update()
                .where(exp_t.c.sequence <= acked, exp_t.c.acknowledged_at.is_(None))
                .values(acknowledged_at=utcnow())
            ).rowcount
