"""A statement relayed by someone else comes before its relay in the record (issue 15): in
"According to Reuters, the minister said X" the list holds the minister's X first, then
Reuters' report of it, so that a reader walking the quotes meets who said it before who passed
it on. The `via` ids follow the new order."""
from __future__ import annotations

import pytest

from newsdesk.api import analyze_text
from newsdesk.stages.quotes.tagger import tagger

needs_model = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def _check_chains(quotes: list[dict]) -> None:
    """Ids are q0, q1, ... in list order, and every quote stands before the ones it is
    reported through."""
    assert [q["id"] for q in quotes] == [f"q{n}" for n in range(len(quotes))]
    position = {q["id"]: n for n, q in enumerate(quotes)}
    for n, q in enumerate(quotes):
        assert q["id"] not in q["via"]
        for outer in q["via"]:
            assert position[outer] > n, quotes


@needs_model
@pytest.mark.parametrize("text, speaker, words, relay", [
    ("According to Reuters, the defence minister said the troops would withdraw.",
     "the defence minister", "the troops would withdraw", "Reuters"),
    ("According to the Yonhap news agency, the unification ministry said talks would resume "
     "in Panmunjom next month.",
     "the unification ministry", "talks would resume", "Yonhap"),
    ("Kenya's interior minister said the border would stay shut, according to the Daily "
     "Nation.",
     "interior minister", "the border would stay shut", "Daily Nation"),
    ("The Asahi Shimbun reported that the foreign minister said Tokyo would send an envoy.",
     "the foreign minister", "Tokyo would send an envoy", "The Asahi Shimbun"),
    ("Al Arabiya reported on Sunday that a Saudi official said the kingdom had rejected the "
     "offer.",
     "a Saudi official", "the kingdom had rejected the offer", "Al Arabiya"),
])
def test_the_statement_comes_before_its_relay(text, speaker, words, relay):
    quotes = analyze_text(text)["quotes"]
    _check_chains(quotes)
    first = quotes[0]
    assert speaker in first["source"]["text"] and words in first["content"]["text"], quotes
    assert len(first["via"]) == 1, quotes
    reporter = quotes[int(first["via"][0][1:])]
    assert relay in reporter["source"]["text"] and reporter["via"] == [], quotes


@needs_model
def test_quotes_outside_a_chain_keep_their_text_order():
    text = ("The mayor said the bridge would reopen in May. According to the Cape Times, the "
            "provincial premier said the money had run out. The harbour master said the port "
            "was calm.")
    quotes = analyze_text(text)["quotes"]
    _check_chains(quotes)
    owners = [q["source"]["text"] for q in quotes]
    assert owners[0] == "The mayor" and owners[-1] == "The harbour master", owners
    assert owners[1:3] == ["the provincial premier", "the Cape Times"], owners


@needs_model
def test_an_embedded_post_relaying_sources_comes_after_their_statement():
    text = ("Two aides tell me the governor cancelled the trip to Lagos. — Ada Obi (@adaobi) "
            "March 3, 2019")
    quotes = analyze_text(text)["quotes"]
    _check_chains(quotes)
    assert quotes[0]["source"]["text"] == "Two aides" and quotes[0]["via"], quotes
    assert quotes[-1]["source"]["text"] == "Ada Obi" and not quotes[-1]["via"], quotes


@needs_model
@pytest.mark.parametrize("text, speaker, inner", [
    ('A farmer from Punjab said, "My brother tells me the mills have closed."',
     "A farmer from Punjab", "My brother"),
    ('"Our neighbours say the water is unsafe," a teacher in Lusaka said.',
     "a teacher in Lusaka", "Our neighbours"),
])
def test_a_statement_that_holds_anothers_words_is_no_relay(text, speaker, inner):
    # the speaker makes the statement and mentions what someone told them: the speaker's
    # quote stays first, as in the text
    quotes = analyze_text(text)["quotes"]
    _check_chains_order_free(quotes)
    assert quotes[0]["source"]["text"] == speaker, quotes


def _check_chains_order_free(quotes: list[dict]) -> None:
    assert [q["id"] for q in quotes] == [f"q{n}" for n in range(len(quotes))]
    ids = {q["id"] for q in quotes}
    assert all(set(q["via"]) <= ids - {q["id"]} for q in quotes)
