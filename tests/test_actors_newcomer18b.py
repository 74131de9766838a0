"""Newcomer report 18, remaining actor items (h18f3). Sentences written for this test, with
other states and wordings than the report's.

- "the West" standing alone is a party (CAMEO WST): "warned the West against X-ing" targets
  the West, not a state named inside the warned-against act;
"""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def run(pipe, text: str, published: str | None = "2025-03-04"):
    return pipe.run(Document(text=text, meta=Meta(published=published)))


def dyads(doc, cue: str) -> list[tuple]:
    return [((e.source_actor or {}).get("code"), (e.target_actor or {}).get("code"))
            for e in doc.events if e.evidence["text"] == cue]


@pytest.mark.parametrize("text, cue, source", [
    ("China warned the West against meddling in Taiwan's affairs.", "warned", "CHN"),
    ("Iran on Sunday warned the West against interfering in Lebanon.", "warned", "IRN"),
    ("Belarus threatened the West with retaliation over the sanctions on Minsk.",
     "threatened", "BLR"),
])
def test_the_west_is_a_party(pipe, text, cue, source):
    doc = run(pipe, text)
    assert (source, "WST") in [(s[:3] if s else s, t) for s, t in dyads(doc, cue)], doc.events


@pytest.mark.parametrize("text", [
    "Israeli troops raided a camp in the West Bank on Monday.",
    "Floods hit West Africa in August, the United Nations said.",
])
def test_west_in_a_place_name_is_no_party(pipe, text):
    doc = run(pipe, text)
    assert not any("WST" in ((e.source_actor or {}).get("code") or "") +
                   ((e.target_actor or {}).get("code") or "") for e in doc.events)
    assert not any((ent.actor or {}).get("code") == "WST" for ent in doc.entities)
