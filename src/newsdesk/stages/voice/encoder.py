"""The voice stage's fine-tuned transformer: the shared sentence encoder with voice heads.

The model is all-MiniLM-L6-v2 (6 layers, 384 wide) with all six layers fine-tuned at once
for six tasks (training/sentence_encoder.py `train`, run on a GPU: grouped 5-fold CV on the
learn parts, then one model on the whole learn part), run by onnxruntime through
stages/encoder.SentenceEncoder (mean-pooled sentence vector, one calibrated linear head per
task). The voice stage reads three heads: `subjectivity` (P(SUBJ)), `bias` (P(BIASED)) and
`checkworthy` (P(Yes)), and a fourth, `loaded`, on each word's vector from the same pass
(the mean of its word pieces': training/voice_loaded.py). Files in models/: voice_encoder.onnx (float16 weights, tokenizer in
its metadata), voice_heads.npz (the heads), voice_blend.json (how SUBJ and check-worthiness
blend with the linear models: training/voice_blend.py chose the weights out of fold).
"""
from __future__ import annotations

import functools
import json

import numpy as np

from ..encoder import EncoderMissing, SentenceEncoder
from .features import MODELS_DIR
from .loaded import loaded_candidates

MODEL_FILE = "voice_encoder.onnx"
HEADS_FILE = "voice_heads.npz"
BLEND_FILE = "voice_blend.json"
VOICE_HEADS = ("subjectivity", "bias", "checkworthy")
LOADED_HEAD = "loaded"  # over word vectors, not sentence vectors (training/voice_loaded.py)


class VoiceEncoder:
    """`proba(texts)` gives each voice head's calibrated P(positive) for each sentence and
    `loaded(texts)` each sentence's loaded words (the `loaded` head on the word vectors of the
    same pass, where the file has that head); `prefetch(texts)` encodes many sentences at once
    (those of a batch of articles) and keeps the results until the next prefetch, so that
    `proba` and `loaded` find them there. `header` is the blend file's content
    (scoring.blend_subjectivity, blend_checkworthy)."""

    def __init__(self, encoder: SentenceEncoder, header: dict):
        self.encoder = encoder
        self.header = header
        self.heads = [n for n in VOICE_HEADS if n in encoder.heads]
        self.loaded_head = encoder.heads.get(LOADED_HEAD)
        self._kept: dict[str, tuple[np.ndarray, list[tuple[int, int]]]] = {}
        # the last texts encoded outside a prefetch: score_voice asks `proba` then `loaded` of
        # the same sentences, which must not cost a second pass (one call's worth is kept)
        self._fresh: dict[str, tuple[np.ndarray, list[tuple[int, int]]]] = {}

    def threshold(self, head: str) -> float:
        """The head's own decision threshold on P(positive), chosen in cross-validation."""
        return self.encoder.heads[head].threshold

    def _encode(self, texts: list[str]) -> dict[str, tuple[np.ndarray, list[tuple[int, int]]]]:
        """Each distinct text's (sentence vector, loaded word spans), in one batched pass."""
        unique = list(dict.fromkeys(texts))
        if self.loaded_head is None:
            return {t: (v, []) for t, v in zip(unique, self.encoder.embed(unique))}
        words = [loaded_candidates(t) for t in unique]
        vectors, word_vectors = self.encoder.embed_words(unique, words)
        out = {}
        for t, v, spans, wv in zip(unique, vectors, words, word_vectors):
            picked = (self.loaded_head.probabilities(wv) >= self.loaded_head.threshold
                      if len(spans) else [])
            out[t] = (v, [span for span, keep in zip(spans, picked) if keep])
        return out

    def prefetch(self, texts: list[str]) -> None:
        """Encode `texts` now, in one length-sorted pass, and keep them (replacing what was
        kept): across articles the batches pad far less than within one (bench/RESULTS.md)."""
        self._kept, self._fresh = self._encode(texts), {}

    def _results(self, texts: list[str]) -> list[tuple[np.ndarray, list[tuple[int, int]]]]:
        kept, fresh = self._kept, self._fresh
        missing = [t for t in texts if t not in kept and t not in fresh]
        if missing:
            fresh = {t: fresh[t] for t in texts if t in fresh}
            fresh.update(self._encode(missing))
            self._fresh = fresh
        return [kept[t] if t in kept else fresh[t] for t in texts]

    def proba(self, texts: list[str]) -> dict[str, np.ndarray]:
        results = self._results(texts)
        vectors = (np.stack([v for v, _ in results]) if results else
                   np.zeros((0, self.encoder.width), dtype=np.float32))
        return {n: self.encoder.heads[n].probabilities(vectors) for n in self.heads}

    def loaded(self, texts: list[str]) -> list[list[tuple[int, int]]] | None:
        """Per text, its loaded words as (start, end) offsets in that text; None when the
        file has no loaded-word head."""
        if self.loaded_head is None:
            return None
        return [spans for _, spans in self._results(texts)]


@functools.lru_cache(maxsize=None)
def load_encoder() -> VoiceEncoder:
    """The shipped voice encoder, loaded once per process. stages.encoder.EncoderMissing
    when its files are not in the package."""
    if not (MODELS_DIR / BLEND_FILE).is_file():
        raise EncoderMissing(f"voice encoder file not found: {MODELS_DIR / BLEND_FILE}. "
                             "Build it with `python -m newsdesk.training voice_encoder`")
    header = json.loads((MODELS_DIR / BLEND_FILE).read_text(encoding="utf-8"))
    return VoiceEncoder(SentenceEncoder(MODELS_DIR / MODEL_FILE, MODELS_DIR / HEADS_FILE),
                        header)
