"""One act reported in one story with actors named less precisely or other verbs is one merged
event; two acts of one story stay two (issue 18, corpus.merge.join_in_story). Hand-written
mentions: a harbour raid where coast guards seize smugglers, a stabbing in a market."""
from __future__ import annotations

from helpers.corpus import event, record
from test_corpus_incremental import tables

from newsdesk import corpus
from newsdesk.corpus.merge import actors_compatible, merge_events, same_kind_of_act


def row(article, eid, cameo, src, tgt, modality="asserted", date=None):
    return {"article_id": article, "id": eid, "cameo": cameo, "cameo_name": None, "quad_class": 4,
            "goldstein": -7.0, "source_code": src, "target_code": tgt, "modality": modality,
            "time_date": date, "time_granularity": "day" if date else None, "background": False,
            "attributed_to": None, "evidence_text": "x", "confidence": 0.8, "published": None,
            "publisher": article}


def groups(rows, story_of):
    merged, mentions = merge_events(rows, story_of, {})
    out: dict[str, set] = {}
    for m in mentions:
        out.setdefault(m["merged_id"], set()).add((m["article_id"], m["event_id"]))
    return sorted(sorted(g) for g in out.values())


HARBOUR = {"a": "s1", "b": "s1", "c": "s1"}


def test_the_coast_guard_seizing_smugglers_told_with_three_verbs_is_one_event():
    # "Greek coast guards detained eleven smugglers" / "the coast guard captured the smugglers'
    # boat crew" / "the smugglers were arrested": arrest, abduct-like capture, no source named.
    rows = [row("a", "E1", "173", "GRCMIL", "GRCCRM"), row("b", "E1", "181", "GRCMIL", "CRM"),
            row("c", "E1", "173", None, "GRCCRM")]
    assert groups(rows, HARBOUR) == [[("a", "E1"), ("b", "E1"), ("c", "E1")]]


def test_the_raid_and_the_capture_after_it_stay_two_events():
    # "coast guards fired on the speedboat" (force) and "detained its crew" (a person seized).
    rows = [row("a", "E1", "190", "GRCMIL", "GRCCRM"), row("b", "E1", "173", "GRCMIL", "GRCCRM")]
    assert len(groups(rows, HARBOUR)) == 2


def test_a_stabbing_called_an_attack_and_a_stabbing_is_one_event():
    market = {"a": "s2", "b": "s2"}
    rows = [row("a", "E1", "180", "CRM", "FRACVL"), row("b", "E1", "182", "FRACRM", "CVL")]
    assert len(groups(rows, market)) == 1


def test_similar_acts_in_two_stories_or_two_countries_stay_apart():
    rows = [row("a", "E1", "173", "GRCMIL", "GRCCRM"), row("b", "E1", "181", "GRCMIL", None)]
    assert len(groups(rows, {"a": "s1", "b": "s9"})) == 2  # the same kind of raid, another story
    rows = [row("a", "E1", "173", "GRCMIL", "TURCRM"), row("b", "E1", "173", "GRCMIL", "LBYCRM")]
    assert len(groups(rows, HARBOUR)) == 2  # smugglers of two countries held


def test_a_planned_arrest_or_one_with_no_actor_named_on_both_sides_stays_apart():
    rows = [row("a", "E1", "173", "GRCMIL", "GRCCRM"), row("b", "E1", "173", "MIL", None, "planned")]
    assert len(groups(rows, HARBOUR)) == 2
    rows = [row("a", "E1", "173", None, "COP"), row("b", "E1", "173", "COP", None)]
    assert len(groups(rows, HARBOUR)) == 2  # the police arresting, the police arrested


def test_days_apart_stay_apart_even_in_one_story():
    rows = [row("a", "E1", "173", "GRCMIL", "GRCCRM", date="2024-05-02"),
            row("b", "E1", "181", "GRCMIL", None, date="2024-05-20")]
    assert len(groups(rows, HARBOUR)) == 2


def test_victims_named_by_their_sector_in_one_report_join_a_shooting_whose_reports_name_several():
    # A school shooting: "a gunman shot two teachers and a police officer" (one key: US gunman ->
    # US victims of several sectors), then a report that says only "the shooting of civilians"
    # (no shooter named, victims by their sector alone) and one that says "a gunman shot students".
    school = {"a": "s3", "b": "s3", "c": "s3", "d": "s3"}
    rows = [row("a", "E1", "180", "USAUAF", "USACVL"), row("a", "E2", "193", "USAUAF", "USACOP"),
            row("b", "E1", "193", None, "CVL"), row("c", "E1", "180", "UAF", "EDU"),
            row("d", "E1", "180", "USAUAF", "USAEDU")]
    assert len(groups(rows, school)) == 1
    # police shot by the gunman and "police arrested the gunman" are not one act
    rows = [row("a", "E1", "193", "USAUAF", "USACOP"), row("b", "E1", "173", "COP", "UAF")]
    assert len(groups(rows, school)) == 2
    # a report of only civilians shot does not join a group whose victims are all police
    rows = [row("a", "E1", "193", "USAUAF", "USACOP"), row("b", "E1", "193", None, "CVL")]
    assert len(groups(rows, school)) == 2


def test_actor_and_act_compatibility():
    assert actors_compatible("COP", "ITACOP") and actors_compatible("CHN", "CHNGOV")
    assert not actors_compatible("COP", "ITAMIL") and not actors_compatible("GRC", "TUR")
    assert not actors_compatible(None, "GRC")
    assert same_kind_of_act("173", "181") and same_kind_of_act("180", "193")
    assert not same_kind_of_act("181", "190") and not same_kind_of_act("173", "042")
    # under coercion the three-digit code is the act: an arrest is not a seizure of goods
    assert not same_kind_of_act("173", "1711") and not same_kind_of_act("174", "173")
    assert same_kind_of_act("170", "173") and same_kind_of_act("1711", "1712")


def test_an_arrest_and_goods_seized_in_one_sentence_stay_two_events():
    # "The navy apprehended 26 Somali pirates and confiscated arms and ammunition", told by two
    # outlets: the two arrests are one event, the two seizures another.
    rows = [row("a", "E1", "173", "INDMIL", "SOMCRM"), row("a", "E2", "1711", "INDMIL", "SOMCRM"),
            row("b", "E1", "173", "INDMIL", "SOMCRM"), row("b", "E2", "1711", "INDMIL", "SOMCRM")]
    assert groups(rows, {"a": "s4", "b": "s4"}) == [[("a", "E1"), ("b", "E1")], [("a", "E2"), ("b", "E2")]]
    # "troops cracked down on the pirates" (an unspecified coercion) may be the arrest
    rows = [row("a", "E1", "173", "INDMIL", "SOMCRM"), row("b", "E1", "170", "INDMIL", "CRM")]
    assert len(groups(rows, {"a": "s4", "b": "s4"})) == 1


RAID = ("Greek coast guard officers detained eleven suspected people smugglers after a night "
        "chase off the island of Lesbos on Tuesday, the shipping ministry in Athens said. ")
RAID_2 = ("Eleven suspected people smugglers were captured by the Greek coast guard off Lesbos "
          "on Tuesday night after a chase, the shipping ministry in Athens said. ")
RAID_3 = ("Suspected smugglers were arrested off Lesbos overnight, Greek officials said; the "
          "coast guard chased their speedboat before dawn, the ministry in Athens said. ")


def test_incremental_updates_give_the_full_tables_for_joins_in_a_story(store):
    ents = ["Lesbos", "Athens"]
    store.write_record(record(RAID, "Smugglers detained off Lesbos", "Kathimerini", "2024-05-07",
                              [event("E1", cameo="173", src="GRCMIL", tgt="GRCCRM", evidence="detained")],
                              entities=ents))
    assert corpus.update(store)["mode"] == "full"
    store.write_record(record(RAID_2, "Smugglers captured off Lesbos", "AP", "2024-05-07",
                              [event("E1", cameo="181", src="GRCMIL", tgt="CRM", evidence="captured")],
                              entities=ents))
    assert corpus.update(store)["mode"] == "incremental"
    store.write_record(record(RAID_3, "Smugglers arrested off Lesbos", "Reuters", "2024-05-08",
                              [event("E1", cameo="173", src=None, tgt="GRCCRM", evidence="arrested"),
                               event("E2", cameo="190", src="GRCMIL", tgt="GRCCRM", evidence="chased")],
                              entities=ents))
    assert corpus.update(store)["mode"] == "incremental"
    incremental = tables(store)
    assert corpus.update(store, full=True)["mode"] == "full"
    full = tables(store)
    for name in full:
        assert incremental[name] == full[name], name
    assert len(full["stories"]) == 1
    assert len({e["merged_id"] for e in full["event_mentions"]}) == 2  # the arrest, the chase


CRETE = ("Greek police arrested two men in Heraklion, Crete, on Friday over a string of burglaries "
         "at holiday villas, the island's police directorate said in a statement. ")


def test_an_arrest_elsewhere_with_the_same_key_leaves_the_joined_raid_whole(store):
    # A new article shares a merge key with one raid report (Greece arresting Greek suspects),
    # not its story: the raid's event, joined in its story with a report of another key, must
    # be recomputed with both, as a full run does.
    ents = ["Lesbos", "Athens"]
    store.write_record(record(RAID, "Smugglers detained off Lesbos", "Kathimerini", "2024-05-07",
                              [event("E1", cameo="173", src="GRCMIL", tgt="GRCCRM", evidence="detained")],
                              entities=ents))
    store.write_record(record(RAID_2, "Smugglers captured off Lesbos", "AP", "2024-05-07",
                              [event("E1", cameo="181", src="MIL", tgt="GRCCRM", evidence="captured")],
                              entities=ents))
    assert corpus.update(store)["mode"] == "full"
    store.write_record(record(CRETE, "Burglary suspects held in Crete", "ERT", "2024-09-13",
                              [event("E1", cameo="173", src="GRCMIL", tgt="GRCCRM", evidence="arrested")],
                              entities=["Heraklion", "Crete"]))
    assert corpus.update(store)["mode"] == "incremental"
    incremental = tables(store)
    assert corpus.update(store, full=True)["mode"] == "full"
    full = tables(store)
    for name in full:
        assert incremental[name] == full[name], name
    assert len(full["stories"]) == 2
    assert sorted(e["mentions"] for e in full["merged_events"]) == [1, 2]
