"""Plain-text articles as people paste them: title line, date line, body, site furniture.

    Chinese defence minister to visit Moscow          <- title (first line, short, no full stop)
    Published 15 Apr 2023 10:02 ET                   <- date line near the top -> meta.published
    The Daily Ledger                                 <- an outlet's name alone -> meta.publisher
    By Jane Doe, Reuters                             <- byline -> meta.authors (an outlet
                                                        after its comma -> meta.publisher)
    Analysis                                         <- section label -> meta.extra["section"]
    BEIJING (AP) - China will send ...               <- body; the dateline's agency is
                                                        meta.publisher when nothing else
                                                        names the outlet, its date with a
                                                        year meta.published when no date
                                                        line gives it
    Share this article                               <- furniture: dropped (furniture.py:
    Image caption, Crowds in the square                 share bars, related links, media
    Related Topics                                      notices, captions)
    © 2023 Example News. All rights reserved.        <- copyright: dropped (its holder is
    Independent journalism since 1921.                  meta.publisher when nothing else names
                                                        the outlet), and the short slogan
                                                        lines after it

Paragraphs come out separated by a blank line: later stages (block quotes) rely on them.
"""
from __future__ import annotations

import re
from datetime import datetime

from ..errors import InputError
from ..model import Document, Meta
from ..nlp import dateline_at
from ..furniture import furniture_lines
from .html_meta import section_in_url
from .outlets import agency_name, names_an_outlet, outlet_line

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_TIME = r"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}|\s*UTC[+-]?\d*|\s*GMT[+-]?\d*)?)?"
_LEAD = r"(?:(?:published|posted|updated|last updated|first published|date)\s*(?:on|:)?\s*)?"
DATE_PATTERNS = [
    # 2023-04-15, 2023-04-15T10:02:00Z
    (re.compile(rf"^{_LEAD}(\d{{4}})-(\d{{1,2}})-(\d{{1,2}})(?:[T ][\d:.]+(?:Z|[+-]\d{{2}}:?\d{{2}})?)?{_TIME}$", re.I), "ymd"),
    # April 15, 2023 / Saturday, April 15, 2023 10:02 ET
    (re.compile(rf"^{_LEAD}{_WEEKDAY}({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}){_TIME}$", re.I), "mdy"),
    # 15 Apr 2023 / Published 15 April 2023 10:02 ET
    (re.compile(rf"^{_LEAD}{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH}),?\s+(\d{{4}}){_TIME}$", re.I), "dmy"),
    # 15/04/2023 is ambiguous with 04/15/2023: only accepted when one side is > 12
    (re.compile(rf"^{_LEAD}(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}){_TIME}$", re.I), "slash"),
]

COPYRIGHT = re.compile(r"(?:^©|^\(c\)\s|\bcopyright\b|\ball rights reserved\b)", re.I)
BYLINE = re.compile(r"^[Bb][Yy]:?\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}"
                    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*)"
                    r"(?:\s*[,|]\s*.*)?$")
_TITLE_MAX_WORDS = 25
# A section label on a line of its own near the top ("Opinion", "Analysis", "Op-Ed"): where
# the site filed the piece -> meta.extra["section"]. Not body text: it was read as a
# one-word sentence of the writer's.
SECTION = re.compile(r"^(opinion|op-?ed|editorial|commentary|comment|column|analysis|"
                     r"news analysis|explainer|fact[ -]check|perspective|letters?|"
                     r"letters to the editor|review|feature|exclusive|breaking(?: news)?|"
                     r"world|politics|business|live)\s*[:|]?$", re.I)


def parse_date_line(line: str) -> str | None:
    """An ISO date if the whole line is a date (with optional 'Published', weekday, time)."""
    s = " ".join(line.strip().strip("|·•").split())
    for pattern, order in DATE_PATTERNS:
        m = pattern.match(s)
        if not m:
            continue
        a, b, c = m.group(1), m.group(2), m.group(3)
        try:
            if order == "ymd":
                y, mo, d = int(a), int(b), int(c)
            elif order == "mdy":
                mo, d, y = MONTHS[a.lower()[:3]], int(b), int(c)
            elif order == "dmy":
                d, mo, y = int(a), MONTHS[b.lower()[:3]], int(c)
            else:  # slash: day first unless that is impossible
                x, z, y = int(a), int(b), int(c)
                if x > 12 >= z:
                    d, mo = x, z
                elif z > 12 >= x:
                    mo, d = x, z
                else:
                    return None
            return datetime(y, mo, d).date().isoformat()
        except (KeyError, ValueError):
            return None
    return None


def _paragraphs(block: str) -> list[list[str]]:
    """A block's lines as paragraphs: hard-wrapped lines join; otherwise a line is a paragraph.

    A line ending in a colon ("He said:") always ends its paragraph: what follows may be a
    block quote.
    """
    lines = [" ".join(l.split()) for l in block.split("\n") if l.strip()]
    if not lines:
        return []
    wrapped = len(lines) > 1 and all(30 <= len(l) <= 120 for l in lines[:-1])
    paras = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        if wrapped and not prev.endswith(":"):
            paras[-1].append(line)
        else:
            paras.append([line])
    return paras


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _TITLE_MAX_WORDS and not line.rstrip().endswith((".", ":", ";", ","))\
        or (0 < len(words) <= 12 and line.rstrip().endswith(("?", "!")))


def _drop_footer(lines: list[str]) -> tuple[list[str], str | None]:
    """Cut the copyright line in the last part of the text and the short lines after it;
    the lines kept and the copyright line (None when there is none)."""
    tail_start = max(0, len(lines) - 8)
    for i in range(len(lines) - 1, tail_start - 1, -1):
        if COPYRIGHT.search(lines[i]) and len(lines[i].split()) <= 30:
            after = lines[i + 1:]
            # What follows a copyright line is furniture (slogans, links) if it is short.
            if all(len(a.split()) <= 15 for a in after):
                return lines[:i], lines[i]
    return lines, None


_HOLDER_NOISE = re.compile(
    r"©|\(c\)|\bcopyright\b|\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\b", re.I)
_HOLDER_END = re.compile(r"\ball rights reserved\b|[.,;|:]\s|[.,;|:]$|\s[-–—]\s", re.I)
_HOLDER_WORD = re.compile(r"[A-Za-z]")


def copyright_holder(line: str) -> str | None:
    """The outlet a copyright line names: '© 2023 The Daily Examiner. All rights reserved.'
    -> 'The Daily Examiner', 'Copyright Harbour Weekly, all rights reserved' -> 'Harbour
    Weekly'; None when no name is left ('All rights reserved.')."""
    rest = " ".join(_HOLDER_NOISE.sub(" ", line).split())
    rest = rest.lstrip(" .,;:|-–—")
    m = _HOLDER_END.search(rest)
    name = (rest[:m.start()] if m else rest).strip(" .,;:|-–—")
    name = re.sub(r"^(?:by|the property of)\s+", "", name, flags=re.I)
    words = name.split()
    if not words or len(words) > 8 or not _HOLDER_WORD.search(name) or not name[0].isupper():
        return None
    return name


def _byline_names(names: str) -> tuple[list[str], str | None]:
    """The authors of a byline's names and the outlet named after a comma, if any: "Nino
    Kapanadze, Associated Press" -> (["Nino Kapanadze"], "Associated Press"). The first name
    is always an author's."""
    parts = [p.strip() for p in re.split(r"\s*(,|\band\b|&)\s*", names)]
    authors, outlet = [parts[0]] if parts[0] else [], None
    for sep, part in zip(parts[1::2], parts[2::2]):
        if not part:
            continue
        if sep == "," and names_an_outlet(part):
            outlet = outlet or agency_name(part) or part
        else:
            authors.append(part)
    return authors, outlet


_DATELINE_LINES = 3  # the dateline opens the body: the first lines after title and byline


def _dateline_agency(lines: list[str]) -> str | None:
    """The outlet of the first dateline that names an agency ("WASHINGTON (AP) -" ->
    "Associated Press"), among the first lines of the body."""
    for line in lines:
        found = dateline_at(line, 0)
        if found is not None and found.group("agency"):
            return agency_name(found.group("agency"))
    return None


def _dateline_date(lines: list[str]) -> str | None:
    """The ISO date a dateline writes in full, with its year ("WASHINGTON, Feb 9, 2025
    (Reuters) -" -> 2025-02-09), among the first lines of the body; None when it writes no
    year ("Feb 9"): the year is not ours to guess."""
    for line in lines:
        found = dateline_at(line, 0)
        if found is None:
            continue
        tail = line[found.end("place"):found.start("agency") - 1 if found.group("agency")
                    else found.end()]
        parts = [p.strip() for p in tail.rstrip(" -\u2013\u2014").split(",") if p.strip()]
        for k in range(len(parts)):  # "Pakistan, June 9, 2024": the date is the last parts
            iso = parse_date_line(", ".join(parts[k:]))
            if iso:
                return iso
        return None
    return None


def clean_text(raw: str, meta: Meta | None = None) -> Document:
    """Split a pasted article into title, date, byline and clean body paragraphs."""
    meta = meta or Meta()
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")
    # Paragraphs: blank-line separated blocks if the text has any, else one per line.
    blocks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text.strip()) else text.split("\n")
    paras = [p for b in blocks for p in _paragraphs(b)]
    # Header lines (title, date, byline) are lines in their own right even inside a block.
    lines: list[tuple[int, str]] = [(pi, l) for pi, p in enumerate(paras) for l in p]

    title_at = date_at = None
    first = 0
    if lines and SECTION.match(lines[0][1].strip()) and len(lines) > 2:
        # "Opinion" above the headline: the section, then the title
        meta.extra["section"] = lines[0][1].strip().rstrip(":|").strip()
        first = 1
    if not meta.title and len(lines) > first + 1 and _looks_like_title(lines[first][1]):
        title_at = first
        meta.title = lines[first][1]
    header = [k for k in range(first, len(lines)) if k != title_at][:6]
    drop = {title_at} if title_at is not None else set()
    drop |= set(range(first))
    for k in header:
        line = lines[k][1]
        iso = parse_date_line(line)
        if iso and date_at is None:
            date_at = k
            drop.add(k)
            if not meta.published:
                meta.published = iso
            continue
        if SECTION.match(line.strip()) and "section" not in meta.extra:
            drop.add(k)
            meta.extra["section"] = line.strip().rstrip(":|").strip()
            continue
        m = BYLINE.match(line)
        if m and len(line.split()) <= 12:
            drop.add(k)
            if not meta.authors:
                meta.authors, outlet = _byline_names(m.group(1))
                meta.publisher = meta.publisher or outlet
            continue
        outlet = outlet_line(line) if k <= (date_at or title_at or first) + 2 else None
        if outlet and not meta.publisher:  # "NPR" on its own line under the title and date
            drop.add(k)
            meta.publisher = outlet
    drop |= furniture_lines([l for _, l in lines])
    kept = [(pi, l) for k, (pi, l) in enumerate(lines) if k not in drop]
    body_lines, footer = _drop_footer([l for _, l in kept])
    kept = kept[:len(body_lines)]
    if footer and not meta.publisher:
        # the outlet named only in its copyright line is still the outlet of the report
        meta.publisher = copyright_holder(footer)
    if not meta.publisher:
        # a pasted wire story names its outlet only in its dateline: "TBILISI (AP) -"
        meta.publisher = _dateline_agency([l for _, l in kept[:_DATELINE_LINES]])
    if not meta.published:
        # ... and its day there, when the dateline writes the year: "Feb 9, 2025 (Reuters) -"
        meta.published = _dateline_date([l for _, l in kept[:_DATELINE_LINES]])
    url_section = section_in_url(meta.url)  # a stored story's URL: ".../opinion/..."
    if url_section and "section" not in meta.extra:
        meta.extra["section"] = url_section
    # Re-assemble paragraphs: lines of one block join with a space, blocks with a blank line.
    out: list[str] = []
    last = None
    for pi, line in kept:
        if pi == last:
            out[-1] += " " + line
        else:
            out.append(line)
        last = pi
    return Document(text="\n\n".join(out), meta=meta)


def decode(data: bytes, source: str) -> str:
    """Bytes of a text file to str; binary data and invalid UTF-8 are refused with a reason."""
    if not data.strip():
        raise InputError("empty input", source)
    if b"\x00" in data[:8192]:
        raise InputError("binary data (NUL bytes), not text", source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid UTF-8 at byte {exc.start}", source) from None
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(sample) // 50):
        raise InputError("binary data (control characters), not text", source)
    return text
