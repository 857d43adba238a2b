"""Submissions are their own job queue: who holds one, until when, how often it was started.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the claim columns; a submission left processing by the old background tasks is
    queued again (nothing holds it any more)."""
    with op.batch_alter_table("submissions") as table:
        table.add_column(sa.Column("attempts", sa.Integer, nullable=False, server_default="0"))
        table.add_column(sa.Column("claimed_by", sa.String(64)))
        table.add_column(sa.Column("lease_until", sa.DateTime(timezone=True)))
    op.create_index("ix_submissions_status", "submissions", ["status"])
    op.execute("UPDATE submissions SET status = 'queued' WHERE status = 'processing'")


def downgrade() -> None:
    """Drop them."""
    op.drop_index("ix_submissions_status", "submissions")
    with op.batch_alter_table("submissions") as table:
        table.drop_column("lease_until")
        table.drop_column("claimed_by")
        table.drop_column("attempts")
