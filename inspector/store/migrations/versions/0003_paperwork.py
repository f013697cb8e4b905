"""Paperwork: document number blocks, issued numbers, handwritten signatures, generated PDFs.

Revision ID: 0003_paperwork
Revises: 0002_inspections
Create Date: 2026-11-26 13:48:04.895512
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401
import inspector.store.types  # noqa: F401


revision = '0003_paperwork'
down_revision = '0002_inspections'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('document_number_block',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('prefix', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('first', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('assigned_to', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('prefix', 'first')
    )
    with op.batch_alter_table('document_number_block', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_number_block_active'), ['active'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_number_block_assigned_to'), ['assigned_to'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_number_block_updated_at'), ['updated_at'], unique=False)

    op.create_table('issued_number',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('block_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('issued_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['block_id'], ['document_number_block.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('block_id', 'seq'),
    sa.UniqueConstraint('number')
    )
    with op.batch_alter_table('issued_number', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_number_block_id'), ['block_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_number_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_number_updated_at'), ['updated_at'], unique=False)

    op.create_table('generated_document',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('content_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('signed', sa.Boolean(), nullable=False),
    sa.Column('signer', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('generated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('generated_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_generated_document_generated_at'), ['generated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_generated_document_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_generated_document_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_generated_document_number'), ['number'], unique=False)
        batch_op.create_index(batch_op.f('ix_generated_document_updated_at'), ['updated_at'], unique=False)

    op.create_table('hand_signature',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_device', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('role_text', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('png_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('signed_at', inspector.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('content_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('refused', sa.Boolean(), nullable=False),
    sa.Column('refusal_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('witness_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('inspection_id', 'role')
    )
    with op.batch_alter_table('hand_signature', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hand_signature_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hand_signature_updated_at'), ['updated_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('hand_signature', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hand_signature_updated_at'))
        batch_op.drop_index(batch_op.f('ix_hand_signature_inspection_id'))

    op.drop_table('hand_signature')
    with op.batch_alter_table('generated_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_generated_document_updated_at'))
        batch_op.drop_index(batch_op.f('ix_generated_document_number'))
        batch_op.drop_index(batch_op.f('ix_generated_document_kind'))
        batch_op.drop_index(batch_op.f('ix_generated_document_inspection_id'))
        batch_op.drop_index(batch_op.f('ix_generated_document_generated_at'))

    op.drop_table('generated_document')
    with op.batch_alter_table('issued_number', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_number_updated_at'))
        batch_op.drop_index(batch_op.f('ix_issued_number_inspection_id'))
        batch_op.drop_index(batch_op.f('ix_issued_number_block_id'))

    op.drop_table('issued_number')
    with op.batch_alter_table('document_number_block', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_number_block_updated_at'))
        batch_op.drop_index(batch_op.f('ix_document_number_block_assigned_to'))
        batch_op.drop_index(batch_op.f('ix_document_number_block_active'))

    op.drop_table('document_number_block')
