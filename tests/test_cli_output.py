"""What the command line says: --version; `analyze --format`; the opinion line (the writer's
own subjective sentences, cut at a word with an ellipsis; those inside quotes only counted);
beliefs and stances in their own table, and an event inside one said by its holder; a partly
analysed article says so; `ingest` names inputs with a failed stage and why; a record with no
text names its line and the --field option."""
from __future__ import annotations

import csv
import io
import json

import pytest

from newsdesk.api import __version__
from newsdesk.cli import main
from newsdesk.cli.analyze import covering_belief, opinion_line, said_by_cell, summarise

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


def test_opinion_line_shows_the_writers_own_opinion_by_score_and_cuts_at_a_word():
    line = opinion_line(hand_record())
    shown, _, quoted = line.removeprefix("  opinion: ").partition(" — ")
    shown = shown.split(" / ")
    assert shown[0].startswith("This is without doubt") and shown[0].endswith("…")
    assert shown[0][:-1].rstrip() == LONG[:len(shown[0]) - 1].rstrip()  # a whole-word prefix
    assert LONG[len(shown[0][:-1].rstrip())] in " ,"  # cut between words
    assert shown[1] == "A truly awful plan."  # 0.80, before the 0.55 sentence
    assert shown[2] == "It was a mildly odd choice."
    # the quoted 0.99 sentence is the mayor's opinion, not the writer's: counted, not shown
    assert quoted == "and 1 subjective sentence inside quotes"
    assert "disgrace" not in line and "(in a quote)" not in line
    assert opinion_line(dict(hand_record(), sentences=[])) is None


def test_opinion_line_never_fills_up_with_quoted_sentences():
    record = hand_record()
    for s in record["sentences"][:3]:  # the writer's own opinion: one sentence (i 4)
        s["subjectivity"]["label"] = "OBJ"
    record["sentences"].append(sentence(5, 0, 25, "attributed", "SUBJ", 0.9))
    assert opinion_line(record) == \
        "  opinion: A truly awful plan. — and 2 subjective sentences inside quotes"
    record["sentences"][4]["subjectivity"]["label"] = "OBJ"
    assert opinion_line(record) == \
        "  opinion: none in the writer's own voice; 2 subjective sentences inside quotes"


ACCUSED = "The army accused the rebels of attacking civilians, and Ana Ruiz said they fled."


def span(text: str, words: str) -> dict:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "text": words}


def belief_record() -> dict:
    """An accusation (a stance) holding an act, and a quote holding another."""
    t = ACCUSED
    belief = {"id": "b0", "kind": "stance", "source": dict(span(t, "The army"), name="The army"),
              "cue": span(t, "accused"), "content": span(t, "the rebels of attacking civilians"),
              "via": []}
    quote = {"id": "q0", "kind": "indirect", "source": dict(span(t, "Ana Ruiz"), name="Ana Ruiz"),
             "cue": span(t, "said"), "content": span(t, "they fled"), "via": []}
    event = lambda i, words, by=None: {  # noqa: E731
        "id": f"ev{i}", "cameo": "190", "cameo_name": "Use force", "source_actor": None,
        "target_actor": None, "modality": "asserted", "time": None, "background": False,
        "attributed_to": by, "evidence": span(t, words)}
    return {"id": "cd" * 32, "meta": {}, "text": t, "sentences": [], "entities": [],
            "quotes": [quote], "beliefs": [belief], "errors": [],
            "events": [event(0, "accused"), event(1, "attacking"), event(2, "fled", "q0")]}


def test_beliefs_have_their_own_table_and_an_event_inside_one_is_said_by_its_holder():
    out = summarise(belief_record())
    lines = out.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("belief "))
    assert lines[head].split() == ["belief", "kind", "holder", "cue", "content"]
    assert lines[head + 2].split() == ["b0", "stance", "The", "army", "accused", "the", "rebels",
                                       "of", "attacking", "civilians"]
    said_by = {line.split()[-1]: line for line in lines if line.startswith("190 ")}
    assert "b0 The army" in said_by["attacking"]  # the army's accusation, not the writer's claim
    assert "b0" not in said_by["accused"]  # the accusing itself is the writer's report
    assert "q0 Ana Ruiz" in said_by["fled"]


def test_the_innermost_belief_covers_an_event_and_a_split_content_only_its_parts():
    record = belief_record()
    t, (belief,), (_, attacking, fled) = record["text"], record["beliefs"], record["events"]
    outer = dict(belief, id="b1", source=None, content=span(t, "accused the rebels of attacking "
                                                              "civilians, and Ana Ruiz said"))
    assert covering_belief(attacking, [outer, belief])["id"] == "b0"
    assert said_by_cell(dict(attacking, attributed_to=None), [], [outer]) == "b1"  # no holder
    split = dict(belief, content=dict(span(t, "the rebels of attacking civilians, and Ana Ruiz "
                                          "said they fled"),
                                     parts=[span(t, "the rebels"), span(t, "they fled")]))
    assert covering_belief(attacking, [split]) is None
    assert covering_belief(fled, [split]) is split


def test_analyze_names_the_accuser_of_an_act_it_reports(tmp_path, capsys):
    # the whole way: the quotes stage's stance and the events stage's act meet in the view
    path = tmp_path / "a.txt"
    path.write_text("Sudan army accuses RSF\n\nThe Sudanese army has accused the Rapid Support "
                    "Forces of attacking civilians in Khartoum.\n")
    assert main(["analyze", "--voice-model", "linear", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("b0 ") and "The Sudanese army" in line and "has accused" in line
               for line in lines)
    attacking = next(line for line in lines if line.rstrip().endswith("attacking"))
    assert "b0 The Sudanese army" in attacking


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
