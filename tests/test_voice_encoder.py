"""The voice stage's encoder (the default; `--voice-model linear` leaves it out): the shared
sentence encoder's voice heads (its ONNX graph is tested in test_sentence_encoder.py), the
blends and the stage wiring. Its scores on gold data are gated in
tests/gold/test_voice_gold.py."""
from __future__ import annotations

import numpy as np
import pytest

from newsdesk import Options, Pipeline, nlp, to_record
from newsdesk.model import Document
from newsdesk.nlp import fill_from_parse
from newsdesk.stages import default_stages
from newsdesk.stages.voice import voice, voice_linear
from newsdesk.stages.voice.encoder import load_encoder

from helpers.voice import QUOTED, REPORTS, VERDICTS, by_text

EXAMPLE_VERDICT = ("This is starting to look like a massive foreign policy failure for the "
                   "White House, which spent a year trying to keep Beijing at arm's length "
                   "from the Kremlin.")


def test_padding_does_not_change_a_sentence_score():
    """A short sentence batched with long ones (so padded) scores as it does alone: the
    attention mask and the mean over real tokens work."""
    encoder = load_encoder()
    short = "Prices rose."
    long_ones = [VERDICTS[0] * 3, REPORTS[1] * 2]
    alone = encoder.proba([short])
    batched = encoder.proba([short] + long_ones)
    for head in encoder.heads:
        assert abs(alone[head][0] - batched[head][0]) < 1e-4


def test_long_sentences_are_cut_not_refused():
    encoder = load_encoder()
    scores = encoder.proba([" ".join(["word"] * 2000), ""])
    for head in encoder.heads:
        assert scores[head].shape == (2,)
        assert np.all((scores[head] >= 0) & (scores[head] <= 1))


def test_options_pick_the_voice_stage():
    assert voice in default_stages(Options())
    assert voice in default_stages(Options(voice_model="encoder"))
    assert voice_linear in default_stages(Options(voice_model="linear"))
    with pytest.raises(ValueError):
        Options(voice_model="bert-large")


@pytest.fixture(scope="module")
def encoder_article() -> Document:
    paragraphs = [REPORTS[0], VERDICTS[0], QUOTED, REPORTS[1], EXAMPLE_VERDICT, REPORTS[2],
                  VERDICTS[2]]
    text = "\n\n".join(paragraphs)
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))
    return voice(doc)


def test_encoder_marks_verdicts_subj_and_reports_obj(encoder_article):
    sents = by_text(encoder_article)
    for text in VERDICTS[0::2] + [EXAMPLE_VERDICT]:
        assert sents[text].voice == "author"
        assert sents[text].subjectivity["label"] == "SUBJ", (text, sents[text].subjectivity)
    for text in REPORTS:
        assert sents[text].subjectivity["label"] == "OBJ", (text, sents[text].subjectivity)
    assert sents[QUOTED].voice == "attributed"


def test_encoder_reads_author_sentences_only(encoder_article):
    """Attributed sentences keep the linear models' scores; the outlet's own get the encoder
    (SUBJ, BIASED and check-worthiness all change)."""
    linear_doc = Document(text=encoder_article.text)
    fill_from_parse(linear_doc, nlp.parse(encoder_article.text))
    linear = by_text(voice_linear(linear_doc))
    for text, s in by_text(encoder_article).items():
        for key in ("subjectivity", "bias", "checkworthy"):
            same = getattr(s, key) == getattr(linear[text], key)
            assert same == (s.voice == "attributed"), (text, key, s.voice)


def test_blended_check_worthiness_keeps_the_order_and_puts_the_threshold_at_half():
    """The record reads >= 0.5 as worth checking: the blend's own threshold maps to 0.5,
    scores stay in [0, 1] and in the order of the raw blend."""
    from newsdesk.stages.voice import blend_checkworthy

    header = {"checkworthy": {"encoder_weight": 0.7, "threshold": 0.3}}
    linear = np.array([0.0, 0.2, 0.3, 0.3, 0.9, 1.0])
    encoder = np.array([0.0, 0.1, 0.3, 0.35, 0.6, 1.0])
    got = blend_checkworthy(linear, encoder, header)
    raw = 0.7 * encoder + 0.3 * linear
    assert np.all(np.diff(got) >= 0) and np.all(np.diff(raw) >= 0)
    assert got[0] == 0.0 and got[-1] == 1.0
    assert got[2] == pytest.approx(0.5)  # raw blend exactly at the threshold
    assert (got >= 0.5).tolist() == (raw >= 0.3 - 1e-12).tolist()


def test_shipped_encoder_has_a_check_worthiness_head():
    encoder = load_encoder()
    assert encoder.heads == ["subjectivity", "bias", "checkworthy"]
    blend = encoder.header["checkworthy"]
    assert 0.0 <= blend["encoder_weight"] <= 1.0 and 0.0 < blend["threshold"] < 1.0
    claim = "Unemployment fell to 3.4 percent last year, the lowest rate since 1969."
    chatter = "Thank you all so much for being here tonight."
    scores = encoder.proba([claim, chatter])["checkworthy"]
    assert scores[0] > 0.5 > scores[1], scores


def test_pipeline_with_encoder_fills_the_record():
    record = to_record(Pipeline(options=Options(voice_model="encoder", on_error="raise")).run(
        Document(text=REPORTS[0] + "\n\n" + EXAMPLE_VERDICT)))
    assert not record["errors"]
    for s in record["sentences"]:
        assert s["subjectivity"]["label"] in ("SUBJ", "OBJ")
        assert s["bias"]["label"] in ("BIASED", "NEUTRAL")


def test_prefetched_scores_are_the_scores_of_the_sentences_alone():
    """The batch hook scores many articles' sentences in one length-sorted pass; what `proba`
    then returns for a sentence is what it gives for that sentence scored on its own, and a
    sentence not prefetched is still scored."""
    encoder = load_encoder()
    encoder.prefetch([])  # nothing kept from an earlier test: each text below is scored alone
    texts = VERDICTS + REPORTS
    alone = {t: encoder.proba([t]) for t in texts + [QUOTED]}
    encoder.prefetch(texts)
    got = encoder.proba([REPORTS[0], QUOTED, VERDICTS[1]])
    for head in encoder.heads:
        want = [alone[t][head][0] for t in (REPORTS[0], QUOTED, VERDICTS[1])]
        assert np.allclose(got[head], want, atol=1e-4), head
    empty = encoder.proba([])
    assert all(v.shape == (0,) for v in empty.values())


def test_the_subjectivity_blend_comes_from_the_blend_file():
    """One weight and threshold, in the shipped blend file; the blend puts its threshold on
    0.5 and keeps the order of the scores (checked with a threshold away from 0.5)."""
    from newsdesk.stages.voice import blend_subjectivity

    shipped = load_encoder().header["subjectivity"]
    assert 0.0 <= shipped["encoder_weight"] <= 1.0 and 0.0 < shipped["threshold"] < 1.0
    w, t = 0.6, 0.35
    header = {"subjectivity": {"encoder_weight": w, "threshold": t}}
    linear = np.array([0.0, t, 0.2, 0.9, 1.0, 0.3])
    encoder = np.array([0.0, t, 0.6, 0.1, 1.0, 0.38])
    p = blend_subjectivity(linear, encoder, header)
    assert p[0] == 0.0 and p[4] == 1.0 and abs(p[1] - 0.5) < 1e-9
    mixed = w * encoder + (1 - w) * linear
    assert list(np.argsort(p, kind="stable")) == list(np.argsort(mixed, kind="stable"))
    assert np.array_equal(p >= 0.5, mixed >= t - 1e-12)
    assert p[5] < 0.5 < p[2]  # raw 0.348 falls under t = 0.35, raw 0.44 above it


def test_balanced_macro_f1_is_the_score_of_the_set_resampled():
    """Weighting each class to a share scores as the set with its SUBJ sentences repeated to
    make that share."""
    from sklearn.metrics import f1_score

    from newsdesk.evaluate.recipes import balanced_macro_f1

    gold = np.array([1] * 10 + [0] * 30)
    pred = np.array([1] * 7 + [0] * 3 + [1] * 5 + [0] * 25)
    repeated = (np.concatenate([gold[:10]] * 3 + [gold[10:]]),
                np.concatenate([pred[:10]] * 3 + [pred[10:]]))  # SUBJ share 30 / 60
    assert abs(balanced_macro_f1(gold, pred, 0.5) - f1_score(*repeated, average="macro")) < 1e-9
    assert abs(balanced_macro_f1(gold, pred, 0.25) - f1_score(gold, pred, average="macro")) < 1e-9


def test_subjectivity_blend_weight_follows_the_model_that_separates_the_classes():
    from newsdesk.training.voice_blend import choose_subjectivity_blend

    rng = np.random.default_rng(5)
    gold = rng.integers(0, 2, 300)
    sharp = np.clip(gold * 0.4 + rng.normal(0.3, 0.15, 300), 0, 1)
    noise = rng.random(300)
    on_sharp = choose_subjectivity_blend(sharp, noise, gold)
    assert on_sharp["encoder_weight"] >= 0.8
    assert min(on_sharp["calibration"]["macro_f1_at_share"].values()) > 0.8
    assert choose_subjectivity_blend(noise, sharp, gold)["encoder_weight"] <= 0.2


SLANTED = {
    "The reckless administration rammed through a disastrous bill that will gut protections "
    "for working families.": {"reckless", "disastrous"},
    "Radical leftist mobs descended on the city, terrorizing shop owners.": {"radical", "mobs"},
    "Critics slammed the senator's shameful attempt to whitewash the scandal.": {"shameful"},
}
PLAIN = ["The committee will meet on Tuesday to discuss the budget.",
         "The company reported revenue of 4 billion dollars in the third quarter."]


def test_loaded_words_come_from_the_encoders_word_vectors():
    """The `loaded` head reads each word's vector from the same pass: the slanted words of a
    writer's sentence are found, a plain report has none, and each span is a whole word."""
    encoder = load_encoder()
    texts = list(SLANTED) + PLAIN
    found = encoder.loaded(texts)
    for text, spans in zip(texts, found):
        words = {text[a:b].lower() for a, b in spans}
        assert SLANTED.get(text, set()) <= words, (text, words)
        if text in PLAIN:
            assert not words, (text, words)
        for a, b in spans:
            assert text[a:b].isalpha() and (a == 0 or not text[a - 1].isalpha())


def test_the_outlets_sentences_take_the_encoders_loaded_words():
    """Author sentences get the encoder's loaded words; a quoted one keeps the linear model's."""
    slanted = next(iter(SLANTED))
    quoted = '"This reckless plan is a disgrace," the senator said.'
    text = slanted + "\n\n" + quoted
    with_encoder, linear = Document(text=text), Document(text=text)
    for doc in (with_encoder, linear):
        fill_from_parse(doc, nlp.parse(text))
    encoder_sents = by_text(voice(with_encoder))
    linear_sents = by_text(voice_linear(linear))
    assert encoder_sents[slanted].voice == "author"
    words = {s["text"].lower() for s in encoder_sents[slanted].loaded}
    assert {"reckless", "disastrous"} <= words, words
    assert encoder_sents[quoted].voice == "attributed"
    assert encoder_sents[quoted].loaded == linear_sents[quoted].loaded


def test_checkworthy_blend_follows_the_model_that_separates_the_classes():
    from newsdesk.training.voice_blend import choose_checkworthy_blend

    rng = np.random.default_rng(11)
    gold = (rng.random(400) < 0.25).astype(int)  # CT24's share of Yes
    sharp = np.clip(gold * 0.5 + rng.normal(0.25, 0.12, 400), 0, 1)
    noise = rng.random(400)
    on_sharp = choose_checkworthy_blend(sharp, noise, gold)
    assert on_sharp["encoder_weight"] >= 0.8 and on_sharp["calibration"]["f1_yes"] > 0.85
    assert choose_checkworthy_blend(noise, sharp, gold)["encoder_weight"] <= 0.2


def test_proba_then_loaded_of_the_same_sentences_is_one_pass():
    """score_voice asks the scores, then the loaded words, of the same sentences: without a
    prefetch the second question must not run the encoder again."""
    encoder = load_encoder()
    encoder.prefetch([])
    texts = [next(iter(SLANTED)), PLAIN[0]]
    runs = encoder.encoder.runs
    encoder.proba(texts)
    after_proba = encoder.encoder.runs
    encoder.loaded(texts)
    assert after_proba > runs and encoder.encoder.runs == after_proba


def test_every_score_is_cut_at_half_whatever_the_linear_threshold(monkeypatch):
    """The record reads >= 0.5 as the positive label for every sentence, the encoder's and
    the linear models' alike: a linear model trained to another threshold has it moved to
    0.5, so a sentence is labelled the same way whichever model scored it."""
    from newsdesk.stages.voice import voice_scores
    from newsdesk.stages.voice.features import load_model

    texts = [VERDICTS[0], REPORTS[0], QUOTED, "Shame on them for this disgraceful vote.",
             "The committee met on Tuesday."]
    parses = list(nlp.parse_many(texts))
    model = load_model("subjectivity")
    raw = model.proba(texts, parses)
    ranked = np.sort(raw)
    cut = float(ranked[2] + ranked[3]) / 2  # splits these five 3 / 2
    assert (raw >= cut).tolist() != (raw >= 0.5).tolist()  # else this would test nothing
    monkeypatch.setitem(model.header, "threshold", cut)  # as a model saved with its own cut
    moved = voice_scores(texts, parses)["subjectivity"]
    assert (moved >= 0.5).tolist() == (raw >= cut).tolist()
    assert np.all(np.argsort(moved, kind="stable") == np.argsort(raw, kind="stable"))
