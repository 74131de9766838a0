"""Lines of a news page that are the site's, not the article's: dropped from a body whether it
came from a saved page (html.py, after trafilatura) or a pasted or corpus text (text.py).

A line is furniture when it is, from its start, one of these (case-insensitive):

- share bars, sign-up and follow prompts, "Advertisement", "Comments (12)", skip links;
- related-link lines: "Related: ...", "Related Topics", "More on this story", "See also: ...",
  "Read more: ..." / "Read more from ...", "Also read: ...", "Most read"; a label alone on
  its line ("Related Topics") heads a list of links, so the short lines under it that do not
  end a sentence ("Italy", "Migration to Europe") go too (furniture_lines);
- media notices, which stand where a player was: "Media playback is unsupported on your
  device", "This video can not be played", "Your browser does not support ...";
- caption labels and what follows them on the line, the caption or the credit: "Image
  caption, ...", "Media caption ...", "Image copyright Reuters ...", "Image source, ...",
  "Photo credit: ...". A caption describes a picture; kept, it was read as a sentence in the
  writer's voice (and often scored as the writer's opinion).

The labels are the ones news sites print in the text (BBC's "Image caption" / "Media caption" /
"Image copyright" / "Image source", and the general "Photo:", "Picture credit" and share-bar
words): a table written for this project, not learned. Only whole lines are matched: a body
sentence that merely mentions an image ("The image caption was changed") does not start with
a label followed by the caption.
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
          r"your (?:browser|device) does not support\b.*")
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
