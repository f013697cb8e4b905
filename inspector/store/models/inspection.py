"""Inspections, their answers, photos, and the append-only audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from inspector.store.models.base import SyncedModel
from inspector.store.types import UTCDateTime, utcnow


class Inspection(SyncedModel, table=True):
    """One visit to one site; holds the header and the computed score."""

    __tablename__ = "inspection"

    site_id: str = Field(foreign_key="site.id", index=True)
    # The site as it was at the visit (the register may change later); filtered on.
    site_name: str = Field(default="", max_length=200)
    site_kind: str = Field(default="", index=True, max_length=40)
    grid: str = Field(default="", index=True, max_length=100)
    status: str = Field(default="draft", index=True, max_length=20)  # draft | finished
    kind: str = Field(default="routine", max_length=20)  # routine | reinspection
    parent_inspection_id: str | None = Field(default=None, foreign_key="inspection.id")
    started_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    lead_inspector_name: str = Field(default="", index=True, max_length=100)
    lead_inspector_id_no: str = Field(default="", max_length=50)
    co_inspector_name: str = Field(default="", max_length=100)
    co_inspector_id_no: str = Field(default="", max_length=50)
    location_text: str = Field(default="", max_length=300)
    lat: float | None = None
    lon: float | None = None
    measures_taken: str = Field(default="")
    notes: str = Field(default="")
    # Computed by inspector.domain.scoring and stored for lists and statistics.
    score: float | None = None
    max_score: float | None = None
    deductions: float | None = None
    red_line: bool = Field(default=False, index=True)
    result: str = Field(
        default="", index=True, max_length=30
    )  # pass | deducted | blacklist_candidate
    content_hash: str = Field(default="", max_length=64)  # SHA-256 when finished
    # The 200 m rule: straight line from the coordinates to the nearest school, and
    # whether a figure lies within the policy's margin (a second measurement is asked for).
    nearest_school_name: str = Field(default="", max_length=200)
    computed_distance_m: float | None = None
    distance_limit_m: float | None = None  # the policy's limit for this site and school
    distance_warning: bool = False
    # How the straight line was computed ("" before the boundary rule: nearest gate or
    # boundary point on a sphere), where both coordinates came from, the legal basis.
    distance_method: str = Field(default="", max_length=40)
    coord_source: str = Field(default="", max_length=40)
    school_coord_source: str = Field(default="", max_length=40)
    distance_basis: str = Field(default="")
    amendment_count: int = 0  # corrections made after finishing (see Amendment)


class InspectionTemplate(SyncedModel, table=True):
    """A checklist used in an inspection, frozen as it was when the visit began."""

    __tablename__ = "inspection_template"
    __table_args__ = (UniqueConstraint("inspection_id", "template_id"),)

    inspection_id: str = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    template_id: str = Field(max_length=100)
    template_version: int
    content_hash: str = Field(max_length=64)
    content: str = Field(sa_column=Column(Text, nullable=False))  # the template as JSON
    position: int = 0


class Answer(SyncedModel, table=True):
    """The answer to one checklist item within one inspection."""

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("inspection_id", "template_id", "item_code"),)

    inspection_id: str = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    template_id: str = Field(max_length=100)
    item_code: str = Field(max_length=60, index=True)
    outcome: str | None = Field(default=None, max_length=10)  # pass | fail | na | None
    count: int | None = None
    measurement: float | None = None
    text: str | None = None
    choice: str | None = Field(default=None, max_length=100)
    note: str = Field(default="")
    deduction: float = 0.0
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class DistanceMeasurement(SyncedModel, table=True):
    """One measured distance between a site and a school (the 200 m rule)."""

    __tablename__ = "distance_measurement"

    inspection_id: str = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    template_id: str = Field(max_length=100)
    item_code: str = Field(max_length=60)
    method: str = Field(
        max_length=40
    )  # straight_line | walking_from_entrance | walking_traffic_rules
    distance_m: float
    school_id: str | None = Field(default=None, max_length=36)
    school_name: str = Field(default="", max_length=200)
    start_point: str = Field(default="", max_length=300)
    end_point: str = Field(default="", max_length=300)
    tool: str = Field(default="", max_length=100)  # laser rangefinder, measuring wheel, GPS ...
    gps_accuracy_m: float | None = None
    measured_by: str = Field(default="", max_length=100)
    measured_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    note: str = Field(default="")


class Amendment(SyncedModel, table=True):
    """A correction to an answer of a finished inspection; the original answer row stays as it was.

    The amended value is what reports show (marked as amended, with the reason);
    the inspection's ``content_hash`` still covers the original answers.
    """

    __tablename__ = "amendment"

    inspection_id: str = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    template_id: str = Field(max_length=100)
    item_code: str = Field(max_length=60)
    outcome: str | None = Field(default=None, max_length=10)
    count: int | None = None
    measurement: float | None = None
    text: str | None = None
    choice: str | None = Field(default=None, max_length=100)
    reason: str
    actor: str = Field(default="", max_length=100)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Photo(SyncedModel, table=True):
    """A photo attached to an inspection (optionally to one answer)."""

    __tablename__ = "photo"

    inspection_id: str = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    template_id: str | None = Field(default=None, max_length=100)
    item_code: str | None = Field(default=None, max_length=60)
    purpose: str = Field(default="item", max_length=30)  # item | distance | header | correction
    measurement_id: str | None = Field(default=None, max_length=36)  # a DistanceMeasurement
    file_name: str = Field(max_length=200)  # relative to <data dir>/photos
    original_name: str = Field(default="", max_length=300)
    original_sha256: str = Field(max_length=64)
    stored_sha256: str = Field(max_length=64)
    original_kept: bool = False
    width: int = 0
    height: int = 0
    caption: str = Field(default="")
    taken_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AuditEntry(SQLModel, table=True):
    """One change, as it happened. Rows are never updated nor deleted (triggers refuse it)."""

    __tablename__ = "audit_log"

    seq: int | None = Field(default=None, primary_key=True)
    id: str = Field(max_length=36, unique=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    inspection_id: str | None = Field(default=None, index=True, max_length=36)
    entity: str = Field(max_length=40)  # inspection | answer | photo ...
    entity_id: str = Field(max_length=36)
    field: str = Field(max_length=60)
    old_value: str | None = None
    new_value: str | None = None
    actor: str = Field(default="", max_length=100)
    device: str = Field(default="", max_length=64)
    kind: str = Field(default="edit", max_length=20)  # edit | amendment | finish | confirm
    reason: str = Field(default="")


# The database refuses to change or delete audit rows. The same statements run
# in the migration that creates the table and when a new database is created
# from the models.
AUDIT_NO_UPDATE_SQLITE = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)
AUDIT_NO_DELETE_SQLITE = (
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)
AUDIT_GUARD_FUNCTION_PG = (
    "CREATE OR REPLACE FUNCTION audit_log_guard() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql"
)
AUDIT_GUARD_TRIGGER_PG = (
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_guard()"
)


def _install_audit_guards() -> None:
    from sqlalchemy import DDL, event

    table = AuditEntry.__table__  # type: ignore[attr-defined]
    for stmt in (AUDIT_NO_UPDATE_SQLITE, AUDIT_NO_DELETE_SQLITE):
        event.listen(table, "after_create", DDL(stmt).execute_if(dialect="sqlite"))
    for stmt in (AUDIT_GUARD_FUNCTION_PG, AUDIT_GUARD_TRIGGER_PG):
        event.listen(table, "after_create", DDL(stmt).execute_if(dialect="postgresql"))


_install_audit_guards()
