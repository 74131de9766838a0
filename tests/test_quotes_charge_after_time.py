"""An accusation whose charge comes after a time on the cue ("accused X on Tuesday of
massing troops"): the content runs through the charge (stages/quotes/bounds._through_charge),
so that the accusation holds the deed charged. Sentences written for this test."""
from __future__ import annotations

import pytest

from newsdesk.api import analyze_text
from newsdesk.stages.quotes.tagger import tagger

needs_model = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@needs_model
@pytest.mark.parametrize("text, accused, charge", [
    ("Armenia accused Azerbaijan on Sunday of shelling villages near the border.",
     "Azerbaijan", "of shelling villages near the border"),
    ("Mali accused Algeria on Tuesday of massing troops near the border.",
     "Algeria", "of massing troops near the border"),
    ("Eritrea accused Ethiopia on Tuesday of massing troops near the border and warned "
     "that it would respond.", "Ethiopia", "of massing troops near the border"),
    ("Ecuador accused Colombia on Thursday of shelling farms along the river.",
     "Colombia", "of shelling farms along the river"),
])
def test_the_charge_after_a_date_is_part_of_the_accusation(text, accused, charge):
    doc = analyze_text(text)
    accusation = next(b for b in doc["beliefs"] if b["cue"]["text"] == "accused")
    content = accusation["content"]["text"]
    assert content.startswith(accused) and content.endswith(charge)


def test_a_time_with_no_charge_after_it_is_left_alone():
    doc = analyze_text("Peru accused Chile on Monday. The talks ended.")
    assert all("talks" not in b["content"]["text"] for b in doc["beliefs"])
