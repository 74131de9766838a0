"""Incremental corpus update on a large store: the cost of adding articles to N.

    .venv/bin/python bench/corpus_incremental.py --n 6000 --add 1 [--db /tmp/inc.duckdb]
    .venv/bin/python bench/corpus_incremental.py --store STORE [--files FILE ...]

With --store, a real analysed store (e.g. the one `bench/corpus_e2e.py --db STORE` leaves)
takes real articles instead (default: examples/*.txt), each ingested on its own (the full
analysis) and followed by an incremental update (timed); the corpus tables are brought up to
date first (a full update when they were never built).

The store is filled with N synthetic, pre-analysed records (the analysis is ingest's cost, not
the corpus update's): ~300 topics of ~20 articles over a year, each article a mix of its topic's
words and common news words, with lead entities and one or two coded events. Then a full
update (timed), then `--add` new articles (joining existing topics) with an incremental
update (timed), repeated `--repeat` times; the incremental tables' mode is checked.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from helpers.corpus import event, record  # noqa: E402  (hand-made records, as the tests use)

from newsdesk import corpus  # noqa: E402
from newsdesk.store import Store  # noqa: E402

COMMON = ("said officials government report week people country minister statement talks state "
          "president police told news people city region year month").split()
COUNTRIES = ["USA", "CHN", "RUS", "UKR", "TUR", "NGA", "PAK", "IND", "BRA", "FRA", "DEU", "GBR", "IRN", "ISR"]
ROOTS = ["01", "02", "03", "04", "05", "06", "07", "08", "11", "12", "13", "14", "17", "18", "19"]


def synthetic(n: int, seed: int = 7, start: date = date(2023, 1, 1)):
    rng = random.Random(seed)
    topics = []
    for t in range(max(n // 20, 1)):
        words = [f"t{t}w{i}" for i in range(40)]
        topics.append({"words": words, "day": start + timedelta(days=rng.randrange(365)),
                       "ents": [f"Entity {t} {i}" for i in range(3)],
                       "src": rng.choice(COUNTRIES), "tgt": rng.choice(COUNTRIES), "root": rng.choice(ROOTS)})

    def article(i: int):
        t = topics[rng.randrange(len(topics))]
        day = t["day"] + timedelta(days=rng.randrange(4))
        words = [rng.choice(t["words"]) if rng.random() < 0.5 else rng.choice(COMMON) for _ in range(160)]
        text = f"Article {i}. " + " ".join(words) + "."
        title = " ".join(rng.sample(t["words"], 6))
        events = [event(f"E{j}", cameo=t["root"] + "0", src=t["src"] + "GOV", tgt=t["tgt"],
                        date=day.isoformat()) for j in range(rng.choice((1, 2)))]
        return record(text, title, f"Outlet {rng.randrange(40)}", day.isoformat(), events, entities=t["ents"])

    return article


def on_store(db: str, files: list[str]) -> int:
    """Add `files` one by one to the analysed store `db`; time each incremental update."""
    from newsdesk import Options, ingest

    with Store(db) as store:
        first = corpus.update(store)
        print(f"store {db}: {store.counts()['articles']:,} articles; bringing the corpus tables "
              f"up to date: {first.get('mode', 'unchanged')} {first['seconds']:.1f}s")
    for path in files:
        t = time.perf_counter()
        ingest([path], db=db, options=Options(quiet=True), workers=1, update_corpus=False)
        analysed = time.perf_counter() - t
        with Store(db) as store:
            t = time.perf_counter()
            inc = corpus.update(store)
            wall = time.perf_counter() - t
            n = store.counts()["articles"]
        assert inc.get("mode") == "incremental", inc
        print(f"add {Path(path).name} to {n - 1:,}: ingest {analysed:.1f}s, corpus update "
              f"{wall:.2f}s wall ({inc['seconds']:.2f}s {inc['timings']})")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=6000)
    ap.add_argument("--add", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--db")
    ap.add_argument("--store", help="a real analysed store to add real articles to")
    ap.add_argument("--files", nargs="+", help="articles to add with --store "
                    "(default: examples/*.txt)")
    args = ap.parse_args()
    if args.store:
        examples = Path(__file__).resolve().parents[1] / "examples"
        return on_store(args.store, args.files or sorted(str(p) for p in examples.glob("*.txt")))
    db = args.db or str(Path(tempfile.mkdtemp()) / "inc.duckdb")
    make = synthetic(args.n)
    with Store(db) as store:
        t = time.perf_counter()
        store.begin()
        for i in range(args.n):
            store.write_record(make(i))
        store.commit()
        print(f"wrote {args.n} records in {time.perf_counter() - t:.1f}s")
        full = corpus.update(store, full=True)
        print(f"full update: {full['seconds']:.2f}s {full['timings']} "
              f"({full['stories']} stories, {full['merged_events']} merged events)")
        for r in range(args.repeat):
            for i in range(args.add):
                store.write_record(make(args.n + r * args.add + i))
            t = time.perf_counter()
            inc = corpus.update(store)
            wall = time.perf_counter() - t
            assert inc["mode"] == "incremental", inc
            print(f"add {args.add} to {args.n + r * args.add}: {wall:.2f}s wall "
                  f"(update {inc['seconds']:.2f}s {inc['timings']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
