"""An event's `confidence` is the learned chance it is right (stages/events/confidence.py):
read from the finished event record, never from the text's words; within 0.05-0.95; the rules
decide the events, the model only how sure to be. Articles written for this test."""
from __future__ import annotations

from dataclasses import asdict

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline
from newsdesk.stages.events import confidence

pytestmark = pytest.mark.skipif(not confidence.MODEL_PATH.exists(),
                                reason="event confidence model not built (make models)")

ARTICLE = ("KYIV (Reuters) - Russian forces shelled the Ukrainian city of Kharkiv on Monday, "
           "killing four civilians, the regional governor said. Ukraine's foreign ministry "
           "condemned the attack. If the strikes go on, Kyiv could ask its allies for more air "
           "defence systems, one analyst said, and some lawmakers have long urged such a step.")


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def analysed(pipe, text: str) -> Document:
    return pipe.run(Document(text=text, meta=Meta(published="2024-05-13")))


def test_the_rules_decide_the_events_and_the_model_only_their_confidence(pipe):
    with confidence.rules_only():
        rules = analysed(pipe, ARTICLE).events
    learned = analysed(pipe, ARTICLE).events
    strip = [{k: v for k, v in asdict(e).items() if k != "confidence"} for e in learned]
    assert strip == [{k: v for k, v in asdict(e).items() if k != "confidence"} for e in rules]
    assert all(confidence.LOW <= e.confidence <= confidence.HIGH for e in learned)
    assert [e.confidence for e in learned] != [e.confidence for e in rules]


def test_features_are_the_records_not_the_words(pipe):
    doc = analysed(pipe, ARTICLE)
    words = {w.lower().strip(".,") for w in ARTICLE.split()}
    for event in doc.events:
        names = confidence.features(asdict(event), len(doc.sentences))
        values = {n.split("=", 1)[1].lower() for n in names if "=" in n}
        assert not values & words, values & words


def test_a_lede_act_with_both_parties_is_surer_than_an_undone_one_with_no_target():
    model = confidence._model()
    lede = {"cameo": "195", "modality": "asserted", "background": False, "sentence": 0,
            "plover": {"event": "ASSAULT"}, "time": {"relation": "present"}, "confidence": 0.9,
            "source_actor": {"code": "RUSMIL", "country": "RUS", "sector": "MIL",
                             "entity": "e1"},
            "target_actor": {"code": "UKR", "country": "UKR", "sector": None, "entity": "e2"}}
    undone = dict(lede, modality="hypothetical", sentence=7, confidence=0.5,
                  attributed_to="q3", target_actor=None,
                  source_actor={"code": "GOV", "country": None, "sector": "GOV"})
    sure = confidence.probability(model, confidence.features(lede, 8))
    unsure = confidence.probability(model, confidence.features(undone, 8))
    assert sure > 0.5 > unsure, (sure, unsure)
