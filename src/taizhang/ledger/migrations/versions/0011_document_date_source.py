"""Where a document's date came from (issue 12): the text, a person, or the file's date (a guess).

A document read with a guessed date (or none) is flagged on its page so a reviewer sets it.
Documents stored before kept the date they were given (``--date`` or 发布日期) or none.

Revision ID: 0011_document_date_source
Revises: 0010_target_merged_into
Create Date: 2026-12-04 07:40:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0011_document_date_source"
down_revision: str | Sequence[str] | None = "0010_target_merged_into"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("documents", sa.Column("date_source", sa.String(8), nullable=True))
    op.execute("UPDATE documents SET date_source = 'given' WHERE date IS NOT NULL")


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("documents", "date_source")  # SQLite 3.35+ drops a column in place
