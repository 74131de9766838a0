"""Exports: JSONL records, Parquet tables, the GDELT 2.0 event table (61 columns), PLOVER JSON."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from helpers.web import fill_store, make_record, other_records, second_report

from newsdesk.cli import main
from newsdesk.errors import InputError
from newsdesk.export import GDELT_COLUMNS, export
from newsdesk.export.gdelt import cameo_actor_code, gdelt_row, split_actor

GDELT_HEADER = Path(__file__).resolve().parents[2] / "shared/data/gdelt_samples/gdelt2/HEADER_export.tsv"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "export.duckdb"
    fill_store(path, [make_record(), second_report(), *other_records()])
    return path


def read_tsv(path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_gdelt_columns_are_gdelts():
    assert len(GDELT_COLUMNS) == 61
    if GDELT_HEADER.exists():  # the real header file, when the shared data is present
        assert list(GDELT_COLUMNS) == GDELT_HEADER.read_text().strip().split("\t")


def test_gdelt_rows_have_61_columns(db, tmp_path):
    out = tmp_path / "events.tsv"
    n = export(db, "gdelt", out)
    rows = read_tsv(out)
    # the negated event is left out by default; planned and asserted ones are in
    assert n == len(rows) == 4
    assert all(len(r) == 61 for r in rows)
    col = {name: i for i, name in enumerate(GDELT_COLUMNS)}
    visit = next(r for r in rows if r[col["EventCode"]] == "042")
    assert visit[col["SQLDATE"]] == "20230416"
    assert visit[col["MonthYear"]] == "202304" and visit[col["Year"]] == "2023"
    assert visit[col["Actor1Code"]] == "CHNMIL" and visit[col["Actor1CountryCode"]] == "CHN"
    assert visit[col["Actor1Type1Code"]] == "MIL" and visit[col["Actor2CountryCode"]] == "RUS"
    assert visit[col["EventBaseCode"]] == "042" and visit[col["EventRootCode"]] == "04"
    assert visit[col["QuadClass"]] == "1" and float(visit[col["GoldsteinScale"]]) == 1.9
    assert visit[col["SOURCEURL"]] == "https://example.org/china"
    assert len(visit[col["DATEADDED"]]) == 14
    # two outlets reported the visit: one event row with its counts
    assert [r[col["EventCode"]] for r in rows].count("042") == 1
    assert visit[col["NumMentions"]] == "2" and visit[col["NumSources"]] == "2"
    assert visit[col["NumArticles"]] == "2"
    assert len({r[col["GLOBALEVENTID"]] for r in rows}) == len(rows)
    assert all(r[col["GLOBALEVENTID"]].isdigit() for r in rows)
    every = tmp_path / "all.tsv"
    assert export(db, "gdelt", every, modalities=None) == 5


def test_split_actor():
    assert split_actor("CHNGOV") == ("CHN", ["GOV"])
    assert split_actor("USAMILREB") == ("USA", ["MIL", "REB"])
    assert split_actor("IGOUNO") == ("", ["IGO", "UNO"])
    assert split_actor(None) == ("", [])


def test_gdelt_rows_name_sectors_as_cameo_does():
    """PLOVER's JRN (press) is CAMEO's MED and PLOVER's MED (health) CAMEO's HLH: a GDELT
    user filtering Type1Code MED for the media must not get doctors."""
    assert cameo_actor_code("USAJRN") == "USAMED"
    assert cameo_actor_code("GBRMED") == "GBRHLH"
    assert cameo_actor_code("JRN") == "MED"
    assert cameo_actor_code("CHNGOV") == "CHNGOV"
    assert cameo_actor_code("IGOUNO") == "IGOUNO"
    row = dict(zip(GDELT_COLUMNS, gdelt_row({
        "cameo": "111", "source_code": "KENJRN", "source_text": "the Daily Nation",
        "target_code": "KENMED", "target_text": "striking doctors"})))
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("KENMED", "KEN", "MED")
    assert (row["Actor2Code"], row["Actor2Type1Code"]) == ("KENHLH", "HLH")


def test_plover_records(db, tmp_path):
    out = tmp_path / "events.jsonl"
    assert export(db, "plover", out) == 4
    records = [json.loads(line) for line in out.read_text().splitlines()]
    for rec in records:
        assert {"id", "date", "actor", "event"} <= set(rec)  # PLOVER's required fields
        assert isinstance(rec["event"], list) and isinstance(rec["actor"], list)
    visit = next(r for r in records if r["newsdesk"]["cameo"] == "042")
    assert visit["date"] == "2023-04-16" and visit["event"] == ["CONSULT"]
    assert visit["actor"] == [{"code": "CHN", "entity_text": "CHNMIL", "sector": "MIL"}]
    assert visit["recipient"][0]["code"] == "RUS" and visit["context"] == ["military"]
    assert visit["quad_code"] == 1 and visit["event_scale"] == 1.9
    assert visit["newsdesk"]["modality"] == "planned" and visit["newsdesk"]["outlets"] == 2
    assert visit["event_text"] == ["China will send its defence minister"]
    assert len({r["id"] for r in records}) == len(records)
    # an event has a PLOVER type exactly when the record says it has one
    assert all(r["has_event"] == bool(r["event"]) for r in records)


def test_a_cameo_code_plover_does_not_type_is_no_plover_event():
    from newsdesk.export.plover import plover_record

    record = plover_record({"id": "ev1", "article_id": "a1", "cameo": "016",
                            "plover_event": None, "source_code": "CHNGOV"})
    assert record["event"] == [] and record["has_event"] is False


def test_jsonl_round_trips_the_records(db, tmp_path):
    out = tmp_path / "records.jsonl"
    assert export(db, "jsonl", out) == 5
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert make_record() in records


def test_parquet_tables(db, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    assert export(db, "parquet", out) == 6  # the events table: one row per mention
    table = pq.read_table(out)
    assert {"cameo", "source_code", "modality"} <= set(table.column_names)
    assert export(db, "parquet", tmp_path / "a.parquet", table="articles") == 5
    with pytest.raises(InputError):
        export(db, "parquet", tmp_path / "x.parquet", table="articles; DROP TABLE events")
    with pytest.raises(InputError):
        export(db, "parquet", None)


def test_cli_export(db, tmp_path, capsys):
    out = tmp_path / "cli.tsv"
    assert main(["export", "--format", "gdelt", "--db", str(db), "--out", str(out),
                 "--modality", "all"]) == 0
    assert len(read_tsv(out)) == 5
    assert main(["export", "--format", "plover", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and all(json.loads(x)["id"] for x in lines)
    assert main(["export", "--format", "gdelt", "--db", str(db), "--modality", "maybe"]) == 2
