"""Actor codes that depend on the rest of the document, not on the mention alone:

- a place name two countries share ("Georgia": the country, and a US state in the tables)
  takes the country the document otherwise points to (Atlanta, its dateline, a governor or
  sheriff anywhere in it → USA; Tbilisi, Georgian → GEO); with no evidence, the country's
  own name wins;
- a country word that begins a person's name ("Israel Montaño Ruiz", "Karen Holt",
  "Jordan Peterson") gives no country: a name, not an affiliation;
- a body named without its country ("the Defense Ministry", "a ministry spokesman") takes
  the country of the same body named earlier with it ("the Chinese Defense Ministry"), else
  the country that acts most in the document (`acting_country`: the country of its
  subjects, not of the places its trips go to).

- a sector with no country ("police", "the minister") takes the one country its sentence
  (`sentence_country`) or the sentences near it (`countries_near`) name; outlets' countries
  are ignored (an outlet says who reports, not where), and so are states named only as:
  a border or its far side (`names_a_border`, `border_with`), the seat of a body or the venue
  of talks (`seat_of_a_body`), the owner of a thing, a firm or citizens ("Australian support",
  "U.S. firms": `on_a_thing`), and, for a ministry, parliament or court, or any body acting
  by word (WORD_ACTS: "The junta accused Paris"), the one its own verb acts on ("The
  commerce ministry accused Washington": `_acted_on_by`);
- a state body or official otherwise takes the state of the subject of the sentence before
  (`previous_subject_country`; an envoy's subject gives the host: "Russia's ambassador to
  Serbia" -> Serbia), and "its/their" the state or body they stand for (`owned_by_pronoun`).

Used by the actors stage (entities.py, communities.py, refer.py) and the corpus (parties.py).
"""
from __future__ import annotations

import re

from ...model import Document, Entity
from .lexicon import load, tokens
from .phrase import _ADJECTIVE_ENDINGS, NON_STATE, _candidates
from .shared import dateline_country
from .side_clauses import acts_as_party, in_side_clause

# Words after a place name that make it a region inside a country, not a state of its own.
_REGION_AFTER = {"state", "county", "governor", "legislature", "statehouse", "assembly",
                 "senator", "congressman", "congresswoman", "attorney", "sheriff"}
# ... and words after it that only a state has ("Georgia's prime minister", "Georgia's
# parliament", "the Georgian army").
_STATE_AFTER = {"prime", "president", "parliament", "government", "foreign", "defence",
                "defense", "army", "military", "embassy", "ambassador", "opposition", "ruling",
                "constitutional", "central"}
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "today", "tonight"}
_NAME_WORD = re.compile(r"\s([A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'\-]+)")


def country_entries(text: str) -> list:
    """The country entries (distinct countries) a whole mention can mean."""
    words = [w for _, _, w in tokens(text) if w.lower() != "'s"]
    entries = [e for e in _candidates(load(), words) if e.kind == "country"]
    seen, out = set(), []
    for entry in entries:
        if entry.country not in seen:
            seen.add(entry.country)
            out.append(entry)
    return out


def resolve_shared_places(doc: Document, entities: list[Entity]) -> None:
    """Recode the mentions of a place name two countries share (see the module docstring)."""
    shared = [e for e in entities if e.actor and _shared_place(doc.text[e.start:e.end], e.label)]
    if not shared:
        return
    texts = {doc.text[e.start:e.end] for e in shared}
    votes: dict[str, int] = {}
    for ent in entities:
        vote = place_vote(doc, ent)
        if vote and doc.text[ent.start:ent.end] not in texts:
            votes[vote[0]] = votes.get(vote[0], 0) + vote[1]
    # the place the story is filed from weighs as a city of the text does ("ATLANTA (AP) -")
    filed = dateline_country(doc)
    if filed:
        votes[filed] = votes.get(filed, 0) + 3
    regional = _region_signs(doc)
    decided = {ent.id: _decisive(doc, ent) for ent in shared}
    # one sense per story: a mention the words after it decide ("Georgia's prime minister")
    # decides the others of the same name
    by_text = {doc.text[e.start:e.end]: decided[e.id] for e in shared if decided[e.id]}
    for ent in shared:
        options = country_entries(doc.text[ent.start:ent.end])
        pick = decided[ent.id] or by_text.get(doc.text[ent.start:ent.end])
        if pick is None:
            def weight(o):  # a state's region ("place") also has the story's region words
                return votes.get(o.country, 0) + (
                    2 * regional if o.role == "place" and
                    any(x.role == "name" for x in options) else 0)
            best = max(weight(o) for o in options)
            pick = next(o for o in options if weight(o) == best)
        if pick.country != ent.actor.get("country"):
            sector = ent.actor.get("sector") if pick.role != "place" else None
            ent.actor = {"code": pick.country + (sector or ""), "country": pick.country,
                         "sector": sector}


# Offices and bodies only a region inside a state has (a US state's sheriff, county,
# governor, troopers), written anywhere in the story: "Police in Georgia arrested 20
# students. Gov. Brian Kemp praised the troopers" is the US state, not the country. (A
# central bank's governor is any state's.)
_REGION_SIGNS = re.compile(r"\b(?:(?<!bank )governor|sheriff|sheriffs|county|counties|statehouse|"
                           r"state troopers?|state legislature|state senator|state lawmakers)"
                           r"\b|\bGov\.", re.IGNORECASE)


def _region_signs(doc: Document) -> int:
    """How many region words (_REGION_SIGNS) the story has."""
    return len(_REGION_SIGNS.findall(doc.text))


def _shared_place(text: str, label: str) -> bool:
    """A mention whose words name places of more than one country. The tagger often takes a
    province for a people or a body ("in Punjab" as NORP, "Tamil Nadu" as ORG): any label
    counts when every reading is a place or a state's name, not a people's word."""
    entries = country_entries(text)
    if len(entries) < 2:
        return False
    return label in ("GPE", "LOC") or all(e.role in ("name", "place", "capital") for e in entries)


def place_vote(doc: Document, ent: Entity) -> tuple[str, int] | None:
    """(country, weight) of a mention as a sign of where the story is: a city, region or
    people of one country (Tbilisi, Georgians; Atlanta) weighs three; any other actor of it
    (the State Department reacting to events in Georgia) one. None without a country."""
    country = (ent.actor or {}).get("country")
    if not country:
        return None
    entries = country_entries(doc.text[ent.start:ent.end])
    where = len(entries) == 1 and (
        entries[0].role in ("place", "demonym", "plural") or
        (entries[0].role == "capital" and not ent.actor.get("sector")))  # "in Kyiv",
    # not "Washington urged calm" (a capital standing for its government acts)
    return country, 3 if where else 1


def _decisive(doc: Document, ent: Entity):
    """The reading the words right after a shared name force: a region's ("Georgia state
    troopers", "Georgia's governor") or a state's ("Georgia's prime minister"); else None."""
    options = country_entries(doc.text[ent.start:ent.end])
    words_after = set(re.findall(r"[a-z]+", doc.text[ent.end:ent.end + 30].lower())[:2])
    region = [o for o in options if o.role == "place"]
    state = [o for o in options if o.role == "name"]
    if region and words_after & _REGION_AFTER:
        return region[0]
    if state and words_after & _STATE_AFTER:
        return state[0]
    return None


def begins_a_name(doc: Document, ent: Entity) -> bool:
    """A country word right before a capitalized word the tables do not know: the first name
    of a person ("Israel Montaño Ruiz", "Karen Holt"), not a country."""
    text = doc.text[ent.start:ent.end]
    words = [w for _, _, w in tokens(text)]
    entries = country_entries(words[0]) if words else []
    if not entries or (entries[0].role in ("demonym", "plural")
                       and words[0].lower().endswith(_ADJECTIVE_ENDINGS)):
        return False
    if len(words) > 1:
        if any(e.kind == "country" and e.role in ("name", "capital", "place")
               for e in load().lower.get(tuple(w.lower() for w in words), [])):
            return False  # "Tamil Nadu": the whole is a place of the tables
        rest = words[1:]
    else:
        m = _NAME_WORD.match(doc.text, ent.end)
        if m is None or "\n" in doc.text[ent.end:m.start(1)]:
            return False
        rest = [m.group(1)]
    return _unknown_name(rest[0])


def _unknown_name(word: str) -> bool:
    lex = load()
    low = word.lower()
    if not word[:1].isupper() or word.isupper() or len(word) < 2 or low in _CALENDAR:
        return False
    if low in lex.vocab or low in lex.name_words or _candidates(lex, [word]) or \
            _candidates(lex, [word.rstrip("s")]):
        return False
    return True


_BARE_DROP = {"the", "a", "an", "'s", "its", "their"}


def bare_name(text: str) -> str:
    """A body's name without articles and country words: "the Chinese Defense Ministry" and
    "Defense Ministry" → "defence ministry"."""
    lex = load()
    out = []
    for _, _, word in tokens(text):
        low = word.lower()
        if low in _BARE_DROP:
            continue
        if any(e.kind == "country" for e in _candidates(lex, [word])):
            continue
        out.append("defence" if low == "defense" else low)
    return " ".join(out)


def antecedent_country(doc: Document, ent: Entity, title: str) -> str | None:
    """The country of the same body named earlier ("the Chinese Defense Ministry" ... "Defense
    Ministry spokesman Tan Kefei" → CHN). `title` is the mention's own words (for a person,
    the title before the name)."""
    mine = bare_name(title)
    if not mine:
        return None
    for prev in reversed(doc.entities):
        if prev.start >= ent.start or prev.label not in ("ORG", "NORP", "FAC"):
            continue
        country = (prev.actor or {}).get("country")
        if not country or country in NON_STATE:
            continue
        theirs = bare_name(doc.text[prev.start:prev.end])
        if theirs and len(theirs) > 3 and (theirs in mine or mine in theirs):
            return country
    return None



_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_INSIDE_PHRASE = {"compound", "amod", "poss", "conj", "appos", "nmod", "case", "det"}


def acting_country(doc: Document, entities: list[Entity]) -> str | None:
    """The state most often named in the subject of a clause ("China is sending ...",
    "Beijing may be providing ..."): the document's actor, where the most named country may
    only be a destination ("a trip to Russia"). None without a parse or a clear winner."""
    parsed = getattr(doc, "spacy", None)
    if parsed is None:
        return None
    counts: dict[str, int] = {}
    for ent in entities:
        country = (ent.actor or {}).get("country")
        if not country or country in NON_STATE:
            continue
        span = parsed.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is not None and _in_subject(span.root):
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _in_subject(token) -> bool:
    for _ in range(4):
        if token.dep_ in _SUBJECT_DEPS:
            return True
        if token.dep_ not in _INSIDE_PHRASE or token.head.i == token.i:
            return False
        token = token.head
    return False


STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}


def previous_subject_country(doc: Document, ent: Entity, reach: int = 2,
                             exclude: set | frozenset = frozenset()) -> str | None:
    """The state named in the subject of the nearest earlier sentence (up to `reach` back):
    a state body or official named without a country after "China is sending its minister
    ..." is China's, even when the sentence goes on about the trip's destination."""
    parsed = getattr(doc, "spacy", None)
    here = doc.sentence_at(ent.start)
    if parsed is None or here is None:
        return None
    for back in range(1, reach + 1):
        found = None
        for other in doc.entities:
            sent = doc.sentence_at(other.start)
            country = (other.actor or {}).get("country")
            if sent is None or sent.i != here.i - back or not country or country in NON_STATE \
                    or country in exclude:
                continue
            span = parsed.char_span(other.start, other.end, alignment_mode="expand")
            if span is not None and _in_subject(span.root) and not on_a_thing(doc, other):
                found = found or _host_of_envoy(doc, span.root) or country
        if found:
            return found
    return None


# Who represents a state abroad: "Russia's ambassador to Serbia" speaks in Serbia's story.
ENVOYS = {"ambassador", "envoy", "embassy", "consul", "consulate", "diplomat", "emissary"}


def _host_of_envoy(doc: Document, token) -> str | None:
    """The host state of an envoy the subject names ("Russia's ambassador to Serbia": SRB),
    else None: the officials a story names after it, without a country, are the host's."""
    head = token
    while head.dep_ in ("poss", "compound", "amod", "pobj", "prep") and head.head.i != head.i \
            and head.lemma_.lower() not in ENVOYS:
        head = head.head
    if head.lemma_.lower() not in ENVOYS:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "in"):
            for obj in prep.children:
                for other in doc.entities:
                    country = (other.actor or {}).get("country")
                    if other.start <= obj.idx < other.end and country not in (None, *NON_STATE):
                        return country
    return None


def names_a_country(text: str) -> bool:
    """Whether a phrase is a country's own name ("Japan", "the United States"), not a city,
    region or people of it (lexicons/countries.tsv, the names column)."""
    key = [w for _, _, w in tokens(text)]
    if key and key[0].lower() == "the":
        key = key[1:]
    lex = load()
    entries = lex.lower.get(tuple(w.lower() for w in key), []) + lex.exact.get(tuple(key), [])
    return any(e.kind == "country" and e.role == "name" for e in entries)


def listed_country(doc: Document, ent: Entity, text: str) -> bool:
    """A country's own name (names_a_country) conjoined with another country's name: a list
    of states, not a person called "Chad" or "Georgia"."""
    parsed = getattr(doc, "spacy", None)
    span = parsed.char_span(ent.start, ent.end, alignment_mode="expand") if parsed else None
    if span is None or not names_a_country(text):
        return False
    root = span.root
    neighbours = [c for c in root.children if c.dep_ == "conj"] + (
        [root.head] if root.dep_ == "conj" else [])
    return any(names_a_country(parsed[n.left_edge.i:n.i + 1].text) for n in neighbours)


def owned_by_pronoun(doc: Document, ent: Entity) -> tuple[bool, str | None]:
    """ "Its director, Alfredo Romero", "their spokesman X": (True, the owner's country) when
    an "its"/"their" owns the person's title. The owner is the subject of the sentence before
    when that names a state or a body of known country ("Belarus responded. Its foreign
    minister ..."); a person there cannot be "its" owner, so the country is unknown (None).
    (False, None) when no such pronoun owns the title."""
    parsed = getattr(doc, "spacy", None)
    span = parsed.char_span(ent.start, ent.end, alignment_mode="expand") if parsed else None
    if span is None:
        return False, None
    noun = span.root.head if span.root.dep_ == "appos" else span.root
    if not any(t.dep_ == "poss" and t.lower_ in ("its", "their") and t.i < span.start
               for t in noun.subtree):
        return False, None
    first = span.root.sent.start
    if first == 0:
        return True, None
    before = parsed[first - 1].sent
    subj = next((t for t in before if t.dep_ in _SUBJECT_DEPS and t.head.dep_ == "ROOT"), None)
    if subj is None or subj.ent_type_ not in ("GPE", "ORG", "NORP"):
        return True, None  # "the attorney general said ...": no "it" to own a director
    for other in doc.entities:
        if other.start <= subj.idx < other.end:
            country = (other.actor or {}).get("country")
            return True, country if country not in NON_STATE else None
    return True, None


# Entity labels of a people or a place ("Baltic", "Kurdish", "Gaza").
PEOPLE_LABELS = {"GPE", "NORP", "LOC"}


def countries_near(doc: Document, before: int, same_sentence: bool,
                   places_only: bool = False) -> list[str]:
    """Countries of the entities before an offset in its sentence (and the previous one,
    unless `same_sentence`), in text order; only when they name a single country. An outlet
    tells who reports, not where ("According to a Reuters report, the minister ...").
    `places_only` (for an armed group, which acts where it is): states named bare as a
    party of their clause ("Egypt has supplied jets") are left out."""
    here = doc.sentence_at(before)
    reach = 0 if same_sentence else 1
    found = []
    for ent in doc.entities:
        if ent.start >= before or not ent.actor or not ent.actor.get("country") or \
                ent.actor.get("sector") in MEDIA_SECTORS:
            continue
        sent = doc.sentence_at(ent.start)
        if places_only and acts_as_party(doc, ent):
            continue
        if here and sent and sent.i < here.i and on_a_thing(doc, ent):
            continue  # "Australian support will not solve that. The government ...": no state
        if seat_of_a_body(doc, ent):
            continue  # "The talks were held in Addis Ababa. The government ...": a venue
        if here and sent and 0 <= here.i - sent.i <= reach and ent.actor["country"] not in NON_STATE:
            found.append(ent.actor["country"])
    return found if len(set(found)) == 1 else []


# Things a state gives, holds or wants, named with the state's word ("Australian support",
# "China's ambitions"), and its private firms and people: the state is talked about, nobody
# of it acts in that phrase.
THING_NOUNS = {"support", "aid", "assistance", "help", "funding", "funds", "money", "loan",
               "loans", "investment", "investments", "export", "exports", "import", "imports",
               "trade", "pressure", "influence", "ambition", "ambitions", "interest",
               "interests", "concern", "concerns", "policy", "policies", "economy", "budget",
               "goods", "products", "market", "markets", "model", "backing", "debt", "grant",
               "grants", "donation", "donations", "expertise", "technology", "dollar",
               # a state's private people and firms: named, its state does nothing there
               # ("placed 12 U.S. firms on a list. The commerce ministry ...")
               "firm", "company", "companies", "business", "businesses", "bank", "banks",
               "citizen", "citizens", "national", "nationals", "tourist", "tourists"}


def on_a_thing(doc: Document, ent: Entity) -> bool:
    """ "Australian support", "China's ambitions": a state's word on a noun of a thing it
    gives, holds or wants (THING_NOUNS), no actor nor place: the state is talked about there,
    nobody of it acts, so a body named bare after it ("the government") is not that state's."""
    parsed = getattr(doc, "spacy", None)
    span = parsed.char_span(ent.start, ent.end, alignment_mode="expand") if parsed else None
    if span is None:
        return False
    token = span.root
    if token.dep_ not in ("amod", "compound", "poss") or token.head.i == token.i:
        return False
    head = token.head
    return head.i >= span.end and head.lemma_.lower() in THING_NOUNS | {
        w.rstrip("s") for w in THING_NOUNS} or head.lower_ in THING_NOUNS


def sentence_country(doc: Document, actor: dict, start: int, end: int) -> dict:
    """A sector with no country ("police", "Lt. Gen. X") takes the one country its sentence
    names elsewhere, if it names exactly one. A nationality word that modifies another noun
    names that noun's country, not the sentence's ("Six children were killed in an Israeli
    strike": the strike is Israel's, the children are of no country the sentence names)."""
    sent = doc.sentence_at(start)
    if sent is None or not actor.get("sector"):
        return actor
    if actor["sector"] == "NGO" and "local" not in doc.text[start:end].lower():
        return actor  # "rights groups", "aid agencies": of no state the sentence names
    if actor["sector"] in STATE_SECTORS and any(
            e.label in PEOPLE_LABELS and start <= e.start < end and
            not (e.actor or {}).get("country") for e in doc.entities):
        return actor  # "Baltic ministers", of a people the tables do not know: no other's state
    # an outlet the sentence names ("..., the BBC reported", "told The Associated Press")
    # tells who reports, not where the story is
    named = [e for e in doc.entities
             if e.actor and sent.start <= e.start < sent.end and not (start <= e.start < end)
             and e.actor.get("country") and e.actor["country"] not in NON_STATE
             and e.actor.get("sector") not in MEDIA_SECTORS]
    named = [e for e in named if not names_a_border(doc, e) and not in_side_clause(doc, e, start)
             and not seat_of_a_body(doc, e)]
    if actor["sector"] in SPEAKING_SECTORS or _by_word(doc, start):
        # a ministry is not of the state it accuses, nor is "the junta" of the one it accuses;
        # armed men that act by force act where they are ("militants raided a Malian town")
        named = [e for e in named if not _acted_on_by(doc, e, start)]
    countries = {e.actor["country"] for e in named}
    if len(countries) != 1 or all(_modifies_another_noun(doc, e, start, end) for e in named):
        return actor
    country = countries.pop()
    return {**actor, "code": country + actor["sector"], "country": country}


# Sectors of a state that act on other states by word and decision (a ministry, a parliament,
# a court), not by force in a place.
SPEAKING_SECTORS = {"GOV", "LEG", "JUD"}
# Prepositions that name the one a verb's subject acts on or with ("accused Washington",
# "fired at Israel", "met with Russia"), not where it acts ("in Syria").
COUNTERPART_PREPS = {"against", "on", "at", "with", "to", "toward", "towards"}


# Verbs of acts done by word or decision, whoever does them: what their subject acts on is
# another party ("The junta accused Paris of plotting": the junta is not French).
WORD_ACTS = {"accuse", "blame", "condemn", "criticise", "criticize", "denounce", "warn",
             "threaten", "urge", "demand", "praise", "thank", "welcome", "reject", "summon",
             "invite", "congratulate", "rebuke", "sue", "expel", "order", "tell", "ask",
             "call", "deny", "dismiss", "slam", "protest"}


def _subject_verb(doc: Document, start: int):
    """The verb whose active subject holds the offset `start`, or None."""
    if doc.spacy is None:
        return None
    at = doc.spacy.char_span(start, start + 1, alignment_mode="expand")
    if at is None or not len(at):
        return None
    subj = at[0]
    while subj.dep_ not in ("nsubj", "nsubjpass") and subj.head.i != subj.i and \
            subj.dep_ in ("det", "compound", "amod", "poss"):
        subj = subj.head
    return subj.head if subj.dep_ == "nsubj" else None


def _by_word(doc: Document, start: int) -> bool:
    """Is the phrase at `start` the subject of a verb of WORD_ACTS?"""
    return (getattr(_subject_verb(doc, start), "lemma_", "") or "").lower() in WORD_ACTS


def _acted_on_by(doc: Document, ent: Entity, start: int) -> bool:
    """Is `ent` named as the one acted on by the verb whose subject holds the offset `start`
    ("The commerce ministry accused Washington": the ministry is not Washington's; "The
    president vowed to retaliate against Israel")? Places of the act ("in Syria") are not."""
    verb = _subject_verb(doc, start)
    span = verb and doc.spacy.char_span(ent.start, ent.end, alignment_mode="expand")
    if not span:
        return False
    verbs = {verb.i} | {c.i for c in verb.children if c.dep_ == "xcomp"}
    tok = span.root  # climb to the word that hangs on the verb (or its infinitive)
    while tok.head.i != tok.i and tok.head.i not in verbs:
        tok = tok.head
    if tok.head.i not in verbs:
        return False
    return tok.dep_ in ("dobj", "dative") or (
        tok.dep_ == "prep" and tok.lower_ in COUNTERPART_PREPS)


def seat_of_a_body(doc: Document, ent: Entity) -> bool:
    """Is `ent` the city an international body sits in ("told the U.N. Security Council in
    New York", "NATO's headquarters in Brussels"), or the venue of talks ("had met in
    Caracas", "the talks were held in Addis Ababa", "signed a truce in Jeddah")? Where a body
    sits or parties meet says nothing of the country of those who speak or act there."""
    if doc.spacy is None:
        return False
    span = doc.spacy.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in ("in", "at"):
        return False
    host = span.root.head.head
    if host.lemma_.lower() in MEETING_WORDS or host.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in MEETING_WORDS
            for c in host.children):
        return True
    return any(e.start <= host.idx < e.end and (e.actor or {}).get("country") == "IGO"
               for e in doc.entities)


# Words of parties meeting: the place they do it in is a venue ("met in Caracas", "talks in
# Jeddah", "the deal signed in Pretoria", "the conference was held in Geneva").
MEETING_WORDS = {"meet", "meeting", "talk", "talks", "summit", "negotiation", "negotiations",
                 "negotiate", "conference", "convene", "sign", "round", "deal", "agreement",
                 "accord", "ceasefire", "truce"}


MEDIA_SECTORS = {"MED", "JRN"}
# Nouns of a place: a nationality word on one names where ("near the Malian town of Gao").
PLACE_NOUNS = {"town", "city", "village", "capital", "province", "region", "district", "state",
               "county", "border", "coast", "island", "port", "territory", "countryside",
               "neighbourhood", "neighborhood", "suburb", "enclave", "frontier", "soil", "side"}


def _modifies_another_noun(doc: Document, ent: Entity, start: int, end: int) -> bool:
    """Is `ent` a nationality word ("Israeli") modifying a noun outside [start, end) that is
    no place ("an Israeli strike", "Israeli troops"; not "the Malian town of Gao")?"""
    if ent.label != "NORP" or doc.spacy is None:
        return False
    span = doc.spacy.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("amod", "compound") and not (start <= root.head.idx < end) \
        and root.head.lemma_.lower() not in PLACE_NOUNS


# A border or frontier named by a country ("near the Venezuelan border", "the Syria border")
# is where the story's ground meets that neighbour: the country is the other side of it, not
# where the people of the sentence are ("killed 80 people near the Venezuelan border" in a
# Colombian region are Colombians).
BORDER_NOUNS = {"border", "frontier", "borderland"}
BORDER_PLACE_PREPS = {"near", "along", "on", "at", "across", "to", "by", "from", "toward",
                      "towards", "in", "over", "close", "alongside"}


def names_a_border(doc: Document, ent: Entity) -> bool:
    """Is `ent` a country's name or nationality word on a border noun ("the Venezuelan
    border", "the Afghanistan frontier")?"""
    # (the tagger labels some states ORG or LOC: "the border with Burkina Faso")
    if doc.spacy is None or (ent.label not in ("NORP", "GPE") and not (
            (ent.actor or {}).get("country") and not (ent.actor or {}).get("sector"))):
        return False
    span = doc.spacy.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    # ("Venezuelan border guards" are Venezuela's: the border noun there names no place)
    return root.dep_ in ("amod", "compound") and root.head.i >= span.end and \
        root.head.lemma_.lower() in BORDER_NOUNS and root.head.dep_ != "compound" \
        or border_with(root)


def border_with(token) -> bool:
    """ "near the border with Serbia", "the frontier between Chad and Sudan": the neighbour
    the border noun names after "with"/"between" is the other side, no party there."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("with", "between"):
        return False
    # (the parser may hang "with Belarus" on the verb: the words still say "border with")
    border = prep.head if prep.head.lemma_.lower() in BORDER_NOUNS else \
        token.doc[prep.i - 1] if prep.i > 0 else None
    # only a border that is where something happens ("near the border with Serbia"); one
    # acted on is the neighbour's too ("would close the border with Belarus")
    # ("reintroduced checks on its border with Germany": the border the checks are put on,
    # acted on, is the neighbour's too)
    return border is not None and border.lemma_.lower() in BORDER_NOUNS and \
        border.dep_ == "pobj" and border.head.lower_ in BORDER_PLACE_PREPS and \
        border.head.head.lemma_.lower() not in BORDER_MEASURES


# Measures put on a border, which then is what they act on, not where something happens.
BORDER_MEASURES = {"check", "control", "restriction", "closure", "fence", "wall", "barrier"}
