"""The training bundle of the sentence encoder: what `prepare` writes and `train` reads.

numpy only (no torch, no newsdesk imports beyond this package), so the GPU machine can read
it with nothing of the repository's dependencies installed. A bundle is a folder:

- `tasks.json`: one entry per task: name, kind ("binary" | "multiclass" | "tokens"), label
  names, metric, source names, rows;
- `data.npz`: per task `<t>.ids` (uint16, every row's word-piece ids one after another, [CLS]
  and [SEP] included, at most MAX_TOKENS per row), `<t>.offsets` (int64, rows + 1), `<t>.label`
  (int16, rows), `<t>.test` (bool: internal test part), `<t>.group` (uint32: a hash of the CV
  group, so fold = group % k), `<t>.source` (int8 index into the task's sources), `<t>.scored`
  (bool: counts in the task's score; auxiliary training rows do not);
- `base.npz`: the base model's weights in encoder_graph's layout (dense weights as (in, out),
  query/key/value side by side), float16;
- `tokenizer.json`: the WordPiece tokenizer (ends up in the ONNX file's metadata).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MAX_TOKENS = 128  # word pieces per sentence, [CLS] and [SEP] included; the runtime cuts there


@dataclass
class Task:
    """One task's rows. `ids[i]` is row i's word pieces; arrays have one entry per row."""

    name: str
    kind: str                      # "binary" | "multiclass"
    labels: list[str]              # label names; binary: [negative, positive]
    metric: str                    # "macro_f1" | "f1_pos" | "accuracy"
    sources: list[str]
    ids: list[np.ndarray]
    label: np.ndarray
    test: np.ndarray
    group: np.ndarray
    source: np.ndarray
    scored: np.ndarray
    meta: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    def subset(self, rows: np.ndarray) -> "Task":
        rows = np.asarray(rows, dtype=np.int64)
        return Task(self.name, self.kind, self.labels, self.metric, self.sources,
                    [self.ids[i] for i in rows], self.label[rows], self.test[rows],
                    self.group[rows], self.source[rows], self.scored[rows], dict(self.meta))


def group_hash(key: str) -> int:
    """A stable 32-bit hash of a CV group key (folds are `hash % k`, the same on every
    machine and in every task, so one BABE article is in the same fold for every head)."""
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:4], "big")


def write_bundle(folder: Path, tasks: list[Task], base: dict[str, np.ndarray],
                 tokenizer_json: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    arrays, spec = {}, []
    for t in tasks:
        lengths = np.array([len(x) for x in t.ids], dtype=np.int64)
        arrays[f"{t.name}.ids"] = (np.concatenate(t.ids).astype(np.uint16) if len(t.ids)
                                   else np.zeros(0, np.uint16))
        arrays[f"{t.name}.offsets"] = np.concatenate([[0], np.cumsum(lengths)])
        arrays[f"{t.name}.label"] = t.label.astype(np.int16)
        arrays[f"{t.name}.test"] = t.test.astype(bool)
        arrays[f"{t.name}.group"] = t.group.astype(np.uint32)
        arrays[f"{t.name}.source"] = t.source.astype(np.int8)
        arrays[f"{t.name}.scored"] = t.scored.astype(bool)
        spec.append({"name": t.name, "kind": t.kind, "labels": t.labels, "metric": t.metric,
                     "sources": t.sources, "rows": len(t), "meta": t.meta})
    np.savez_compressed(folder / "data.npz", **arrays)
    np.savez(folder / "base.npz", **{k: v.astype(np.float16) for k, v in base.items()})
    (folder / "tasks.json").write_text(json.dumps(spec, indent=1), encoding="utf-8")
    (folder / "tokenizer.json").write_text(tokenizer_json, encoding="utf-8")


def read_tasks(folder: Path) -> list[Task]:
    spec = json.loads((folder / "tasks.json").read_text(encoding="utf-8"))
    data = np.load(folder / "data.npz")
    tasks = []
    for s in spec:
        n = s["name"]
        flat, off = data[f"{n}.ids"].astype(np.int64), data[f"{n}.offsets"]
        ids = [flat[off[i]:off[i + 1]] for i in range(len(off) - 1)]
        tasks.append(Task(n, s["kind"], s["labels"], s["metric"], s["sources"], ids,
                          data[f"{n}.label"].astype(np.int64), data[f"{n}.test"],
                          data[f"{n}.group"].astype(np.int64), data[f"{n}.source"],
                          data[f"{n}.scored"], s.get("meta", {})))
    return tasks


def read_base(folder: Path) -> dict[str, np.ndarray]:
    """The base weights as float32 arrays."""
    with np.load(folder / "base.npz") as f:
        return {k: f[k].astype(np.float32) for k in f.files}


def layout_from_bert(state: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """A Hugging Face BertModel state dict (names as in model.safetensors, no "bert."
    prefix) in encoder_graph's layout: dense weights transposed to (in, out), query/key/value
    concatenated along the output axis, token type 0 only."""
    def get(name: str) -> np.ndarray:
        return np.asarray(state[name], dtype=np.float32)

    e = "embeddings."
    w = {"emb.word": get(e + "word_embeddings.weight"),
         "emb.position": get(e + "position_embeddings.weight"),
         "emb.type": get(e + "token_type_embeddings.weight")[0],
         "emb.ln.w": get(e + "LayerNorm.weight"), "emb.ln.b": get(e + "LayerNorm.bias")}
    i = 0
    while f"encoder.layer.{i}.attention.self.query.weight" in state:
        s, p = f"encoder.layer.{i}.", f"layer{i}."
        qkv = [s + f"attention.self.{m}" for m in ("query", "key", "value")]
        w[p + "qkv.w"] = np.concatenate([get(m + ".weight").T for m in qkv], axis=1)
        w[p + "qkv.b"] = np.concatenate([get(m + ".bias") for m in qkv])
        w[p + "out.w"] = get(s + "attention.output.dense.weight").T
        w[p + "out.b"] = get(s + "attention.output.dense.bias")
        w[p + "ln1.w"] = get(s + "attention.output.LayerNorm.weight")
        w[p + "ln1.b"] = get(s + "attention.output.LayerNorm.bias")
        w[p + "ffn1.w"] = get(s + "intermediate.dense.weight").T
        w[p + "ffn1.b"] = get(s + "intermediate.dense.bias")
        w[p + "ffn2.w"] = get(s + "output.dense.weight").T
        w[p + "ffn2.b"] = get(s + "output.dense.bias")
        w[p + "ln2.w"] = get(s + "output.LayerNorm.weight")
        w[p + "ln2.b"] = get(s + "output.LayerNorm.bias")
        i += 1
    return w


def layer_count(weights: dict[str, np.ndarray]) -> int:
    return sum(k.endswith(".qkv.w") for k in weights)
