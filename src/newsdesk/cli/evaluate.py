"""`newsdesk eval TASK --data PATH [--part learn|test|all]`: scores as JSON."""
from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import textwrap
from pathlib import Path

from ..evaluate import PARTS, TASKS, evaluate
from .analyze import add_voice_option


def register(sub) -> None:
    p = sub.add_parser("eval", help="score newsdesk against gold data",
                       epilog=task_summaries(),
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("task", choices=sorted(TASKS), metavar="TASK", help="what to score (below)")
    p.add_argument("--data", required=True, help="gold data file or folder")
    p.add_argument("--part", choices=PARTS, default="all",
                   help="the records to score: the learn part, the internal test part, or all "
                        "(default; the split is a fixed hash of each record's key)")
    add_voice_option(p)
    p.set_defaults(run=run_eval)


def task_summaries() -> str:
    """'tasks:' and, per task, the first paragraph of its module's docstring (what it scores,
    on which gold data), read from the source file so that --help imports no scorer."""
    lines = ["tasks:"]
    for name, module in sorted(TASKS.items()):
        spec = importlib.util.find_spec(f"newsdesk.evaluate.{module}")
        source = Path(spec.origin).read_text(encoding="utf-8") if spec and spec.origin else ""
        doc = ast.get_docstring(ast.parse(source)) or ""
        summary = " ".join(doc.split("\n\n")[0].split())
        lines += textwrap.wrap(summary, width=100, initial_indent=f"  {name:13s} ",
                               subsequent_indent=" " * 16)
    return "\n".join(lines)


def run_eval(args) -> int:
    scores = evaluate(args.task, args.data, args.voice_model, args.part)
    print(json.dumps(scores, indent=2))
    return 0
