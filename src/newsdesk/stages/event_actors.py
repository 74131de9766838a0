"""Source and target actors of a trigger, read from the dependency parse.

Source: the subject (climbing xcomp/conj chains: "China plans to send" → China), or the
`by` agent of a passive. Target: the passive subject, the object, the dative, or the object
of a preposition (on, against, to, with, for, ...) on the verb or on its object noun
("imposed sanctions on Russia"). Among candidates, one whose country differs from the
source's wins ("send its minister to Russia" → Russia, not the minister).

A phrase becomes an actor through, in order: an entity of the actors stage inside it, the
actors stage's `actor_for_span`, its `code_phrase`, and for pronouns and bare titles ("the
minister", "he") the speaker of the quote it is in or the last source actor (cheap coreference).
"""
from __future__ import annotations

TARGET_PREPS = ("on", "against", "to", "with", "for", "into", "from", "toward", "towards",
                "at", "upon", "over", "of", "between", "in")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "us", "his", "its",
            "their", "our"}
FIRST_PERSON = {"we", "i", "us", "our", "my"}
ROLE_NOUNS = {"minister", "president", "premier", "spokesman", "spokeswoman", "spokesperson",
              "official", "leader", "government", "ministry", "army", "military", "chancellor",
              "secretary", "diplomat", "envoy", "delegation", "king", "ambassador", "general",
              "commander", "prime", "authorities", "regime", "administration", "prosecutor"}
SUBJECT_DEPS = ("nsubj", "csubj")


def _actors_api():
    try:
        from . import actors
    except ImportError:  # the actors stage is not installed yet
        return None
    return actors


def np_bounds(token) -> tuple[int, int]:
    """Character span of a noun phrase: left edge to the head, plus compounds, appositions
    and "of" phrases (not relative clauses, which hold other actors)."""
    start = token.left_edge.idx
    end = token.idx + len(token)
    for child in token.children:
        if child.i > token.i and child.dep_ in ("appos", "compound", "flat", "nummod") or (
                child.dep_ == "prep" and child.lower_ == "of" and child.i > token.i):
            last = child.right_edge
            end = max(end, last.idx + len(last))
    return start, end


def _entity_actor(doc, start: int, end: int, head_offset: int):
    """The actor-bearing entity in [start, end): the one covering the head, else the nearest
    before it (a modifier such as "Chinese" in "Chinese troops"), else any."""
    found = [e for e in doc.entities if e.actor and e.start < end and e.end > start]
    if not found:
        return None
    covering = [e for e in found if e.start <= head_offset < e.end]
    if covering:
        return covering[0]
    before = [e for e in found if e.end <= head_offset + 1]
    return max(before, key=lambda e: e.end) if before else found[0]


def _as_actor_dict(value):
    if isinstance(value, dict):
        return value if value.get("code") or value.get("country") else None
    if isinstance(value, tuple):
        for part in value:
            if isinstance(part, dict):
                return _as_actor_dict(part)
            if getattr(part, "actor", None):
                return part.actor
    if getattr(value, "actor", None):
        return value.actor
    return None


def resolve_phrase(doc, token, context, context_country: str | None = None) -> dict | None:
    """{code, country, sector, entity, start, end} for the phrase headed by token. An actor
    with no country ("the minister" → GOV) is a weak answer: coreference may do better."""
    start, end = np_bounds(token)
    ent = _entity_actor(doc, start, end, token.idx)
    if ent is not None and ent.actor.get("country"):
        return _actor_record(ent.actor, ent.start, ent.end, ent.id)
    weak = _actor_record(ent.actor, ent.start, ent.end, ent.id) if ent is not None else None
    api = _actors_api()
    in_quote_first_person = token.lower_ in FIRST_PERSON and context.get("speaker")
    if api is not None and not in_quote_first_person:
        found = None
        if hasattr(api, "actor_for_span"):
            found = _as_actor_dict(api.actor_for_span(doc, start, end))
        if not (found and found.get("country")) and hasattr(api, "code_phrase") and \
                token.lower_ not in PRONOUNS:
            found = _as_actor_dict(api.code_phrase(doc.text[start:end], date=doc.meta.published,
                                                   context_country=context_country)) or found
        if found and found.get("country"):
            return _actor_record(found, start, end, None)
        weak = weak or (_actor_record(found, start, end, None) if found else None)
    low = token.lower_
    if low in FIRST_PERSON and context.get("speaker"):
        return dict(context["speaker"], start=token.idx, end=token.idx + len(token))
    if (low in PRONOUNS - FIRST_PERSON or _role_noun(token)) and context.get("last_source"):
        return dict(context["last_source"], start=token.idx, end=token.idx + len(token))
    return weak


def _role_noun(token) -> bool:
    """"the minister", "the spokesman": a definite role noun with no proper name in it."""
    return (token.lemma_.lower() in ROLE_NOUNS and any(c.lower_ == "the" for c in token.children)
            and not any(t.pos_ == "PROPN" for t in token.subtree))


def _actor_record(actor: dict, start: int, end: int, entity_id) -> dict:
    code = actor.get("code") or actor.get("country")
    return {"code": code, "country": actor.get("country"),
            "sector": actor.get("sector"), "entity": entity_id, "start": start, "end": end}


def _climb_subject(verb):
    """The subject of a verb, climbing xcomp / conj / relcl links when it has none."""
    cur = verb
    for level in range(5):
        for child in cur.children:
            # "Beijing is set to host ...": the raised subject of a passive frame verb
            if child.dep_ in SUBJECT_DEPS or (level > 0 and child.dep_ == "nsubjpass"):
                return child
            if child.dep_ == "agent":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if cur.dep_ == "relcl":
            return cur.head
        if cur.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "prep", "acomp") and \
                cur.head.i != cur.i:
            if cur.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in cur.head.children) and \
                    cur.head.lemma_ not in ("promise",):
                # "urged Russia to withdraw": the object of the urging acts
                return next(c for c in cur.head.children if c.dep_ == "dobj")
            cur = cur.head
            continue
        break
    return None


def _source_token(verb):
    agent = [c for c in verb.children if c.dep_ == "agent"]
    for a in agent:
        objs = [g for g in a.children if g.dep_ == "pobj"]
        if objs:
            return objs[0]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        return None
    return _climb_subject(verb)


def _prep_objects(token):
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in TARGET_PREPS:
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "dative":
            out.append(child)
    return out


def _target_candidates(verb, noun):
    cands = []
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            cands.append(child)
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "attr") and (noun is None or child.i != noun.i):
            if child.pos_ == "ADP":  # "provide aid to Sri Lanka" parsed with a dative "to"
                cands.extend(g for g in child.children if g.dep_ == "pobj")
            else:
                cands.append(child)
    if noun is not None:
        cands.extend(_prep_objects(noun))
    for child in verb.children:
        if child.dep_ in ("dobj",) and (noun is None or child.i != noun.i):
            cands.extend(_prep_objects(child))
    cands.extend(_prep_objects(verb))
    for child in verb.children:
        if child.dep_ == "prt":
            cands.extend(_prep_objects(child))
    for child in verb.children:
        # "demanded that Pakistan hand over ...": the subject of the reported clause;
        # "threatened to launch a strike against the US": the infinitive's own targets.
        if child.dep_ == "ccomp":
            cands.extend(c for c in child.children if c.dep_ in SUBJECT_DEPS)
        elif child.dep_ == "xcomp":
            cands.extend(_target_candidates(child, None))
    # a place ("in Serbia") is the target only when nothing else is: CAMEO coders' habit
    return sorted(cands, key=lambda t: t.head.lower_ == "in" and t.dep_ == "pobj")


def with_conjuncts(token) -> list:
    """A token and the tokens conjoined to it ("Hungarian and Romanian", "US and Britain")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(with_conjuncts(child))
    return out


def _modifier_conjuncts(token) -> list:
    """"Hungarian and Romanian officials": conjoined modifiers of the head noun."""
    mods = [c for c in token.children if c.dep_ in ("amod", "compound", "poss") and
            any(g.dep_ == "conj" for g in c.children)]
    return with_conjuncts(mods[0]) if mods else []


REPORT_VERBS = {"say", "announce", "tell", "state", "add", "declare", "report", "claim"}


def _reporter_subject(subj):
    """"The union announced that it has called off the strike": "it" is the announcer."""
    cur = subj.head
    for _ in range(4):
        if cur.dep_ == "ccomp" and cur.head.lemma_ in REPORT_VERBS:
            return next((c for c in cur.head.children if c.dep_ in SUBJECT_DEPS), None)
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return None


LOCATIVE_PREPS = {"in", "of", "from", "at", "across", "throughout", "inside"}


def _locate(doc, subj, actor: dict) -> None:
    """A sector without a country ("opposition groups in Zimbabwe", "demonstrators in
    Baghdad", "workers of the Serbian union") takes the country of a place or organisation
    named in its phrase, else of a place where the clause happens: CAMEO coders' practice."""
    sent = subj.sent
    spans = [(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))]
    for tok in sent:
        if tok.dep_ == "prep" and tok.lower_ in LOCATIVE_PREPS:
            spans.append((tok.idx, tok.right_edge.idx + len(tok.right_edge)))
    for start, end in spans:
        for ent in doc.entities:
            if ent.actor and ent.actor.get("country") and start <= ent.start and ent.end <= end \
                    and ent.label in ("GPE", "LOC", "NORP", "ORG", "FAC"):
                country = ent.actor["country"]
                actor["country"] = country
                actor["code"] = country + (actor.get("sector") or actor.get("code") or "")
                return


def actors_for(doc, verb, noun, context) -> tuple[list[dict], list[dict]]:
    """(sources, targets): actor records; several when the phrase is a conjunction."""
    sources: list[dict] = []
    subj = _source_token(verb)
    if subj is not None and subj.lower_ in PRONOUNS - FIRST_PERSON:
        subj = _reporter_subject(subj) or subj
    if subj is not None:
        parts = _modifier_conjuncts(subj) or with_conjuncts(subj)
        for tok in parts:
            found = resolve_phrase(doc, tok if len(parts) > 1 else subj, context)
            if found and found not in sources:
                sources.append(found)
    if sources and not sources[0]["country"]:
        _locate(doc, subj, sources[0])
    source_country = sources[0]["country"] if sources else None
    targets: list[dict] = []
    fallback: list[dict] = []
    used = {s["start"] for s in sources}
    for cand in _target_candidates(verb, noun):
        for tok in with_conjuncts(cand):
            found = resolve_phrase(doc, tok, context, source_country)
            if not found or found["start"] in used:
                continue
            used.add(found["start"])
            if found["country"] and (found["country"] != source_country or not source_country):
                targets.append(found)
            elif found["entity"] or any(t.pos_ == "PROPN" for t in tok.subtree):
                fallback.append(found)  # a named same-country target (a domestic event)
        if targets:
            break
    if not targets:
        targets = _clause_actor(doc, verb, source_country, used)
    fallback.sort(key=lambda a: not a["country"])
    return sources, targets or fallback[:1]


CLAUSE_BOUNDARIES = {"relcl", "advcl", "ccomp", "parataxis", "nsubj", "nsubjpass", "csubj",
                     "appos", "acl"}


def _clause_actor(doc, verb, source_country, used) -> list[dict]:
    """Last resort: the first actor of another country inside the verb's own clause, however
    deep ("demanded an immediate admission by Moscow", "denounced Serbia's suppression")."""
    if not source_country:
        return []
    tokens, stack = [], [c for c in verb.children if c.dep_ not in CLAUSE_BOUNDARIES]
    while stack:
        tok = stack.pop()
        tokens.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in CLAUSE_BOUNDARIES)
    offsets = sorted(t.idx for t in tokens)
    for ent in sorted(doc.entities, key=lambda e: e.start):
        if not ent.actor or not ent.actor.get("country") or ent.start in used:
            continue
        if ent.actor["country"] == source_country:
            continue
        if any(ent.start <= off < ent.end for off in offsets):
            return [_actor_record(ent.actor, ent.start, ent.end, ent.id)]
    return []
