"""Fixtures shared by the test modules; plain helpers (hand-made records, inputs) are in
tests/helpers/. No test module imports another test module."""
from __future__ import annotations

import pytest
from helpers.web import fill_store, make_record, other_records

from newsdesk.store import Store


@pytest.fixture
def store(tmp_path):
    """An empty store in a temporary file, open for writing."""
    with Store(tmp_path / "t.duckdb") as s:
        yield s


@pytest.fixture
def web_db(tmp_path):
    """The path of a store with the hand-made web records (make_record and other_records)
    written and the corpus tables updated."""
    path = tmp_path / "web.duckdb"
    fill_store(path, [make_record(), *other_records()])
    return path
