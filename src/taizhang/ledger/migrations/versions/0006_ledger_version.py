"""The data version caches are keyed by; the series index ends with the observation id.

``ledger_version`` is one counter row, bumped by every data write. It starts at the newest
audit-log id, the version caches used before, so a cache filled before the upgrade can never
look current after it.

``ix_progress_series`` gains ``id`` after ``period``: status at a past date reads the newest
observation of each series in a window as the first row of a backward index scan (PostgreSQL
sorted every row of the window before; SQLite's index already ended with the rowid).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 09:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "ledger_version",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_version")),
    )
    op.execute("INSERT INTO ledger_version (id, version) SELECT 1, COALESCE(MAX(id), 0) FROM audit_log")
    op.drop_index("ix_progress_series", table_name="progress")
    op.create_index(
        "ix_progress_series", "progress", ["region_code", "indicator", "unit", "cumulative", "period", "id"]
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_progress_series", table_name="progress")
    op.create_index("ix_progress_series", "progress", ["region_code", "indicator", "unit", "cumulative", "period"])
    op.drop_table("ledger_version")
