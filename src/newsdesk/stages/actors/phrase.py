"""Code one noun phrase to a CAMEO/PLOVER-style actor: {code, country, sector}.

Convention (see also entities.py, the stage):
- country: ISO-3166 alpha-3 (CHN, RUS, USA, PSE, ...); non-state bodies use PLOVER's
  pseudo-countries: IGO (intergovernmental), NGO, IMG (transnational militarized group), MNC.
- sector: PLOVER sector codes (GOV, MIL, COP, JUD, LEG, OPP, REB, PTY, SPY, BUS, JRN (media),
  MED (health), NGO, CVL, ELI (former officials), EDU, REF, LAB, AGR, REL, CRM, UAF, ...).
- code: country + sector ("CHNMIL", "RUSGOV"); a bare country is just "USA"; a sector with no
  known country is just the sector ("COP"). IGOs/NGOs add their org code: "IGOUNO" (the UN),
  "IGONAT" (NATO), "IGOEUR" (EU), and a sector when one is named ("IGOUNOMIL" for UN
  peacekeepers); the actor then also carries "org".

How a phrase is read: the longest table phrases are matched left to right; the phrase is cut
at its first preposition outside a match ("the defense minister | of China"); the head part
decides first (country = first country or body named in it, sector = last strong sector word,
"leader"/"official" being weak), the tail fills what the head lacks. A named office holder
resolves to the office held at the date (`office_at`); "former" makes ELI.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from .armed_groups import names_a_rebel_army
from .lexicon import MAX_WORDS, Entry, Lexicon, Term, load, month_index, tokens

_CUT_WORDS = {"of", "in", "at", "from", "for", "near", "based", "operating", "on", "to",
              "with", "against", "inside", "outside", "across", "over", "by", "and", "who",
              "which", "that"}
_NOT_AFFILIATION = {"anti", "ethnic", "non", "pro"}
_BACKED = {"backed", "sponsored", "supported", "funded", "allied", "aligned", "trained",
           "friendly", "leaning"}  # "Russian-backed separatists" are not Russia's


def backs_another(text: str, end: int) -> bool:
    """Whether the name ending at text[end] is followed by "-backed", "-funded" ...: it names
    a backer of the actor, not the actor ("the U.N.-backed government", "Iran-backed")."""
    rest = text[end:end + 12].lstrip()
    if not rest[:1] in ("-", "\u2010", "\u2011", "\u2013"):
        return False
    word = rest[1:].lstrip().split(None, 1)[0] if rest[1:].strip() else ""
    return word.lower().rstrip(".,;:") in _BACKED
_NAME_SUFFIXES = {"I", "II", "III", "IV", "Jr", "Sr"}
_FORMER = {"former", "ex", "late", "ousted", "exiled", "deposed"}  # not "then-": in office
# Sectors of a public office: who held one is an elite when out of it (CAMEO ELI, "former
# officials"); a former employee, teacher or rebel is an ordinary person (CVL).
OFFICES = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP"}
ORGANISATIONS = {"IGO", "NGO", "IMG", "MNC"}  # kinds of igos.tsv: a kind, then the body
# The codes of regions.tsv: a region is no state either, so it never lends its code as "the
# country" of another actor of its sentence or article ("European" in one sentence does not
# make the next sentence's interior minister European).
REGIONS = {"AFR", "EUR", "WST"}
NON_STATE = ORGANISATIONS | REGIONS


@dataclass
class Match:
    start: int  # token index
    end: int
    entry: Entry
    char_start: int
    char_end: int


def _candidates(lex: Lexicon, window: list[str]) -> list[Entry]:
    if not window:
        return []
    found = list(lex.exact.get(tuple(window), ()))
    proper_ok = window[0][:1].isupper() or window[0][:1].isdigit()
    for entry in lex.lower.get(tuple(w.lower() for w in window), ()):
        if entry.proper and not proper_ok:
            continue
        found.append(entry)
    return found


def find_matches(text: str, lex: Lexicon | None = None) -> tuple[list, list[Match]]:
    """The tokens of `text` and the longest table matches over them, left to right."""
    lex = lex or load()
    toks = tokens(text)
    words_ = [w for _, _, w in toks]
    matches: list[Match] = []
    i = 0
    while i < len(words_):
        for n in range(min(MAX_WORDS, len(words_) - i), 0, -1):
            entries = _candidates(lex, words_[i:i + n])
            if entries:
                matches.append(Match(i, i + n, _best(entries), toks[i][0], toks[i + n - 1][1]))
                i += n
                break
        else:
            i += 1
    return toks, matches


_KIND_RANK = {"person": 0, "igo": 1, "inst": 2, "country": 3}


def _best(entries: list[Entry]) -> Entry:
    """Several meanings of one phrase: people and named bodies before places."""
    return sorted(entries, key=lambda e: _KIND_RANK.get(e.kind, 9))[0]


def office_at(name: str, when: int | None, lex: Lexicon | None = None) -> tuple[Term | None, bool]:
    """The office `name` held at month index `when`, and whether in office then (undated:
    the most recent office)."""
    lex = lex or load()
    terms = lex.terms.get(name, [])
    if not terms:
        return None, False
    if when is None:  # undated: the most recent office, as if still held
        return max(terms, key=lambda t: (t.end, t.start)), True
    current = [t for t in terms if t.start <= when <= t.end]
    if current:
        return max(current, key=lambda t: t.start), True
    past = [t for t in terms if t.end < when]
    if past:
        return max(past, key=lambda t: t.end), False
    return min(terms, key=lambda t: t.start), False


def date_index(date: str | None) -> int | None:
    """Month index of an ISO date ('2020-05-03', '2020-05', '2020'), None if unreadable."""
    if not date:
        return None
    head = str(date)[:7]
    has_month = len(head) == 7 and head[4] == "-" and head[5:].isdigit() and 1 <= int(head[5:]) <= 12
    try:
        return month_index(head if has_month else head[:4])
    except ValueError:
        return None


def _person_entry(matches: list[Match], when: int | None, lex: Lexicon) -> Entry | None:
    """Of several people an alias may name ("Clinton"), the one in office at the date."""
    people = [m.entry for m in matches if m.entry.kind == "person"]
    if not people:
        return None
    if when is None:
        return people[0]
    for p in people:
        if office_at(p.canonical, when, lex)[1]:
            return p
    return people[0]


def _resolve_alias(entry: Entry, text_key: tuple, when: int | None, lex: Lexicon,
                   context_country: str | None = None) -> Entry:
    """A surname alias shared by several people: prefer whoever is in office at the date,
    and of those, whoever is from the context country."""
    options = [e for e in lex.lower.get(text_key, []) + lex.exact.get(text_key, [])
               if e.kind == "person"]
    if len(options) < 2:
        return entry
    in_office = [e for e in options if office_at(e.canonical, when, lex)[1]]
    in_office.sort(key=lambda e: e.country != context_country)
    if in_office:
        return in_office[0]
    return entry


def _cut(words_: list[str], matches: list[Match]) -> int:
    covered = {i for m in matches for i in range(m.start, m.end)}
    for i, w in enumerate(words_):
        if i and i not in covered and w.lower() in _CUT_WORDS:
            return i
    return len(words_)


def _strong_sector(matches: list[Match]) -> str | None:
    strong = [m.entry.sector for m in matches
              if m.entry.kind == "inst" and m.entry.sector and "weak" not in m.entry.role]
    return strong[-1] if strong else None


def _sector(matches: list[Match]) -> str | None:
    strong = [m.entry.sector for m in matches
              if m.entry.kind == "inst" and m.entry.sector and "weak" not in m.entry.role]
    if strong:
        return strong[-1]
    weak = [m.entry.sector for m in matches if m.entry.kind == "inst" and m.entry.sector]
    if len(weak) > 1 and weak[-1] == "GOV":
        # a role word ("leaders", "chief", "head") after a word of a sector outside the state:
        # "business leaders" BUS, "union chief" LAB, "school head" EDU (the role alone is GOV)
        outside = [w for w in weak[:-1] if w in _OUTSIDE_STATE]
        if outside:
            return outside[-1]
    return weak[-1] if weak else None


# Sectors of society outside the state whose word, before a generic role word, says whom the
# role leads ("press" is left out: "press secretary" is a government post).
_OUTSIDE_STATE = {"BUS", "LAB", "EDU", "NGO", "SOC", "REL"}


def _place(matches: list[Match], words_: list[str]) -> Match | None:
    """The first country, capital or non-state body named, skipping the ones that only
    describe ("anti-Syria journalist", "ethnic Albanians")."""
    for m in matches:
        if m.entry.kind in ("country", "igo"):
            before = words_[m.start - 1].lower() if m.start else ""
            after = words_[m.end].lower() if m.end < len(words_) else ""
            if before in _NOT_AFFILIATION or after in _BACKED:
                continue  # (a body backs too: "the U.N.-backed government" is no UN organ)
            if _borders_on(words_, m.end):
                continue
            return m
    return None


_BORDER_WORDS = {"border", "borders", "frontier", "frontiers"}
_AFTER_PLACE = {"with", "of", "and", "or", "in", "at", "near", "on", "to", "from", "where",
                "region", "area", "areas", "town", "towns", "city", "crossing", "crossings"}


def _borders_on(words_: list[str], end: int) -> bool:
    """ "people near the Venezuelan border": a border named by a country is where the ground
    meets that neighbour, the other side from the people (not "Venezuelan border guards",
    who are Venezuela's)."""
    if end >= len(words_) or words_[end].lower() not in _BORDER_WORDS:
        return False
    return end + 1 == len(words_) or words_[end + 1].lower() in _AFTER_PLACE


def _inst_country(matches: list[Match]) -> str | None:
    for m in matches:
        if m.entry.kind == "inst" and m.entry.country:
            return m.entry.country
    return None


def make_actor(country: str | None, sector: str | None, org: str | None = None) -> dict | None:
    """The actor record, with its code built by the convention above."""
    if not country and not sector:
        return None
    if country in ORGANISATIONS:
        if sector in (None, country):
            sector = country
        code = country + (org or "") + ("" if sector == country else sector)
        actor = {"code": code, "country": country, "sector": sector}
        if org:
            actor["org"] = org
        return actor
    return {"code": (country or "") + (sector or ""), "country": country, "sector": sector}


def code_matches(words_: list[str], matches: list[Match], when: int | None,
                 context_country: str | None = None) -> tuple[dict | None, str | None]:
    """(actor, canonical name) for a matched phrase; see the module docstring."""
    lex = load()
    matches = [m for m in matches if not _part_of_other_name(m, words_, matches, lex)]
    if not matches:
        return None, None
    cut = _cut(words_, matches)
    head = [m for m in matches if m.start < cut]
    tail = [m for m in matches if m.start >= cut]
    former = any(w.lower() in _FORMER for w in words_[:cut])
    person = _person_entry(head, when, lex) or _person_entry(tail, when, lex)
    if person is not None:
        return _code_person(person, words_, matches, head, tail, when, former,
                            context_country), person.canonical
    return _code_body(matches, head, tail, words_, former, context_country)


_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"}


def _part_of_other_name(m: Match, words_: list[str], matches: list[Match], lex: Lexicon) -> bool:
    """A surname inside someone else's name: "Sarah Sanders", "Carter Page", "Jay Carney";
    a country word opening a person's name: "Israel Montaño Ruiz", "Karen Holt"."""
    covered = {i for other in matches for i in range(other.start, other.end)}
    if m.entry.kind == "country" and _in_region_adjective(m, words_):
        return True
    if m.entry.kind == "country":
        # a name opens the phrase or follows a person's title ("minister Chad Daybell")
        opens = m.start == 0 or any(o.end == m.start and o.entry.kind == "inst" and
                                    "person" in o.entry.role for o in matches)
        return (opens and _first_name_of(m, words_, covered, lex, matches)) or \
            _tail_of_place_name(m, words_, covered)
    if m.entry.kind != "person":
        return False
    first_names = {i for o in matches if o.entry.kind == "country" and o.entry.role == "name"
                   and o.start == 0 and o.end == m.start for i in range(o.start, o.end)}
    # two one-word aliases of different people side by side ("Li Wei": Li Keqiang's and Wei
    # Fenghe's surnames) are a third person's given name and surname
    if m.end - m.start == 1:
        first_names |= {o.start for o in matches if o.entry.kind == "person" and
                        o.end - o.start == 1 and o.entry.canonical != m.entry.canonical and
                        o.start in (m.start - 1, m.end)}
    for i in (m.start - 1, m.end):
        if 0 <= i < len(words_) and (i not in covered or i in first_names):
            w = words_[i]
            if (w[:1].isupper() and w.lower() not in lex.vocab and w not in _NAME_SUFFIXES
                    and len(w) > 1):
                return True
    return False


# Words that make a state's demonym the adjective of a region or of relations among states:
# "Inter-American", "Pan-American", "inter-Korean", "Trans-Atlantic". By the demonym, the
# compass words that make it a region's ("Central American", "Latin American", "South
# American" are of the Americas), while "North Korean", "South African", "Central African"
# stay states' own names and are not listed.
_BETWEEN_PREFIXES = {"inter", "pan", "trans"}
_REGION_QUALIFIERS = {"american": {"central", "latin", "south", "north", "meso"}}


def _in_region_adjective(m: Match, words_: list[str]) -> bool:
    """Is the country word a demonym inside a region's adjective (see above)?"""
    if m.entry.role not in ("demonym", "plural") or m.start == 0:
        return False
    before = words_[m.start - 1].lower()
    return before in _BETWEEN_PREFIXES or \
        before in _REGION_QUALIFIERS.get(words_[m.start].lower().rstrip("s"), ())


# Linking words inside Portuguese, Spanish, French and Italian place names.
_PLACE_PARTICLES = {"da", "de", "do", "dos", "das", "del", "della", "di", "du", "des"}


def _tail_of_place_name(m: Match, words_: list[str], covered: set[int]) -> bool:
    """A capital or city ending a longer place name the tables do not know: "Mocimboa da
    Praia" is a town in Mozambique, not Cape Verde's capital; "Santiago de Cuba" (a state's
    own name) still gives its state."""
    i = m.start
    return (m.entry.role in ("capital", "place") and i >= 2
            and words_[i - 1] in _PLACE_PARTICLES and i - 2 not in covered
            and words_[i - 2][:1].isupper())


def _first_name_of(m: Match, words_: list[str], covered: set[int], lex: Lexicon,
                   matches: list[Match]) -> bool:
    """The country word is followed by a capitalized word no table knows (a surname)."""
    if m.end >= len(words_):
        return False
    if m.end in covered:  # a known surname after it ("Chad Morrison") still makes a name
        return any(o.start == m.end and o.entry.kind == "person" for o in matches)
    if m.entry.role in ("demonym", "plural") and words_[m.start].lower().endswith(
            _ADJECTIVE_ENDINGS):
        return False  # "Bosnian", "Chinese", "Israeli", "Turkish" begin no first name
    w = words_[m.end]
    return (w[:1].isupper() and not w.isupper() and len(w) > 1 and w.lower() not in lex.vocab
            and w.lower() not in lex.name_words and w.lower() not in _CALENDAR
            and w not in _NAME_SUFFIXES and not _candidates(lex, [w.rstrip("s")]))


_ADJECTIVE_ENDINGS = ("ian", "an", "ese", "ish", "i", "ic", "ch", "ean")


def _code_person(person: Entry, words_: list[str], matches: list[Match], head: list[Match],
                 tail: list[Match], when: int | None, former: bool,
                 context_country: str | None) -> dict | None:
    """A named office holder: the office held at the date; a title naming another office
    the person held ("Sen. Marco Rubio") wins; out of office, ELI."""
    lex = load()
    key = tuple(w.lower() for w in words_[_span_of(matches, person)])
    person = _resolve_alias(person, key, when, lex, context_country)
    term, in_office = office_at(person.canonical, when, lex)
    title = _strong_sector(head)
    if not former and title is not None and not (in_office and when is not None):
        # Undated, or out of office at the date: a title naming an office the person held
        # tells which one the text means ("Defense Secretary Chuck Hagel" in a 2016 piece).
        held = [t for t in lex.terms.get(person.canonical, []) if t.sector == title]
        if held:
            pick = max(held, key=lambda t: t.end)
            return make_actor(pick.country, pick.sector, pick.org)
    if term and in_office and not former:
        return make_actor(term.country, term.sector, term.org)
    place = _place(head, words_)
    country = place.entry.country if place else (term.country if term else person.country)
    sector = _sector(head) or _sector(tail)
    if not sector and not former and term is not None and when is not None and when < term.start:
        return make_actor(country, None)  # before any office: no sector yet
    if former:
        return make_actor(country, _former(sector))
    return make_actor(country, sector or "ELI")


def _former(sector: str | None) -> str:
    """The sector of someone no longer in a role: ELI after a public office (or a named
    person's unnamed one), CVL after any other ("a former employee")."""
    return "ELI" if sector is None or sector in OFFICES else "CVL"


def _group_member(head: list[Match], sector: str | None) -> str | None:
    """ "Houthi official", "M23 spokesman", "Hamas political official": a person's title
    (GOV) after a named armed group's name is that group's member, of the group's sector
    (REB), not the state's government; a body ("the Hamas-run health ministry") stays GOV.
    Military words after it ("a PKK commander", "M23 fighters' commanders", "Houthi military
    spokesman") are the group's armed men, REB too: the group has no state army."""
    if sector not in ("GOV", "MIL"):
        return sector
    titles = [m for m in head if m.entry.kind == "inst" and m.entry.sector == sector]
    groups = [m for m in head if m.entry.kind == "inst" and m.entry.sector == "REB" and
              "proper" in m.entry.role]
    people = sector == "MIL" or all("person" in m.entry.role for m in titles)
    if titles and groups and people and groups[0].start < titles[0].start:
        return "REB"
    return sector


def _led_body(head: list[Match], tail: list[Match], words_: list[str],
              sector: str | None) -> str | None:
    """ "the president of the teachers' union", "officials of the farmers' federation", "the
    leader of the protesters": a role word of the government table (GOV: president, official,
    leader) before "of" is a post in the body named after it, so the phrase takes that
    body's sector when it has one other than GOV. Only roles held by people lead: "the
    Ministry of Agriculture" is a body of the state whatever it deals with."""
    if sector != "GOV" or not head or not tail:
        return sector
    roles = load().role_heads
    insts = [m for m in head if m.entry.kind == "inst"]
    if not insts or any(m.entry.sector != "GOV" for m in insts):
        return sector
    if not all("person" in m.entry.role or _singular(words_[m.end - 1]) in roles for m in insts):
        return sector
    led = _strong_sector(tail) or _sector(tail)
    return led if led and led != "GOV" else sector


def _singular(word: str) -> str:
    low = word.lower()
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def _code_body(matches, head, tail, words_, former, context_country):
    """A phrase with no named person: a country or body, and a sector word."""
    # a weak word before "of" yields to a strong one after it: "dozens of police officers"
    sector = _strong_sector(head) or _strong_sector(tail) or _sector(head) or _sector(tail)
    sector = _led_body(head, tail, words_, sector)
    sector = _group_member(head, sector)
    if sector == "MIL" and names_a_rebel_army(words_, matches):
        sector = "REB"  # "the Arakan Army": an insurgent army, no state's military
    if sector == "REB":  # a party's word in a rebel body's name ("fighters of the Allied
        # Democratic Forces") is no party's, nor its state's
        head = [m for m in head if m.entry.sector != "PTY"]
        tail = [m for m in tail if m.entry.sector != "PTY"]
    if former and sector:
        sector = _former(sector)
    place = _place(head, words_) or _place(tail, words_)
    if place is not None and place.entry.role == "plural" and not sector:
        # "the Albanians of southern Serbia": a people where they live
        place = _place(tail, words_) or place
    if place is not None:
        entry = place.entry
        if entry.kind == "igo":
            return make_actor(entry.country, sector, entry.org), entry.canonical
        if sector is None and entry.role == "capital" and len(matches) == 1 and place in head:
            # "Moscow said": a capital standing for its government; "a market in Sanaa" is
            # only where (the capital after a cut word such as "in")
            sector = "GOV"
        name = None if entry.role == "place" else entry.canonical
        return make_actor(entry.country, sector), name
    country = _inst_country(head) or _inst_country(tail) or context_country
    inst = next((m.entry for m in head + tail if m.entry.kind == "inst"), None)
    name = inst.canonical if inst and "proper" in inst.role else None
    # an office of an international body ("Trade Commissioner": the EU's) names the body
    org = next((m.entry.org for m in head + tail if m.entry.kind == "inst" and m.entry.org
                and m.entry.country == country), None)
    return make_actor(country, sector, org), name


def _span_of(matches: list[Match], entry: Entry) -> slice:
    for m in matches:
        if m.entry is entry:
            return slice(m.start, m.end)
    return slice(0, 0)


# A body of water takes its name from a land ("the Gulf of Aden", "the South China Sea", "the
# Persian Gulf") but belongs to no state: an act there is not in that country.
WATERS = {"sea", "gulf", "bay", "ocean", "strait", "straits", "channel", "bight", "river",
          "lake", "lagoon", "estuary"}


def is_water(text: str) -> bool:
    """ "the Gulf of Oman", "Strait of Hormuz", "the Black Sea", "Lake Chad": a body of water
    (its last word, or its first before "of", is a water word; "Lake" opens a lake's name)."""
    words = [w.strip(".,'’\"").lower() for w in text.split()]
    words = [w for w in words if w and w != "the"]
    if not words:
        return False
    return words[-1] in WATERS or (len(words) > 2 and words[0] in WATERS and words[1] == "of") \
        or (words[0] == "lake" and len(words) > 1)


# Words that make a "party" a gathering, not a political party: its occasion or its place.
OCCASIONS = {"christmas", "holiday", "birthday", "dinner", "office", "house", "wedding",
             "garden", "pool", "street", "block", "cocktail", "costume", "farewell",
             "retirement", "graduation", "engagement", "launch", "halloween", "year's", "eve",
             "surprise", "dance", "fraternity", "frat", "beach", "lunch", "year", "company"}


def is_gathering(text: str) -> bool:
    """ "the office Christmas party", "a birthday party": a party one goes to, no actor."""
    words = [w.strip(".,'’\"").lower() for w in text.split()]
    return len(words) > 1 and words[-1] in ("party", "parties") and words[-2] in OCCASIONS


# Words that make a "party" a side of a conflict or an accord, no political party: "the warring
# parties", "both parties", "all parties concerned", "the parties to the conflict".
SIDE_WORDS = {"warring", "both", "two", "all", "opposing", "conflicting", "concerned",
              "relevant", "involved", "interested", "contracting", "third", "injured",
              "aggrieved", "belligerent", "negotiating"}


def is_side(text: str) -> bool:
    """ "the warring parties", "a party to the treaty": a side, of no sector or state."""
    words = [w.strip(".,'’\"").lower() for w in text.split()]
    for k, word in enumerate(words):
        if word in ("party", "parties"):
            near = set(words[max(0, k - 2):k]) | set(words[k + 1:k + 2])
            return bool(near & SIDE_WORDS) or words[k + 1:k + 2] == ["to"]
    return False


def code_text(text: str, date: str | None = None, context_country: str | None = None
              ) -> tuple[dict | None, str | None]:
    """(actor, canonical name) of a phrase (a fresh dict each call); (None, None) for a body
    of water (is_water), a gathering (is_gathering), the side of a conflict (is_side) or a use
    of force (is_use_of_force)."""
    actor, name = _code_text_cached(text, date_index(date), context_country)
    return (dict(actor) if actor else None), name


# Words that make "force" the use of force, no armed body: how much or how it is used.
FORCE_MANNERS = {"excessive", "lethal", "deadly", "disproportionate", "brute", "undue",
                 "unnecessary", "indiscriminate", "unlawful", "illegal", "unjustified",
                 "heavy-handed", "unreasonable", "overwhelming", "physical", "maximum",
                 "minimum", "reasonable", "proportionate"}


def is_use_of_force(text: str) -> bool:
    """ "the excessive force used against protesters", "lethal force": force as a manner of
    acting, not a force that acts ("the Quds Force", "the air force" stay armed bodies)."""
    words = [w.strip(".,'’\"").lower() for w in text.split()]
    return len(words) > 1 and words[-1] == "force" and words[-2] in FORCE_MANNERS


@functools.lru_cache(maxsize=8192)
def _code_text_cached(text: str, when: int | None, context_country: str | None):
    # A pure function of its arguments and the (fixed) tables: memoized because news repeats
    # the same few names ("Trump", "the US") dozens of times per article.
    if is_water(text) or is_gathering(text) or is_side(text) or is_use_of_force(text):
        return None, None
    toks, matches = find_matches(text)
    return code_matches([w for _, _, w in toks], matches, when, context_country)
