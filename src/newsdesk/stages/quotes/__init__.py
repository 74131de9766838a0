"""The `quotes` stage: who says what, through whom (`Document.quotes`: speech acts only), and
apart from it who believes, wants, sees or stands for what (`Document.beliefs`, kinds "belief",
"stance" and "question": attributions that are no statement; never shown as quotes).

    attribution.py  the stage: tagged spans → attributions, block quotes, chains (`via`)
    syntax.py       the rules that read the dependency parse (source, content, nested speech)
    roots.py        the root of a span's words (not a closing mark the paragraph break hangs on)
    owners.py       which cue a tagged span hangs on (a cue below another cue gives way)
    wh_leads.py     "[which] he called [a disaster]": the word opening the speaker's clause
    contact_relatives.py  "[a step] they believe could help": the noun a relative clause
                    without a relative word hangs on, the first part of what it says
    coordinated_tails.py  "said [A, but that B]": the second half of the same statement
    records.py      drafts → the record's quotes: spans, kinds, speakers, the `via` chain
    tagger.py       the CRF that tags tokens as source / cue / content (models/quotes_crf.bin)
    features.py     the tagger's token features and the cue lexicon (lexicons/cues.txt)
    sources.py      a source span → the named speaker it refers to
    speakeractors.py  the country of a speaker whose words name only a sector ("the military")
    closing.py      "<statement>, <speaker> said." read off the surface when the parse fails
    closing_tails.py  '"A," X said when asked ...': what follows a closing attribution is no content
    speech.py       which drafts are statements, which beliefs or stances, which neither
    appeals.py      demands, appeals, threats, namings with no words reported: stances, no quotes
    stances.py      "railed against [banks]", "voted for [the plan]": stances read off the parse
    questions.py    "Asked whether ..., X said": a question by someone unnamed, no part of X's words
    forms.py        attribution forms read off the parse and the layout (clauses, signatures)
    turns.py        a transcript's turns ("WALLACE: Do you see ...?"): the label's words
    interjections.py  'The plan, she said, would fail': both pieces around the speaker and cue
    splitquotes.py  a quotation split around its attribution ('"A," she said, "B."'): one quote
    interviews.py   a printed interview's "Q:" and "A:" lines: the interviewer's, the interviewee's
    outlets.py      the press in the chain: whom a statement was told to (`hearer`), an outlet
                    quoting or citing an official ("quoted X as saying", "citing X")
    relays.py       an outlet's report inside a statement ("X said, the Nation reported: ...")
                    or around its closing attribution ("Y, X said, according to the Nation")
    spokespeople.py  a role any body has ("a union negotiator") takes the body's sector
"""
from __future__ import annotations

from .attribution import find_attributions, find_quotes, quotes

__all__ = ["quotes", "find_quotes", "find_attributions"]
