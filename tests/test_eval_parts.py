"""`--part learn|test|all`: every gold reader keys its records for evaluate.split, and the
scores say which part they are and how many records they scored. Tiny gold files written
here (our own sentences), in the formats of the public sets."""
from __future__ import annotations

import json

from newsdesk.cli import main
from newsdesk.evaluate import evaluate
from newsdesk.evaluate.attribution import read_corpus
from newsdesk.evaluate.cameo5 import read_gold
from newsdesk.evaluate.events import gold_records
from newsdesk.evaluate.gold import babe_key, read_babe, read_checkworthy, subjectivity_rows
from newsdesk.evaluate.split import part_of

CLAIMS = [
    ("We cut the deficit by forty percent in four years.", "Yes"),
    ("Thank you all for coming tonight.", "No"),
    ("Unemployment fell to five percent last year.", "Yes"),
    ("I want to talk about the future.", "No"),
    ("The bill added two trillion dollars to the debt.", "Yes"),
    ("Let me finish my answer.", "No"),
    ("Crime rose by ten percent in our largest cities.", "Yes"),
    ("That is a great question.", "No"),
    ("Our exports to China doubled since 2010.", "Yes"),
    ("Good evening, everyone.", "No"),
    ("The state spends nine billion dollars on prisons.", "Yes"),
    ("We will see what happens.", "No"),
]


def write_ct24(path, ids):
    rows = ["Sentence_id\tText\tclass_label"]
    rows += [f"{i}\t{text}\t{label}" for i, (text, label) in zip(ids, CLAIMS)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_checkworthy_parts_partition_the_file_by_sentence_id(tmp_path):
    data = tmp_path / "ct24.tsv"
    ids = list(range(100, 100 + len(CLAIMS)))
    write_ct24(data, ids)
    test_ids = [i for i in ids if part_of(str(i), "checkworthiness") == "test"]
    learn_texts, _ = read_checkworthy(data, "learn")
    test_texts, _ = read_checkworthy(data, "test")
    assert len(test_texts) == len(test_ids) and len(learn_texts) == len(ids) - len(test_ids)
    assert set(learn_texts).isdisjoint(test_texts)
    scores = evaluate("checkworthy", data, part="learn")
    assert scores["part"] == "learn" and scores["records"] == len(learn_texts)
    assert evaluate("checkworthy", data)["records"] == len(CLAIMS)


def test_a_folder_reads_train_and_dev_together(tmp_path):
    write_ct24(tmp_path / "a_train.tsv", range(1, 13))
    write_ct24(tmp_path / "b_dev.tsv", range(13, 25))
    texts, labels = read_checkworthy(tmp_path)
    assert len(texts) == 24 and sum(labels) == 12


def test_cli_states_the_part_and_the_records(tmp_path, capsys):
    data = tmp_path / "ct24.tsv"
    write_ct24(data, range(500, 500 + len(CLAIMS)))
    assert main(["eval", "checkworthy", "--data", str(data), "--part", "test"]) == 0
    scores = json.loads(capsys.readouterr().out)
    expected = sum(part_of(str(i), "checkworthiness") == "test"
                   for i in range(500, 500 + len(CLAIMS)))
    assert scores["part"] == "test" and scores["records"] == expected


def test_subjectivity_rows_are_keyed_by_sentence_id(tmp_path):
    data = tmp_path / "dev_en.tsv"
    lines = ["sentence_id\tsentence\tlabel\tsolved_conflict"]
    lines += [f"id-{k}\tSentence number {k} is here.\t{'SUBJ' if k % 2 else 'OBJ'}\tFalse"
              for k in range(40)]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    test = subjectivity_rows(data, "test")
    assert test and all(part_of(r["key"], "checkthat_subjectivity") == "test" for r in test)
    assert len(subjectivity_rows(data)) == 40


def test_babe_keeps_whole_articles_in_one_part(tmp_path):
    data = tmp_path / "babe.csv"
    lines = ["text;news_link;outlet;topic;type;label_bias;label_opinion;biased_words"]
    for article in range(30):
        for k in range(3):
            lines.append(f"Sentence {k} of story {article}.;https://example.org/{article};"
                         f"outlet;topic;left;Biased;Entirely factual;[]")
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    learn, test = read_babe(data, "learn"), read_babe(data, "test")
    assert len(learn) + len(test) == 90 and test
    assert {babe_key(r) for r in learn}.isdisjoint({babe_key(r) for r in test})
    assert all(len([r for r in test if babe_key(r) == babe_key(t)]) == 3 for t in test)


def test_plover_and_conflibert_readers_split(tmp_path):
    plover = tmp_path / "plover.json"
    records = [{"id": "DOC", "event": "DOCUMENT"}]
    records += [{"id": f"R-{k}", "event": "AGREE", "text": f"Country {k} agreed."}
                for k in range(30)]
    plover.write_text(json.dumps(records), encoding="utf-8")
    test = gold_records(plover, "test")
    assert test and all(part_of(r["id"], "plover_gsr") == "test" for r in test)
    assert len(gold_records(plover)) == 30

    tsv = tmp_path / "conflibert.tsv"
    tsv.write_text("".join(f"Sentence {k} about troops.\t{k % 5}\n" for k in range(30)),
                   encoding="utf-8")
    test_rows = read_gold(tsv, "test")
    assert [t for t, _ in test_rows] == [f"Sentence {k} about troops." for k in range(30)
                                         if part_of(k, "conflibert_cameo") == "test"]


def test_polnear_root_reads_every_split_folder_by_article_name(tmp_path):
    for split, names in (("train", ["a1", "a2", "a3"]), ("dev", ["b1", "b2"])):
        (tmp_path / split / "text").mkdir(parents=True)
        (tmp_path / split / "attributions").mkdir()
        for name in names:
            text = f"The mayor said the bridge in {name} would open soon."
            (tmp_path / split / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
            ann = ("T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\n"
                   f"T3\tContent 15 {len(text) - 1}\t{text[15:-1]}\n"
                   "E1\tCue:T2 Source:T1 Content:T3\n")
            (tmp_path / split / "attributions" / f"{name}_abcd.ann").write_text(ann, encoding="utf-8")
    docs = read_corpus(tmp_path)
    assert [d["name"] for d in docs] == ["b1", "b2", "a1", "a2", "a3"]
    assert docs[0]["gold"][0]["source"] == [(0, 9)]
    test = read_corpus(tmp_path, part="test")
    assert [d["name"] for d in test] == [d["name"] for d in docs
                                         if part_of(d["name"], "polnear") == "test"]
    assert len(read_corpus(tmp_path / "dev")) == 2
