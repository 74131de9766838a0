"""The `events` stage: clauses → CAMEO-coded events with PLOVER type, source and target actors,
modality, time, background flag, attribution and evidence.

    clauses.py     the stage: a sentence's triggers and frames ("agreed to", "urged ... to")
    build.py       one trigger -> its events: actors per side, code, modality, time, evidence
    tables.py      the CAMEO table, CAMEO → PLOVER, the trigger lexicon (read from lexicons/)
    coding.py      the verb/noun lexicon matched over the parse: triggers and their codes
    lemmas.py      "-ed" forms the lemmatizer cuts ("staged" → "stag") given their known verb
    arguments.py   where the doer stands in the parse (tokens)
    targets.py     where the one acted on stands in the parse (tokens)
    actors.py      those tokens → the clause's source and target actors
    phrase_actors.py  one noun phrase (an entity, a pronoun, a title, a listing) → an actor
    implied.py     actors the text implies: by place, the coercing state, victims
    pairs.py       "the two leaders", "both sides": the two parties named before or in the lede
    discourse.py   a counterpart named elsewhere in the article; one act told twice
    ground.py      acts on ground: blockades and occupations are acts of their own; ground
                   taken from the opponent cut off; a withdrawal is from a place
    anaphora.py    later mentions of an act ("the attack", "the summit") listed again
    responsibility.py  acts one is held responsible for ("X was behind the attack on Y",
                   "denied any role in"): the act, with X as its doer
    verb_acts.py   acts told with everyday words the lexicon misses: ground taken or
                   surrounded, crowds in the streets, continuing acts, clashes between two
                   named parties, the means of a response, pledges of aid
    refine.py      structural rules that keep, recode or drop a lexicon hit (metaphors,
                   releases of documents, abductions, suicide attacks, visits, slogans)
    measures.py    sanctions dealt as a blow ("slapped Iran with sanctions": 163 on Iran)
    recode.py      codes a verb lexicon gets wrong by CAMEO's definitions (tests, drills,
                   legal charges, incursions), on the clause and then with the actors
    actor_rules.py the same once the actors are known (visits need a counterpart; who used
                   force decides 18x / 19x / no event; police seizing people arrest them)
    nominal_parties.py  parties an event noun's own phrase names ("inter-Korean talks")
    objects.py     what kind of thing a noun phrase names (person, place, thing, abstract)
    modality.py    asserted / planned / hedged / negated / hypothetical / requested
    frames.py      frame verbs ("agreed to", "urged ... to", "refused to") and the CAMEO
                   codes of the acts they frame
    conditions.py  what opens a condition ("if", "unless", "in case"); its unnamed pronoun doer
    self_targets.py  no actor acting on itself by a coordination or a pronoun read from context
    (newsdesk/furniture.py: lines of the page that are no story, "READ MORE: ...", photo
                   credits: no events on them)
    time.py        the time expression of an event's clause; background events
    confidence.py  each event's `confidence`: the learned chance it is coded right
    dates.py       a time phrase resolved to a date against the publication day
    spans.py       distances and spans ("a week after", "has not ... since 2023") and the
                   past acts a dated report tells ("In 2019, X said Y had called")
    classifier.py  the 5-class sentence classifier (`newsdesk eval cameo5`; not run in the
                   analysis)
    learned.py     the encoder's PLOVER head as a veto on an unlikely rule type (measured;
                   not run in the analysis)
"""
from __future__ import annotations

from .clauses import events

__all__ = ["events"]
