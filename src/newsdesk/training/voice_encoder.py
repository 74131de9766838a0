"""Train the voice stage's encoder (`python -m newsdesk.training voice_encoder`).

The shared sentence encoder's multi-task fine-tune (training/sentence_encoder.py), shipped
with its three voice heads and the blends with the linear models. Steps:
1. `prepare` a bundle of the six tasks (subjectivity, bias, checkworthy, cameo5, plover,
   event) from ../shared/data: learn and internal-test parts fixed by hash (evaluate.split);
2. `train`: all six layers of all-MiniLM-L6-v2, one head per task, grouped 5-fold CV on the
   learn part (OOF logits; each head's Platt calibration and threshold fitted on them), then
   one model on the whole learn part, 4 epochs, batch 32, lr 5e-5, bf16 on a GPU;
3. `build` the ONNX file here (float16 weights; the int8 copy lost 0.01 on BIASED, so it does
   not ship) and score it on the internal test parts;
4. training/voice_blend.py: the SUBJ and check-worthiness blends with the linear models
   (their recipes refitted in each fold), chosen out of fold;
5. ship models/voice_encoder.onnx, voice_heads.npz (the subjectivity, bias and checkworthy
   heads) and voice_blend.json;
6. training/voice_loaded.py adds the `loaded` head (loaded words, on the shipped file's word
   vectors) to voice_heads.npz.

Step 2 needs a GPU to be practical: on one NVIDIA H200 it took 325 s (five folds and the
final model, 4 x ~640 steps each, ~12 s an epoch; measured 2026-12-04). On 2 CPU cores a
step costs 2-5 s, so the same run would take about a day: without a GPU this trainer keeps
the shipped files and says so (`make models` rebuilds the other models), unless `--cpu` asks
for the day-long run. `--trained DIR` ships from a `train` output made elsewhere
(`sentence_encoder.py train --bundle B --out DIR`, its docstring says how to run it on a GPU
machine from the bundle alone).

Scores of what ships (2026-12-04). CV on the learn part (5 grouped folds, each fold's
calibration and threshold from the other folds): subjectivity macro-F1 0.741, bias 0.772,
check-worthy F1(Yes) 0.745, cameo5 0.866, PLOVER type 0.450, event F1 0.658. Internal test,
the head alone: subjectivity 0.751 (226), bias 0.762 (355), check-worthy 0.758 (4,627),
cameo5 0.896 (279), PLOVER 0.479 (1,041), event 0.78 (81). The stage as `newsdesk eval`
scores it: see tests/gold/test_voice_gold.py.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from . import sentence_encoder as se
from . import voice_blend, voice_loaded
from .sentence_encoder_export import read_heads, write_heads

MODELS = Path(__file__).resolve().parents[1] / "models"
VOICE_HEADS = ("subjectivity", "bias", "checkworthy")  # stages/voice/encoder.py reads these
TRAIN_ARGS = ["--folds", "5", "--epochs", "4", "--batch", "32", "--lr", "5e-5"]


def ship(built: Path, blend_dir: Path, out: Path) -> None:
    """Copy the float16 encoder, its voice heads and the blend file (from `blend_dir`) into
    `out`. The cameo5, PLOVER and event heads trained beside them are left out: no stage
    reads them from this file (stages/encoder.py says why)."""
    import json

    import numpy as np

    heads = read_heads(built / "sentence_heads.npz")
    with np.load(built / "sentence_heads.npz", allow_pickle=False) as f:
        meta = json.loads(str(f["meta"]))
    meta["scores"] = {n: s for n, s in meta.get("scores", {}).items() if n in VOICE_HEADS}
    out.mkdir(parents=True, exist_ok=True)
    write_heads(out / "voice_heads.npz", {n: heads[n] for n in VOICE_HEADS}, meta)
    shutil.copy2(built / "sentence_encoder.onnx", out / "voice_encoder.onnx")
    shutil.copy2(blend_dir / voice_blend.BLEND_FILE, out / voice_blend.BLEND_FILE)


def _has_gpu() -> bool:
    """Can torch ([train] extra) fine-tune on a CUDA device here?"""
    try:
        import torch  # heavy, training only
    except ImportError:
        return False
    return bool(torch.cuda.is_available())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODELS, help="folder for the model files")
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the bundle and the built files (default: a temporary one)")
    parser.add_argument("--trained", type=Path, default=None,
                        help="a `sentence_encoder train` output to ship (skips training)")
    parser.add_argument("--cpu", action="store_true",
                        help="fine-tune even without a GPU (8-24 hours on CPU cores)")
    args = parser.parse_args(argv or [])
    if args.trained is None and not args.cpu and not _has_gpu():
        # `make models` on a laptop or CI: rebuild the rest, keep the shipped encoder, and
        # say how to rebuild it rather than start a day-long run nobody asked for
        print(f"no GPU: the voice encoder files in {args.out} are left as they are. To "
              "rebuild them: run "
              "`sentence_encoder.py train` on a GPU machine and pass its output with "
              "--trained DIR (this module's note), or pass --cpu to fine-tune here "
              "(8-24 hours).", flush=True)
        return
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        bundle, built = work / "bundle", work / "built"
        trained = args.trained or work / "trained"
        se.prepare(bundle, None)
        if args.trained is None:
            se.main(["train", "--bundle", str(bundle), "--out", str(trained), *TRAIN_ARGS])
        se.main(["build", "--bundle", str(bundle), "--trained", str(trained), "--out", str(built)])
        voice_blend.main(["--trained", str(trained), "--out", str(work)])
        ship(built, work, args.out)
        voice_loaded.main(["--encoder", str(args.out / "voice_encoder.onnx"),
                           "--heads", str(args.out / "voice_heads.npz")])
    print(f"wrote voice_encoder.onnx, voice_heads.npz and {voice_blend.BLEND_FILE} to "
          f"{args.out} ({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main(sys.argv[1:])
