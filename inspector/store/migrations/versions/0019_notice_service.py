"""The notice's time of service (送达时间) and the deadlines a notice was made with.

``notice_service`` holds, per inspection, when and by whom the rectification
notice was handed to the party (synced with the inspection's rows);
``generated_document.deadline_days`` keeps a notice's deadline days (JSON) so
that the next version, made once the time of service is known, prints the
deadlines the party was given.

Revision ID: 0019_notice_service
Revises: 0015_document_versions
Create Date: 2026-12-06
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401
import inspector.store.types  # noqa: F401


revision = '0019_notice_service'
down_revision = '0015_document_versions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'notice_service',
        sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('created_at', inspector.store.types.UTCDateTime(), nullable=False),
        sa.Column('updated_at', inspector.store.types.UTCDateTime(), nullable=False),
        sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('row_version', sa.Integer(), nullable=False),
        sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('notice_number', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column('served_at', inspector.store.types.UTCDateTime(), nullable=False),
        sa.Column('server_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('inspection_id'),
    )
    with op.batch_alter_table('notice_service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notice_service_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_notice_service_updated_at'), ['updated_at'], unique=False)
    with op.batch_alter_table('generated_document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deadline_days', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('generated_document', schema=None) as batch_op:
        batch_op.drop_column('deadline_days')
    with op.batch_alter_table('notice_service', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notice_service_updated_at'))
        batch_op.drop_index(batch_op.f('ix_notice_service_inspection_id'))
    op.drop_table('notice_service')
