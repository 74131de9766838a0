"""Scoring newsdesk against gold data: `newsdesk eval TASK --data PATH [--part learn|test|all]`.

Each task is a module here with `evaluate(data: Path, part=None, ...) -> dict` returning flat
scores and counts, `records` being the number of gold records scored (sentences, articles,
pages, as the task counts them). TASKS maps the task name to its module name; modules load
only when asked, so a task's heavy imports cost nothing to the others.

Every gold set is split by a hash of each record's key into a learn part and an internal test
part (evaluate.split; each reader names its key). `part` picks one of them; "all" (the
default) scores every record, as the floors pinned before the split were measured. This
package never imports newsdesk.training: the training scripts depend on it, not the reverse.
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
    "merge": "merge",
    "realnews": "realnews",
    "basil-quotes": "basil_quotes",
    "wikievents": "wikievents",
    "factuality": "factuality",
}
PARTS = ("all", "learn", "test")
VOICE_TASKS = ("subjectivity", "bias", "checkworthy")  # the tasks that score the voice stage's models


def evaluate(task: str, data: str | Path, voice_model: str = Options.voice_model,
             part: str = "all") -> dict:
    """Scores for one task on the gold data at `data` ({"part": part, ..., "records": n});
    `voice_model` picks the models that the subjectivity, bias and checkworthy tasks score
    ("linear" or "encoder"); `part` is "all", "learn" or "test". Raises EvalError for an
    unknown task or part, missing data, a folder given for a file (or the reverse), data of
    another kind (a file the task's reader cannot read, or one with no gold records)."""
    if task not in TASKS:
        raise EvalError(f"unknown task {task!r}; tasks: {', '.join(sorted(TASKS))}")
    if part not in PARTS:
        raise EvalError(f"unknown part {part!r}; parts: {', '.join(PARTS)}")
    path = Path(data)
    if not path.exists():
        raise EvalError(f"no gold data at {path}")
    module = importlib.import_module(f".{TASKS[task]}", __name__)
    chosen = None if part == "all" else part
    try:
        if task in VOICE_TASKS:
            scores = module.evaluate(path, voice_model, part=chosen)
        else:
            scores = module.evaluate(path, part=chosen)
    except IsADirectoryError:
        files = sorted(p.name for p in path.iterdir() if p.is_file())
        raise EvalError(f"eval {task} reads a gold file, and {path} is a folder; its files: "
                        f"{', '.join(files) or 'none'}") from None
    except NotADirectoryError:
        raise EvalError(f"eval {task} reads a gold folder, and {path} is a file") from None
    except (KeyError, ValueError, TypeError, AttributeError) as err:
        # a gold file of another task (or no gold file): its reader met fields it cannot use
        raise EvalError(f"eval {task} cannot read {path} ({type(err).__name__}: {err}); "
                        f"it reads {_reads(module)}") from err
    if scores.get("records") == 0:
        where = f"the {part} part of {path}" if part != "all" else str(path)
        raise EvalError(f"eval {task} found no gold records in {where}; it reads "
                        f"{_reads(module)}")
    return {"part": part, **scores}


def _reads(module) -> str:
    """What a task's gold data is: the first sentence of its module's docstring."""
    paragraph = " ".join((module.__doc__ or "?").strip().split("\n\n")[0].split())
    return paragraph.split(". ")[0].rstrip(".")


def f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
