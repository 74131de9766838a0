"""The BASIL quotes scorer (evaluate/basil_quotes.py) on a folder laid out like BASIL's, with
an article written for this test."""
from __future__ import annotations

import json

from newsdesk.evaluate.basil_quotes import read_basil, score
from newsdesk.model import Document, Quote


def _folder(tmp_path):
    (tmp_path / "articles" / "2020").mkdir(parents=True)
    (tmp_path / "annotations" / "2020").mkdir(parents=True)
    article = {"triplet-uuid": "ev1", "body-paragraphs": [
        ["The council voted on Monday.", 'The mayor called it "a reckless gamble," aides said.'],
        ["Critics were furious."]]}
    ann = {"phrase-level-annotations": [
        {"txt": '"a reckless gamble,"', "quote": "yes", "speaker": "Jane_Roe"},
        {"txt": "furious", "quote": "no", "speaker": ""},
        {"txt": "words nowhere in the text", "quote": "yes", "speaker": "Jane_Roe"}]}
    (tmp_path / "articles" / "2020" / "ev1_1.json").write_text(json.dumps(article))
    (tmp_path / "annotations" / "2020" / "ev1_1_ann.json").write_text(json.dumps(ann))
    return tmp_path


def _quote(doc: Document, words: str, source: str) -> Quote:
    start = doc.text.index(words)
    return Quote(id="q0", kind="direct", content=doc.span(start, start + len(words)),
                 source={"text": source, "name": source}, cue=None)


def test_the_text_is_the_paragraphs_and_phrases_are_found_by_their_words(tmp_path):
    [article] = read_basil(_folder(tmp_path))
    assert article["text"].startswith("The council voted on Monday. The mayor called")
    assert "\n\nCritics were furious." in article["text"]


def test_recall_speaker_and_precision_over_annotated_phrases(tmp_path):
    [article] = read_basil(_folder(tmp_path))
    doc = Document(text=article["text"])
    doc.quotes = [_quote(doc, '"a reckless gamble,"', "Jane Roe"),
                  _quote(doc, "Critics were furious", "Critics")]
    out = score([article], [doc])
    assert out["quote_recall"] == 1.0 and out["gold_quoted_phrases_unlocated"] == 1
    assert out["speaker_right"] == 1.0
    assert out["phrase_precision"] == 0.5  # the writer's "furious" read as a quote
    assert out["author_phrases_read_as_quotes"] == 1.0
