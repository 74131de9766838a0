"""Threats told as what a foe will undergo (report 19, item 18's class): "Israel will pay a
heavy price", "the US would face serious consequences if it rejects our proposal", "Taiwan
will face severe consequences", said by a state's or an armed group's speaker. The one to pay
is the clause's subject, so the lexicon's reading (the subject acts) is turned around: the
threat (CAMEO 130) is the speaker's and its target is the subject, made when said, as a
warning of consequences is (cameo_verbs.tsv: warn + consequence). CAMEO codes such statements
as threats, not as a future act of the one who pays. A threat of one's own side ("Europe will
pay a heavy price if we do nothing", said by a European) is a forecast, and a commentator's
("analysts said Russia would face consequences") no threat: neither is coded.
"""
from __future__ import annotations

from .refine import GENERIC_DOERS, retaliation

# The lexicon rows (cameo_verbs.tsv: face + consequence, pay + price) that read this way.
FOE_VERBS = {"face", "pay"}
THREAT_CODE = "130"
FUTURE_AUX = {"will", "would", "shall", "'ll"}
# Verbs that code the threat themselves ("warned that X would face ...": 13x by warn).
THREAT_HEADS = {"warn", "threaten", "vow", "caution", "promise", "pledge"}
# Sectors that speak for a side that can hit back (none: the state or the group itself).
THREAT_SECTORS = {None, "", "GOV", "MIL", "SPY", "LEG", "REB", "UAF", "PTY", "ELI", "OPP"}


def foe_to_pay(verb, code: str | None) -> bool:
    """Is the trigger "X will/would face consequences / pay a heavy price" (the lexicon rows
    of this class, whatever their tense: `threat_made` says whether a threat is coded)?"""
    return code == THREAT_CODE and verb.lemma_.lower() in FOE_VERBS and retaliation(verb)


def threat_made(verb) -> bool:
    """Is the clause a threat the speaker makes: future, not negated, not under a warning
    verb that codes the threat itself ("has paid a heavy price" is a past toll)?"""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not aux & FUTURE_AUX or any(c.dep_ == "neg" for c in verb.children):
        return False
    head = verb.head
    return not (verb.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in THREAT_HEADS)


def _anyone(verb) -> bool:
    """Is the one to pay anyone at all ("Whoever harms us will pay", "Anyone who attacks Iran
    will face a crushing response")?"""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subj is not None and subj.dep_ == "csubj":
        subj = next((c for c in subj.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in GENERIC_DOERS


def speaker_threat(verb, quote, subjects: list[dict]) -> tuple[dict, list[dict]] | None:
    """(the speaker's actor record, the subjects of another side) when the speaker of the
    quote holding the clause can threaten and some subject is of another country; None
    otherwise (no event: a forecast, a comment, a past toll or a warning coded by its verb)."""
    if not threat_made(verb):
        return None
    speaker = (quote.source or {}) if quote is not None else {}
    actor = speaker.get("actor") or {}
    country = actor.get("country")
    if not country or actor.get("sector") not in THREAT_SECTORS or speaker.get("start") is None:
        return None
    foes = [s for s in subjects if s.get("country") and s["country"] != country]
    if not foes and not _anyone(verb):
        return None  # ("whoever harms us will pay": a threat on a foe the text names elsewhere)
    source = {"code": actor.get("code"), "country": country, "sector": actor.get("sector"),
              "entity": speaker.get("entity"), "start": speaker["start"],
              "end": speaker["end"]}
    return source, foes
