"""The voice stage on small hand-written documents: whose voice, opinion or report, tone.
Opinion labels here come from the linear models (`voice_linear`); the default stage with the
encoder is tested in test_voice_encoder.py."""
from __future__ import annotations

import numpy as np
import pytest
from helpers.voice import QUOTED, REPORTS, VERDICTS, by_text

from newsdesk import nlp
from newsdesk.model import Document, Quote
from newsdesk.nlp import fill_from_parse
from newsdesk.stages.voice import tone as voice_tone
from newsdesk.stages.voice import voice_linear
from newsdesk.stages.voice.features import LinearModel, fit


def analysed(text: str, quotes=()) -> Document:
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))
    doc.quotes = list(quotes)
    return voice_linear(doc)


@pytest.fixture(scope="module")
def article() -> Document:
    paragraphs = [REPORTS[0], VERDICTS[0], QUOTED, REPORTS[1], VERDICTS[1], REPORTS[2], VERDICTS[2]]
    return analysed("\n\n".join(paragraphs))


def test_writer_verdicts_are_subjective_and_the_authors(article):
    sents = by_text(article)
    for text in VERDICTS:
        s = sents[text]
        assert s.voice == "author", text
        assert s.subjectivity["label"] == "SUBJ", (text, s.subjectivity)


def test_plain_reporting_is_objective(article):
    sents = by_text(article)
    for text in REPORTS:
        assert sents[text].subjectivity["label"] == "OBJ", (text, sents[text].subjectivity)
        assert sents[text].voice == "author"


def test_quoted_statement_is_attributed(article):
    assert by_text(article)[QUOTED].voice == "attributed"


def test_verdicts_score_as_more_subjective_and_biased_than_reports(article):
    sents = by_text(article)
    subj = [sents[t].subjectivity["score"] for t in VERDICTS]
    obj = [sents[t].subjectivity["score"] for t in REPORTS]
    assert min(subj) > max(obj)
    assert np.mean([sents[t].bias["score"] for t in VERDICTS]) > \
        np.mean([sents[t].bias["score"] for t in REPORTS])


def test_record_fields_are_filled_and_in_range(article):
    for s in article.sentences:
        assert 0.0 <= s.checkworthy <= 1.0
        assert s.bias["label"] in ("BIASED", "NEUTRAL")
        for w in s.loaded:
            assert s.start <= w["start"] < w["end"] <= s.end
            assert article.text[w["start"]:w["end"]] == w["text"]
    tone = article.article["tone"]
    assert set(tone) >= {"tone", "positive", "negative", "polarity"}
    assert tone["polarity"] == pytest.approx(tone["positive"] + tone["negative"], abs=1e-2)


def test_a_statistic_is_more_checkworthy_than_a_greeting():
    doc = analysed("Unemployment fell to 3.5 percent last year, the lowest since 1969.\n\n"
                   "Thank you all for coming tonight.")
    stat, greeting = doc.sentences
    assert stat.checkworthy >= 0.5 > greeting.checkworthy


def test_loaded_words_marked_in_a_slanted_sentence():
    doc = analysed("The radical mob of far-left extremists rampaged through the city.")
    words = {w["text"].lower() for w in doc.sentences[0].loaded}
    assert words & {"radical", "mob", "extremists", "far-left", "rampaged"}
    assert "city" not in words and "the" not in words


def test_reported_speech_of_a_source_is_attributed_but_the_writer_is_not():
    text = "The minister said that the sanctions would be lifted soon. I said that he is wrong."
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))

    def span(t, after=0):
        start = text.index(t, after)
        return {"start": start, "end": start + len(t), "text": t}

    second = text.index("I said")
    doc.quotes = [
        Quote(id="q0", kind="indirect", source=span("The minister"), cue=span("said"),
              content=span("the sanctions would be lifted soon")),
        Quote(id="q1", kind="indirect", source=span("I", second), cue=span("said", second),
              content=span("he is wrong")),
    ]
    voice_linear(doc)
    assert [s.voice for s in doc.sentences] == ["attributed", "author"]


def test_tone_sign():
    pos = voice_tone.count("The rescue was a wonderful success and the families were grateful.")
    neg = voice_tone.count("The attack killed dozens in a horrific massacre.")
    assert voice_tone.sentence_tone(pos) > 0 > voice_tone.sentence_tone(neg)
    negated = voice_tone.count("The plan was not a success.")
    assert voice_tone.sentence_tone(negated) < 0


def test_model_file_round_trips_without_pickle(tmp_path):
    texts = ["good great fine", "bad awful poor", "great good", "awful bad"] * 3
    model = fit(["word"], texts, [1, 0, 1, 0] * 3, header={"positive": "P", "negative": "N"})
    model.save(tmp_path / "m.npz")
    again = LinearModel.load(tmp_path / "m.npz")
    assert np.allclose(model.proba(texts), again.proba(texts), atol=1e-2)
    assert (again.proba(["good great"]) > 0.5).all() and (again.proba(["bad awful"]) < 0.5).all()
