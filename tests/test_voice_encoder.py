"""The voice stage's encoder (the default; `--voice-model linear` leaves it out): the ONNX
graph, the onnxruntime wrapper and the stage wiring. Its scores on gold data are gated in
tests/gold/test_voice_gold.py."""
from __future__ import annotations

import numpy as np
import pytest
from scipy.special import erf

from newsdesk import Options, Pipeline, nlp, to_record
from newsdesk.model import Document
from newsdesk.nlp import fill_from_parse
from newsdesk.stages import default_stages
from newsdesk.stages.voice import voice, voice_linear
from newsdesk.stages.voice.encoder import SentenceEncoder, load_encoder

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


def _reference_proba(w: dict, heads: int, ids: list[int]) -> np.ndarray:
    """The same BERT forward pass written out plainly in numpy (exact GELU), for one
    unpadded sentence: what the ONNX graph must compute."""

    def norm(x, g, b):
        mu, var = x.mean(-1, keepdims=True), x.var(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + 1e-12) * g + b

    n, d = len(ids), w["emb.word"].shape[1]
    dh = d // heads
    x = norm(w["emb.word"][ids] + w["emb.position"][:n] + w["emb.type"],
             w["emb.ln.w"], w["emb.ln.b"])
    for i in range(sum(k.endswith("qkv.w") for k in w)):
        p = f"layer{i}."
        q, k, v = np.split(x @ w[p + "qkv.w"] + w[p + "qkv.b"], 3, axis=-1)
        context = []
        for h in range(heads):
            cols = slice(h * dh, (h + 1) * dh)
            a = q[:, cols] @ k[:, cols].T / np.sqrt(dh)
            a = np.exp(a - a.max(-1, keepdims=True))
            context.append((a / a.sum(-1, keepdims=True)) @ v[:, cols])
        x = norm(x + np.concatenate(context, -1) @ w[p + "out.w"] + w[p + "out.b"],
                 w[p + "ln1.w"], w[p + "ln1.b"])
        inner = x @ w[p + "ffn1.w"] + w[p + "ffn1.b"]
        inner = 0.5 * inner * (1 + erf(inner / np.sqrt(2)))
        x = norm(x + inner @ w[p + "ffn2.w"] + w[p + "ffn2.b"], w[p + "ln2.w"], w[p + "ln2.b"])
    pooled = x.mean(0)
    return np.array([1 / (1 + np.exp(-(pooled @ w[f"head.{t}.w"] + w[f"head.{t}.b"])))
                     for t in ("subjectivity", "bias")])


def test_onnx_graph_computes_the_bert_forward_pass(tmp_path):
    """A tiny random 2-layer model written by training/encoder_graph scores sentences as the
    plain numpy forward pass does, padded in a batch or not (float16 storage aside)."""
    onnx = pytest.importorskip("onnx")
    # here, not at the top: it needs onnx, an optional (test extra) dependency
    from newsdesk.training.encoder_graph import build_model

    rng = np.random.default_rng(7)
    d, ffn, heads, vocab = 16, 32, 4, 50
    shapes = {"emb.word": (vocab, d), "emb.position": (64, d), "emb.type": (d,),
              "emb.ln.w": (d,), "emb.ln.b": (d,)}
    for i in range(2):
        p = f"layer{i}."
        shapes.update({p + "qkv.w": (d, 3 * d), p + "qkv.b": (3 * d,), p + "out.w": (d, d),
                       p + "out.b": (d,), p + "ln1.w": (d,), p + "ln1.b": (d,),
                       p + "ffn1.w": (d, ffn), p + "ffn1.b": (ffn,), p + "ffn2.w": (ffn, d),
                       p + "ffn2.b": (d,), p + "ln2.w": (d,), p + "ln2.b": (d,)})
    for t in ("subjectivity", "bias"):
        shapes.update({f"head.{t}.w": (d,), f"head.{t}.b": ()})
    # round through float16 first: the file stores float16, the reference should use the same
    w = {k: rng.normal(0, 0.5, s).astype(np.float16).astype(np.float32)
         for k, s in shapes.items()}
    header = {"heads": ["subjectivity", "bias"], "layers": 2, "attention_heads": heads}
    # the test feeds word-piece ids (below `vocab`) to _run; the file still needs a tokenizer
    tokenizer = load_encoder().tokenizer.to_str()
    encoder_path = tmp_path / "tiny.onnx"
    onnx.save(build_model(w, header, tokenizer), str(encoder_path))
    tiny = SentenceEncoder(encoder_path)
    sentences = [[1, 5, 9, 2], [1, 7, 3, 4, 8, 11, 12, 2], [1, 2]]
    batched = tiny._run(sentences)
    for row, ids in enumerate(sentences):
        expected = _reference_proba(w, heads, ids)
        assert np.allclose(batched[row], expected, atol=2e-4), (ids, batched[row], expected)
        assert np.allclose(tiny._run([ids])[0], expected, atol=2e-4)
    assert tiny.heads == ["subjectivity", "bias"]


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
    texts = VERDICTS + REPORTS
    alone = {t: encoder.proba([t]) for t in texts + [QUOTED]}
    encoder.prefetch(texts)
    got = encoder.proba([REPORTS[0], QUOTED, VERDICTS[1]])
    for head in encoder.heads:
        want = [alone[t][head][0] for t in (REPORTS[0], QUOTED, VERDICTS[1])]
        assert np.allclose(got[head], want, atol=1e-4), head
    empty = encoder.proba([])
    assert all(v.shape == (0,) for v in empty.values())


def test_the_subjectivity_blend_comes_from_the_encoder_header():
    """One weight and threshold, in the shipped file's header: the blend puts its threshold on
    0.5 and keeps the order of the scores."""
    from newsdesk.stages.voice import blend_subjectivity

    header = load_encoder().header
    w, t = header["subjectivity"]["encoder_weight"], header["subjectivity"]["threshold"]
    assert 0.0 <= w <= 1.0 and 0.0 < t < 1.0
    linear = np.array([0.0, t, 0.2, 0.9, 1.0])
    encoder = np.array([0.0, t, 0.6, 0.1, 1.0])
    p = blend_subjectivity(linear, encoder, header)
    assert p[0] == 0.0 and p[4] == 1.0 and abs(p[1] - 0.5) < 1e-9
    mixed = w * encoder + (1 - w) * linear
    assert list(np.argsort(p, kind="stable")) == list(np.argsort(mixed, kind="stable"))
    assert np.array_equal(p >= 0.5, mixed >= t)


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
    from newsdesk.training.voice_encoder import choose_subjectivity_blend

    rng = np.random.default_rng(5)
    gold = rng.integers(0, 2, 300)
    sharp = np.clip(gold * 0.4 + rng.normal(0.3, 0.15, 300), 0, 1)
    noise = rng.random(300)
    on_sharp = choose_subjectivity_blend(sharp, noise, gold)
    assert on_sharp["encoder_weight"] >= 0.8
    assert min(on_sharp["calibration"]["macro_f1_at_share"].values()) > 0.8
    assert choose_subjectivity_blend(noise, sharp, gold)["encoder_weight"] <= 0.2
