"""Train the quote tagger (a linear-chain CRF over spaCy features) on PolNeAR train.

`python -m newsdesk.training quotes` writes src/newsdesk/models/quotes_crf.bin and prints the
tagger's token scores and the attribution scores on PolNeAR dev. Parsed articles are cached
under /tmp (never in the repo) so a second run skips the spaCy parse.
"""
from __future__ import annotations

import hashlib
import random
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "polnear"
CACHE = Path("/tmp/newsdesk_quotes_cache")
SEED = 13
MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "quotes_crf.bin"


def parsed_corpus(split: str, limit: int | None = None) -> list[tuple[dict, object]]:
    """[(article, spaCy Doc)] for a PolNeAR split, parsed once and cached under /tmp."""
    from spacy.tokens import DocBin

    from .. import nlp
    from ..evaluate.attribution import read_corpus

    docs = read_corpus(SHARED / split, limit)
    digest = hashlib.sha1("".join(d["name"] for d in docs).encode()).hexdigest()[:10]
    cache = CACHE / f"{split}_{nlp.MODEL}_{digest}.spacy"
    model = nlp.load()
    if cache.exists():
        parsed = list(DocBin().from_disk(cache).get_docs(model.vocab))
    else:
        parsed = list(nlp.parse_many([d["text"] for d in docs]))
        CACHE.mkdir(parents=True, exist_ok=True)
        DocBin(attrs=["ORTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE",
                      "SENT_START", "MORPH"], docs=parsed).to_disk(cache)
    return list(zip(docs, parsed))


def sequences(pairs):
    """(features, labels) per paragraph of every article."""
    from ..stages.quotes_features import (doc_context, paragraph_features, paragraphs,
                                          token_labels)

    for article, sdoc in pairs:
        labels = token_labels(sdoc, article["gold"])
        ctx = doc_context(sdoc)
        for first, last in paragraphs(sdoc):
            yield paragraph_features(sdoc, first, last, ctx), labels[first:last]


def train(pairs, path: Path, max_iterations: int = 60, c1: float = 0.3) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    rows = list(sequences(pairs))
    random.Random(SEED).shuffle(rows)
    for xseq, yseq in rows:
        trainer.append(xseq, yseq)
    # L1 keeps the model small (most features get a zero weight); L2 smooths the rest.
    trainer.set_params({"c1": c1, "c2": 0.01, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def token_scores(pairs, path: Path) -> dict:
    """Token accuracy of each role tag (B/I folded) on held-apart articles."""
    import pycrfsuite
    from collections import Counter

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    hit, pred, gold = Counter(), Counter(), Counter()
    for xseq, yseq in sequences(pairs):
        for p, g in zip(tagger.tag(xseq), yseq):
            p, g = p[2:] or "O", g[2:] or "O"
            pred[p] += 1
            gold[g] += 1
            hit[p] += p == g
    return {role: round(2 * hit[role] / (pred[role] + gold[role]), 3)
            for role in ("SRC", "CUE", "CON")}


def attribution_scores(pairs) -> dict:
    """The eval's scores on already parsed articles (the stages up to quotes, no re-parse)."""
    from ..evaluate.attribution import score_analysed
    from ..model import Document
    from ..pipeline import fill_from_parse
    from ..stages import default_stages

    stages = []
    for st in default_stages():
        stages.append(st)
        if st.name == "quotes":
            break
    analysed = []
    for article, sdoc in pairs:
        doc = fill_from_parse(Document(text=article["text"]), sdoc)
        for st in stages:
            st(doc)
        analysed.append((article, doc))
    return score_analysed(analysed)


def main() -> None:
    t0 = time.perf_counter()
    train_pairs = parsed_corpus("train")
    dev_pairs = parsed_corpus("dev")
    print(f"parsed {len(train_pairs)} train, {len(dev_pairs)} dev articles "
          f"({time.perf_counter() - t0:.0f}s)", flush=True)
    train(train_pairs, MODEL_PATH)
    print(f"trained {MODEL_PATH.name} ({MODEL_PATH.stat().st_size / 1e6:.1f} MB, "
          f"{time.perf_counter() - t0:.0f}s)", flush=True)
    print("dev token F1 per role:", token_scores(dev_pairs, MODEL_PATH), flush=True)
    print("dev attribution scores:", attribution_scores(dev_pairs), flush=True)


if __name__ == "__main__":
    main()
