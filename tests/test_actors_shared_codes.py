"""Bodies that share an actor code keep their own names: the igos table gives NGOs, armed
groups and agencies of one kind one code (IGO... / NGO... / IMG...), and a mention of one must
not be shown, or counted in stories, as another."""
from __future__ import annotations

import pytest

from newsdesk.stages.actors.phrase import code_text


@pytest.mark.parametrize("text, code, name", [
    ("Save the Children", "NGOOXF", "Save the Children"),
    ("Mercy Corps", "NGOOXF", "Mercy Corps"),
    ("the International Crisis Group", "NGOICG", "International Crisis Group"),
    ("Freedom House", "NGOTRI", "Freedom House"),
    ("the Committee to Protect Journalists", "NGORSF", "Committee to Protect Journalists"),
    ("ISWAP", "IMGISI", "Islamic State West Africa Province"),
    ("Africa Corps", "IMGWAG", "Africa Corps"),
    ("the Asian Infrastructure Investment Bank", "IGOAIB", "Asian Infrastructure Investment Bank"),
    ("the European Court of Human Rights", "IGOCOE", "European Court of Human Rights"),
])
def test_a_body_sharing_a_code_keeps_its_own_name(text, code, name):
    actor, shown = code_text(text)
    assert actor["code"] == code
    assert shown == name


@pytest.mark.parametrize("text, name", [
    ("HRW", "Human Rights Watch"),
    ("Crisis Group", "International Crisis Group"),
    ("the ICRC", "International Committee of the Red Cross"),
    ("AQAP", "Al-Qaeda in the Arabian Peninsula"),
])
def test_an_alias_is_shown_by_its_body_s_full_name(text, name):
    assert code_text(text)[1] == name
