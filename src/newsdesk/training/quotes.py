"""Train the quote tagger (a linear-chain CRF over spaCy features) on PolNeAR's learn part.

PolNeAR's train and dev folders are one public set here, split by article name into the learn
and internal test parts (evaluate.attribution keys them). `python -m newsdesk.training quotes`
trains on the learn part, writes src/newsdesk/models/quotes_crf.bin (or into `--out DIR`) and
prints the tagger's token scores and the attribution scores on the internal test part; `--cv`
adds a 5-fold cross-validation on the learn part (five more trainings). Parsed articles are
cached under /tmp (never in the repo) so a second run skips the spaCy parse.
`python -m newsdesk.training.quotes [--out DIR] [--cv] [--select] [--learn-only]` (--learn-only:
train, no internal-test scores; --select: compare the CRF settings of `GRID` on held-out folds
of the learn part, by article, and print them and the one `select_settings` picks)
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path

import pycrfsuite

from .. import nlp
from ..evaluate.attribution import read_corpus, score_analysed
from ..model import Document
from ..nlp import fill_from_parse
from ..stages import default_stages
from ..stages.quotes import tagger as quote_tagger
from ..stages.quotes.features import (doc_context, paragraph_words, paragraphs, token_labels,
                                      word_features)

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "polnear"
CACHE = Path("/tmp/newsdesk_quotes_cache")
SEED = 13
MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "quotes_crf.bin"


def parsed_corpus(part: str, limit: int | None = None) -> list[tuple[dict, object]]:
    """[(article, spaCy Doc)] for one part ("learn" or "test") of PolNeAR train + dev,
    parsed once and cached under /tmp."""
    from spacy.tokens import DocBin  # heavy (spaCy): loaded when the corpus is parsed

    docs = read_corpus(SHARED, limit, part)
    digest = hashlib.sha1("".join(d["name"] for d in docs).encode()).hexdigest()[:10]
    cache = CACHE / f"{part}_{nlp.MODEL}_{digest}.spacy"
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
    """(features, labels) per paragraph of every article, over the words the tagger reads at
    run time (features.paragraph_words: the blanks inside a phrase left out)."""
    for article, sdoc in pairs:
        labels = token_labels(sdoc, article["gold"])
        ctx = doc_context(sdoc)
        for first, last in paragraphs(sdoc):
            words = paragraph_words(sdoc, first, last, ctx)
            if words:
                yield word_features(sdoc, words, ctx), [labels[i] for i in words]


# The settings of the shipped model (`train`'s defaults; the model of 2026-12-01). Compared on
# 4 folds of the learn part by article (`select_settings` over `GRID`; mean content exact /
# strict whole / source accuracy), on 2026-12-03 with the stage's rules of that day:
#   c1 0.3, 60 iterations (shipped)   0.5607 / 0.6662 / 0.9180
#   c1 1.0, 100 iterations            0.5640 / 0.6695 / 0.9208
#   c1 3.0, 150 iterations            0.5704 / 0.6734 / 0.9219 (better in every fold)
#   c1 6.0, 150 iterations            below c1 3.0 in folds 0 and 2 (the two run)
#   c1 0.3, 150 iterations            0.5481 in fold 2 (the weak L1 penalty overfits)
# c1 3.0 was not shipped that day: trained on the whole learn part it broke six hand-written
# cases of tests/test_quotes_*.py and lowered the real articles' learn part (realnews quote
# precision 0.894 -> 0.883, recall 0.947 -> 0.929). Session 28 mended those as classes in the
# rules around the tagger (an interjected cue's adjuncts read into the content, a split
# quotation's attribution read into a half or into one content over both, a quotation after a
# stop given to the participle before it, an untagged "According to X," opening, an 'according
# to' judged on its noun phrase, a passive accuser's subject taken as the speaker; and on
# realnews learn: a relative pronoun before the speaker, telling with only the one told, a
# complement misread as an interjection). With those rules, the same folds:
#   c1 0.3, 60 iterations (shipped)   0.5612 / 0.6667 / 0.9179
#   c1 3.0, 150 iterations            0.5711 / 0.6741 / 0.9221 (better in every fold, on
#                                     each of the three)
# and realnews learn quotes with c1 3.0: precision 0.8944, recall 0.9471, speaker 0.9627, the
# same as the c1 0.3 model with the rules before (161 of 170 found, 180 given; the c1 0.3
# model with these rules: 0.905 / 0.9529, 162 found, 179 given), and all hand-written cases
# passed with it. It is still not shipped: scored once at the session's end on the internal
# test part (numbers only), c1 3.0 gave content exact 0.5953, strict whole 0.6906, source
# accuracy 0.926, content overlap 0.7609, under the gold floors of tests/gold (strict whole
# 0.692, source accuracy 0.93, content overlap 0.761, set by the shipped model). The learn folds
# and the internal test part disagree on it; what the internal test part lost cannot be looked
# into (the protocol), so a switch waits for more learn-part evidence or a new split.
# (An earlier session had judged c1 3.0 on the internal test part, which the protocol
# forbids; these numbers are from the learn part alone.)
SETTINGS = {"c1": 0.3, "c2": 0.01, "max_iterations": 60}
GRID = tuple({"c1": c1, "c2": 0.01, "max_iterations": n}
             for c1, n in ((0.3, 60), (1.0, 100), (3.0, 150), (6.0, 150)))
# What a setting must not lower against the shipped one to replace it (`select_settings`).
GUARDED = ("strict_whole_f1", "source_accuracy_matched")


def train(pairs, path: Path, max_iterations: int = SETTINGS["max_iterations"],
          c1: float = SETTINGS["c1"], c2: float = SETTINGS["c2"]) -> None:
    """A CRF on `pairs` written to `path` (the settings: SETTINGS)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    rows = list(sequences(pairs))
    random.Random(SEED).shuffle(rows)
    for xseq, yseq in rows:
        trainer.append(xseq, yseq)
    # L1 keeps the model small (most features get a zero weight); L2 smooths the rest.
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def token_scores(pairs, path: Path) -> dict:
    """Token accuracy of each role tag (B/I folded) on held-apart articles."""
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


@contextmanager
def crf_model(path: Path):
    """The quotes stage tags with the CRF at `path` inside this block (the stage loads only
    the shipped file; its module-level `tagger()` is looked up at each call, so swapping it
    here is enough)."""
    crf = pycrfsuite.Tagger()
    crf.open(str(path))
    shipped = quote_tagger.tagger
    quote_tagger.tagger = lambda: crf
    try:
        yield
    finally:
        quote_tagger.tagger = shipped


def attribution_scores(pairs, path: Path | None = None) -> dict:
    """The eval's scores on already parsed articles (the stages up to quotes, no re-parse),
    with the CRF at `path` (default: the shipped one)."""
    if path is not None:
        with crf_model(path):
            return attribution_scores(pairs)
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


KEY_SCORES = ("content_overlap_f1", "source_overlap_f1", "cue_overlap_f1", "whole_overlap_f1",
              "source_accuracy_matched", "strict_whole_f1", "content_exact_f1")


def cross_validate(pairs, folder: Path, k: int = 5) -> dict:
    """Token F1 per role and the attribution scores, each fold's CRF trained on the others."""
    order = list(range(len(pairs)))
    random.Random(SEED).shuffle(order)
    tokens, whole = defaultdict(list), defaultdict(list)
    for fold in range(k):
        held = set(order[fold::k])
        path = folder / f"cv{fold}.crf"
        train([p for i, p in enumerate(pairs) if i not in held], path)
        test = [p for i, p in enumerate(pairs) if i in held]
        for role, v in token_scores(test, path).items():
            tokens[role].append(v)
        for key, v in attribution_scores(test, path).items():
            whole[key].append(v)
    mean = lambda values: round(sum(values) / len(values), 4)  # noqa: E731
    return {"tokens": {r: mean(v) for r, v in tokens.items()},
            "attribution": {key: mean(whole[key]) for key in KEY_SCORES}}


def fold_scores(pairs, settings: dict, k: int = 4) -> list[dict]:
    """The attribution scores of each of `k` folds of `pairs` (by article, seeded), each
    scored with a CRF at `settings` trained on the other folds."""
    order = list(range(len(pairs)))
    random.Random(SEED).shuffle(order)
    out = []
    with tempfile.TemporaryDirectory() as folder:
        for fold in range(k):
            held = set(order[fold::k])
            path = Path(folder) / f"fold{fold}.crf"
            train([p for i, p in enumerate(pairs) if i not in held], path, **settings)
            out.append(attribution_scores([p for i, p in enumerate(pairs) if i in held], path))
    return out


def select_settings(pairs, grid=GRID, k: int = 4) -> tuple[dict, dict]:
    """(the chosen settings, {settings as text: mean fold scores}): the setting of `grid` with
    the best mean content exact F1 over `k` held-out folds of `pairs` (the learn part) among
    those that lower no `GUARDED` score of the shipped SETTINGS (kept when none wins)."""
    means = {}
    for settings in grid:
        folds = fold_scores(pairs, settings, k)
        means[repr(settings)] = {key: round(sum(f[key] for f in folds) / k, 4)
                                 for key in KEY_SCORES}
        print(settings, means[repr(settings)], flush=True)
    base = means.get(repr(SETTINGS)) or {
        key: round(sum(f[key] for f in fold_scores(pairs, SETTINGS, k)) / k, 4)
        for key in KEY_SCORES}
    fair = [s for s in grid if all(means[repr(s)][g] >= base[g] for g in GUARDED)]
    best = max(fair, key=lambda s: means[repr(s)]["content_exact_f1"], default=SETTINGS)
    if means.get(repr(best), base)["content_exact_f1"] <= base["content_exact_f1"]:
        best = SETTINGS
    return best, means


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH.parent,
                        help="folder for quotes_crf.bin")
    parser.add_argument("--cv", action="store_true", help="5-fold CV on the learn part too")
    parser.add_argument("--select", action="store_true",
                        help="compare the settings of GRID on 4 folds of the learn part first")
    parser.add_argument("--learn-only", action="store_true",
                        help="train only; leave the internal test part unparsed and unscored "
                             "(development: the test part is scored once, at the end)")
    args = parser.parse_args(argv or [])
    t0 = time.perf_counter()
    learn_pairs = parsed_corpus("learn")
    test_pairs = [] if args.learn_only else parsed_corpus("test")
    print(f"parsed {len(learn_pairs)} learn, {len(test_pairs)} internal-test articles "
          f"({time.perf_counter() - t0:.0f}s)", flush=True)
    if args.cv:
        print("learn 5-fold CV:", cross_validate(learn_pairs, args.out), flush=True)
    if args.select:
        print("chosen on learn folds:", select_settings(learn_pairs)[0], flush=True)
    path = args.out / MODEL_PATH.name
    train(learn_pairs, path)
    print(f"trained {path} ({path.stat().st_size / 1e6:.1f} MB, "
          f"{time.perf_counter() - t0:.0f}s)", flush=True)
    if args.learn_only:
        return
    print("internal test token F1 per role:", token_scores(test_pairs, path), flush=True)
    scores = attribution_scores(test_pairs, path)
    print("internal test attribution scores:", {k: scores[k] for k in KEY_SCORES}, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
