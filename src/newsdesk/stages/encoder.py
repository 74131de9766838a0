"""The shared sentence encoder at run time: one transformer pass per sentence, many heads.

DESIGN.md, "Learned stages: one encoder pass, many heads". A fine-tuned MiniLM (its layer
count in the file's header; training/sentence_encoder.py) runs once per sentence through
onnxruntime and gives a mean-pooled vector; each task is a small linear head on that vector,
with its calibration folded in:

    P = sigmoid((x @ W + b) / T)   binary heads (P of the positive label, labels[1])
    P = softmax((x @ W + b) / T)   multi-class heads (one column per label)

What ships (2026-12-04), two models of this kind:
- the voice encoder (models/voice_encoder.onnx, voice_heads.npz; stages/voice/encoder.py):
  all six layers fine-tuned on a GPU for six tasks at once (training/voice_encoder.py); the
  file ships with the subjectivity, bias and checkworthy heads on the sentence vector and a
  `loaded` head on word vectors from the same pass, which the voice stage reads on the
  outlet's own sentences: the one encoder pass the analysis pays (the voice stage keeps
  vectors by text across a batch of articles, not on `doc.encoded`);
- the events' encoder (the files below): the first two layers fine-tuned on CPU with two
  heads (training/events.py): `cameo5`, read by the 5-class sentence classifier
  (stages/events/classifier.py) that `newsdesk eval cameo5` scores, and `plover` (the 16
  PLOVER event types), which stages/events/learned.py turns into a veto on an unlikely rule
  type; the analysis runs neither (their measurements are in those modules). On ConfliBERT's
  internal test part the six-layer model's cameo5 head scores 0.896 alone and 0.932 with the
  lexicon, the two-layer one 0.928 alone and 0.928 with the lexicon (2026-12-04): the events
  keep theirs, whose classifier alone is pinned at 0.92.

Files, in src/newsdesk/models/: `sentence_encoder.onnx` (input_ids, attention_mask ->
embedding; the tokenizer in its metadata; `sentence_encoder.int8.onnx` is the int8 copy, shipped
instead where it scores as well) and `sentence_heads.npz` (per head W, b, kind, labels,
temperature, threshold). Needs only onnxruntime, tokenizers and numpy. The vectors of a
document's sentences are computed once and kept on the document (`doc.encoded`), so every
stage that asks after the first is free.
"""
from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import NewsdeskError

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
MODEL_FILE = "sentence_encoder.onnx"
INT8_FILE = "sentence_encoder.int8.onnx"
HEADS_FILE = "sentence_heads.npz"
BATCH = 16  # sentences of similar length run together, so little padding is computed


class EncoderMissing(NewsdeskError, FileNotFoundError):
    """The encoder's files are not in the package (they are built by `make models`)."""


def _threads() -> int:
    """onnxruntime's thread count follows OMP_NUM_THREADS (the ingest pool sets 1 per
    worker); 0, onnxruntime's default, is one thread per core."""
    try:
        return max(0, int(os.environ.get("OMP_NUM_THREADS", "0")))
    except ValueError:
        return 0


@dataclass(frozen=True)
class Head:
    """One task's head over the sentence vector; `threshold` is on P(labels[1]) (binary
    heads; NaN for multi-class ones)."""

    name: str
    kind: str  # "binary" | "multiclass"
    labels: tuple[str, ...]
    W: np.ndarray  # (width, outputs)
    b: np.ndarray  # (outputs,)
    temperature: float
    threshold: float

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """(rows,) P(positive) for a binary head, (rows, labels) for a multi-class one."""
        z = (vectors @ self.W + self.b) / self.temperature
        if self.kind == "binary":
            return 1.0 / (1.0 + np.exp(-np.clip(z[:, 0], -60, 60)))
        z = z - z.max(-1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(-1, keepdims=True)

    def labels_of(self, vectors: np.ndarray) -> list[str]:
        p = self.probabilities(vectors)
        picks = (p >= self.threshold).astype(int) if self.kind == "binary" else p.argmax(-1)
        return [self.labels[k] for k in picks]


def read_heads(path: Path) -> dict[str, Head]:
    with np.load(path, allow_pickle=False) as f:
        return {str(n): Head(str(n), str(f[f"{n}.kind"]), tuple(str(x) for x in f[f"{n}.labels"]),
                             f[f"{n}.W"].astype(np.float32), f[f"{n}.b"].astype(np.float32),
                             float(f[f"{n}.temperature"]), float(f[f"{n}.threshold"]))
                for n in f["heads"]}


@dataclass
class Encoded:
    """What `encode` leaves on a document: the sentence spans it read and one vector each;
    `done` marks the sentences encoded so far (stages ask only for the sentences they need,
    and a sentence one stage encoded is free for the next)."""

    model: str
    spans: tuple[tuple[int, int], ...]
    vectors: np.ndarray  # (sentences, width) float32; rows not `done` are zeros
    done: np.ndarray     # (sentences,) bool


def padded_batch(ids: list[list[int]]) -> dict[str, np.ndarray]:
    """The ONNX inputs for a batch of word-piece id lists: `input_ids` (int64, padded with 0
    to the longest) and `attention_mask` (float32, 1 on real pieces)."""
    n = max(len(t) for t in ids)
    padded = np.zeros((len(ids), n), dtype=np.int64)
    mask = np.zeros((len(ids), n), dtype=np.float32)
    for r, t in enumerate(ids):
        padded[r, :len(t)] = t
        mask[r, :len(t)] = 1.0
    return {"input_ids": padded, "attention_mask": mask}


def by_length(tokenizer, texts: list[str], run, width: int) -> np.ndarray:
    """`run` (word-piece id lists -> (n, width) array) over `texts` in batches of BATCH texts
    of similar length (less padding), the rows back in the texts' order."""
    out = np.zeros((len(texts), width), dtype=np.float32)
    if texts:
        ids = [e.ids for e in tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(ids)), key=lambda k: len(ids[k]))
        for start in range(0, len(order), BATCH):
            rows = order[start:start + BATCH]
            out[rows] = run([ids[k] for k in rows])
    return out


class SentenceEncoder:
    """`embed(texts)` -> (n, width) vectors; `encode(doc)` -> the document's sentence
    vectors, cached on it; `probabilities(doc, head)` -> each sentence's head output.
    `runs` counts onnxruntime calls (a cache hit makes none)."""

    def __init__(self, model_path: Path, heads_path: Path):
        for path in (model_path, heads_path):
            if not Path(path).is_file():
                raise EncoderMissing(
                    f"sentence encoder file not found: {path}. Build it with `make models` "
                    f"(`python -m newsdesk.training events` writes {MODEL_FILE} and "
                    f"{HEADS_FILE}, `... voice_encoder` voice_encoder.onnx and voice_heads.npz, "
                    f"to {MODELS_DIR})")
        import onnxruntime  # heavy (onnxruntime): loaded with the encoder
        from tokenizers import Tokenizer  # heavy (tokenizers): loaded with the encoder

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = _threads()
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(str(model_path), options,
                                                    providers=["CPUExecutionProvider"])
        meta = self.session.get_modelmeta().custom_metadata_map
        self.header = json.loads(meta["header"])
        self.width = int(self.session.get_outputs()[0].shape[1])
        self.tokenizer = Tokenizer.from_str(meta["tokenizer"])
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(int(self.header.get("max_tokens", 128)))
        self.heads = read_heads(Path(heads_path))
        for h in self.heads.values():
            if h.W.shape[0] != self.width:
                raise ValueError(f"head {h.name} expects {h.W.shape[0]}-wide vectors, the "
                                 f"encoder gives {self.width}")
        self.key = f"{Path(model_path).resolve()}|{Path(model_path).stat().st_mtime_ns}"
        self.runs = 0

    def _run(self, ids: list[list[int]]) -> np.ndarray:
        self.runs += 1
        return self.session.run(["embedding"], padded_batch(ids))[0]

    def embed(self, texts: list[str]) -> np.ndarray:
        """(len(texts), width) float32 sentence vectors; a text past max_tokens word pieces
        is cut there."""
        return by_length(self.tokenizer, texts, self._run, self.width)

    def embed_words(self, texts: list[str], words: list[list[tuple[int, int]]]
                    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """One pass for sentence vectors and word vectors: (len(texts), width) sentence vectors
        and, for each text, a (len(words[i]), width) array with one vector per word span
        (start, end: character offsets in that text): the mean of the last layer's vectors of
        the word's pieces (zeros for a word past max_tokens). ValueError for an encoder file
        without the `tokens` output."""
        if "tokens" not in {o.name for o in self.session.get_outputs()}:
            raise ValueError("this encoder file has no token vectors (`tokens` output)")
        vectors = np.zeros((len(texts), self.width), dtype=np.float32)
        out = [np.zeros((len(w), self.width), dtype=np.float32) for w in words]
        encodings = self.tokenizer.encode_batch(list(texts)) if texts else []
        order = sorted(range(len(encodings)), key=lambda k: len(encodings[k].ids))
        for start in range(0, len(order), BATCH):
            rows = order[start:start + BATCH]
            self.runs += 1
            pooled, tokens = self.session.run(
                ["embedding", "tokens"], padded_batch([encodings[k].ids for k in rows]))
            vectors[rows] = pooled
            for r, k in enumerate(rows):
                offsets = encodings[k].offsets
                for w, (a, b) in enumerate(words[k]):
                    # pieces overlapping the word; special tokens have empty offsets
                    pieces = [j for j, (x, y) in enumerate(offsets) if x < b and y > a and y > x]
                    if pieces:
                        out[k][w] = tokens[r, pieces].mean(0)
        return vectors, out

    def encode(self, doc, rows=None) -> np.ndarray:
        """The vectors of `doc.sentences` (sentences x width), each computed once: kept on
        the document as `doc.encoded` and reused while the sentences and the model stay the
        same. `rows` (sentence indices) encodes only those (the others stay zeros until
        asked for); None: all of them."""
        spans = tuple((s.start, s.end) for s in doc.sentences)
        cached = getattr(doc, "encoded", None)
        if not (isinstance(cached, Encoded) and cached.model == self.key
                and cached.spans == spans):
            cached = Encoded(self.key, spans, np.zeros((len(spans), self.width), np.float32),
                             np.zeros(len(spans), dtype=bool))
            doc.encoded = cached
        wanted = range(len(spans)) if rows is None else rows
        todo = sorted({int(k) for k in wanted if not cached.done[k]})
        if todo:
            cached.vectors[todo] = self.embed([doc.text[spans[k][0]:spans[k][1]] for k in todo])
            cached.done[todo] = True
        return cached.vectors

    def probabilities(self, doc, head: str, rows=None) -> np.ndarray:
        """Per sentence (of `rows`, default all, in that order): P(positive) (binary head,
        shape (rows,)) or the label distribution (multi-class head, (rows, labels))."""
        if head not in self.heads:
            raise KeyError(f"no head {head!r}; heads: {sorted(self.heads)}")
        vectors = self.encode(doc, rows)
        return self.heads[head].probabilities(vectors if rows is None else vectors[list(rows)])

    def labels(self, doc, head: str) -> list[str]:
        """Per sentence: the head's label (binary: by the head's threshold)."""
        return self.heads[head].labels_of(self.encode(doc))

    def proba(self, texts: list[str], heads: tuple[str, ...] | None = None) -> dict:
        """Texts without a document (evaluation): {head: probabilities}, binary heads by
        default."""
        vectors = self.embed(list(texts))
        names = heads or tuple(n for n, h in self.heads.items() if h.kind == "binary")
        return {n: self.heads[n].probabilities(vectors) for n in names}


@functools.lru_cache(maxsize=None)
@functools.lru_cache(maxsize=None)
def encoder_with(head: str) -> SentenceEncoder | None:
    """The shipped encoder when it has `head` (loaded once per process), else None: no encoder
    files in the package, or an encoder trained without that head."""
    try:
        encoder = load_encoder()
    except EncoderMissing:
        return None
    return encoder if head in encoder.heads else None


def load_encoder(int8: bool | None = None) -> SentenceEncoder:
    """The shipped encoder: None, whichever file the package holds (the int8 copy ships
    where its internal-test scores held within 0.01 of float16; training/sentence_encoder
    make_models); True / False, that file. EncoderMissing when there is none."""
    if int8 is None:
        int8 = (MODELS_DIR / INT8_FILE).is_file()
    return SentenceEncoder(MODELS_DIR / (INT8_FILE if int8 else MODEL_FILE),
                           MODELS_DIR / HEADS_FILE)

