"""Who the parties of an act are when the sentence names several, or imputes the act to
someone (issue 19): "X met Y and Z" is two events (the CAMEO/PLOVER count); co-agents of a
mutual act ("X and Y signed a pact", "clashed") are one reciprocal event, co-agents of any other
act each do it ("X and Y condemned"), and never become each other's counterpart; "accused X of
V-ing" makes X the doer of V and the act only claimed (hedged). Sentences written for these
tests, not taken from any corpus."""
from __future__ import annotations

import pytest
from helpers.events import dyads, events_of

from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, want", [
    ("Turkey met Sweden and Finland in Madrid.", "04", {("TUR", "SWE"), ("TUR", "FIN")}),
    ("Brazil and Argentina condemned the coup in Bolivia.", "11",
     {("BRA", "BOL"), ("ARG", "BOL")}),
    ("Poland and Lithuania expelled Russian diplomats.", "16", {("POL", "RUS"), ("LTU", "RUS")}),
])
def test_each_conjoined_party_of_a_one_sided_act_has_its_event(pipe, text, root, want):
    assert dyads(events_of(pipe, text), root) == want


@pytest.mark.parametrize("text, root, pair", [
    ("Armenia and Azerbaijan signed a peace agreement.", "05", {"ARM", "AZE"}),
    ("Indian and Chinese troops clashed along the disputed border.", "19", {"IND", "CHN"}),
])
def test_co_agents_of_a_mutual_act_are_one_reciprocal_event(pipe, text, root, pair):
    events = [e for e in events_of(pipe, text) if e.cameo.startswith(root)]
    assert len(events) == 1
    assert {events[0].source_actor["country"], events[0].target_actor["country"]} == pair
    assert events[0].plover.get("reciprocal") or root == "05"


def test_a_place_named_with_in_is_no_counterpart_of_a_mutual_act(pipe):
    events = events_of(pipe, "Ethiopian and Eritrean soldiers clashed in Sudan.")
    assert dyads(events, "19") in ({("ETH", "ERI")}, {("ERI", "ETH")})


def test_co_agents_of_a_mediation_are_not_each_others_counterpart(pipe):
    for text in ("Qatar and Egypt offered to mediate between Israel and Hamas.",
                 "Norway and Switzerland have offered to mediate."):
        pairs = dyads(events_of(pipe, text), "0")
        assert not {("QAT", "EGY"), ("EGY", "QAT"), ("NOR", "CHE"), ("CHE", "NOR")} & pairs


@pytest.mark.parametrize("text, doer", [
    ("Ukraine accused Russia of shelling a hospital in Kharkiv.", "RUS"),
    ("Seoul accused Pyongyang of firing artillery shells near the border.", "PRK"),
    ("Washington blamed Tehran for arming the Houthi rebels.", "IRN"),
    ("Russia was accused of shelling a school in Kherson.", "RUS"),
])
def test_an_imputed_act_is_the_accused_partys_and_only_claimed(pipe, text, doer):
    events = events_of(pipe, text)
    imputed = [e for e in events if not e.cameo.startswith("11")]
    assert imputed, events
    assert all(e.source_actor["country"] == doer for e in imputed)
    assert all(e.modality == "hedged" for e in imputed)


def test_an_act_praised_or_thanked_for_is_the_objects_and_asserted(pipe):
    events = events_of(pipe, "Japan thanked Australia for sending rescue teams.")
    sent = [e for e in events if e.cameo.startswith("07")]
    assert sent and sent[0].source_actor["country"] == "AUS"
    assert sent[0].modality == "asserted"


def test_a_thing_used_for_an_act_is_not_its_doer(pipe):
    events = events_of(pipe, "Moscow used the funds for building tanks near Kursk.")
    assert all((e.source_actor or {}).get("text") != "the funds" for e in events)


@pytest.mark.parametrize("text, root, giver, receiver", [
    ("Serbia drew sharp criticism from Croatia over the border closure.", "11", "HRV", "SRB"),
    ("Moldova received humanitarian aid from Romania last week.", "07", "ROU", "MDA"),
    ("Warsaw won praise from the European Union for its reforms.", "05", "IGOEUR", "POL"),
])
def test_a_received_act_goes_from_the_giver_to_the_subject(pipe, text, root, giver, receiver):
    event = next(e for e in events_of(pipe, text) if e.cameo.startswith(root))
    source, target = event.source_actor, event.target_actor
    assert giver in (source.get("country"), source.get("code"))
    assert target["country"] == receiver


def test_a_received_act_without_a_giver_is_no_event(pipe):
    assert not events_of(pipe, "Lebanon faces a deep crisis after the elections.")


@pytest.mark.parametrize("text, root, pair", [
    ("Talks between Armenia and Turkey resumed in Vienna on Monday.", "04", {"ARM", "TUR"}),
    ("Negotiations between Ethiopia and Egypt began in Khartoum.", "04", {"ETH", "EGY"}),
])
def test_a_mutual_act_between_two_named_parties_is_coded_from_the_noun(pipe, text, root, pair):
    events = [e for e in events_of(pipe, text) if e.cameo.startswith(root)]
    assert events and {events[0].source_actor["country"],
                       events[0].target_actor["country"]} == pair


@pytest.mark.parametrize("text", [
    "The border between Chile and Bolivia was closed for a week.",
    "Trade between Vietnam and Cambodia grew last year.",
])
def test_a_thing_between_two_parties_is_no_act(pipe, text):
    assert not events_of(pipe, text)


def test_an_act_received_by_an_act_targets_the_acts_doer(pipe):
    events = events_of(pipe, "Iraq's offensive drew condemnation from the Arab League.")
    event = next(e for e in events if e.cameo.startswith("11"))
    assert event.target_actor["country"] == "IRQ"


@pytest.mark.parametrize("text, root, pair", [
    ("Syrian rebels, who shelled the Turkish border town of Akcakale overnight, retreated at "
     "dawn.", "19", ("SYR", "TUR")),
    ("Japanese diplomats, who met Chinese officials in Beijing on Tuesday, left without a deal.",
     "04", ("JPN", "CHN")),
    ("The Indian minister, who visited Nepal last week, praised the new government.", "04",
     ("IND", "NPL")),
    ("Three Canadian tourists, whom Iranian police detained in Tehran, were released on Sunday.",
     "17", ("IRN", "CAN")),
])
def test_a_relative_pronoun_stands_for_the_noun_its_clause_describes(pipe, text, root, pair):
    """"who" / "whom" is the party its antecedent names, as doer or as the one acted on."""
    assert pair in dyads(events_of(pipe, text), root)


@pytest.mark.parametrize("text, root, want", [
    ("Moscow expelled envoys from Latvia and Estonia on Friday.", "16",
     {("RUS", "LVA"), ("RUS", "EST")}),
    ("Canada imposed tariffs on nations such as Vietnam and Thailand.", "16",
     {("CAN", "VNM"), ("CAN", "THA")}),
    ("Ministers from Spain and Portugal met Moroccan officials in Rabat.", "04",
     {("ESP", "MAR"), ("PRT", "MAR")}),
])
def test_a_phrase_naming_several_countries_inside_it_is_one_party_each(pipe, text, root, want):
    """"envoys from X and Y", "nations such as X and Y": one event per country named."""
    assert dyads(events_of(pipe, text), root) == want


@pytest.mark.parametrize("text, root, want", [
    ("Greek coastguards detained 40 Turkish and Syrian smugglers near Lesbos.", "17",
     {("GRC", "TUR"), ("GRC", "SYR")}),
    ("Estonian and Latvian diplomats condemned the Russian drills.", "11",
     {("EST", "RUS"), ("LVA", "RUS")}),
])
def test_conjoined_modifiers_make_one_party_each_with_the_heads_sector(pipe, text, root, want):
    events = events_of(pipe, text)
    assert dyads(events, root) == want
    coded = [e.source_actor for e in events if e.cameo.startswith("11")]
    assert all(a and a["code"].endswith("GOV") for a in coded)  # "diplomats": each country's


def test_outlaws_a_military_acts_on_keep_no_country_the_text_does_not_give(pipe):
    """"The French navy seized 12 smugglers off Libya" names no nationality for them: they
    are not French (the sentence's only state) but smugglers of unknown origin."""
    events = events_of(pipe, "The Spanish navy detained 14 smugglers at sea on Tuesday.")
    targets = [e.target_actor for e in events if e.cameo.startswith("17")]
    assert targets and all(t["country"] in (None, "") for t in targets), targets


@pytest.mark.parametrize("text, pair", [
    ("A truce between Sudan and South Sudan began at midnight.", ("SDN", "SSD")),
    ("The ceasefire between Azerbaijan and Armenia held through the weekend.", ("AZE", "ARM")),
])
def test_a_truce_between_two_parties_is_theirs(pipe, text, pair):
    """A ceasefire or truce is made by both sides (CAMEO 0871 as a mutual act), like talks."""
    assert pair in dyads(events_of(pipe, text), "0871")


@pytest.mark.parametrize("text, pair", [
    ("Colombian soldiers killed eight FARC guerrillas in Venezuela.", ("COL", "COL")),
    ("Turkish troops killed 12 PKK militants in northern Iraq.", ("TUR", "TUR")),
])
def test_a_named_group_acted_on_is_the_target_not_the_place(pipe, text, pair):
    """The group is of the doer's own country (a domestic fight abroad); the country named
    after "in" is where it happened, not whom it was done to."""
    assert dyads(events_of(pipe, text), "19") == {pair}
