"""Where an act sits in the story's time, from the verb group and its place in the article
(realnews guidelines: acts "presented as history/context" are background). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline

from helpers.events import events_of as coded


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def events_of(pipe, text: str):
    return [(e.cameo, (e.source_actor or {}).get("code") or "",
             (e.target_actor or {}).get("code") or "", e.modality, e.background)
            for e in coded(pipe, text)]


LEDE = "Vietnamese and Chinese diplomats met in Hanoi on Thursday. The talks lasted two hours. "


@pytest.mark.parametrize("later, root", [
    ("China has accused Vietnam of provocations near the Paracel Islands.", "11"),
    ("Beijing has imposed sanctions on Vietnamese fishing companies.", "16"),
    ("The two neighbours have traded accusations over fishing rights.", "11"),
    ("Beijing has criticised Vietnam's navy and accused Hanoi of provocations at sea.", "11"),
])
def test_a_present_perfect_past_the_lede_is_background(pipe, later, root):
    acts = [e for e in events_of(pipe, LEDE + later) if e[0].startswith(root)]
    assert acts and all(e[4] for e in acts), acts


@pytest.mark.parametrize("text, root", [
    # the lede tells the news in any tense
    ("Russia has expelled two Estonian diplomats, the foreign ministry said.", "16"),
    # an adverb of recency keeps it in the news
    (LEDE + "Vietnam has already protested to China about the incident.", "11"),
    (LEDE + "The two sides have just signed a fisheries agreement.", "05"),
    # a perfect with its own date of the news is dated by it
    (LEDE + "China has detained 12 Vietnamese fishermen this week.", "17"),
    # a denial of the story's claim answers the news
    (LEDE + "Reports said Chinese ships rammed a trawler. China has denied the report.", "01"),
    # a passive mostly reports the news ("has been arrested")
    (LEDE + "A Vietnamese reporter has been arrested by Chinese police.", "17"),
])
def test_a_present_perfect_in_the_news_is_not_background(pipe, text, root):
    acts = [e for e in events_of(pipe, text) if e[0].startswith(root)]
    assert acts and not any(e[4] for e in acts), acts


@pytest.mark.parametrize("text, root, modality", [
    ("Kenya is poised to expel the Somali ambassador, officials said.", "16", "planned"),
    ("The EU stands ready to impose fresh sanctions on Minsk, diplomats said.", "16", "planned"),
    ("Turkey is prepared to launch a new offensive in northern Syria, Erdogan said.", "19",
     "planned"),
    # readiness under a condition is a hypothesis
    ("If talks fail, the U.S. is ready to raise tariffs on Chinese goods, a trade official "
     "said on Monday.", "16", "hypothetical"),
])
def test_readiness_to_act_is_no_act_done(pipe, text, root, modality):
    acts = [e for e in events_of(pipe, text) if e[0].startswith(root)]
    assert acts and all(e[3] == modality for e in acts), acts


@pytest.mark.parametrize("text, date", [
    ("Washington withdrew from the 2015 nuclear deal with Iran in 2018.", "2018"),
    ("In 2021, Ethiopia rejected the 2019 Sudanese proposal on the dam.", "2021"),
])
def test_the_clauses_own_date_beats_a_year_in_a_noun_phrase(pipe, text, date):
    doc = pipe.run(Document(text=text, meta=Meta(published="2024-05-10")))
    assert doc.events and all(e.time.get("date") == date for e in doc.events), \
        [(e.cameo, e.time) for e in doc.events]
