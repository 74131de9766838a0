"""Features and linear models for the voice stage, shared by the stage and its trainer.

Every feature block is a *hashing* vectorizer (no vocabulary to store) followed by a TF-IDF
weighting whose idf vector is learned; a model is one logistic regression over the blocks.
A model file is a plain `.npz` (idf vectors, coefficients, a JSON header): it loads with
`allow_pickle=False`, so a model file can never run code.

Blocks:
- "word": word 1-2 grams of the lower-cased sentence;
- "char": character 2-5 grams inside word boundaries (robust to spelling and morphology);
- "spacy": lemmas, fine POS tags, dependency+POS, entity types, tag bigrams and a few
  counts (first/second person, quotation marks, numbers, question/exclamation, length,
  adjectives+adverbs) from the spaCy parse that the pipeline has already paid for;
- "tokens": feature lists made by the caller (one list per item).
"""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import numpy as np

N_FEATURES = 2 ** 18
MODELS_DIR = Path(__file__).resolve().parents[2] / "models"  # newsdesk/models

FIRST_PERSON = frozenset("i me my we us our myself ourselves mine ours".split())
SECOND_PERSON = frozenset("you your yours yourself yourselves".split())
QUOTE_MARKS = re.compile(r"[\"“”]")


def spacy_tokens(span) -> list[str]:
    """Symbolic features of one parsed sentence (a spaCy Span or Doc)."""
    out: list[str] = []
    tags: list[str] = []
    n_adj = 0
    for t in span:
        if t.is_space:
            continue
        out.append("L_" + t.lemma_.lower())
        out.append("T_" + t.tag_)
        out.append("D_" + t.dep_ + "_" + t.pos_)
        if t.ent_type_:
            out.append("E_" + t.ent_type_)
        tags.append(t.tag_)
        n_adj += t.pos_ in ("ADJ", "ADV")
    out += ["TT_" + a + "_" + b for a, b in zip(tags, tags[1:])]
    lower = {t.lower_ for t in span}
    text = span.text
    if lower & FIRST_PERSON:
        out.append("F_first")
    if lower & SECOND_PERSON:
        out.append("F_second")
    if QUOTE_MARKS.search(text):
        out.append("F_quote")
    if "?" in text:
        out.append("F_q")
    if "!" in text:
        out.append("F_excl")
    if any(t.like_num for t in span):
        out.append("F_num")
    out.append(f"F_len{min(len(tags) // 10, 5)}")
    out.append(f"F_adj{min(n_adj, 4)}")
    return out


def _identity(tokens):
    return tokens


@functools.lru_cache(maxsize=None)
def hasher(block: str):
    """The stateless hashing vectorizer of one block (raw counts; TF-IDF applied after)."""
    # scikit-learn is imported where it is used, not at the top: it is heavy (about 2 s),
    # and importing newsdesk (the pipeline imports every stage) must not pay for it.
    from sklearn.feature_extraction.text import HashingVectorizer

    common = dict(n_features=N_FEATURES, alternate_sign=False, norm=None)
    if block == "word":
        return HashingVectorizer(ngram_range=(1, 2), lowercase=True, **common)
    if block == "char":
        return HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True, **common)
    if block in ("spacy", "tokens"):
        return HashingVectorizer(analyzer=_identity, **common)
    raise ValueError(f"unknown feature block {block!r}")


def block_inputs(block: str, texts: list[str], spans: list | None):
    """What a block's hasher reads: the texts, or spaCy features of the parsed sentences."""
    if block == "tokens":  # ready-made feature lists (the loaded-word token classifier)
        return spans
    if block == "spacy":
        if spans is None:
            raise ValueError("the spacy feature block needs parsed sentences")
        return [spacy_tokens(s) for s in spans]
    return texts


def counts(block: str, texts: list[str], spans: list | None):
    return hasher(block).transform(block_inputs(block, texts, spans)).tocsr()


def tfidf(raw, idf: np.ndarray):
    """Sublinear tf times idf, then L2-normalised rows (sklearn's TfidfTransformer recipe)."""
    from sklearn.preprocessing import normalize  # heavy: imported on first use (see hasher)

    x = raw.astype(np.float32, copy=True)
    x.data = (1.0 + np.log(x.data)) * idf[x.indices]
    return normalize(x, norm="l2", copy=False)


def learn_idf(raw) -> np.ndarray:
    """Smoothed idf as sklearn computes it: ln((1+n)/(1+df)) + 1."""
    n = raw.shape[0]
    df = np.bincount(raw.indices, minlength=raw.shape[1])
    return (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)


class LinearModel:
    """Logistic regression over hashed TF-IDF blocks; `proba` gives P(positive class)."""

    def __init__(self, blocks, idfs, coef, intercept, header):
        self.blocks = list(blocks)
        self.idfs = idfs
        self.coef = np.asarray(coef, dtype=np.float32)
        self.intercept = float(intercept)
        self.header = header

    def features(self, texts: list[str], spans: list | None = None, shared: dict | None = None):
        """TF-IDF blocks side by side; `shared` (block -> raw counts of these same texts)
        lets several models over one document hash each block once."""
        from scipy.sparse import hstack  # heavy: imported on first use (see hasher)

        shared = {} if shared is None else shared
        for b in self.blocks:
            if b not in shared:
                shared[b] = counts(b, texts, spans)
        mats = [tfidf(shared[b], idf) for b, idf in zip(self.blocks, self.idfs)]
        return hstack(mats).tocsr()

    def proba(self, texts: list[str], spans: list | None = None,
              shared: dict | None = None) -> np.ndarray:
        if not texts:
            return np.zeros(0, dtype=np.float32)
        z = self.features(texts, spans, shared) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    @property
    def threshold(self) -> float:
        return float(self.header.get("threshold", 0.5))

    def save(self, path: Path) -> None:
        arrays = {f"idf_{b}": idf.astype(np.float16) for b, idf in zip(self.blocks, self.idfs)}
        header = dict(self.header, blocks=self.blocks, intercept=self.intercept)
        np.savez_compressed(path, coef=self.coef.astype(np.float16),
                            header=np.array(json.dumps(header)), **arrays)

    @classmethod
    def load(cls, path: Path) -> "LinearModel":
        with np.load(path, allow_pickle=False) as z:
            header = json.loads(str(z["header"]))
            blocks = header["blocks"]
            idfs = [z[f"idf_{b}"].astype(np.float32) for b in blocks]
            coef = z["coef"].astype(np.float32)
        return cls(blocks, idfs, coef, header["intercept"], header)


def fit(blocks, texts, labels, spans=None, C=1.0, sample_weight=None, header=None, seed=0,
        solver="lbfgs"):
    """Train a LinearModel; `labels` are 0/1 (1 = the positive class)."""
    # heavy, and only training needs them: imported on first use (see hasher)
    from scipy.sparse import hstack
    from sklearn.linear_model import LogisticRegression

    raws = [counts(b, texts, spans) for b in blocks]
    idfs = [learn_idf(r) for r in raws]
    x = hstack([tfidf(r, idf) for r, idf in zip(raws, idfs)]).tocsr()
    clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced", random_state=seed,
                             solver=solver)
    clf.fit(x, np.asarray(labels), sample_weight=sample_weight)
    return LinearModel(blocks, idfs, clf.coef_[0], clf.intercept_[0], dict(header or {}, C=C))


@functools.lru_cache(maxsize=None)
def load_model(name: str) -> LinearModel:
    """A shipped model by name (models/voice_<name>.npz), loaded once per process."""
    return LinearModel.load(MODELS_DIR / f"voice_{name}.npz")
