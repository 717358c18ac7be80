"""A target merged into its duplicate (issue 12): ``merged_into`` names the target that keeps both
sources; the merged one has state ``merged`` and is left out of status. Additive: NULL for all rows.

Revision ID: 0010_target_merged_into
Revises: 0009_target_confidence
Create Date: 2026-12-04 07:40:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0010_target_merged_into"
down_revision: str | Sequence[str] | None = "0009_target_confidence"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("targets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_targets_merged_into_targets"), "targets", ["merged_into"], ["id"])
        batch_op.create_index(batch_op.f("ix_targets_merged_into"), ["merged_into"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("targets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_targets_merged_into"))
        batch_op.drop_constraint(batch_op.f("fk_targets_merged_into_targets"), type_="foreignkey")
        batch_op.drop_column("merged_into")
