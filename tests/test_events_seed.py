"""Issue 19: an article in the style of the partisan report the project was built around
(written for this test), with the traps the original set: a spokesman "released a statement",
officials "worked to deter China from arming Russia", the writer's verdict "X is helping to
unite America's enemies". The five real events must come out, the invented ones must not."""
from __future__ import annotations

import pytest

from newsdesk.ingest.text import clean_text
from newsdesk.pipeline import Pipeline

ARTICLE = """Beijing dispatches defence chief to Moscow as ties deepen
Published 20 May 2023 09:15 ET
By Carl Ostrow

China is sending its defence minister to Moscow next week, a state newspaper reported on Saturday.

Defence ministry spokesman Tan Kefei released a statement on Friday describing the trip to Russia as routine.

Xi Jinping and Vladimir Putin held talks in Moscow in March. The United States and its allies have targeted Russia in various ways, including with sanctions, since Russia invaded Ukraine in February 2022.

Officials in Washington have worked for months to deter China from arming Russia. Beijing may be quietly providing battlefield help to Moscow, two officials said.

Joe Biden is helping to unite America's enemies.
"""


@pytest.fixture(scope="module")
def article():
    doc = clean_text(ARTICLE)
    assert doc.meta.published.startswith("2023-05-20")
    return Pipeline().run(doc)


def c3(actor) -> str | None:
    return (actor or {}).get("country")


def pick(doc, root, src=None, tgt=None):
    return [e for e in doc.events if e.cameo.startswith(root)
            and (src is None or c3(e.source_actor) == src)
            and (tgt is None or c3(e.target_actor) == tgt)]


def test_the_planned_visit(article):
    visits = pick(article, "04", "CHN", "RUS")
    assert [e for e in visits if e.modality == "planned" and e.time["relation"] == "future"]


def test_the_march_meeting_is_dated_and_background(article):
    meetings = [e for e in pick(article, "04", "CHN") if e.time["date"] == "2023-03"]
    assert meetings and meetings[0].background


def test_sanctions_and_the_invasion(article):
    assert pick(article, "16", "USA", "RUS")
    invasion = pick(article, "19", "RUS", "UKR")
    assert invasion and invasion[0].background and invasion[0].time["date"] == "2022-02"


def test_hedged_battlefield_help(article):
    help_ = pick(article, "07", "CHN", "RUS")
    assert [e for e in help_ if e.modality == "hedged"]


def test_no_invented_events(article):
    assert not pick(article, "08"), "a statement released is no release of persons"
    assert not pick(article, "07", "USA"), "deterring an act is not doing it"
    assert not [e for e in pick(article, "07", "CHN", "RUS") if e.modality == "asserted"]
    verdict = next(s.i for s in article.sentences
                   if "unite" in article.text[s.start:s.end])
    assert not [e for e in article.events if e.sentence == verdict]


def test_the_spokesman_is_chinese(article):
    tan = [e for e in article.entities if article.text[e.start:e.end] == "Tan Kefei"]
    assert tan and c3(tan[0].actor) == "CHN"
