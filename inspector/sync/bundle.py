"""The office bundle: a zip signed by the office key (see docs/sync-format.md).

Entries: ``bundle.json`` (the manifest), ``bundle.sig`` (base64 Ed25519
signature of bundle.json by the office signing key), ``register/<table>.jsonl``
(register rows, same record lines as packages), ``templates/…``, ``policy/…``
and ``certs/…`` (opaque files). Whether the signing key is *trusted* is the
caller's decision (trust on first use, by fingerprint).
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field

from inspector.domain.text import Message
from inspector.sync.keys import KeyFileError, b64, fingerprint, unb64, verify
from inspector.sync.package import PackageRejected, sha256
from inspector.sync.safety import DEFAULT_LIMITS, ZipLimits, open_zip, read_entry

BUNDLE_FORMAT = "inspector-office-bundle"
BUNDLE_FORMAT_VERSION = 1
BUNDLE_MANIFEST = "bundle.json"
BUNDLE_SIGNATURE = "bundle.sig"
BUNDLE_SUFFIX = ".inspbundle"
BUNDLE_FOLDERS = ("register", "templates", "policy", "certs")
BUILTIN_POLICY = "builtin"  # manifest "policy": the devices go back to the shipped policy


@dataclass
class BundleManifest:
    office_name: str
    signing_key: str
    encryption_key: str
    sequence: int
    created_at: str
    require_encryption: bool = False
    acknowledged: dict[str, int] = field(default_factory=dict)
    records: dict[str, int] = field(default_factory=dict)
    files: list[dict] = field(default_factory=list)
    policy: str = ""  # "builtin": no policy files, and the devices drop theirs

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key)

    def to_bytes(self) -> bytes:
        doc = {
            "format": BUNDLE_FORMAT,
            "format_version": BUNDLE_FORMAT_VERSION,
            "office_name": self.office_name,
            "signing_key": self.signing_key,
            "encryption_key": self.encryption_key,
            "sequence": self.sequence,
            "created_at": self.created_at,
            "require_encryption": self.require_encryption,
            "acknowledged": self.acknowledged,
            "records": self.records,
            "files": self.files,
        }
        if self.policy:
            doc["policy"] = self.policy
        return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode()


@dataclass
class Bundle:
    manifest: BundleManifest
    entries: dict[str, bytes]

    def under(self, folder: str) -> dict[str, bytes]:
        prefix = folder + "/"
        return {n[len(prefix) :]: b for n, b in self.entries.items() if n.startswith(prefix)}


def build_bundle(manifest: BundleManifest, entries: dict[str, bytes], signing_key) -> bytes:
    manifest.files = [
        {"path": name, "sha256": sha256(body), "size": len(body)}
        for name, body in sorted(entries.items())
    ]
    body = manifest.to_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in sorted(entries.items()):
            zf.writestr(name, data)
        zf.writestr(BUNDLE_MANIFEST, body)
        zf.writestr(BUNDLE_SIGNATURE, b64(signing_key.sign(body)) + "\n")
    return buf.getvalue()


def _parse(body: bytes) -> BundleManifest:
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise PackageRejected(Message("配置包清单 bundle.json 不是有效的 JSON。")) from exc
    if not isinstance(doc, dict) or doc.get("format") != BUNDLE_FORMAT:
        raise PackageRejected(Message("这不是办公室配置包。"))
    if int(doc.get("format_version", 0)) > BUNDLE_FORMAT_VERSION:
        raise PackageRejected(Message("配置包来自更新版本的程序，请先升级本机的程序。"))
    policy = doc.get("policy", "")
    if policy not in ("", BUILTIN_POLICY):
        raise PackageRejected(Message("配置包来自更新版本的程序，请先升级本机的程序。"))
    try:
        return BundleManifest(
            office_name=str(doc["office_name"]),
            signing_key=str(doc["signing_key"]),
            encryption_key=str(doc["encryption_key"]),
            sequence=int(doc["sequence"]),
            created_at=str(doc["created_at"]),
            require_encryption=bool(doc.get("require_encryption", False)),
            acknowledged={str(k): int(v) for k, v in dict(doc.get("acknowledged", {})).items()},
            records={str(k): int(v) for k, v in dict(doc.get("records", {})).items()},
            files=[
                {"path": str(f["path"]), "sha256": str(f["sha256"]), "size": int(f["size"])}
                for f in doc["files"]
            ],
            policy=policy,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise PackageRejected(Message("配置包清单缺少必需的字段（{}）。", exc)) from exc


def read_bundle(data: bytes, limits: ZipLimits = DEFAULT_LIMITS) -> Bundle:
    """Open a bundle and check its own signature and every file; trust is checked by the caller."""
    zf = open_zip(data, limits)
    body = read_entry(zf, BUNDLE_MANIFEST, 16 * 1024 * 1024)
    manifest = _parse(body)
    try:
        signature = unb64(read_entry(zf, BUNDLE_SIGNATURE, 1024).decode("ascii").strip())
    except (UnicodeDecodeError, KeyFileError):
        signature = b""
    if not verify(manifest.signing_key, signature, body):
        raise PackageRejected(
            Message("配置包的签名无效：内容被改动或不是由其中的办公室密钥签发的。")
        )
    declared = {f["path"]: f for f in manifest.files}
    present = set(zf.namelist()) - {BUNDLE_MANIFEST, BUNDLE_SIGNATURE}
    if present != set(declared):
        raise PackageRejected(Message("配置包中的文件与清单不一致。"))
    entries = {}
    for name, f in declared.items():
        if name.split("/", 1)[0] not in BUNDLE_FOLDERS or "/" not in name:
            raise PackageRejected(Message("配置包中的文件 “{}” 不属于可接收的文件夹。", name))
        data_ = read_entry(zf, name, f["size"])
        if len(data_) != f["size"] or sha256(data_) != f["sha256"]:
            raise PackageRejected(Message("配置包中的文件 “{}” 与清单的 SHA-256 不符。", name))
        entries[name] = data_
    return Bundle(manifest, entries)
