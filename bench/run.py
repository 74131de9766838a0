"""Every benchmark, one after the other (`make bench`); each updates its section of RESULTS.md.

    .venv/bin/python bench/run.py [--quick]

--quick runs smaller sizes (a smoke run; RESULTS.md is not touched).
The full corpus run takes the longest; its --limit can be set with CORPUS_LIMIT=N.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable


def main() -> int:
    quick = "--quick" in sys.argv
    limit = os.environ.get("CORPUS_LIMIT")
    steps = [
        ["throughput.py"] + (["--n", "20", "--no-write"] if quick else []),
        ["ingest_scale.py"] + (["--n", "40", "--no-write"] if quick else []),
        ["corpus_e2e.py"] + (["--limit", "40", "--no-write"] if quick else (["--limit", limit] if limit else [])),
    ]
    # Other helpers' benchmarks, when present (each writes its own section).
    steps += [[name] for name in ("html_ingest.py", "load_api.py") if (HERE / name).exists() and not quick]
    failed = 0
    for step in steps:
        print(f"== {' '.join(step)}", flush=True)
        failed += subprocess.call([PY, str(HERE / step[0]), *step[1:]]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
