"""The README's example outputs are what its commands print, so the README cannot go stale.

A checked block in README.md is a fenced block right after the line `<!-- checked -->`. In it,
each line starting with `$ ` is a command and the lines after it, up to the next command, are
what it prints. A block after `<!-- checked: part of $ COMMAND -->` is one JSON object that
must appear, as it is, somewhere in the JSON that COMMAND prints (an excerpt of a record).

The commands run in README order, in a temporary directory holding a copy of examples/ (so
`--db examples.duckdb` builds a fresh store there, shared by the commands after it). Output
is compared after normalising only ids (hex hashes), timings and the temporary path. Every
fenced block of the README that shows a `$ newsdesk` command must be a checked one.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
NEWSDESK = Path(sys.executable).with_name("newsdesk")
BLOCK = re.compile(r"^```[^\n]*\n(.*?)^```", re.S | re.M)
MARK = re.compile(r"<!-- checked(?::\s*part of \$ (?P<part>.+?))?\s*-->\s*\Z")
# ids: article ids (12 or 32 hex), merged-event ids (ev + 8), story ids (st + 14), GDELT-style
# long numbers are not printed by any example. A hex word needs a digit, so "deadbeef"-like
# English words stay.
IDS = re.compile(r"\b(ev|st)?(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{8,32}\b")
TIMINGS = re.compile(r"\b\d+(?:\.\d+)?\s?(?:ms|s|sec|seconds|min)\b")


@dataclass
class Example:
    line: int          # README line of the command (or of the block, for a JSON excerpt)
    command: str       # as the README shows it, without "$ "
    expected: str      # the output the README shows (or the JSON excerpt)
    kind: str          # "output" | "json-part"


def readme_examples(text: str) -> list[Example]:
    """The checked examples of a README, in order."""
    out: list[Example] = []
    for block in BLOCK.finditer(text):
        before = text[:block.start()].rstrip("\n").rsplit("\n", 1)[-1]
        mark = MARK.search(before)
        if not mark:
            continue
        first = text.count("\n", 0, block.start()) + 2  # line number of the block's first line
        body = block.group(1)
        if mark.group("part"):
            out.append(Example(first, mark.group("part").strip(), body, "json-part"))
            continue
        current: Example | None = None
        for n, line in enumerate(body.splitlines()):
            if line.startswith("$ "):
                current = Example(first + n, line[2:].strip(), "", "output")
                out.append(current)
            elif current is None:
                raise ValueError(f"README line {first + n}: a checked block starts with a `$ ` command")
            else:
                current.expected += line + "\n"
    return out


def unchecked_command_blocks(text: str) -> list[int]:
    """README lines of fenced blocks that show `$ newsdesk` commands but are not checked."""
    lines = []
    for block in BLOCK.finditer(text):
        before = text[:block.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if re.search(r"^\$ newsdesk\b", block.group(1), re.M) and not MARK.search(before):
            lines.append(text.count("\n", 0, block.start()) + 1)
    return lines


def normalise(output: str, workdir: Path | None = None) -> str:
    if workdir is not None:
        output = output.replace(str(workdir) + os.sep, "").replace(str(workdir), ".")
    output = IDS.sub(lambda m: (m.group(1) or "") + "<id>", output)
    output = TIMINGS.sub("<time>", output)
    return "\n".join(line.rstrip() for line in output.strip("\n").splitlines())


def contains(found, part) -> bool:
    """Whether the JSON value `part` equals `found` or a value nested anywhere in it."""
    if found == part:
        return True
    if isinstance(found, dict):
        return any(contains(v, part) for v in found.values())
    if isinstance(found, list):
        return any(contains(v, part) for v in found)
    return False


def argv(command: str) -> list[str]:
    words = shlex.split(command)
    if words[0] != "newsdesk":
        raise ValueError(f"README example runs {words[0]!r}; only newsdesk commands are checked")
    return [str(NEWSDESK), *words[1:]]


EXAMPLES = readme_examples(README.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ran(tmp_path_factory) -> tuple[Path, dict[str, subprocess.CompletedProcess]]:
    """(the directory, each distinct README command's result): every command run once, in
    README order, in one fresh directory."""
    workdir = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "examples", workdir / "examples")
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    results: dict[str, subprocess.CompletedProcess] = {}
    for ex in EXAMPLES:
        if ex.command not in results:
            results[ex.command] = subprocess.run(argv(ex.command), cwd=workdir, env=env, text=True,
                                                 capture_output=True, timeout=600)
    return workdir, results


def test_the_readme_has_checked_examples():
    commands = [ex.command for ex in EXAMPLES]
    assert "newsdesk analyze examples/china-defence-minister.txt" in commands
    assert any(c.startswith("newsdesk ingest examples/") for c in commands)
    assert sum(ex.kind == "output" for ex in EXAMPLES) >= 5, commands
    assert all(ex.expected.strip() for ex in EXAMPLES), [ex.command for ex in EXAMPLES if not ex.expected.strip()]


def test_every_readme_command_block_is_checked():
    assert unchecked_command_blocks(README.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("ex", EXAMPLES, ids=[f"L{ex.line}:{ex.command}" for ex in EXAMPLES])
def test_readme_example(ran, ex: Example):
    workdir, results = ran
    done = results[ex.command]
    assert done.returncode == 0, f"README line {ex.line}: `{ex.command}` failed:\n{done.stderr}"
    if ex.kind == "json-part":
        part = json.loads(ex.expected)
        records = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
        assert contains(records, part), (
            f"README line {ex.line}: this JSON is no longer in the output of `{ex.command}`")
        return
    got = normalise(done.stdout, workdir)
    want = normalise(ex.expected)
    assert got == want, (f"README line {ex.line}: `{ex.command}` prints something else now; "
                         f"update the README from the command's output")


# -- the check itself: a changed output fails, only ids/timings/paths are forgiven ---------------
SAMPLE = """Some prose.

<!-- checked -->
```
$ newsdesk articles --db x.duckdb
id            title
a3732f4dbadd  China to send
$ newsdesk events --db x.duckdb
ev973b017e  2023-04-16  042
```

```
$ newsdesk stories
not checked
```

<!-- checked: part of $ newsdesk analyze --json a.txt -->
```json
{"id": "ev6", "cameo": "072"}
```
"""


def test_parser_finds_commands_outputs_and_unchecked_blocks():
    found = readme_examples(SAMPLE)
    assert [(e.command, e.kind) for e in found] == [
        ("newsdesk articles --db x.duckdb", "output"), ("newsdesk events --db x.duckdb", "output"),
        ("newsdesk analyze --json a.txt", "json-part")]
    assert found[0].expected == "id            title\na3732f4dbadd  China to send\n"
    assert found[0].line == 5 and found[1].line == 8
    assert unchecked_command_blocks(SAMPLE) == [12]


def test_normalising_forgives_ids_timings_paths_and_nothing_else(tmp_path):
    shown = "a3732f4dbadd  3 quotes\nev973b017e st763239339d2c92 done in 2.5 s\n"
    printed = "0123456789ab  3 quotes\nev0000000a st0000000000000f done in 0.4 s\n"
    assert normalise(printed) == normalise(shown)
    assert normalise(f"{tmp_path}/examples/a.txt", tmp_path) == normalise("examples/a.txt")
    for changed in ("a3732f4dbadd  4 quotes", "a3732f4dbadd  3 quote", "a3732f4dbadd  3 quotes that"):
        assert normalise(changed) != normalise("a3732f4dbadd  3 quotes")
    assert normalise("11 sentences") != normalise("10 sentences")


def test_a_changed_json_excerpt_is_not_found():
    record = {"events": [{"id": "ev6", "cameo": "072", "time": {"date": None}}]}
    assert contains(record, {"id": "ev6", "cameo": "072", "time": {"date": None}})
    assert not contains(record, {"id": "ev6", "cameo": "073", "time": {"date": None}})
    assert not contains(record, {"id": "ev6", "cameo": "072"})  # a whole object, not a subset
