"""Train the event heads of the shared sentence encoder: one MiniLM fine-tuned on this
machine's CPU with two heads, `cameo5` (ConfliBERT's 5 classes) and `plover` (16 PLOVER types).

    python -m newsdesk.training.events [--out DIR] [--work DIR]   (or: python -m newsdesk.training events)

Data, learn parts only (sentence_encoder_data): ../shared/data/events/
conflibert_cameo_class_train.tsv (sentence, class 0-4; the internal test part keyed by index,
as evaluate.cameo5 keys it) for `cameo5`; for `plover` the first sentence of each NGEC
synthetic story (silver, its label) and the PLOVER GSR gold sentences (keyed by record id, as
evaluate.events keys them). Steps, all from training/sentence_encoder.py: `prepare` a bundle
of the two tasks; `train --holdout` (one multi-task fine-tune on four fifths of each task's
learn part, grouped by sentence text / story title template / record id; the fifth calibrates
each head's temperature); `build` the ONNX files and score them on the
internal test part; ship the int8 file where its accuracy holds within 0.01 of the float16
file's, else the float16 one, with `sentence_heads.npz` (stages/encoder.py loads them).

Why a fine-tuned encoder and not the tf-idf + logistic regression it replaced: internal test
0.918 alone (tf-idf 0.832), and on sentences unlike ConfliBERT's (the 162 event sentences of
one 5-class group in the 20 hand-coded real articles) right on 0.33 of them (tf-idf 0.24);
lexicon + classifier 0.38 there (tf-idf 0.33). Six layers did better there (0.38 alone) and
worse on the internal test (0.86), at three times the cost. Measured 2026-12-01.

With the plover head (measured 2026-12-03; the fine-tune 1,297 s on 2 cores shared with
another job, the whole trainer 1,331 s): cameo5 internal test 0.928 alone (0.918 before);
plover on the calibration fifth 0.400 (NGEC silver 0.391, GSR gold 0.615 on 26 sentences),
on the internal test part 0.438 (NGEC 0.433, GSR 0.606 on 33). The int8 file lost 0.014 on
cameo5, so the float16 one ships. Alone the head is no match for the rules on GSR (0.85-0.89
there); stages/events/learned.py uses it only to overrule a rule type it finds very unlikely.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from . import sentence_encoder as se

MODELS = Path(__file__).resolve().parents[1] / "models"
SHIPPED = ("sentence_encoder.onnx", "sentence_encoder.int8.onnx", "sentence_heads.npz")
# Two of MiniLM's six layers: a third of the run-time cost, which the events stage can afford
# on every sentence it codes (six layers cost it 8 s on bench/throughput.py's 40 articles).
# A shallower encoder needs a larger step and more epochs to learn the task: 2 layers, 4
# epochs at 8e-5 reached 0.65 internal test, 10 epochs at 1.5e-4 0.91 (measured 2026-12-01
# with a model on the whole learn part; about 13 s an epoch on 2 cores; one layer: 0.85).
# The plover task has 2,900 training rows: `--cap` draws 1,500 of them afresh each epoch, so
# an epoch costs about three cameo5 ones (75 steps, 110-145 s on 2 busy cores: 22 minutes).
TASKS = ("cameo5", "plover")
TRAIN_ARGS = ["--holdout", "--layers", "2", "--epochs", "10", "--batch", "32", "--lr", "1.5e-4",
              "--bucket", "8", "--cap", "1500"]


def ship(built: Path, out: Path) -> str:
    """Copy the encoder file that ships (int8 where it holds) and the heads into `out`;
    remove the other encoder file there. Returns the file name shipped."""
    holds = json.loads((built / "scores_here.json").read_text(encoding="utf-8"))["int8_holds"]
    keep = "sentence_encoder.int8.onnx" if holds else "sentence_encoder.onnx"
    out.mkdir(parents=True, exist_ok=True)
    for name in SHIPPED[:2]:
        (out / name).unlink(missing_ok=True)
    for name in (keep, "sentence_heads.npz"):
        shutil.copy2(built / name, out / name)
    return keep


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODELS, help="folder for the model files")
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the bundle and the trained files (default: a temporary one)")
    args = parser.parse_args(argv or [])
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        bundle, trained, built = work / "bundle", work / "trained", work / "built"
        se.prepare(bundle, None, TASKS)
        se.main(["train", "--bundle", str(bundle), "--out", str(trained), *TRAIN_ARGS])
        se.main(["build", "--bundle", str(bundle), "--trained", str(trained), "--out", str(built)])
        scores = json.loads((built / "scores_here.json").read_text(encoding="utf-8"))
        for name in TASKS:
            print(f"internal test, {name} head alone:",
                  {v: s[name] for v, s in scores.items() if isinstance(s, dict)})
        keep = ship(built, args.out)
    print(f"wrote {args.out / keep} and sentence_heads.npz ({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main(sys.argv[1:])
