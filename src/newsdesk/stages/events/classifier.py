"""The 5-class CAMEO sentence classifier at run time: the `cameo5` head of the shared
sentence encoder (stages/encoder.py: a MiniLM fine-tuned on the ConfliBERT sentences by
training/events.py, run through onnxruntime).

Classes (ConfliBERT): 0 statement/appeal (CAMEO 01-02), 1 verbal cooperation (03-05),
2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).

What reads it: `newsdesk eval cameo5` (a sentence's class is the lexicon's when the
classifier finds it probable, else the classifier's) and callers of `text_probabilities`.
The analysis does not: blended into an event's confidence, it changed the PLOVER learn
part's event type accuracy (the top event of each of 130 records) from 0.892 to 0.900 at a
tenth of the confidence and to 0.877 at a quarter, and it cost the events stage 2 to 3 s on
bench/throughput.py's 40 articles (a tenth of the analysis; measured 2026-12-01). Without the
encoder's files `available()` is False and `text_probabilities` gives None.
"""
from __future__ import annotations


import numpy as np

from ..encoder import SentenceEncoder, encoder_with

HEAD = "cameo5"
ROOT_CLASS = {1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3, 12: 3,
              13: 3, 14: 4, 15: 4, 16: 4, 17: 4, 18: 4, 19: 4, 20: 4}


def _encoder() -> SentenceEncoder | None:
    return encoder_with(HEAD)


def available() -> bool:
    """Whether the package holds an encoder with a cameo5 head."""
    return _encoder() is not None


def class_of(cameo: str) -> int:
    """The 5-class group of a CAMEO code ("190" -> 4)."""
    return ROOT_CLASS.get(int(cameo[:2]), 0)


def text_probabilities(texts: list[str]) -> np.ndarray | None:
    """(len(texts), 5) class probabilities of sentences given as text (evaluation), or None
    without the encoder."""
    encoder = _encoder()
    if encoder is None:
        return None
    return encoder.proba(list(texts), (HEAD,))[HEAD]
