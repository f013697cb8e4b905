"""Sites: a flag for a credit code kept although its check character is wrong.

Existing rows are flagged here by the same check the app makes when a site is
saved (python-stdnum's ``cn.uscc``), so every device computes the same flags;
the rows are not touched (nothing to sync).

Revision ID: 0011c_credit_check
Revises: 0006_case_carry
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401
import inspector.store.types  # noqa: F401


revision = '0011c_credit_check'
down_revision = '0006_case_carry'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                'credit_code_unchecked', sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    from inspector.domain.credit_code import credit_code_problem

    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, credit_code FROM site WHERE credit_code != ''"))
    bad = [{"id": i} for i, code in rows if credit_code_problem(code) is not None]
    if bad:
        bind.execute(
            sa.text("UPDATE site SET credit_code_unchecked = :yes WHERE id = :id"),
            [dict(b, yes=True) for b in bad],
        )


def downgrade() -> None:
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.drop_column('credit_code_unchecked')
