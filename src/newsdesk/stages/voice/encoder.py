"""The voice stage's fine-tuned transformer: the shared sentence encoder with voice heads.

The model is all-MiniLM-L6-v2 (6 layers, 384 wide) with all six layers fine-tuned at once
for six tasks (training/sentence_encoder.py `train`, run on a GPU: grouped 5-fold CV on the
learn parts, then one model on the whole learn part), run by onnxruntime through
stages/encoder.SentenceEncoder (mean-pooled sentence vector, one calibrated linear head per
task). The voice stage reads three heads: `subjectivity` (P(SUBJ)), `bias` (P(BIASED)) and
`checkworthy` (P(Yes)). Files in models/: voice_encoder.onnx (float16 weights, tokenizer in
its metadata), voice_heads.npz (the heads), voice_blend.json (how SUBJ and check-worthiness
blend with the linear models: training/voice_blend.py chose the weights out of fold).
"""
from __future__ import annotations

import functools
import json

import numpy as np

from ..encoder import SentenceEncoder
from .features import MODELS_DIR

MODEL_FILE = "voice_encoder.onnx"
HEADS_FILE = "voice_heads.npz"
BLEND_FILE = "voice_blend.json"
VOICE_HEADS = ("subjectivity", "bias", "checkworthy")


class VoiceEncoder:
    """`proba(texts)` gives each voice head's calibrated P(positive) for each sentence;
    `prefetch(texts)` encodes many sentences at once (those of a batch of articles) and keeps
    their vectors until the next prefetch, so that `proba` finds them there. `header` is
    the blend file's content (scoring.blend_subjectivity, blend_checkworthy)."""

    def __init__(self, encoder: SentenceEncoder, header: dict):
        self.encoder = encoder
        self.header = header
        self.heads = [n for n in VOICE_HEADS if n in encoder.heads]
        self._kept: dict[str, np.ndarray] = {}

    def threshold(self, head: str) -> float:
        """The head's own decision threshold on P(positive), chosen in cross-validation."""
        return self.encoder.heads[head].threshold

    def prefetch(self, texts: list[str]) -> None:
        """Encode `texts` now, in one length-sorted pass, and keep them (replacing what was
        kept): across articles the batches pad far less than within one (bench/RESULTS.md)."""
        unique = list(dict.fromkeys(texts))
        self._kept = dict(zip(unique, self.encoder.embed(unique)))

    def proba(self, texts: list[str]) -> dict[str, np.ndarray]:
        kept = self._kept
        missing = [t for t in dict.fromkeys(texts) if t not in kept]
        fresh = dict(zip(missing, self.encoder.embed(missing))) if missing else {}
        vectors = (np.stack([kept[t] if t in kept else fresh[t] for t in texts]) if texts else
                   np.zeros((0, self.encoder.width), dtype=np.float32))
        return {n: self.encoder.heads[n].probabilities(vectors) for n in self.heads}


@functools.lru_cache(maxsize=None)
def load_encoder() -> VoiceEncoder:
    """The shipped voice encoder, loaded once per process. stages.encoder.EncoderMissing
    when its files are not in the package."""
    header = json.loads((MODELS_DIR / BLEND_FILE).read_text(encoding="utf-8"))
    return VoiceEncoder(SentenceEncoder(MODELS_DIR / MODEL_FILE, MODELS_DIR / HEADS_FILE),
                        header)
