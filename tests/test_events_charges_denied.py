"""'X accused Y of Z, a charge Y denies': the denial answers the accusation; it does not
undo it. The parse hangs the accusation on "denies" (as its clausal complement), so the
accusation was read as denied (negated); and the denial took its target from the charged
act. Now a deny verb with a noun of charging before it ("a charge", "an accusation") denies
the act charged, not that the accusation was made (modality._chain stops there:
asides.charge_denied), and is aimed at the accuser (asides.charge_answered). From a
hand-coded dev article; sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, accuser, accused", [
    ("Kenya accused Somalia of harbouring the gunmen, a charge Mogadishu denies.", "KEN", "SOM"),
    ("Mali has accused Algeria of supporting the rebels, an accusation Algiers denies.",
     "MLI", "DZA"),
    ("Rwanda accused Burundi of shelling its border posts, a charge Gitega denies.",
     "RWA", "BDI"),
])
def test_an_accusation_answered_by_a_denial_was_made(pipe, text, accuser, accused):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("112")]
    assert evs and all(e.modality == "asserted" for e in evs), evs
    assert (evs[0].source_actor or {}).get("code", "").startswith(accuser)
    assert (evs[0].target_actor or {}).get("code", "").startswith(accused)


def test_the_denial_is_aimed_at_the_accuser(pipe):
    evs = events_of(pipe, "The army has accused the United Arab Emirates of arming the RSF, "
                          "a charge Abu Dhabi denies.")
    denials = [e for e in evs if e.cameo == "016"]
    assert denials and (denials[0].target_actor or {}).get("code", "").startswith("SDN"), evs


def test_a_plain_denial_still_negates(pipe):
    evs = events_of(pipe, "Pakistan denied that it had sheltered the militants.")
    assert all(e.modality == "negated" for e in evs if e.cameo[:2] not in ("01", "02")), evs
