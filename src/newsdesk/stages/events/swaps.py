"""Prisoner swaps named by a noun ("the trade of five Taliban prisoners for a US soldier", "a
prisoner exchange between Russia and Ukraine", "the swap freed 26 Ukrainian soldiers held by
Russia"). A swap is a release each way (CAMEO 0841 from each side to the other), as coders list
it, whether or not a light verb carries the noun ("completed a prisoner exchange" is coded by
the lexicon already). The two sides are read from the noun's own phrase: the people given up
for one another, the two parties "between" whom, or the people the swap freed and who held
them. A swap whose phrase names fewer than two sides is left alone: its parties are guesses.
"""
from __future__ import annotations

SWAP_NOUNS = {"swap", "exchange", "trade"}
# Who is swapped: people held by the other side. "trade of goods for oil" is commerce.
HELD_PEOPLE = {"prisoner", "hostage", "detainee", "captive", "pow", "soldier", "inmate",
               "serviceman", "servicemember", "sergeant", "fighter", "citizen", "national",
               "journalist", "body", "remains", "spy", "agent", "businessman", "student",
               "worker", "man", "woman", "civilian", "fisherman", "sailor", "crew", "pilot"}
# A swap that frees people: "the swap freed 26 soldiers", "the exchange returned 90 POWs".
FREEING = {"free", "release", "return", "bring", "repatriate"}


def _pobj(prep):
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def _preps(token, word: str):
    return [c for c in token.children if c.dep_ == "prep" and c.lower_ == word]


def _people(token) -> bool:
    """A phrase of people someone can hold: a person's name, a people's ("two Americans")
    or a noun of people ("prisoners", "spies")."""
    # "two Americans": a people's name (NORP) counts them as people
    return token is not None and (token.ent_type_ in ("PERSON", "NORP") or
                                  token.lemma_.lower() in HELD_PEOPLE or
                                  any(c.dep_ == "compound" and c.lemma_.lower() in HELD_PEOPLE
                                      for c in token.children))


def _holder(people):
    """Who held the people: "soldiers held by Russia", "captured by Hamas"."""
    for acl in (c for c in people.children if c.dep_ == "acl"):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            return _pobj(agent)
    return None


def swap_sides(noun) -> list:
    """The tokens heading the phrases of the swap's two sides, in the text's order, or []."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SWAP_NOUNS:
        return []
    prisoner_noun = any(c.dep_ == "compound" and c.lemma_.lower() in HELD_PEOPLE
                        for c in noun.children)
    for of in _preps(noun, "of"):
        # "the trade of five Taliban prisoners for Sgt. Bergdahl": the parser hangs "for" on
        # the noun or on the first group of people
        given = _pobj(of)
        fors = _preps(noun, "for") + (_preps(given, "for") if given is not None else [])
        taken = _pobj(fors[0]) if fors else None
        if _people(given) and _people(taken):
            return [given, taken]
    for between in _preps(noun, "between"):
        first = _pobj(between)
        second = next((c for c in first.children if c.dep_ == "conj"), None) \
            if first is not None else None
        if prisoner_noun and second is not None:
            return [first, second]
    # "the swap freed 26 soldiers held by Russia", "the swap that freed two men held by X"
    freeing = [noun.head] if noun.dep_ == "nsubj" else []
    freeing += [c for c in noun.children if c.dep_ == "relcl"]
    for verb in (v for v in freeing if v.lemma_.lower() in FREEING):
        freed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        holder = _holder(freed) if _people(freed) else None
        if holder is not None:
            return [freed, holder]
    return []


def swap_parties(doc, noun, context) -> list[dict]:
    """The two sides' actors (of two different countries), or [] when they are not both
    known."""
    # imported here: phrase_actors needs coding, which needs swap_sides from this module
    from .phrase_actors import resolve_phrase
    sides = swap_sides(noun)
    parties = [resolve_phrase(doc, token, context) for token in sides]
    home = context.get("home")
    for i, token in enumerate(sides):
        other = (parties[1 - i] or {}).get("country") if len(sides) == 2 else None
        mine = (parties[i] or {}).get("country")
        if token.ent_type_ == "PERSON" and home and home != other and (not mine or
                                                                        mine == other):
            # "five Taliban prisoners for Sgt. Smith": a person the story does not place is
            # of the state it is about (the state it names most), as the person swapped for
            # another state's people mostly is. A swap is between two states, so a person
            # given the other side's state took it from the words around, not from himself.
            start, end = token.idx, token.idx + len(token)
            parties[i] = {"code": home, "country": home, "sector": None, "entity": None,
                          "start": start, "end": end}
    if len(parties) != 2 or not all(p and p.get("country") for p in parties) or \
            parties[0]["country"] == parties[1]["country"]:
        return []
    return parties

