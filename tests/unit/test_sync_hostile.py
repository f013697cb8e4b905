"""A hostile corpus: packages written without the project's packaging code, each refused whole.

The office data directory is built once (three registered devices, one
revoked; rows and a photo already imported from two of them; a register site
the office made) and copied for every case. Each case asserts the outcome,
the sentence, and that the database (every table but the import log, which
gains one "rejected" line) and every file of the data directory are exactly as
they were. About half of the cases go through the command line
(``inspector office import``, exit status 2), the rest call the service.

``INSPECTOR_CORPUS_TABLE=FILE uv run pytest tests/unit/test_sync_hostile.py``
also writes the corpus as a markdown table (case, outcome, sentence).
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
from hostile_writer import (
    NOW,
    Device,
    Spoil,
    build_package,
    encrypt,
    full_row,
    new_id,
    sha,
)
from sqlalchemy import inspect
from sync_helpers import open_ctx

from inspector.cli import parse_args, run
from inspector.services import sync_service as sync
from inspector.services.settings import set_value
from inspector.store.engine import write_session
from inspector.store.models import Site
from inspector.sync.safety import ZipLimits

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


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Base:
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


# ---------------------------------------------------------------- the corpus


@dataclass
class Case:
    name: str
    build: Callable[[Base], bytes]
    words: tuple[str, ...]
    limits: ZipLimits | None = None
    setup: Callable | None = None


CASES: list[Case] = []


def case(name: str, *words: str, limits: ZipLimits | None = None, setup=None):
    def add(fn):
        CASES.append(Case(name, fn, words, limits, setup))
        return fn

    return add


def _deep(n: int) -> str:
    return "[" * n + "]" * n


def _manifest_edit(**changes):
    def edit(m):
        m.update(changes)

    return Spoil(manifest=edit)


def _lines_edit(table: str, fn: Callable[[dict], None]) -> Callable[[Base], bytes]:
    """A valid package whose first ``table`` record line was changed by ``fn`` (a dict edit)."""

    def build(b: Base) -> bytes:
        records, files = b.inspection()
        rec = {"schema": 1, "base_version": 0, "row": records[table][0]}
        fn(rec)
        return b.pkg(records, files, Spoil(lines={table: json.dumps(rec).encode() + b"\n"}))

    return build


def _raw_line(table: str, text: str) -> Callable[[Base], bytes]:
    def build(b: Base) -> bytes:
        records, files = b.inspection()
        return b.pkg(records, files, Spoil(lines={table: text.encode("utf-8") + b"\n"}))

    return build


# --- the file: envelope, zip
case("not a zip", "zip")(lambda b: os.urandom(4000))
case("empty file", "zip")(lambda b: b"")
case("truncated zip", "截断")(lambda b: b.pkg()[:-300])
case("envelope garbage", "加密")(lambda b: b"INSPENC1" + os.urandom(200))
case("envelope for another office", "办公室")(
    lambda b: encrypt(b.pkg(), b.office_enc, recipient="0000 0000 0000 0000 0000 0000 0000 0000")
)


@case("envelope tampered", "加密")
def _tampered(b):
    data = bytearray(encrypt(b.pkg(), b.office_enc))
    data[-40] ^= 0xFF
    return bytes(data)


def _require_encryption(ctx):
    set_value(ctx.engine, sync.REQUIRE_ENCRYPTION_KEY, True)


case("plain package, office requires encryption", "必须加密", setup=_require_encryption)(
    lambda b: b.pkg()
)
for _name, _entry in (
    ("zip slip ../", "../evil.txt"),
    ("zip slip nested ..", "files/photos/../../evil.txt"),
    ("absolute path", "/etc/evil"),
    ("backslash path", "files\\photos\\evil.jpg"),
    ("drive letter", "C:/evil.txt"),
    ("dot component", "files/photos/./a.jpg"),
    ("empty component", "files//a.jpg"),
):
    case(_name, "不安全")(lambda b, e=_entry: b.pkg(spoil=Spoil(extra={e: b"x"})))


# zipfile reads a name up to its NUL: what is left is not in the manifest
case("NUL in name", "不在清单中")(
    lambda b: b.pkg(spoil=Spoil(extra={"files/photos/a\x00.jpg": b"x"}))
)


@case("directory entry", "不安全")
def _dir_entry(b):
    return b.pkg(spoil=Spoil(extra={"files/photos/d/": b""}))


@case("duplicate zip entry", "不止一次")
def _dup(b):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns of the duplicate it writes
        return b.pkg(spoil=Spoil(zip_entries=lambda items: [*items, items[0]]))


@case("encrypted zip entry", "加密的 zip")
def _zip_crypt(b):
    """Set the 'encrypted' bit in the local and central headers of a valid package."""
    data = bytearray(b.pkg())
    for sig, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(sig)
        while at >= 0:
            data[at + offset] |= 0x1
            at = data.find(sig, at + 4)
    return bytes(data)


@case("unsupported compression method", "不支持的压缩方式")
def _method(b):
    """Compression method 99 in the local and central headers of every entry."""
    data = bytearray(b.pkg())
    for sig, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.find(sig)
        while at >= 0:
            data[at + offset : at + offset + 2] = (99).to_bytes(2, "little")
            at = data.find(sig, at + 4)
    return bytes(data)


case("name component over 255 bytes", "过长")(
    lambda b: b.pkg(spoil=Spoil(extra={"files/photos/" + "长" * 90 + ".jpg": b"x"}))
)
case("path over 400 characters", "过长")(
    lambda b: b.pkg(spoil=Spoil(extra={"files/photos/" + "/".join(["d" * 50] * 9): b"x"}))
)
case("zip bomb ratio", "压缩比")(
    lambda b: b.pkg(spoil=Spoil(extra={"files/photos/bomb.jpg": b"\0" * (3 * 1024 * 1024)}))
)
case("too many entries", "超过上限", limits=ZipLimits(max_entries=5))(lambda b: b.pkg())
case("entry over the size limit", "过大", limits=ZipLimits(max_entry_size=10))(lambda b: b.pkg())
case("total over the size limit", "超过上限", limits=ZipLimits(max_total_size=100))(
    lambda b: b.pkg()
)

# --- the manifest, before the signature
case("no manifest", "manifest.json")(
    lambda b: b.pkg(spoil=Spoil(zip_entries=lambda it: [x for x in it if x[0] != "manifest.json"]))
)
case("no signature", "manifest.sig")(
    lambda b: b.pkg(spoil=Spoil(zip_entries=lambda it: [x for x in it if x[0] != "manifest.sig"]))
)
case("manifest not JSON", "不是有效的 JSON")(
    lambda b: b.pkg(spoil=Spoil(manifest_bytes=b"{not json"))
)
case("manifest not UTF-8", "UTF-8")(lambda b: b.pkg(spoil=Spoil(manifest_bytes=b'{"a": "\xff"}')))
case("manifest nested 5000 arrays", "嵌套")(
    lambda b: b.pkg(spoil=Spoil(manifest_bytes=_deep(5000).encode()))
)
case("manifest nested 100000 arrays", "嵌套")(
    lambda b: b.pkg(spoil=Spoil(manifest_bytes=_deep(100000).encode()))
)
case("manifest nested 20 objects", "嵌套")(
    lambda b: b.pkg(spoil=Spoil(manifest_bytes=('{"a":' * 20 + "1" + "}" * 20).encode()))
)
case("manifest array, not object", "不是巡查助手的数据包")(
    lambda b: b.pkg(spoil=Spoil(manifest_bytes=b"[1, 2]"))
)


def _manifest_text(b: Base, text: str) -> bytes:
    return b.pkg(spoil=Spoil(manifest_bytes=text.encode()))


_M = (
    '{"format": "inspector-sync-package", "format_version": 1, "schema_version": 1, '
    f'"device_id": "{A_ID}", "sequence": 4, "created_at": "{NOW}", "files": []'
)
case("manifest duplicate key", "出现了两次")(lambda b: _manifest_text(b, _M + ', "sequence": 5}'))
case("manifest NaN", "NaN")(lambda b: _manifest_text(b, _M + ', "x": NaN}'))
case("manifest Infinity", "Infinity")(lambda b: _manifest_text(b, _M + ', "x": Infinity}'))
case("manifest -Infinity", "Infinity")(lambda b: _manifest_text(b, _M + ', "x": -Infinity}'))
case("manifest integer over int64", "64 位")(
    lambda b: _manifest_text(b, _M + ', "x": 9223372036854775808}')
)
case("manifest 5000-digit integer", "64 位")(
    lambda b: _manifest_text(b, _M + ', "x": ' + "9" * 5000 + "}")
)
case("manifest float overflow 1e400", "浮点数")(lambda b: _manifest_text(b, _M + ', "x": 1e400}'))
case("wrong format", "不是巡查助手的数据包")(lambda b: b.pkg(spoil=_manifest_edit(format="zip")))
case("newer format_version", "更新版本")(lambda b: b.pkg(spoil=_manifest_edit(format_version=2)))
case("format_version as text", "format_version")(
    lambda b: b.pkg(spoil=_manifest_edit(format_version="1"))
)
case("format_version true", "format_version")(
    lambda b: b.pkg(spoil=_manifest_edit(format_version=True))
)
case("newer schema_version", "数据结构版本")(
    lambda b: b.pkg(spoil=_manifest_edit(schema_version=2))
)
case("device_id not a UUID", "UUID")(lambda b: b.pkg(spoil=_manifest_edit(device_id="甲; DROP")))
case("device not registered", "未登记")(lambda b: b.pkg(spoil=_manifest_edit(device_id=U_ID)))
case("device revoked", "已吊销")(lambda b: b.pkg(device=b.r))
case("sequence zero", "sequence")(lambda b: b.pkg(seq=0))
case("sequence negative", "sequence")(lambda b: b.pkg(seq=-1))
case("sequence as text", "sequence")(lambda b: b.pkg(spoil=_manifest_edit(sequence="4")))
case("sequence a float", "sequence")(lambda b: b.pkg(spoil=_manifest_edit(sequence=4.5)))
case("created_at missing", "created_at")(lambda b: b.pkg(spoil=_manifest_edit(created_at=None)))
case("created_at not a time", "created_at")(
    lambda b: b.pkg(spoil=_manifest_edit(created_at="yesterday"))
)
case("files not a list", "files")(lambda b: b.pkg(spoil=_manifest_edit(files={"a": 1})))
case("file entry without sha256", "files")(
    lambda b: b.pkg(spoil=Spoil(manifest=lambda m: m["files"][0].pop("sha256")))
)
case("file sha256 not hex", "files")(
    lambda b: b.pkg(spoil=Spoil(manifest=lambda m: m["files"][0].update(sha256="z" * 64)))
)
case("file size negative", "files")(
    lambda b: b.pkg(spoil=Spoil(manifest=lambda m: m["files"][0].update(size=-1)))
)
case("record count negative", "records")(
    lambda b: b.pkg(spoil=Spoil(manifest=lambda m: m["records"].update(photo=-1)))
)
case("device_name of 1000 characters", "device_name")(
    lambda b: b.pkg(spoil=_manifest_edit(device_name="名" * 1000))
)

# --- the signature
case("signature random", "签名")(
    lambda b: b.pkg(spoil=Spoil(signature=os.urandom(64).hex().encode()))
)
case("signature not base64", "签名")(lambda b: b.pkg(spoil=Spoil(signature=b"!!!not base64!!!")))
case("signed by another registered device", "签名")(lambda b: b.pkg(spoil=Spoil(sign_with=b.b.key)))


@case("manifest changed after signing", "签名")
def _after_sign(b):
    records, files = b.inspection()
    good = build_package(b.a, 4, records, files)
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        m = json.loads(zf.read("manifest.json"))
    m["sequence"] = 5
    return b.pkg(records, files, Spoil(after_sign=json.dumps(m).encode()))


# --- entries against the manifest
case("entry not in the manifest", "不在清单中")(
    lambda b: b.pkg(spoil=Spoil(extra={"files/photos/a/extra.jpg": b"x"}))
)
case("listed entry missing", "不完整")(
    lambda b: b.pkg(spoil=Spoil(missing=("records/answer.jsonl",)))
)
case("entry size differs", "大小或 SHA-256")(
    lambda b: b.pkg(
        spoil=Spoil(manifest=lambda m: m["files"][0].update(size=m["files"][0]["size"] + 1))
    )
)
case("entry content changed", "大小或 SHA-256")(
    lambda b: b.pkg(spoil=Spoil(manifest=lambda m: m["files"][0].update(sha256="0" * 64)))
)
case("path listed twice", "重复")(
    lambda b: b.pkg(spoil=Spoil(manifest=lambda m: m["files"].append(dict(m["files"][0]))))
)


def _listed_extra(path: str) -> Callable[[Base], bytes]:
    def build(b: Base) -> bytes:
        body = b"x"
        return b.pkg(
            spoil=Spoil(
                extra={path: body},
                manifest=lambda m: m["files"].append(
                    {"path": path, "sha256": sha(body), "size": 1}
                ),
            )
        )

    return build


case("entry outside records/ and files/", "不在 records/ 或 files/ 下")(
    _listed_extra("other/x.txt")
)
case("files/ folder not allowed", "不属于可接收的文件夹")(_listed_extra("files/keys/x.pem"))
case("record file name with a folder", "不合规")(_listed_extra("records/sub/site.jsonl"))
case("record count differs", "实际有")(
    lambda b: b.pkg(spoil=Spoil(manifest=lambda m: m["records"].update(answer=3)))
)
case("records declared, file absent", "没有对应的记录文件")(
    lambda b: b.pkg(spoil=Spoil(manifest=lambda m: m["records"].update(licence=2)))
)

# --- record lines
case("record line not JSON", "不是有效的 JSON")(_raw_line("answer", "{oops"))
case("record line not UTF-8", "UTF-8")(
    lambda b: b.pkg(spoil=Spoil(lines={"answer": b'{"row": "\xff"}\n'}))
)
case("record line nested 5000 arrays", "嵌套")(_raw_line("answer", _deep(5000)))
case("record line duplicate key", "出现了两次")(
    _raw_line("answer", '{"schema": 1, "schema": 1, "base_version": 0, "row": {}}')
)
case("record line NaN", "NaN")(_raw_line("answer", '{"base_version": NaN, "row": {}}'))
case("record line integer over int64", "64 位")(
    _lines_edit("answer", lambda r: r["row"].update(row_version=2**63))
)
case("record line 5000-digit integer", "64 位")(
    _raw_line("answer", '{"base_version": ' + "7" * 5000 + ', "row": {}}')
)
case("unknown table", "不认识的数据表")(
    lambda b: b.pkg(spoil=Spoil(lines={"secrets": b'{"row": {"id": "x"}}\n'}))
)
case("unknown column", "不认识的字段")(_lines_edit("answer", lambda r: r["row"].update(evil=1)))
case("missing column", "缺少字段")(_lines_edit("answer", lambda r: r["row"].pop("note")))
case("null in a required column", "不能为空")(
    _lines_edit("answer", lambda r: r["row"].update(item_code=None))
)
case("wrong type", "类型不对")(_lines_edit("answer", lambda r: r["row"].update(row_version="1")))
case("id not a UUID", "UUID")(_lines_edit("answer", lambda r: r["row"].update(id="answer-1")))
case("row_version zero", "row_version")(
    _lines_edit("answer", lambda r: r["row"].update(row_version=0))
)
case("base_version negative", "base_version")(
    _lines_edit("answer", lambda r: r.update(base_version=-1))
)
case("record schema newer", "数据结构版本较新")(_lines_edit("answer", lambda r: r.update(schema=2)))
case("text longer than its column", "超长")(
    _lines_edit("inspection", lambda r: r["row"].update(site_name="名" * 201))
)


@case("same id twice, other content", "出现两次且内容不同")
def _twice(b):
    records, files = b.inspection()
    other = dict(records["answer"][0], note="改过")
    records["answer"].append(other)
    return b.pkg(records, files, Spoil(manifest=lambda m: m["records"].update(answer=1)))


# --- who may write what
@case("new row claiming another device", "声称由另一台设备")
def _claims_b(b):
    return b.pkg(
        {"site": [b.row("site", name="冒名", kind="internet_cafe", created_by_device=B_ID)]}
    )


@case("another device's row claimed as its creator", "声称由另一台设备")
def _b_row(b):
    row = json.loads(b.ids["insp_b_row"])
    row.update(notes="改写", row_version=2)
    return b.pkg({"inspection": [row]})


@case("answer in another device's inspection", "属于另一台设备的 inspection")
def _into_b(b):
    row = b.row("answer", inspection_id=b.ids["insp_b"], template_id="t1", item_code="a1")
    return b.pkg({"answer": [row]})


@case("audit entry naming another device", "声称由另一台设备")
def _audit_b(b):
    return b.pkg(
        {"audit_log": [b.row("audit_log", device=B_ID, entity="x", entity_id=new_id(), field="f")]}
    )


@case("audit entry rewritten", "只能新增不能修改")
def _audit_rewrite(b):
    row = json.loads(b.ids["audit_a"])
    row["new_value"] = "改写"
    return b.pkg({"audit_log": [row]})


@case("unreferenced file", "不属于数据包中的任何记录")
def _unreferenced(b):
    records, files = b.inspection()
    files["photos/a/stray.jpg"] = b"stray"
    return b.pkg(records, files)


@case("photo bytes differ from its row's hash", "SHA-256 不符")
def _photo_hash(b):
    records, files = b.inspection()
    records["photo"][0]["stored_sha256"] = "1" * 64
    return b.pkg(records, files)


@case("signature image differs from its row's hash", "SHA-256 不符")
def _sig_hash(b):
    records, files = b.inspection()
    insp = records["inspection"][0]["id"]
    records["hand_signature"] = [
        b.row(
            "hand_signature",
            inspection_id=insp,
            role="lead",
            file_name="s/lead.png",
            png_sha256="2" * 64,
        )
    ]
    files["signatures/s/lead.png"] = b"\x89PNG not the hashed one"
    return b.pkg(records, files)


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


case("certificate file garbage", "无法读取")(
    lambda b: _with_cert(b"-----BEGIN CERTIFICATE-----\nAAAA\n")(b)
)


@case("answer names a template the inspection does not use", "不是该检查使用的检查表版本")
def _answer_template(b):
    records, files = b.inspection()
    records["answer"][0]["template_id"] = "t-other"
    return b.pkg(records, files)


@case("answer names an item not in the template", "不在检查表")
def _answer_item(b):
    records, files = b.inspection()
    records["answer"][0]["item_code"] = "zz9"
    return b.pkg(records, files)


@case("template version differs from its content", "不是该检查使用的检查表版本")
def _template_version(b):
    records, files = b.inspection()
    records["inspection_template"][0]["template_version"] = 7
    return b.pkg(records, files)


@case("row referencing a missing inspection", "不存在的记录")
def _missing_parent(b):
    content = json.dumps(TEMPLATE)
    ghost = new_id()
    tmpl = b.row("inspection_template", inspection_id=ghost, template_id="t1", template_version=2,
                 content=content, content_hash=sha(content.encode()))  # fmt: skip
    return b.pkg({"inspection_template": [tmpl]})


case("sequence seen before, other content", "同号数据包的内容不同")(lambda b: b.pkg(seq=3))
case("sequence going backwards", "序号倒退")(lambda b: b.pkg(seq=2))


# ---------------------------------------------------------------- running a case


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


RESULTS: list[tuple[str, str, str]] = []


@pytest.fixture(scope="module", autouse=True)
def _corpus_table():
    yield
    target = os.environ.get("INSPECTOR_CORPUS_TABLE")
    if target and RESULTS:
        lines = ["| # | case | outcome | sentence |", "|---|---|---|---|"]
        for i, (name, outcome, sentence) in enumerate(RESULTS, 1):
            lines.append(f"| {i} | {name} | {outcome} | {sentence.replace('|', '/')} |")
        if INBOX_TABLE:
            lines += ["", "Inbox, in name order:", "", "| package | outcome | sentence |"]
            lines += ["|---|---|---|"] + [f"| {p} | {r} | {m} |" for p, r, m in INBOX_TABLE]
        Path(target).write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c.name for c in CASES])
def test_hostile_package_is_refused_whole(index, base, tmp_path, capsys):
    c = CASES[index]
    root = tmp_path / "office"
    shutil.copytree(base.root, root)
    if c.setup:
        ctx = open_ctx(root)
        c.setup(ctx)
        ctx.close()
    data = c.build(base)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = inbox / f"{A_ID}-000004.inspkg"
    path.write_bytes(data)
    before = _snapshot(root)
    log_before = _import_log(root)
    via_cli = index % 2 == 0 and c.limits is None
    if via_cli:
        code, _out, err = run_cli(["--data-dir", str(root), "office", "import", str(inbox)], capsys)
        assert code == 2, err
        sentence = err.strip()
        assert not path.exists() and (tmp_path / "refused" / path.name).is_file()
        reason = (tmp_path / "refused" / (path.name + ".reason.txt")).read_text("utf-8")
        assert all(w in reason for w in c.words), reason
    else:
        ctx = open_ctx(root)
        try:
            report = sync.import_file(ctx, path, limits=c.limits or ZipLimits())
        finally:
            ctx.close()
        assert report.result == "rejected", report.message
        sentence = str(report.message)
    assert "Traceback" not in sentence
    for word in c.words:
        assert word in sentence, sentence
    assert _snapshot(root) == before
    log = _import_log(root)
    assert log[: len(log_before)] == log_before and len(log) == len(log_before) + 1
    assert log[-1][0] == "rejected" and all(w in log[-1][1] for w in c.words)
    RESULTS.append((c.name, "refused (exit 2)" if via_cli else "refused", log[-1][1]))


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 80


def test_cli_in_a_real_process(base, tmp_path):
    """The command itself, as a process: a nested manifest is one sentence and status 2."""
    import subprocess
    import sys

    root = tmp_path / "office"
    shutil.copytree(base.root, root)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / f"{A_ID}-000004.inspkg").write_bytes(
        base.pkg(spoil=Spoil(manifest_bytes=_deep(5000).encode()))
    )
    main = Path(__file__).resolve().parents[2] / "main.py"
    done = subprocess.run(
        [sys.executable, str(main), "--data-dir", str(root), "office", "import", str(inbox)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "INSPECTOR_DATA_DIR": ""},
    )
    assert done.returncode == 2, done.stderr
    assert "嵌套" in done.stderr and "Traceback" not in done.stderr + done.stdout
    assert (tmp_path / "refused" / f"{A_ID}-000004.inspkg.reason.txt").is_file()


# ---------------------------------------------------------------- accepted, with consequences


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


def test_the_control_package_is_imported(base, tmp_path):
    """The corpus spoils a package that is otherwise good: unspoiled, it imports."""
    root = _office_copy(base, tmp_path)
    records, files = base.inspection()
    path = _write(
        tmp_path, f"{A_ID}-000004.inspkg", encrypt(base.pkg(records, files), base.office_enc)
    )
    ctx = open_ctx(root)
    report = sync.import_file(ctx, path)
    ctx.close()
    assert report.result == "imported", report.message
    (name,) = [p for p in files]
    assert (root / name).read_bytes() == files[name]


def test_an_update_of_another_devices_draft_is_a_conflict_never_an_overwrite(base, tmp_path):
    root = _office_copy(base, tmp_path)
    row = json.loads(base.ids["insp_b_row"])
    row.update(notes="甲改写了乙的草稿", row_version=2, created_by_device=A_ID)
    path = _write(tmp_path, f"{A_ID}-000004.inspkg", base.pkg({"inspection": [row]}))
    ctx = open_ctx(root)
    try:
        report = sync.import_file(ctx, path)
        assert report.result == "imported" and report.conflicts == 1, report.message
        (conflict,) = sync.list_conflicts(ctx)
        assert conflict.kind == "foreign" and conflict.device_id == A_ID
        con = sqlite3.connect(root / "inspector.sqlite3")
        notes, creator = con.execute(
            "SELECT notes, created_by_device FROM inspection WHERE id = ?", (base.ids["insp_b"],)
        ).fetchone()
        con.close()
        assert (notes, creator) == ("", B_ID)
    finally:
        ctx.close()


def test_a_delivered_register_row_may_be_updated_by_a_device(base, tmp_path, capsys):
    """A site the office made, as its bundle delivered it, changed by device A: applied."""
    import zipfile

    root = _office_copy(base, tmp_path)
    bundle = tmp_path / "office.inspbundle"
    assert run_cli(["--data-dir", str(root), "office", "bundle", "-o", str(bundle)], capsys)[0] == 0
    with zipfile.ZipFile(bundle) as zf:
        lines = zf.read("register/site.jsonl").decode("utf-8").splitlines()
    (rec,) = [json.loads(x) for x in lines if base.ids["office_site"] in x]
    row = rec["row"]
    assert row["created_by_device"] == base.office_device
    row.update(phone="0735-7654321", row_version=row["row_version"] + 1)
    line = json.dumps({"schema": 1, "base_version": rec["row"]["row_version"] - 1, "row": row})
    path = _write(
        tmp_path,
        f"{A_ID}-000004.inspkg",
        base.pkg({"site": [row]}, spoil=Spoil(lines={"site": line.encode() + b"\n"})),
    )
    ctx = open_ctx(root)
    try:
        report = sync.import_file(ctx, path)
    finally:
        ctx.close()
    assert report.result == "imported" and report.conflicts == 0, report.message
    con = sqlite3.connect(root / "inspector.sqlite3")
    (phone,) = con.execute("SELECT phone FROM site WHERE id = ?", (row["id"],)).fetchone()
    con.close()
    assert phone == "0735-7654321"


def test_future_times_are_kept_and_flagged_and_a_gap_is_shown(base, tmp_path):
    root = _office_copy(base, tmp_path)
    records, files = base.inspection()
    later = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    records["answer"][0]["updated_at"] = later
    path = _write(tmp_path, f"{A_ID}-000007.inspkg", base.pkg(records, files, seq=7))
    ctx = open_ctx(root)
    try:
        (report,) = sync.import_inbox(ctx, path.parent)
    finally:
        ctx.close()
    assert report.result == "imported", report.message
    assert report.future == 1 and "晚一天以上" in report.message
    assert report.gap == "4–6" and "缺少第 4–6 号" in report.message


@pytest.mark.parametrize(
    ("pem", "words"),
    [
        (lambda: _cert("张三", ca=True, path_length=None), "CA 证书"),
        (lambda: _cert("张三", ca=True, path_length=3), "CA 证书"),
        (lambda: _cert("张三", days=-1), "已过期"),
        (lambda: _cert("王五"), "不是该设备的检查人员"),
        (lambda: _cert("李四"), "不是该设备的检查人员"),  # device B's inspector
    ],
    ids=["CA", "CA pathlen 3", "expired", "non-inspector", "another device's inspector"],
)
def test_a_refused_certificate_is_never_held_nor_trusted(base, tmp_path, pem, words):
    """The certificate is refused with a sentence; the device's records still arrive."""
    root = _office_copy(base, tmp_path)
    records, files = base.inspection()
    files[f"certs/{A_ID}-inspector-cert.pem"] = pem()
    path = _write(tmp_path, f"{A_ID}-000004.inspkg", base.pkg(records, files))
    ctx = open_ctx(root)
    try:
        report = sync.import_file(ctx, path)
        assert report.result == "imported" and report.certs == 0, report.message
        assert words in report.message and "已拒收" in report.message
        assert sync.pending_certificates(ctx, None) == []
    finally:
        ctx.close()
    assert not (root / "office" / "certs").exists()
    RESULTS.append((f"certificate: {words}", "certificate refused, rows imported", report.message))


def test_a_certificate_waits_for_an_office_user_before_the_bundle_carries_it(
    base, tmp_path, capsys
):
    import zipfile

    root = _office_copy(base, tmp_path)
    pem = _cert("张三")
    path = _write(tmp_path, f"{A_ID}-000004.inspkg", _with_cert(pem)(base))
    argv = ["--data-dir", str(root), "office"]
    code, out, err = run_cli([*argv, "import", str(path.parent)], capsys)
    assert code == 0, err
    assert "待办公室人员确认" in out
    assert not (root / "office" / "certs").exists() or not any(
        (root / "office" / "certs").iterdir()
    )

    def bundled_certs() -> list[bytes]:
        target = tmp_path / f"b{len(list(tmp_path.glob('b*.inspbundle')))}.inspbundle"
        assert run_cli([*argv, "bundle", "-o", str(target)], capsys)[0] == 0
        with zipfile.ZipFile(target) as zf:
            return [zf.read(n) for n in zf.namelist() if n.startswith("certs/")]

    assert bundled_certs() == []
    code, out, _err = run_cli([*argv, "certs", "list"], capsys)
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    der = x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER)
    fp = hashlib.sha256(der).hexdigest()
    assert fp in out and "CN=张三" in out and A_ID in out
    assert run_cli([*argv, "certs", "accept", "00000000"], capsys)[0] == 2
    code, out, _err = run_cli([*argv, "certs", "accept", fp[:12]], capsys)
    assert code == 0 and "已信任" in out
    (carried,) = bundled_certs()
    assert x509.load_pem_x509_certificate(carried).public_bytes(Encoding.DER) == der
    assert "没有待确认的证书" in run_cli([*argv, "certs", "list"], capsys)[1]


# ---------------------------------------------------------------- the inbox


def test_a_crashing_package_in_front_does_not_block_the_valid_one_behind(
    base, tmp_path, monkeypatch, caplog
):
    """Inbox: a manifest nested 5000 deep, a package that makes the importer fail
    unexpectedly, then a valid package from another inspector: the first two are
    moved to refused/ with their reasons, the third is imported."""
    from inspector.sync import rules

    root = _office_copy(base, tmp_path)
    deep = base.pkg(spoil=Spoil(manifest_bytes=_deep(5000).encode()))
    crash_records, crash_files = base.inspection(photo=b"crash me")
    names = [f"{A_ID}-000004.inspkg", f"{A_ID}-000005.inspkg", f"{B_ID}-000002.inspkg"]
    _write(tmp_path, names[0], deep)
    _write(tmp_path, names[1], base.pkg(crash_records, crash_files, seq=5))
    b_site = base.row("site", name="乙的新网吧", kind="internet_cafe", created_by_device=B_ID)
    _write(tmp_path, names[2], base.pkg({"site": [b_site]}, seq=2, device=base.b))

    real = rules.check_package_files

    def crash(pkg):
        if pkg.name == names[1]:
            raise RuntimeError("simulated fault inside the importer")
        return real(pkg)

    monkeypatch.setattr(rules, "check_package_files", crash)
    ctx = open_ctx(root)
    try:
        with caplog.at_level("ERROR", logger="inspector.sync"):
            reports = sync.import_inbox(ctx, tmp_path / "inbox")
    finally:
        ctx.close()
    assert [(r.package, r.result) for r in reports] == [
        (names[0], "rejected"),
        (names[1], "rejected"),
        (names[2], "imported"),
    ]
    assert "嵌套" in reports[0].message and "内部错误" in reports[1].message
    assert "Traceback" not in reports[1].message and "simulated" not in reports[1].message
    # the unexpected failure is in the log with its traceback
    (record,) = [r for r in caplog.records if r.exc_info]
    assert record.name == "inspector.sync" and "simulated fault" in str(record.exc_info[1])
    refused = tmp_path / "refused"
    assert sorted(p.name for p in refused.iterdir()) == sorted(
        [names[0], names[0] + ".reason.txt", names[1], names[1] + ".reason.txt"]
    )
    assert "内部错误" in (refused / (names[1] + ".reason.txt")).read_text("utf-8")
    assert [p.name for p in (tmp_path / "inbox").iterdir()] == [names[2]]
    con = sqlite3.connect(root / "inspector.sqlite3")
    assert con.execute("SELECT name FROM site WHERE id = ?", (b_site["id"],)).fetchone() == (
        "乙的新网吧",
    )
    con.close()
    INBOX_TABLE.extend((r.package, r.result, str(r.message)) for r in reports)


INBOX_TABLE: list[tuple[str, str, str]] = []
