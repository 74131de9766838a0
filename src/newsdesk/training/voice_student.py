"""Distil the voice encoder into a 3-layer student: an experiment, not shipped
(`python -m newsdesk.training.voice_student`, about 60 min on 2 busy cores).

Why: the 6-layer voice encoder is 43 % of the analysis time (bench/throughput.py, 40 AllSides
articles; b/a 0.45 against the 0.5 goal), and 88 % of its own time is dense matrix products,
which scale with the layer count; int8 weights do not help on this CPU (measured: same speed,
and plain S8 weights lose accuracy). Half the layers is half the cost.

How (DistilBERT-style layer dropping, with the shipped model as teacher):
- the teacher is src/newsdesk/models/voice_encoder.onnx, run by onnxruntime as the stage runs it;
- the student starts as the teacher's embeddings, its first three layers and its two heads
  (dropping the top layers of a fine-tuned BERT loses less than dropping alternate ones: each
  kept layer still reads the output of the layer it was trained on);
- it learns the teacher's P(SUBJ) and P(BIASED) for every sentence of the teacher's training
  data (CheckThat! train, BABE without the held-apart fold) and STUDENT_POOL news sentences of
  the AllSides corpus (the teacher labels them), by soft binary cross-entropy on both heads;
- the word table stays frozen, as in the teacher.
It writes build/voice_student.onnx (same graph layout; the stage reads the layer count from
the header) and prints both models' dev scores. Measured 2026-12-01 (2 epochs, 7,288
sentences): 2.0x faster than the teacher (14 vs 28 ms a sentence on a loaded machine); BABE
held-apart fold bias macro-F1 0.796 (teacher 0.785); CheckThat! dev subjectivity blend 0.771
(teacher 0.790, floor 0.78), internal test part 0.754 (teacher 0.842). The subjectivity loss
keeps it out of the product: to ship a student, copy it over models/voice_encoder.onnx only
when every floor in tests/gold/test_voice_gold.py holds. Next to try: more epochs, 4 layers,
a larger pool.
Needs torch and transformers (the [train] extra).
"""
from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path

import numpy as np

from ..stages.voice import blend_subjectivity
from ..stages.voice import features as vf
from ..stages.voice.encoder import SentenceEncoder
from .voice import DATA, read_babe, read_subjectivity, parse_sentences
from .voice_encoder import HEADS, babe_held_apart, export
from .voice_teacher import MAX_TOKENS, SEED, base_dir, optimizer_for

LAYERS = 3
EPOCHS = 2
LEARNING_RATE = 1e-4
BATCH = 32
STUDENT_POOL = 5000  # unlabelled news sentences the teacher labels for the student
CORPUS = DATA / "corpora" / "allsides_intl" / "articles.jsonl"
TEACHER_PATH = vf.MODELS_DIR / "voice_encoder.onnx"
STUDENT_PATH = Path(__file__).resolve().parents[3] / "build" / "voice_student.onnx"
# a sentence ends at . ! or ? followed by space and a capital or an opening quote (rough, but
# the pool only needs plausible news sentences, not exact boundaries)
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“‘])")


def news_pool(n: int = STUDENT_POOL, seed: int = SEED) -> list[str]:
    """`n` distinct sentences of 5-70 words from the AllSides corpus, sampled with `seed`."""
    seen, pool = set(), []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("content_original") or ""
            for s in _SENTENCE_END.split(" ".join(text.split())):
                if 5 <= len(s.split()) <= 70 and s not in seen:
                    seen.add(s)
                    pool.append(s)
    random.Random(seed).shuffle(pool)
    return pool[:n]


class Student:
    """A BERT with LAYERS layers and one logistic head per voice task, initialised from the
    teacher's ONNX weights (`export()`'s layout: dense weights as (in, out), q/k/v side by
    side). Has what voice_encoder.export() reads: `encoder`, `tasks`, `heads`."""

    def __init__(self, teacher_onnx: Path, layers: int = LAYERS):
        import onnx  # optional (onnx: the test/train extras only)
        import torch  # optional (the train extra only)
        from onnx import numpy_helper
        from transformers import AutoModel, AutoTokenizer  # optional (the train extra only)

        torch.set_num_threads(2)
        torch.manual_seed(SEED)
        self.torch = torch
        self.tasks = list(HEADS)
        self.tokenizer = AutoTokenizer.from_pretrained(str(base_dir()))
        self.encoder = AutoModel.from_pretrained(str(base_dir()), num_hidden_layers=layers)
        self.heads = torch.nn.ModuleList(torch.nn.Linear(384, 1) for _ in self.tasks)
        self.dropout = torch.nn.Dropout(0.1)
        w = {i.name.removesuffix(".f16"): numpy_helper.to_array(i).astype(np.float32)
             for i in onnx.load(str(teacher_onnx)).graph.initializer}
        self._load(w)

    def _load(self, w: dict[str, np.ndarray]) -> None:
        torch = self.torch

        def put(param, value) -> None:
            with torch.no_grad():
                param.copy_(torch.from_numpy(np.ascontiguousarray(value)))

        emb = self.encoder.embeddings
        put(emb.word_embeddings.weight, w["emb.word"])
        put(emb.position_embeddings.weight, w["emb.position"])
        put(emb.token_type_embeddings.weight[0], w["emb.type"])
        put(emb.LayerNorm.weight, w["emb.ln.w"])
        put(emb.LayerNorm.bias, w["emb.ln.b"])
        for i, layer in enumerate(self.encoder.encoder.layer):
            p, att = f"layer{i}.", layer.attention
            width = w[p + "qkv.w"].shape[0]
            for j, m in enumerate((att.self.query, att.self.key, att.self.value)):
                put(m.weight, w[p + "qkv.w"][:, j * width:(j + 1) * width].T)
                put(m.bias, w[p + "qkv.b"][j * width:(j + 1) * width])
            put(att.output.dense.weight, w[p + "out.w"].T)
            put(att.output.dense.bias, w[p + "out.b"])
            put(att.output.LayerNorm.weight, w[p + "ln1.w"])
            put(att.output.LayerNorm.bias, w[p + "ln1.b"])
            put(layer.intermediate.dense.weight, w[p + "ffn1.w"].T)
            put(layer.intermediate.dense.bias, w[p + "ffn1.b"])
            put(layer.output.dense.weight, w[p + "ffn2.w"].T)
            put(layer.output.dense.bias, w[p + "ffn2.b"])
            put(layer.output.LayerNorm.weight, w[p + "ln2.w"])
            put(layer.output.LayerNorm.bias, w[p + "ln2.b"])
        for name, head in zip(self.tasks, self.heads):
            put(head.weight[0], w[f"head.{name}.w"])
            put(head.bias, w[f"head.{name}.b"].reshape(1))

    def _logits(self, texts: list[str]):
        """(batch, tasks) logits: one encoder pass feeds every head."""
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=MAX_TOKENS,
                               return_tensors="pt")
        hidden = self.encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = self.dropout((hidden * mask).sum(1) / mask.sum(1))
        return self.torch.cat([head(pooled) for head in self.heads], dim=1)

    def fit(self, texts: list[str], targets: np.ndarray, log=print) -> "Student":
        """Learn `targets` (rows x tasks, the teacher's probabilities) by soft binary
        cross-entropy; batches of similar length (little padding), in shuffled order."""
        torch = self.torch
        rng = random.Random(SEED)
        order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
        batches = [order[i:i + BATCH] for i in range(0, len(order), BATCH)]
        optimizer, schedule = optimizer_for(self, LEARNING_RATE, EPOCHS * len(batches))
        goal = torch.from_numpy(targets.astype(np.float32))
        for epoch in range(EPOCHS):
            self.encoder.train()
            self.dropout.train()
            rng.shuffle(batches)
            t0, total_loss = time.perf_counter(), 0.0
            for rows in batches:
                loss = torch.nn.functional.binary_cross_entropy_with_logits(
                    self._logits([texts[k] for k in rows]), goal[rows])
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                schedule.step()
                total_loss += loss.item()
            log(f"  student epoch {epoch + 1}/{EPOCHS}: loss {total_loss / len(batches):.4f}, "
                f"{time.perf_counter() - t0:.0f} s")
        self.encoder.eval()
        self.dropout.eval()
        return self


def main() -> None:
    import onnx  # optional (onnx: the test/train extras only)
    from sklearn.metrics import f1_score  # heavy (scikit-learn): imported on first use

    t0 = time.perf_counter()
    if not TEACHER_PATH.exists():
        raise SystemExit(f"no teacher at {TEACHER_PATH}: run `python -m newsdesk.training "
                         f"voice_encoder` first")
    STUDENT_PATH.parent.mkdir(parents=True, exist_ok=True)
    teacher = SentenceEncoder(TEACHER_PATH)
    sub_dir = DATA / "checkthat_subjectivity"
    ct_texts, _ = read_subjectivity(sub_dir / "train_en.tsv")
    babe = read_babe(DATA / "babe" / "babe_sg2.csv")
    train, held = babe_held_apart(babe)
    held_texts = {babe[i]["text"] for i in held}
    texts = list(dict.fromkeys(list(ct_texts) + [babe[i]["text"] for i in train] +
                               [s for s in news_pool() if s not in held_texts]))
    print(f"teacher labels {len(texts)} sentences", flush=True)
    p = teacher.proba(texts)
    targets = np.stack([p[t] for t in HEADS], axis=1)
    print(f"  {time.perf_counter() - t0:.0f} s", flush=True)
    student = Student(TEACHER_PATH).fit(texts, targets, log=lambda m: print(m, flush=True))
    path = STUDENT_PATH
    onnx.save(export(student), str(path))
    shipped = SentenceEncoder(path)  # score the file as written (float16 weights)

    dev_texts, dev_labels = read_subjectivity(sub_dir / "dev_en.tsv")
    linear = vf.load_model("subjectivity").proba(dev_texts, parse_sentences(dev_texts))
    gold = [int(babe[i]["label_bias"] == "Biased") for i in held]
    for name, model in (("teacher", teacher), ("student", shipped)):
        subj = blend_subjectivity(linear, model.proba(dev_texts)["subjectivity"], teacher.header)
        bias = model.proba([babe[i]["text"] for i in held])["bias"]
        print(f"{name}: subjectivity dev macro-F1 (linear + encoder) "
              f"{f1_score(dev_labels, subj >= 0.5, average='macro'):.4f}; bias macro-F1 on the "
              f"held-apart BABE fold ({len(held)} sentences) "
              f"{f1_score(gold, bias >= 0.5, average='macro'):.4f}", flush=True)
    print(f"{path} ({LAYERS} layers) {path.stat().st_size / 1e6:.1f} MB, "
          f"written in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
