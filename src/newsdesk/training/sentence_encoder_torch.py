"""The sentence encoder in torch: MiniLM (a 6-layer, 384-wide BERT) written out plainly, one
linear head per task over the mean-pooled token vectors, multi-task fine-tuning and scoring.

Written here rather than taken from transformers so the GPU machine needs torch alone and the
weights go in and out in encoder_graph's layout (what the ONNX export reads). It computes
what transformers' BertModel computes (exact GELU, layer norm eps 1e-12, token type 0);
tests/test_sentence_encoder_torch.py checks that against transformers on the base weights.

The word, position and type embeddings stay as pre-trained (frozen): they are most of the
weights, fine-tuning them on 30k sentences moves rare words at random, and the trained
model then travels back as its transformer layers alone.
"""
from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from .sentence_encoder_bundle import Task, layer_count


@dataclass
class Config:
    epochs: int = 4
    lr: float = 5e-5          # encoder layers
    head_lr: float = 5e-4     # the heads start from zero knowledge: a larger step
    batch: int = 32
    cap: int = 12000          # rows of one task per epoch at most (CT24 has 18,800)
    warmup: float = 0.1       # share of steps with a linear warm-up, then linear decay
    weight_decay: float = 0.01
    dropout: float = 0.1
    seed: int = 13
    bucket: int = 1           # > 1: length-bucketed batches (CPU training; see _batches)


class Layer(nn.Module):
    def __init__(self, width: int, heads: int, inner: int, dropout: float):
        super().__init__()
        self.qkv, self.out = nn.Linear(width, 3 * width), nn.Linear(width, width)
        self.ffn1, self.ffn2 = nn.Linear(width, inner), nn.Linear(inner, width)
        self.ln1, self.ln2 = nn.LayerNorm(width, eps=1e-12), nn.LayerNorm(width, eps=1e-12)
        self.heads, self.p = heads, dropout

    def forward(self, x: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
        """x (batch, tokens, width); keep (batch, 1, 1, tokens) bool: True for real tokens."""
        b, t, w = x.shape
        q, k, v = self.qkv(x).view(b, t, 3, self.heads, w // self.heads).permute(2, 0, 3, 1, 4)
        ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=keep,
                                             dropout_p=self.p if self.training else 0.0)
        ctx = ctx.transpose(1, 2).reshape(b, t, w)
        x = self.ln1(x + F.dropout(self.out(ctx), self.p, self.training))
        inner = F.gelu(self.ffn1(x))
        return self.ln2(x + F.dropout(self.ffn2(inner), self.p, self.training))


class Encoder(nn.Module):
    """`forward(ids, mask)` -> (token vectors (batch, tokens, width), mean (batch, width))."""

    def __init__(self, weights: dict[str, np.ndarray], heads: int = 12, dropout: float = 0.1):
        super().__init__()
        vocab, width = weights["emb.word"].shape
        inner = weights["layer0.ffn1.w"].shape[1]
        self.word = nn.Embedding(vocab, width)
        self.position = nn.Embedding(weights["emb.position"].shape[0], width)
        self.token_type = nn.Parameter(torch.zeros(width))
        self.emb_ln = nn.LayerNorm(width, eps=1e-12)
        self.layers = nn.ModuleList(Layer(width, heads, inner, dropout)
                                    for _ in range(layer_count(weights)))
        self.p = dropout
        self.load_layout(weights)
        for p in (*self.word.parameters(), *self.position.parameters(), self.token_type,
                  *self.emb_ln.parameters()):
            p.requires_grad = False

    def _pairs(self):
        """(layout name, parameter, transposed?) for every weight."""
        yield "emb.word", self.word.weight, False
        yield "emb.position", self.position.weight, False
        yield "emb.type", self.token_type, False
        yield "emb.ln.w", self.emb_ln.weight, False
        yield "emb.ln.b", self.emb_ln.bias, False
        for i, layer in enumerate(self.layers):
            p = f"layer{i}."
            for name, lin in (("qkv", layer.qkv), ("out", layer.out), ("ffn1", layer.ffn1),
                              ("ffn2", layer.ffn2)):
                yield p + name + ".w", lin.weight, True
                yield p + name + ".b", lin.bias, False
            for name, ln in (("ln1", layer.ln1), ("ln2", layer.ln2)):
                yield p + name + ".w", ln.weight, False
                yield p + name + ".b", ln.bias, False

    def load_layout(self, weights: dict[str, np.ndarray]) -> None:
        with torch.no_grad():
            for name, param, transposed in self._pairs():
                value = torch.as_tensor(np.asarray(weights[name], dtype=np.float32))
                param.copy_(value.T if transposed else value)

    def layout(self, layers_only: bool = False) -> dict[str, np.ndarray]:
        """The weights in encoder_graph's layout (float32 numpy)."""
        out = {}
        for name, param, transposed in self._pairs():
            if layers_only and name.startswith("emb."):
                continue
            value = param.detach().float().cpu()
            out[name] = (value.T if transposed else value).contiguous().numpy()
        return out

    def forward(self, ids: torch.Tensor, mask: torch.Tensor):
        positions = torch.arange(ids.shape[1], device=ids.device)
        x = self.emb_ln(self.word(ids) + self.position(positions) + self.token_type)
        x = F.dropout(x, self.p, self.training)
        keep = mask[:, None, None, :].bool()
        for layer in self.layers:
            x = layer(x, keep)
        m = mask.unsqueeze(-1).to(x.dtype)
        return x, (x * m).sum(1) / m.sum(1).clamp(min=1.0)


def outputs(task: Task) -> int:
    return 1 if task.kind == "binary" else len(task.labels)


class Model(nn.Module):
    def __init__(self, weights: dict[str, np.ndarray], tasks: list[Task], dropout: float = 0.1):
        super().__init__()
        self.encoder = Encoder(weights, dropout=dropout)
        width = weights["emb.word"].shape[1]
        self.heads = nn.ModuleDict({t.name: nn.Linear(width, outputs(t)) for t in tasks})
        self.drop = nn.Dropout(dropout)

    def logits(self, name: str, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        _, pooled = self.encoder(ids, mask)
        return self.heads[name](self.drop(pooled))


def pad(rows: list[np.ndarray], device) -> tuple[torch.Tensor, torch.Tensor]:
    n = max(len(r) for r in rows)
    ids = np.zeros((len(rows), n), dtype=np.int64)
    mask = np.zeros((len(rows), n), dtype=np.float32)
    for i, r in enumerate(rows):
        ids[i, :len(r)], mask[i, :len(r)] = r, 1.0
    return (torch.from_numpy(ids).to(device, non_blocking=True),
            torch.from_numpy(mask).to(device, non_blocking=True))


def _loss(task: Task, logits: torch.Tensor, gold: torch.Tensor, pos_weight) -> torch.Tensor:
    if task.kind == "binary":
        return F.binary_cross_entropy_with_logits(logits[:, 0], gold.float(),
                                                  pos_weight=pos_weight)
    return F.cross_entropy(logits, gold)


def _batches(tasks: list[Task], cfg: Config, rng: random.Random) -> list[tuple[int, list[int]]]:
    """One epoch: each task's rows shuffled and cut at `cfg.cap`, in batches of one task,
    batches of all tasks shuffled together (so tasks take turns in proportion to size)."""
    out = []
    for k, t in enumerate(tasks):
        rows = list(range(len(t)))
        rng.shuffle(rows)
        rows = rows[:cfg.cap]
        if cfg.bucket > 1:
            # rows of similar length batched together (within a window of `bucket` batches,
            # so batches stay random): padding to the longest row was most of a CPU step
            span = cfg.batch * cfg.bucket
            rows = [r for s in range(0, len(rows), span)
                    for r in sorted(rows[s:s + span], key=lambda i: len(t.ids[i]))]
        out += [(k, rows[i:i + cfg.batch]) for i in range(0, len(rows), cfg.batch)]
    rng.shuffle(out)
    return out


def fit(weights: dict[str, np.ndarray], tasks: list[Task], cfg: Config, device: str,
        log=print, deadline: float = float("inf")) -> Model:
    """Fine-tune one encoder with one head per task on all rows of `tasks` (the caller
    passes the training rows only). bf16 autocast on CUDA, float32 on CPU. Training stops
    (and says so) at `deadline` (a time.perf_counter() value): a CPU run on shared cores
    cannot know its speed in advance."""
    torch.manual_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    model = Model(weights, tasks, cfg.dropout).to(device)
    cuda = device.startswith("cuda")
    enc = [p for p in model.encoder.parameters() if p.requires_grad]
    groups = [{"params": enc, "lr": cfg.lr}, {"params": list(model.heads.parameters()),
                                              "lr": cfg.head_lr}]
    opt = torch.optim.AdamW(groups, weight_decay=cfg.weight_decay,
                            **({"fused": True} if cuda else {}))
    per_epoch = len(_batches(tasks, cfg, random.Random(0)))
    total = max(1, cfg.epochs * per_epoch)
    start = time.perf_counter()

    def progress(s: int) -> float:
        # share of the run done: steps, or time where a deadline ends the run first, so the
        # learning rate still warms up and decays to zero within the time there is
        budget = deadline - start
        return max(s / total, (time.perf_counter() - start) / budget if budget > 0 else 0.0)

    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, progress(s + 1) / cfg.warmup) * max(0.0, 1.0 - progress(s)))
    # the rarer class weighs more (square root of the ratio: full weight over-predicts it)
    pos_weight = {}
    for t in tasks:
        share = float(np.clip(np.mean(t.label) if len(t) else 0.5, 0.02, 0.98))
        pos_weight[t.name] = torch.tensor(math.sqrt((1 - share) / share), device=device)
    for epoch in range(cfg.epochs):
        model.train()
        # losses summed on the device and read once an epoch (a read per step would wait
        # for the GPU every step)
        t0, counts = time.perf_counter(), np.zeros(len(tasks))
        sums = torch.zeros(len(tasks), device=device)
        for step, (k, rows) in enumerate(_batches(tasks, cfg, rng)):
            if time.perf_counter() > deadline:
                log(f"    deadline: epoch {epoch + 1} stopped after {step} steps")
                break
            task = tasks[k]
            ids, mask = pad([task.ids[i] for i in rows], device)
            with torch.autocast("cuda", dtype=torch.bfloat16, enabled=cuda):
                logits = model.logits(task.name, ids, mask)
            gold = torch.from_numpy(task.label[rows]).to(device, non_blocking=True)
            loss = _loss(task, logits.float(), gold, pos_weight[task.name])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            sums[k] += loss.detach()
            counts[k] += 1
        sums = sums.cpu().numpy()
        losses = ", ".join(f"{t.name} {s / max(c, 1):.3f}" for t, s, c in zip(tasks, sums, counts))
        log(f"    epoch {epoch + 1}/{cfg.epochs}: {int(counts.sum())} steps, "
            f"{time.perf_counter() - t0:.1f} s; {losses}")
        if time.perf_counter() > deadline:
            break
    return model


@torch.inference_mode()
def embed(model: Model, ids: list[np.ndarray], device: str, batch: int = 256) -> np.ndarray:
    """Mean-pooled sentence vectors (rows, width), float32, in the order given."""
    model.eval()
    width = model.encoder.word.weight.shape[1]
    out = np.zeros((len(ids), width), dtype=np.float32)
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    for s in range(0, len(order), batch):
        rows = order[s:s + batch]
        x, m = pad([ids[i] for i in rows], device)
        out[rows] = model.encoder(x, m)[1].float().cpu().numpy()
    return out


def head_arrays(model: Model, name: str) -> tuple[np.ndarray, np.ndarray]:
    """(W (width, outputs), b (outputs,)) of one head, float32."""
    lin = model.heads[name]
    return (lin.weight.detach().float().cpu().numpy().T.copy(),
            lin.bias.detach().float().cpu().numpy().copy())
