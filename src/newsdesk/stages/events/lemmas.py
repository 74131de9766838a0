"""Lemmas spaCy's lemmatizer gets wrong for inflected verbs and plural nouns the events
lexicon knows.

spaCy's lemmatizer strips "-ed" / "-ing" by rule and sometimes strips too much or too
little: "staged" -> "stag", "waged" -> "wag", so "staged military exercises" and "waged
attacks" lost their light verb and coded nothing. When a past or present participle's lemma
is no verb the stage knows, the candidate stems of its own word form ("staged" -> "stage",
"stopped" -> "stop", "carried" -> "carry") are tried, and the first the stage knows becomes
the lemma. Verbs the stage does not know are left alone: their lemma decides nothing here.
Plural nouns get the same repair ("taxes" -> "taxis", so "imposed import taxes" lost its act):
a plural whose lemma is no noun the lexicon knows takes the known singular its form allows.
"""
from __future__ import annotations

from functools import lru_cache

from .coding import LIGHT_VERBS
from .tables import lexicon
from .frames import FRAME_OF

INFLECTED_TAGS = {"VBD", "VBN", "VBG"}
# Irregular forms of known verbs the lemmatizer keeps as they are ("rebels retook the town").
IRREGULAR = {"retook": "retake", "retaken": "retake", "overran": "overrun"}


@lru_cache(maxsize=1)
def _known_verbs() -> frozenset[str]:
    verbs = {lemma for lemma, pos in lexicon() if pos == "VERB"}
    return frozenset(verbs | LIGHT_VERBS | set(FRAME_OF))


@lru_cache(maxsize=1)
def _known_nouns() -> frozenset[str]:
    return frozenset(lemma for lemma, pos in lexicon() if pos == "NOUN")


def _singulars(word: str) -> list[str]:
    """Candidate singulars of a plural form, most likely first ("taxes" -> "tax",
    "parties" -> "party", "talks" -> "talk")."""
    out = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and len(word) > 2:
        out.append(word[:-1])
    return out


def _stems(word: str) -> list[str]:
    """Candidate base forms of an "-ed" / "-ing" form, most likely first."""
    out = []
    for suffix in ("ed", "ing"):
        if not word.endswith(suffix) or len(word) <= len(suffix) + 2:
            continue
        base = word[:-len(suffix)]
        out += [base + "e", base]  # "staged" -> "stage", "walked" -> "walk"
        if len(base) > 2 and base[-1] == base[-2]:
            out.append(base[:-1])  # "stopped" -> "stop"
        if suffix == "ed" and base.endswith("i"):
            out.append(base[:-1] + "y")  # "carried" -> "carry"
    return out


def repair_lemmas(parsed) -> None:
    """Give each inflected verb (and plural noun) whose lemma the stage does not know the known
    base form (singular) its word form allows, and the IRREGULAR forms theirs (in place on the
    shared parse: the events stage is the last of default_stages(), so no other stage sees
    it)."""
    known, nouns = _known_verbs(), _known_nouns()
    for tok in parsed:
        if tok.tag_ == "NNS" and tok.lemma_.lower() not in nouns:
            singular = next((s for s in _singulars(tok.lower_) if s in nouns), None)
            if singular is not None:
                tok.lemma_ = singular
            continue
        if tok.lower_ in IRREGULAR and tok.pos_ == "VERB":
            tok.lemma_ = IRREGULAR[tok.lower_]  # (tagged VBP as often as VBD)
            continue
        if tok.tag_ not in INFLECTED_TAGS or tok.lemma_.lower() in known:
            continue
        stem = next((s for s in _stems(tok.lower_) if s in known), None)
        if stem is not None:
            tok.lemma_ = stem
