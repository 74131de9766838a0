"""The voice stage's optional encoder (`--voice-model encoder`): the numpy transformer and the
stage wiring. Its scores on gold data are gated in tests/gold/test_voice_gold.py."""
from __future__ import annotations

import numpy as np
import pytest

from newsdesk import Options, Pipeline, nlp
from newsdesk.model import Document
from newsdesk.pipeline import fill_from_parse
from newsdesk.stages import default_stages
from newsdesk.stages.voice import voice, voice_with_encoder
from newsdesk.stages.voice_encoder import SentenceEncoder, load_encoder

from test_voice import QUOTED, REPORTS, VERDICTS, by_text

EXAMPLE_VERDICT = ("This is starting to look like a massive foreign policy failure for the "
                   "White House, which spent a year trying to keep Beijing at arm's length "
                   "from the Kremlin.")


def test_padding_does_not_change_a_sentence_score():
    """A short sentence batched with long ones (so padded) scores as it does alone: the
    attention mask and the mean over real tokens work."""
    encoder = load_encoder()
    short = "Prices rose."
    long_ones = [VERDICTS[0] * 3, REPORTS[1] * 2]
    alone = encoder.proba([short])
    batched = encoder.proba([short] + long_ones)
    for head in encoder.heads:
        assert abs(alone[head][0] - batched[head][0]) < 1e-4


def test_long_sentences_are_cut_not_refused():
    encoder = load_encoder()
    scores = encoder.proba([" ".join(["word"] * 2000), ""])
    for head in encoder.heads:
        assert scores[head].shape == (2,)
        assert np.all((scores[head] >= 0) & (scores[head] <= 1))


def test_file_round_trips_without_pickle(tmp_path):
    encoder = load_encoder()
    path = tmp_path / "enc.npz"
    encoder.save(path)
    again = SentenceEncoder.load(path)  # np.load(allow_pickle=False) inside
    texts = [VERDICTS[1], REPORTS[0]]
    for head in encoder.heads:
        assert np.allclose(encoder.proba(texts)[head], again.proba(texts)[head], atol=1e-6)


def test_options_pick_the_voice_stage():
    assert voice in default_stages(Options())
    assert voice_with_encoder in default_stages(Options(voice_model="encoder"))
    with pytest.raises(ValueError):
        Options(voice_model="bert-large")


@pytest.fixture(scope="module")
def encoder_article() -> Document:
    paragraphs = [REPORTS[0], VERDICTS[0], QUOTED, REPORTS[1], EXAMPLE_VERDICT, REPORTS[2],
                  VERDICTS[2]]
    text = "\n\n".join(paragraphs)
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))
    return voice_with_encoder(doc)


def test_encoder_marks_verdicts_subj_and_reports_obj(encoder_article):
    sents = by_text(encoder_article)
    for text in VERDICTS[0::2] + [EXAMPLE_VERDICT]:
        assert sents[text].voice == "author"
        assert sents[text].subjectivity["label"] == "SUBJ", (text, sents[text].subjectivity)
    for text in REPORTS:
        assert sents[text].subjectivity["label"] == "OBJ", (text, sents[text].subjectivity)
    assert sents[QUOTED].voice == "attributed"


def test_pipeline_with_encoder_fills_the_record():
    from newsdesk import to_record

    record = to_record(Pipeline(options=Options(voice_model="encoder", on_error="raise")).run(
        Document(text=REPORTS[0] + "\n\n" + EXAMPLE_VERDICT)))
    assert not record["errors"]
    for s in record["sentences"]:
        assert s["subjectivity"]["label"] in ("SUBJ", "OBJ")
        assert s["bias"]["label"] in ("BIASED", "NEUTRAL")
