"""Official figures (issue 9): an observation says its source (reported or official), and an official
one keeps its document, span, extractor key, review state and the extractor's reading of edited fields;
a reported one keeps the row of the sheet it was imported from.

``progress_latest`` gains ``source`` in its key (a reported and an official figure of one series are
two latest rows): the table holds derived data only, so it is rebuilt from ``progress``.

Revision ID: 0012_official_observations
Revises: 0011_document_date_source
Create Date: 2026-12-04 08:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0012_official_observations"
down_revision: str | Sequence[str] | None = "0011_document_date_source"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BACKFILL = """
INSERT INTO progress_latest
    (region_code, indicator, unit, cumulative, target_key, source, target_id, progress_id, period, value)
SELECT region_code, indicator, unit, cumulative, COALESCE(target_id, 0), source, target_id, id, period, value
FROM (
    SELECT p.*, ROW_NUMBER() OVER (
        PARTITION BY region_code, indicator, unit, cumulative, COALESCE(target_id, 0), source
        ORDER BY period DESC, id DESC
    ) AS newest
    FROM progress AS p
    WHERE state IN ('proposed', 'confirmed')
) AS ranked
WHERE newest = 1
"""

_BACKFILL_0002 = """
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


def _latest_table(with_source: bool) -> None:
    key = ["region_code", "indicator", "unit", "cumulative", "target_key"] + (["source"] if with_source else [])
    op.create_table(
        "progress_latest",
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("indicator", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("cumulative", sa.Boolean(), nullable=False),
        sa.Column("target_key", sa.Integer(), nullable=False),
        *([sa.Column("source", sa.String(length=10), nullable=False)] if with_source else []),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("progress_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["progress_id"], ["progress.id"], name=op.f("fk_progress_latest_progress_id_progress")),
        sa.ForeignKeyConstraint(["target_id"], ["targets.id"], name=op.f("fk_progress_latest_target_id_targets")),
        sa.PrimaryKeyConstraint(*key, name=op.f("pk_progress_latest")),
    )
    op.create_index("ix_progress_latest_period", "progress_latest", ["period"], unique=False)


def upgrade() -> None:
    """Upgrade schema."""
    op.drop_table("progress_latest")  # first: SQLite's batch mode recreates ``progress``, which it references
    with op.batch_alter_table("progress", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source", sa.String(length=10), server_default="reported", nullable=False))
        batch_op.add_column(sa.Column("document_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("span_start", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("span_end", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("extractor_key", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("state", sa.String(length=10), server_default="proposed", nullable=False))
        batch_op.add_column(sa.Column("extracted", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("sheet_row", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_progress_document_id"), ["document_id"], unique=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_progress_document_id_extractor_key"), ["document_id", "extractor_key"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_progress_document_id_documents"), "documents", ["document_id"], ["id"]
        )
    _latest_table(with_source=True)
    op.execute(_BACKFILL)


def downgrade() -> None:
    """Downgrade schema: official figures are dropped (an older ledger cannot tell them apart)."""
    op.drop_table("progress_latest")
    op.execute("DELETE FROM progress WHERE source <> 'reported'")
    with op.batch_alter_table("progress", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_progress_document_id_documents"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("uq_progress_document_id_extractor_key"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_progress_document_id"))
        for column in (
            "sheet_row",
            "extracted",
            "state",
            "extractor_key",
            "span_end",
            "span_start",
            "document_id",
            "source",
        ):
            batch_op.drop_column(column)
    _latest_table(with_source=False)
    op.execute(_BACKFILL_0002)
