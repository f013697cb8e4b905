"""Foundation: the register (sites, licences, schools, gate points) and settings.

Revision ID: 0001_foundation
Revises: 
Create Date: 2026-11-26
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401
import inspector.store.types  # noqa: F401


revision = '0001_foundation'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('school',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('grid', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('community', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('school', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_school_archived'), ['archived'], unique=False)
        batch_op.create_index(batch_op.f('ix_school_grid'), ['grid'], unique=False)
        batch_op.create_index(batch_op.f('ix_school_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_school_updated_at'), ['updated_at'], unique=False)

    op.create_table('setting',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('site',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('grid', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('community', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('responsible_person', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('credit_code', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_archived'), ['archived'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_grid'), ['grid'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_updated_at'), ['updated_at'], unique=False)

    op.create_table('licence',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('site_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('licence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_licence_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_licence_updated_at'), ['updated_at'], unique=False)

    op.create_table('school_point',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('school_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('lat', sa.Float(), nullable=False),
    sa.Column('lon', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('school_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_school_point_school_id'), ['school_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_school_point_updated_at'), ['updated_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('school_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_school_point_school_id'))
        batch_op.drop_index(batch_op.f('ix_school_point_updated_at'))

    op.drop_table('school_point')
    with op.batch_alter_table('licence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_licence_site_id'))
        batch_op.drop_index(batch_op.f('ix_licence_updated_at'))

    op.drop_table('licence')
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_archived'))
        batch_op.drop_index(batch_op.f('ix_site_grid'))
        batch_op.drop_index(batch_op.f('ix_site_kind'))
        batch_op.drop_index(batch_op.f('ix_site_name'))
        batch_op.drop_index(batch_op.f('ix_site_updated_at'))

    op.drop_table('site')
    op.drop_table('setting')
    with op.batch_alter_table('school', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_school_archived'))
        batch_op.drop_index(batch_op.f('ix_school_grid'))
        batch_op.drop_index(batch_op.f('ix_school_name'))
        batch_op.drop_index(batch_op.f('ix_school_updated_at'))

    op.drop_table('school')
