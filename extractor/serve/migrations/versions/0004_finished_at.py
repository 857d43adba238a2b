"""When a submission's processing last finished: responses built from its result are cached
under it, so a reprocessed submission is never served its old result.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column."""
    with op.batch_alter_table("submissions") as table:
        table.add_column(sa.Column("finished_at", sa.DateTime(timezone=True)))


def downgrade() -> None:
    """Drop it."""
    with op.batch_alter_table("submissions") as table:
        table.drop_column("finished_at")
