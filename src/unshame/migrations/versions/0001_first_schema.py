"""First schema: users, entries, profiles, followups, meta.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

Only ids, dates and foreign keys are plain columns; every word she writes is in a
sealed blob (`payload`, `answer`). Constraint names follow `models.NAMING`.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _user_id() -> sa.Column[int]:
    return sa.Column("user_id", sa.Integer(), nullable=False)


def _user_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["user_id"], ["users.id"], name=f"fk_{table}_user_id_users", ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
        sa.Column("kdf_salt", sa.LargeBinary(), nullable=False),
        sa.Column("kdf_memory_kib", sa.Integer(), nullable=False),
        sa.Column("kdf_time_cost", sa.Integer(), nullable=False),
        sa.Column("kdf_parallelism", sa.Integer(), nullable=False),
        sa.Column("kdf_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    op.create_table(
        "entries",
        sa.Column("id", sa.String(64), nullable=False),
        _user_id(),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tz_offset_minutes", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_entries"),
        _user_fk("entries"),
    )
    op.create_index("ix_entries_user_id_created_at", "entries", ["user_id", "created_at"])
    op.create_table(
        "profiles",
        _user_id(),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", name="pk_profiles"),
        _user_fk("profiles"),
    )
    op.create_table(
        "followups",
        sa.Column("id", sa.String(64), nullable=False),
        _user_id(),
        sa.Column("entry_id", sa.String(64), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("answer", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_followups"),
        _user_fk("followups"),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name="fk_followups_entry_id_entries",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_followups_user_id_due_on", "followups", ["user_id", "due_on"])
    op.create_index("ix_followups_entry_id", "followups", ["entry_id"])
    meta = op.create_table(
        "meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )
    op.bulk_insert(
        meta,
        [
            {"key": "format", "value": "unshame-journal"},
            {"key": "blob_version", "value": "1"},
            {"key": "payload_version", "value": "1"},
        ],
    )


def downgrade() -> None:
    op.drop_table("meta")
    op.drop_index("ix_followups_entry_id", table_name="followups")
    op.drop_index("ix_followups_user_id_due_on", table_name="followups")
    op.drop_table("followups")
    op.drop_table("profiles")
    op.drop_index("ix_entries_user_id_created_at", table_name="entries")
    op.drop_table("entries")
    op.drop_table("users")
