"""Whom a pair noun stands for: "the two leaders", "both countries", "both sides" are the last
two states (or, for warring sides, bodies) named before it, or the one named last and the
article's other state, or the two its lede names; "officials from both countries" are each
state's organ; "the three countries" the states listed together. Who reports or mediates,
an outlet and a place are never one of the two. (events/actors.py asks for these, for a
pair noun as the doer or as the one acted on.)"""
from __future__ import annotations

from ..actors import NON_STATE, OCCASION_NOUNS, code_phrase, names_a_border
from .implied import LOCATIVE_PREPS, actor_record, in_dateline


# Plural nouns that name a pair already in the text: "the two leaders", "both countries".
PAIR_NOUNS = {"leader", "country", "nation", "side", "government", "state", "neighbour",
              "neighbor", "rival", "power", "capital", "economy", "adversary", "ally", "party",
              "faction", "president", "premier", "minister", "counterpart", "junta",
              "regime"}
# ("the two presidents", "both foreign ministers": the heads of the two states named before)
# Pair nouns whose two may be of one country ("the two sides" of a civil war).
WARRING_PAIRS = {"side", "party", "faction", "rival", "adversary"}
GROUP_SIZES = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
PAIR_SPAN = 2  # the pair is named in this sentence or the two before it


def the_two(doc, subj, context) -> list[dict]:
    """ "The two leaders have exchanged threats", "both countries slapped tariffs on each
    other": a plural pair noun ("the two", "both", or "the countries") stands for the last two
    states named before it (this sentence and the two before; "the two sides" of a civil war
    may be of one state), not counting who reports it, as actor records; [] when the phrase
    is no such pair or two are not named."""
    pair = _organs_of_the_two(doc, subj, context) or _rivals_of_one_state(subj)
    if pair:
        return pair
    if subj.lemma_.lower() not in PAIR_NOUNS or subj.tag_ != "NNS":
        return []
    if any(c.dep_ in ("amod", "compound", "nmod") and any(g.dep_ == "conj" for g in c.children)
           for c in subj.children):
        return []  # "the U.S. and Chinese presidents" name their own two (each_named)
    words = {c.lower_ for c in subj.children if c.dep_ in ("det", "nummod", "predet")}
    if not words & ({"the", "both"} | set(GROUP_SIZES)):
        return []
    # "the three countries", "all four nations": as many states as the number says
    size = max([GROUP_SIZES[w] for w in words if w in GROUP_SIZES] or [2])
    listed = _listed_together(doc, subj, context, size) if size > 2 else []
    if listed:
        return listed
    here = doc.sentence_at(subj.idx)
    floor = here.i - PAIR_SPAN if here is not None else -1
    # who reports or mediates is not one of the two ("Omani and UN mediators said ... the two
    # sides"), unless the two are not named without a speaker of a sentence before ("Trump
    # said he gets on with Kim. ... the two leaders"); one of this sentence never is
    speakers = [((q.source["start"], q.source["end"]),
                 _sentence_index(doc, q.source["start"]) == (here.i if here else None))
                for q in doc.quotes if q.source and q.source.get("start") is not None]
    key = "code" if subj.lemma_.lower() in WARRING_PAIRS else "country"
    for skipped in ([span for span, _ in speakers], [span for span, same in speakers if same]):
        pair = _last_two(doc, subj, context, floor, skipped, key, size)
        if pair:
            return pair
    return _pair_with_main(doc, subj, context, floor, speakers) or \
        (_lede_pair(doc, subj, context, key) if size == 2 else [])


LEDE_SENTENCES = 2  # the headline's or the first sentence and the one after it


def _lede_pair(doc, subj, context, key: str) -> list[dict]:
    """The story's two sides as its lede names them, when the sentences before the pair
    noun name neither ("Sudan's army and the RSF fought fierce battles ..." then, paragraphs
    later, "U.N. agencies have accused both sides"): the lede's two parties, distinct by
    `key`; [] when it names fewer or more than two."""
    here = doc.sentence_at(subj.idx)
    if here is None or here.i < LEDE_SENTENCES:
        return []
    pair: list[dict] = []
    for ent in sorted(doc.entities, key=lambda e: e.start):
        sent = doc.sentence_at(ent.start)
        if sent is None or sent.i >= LEDE_SENTENCES:
            break
        if not ent.actor or not ent.actor.get("country") or ent.actor["country"] in NON_STATE \
                or in_dateline(ent.start, context) or _named_as_place(subj.doc, ent) or \
                names_a_border(doc, ent) or _names_a_mediator(subj.doc, ent) or \
                ent.actor.get("sector") == PRESS:
            continue
        actor = _owned_body(doc, subj.doc, ent) or ent.actor
        if all(p[key] != actor[key] for p in pair):
            pair.append(actor_record(actor, ent.start, ent.end, ent.id))
    if key == "code":  # two bodies of one state: the state's bare name is where they are
        # ("the army and the RSF fought ... in El Fasher")
        pair = [p for p in pair if p.get("sector") or
                not any(q.get("sector") and q["country"] == p["country"] for q in pair)]
    return pair if len(pair) == 2 else []


def _listed_together(doc, subj, context, size: int) -> list[dict]:
    """ "Saudi Arabia, the UAE, Bahrain and Egypt agreed ... The four states had cut ties":
    three or more states counted by a number noun are the last list (one coordination in the
    parse) that named exactly that many states together, anywhere before it in the article:
    a story names its group once and then counts it. [] when no such list comes before."""
    firsts = sorted({_first_conjunct(t).i for t in subj.doc[:subj.i] if t.dep_ in LISTING},
                    reverse=True)
    for i in firsts:
        named = []
        for member in _conjuncts(subj.doc[i]):
            words = [c for c in member.lefts if c.dep_ in ("compound", "det", "amod")]
            start = (words[0] if words else member).idx
            actor = code_phrase(doc.text[start:member.idx + len(member)],
                                date=doc.meta.published)
            if actor and actor.get("country") and actor["country"] not in NON_STATE:
                named.append(actor_record(actor, start, member.idx + len(member), None))
        if len(named) == size and len({a["country"] for a in named}) == size:
            return named
    return []


# The parse links the items of a list as conjuncts or, after a comma, as appositions
# ("Mali, Burkina Faso and Niger": Faso an apposition of Mali, Niger a conjunct of Faso).
LISTING = ("conj", "appos")


def _first_conjunct(token):
    while token.dep_ in LISTING and token.head.i != token.i:
        token = token.head
    return token


def _conjuncts(first) -> list:
    out, todo = [], [first]
    while todo:
        token = todo.pop()
        out.append(token)
        todo.extend(c for c in token.children if c.dep_ in LISTING)
    return sorted(out, key=lambda t: t.i)


# Plural organs of states, by sector: "the leaders of both countries", "the armies of the
# two neighbours" are each state's organ.
ORGAN_SECTORS = {"leader": "GOV", "official": "GOV", "government": "GOV", "minister": "GOV",
                 "president": "GOV", "diplomat": "GOV", "negotiator": "GOV", "envoy": "GOV",
                 "army": "MIL", "military": "MIL", "force": "MIL", "troop": "MIL",
                 "navy": "MIL"}


def _organs_of_the_two(doc, subj, context) -> list[dict]:
    """ "The leaders of both countries raised tariffs", "officials from the two sides met":
    the organs (ORGAN_SECTORS) of a pair (the_two on the noun after "of" / "from") are the
    pair's, each of its state and of the organ's sector; [] for any other phrase."""
    sector = ORGAN_SECTORS.get(subj.lemma_.lower())
    if sector is None or subj.tag_ != "NNS":
        return []
    owner = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                  for g in c.children if g.dep_ == "pobj"), None)
    if owner is None:
        return []
    pair = the_two(doc, owner, context)
    return [dict(a, sector=sector, code=a["country"] + sector) for a in pair]


def _rivals_of_one_state(subj) -> list[dict]:
    """ "Libya's two rival governments traded accusations", "Somalia's two rival factions":
    a pair noun whose own phrase names one state (its possessive) is two bodies of that
    state, each the other's counterpart: two records of the state (and the organ's sector),
    the whole phrase and its head noun."""
    if subj.lemma_.lower() not in PAIR_NOUNS or subj.tag_ != "NNS" or not any(
            c.lower_ in ("two", "both") for c in subj.children):
        return []
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    country = (code_phrase(" ".join(t.text for t in owner.subtree if t.dep_ != "case")) or
               {}).get("country") if owner is not None else None
    if not country or country in NON_STATE:
        return []
    sector = ORGAN_SECTORS.get(subj.lemma_.lower())
    first = {"code": country + (sector or ""), "country": country, "sector": sector,
             "entity": None, "start": subj.left_edge.idx, "end": subj.idx + len(subj)}
    return [first, dict(first, start=subj.idx)]


# Mentions before the pair noun that make a state the article's other party.
MAIN_MENTIONS = 2


def _pair_with_main(doc, subj, context, floor: int, speakers: list) -> list[dict]:
    """The pair when the last sentences name only one of the two: the story's two are that
    state and the one the article has named most before them (at least MAIN_MENTIONS times).
    "Trump disputed an account of his ties with Kim Jong Un ... (three sentences on the
    newspaper) ... the two leaders, who have exchanged threats": a story's pair is named in
    its lede and then referred to, and the window of PAIR_SPAN sentences may hold one of
    them only. `speakers`: [(span, in this sentence)] of the quotes' sources, skipped as in
    the_two. [] when the window names no state or the article no second one."""
    skipped = [span for span, _ in speakers]
    near = _last_two(doc, subj, context, floor, skipped, "country", size=1) or \
        _last_two(doc, subj, context, floor, [span for span, same in speakers if same],
                  "country", size=1)
    if not near:
        return []
    first = near[0]
    counts: dict[str, int] = {}
    latest: dict[str, tuple] = {}
    for ent in doc.entities:
        actor = ent.actor or {}
        country = actor.get("country")
        if ent.start >= subj.idx or not country or country in NON_STATE or \
                country == first["country"] or in_dateline(ent.start, context) or \
                any(a <= ent.start < b for a, b in skipped) or _named_as_place(subj.doc, ent) \
                or actor.get("sector") == PRESS:
            continue
        counts[country] = counts.get(country, 0) + 1
        latest[country] = (ent.actor, ent.start, ent.end, ent.id)
    if not counts:
        return []
    best = max(counts, key=lambda c: (counts[c], latest[c][1]))
    if counts[best] < MAIN_MENTIONS:
        return []
    actor, start, end, ent_id = latest[best]
    return sorted([first, actor_record(actor, start, end, ent_id)], key=lambda a: a["start"])


def _last_two(doc, subj, context, floor: int, skipped: list, key: str,
              size: int = 2) -> list[dict]:
    """The last two (or `size`) states named before `subj` from sentence `floor` on, outside
    `skipped` spans, distinct by `key` (country or code); [] when fewer."""
    pair: list[dict] = []
    for ent in sorted(doc.entities, key=lambda e: -e.start):
        if ent.start >= subj.idx or not ent.actor or not ent.actor.get("country") \
                or ent.actor["country"] in NON_STATE or in_dateline(ent.start, context) \
                or any(a <= ent.start < b for a, b in skipped):
            continue
        sent = doc.sentence_at(ent.start)
        if sent is not None and sent.i < floor:
            break
        if _named_as_place(subj.doc, ent) or _names_a_mediator(subj.doc, ent) or \
                ent.actor.get("sector") == PRESS:
            continue  # "met Kim in Singapore": where, not one of the two; "Saudi and U.S.
            # mediators" are between the two; "officials told Al Jazeera": who reports
        actor = _owned_body(doc, subj.doc, ent) or ent.actor
        if all(p[key] != actor[key] for p in pair):
            pair.append(actor_record(actor, ent.start, ent.end, ent.id))
        if len(pair) == size:
            return sorted(pair, key=lambda a: a["start"])
    return []


def _owned_body(doc, parsed, ent) -> dict | None:
    """The actor of the phrase a state's name owns ("Sudan's army": SDNMIL, not Sudan), when
    the phrase names a body of that state; else None."""
    span = parsed.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "poss" or span.root.head.i < span.root.i:
        return None
    head = span.root.head
    found = code_phrase(doc.text[ent.start:head.idx + len(head)], date=doc.meta.published)
    if found and found.get("country") == ent.actor.get("country") and found.get("sector"):
        return found
    return None


def _sentence_index(doc, offset: int) -> int | None:
    sent = doc.sentence_at(offset)
    return sent.i if sent is not None else None


def _named_as_place(parsed, ent) -> bool:
    """The entity is the object of "in", "at", "near" ... (its last token's head chain), or
    names the place of an occasion ("the Kazan summit")."""
    tok = next((t for t in parsed if t.idx <= ent.start < t.idx + len(t)), None)
    while tok is not None and tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
        if tok.lower_ in OCCASION_NOUNS:
            return True  # "on the sidelines of the Kazan summit": where it was held
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in LOCATIVE_PREPS - {"of"}:
        return False
    # "fired rockets at Israel": aimed at, a side (AIMING_VERBS), not where
    return not (tok.head.lower_ == "at" and tok.head.head.lemma_.lower() in AIMING_VERBS)


AIMING_VERBS = {"fire", "shoot", "launch", "aim", "lob", "hurl", "direct", "point", "strike"}


PRESS = "JRN"  # the media sector (actors/phrase.py): an outlet reports, it is no side

MEDIATOR_NOUNS = {"mediator", "envoy", "broker", "intermediary", "facilitator", "go-between",
                  "negotiator", "host"}


# Verbs whose agent is between the two ("talks hosted by the German chancellor").
MEDIATING_VERBS = {"host", "broker", "mediate", "facilitate", "sponsor", "chair", "convene"}


def _names_a_mediator(parsed, ent) -> bool:
    """The entity names the side of a mediator ("Saudi and U.S. mediators", "a Qatari
    envoy": its words modify a mediator noun) or is the agent of a mediating participle
    ("in talks to be hosted by German Chancellor Olaf Scholz", "a truce brokered by Qatar")."""
    tok = next((t for t in parsed if t.idx <= ent.start < t.idx + len(t)), None)
    while tok is not None and tok.dep_ in ("compound", "amod", "conj", "nmod") and \
            tok.head.i != tok.i and tok.head.pos_ in ("PROPN", "ADJ", "NOUN"):
        tok = tok.head
        if tok.lemma_.lower() in MEDIATOR_NOUNS:
            return True
    return tok is not None and tok.dep_ == "pobj" and tok.head.dep_ == "agent" and \
        tok.head.head.lemma_.lower() in MEDIATING_VERBS
