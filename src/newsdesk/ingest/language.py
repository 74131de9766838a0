"""Language of a document, offline and cheap (py3langid's model ships inside its package).

A wrong "not English" costs far more than a missed one: the English stages skip the document.
So English function words decide first (a short English text is English even when the
character n-gram model hesitates), the model is asked only for texts that do not look
English, and it is believed only when it is sure; a short text it is unsure of keeps the
page's declared language, or none.
"""
from __future__ import annotations

import re
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SAMPLE_CHARS = 3000
MIN_WORDS = 4
SURE = 0.95
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for it as was with be by on not he she they we you this are "
    "at from his her have has had an but or which their its were been will would said says "
    "who after over into than more about there when also".split())
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _identifier():
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def english_share(words: list[str]) -> float:
    return sum(w.lower() in ENGLISH_FUNCTION_WORDS for w in words) / len(words) if words else 0.0


def primary(code: str | None) -> str | None:
    """'en-US' / 'en_GB' -> 'en'; None for an empty or odd code."""
    if not code:
        return None
    code = code.strip().replace("_", "-").split("-")[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def detect_language(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 code of the text; `declared` (an HTML lang, a feed's language) breaks ties."""
    declared = primary(declared)
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample)
    if len(words) < MIN_WORDS:
        return declared
    if english_share(words) >= 0.2:
        return "en"
    lang, prob = _identifier().classify(sample)
    if prob >= SURE and (len(words) >= 25 or declared is None or declared == lang):
        return lang
    return declared
