"""A "him" or "her" object is never the subject of its own clause (English says "himself"):
"Swalwell said Trump could sue him" is Swalwell sued, not Trump suing himself - and then not
the foreign state the article pairs with Trump either. The pronoun stands for the last person
named before it who is not that subject (events/clause_subjects.object_person). Sentences
written for these tests (none from the gold data); the whole pipeline runs."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, cameo_root, source, target", [
    ("Rep. Dana Holt, D-Ore., said on Friday that President Trump could sue her for "
     "defamation.", "11", "USAGOV", "USALEG"),
    ("Xi Jinping received Vladimir Putin in Beijing. Xi later praised him as a friend.",
     "05", "CHN", "RUS"),
])
def test_an_object_pronoun_is_not_its_clauses_subject(pipe, text, cameo_root, source, target):
    events = [e for e in events_of(pipe, text) if e.cameo.startswith(cameo_root)]
    assert events, [(e.cameo, code(e.source_actor), code(e.target_actor))
                    for e in events_of(pipe, text)]
    assert code(events[-1].source_actor).startswith(source), events[-1].source_actor
    assert code(events[-1].target_actor).startswith(target), events[-1].target_actor
