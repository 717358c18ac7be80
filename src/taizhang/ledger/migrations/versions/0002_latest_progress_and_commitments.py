"""Latest observation per series (kept current on every progress write); commitments as readings.

``progress_latest`` lets status at a current date read one row per series instead of the whole
history; it is filled here from the existing progress rows. Commitments gain what re-ingest
needs to reconcile them like targets (an extractor key, unique per document; strength and verb;
retirement and update times).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 09:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BACKFILL = """
INSERT INTO progress_latest
    (region_code, indicator, unit, cumulative, target_key, target_id, progress_id, period, value)
SELECT region_code, indicator, unit, cumulative, COALESCE(target_id, 0), target_id, id, period, value
FROM (
    SELECT p.*, ROW_NUMBER() OVER (
        PARTITION BY region_code, indicator, unit, cumulative, COALESCE(target_id, 0)
        ORDER BY period DESC, id DESC
    ) AS newest
    FROM progress AS p
) AS ranked
WHERE newest = 1
"""


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "progress_latest",
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("indicator", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("cumulative", sa.Boolean(), nullable=False),
        sa.Column("target_key", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("progress_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["progress_id"], ["progress.id"], name=op.f("fk_progress_latest_progress_id_progress")),
        sa.ForeignKeyConstraint(["target_id"], ["targets.id"], name=op.f("fk_progress_latest_target_id_targets")),
        sa.PrimaryKeyConstraint(
            "region_code", "indicator", "unit", "cumulative", "target_key", name=op.f("pk_progress_latest")
        ),
    )
    with op.batch_alter_table("progress_latest", schema=None) as batch_op:
        batch_op.create_index("ix_progress_latest_period", ["period"], unique=False)
    op.execute(_BACKFILL)

    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("extractor_key", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("strength", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("verb", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("retired_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_commitments_document_id_extractor_key"), ["document_id", "extractor_key"]
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_commitments_document_id_extractor_key"), type_="unique")
        batch_op.drop_column("updated_at")
        batch_op.drop_column("retired_at")
        batch_op.drop_column("verb")
        batch_op.drop_column("strength")
        batch_op.drop_column("extractor_key")

    with op.batch_alter_table("progress_latest", schema=None) as batch_op:
        batch_op.drop_index("ix_progress_latest_period")
    op.drop_table("progress_latest")
