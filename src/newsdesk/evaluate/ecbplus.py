"""The ECB+ gold reader (../shared/data/ecbplus/articles.jsonl), for the stories and merge tasks.

One JSON object per article: `id` (document name, the split key: dataset "ecbplus"), `topic`,
`subtopic` (the story-grouping gold), `text` (tokens joined by spaces, one sentence a line),
`events` (action mentions: `start`/`end` character offsets into `text`, optional `parts`,
`instance` = cross-document event id or null, `sentence` = line number) and
`annotated_sentences` (the lines whose mentions were checked: score only there).
"""
from __future__ import annotations

import json
from pathlib import Path

from ..errors import EvalError
from .split import Part, only

DATASET = "ecbplus"
FILE = "articles.jsonl"


def ecbplus_file(path: Path) -> Path | None:
    """The ECB+ articles file at `path` (the file, or a folder holding it), else None."""
    path = Path(path)
    file = path / FILE if path.is_dir() else path
    if not file.is_file() or file.suffix != ".jsonl":
        return None
    with open(file, encoding="utf-8") as fh:
        first = fh.readline()
    try:
        return file if "subtopic" in json.loads(first) else None
    except ValueError:
        return None


def read_ecbplus(path: Path, part: Part | None = None) -> list[dict]:
    """The articles of one part (None: all), in file order."""
    file = ecbplus_file(path)
    if file is None:
        raise EvalError(f"no ECB+ {FILE} at {path}")
    with open(file, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return only(docs, lambda d: d["id"], DATASET, part)


def mention_spans(mention: dict) -> list[tuple[int, int]]:
    """A mention's character spans (its parts when discontinuous)."""
    parts = mention.get("parts") or [[mention["start"], mention["end"]]]
    return [(int(s), int(e)) for s, e in parts]


def scored_mentions(doc: dict) -> list[dict]:
    """The gold mentions in the article's annotated sentences (the ones to score)."""
    lines = set(doc.get("annotated_sentences") or [])
    return [m for m in doc.get("events") or [] if m.get("sentence") in lines]
