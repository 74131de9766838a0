"""training/voice_checkworthy.py without torch: reading the shipped encoder back, the token
vectors it starts from, and the choice of the blend. (Its torch layers are checked against the
ONNX file by the script itself before it trains: check_mirror.)"""
from __future__ import annotations

import numpy as np
import pytest

from newsdesk.stages.voice.encoder import SentenceEncoder, load_encoder
from newsdesk.stages.voice.features import MODELS_DIR

onnx = pytest.importorskip("onnx")  # the test extra: training/encoder_graph writes ONNX

from newsdesk.training.encoder_graph import build_model  # noqa: E402
from newsdesk.training.voice_checkworthy import choose_blend, layer_inputs, read_weights  # noqa: E402

SENTENCES = ["The senator said taxes rose by 40 percent under the last government.",
             "What a wonderful evening this has been.",
             "Turnout was 61 percent."]


@pytest.fixture(scope="module")
def shipped():
    return onnx.load(str(MODELS_DIR / "voice_encoder.onnx"))


def test_weights_read_back_rebuild_the_same_encoder(shipped, tmp_path):
    weights, header, tokenizer = read_weights(shipped)
    assert header["heads"] == load_encoder().heads
    path = tmp_path / "rebuilt.onnx"
    onnx.save(build_model(weights, header, tokenizer), str(path))
    rebuilt, original = SentenceEncoder(path).proba(SENTENCES), load_encoder().proba(SENTENCES)
    for head in header["heads"]:
        assert np.allclose(rebuilt[head], original[head], atol=1e-6), head


def test_layer_inputs_after_the_last_layer_give_the_heads_their_vector(shipped):
    """The vectors entering layer L are those the graph computes: past the last layer, their
    mean through each head is the encoder's own probability."""
    weights, header, _ = read_weights(shipped)
    states = layer_inputs(shipped, int(header["layers"]), SENTENCES)
    assert [s.shape[1] for s in states] == [weights["emb.word"].shape[1]] * len(SENTENCES)
    want = load_encoder().proba(SENTENCES)
    for head in header["heads"]:
        got = [1 / (1 + np.exp(-(s.astype(np.float32).mean(0) @ weights[f"head.{head}.w"]
                                 + weights[f"head.{head}.b"]))) for s in states]
        assert np.allclose(got, want[head], atol=2e-3), head


def test_blend_weight_follows_the_model_that_separates_the_classes():
    rng = np.random.default_rng(3)
    gold = rng.integers(0, 2, 400)
    sharp = np.clip(gold * 0.4 + rng.normal(0.3, 0.15, 400), 0, 1)  # right on ~90 %
    noise = rng.random(400)
    assert choose_blend(sharp, noise, gold)["encoder_weight"] >= 0.8
    assert choose_blend(noise, sharp, gold)["encoder_weight"] <= 0.2
    assert choose_blend(sharp, noise, gold)["f1"] > 0.8
