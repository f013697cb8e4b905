"""Case carries: every re-inspection a rectification case was carried into.

No rows are written here: a case's own ``reinspection_id`` still names its
latest re-inspection, and readers take that as a carry too. (Rows made by the
migration on each device would differ between devices, and carries travel as
append-only rows.)

Revision ID: 0006_case_carry
Revises: 0004_followup
Create Date: 2026-11-27
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401
import inspector.store.types  # noqa: F401


revision = '0006_case_carry'
down_revision = '0004_followup'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_carry',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('case_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reinspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['rectification_case.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reinspection_id'], ['inspection.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_id', 'reinspection_id')
    )
    with op.batch_alter_table('case_carry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_carry_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_carry_reinspection_id'), ['reinspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_carry_updated_at'), ['updated_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_carry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_carry_updated_at'))
        batch_op.drop_index(batch_op.f('ix_case_carry_reinspection_id'))
        batch_op.drop_index(batch_op.f('ix_case_carry_case_id'))
    op.drop_table('case_carry')
