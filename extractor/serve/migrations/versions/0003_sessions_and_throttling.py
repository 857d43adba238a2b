"""Server-side sessions (revoked by signing out), failed sign-ins per account and address, and
account names unique as folded (NFKC, case).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _fold_names() -> None:
    """Give every account its folded name; where two existing names fold alike (ａｌｉｃｅ and
    alice), the later account's key is suffixed with its id, so both can still sign in by
    the names they have, and no new account can take either."""
    from extractor.serve.names import name_key

    connection = op.get_bind()
    taken: set[str] = set()
    rows = connection.execute(sa.text("SELECT id, name FROM reviewers ORDER BY id")).all()
    for row_id, name in rows:
        key = name_key(name)
        if key in taken:
            key = f"{key[:50]}#{row_id}"
        taken.add(key)
        connection.execute(
            sa.text("UPDATE reviewers SET name_key = :key WHERE id = :id"),
            {"key": key, "id": row_id},
        )


def upgrade() -> None:
    """Create the two tables (cookies issued before have no row: sign in again) and fold the
    account names."""
    with op.batch_alter_table("reviewers") as table:
        table.add_column(sa.Column("name_key", sa.String(64)))
    _fold_names()
    with op.batch_alter_table("reviewers") as table:
        table.alter_column("name_key", existing_type=sa.String(64), nullable=False)
        table.create_unique_constraint("uq_reviewers_name_key", ["name_key"])
    op.create_table(
        "login_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("reviewer_id", sa.Integer, sa.ForeignKey("reviewers.id"), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_login_sessions_reviewer_id", "login_sessions", ["reviewer_id"])
    op.create_table(
        "sign_in_failures",
        sa.Column("key", sa.String(160), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True)),
    )


def downgrade() -> None:
    """Drop them."""
    with op.batch_alter_table("reviewers") as table:
        table.drop_constraint("uq_reviewers_name_key", type_="unique")
        table.drop_column("name_key")
    op.drop_table("sign_in_failures")
    op.drop_index("ix_login_sessions_reviewer_id", "login_sessions")
    op.drop_table("login_sessions")
