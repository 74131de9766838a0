"""Classes from the newcomer's session-19 report (modality, time and reported events):
acts named by a noun under a verb of carrying out or preparing ("carried out strikes on",
"is preparing sanctions against"), also when a monitor or an outlet reports them. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


# "strikes" carried out on / against / near a place are acts of force; a labour strike is
# held over pay, not "on" a town (the lexicon's 143 rows keep "general strike" etc.)
@pytest.mark.parametrize("text, src, tgt", [
    ("Turkey carried out fresh strikes on Kurdish positions in Iraq, the monitor reported.",
     "TUR", "IRQ"),
    ("Russia conducted strikes against Ukrainian power plants overnight.", "RUS", "UKR"),
    ("Pakistan launched strikes near Kabul on Tuesday, a Taliban spokesman said.",
     "PAK", "AFG"),
])
def test_strikes_carried_out_on_a_place_are_force(pipe, text, src, tgt):
    evs = find(events_of(pipe, text), "19")
    assert [(code(e.source_actor)[:3], code(e.target_actor)[:3]) for e in evs] == \
        [(src, tgt)], evs
    assert evs[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    "Dock workers held a strike over pay on Monday.",
    "Teachers staged a strike in Lagos to demand higher wages.",
])
def test_labour_strikes_are_no_force(pipe, text):
    assert not find(events_of(pipe, text), "19")


# "preparing / drafting sanctions": the act is not done yet (planned), and inside an
# outlet's report it is said by that outlet
@pytest.mark.parametrize("text, src, tgt", [
    ("The Financial Times reported that Britain was preparing sanctions against Iranian "
     "banks.", "GBR", "IRN"),
    ("Japan is drafting new sanctions on North Korean shipping firms.", "JPN", "PRK"),
    ("Australia is preparing tariffs on Chinese steel, Bloomberg reported.", "AUS", "CHN"),
])
def test_prepared_sanctions_are_planned(pipe, text, src, tgt):
    evs = find(events_of(pipe, text), "16")
    assert len(evs) == 1, evs
    assert (code(evs[0].source_actor)[:3], code(evs[0].target_actor)[:3]) == (src, tgt)
    assert evs[0].modality == "planned"


# "a week after X": X lies that distance before the act it is measured from (here, with no
# dated act in the main clause, the publication day, Friday 2024-05-10)
@pytest.mark.parametrize("text, root, date, granularity", [
    ("The ambush came three days after militants attacked a police post in Kenya.", "19",
     "2024-05-07", "day"),
    ("The bombing came two weeks after Pakistan shelled villages in Afghanistan.", "19",
     "2024-04-22", "week"),
    ("The protest came a month after Ghana expelled a Nigerian diplomat.", "16",
     "2024-04", "month"),
])
def test_distance_after_dates_the_earlier_act(pipe, text, root, date, granularity):
    evs = find(events_of(pipe, text), root)
    assert len(evs) == 1, evs
    assert (evs[0].time["date"], evs[0].time["granularity"]) == (date, granularity)
    assert evs[0].time["relation"] == "past"


# "has not visited since 2019": the act did not happen from 2019 until now; not dated 2019,
# not background
@pytest.mark.parametrize("text, root", [
    ("Vladimir Putin has not visited Japan since 2019.", "04"),
    ("Kenya has not held talks with Somalia since 2021.", "04"),
    ("Egypt has not sent an ambassador to Iran since 1980, officials said.", "04"),
])
def test_negated_since_is_a_span_up_to_now(pipe, text, root):
    evs = find(events_of(pipe, text), root)
    assert len(evs) == 1, evs
    assert evs[0].modality == "negated"
    assert evs[0].time["date"] is None and evs[0].time["relation"] == "present"
    assert not evs[0].background


# A definite noun that repeats an act told before, as the subject of a comment on it ("the
# tariffs could cost jobs", "the accusation was absurd"): the act is listed again as it was
# told (its modality and its teller), not as a new hedge said by the one who comments
@pytest.mark.parametrize("text, root", [
    ("Japan imposed tariffs on South Korean chips. According to Seoul's trade ministry, "
     "the tariffs could hurt 20,000 workers.", "16"),
    ("Brazil accused Argentina of spying on its diplomats. Argentina's foreign minister "
     "said the accusation was absurd.", "11"),
    ("India and Bangladesh signed a border agreement on Monday. The agreement may ease "
     "trade, analysts said.", "05"),
])
def test_comment_on_a_told_act_keeps_it_as_told(pipe, text, root):
    evs = find(events_of(pipe, text), root)
    later = [e for e in evs if e.sentence == 1]
    assert evs and all(e.sentence in (0, 1) for e in evs), evs
    for e in later:
        assert e.modality == "asserted", e
        assert e.attributed_to is None, e


# ... while a clause that says whether the act happens still gives its modality
@pytest.mark.parametrize("text, root, mod", [
    ("Kenya and Uganda held talks in March. The talks will resume next week.", "04",
     "planned"),
    ("Chad and Sudan were to hold a summit in June. The summit did not take place.", "04",
     "negated"),
])
def test_occurrence_of_a_told_act_keeps_its_own_modality(pipe, text, root, mod):
    later = [e for e in find(events_of(pipe, text), root) if e.sentence == 1]
    assert [e.modality for e in later] == [mod], later


# "In 2018, X said Y had attacked Z": the report's date bounds the past act it reports
@pytest.mark.parametrize("text, root, date", [
    ("In 2018, Kenya's president said Somali militants had attacked a border town.", "1",
     "2018"),
    ("Last year, the ministry said Sudanese troops had shelled a refugee camp in Chad.", "19",
     "2023"),
    ("In 2020, Seoul said North Korea had fired missiles toward Japan.", "19", "2020"),
])
def test_dated_report_dates_the_reported_past_act(pipe, text, root, date):
    evs = [e for e in find(events_of(pipe, text), root) if e.cameo[:2] in ("18", "19")]
    assert len(evs) == 1, evs
    assert evs[0].time["date"] == date and evs[0].background


def test_report_of_this_week_is_no_background(pipe):
    evs = find(events_of(pipe, "On Thursday, the army said Malian rebels had attacked a "
                              "convoy near Gao."), "19")
    assert evs and not evs[0].background


def test_a_told_meeting_back_on_keeps_its_own_modality(pipe):
    text = ("Peru and Chile had planned talks in Lima. Officials said the talks may be "
            "back on next month.")
    later = [e for e in find(events_of(pipe, text), "04") if e.sentence == 1]
    assert later and all(e.modality != "asserted" for e in later), later
