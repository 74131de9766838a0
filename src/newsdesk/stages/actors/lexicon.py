"""The actor tables (`newsdesk/lexicons/*.tsv`) turned into one phrase index, loaded once.

Every table is a TSV with a header line; `#` lines are comments; list cells are `|`-separated.

- countries.tsv       iso3, names (first = canonical), demonyms, capitals, places
- places.tsv          iso3, places (states, provinces, regions and cities: the country only),
                      demonyms (peoples of a region of that one state)
- regions.tsv         code, name (shown, never matched), demonyms, phrases
- igos.tsv            org, kind (IGO|NGO|IMG|MNC), names (first = canonical)
- institutions.tsv    pattern, sector, country, flags (comma list: person, weak, proper)
- parties.tsv         names (first = canonical), country, sector, flags (weak): named bodies
- office_holders.tsv  name, aliases, country, office, sector, from, to  (YYYY or YYYY-MM)

Phrases are tokenized by `tokens()`; the index maps a tuple of lowercased tokens to the
entries it can mean. Proper names (countries, capitals, people, named bodies) match only when
their first word is capitalized in the text, so "turkey" or "may" in running text are left
alone; an alias written in capitals in a table ("US", "UN", "WHO") matches only as written.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from importlib import resources

MAX_WORDS = 7  # longest phrase in the tables, in tokens

_TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+|'s\b|&")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each word; dots inside abbreviations dropped ("U.S." -> "US")."""
    if "\u2019" in text or "\u2018" in text:
        text = text.replace("\u2019", "'").replace("\u2018", "'")
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if len(word) == 1 and out and word.isupper():
            # "U.S." / "U.N." / "E.U.": glue single capitals separated by dots.
            prev = out[-1]
            if prev[2].isupper() and text[prev[1]:m.start()] == ".":
                out[-1] = (prev[0], m.end(), prev[2] + word)
                continue
        out.append((m.start(), m.end(), word))
    return out


def words(text: str) -> list[str]:
    return [w for _, _, w in tokens(text)]


@dataclass(frozen=True)
class Entry:
    """One meaning of a phrase."""

    kind: str  # country | igo | inst | person
    canonical: str
    country: str | None = None  # ISO3, or IGO/NGO/IMG/MNC for non-state bodies
    sector: str | None = None
    org: str | None = None  # IGO/NGO short code (UNO, NAT, ...)
    role: str = ""  # country: name|demonym|plural|capital|place ; inst: flags
    proper: bool = False


@dataclass(frozen=True)
class Term:
    """One office held by a person over a period (months as year*12+month-1)."""

    name: str
    country: str
    office: str
    sector: str
    start: int
    end: int  # inclusive; a very large number when still in office
    org: str | None = None  # for officials of an international body ("IGO/UNO")


@dataclass
class Lexicon:
    lower: dict[tuple, list[Entry]] = field(default_factory=dict)  # lowercased keys
    exact: dict[tuple, list[Entry]] = field(default_factory=dict)  # case-exact keys
    terms: dict[str, list[Term]] = field(default_factory=dict)  # person -> offices
    vocab: frozenset = frozenset()  # lowercased words of the common-noun patterns
    role_heads: frozenset = frozenset()  # last words of person roles ("spokesman", "minister")
    name_words: frozenset = frozenset()  # words of named bodies ("white", "house", "state")
    countries: dict[str, str] = field(default_factory=dict)  # iso3 -> canonical name

    def add(self, phrase: str, entry: Entry) -> None:
        key_words = words(phrase)
        if not key_words:
            return
        if entry.proper and not key_words[0][:1].isupper():
            # written in lower case in the table ("al-Qaeda", "von der Leyen"): match as is
            entry = replace(entry, proper=False)
        if any(w.isupper() and len(w) > 1 for w in key_words) and len(key_words) == 1:
            self.exact.setdefault(tuple(key_words), []).append(entry)
        else:
            self.lower.setdefault(tuple(w.lower() for w in key_words), []).append(entry)


def _rows(name: str):
    text = resources.files("newsdesk.lexicons").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for line in lines[1:]:  # header
        yield [cell.strip() for cell in line.split("\t")]


def _cells(row: list[str], n: int) -> list[str]:
    return (row + [""] * n)[:n]


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def month_index(value: str, end: bool = False) -> int:
    """'2012' -> Jan 2012 (Dec 2012 if end); '2012-05' -> May 2012; '' -> open end."""
    if not value:
        return 10**9 if end else 0
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) > 1 and parts[1].isdigit():
        return year * 12 + int(parts[1]) - 1
    return year * 12 + (11 if end else 0)


def _plural(demonym: str) -> str | None:
    """The plural of a demonym that names a person ("American" -> "Americans", "Briton" ->
    "Britons", "Pole" -> "Poles"); None for adjective-only ones (French, British, Chinese)."""
    if " " in demonym or demonym.endswith(("ese", "ish", "sh", "ch", "s", "x", "z")):
        return None
    return demonym + "s"


def _load_countries(lex: Lexicon) -> None:
    for row in _rows("countries.tsv"):
        iso, names, demonyms, capitals, places = _cells(row, 5)
        names_l = _split(names)
        if not names_l:
            continue
        canonical = names_l[0]
        lex.countries[iso] = canonical
        _add_state(lex, iso, canonical, names_l, _split(demonyms))
        for c in _split(capitals):
            lex.add(c, Entry("country", canonical, iso, role="capital", proper=True))
        for p in _split(places):
            lex.add(p, Entry("country", canonical, iso, role="place", proper=True))
    # the long lists of a country's provinces and cities are kept apart from its names
    for row in _rows("places.tsv"):
        iso, places, demonyms = _cells(row, 3)
        if iso not in lex.countries:
            continue  # a row for a code countries.tsv lacks would have no canonical name
        for p in _split(places):
            lex.add(p, Entry("country", lex.countries[iso], iso, role="place", proper=True))
        _add_state(lex, iso, lex.countries[iso], [], _split(demonyms))


def _load_regions(lex: Lexicon) -> None:
    """Regions are coded like countries (a region code in the country slot: "EURGOV")."""
    for row in _rows("regions.tsv"):
        code, name, demonyms, phrases = _cells(row, 4)
        lex.countries[code] = name
        _add_state(lex, code, name, _split(phrases), _split(demonyms))


def _add_state(lex: Lexicon, code: str, canonical: str, names: list[str],
               demonyms: list[str]) -> None:
    """A country's (or region's) names and its people's words, each plural too."""
    for n in names:
        lex.add(n, Entry("country", canonical, code, role="name", proper=True))
    for d in demonyms:
        lex.add(d, Entry("country", canonical, code, role="demonym", proper=True))
        plural = _plural(d)
        if plural:
            lex.add(plural, Entry("country", canonical, code, role="plural", proper=True))


def _load_igos(lex: Lexicon) -> None:
    for row in _rows("igos.tsv"):
        org, kind, names = _cells(row, 3)
        names_l = _split(names)
        for n in names_l:
            lex.add(n, Entry("igo", names_l[0], kind or "IGO", org=org, proper=True))


_NO_NUMBER = {"customs", "arms", "goods", "talks", "means", "series", "news", "politics", "media"}


def _other_number(pattern: str) -> str | None:
    """The plural of a singular common-noun pattern and back ("soldier" <-> "soldiers",
    "policeman" <-> "policemen", "militia" <-> "militias"), so the table lists one form."""
    head, _, last = pattern.rpartition(" ")
    low = last.lower()
    if not low.isalpha() or len(low) < 4:
        return None
    if low.endswith("men"):
        other = last[:-3] + "man"
    elif low.endswith("man"):
        other = last[:-3] + "men"
    elif low.endswith("ies"):
        other = last[:-3] + "y"
    elif low.endswith("y") and low[-2] not in "aeiou":
        other = last[:-1] + "ies"
    elif low.endswith(("ss", "us")) or low in _NO_NUMBER:
        return None
    elif low.endswith("s"):
        other = last[:-1]
    else:
        other = last + "s"
    return f"{head} {other}" if head else other


def _load_institutions(lex: Lexicon) -> set[str]:
    vocab: set[str] = set()
    heads: set[str] = set()
    names: set[str] = set()
    for row in _rows("institutions.tsv"):
        pattern, sector, country, flags = _cells(row, 4)
        flag_set = {f.strip() for f in flags.split(",") if f.strip()}
        proper = "proper" in flag_set
        # an office of an international body names it as office_holders.tsv does ("IGO/EUR")
        country, _, org = country.partition("/")
        entry = Entry("inst", pattern, country or None, sector or None, org=org or None,
                      role=",".join(sorted(flag_set)), proper=proper)
        lex.add(pattern, entry)
        if proper:
            names.update(w.lower() for w in words(pattern))
        else:
            other = _other_number(pattern)
            if other and tuple(w.lower() for w in words(other)) not in lex.lower:
                lex.add(other, entry)
                vocab.update(w.lower() for w in words(other))
            vocab.update(w.lower() for w in words(pattern))
        if "person" in flag_set and words(pattern):
            heads.add(words(pattern)[-1].lower())
    lex.role_heads = frozenset(heads)
    lex.name_words = frozenset(names | _load_parties(lex))
    return vocab


def _load_parties(lex: Lexicon) -> set[str]:
    """Named parties, as proper institutions of their state; returns their words (a
    capitalized one joins a title: "Awami League leader")."""
    names: set[str] = set()
    for row in _rows("parties.tsv"):
        cell, country, sector, flags = _cells(row, 4)
        aliases = _split(cell)
        if not aliases or not country:
            continue
        role = ",".join(sorted({"proper"} | {f.strip() for f in flags.split(",") if f.strip()}))
        for alias in aliases:
            lex.add(alias, Entry("inst", aliases[0], country, sector or "PTY", role=role,
                                 proper=True))
            names.update(w.lower() for w in words(alias))
    return names


def _load_people(lex: Lexicon) -> None:
    seen_alias: set[tuple[str, str]] = set()
    for row in _rows("office_holders.tsv"):
        name, aliases, country, office, sector, start, end = _cells(row, 7)
        if not name or not country:
            continue
        country, _, org = country.partition("/")
        term = Term(name, country, office, sector or "GOV",
                    month_index(start), month_index(end, end=True), org or None)
        lex.terms.setdefault(name, []).append(term)
        for alias in [name] + _split(aliases):
            if (alias, name) in seen_alias:
                continue
            seen_alias.add((alias, name))
            lex.add(alias, Entry("person", name, country, proper=True))


@functools.lru_cache(maxsize=1)
def load() -> Lexicon:
    """All tables, indexed (cached: one load per process)."""
    lex = Lexicon()
    _load_countries(lex)
    _load_regions(lex)
    _load_igos(lex)
    vocab = _load_institutions(lex)
    _load_people(lex)
    vocab.update(["former", "ex", "acting", "deputy", "vice", "'s", "then", "top", "senior",
                  "ethnic", "anti", "pro", "late", "ousted", "exiled", "deposed"])
    lex.vocab = frozenset(vocab)
    return lex
