"""Document versions: a signed document is never overwritten.

Each making of a document after a change is a new ``generated_document`` row
with its own file (``-v2`` ...): ``version`` counts from 1 per inspection and
kind, ``replaces_id`` names the row it replaces, ``change_reason`` says why,
and ``inputs_hash`` fingerprints what it was made from (record, amendments,
signatures, deadlines) so that making it again with no change returns it.
Existing rows are version 1 with no fingerprint (the next making is a v2).

Revision ID: 0015_document_versions
Revises: 0003_paperwork
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401
import inspector.store.types  # noqa: F401


revision = '0015_document_versions'
down_revision = '0003_paperwork'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('generated_document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('replaces_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('change_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('inputs_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('generated_document', schema=None) as batch_op:
        batch_op.drop_column('inputs_hash')
        batch_op.drop_column('change_reason')
        batch_op.drop_column('replaces_id')
        batch_op.drop_column('version')
