"""Units (issue 11): the offices a target is assigned to (牵头单位, 配合单位), a responsible person and a
deadline (完成时限) on targets and qualitative commitments, and reporters scoped to units.

``units`` holds one row per office (name unique within a region); ``target_units`` ties a target to
its lead unit and its assisting units; ``user_units`` gives a reporter the units they report for.

Revision ID: 0014_units
Revises: 0013_seasonal_profiles
Create Date: 2026-12-04 14:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0014_units"
down_revision: str | Sequence[str] | None = "0013_seasonal_profiles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint("name", "region_code", name=op.f("uq_units_name_region_code")),
    )
    op.create_table(
        "target_units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["target_id"], ["targets.id"], name=op.f("fk_target_units_target_id_targets")),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_target_units_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_units")),
        sa.UniqueConstraint("target_id", "unit_id", name=op.f("uq_target_units_target_id_unit_id")),
    )
    op.create_index(op.f("ix_target_units_unit_id"), "target_units", ["unit_id"], unique=False)
    op.create_table(
        "user_units",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_units_user_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_user_units_unit_id_units")),
        sa.PrimaryKeyConstraint("user_id", "unit_id", name=op.f("pk_user_units")),
    )
    for table in ("targets", "commitments"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("responsible_person", sa.String(length=100), nullable=True))
            batch_op.add_column(sa.Column("deadline", sa.Date(), nullable=True))


def downgrade() -> None:
    """Downgrade schema: units, assignments, responsible persons and deadlines are dropped."""
    for table in ("commitments", "targets"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("deadline")
            batch_op.drop_column("responsible_person")
    op.drop_table("user_units")
    op.drop_index(op.f("ix_target_units_unit_id"), table_name="target_units")
    op.drop_table("target_units")
    op.drop_table("units")
