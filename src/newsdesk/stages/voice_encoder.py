"""A small fine-tuned transformer for the voice stage, run in numpy (no torch at run time).

The model is the first layers of all-MiniLM-L6-v2 (a 384-wide BERT), fine-tuned by
training/voice_encoder.py with one logistic head per task (SUBJ, BIASED) over the mean of
the token vectors. It ships as one `.npz` (weights in float16, the WordPiece tokenizer as
JSON, a JSON header) that loads with `allow_pickle=False`.

Why numpy: the forward pass of a 3-layer, 384-wide encoder is a dozen matrix products, so
numpy's BLAS runs it about as fast as torch does, and the installed package stays free of a
deep-learning framework (training needs torch; `make models` installs it).
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

import numpy as np

MAX_TOKENS = 128  # a longer sentence is cut: its first 128 word pieces decide
BATCH = 16        # sentences of similar length go together, so little padding is computed
LAYER_NORM_EPS = 1e-12


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + LAYER_NORM_EPS) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU by its tanh form, in place: within 5e-4 of the exact (erf) one the model was
    trained with, and 9x faster than scipy's erf, which cost more than all the products."""
    y = x * x
    y *= np.float32(0.044715)
    y += np.float32(1.0)
    y *= x
    y *= np.float32(0.7978845608)  # sqrt(2 / pi)
    np.tanh(y, out=y)
    y += np.float32(1.0)
    y *= x
    y *= np.float32(0.5)
    return y


class SentenceEncoder:
    """Encoder layers plus per-task heads; `proba(texts)` gives each head's P(positive)."""

    def __init__(self, weights: dict[str, np.ndarray], header: dict, tokenizer_json: str):
        from tokenizers import Tokenizer

        self.header = header
        self.heads = list(header["heads"])
        self.n_layers = int(header["layers"])
        self.n_heads = int(header["attention_heads"])
        self.w = {k: v.astype(np.float32) for k, v in weights.items()}
        self.tokenizer = Tokenizer.from_str(tokenizer_json)
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)

    # -- io ---------------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        arrays = {k: v.astype(np.float16) for k, v in self.w.items()}
        np.savez_compressed(path, header=np.array(json.dumps(self.header)),
                            tokenizer=np.array(self.tokenizer.to_str()), **arrays)

    @classmethod
    def load(cls, path: Path) -> "SentenceEncoder":
        with np.load(path, allow_pickle=False) as z:
            header = json.loads(str(z["header"]))
            tokenizer = str(z["tokenizer"])
            weights = {k: z[k] for k in z.files if k not in ("header", "tokenizer")}
        return cls(weights, header, tokenizer)

    # -- forward ----------------------------------------------------------------------------

    def _layer(self, x: np.ndarray, mask_bias: np.ndarray, i: int) -> np.ndarray:
        w = self.w
        p = f"layer{i}."
        b, n, d = x.shape
        h, dh = self.n_heads, d // self.n_heads
        # Dense layers work on (b*n, d) matrices: numpy hands 2-D products to BLAS.
        flat = x.reshape(b * n, d)
        qkv = flat @ w[p + "qkv.w"] + w[p + "qkv.b"]
        qkv = qkv.reshape(b, n, 3, h, dh).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]                    # (b, h, n, dh)
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh) + mask_bias
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(b * n, d)
        flat = _layer_norm(flat + context @ w[p + "out.w"] + w[p + "out.b"],
                           w[p + "ln1.w"], w[p + "ln1.b"])
        inner = _gelu(flat @ w[p + "ffn1.w"] + w[p + "ffn1.b"])
        flat = _layer_norm(flat + inner @ w[p + "ffn2.w"] + w[p + "ffn2.b"],
                           w[p + "ln2.w"], w[p + "ln2.b"])
        return flat.reshape(b, n, d)

    def _pooled(self, ids: list[list[int]]) -> np.ndarray:
        """Mean of the last layer's token vectors, one row per sentence of the batch."""
        w = self.w
        n = max(len(t) for t in ids)
        padded = np.zeros((len(ids), n), dtype=np.int64)
        mask = np.zeros((len(ids), n), dtype=np.float32)
        for r, t in enumerate(ids):
            padded[r, :len(t)] = t
            mask[r, :len(t)] = 1.0
        x = w["emb.word"][padded] + w["emb.position"][:n] + w["emb.type"]
        x = _layer_norm(x, w["emb.ln.w"], w["emb.ln.b"])
        mask_bias = ((1.0 - mask) * -1e4)[:, None, None, :]
        for i in range(self.n_layers):
            x = self._layer(x, mask_bias, i)
        return (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)

    def embed(self, texts: list[str]) -> np.ndarray:
        ids = [e.ids for e in self.tokenizer.encode_batch(list(texts))]
        out = np.zeros((len(ids), self.w["emb.word"].shape[1]), dtype=np.float32)
        order = sorted(range(len(ids)), key=lambda k: len(ids[k]))
        for start in range(0, len(order), BATCH):
            rows = order[start:start + BATCH]
            out[rows] = self._pooled([ids[k] for k in rows])
        return out

    def proba(self, texts: list[str]) -> dict[str, np.ndarray]:
        if not texts:
            return {name: np.zeros(0, dtype=np.float32) for name in self.heads}
        pooled = self.embed(texts)
        out = {}
        for name in self.heads:
            z = pooled @ self.w[f"head.{name}.w"] + self.w[f"head.{name}.b"]
            out[name] = 1.0 / (1.0 + np.exp(-z))
        return out


@functools.lru_cache(maxsize=None)
def load_encoder() -> SentenceEncoder:
    from .voice_features import MODELS_DIR

    return SentenceEncoder.load(MODELS_DIR / "voice_encoder.npz")
