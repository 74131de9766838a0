"""The one query module (store.queries) and the store's own checks: article lookup by a short
id (17.7), the error rows and `newsdesk errors`, the one dyad parser, the one staleness check,
and no SQL or connection outside store/ (issue 14)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers.corpus import VISIT, event, record

from newsdesk import corpus
from newsdesk.cli import main
from newsdesk.errors import InputError
from newsdesk.store import Store, queries
from newsdesk.store.corpus_tables import corpus_is_stale

SRC = Path(__file__).resolve().parents[1] / "src" / "newsdesk"


def with_id(rec: dict, article_id: str) -> dict:
    return dict(rec, id=article_id)


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "q.duckdb")
    with Store(path) as store:
        store.write_record(with_id(record(VISIT, "One", "Reuters", "2023-04-09"), "0123456789abcdef" * 2))
        store.write_record(with_id(record(VISIT + " Two.", "Two", "BBC", "2023-04-10"), "0123456789abcd00" * 2))
        store.write_record(with_id(record(VISIT + " Three.", "Three", "BBC", "2023-04-11"), "fedcba9876543210" * 2))
        store.write_error("feed.xml#3", None, "not a news article (no body text)")
        store.write_error("a.txt", None, "stage events: boom", stage="events",
                          article_id="fedcba9876543210" * 2)
    return path


def test_get_article_by_a_unique_prefix(db):
    with Store(db, read_only=True) as store:
        assert queries.get_article(store, "fedcba9876543210" * 2)["meta"]["title"] == "Three"
        assert queries.get_article(store, "fedcba987654")["meta"]["title"] == "Three"  # 12, as shown
        assert queries.get_article(store, "FEDCBA98")["meta"]["title"] == "Three"  # 8 is enough
        assert queries.get_article(store, "0123456789abcd0")["meta"]["title"] == "Two"
        assert queries.get_article(store, "fedcba9") is None  # too short to be an id
        assert queries.get_article(store, "99999999") is None
        assert queries.get_article(store, "not-hex!") is None
        with pytest.raises(InputError, match="ambiguous"):
            queries.get_article(store, "0123456789ab")


def test_error_rows_and_the_errors_command(db, capsys):
    with Store(db, read_only=True) as store:
        rows = queries.list_errors(store)
        assert {(r["input"], r["stage"], r["message"]) for r in rows} == {
            ("feed.xml#3", "input", "not a news article (no body text)"),
            ("a.txt", "events", "stage events: boom")}
        assert [r["input"] for r in queries.list_errors(store, stage="input")] == ["feed.xml#3"]
    assert main(["errors", "--db", db, "--format", "json"]) == 0
    lines = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert {l["stage"] for l in lines} == {"input", "events"} and all(l["message"] for l in lines)
    assert main(["errors", "--db", db, "--stage", "events"]) == 0
    table = capsys.readouterr().out
    assert "stage events: boom" in table and "feed.xml" not in table


def test_one_dyad_parser_with_input_errors():
    assert queries.parse_dyad("chn:rus") == ("CHN", "RUS", False)
    assert queries.parse_dyad("CHN>RUS") == ("CHN", "RUS", True)
    for bad in ("CHN", "CHN-RUS", "A:B:C", "CHN:R1S"):
        with pytest.raises(InputError, match="dyad"):
            queries.parse_dyad(bad)


def test_one_staleness_check_for_update_serve_and_export(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        assert not corpus_is_stale(store)  # nothing stored: nothing to update
        store.write_record(record(VISIT, "One", "Reuters", "2023-04-09", [event("E1")]))
        assert corpus_is_stale(store)
        assert corpus.update(store)["unchanged"] is False
        assert not corpus_is_stale(store) and corpus.update(store)["unchanged"] is True


def test_articles_list_is_one_query_for_the_cli_and_the_web(db, capsys):
    with Store(db, read_only=True) as store:
        total, rows = queries.list_articles(store, publisher="BBC")
    assert total == 2 and [r["title"] for r in rows] == ["Three", "Two"]
    assert {"sentences", "quotes", "events", "chars", "url"} <= set(rows[0])
    assert main(["articles", "--db", db, "--publisher", "BBC", "--format", "json"]) == 0
    cli = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in cli] == [r["id"] for r in rows]


# SQL is written in capitals here, as everywhere in the store: a string opening with a keyword.
SQL = re.compile(r"""["'](SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH)\s""")
CONNECTION = re.compile(r"\bimport duckdb\b|\bfrom duckdb\b|\.con\b")


def test_no_sql_and_no_connection_outside_the_store():
    offenders = []
    for path in SRC.rglob("*.py"):
        if "store" in path.relative_to(SRC).parts[:1]:
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (SQL, CONNECTION):
            if m := pattern.search(text):
                offenders.append(f"{path.relative_to(SRC)}: {m.group(0)!r}")
    assert offenders == []
