"""What the command line says: --version; `analyze --format`; the opinion line (the most
subjective sentences, the writer's own first, cut at a word with an ellipsis); a partly
analysed article says so; `ingest` names inputs with a failed stage and why; a record with no
text names its line and the --field option."""
from __future__ import annotations

import csv
import io
import json

import pytest

from newsdesk.api import __version__
from newsdesk.cli import main
from newsdesk.cli.analyze import opinion_line, summarise

LONG = ("This is without doubt the most reckless and shameful decision the council has taken in "
        "a decade, and everyone involved should resign.")


def sentence(i: int, start: int, end: int, voice: str, label: str, score: float) -> dict:
    return {"i": i, "start": start, "end": end, "voice": voice,
            "subjectivity": {"label": label, "score": score}}


def hand_record(errors=()) -> dict:
    parts = ["The council met on Monday.", "It was a mildly odd choice.", LONG,
             "\"This is a disgrace,\" the mayor said.", "A truly awful plan."]
    text, spans = "", []
    for p in parts:
        spans.append((len(text), len(text) + len(p)))
        text += p + " "
    sentences = [sentence(0, *spans[0], "author", "OBJ", 0.1),
                 sentence(1, *spans[1], "author", "SUBJ", 0.55),
                 sentence(2, *spans[2], "author", "SUBJ", 0.97),
                 sentence(3, *spans[3], "attributed", "SUBJ", 0.99),
                 sentence(4, *spans[4], "author", "SUBJ", 0.80)]
    return {"id": "ab" * 32, "meta": {"title": "Council", "source": "x.txt"}, "text": text,
            "sentences": sentences, "entities": [{"name": "Monday", "label": "DATE"}],
            "quotes": [], "events": [], "errors": list(errors)}


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.strip() == f"newsdesk {__version__}"


def test_opinion_line_ranks_author_voice_then_score_and_cuts_at_a_word():
    line = opinion_line(hand_record())
    shown = line.removeprefix("  opinion: ").split(" / ")
    assert shown[0].startswith("This is without doubt") and shown[0].endswith("…")
    assert shown[0][:-1].rstrip() == LONG[:len(shown[0]) - 1].rstrip()  # a whole-word prefix
    assert LONG[len(shown[0][:-1].rstrip())] in " ,"  # cut between words
    assert shown[1] == "A truly awful plan."  # 0.80, before the 0.55 sentence
    # the quoted 0.99 sentence comes after, and is not shown: the line says one more exists
    assert shown[2] == "It was a mildly odd choice. (+1 more)"
    assert "disgrace" not in line
    assert opinion_line(dict(hand_record(), sentences=[])) is None


def test_a_partly_analysed_article_says_so():
    out = summarise(hand_record([{"stage": "nlp", "reason": "text longer than 200000 characters: "
                                  "only the first 200000 are analysed"},
                                 {"stage": "voice", "reason": "RuntimeError: boom"}]))
    assert "partly analysed: nlp: text longer than" in out and "voice: RuntimeError: boom" in out
    assert "partly analysed" not in summarise(hand_record())


def test_analyze_formats(tmp_path, capsys):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x1", "text": "Rebels seized the airport on Monday.",
                                "title": "Airport seized"}) + "\n")
    assert main(["analyze", "--format", "csv", "--voice-model", "linear", str(path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["title"] for r in rows] == ["Airport seized"] and rows[0]["sentences"] == "1"
    assert main(["analyze", "--json", "--voice-model", "linear", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["meta"]["doc_id"] == "x1"


def test_ingest_names_failed_stages_and_records_without_text(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "fr", "language": "fr", "text": "Le conseil s'est réuni lundi."}),
        json.dumps({"id": "no-text", "body": "Rebels seized the airport.", "headline": "x"}),
    ]) + "\n")
    code = main(["ingest", str(path), "--db", str(tmp_path / "n.duckdb")])
    out, err = capsys.readouterr()
    assert code == 1 and "2 inputs = 1 articles + 1 errors" in out
    assert "(1 articles with a failed stage)" in out
    assert "partly analysed: " in err and "in.jsonl fr: language:" in err and "'fr'" in err
    assert "see `newsdesk errors" in err
    no_text = next(line for line in err.splitlines() if "no text" in line)
    assert "in.jsonl:2" in no_text and "--field text=NAME" in no_text and "body" in no_text
