"""Every input becomes a document or an error item: nothing is dropped."""
import json

from newsdesk.errors import InputError
from newsdesk.ingest import read_sources
from newsdesk.model import Document
from newsdesk.options import Options


def write(path, data):
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


def test_bad_inputs_become_error_items_and_the_rest_goes_on(tmp_path):
    write(tmp_path / "a-good.txt", "A title\n\nThe army said on Monday it had taken the town.")
    write(tmp_path / "b-empty.txt", "")
    write(tmp_path / "c-binary.txt", b"\x00\x01\x02binary\x00")
    write(tmp_path / "d-latin1.txt", "caf\xe9".encode("latin-1"))
    write(tmp_path / "e-big.txt", "word " * 3000)
    lines = [json.dumps({"id": "j1", "text": "Police arrested ten people."}), "{not json",
             json.dumps({"id": "j3", "title": "no text"}), json.dumps([1, 2]), "",
             json.dumps({"id": "j5", "text": "Rebels attacked a convoy.", "authors": "A. B; C. D"}),
             json.dumps({"id": "j6", "text": "Rebels attacked a lorry.", "authors": 7})]
    write(tmp_path / "f.jsonl", "\n".join(lines))
    items = list(read_sources([str(tmp_path), str(tmp_path / "missing.txt")], Options(max_bytes=10_000)))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.meta.doc_id for d in docs] == [None, "j1", "j5", "j6"]
    assert docs[2].meta.authors == ["A. B", "C. D"]
    assert docs[3].meta.authors == ["7"]
    assert len(errors) == 8
    reasons = " | ".join(e.reason for e in errors)
    for expected in ("empty", "binary", "invalid UTF-8", "limit", "not JSON", "no text", "not an object",
                     "no such file"):
        assert expected in reasons
    # The JSONL errors say which line.
    assert {e.source.rsplit(":", 1)[-1] for e in errors if ".jsonl" in e.source} == {"2", "3", "4"}
    assert next(e for e in errors if "no text" in e.reason).doc_id == "j3"


def test_field_mapping_for_corpora(tmp_path):
    path = write(tmp_path / "c.jsonl", json.dumps(
        {"id": 7, "content_original": "Troops crossed the border.", "date": "2020-03-01T00:00:00"}))
    opts = Options(fields={"content_original": "text", "date": "published"})
    (doc,) = read_sources([str(path)], opts)
    assert doc.text == "Troops crossed the border."
    assert doc.meta.published == "2020-03-01"
    assert doc.meta.doc_id == "7"


def test_unsupported_file_type_is_an_error(tmp_path):
    write(tmp_path / "photo.png", b"\x89PNG")
    (item,) = read_sources([str(tmp_path / "photo.png")])
    assert isinstance(item, InputError) and "unsupported" in item.reason


def test_a_store_inside_the_ingested_folder_is_not_an_input(tmp_path):
    from newsdesk.api import ingest

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus / "a.txt", "The council approved the budget on Tuesday, the mayor said.")
    db = corpus / "desk.duckdb"
    first = ingest([str(corpus)], db=str(db), update_corpus=False)
    write(corpus / "b.txt", "Workers at the port went on strike over pay, a union said.")
    second = ingest([str(corpus)], db=str(db), update_corpus=False)
    assert (first.inputs, first.errors) == (1, 0)
    assert (second.articles, second.errors) == (1, 0)  # b.txt new; the store and its log skipped
    # a file of another kind in the folder is still an input, and an error row
    write(corpus / "notes.xlsx", b"PK\x03\x04")
    errors = [i for i in read_sources([str(corpus)]) if isinstance(i, InputError)]
    assert [e.source.rsplit("/", 1)[-1] for e in errors] == ["notes.xlsx"]
