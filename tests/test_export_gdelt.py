"""GDELT rows always dated, tone rounded, SOURCEURL a web URL or empty, background events left
out unless asked for; PLOVER marks them (issue 17.8). Over merged events and, before any
corpus update, over per-article events."""
from __future__ import annotations

import csv
import json
import re

import pytest
from helpers.corpus import event, record

from newsdesk import corpus
from newsdesk.export import GDELT_COLUMNS, export
from newsdesk.store import Store

COL = {name: i for i, name in enumerate(GDELT_COLUMNS)}


def month_event(eid: str, month: str, **kw) -> dict:
    e = event(eid, **kw)
    e["time"] = {"text": "in April", "date": month, "granularity": "month", "relation": "past"}
    return e


def records() -> list[dict]:
    undated = record("Police arrested ten protesters outside the parliament in the capital city.",
                     "Arrests", "Wire", None, [event("E1", cameo="173", src="GBRCOP", tgt="GBRCVL")])
    undated["meta"]["source"] = "articles/arrests.txt"  # a file: no URL to give
    undated["article"] = {"tone": -2.718281828}
    april = record("The two ministers met in Geneva during April to discuss a ceasefire plan.",
                   "Geneva talks", "Post", "2023-04-20",
                   [month_event("E1", "2023-04", cameo="036", src="FRAGOV", tgt="DEUGOV"),
                    event("E2", cameo="190", src="RUSMIL", tgt="UKRMIL", background=True)])
    april["meta"]["url"] = "https://example.org/geneva"
    late = record("Looking back, officials said the April meeting in Oslo produced little.",
                  "Oslo, looking back", "Herald", "2023-06-01",
                  [month_event("E1", "2023-04", cameo="040", src="NORGOV", tgt="SWEGOV")])
    late["meta"]["url"] = "file:///home/me/oslo.html"
    return [undated, april, late]


@pytest.fixture(params=["merged", "per-article"])
def db(request, tmp_path):
    path = tmp_path / "g.duckdb"
    with Store(path) as store:
        for r in records():
            store.write_record(r)
        if request.param == "merged":
            corpus.update(store)
    return path


def gdelt(db, tmp_path, **kw) -> dict[str, list[str]]:
    out = tmp_path / "g.tsv"
    export(db, "gdelt", out, **kw)
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return {r[COL["EventCode"]]: r for r in rows}


def test_every_row_is_dated(db, tmp_path):
    rows = gdelt(db, tmp_path)
    for r in rows.values():
        assert re.fullmatch(r"\d{8}", r[COL["SQLDATE"]]) and r[COL["MonthYear"]] == r[COL["SQLDATE"]][:6]
        assert r[COL["Year"]] == r[COL["SQLDATE"]][:4]
        assert re.fullmatch(r"\d{4}\.\d{4}", r[COL["FractionDate"]])
    # no own date, no publication date: the ingest day
    assert rows["173"][COL["SQLDATE"]] == rows["173"][COL["DATEADDED"]][:8]
    # dated to April, reported in April: the report's day; reported in June: April's first day
    assert rows["036"][COL["SQLDATE"]] == "20230420"
    assert rows["040"][COL["SQLDATE"]] == "20230401"


def test_tone_rounded_and_source_url_a_web_url_or_empty(db, tmp_path):
    rows = gdelt(db, tmp_path)
    assert rows["173"][COL["AvgTone"]] == "-2.7183"
    assert rows["173"][COL["SOURCEURL"]] == ""  # a file path is not a URL
    assert rows["040"][COL["SOURCEURL"]] == ""  # nor is a file:// URI
    assert rows["036"][COL["SOURCEURL"]] == "https://example.org/geneva"


def test_background_left_out_of_gdelt_unless_asked_and_marked_in_plover(db, tmp_path):
    assert "190" not in gdelt(db, tmp_path)
    assert "190" in gdelt(db, tmp_path, background=True)
    out = tmp_path / "p.jsonl"
    export(db, "plover", out)
    plover = {r["newsdesk"]["cameo"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert plover["190"]["newsdesk"]["background"] is True
    assert plover["036"]["newsdesk"]["background"] is False
    assert all(r["date"] for r in plover.values())
