"""Accounts an administrator manages: active or deactivated, when each last signed in, and the
administrators' own audit trail (accounts added, deactivated, passwords reset, submissions
assigned and deleted).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the two account columns (every existing account stays active) and the table."""
    with op.batch_alter_table("reviewers") as table:
        table.add_column(
            sa.Column("is_active", sa.Boolean, nullable=False, server_default=sa.true())
        )
        table.add_column(sa.Column("last_login_at", sa.DateTime(timezone=True)))
    op.create_table(
        "admin_actions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("reviewers.id"), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("reviewer_id", sa.Integer, sa.ForeignKey("reviewers.id")),
        sa.Column("submission_id", sa.Integer, sa.ForeignKey("submissions.id")),
        sa.Column("detail", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    """Drop them."""
    op.drop_table("admin_actions")
    with op.batch_alter_table("reviewers") as table:
        table.drop_column("last_login_at")
        table.drop_column("is_active")
