"""Issue 19 item 4: heads of state and government of 2020-2026 that the office-holder table
lacked code to their state at the article's date (lexicons/office_holders.tsv), and an alias
that is another's name is not listed ("El Chapo" is no Mozambican)."""
from __future__ import annotations

import pytest

from newsdesk.stages.actors import code_phrase


@pytest.mark.parametrize("phrase, date, code", [
    ("President Daniel Noboa", "2024-06-01", "ECUGOV"),
    ("Arévalo", "2024-06-01", "GTMGOV"),
    ("Luxon", "2024-06-01", "NZLGOV"),
    ("Ardern", "2024-06-01", "NZLELI"),
    ("Paetongtarn Shinawatra", "2025-01-10", "THAGOV"),
    ("Dissanayake", "2025-01-10", "LKAGOV"),
    ("Sultan Haitham", "2022-03-01", "OMNGOV"),
    ("Abinader", "2023-03-01", "DOMGOV"),
])
def test_a_recent_leader_is_their_states_government(phrase, date, code):
    assert (code_phrase(phrase, date) or {}).get("code") == code, code_phrase(phrase, date)


def test_a_cartel_nickname_is_no_president():
    assert (code_phrase("El Chapo", "2025-06-01") or {}).get("country") != "MOZ"
