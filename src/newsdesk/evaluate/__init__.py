"""Scoring newsdesk against gold data: `newsdesk eval TASK --data PATH`.

Each task is a module here with `evaluate(data: Path) -> dict` returning flat scores
(and counts). TASKS maps the task name to its module name; modules load only when asked,
so a task's heavy imports cost nothing to the others.
"""
from __future__ import annotations

import importlib
from pathlib import Path

from ..errors import EvalError
from ..options import Options

TASKS: dict[str, str] = {
    "subjectivity": "subjectivity",
    "bias": "bias",
    "checkworthy": "checkworthy",
    "events": "events",
    "actors": "actors",
    "cameo5": "cameo5",
    "attribution": "attribution",
    "extraction": "extraction",
    "metadata": "metadata",
    "stories": "stories",
}


def evaluate(task: str, data: str | Path, voice_model: str = Options.voice_model) -> dict:
    """Scores for one task on the gold data at `data`; `voice_model` picks the opinion
    models that the subjectivity and bias tasks score ("linear" or "encoder")."""
    if task not in TASKS:
        raise EvalError(f"unknown task {task!r}; tasks: {', '.join(sorted(TASKS))}")
    path = Path(data)
    if not path.exists():
        raise EvalError(f"no gold data at {path}")
    module = importlib.import_module(f".{TASKS[task]}", __name__)
    if task in ("subjectivity", "bias"):
        return module.evaluate(path, voice_model)
    return module.evaluate(path)


def f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
