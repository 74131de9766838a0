"""Throughput: bare spaCy `nlp.pipe` vs the full newsdesk analysis, same texts, one process.

    .venv/bin/python bench/throughput.py [--n 120] [--profile]

(a) the spaCy model newsdesk uses, `nlp.pipe` over the clean texts (batch 32);
(b) the newsdesk analysis of the same documents: that parse plus every default stage, and the
    article records built. Goal: b/a >= 0.5 (what newsdesk adds costs at most the parse).
Both run in this one process, after a warm-up, on the first N articles with a text of
../shared/data/corpora/allsides_intl/articles.jsonl. Per-stage seconds come from the
pipeline's own timings; --profile adds a cProfile of (b) sorted by cumulative time.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import FIELDS, corpus_lines, machine, write_section  # noqa: E402

from newsdesk import Options, Pipeline, nlp, to_record  # noqa: E402
from newsdesk.options import VOICE_MODELS  # noqa: E402
from newsdesk.ingest.records import read_jsonl_lines  # noqa: E402
from newsdesk.model import Document  # noqa: E402


def documents(n: int, options: Options) -> list[Document]:
    lines = [l.encode("utf-8") for l in corpus_lines(n)]
    return [d for d in read_jsonl_lines(lines, "allsides", options) if isinstance(d, Document)]


def run(n: int = 120, profile: bool = False, write: bool = True,
        voice_model: str = Options.voice_model) -> dict:
    options = Options(quiet=True, fields=FIELDS, voice_model=voice_model)
    header = machine()
    docs = documents(n, options)
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    model = nlp.load()
    pipeline = Pipeline(options=options)
    list(pipeline.pipe(documents(4, options)))  # warm-up: models and lexicons of every stage

    t = time.perf_counter()
    for _ in model.pipe(texts, batch_size=32):
        pass
    spacy_s = time.perf_counter() - t

    prof = cProfile.Profile() if profile else None
    stage_s: dict[str, float] = {}
    voices = {"author": 0, "attributed": 0}  # sentences; the encoder reads author ones only
    t = time.perf_counter()
    if prof:
        prof.enable()
    for doc in pipeline.pipe(docs, batch_size=32):
        to_record(doc)
        for s in doc.sentences:
            voices[s.voice] = voices.get(s.voice, 0) + 1
        for name, sec in doc.timings.items():
            stage_s[name] = stage_s.get(name, 0.0) + sec
        doc.spacy = None
    if prof:
        prof.disable()
    full_s = time.perf_counter() - t

    a, b = words / spacy_s, words / full_s
    rest = full_s - sum(stage_s.values())
    stages = ", ".join(f"{k} {v:.1f} s ({v / full_s:.0%})" for k, v in stage_s.items())
    flag = "" if voice_model == Options.voice_model else f" --voice-model {voice_model}"
    body = f"""`.venv/bin/python bench/throughput.py --n {n}{flag}` — {header}.

{len(docs)} articles, {words:,} words (whitespace-separated), one process each:

| | seconds | words/s |
| --- | ---: | ---: |
| (a) bare spaCy `nlp.pipe` ({nlp.MODEL}) | {spacy_s:.1f} | {a:,.0f} |
| (b) newsdesk analysis (parse + stages + records) | {full_s:.1f} | {b:,.0f} |

**b/a = {b / a:.2f}** (goal >= 0.5; voice models: {voice_model}). Where (b)'s time goes: parse and records {rest:.1f} s
({rest / full_s:.0%}), {stages}.
Sentences: {voices['author']:,} author-voiced, {voices['attributed']:,} attributed
({voices['attributed'] / max(1, sum(voices.values())):.0%}; the encoder reads only the author-voiced).
"""
    if prof:
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(25)
        print(out.getvalue())
    if write:
        title = "Analysis throughput (bare spaCy vs newsdesk)"
        write_section(title if voice_model == Options.voice_model else f"{title}, linear voice models", body)
    else:
        print(body)
    return {"spacy_wps": a, "newsdesk_wps": b, "ratio": b / a, "stages": stage_s}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--no-write", action="store_true", help="print, do not update RESULTS.md")
    ap.add_argument("--voice-model", choices=VOICE_MODELS, default=Options.voice_model)
    args = ap.parse_args()
    run(args.n, args.profile, write=not args.no_write, voice_model=args.voice_model)
