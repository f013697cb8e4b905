"""What a device may write: row ownership, carried files, certificates, references.

A signature says who sent a package, not what they may write. The checks here
run after the signature and the hashes are verified (see docs/sync-format.md,
"Who may write what"): each failure refuses the whole package with a sentence.
The checks that need no database run from :func:`check_package_files`; those
that compare with the office's rows run inside the import transaction from
:func:`check_against_office`.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from inspector.domain.plausible import hard_range_of
from inspector.domain.text import Message
from inspector.sync.incoming import IncomingCert, IncomingRow, VerifiedPackage
from inspector.sync.package import PackageRejected
from inspector.sync.safety import read_entry
from inspector.sync.tables import table_by_name

CERT_MAX_BYTES = 64 * 1024
FUTURE_SLACK = timedelta(days=1)
# Columns holding the SHA-256 of the file a row names (table -> column).
FILE_HASH_COLUMNS = {
    "photo": "stored_sha256",
    "hand_signature": "png_sha256",
    "generated_document": "sha256",
}
TIME_COLUMNS = ("created_at", "updated_at", "at")


def future_rows(rows: dict[str, list[IncomingRow]], now: datetime) -> list[tuple[str, str]]:
    """(table, id) of rows whose times lie more than a day after ``now`` (flagged, kept)."""
    limit = now + FUTURE_SLACK
    out = []
    for table, incoming in rows.items():
        for row in incoming:
            if any(
                isinstance(row.values.get(c), datetime) and row.values[c] > limit
                for c in TIME_COLUMNS
            ):
                out.append((table, row.id))
    return out


def check_package_files(pkg: VerifiedPackage) -> list[IncomingCert]:
    """Every carried file is referenced by a row of the package and matches the row's hash.

    Certificates (``files/certs/``) are taken out of ``pkg.files`` and returned:
    they are never written into the data folder by an import. An unreadable one
    refuses the package; a CA certificate or an expired one is returned with
    its ``refusal`` set (the exporter sends the device's certificates with every
    package: an expired one must not stop the device's records).
    """
    referenced: dict[str, str | None] = {}
    for table, incoming in pkg.rows.items():
        found = table_by_name(table)
        if found is None:
            continue
        spec = found[0]
        for column, folder in spec.files.items():
            hash_column = FILE_HASH_COLUMNS.get(table) if column == "file_name" else None
            for row in incoming:
                name = row.values.get(column)
                if isinstance(name, str) and name:
                    expected = row.values.get(hash_column) if hash_column else None
                    referenced[f"{folder}/{name}"] = expected or None
    certs = []
    for rel in sorted(pkg.files):
        entry, digest = pkg.files[rel]
        if rel.startswith("certs/"):
            certs.extend(_read_certs(pkg, rel, entry))
            del pkg.files[rel]
            continue
        if rel not in referenced:
            raise PackageRejected(
                Message("数据包中的文件 “{}” 不属于数据包中的任何记录，已拒收。", rel)
            )
        expected = referenced[rel]
        if expected is not None and expected.lower() != digest:
            raise PackageRejected(
                Message("数据包中的文件 “{}” 与其记录中的 SHA-256 不符，已拒收。", rel)
            )
    return certs


def _read_certs(pkg: VerifiedPackage, rel: str, entry: str) -> list[IncomingCert]:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    raw = read_entry(pkg.zf, entry, CERT_MAX_BYTES)
    try:
        if b"-----BEGIN" in raw:
            certs = x509.load_pem_x509_certificates(raw)
        else:
            certs = [x509.load_der_x509_certificate(raw)]
    except ValueError:
        raise PackageRejected(Message("数据包中的证书文件 “{}” 无法读取，已拒收。", rel)) from None
    now = datetime.now(UTC)
    out = []
    for cert in certs:
        try:
            constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        except x509.ExtensionNotFound:
            constraints = None
        except ValueError:
            raise PackageRejected(
                Message("数据包中的证书文件 “{}” 的扩展项无法读取，已拒收。", rel)
            ) from None
        self_issued = cert.subject == cert.issuer
        refusal = None
        if (
            constraints is not None
            and constraints.ca
            and not (self_issued and constraints.path_length == 0)
        ):
            refusal = Message("数据包中的证书 “{}” 是可以签发其他证书的 CA 证书，已拒收。", rel)
        elif cert.not_valid_after_utc < now:
            refusal = Message("数据包中的证书 “{}” 已过期，已拒收。", rel)
        cn = cert.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
        der = cert.public_bytes(Encoding.DER)
        out.append(
            IncomingCert(
                name=rel,
                fingerprint=hashlib.sha256(der).hexdigest(),
                subject=cert.subject.rfc4514_string()[:500],
                common_name=str(cn[0].value)[:200] if cn else "",
                not_after=cert.not_valid_after_utc,
                pem=cert.public_bytes(Encoding.PEM).decode("ascii"),
                refusal=refusal,
            )
        )
    return out


# Columns naming the parent a row belongs to: the parent must be the sending device's.
OWNING_PARENTS = {
    "inspection_id": "inspection",
    "reinspection_id": "inspection",
    "case_id": "rectification_case",
}


def check_against_office(conn, pkg: VerifiedPackage, certs: list[IncomingCert]) -> None:
    """Checks that need the office's rows; run inside the import transaction."""
    for column, parent in OWNING_PARENTS.items():
        _check_parents(conn, pkg, column, parent)
    _check_answers(conn, pkg)
    _check_distances(pkg)
    if certs:
        _check_cert_people(conn, pkg, certs)


def _check_parents(conn, pkg: VerifiedPackage, column: str, parent: str) -> None:
    """Every row naming a parent in ``column`` names one created by the sending device."""
    device = pkg.manifest.device_id
    found = table_by_name(parent)
    if found is None:
        return
    t = found[1]
    in_package = {r.id: r.values for r in pkg.rows.get(parent, [])}
    children = [
        (table, r)
        for table, rows in pkg.rows.items()
        if table != parent
        for r in rows
        if isinstance(r.values.get(column), str)
    ]
    wanted = sorted({r.values[column] for _table, r in children})
    at_office: dict[str, Any] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for row in conn.execute(select(t.c.id, t.c.created_by_device).where(t.c.id.in_(chunk))):
            at_office[row[0]] = row[1]
    for table, r in children:
        parent_id = r.values[column]
        owner = at_office.get(parent_id)
        if owner is None and parent_id in in_package:
            owner = in_package[parent_id]["created_by_device"]
        if owner and owner != device:  # empty: the sending device's own (see merge)
            raise PackageRejected(
                Message(
                    "{} 的记录 {} 属于另一台设备的 {} {}，数据包只能写本设备的记录，已拒收。",
                    table,
                    r.id,
                    parent,
                    parent_id,
                )
            )


def _template_items(content: str) -> tuple[Any, Any, dict[str, tuple[str, str]]]:
    """A frozen template's id, version and items (code -> answer kind and unit)."""
    try:
        data = json.loads(content)
        items = {
            str(item.get("code")): (str(item.get("answer", "")), str(item.get("unit") or ""))
            for section in data.get("sections", [])
            for item in section.get("items", [])
        }
        return data.get("id"), data.get("version"), items
    except (ValueError, AttributeError, TypeError):
        return None, None, {}


def _check_distances(pkg: VerifiedPackage) -> None:
    """Refuse a measured distance no school can be at (the services refuse it too)."""
    hard = hard_range_of("measurement", "m")
    assert hard is not None
    for r in pkg.rows.get("distance_measurement", []):
        value = r.values.get("distance_m")
        if isinstance(value, int | float) and not hard.holds(float(value)):
            raise PackageRejected(
                Message("distance_measurement 的记录 {} 的距离 {} 米超出可能的范围（{}），已拒收。",
                        r.id, value, hard.text())
            )  # fmt: skip


def _check_figure(r: IncomingRow, kind: str, unit: str) -> None:
    """Refuse an answer whose count or measurement no inspection can hold (the walk and
    the services refuse it too: :mod:`inspector.domain.plausible`)."""
    value = r.values.get(kind) if kind in ("count", "measurement") else None
    hard = hard_range_of(kind, unit)
    if hard is None or not isinstance(value, int | float) or hard.holds(float(value)):
        return
    raise PackageRejected(
        Message(
            "answer 的记录 {} 的数值 {} 超出检查项 {} 可能的范围（{}），已拒收。",
            r.id,
            value,
            r.values["item_code"],
            hard.text(),
        )
    )


def _check_answers(conn, pkg: VerifiedPackage) -> None:
    answers = pkg.rows.get("answer", [])
    if not answers:
        return
    found = table_by_name("inspection_template")
    assert found is not None
    tt = found[1]
    templates: dict[tuple[str, str], tuple[Any, dict[str, tuple[str, str]]]] = {}
    for r in pkg.rows.get("inspection_template", []):
        v = r.values
        tid, version, items = _template_items(v["content"])
        ok = tid == v["template_id"] and version == v["template_version"]
        templates[(v["inspection_id"], v["template_id"])] = (ok, items)
    wanted = sorted({r.values["inspection_id"] for r in answers})
    for start in range(0, len(wanted), 500):
        rows = conn.execute(
            select(tt.c.inspection_id, tt.c.template_id, tt.c.template_version, tt.c.content).where(
                tt.c.inspection_id.in_(wanted[start : start + 500])
            )
        )
        for insp_id, template_id, version, content in rows:
            if (insp_id, template_id) not in templates:
                tid, v, items = _template_items(content)
                templates[(insp_id, template_id)] = (tid == template_id and v == version, items)
    for r in answers:
        key = (r.values["inspection_id"], r.values["template_id"])
        known = templates.get(key)
        if known is None or not known[0]:
            raise PackageRejected(
                Message(
                    "answer 的记录 {} 引用的检查表 {} 不是该检查使用的检查表版本，已拒收。",
                    r.id,
                    r.values["template_id"],
                )
            )
        if r.values["item_code"] not in known[1]:
            raise PackageRejected(
                Message(
                    "answer 的记录 {} 引用的检查项 {} 不在检查表 {} 中，已拒收。",
                    r.id,
                    r.values["item_code"],
                    r.values["template_id"],
                )
            )
        _check_figure(r, *known[1][r.values["item_code"]])


def _check_cert_people(conn, pkg: VerifiedPackage, certs: list[IncomingCert]) -> None:
    """A certificate must name (common name) an inspector of an inspection by this device.

    One that does not is refused (never held, never trusted); the package is not.
    """
    device = pkg.manifest.device_id
    found = table_by_name("inspection")
    assert found is not None
    t = found[1]
    people = set()
    for r in pkg.rows.get("inspection", []):
        people.update({r.values.get("lead_inspector_name"), r.values.get("co_inspector_name")})
    for lead, co in conn.execute(
        select(t.c.lead_inspector_name, t.c.co_inspector_name).where(
            t.c.created_by_device == device
        )
    ):
        people.update({lead, co})
    people.discard("")
    people.discard(None)
    for cert in certs:
        if cert.refusal is None and cert.common_name not in people:
            cert.refusal = Message(
                "数据包中的证书 “{}” 的持有人 {} 不是该设备的检查人员，已拒收。",
                cert.name,
                cert.common_name or cert.subject,
            )
