"""`python -m newsdesk.training [NAME...]`: rebuild shipped models from ../shared/data with
fixed seeds, printing each model's dev scores. Each trainer is a module here with `main()`."""
from __future__ import annotations

import importlib
import sys

# Trainer modules, in the order they run (each writes its weights to src/newsdesk/models/).
TRAINERS: list[str] = [
    "quotes",
    "voice",
    "voice_encoder",  # needs torch ([train] extra) and, to be practical, a GPU: its note
    "voice_opinion",  # the opinion-section prior, measured with the models above
    "events",
    "event_confidence",  # runs the analysis on blind-coded articles: after the models above
]


def main(argv: list[str]) -> int:
    names = argv or TRAINERS
    unknown = [n for n in names if n not in TRAINERS]
    if unknown:
        print(f"unknown trainer(s) {unknown}; trainers: {TRAINERS}", file=sys.stderr)
        return 2
    for name in names:
        print(f"== training {name}", flush=True)
        importlib.import_module(f".{name}", __package__).main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
