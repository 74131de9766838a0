"""Eval gate: "same story" pairwise scores.

BASIL (measured 2026-11-28: F1 0.960, P 0.983, R 0.939; 2015-2019, held apart while choosing
thresholds: F1 0.965; 2026-12-01 with the specifics of corpus.stories: F1 0.963, 2010-2014
0.941, 2015-2019 0.980). ECB+ internal test, where each topic holds two happenings of one
kind (measured 2026-12-01: pairwise F1 0.864, BCubed F1 0.934; 0.821 / 0.910 before the
specifics; 2026-12-02: 0.899 / 0.947, precision 0.936, with one name written two ways one
specific: "New Zealand's" / "New Zealand", "Mt Cook" / "Mount Cook")."""
from newsdesk.evaluate import evaluate

from conftest import assert_floors, gold


def test_basil_story_grouping():
    scores = evaluate("stories", gold("corpora/basil"))
    assert scores["articles"] == 180 and scores["events"] == 60
    assert_floors(scores, {"f1": 0.94, "precision": 0.96, "recall": 0.92,
                           "test_2015_2019_f1": 0.94, "dev_2010_2014_f1": 0.93})


def test_ecbplus_story_grouping_keeps_the_two_happenings_of_a_topic_apart():
    scores = evaluate("stories", gold("ecbplus"), part="test")
    assert scores["articles"] == 69
    assert_floors(scores, {"f1": 0.89, "bcubed_f1": 0.94, "precision": 0.93})


def test_ecbplus_merged_events_hold_on_all_public_topics():
    """Pairs of coded event mentions in different articles that the product merges, against
    the gold instances. All public topics (the test part alone holds 2 gold pairs), so this is
    a guard against losing what the learn part gained, not a held-out score. Measured
    2026-12-01 with `newsdesk eval merge --data ../shared/data/ecbplus --part all`: precision
    0.848, recall 0.694 over 193 gold pairs (0.855 / 0.535 over 187 the day before, without
    the capture rules: people captured by police or soldiers are arrests, 173, like the
    reports that say "arrested"; "drug lord"-like compound phrases are actors; outlaws a
    military acts on take no country from a clause on them or where it happens). 2026-12-02:
    0.845 / 0.876 (a report naming the victims by their sector alone joins a group of its story
    where some report names that sector with a country, merge.parties_fit; under root 17 the
    three-digit code is the act, so an arrest and goods seized in one sentence stay two); after
    the session's event rules (victims of a state's force, civilian nouns): 0.844 / 0.862 over
    188 coded gold pairs; session 14 (going back is no return of persons, 084): 0.862 / 0.862."""
    scores = evaluate("merge", gold("ecbplus"), part="all")
    assert scores["gold_pairs_coded"] >= 150
    assert_floors(scores, {"precision": 0.88, "recall": 0.86})
