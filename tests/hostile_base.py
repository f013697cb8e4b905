"""The office every hostile package meets, and helpers shared by the hostile tests.

The office data directory is built once per test module: three registered
devices (A, B and R, R revoked), rows and a photo already imported from A
(sequences 1 and 3) and B (sequence 1), and a register site the office made.
Every test copies it. Packages come from :mod:`hostile_writer`, which knows
the documented format only.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hostile_writer import NOW, Device, Spoil, build_package, full_row, new_id, sha
from sqlalchemy import inspect
from sync_helpers import open_ctx

from inspector.cli import parse_args, run
from inspector.services.sync import service as sync
from inspector.store.engine import write_session
from inspector.store.models import Site

TABLE_ENV = "INSPECTOR_CORPUS_TABLE"

A_ID = "0a000000-0000-4000-8000-00000000000a"
B_ID = "0b000000-0000-4000-8000-00000000000b"
R_ID = "0c000000-0000-4000-8000-00000000000c"
U_ID = "0d000000-0000-4000-8000-00000000000d"  # never registered
TEMPLATE = {"id": "t1", "version": 2, "sections": [{"code": "s", "items": [{"code": "a1"}]}]}


@dataclass
class Base:
    root: Path
    a: Device
    b: Device
    r: Device
    columns: dict[str, list[dict]]
    office_enc: str
    office_device: str
    ids: dict[str, str] = field(default_factory=dict)

    def row(self, table: str, **given) -> dict:
        common = {"created_at": NOW, "updated_at": NOW, "row_version": 1}
        if table == "audit_log":
            common = {"at": NOW, "device": A_ID}
        else:
            common["created_by_device"] = A_ID
        return full_row(self.columns[table], **{"id": new_id(), **common, **given})

    def inspection(self, photo: bytes = b"\xff\xd8 photo \xff\xd9", lead: str = "张三") -> tuple:
        """A new draft inspection of device A: records and files."""
        insp = self.row("inspection", site_id=self.ids["site_a"], status="draft", started_at=NOW,
                        lead_inspector_name=lead)  # fmt: skip
        content = json.dumps(TEMPLATE)
        tmpl = self.row("inspection_template", inspection_id=insp["id"], template_id="t1",
                        template_version=2, content=content, content_hash=sha(content.encode()))  # fmt: skip
        answer = self.row("answer", inspection_id=insp["id"], template_id="t1", item_code="a1",
                          outcome="pass")  # fmt: skip
        name = f"a/{new_id()}.jpg"
        pic = self.row("photo", inspection_id=insp["id"], file_name=name,
                       original_sha256=sha(photo), stored_sha256=sha(photo))  # fmt: skip
        records = {"inspection": [insp], "inspection_template": [tmpl], "answer": [answer],
                   "photo": [pic]}  # fmt: skip
        return records, {f"photos/{name}": photo}

    def pkg(self, records=None, files=None, spoil: Spoil | None = None, seq: int = 4,
            device: Device | None = None) -> bytes:  # fmt: skip
        if records is None:
            records, default_files = self.inspection()
            files = default_files if files is None else files
        return build_package(device or self.a, seq, records, files or {}, spoil)


def _columns(ctx) -> dict[str, list[dict]]:
    insp = inspect(ctx.engine)
    return {t: insp.get_columns(t) for t in insp.get_table_names()}


def build_base(tmp_path_factory) -> Base:
    """The office data directory every case starts from (built once per module)."""
    with pytest.MonkeyPatch.context() as mp:
        home = tmp_path_factory.mktemp("home")
        mp.setenv("XDG_CONFIG_HOME", str(home / "config"))
        mp.setenv("XDG_DATA_HOME", str(home / "data"))
        root = tmp_path_factory.mktemp("base") / "office"
        ctx = open_ctx(root)
        sync.office_init(ctx, "东风街道创建办")
        a, b, r = Device(A_ID, name="甲"), Device(B_ID, name="乙"), Device(R_ID, name="丙")
        for dev in (a, b, r):
            sync.register_device(ctx, dev.card())
        sync.revoke_device(ctx, R_ID)
        with write_session(ctx.engine) as s:
            office_site = Site(name="办公室登记的网吧", kind="internet_cafe",
                               created_by_device=ctx.device_id)  # fmt: skip
            s.add(office_site)
        own = sync.own_office(ctx)
        base = Base(root, a, b, r, _columns(ctx), own.encryption_key, ctx.device_id)
        base.ids["office_site"] = office_site.id
        site_a = base.row("site", name="甲的网吧", kind="internet_cafe")
        base.ids["site_a"] = site_a["id"]
        records, files = base.inspection()
        base.ids["insp_a"] = records["inspection"][0]["id"]
        site_b = base.row("site", name="乙的网吧", kind="internet_cafe", created_by_device=B_ID)
        insp_b = base.row("inspection", site_id=site_b["id"], status="draft", started_at=NOW,
                          lead_inspector_name="李四", created_by_device=B_ID)  # fmt: skip
        base.ids["insp_b"] = insp_b["id"]
        base.ids["insp_b_row"] = json.dumps(insp_b)
        audit = base.row("audit_log", entity="inspection", entity_id=base.ids["insp_a"],
                         field="status", kind="edit")  # fmt: skip
        base.ids["audit_a"] = json.dumps(audit)
        inbox = tmp_path_factory.mktemp("base_inbox")
        packages = [
            (a, 1, {"site": [site_a], **records}, files),
            (a, 3, {"audit_log": [audit]}, {}),
            (b, 1, {"site": [site_b], "inspection": [insp_b]}, {}),
        ]
        for dev, seq, recs, fls in packages:
            path = inbox / f"{dev.device_id}-{seq:06d}.inspkg"
            path.write_bytes(build_package(dev, seq, recs, fls))
            report = sync.import_file(ctx, path)
            assert report.result == "imported", report.message
        ctx.close()
    return base


def _deep(n: int) -> str:
    return "[" * n + "]" * n


def _cert(cn: str, *, ca: bool = False, path_length: int | None = 0, days: int = 365) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=400))
        .not_valid_after(now + timedelta(days=days))
    )
    if ca:
        builder = builder.add_extension(
            x509.BasicConstraints(ca=True, path_length=path_length), critical=True
        )
    return builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM)


def _with_cert(pem: bytes) -> Callable[[Base], bytes]:
    def build(b: Base) -> bytes:
        records, files = b.inspection()
        files[f"certs/{A_ID}-inspector-cert.pem"] = pem
        return b.pkg(records, files)

    return build


def _snapshot(root: Path) -> tuple[str, dict[str, str]]:
    """Every table but the import log, dumped; and the SHA-256 of every other file."""
    db = root / "inspector.sqlite3"
    con = sqlite3.connect(db)
    try:
        dump = "\n".join(
            line for line in con.iterdump() if not line.startswith('INSERT INTO "sync_import_log"')
        )
    finally:
        con.close()
    files = {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith("inspector.sqlite3")
    }
    return dump, files


def _import_log(root: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(root / "inspector.sqlite3")
    try:
        return con.execute("SELECT result, message FROM sync_import_log ORDER BY id").fetchall()
    finally:
        con.close()


def run_cli(argv: list[str], capsys) -> tuple[int, str, str]:
    code = run(parse_args(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _office_copy(base: Base, tmp_path: Path) -> Path:
    root = tmp_path / "office"
    shutil.copytree(base.root, root)
    return root


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    path = inbox / name
    path.write_bytes(data)
    return path


def write_table(lines: list[str], *, append: bool) -> None:
    """Write (or append) markdown lines to the file named by INSPECTOR_CORPUS_TABLE, if set."""
    target = os.environ.get(TABLE_ENV)
    if target:
        with open(target, "a" if append else "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
