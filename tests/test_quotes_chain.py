"""The source chain (issue 15, item 4): the outlet named only in the copyright line is the
article's publisher, and a quote that cites another outlet is reported through it (`via`)."""
from __future__ import annotations

import pytest

from newsdesk.api import analyze_text
from newsdesk.ingest.text import clean_text, copyright_holder
from newsdesk.stages.quotes.tagger import tagger

needs_model = pytest.mark.skipif(tagger() is None, reason="quote model not built")

BODY = "The port will reopen on Monday, the harbour master said.\n\n"


@pytest.mark.parametrize("line, outlet", [
    ("© 2023 The Daily Examiner", "The Daily Examiner"),
    ("Copyright Harbour Weekly, all rights reserved", "Harbour Weekly"),
    ("© 2021 The Evening Courier. All rights reserved.", "The Evening Courier"),
    ("Copyright © 2010-2022 Northern Star Media. All Rights Reserved.", "Northern Star Media"),
])
def test_the_copyright_line_names_the_outlet_and_leaves_the_text(line, outlet):
    doc = clean_text(BODY + line + "\nStraight news, no spin.")
    assert doc.meta.publisher == outlet
    assert "©" not in doc.text and "ight" not in doc.text.split("\n")[-1].lower()
    assert "no spin" not in doc.text


def test_a_copyright_line_without_a_name_gives_no_outlet():
    assert copyright_holder("All rights reserved.") is None
    assert clean_text(BODY + "All rights reserved.").meta.publisher is None


@needs_model
def test_the_metadata_outlet_wins_over_the_copyright_line():
    record = analyze_text(BODY + "© 2023 The Daily Examiner", publisher="Examiner Online")
    assert record["meta"]["publisher"] == "Examiner Online"


@needs_model
def test_the_record_carries_the_outlet_from_the_footer():
    assert analyze_text(BODY + "© 2023 The Daily Examiner")["meta"]["publisher"] == "The Daily Examiner"


@needs_model
@pytest.mark.parametrize("text, outlet, speaker, words", [
    ("According to the state news agency Xinhua, the ministry said the bridge would reopen.",
     "Xinhua", "the ministry", "the bridge would reopen"),
    ("According to Interfax, Defence Minister Sergei Shoigu said the drills were over.",
     "Interfax", "Sergei Shoigu", "the drills were over"),
])
def test_according_to_an_outlet_the_official_speaks_through_it(text, outlet, speaker, words):
    quotes = analyze_text(text)["quotes"]
    by_name = {q["source"]["name"]: q for q in quotes}
    assert set(by_name) == {outlet, speaker}, quotes
    cited, official = by_name[outlet], by_name[speaker]
    # the outlet's name is its source, not the start of what it reports
    assert outlet in cited["source"]["text"] and outlet not in cited["content"]["text"]
    assert outlet not in official["source"]["text"]
    assert official["content"]["text"] == words
    assert official["via"] == [cited["id"]]
