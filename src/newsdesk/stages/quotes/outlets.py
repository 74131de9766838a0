"""The press in a statement's chain of sources (issue 15): whom a statement was made to, and an
outlet that reports someone else's words.

- `find_hearer`: "The ministry told Reuters that ...", "a spokesman told AFP on Tuesday", "...,
  she told reporters", "said in an interview with the BBC", "speaking to CNN", "said on NBC's
  Meet the Press": when the one spoken to is the press (a news outlet, a journalist, a
  programme, reporters, a news conference), the statement reached us through it. It is the
  quote's `hearer`, not a quote of its own and so not in `via` (which holds the quotes a quote
  is reported through): the outlet said nothing, it was told. Anyone else who is told ("told
  the court", "told him to leave") is no hearer the record keeps.
- `reports_within`: "X, the ministry said, according to a Reuters report": a speech verb
  inside another attribution's content whose clause stands before it is a statement reported
  through that attribution (syntax.nested_speech covers the clause after the verb).
- `quoted_as_saying`: "Reuters quoted the ministry as saying X": the ministry says X, through
  Reuters' report (the tagger reads the outlet as the speaker of X).
- `quoted_by`: "The ministry was quoted by Reuters as saying X": the same, in the passive.
- `press_reports`: "The minister said X, Reuters reported": the outlet's report around a
  statement it holds whole (its speaker, cue and words) is no second quote; the statement is
  the minister's, with the outlet as its `hearer` (relation "reported"). Anyone else who
  reports a statement this way ("The army said X, an official said") keeps a quote of their
  own, the army's reported through it.
- `cited_sources`: "X, Reuters reported, citing the ministry": the ministry says X, through
  Reuters (the tagger reads "citing the ministry" as a stance on the ministry); "citing its
  cost" names a reason, not a source, and gives nothing.
"""
from __future__ import annotations

from ...model import Document
from ..actors import code_phrase
from .sources import ANONYMOUS_HEADS, PERSON_ROLES
from .syntax import SPEECH_LEMMAS, Draft, trim_punct

# Verbs whose object is the one spoken to ("told Reuters", "briefed reporters").
TELLING = {"tell", "inform", "brief", "assure", "reassure", "remind", "warn", "notify"}
# What a statement is made in, whose "with"/"to"/"on" names the one it was made to ("in an
# interview with the BBC", "in a statement to Reuters", "in comments to AFP").
SETTINGS = {"interview", "comment", "comments", "remark", "remarks", "statement", "conversation",
            "appearance", "email", "call", "briefing", "letter", "message", "speech"}
SPEAKING = {"speak", "talk", "tell", "write"}  # "speaking to reporters, the envoy said ..."
CONVERSING = {"speak", "talk", "chat", "share"}  # whose "with" is the one spoken to
# Words that make the one told the press, whatever the actor lexicon says.
PRESS_WORDS = {"reporter", "reporters", "journalist", "journalists", "correspondent",
               "correspondents", "press", "media", "news", "newspaper", "newspapers",
               "broadcaster", "interviewer", "podcast", "programme", "program", "show", "radio",
               "television", "tv", "channel", "network", "newsroom", "columnist", "anchor",
               "newswire", "magazine", "tabloid", "outlet"}
# The last word of an outlet's name the lexicon does not know ("The Harbour Gazette").
OUTLET_HEADS = {"News", "Times", "Post", "Gazette", "Journal", "Herald", "Tribune", "Telegraph",
                "Daily", "Radio", "TV", "Television", "Magazine", "Chronicle", "Observer",
                "Guardian", "Examiner", "Courier", "Reporter", "Monitor", "Dispatch", "Inquirer",
                "Bulletin", "Mail", "Express", "Mirror", "Independent", "Channel", "Network",
                "Broadcasting", "Press", "Wire", "Insider", "Today"}
# A journalist's role before or after a name ("host Bret Baier", "Jake Tapper, CNN's anchor").
PRESS_TITLES = {"host", "anchor", "correspondent", "reporter", "journalist", "interviewer",
                "columnist", "editor", "presenter", "moderator", "commentator", "writer"}
# Where a statement told to someone named makes them the one interviewing.
INTERVIEWS = {"interview", "podcast", "broadcast", "programme", "program", "show"}
PRONOUNS = {"him", "her", "them", "us", "me", "you", "it"}
# "wrote on his website", "told his paper": the speaker's own medium, not a press that heard it
POSSESSIVES = {"his", "her", "its", "their", "our", "my", "your"}
# Verbs that report what someone is quoted or cited as saying.
QUOTING = {"quote", "cite"}
RELATIVE_SUBJECTS = {"which", "who", "that"}
# Verbs an outlet reports with ("reported, citing officials, that ...").
REPORTING = {"report", "say", "write", "announce", "state", "add", "claim", "confirm", "tell"}
# Heads of a phrase that names someone who speaks, besides names ("citing [officials]").
SPEAKER_HEADS = PERSON_ROLES | ANONYMOUS_HEADS | {
    "participant", "participants", "ministry", "government", "office", "department", "police",
    "military", "army", "spokesperson", "insider", "insiders", "aide", "aides", "diplomat",
    "diplomats", "lawmaker", "lawmakers", "officials", "authorities", "agency", "embassy",
    "board", "commission", "council", "committee", "company", "firm", "union", "group",
    "organization", "organisation", "authority", "administration", "campaign", "party",
    "regulator", "institute", "bank", "spokesmen", "officers", "investigators", "prosecutors"}
# What is cited when its author speaks ("citing [a statement from] the ministry").
DOCUMENTS = {"statement", "report", "release", "communique", "communiqué", "post", "letter",
             "filing", "document", "memo", "notice", "announcement", "briefing", "readout"}


def _span(tok) -> tuple[int, int]:
    """The noun phrase of `tok` up to its head (no clause or prepositional tail after it:
    'journalists [in Kyiv]')."""
    return tok.left_edge.i, tok.i + 1


def _candidates(verb, depth: int = 0) -> list[tuple[int, int]]:
    """Token ranges that may be the one `verb` is addressed to, nearest reading first."""
    out = []
    telling = verb.lemma_.lower() in TELLING
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP" and telling:
            out.append(_span(c))
        elif c.dep_ in ("prep", "dative") and (c.lower_ == "to" or c.lower_ == "with" and
                                                  verb.lemma_.lower() in CONVERSING):
            # "said to Reuters", "spoke with CNN" ("responded with an editor's note" is no
            # one spoken to)
            out += [_span(g) for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ in ("in", "during", "on"):
            for g in (g for g in c.children if g.dep_ == "pobj"):
                if g.lemma_.lower() in SETTINGS or g.lower_ in SETTINGS:
                    out += [_span(h) for p in g.children if p.dep_ == "prep" and
                            p.lower_ in ("with", "to", "on") for h in p.children
                            if h.dep_ == "pobj"]
                elif c.lower_ == "on":  # "said on CNN", "on NBC's Meet the Press"
                    out.append(_on_what(c))
        elif c.dep_ == "advcl" and c.lemma_.lower() in SPEAKING and depth == 0:
            out += _candidates(c, depth + 1)  # "Speaking to reporters, the envoy said"
    return out


def _on_what(prep) -> tuple[int, int]:
    """What follows "on" up to a clause or a comma (a programme's name is often parsed as a
    verb phrase: "on NBC's Meet the Press")."""
    end = prep.i + 1
    while end <= prep.right_edge.i and prep.doc[end].text not in (",", ";") and not (
            prep.doc[end].dep_ == "mark"):
        end += 1
    return prep.i + 1, end


def is_press(doc: Document, sdoc, rng: tuple[int, int]) -> bool:
    """Is the phrase the press: a word for it, an entity coded as media (JRN), a phrase the
    actor lexicon codes as media, or a name ending like an outlet's ("The Harbour Gazette")?"""
    tokens = [t for t in sdoc[rng[0]:rng[1]] if not t.is_punct]
    if not tokens or tokens[-1].lower_ in PRONOUNS or tokens[0].lower_ in POSSESSIVES:
        return False
    last = tokens[-1]
    # "news" ends a name ("Fox News") or modifies ("a news conference"); "the recent news" is
    # what was reported, not who was told
    if (last.lower_ in PRESS_WORDS and (last.lower_ != "news" or last.text[0].isupper())) or \
            any(t.lower_ in ("news", "press") for t in tokens[:-1]):
        return True
    start, end = sdoc[rng[0]].idx, sdoc[rng[1] - 1].idx + len(sdoc[rng[1] - 1].text)
    # a media entity at the phrase's head, not one named in a tail ("a tweet on MSNBC")
    if any((e.actor or {}).get("sector") == "JRN" for e in _entities(doc, last.idx, end)):
        return True
    if last.text in OUTLET_HEADS:
        return True
    actor = code_phrase(doc.text[start:end], doc.meta.published)
    return bool(actor) and actor.get("sector") == "JRN"


def _entities(doc: Document, start: int, end: int) -> list:
    return [e for e in doc.entities if e.start < end and start < e.end]


def find_hearer(doc: Document, sdoc, d: Draft) -> tuple[int, int] | None:
    """The press the draft's statement was made to (see the module note), as a token range
    outside its sources, or None. A content that opens or ends with the hearer ("said in an
    interview with [the BBC that ...]") is cut there. The press may also be told in a clause
    on the source ("according to X, [who spoke to Reuters]"): then the source ends before it."""
    verbs = [t for t in sdoc[d.cue[0]:d.cue[1]] if t.pos_ in ("VERB", "AUX")]
    for verb in verbs:
        for rng in _candidates(verb):
            found = _as_hearer(doc, sdoc, d, rng, verb)
            if found:
                return found
    for k, (lo, hi) in enumerate(d.sources):
        for clause in (c for c in sdoc[lo:hi].root.children if c.dep_ in ("relcl", "acl")
                       and c.lemma_.lower() in SPEAKING | TELLING | CONVERSING):
            cut = trim_punct(sdoc, (lo, clause.left_edge.i)) if lo < clause.left_edge.i < hi \
                else (lo, hi)
            if cut[1] <= cut[0]:
                continue
            sources = list(d.sources)
            d.sources[k] = cut
            for rng in _candidates(clause, 1):
                found = _as_hearer(doc, sdoc, d, rng, clause)
                if found:
                    return found
            d.sources = sources
    return None


def _as_hearer(doc: Document, sdoc, d: Draft, rng: tuple[int, int], verb
               ) -> tuple[int, int] | None:
    """`rng` trimmed when it is the press and no part of the draft's sources (the contents cut
    around it), else None."""
    taken = {i for r in d.sources for i in range(*r)}
    rng = trim_punct(sdoc, rng)
    if rng[1] <= rng[0] or taken & set(range(*rng)) or not (
            is_press(doc, sdoc, rng) or press_person(doc, sdoc, rng, verb)):
        return None
    contents = [_cut(sdoc, c, rng) for c in d.contents]
    if not all(contents):
        return None
    d.contents = contents
    return rng


def _name_root(sdoc, rng: tuple[int, int]):
    """The person a phrase names at its head ("CNN's [Jake Tapper]"), or None."""
    root = sdoc[rng[0]:rng[1]].root
    return root if root.ent_type_ == "PERSON" else None


def _press_around(doc: Document, sdoc, root) -> bool:
    """Is a person described as the press: a press word or an outlet before the name ("host
    Bret Baier", "CNN's Jake Tapper"), or in a tail on it ("Jake Tapper of CNN", "Jake
    Tapper, CNN's anchor")?"""
    before = [t for t in sdoc[root.left_edge.i:root.i] if t.ent_type_ != "PERSON"]
    if any(t.lower_ in PRESS_WORDS or t.lower_ in PRESS_TITLES for t in before):
        return True
    phrases = []
    if before:
        phrases.append((before[0].i, before[-1].i + 1))
    for c in root.children:
        if c.dep_ == "appos":
            phrases.append((c.left_edge.i, c.i + 1))
        elif c.dep_ == "prep" and c.lower_ in ("of", "from", "at", "with"):
            phrases += [(g.left_edge.i, g.i + 1) for g in c.children if g.dep_ == "pobj"]
    return any(is_press(doc, sdoc, p) or sdoc[p[1] - 1].lower_ in PRESS_TITLES
               for p in phrases if p[1] > p[0])


def press_person(doc: Document, sdoc, rng: tuple[int, int], verb) -> bool:
    """Is the one told a journalist: a person described as the press here or anywhere else in
    the article (by the last word of the name: "CNN's Jake Tapper" ... "told Tapper"), or told
    in an interview or on a programme ("told Jake Tapper in an interview")? A bare name told
    nowhere described as the press is no hearer ("told Ms. Ruiz")."""
    root = sdoc[rng[0]:rng[1]].root
    if root.pos_ != "PROPN" or root.ent_type_ not in ("PERSON", "ORG", ""):
        return False
    if any(t.text == root.text and t.i != root.i and t.ent_type_ == "PERSON" and
           _press_around(doc, sdoc, t) for t in sdoc):
        return True  # (the entity tagger may read a surname alone as an organisation)
    if root.ent_type_ != "PERSON":
        return False
    if _press_around(doc, sdoc, root) or _press_tail(doc, sdoc, root, verb) is not None:
        return True
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "on"):
            for g in (g for g in c.children if g.dep_ == "pobj"):
                if g.lemma_.lower() in INTERVIEWS or is_press(doc, sdoc, _on_what(c)):
                    return True
    return False


def _press_tail(doc: Document, sdoc, root, verb) -> tuple[int, int] | None:
    """The outlet right after a name told, parsed onto the verb ("told Jake Tapper [of
    CNN]"), as a token range, or None."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "at") and c.i == root.i + 1:
            for g in (g for g in c.children if g.dep_ == "pobj"):
                if is_press(doc, sdoc, (g.left_edge.i, g.i + 1)):
                    return g.left_edge.i, g.i + 1
    return None


def _cut(sdoc, content: tuple[int, int], hearer: tuple[int, int]) -> tuple[int, int] | None:
    """The content without the hearer at its start or end; None when the hearer sits inside
    it or is all of it (then it is no hearer but what was said)."""
    first, last = content
    if hearer[1] <= first or hearer[0] >= last:
        return content
    if hearer[0] <= first and hearer[1] < last:
        cut = trim_punct(sdoc, (hearer[1], last))
    elif hearer[1] >= last and hearer[0] > first:
        cut = trim_punct(sdoc, (first, hearer[0]))
    else:
        return None
    return cut if cut[1] > cut[0] else None


def hearer_record(doc: Document, sdoc, rng: tuple[int, int]) -> dict:
    """{start, end, text, name, entity, actor, relation: "told", outlet} of a hearer: its media
    entity if it names one ("the BBC's Today programme": the BBC), else its own words; a
    journalist ("CNN's Jake Tapper") is the person, with the outlet named on the name (its
    `outlet`: {name, entity, actor}, else null) giving the actor."""
    start, end = sdoc[rng[0]].idx, sdoc[rng[1] - 1].idx + len(sdoc[rng[1] - 1].text)
    ents = _entities(doc, start, end)
    text = doc.text[start:end]
    outlet = _outlet_of(doc, sdoc, rng)
    person = _name_root(sdoc, rng)
    entity = next((e for e in ents if e.label == "PERSON" and e.start <= person.idx < e.end),
                  None) if person is not None else None
    if entity is not None:
        return {"start": start, "end": end, "text": text, "name": entity.name,
                "entity": entity.id, "actor": outlet["actor"] if outlet else None,
                "relation": "told", "outlet": outlet}
    entity = next((e for e in ents if (e.actor or {}).get("sector") == "JRN"), None) or \
        next((e for e in ents if e.label in ("ORG", "PERSON")), None)
    bare = text[4:] if text.lower().startswith("the ") else text
    name = entity.name if entity is not None and entity.end - entity.start >= len(bare) - 1 \
        else text
    actor = entity.actor if entity is not None and entity.actor else \
        code_phrase(text, doc.meta.published)
    return {"start": start, "end": end, "text": text, "name": name,
            "entity": entity.id if entity is not None else None, "actor": actor,
            "relation": "told", "outlet": None}


def _outlet_of(doc: Document, sdoc, rng: tuple[int, int]) -> dict | None:
    """The media outlet named on a journalist's name ("CNN's", "of CNN", "Fox News host"), as
    {name, entity, actor}, or None."""
    root = _name_root(sdoc, rng)
    if root is None:
        return None
    spans = [(sdoc[rng[0]].idx, root.idx)]
    tails = [c for c in root.children if c.dep_ in ("appos", "prep") and c.i > root.i]
    tail = _press_tail(doc, sdoc, root, root.head)
    if tail is not None:
        tails.append(sdoc[tail[1] - 1])
    for c in tails:
        spans.append((c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)))
    for lo, hi in spans:
        for e in _entities(doc, lo, hi):
            if (e.actor or {}).get("sector") == "JRN":
                return {"name": e.name, "entity": e.id, "actor": e.actor}
    return None


def reports_within(sdoc, drafts: list[Draft], speech_lemmas: set[str]) -> list[Draft]:
    """'[Exports fell, the ministry said], according to a Reuters report': new drafts for the
    speech verbs inside a draft's content with a subject and, before them, a clause (both
    inside that content), each reported through (`parent`) the draft it sits in."""
    cues_at = {i for d in drafts for i in range(*d.cue)}
    found = []
    for d in drafts:
        for first, last in d.contents:
            for tok in sdoc[first:last]:
                if tok.i in cues_at or tok.pos_ != "VERB" or \
                        tok.lemma_.lower() not in speech_lemmas:
                    continue
                subj = [c for c in tok.children if c.dep_ == "nsubj" and
                        first <= c.left_edge.i and c.right_edge.i < last]
                comp = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i and
                        first <= c.left_edge.i]
                if not subj or not comp or any(c.dep_ == "ccomp" and c.i > tok.i
                                               for c in tok.children):
                    continue
                content = trim_punct(sdoc, (comp[0].left_edge.i, comp[0].right_edge.i + 1))
                if content[1] > content[0]:
                    found.append(Draft(cue=(tok.i, tok.i + 1), para=d.para, parent=d,
                                       sources=[(subj[0].left_edge.i, subj[0].right_edge.i + 1)],
                                       contents=[content]))
    return found


def quoted_as_saying(sdoc, drafts: list[Draft]) -> tuple[list[Draft], set[int]]:
    """'Reuters quoted the ministry as saying X': a draft whose cue is "quoted/cited" or the "as
    saying" after it, with someone quoted as the verb's object and a source of its own (the
    outlet), becomes two: the outlet's (cue "quoted", content from the one quoted to the end)
    and the one quoted's (cue "as saying", content what follows "saying"), reported through the
    first. Also the token indices of those verbs (a stance read off one is the same reading)."""
    out, verbs = [], set()
    for d in drafts:
        out.append(d)
        if not d.sources or not d.contents or d.act != "speech":
            continue
        verb = _quoting_verb(sdoc, d)
        if verb is None:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        saying = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                       for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
        if obj is None or saying is None:
            continue
        quoted = (obj.left_edge.i, obj.right_edge.i + 1)
        if any(r[0] < quoted[1] and quoted[0] < r[1] for r in d.sources):
            continue
        # what was said follows "saying" (the tagger's content may start at the one quoted)
        said = trim_punct(sdoc, (saying.i + 1, max(r[1] for r in d.contents)))
        if said[1] <= said[0]:
            continue
        inner = Draft(cue=(saying.head.i, saying.i + 1), para=d.para, sources=[quoted],
                      contents=[said], kind=d.kind, parent=d, form=d.form)
        d.cue = (verb.i, verb.i + 1)
        d.contents = [(quoted[0], said[1])]
        d.kind = None
        out.append(inner)
        verbs.add(verb.i)
    return out, verbs


def _quoting_verb(sdoc, d: Draft):
    """The "quoted"/"cited" of the draft's cue, or the one its "as saying" hangs on."""
    for tok in sdoc[d.cue[0]:d.cue[1]]:
        if tok.dep_ == "pcomp" and tok.head.lower_ == "as":
            tok = tok.head.head
        if tok.lemma_.lower() in QUOTING and tok.pos_ == "VERB":
            return tok
    return None


def quoted_by(sdoc, drafts: list[Draft]) -> list[Draft]:
    """'The ministry was quoted by Reuters as saying X': the ministry says X through Reuters, the
    agent of "quoted" (a new draft for it, cue "quoted", with the same words)."""
    found = []
    for d in drafts:
        if d.act != "speech" or not d.sources or not d.contents or d.parent is not None:
            continue
        verb = next((t for t in sdoc[d.cue[0]:d.cue[1]]), None)
        if verb is not None and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
            verb = verb.head.head
        if verb is None or verb.lemma_.lower() not in QUOTING:
            continue
        agent = next((g for c in verb.children if c.dep_ == "agent"
                      for g in c.children if g.dep_ == "pobj"), None)
        if agent is None:
            continue
        outer = Draft(cue=(verb.i, verb.i + 1), para=d.para, contents=list(d.contents),
                      sources=[(agent.left_edge.i, agent.right_edge.i + 1)], kind=d.kind)
        d.parent = outer
        found.append(outer)
    return found


def _citing_with_the_content(tok) -> bool:
    """ "reported, [citing] officials, that X": a participle of citing, hanging on a verb of
    saying, with its own object and the "that" clause the saying verb lacks."""
    return tok.lemma_.lower() in QUOTING and tok.tag_ == "VBG" and \
        tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.lemma_.lower() in REPORTING and \
        any(c.dep_ == "dobj" for c in tok.children) and \
        any(c.dep_ == "ccomp" for c in tok.children)


def _author(obj) -> tuple[int, int]:
    """The one cited: 'a statement from [the ministry]' is the ministry's, else the object."""
    if obj.lemma_.lower() in DOCUMENTS:
        for p in obj.children:
            if p.dep_ == "prep" and p.lower_ in ("from", "by", "of"):
                for g in p.children:
                    if g.dep_ == "pobj":
                        return g.left_edge.i, g.right_edge.i + 1
    return obj.left_edge.i, obj.right_edge.i + 1


def _speaker_like(doc: Document, sdoc, rng: tuple[int, int]) -> bool:
    """Can the phrase be someone who speaks: its head a name, a speaker's role or an anonymous
    source ("a person familiar with ...", "two officials"), or the press?"""
    head = sdoc[rng[0]:rng[1]].root
    if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or head.pos_ == "PROPN":
        return True
    if head.lower_ in SPEAKER_HEADS or head.lemma_.lower() in SPEAKER_HEADS:
        return True
    return is_press(doc, sdoc, rng)


def cited_sources(doc: Document, sdoc, drafts: list[Draft]) -> tuple[list[Draft], set[int]]:
    """'X, Reuters reported, citing the ministry' / 'Reuters, citing two officials, said X':
    the ones cited (the object of "citing"/"quoting" hanging on the cue) say X through the
    draft; new drafts, and the token indices of the participles (a draft around one is the
    same reading as a stance)."""
    found, participles = [], set()
    for d in drafts:
        if d.act != "speech" or not d.sources or not d.contents:
            continue
        cue = sdoc[d.cue[0]:d.cue[1]]
        if len(cue) == 1 and _citing_with_the_content(cue[0]):
            # "The Journal reported, citing U.S. officials, that ...": the parser hangs the
            # "that" clause on "citing"; the outlet's cue is "reported", and those it cites
            # say the clause through it
            participle = cue[0]
            author = _author(next(g for g in participle.children if g.dep_ == "dobj"))
            if _speaker_like(doc, sdoc, author):
                d.cue = (participle.head.i, participle.head.i + 1)
                found.append(Draft(cue=(participle.i, participle.i + 1), para=d.para,
                                   parent=d, sources=[author], contents=list(d.contents),
                                   kind=d.kind))
                participles.add(participle.i)
            continue
        # the participle hangs on the cue, or (as the parser may have it) on the content's
        # verb while standing between the cue and the content ("wrote, citing X, that ..."),
        # or a relative clause of quoting on the speaker names the one it cites ("Xinhua,
        # which quoted a ministry spokesman, said ...", "According to Kyodo, which cited a
        # defence official, ...")
        holders = list(sdoc[d.cue[0]:d.cue[1]]) + [sdoc[rng[0]:rng[1]].root for rng in d.contents]
        speakers = [sdoc[rng[0]:rng[1]].root for rng in d.sources]
        for verb in holders + speakers:
            for c in verb.children:
                if verb in speakers:
                    if c.dep_ != "relcl" or c.lemma_.lower() not in QUOTING or not any(
                            g.dep_ == "nsubj" and g.lower_ in RELATIVE_SUBJECTS
                            for g in c.children):
                        continue
                elif c.dep_ not in ("advcl", "xcomp", "conj") or \
                        c.lemma_.lower() not in QUOTING or c.tag_ != "VBG":
                    continue
                elif verb.i >= d.cue[1] and not d.cue[1] <= c.i < min(r[0] for r in d.contents):
                    continue
                obj = next((g for g in c.children if g.dep_ == "dobj"), None)
                if obj is None:
                    continue
                author = _author(obj)
                if not _speaker_like(doc, sdoc, author):
                    continue  # "citing fears of terrorism", "citing precedent"
                found.append(Draft(cue=(c.i, c.i + 1), para=d.para, parent=d,
                                   sources=[author],
                                   contents=list(d.contents), kind=d.kind))
                participles.add(c.i)
    return found, participles


def press_reports(doc: Document, sdoc, drafts: list[Draft]) -> list[Draft]:
    """The drafts without the press's reports around whole statements (see the module note);
    each statement such a report holds gets the outlet as its hearer."""
    gone = set()
    for outer in drafts:
        # (a signed post, "... — Harbour News (@harbournews)", and "according to a Reuters
        # report" name a text of the outlet's own, which stays a quote)
        if outer.act != "speech" or not outer.sources or len(outer.contents) != 1 or \
                outer.form == "signature" or \
                any(t.lower_ == "according" for t in sdoc[outer.cue[0]:outer.cue[1]]) or \
                not (is_press(doc, sdoc, outer.sources[0]) or reporting_site(doc, sdoc, outer)):
            continue
        first, last = outer.contents[0]
        # a report that closes on the statement ("..., Reuters reported"), not one that opens
        # it ("According to NBC, he was calling around": the outlet's own account); its words
        # may have been cut before the statement's own cue ('"...," she said, Mediaite said')
        end = outer.cue[0]
        held = [d for d in drafts if d is not outer and d.act == "speech" and d.sources and
                first <= d.cue[0] and d.cue[1] <= end and
                all(first <= a and b <= end for a, b in d.sources) and
                any(a < last and first < b for a, b in d.contents)]
        if not held:
            said = _speaker_between(sdoc, last, end)
            if said is None:
                continue
            # '"...," Ms. Ortega said, Politiblog reported': the words were read with the
            # outlet's verb; they are the speaker's, told through the outlet
            verb, subject = said
            held = [Draft(cue=(verb, verb + 1), para=outer.para, sources=[subject],
                          contents=list(outer.contents), kind=outer.kind, parent=outer.parent)]
            drafts = drafts + held
        gone.add(id(outer))
        for inner in held:
            if inner.hearer is None:
                inner.hearer, inner.hearer_relation = outer.sources[0], "reported"
    kept = [d for d in drafts if id(d) not in gone]
    for d in kept:  # what was reported through a report that went, through the one above it
        while d.parent is not None and id(d.parent) in gone:
            d.parent = d.parent.parent
    return kept


def reporting_site(doc: Document, sdoc, d: Draft) -> bool:
    """'..., Mediaite reported': a name the actor tables do not know (a site, a blog) that
    "reports" a statement is the press that carried it."""
    if not any(t.lemma_.lower() == "report" for t in sdoc[d.cue[0]:d.cue[1]]):
        return False
    lo, hi = d.sources[0]
    words = [t for t in sdoc[lo:hi] if not t.is_punct and t.lower_ != "the"]
    start, end = sdoc[lo].idx, sdoc[hi - 1].idx + len(sdoc[hi - 1].text)
    ents = _entities(doc, start, end)
    # a name (the entity tagger may miss it), no person's and none the actor tables code
    return bool(words) and all(t.pos_ == "PROPN" and t.ent_type_ != "PERSON" for t in words) \
        and not any(e.label == "PERSON" or e.actor for e in ents) and \
        code_phrase(doc.text[start:end], doc.meta.published) is None


def _speaker_between(sdoc, lo: int, hi: int) -> tuple[int, tuple[int, int]] | None:
    """A speech verb with its subject between a statement's end `lo` and an outlet's verb
    `hi` ('"...," [Ms. Ortega said], Politiblog reported'), as (its token, its subject's
    range), or None."""
    for tok in sdoc[lo:hi]:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_LEMMAS():
            subj = [c for c in tok.children if c.dep_ == "nsubj" and lo <= c.left_edge.i]
            if subj:
                return tok.i, (subj[0].left_edge.i, subj[0].right_edge.i + 1)
    return None
