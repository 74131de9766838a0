"""Inputs for the runner tests (numbered articles as JSON lines) and a reader of every table
of a store, to compare two runs row for row."""
from __future__ import annotations

import json

import duckdb

CITIES = ["Lagos", "Lima", "Oslo", "Hanoi", "Quito", "Dakar", "Riga", "Doha", "Accra", "Sofia"]
# Columns that differ between two runs by design (time of writing, sequence numbers).
VOLATILE = {"ingested_at", "created_at", "at"}
TABLES = ("articles", "sentences", "entities", "quotes", "events", "errors", "duplicates", "inputs")


def article(i: int, **extra) -> dict:
    city = CITIES[i % len(CITIES)]
    return {"id": f"s{i}", "title": f"Plan {i} for {city}",
            "text": f"Officials in {city} said on Monday that {i + 3} new clinics would open next "
                    f"year. The mayor welcomed plan number {i} and said it would help "
                    f"{i * 7 + 11} families.", **extra}


def write_jsonl(path, records) -> str:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return str(path)


def rows(db: str) -> dict[str, list]:
    """Every table's rows, sorted, without the columns that differ between runs by design."""
    con = duckdb.connect(db, read_only=True)
    out = {}
    for table in TABLES:
        cols = [c for (c, *_) in con.execute(f"DESCRIBE {table}").fetchall()
                if c not in VOLATILE and not (c == "id" and table == "errors")]
        select = ", ".join(f'"{c}"' for c in cols)
        out[table] = sorted(map(repr, con.execute(f"SELECT {select} FROM {table}").fetchall()))
    con.close()
    return out
