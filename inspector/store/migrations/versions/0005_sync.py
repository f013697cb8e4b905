"""Sync bookkeeping: devices, office identity, exports, received packages, import log, conflicts.

Revision ID: 0005_sync
Revises: 0002_inspections
Create Date: 2026-11-26
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401
import inspector.store.types  # noqa: F401


revision = '0005_sync'
down_revision = '0002_inspections'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_conflict',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('current_version', sa.Integer(), nullable=False),
    sa.Column('incoming_version', sa.Integer(), nullable=False),
    sa.Column('current_json', sa.Text(), nullable=False),
    sa.Column('incoming_json', sa.Text(), nullable=False),
    sa.Column('incoming_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('package', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('resolution', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('resolver', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('resolved_at', inspector.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_incoming_hash'), ['incoming_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_row_id'), ['row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_table_name'), ['table_name'], unique=False)

    op.create_table('sync_device',
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('public_key', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('fingerprint', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.Column('registered_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', inspector.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('device_id')
    )
    with op.batch_alter_table('sync_device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_device_revoked'), ['revoked'], unique=False)

    op.create_table('sync_export',
    sa.Column('sequence', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('since', inspector.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('until', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('files', sa.Integer(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('encrypted', sa.Boolean(), nullable=False),
    sa.Column('acknowledged_at', inspector.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('sequence')
    )
    with op.batch_alter_table('sync_export', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_export_acknowledged_at'), ['acknowledged_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_export_created_at'), ['created_at'], unique=False)

    op.create_table('sync_import_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('package', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('package_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=True),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('applied', sa.Integer(), nullable=False),
    sa.Column('conflicts', sa.Integer(), nullable=False),
    sa.Column('result', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('seconds', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sync_import_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_import_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_import_log_device_id'), ['device_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_import_log_package_sha256'), ['package_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_import_log_result'), ['result'], unique=False)

    op.create_table('sync_office',
    sa.Column('fingerprint', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('signing_key', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('encryption_key', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('is_self', sa.Boolean(), nullable=False),
    sa.Column('accepted_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('bundle_sequence', sa.Integer(), nullable=False),
    sa.Column('bundle_created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('require_encryption', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('fingerprint')
    )
    with op.batch_alter_table('sync_office', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_office_is_self'), ['is_self'], unique=False)

    op.create_table('sync_received',
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('imported_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )
    with op.batch_alter_table('sync_received', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_received_device_id'), ['device_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_received_sequence'), ['sequence'], unique=False)

    op.create_table('sync_record',
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id')
    )


def downgrade() -> None:
    op.drop_table('sync_record')
    with op.batch_alter_table('sync_received', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_received_sequence'))
        batch_op.drop_index(batch_op.f('ix_sync_received_device_id'))

    op.drop_table('sync_received')
    with op.batch_alter_table('sync_office', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_office_is_self'))

    op.drop_table('sync_office')
    with op.batch_alter_table('sync_import_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_import_log_result'))
        batch_op.drop_index(batch_op.f('ix_sync_import_log_package_sha256'))
        batch_op.drop_index(batch_op.f('ix_sync_import_log_device_id'))
        batch_op.drop_index(batch_op.f('ix_sync_import_log_at'))

    op.drop_table('sync_import_log')
    with op.batch_alter_table('sync_export', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_export_created_at'))
        batch_op.drop_index(batch_op.f('ix_sync_export_acknowledged_at'))

    op.drop_table('sync_export')
    with op.batch_alter_table('sync_device', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_device_revoked'))

    op.drop_table('sync_device')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_table_name'))
        batch_op.drop_index(batch_op.f('ix_sync_conflict_status'))
        batch_op.drop_index(batch_op.f('ix_sync_conflict_row_id'))
        batch_op.drop_index(batch_op.f('ix_sync_conflict_incoming_hash'))
        batch_op.drop_index(batch_op.f('ix_sync_conflict_created_at'))

    op.drop_table('sync_conflict')
