"""Document numbers (文书编号), issued offline from the inspector's own block.

The office assigns each inspector a block: a prefix and a range of sequence
numbers (kept in the settings for now, delivered by sync later). A number is
issued inside one write transaction (``BEGIN IMMEDIATE`` on SQLite, so writers
queue) and the ``issued_number`` table's unique constraints make sure no
number is ever given out twice, even by two processes on the same file.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.settings import get_value, set_value
from inspector.store.engine import read_session, write_session
from inspector.store.models import DocumentNumberBlock, IssuedNumber

BLOCK_KEY = "documents.number_block"  # {"prefix": str, "first": int, "last": int}
RETRIES = 5


@dataclass(frozen=True)
class BlockConfig:
    prefix: str
    first: int
    last: int
    provisional: bool = False  # not assigned by the office: derived from the device id

    @property
    def width(self) -> int:
        return max(4, len(str(self.last)))


def block_config(ctx: AppContext) -> BlockConfig:
    """The block numbers come from: this device's office block still in use (blocks the
    office assigned arrive with its bundle), else the one typed into the settings, else a
    provisional one tied to this device."""
    from inspector.services.paperwork.number_blocks import current_block

    with read_session(ctx.engine) as s:
        office = current_block(s, ctx.device_id)
    if office is not None:
        return BlockConfig(office.prefix, office.first, office.last)
    data = get_value(ctx.engine, BLOCK_KEY) or {}
    prefix = str(data.get("prefix") or "").strip()
    if prefix:
        first, last = int(data.get("first", 1)), int(data.get("last", 9999))
        return BlockConfig(prefix, first, last)
    device = (ctx.device_id or "LOCAL").replace("-", "")[:6].upper()
    return BlockConfig(f"临{device}-", 1, 9999, provisional=True)


def set_block(ctx: AppContext, prefix: str, first: int, last: int) -> BlockConfig:
    """Store the office-assigned block (the settings page and the CLI call this)."""
    prefix = prefix.strip()
    if not prefix:
        raise UserError("编号前缀不能为空。")
    if first < 1 or last < first:
        raise UserError("编号范围 {}–{} 无效：起始号应不小于 1，且不大于结束号。", first, last)
    from inspector.services.paperwork.number_blocks import overlapping

    with read_session(ctx.engine) as s:
        clash = next(
            (
                b
                for b in overlapping(s, prefix, first, last)
                # the block typed here before (same start) may be changed
                if not (b.created_by_device == ctx.device_id and b.first == first)
            ),
            None,
        )
        if clash is not None:
            owner = clash.assigned_to or clash.created_by_device
            raise UserError(
                "编号段 {}{}–{} 与已有的编号段 {}{}–{}（{}）重叠，同一编号会被用两次。"
                "请使用创建办分配的编号段。",
                prefix, first, last, clash.prefix, clash.first, clash.last, owner,
            )  # fmt: skip
    set_value(ctx.engine, BLOCK_KEY, {"prefix": prefix, "first": first, "last": last})
    return BlockConfig(prefix, first, last)


def _block_row(session: Session, ctx: AppContext, cfg: BlockConfig) -> DocumentNumberBlock:
    row = session.exec(
        select(DocumentNumberBlock).where(
            DocumentNumberBlock.prefix == cfg.prefix, DocumentNumberBlock.first == cfg.first
        )
    ).first()
    if row is None:
        row = DocumentNumberBlock(
            prefix=cfg.prefix,
            first=cfg.first,
            last=cfg.last,
            width=cfg.width,
            assigned_to=ctx.settings.inspector_id_no,
            source="settings",
            created_by_device=ctx.device_id,
        )
        session.add(row)
        session.flush()
    elif row.last != cfg.last:
        row.last = cfg.last
        row.touch(ctx.device_id)
        session.add(row)
    return row


def issue_number(ctx: AppContext, kind: str, inspection_id: str | None = None) -> str:
    """The document number for ``kind`` of ``inspection_id``: the one already issued, or a new one.

    A new number is the next free sequence number of the current block.
    """
    cfg = block_config(ctx)
    for _attempt in range(RETRIES):
        try:
            with write_session(ctx.engine) as s:
                if inspection_id is not None:
                    existing = s.exec(
                        select(IssuedNumber).where(
                            IssuedNumber.inspection_id == inspection_id,
                            IssuedNumber.kind == kind,
                        )
                    ).first()
                    if existing is not None:
                        return existing.number
                block = _block_row(s, ctx, cfg)
                top = s.exec(
                    select(func.max(IssuedNumber.seq)).where(IssuedNumber.block_id == block.id)
                ).one()
                seq = block.first if top is None else top + 1
                if seq > block.last:
                    raise UserError(
                        "编号段 {}{}–{} 已用完，请向创建办申请新的编号段，并在设置中填写。",
                        block.prefix,
                        block.first,
                        block.last,
                    )
                number = f"{block.prefix}{seq:0{block.width}d}"
                taken = s.exec(select(IssuedNumber).where(IssuedNumber.number == number)).first()
                if taken is not None:
                    raise UserError(
                        "文书编号 {} 已经用过（{}），同一编号不能用两次。"
                        "请向创建办申请新的编号段。",
                        number, taken.inspection_id or taken.kind,
                    )  # fmt: skip
                s.add(
                    IssuedNumber(
                        block_id=block.id,
                        seq=seq,
                        number=number,
                        kind=kind,
                        inspection_id=inspection_id,
                        created_by_device=ctx.device_id,
                    )
                )
            return number
        except IntegrityError:
            continue  # another writer took it first (only possible without BEGIN IMMEDIATE)
    raise UserError("文书编号分配冲突，请重试。")


def issued_numbers(ctx: AppContext) -> list[IssuedNumber]:
    with read_session(ctx.engine) as s:
        return list(s.exec(select(IssuedNumber).order_by(col(IssuedNumber.issued_at))))


def remaining(ctx: AppContext) -> int:
    """How many numbers are left in the current block."""
    cfg = block_config(ctx)
    with read_session(ctx.engine) as s:
        block = s.exec(
            select(DocumentNumberBlock).where(
                DocumentNumberBlock.prefix == cfg.prefix, DocumentNumberBlock.first == cfg.first
            )
        ).first()
        if block is None:
            return cfg.last - cfg.first + 1
        top = s.exec(
            select(func.max(IssuedNumber.seq)).where(IssuedNumber.block_id == block.id)
        ).one()
    return cfg.last - (cfg.first - 1 if top is None else top)
