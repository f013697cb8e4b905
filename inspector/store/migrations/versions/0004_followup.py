"""Follow-up: rectification cases, red/black list issues, entries and removals.

Revision ID: 0004_followup
Revises: 0002_inspections
Create Date: 2026-11-26
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401
import inspector.store.types  # noqa: F401

from inspector.store.models.followup import FROZEN_ISSUE_SQLITE  # noqa: E402

revision = '0004_followup'
down_revision = '0002_inspections'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('list_issue',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('period', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('issue_number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('office_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=True),
    sa.Column('snapshot_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('published_at', inspector.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('published_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('category', 'issue_number')
    )
    with op.batch_alter_table('list_issue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_list_issue_period'), ['period'], unique=False)
        batch_op.create_index(batch_op.f('ix_list_issue_published_at'), ['published_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_list_issue_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_list_issue_updated_at'), ['updated_at'], unique=False)

    op.create_table('list_entry',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('issue_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('site_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('colour', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('excluded', sa.Boolean(), nullable=False),
    sa.Column('exclusion_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reply_note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['issue_id'], ['list_issue.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('issue_id', 'site_id')
    )
    with op.batch_alter_table('list_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_list_entry_colour'), ['colour'], unique=False)
        batch_op.create_index(batch_op.f('ix_list_entry_issue_id'), ['issue_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_list_entry_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_list_entry_updated_at'), ['updated_at'], unique=False)

    op.create_table('list_removal',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('site_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('removed_on', sa.Date(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('from_issue_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('shown_in_issue_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['from_issue_id'], ['list_issue.id'], ),
    sa.ForeignKeyConstraint(['shown_in_issue_id'], ['list_issue.id'], ),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('list_removal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_list_removal_shown_in_issue_id'), ['shown_in_issue_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_list_removal_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_list_removal_updated_at'), ['updated_at'], unique=False)

    op.create_table('rectification_case',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('site_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('grid', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('template_id', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('item_code', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('item_text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('severity', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('finding', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('found_on', sa.Date(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('closed_at', inspector.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('closing_note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('closing_photo', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('reinspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('recheck_on', sa.Date(), nullable=True),
    sa.Column('escalated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('escalation_note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('repeat', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reinspection_id'], ['inspection.id'], ),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('inspection_id', 'template_id', 'item_code')
    )
    with op.batch_alter_table('rectification_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rectification_case_deadline'), ['deadline'], unique=False)
        batch_op.create_index('ix_rectification_case_deadline_grid', ['deadline', 'grid', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_case_found_on'), ['found_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_case_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_case_item_code'), ['item_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_case_repeat'), ['repeat'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_case_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_case_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_case_updated_at'), ['updated_at'], unique=False)


    # A published list issue and its entries are frozen by the database itself.
    if op.get_bind().dialect.name == "sqlite":
        for stmt in FROZEN_ISSUE_SQLITE:
            op.execute(stmt)


def downgrade() -> None:
    with op.batch_alter_table('rectification_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rectification_case_updated_at'))
        batch_op.drop_index(batch_op.f('ix_rectification_case_state'))
        batch_op.drop_index(batch_op.f('ix_rectification_case_site_id'))
        batch_op.drop_index(batch_op.f('ix_rectification_case_repeat'))
        batch_op.drop_index(batch_op.f('ix_rectification_case_item_code'))
        batch_op.drop_index(batch_op.f('ix_rectification_case_inspection_id'))
        batch_op.drop_index(batch_op.f('ix_rectification_case_found_on'))
        batch_op.drop_index(batch_op.f('ix_rectification_case_deadline'))
        batch_op.drop_index('ix_rectification_case_deadline_grid')

    op.drop_table('rectification_case')
    with op.batch_alter_table('list_removal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_list_removal_updated_at'))
        batch_op.drop_index(batch_op.f('ix_list_removal_site_id'))
        batch_op.drop_index(batch_op.f('ix_list_removal_shown_in_issue_id'))

    op.drop_table('list_removal')
    with op.batch_alter_table('list_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_list_entry_updated_at'))
        batch_op.drop_index(batch_op.f('ix_list_entry_site_id'))
        batch_op.drop_index(batch_op.f('ix_list_entry_issue_id'))
        batch_op.drop_index(batch_op.f('ix_list_entry_colour'))

    op.drop_table('list_entry')
    with op.batch_alter_table('list_issue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_list_issue_updated_at'))
        batch_op.drop_index(batch_op.f('ix_list_issue_status'))
        batch_op.drop_index(batch_op.f('ix_list_issue_published_at'))
        batch_op.drop_index(batch_op.f('ix_list_issue_period'))

    op.drop_table('list_issue')
