"""Inspections: header, frozen templates, answers, photos and the append-only audit log.

Revision ID: 0002_inspections
Revises: 0001_foundation
Create Date: 2026-11-26
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401
import inspector.store.types  # noqa: F401

from inspector.store.models.inspection import (  # noqa: E402
    AUDIT_GUARD_FUNCTION_PG,
    AUDIT_GUARD_TRIGGER_PG,
    AUDIT_NO_DELETE_SQLITE,
    AUDIT_NO_UPDATE_SQLITE,
)

revision = '0002_inspections'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('entity_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('old_value', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('new_value', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('inspection',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('site_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('site_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('site_kind', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('grid', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('parent_inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('started_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('finished_at', inspector.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('lead_inspector_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('lead_inspector_id_no', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('co_inspector_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('co_inspector_id_no', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('location_text', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('measures_taken', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('max_score', sa.Float(), nullable=True),
    sa.Column('deductions', sa.Float(), nullable=True),
    sa.Column('red_line', sa.Boolean(), nullable=False),
    sa.Column('result', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('content_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('nearest_school_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('computed_distance_m', sa.Float(), nullable=True),
    sa.Column('distance_limit_m', sa.Float(), nullable=True),
    sa.Column('distance_warning', sa.Boolean(), nullable=False),
    sa.Column('amendment_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['parent_inspection_id'], ['inspection.id'], ),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_grid'), ['grid'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_lead_inspector_name'), ['lead_inspector_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_red_line'), ['red_line'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_result'), ['result'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_site_kind'), ['site_kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_started_at'), ['started_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_updated_at'), ['updated_at'], unique=False)

    op.create_table('answer',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('template_id', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('item_code', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('count', sa.Integer(), nullable=True),
    sa.Column('measurement', sa.Float(), nullable=True),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('choice', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deduction', sa.Float(), nullable=False),
    sa.Column('answered_at', inspector.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('inspection_id', 'template_id', 'item_code')
    )
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_answer_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_answer_item_code'), ['item_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_answer_updated_at'), ['updated_at'], unique=False)

    op.create_table('inspection_template',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('template_id', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('content_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('inspection_id', 'template_id')
    )
    with op.batch_alter_table('inspection_template', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_template_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_template_updated_at'), ['updated_at'], unique=False)

    op.create_table('photo',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('template_id', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('item_code', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('measurement_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('original_name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('original_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('stored_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('original_kept', sa.Boolean(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('caption', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('taken_at', inspector.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_photo_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_updated_at'), ['updated_at'], unique=False)

    op.create_table('distance_measurement',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('template_id', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('item_code', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('method', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('distance_m', sa.Float(), nullable=False),
    sa.Column('school_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('school_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('start_point', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('end_point', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('tool', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('gps_accuracy_m', sa.Float(), nullable=True),
    sa.Column('measured_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('measured_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('distance_measurement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_distance_measurement_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_distance_measurement_updated_at'), ['updated_at'], unique=False)

    op.create_table('amendment',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('template_id', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('item_code', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('count', sa.Integer(), nullable=True),
    sa.Column('measurement', sa.Float(), nullable=True),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('choice', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_amendment_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_amendment_updated_at'), ['updated_at'], unique=False)

    # The audit log is append-only: the database itself refuses edits and deletions.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(AUDIT_NO_UPDATE_SQLITE)
        op.execute(AUDIT_NO_DELETE_SQLITE)
    else:
        op.execute(AUDIT_GUARD_FUNCTION_PG)
        op.execute(AUDIT_GUARD_TRIGGER_PG)


def downgrade() -> None:
    for table in ('amendment', 'distance_measurement'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_inspection_id'))
            batch_op.drop_index(batch_op.f(f'ix_{table}_updated_at'))
        op.drop_table(table)
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_photo_inspection_id'))
        batch_op.drop_index(batch_op.f('ix_photo_updated_at'))

    op.drop_table('photo')
    with op.batch_alter_table('inspection_template', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_template_inspection_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_template_updated_at'))

    op.drop_table('inspection_template')
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_answer_inspection_id'))
        batch_op.drop_index(batch_op.f('ix_answer_item_code'))
        batch_op.drop_index(batch_op.f('ix_answer_updated_at'))

    op.drop_table('answer')
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_grid'))
        batch_op.drop_index(batch_op.f('ix_inspection_lead_inspector_name'))
        batch_op.drop_index(batch_op.f('ix_inspection_red_line'))
        batch_op.drop_index(batch_op.f('ix_inspection_result'))
        batch_op.drop_index(batch_op.f('ix_inspection_site_kind'))
        batch_op.drop_index(batch_op.f('ix_inspection_site_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_started_at'))
        batch_op.drop_index(batch_op.f('ix_inspection_status'))
        batch_op.drop_index(batch_op.f('ix_inspection_updated_at'))

    op.drop_table('inspection')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
        batch_op.drop_index(batch_op.f('ix_audit_log_inspection_id'))

    op.drop_table('audit_log')
