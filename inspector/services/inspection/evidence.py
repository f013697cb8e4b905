"""Evidence files against the SHA-256 stored for them: photos and handwritten signatures.

A photo keeps ``stored_sha256`` (the file under ``<data>/photos`` as written) and
a handwritten signature keeps ``png_sha256`` (the PNG under
``<data>/signatures``). A file that no longer matches (another picture copied
over it) or has gone is never used as evidence: making a document, exporting a
package and the self-test call :func:`require_intact` or :func:`scan`, and
``inspector db check`` lists every problem.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, select

from inspector.domain.text import Message
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.store.engine import read_session
from inspector.store.models import HandSignature, Inspection, Photo, Site

MISSING = "missing"
MISMATCH = "mismatch"
CHUNK = 1 << 20


@dataclass(frozen=True)
class EvidenceProblem:
    """One evidence file that cannot be trusted."""

    problem: str  # missing | mismatch
    kind: str  # photo | signature
    path: Path
    inspection_id: str
    site_name: str
    visit: str  # local start time of the inspection, "YYYY-MM-DD HH:MM"
    expected: str
    actual: str = ""

    def message(self, then: Message | str = "") -> Message:
        """A zh_CN sentence naming the file and the inspection (and what follows from it)."""
        what = Message("照片") if self.kind == "photo" else Message("签名图片")
        if self.problem == MISSING:
            return Message(
                "{}文件 {} 不见了（{} {} 的检查，记录 {}）。{}",
                what, self.path, self.site_name, self.visit, self.inspection_id, then,
            )  # fmt: skip
        return Message(
            "{}文件 {} 与存储时的 SHA-256 不一致，已被替换或改动（{} {} 的检查，记录 {}）。{}",
            what, self.path, self.site_name, self.visit, self.inspection_id, then,
        )  # fmt: skip


def file_sha256(path: Path) -> str | None:
    """The file's SHA-256, or None when it cannot be read."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def _visit(s: Session, inspection_id: str, cache: dict[str, tuple[str, str]]) -> tuple[str, str]:
    if inspection_id not in cache:
        insp = s.get(Inspection, inspection_id)
        site = s.get(Site, insp.site_id) if insp is not None else None
        when = insp.started_at.astimezone().strftime("%Y-%m-%d %H:%M") if insp else ""
        name = getattr(insp, "site_name", "") or (site.name if site else "")
        cache[inspection_id] = (name or "?", when)
    return cache[inspection_id]


def _check(
    s: Session,
    cache: dict[str, tuple[str, str]],
    kind: str,
    path: Path,
    inspection_id: str,
    expected: str,
) -> EvidenceProblem | None:
    actual = file_sha256(path)
    if actual is not None and (not expected or actual == expected):
        return None
    name, when = _visit(s, inspection_id, cache)
    problem = MISSING if actual is None else MISMATCH
    return EvidenceProblem(problem, kind, path, inspection_id, name, when, expected, actual or "")


def _scan(
    ctx: AppContext,
    inspection_ids: Iterable[str] | None = None,
    changed_after: datetime | None = None,
) -> list[EvidenceProblem]:
    out: list[EvidenceProblem] = []
    cache: dict[str, tuple[str, str]] = {}
    ids = sorted(set(inspection_ids)) if inspection_ids is not None else None
    with read_session(ctx.engine) as s:
        photos = select(Photo).order_by(Photo.inspection_id, Photo.file_name)
        sigs = select(HandSignature).order_by(HandSignature.inspection_id, HandSignature.role)
        if ids is not None:
            photos = photos.where(col(Photo.inspection_id).in_(ids))
            sigs = sigs.where(col(HandSignature.inspection_id).in_(ids))
        if changed_after is not None:
            photos = photos.where(Photo.updated_at > changed_after)
            sigs = sigs.where(HandSignature.updated_at > changed_after)
        for p in s.exec(photos):
            path = ctx.paths.photos / p.file_name
            found = _check(s, cache, "photo", path, p.inspection_id, p.stored_sha256)
            if found is not None:
                out.append(found)
        for h in s.exec(sigs):
            if not h.file_name:
                continue  # a refusal has no picture
            path = ctx.paths.signatures / h.file_name
            found = _check(s, cache, "signature", path, h.inspection_id, h.png_sha256)
            if found is not None:
                out.append(found)
    return out


def scan(ctx: AppContext) -> list[EvidenceProblem]:
    """Every photo and signature file of the data directory that is missing or altered."""
    return _scan(ctx)


def check_inspection(ctx: AppContext, inspection_id: str) -> list[EvidenceProblem]:
    return _scan(ctx, [inspection_id])


def require_intact(ctx: AppContext, inspection_id: str) -> None:
    """Refuse (UserError naming the file and the inspection) when any evidence file is bad."""
    _refuse(_scan(ctx, [inspection_id]), Message("不能用它制作文书。"))


def require_intact_since(ctx: AppContext, changed_after: datetime | None) -> None:
    """Refuse an export whose rows carry an evidence file that is missing or altered."""
    _refuse(_scan(ctx, changed_after=changed_after), Message("不能导出数据包。"))


def _refuse(problems: list[EvidenceProblem], consequence: Message) -> None:
    if not problems:
        return
    more = len(problems) - 1
    if more:
        consequence = Message(
            "{}另有 {} 个证据文件有问题，请运行 inspector db check 查看。", consequence, more
        )
    raise UserError(problems[0].message(consequence))
