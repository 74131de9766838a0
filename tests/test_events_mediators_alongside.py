"""Mediations told in a speaker's own phrase, and co-mediators. "Egypt, which has mediated
between Israel and Hamas alongside Qatar, has warned that ..." gave Egypt mediating with
Israel alone: the words of a quote's speaker are no party of the act the quote tells, and
that also cut the parties of an act told inside the speaker's phrase itself (actors_for now
skips only a reporter's words outside the act's own clause); and "alongside Qatar" names a
co-mediator (actors.co_mediators). From a hand-coded dev article; sentences written for
these tests."""
from __future__ import annotations

from helpers.events import events_of
from newsdesk.pipeline import Pipeline

import pytest


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _mediations(pipe, text):
    return {((e.source_actor or {}).get("code") or "")[:3] + ">" +
            ((e.target_actor or {}).get("code") or "")[:3]
            for e in events_of(pipe, text) if e.cameo in ("039", "045")}


def test_a_mediation_told_in_the_speakers_phrase_keeps_both_sides(pipe):
    found = _mediations(pipe, "Norway, which has mediated between Armenia and Azerbaijan, "
                              "has said that talks will resume in Oslo.")
    assert {"NOR>ARM", "NOR>AZE"} <= found, found


def test_a_co_mediator_alongside(pipe):
    found = _mediations(pipe, "Qatar mediated between Kigali and Kinshasa alongside the "
                              "United States.")
    assert any(m.startswith("USA>") for m in found) and any(m.startswith("QAT>") for m in found), \
        found
