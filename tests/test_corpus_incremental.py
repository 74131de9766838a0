"""Incremental corpus updates (corpus/incremental.py) give the tables of a full recomputation.

A base corpus is updated in full, then two batches are added with incremental updates; the
batches join existing stories (one with an article earlier than the story's first, which
renames it), existing merged events and copy groups (one copy earlier than its original),
and start new stories and events. The tables must equal those of `update(full=True)`.
"""
from __future__ import annotations

from helpers.corpus import FILLER, VISIT, event, record

from newsdesk import corpus

QUAKE = ("A powerful earthquake of magnitude 7.8 struck southern Turkey near Gaziantep before dawn "
         "on Monday, collapsing apartment blocks in Kahramanmaras and Hatay and killing thousands "
         "of people, while rescue teams searched the rubble in freezing rain and aftershocks shook "
         "the region through the day, the disaster agency AFAD said. ")
QUAKE_MORE = ("Neighbouring Syria reported hundreds more dead in Aleppo and Idlib, and the United "
              "States and the European Union promised search and rescue teams and emergency aid. ")
KIDNAP = ("Gunmen abducted dozens of pupils from a boarding school in Kaduna state in northern "
          "Nigeria on Wednesday night, the police said, in the latest mass kidnapping in a region "
          "where armed gangs seize students for ransom; soldiers and police were searching the forest. ")
KIDNAP_MORE = ("Parents gathered outside the Kaduna school gates demanding the rescue of the kidnapped "
               "pupils, and the governor promised the abducted students would be brought home. ")
FLOOD = ("Heavy monsoon rains flooded large parts of Sindh province in Pakistan, submerging villages "
         "and farmland, destroying roads and bridges and forcing hundreds of thousands of families "
         "from their homes, officials of the national disaster management authority said. ")
FLOOD_MORE = ("The flood waters in Sindh are still rising and the Pakistani army is evacuating villages "
              "by boat while aid agencies warn of cholera and a shortage of clean drinking water. ")
CHIPS = ("The Dutch government announced new export restrictions on advanced semiconductor "
         "lithography machines made by ASML, following pressure from Washington to limit China's "
         "access to chipmaking technology, the trade ministry in The Hague said on Friday. ")


def quake_event(eid, date="2023-02-06", src="USAGOV", tgt="TURGOV"):
    return event(eid, cameo="073", src=src, tgt=tgt, date=date, evidence="promised rescue teams")


def kidnap_event(eid, date="2023-03-01"):
    return event(eid, cameo="181", src="NGAREB", tgt="NGAEDU", date=date, evidence="abducted dozens of pupils")


def base():
    return [
        record(VISIT + FILLER, "China's defence minister to visit Russia", "Reuters", "2023-04-09",
               [event("E1", date="2023-04-16")], entities=["Li Shangfu", "Sergei Shoigu"]),
        record("Li Shangfu, China's defence minister, will travel to Moscow for talks with Sergei Shoigu "
               "next week, the ministry in Beijing said. " + FILLER, "Li Shangfu to travel to Moscow",
               "The Guardian", "2023-04-09T14:00:00", [event("E1", src="CHN", tgt="RUS", date="2023-04-16")],
               entities=["Li Shangfu", "Sergei Shoigu"]),
        record(QUAKE + QUAKE_MORE, "Earthquake kills thousands in Turkey and Syria", "AP", "2023-02-06T08:00:00",
               [quake_event("E1")], entities=["Gaziantep", "AFAD"]),
        record(KIDNAP + KIDNAP_MORE, "Gunmen abduct pupils from Kaduna school", "BBC", "2023-03-02",
               [kidnap_event("E1")], entities=["Kaduna", "Nigeria"]),
        record(CHIPS, "Netherlands curbs exports of ASML chip machines", "FT", "2023-03-10",
               [event("E1", cameo="163", src="NLDGOV", tgt="CHN", date="2023-03-10", evidence="restrictions")],
               entities=["ASML", "The Hague"]),
    ]


def batch_one():
    return [
        # joins the visit story and its merged event
        record("Sergei Shoigu will host China's defence minister Li Shangfu in Moscow next week for talks, "
               "Beijing's ministry said. " + FILLER, "Shoigu to host Li Shangfu in Moscow", "Al Jazeera",
               "2023-04-10", [event("E1", src="CHNMIL", tgt="RUS", date="2023-04-16")],
               entities=["Li Shangfu", "Sergei Shoigu"]),
        # a syndicated copy of the earthquake report (a byline added): a near-duplicate, same story
        record("By Staff Reporter. " + QUAKE + QUAKE_MORE, "Earthquake kills thousands in Turkey and Syria",
               "Yahoo News", "2023-02-06T10:00:00", [quake_event("E1")], entities=["Gaziantep", "AFAD"]),
        # a new story with a new event
        record(FLOOD + FLOOD_MORE, "Monsoon floods submerge Sindh villages", "Dawn", "2022-08-26",
               [event("E1", cameo="0233", src="PAKMIL", tgt="PAK", date="2022-08-26", evidence="evacuating")],
               entities=["Sindh", "Pakistan"]),
    ]


def batch_two():
    return [
        # earlier than the story's first article: the story (and its merged event) is renamed
        record("Gunmen seized dozens of pupils from a boarding school in Kaduna state, northern Nigeria, on "
               "Wednesday night, police said, the latest mass kidnapping by armed gangs who hold students "
               "for ransom. " + KIDNAP_MORE, "Pupils kidnapped from Kaduna boarding school", "Reuters",
               "2023-03-01T23:00:00", [kidnap_event("E1")], entities=["Kaduna", "Nigeria"]),
        # joins the flood story started by the first batch
        record("Flood waters from monsoon rains in Sindh keep rising; the Pakistani army evacuates villages "
               "by boat and aid agencies warn of cholera. " + FLOOD, "Sindh floods: army evacuates villages",
               "BBC", "2022-08-27", [event("E1", cameo="0233", src="PAKMIL", tgt="PAK", date="2022-08-27",
                                           evidence="evacuates")], entities=["Sindh", "Pakistan"]),
        # a copy of the earthquake report published before the original: the group's new first
        record(QUAKE + QUAKE_MORE + "Copyright wire service.", "Earthquake kills thousands in Turkey and Syria",
               "Wire", "2023-02-06T07:00:00", [quake_event("E1")], entities=["Gaziantep", "AFAD"]),
        # same actors and root as the visit, two months later: a new merged event, a new story
        record("China's defence minister Li Shangfu met Russian president Vladimir Putin in Moscow again "
               "on Thursday to discuss joint naval patrols in the Pacific, the Kremlin said. " + FILLER,
               "Li Shangfu meets Putin on naval patrols", "Reuters", "2023-06-15",
               [event("E1", date="2023-06-15", evidence="met Russian president")],
               entities=["Li Shangfu", "Vladimir Putin"]),
    ]


def tables(store) -> dict:
    """The corpus tables as comparable values: similarities of story members and the labels
    and keywords (TF-IDF weights over the touched stories) are left out, membership is not."""
    q = store.query
    return {
        "near_duplicates": q("SELECT article_id, duplicate_of, similarity FROM near_duplicates ORDER BY 1"),
        "stories": q("SELECT id, first_date, last_date, n_articles, n_publishers FROM stories ORDER BY id"),
        "story_articles": q("SELECT story_id, article_id FROM story_articles ORDER BY article_id"),
        "merged_events": q("SELECT * FROM merged_events ORDER BY id"),
        "event_mentions": q("SELECT * FROM event_mentions ORDER BY article_id, event_id"),
        "corpus_articles": q("SELECT article_id, signature FROM corpus_articles ORDER BY 1"),
    }


def test_incremental_batches_give_the_full_tables(store):
    for r in base():
        store.write_record(r)
    assert corpus.update(store)["mode"] == "full"  # nothing stored yet: full
    for batch in (batch_one(), batch_two()):
        for r in batch:
            store.write_record(r)
        result = corpus.update(store)
        assert result["mode"] == "incremental"
    incremental = tables(store)
    assert corpus.update(store, full=True)["mode"] == "full"
    full = tables(store)
    for name in full:
        assert incremental[name] == full[name], name
    # the corpus exercises what it is meant to
    assert len(full["near_duplicates"]) == 2  # two copies of one earthquake report
    sizes = sorted(s["n_articles"] for s in full["stories"])
    assert sizes == [1, 1, 2, 2, 3, 3]
    assert len({e["merged_id"] for e in full["event_mentions"]}) == 6


def test_nothing_new_is_unchanged_and_a_changed_option_recomputes(store):
    for r in base():
        store.write_record(r)
    corpus.update(store)
    assert corpus.update(store)["unchanged"] is True
    store.write_record(batch_one()[0])
    other = corpus.CorpusOptions(stories=corpus.StoryOptions(threshold=0.2))
    assert corpus.update(store, other)["mode"] == "full"  # tables computed under other options


ZAMFARA = ("Armed bandits stormed a girls' secondary school in Gusau, Zamfara state, in the north-west "
           "of Nigeria before dawn on Sunday and carried off more than a hundred schoolgirls on "
           "motorbikes into the Rugu forest, residents and the state governor said. ")
ZAMFARA_SEARCH = ("Nigerian troops combed the Rugu forest on Monday for the schoolgirls seized by armed "
                  "bandits from their school in Gusau, Zamfara state, the army said. ")
ZAMFARA_MORE = ("Soldiers and vigilantes followed the motorbike tracks into the Rugu forest near Gusau while "
                "families of the Zamfara schoolgirls waited at the school for news. ")
KEBBI = ("Gunmen on motorcycles attacked the Federal Government College in Yauri, Kebbi state, on "
         "Thursday, killing a policeman and taking away scores of students and teachers toward the "
         "Niger river, the Kebbi state police command said. ")
KEBBI_BOATS = ("Police and local hunters in Yauri pursued the gunmen who took the Kebbi college students, "
               "searching islands in the Niger river by boat, the state command said. ")
KEBBI_MORE = ("Lessons at schools across Kebbi state were suspended after the Yauri college attack while "
              "parents of the missing students camped outside the college gates. ")
KADUNA_RANSOM = ("The gunmen who abducted the Kaduna pupils from their boarding school have demanded a "
                 "ransom for their release, the school's owners and the Kaduna state police said. ")


def test_a_key_shared_by_two_stories_is_joined_again_only_where_needed(store):
    """A merge key (bandits of no country -> Nigerian pupils) lies in two stories, joined in
    each with another key's cluster ("gunmen" / "Nigerian gunmen"). An article added to a third
    story has a key (Nigerian gunmen -> Nigerian pupils) that also lies in the first story, so
    that story is joined again; the second story's merged event, which holds a key the update
    never loads, must stay whole, as a full run has it."""
    def seized(eid, src, tgt, date):
        return event(eid, cameo="181", src=src, tgt=tgt, date=date, evidence="abducted pupils")

    for r in [
        record(KIDNAP + KIDNAP_MORE, "Gunmen abduct pupils from Kaduna school", "BBC", "2023-03-02",
               [seized("E1", "NGAREB", "NGAEDU", "2023-03-01")], entities=["Kaduna", "Nigeria"]),
        record(ZAMFARA + ZAMFARA_MORE, "Bandits seize schoolgirls in Zamfara", "Reuters", "2023-09-10",
               [seized("E1", "NGAREB", "NGAEDU", "2023-09-10")], entities=["Gusau", "Zamfara"]),
        record(ZAMFARA_SEARCH + ZAMFARA_MORE, "Troops search Rugu forest for Zamfara schoolgirls", "Punch",
               "2023-09-11", [seized("E1", "REB", "NGAEDU", "2023-09-10")], entities=["Gusau", "Zamfara"]),
        record(KEBBI + KEBBI_MORE, "Gunmen take students from Kebbi college", "AP", "2024-01-19",
               [seized("E1", "REB", "NGAEDU", "2024-01-18")], entities=["Yauri", "Kebbi"]),
        record(KEBBI_BOATS + KEBBI_MORE, "Police search Niger river for Kebbi students", "Vanguard",
               "2024-01-20", [seized("E1", "NGAREB", "EDU", "2024-01-18")], entities=["Yauri", "Kebbi"]),
    ]:
        store.write_record(r)
    corpus.update(store)
    store.write_record(record(KADUNA_RANSOM + KIDNAP_MORE, "Kaduna kidnappers demand ransom", "Reuters",
                              "2023-03-03", [seized("E1", "NGAREB", "NGAEDU", "2023-03-01")],
                              entities=["Kaduna", "Nigeria"]))
    assert corpus.update(store)["mode"] == "incremental"
    incremental = tables(store)
    corpus.update(store, full=True)
    full = tables(store)
    for name in full:
        assert incremental[name] == full[name], name
    # the case is the one meant: three stories, one merged event of two articles each
    assert sorted(s["n_articles"] for s in full["stories"]) == [2, 2, 2]
    assert sorted(e["articles"] for e in full["merged_events"]) == [2, 2, 2]


MATCH = ("The home side won the cup final 2-1 at the national stadium on Saturday after a late "
         "header, and the captain lifted the trophy in front of forty thousand fans. ")
MATCH_MORE = ("The coach praised his players for the comeback in the cup final and the fans sang "
              "in the stands of the national stadium long after the whistle. ")
SANCTIONS = ("The United States imposed new sanctions on Russian banks and energy firms on Friday, "
             "freezing assets and barring transactions, the Treasury Department said. ")


def test_an_added_article_that_joins_two_stored_stories_leaves_no_empty_story(store):
    """A new article of one stored story (a cup final) reports, dated to the day by its own
    text, the act another stored story is about (sanctions): the incremental path joins the
    two stories (a full run may group them otherwise: the module note says where the two
    differ), and the story joined away leaves no row behind (it was left with no members,
    or, when the joined story took its id, the insert failed)."""
    def sanctions(eid):
        return event(eid, cameo="163", src="USAGOV", tgt="RUS", date="2024-03-01", evidence="imposed")

    store.write_record(record(SANCTIONS, "US sanctions Russian banks", "Reuters", "2024-03-01",
                              [sanctions("E1")], entities=["Treasury Department"]))
    store.write_record(record(MATCH, "Home side wins cup final", "BBC", "2024-03-02",
                              entities=["national stadium"]))
    corpus.update(store)
    assert len(tables(store)["stories"]) == 2
    store.write_record(record(MATCH_MORE + "Earlier in the week the United States imposed sanctions "
                              "on Russian banks.", "Coach praises cup final comeback", "AP", "2024-03-02",
                              [sanctions("E1")], entities=["national stadium"]))
    assert corpus.update(store)["mode"] == "incremental"
    members = store.query("SELECT s.id, s.n_articles, count(a.article_id) AS n FROM stories s"
                          " LEFT JOIN story_articles a ON a.story_id = s.id GROUP BY s.id, s.n_articles")
    assert [(m["n_articles"], m["n"]) for m in members] == [(3, 3)]
    assert corpus.update(store)["unchanged"] is True
