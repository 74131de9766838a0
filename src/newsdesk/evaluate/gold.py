"""Gold readers for the sentence sets (CheckThat! subjectivity, CT24 check-worthiness, BABE),
each record keyed for the internal-test split (`evaluate.split`).

Keys: CheckThat! 2023 by `sentence_id`, CT24 by `Sentence_id`, BABE by article (`news_link`),
so that every sentence of one BABE article falls in one part. A reader's `part` is "learn",
"test" or None (all records). `path` may be one file or a folder: a folder reads every
`*.tsv` in it (train and dev together, as one public set split by the hash).
"""
from __future__ import annotations

import ast
import csv
from pathlib import Path

from .split import Part, only

csv.field_size_limit(10_000_000)

SUBJECTIVITY = "checkthat_subjectivity"
CHECKWORTHY = "checkworthiness"
BABE = "babe"


def _files(path: Path, pattern: str = "*.tsv") -> list[Path]:
    path = Path(path)
    return sorted(path.glob(pattern)) if path.is_dir() else [path]


def read_tsv_rows(path: Path, key_col: str, text_col: str, label_col: str) -> list[dict]:
    """[{key, text, label}] from one TSV file or every TSV file of a folder."""
    out = []
    for file in _files(path):
        with open(file, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                out.append({"key": row[key_col], "text": row[text_col],
                            "label": row[label_col].strip()})
    return out


def subjectivity_rows(path: Path, part: Part | None = None) -> list[dict]:
    """CheckThat! 2023 task 2 rows {key, text, label (1 = SUBJ)} of one part."""
    rows = read_tsv_rows(path, "sentence_id", "sentence", "label")
    rows = [dict(r, label=int(r["label"] == "SUBJ")) for r in rows]
    return only(rows, lambda r: r["key"], SUBJECTIVITY, part)


def read_subjectivity(path: Path, part: Part | None = None) -> tuple[list[str], list[int]]:
    """(texts, labels) with 1 = SUBJ, 0 = OBJ."""
    rows = subjectivity_rows(path, part)
    return [r["text"] for r in rows], [r["label"] for r in rows]


def checkworthy_rows(path: Path, part: Part | None = None) -> list[dict]:
    """CT24 task 1 rows {key, text, label (1 = Yes)} of one part."""
    rows = read_tsv_rows(path, "Sentence_id", "Text", "class_label")
    rows = [dict(r, label=int(r["label"] == "Yes")) for r in rows]
    return only(rows, lambda r: r["key"], CHECKWORTHY, part)


def read_checkworthy(path: Path, part: Part | None = None) -> tuple[list[str], list[int]]:
    """(texts, labels) with 1 = Yes (check-worthy)."""
    rows = checkworthy_rows(path, part)
    return [r["text"] for r in rows], [r["label"] for r in rows]


def babe_key(row: dict) -> str:
    """The article a BABE sentence comes from (its split key and its CV group)."""
    return row["news_link"] or f"{row['outlet']}|{row['topic']}"


def read_babe(path: Path, part: Part | None = None) -> list[dict]:
    """BABE SG2 rows (the CSV's columns as strings), whole articles per part."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    return only(rows, babe_key, BABE, part)


def babe_groups(rows: list[dict]) -> list[str]:
    """One group per article, so no fold sees another sentence of a test article."""
    return [babe_key(r) for r in rows]


def babe_labels(rows: list[dict]) -> list[int]:
    """1 = Biased, 0 = Non-biased (or No agreement)."""
    return [int(r["label_bias"] == "Biased") for r in rows]


def babe_loaded_words(row: dict) -> set[str]:
    """The row's `biased_words` (a Python list literal) as a lower-cased set."""
    try:
        return {w.lower() for w in ast.literal_eval(row.get("biased_words") or "[]")}
    except (ValueError, SyntaxError):
        return set()
