"""One name per outlet, whatever the input called it.

Feeds name their channel, pages their site, corpora their own labels, and the three rarely
agree: the BBC's feed is "BBC News - Home" while its pages say "BBC News"; CNN's feed is
"CNN.com - RSS Channel - World"; AllSides has "New York Times - News". Stories count outlets
and the web lists them, so each of those must be one outlet. `outlet_name` keeps the name and
drops what only names a part of the site: trailing " - Home", " | World", " > Top Stories"
pieces made of section words, and a bare host's top-level domain ("CNN.com" -> "CNN").
A piece that is not made only of section words ("Guest Writer - Right") is kept.
"""
from __future__ import annotations

import functools
import re
from importlib import resources

# Words that name a page or a section of a site, never the outlet itself.
SECTION_WORDS = frozenset("""
    home homepage front page pages index main latest breaking top stories story headlines news
    newsfeed feed feeds rss atom channel section sections edition online live video videos
    world international national nation local us u.s uk u.k europe asia africa americas
    middle east politics business economy markets money technology tech science health
    sport sports opinion opinions comment analysis entertainment culture arts lifestyle
    travel weather all most read popular recent today and the of
""".split())
_SEPARATOR = re.compile(r"\s+(?:[|\-\u2013\u2014>\u00bb:\u00b7\u2022/]|::)\s+")
_WORD = re.compile(r"[a-z]+(?:\.[a-z]+)*", re.I)
_HOST_NAME = re.compile(r"^(?:www\.)?([A-Za-z0-9-]+)\.(?:com|co\.uk|org|net|co|news|info|us|uk)$")
_HOST = re.compile(r"^https?://(?:www\.)?([^/:?#]+)", re.I)


def _only_sections(piece: str) -> bool:
    words = _WORD.findall(piece.lower())
    return bool(words) and all(w.strip(".") in SECTION_WORDS for w in words)


def _bare_host(name: str) -> str:
    """'CNN.com' -> 'CNN', 'www.bbc.co.uk' -> 'bbc'; any other name unchanged."""
    m = _HOST_NAME.match(name)
    return m.group(1) if m else name


def outlet_name(name: str | None, url: str | None = None) -> str | None:
    """The outlet's name without section pieces: 'BBC News - Home' -> 'BBC News',
    'CNN.com - RSS Channel - World' -> 'CNN', 'NYT > World News' -> 'NYT'. A name made only of
    section words ('World News - Breaking News, Top Stories') is replaced by the host of `url`
    when there is one, else kept. None or blank -> None."""
    if not isinstance(name, str) or not name.strip():
        return None
    name = " ".join(name.split())
    pieces = _SEPARATOR.split(name)
    while len(pieces) > 1 and _only_sections(pieces[-1]):
        pieces.pop()
    if all(_only_sections(p) for p in pieces):
        m = _HOST.match(url or "")
        return _bare_host(m.group(1)) if m else name
    # A leading section piece before the name ("Home | The Guardian") goes too.
    while len(pieces) > 1 and _only_sections(pieces[0]):
        pieces.pop(0)
    joined = name[name.index(pieces[0]):name.rindex(pieces[-1]) + len(pieces[-1])]
    return _bare_host(joined.strip())


# Wire services by the short name their datelines and bylines use ("WASHINGTON (AP) -",
# "By Jane Doe, AFP"), to the name the outlet goes by: the one a reader would look it up
# by. Written for this project from the agencies' own names.
WIRE_AGENCIES = {
    "AP": "Associated Press", "AFP": "Agence France-Presse", "Reuters": "Reuters",
    "UPI": "United Press International", "dpa": "Deutsche Presse-Agentur",
    "DPA": "Deutsche Presse-Agentur", "EFE": "EFE", "ANSA": "ANSA", "Xinhua": "Xinhua",
    "Kyodo": "Kyodo News", "Yonhap": "Yonhap", "TASS": "TASS", "PTI": "Press Trust of India",
    "IANS": "Indo-Asian News Service", "ANI": "Asian News International",
    "CP": "The Canadian Press", "AAP": "Australian Associated Press", "PA": "PA Media",
    "Anadolu": "Anadolu Agency", "Bernama": "Bernama", "Antara": "Antara",
}
# Words that make a name after a byline's comma an outlet's ("Associated Press", "Harbour
# Ledger"); a name with none of them ("Kyiv Independent") stays an author, as before.
_OUTLET_WORDS = frozenset("""
    press news agency agence reuters times post journal herald tribune gazette daily weekly
    wire service network radio television tv broadcasting media chronicle telegraph courier
    guardian observer monitor ledger examiner inquirer express mail bulletin review
    magazine report dispatch
""".split())
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")


def agency_name(short: str | None) -> str | None:
    """The outlet a dateline's or byline's short name stands for: 'AP' -> 'Associated
    Press', 'AFP' -> 'Agence France-Presse'; a name not in WIRE_AGENCIES as written ('CNN',
    'Thomson Reuters Foundation'); None for what names no outlet (a date, a number, words
    in lower case)."""
    if not isinstance(short, str):
        return None
    name = " ".join(short.split()).strip(" .,")
    if name in WIRE_AGENCIES:
        return WIRE_AGENCIES[name]
    words = name.split()
    if not words or len(words) > 5 or any(ch.isdigit() for ch in name) \
            or not all(w[:1].isupper() or w in ("of", "de", "and") for w in words):
        return None
    return name


def names_an_outlet(name: str) -> bool:
    """Whether a name after a byline's comma is an outlet's, not a second author's:
    'Associated Press', 'AFP', 'The Daily Ledger', 'Reuters' (not 'Jane Doe')."""
    name = " ".join(name.split())
    words = name.split()
    return bool(words) and (name in WIRE_AGENCIES or name in WIRE_AGENCIES.values()
                            or words[0] == "The" or bool(_ACRONYM.match(name))
                            or any(w.lower().strip(".'") in _OUTLET_WORDS for w in words))


def outlet_line(line: str) -> str | None:
    """The outlet a header line names when the line is nothing but an outlet's name, as
    pasted articles put it under the title ("NPR", "The New York Times", "Reuters"); None for
    any other line. The name must read as an outlet (a wire agency, an outlet word such as
    Times/Post/News, a short acronym, or a named outlet of the actor tables: "Politico",
    "Axios", "Haaretz") and be written as a name: at most five capitalised words, no digits,
    no sentence punctuation."""
    name = " ".join(line.split())
    if not name or name[-1] in ".!?:,;\"”" or \
            not (names_an_outlet(name) or name.removeprefix("The ") in _named_outlets()):
        return None
    words = name.split()
    if len(words) > 5 or any(ch.isdigit() for ch in name) \
            or not all(w[:1].isupper() or w in ("of", "de", "and", "the") for w in words):
        return None
    if words[0] == "The" and len(words) > 1 and not any(
            w.lower() in _OUTLET_WORDS for w in words[1:]):
        return None  # "The Pentagon", "The Kremlin": a body, not an outlet
    return agency_name(name) or name



@functools.lru_cache(maxsize=1)
def _named_outlets() -> frozenset[str]:
    """The outlets the actor tables name (lexicons/institutions.tsv: sector JRN, proper)."""
    table = resources.files("newsdesk.lexicons").joinpath("institutions.tsv").read_text("utf-8")
    rows = (r.split("\t") for r in table.splitlines() if r and not r.startswith("#"))
    return frozenset(r[0] for r in rows if len(r) > 3 and r[1] == "JRN" and "proper" in r[3])
