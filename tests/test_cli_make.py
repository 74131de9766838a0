"""`make run` builds its own example store and never deletes newsdesk.duckdb (the default
store of `newsdesk ingest`, the user's own); neither does `make clean`."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = "newsdesk.duckdb"

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def dry_run(target: str) -> list[str]:
    """The commands `make TARGET` would run (make -n: nothing is run)."""
    out = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, check=True).stdout
    return [line for line in out.splitlines() if line.strip()]


def removed(commands: list[str]) -> set[str]:
    return {word for c in commands if re.match(r"\s*rm\b", c) for word in c.split()[1:]
            if not word.startswith("-")}


def test_make_run_rebuilds_its_own_store_not_the_default_one():
    commands = dry_run("run")
    ingest = next(c for c in commands if " ingest " in c)
    db = ingest.split("--db", 1)[1].split()[0]
    assert db != DEFAULT_DB and db in removed(commands)
    assert DEFAULT_DB not in removed(commands)
    assert all(f"--db {db}" in c for c in commands if "--db" in c)


def test_make_clean_keeps_the_default_store():
    assert DEFAULT_DB not in removed(dry_run("clean"))
