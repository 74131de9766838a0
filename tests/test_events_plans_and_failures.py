"""Who holds a plan does its act ("Turkey has no plans to send troops to Syria": Turkey sends,
arguments._owner_of_intent); a failure to do a hostile act is that act not done, no
rejection ("failed to retake the town": negated, clauses.FAILURE_VERBS). ("Decided to X" as
X planned was tried and reverted: PLOVER's gold types such acts as done, and its internal
test part lost a record.) Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def summary(evs):
    return [(e.cameo, (e.source_actor or {}).get("country"), (e.target_actor or {}).get("country"),
             e.modality) for e in evs]


@pytest.mark.parametrize("text, root, pair", [
    ("Kenya has no plans to deploy police officers to Haiti this year.", "15", ("KEN", "HTI")),
    ("Vietnam announced a decision to expel two Chinese diplomats.", "16", ("VNM", "CHN")),
    ("Poland unveiled plans to send more troops to Lithuania.", "15", ("POL", "LTU")),
])
def test_the_holder_of_a_plan_does_its_act(pipe, text, root, pair):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith(root)]
    assert evs and all(((e.source_actor or {}).get("country"),
                        (e.target_actor or {}).get("country")) == pair for e in evs), \
        summary(events_of(pipe, text))


def test_a_plan_judged_by_another_is_not_the_judges_act(pipe):
    evs = events_of(pipe, "Moscow criticised a Finnish plan to send troops to Estonia.")
    assert not [e for e in evs if e.cameo.startswith("15")
                and (e.source_actor or {}).get("country") == "RUS"], summary(evs)


@pytest.mark.parametrize("text, root", [
    ("Government forces failed to recapture the town from the rebels.", "19"),
    ("The coalition failed to stop the militants' advance and withdrew.", None),
])
def test_a_failure_to_do_a_hostile_act_is_no_rejection(pipe, text, root):
    evs = events_of(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("12")], summary(evs)
    if root:
        assert [e for e in evs if e.cameo.startswith(root) and e.modality == "negated"], summary(evs)
