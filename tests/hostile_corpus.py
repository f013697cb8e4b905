"""The hostile corpus: each case builds one package the office must refuse whole.

A case names the package, how it is built (from a :class:`hostile_base.Base`
with :mod:`hostile_writer` only), and words the refusal sentence must hold.
tests/unit/test_sync_hostile.py runs them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass

from hostile_base import A_ID, B_ID, TEMPLATE, U_ID, Base, _deep, _with_cert
from hostile_writer import NOW, Spoil, build_package, encrypt, new_id, sha

from inspector.services.core.settings import set_value
from inspector.services.sync import service as sync
from inspector.sync.safety import ZipLimits


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


@case("answer with a count no inspection can hold", "超出检查项 a1 可能的范围")
def _answer_count(b):
    records, files = b.inspection()
    items = [{"code": "a1", "answer": "count"}]
    content = json.dumps({**TEMPLATE, "sections": [{"code": "s", "items": items}]})
    records["inspection_template"][0].update(content=content, content_hash=sha(content.encode()))
    records["answer"][0].update(outcome=None, count=10_000_000)
    return b.pkg(records, files)


@case("distance no school can be at", "超出可能的范围")
def _distance_far(b):
    records, files = b.inspection()
    insp = records["inspection"][0]["id"]
    records["distance_measurement"] = [
        b.row("distance_measurement", inspection_id=insp, template_id="t1", item_code="a1",
              method="straight_line", distance_m=9_999_999.0)
    ]  # fmt: skip
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
