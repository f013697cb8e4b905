"""Red and black lists (红黑榜): draft, review, exclude, reply, publish, remove.

A draft is computed from the period's records by the policy's rules. Reviewers
exclude entries (with a reason) and add the site's reply. Publishing gives the
issue a number and freezes a snapshot (every entry, reason, problem, reply and
removal) whose SHA-256 is stored beside it; the bulletin PDF and XLSX are made
from that snapshot, so later edits of the register or the cases cannot change a
published issue, and the database refuses edits of the issue itself.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from inspector.domain import cases as case_rules
from inspector.domain.collation import pinyin_key
from inspector.domain.list_rules import BLACK, RED, classify
from inspector.domain.periods import Period, PeriodError, parse_period
from inspector.domain.site_kinds import CATEGORY_LABELS
from inspector.domain.text import N_, message_of
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.list_policy import load_list_policy, today_local
from inspector.services.core.progress import Cancel, Progress, step
from inspector.services.followup.list_records import ALL, kinds_of, site_records
from inspector.store.engine import read_session, write_session
from inspector.store.models import (
    Licence,
    ListEntry,
    ListIssue,
    ListRemoval,
    Photo,
    RectificationCase,
    Site,
)
from inspector.store.types import new_id, utcnow

CATEGORIES = (ALL, *CATEGORY_LABELS)
SNAPSHOT_FORMAT = 1
CHECK_EVERY = 500  # sites classified between two progress reports / cancel checks


def category_label(category: str, language: str = "zh_CN") -> str:
    if category == ALL:
        return "All categories" if language.startswith("en") else "全部类别"
    return CATEGORY_LABELS[category].get(language)


def parse_period_arg(text: str) -> Period:
    try:
        return parse_period(text)
    except PeriodError as exc:
        raise UserError(message_of(exc)) from None


ENTRY_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "created_by_device",
    "row_version",
    "issue_id",
    "site_id",
    "colour",
    "reasons",
    "excluded",
    "exclusion_reason",
    "reply_note",
)


def _db_time(s: Session, moment: datetime) -> datetime | str:
    """A UTC time as the column type would bind it (SQLite keeps naive UTC text)."""
    if s.get_bind().dialect.name == "sqlite":
        return moment.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    return moment


def _bulk_insert(s: Session, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """One executemany of plain tuples: thousands of rows without per-row ORM work."""
    if not rows:
        return
    mark = "?" if s.get_bind().dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    s.connection().exec_driver_sql(sql, rows)


def _check_category(category: str) -> None:
    if category not in CATEGORIES:
        raise UserError("未知的类别“{}”，可选：{}。", category, "、".join(CATEGORIES))


# --- drafting ------------------------------------------------------------------------


def draft_list(
    ctx: AppContext,
    period_text: str,
    category: str = ALL,
    today: date | None = None,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ListIssue:
    """Compute the draft for a period and category (replacing an earlier draft of the same).

    Exclusions and replies already made in the earlier draft are kept for the
    sites that are still on the same list. The whole draft is one transaction:
    when ``cancel()`` turns true (checked between steps, the last time just
    before the commit) it is rolled back and :class:`WorkCancelled` raised.
    """
    period = parse_period_arg(period_text)
    _check_category(category)
    policy = load_list_policy(ctx)
    today = today or today_local()
    step(progress, cancel, 0, 0, N_("正在读取本期检查记录…"))
    with write_session(ctx.engine) as s:
        records = site_records(s, period, category, today)
        total = len(records)
        step(progress, cancel, 0, total, N_("正在按规则判定…"))
        issue = s.exec(
            select(ListIssue).where(
                ListIssue.period == period.key,
                ListIssue.category == category,
                ListIssue.status == "draft",
            )
        ).first()
        kept: dict[tuple[str, str], tuple[bool, str, str]] = {}
        if issue is None:
            issue = ListIssue(period=period.key, category=category, created_by_device=ctx.device_id)
            s.add(issue)
            s.flush()
        else:
            q = select(  # type: ignore[call-overload]  # sqlmodel types select() up to 4 columns
                ListEntry.site_id,
                ListEntry.colour,
                ListEntry.excluded,
                ListEntry.exclusion_reason,
                ListEntry.reply_note,
            ).where(ListEntry.issue_id == issue.id)
            for site_id, colour, excluded, why, reply in s.exec(q):
                if excluded or reply:
                    kept[(site_id, colour)] = (excluded, why, reply)
            s.execute(delete(ListEntry).where(col(ListEntry.issue_id) == issue.id))
        issue.office_name = ctx.settings.office_name
        issue.touch(ctx.device_id)
        s.add(issue)
        s.flush()
        now = _db_time(s, utcnow())
        rows: list[tuple] = []
        for i, (site_id, record) in enumerate(records.items()):
            if i and i % CHECK_EVERY == 0:
                step(progress, cancel, i, total, N_("正在按规则判定…"))
            verdict = classify(record, policy)
            if verdict.colour is None:
                continue
            excluded, why, reply = kept.get((site_id, verdict.colour), (False, "", ""))
            reasons = json.dumps([r.to_data() for r in verdict.reasons], ensure_ascii=False)
            rows.append(
                (
                    new_id(),
                    now,
                    now,
                    ctx.device_id,
                    1,
                    issue.id,
                    site_id,
                    verdict.colour,
                    reasons,
                    excluded,
                    why,
                    reply,
                )
            )
        _bulk_insert(s, ListEntry.__tablename__, ENTRY_COLUMNS, rows)
        step(progress, cancel, total, total, N_("正在保存草稿…"))  # last chance: rolls back
        return issue


@dataclass(frozen=True)
class EntryRow:
    id: str
    site_id: str
    site_name: str
    address: str
    grid: str
    colour: str
    reasons: tuple[str, ...]
    excluded: bool
    exclusion_reason: str
    reply_note: str
    reasons_en: tuple[str, ...] = ()  # aligned with ``reasons``; "" where none is stored

    def reasons_in(self, language: str) -> tuple[str, ...]:
        """The reasons in ``language`` (English where stored, else the Chinese)."""
        if not language.startswith("en"):
            return self.reasons
        en = self.reasons_en
        return tuple(en[i] if i < len(en) and en[i] else t for i, t in enumerate(self.reasons))


def entries(ctx: AppContext, issue_id: str) -> list[EntryRow]:
    q = (
        select(ListEntry, Site.name, Site.address, Site.grid)
        .join(Site, col(Site.id) == ListEntry.site_id)
        .where(ListEntry.issue_id == issue_id)
    )
    with read_session(ctx.engine) as s:
        rows = s.exec(q).all()
    # by colour, then grid and name in pinyin order (as a Chinese reader looks them up)
    rows = sorted(rows, key=lambda r: (r[0].colour, pinyin_key(r[3]), pinyin_key(r[1])))
    out = []
    for e, name, address, grid in rows:
        reasons = json.loads(e.reasons)
        out.append(
            EntryRow(
                e.id,
                e.site_id,
                name,
                address,
                grid,
                e.colour,
                tuple(r["text"] for r in reasons),
                e.excluded,
                e.exclusion_reason,
                e.reply_note,
                tuple(r.get("en", "") for r in reasons),
            )
        )
    return out


def issues(ctx: AppContext) -> list[ListIssue]:
    with read_session(ctx.engine) as s:
        return list(s.exec(select(ListIssue).order_by(col(ListIssue.updated_at).desc())))


def get_issue(ctx: AppContext, issue_id: str) -> ListIssue:
    with read_session(ctx.engine) as s:
        issue = s.get(ListIssue, issue_id)
    if issue is None:
        raise UserError("找不到这一期红黑榜。")
    return issue


# --- review --------------------------------------------------------------------------


def _draft_entry(s: Session, entry_id: str) -> ListEntry:
    entry = s.get(ListEntry, entry_id)
    if entry is None:
        raise UserError("找不到这条榜单条目。")
    issue = s.get(ListIssue, entry.issue_id)
    if issue is None or issue.status != "draft":
        raise UserError("这一期已经发布，条目不能再修改。")
    return entry


def exclude_entry(ctx: AppContext, entry_id: str, reason: str) -> None:
    if not reason.strip():
        raise UserError("请写明不予列入的理由。")
    with write_session(ctx.engine) as s:
        entry = _draft_entry(s, entry_id)
        entry.excluded = True
        entry.exclusion_reason = reason.strip()
        entry.touch(ctx.device_id)
        s.add(entry)


def include_entry(ctx: AppContext, entry_id: str) -> None:
    with write_session(ctx.engine) as s:
        entry = _draft_entry(s, entry_id)
        entry.excluded = False
        entry.exclusion_reason = ""
        entry.touch(ctx.device_id)
        s.add(entry)


def set_reply(ctx: AppContext, entry_id: str, note: str) -> None:
    """The site's right to reply, published beside its entry."""
    with write_session(ctx.engine) as s:
        entry = _draft_entry(s, entry_id)
        entry.reply_note = note.strip()
        entry.touch(ctx.device_id)
        s.add(entry)


# --- snapshot and publishing ------------------------------------------------------------


def _licence_codes(s: Session, site_ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(site_ids):
        q = select(Licence.site_id, Licence.number).where(
            col(Licence.site_id).in_(chunk), Licence.number != ""
        )
        for site_id, number in s.exec(q.order_by(Licence.kind)):
            out.setdefault(site_id, number)
    return out


def _chunks(ids: list[str], size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def _problems(
    s: Session, site_ids: list[str], period: Period, catalog: Any = None
) -> dict[str, list[dict]]:
    """The cases behind black entries: found in the period, or still unresolved."""
    rc = RectificationCase
    today = today_local()
    out: dict[str, list[dict]] = {}
    for chunk in _chunks(site_ids):
        q = select(rc).where(
            col(rc.site_id).in_(chunk),
            (col(rc.found_on) >= period.start) & (col(rc.found_on) < period.end)
            | col(rc.state).in_(sorted(case_rules.UNRESOLVED_STATES)),
        )
        found = list(s.exec(q.order_by(col(rc.found_on), col(rc.item_code))))
        photos: dict[tuple[str, str | None], list[str]] = {}
        for inspection_ids in _chunks(sorted({c.inspection_id for c in found})):
            pq = select(Photo.inspection_id, Photo.item_code, Photo.file_name).where(
                col(Photo.inspection_id).in_(inspection_ids)
            )
            for insp_id, code, name in s.exec(pq):
                photos.setdefault((insp_id, code), []).append(name)
        for c in found:
            state = case_rules.effective_state(c.state, c.deadline, today)
            out.setdefault(c.site_id, []).append(
                {
                    "item": c.item_text,
                    "finding": c.finding,
                    "found_on": c.found_on.isoformat(),
                    "deadline": c.deadline.isoformat(),
                    "status": case_rules.STATE_LABELS[state].zh_CN,
                    "status_en": case_rules.STATE_LABELS[state].en,
                    "item_en": _item_en(catalog, c.template_id, c.item_code),
                    "recheck_on": c.recheck_on.isoformat() if c.recheck_on else "",
                    "photos": photos.get((c.inspection_id, c.item_code), []),
                }
            )
    return out


def _item_en(catalog: Any, template_id: str, code: str) -> str:
    """The item's English text from the loaded templates ("" when none is known)."""
    get = getattr(catalog, "get", None)
    template = get(template_id) if get is not None else None
    item = template.item(code) if template is not None else None
    return item.text.en if item is not None else ""


def _removals(s: Session, issue: ListIssue) -> list[ListRemoval]:
    q = select(ListRemoval).where(col(ListRemoval.shown_in_issue_id).is_(None))
    q = q.join(Site, col(Site.id) == ListRemoval.site_id)
    kinds = kinds_of(issue.category)
    if kinds is not None:
        q = q.where(col(Site.kind).in_(kinds))
    return list(s.exec(q.order_by(col(ListRemoval.removed_on))))


def build_snapshot(
    s: Session, issue: ListIssue, published_on: date | None, catalog: Any = None
) -> dict[str, Any]:
    """The issue's bulletin data; the ``*_en`` fields let it print in English too."""
    period = parse_period(issue.period)
    rows = s.exec(
        select(ListEntry, Site)
        .join(Site, col(Site.id) == ListEntry.site_id)
        .where(ListEntry.issue_id == issue.id)
    ).all()
    rows = sorted(rows, key=lambda r: (pinyin_key(r[1].grid), pinyin_key(r[1].name)))
    site_ids = [site.id for _e, site in rows]
    codes = _licence_codes(s, site_ids)
    problems = _problems(s, [site.id for e, site in rows if e.colour == BLACK], period, catalog)
    out: dict[str, Any] = {
        "format": SNAPSHOT_FORMAT,
        "issue_number": issue.issue_number or "",
        "period": period.key,
        "period_label": period.label,
        "period_label_en": period.label_en,
        "category": issue.category,
        "category_label": category_label(issue.category),
        "category_label_en": category_label(issue.category, "en"),
        "office": issue.office_name,
        "published_on": published_on.isoformat() if published_on else "",
        RED: [],
        BLACK: [],
        "excluded": [],
        "removals": [],
    }
    for entry, site in rows:
        reasons = json.loads(entry.reasons)
        data = {
            "site_id": site.id,
            "name": site.name,
            "address": site.address,
            "grid": site.grid,
            "kind": site.kind,
            "code": site.credit_code or codes.get(site.id, ""),
            "reasons": [r["text"] for r in reasons],
            "reasons_en": [r.get("en", "") for r in reasons],
            "reply": entry.reply_note,
        }
        if entry.excluded:
            out["excluded"].append({**data, "colour": entry.colour, "why": entry.exclusion_reason})
            continue
        if entry.colour == BLACK:
            data["problems"] = problems.get(site.id, [])
        out[entry.colour].append(data)
    for removal in _removals(s, issue):
        removed = s.get(Site, removal.site_id)
        out["removals"].append(
            {
                "name": removed.name if removed else "",
                "address": removed.address if removed else "",
                "removed_on": removal.removed_on.isoformat(),
                "reason": removal.reason,
            }
        )
    return out


def snapshot_bytes(snapshot: dict[str, Any]) -> bytes:
    return json.dumps(snapshot, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def snapshot_sha256(snapshot: dict[str, Any]) -> str:
    return hashlib.sha256(snapshot_bytes(snapshot)).hexdigest()


def preview_snapshot(ctx: AppContext, issue_id: str) -> dict[str, Any]:
    """The bulletin data of an issue: its frozen snapshot, or a draft's current state."""
    with read_session(ctx.engine) as s:
        issue = s.get(ListIssue, issue_id)
        if issue is None:
            raise UserError("找不到这一期红黑榜。")
        if issue.status == "published":
            return published_snapshot_in(issue)
        return build_snapshot(s, issue, None, ctx.catalog)


def published_snapshot_in(issue: ListIssue) -> dict[str, Any]:
    data = json.loads(issue.snapshot or "{}")
    if snapshot_sha256(data) != issue.snapshot_sha256:
        raise UserError("第 {} 期红黑榜的快照与其 SHA-256 不符，可能被改动过。", issue.issue_number)
    return data


def publish(
    ctx: AppContext,
    issue_id: str,
    issue_number: str,
    published_by: str = "",
    today: date | None = None,
) -> ListIssue:
    """Number and freeze the issue; removals not yet shown are shown in it."""
    number = issue_number.strip()
    if not number:
        raise UserError("请填写期号。")
    published_on = today or today_local()
    try:
        with write_session(ctx.engine) as s:
            issue = s.get(ListIssue, issue_id)
            if issue is None:
                raise UserError("找不到这一期红黑榜。")
            if issue.status == "published":
                raise UserError("这一期已经发布（期号 {}）。", issue.issue_number)
            issue.issue_number = number
            snapshot = build_snapshot(s, issue, published_on, ctx.catalog)
            for removal in _removals(s, issue):
                removal.shown_in_issue_id = issue.id
                removal.touch(ctx.device_id)
                s.add(removal)
            issue.snapshot = snapshot_bytes(snapshot).decode()
            issue.snapshot_sha256 = snapshot_sha256(snapshot)
            issue.status = "published"
            issue.published_at = utcnow()
            issue.published_by = published_by or ctx.settings.inspector_name
            issue.touch(ctx.device_id)
            s.add(issue)
    except IntegrityError:
        raise UserError("期号“{}”在本类别中已经用过，请换一个。", number) from None
    return issue
