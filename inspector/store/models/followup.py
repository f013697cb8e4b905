"""Follow-up: rectification cases, red/black list issues, their entries and removals."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field

from inspector.store.models.base import SyncedModel
from inspector.store.types import UTCDateTime


class RectificationCase(SyncedModel, table=True):
    """One failed item that the site must put right by a deadline (整改事项)."""

    __tablename__ = "rectification_case"
    __table_args__ = (
        UniqueConstraint("inspection_id", "template_id", "item_code"),
        # The due-soon / overdue view pages through cases in this order (keyset paging).
        Index("ix_rectification_case_deadline_grid", "deadline", "grid", "id"),
    )

    inspection_id: str = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    site_id: str = Field(foreign_key="site.id", index=True)
    grid: str = Field(default="", max_length=100)  # the site's grid when the case was opened
    template_id: str = Field(max_length=100)
    item_code: str = Field(max_length=60, index=True)
    item_text: str = Field(default="")  # the item in plain words, as the template said it
    severity: str = Field(max_length=20)  # red_line | deduct | advisory
    finding: str = Field(default="")  # what was found (the inspector's note)
    found_on: date = Field(index=True)  # local date of the visit
    deadline: date = Field(index=True)
    state: str = Field(default="open", index=True, max_length=20)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closing_note: str = Field(default="")
    closing_photo: str = Field(default="", max_length=200)  # file under <data>/photos
    reinspection_id: str | None = Field(default=None, foreign_key="inspection.id")
    recheck_on: date | None = None  # local date of the last re-inspection
    escalated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    escalation_note: str = Field(default="")
    repeat: bool = Field(default=False, index=True)


class CaseCarry(SyncedModel, table=True):
    """A case carried into a re-inspection (复查). A case that fails its re-inspection is
    carried again into the next one; ``RectificationCase.reinspection_id`` names only the
    latest, these rows keep every one, so each re-inspection still shows what it carried."""

    __tablename__ = "case_carry"
    __table_args__ = (UniqueConstraint("case_id", "reinspection_id"),)

    case_id: str = Field(foreign_key="rectification_case.id", index=True, ondelete="CASCADE")
    reinspection_id: str = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")


class ListIssue(SyncedModel, table=True):
    """One red/black list for a period and category: a draft, then a published issue."""

    __tablename__ = "list_issue"
    __table_args__ = (UniqueConstraint("category", "issue_number"),)

    period: str = Field(index=True, max_length=10)  # "2026-10" or "2026Q4"
    category: str = Field(max_length=40)  # a site category code or "all"
    issue_number: str | None = Field(default=None, max_length=40)
    status: str = Field(default="draft", index=True, max_length=20)  # draft | published
    office_name: str = Field(default="", max_length=200)
    snapshot: str | None = Field(default=None, sa_column=Column(Text, nullable=True))  # JSON
    snapshot_sha256: str = Field(default="", max_length=64)
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    published_by: str = Field(default="", max_length=100)


class ListEntry(SyncedModel, table=True):
    """One site on one list issue, with the reasons the rules found."""

    __tablename__ = "list_entry"
    __table_args__ = (UniqueConstraint("issue_id", "site_id"),)

    issue_id: str = Field(foreign_key="list_issue.id", index=True, ondelete="CASCADE")
    site_id: str = Field(foreign_key="site.id", index=True)
    colour: str = Field(max_length=10, index=True)  # red | black
    reasons: str = Field(default="[]", sa_column=Column(Text, nullable=False))  # JSON list
    excluded: bool = False
    exclusion_reason: str = Field(default="")
    reply_note: str = Field(default="")  # the site's right to reply, published beside it


class ListRemoval(SyncedModel, table=True):
    """A site taken off the black list after verified rectification (logged, then published)."""

    __tablename__ = "list_removal"

    site_id: str = Field(foreign_key="site.id", index=True)
    removed_on: date
    reason: str = Field(default="")
    from_issue_id: str | None = Field(default=None, foreign_key="list_issue.id")
    shown_in_issue_id: str | None = Field(default=None, foreign_key="list_issue.id", index=True)


# A published issue is frozen: the database refuses to change or delete it, or its
# entries. The same statements run in migration 0004 and when a new database is
# created from the models (SQLite; the services refuse the same on any database).
FROZEN_ISSUE_SQLITE = (
    "CREATE TRIGGER list_issue_frozen BEFORE UPDATE ON list_issue "
    "WHEN OLD.status = 'published' "
    "BEGIN SELECT RAISE(ABORT, 'published list issue is frozen'); END",
    "CREATE TRIGGER list_issue_no_delete BEFORE DELETE ON list_issue "
    "WHEN OLD.status = 'published' "
    "BEGIN SELECT RAISE(ABORT, 'published list issue is frozen'); END",
    "CREATE TRIGGER list_entry_frozen BEFORE UPDATE ON list_entry "
    "WHEN (SELECT status FROM list_issue WHERE id = OLD.issue_id) = 'published' "
    "BEGIN SELECT RAISE(ABORT, 'published list issue is frozen'); END",
    "CREATE TRIGGER list_entry_no_delete BEFORE DELETE ON list_entry "
    "WHEN (SELECT status FROM list_issue WHERE id = OLD.issue_id) = 'published' "
    "BEGIN SELECT RAISE(ABORT, 'published list issue is frozen'); END",
)


def _install_frozen_guards() -> None:
    from sqlalchemy import DDL, event

    for stmt in FROZEN_ISSUE_SQLITE:
        table = ListEntry.__table__ if "ON list_entry" in stmt else ListIssue.__table__  # type: ignore[attr-defined]
        event.listen(table, "after_create", DDL(stmt).execute_if(dialect="sqlite"))


_install_frozen_guards()
