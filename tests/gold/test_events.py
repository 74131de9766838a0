"""Eval gate for the events stage: PLOVER gold (event type, source/target country), the
ConfliBERT 5-class sentences, and our own hand-coded news sentences (triple F1)."""
from __future__ import annotations

from newsdesk.evaluate import evaluate
from newsdesk.evaluate.events import event_documents

from conftest import assert_floors, gold


def test_plover_gold_floors():
    scores = evaluate("events", gold("events/plover_gsr.json"))
    # measured on dev 2026-11-28: event 0.871, source 0.870, target 0.745; target raised
    # 2026-12-01 (counterparts from the discourse): learn 0.836, test 0.828
    assert_floors(scores, {"event_accuracy": 0.85, "source_accuracy": 0.85,
                           "target_accuracy": 0.80})


def test_plover_gold_internal_test_floors():
    """The internal test part (33 records by `id`). Measured 2026-12-01 with
    `newsdesk eval events --data ../shared/data/events/plover_gsr.json --part test`:
    event 0.818, source 0.879, target 0.724 (29 with a target); target 0.828 after the
    counterparts from the discourse (stages/events/discourse.py), same day. Event 0.848
    once the 5-class classifier left the confidence that picks the top event (same day)."""
    scores = evaluate("events", gold("events/plover_gsr.json"), part="test")
    assert scores["records"] == 33
    assert_floors(scores, {"event_accuracy": 0.84, "source_accuracy": 0.85,
                           "target_accuracy": 0.79})


def test_cameo5_internal_test_floor():
    """The shipped classifier (the encoder's cameo5 head, fine-tuned on the learn part) and
    the lexicon, on the internal test part (279 sentences). Measured 2026-12-01 with
    `newsdesk eval cameo5 --data ../shared/data/events/conflibert_cameo_class_train.tsv
    --part test`: 0.914 (lexicon alone 0.797 on its 80% share, classifier alone 0.918; the
    tf-idf classifier it replaced: 0.885 and 0.832). With the plover head trained beside it
    (2026-12-03): 0.932, classifier alone 0.928."""
    scores = evaluate("cameo5", gold("events/conflibert_cameo_class_train.tsv"), part="test")
    assert scores["records"] == 279
    assert_floors(scores, {"accuracy": 0.92, "classifier_accuracy": 0.92})


# Our own sentences in the style of wire news, coded by hand before running the system:
# (text, [(source country, target country, CAMEO root), ...]). A target of None means the
# event has no target actor.
HAND_CODED = [
    ("Russian forces shelled the Ukrainian city of Kharkiv overnight, officials said.",
     [("RUS", "UKR", "19")]),
    ("The European Union imposed new sanctions on Iran on Monday over its drone exports.",
     [("IGO", "IRN", "16")]),
    ("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo.",
     [("JPN", "KOR", "04")]),
    ("India and Pakistan agreed to restore the ceasefire along the Line of Control.",
     [("IND", "PAK", "03")]),
    ("Turkish police arrested dozens of protesters in Istanbul on Saturday.",
     [("TUR", "TUR", "17")]),
    ("The United States will provide $2 billion in military aid to Ukraine.",
     [("USA", "UKR", "07")]),
    ("China condemned the visit of the U.S. House Speaker to Taiwan.",
     [("CHN", "USA", "11")]),
    ("Israeli troops raided the Jenin refugee camp in the West Bank.",
     [("ISR", "PSE", "19")]),
    ("North Korea threatened to launch a nuclear strike against the United States.",
     [("PRK", "USA", "13")]),
    ("Germany expelled two Russian diplomats accused of spying.",
     [("DEU", "RUS", "16")]),
    ("Thousands of Kenyans demonstrated in Nairobi against rising taxes.",
     [("KEN", None, "14")]),
    # one event per party ("X met Y and Z" is two events, the CAMEO/PLOVER count, as the
    # real-news guidelines say), and the talks between the two are themselves an act: this
    # row listed only EGY-ISR before the conjunct rule (2026-12-01)
    ("Egypt hosted talks between Israel and Hamas in Cairo.",
     [("EGY", "ISR", "04"), ("EGY", "PSE", "04"), ("ISR", "PSE", "04")]),
    ("Iran rejected a French proposal to resume nuclear negotiations.",
     [("IRN", "FRA", "12")]),
    ("Saudi Arabia praised Iraq for its efforts to stabilise the region.",
     [("SAU", "IRQ", "05")]),
    ("Brazil urged Venezuela to hold free elections.",
     [("BRA", "VEN", "02")]),
    ("The Indian government demanded that Pakistan hand over the suspects.",
     [("IND", "PAK", "10")]),
    ("Polish and German officials signed a defence cooperation agreement in Warsaw.",
     [("POL", "DEU", "05")]),
    ("Syrian rebels released two Turkish journalists on Thursday.",
     [("SYR", "TUR", "08")]),
    ("French President Emmanuel Macron telephoned Chinese President Xi Jinping on Tuesday.",
     [("FRA", "CHN", "04")]),
    ("Australian police are investigating a Chinese company over alleged bribery.",
     [("AUS", "CHN", "09")]),
    ("Ethiopian soldiers clashed with Eritrean forces near the border.",
     [("ETH", "ERI", "19")]),
    ("The United Nations sent food aid to Sudan after the floods.",
     [("IGO", "SDN", "07")]),
]


def _country(actor):
    if not actor:
        return None
    return (actor.get("country") or (actor.get("code") or "")[:3] or None)


def triple_f1(predicted: list[set], expected: list[set]) -> float:
    tp = sum(len(p & e) for p, e in zip(predicted, expected))
    n_pred = sum(len(p) for p in predicted)
    n_gold = sum(len(e) for e in expected)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def test_hand_coded_news_triples():
    docs = event_documents([text for text, _ in HAND_CODED], published="2024-03-01")
    predicted = []
    for doc in docs:
        triples = set()
        for ev in doc.events:
            src, tgt = _country(ev.source_actor), _country(ev.target_actor)
            triples.add((src, tgt, ev.cameo[:2]))
        predicted.append(triples)
    expected = [set(t) for _, t in HAND_CODED]
    f1 = triple_f1(predicted, expected)
    # measured 2026-11-28: 0.95 (the one miss: a protest's place coded as its target);
    # the goal is 0.50
    assert f1 >= 0.90, (f1, list(zip(predicted, expected)))
