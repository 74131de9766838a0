"""A small fine-tuned transformer for the voice stage, run by onnxruntime (no torch at run time).

The model is all-MiniLM-L6-v2 (a 6-layer, 384-wide BERT), fine-tuned by
training/voice_encoder.py with one logistic head per task (SUBJ, BIASED) over the mean of the
token vectors, and written as one ONNX file by training/encoder_graph.py: float16 weights, the
WordPiece tokenizer and a JSON header in its metadata. onnxruntime runs the forward pass about
3.5x faster than numpy did on the same weights (fused bias + GELU and layer norm, threaded
softmax), which is what lets the stage afford it.
"""
from __future__ import annotations

import functools
import json
import os
from pathlib import Path

import numpy as np

from ..encoder import by_length, padded_batch
from .features import MODELS_DIR

MAX_TOKENS = 128  # a longer sentence is cut: its first 128 word pieces decide


def _threads() -> int:
    """onnxruntime's thread count: the same limit as BLAS (the ingest pool sets
    OMP_NUM_THREADS=1 in each worker so two workers do not fight over two cores); 0, its
    default, means one thread per core."""
    try:
        return max(0, int(os.environ.get("OMP_NUM_THREADS", "0")))
    except ValueError:
        return 0


class SentenceEncoder:
    """`proba(texts)` gives each head's P(positive) for each sentence; `prefetch(texts)`
    scores many sentences at once (those of a batch of articles) and keeps the scores until
    the next prefetch, so that `proba` finds them there."""

    def __init__(self, path: Path):
        # onnxruntime and tokenizers are imported here, not at the top: only the encoder needs
        # them (`--voice-model linear` never does), and importing them costs every process
        # that imports newsdesk (the pipeline imports every stage) about 70 ms.
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = _threads()
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # onnxruntime warns about unused initializers otherwise
        self.session = onnxruntime.InferenceSession(str(path), options,
                                                    providers=["CPUExecutionProvider"])
        meta = self.session.get_modelmeta().custom_metadata_map
        self.header = json.loads(meta["header"])
        self.heads = list(self.header["heads"])
        self.tokenizer = Tokenizer.from_str(meta["tokenizer"])
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self._kept: dict[str, np.ndarray] = {}

    def _run(self, ids: list[list[int]]) -> np.ndarray:
        return self.session.run(["proba"], padded_batch(ids))[0]

    def _scores(self, texts: list[str]) -> np.ndarray:
        """(len(texts), heads) probabilities, batched by length."""
        return by_length(self.tokenizer, texts, self._run, len(self.heads))

    def prefetch(self, texts: list[str]) -> None:
        """Score `texts` now, in one length-sorted pass, and keep them (replacing what was
        kept): across articles the batches pad far less than within one (bench/RESULTS.md)."""
        unique = list(dict.fromkeys(texts))
        self._kept = dict(zip(unique, self._scores(unique)))

    def proba(self, texts: list[str]) -> dict[str, np.ndarray]:
        kept = self._kept
        missing = [t for t in dict.fromkeys(texts) if t not in kept]
        fresh = dict(zip(missing, self._scores(missing))) if missing else {}
        out = np.stack([kept[t] if t in kept else fresh[t] for t in texts]) if texts else \
            np.zeros((0, len(self.heads)), dtype=np.float32)
        return {name: out[:, j] for j, name in enumerate(self.heads)}


@functools.lru_cache(maxsize=None)
def load_encoder() -> SentenceEncoder:
    """The shipped encoder (models/voice_encoder.onnx), loaded once per process."""
    return SentenceEncoder(MODELS_DIR / "voice_encoder.onnx")
