"""The notice's time of service (送达时间): entered when the notice is handed over.

The 送达回证 of a notice printed before it was handed over keeps a blank for the
time; once the inspector enters the real time (and who served it), it is
stored (``notice_service``, synced with the inspection's rows, every change
audit-logged) and the notice is made again as its next signed version, whose
receipt prints the time. Nothing signed is overwritten (see
:mod:`inspector.services.paperwork.versions`).

The time is never before the notice's own date (the date its first version was
issued, which every later version keeps) and never in the future.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from inspector.services.core import audit
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.store.engine import read_session, write_session
from inspector.store.models import GeneratedDocument, Inspection, NoticeService
from inspector.store.types import utcnow

NOTICE = "notice"
TIME_FORMAT = "%Y-%m-%d %H:%M"
FUTURE_SLACK = timedelta(minutes=5)  # a watch a little ahead of the device's clock


def first_notice(s: Session, inspection_id: str) -> GeneratedDocument | None:
    """The notice's first version: its date is the notice's own date (签发日期)."""
    return s.exec(
        select(GeneratedDocument)
        .where(GeneratedDocument.inspection_id == inspection_id, GeneratedDocument.kind == NOTICE)
        .order_by(col(GeneratedDocument.version), col(GeneratedDocument.generated_at))
    ).first()


def issue_date(s: Session, inspection_id: str) -> date | None:
    """The local date the notice was first issued, or None when none was made yet."""
    first = first_notice(s, inspection_id)
    return first.generated_at.astimezone().date() if first is not None else None


def parse_local_time(text: str) -> datetime:
    """``2026-12-05 10:30`` (local time, as a watch shows it) as an aware datetime."""
    cleaned = " ".join(text.replace("T", " ").split())
    try:
        return datetime.strptime(cleaned, TIME_FORMAT).astimezone()
    except ValueError:
        raise UserError(
            "送达时间“{}”的格式不对：请写成 年-月-日 时:分，如 2026-12-05 10:30。", text
        ) from None


def service_of(ctx: AppContext, inspection_id: str) -> NoticeService | None:
    with read_session(ctx.engine) as s:
        return s.exec(
            select(NoticeService).where(NoticeService.inspection_id == inspection_id)
        ).first()


def _shown(moment: datetime) -> str:
    return moment.astimezone().strftime(TIME_FORMAT)


def _check(
    s: Session, inspection_id: str, served_at: datetime
) -> tuple[Inspection, GeneratedDocument]:
    insp = s.get(Inspection, inspection_id)
    if insp is None:
        raise UserError("找不到检查记录 {}。", inspection_id)
    first = first_notice(s, inspection_id)
    if first is None:
        raise UserError(
            "这次检查还没有生成整改通知书，不能登记送达时间：请先生成签名文书，送达后再登记。"
        )
    issued = first.generated_at.astimezone().date()
    if served_at.astimezone().date() < issued:
        raise UserError(
            "送达时间 {} 早于整改通知书 {} 的签发日期 {}：通知书不能在签发之前送达，"
            "请核对后重新填写。",
            _shown(served_at),
            first.number,
            issued.isoformat(),
        )
    now = utcnow()
    if served_at > now + FUTURE_SLACK:
        raise UserError(
            "送达时间 {} 晚于现在（{}）：只能登记已经送达的时间。", _shown(served_at), _shown(now)
        )
    return insp, first


def check_time(ctx: AppContext, inspection_id: str, served_at: datetime) -> None:
    """Raise the sentence :func:`record_service` would refuse ``served_at`` with, if any."""
    with read_session(ctx.engine) as s:
        _check(s, inspection_id, served_at.astimezone())


def record_service(
    ctx: AppContext, inspection_id: str, served_at: datetime, server_name: str = ""
) -> NoticeService:
    """Store when (and by whom) the notice was handed over; refuses a time before the
    notice's own date or in the future with a sentence. Returns the stored row."""
    if served_at.tzinfo is None:
        served_at = served_at.astimezone()  # a naive time is local, as entered
    server = server_name.strip()
    if len(server) > 100:
        raise UserError("送达人姓名太长（最多 100 个字）。")
    with write_session(ctx.engine) as s:
        insp, first = _check(s, inspection_id, served_at)
        server = server or insp.lead_inspector_name.strip()
        if not server:
            raise UserError("请填写送达人姓名。")
        row = s.exec(
            select(NoticeService).where(NoticeService.inspection_id == inspection_id)
        ).first()
        old: dict[str, str] | None = None
        if row is None:
            row = NoticeService(
                inspection_id=inspection_id,
                notice_number=first.number,
                served_at=served_at,
                server_name=server,
                created_by_device=ctx.device_id,
            )
        else:
            old = {"served_at": row.served_at.isoformat(), "server": row.server_name}
            row.served_at = served_at
            row.server_name = server
            row.touch(ctx.device_id)
        s.add(row)
        audit.record(
            s,
            inspection_id=inspection_id,
            entity="notice_service",
            entity_id=row.id,
            field="served_at",
            old=old,
            new={
                "number": first.number,
                "served_at": served_at.isoformat(),
                "server": server,
            },
            actor=ctx.settings.inspector_name,
            device=ctx.device_id,
            kind="serve",
        )
    return row


def served_text(row: NoticeService | None, lang: str = "zh_CN") -> str:
    """The time of service as the receipt prints it, or "" when none was entered."""
    if row is None:
        return ""
    local = row.served_at.astimezone()
    if lang.startswith("en"):
        return local.strftime("%Y-%m-%d %H:%M")
    return f"{local.year}年{local.month}月{local.day}日 {local:%H}时{local:%M}分"
