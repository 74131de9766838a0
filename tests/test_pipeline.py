"""The pipeline's contract with its stages: order, return value, error policy."""
import pytest

from newsdesk.errors import StageError
from newsdesk.model import Document, Meta, to_record
from newsdesk.options import Options
from newsdesk.pipeline import Pipeline, stage


@stage("first", adds=("marks",))
def first(doc):
    doc.article["marks"] = ["first"]
    return doc


@stage("second", needs=("first",))
def second(doc):
    doc.article["marks"].append("second")
    return doc


@stage("forgetful")
def forgetful(doc):
    return None


@stage("broken")
def broken(doc):
    raise ValueError("boom")


def test_stages_run_in_order_after_the_parse():
    doc = Pipeline([first, second], Options(on_error="raise")).run(Document("Troops entered the city."))
    assert doc.article["marks"] == ["first", "second"]
    assert [(s.start, s.end) for s in doc.sentences] == [(0, 24)]  # "Troops entered the city." is 24 characters


def test_a_stage_whose_needs_have_not_run_is_refused():
    with pytest.raises(StageError, match="needs"):
        Pipeline([second, first])


def test_a_stage_that_returns_something_else_fails_loudly():
    with pytest.raises(StageError, match="returned NoneType"):
        Pipeline([forgetful], Options(on_error="raise")).run(Document("A sentence."))


def test_record_policy_writes_the_failure_on_the_article_and_goes_on():
    doc = Pipeline([broken, first], Options(on_error="record")).run(Document("A sentence."))
    assert doc.errors == [{"stage": "broken", "reason": "ValueError: boom"}]
    assert doc.article["marks"] == ["first"]


def test_non_english_documents_are_skipped_with_a_reason():
    doc = Pipeline([first]).run(Document("Le ministre a dit.", Meta(language="fr")))
    assert doc.sentences == [] and "marks" not in doc.article
    assert doc.errors[0]["stage"] == "language" and "'fr'" in doc.errors[0]["reason"]


def test_pipe_keeps_input_order_and_mixes_languages():
    docs = [Document("One sentence here."), Document("Hallo Welt.", Meta(language="de")),
            Document("Another one.")]
    out = list(Pipeline([first]).pipe(docs, batch_size=2))
    assert [d.text for d in out] == ["One sentence here.", "Hallo Welt.", "Another one."]
    assert [bool(d.sentences) for d in out] == [True, False, True]


def test_sentences_do_not_cross_paragraphs_and_entities_are_offsets():
    text = "Talks in Geneva\n\nRussia and Ukraine met in Geneva on Monday."
    record = to_record(Pipeline([]).run(Document(text)))
    assert [text[s["start"]:s["end"]] for s in record["sentences"]] == [
        "Talks in Geneva", "Russia and Ukraine met in Geneva on Monday."]
    for e in record["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    assert {"Russia", "Ukraine"} <= {e["text"] for e in record["entities"]}


def test_a_closing_quotation_mark_stays_with_its_sentence():
    quote = ('"We have never supplied lethal weapons to any party," foreign ministry spokesman '
             'Wang Wenbin told reporters on Friday, "and we will not start now."')
    text = quote + "\n\nThis is a failure.\n\n***\n\nThe end."
    doc = Pipeline([]).run(Document(text))
    assert [text[s.start:s.end] for s in doc.sentences] == [
        quote, "This is a failure.", "***", "The end."]
    assert [s.i for s in doc.sentences] == [0, 1, 2, 3]


def test_record_has_every_contract_key_and_span_texts_come_from_offsets():
    doc = Document("Rebels attacked a convoy.", Meta(doc_id="x1"))
    doc.quotes = []
    record = to_record(doc)
    assert list(record)[:9] == ["schema", "id", "meta", "text", "sentences", "entities", "quotes",
                                "events", "errors"]
    assert record["schema"] == "newsdesk.article/1"
    assert record["meta"]["doc_id"] == "x1"
    assert set(record["meta"]) >= {"title", "published", "publisher", "authors", "url", "language",
                                   "source", "doc_id"}
    # The id is the hash of the clean text alone: other meta does not change it.
    assert record["id"] == to_record(Document("Rebels attacked a convoy.", Meta(title="T")))["id"]
    assert record["id"] != to_record(Document("Rebels attacked a lorry."))["id"]


def _batch_hook(docs):
    seen = [d.text for d in docs]
    for d in docs:
        d.article["batch"] = seen


@stage("batched", needs=("first",), prepare=_batch_hook)
def batched(doc):
    # the hook ran on the whole batch before the stage runs on any one document, and every
    # earlier stage had run on all of them by then
    doc.article["marks"].append("batched:" + ",".join(doc.article["batch"]))
    return doc


def _broken_hook(docs):
    raise RuntimeError("hook down")


@stage("hooked", prepare=_broken_hook)
def hooked(doc):
    doc.article["hooked"] = True
    return doc


def test_a_stage_hook_sees_the_whole_batch_after_the_stages_before_it():
    docs = [Document("One sentence here."), Document("Hallo Welt.", Meta(language="de")),
            Document("Another one."), Document("A third.")]
    out = list(Pipeline([first, batched], Options(on_error="raise")).pipe(docs, batch_size=3))
    assert out[0].article["marks"] == ["first", "batched:One sentence here.,Another one."]
    assert out[2].article["marks"] == out[0].article["marks"]
    assert out[3].article["marks"] == ["first", "batched:A third."]
    assert "marks" not in out[1].article  # not English: no stage ran, no hook saw it


def test_a_failing_hook_is_recorded_or_raised_by_the_error_policy():
    docs = [Document("One sentence here."), Document("Another one.")]
    out = list(Pipeline([hooked], Options(on_error="record")).pipe(docs))
    assert [d.article.get("hooked") for d in out] == [True, True]  # the stage still ran
    assert all(not d.errors for d in out)
    with pytest.raises(StageError, match="hooked.*hook down"):
        list(Pipeline([hooked], Options(on_error="raise")).pipe(docs))
