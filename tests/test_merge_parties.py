"""Merged events never join two sides of one country's conflict across stories, and keep who
tells them (corpus.parties, corpus.merge; task of session 22 on issues 15/19). Articles
written for these tests go through the real pipeline into a DuckDB store; the party rules
also on hand-made mentions."""
from __future__ import annotations

from helpers.corpus import event, record

from newsdesk import corpus
from newsdesk.api import analyze_text
from newsdesk.corpus.merge import merge_events
from newsdesk.corpus.parties import one_party_each, roles_reversed, sides_clash
from newsdesk.store import Store, queries

CIVILIANS = ("Civilians hit in Omdurman fighting", "Sahel Wire", "2024-05-14",
             "Rapid Support Forces fighters attacked civilians in Omdurman on Monday, according "
             "to a local monitoring group. The fighting in Omdurman continued through the night.")


def stored(tmp_path, *articles):
    """The merged events of the articles (title, publisher, published, text), analysed by the
    real pipeline, stored, and the corpus tables updated."""
    with Store(tmp_path / "p.duckdb") as store:
        for title, publisher, published, text in articles:
            store.write_record(analyze_text(text, title=title, publisher=publisher, published=published))
        corpus.update(store)
        return queries.list_events(store)


def test_the_army_fighting_rebels_and_rebels_attacking_civilians_in_two_stories_stay_two_events():
    # Two stories, one day, root 19: the merge key (one country each side) used to join them
    # into one asserted SDNMIL -> SDNCVL event, a pair no report names.
    rows = [mention("a", "190", "SDNMIL", "SDNPRM"), mention("b", "190", "SDNREB", "SDNCVL", "q0")]
    merged, _ = merge_events(rows, {"a": "s1", "b": "s2"}, {})
    assert {(m["source_code"], m["target_code"]) for m in merged} == {("SDNMIL", "SDNPRM"), ("SDNREB", "SDNCVL")}


def test_an_accusation_relayed_by_an_outlet_is_told_as_attributed(tmp_path):
    (rebels,) = [e for e in stored(tmp_path, CIVILIANS) if e["target_code"] == "SDNCVL"]
    assert rebels["told_by"] == "attributed" and rebels["said_by"] == "a local monitoring group"


def test_same_day_acts_of_force_by_two_sides_in_two_stories_stay_apart():
    # The army and a militia both shelling civilians, in two stories on one day: two doers.
    rows = [mention("a", "190", "SDNMIL", "SDNCVL"), mention("b", "190", "SDNPRM", "SDNCVL")]
    merged, _ = merge_events(rows, {"a": "s1", "b": "s2"}, {})
    assert len(merged) == 2


def test_sides_of_one_country():
    assert sides_clash({"SDNMIL", "SDNPRM"})          # the army and a paramilitary
    assert sides_clash({"IRQGOV", "REB"})             # a sector named alone counts
    assert not sides_clash({"USAUAF", "USALAB"})      # "a gunman" / "an employee"
    assert not sides_clash({"GBRCRM", "GBRCVL"})      # "the robber" / "a local resident"
    assert not sides_clash({"USACVL", "USACOP", "EDU"})  # the victims of one attack
    assert not sides_clash({"CHN", "CHNGOV", "CHNMIL"})  # a state and its people


def test_a_party_that_is_receiver_in_one_and_doer_on_a_third_in_the_other_is_another_act():
    assert roles_reversed({"KENCOP"}, {"KENOPP"}, {"OPP"}, {"KENCVL"})
    assert roles_reversed({"COP"}, {"CVL"}, {"CVL"}, {"KENGOV"})
    assert not roles_reversed({"KENCOP"}, {"KENOPP"}, {"COP"}, {"OPP"})
    # The same two parties swapped: a clash told from either side, or a passive read the
    # other way round; no pair is made up by merging them.
    assert not roles_reversed({"KENCOP"}, {"KENOPP"}, {"OPP"}, {"COP"})
    # Countries named alone are not parties by their sector: their order is the merge key's.
    assert not roles_reversed({"RUS"}, {"UKR"}, {"UKR"}, {"BLR"})
    assert not one_party_each({"KENCOP"}, {"KENOPP"}, {"KENOPP"}, {"KENCVL"})


def test_within_a_story_a_chain_still_splits_but_a_role_may_name_two_sides():
    # "Police said the gunman opened fire": the coder may take the teller (COP) as the doer,
    # so within a story one role naming the state and an armed man is no proof of two acts...
    assert one_party_each({"USACOP"}, {"USACVL"}, {"USACRM"}, {"USACVL"}, across_stories=False)
    assert not one_party_each({"USACOP"}, {"USACVL"}, {"USACRM"}, {"USACVL"})
    # ... but a party that is the receiver in one and the doer on a third in the other is.
    assert not one_party_each({"SDNMIL"}, {"SDNPRM"}, {"SDNPRM"}, {"SDNCVL"}, across_stories=False)


def mention(article, cameo, src, tgt, attributed_to=None, modality="asserted"):
    return {"article_id": article, "id": "E1", "cameo": cameo, "cameo_name": None, "quad_class": 4,
            "goldstein": -9.0, "source_code": src, "target_code": tgt, "modality": modality,
            "time_date": "2024-03-05", "time_granularity": "day", "background": False,
            "attributed_to": attributed_to, "evidence_text": "x", "confidence": 0.8,
            "published": "2024-03-05", "publisher": article}


def test_police_beating_marchers_and_marchers_beating_shop_owners_do_not_merge():
    # Two stories, one day, root 18 both: "riot police beat marchers in Lima" and "marchers
    # smashed shop owners' windows and beat them": merged, police would beat shop owners.
    rows = [mention("a", "180", "PERCOP", "PEROPP"), mention("b", "180", "PEROPP", "PERBUS")]
    merged, _ = merge_events(rows, {"a": "s1", "b": "s2"}, {})
    assert len(merged) == 2
    rows = [mention("a", "180", "PERCOP", "PEROPP"), mention("b", "180", "COP", "OPP")]
    merged, _ = merge_events(rows, {"a": "s1", "b": "s1"}, {})
    assert len(merged) == 1  # the same act told with less precise actors still merges


def test_a_merged_event_is_attributed_only_when_every_mention_is(store):
    text = ("Rebels in the hills shelled a village near Goma on Tuesday, killing four farmers "
            "and burning their granaries, local officials said in the evening.")
    relayed = [record(text, "Village shelled", "Kivu Post", "2024-03-05",
                      [event("E1", cameo="195", src="CODREB", tgt="CODCVL", attributed_to="q0",
                             goldstein=-9.0, quad=4)]),
               record(text + " Aid workers said the roads were closed.", "Goma village hit",
                      "Lakes Daily", "2024-03-05",
                      [event("E1", cameo="195", src="COD", tgt="CODCVL", attributed_to="q1",
                             goldstein=-9.0, quad=4)])]
    for r in relayed:
        store.write_record(r)
    corpus.update(store)
    (one,) = queries.list_events(store)
    assert (one["mentions"], one["attributed"], one["told_by"]) == (2, 2, "attributed")
    store.write_record(record("Rebel artillery struck a village outside Goma on Tuesday; four "
                              "farmers died.", "Goma shelling", "Great Lakes Wire", "2024-03-05",
                              [event("E1", cameo="195", src="CODREB", tgt="CODCVL",
                                     goldstein=-9.0, quad=4)]))
    corpus.update(store, full=True)
    (one,) = queries.list_events(store)
    assert (one["mentions"], one["attributed"], one["told_by"]) == (3, 2, "outlet")
    assert one["said_by"] is None


def test_the_merged_pair_is_never_one_no_mention_reported():
    rows = [mention("a", "190", "SDNMIL", "SDNPRM"), mention("b", "190", "SDNPRM", "SDNCVL", "q0")]
    merged, _ = merge_events(rows, {"a": "s1", "b": "s2"}, {})
    assert {(m["source_code"], m["target_code"]) for m in merged} == {("SDNMIL", "SDNPRM"), ("SDNPRM", "SDNCVL")}


def test_an_outlets_own_hedge_does_not_make_a_relayed_accusation_its_own_assertion():
    # "Militia fighters torched a village, the governor said" (asserted, the governor's
    # words) and, in another outlet, "militia fighters reportedly torched the village"
    # (hedged, the outlet's own voice): one asserted event, but asserted only by the governor.
    rows = [mention("a", "180", "NGACRM", "NGACVL", "q0"),
            mention("b", "180", "NGACRM", "NGACVL", modality="hedged")]
    (one,), _ = merge_events(rows, {"a": "s1", "b": "s1"}, {})
    assert (one["modality"], one["told_by"]) == ("asserted", "attributed")
    rows.append(mention("c", "180", "NGACRM", "NGACVL"))
    (one,), _ = merge_events(rows, {"a": "s1", "b": "s1", "c": "s1"}, {})
    assert (one["modality"], one["told_by"]) == ("asserted", "outlet")


FIRED = ("Pyongyang fires missiles", "Harbour Post", "2024-06-03",
         "North Korea fired two ballistic missiles toward the United States territory of Guam on "
         "Sunday, South Korean officials said. The missiles fell into the sea.")
FORECAST = ("More launches feared", "Tokyo Evening", "2024-06-03",
            "North Korea will probably fire more missiles at Guam, officials in Tokyo warned on "
            "Monday.")


def test_a_hedged_forecast_is_never_merged_into_the_act_it_forecasts(tmp_path):
    # "will probably fire" (hedged, future) used to join "fired ... on Sunday" (asserted) as
    # one asserted PRK -> USA event with two mentions.
    events = stored(tmp_path, FIRED, FORECAST)
    assert sorted((e["modality"], e["mentions"]) for e in events if e["cameo"].startswith("19")) == [
        ("asserted", 1), ("hedged", 1)]


def test_one_militia_named_two_ways_is_one_party_when_it_changes_roles():
    # "soldiers attacked RSF positions" (SDNPRM) and "RSF fighters shelled a camp" (SDNREB)
    # in two stories: the militia is the receiver in one and the doer in the other.
    assert roles_reversed({"SDNMIL"}, {"SDNPRM"}, {"SDNREB"}, {"SDNCVL"})
    rows = [mention("a", "190", "SDNMIL", "SDNPRM"), mention("b", "190", "SDNREB", "SDNCVL")]
    merged, _ = merge_events(rows, {"a": "s1", "b": "s2"}, {})
    assert len(merged) == 2
