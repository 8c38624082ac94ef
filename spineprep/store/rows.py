"""An Intake to a row and back: the columns, the JSON of the answers, the times, the SQL."""

from __future__ import annotations

import json
import logging
import zlib
from datetime import UTC, datetime
from typing import Any

from spineprep.intake import Intake

log = logging.getLogger("spineprep.store")


def utc_stamp() -> str:
    # Fixed width with microseconds, so that ORDER BY on the text is time order; UTC, so
    # the clock going back at the end of summer time cannot make an older save look newer.
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local_time(stamp: str) -> datetime:
    return (
        datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ")
        .replace(tzinfo=UTC)
        .astimezone()
        .replace(tzinfo=None)
    )


def row_values(intake: Intake) -> dict[str, Any]:
    return {
        "id": intake.id,
        "started_at": intake.started_at.isoformat(),
        "updated_at": utc_stamp(),
        "full_name": intake.patient.full_name,
        "pain_now": intake.severity.pain_now,
        "pain_worst": intake.severity.pain_worst,
        "answers": pack(intake),
    }


def pack(intake: Intake) -> bytes:
    """The answers as stored: JSON (UTF-8, not \\u escapes: half the size for non-Latin
    names) compressed with zlib, 1.7 KB of a full intake's JSON in 0.9 KB."""
    text = json.dumps(intake.to_dict(), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 6)


def answers_json(stored: str | bytes) -> str:
    """The JSON text of stored answers: compressed (schema version 4 on), or text as written
    before. Raises ValueError when compressed answers are damaged."""
    if isinstance(stored, bytes):
        try:
            return zlib.decompress(stored).decode("utf-8", "replace")
        except zlib.error as error:
            raise ValueError("compressed answers are damaged") from error
    return stored


def decode(row_id: str, answers: str | bytes) -> Intake | None:
    """The Intake of one row, or None when its answers are damaged (logged by id only)."""
    try:
        data = json.loads(answers_json(answers))
        if not isinstance(data, dict):
            raise ValueError("answers are not a JSON object")
        intake = Intake.from_dict(data)
        if intake.id != row_id:
            raise ValueError("answers belong to another id")
    except (ValueError, TypeError, KeyError, AttributeError) as err:
        # The error text can quote a stored value: log its type, never its message.
        log.warning("Skipping intake %s: its saved answers can't be read (%s)", row_id, type(err).__name__)
        return None
    return intake


COLUMNS = "id, status, started_at, updated_at, completed_at, full_name, pain_now, pain_worst, answers"

SAVE_DRAFT_SQL = f"""
INSERT INTO intakes ({COLUMNS})
VALUES (:id, 'draft', :started_at, :updated_at, NULL, :full_name, :pain_now, :pain_worst, :answers)
ON CONFLICT (id) DO UPDATE SET
    started_at = excluded.started_at, updated_at = excluded.updated_at,
    full_name = excluded.full_name, pain_now = excluded.pain_now,
    pain_worst = excluded.pain_worst, answers = excluded.answers
WHERE intakes.status = 'draft'
"""

COMPLETE_SQL = f"""
INSERT INTO intakes ({COLUMNS})
VALUES (:id, 'complete', :started_at, :updated_at, :completed_at,
        :full_name, :pain_now, :pain_worst, :answers)
ON CONFLICT (id) DO UPDATE SET
    status = 'complete', started_at = excluded.started_at, updated_at = excluded.updated_at,
    completed_at = excluded.completed_at, full_name = excluded.full_name,
    pain_now = excluded.pain_now, pain_worst = excluded.pain_worst, answers = excluded.answers
"""
