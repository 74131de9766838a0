"""The evaluation gate (trafilatura's habit): run `newsdesk eval` on the real gold data in
../shared/data and fail below pinned floors. Floors are only ever raised."""
from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def gold(path: str) -> Path:
    """A gold data path under ../shared/data; the test is skipped if it is absent."""
    full = SHARED / path
    if not full.exists():
        pytest.skip(f"gold data {full} not present")
    return full


def assert_floors(scores: dict, floors: dict) -> None:
    """Every pinned metric at or above its floor; the message shows all of them."""
    low = {k: (scores.get(k), floor) for k, floor in floors.items()
           if scores.get(k) is None or scores[k] < floor}
    assert not low, f"below the floor (score, floor): {low}; all scores: {scores}"
