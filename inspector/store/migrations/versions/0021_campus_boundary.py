"""The 200 m rule from the campus boundary: ordered boundary corners, coordinate sources,
and how each inspection's straight line was computed.

Existing inspections keep the distance they were computed (and signed) with: their
``distance_method`` stays empty, which reads as the old method (nearest gate or
boundary point on a sphere). Existing coordinates get an empty source ("not
recorded, taken as WGS-84").

Revision ID: 0021_campus_boundary
Revises: 0002_inspections
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401


revision = '0021_campus_boundary'
down_revision = '0002_inspections'
branch_labels = None
depends_on = None


def _text(name: str, length: int | None = 40) -> sa.Column:
    kind = sqlmodel.sql.sqltypes.AutoString(length=length) if length else sqlmodel.sql.sqltypes.AutoString()
    return sa.Column(name, kind, nullable=False, server_default='')


def upgrade() -> None:
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.add_column(_text('coord_source'))
    with op.batch_alter_table('school_point', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(_text('coord_source'))
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.add_column(_text('distance_method'))
        batch_op.add_column(_text('coord_source'))
        batch_op.add_column(_text('school_coord_source'))
        batch_op.add_column(_text('distance_basis', None))
    # Boundary points keep the order they were entered in (their creation time).
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, school_id FROM school_point WHERE kind = 'boundary' ORDER BY school_id, created_at, id"
    )).fetchall()
    seen: dict[str, int] = {}
    for point_id, school_id in rows:
        seen[school_id] = seen.get(school_id, -1) + 1
        conn.execute(sa.text("UPDATE school_point SET position = :p WHERE id = :i"),
                     {"p": seen[school_id], "i": point_id})


def downgrade() -> None:
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        for name in ('distance_basis', 'school_coord_source', 'coord_source', 'distance_method'):
            batch_op.drop_column(name)
    with op.batch_alter_table('school_point', schema=None) as batch_op:
        batch_op.drop_column('coord_source')
        batch_op.drop_column('position')
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.drop_column('coord_source')
