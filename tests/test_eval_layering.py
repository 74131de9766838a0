"""evaluate/ sits under training/ (DESIGN.md, "Layout"): no module of newsdesk.evaluate may
import newsdesk.training, at module level or inside a function."""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from newsdesk.errors import EvalError
from newsdesk.evaluate import PARTS, TASKS, evaluate

# (the package attribute `newsdesk.evaluate` is the function; the module is looked up by name)
EVALUATE = Path(importlib.import_module("newsdesk.evaluate").__file__).parent


def imported_modules(path: Path) -> list[str]:
    """Every module an `import` or `from ... import` names in the file, made absolute."""
    package = "newsdesk.evaluate"
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.append(module)
            names += [f"{module}.{alias.name}" for alias in node.names]
    return names


def test_the_scanner_sees_function_level_and_relative_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from ..training.voice import read_babe\n")
    assert "newsdesk.training.voice" in imported_modules(sample)


def test_evaluate_never_imports_training():
    offenders = {path.name: name for path in sorted(EVALUATE.glob("*.py"))
                 for name in imported_modules(path) if name.startswith("newsdesk.training")}
    assert not offenders, offenders


def test_every_task_module_exists():
    for module in TASKS.values():
        assert (EVALUATE / f"{module}.py").is_file(), module


def test_unknown_part_is_an_eval_error(tmp_path):
    with pytest.raises(EvalError, match="part"):
        evaluate("checkworthy", tmp_path, part="dev")
    assert PARTS == ("all", "learn", "test")


@pytest.mark.parametrize("task", ["events", "cameo5", "bias", "wikievents"])
def test_a_folder_where_a_gold_file_is_read_is_an_eval_error_naming_its_files(tmp_path, task):
    (tmp_path / "gold.json").write_text("[]")
    with pytest.raises(EvalError, match=f"eval {task} reads a gold file.*gold.json"):
        evaluate(task, tmp_path, part="test")


def test_the_factuality_gold_may_be_given_as_its_folder(tmp_path):
    """The folder is read (its meantime.jsonl, empty here, so no records: an error saying so)."""
    (tmp_path / "meantime.jsonl").write_text("")
    with pytest.raises(EvalError, match="eval factuality found no gold records in the test part"):
        evaluate("factuality", tmp_path, part="test")


CT24_LIKE = "Sentence_id\tText\tclass_label\n1\tTaxes rose.\tYes\n"


@pytest.mark.parametrize("task, name, text", [
    ("subjectivity", "gold.tsv", CT24_LIKE),             # a check-worthiness file
    ("factuality", "gold.jsonl", "not json at all\n"),
    ("extraction", "gold.json", '[{"url": "x"}]'),         # a list where a mapping is read
    ("cameo5", "gold.tsv", CT24_LIKE),                    # readable, but no record of its kind
])
def test_gold_data_of_another_kind_is_an_eval_error_saying_what_the_task_reads(tmp_path, task,
                                                                               name, text):
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(EvalError, match=f"eval {task} (cannot read|found no gold records in) "
                                        f".*{name}.*; it reads "):
        evaluate(task, path)


def test_eval_help_says_what_each_task_scores():
    """`newsdesk eval --help` lists every task with the first paragraph of its module's
    docstring, which must say what is scored and not only the command."""
    from newsdesk.cli.evaluate import task_summaries

    entries: list[list[str]] = []
    for line in task_summaries().splitlines()[1:]:
        if line[2] != " ":  # a task's first line; continuations are indented further
            entries.append(line.split(None, 1))
        else:
            entries[-1][1] += " " + line.strip()
    assert sorted(name for name, _ in entries) == sorted(TASKS)
    for name, summary in entries:
        described = summary.split("`:", 1)[-1] if summary.startswith("`") else summary
        assert len(described.split()) >= 3, (name, summary)
