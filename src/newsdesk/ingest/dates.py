"""Dates given by the input (a JSONL field, an HTML meta tag) to ISO 8601."""
from __future__ import annotations

from datetime import datetime

import dateparser

from .text import parse_date_line


def normalise_date(value: str) -> str | None:
    """ISO 8601 for a date string in a common format; None if it cannot be read."""
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed.isoformat() if (parsed.hour or parsed.minute or parsed.tzinfo) else parsed.date().isoformat()
    except ValueError:
        pass
    iso = parse_date_line(value)
    if iso:
        return iso
    parsed = dateparser.parse(value, settings={"STRICT_PARSING": False, "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None
