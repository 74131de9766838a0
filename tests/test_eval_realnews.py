"""`newsdesk eval realnews`: the matching rules on hand-made records, and one tiny article
(our own text) coded in the data set's format and analysed for real."""
from __future__ import annotations

import json

from newsdesk.evaluate import evaluate
from newsdesk.evaluate.realnews import Finder, event_scores, principal, quote_scores

TEXT = ("Russian troops shelled Kharkiv on Monday.  The attack killed two people.\n\n"
        "\"We will respond,\" Ukrainian President Volodymyr Zelensky said on Tuesday. "
        "France condemned the strikes.")


def at(word: str) -> dict:
    start = TEXT.index(word)
    return {"start": start, "end": start + len(word)}


def ev(cameo, src, tgt, word, modality="asserted", background=False) -> dict:
    return {"cameo": cameo, "source_actor": {"code": src} if src else None,
            "target_actor": {"code": tgt} if tgt else None, "evidence": at(word),
            "modality": modality, "background": background}


GOLD = {"id": "x", "events": [
    {"sentence": "Russian troops shelled  Kharkiv on Monday.", "root": "19", "source": "RUSMIL",
     "target": "UKR", "modality": "asserted", "background": False},
    {"sentence": "France condemned the strikes.", "root": "11", "source": "FRA",
     "target": "RUS", "modality": "asserted", "background": False},
    {"sentence": "A sentence that is not in the text.", "root": "17", "source": "RUS",
     "target": "UKR"},
    {"sentence": "The attack killed two people.", "root": "02", "source": "RUS", "target": None},
], "quotes": [
    {"sentence": "\"We will respond,\" Ukrainian President Volodymyr Zelensky said on Tuesday.",
     "speaker": "Volodymyr Zelensky", "cue": "said", "kind": "direct",
     "content_start": "We will respond"},
]}
ARTICLE = {"id": "x", "text": TEXT}


def test_finder_ignores_runs_of_space_and_then_case():
    finder = Finder(TEXT)
    start, end = finder.find("russian troops shelled Kharkiv")
    assert TEXT[start:end] == "Russian troops shelled Kharkiv"
    assert finder.find("  The attack\nkilled ") == (TEXT.index("The attack"),
                                                    TEXT.index("The attack") + 17)
    assert finder.find("missing words") is None and finder.find("") is None


def test_principal_codes():
    assert principal("RUSMIL") == "RUS" and principal("IGOUNOKBR") == "IGOUNO"
    assert principal("UNK") == "" and principal(None) == ""


def test_events_match_on_root_and_principal_actors_per_sentence():
    record = {"text": TEXT, "events": [
        ev("195", "RUS", "UKRGOV", "shelled"),           # right: RUS/UKR, root 19
        ev("111", "FRA", "UKR", "condemned"),            # right root, wrong target
        ev("042", "USA", "FRA", "strikes"),              # nothing like it in the gold
        ev("020", "RUS", None, "killed"),                # root 02: not scored at all
    ]}
    scores = event_scores([(ARTICLE, GOLD)], {"x": record})
    assert scores["gold_events"] == 2 and scores["gold_events_unlocated"] == 1
    assert scores["predicted_events"] == 3 and scores["matched_events"] == 1
    assert scores["event_precision"] == round(1 / 3, 4) and scores["event_recall"] == 0.5
    assert scores["root_only_recall"] == 1.0  # "condemned" has the gold root 11
    assert scores["asserted_current_precision"] == round(1 / 3, 4)


def test_rebels_coded_as_img_match():
    gold = {"id": "x", "events": [{"sentence": "Russian troops shelled Kharkiv on Monday.",
                                   "root": "19", "source": "UKRREB", "target": "UKR"}]}
    record = {"text": TEXT, "events": [ev("190", "IMGMIL", "UKR", "shelled")]}
    assert event_scores([(ARTICLE, gold)], {"x": record})["matched_events"] == 1


def test_quotes_match_at_the_content_start_and_the_speaker_shares_a_word():
    content = at("We will respond,")
    record = {"text": TEXT, "quotes": [
        {"kind": "direct", "content": content, "source": {"text": "Ukrainian President",
                                                          "name": "Volodymyr Zelensky"}},
        {"kind": "belief", "content": at("France condemned")},   # not a speech quote
    ]}
    scores = quote_scores([(ARTICLE, GOLD)], {"x": record})
    assert scores["quote_precision"] == 1.0 and scores["quote_recall"] == 1.0
    assert scores["speaker_right"] == 1.0
    late = dict(content, start=content["start"] + 41)  # starts too far after the gold start
    record["quotes"][0]["content"] = late
    assert quote_scores([(ARTICLE, GOLD)], {"x": record})["matched_quotes"] == 0


def test_a_tiny_article_end_to_end(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    article = {"id": "tiny", "title": "Germany expels diplomats", "published": "2024-03-04",
               "publisher": "Example News",
               "text": "Germany expelled two Russian diplomats on Monday, the foreign ministry "
                       "said.\n\n\"This is unacceptable,\" Foreign Minister Annalena Baerbock "
                       "told reporters in Berlin."}
    gold = {"id": "tiny", "events": [
        {"sentence": "Germany expelled two Russian diplomats on Monday, the foreign ministry said.",
         "trigger": "expelled", "root": "16", "code": "166", "source": "DEU", "target": "RUS",
         "modality": "asserted", "background": False, "date": "2024-03-04"}],
        "quotes": [{"sentence": "\"This is unacceptable,\" Foreign Minister Annalena Baerbock "
                                "told reporters in Berlin.", "speaker": "Annalena Baerbock",
                    "cue": "told", "kind": "direct", "content_start": "This is unacceptable"}]}
    (tmp_path / "articles" / "tiny.json").write_text(json.dumps(article), encoding="utf-8")
    (tmp_path / "gold" / "tiny.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    scores = evaluate("realnews", tmp_path)
    assert scores["records"] == 1 and scores["gold_events"] == 1 and scores["gold_quotes"] == 1
    assert scores["event_recall"] == 1.0 and scores["quote_recall"] == 1.0, scores
