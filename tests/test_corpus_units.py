"""The corpus building blocks without a store: shingles and near-duplicates, average linkage,
story grouping over time, merge confidence."""
from __future__ import annotations

from newsdesk.corpus.dedup import find_near_duplicates
from newsdesk.corpus.merge import confidence, country_of, prevailing_modality
from newsdesk.corpus.stories import average_linkage, group_stories

BODY = ("The central bank raised its main interest rate by half a point on Thursday, the largest "
        "increase in two decades, saying inflation had become entrenched across the economy. "
        "Officials signalled that further rises were likely before the end of the year and that "
        "the labour market remained tight despite slowing growth in manufacturing and housing. "
        "Markets had expected a smaller move, and the currency rose sharply after the decision. ")


def test_light_rewrite_and_truncated_copy_are_linked_to_the_earliest():
    original = {"id": "a", "text": BODY, "published": "2022-05-05"}
    rewrite = {"id": "b", "published": "2022-05-06",
               "text": BODY.replace("on Thursday", "on Thursday afternoon").replace("sharply", "strongly")}
    excerpt = {"id": "c", "published": "2022-05-07", "text": BODY[:300] + " Read more on our site."}
    other = {"id": "d", "published": "2022-05-05",
             "text": "Heavy rain flooded the coastal towns overnight and rescue teams evacuated "
                     "hundreds of families from their homes as rivers burst their banks. " * 2}
    links = {(l.article_id, l.duplicate_of) for l in find_near_duplicates([excerpt, rewrite, original, other])}
    assert links == {("b", "a"), ("c", "a")}


def test_short_texts_are_never_called_copies():
    items = [{"id": str(i), "text": "Breaking news: markets fall.", "published": None} for i in range(3)]
    assert find_near_duplicates(items) == []


def test_average_linkage_does_not_chain():
    # 0-1 and 1-2 are close, 0-2 unrelated: single linkage would make one group of three.
    edges = {(0, 1): 0.9, (1, 2): 0.5}
    assert sorted(map(sorted, average_linkage(3, edges, threshold=0.4))) == [[0, 1], [2]]
    assert sorted(map(sorted, average_linkage(3, edges, threshold=0.2))) == [[0, 1, 2]]  # mean (0 + 0.5) / 2


def _article(aid, title, text, published, publisher="X"):
    return {"id": aid, "title": title, "text": text, "published": published, "publisher": publisher}


def test_same_topic_months_apart_is_two_stories():
    text = "Lawmakers passed the budget bill after a long night of debate over defence spending."
    stories = group_stories([_article("a", "Budget passes", text, "2020-03-01", "P"),
                             _article("b", "Budget bill passes", text, "2020-03-02", "Q"),
                             _article("c", "Budget passes", text, "2020-09-01", "P")])
    assert sorted(sorted(s.article_ids) for s in stories) == [["a", "b"], ["c"]]
    two = next(s for s in stories if len(s.article_ids) == 2)
    assert (two.first_date, two.last_date, two.n_publishers) == ("2020-03-01", "2020-03-02", 2)


def test_confidence_rises_with_independent_sources_only():
    asserted = {"modality": "asserted", "attributed_to": None, "confidence": None}
    one = confidence([dict(asserted, article_id="1", publisher="A")])
    same_outlet_twice = confidence([dict(asserted, article_id="1", publisher="A"),
                                    dict(asserted, article_id="2", publisher="A")])
    two = confidence([dict(asserted, article_id="1", publisher="A"),
                      dict(asserted, article_id="2", publisher="B")])
    relayed = confidence([dict(asserted, article_id="1", publisher="A", attributed_to="Q1")])
    hedged = confidence([dict(asserted, article_id="1", publisher="A", modality="hedged")])
    assert same_outlet_twice == one < two
    assert hedged < relayed < one


def test_prevailing_modality_and_country_codes():
    from collections import Counter

    assert prevailing_modality(Counter({"hedged": 2, "asserted": 1})) == "hedged"
    assert prevailing_modality(Counter({"hedged": 1, "asserted": 1})) == "asserted"
    assert [country_of(c) for c in ("RUSMIL", "GOV", "IGOUNO", None)] == ["RUS", None, "IGOUNO", None]
