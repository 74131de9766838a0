"""The inputs ledger (store.ledger): an input's hash includes the field mapping, so ingesting
the same JSONL again with another `--field` mapping is a new input, and with the same mapping
adds nothing (issue 17.3)."""
from __future__ import annotations

import json

from newsdesk import Options, ingest
from newsdesk.errors import InputError
from newsdesk.model import Document
from newsdesk.store import Store
from newsdesk.store.ledger import InputKey, LedgerWriter, input_key_hash


def test_the_input_hash_includes_the_field_mapping():
    doc = Document(text="Police arrested ten protesters in the capital.")
    assert input_key_hash(doc) == doc.id  # no mapping: the hash older ledgers hold
    mapped = input_key_hash(doc, {"body": "text"})
    assert mapped != doc.id and mapped == input_key_hash(doc, {"body": "text"})
    two = input_key_hash(doc, {"body": "text", "day": "published"})
    assert two != mapped and two == input_key_hash(doc, {"day": "published", "body": "text"})
    err = InputError("no text", source="in.jsonl:2")
    assert input_key_hash(err, {"body": "text"}) != input_key_hash(err)


def test_the_ledger_tells_one_mapping_from_another(tmp_path):
    doc = Document(text="Police arrested ten protesters in the capital.")
    with Store(tmp_path / "l.duckdb") as store:
        writer = LedgerWriter(store, batch_size=10)
        first = InputKey("in.jsonl#0", input_key_hash(doc, {"body": "text"}))
        writer.error(first, "in.jsonl:1", None, "for the test")
        assert writer.accounted(first) == ("error", None)
        assert writer.accounted(InputKey("in.jsonl#0", input_key_hash(doc, {"body": "text", "d": "published"}))) is None
        writer.close()


def test_reingest_with_another_field_mapping_is_a_new_input(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "j1", "day": "2023-04-09", "body":
                               "Police arrested ten protesters in the capital on Friday."}) + "\n")
    db = str(tmp_path / "n.duckdb")
    first = ingest([str(src)], db=db, options=Options(quiet=True, fields={"body": "text"}))
    assert (first.inputs, first.articles) == (1, 1)
    remap = Options(quiet=True, fields={"body": "text", "day": "published"})
    second = ingest([str(src)], db=db, options=remap)
    assert second.resumed == 0 and second.inputs == 1  # not "already accounted for"
    third = ingest([str(src)], db=db, options=remap)
    assert third.resumed == 1 and third.articles == 0 and third.duplicates == 0
