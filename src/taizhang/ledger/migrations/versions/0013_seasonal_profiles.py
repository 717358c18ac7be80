"""Seasonal profiles kept on write (issue 9): ``seasonal_profiles`` holds each official cumulative
series' profile for each year it serves, so status reads one row per series instead of every
earlier-year figure. The table holds derived data only: it is filled here from ``progress`` with
the function every write uses (:func:`taizhang.ledger.profiles.rebuild_profiles`).

Revision ID: 0013_seasonal_profiles
Revises: 0012_official_observations
Create Date: 2026-12-04 14:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from taizhang.ledger.profiles import rebuild_profiles

# revision identifiers, used by Alembic.
revision: str = "0013_seasonal_profiles"
down_revision: str | Sequence[str] | None = "0012_official_observations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "seasonal_profiles",
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("indicator", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("shares", sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint("region_code", "indicator", "unit", "year", name=op.f("pk_seasonal_profiles")),
    )
    op.create_index("ix_seasonal_profiles_year", "seasonal_profiles", ["year"], unique=False)
    with Session(bind=op.get_bind()) as session:  # joins the migration's transaction, never ends it
        rebuild_profiles(session, None)
        session.commit()


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_seasonal_profiles_year", table_name="seasonal_profiles")
    op.drop_table("seasonal_profiles")
