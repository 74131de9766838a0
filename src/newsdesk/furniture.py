"""Lines of a news page that are the site's, not the article's (one list, two users).

- ingest drops them from a body whether it came from a saved page (ingest/html.py, after
  trafilatura) or a pasted or corpus text (ingest/text.py): `furniture_lines`;
- the events stage codes no event on a sentence standing on one (`furniture_line`), for texts
  given as they are (a JSONL or CSV field, the API), which ingest's extraction never saw. It
  also skips the lines below that ingest keeps, because dropping text cannot be undone and a
  few of these labels open real sentences now and then ("Watch: ...", "Live: ...").

This module sits in the bottom layer (pyproject.toml) so that both may import it.

A line is furniture (dropped at ingest) when it is, from its start, one of these
(case-insensitive):

- share bars, sign-up and follow prompts, "Advertisement", "Comments (12)", skip links;
- related-link lines: "Related: ...", "Related Topics", "More on this story", "See also: ...",
  "Read more: ..." / "Read more from ...", "Also read: ...", "Most read"; a label alone on
  its line ("Related Topics") heads a list of links, so the short lines under it that do not
  end a sentence ("Italy", "Migration to Europe") go too (furniture_lines);
- media notices, which stand where a player was: "Media playback is unsupported on your
  device", "This video can not be played", "Your browser does not support ...", and the
  buttons a player or a picture leaves: "toggle caption", "hide caption", "enlarge this image";
- caption labels and what follows them on the line, the caption or the credit: "Image
  caption, ...", "Media caption ...", "Image copyright Reuters ...", "Image source, ...",
  "Photo credit: ...". A caption describes a picture; kept, it was read as a sentence in the
  writer's voice (and often scored as the writer's opinion).

The labels are the ones news sites print in the text (BBC's "Image caption" / "Media caption" /
"Image copyright" / "Image source", and the general "Photo:", "Picture credit" and share-bar
words): a table written for this project, not learned. Only whole lines are matched: a body
sentence that merely mentions an image ("The image caption was changed") does not start with
a label followed by the caption.

The events stage also skips (`furniture_line`), without dropping them:
- a link or media label and a colon or dash: "READ MORE: Turkey threatens Syria", "WATCH:
  ...", "Video - ...", "In pictures: ...", "Getty Images: ...";
- a credit in parentheses opening the line ("(Photo by X/AFP via Getty Images) Riot police
  detain a protester", "(AP Photo/X)"), or closing a short line with no sentence end ("Troops
  fire at rebels (Photo: Reuters/X)", "... Getty Images").
Their verbs tell other stories, or the picture. A headline-like line with no label ("TRUMP
SAYS TALKS WITH TALIBAN HAVE RESUMED") is left alone: careful coders code it.
"""
from __future__ import annotations

import re

_SHARE = (r"share (?:this|on|via)\b.*|share$|tweet$|subscribe\b.*|sign up\b.*|advertisement$|"
          r"ad$|sponsored(?: content)?$|follow us\b.*|click here\b.*|newsletter\b.*|"
          r"(?:skip to|jump to) (?:main )?content$|comments?(?: \(\d+\))?$|print$|email$|"
          r"(?:facebook|twitter|linkedin|whatsapp|reddit|x)(?:\s*[|/·•]\s*\w+)*$")
# Related-link lines: a label alone on its line, or a label and a colon before the links.
_RELATED = (r"related(?: articles| stories| coverage| topics| links| internet links| content)?"
            r"(?::.*|$)|more on this (?:story|topic)$|more from\b.*|read more\b.*|"
            r"(?:see also|also read|read also|read next|recommended reading)(?::.*|$)|"
            r"most (?:read|popular|viewed)$|top stories$")
# Media notices left where a video or audio player was; a BBC caption often follows on the
# same line ("Media playback is unsupported on your device Media caption ..."): all of it goes.
_MEDIA = (r"media playback is (?:unsupported|not supported) on your device\b.*|"
          r"this (?:video|audio|media|content) (?:can ?not|cannot|could not) be (?:played|loaded)\b.*|"
          r"your (?:browser|device) does not support\b.*|"
          r"(?:toggle|hide) caption\b.*|enlarge this image\b.*")
# Caption and credit labels, with the caption or credit after them: "Image caption, Crowds
# outside ...", "Image copyright Getty Images Image caption ...", "Photo credit: AFP".
_CAPTION = r"(?:image|photo|picture|media|video|audio) (?:caption|credits?|copyright|source)\b.*"

FURNITURE = re.compile(rf"^(?:{_SHARE}|{_RELATED}|{_MEDIA}|{_CAPTION})", re.I)


# A related-links label alone on its line: the lines under it are the links it lists.
LINKS_HEAD = re.compile(r"^(?:related(?: articles| stories| coverage| topics| links| internet links|"
                        r" content)?|more on this (?:story|topic)|see also|also read|read more|"
                        r"most (?:read|popular|viewed)|top stories)\s*:?$", re.I)
_LINK_MAX_WORDS = 10  # a link's title is short; a body sentence after the list is longer
_SENTENCE_END = re.compile(r"[.!?:;\"\u201d\u2019)]$")


def is_furniture(line: str) -> bool:
    """True when the whole line (stripped) is site furniture, as listed above."""
    return bool(FURNITURE.match(line.strip()))


def furniture_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines that are furniture: each furniture line, and the link lines
    listed under a related-links label (short lines that do not end like a sentence, up to
    the first one that does or the first blank one)."""
    drop: set[int] = set()
    in_list = False
    for k, raw in enumerate(lines):
        line = raw.strip()
        if FURNITURE.match(line):
            drop.add(k)
            in_list = bool(LINKS_HEAD.match(line))
        elif in_list and line and len(line.split()) <= _LINK_MAX_WORDS and not _SENTENCE_END.search(line):
            drop.add(k)
        else:
            in_list = False
    return drop


# -- what the events stage also skips (kept in the text) -------------------------------------

# Labels of links and media in a story's body: a line that opens with one and a colon or a
# dash is no text of the story.
LINK_LABELS = re.compile(
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
_CAPTION_WORDS = 25  # words: a caption line, not a paragraph of the story


def furniture_line(text: str, offset: int) -> bool:
    """Whether the line of `text` that holds character `offset` is page furniture: a line
    ingest drops, or one of the labels and credits the events stage also skips (module
    note)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = " ".join(text[start:end if end >= 0 else len(text)].split())
    return bool(FURNITURE.match(line) or LINK_LABELS.match(line) or CREDIT.match(line)
                or (END_CREDIT.search(line) and len(line.split()) <= _CAPTION_WORDS
                    and not line.endswith(".")))
