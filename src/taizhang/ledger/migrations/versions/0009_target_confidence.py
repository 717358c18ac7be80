"""The extractor's confidence on each target (issue 7), so review can take the least sure first.
Additive: older rows keep NULL until their document is read again.

Revision ID: 0009_target_confidence
Revises: 0008_repair_values
Create Date: 2026-12-04 06:20:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0009_target_confidence"
down_revision: str | Sequence[str] | None = "0008_repair_values"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("targets", sa.Column("confidence", sa.Float(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("targets", "confidence")  # SQLite 3.35+ drops a column in place
