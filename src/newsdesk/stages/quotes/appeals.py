"""Demands, appeals, threats and namings that report no words (`names_an_act`).

"Raila Odinga called for nationwide demonstrations", "protesters marched, demanding his
resignation", "the EU threatened Moscow with new sanctions", "critics dismissed the plan,
calling it unaffordable": the verb names an act (an appeal, a demand, a threat: events the
events stage codes) or the speaker's description of something, and what follows it is a
noun phrase or a predicate with no verb of its own, not a statement anyone made. Such a
draft is no quote; speech.attribution_act keeps it as a `stance` (PolNeAR counts it). It stays
a quote when
- words of its content stand in quotation marks ('called the deal "a betrayal"', 'promised
  "grave consequences"': the speaker's words are reported);
- its content is a clause ("demanded that the vote be rerun", "called it a day when the
  talks failed" aside: a finite verb, speech.has_clause);
- it tells someone to do something ("called on the army to withdraw", "urged residents to
  leave", "threatened to resign": a to-infinitive says what was demanded or vowed, a
  statement; speech._directive and the announce category read those).
"Announced a ban", "vowed revenge" and "pledged support" are not touched: announcing makes the
act known by saying it (the announce category of lexicons/cues.txt).
"""
from __future__ import annotations

from .syntax import NAMING, Draft

# Verbs of demanding, appealing, proposing and threatening (lemmas; "call" counts only with
# "for": "called for calm"; plain "called X Y" is a naming). "Proposed a joint inquiry" makes
# an offer, an act; "proposed that the talks move to Geneva" says something.
DEMANDING = {"demand", "appeal", "urge", "threaten", "plead", "request", "propose"}


def names_an_act(sdoc, d: Draft, tok, ctx: dict, clause: bool) -> bool:
    """Is the draft, whose strongest speech word is `tok`, a demand, appeal, threat or naming
    with no quoted words (`ctx`: the stage's context, its double and single quotation
    marks), no clause (`clause`: speech.has_clause of the draft) and no to-infinitive in its
    content (see the module note)?"""
    if clause or not d.contents:
        return False
    lemma = tok.lemma_.lower()
    calls_for = lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for"
                                        for c in tok.children)
    if not (lemma in DEMANDING or calls_for or lemma in NAMING):
        return False
    tokens = [t for first, last in d.contents for t in sdoc[first:last]]
    if any(ctx["quote"][t.i] or ctx["single"][t.i] for t in tokens):
        return False
    # "called on the army to withdraw", "threatened to resign", "called for the troops to
    # leave": what is demanded or vowed is said, as a clause with its own verb
    return not any(t.pos_ in ("VERB", "AUX") and any(c.lower_ == "to" and c.dep_ == "aux"
                                                      for c in t.children) for t in tokens) \
        and not any(c.dep_ == "xcomp" for c in tok.children)
