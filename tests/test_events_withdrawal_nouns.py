"""A withdrawal from a body or a deal is told by the noun as by the verb: leaving a bloc or
an organisation 161, leaving an agreement 160, troops withdrawn 0874 (cameo_verbs.tsv).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, cameo", [
    ("Burundi announced its withdrawal from the International Criminal Court in 2016.", "161"),
    ("Hungary announced its withdrawal from the organization on Thursday.", "161"),
    ("Venezuela withdrew from the Human Rights Council in protest.", "161"),
    ("Iran announced its withdrawal from the 2015 nuclear agreement.", "160"),
    ("Russia completed the withdrawal of its troops from Kherson.", "0874"),
])
def test_a_withdrawal_noun_is_coded_as_its_verb(pipe, text, cameo):
    assert cameo in [e.cameo for e in events_of(pipe, text)], \
        [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
