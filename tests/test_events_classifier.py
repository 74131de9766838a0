"""The shipped 5-class CAMEO sentence classifier (the encoder's cameo5 head) on sentences
written for this test, not taken from ConfliBERT."""
from __future__ import annotations

import numpy as np

from newsdesk.stages.events import classifier

# (sentence, class): 0 statement/appeal, 1 verbal cooperation, 2 material cooperation,
# 3 verbal conflict, 4 material conflict. Written 2026-12-01 before the model was scored.
SENTENCES = [
    ("The farmers' union called on the government to lower the tax on diesel.", 0),
    ("The foreign ministry issued a statement on the upcoming elections in the region.", 0),
    ("The two presidents agreed to hold talks on trade next month.", 1),
    ("Kenya praised Ethiopia for its role in the peace process.", 1),
    ("Japan delivered 40 tonnes of food and medicine to the flooded provinces of Pakistan.", 2),
    ("The rebels released twelve hostages after the mediation of Qatar.", 2),
    ("Venezuela accused Colombia of sheltering armed groups near the border.", 3),
    ("The opposition leader rejected the government's offer of a referendum.", 3),
    ("Soldiers opened fire on protesters in the capital, killing at least nine.", 4),
    ("Police arrested forty people after clashes outside the parliament.", 4),
]


def test_the_package_ships_the_classifier():
    assert classifier.available()


def test_new_sentences_of_each_class():
    probs = classifier.text_probabilities([s for s, _ in SENTENCES])
    assert probs.shape == (len(SENTENCES), 5)
    assert np.allclose(probs.sum(1), 1.0, atol=1e-4)
    right = [int(p.argmax()) == c for p, (_, c) in zip(probs, SENTENCES)]
    # the internal test part scores about 0.8 alone: 8 of these 10 at least
    assert sum(right) >= 8, [s for (s, _), r in zip(SENTENCES, right) if not r]


# PLOVER's 16 event types (the PLOVER manual), as the head names them
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"}


def test_the_shipped_encoder_has_the_plover_head_beside_cameo5():
    from newsdesk.stages.encoder import load_encoder

    heads = load_encoder().heads
    assert heads["cameo5"].kind == "multiclass" and len(heads["cameo5"].labels) == 5
    plover = heads["plover"]
    assert plover.kind == "multiclass"
    assert set(plover.labels) == PLOVER_TYPES and len(plover.labels) == 16
    assert plover.W.shape == (load_encoder().width, 16)
    assert plover.temperature > 0
