"""Versions of a signed document: nothing signed is ever overwritten.

A document is made from its *inputs*: the record (its content hash, which
covers amendments), the handwritten signatures, the notice's deadlines, the
document language and whether it is digitally signed. :func:`inputs_hash`
fingerprints them. Making a document again with the same inputs returns the
file already made; with other inputs it becomes the next version: a new row,
a new file (``record-<no>-v2.pdf``), the same document number, and a line on
the document saying which version it replaces and why (:func:`change_reason`).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, col, select

from inspector.domain.text import Message
from inspector.services.inspection.record_hash import record_hash
from inspector.store.models import GeneratedDocument

ROLE_NAMES = {
    "lead": "检查人员（主办）",
    "co": "检查人员（协办）",
    "party": "被检查方",
    "witness": "见证人",
}


def latest(s: Session, inspection_id: str, kind: str) -> GeneratedDocument | None:
    """The newest version of the inspection's document of ``kind``."""
    return s.exec(
        select(GeneratedDocument)
        .where(GeneratedDocument.inspection_id == inspection_id, GeneratedDocument.kind == kind)
        .order_by(col(GeneratedDocument.version).desc(), col(GeneratedDocument.generated_at).desc())
    ).first()


def versions(s: Session, inspection_id: str, kind: str) -> list[GeneratedDocument]:
    """Every version, oldest first."""
    return list(
        s.exec(
            select(GeneratedDocument)
            .where(GeneratedDocument.inspection_id == inspection_id, GeneratedDocument.kind == kind)
            .order_by(col(GeneratedDocument.version))
        )
    )


def _signature_facts(b: Any) -> list[list]:
    return sorted(
        [
            h.role, h.name, h.role_text, h.png_sha256, h.refused, h.refusal_reason,
            h.witness_name, h.content_hash,
        ]
        for h in b.signatures.values()
    )  # fmt: skip


def inputs_hash(b: Any, kind: str, days: dict[str, int] | None, lang: str, signed: bool) -> str:
    """SHA-256 over everything a document is made from."""
    facts = {
        "kind": kind,
        "record": record_hash(b),
        "signatures": _signature_facts(b),
        "days": sorted((days or {}).items()),
        "language": lang,
        "signed": signed,
    }
    if kind == "notice" and getattr(b, "service", None) is not None:  # the time of service
        facts["served"] = [b.service.served_at.isoformat(), b.service.server_name]
    raw = json.dumps(facts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=UTC)


def change_reason(prev: GeneratedDocument, b: Any, signed: bool) -> str:
    """Why the document is made again, in words (zh_CN, printed on the new version)."""
    since = _aware(prev.generated_at)
    parts: list[str] = []
    if prev.content_hash != record_hash(b):
        reasons = [
            f"{a.item_code} {a.reason}" for a in b.amendment_log if _aware(a.at) > since
        ] or [a.reason for a in b.amendment_log[-1:]]
        parts.append(Message("记录已更正（{}）", "；".join(reasons)) if reasons else "记录已更改")
    new_sigs = [
        ROLE_NAMES.get(h.role, h.role)
        for h in sorted(b.signatures.values(), key=lambda h: h.role)
        if _aware(h.signed_at) > since
    ]
    if new_sigs:
        parts.append(Message("新的签名：{}", "、".join(new_sigs)))
    service = getattr(b, "service", None)
    if prev.kind == "notice" and service is not None and _aware(service.updated_at) > since:
        served = service.served_at.astimezone().strftime("%Y-%m-%d %H:%M")
        parts.append(Message("登记送达时间 {}（送达人 {}）", served, service.server_name))
    if signed and not prev.signed:
        parts.append(Message("加盖电子签名"))
    return "；".join(parts) or Message("整改期限或文书语言变更")


def stale_signatures(b: Any) -> list[str]:
    """Roles whose handwritten signature (or refusal) was given for other content:
    before an amendment. Such a record needs new signatures before it is signed."""
    digest = record_hash(b)
    return [
        ROLE_NAMES.get(role, role)
        for role, h in sorted(b.signatures.items())
        if h.content_hash and h.content_hash != digest
    ]


def file_name(kind: str, safe_number: str, version: int) -> str:
    """``record-<no>.pdf`` for the first version, ``record-<no>-v2.pdf`` after."""
    return f"{kind}-{safe_number}.pdf" if version <= 1 else f"{kind}-{safe_number}-v{version}.pdf"
