"""Reviewers, submissions and the decisions audit trail.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the three tables."""
    op.create_table(
        "reviewers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("is_admin", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("stored_path", sa.String(1024), nullable=False),
        sa.Column("framework", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error_kind", sa.String(32)),
        sa.Column("error", sa.Text),
        sa.Column("result_json", sa.Text),
        sa.Column("uploaded_by", sa.Integer, sa.ForeignKey("reviewers.id"), nullable=False),
        sa.Column("assigned_to", sa.Integer, sa.ForeignKey("reviewers.id")),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("submission_id", sa.Integer, sa.ForeignKey("submissions.id"), nullable=False),
        sa.Column("suggestion", sa.String(128), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("value_json", sa.Text),
        sa.Column("previous_json", sa.Text),
        sa.Column("note", sa.Text),
        sa.Column("reviewer_id", sa.Integer, sa.ForeignKey("reviewers.id"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_decisions_submission_id", "decisions", ["submission_id"])


def downgrade() -> None:
    """Drop them, newest first."""
    op.drop_index("ix_decisions_submission_id", "decisions")
    op.drop_table("decisions")
    op.drop_table("submissions")
    op.drop_table("reviewers")
