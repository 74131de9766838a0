"""Lines of a page that are no part of the story: links to other stories ("READ MORE: Turkey
threatens Syria", "Related: Russia bombs hospital", "WATCH: ..."), photo and video credits and
captions ("Photo: Reuters/...", "(Photo by X/AFP via Getty Images) Riot police detain a
protester", "Image caption: ..."), player notices ("Media playback is unsupported on your
device"). Their verbs tell other stories, or the picture, so no event is coded on them.

Extraction drops such lines from files and web pages (ingest/text.py FURNITURE; stages may
not import ingest, so the labels are listed here); a text given as it is (a JSONL or CSV
field, the API) keeps them, so the events stage checks the line a sentence stands on. A headline-like line with no label
("TRUMP SAYS TALKS WITH TALIBAN HAVE RESUMED") is left alone: careful coders code it.
"""
from __future__ import annotations

import re

# Labels of links and media in a story's body, beyond extraction's list: a line that opens
# with one (and a colon or a dash) is no text of the story.
LABELS = re.compile(
    r"^\W{0,3}(?:read more|read also|also read|see also|more|more on this|"
    r"related(?: articles?| stories| story| coverage| content)?|recommended|watch|watch now|"
    r"video|listen|live|photos?|photograph|picture|image|gallery|in pictures|"
    r"(?:media|image|photo|picture) (?:caption|credit|source)|caption|graphic|getty images|"
    r"explore more)\s*[:|\u2013\u2014-]\s", re.I)
# Credits in parentheses at a line's start: "(Photo by X/AFP via Getty Images)", "(AP Photo/X)".
CREDIT = re.compile(r"^\(\s*(?:[\w .'/-]*\b(?:photo|photograph|image|picture|video|file)\b"
                    r"[^)]*|[^)]*\bgetty images\b[^)]*)\)", re.I)
# ... or at its end, on a short line with no sentence end: "Riot police detain a protester
# (Photo: X/AFP/Getty Images)", "Troops fire at rebels Reuters/Omar Haddad".
END_CREDIT = re.compile(r"(?:\((?:ap |afp |reuters )?(?:photo|photograph|image|picture|video|file)"
                        r"s?\b[^)]*\)|\bgetty images\)?)\s*$", re.I)
NOTICES = re.compile(r"^(?:media playback is (?:unsupported|not supported) on your device|"
                     r"this video can not be played|your browser does not support|"
                     r"enlarge this image|toggle caption|hide caption|image copyright)", re.I)
SHORT = 25  # words: a caption line, not a paragraph of the story


def furniture_line(text: str, offset: int) -> bool:
    """Is the line of `text` that holds `offset` page furniture (see the module's
    docstring)?"""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = " ".join(text[start:end if end >= 0 else len(text)].split())
    return bool(LABELS.match(line) or CREDIT.match(line) or
                NOTICES.match(line) or (END_CREDIT.search(line) and len(line.split()) <= SHORT
                                        and not line.endswith(".")))
