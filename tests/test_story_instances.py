"""Two happenings of one kind (two celebrities entering rehab, two earthquakes) are two stories,
though their reports share most of their words; two reports of one happening that agree on its
specifics (weekday, year, counts, who, where) are one story though worded apart
(corpus.stories: specifics and instance_factor). The full and the incremental corpus update
group them alike. All texts written for this test."""
from __future__ import annotations

from newsdesk import corpus
from newsdesk.corpus.stories import group_stories, instance_factor, specifics, _specific_matrices
from newsdesk.model import content_id
from newsdesk.store import queries

# Two reports of one singer entering rehab, two of one actor doing the same a few days later:
# (text, [(spaCy label, entity text)] of its lead).
REHAB = {
    "marsh_1": ("Pop singer Lena Marsh has checked into a rehabilitation clinic in Malibu for treatment "
                "of alcohol addiction, her publicist said on Tuesday. The 34-year-old singer cancelled "
                "the last 12 dates of her tour and asked fans for privacy.",
                [("PERSON", "Lena Marsh"), ("GPE", "Malibu"), ("DATE", "Tuesday"),
                 ("DATE", "34-year-old"), ("CARDINAL", "12")]),
    "marsh_2": ("Marsh entered a Malibu clinic on Tuesday to be treated for alcohol abuse, a spokesman "
                "for the singer said, calling off the remaining 12 concerts of her tour.",
                [("PERSON", "Marsh"), ("GPE", "Malibu"), ("DATE", "Tuesday"), ("CARDINAL", "12")]),
    "okafor_1": ("Actor Tom Okafor has checked into a rehabilitation clinic in Arizona for treatment "
                 "of alcohol addiction, his publicist said on Friday. The 41-year-old actor cancelled "
                 "the last dates of his stage tour and asked fans for privacy.",
                 [("PERSON", "Tom Okafor"), ("GPE", "Arizona"), ("DATE", "Friday"),
                  ("DATE", "41-year-old")]),
    "okafor_2": ("Tom Okafor entered an Arizona clinic on Friday to be treated for drug abuse, a "
                 "spokesman for the actor said, and filming of his new film was halted.",
                 [("PERSON", "Tom Okafor"), ("GPE", "Arizona"), ("DATE", "Friday")]),
}

# Two reports of one earthquake, worded apart, and one of another earthquake of the same kind.
QUAKES = {
    "hollin_1": ("A magnitude 5.7 earthquake shook the town of Hollin on Sunday morning, damaging 140 "
                 "homes and injuring 23 people, the geological survey said.",
                 [("CARDINAL", "5.7"), ("GPE", "Hollin"), ("TIME", "Sunday morning"),
                  ("CARDINAL", "140"), ("CARDINAL", "23")]),
    "hollin_2": ("Rescue crews in Hollin searched damaged buildings after Sunday's quake of magnitude "
                 "5.7, which injured 23 residents, officials said.",
                 [("GPE", "Hollin"), ("DATE", "Sunday"), ("CARDINAL", "5.7"), ("CARDINAL", "23")]),
    "varne_1": ("A magnitude 6.1 earthquake shook the town of Varne on Wednesday morning, damaging "
                "300 homes and injuring 58 people, the geological survey said.",
                [("CARDINAL", "6.1"), ("GPE", "Varne"), ("TIME", "Wednesday morning"),
                 ("CARDINAL", "300"), ("CARDINAL", "58")]),
}


def articles(items: dict, with_specifics: bool = True) -> list[dict]:
    return [{"id": aid, "title": None, "text": text, "published": None, "publisher": None,
             "entities": [name for label, name in ents if label in ("PERSON", "GPE")],
             "specifics": specifics(ents) if with_specifics else {}}
            for aid, (text, ents) in items.items()]


def groups(stories) -> list[set[str]]:
    return sorted(({*s.article_ids} for s in stories), key=min)


def test_specifics_read_when_how_many_who_and_where():
    found = specifics([("DATE", "Tuesday, March 3, 2020"), ("TIME", "Sunday night"),
                       ("CARDINAL", "3"), ("CARDINAL", "1,200"), ("QUANTITY", "4.6 magnitude"),
                       ("PERSON", "Arthur P. Doyle Jr."), ("PERSON", "Doyle"),
                       ("GPE", "the Netherlands"), ("ORG", "Acme")])
    assert found == {"day": ["sunday", "tuesday"], "year": ["2020"], "number": ["1200", "4.6"],
                     "person": ["doyle"], "place": ["netherlands"]}
    assert specifics([("CARDINAL", "two"), ("DATE", "last week")]) == {}


def test_one_name_written_two_ways_is_one_specific():
    # a possessive, an abbreviated "Mount" / "Fort" / "Saint": the same place or person
    one = specifics([("GPE", "Iceland's"), ("LOC", "Mt. Hekla"), ("PERSON", "Jonsdottir's"),
                     ("GPE", "Ft Myers"), ("GPE", "St. Gallen")])
    other = specifics([("GPE", "Iceland"), ("LOC", "Mount Hekla"), ("PERSON", "Anna Jonsdottir"),
                       ("GPE", "Fort Myers"), ("GPE", "Saint Gallen")])
    assert one == other == {"person": ["jonsdottir"],
                            "place": ["fort_myers", "iceland", "mount_hekla", "saint_gallen"]}
    # a plural or a name ending in s is no possessive; "Main St" is no saint
    assert specifics([("PERSON", "James"), ("GPE", "Main St")]) == {"person": ["james"],
                                                                    "place": ["main_st"]}


def test_instance_factor_rewards_agreement_and_penalises_conflict():
    items = articles(QUAKES)
    factor = instance_factor(_specific_matrices(items), 0, len(items))
    same, other = factor[0, 1], factor[0, 2]
    assert same > 1.0 > other
    assert factor.max() <= 2.0  # agreement alone never more than doubles the cosine


def test_two_celebrities_entering_rehab_are_two_stories():
    assert groups(group_stories(articles(REHAB))) == [{"marsh_1", "marsh_2"}, {"okafor_1", "okafor_2"}]
    # The words alone do not tell them apart: the two first reports, written to one template,
    # are the closest pair by their cosine and would be grouped.
    assert {"marsh_1", "okafor_1"} in groups(group_stories(articles(REHAB, with_specifics=False)))


def test_two_earthquakes_are_two_stories_and_two_reports_of_one_join():
    assert groups(group_stories(articles(QUAKES))) == [{"hollin_1", "hollin_2"}, {"varne_1"}]
    assert {"hollin_1", "varne_1"} in groups(group_stories(articles(QUAKES, with_specifics=False)))


def record(aid: str, text: str, ents, published: str) -> dict:
    """An article record whose lead entities carry their labels (what the store gives
    corpus.records.load_articles)."""
    entities, start = [], 0
    for i, (label, name) in enumerate(ents):
        start = max(text.find(name), 0)
        entities.append({"id": f"T{i}", "start": start, "end": start + len(name), "text": name,
                         "label": label, "name": name, "actor": None})
    return {"schema": "newsdesk.article/1", "id": content_id(text),
            "meta": {"title": None, "published": published, "publisher": aid, "authors": [],
                     "url": None, "language": "en", "source": "test", "doc_id": aid},
            "text": text, "sentences": [], "quotes": [], "errors": [], "entities": entities,
            "events": []}


def test_full_and_incremental_updates_keep_the_happenings_apart(store):
    day = {"marsh_1": "2024-05-07", "marsh_2": "2024-05-07", "okafor_1": "2024-05-10",
           "okafor_2": "2024-05-10"}
    recs = {aid: record(aid, text, ents, day[aid]) for aid, (text, ents) in REHAB.items()}
    ids = {r["id"]: aid for aid, r in recs.items()}
    for aid in ("marsh_1", "okafor_1"):
        store.write_record(recs[aid])
    assert corpus.update(store)["mode"] == "full"
    for aid in ("marsh_2", "okafor_2"):  # each report joins its own happening's story
        store.write_record(recs[aid])
    assert corpus.update(store)["mode"] == "incremental"

    def stories() -> list[set[str]]:
        return sorted(({ids[a["id"]] for a in s["articles"]} for s in queries.list_stories(store)), key=min)

    incremental = stories()
    assert corpus.update(store, full=True)["mode"] == "full"
    assert stories() == incremental == [{"marsh_1", "marsh_2"}, {"okafor_1", "okafor_2"}]
