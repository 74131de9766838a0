"""What the parse tells about who "he" or "she" may stand for, beside sources.Speakers.

- `subject_rank`: a person is the subject of a sentence also when named in apposition to it
  ("Pakistan's interior minister, Rana Sanaullah, blamed Afghanistan": Sanaullah acts, so a
  "He said" after it is his, whether or not "blamed" made a quote);
- `pronoun_subjects`: a sentence whose main subject is itself "he" or "she" ("He said Olaf
  Scholz had told ...") has that pronoun's person as its subject, ahead of anyone named inside
  what it reports.
"""
from __future__ import annotations

import re

SUBJECT_DEPS = ("nsubj", "nsubjpass")
PRONOUN_GENDERS = {"he": "m", "she": "f"}


def _main(verb) -> bool:
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def subject_rank(root) -> int | None:
    """2 when the name whose root token is `root` is the subject of its sentence's main verb
    (or stands in apposition to that subject: "the minister, Rana Sanaullah, blamed"), 1 for the
    subject of another clause, None for no subject."""
    if root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS:
        root = root.head  # the person is named beside the role noun that is the subject
    if root.dep_ not in SUBJECT_DEPS:
        return None
    return 2 if _main(root.head) else 1


def pronoun_subjects(span, before: int, gender: str | None) -> list:
    """The tokens of "he"/"she" that are the main subject of a sentence (`span`) before the
    character offset `before`, whose gender fits `gender` (None fits either)."""
    return [t for t in span if t.idx < before and t.dep_ in SUBJECT_DEPS and
            t.lower_ in PRONOUN_GENDERS and _main(t.head) and
            gender in (None, PRONOUN_GENDERS[t.lower_])]


def relative_clauses(sdoc, start: int, end: int) -> list[tuple[int, int]]:
    """The character ranges of the relative clauses inside a source span [start, end) ("Ruto,
    [who served as deputy president under Uhuru Kenyatta], said"): the people they name are
    not the one speaking."""
    span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc is not None else None
    if span is None:
        return []
    found = []
    for tok in span:
        if tok.dep_ == "relcl" and span.start <= tok.head.i < span.end:
            lo, hi = tok.left_edge, tok.right_edge
            found.append((lo.idx, hi.idx + len(hi.text)))
    return found


# Platforms a statement is posted on, which the entity tagger may call a person ("posted on
# Twitter"); none is what "he" or "she" stands for.
PLATFORMS = {"twitter", "x", "facebook", "instagram", "youtube", "telegram", "tiktok",
             "whatsapp", "linkedin", "reddit", "truth social", "weibo", "wechat", "threads",
             "snapchat", "substack", "telegram channel", "vkontakte", "vk", "bluesky"}


def a_platform_or_outlet(name: str, coded: dict | None) -> bool:
    """Is a name the entity tagger gave a person's label a platform or a news outlet (the
    actor lexicon codes it as the press, JRN)?"""
    return name.lower() in PLATFORMS or (coded or {}).get("sector") == "JRN"


def in_adjunct_phrase(sdoc, start: int, end: int) -> bool:
    """Is the name at [start, end) the object of a preposition ("In a statement posted on
    [Twitter], he said", "After talks with [Biden], she said"), which a "he"/"she" later in
    the same sentence does not stand for?"""
    span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc is not None else None
    return span is not None and span.root.dep_ == "pobj"


# Texts a body issues that a later "the statement said" stands for.
ISSUED_TEXTS = {"statement", "communique", "communiqué", "readout", "release", "declaration",
                "letter", "post", "report"}


def document_author(sdoc, before: int, head: str, within: int = 3):
    """'The White House said in a statement ... , the statement said': the subject of the verb
    the same text was issued with earlier ("said in a statement", "issued a statement") or its
    issuer ("a statement from the ministry", "the ministry's statement"), as its root token,
    in the `within` sentences before the character offset `before`; else None."""
    from .speech import issuer  # (speech reads the parse too; imported late, no cycle)
    head = head.lower()
    if sdoc is None or head not in ISSUED_TEXTS:
        return None
    at = next((t.i for t in sdoc if t.idx >= before), len(sdoc))
    sents = 0
    for tok in reversed(sdoc[:at]):
        sents += tok.is_sent_start
        if sents > within:
            return None
        if tok.lemma_.lower() != head or tok.pos_ != "NOUN":
            continue
        who = issuer(tok)
        if who is None and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            who = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        elif who is None and tok.dep_ == "dobj":
            who = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return who if who is not None and who.pos_ in ("PROPN", "NOUN", "PRON") else None
    return None


_ONE_OF = re.compile(r"(?:and |but )?one(?: of (?:them|those|these|the (\w+)))?")


def one_of(words: str, group: tuple | None) -> str | None:
    """'Two Egyptian officials said ... One of them said': the name of one of the plural
    group that spoke last (`group`: its words, actor holder and head noun), when `words`
    ("one", "one of them", "one of the officials": the group's own noun) say so; else None."""
    m = _ONE_OF.fullmatch(words)
    if m is None or group is None or m.group(1) and m.group(1) != group[2]:
        return None
    name = group[0]
    return "one of " + (name[0].lower() + name[1:] if name.split()[0].lower() in
                        PLURAL_OPENERS else name)


# Words that open a counted or unnamed group ("Two officials", "Several diplomats").
PLURAL_OPENERS = {"two", "three", "four", "five", "six", "several", "some", "many", "the",
                  "senior", "other", "both"}


def plural_speaker(head: str, source_words: str) -> bool:
    """Is a source a plural group one of whom may speak next ("officials", "two diplomats")?"""
    return head.endswith("s") and source_words.split()[0].lower() not in ("they", "them")


def actor_of(holder) -> dict | None:
    """The actor of whom a speaker speaks for: a person's entity or a resolved source."""
    actor = holder.get("actor") if isinstance(holder, dict) else holder.actor
    return dict(actor) if actor else None
