"""Lines written in capitals (wire headlines, subheads, related-story links) are parsed in the
case the document writes each word in (nlp.truecased), so their names are found and their acts
coded. Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.nlp import parse, truecased
from newsdesk.pipeline import Pipeline


def test_a_capitals_line_takes_the_documents_casing_and_keeps_its_length():
    text = ("OFFICIALS SAY TALKS WITH THE HOUTHIS WILL RESUME IN MUSCAT\n"
            "Officials in Oman said the Houthis had agreed to return to talks in Muscat.")
    out = truecased(text)
    assert len(out) == len(text)
    assert out.splitlines()[0] == "Officials say talks with the Houthis will resume in Muscat"
    assert out.splitlines()[1] == text.splitlines()[1]


def test_unknown_words_are_lower_case_but_countries_and_two_letter_acronyms():
    line = truecased("PERU RECALLS ITS ENVOY FROM THE US AFTER PROTEST\nNothing else.")
    assert line.splitlines()[0] == "Peru recalls its envoy from the US after protest"


def test_mixed_case_lines_and_short_labels_are_left_alone():
    for text in ("WASHINGTON (Reuters) - The Senate voted on Friday.", "BREAKING\nA vote.",
                 "Iran And Iraq Sign A Deal"):
        assert truecased(text) == text


@pytest.mark.parametrize("text, name, label", [
    ("KENYAN POLICE ARREST OPPOSITION LEADER IN MOMBASA\nPolice in Mombasa made arrests.",
     "Mombasa", "GPE"),
    ("GREECE DEPORTS MIGRANTS TO TURKEY\nGreek officials declined to comment.", "Greece", "GPE"),
])
def test_names_in_a_capitals_line_are_found(text, name, label):
    assert (name, label) in [(e.text, e.label_) for e in parse(text).ents]


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, want", [
    ("ISRAEL STRIKES HAMAS TARGETS IN GAZA AFTER ROCKET FIRE\n"
     "Israel said its jets hit Hamas sites in Gaza overnight.", ("19", "ISR", "PSE")),
    ("CHINA WARNS TAIWAN AGAINST INDEPENDENCE PUSH\nBeijing said Taiwan would pay a price.",
     ("13", "CHN", "TWN")),
    ("MACRON MEETS MERKEL IN BERLIN TO DISCUSS EU BUDGET\nMacron and Merkel met for two hours.",
     ("04", "FRA", "DEU")),
    ("NIGERIAN TROOPS KILL BOKO HARAM FIGHTERS IN BORNO\n"
     "Nigerian soldiers said they had killed 30 Boko Haram fighters.", ("19", "NGA", "NGA")),
])
def test_an_act_in_a_capitals_headline_is_coded(pipe, text, want):
    doc = pipe.run(Document(text=text, meta=Meta(published="2024-05-10")))
    got = [(e.cameo[:2], (e.source_actor or {}).get("code", "")[:3],
            (e.target_actor or {}).get("code", "")[:3]) for e in doc.events
           if e.evidence and e.evidence["start"] < text.index("\n")]
    assert want in got
