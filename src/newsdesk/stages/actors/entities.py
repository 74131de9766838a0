"""Stage `actors`: entity mentions → CAMEO/PLOVER actor codes and canonical names.

Public API (used by the events stage):
- `code_phrase(text, date=None, context_country=None)` codes any noun phrase ("the Sudanese
  army", "Russia's Defense Ministry", "opposition leader Raila Odinga", "police") to
  `{code, country, sector}` or None;
- `actor_for_span(doc, start, end)` the actor of a span of an analysed document: the phrase
  itself, the entity it overlaps, or (for "he", "the minister") the person it refers back to.

Code convention: ISO-3166 alpha-3 country + PLOVER sector ("CHNMIL", "RUSGOV"; a bare
country "USA"; a sector of unknown country "COP"); intergovernmental and other non-state
bodies take PLOVER's pseudo-countries IGO/NGO/IMG/MNC plus an org code ("IGOUNO" = UN,
"IGONAT" = NATO, "IGOEUR" = EU) and carry `org`. Media is JRN and health MED (PLOVER, not
CAMEO, meanings); ELI is a former office holder. See phrase.py for how a phrase is read
and lexicons/*.tsv for the tables (office holders resolve by the article's date).
"""
from __future__ import annotations

import re
from collections import Counter

from ...model import Document, Entity
from ..base import datelines, stage
from .context import (MEDIA_SECTORS, PEOPLE_LABELS, STATE_SECTORS, acting_country,
                      antecedent_country, begins_a_name, countries_near, listed_country, names_a_country,
                      owned_by_pronoun, previous_subject_country, resolve_shared_places,
                      names_a_border, seat_of_a_body, sentence_country)
from .lexicon import load, tokens
from .acronyms import defined_acronyms
from .communities import community_actor, resolve_communities
from .untagged import places_read_as_people, untagged_holders, untagged_states, untagged_surnames
from .mistagged import ranked_names, surname_mentions, titled_names
from .names import body_name, particle_names, whole_names
from .name_spans import hyphenated_name, left_extension, longer_name, right_extension
from .shared import dateline_country, home_of_shared_bodies
from .roles import APPOSITIVE as _APPOSITIVE, LOCATIVE as _LOCATIVE
from .roles import appositive as _appositive, has_congress_tag, role_before as _role_before
from .side_clauses import OUTLAW_SECTORS, entity_root, in_reported_content, in_side_clause
from .spellings import respelled
from .counterparts import FirstMentions, counterpart_countries
from .compass import half_state
from .phrase import (NON_STATE, _NOT_AFFILIATION, _candidates, backs_another, code_text,
                     date_index, find_matches, office_at)

ACTOR_LABELS = {"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"}
# Entity types that name a people or a place: their country is their own or unknown.
_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
_COREF_SENTENCES = 4  # how far back "he" / "the minister" may look
# Last words of a newspaper's or a site's name ("The Japan Times", "The Kyiv Independent"):
# a place in such a name says where the outlet is, never that the state or its government
# speaks. A name the tables know as the press keeps its own entry ("The Jerusalem Post").
OUTLET_HEADS = {"Times", "Post", "Gazette", "Journal", "Herald", "Tribune", "Telegraph",
                "Chronicle", "Observer", "Guardian", "Examiner", "Courier", "Inquirer",
                "Independent", "Dispatch", "Bulletin", "Mail", "Express", "Mirror", "Monitor",
                "Daily", "Standard", "Star", "Sun", "Nation"}


def code_phrase(text: str, date: str | None = None,
                context_country: str | None = None) -> dict | None:
    """{code, country, sector} of a noun phrase, or None if it names no political actor.

    `date` (ISO) picks the office a named person held then (None: the latest office);
    `context_country` gives the country of bare sector words ("police", "protesters")."""
    actor, _ = code_text(text, date, context_country)
    return actor


def actor_for_span(doc: Document, start: int, end: int) -> dict | None:
    """The actor of doc.text[start:end]: the phrase's own coding merged with the entity it
    overlaps; pronouns and bare roles ("the minister") refer back to the last coded person."""
    text = doc.text[start:end]
    date = doc.meta.published
    stripped = text.strip().lower()
    if stripped in _PRONOUNS:
        person = _last_person(doc, start)
        return dict(person.actor) if person else None
    entity = _overlapping_entity(doc, start, end)
    actor, _ = code_text(text, date)
    if entity is None:  # "Druze leaders", a people the tagger did not mark: where they act
        actor = community_actor(doc, start, end, actor) or actor
    if entity is not None and entity.actor:
        return _merge(entity, actor, doc, start, end)
    if actor and actor.get("country") is None:
        if bare_body(text):
            named = _named_body(doc, text, start)
            if named is not None or unnamed_body(doc, start, end):
                return named or actor
        return _refer_back(doc, text, actor, start) or sentence_country(doc, actor, start, end)
    return actor


# Bodies that are no one state's by their name alone: "the commission" is the one the text
# named before it ("The European Commission opened an inquiry. The commission ..."), else a
# body the text does not say, not of whatever state its sentence or article names ("The
# commission criticised China" is no Chinese commission).
BODY_WORDS = {"commission", "committee", "council", "panel", "tribunal", "board", "agency"}


def bare_body(text: str) -> bool:
    """ "the commission", "this panel": a body word after only an article."""
    toks = [w.lower() for _, _, w in tokens(text)]
    return len(toks) == 2 and toks[0] in ("the", "this") and toks[1] in BODY_WORDS


def unnamed_body(doc: Document, start: int, end: int) -> bool:
    """ "the commission" where the text spoke of no commission before: a body the text does
    not say. (One spoken of before, "the country's electoral council ... the council", is
    found as any bare role is: `_refer_back`.)"""
    text = doc.text[start:end]
    if not bare_body(text):
        return False
    word = [w.lower() for _, _, w in tokens(text)][-1]
    return not re.search(rf"\b{word}s?\b", doc.text[:start], re.IGNORECASE)


def _named_body(doc: Document, text: str, before: int) -> dict | None:
    """The actor of the last body named before `before` whose name ends in the same word."""
    word = [w.lower() for _, _, w in tokens(text)][-1]
    for ent in reversed(doc.entities):
        name = [w.lower() for _, _, w in tokens(doc.text[ent.start:ent.end])]
        if ent.end <= before and ent.actor and ent.actor.get("country") and name \
                and name[-1] == word:
            return dict(ent.actor)
    return None


@stage("actors", needs=(), adds=("actors",))
def actors(doc: Document) -> Document:
    """Code every political-actor entity in the document (see module docstring)."""
    date = doc.meta.published
    particle_names(doc)  # "[Ursula von] der [Leyen]": one person, not a person and a place
    whole_names(doc)  # "[Maria Corina] Machado": the whole name, before it is coded
    untagged_holders(doc)  # "Trump imposed ...": a known office holder the tagger missed
    untagged_surnames(doc)  # "Adama Kabore said ... Kabore accused": the surname missed
    untagged_states(doc)  # "PORT MORESBY - Papua New Guinea and ...": a lede's state
    places_read_as_people(doc)  # "broke out in Dakar" (tagged PERSON)
    ranked_names(doc)  # "Brigadier General Moses Okello" (tagged ORG): a person
    # "JEDDAH, March 12 (Reuters) -": the dateline says where the story was filed and by
    # whom; its place and agency do nothing in the story, so they are no actors (and no
    # country the article is about)
    filed = datelines(doc)
    candidates = [e for e in doc.entities if e.label in ACTOR_LABELS
                  and not any(a <= e.start < b for a, b in filed)]
    for ent in candidates:
        if ent.label != "PERSON":
            actor, name = _code_entity(doc, ent, date)
            _apply(ent, actor, body_name(doc.text[ent.start:ent.end], name))  # not "Sudan"
    resolve_shared_places(doc, candidates)  # "Georgia" near Atlanta is the US state
    # People second: a title shared by two office holders ("King Abdullah") goes to the one
    # from the country the article talks about most.
    main_country = _main_country(candidates)
    seen_people: dict[str, Entity] = {}
    for ent in candidates:
        if ent.label != "PERSON":
            continue
        if not _corefer(ent, doc, seen_people):
            _apply(ent, *_code_person(doc, ent, date, main_country))
        seen_people[ent.name] = ent
    untagged = titled_names(doc, candidates, date)  # "a ministry spokesman, Oncu Keceli" (ORG)
    resolve_communities(doc, candidates)  # "Kurdish officials" in a story set in Iraq
    _fill_countries(doc, acting_country(doc, candidates) or main_country)
    defined_acronyms(doc)  # "the Rapid Support Forces (RSF)": "RSF" is that force
    surname_mentions(doc, [e for e in doc.entities if not any(a <= e.start < b for a, b in filed)],
                     untagged)  # "Ahmed Salem, a lawyer ... Salem" (tagged ORG)
    home_of_shared_bodies(doc)  # "SEOUL - The Joint Chiefs of Staff said": South Korea's
    return doc


def _apply(ent: Entity, actor: dict | None, name: str | None) -> None:
    if actor is not None:
        ent.actor = actor
    if name:
        ent.name = name


def _main_country(entities: list[Entity]) -> str | None:
    counts = Counter(e.actor["country"] for e in entities
                     if e.actor and e.actor.get("country") not in (None, *NON_STATE))
    return counts.most_common(1)[0][0] if counts else None


# --- entities -----------------------------------------------------------------------------

def _code_entity(doc: Document, ent: Entity, date: str | None):
    """(actor, canonical name) of one mention, reading the title or role words around it."""
    text = doc.text[ent.start:ent.end]
    if begins_a_name(doc, ent):
        return None, None  # "Israel Montaño Ruiz", "Karen Holt": a person's name
    outlet = outlet_name(text, date)
    if outlet is not None:
        return outlet
    longer = longer_name(doc, ent) if ent.label == "ORG" else hyphenated_name(doc, ent)
    if longer is not None:
        return code_text(longer, date)
    actor, name = code_text(text, date)
    if actor and actor.get("sector") in (None, "GOV") and \
            text.split()[-1].lower() in OCCASION_NOUNS:
        return None, None  # "the Munich Security Conference": an occasion, no state's act
    if actor is None and ent.label in ("GPE", "LOC") and _the_west(doc, ent):
        return code_text("Western countries", date)
    if actor is None and name is None and ent.label in ("GPE", "LOC"):
        return half_state(doc, ent, date) or (None, None)  # not "the Middle East"; "the North"
    left = left_extension(doc, ent) if ent.label in ("ORG", "NORP", "FAC") else ent.start
    right = right_extension(doc, ent) if ent.label in ("NORP", "ORG") else ent.end
    if (left, right) != (ent.start, ent.end):
        extended = code_text(doc.text[left:right], date)[0]
        # "ethnic Albanians", "anti-Syria": the words around cancel the country
        negated = any(w.lower() in _NOT_AFFILIATION for _, _, w in tokens(doc.text[left:ent.start]))
        actor = extended if extended or negated else actor
    if (actor and ent.label in ("GPE", "LOC", "FAC") and actor.get("sector") == "GOV"
            and left == ent.start and is_capital(text) and _is_locative(doc, ent)):
        actor = {"code": actor["country"], "country": actor["country"], "sector": None}
    return actor, name


# Head words of a named occasion: a place word in its name ("the Munich Security Conference",
# "the Paris Peace Forum") says where it is held, not who acts (the bodies the tables know by
# such a name, "the Organization of the Islamic Conference", are IGOs and keep their code).
OCCASION_NOUNS = {"conference", "summit", "forum", "dialogue", "games", "olympics", "festival",
                  "expo", "exhibition", "fair", "cup", "championship", "marathon"}


def _the_west(doc: Document, ent: Entity) -> bool:
    """ "warned the West", "sanctions imposed by the West": "the West" standing alone names
    the Western states as one party (CAMEO's WST). regions.tsv never matches the bare word,
    as it mostly begins a place's name ("West Africa", "the West Bank"), which spaCy tags as
    one longer entity, so an entity of the word alone after "the" is the political West."""
    return doc.text[ent.start:ent.end] == "West" and \
        doc.text[max(0, ent.start - 4):ent.start].lower() == "the "


def outlet_name(text: str, date: str | None = None):
    """(actor, name) of a newspaper's name the tables do not know as the press ("The Kyiv
    Independent": UKRJRN, not Ukraine's government), else None."""
    words = [w for _, _, w in tokens(text)]
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1] not in OUTLET_HEADS or not words[0][:1].isupper():
        return None
    actor, _ = code_text(text, date)
    if actor and actor.get("sector") == "JRN":
        return None
    country = (actor or {}).get("country")
    return {"code": f"{country or ''}JRN", "country": country, "sector": "JRN"}, text.strip()


def _code_person(doc: Document, ent: Entity, date: str | None, main_country: str | None):
    """A known office holder reads with its title ("former President Bush"); anyone else
    only through the title or appositive around the name, never through words inside it
    ("Jordan Weissmann" is not Jordan)."""
    text = doc.text[ent.start:ent.end]
    left = left_extension(doc, ent)
    own, name = code_text(text, date, main_country)
    if name is not None and name in load().terms:
        held = code_text(doc.text[left:ent.end], date, main_country)[0] or own
        return _their_government(doc, ent, held), name
    if own is not None and _is_named_body(text):
        return own, name  # a party or agency the tagger took for a person ("Yesh Atid")
    if own is not None and listed_country(doc, ent, text):
        return own, name  # "Mali, Niger and Burkina Faso": states the tagger took for people
    actor = code_text(doc.text[left:ent.start], date)[0] if left < ent.start else None
    if actor is None or not actor.get("sector"):
        actor = (_appositive(doc, ent, date) or _role_before(doc, ent, date)
                 or (actor if actor and actor.get("sector") else None))
    elif not actor.get("country"):
        actor = _title_with_country(doc, ent, date, actor)
    if has_congress_tag(doc, ent) and not (actor or {}).get("country"):  # "Sen. X (R-Ariz.)"
        sector = (actor or {}).get("sector") or "LEG"
        actor = {"code": "USA" + sector, "country": "USA", "sector": sector}
    return actor, None


# Words after a leader's name that make it the name of the government they led or lead.
_GOVERNMENT_WORDS = {"administration", "government", "cabinet"}


def _their_government(doc: Document, ent: Entity, actor: dict | None) -> dict | None:
    """ "the Obama administration", "the Bolsonaro government": the government the leader
    headed, GOV, even when they have left office by the article's date (ELI) - the
    government acted, not the former leader."""
    after = tokens(doc.text[ent.end:ent.end + 20])[:1]
    if not actor or not actor.get("country") or actor["country"] in NON_STATE or not after \
            or doc.text[ent.end:ent.end + after[0][0]].strip() \
            or after[0][2].lower() not in _GOVERNMENT_WORDS:
        return actor
    return dict(actor, sector="GOV", code=actor["country"] + "GOV")


def _title_with_country(doc: Document, ent: Entity, date: str | None, title: dict) -> dict:
    """ "Sen. Roger Wicker, the committee's Republican chairman": the title says the office
    (LEG), the role around the name only the state (a party word would say PTY)."""
    around = _appositive(doc, ent, date) or _role_before(doc, ent, date)
    country = (around or {}).get("country")
    if not country or country in NON_STATE:
        return title
    return dict(title, country=country, code=country + title["sector"])


def _is_named_body(text: str) -> bool:
    """The whole mention is one capitalized body of the tables ("the Foreign Ministry")."""
    toks, matches = find_matches(text)
    words_ = [w for _, _, w in toks if w.lower() not in ("'s", "the")]
    return (len(matches) == 1 and matches[0].entry.kind in ("inst", "igo")
            and bool(words_) and words_[0][:1].isupper()
            and matches[0].end - matches[0].start == len(words_))


def _is_locative(doc: Document, ent: Entity) -> bool:
    before = tokens(doc.text[max(0, ent.start - 20):ent.start])
    return bool(before) and before[-1][2].lower() in _LOCATIVE


def is_capital(text: str) -> bool:
    """Does the text name a country's capital (the actor tables' capitals)?"""
    lex = load()
    words_ = [w for _, _, w in tokens(text)]
    return any(e.kind == "country" and e.role == "capital" for e in _candidates(lex, words_))


def _corefer(ent: Entity, doc: Document, seen: dict[str, Entity]) -> bool:
    """ "Xi" after "Xi Jinping", the same full name again, or the same name spelled another
    way (spellings.py): the later mention (with no title of its own) takes the earlier
    one's canonical name and actor."""
    text = doc.text[ent.start:ent.end].strip()
    if text.endswith(("'s", "\u2019s")):
        text = text[:-2]
    for full_name, prev in reversed(list(seen.items())):
        surface = doc.text[prev.start:prev.end].strip()
        parts = full_name.split() + surface.split()
        same = text in (full_name, surface) or (" " not in text and len(parts) > 2
                                                 and text in (parts[0], parts[-1]))
        same = same or respelled(text, full_name) or respelled(text, surface)  # "Zelenskyy"
        if same:
            if left_extension(doc, ent) != ent.start:
                return False  # a title of its own: coded afresh
            ent.name = prev.name
            ent.actor = dict(prev.actor) if prev.actor else None
            return True
    return False


def _fill_countries(doc: Document, main_country: str | None) -> None:
    """A sector with no country ("the Defense Ministry") takes the country of the same body
    named earlier ("the Chinese Defense Ministry"), else the one country its sentence names
    as a place or an owner (not a destination: "a visit to Russia" does not make a ministry
    Russian), if it names exactly one, else (a state body or official) the state in the
    subject of the sentence before; a named state body ("the Foreign Ministry",
    "Parliament") otherwise takes the country the article is mostly about."""
    by_sentence: dict[int, list] = {}  # sentence -> [(entity, country)]
    for ent in doc.entities:
        country = ent.actor.get("country") if ent.actor else None
        if ent.actor and ent.actor.get("sector") in MEDIA_SECTORS:
            # "X told Reuters", "according to the BBC": an outlet tells who reports, not
            # whose the people in its sentence are
            country = None
        sent = doc.sentence_at(ent.start) if country and country not in NON_STATE else None
        if sent is not None and not _destination(doc, ent) and not names_a_border(doc, ent) \
                and not in_side_clause(doc, ent) and not seat_of_a_body(doc, ent):
            # ("where China is building a harbour"; "the U.N. Security Council in New York")
            by_sentence.setdefault(sent.i, []).append((ent, country))
    firsts = FirstMentions()  # "Marape declined": the country "James Marape" got first
    for ent in doc.entities:
        if ent.actor and ent.actor.get("country"):
            firsts.note(ent, ent.actor["country"])
        if not ent.actor or ent.actor.get("country") or not ent.actor.get("sector"):
            continue
        if ent.label in PEOPLE_LABELS and ent.actor["sector"] in STATE_SECTORS:
            # "Scandinavian ministers": the officials of a people the tables do not know are
            # no other state's ("Islamist gunmen", an armed group, act where they are)
            continue
        sent = doc.sentence_at(ent.start)
        # (not from what the mention says: "X's spokesman said [... in Moscow]")
        countries = {c for other, c in by_sentence.get(sent.i, []) if
                     not in_reported_content(doc, ent, other)} if sent else set()
        # "X and his Australian counterpart, Y": X is not Australia's
        others = counterpart_countries(doc, ent)
        countries -= others
        title = doc.text[left_extension(doc, ent):ent.end] if ent.label == "PERSON" else \
            doc.text[ent.start:ent.end]
        owned, owner = owned_by_pronoun(doc, ent) if ent.label == "PERSON" else (False, None)
        if owned:
            countries, before = {owner} - {None}, None  # "Its director": whose "it" says
        else:
            before = previous_subject_country(doc, ent, exclude=others) \
                if ent.actor["sector"] in STATE_SECTORS else None
        earlier = None if owned else antecedent_country(doc, ent, title)
        earlier = None if earlier in others else earlier
        if firsts.country(ent):
            country = firsts.country(ent)
        elif earlier:
            country = earlier
        elif before and met_at_home(doc, ent, before):
            country = met_at_home(doc, ent, before)  # the host, not the visitor
        elif len(countries) == 1:
            country = next(iter(countries))
        elif before:
            country = before
        elif ent.label == "ORG" and main_country and _is_named_body(doc.text[ent.start:ent.end]):
            country = main_country
        else:
            continue
        sector = ent.actor["sector"]
        ent.actor = {"code": country + sector, "country": country, "sector": sector}
        firsts.note(ent, country)


_DESTINATION_PREPS = {"to", "into", "toward", "towards", "against", "with", "on", "for"}
# Verbs and nouns of meeting someone: their object is the one met.
_MEETING = {"meet", "receive", "host", "welcome", "greet", "see", "visit", "talk", "talks",
            "meeting", "hold"}


def met_at_home(doc: Document, ent: Entity, visitor: str) -> str | None:
    """The state of the dateline for an official no table knows who is the one met ("HANOI -
    Xi ... He is due to meet Prime Minister Pham Minh Chinh", "held talks with Foreign
    Minister Musalia Mudavadi"), when the one who meets is of another state (`visitor`, the
    subject before): the host, not the visitor; else None."""
    home = dateline_country(doc)
    head = entity_root(doc, ent)
    if not home or home == visitor or head is None:
        return None
    while head.dep_ in ("conj", "compound") and head.head.i != head.i:
        head = head.head  # "... Chinh and President Vo Van Thuong"; "[Interior] Minister X"
    if head.dep_ == "dobj":
        return home if head.head.lemma_.lower() in _MEETING else None
    if head.dep_ == "pobj" and head.head.lower_ == "with":
        return home if head.head.head.lemma_.lower() in _MEETING else None
    return None


def _destination(doc: Document, ent: Entity) -> bool:
    """The mention is the object of a preposition of direction or partnership ("a visit to
    Russia", "talks with Iran"): the sentence is about it, nobody there belongs to it."""
    head = entity_root(doc, ent)
    return head is not None and head.dep_ == "pobj" and head.head.lower_ in _DESTINATION_PREPS


# --- spans (for the events stage) --------------------------------------------------------

def _overlapping_entity(doc: Document, start: int, end: int) -> Entity | None:
    best, best_len = None, 0
    for ent in doc.entities:
        overlap = min(end, ent.end) - max(start, ent.start)
        if overlap > 0 and ent.actor and overlap > best_len and \
                not (ent.end < end and backs_another(doc.text, ent.end)) and \
                not (ent.start > start and names_a_border(doc, ent)):
            best, best_len = ent, overlap
    return best


def _merge(entity: Entity, actor: dict | None, doc: Document, start: int, end: int) -> dict:
    """The span's own reading where it says more than the entity ("Chinese troops" vs
    "Chinese"); a named office holder's office otherwise."""
    own = dict(entity.actor)
    if actor is None:
        return own
    if entity.label == "PERSON" and entity.name in load().terms:
        return own
    if not actor.get("country"):
        country = own.get("country")
        return {**actor, "code": (country or "") + (actor.get("sector") or ""),
                "country": country}
    if actor.get("sector") is None and own.get("sector") and own["country"] == actor["country"]:
        return own
    if entity.label in ("GPE", "LOC", "NORP") and own.get("country") and actor.get("sector") \
            and actor.get("country") != own["country"] and own["country"] not in NON_STATE:
        # the entity was coded in context ("Georgia" near Atlanta): its country, the span's sector
        return {**actor, "code": own["country"] + actor["sector"], "country": own["country"]}
    return actor


def _last_person(doc: Document, before: int, role: str | None = None) -> Entity | None:
    """The last coded person before an offset, within a few sentences; with `role`
    ("minister", "defence minister"), the last one whose title or office says so."""
    here = doc.sentence_at(before)
    floor = here.i - _COREF_SENTENCES if here else -1
    for ent in reversed(doc.entities):
        if ent.start >= before or ent.label != "PERSON" or not ent.actor:
            continue
        sent = doc.sentence_at(ent.start)
        if sent is not None and sent.i < floor:
            break
        if role is None or role in _roles_of(doc, ent):
            return ent
    return None


_OFFICE_WORDS = {
    "HOS": "president head of state leader king queen emir",
    "HOG": "prime minister premier chancellor head of government leader",
    "FM": "foreign minister foreign secretary secretary of state",
    "DM": "defence minister defense minister defence secretary defense secretary",
    "VP": "vice president",
}


def _roles_of(doc: Document, ent: Entity) -> str:
    """Lowercased words naming a person's role: title before the name, office held."""
    left = left_extension(doc, ent)
    roles = [doc.text[left:ent.start]]
    m = _APPOSITIVE.match(doc.text, ent.end)
    if m:
        roles.append(m.group(1))
    term, _ = office_at(ent.name, date_index(doc.meta.published))
    if term is not None:
        roles.append(_OFFICE_WORDS.get(term.office, term.office))
    return " ".join(roles).lower().replace("defense", "defence")


def _refer_back(doc: Document, text: str, actor: dict, start: int) -> dict | None:
    """ "the minister" / "the defence minister" → the last person with that title;
    "its defence minister" / "the ministry" → the country last named nearby."""
    toks = [w for _, _, w in tokens(text)]
    if not toks or toks[0].lower() not in ("the", "this", "that", "its", "their"):
        return None
    role = " ".join(w.lower() for w in toks[1:]).replace("defense", "defence")
    if toks[0].lower() not in ("its", "their") and _names_a_person_role(text):
        person = _last_person(doc, start, role) or _last_person(doc, start)
        if person is not None:
            return dict(person.actor)
    countries = countries_near(doc, start, same_sentence=toks[0].lower() in ("its", "their"),
                               places_only=actor.get("sector") in OUTLAW_SECTORS)
    if countries:
        country = countries[-1]
        return {"code": country + (actor.get("sector") or ""), "country": country,
                "sector": actor.get("sector")}
    return None


def _names_a_person_role(text: str) -> bool:
    lex = load()
    toks = [w for _, _, w in tokens(text)]
    for n in range(len(toks), 0, -1):
        for i in range(0, len(toks) - n + 1):
            for e in _candidates(lex, toks[i:i + n]):
                if e.kind == "inst" and "person" in e.role:
                    return True
    return False
