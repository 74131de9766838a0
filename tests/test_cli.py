"""The command line, run in-process: `analyze --json` keeps the contract; exit codes count failures."""
import io
import json
import sys

from newsdesk.cli import main

PASTED = """China to send defence minister to Moscow
April 15, 2023

China will send its defence minister to Moscow next week, the ministry said.

© 2023 The Example Herald. All rights reserved.
News you can trust.
"""

CONTRACT = ["schema", "id", "meta", "text", "sentences", "entities", "quotes", "events", "errors"]


def test_analyze_json_from_stdin_is_the_contract(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PASTED.encode())))
    assert main(["analyze", "--json", "-"]) == 0
    (line,) = capsys.readouterr().out.strip().splitlines()
    record = json.loads(line)
    assert all(key in record for key in CONTRACT)
    assert record["meta"]["title"] == "China to send defence minister to Moscow"
    assert record["meta"]["published"] == "2023-04-15"
    assert record["text"] == "China will send its defence minister to Moscow next week, the ministry said."
    assert "Herald" not in record["text"] and "trust" not in record["text"]


def test_analyze_jsonl_keeps_the_callers_id_and_reports_bad_lines(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a-1", "text": "Rebels seized the airport."}) + "\nnot json\n")
    assert main(["analyze", "--json", str(path)]) == 1
    out, err = capsys.readouterr()
    (record,) = [json.loads(l) for l in out.splitlines()]
    assert record["meta"]["doc_id"] == "a-1"
    assert "in.jsonl:2" in err and "1 input(s) failed" in err


def test_analyze_without_json_prints_a_summary_not_json(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(PASTED)
    assert main(["analyze", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("China to send defence minister to Moscow")
    assert "2023-04-15" in out and not out.lstrip().startswith("{")


def test_ingest_twice_and_list_articles(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(PASTED)
    (src / "bad.txt").write_bytes(b"\xff\xfe\x00\x01")
    db = str(tmp_path / "n.duckdb")
    assert main(["ingest", str(src), "--db", db, "--quiet"]) == 1
    assert "2 inputs = 1 articles + 1 errors + 0 duplicates" in capsys.readouterr().out
    main(["ingest", str(src / "a.txt"), "--db", db, "--quiet"])
    assert "1 inputs = 0 articles + 0 errors + 1 duplicates" in capsys.readouterr().out
    assert main(["articles", "--db", db, "--format", "json"]) == 0
    rows = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert [r["title"] for r in rows] == ["China to send defence minister to Moscow"]


def test_library_errors_become_one_line_and_exit_2(tmp_path, capsys):
    (tmp_path / "not-a-db.duckdb").write_text("this is not a database")
    assert main(["articles", "--db", str(tmp_path / "not-a-db.duckdb")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsdesk articles: error: cannot open database") and "\n" not in err
