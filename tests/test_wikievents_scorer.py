"""`newsdesk eval wikievents`: the scorer on a hand-made article (our own text, not the data's)
and a hand-made record, so a broken offset map or match rule fails here without a model."""
from __future__ import annotations

import json

from newsdesk.evaluate import TASKS
from newsdesk.evaluate.wikievents import Aligner, read_wikievents, scores

# The gold text: lines joined by one newline, line 0 a headline.
LINES = [
    "Rebels Bomb Depot",
    "Rebels bombed an  army depot near Tarvo on Monday, killing four guards.",
    "Police arrested two men after the blast, and hundreds joined a protest.",
    "The governor condemned the violence.",
]
GOLD_TEXT = "\n".join(LINES)
# The record's text as the ingest makes it: the headline gone (taken as the title), paragraphs
# apart, runs of white space collapsed.
RECORD_TEXT = "\n\n".join(" ".join(line.split()) for line in LINES[1:])


def gold_at(word: str, line: int, nth: int = 0) -> tuple[int, int]:
    """The span of the `nth` `word` of gold line `line`, in GOLD_TEXT."""
    base = sum(len(x) + 1 for x in LINES[:line])
    at = -1
    for _ in range(nth + 1):
        at = LINES[line].index(word, at + 1)
    return base + at, base + at + len(word)


def rec_at(word: str) -> dict:
    start = RECORD_TEXT.index(word)
    return {"start": start, "end": start + len(word), "text": word}


def gold_event(word, line, type_, root, arguments=()):
    start, end = gold_at(word, line)
    args = []
    for role, arg_word, nth in arguments:
        a, b = gold_at(arg_word, line, nth)
        args.append({"role": role, "text": arg_word, "start": a, "end": b})
    return {"start": start, "end": end, "trigger": word, "type": type_, "cameo_root": root,
            "sentence": line, "arguments": args}


ARTICLE = {"id": "hand-1", "text": GOLD_TEXT, "events": [
    gold_event("Bomb", 0, "Conflict.Attack.DetonateExplode", "18"),           # dropped
    gold_event("bombed", 1, "Conflict.Attack.DetonateExplode", "18",
               [("Attacker", "Rebels", 0), ("Target", "depot", 0)]),          # found
    gold_event("killing", 1, "Life.Die.Unspecified", None),                   # no root
    gold_event("arrested", 2, "Justice.ArrestJailDetain.Unspecified", "17",
               [("Detainee", "men", 0)]),                                     # same line only
    gold_event("protest", 2, "Conflict.Demonstrate.Unspecified", "14"),       # other root
]}


def pred(cameo, word, source=None, target=None) -> dict:
    def actor(w):
        return dict(rec_at(w), code="XXX") if w else None
    return {"cameo": cameo, "evidence": rec_at(word), "source_actor": actor(source),
            "target_actor": actor(target)}


RECORD = {"text": RECORD_TEXT, "events": [
    pred("183", "bombed", source="Rebels", target="Tarvo"),  # root 18 on the trigger
    pred("173", "two men"),          # root 17 in the line, not on "arrested"
    pred("190", "protest"),          # root 19 on the "protest" trigger
    pred("111", "condemned"),        # a line with no gold event: not in precision
    pred("020", "blast"),            # roots 01-02 are never counted
    pred("112", "joined"),           # annotated line, a root KAIROS has no type for
]}


def test_aligner_maps_gold_offsets_into_the_cleaned_text():
    aligner = Aligner(GOLD_TEXT, RECORD_TEXT)
    start, end = aligner.span(*gold_at("depot", 1))
    assert RECORD_TEXT[start:end] == "depot"
    start, end = aligner.span(*gold_at("army depot", 1))  # a run of two spaces collapsed
    assert RECORD_TEXT[start:end] == "army depot"
    assert aligner.span(*gold_at("Bomb", 0)) is None      # the headline is not in the text
    lo, hi = aligner.line_span(2)
    assert RECORD_TEXT[lo:hi] == LINES[2]
    assert aligner.line_of(gold_at("blast", 2)[0]) == 2


def test_scores_by_root_span_and_line():
    s = scores([ARTICLE], {"hand-1": RECORD})
    # gold with a root: Bomb (dropped), bombed (found), arrested (line only), protest (missed)
    assert (s["gold_events"], s["gold_with_root"], s["gold_in_dropped_text"]) == (5, 4, 1)
    assert s["gold_found"] == 1 and s["recall"] == 0.25
    assert s["same_sentence_recall"] == 0.5
    # in annotated lines: 183 (right), 173 (right root, same line), 190 and 112 (wrong)
    assert s["predicted_in_annotated"] == 4 and s["predicted_matched"] == 2
    assert s["precision"] == 0.5
    assert s["predicted_mapped"] == 3 and s["mapped_precision"] == 0.6667
    # bombed's Attacker overlaps the source actor; its Target does not overlap the target
    assert s["gold_arguments_scored"] == 2 and s["argument_agreement"] == 0.5
    assert s["per_root"]["18"] == {"gold": 2, "found": 1, "same_sentence": 1}
    assert s["per_root"]["17"] == {"gold": 1, "found": 0, "same_sentence": 1}
    assert s["predicted_per_root"] == {"11": 1, "17": 1, "18": 1, "19": 1}


def test_evidence_off_the_trigger_is_not_a_hit():
    moved = dict(RECORD, events=[pred("183", "army", source="Rebels")])
    s = scores([ARTICLE], {"hand-1": moved})
    assert s["gold_found"] == 0 and s["same_sentence_recall"] == 0.25
    assert s["gold_arguments_scored"] == 0


def test_no_record_scores_zero():
    s = scores([ARTICLE], {})
    assert s["recall"] == 0.0 and s["gold_in_dropped_text"] == 4
    assert s["predicted_in_annotated"] == 0


def test_reader_and_registration(tmp_path):
    path = tmp_path / "w.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n\n", encoding="utf-8")
    assert [a["id"] for a in read_wikievents(path)] == ["hand-1"]
    parts = read_wikievents(path, "learn") + read_wikievents(path, "test")
    assert [a["id"] for a in parts] == ["hand-1"]
    assert TASKS["wikievents"] == "wikievents"
