"""Drafts to the record's quotes: character spans, the kind (direct, indirect, mixed, block),
the speaker resolved (sources.Speakers), one quote per statement of one speaker, and the
chain (`via`) of a quote reported through another, whether its cue denies it (`denies`). Used
by attribution.find_attributions."""
from __future__ import annotations

from ...model import Document, Quote, joined_text
from .outlets import hearer_record
from .sources import Speakers
from .speech import denies
from .syntax import Draft


def span_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def char_span(sdoc, rng: tuple[int, int]) -> tuple[int, int] | None:
    first, last = rng
    while first < last and (sdoc[first].is_space or sdoc[first].text in (",",)):
        first += 1
    while last > first and (sdoc[last - 1].is_space or sdoc[last - 1].text in (",",)):
        last -= 1
    if last <= first:
        return None
    return sdoc[first].idx, sdoc[last - 1].idx + len(sdoc[last - 1].text)


RELATIVE_PRONOUNS = {"who", "which", "that"}
END_MARKS = {".", ",", "!", "?", ";"}


def closed_quotation(sdoc, rng: tuple[int, int], quote_state: list[int]) -> tuple[int, int]:
    """'blocked the order, calling it "blatantly unconstitutional."': a content that stops
    inside a quotation at its closing punctuation (the parse hangs the full stop and the mark
    on the main verb) runs on through the closing mark, so the words shown are quoted whole."""
    first, last = rng
    if last <= first or last >= len(sdoc) or quote_state[last - 1] != 1:
        return rng
    k = last
    while k < len(sdoc) and k < last + 2 and sdoc[k].text in END_MARKS:
        k += 1
    if k < len(sdoc) and quote_state[k] == 2:  # inside, the next mark is the closing one
        return first, k + 1
    return rng


def relative_antecedent(sdoc, rng: tuple[int, int]) -> tuple[int, int, str] | None:
    """(start, end, head word) in characters of the noun phrase a relative pronoun source
    stands for ("[Mr. Sanders], who said ...", "[the agency], which declined to comment"),
    without the relative clause; None when the source is no relative pronoun."""
    words = [t for t in sdoc[rng[0]:rng[1]] if not t.is_space and not t.is_punct]
    if len(words) != 1 or words[0].lower_ not in RELATIVE_PRONOUNS:
        return None
    verb = words[0].head
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head  # "who declined to comment", "who met X and said"
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = verb.head
    span = char_span(sdoc, (noun.left_edge.i, noun.i + 1))
    return (span[0], span[1], noun.text) if span else None


def quote_kind(d: Draft, quote_state: list[int]) -> str:
    if d.kind:
        return d.kind
    states = [quote_state[i] for first, last in d.contents for i in range(first, last)]
    inside = sum(1 for s in states if s)
    if inside == 0:
        return "indirect"
    return "direct" if inside >= len(states) - 2 else "mixed"


def span_parts(doc: Document, sdoc, ranges: list[tuple[int, int]]) -> list[dict]:
    spans = [char_span(sdoc, r) for r in sorted(ranges)]
    return [doc.span(s, e) for s, e in (sp for sp in spans if sp)]


def to_quotes(doc: Document, sdoc, drafts: list[Draft], ctx: dict
               ) -> tuple[list[Quote], list[Quote]]:
    """(quotes, beliefs) from the drafts, each in text order; a draft whose source names no
    speaker ("These", an "it" standing for nothing) is no quote. A belief's source is resolved
    like a quote's but is not remembered as a speaker, and its content does not hide the
    people named in it, so the quotes do not depend on the beliefs."""
    quote_state = ctx["quote"]
    speakers = Speakers(doc, [c for c in (char_span(sdoc, r) for r in ctx["regions"]) if c])
    drafts = sorted(drafts, key=lambda d: min(r[0] for r in d.contents))
    ids: dict[int, str] = {}
    quotes: list[Quote] = []
    beliefs: list[Quote] = []
    for d in drafts:
        speech = d.act == "speech"
        parts = span_parts(doc, sdoc, [closed_quotation(sdoc, r, quote_state)
                                       for r in d.contents])
        cue = span_parts(doc, sdoc, [d.cue])
        if not parts or not cue:
            continue
        content = doc.span(parts[0]["start"], parts[-1]["end"])
        if len(parts) > 1:
            content["parts"] = parts
            content["text"] = joined_text(doc.text, parts)
        source = None
        if d.form == "signature":  # "-Commissioner Jane Doe": the dash is the cue
            at = cue[0]["start"] + len(cue[0]["text"]) - len(cue[0]["text"].lstrip("”\"»’"))
            cue = [doc.span(at, at + 1)]
        if d.sources:
            main = min(d.sources, key=lambda r: span_gap(r, d.cue))
            span = char_span(sdoc, main)
            if span and d.form == "signature":
                span = (span[0] + len(doc.text[span[0]:span[1]]) -
                        len(doc.text[span[0]:span[1]].lstrip("-—–― ")), span[1])
            antecedent = relative_antecedent(sdoc, main)
            if span and antecedent:
                # "Sanders, who said he was tired": the one "who" stands for speaks; the
                # source as written stays the pronoun, as a "he" does
                source = speakers.resolve(*antecedent, remember=speech)
                if source is not None:
                    source.update(start=span[0], end=span[1], text=doc.text[span[0]:span[1]])
            elif span:
                head = sdoc[main[0]:main[1]].root.text
                source = speakers.resolve(span[0], span[1], head, remember=speech)
                if source is not None and d.speaker_name:
                    source.update(name=d.speaker_name)  # "Q:", the outlet's question
                if source is None and speech:
                    continue
                if source is None:  # "it seems", "these figures show": its holder as written
                    source = doc.span(*span)
                    source.update(name=source["text"], entity=None, actor=None)
        if not speech:
            ids[id(d)] = f"b{len(beliefs)}"
            beliefs.append(Quote(id=ids[id(d)], kind=d.act, content=content, source=source,
                                 cue=cue[0]))
            continue
        for part in parts:
            speakers.reported(part["start"], part["end"])
        ids[id(d)] = f"q{len(quotes)}"
        hearer = hearer_record(doc, sdoc, d.hearer) if d.hearer else None
        if hearer is not None:
            hearer["relation"] = d.hearer_relation
        quotes.append(Quote(id=ids[id(d)], kind=quote_kind(d, quote_state), content=content,
                            source=source, cue=cue[0], hearer=hearer,
                            denies=denies(sdoc, d)))
    quotes = one_per_speaker_statement(quotes)
    # a belief may be reported through a quote ("he said voters believe ..."); a quote's
    # chain holds quotes only
    link_chain(quotes + beliefs, drafts, ids)
    link_chain(quotes, drafts, ids)
    quotes = one_per_content(quotes, beliefs)
    return statements_first(quotes, beliefs), beliefs


def same_speaker(a: Quote, b: Quote) -> bool:
    if not a.source or not b.source:
        return False
    if a.source.get("entity") or b.source.get("entity"):
        return a.source.get("entity") == b.source.get("entity")
    return a.source["name"].lower() == b.source["name"].lower()


def one_per_speaker_statement(quotes: list[Quote]) -> list[Quote]:
    """A quote whose content holds another quote of the same speaker is one statement:
    'Ortiz said that the city "will rebuild," she said' keeps the inner quote (the outer's
    content is the inner's speaker, cue and words), 'She said the plan, which she said was
    "sound," would pass' the outer one."""
    drop: set[str] = set()
    for outer in quotes:
        for inner in quotes:
            if inner is outer or inner.id in drop or outer.id in drop or \
                    not same_speaker(inner, outer):
                continue
            oc, ic = outer.content, inner.content
            # (a closing quotation mark or comma may stand outside the outer content; inside
            # one of its parts: what is said between two parts is said apart from them,
            # '"A," she said, adding that B. "C."')
            if not (any(p["start"] <= ic["start"] and ic["end"] <= p["end"] + 2
                        for p in oc.get("parts") or [oc]) and
                    (oc["start"], oc["end"]) != (ic["start"], ic["end"])):
                continue
            src = inner.source
            framed = src["start"] <= oc["start"] + 1 and oc["start"] <= src["end"]
            drop.add(outer.id if framed else inner.id)
    return [q for q in quotes if q.id not in drop]


def _specific(q: Quote, group: list[Quote]) -> tuple:
    """How specific a quote's source is among quotes of the same words: the one reported
    through another of them (the official an outlet cites), then one that is no outlet, then
    one whose speaker is a known entity."""
    src = q.source or {}
    press = (src.get("actor") or {}).get("sector") == "JRN"
    return (any(o.id in q.via for o in group if o is not q), bool(src), not press,
            src.get("entity") is not None)


def one_per_content(quotes: list[Quote], beliefs: list[Quote]) -> list[Quote]:
    """Quotes with the very same content are one statement ("X, Reuters reported, citing the
    ministry"; "The ministry was quoted by Reuters as saying X"): the one with the most
    specific source (`_specific`: the ministry) stays, and the other's speaker, the one the
    words reached us through, becomes its `hearer` with relation "reported" (unless it was
    told to the press itself). What was reported through a quote that went is reported
    through the one that stayed; ids are renumbered in text order (`via` follows)."""
    groups: dict[tuple[int, int], list[Quote]] = {}
    for q in quotes:
        groups.setdefault((q.content["start"], q.content["end"]), []).append(q)
    gone: dict[str, str] = {}
    for group in (g for g in groups.values() if len(g) > 1):
        keep = max(group, key=lambda q: _specific(q, group))
        for other in sorted(group, key=lambda q: -len(q.via)):  # the nearest reporter first
            if other is keep:
                continue
            gone[other.id] = keep.id
            if keep.hearer is None and other.source:
                keep.hearer = {k: other.source.get(k) for k in
                               ("start", "end", "text", "name", "entity", "actor")}
                keep.hearer.update(relation="reported", outlet=None)
    if not gone:
        return quotes
    kept = [q for q in quotes if q.id not in gone]
    new_ids = {q.id: f"q{n}" for n, q in enumerate(kept)}
    new_ids.update({old: new_ids[keep] for old, keep in gone.items()})
    for q in kept:
        q.id = new_ids[q.id]
    for q in kept + beliefs:
        via = [new_ids.get(v, v) for v in q.via]
        q.via = [v for n, v in enumerate(via) if v != q.id and v not in via[:n]]
    return kept


def link_chain(quotes: list[Quote], drafts: list[Draft], ids: dict[int, str]) -> None:
    """`via`: the quotes (of `quotes`) each one is reported through (outermost first)."""
    by_id = {q.id: q for q in quotes}
    parent_of: dict[str, str] = {}
    for d in drafts:
        if id(d) in ids and d.parent is not None and id(d.parent) in ids:
            parent_of[ids[id(d)]] = ids[id(d.parent)]
    for q in quotes:
        if q.id in parent_of or q.cue is None:
            continue
        for outer in quotes:
            parts = outer.content.get("parts") or [outer.content]
            if outer is not q and any(p["start"] <= q.cue["start"] < p["end"] for p in parts):
                parent_of[q.id] = outer.id
                break
    for q in quotes:
        outers, seen = [], {q.id}
        cur = parent_of.get(q.id)
        while cur and cur not in seen:
            outers.insert(0, cur)
            seen.add(cur)
            cur = parent_of.get(cur)
        q.via = [c for c in outers if c in by_id]


# The cue words of a quote that passes on what someone else said: "according to Reuters",
# "Reuters reported that", "quoted", "citing"; and the dash of an embedded post ("— Axios").
RELAY_CUE_WORDS = {"according", "report", "reported", "reports", "reporting", "quoted", "quoting",
                   "cited", "citing"}
DASHES = "—–-―"


def is_relay(q: Quote) -> bool:
    """Does the quote pass on others' statements, as the press or an "according to" does,
    rather than make its own ("A tourist said, 'Our family tells us ...'": the tourist's
    statement holds the family's, it relays nothing)?"""
    actor = (q.source or {}).get("actor") or {}
    cue = (q.cue or {}).get("text", "").strip()
    words = set(cue.lower().split())
    return actor.get("sector") == "JRN" or bool(words & RELAY_CUE_WORDS) or \
        (bool(cue) and cue.strip(DASHES) == "")


def statements_first(quotes: list[Quote], beliefs: list[Quote]) -> list[Quote]:
    """The quotes in reading order of the statements: a statement before the relay it is
    reported through ("According to Reuters, the minister said X": the minister's X, then
    Reuters' report of it), so that whoever walks the list meets the one who made a statement
    before the one who passed it on. A chain (a quote and all reported through it) stands where
    its first content starts; in a chain whose outermost quote is a relay (`is_relay`) the
    deepest quotes come first, in any other the text order stays. Ids are renumbered in the
    new order, `via` (of quotes and beliefs) follows."""
    if not any(q.via for q in quotes):
        return quotes
    by_id = {q.id: q for q in quotes}

    def root(q: Quote) -> str:
        return next((v for v in q.via if v in by_id), q.id)

    chains: dict[str, list[Quote]] = {}
    for q in quotes:
        chains.setdefault(root(q), []).append(q)
    ordered: list[Quote] = []
    for top, chain in sorted(chains.items(), key=lambda c: min(q.content["start"] for q in c[1])):
        relay = is_relay(by_id[top])
        ordered += sorted(chain, key=lambda q: (-len(q.via) if relay else 0, q.content["start"]))
    new_ids = {q.id: f"q{n}" for n, q in enumerate(ordered)}
    for q in ordered:
        q.id = new_ids[q.id]
    for q in ordered + beliefs:
        q.via = [new_ids.get(v, v) for v in q.via]
    return ordered
