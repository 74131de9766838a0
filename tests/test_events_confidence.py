"""An event's `confidence` is the learned chance it is coded right (stages/events/confidence.py),
read from the finished event record (its `evidence_score` among it), never from the text's
words; within 0.05-0.95; statements and appeals (roots 01, 02), which it never learnt, keep the
rules' evidence score. The shipped model matches the code's feature set. Articles written for
this test."""
from __future__ import annotations

import json
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
def doc():
    return Pipeline().run(Document(text=ARTICLE, meta=Meta(published="2024-05-13")))


def test_the_shipped_model_was_built_for_these_features():
    written = json.loads(confidence.MODEL_PATH.read_text(encoding="utf-8"))
    assert written["features_version"] == confidence.FEATURES_VERSION, \
        "features changed since the model was built: run `make models`"
    assert confidence.shipped_model() is not None


def test_confidence_is_learned_and_bounded_and_the_evidence_score_kept(doc):
    listed = [e for e in doc.events if e.cameo[:2] not in confidence.UNLISTED_ROOTS]
    assert listed
    model = confidence.shipped_model()
    for event in listed:
        assert confidence.LOW <= event.confidence <= confidence.HIGH
        want = confidence.probability(model, confidence.features(asdict(event),
                                                                 len(doc.sentences)))
        assert event.confidence == round(min(max(want, confidence.LOW), confidence.HIGH), 2)
        assert 0 < event.evidence_score <= 1
    for event in doc.events:
        if event.cameo[:2] in confidence.UNLISTED_ROOTS:
            assert event.confidence == event.evidence_score


def test_features_are_the_records_not_the_words(doc):
    words = {w.lower().strip(".,") for w in ARTICLE.split()}
    for event in doc.events:
        names = confidence.features(asdict(event), len(doc.sentences))
        values = {n.split("=", 1)[1].lower() for n in names if "=" in n}
        assert not values & words, values & words


def test_a_lede_act_with_both_parties_is_surer_than_an_undone_one_with_no_target():
    model = confidence.shipped_model()
    lede = {"cameo": "195", "modality": "asserted", "background": False, "sentence": 0,
            "plover": {"event": "ASSAULT"}, "time": {"relation": "present"},
            "evidence_score": 0.9,
            "source_actor": {"code": "RUSMIL", "country": "RUS", "sector": "MIL",
                             "entity": "e1"},
            "target_actor": {"code": "UKR", "country": "UKR", "sector": None, "entity": "e2"}}
    undone = dict(lede, modality="hypothetical", sentence=7, evidence_score=0.5,
                  attributed_to="q3", target_actor=None,
                  source_actor={"code": "GOV", "country": None, "sector": "GOV"})
    sure = confidence.probability(model, confidence.features(lede, 8))
    unsure = confidence.probability(model, confidence.features(undone, 8))
    assert sure > 0.5 > unsure, (sure, unsure)
