"""Reminders (issue 11): ``reminders_sent`` records each target a unit was mailed about, for one
period (``due:<deadline>`` or ``overdue:<month>``), so ``taizhang remind`` never sends it twice.

Revision ID: 0015_reminders
Revises: 0014_units
Create Date: 2026-12-04 14:10:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0015_reminders"
down_revision: str | Sequence[str] | None = "0014_units"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reminders_sent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=30), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["target_id"], ["targets.id"], name=op.f("fk_reminders_sent_target_id_targets"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_reminders_sent_unit_id_units"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminders_sent")),
        sa.UniqueConstraint("unit_id", "target_id", "period", name=op.f("uq_reminders_sent_unit_id_target_id_period")),
    )
    op.create_index(op.f("ix_reminders_sent_unit_id"), "reminders_sent", ["unit_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_reminders_sent_unit_id"), table_name="reminders_sent")
    op.drop_table("reminders_sent")
