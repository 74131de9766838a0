"""What a text's participle says ("a statement criticising China", "a resolution condemning
the strikes") is said by the text's author: the body its own words name, or the subject of a
verb that makes the text its own ("issued", "adopted"); never by one who only acts on the
text ("Hungary blocked ..."). A text blocked or vetoed says nothing: its act is negated
(events/arguments._text_author, modality BLOCK_VERBS). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline
from newsdesk.vocab import ASSERTED, NEGATED


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, author, modality", [
    ("Poland blocked an EU declaration condemning Belarus over the border crisis.", "IGOEUR",
     NEGATED),
    ("The United States vetoed a Security Council resolution condemning Israel's strikes.",
     "IGOUNO", NEGATED),
    ("ASEAN issued a statement criticising Myanmar's junta.", "IGOASN", ASSERTED),
])
def test_a_texts_participle_is_its_authors(pipe, text, author, modality):
    acts = find(events_of(pipe, text), "11")
    assert acts, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert (acts[0].source_actor or {}).get("code", "").startswith(author), acts[0].source_actor
    assert acts[0].modality == modality


def test_one_who_only_blocks_a_text_says_nothing_of_it(pipe):
    text = "Slovakia blocked a joint statement criticising Russia."
    assert not any((e.source_actor or {}).get("country") == "SVK"
                   for e in find(events_of(pipe, text), "11"))
