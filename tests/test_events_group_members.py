"""Members of an armed group named before, in the plural ("Houthi rebels fired ... The
rebels also attacked", "the militants killed"), are that group, as "the group" is
(group_anaphor.MEMBER_NOUNS); a phrase hung on them ("launched by the rebels toward the
USS Laboon") does not make them a group of their own name. Texts written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import after_first_sentence, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, group", [
    ("Boko Haram fighters raided a village in Borno on Sunday. The militants later attacked "
     "a Nigerian army post.", "19", "NGAREB"),
    ("Yemen's Houthi rebels seized a cargo ship on Monday. A day later, the U.S. Navy said "
     "the rebels had fired a missile toward the destroyer USS Carney.", "19", "YEMREB"),
])
def test_the_members_are_the_group_named_before(pipe, text, root, group):
    acts = after_first_sentence(find(events_of(pipe, text), root), text)
    assert acts and (acts[0].source_actor or {}).get("code") == group, \
        [(e.cameo, e.source_actor) for e in events_of(pipe, text)]
