"""Pending inspector certificates: held from a device's package until an office user accepts one.

Revision ID: 0014a_pending_certs
Revises: 0005_sync
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401
import inspector.store.types  # noqa: F401


revision = '0014a_pending_certs'
down_revision = '0005_sync'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_pending_cert',
    sa.Column('fingerprint', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('common_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('not_after', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('pem', sa.Text(), nullable=False),
    sa.Column('package', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('received_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('accepted_at', inspector.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('accepted_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.PrimaryKeyConstraint('fingerprint')
    )
    with op.batch_alter_table('sync_pending_cert', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_pending_cert_device_id'), ['device_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_pending_cert_status'), ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_pending_cert', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_pending_cert_status'))
        batch_op.drop_index(batch_op.f('ix_sync_pending_cert_device_id'))
    op.drop_table('sync_pending_cert')
