"""Cost of the shared sentence encoder per word, against spaCy's parse of the same text.

    OMP_NUM_THREADS=2 .venv/bin/python bench/encoder_speed.py [--n 20] [--models DIR] [--write]

Takes the first N articles with a text of ../shared/data/corpora/allsides_intl/articles.jsonl,
parses each with the spaCy model newsdesk uses (timed: the baseline), then encodes every
sentence of every article with stages/encoder.py (no cache: fresh documents per variant), once
with sentence_encoder.onnx (float16 storage, float32 compute) and once with
sentence_encoder.int8.onnx. Prints ms per 1,000 words (whitespace words) and each variant's
cost relative to the parse; one warm-up article first. `--models` defaults to
src/newsdesk/models, then .devbundle/out, then .devbundle/probe (the untrained-head files
time the same as trained ones). `--write` puts the table in bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, corpus_lines, machine, write_section  # noqa: E402

from newsdesk import nlp  # noqa: E402
from newsdesk.model import Document, Sentence  # noqa: E402
from newsdesk.stages.encoder import (HEADS_FILE, INT8_FILE, MODEL_FILE,  # noqa: E402
                                     MODELS_DIR, SentenceEncoder)


def model_dir(given: Path | None) -> Path:
    for folder in ([given] if given else [MODELS_DIR, ROOT / ".devbundle" / "out",
                                          ROOT / ".devbundle" / "probe"]):
        if (folder / MODEL_FILE).exists() and (folder / HEADS_FILE).exists():
            return folder
    raise SystemExit("no sentence_encoder.onnx + sentence_heads.npz found; build them with "
                     "`python -m newsdesk.training.sentence_encoder` (see its docstring)")


def fresh(docs: list[Document]) -> list[Document]:
    """Copies with the same sentences and no cached vectors."""
    out = []
    for d in docs:
        c = Document(text=d.text)
        c.sentences = [Sentence(i=s.i, start=s.start, end=s.end) for s in d.sentences]
        out.append(c)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--models", type=Path, default=None)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    folder = model_dir(args.models)
    texts = [json.loads(line)["content_original"] for line in corpus_lines(args.n + 1)]
    nlp.parsed_document(texts[0])  # warm-up: model load
    t0 = time.perf_counter()
    docs = [nlp.parsed_document(t) for t in texts[1:]]
    parse_s = time.perf_counter() - t0
    words = sum(len(d.text.split()) for d in docs)
    sentences = sum(len(d.sentences) for d in docs)
    rows = [("spaCy parse (baseline)", parse_s)]
    for name, file in (("encoder, float16 file (float32 compute)", MODEL_FILE),
                       ("encoder, int8 file", INT8_FILE)):
        if not (folder / file).exists():
            continue
        encoder = SentenceEncoder(folder / file, folder / HEADS_FILE)
        encoder.encode(fresh(docs[:1])[0])  # warm-up
        batch = fresh(docs)
        t0 = time.perf_counter()
        for d in batch:
            encoder.encode(d)
            for head in encoder.heads:  # every head: free once the vectors are there
                encoder.probabilities(d, head)
        rows.append((name, time.perf_counter() - t0))
    threads = os.environ.get("OMP_NUM_THREADS", "all cores")
    lines = [f"{machine()}; OMP_NUM_THREADS={threads}; {len(docs)} articles, {words} words, "
             f"{sentences} sentences; models from {folder}", "",
             "| what | seconds | ms / 1,000 words | x the parse |", "|---|---|---|---|"]
    for name, seconds in rows:
        lines.append(f"| {name} | {seconds:.2f} | {1000 * seconds / words * 1000:.0f} | "
                     f"{seconds / parse_s:.2f} |")
    body = "\n".join(lines)
    if args.write:
        write_section("Sentence encoder speed", body)
    else:
        print(body)


if __name__ == "__main__":
    main()
