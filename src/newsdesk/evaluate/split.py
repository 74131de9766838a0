"""The evaluation protocol's one split: a part to learn and tune on, and an internal test part.

Every gold set is split by a hash of a stable key of each record (an article id for article
data, so a whole article falls on one side; a sentence id for sentence data). The split never
changes between runs or machines, does not depend on the order of the file, and every training
script and every floor in `tests/gold/` uses it. The internal test part is scored, never
inspected for errors, and never used to pick a setting (../shared/DESIGN.md, "Evaluation
protocol").
"""
from __future__ import annotations

import hashlib
from typing import Callable, Iterable, Literal, TypeVar

T = TypeVar("T")
Part = Literal["learn", "test"]

# A fifth of every set is internal test. Changing the salt or the fraction moves records
# between the parts and invalidates every floor pinned on the internal test: don't.
TEST_FRACTION = 0.2
SALT = "newsdesk/internal-test/v1"


def part_of(key: str | int, dataset: str) -> Part:
    """'test' for the internal test part, else 'learn'.

    `key` is the record's stable id (article id, sentence id, file name); `dataset` names the
    gold set (e.g. "babe", "polnear"), so that two sets with overlapping ids split
    independently.
    """
    digest = hashlib.sha256(f"{SALT}|{dataset}|{key}".encode()).digest()
    return "test" if int.from_bytes(digest[:8], "big") / 2 ** 64 < TEST_FRACTION else "learn"


def split(records: Iterable[T], key: Callable[[T], str | int], dataset: str
          ) -> tuple[list[T], list[T]]:
    """(learn, test): `records` split by `part_of(key(record), dataset)`, order kept."""
    learn: list[T] = []
    test: list[T] = []
    for record in records:
        (test if part_of(key(record), dataset) == "test" else learn).append(record)
    return learn, test


def only(records: Iterable[T], key: Callable[[T], str | int], dataset: str, part: Part | None
         ) -> list[T]:
    """The records of one part ("learn" or "test"); all of them when `part` is None."""
    records = list(records)
    if part is None:
        return records
    if part not in ("learn", "test"):
        raise ValueError(f"part must be 'learn', 'test' or None, not {part!r}")
    return [r for r in records if part_of(key(r), dataset) == part]
