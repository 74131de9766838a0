"""`newsdesk eval TASK --data PATH`: scores as JSON."""
from __future__ import annotations

import json

from ..evaluate import TASKS, evaluate
from .analyze import add_voice_option


def register(sub) -> None:
    p = sub.add_parser("eval", help="score newsdesk against gold data")
    p.add_argument("task", choices=sorted(TASKS))
    p.add_argument("--data", required=True, help="gold data file or folder")
    add_voice_option(p)
    p.set_defaults(run=run_eval)


def run_eval(args) -> int:
    scores = evaluate(args.task, args.data, args.voice_model)
    print(json.dumps(scores, indent=2))
    return 0
