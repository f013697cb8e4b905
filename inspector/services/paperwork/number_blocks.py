"""Document-number blocks the office hands out to registered devices (编号段分配).

The office assigns each registered device a block of sequence numbers under a
prefix; blocks of one prefix never overlap (each starts after the last one
given out or seen). A block is a ``document_number_block`` row with
``source="office"`` and ``assigned_to`` set to the device id; that table is
part of the register, so the office bundle carries every block and a device
installs them with the rest of the register. The device then issues numbers
from its own office blocks, in order (:func:`inspector.services.paperwork.numbering.block_config`),
and warns when the last one is nearly used up (:func:`status`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from inspector.domain.text import Message
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.store.engine import read_session, write_session
from inspector.store.models import DocumentNumberBlock, IssuedNumber, SyncDevice, SyncOffice
from inspector.store.types import utcnow

OFFICE = "office"
MAX_COUNT = 100_000
WARN_SHARE = 0.1  # warn when less than a tenth of the block is left ...
WARN_AT_LEAST = 10  # ... or fewer than ten numbers


@dataclass(frozen=True)
class BlockRow:
    id: str
    device_id: str
    device_name: str
    prefix: str
    first: int
    last: int
    used: int

    @property
    def size(self) -> int:
        return self.last - self.first + 1

    @property
    def label(self) -> str:
        return f"{self.prefix}{self.first}–{self.last}"


@dataclass(frozen=True)
class BlockStatus:
    """What is left of this device's office blocks."""

    blocks: int
    remaining: int
    total: int
    current: str  # "prefix first–last" of the block in use, "" when none

    @property
    def nearly_used_up(self) -> bool:
        return self.blocks > 0 and self.remaining <= max(WARN_AT_LEAST, self.total * WARN_SHARE)


def _used(s: Session, block_id: str) -> int:
    return int(
        s.exec(
            select(func.count()).select_from(IssuedNumber).where(IssuedNumber.block_id == block_id)
        ).one()
    )


def overlapping(
    s: Session, prefix: str, first: int, last: int, exclude_id: str = ""
) -> list[DocumentNumberBlock]:
    """The known blocks of ``prefix`` that share a number with ``first..last``."""
    q = select(DocumentNumberBlock).where(
        DocumentNumberBlock.prefix == prefix,
        DocumentNumberBlock.first <= last,
        DocumentNumberBlock.last >= first,
    )
    if exclude_id:
        q = q.where(DocumentNumberBlock.id != exclude_id)
    return list(s.exec(q.order_by(col(DocumentNumberBlock.first))))


def assign_block(
    ctx: AppContext, device_id: str, count: int, prefix: str | None = None
) -> DocumentNumberBlock:
    """Office: give a registered device the next ``count`` numbers of ``prefix``."""
    if not 1 <= count <= MAX_COUNT:
        raise UserError("编号数量应在 1 到 {} 之间，实为 {}。", MAX_COUNT, count)
    with write_session(ctx.engine) as s:
        office = s.exec(select(SyncOffice).where(SyncOffice.is_self == True)).first()  # noqa: E712
        if office is None:
            raise UserError("只有办公室（办公室模式）可以分配编号段。")
        device = _device(s, device_id)
        prefix = (prefix if prefix is not None else default_prefix(s)).strip()
        if not prefix:
            raise UserError("编号前缀不能为空。")
        top = s.exec(
            select(func.max(DocumentNumberBlock.last)).where(DocumentNumberBlock.prefix == prefix)
        ).one()
        first = (top or 0) + 1
        last = first + count - 1
        if overlapping(s, prefix, first, last):  # only possible if rows changed under us
            raise UserError("编号段 {}{}–{} 与已有编号段重叠，未分配。", prefix, first, last)
        block = DocumentNumberBlock(
            prefix=prefix,
            first=first,
            last=last,
            width=max(4, len(str(last))),
            assigned_to=device.device_id,
            source=OFFICE,
            created_by_device=ctx.device_id,
        )
        s.add(block)
        return block


def _device(s: Session, device_id: str) -> SyncDevice:
    device = s.get(SyncDevice, device_id)
    if device is None:
        matches = list(s.exec(select(SyncDevice).where(SyncDevice.device_id.startswith(device_id))))
        device = matches[0] if len(matches) == 1 and device_id else None
    if device is None:
        raise UserError(
            "没有登记编号为 {} 的设备：请先登记设备（office register-device）。", device_id
        )
    if device.revoked:
        raise UserError("设备 {} 已被吊销，不能再分配编号段。", device.device_id)
    return device


def default_prefix(s: Session) -> str:
    """The prefix of the office's latest block, else "巡〔<year>〕"."""
    latest = s.exec(
        select(DocumentNumberBlock.prefix)
        .where(DocumentNumberBlock.source == OFFICE)
        .order_by(col(DocumentNumberBlock.created_at).desc())
    ).first()
    return latest or f"巡〔{utcnow().astimezone().year}〕"


def office_blocks(ctx: AppContext) -> list[BlockRow]:
    """Every block the office handed out, with how many of its numbers it has seen used."""
    with read_session(ctx.engine) as s:
        names = {d.device_id: d.name for d in s.exec(select(SyncDevice))}
        rows = s.exec(
            select(DocumentNumberBlock)
            .where(DocumentNumberBlock.source == OFFICE)
            .order_by(DocumentNumberBlock.prefix, col(DocumentNumberBlock.first))
        ).all()
        return [
            BlockRow(
                b.id,
                b.assigned_to,
                names.get(b.assigned_to, ""),
                b.prefix,
                b.first,
                b.last,
                _used(s, b.id),
            )
            for b in rows
        ]


def own_blocks(s: Session, device_id: str) -> list[DocumentNumberBlock]:
    """This device's office blocks, in the order they were handed out."""
    return list(
        s.exec(
            select(DocumentNumberBlock)
            .where(
                DocumentNumberBlock.source == OFFICE,
                DocumentNumberBlock.assigned_to == device_id,
            )
            .order_by(col(DocumentNumberBlock.created_at), col(DocumentNumberBlock.first))
        )
    )


def current_block(s: Session, device_id: str) -> DocumentNumberBlock | None:
    """The first of this device's office blocks that still has numbers left."""
    for block in own_blocks(s, device_id):
        if _used(s, block.id) < block.last - block.first + 1:
            return block
    return None


def status(ctx: AppContext) -> BlockStatus:
    """Device: what is left of the office blocks (all of them together)."""
    with read_session(ctx.engine) as s:
        blocks = own_blocks(s, ctx.device_id)
        total = sum(b.last - b.first + 1 for b in blocks)
        used = sum(_used(s, b.id) for b in blocks)
        current = current_block(s, ctx.device_id)
    label = f"{current.prefix}{current.first}–{current.last}" if current else ""
    return BlockStatus(len(blocks), total - used, total, label)


def reused_number(ctx: AppContext, rows: dict[str, list]) -> Message | None:
    """Office: a sentence when a package's issued numbers or blocks are already another
    device's (two devices typed the same block by hand), else None.

    Checked before the package is applied, so the office says which number and
    which devices, instead of failing on the table's unique constraint.
    """
    numbers = {r.values.get("number"): r for r in rows.get("issued_number", [])}
    blocks = {
        (r.values.get("prefix"), r.values.get("first")): r
        for r in rows.get("document_number_block", [])
    }
    if not numbers and not blocks:
        return None
    with read_session(ctx.engine) as s:
        for number, row in numbers.items():
            have = s.exec(select(IssuedNumber).where(IssuedNumber.number == number)).first()
            if have is not None and have.id != row.id:
                return Message(
                    "文书编号 {} 已由设备 {} 用于另一份文书，这个数据包（设备 {}）又用了一次。"
                    "请让两台设备改用创建办分配的编号段（office numbers assign）。",
                    number, have.created_by_device, row.values.get("created_by_device", ""),
                )  # fmt: skip
        for (prefix, first), row in blocks.items():
            block = s.exec(
                select(DocumentNumberBlock).where(
                    DocumentNumberBlock.prefix == prefix, DocumentNumberBlock.first == first
                )
            ).first()
            if block is not None and block.id != row.id:
                return Message(
                    "编号段 {}{} 起已由设备 {} 使用，这个数据包（设备 {}）又登记了同一编号段。"
                    "请让两台设备改用创建办分配的编号段（office numbers assign）。",
                    prefix, first, block.created_by_device, row.values.get("created_by_device", ""),
                )  # fmt: skip
    return None
