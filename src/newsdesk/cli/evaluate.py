"""`newsdesk eval TASK --data PATH [--part learn|test|all]`: scores as JSON."""
from __future__ import annotations

import json

from ..evaluate import PARTS, TASKS, evaluate
from .analyze import add_voice_option


def register(sub) -> None:
    p = sub.add_parser("eval", help="score newsdesk against gold data")
    p.add_argument("task", choices=sorted(TASKS))
    p.add_argument("--data", required=True, help="gold data file or folder")
    p.add_argument("--part", choices=PARTS, default="all",
                   help="the records to score: the learn part, the internal test part, or all "
                        "(default; the split is a fixed hash of each record's key)")
    add_voice_option(p)
    p.set_defaults(run=run_eval)


def run_eval(args) -> int:
    scores = evaluate(args.task, args.data, args.voice_model, args.part)
    print(json.dumps(scores, indent=2))
    return 0
