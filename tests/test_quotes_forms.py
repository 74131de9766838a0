"""Attribution forms and the speech-act test: block quotes after a colon, quotes running over
paragraphs, dash signatures, transcript turns, the reporting clause before, after or around its
statement, and what is no statement (beliefs, perceptions, actions, negated or hypothetical
speech). The rules that read the parse are also tested on parses built by hand (see
test_stage_rules.py), so that a new spaCy model cannot change what they see."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsdesk import nlp
from newsdesk.model import Document
from newsdesk.nlp import fill_from_parse
from newsdesk.stages.actors import actors
from newsdesk.stages.quotes import quotes as quotes_stage
from newsdesk.stages.quotes.features import doc_context
from newsdesk.stages.quotes.forms import final_clause
from newsdesk.stages.quotes.speech import is_speech_act, withheld
from newsdesk.stages.quotes.syntax import Draft, inverted_subject
from newsdesk.stages.quotes.tagger import tagger

needs_model = pytest.mark.skipif(tagger() is None, reason="quote model not built")
VOCAB = spacy.blank("en").vocab


def parsed(table: str) -> Doc:
    """A spaCy Doc from a token table: word lemma POS tag dep head-index, one token a line."""
    rows = [line.split() for line in table.strip().splitlines()]
    words, lemmas, pos, tags, deps, heads = (list(col) for col in zip(*rows))
    return Doc(VOCAB, words=words, lemmas=lemmas, pos=pos, tags=tags, deps=deps,
               heads=[int(h) for h in heads])


def analyse(text: str) -> Document:
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))
    return quotes_stage(actors(doc))


def said(q) -> str:
    return " ".join(p["text"] for p in q.content.get("parts") or [q.content])


def quote_with(doc: Document, words: str):
    start = doc.text.index(words)
    end = start + len(words)
    for q in doc.quotes:
        if any(p["start"] < end and start < p["end"] for p in q.content.get("parts") or
               [q.content]):
            return q
    raise AssertionError(f"no quote over {words!r}: {[said(q) for q in doc.quotes]}")


# --- rules on hand-made parses -------------------------------------------------------------

# A wrong parse of the statement ("multiplies" read as a noun) under a right reporting clause.
GARBLED_FINAL = """
Closing   close     VERB  VBG advcl 8
the       the       DET   DT  det   3
port      port      NOUN  NN  compound 3
doubles   double    NOUN  NNS dobj  0
the       the       DET   DT  det   5
delays    delay     NOUN  NNS dobj  3
,         ,         PUNCT ,   punct 8
he        he        PRON  PRP nsubj 8
explained explain   VERB  VBD ROOT  8
.         .         PUNCT .   punct 8
"""
INVERTED = """
"         "         PUNCT ``  punct 6
Costs     cost      NOUN  NNS nsubj 2
keep      keep      VERB  VBP ccomp 6
rising    rise      VERB  VBG xcomp 2
,         ,         PUNCT ,   punct 6
"         "         PUNCT ''  punct 6
grumbled  grumble   VERB  VBD ROOT  6
the       the       DET   DT  det   8
treasurer treasurer NOUN  NN  dobj  6
.         .         PUNCT .   punct 6
"""
NEGATED = """
The       the       DET   DT  det   1
minister  minister  NOUN  NN  nsubj 4
did       do        AUX   VBD aux   4
not       not       PART  RB  neg   4
say       say       VERB  VB  ROOT  4
when      when      SCONJ WRB advmod 7
talks     talk      NOUN  NNS nsubj 7
resume    resume    VERB  VBP ccomp 4
.         .         PUNCT .   punct 4
"""
MAY_ANSWER = """
She       she       PRON  PRP nsubj 2
may       may       AUX   MD  aux   2
answer    answer    VERB  VB  ROOT  2
that      that      SCONJ IN  mark  5
she       she       PRON  PRP nsubj 5
serves    serve     VERB  VBZ ccomp 2
.         .         PUNCT .   punct 2
"""


def test_a_sentence_final_clause_is_read_off_the_surface_when_the_parse_is_wrong():
    doc = parsed(GARBLED_FINAL)
    rng = final_clause(doc, doc[8])
    assert doc[rng[0]:rng[1]].text == "Closing the port doubles the delays"


def test_the_noun_after_an_inverted_cue_is_who_speaks():
    doc = parsed(INVERTED)
    assert [t.text for t in inverted_subject(doc[6])] == ["treasurer"]
    assert final_clause(doc, doc[6]) is None  # a quotation, not a comma clause: the tagger's


@pytest.mark.parametrize("table, cue", [(NEGATED, 4), (MAY_ANSWER, 2)])
def test_negated_or_hypothetical_speech_is_no_statement(table, cue):
    doc = parsed(table)
    assert withheld(doc[cue])


def test_a_speech_verb_needs_a_clause_or_quoted_words():
    doc = parsed(NEGATED.replace("not       not       PART  RB  neg   4",
                                 "also      also      ADV   RB  advmod 4"))
    ctx = doc_context(doc)
    assert is_speech_act(doc, Draft(cue=(4, 5), para=0, contents=[(5, 8)]), ctx)
    assert not is_speech_act(doc, Draft(cue=(4, 5), para=0, contents=[(0, 2)]), ctx)


# --- block quotes, paragraphs, signatures, transcripts -------------------------------------

@needs_model
def test_he_said_colon_then_a_paragraph_is_one_block_quote_with_no_these_speaker():
    doc = analyse("Admiral Karel Novak, the navy chief, met reporters in Split on Tuesday. He "
                  "said:\n\nThe patrols are routine and threaten no one. These ships will "
                  "return to port next week, as they do every spring.\n")
    q = quote_with(doc, "The patrols are routine")
    assert q.kind == "block" and "Karel Novak" in q.source["name"]
    assert q is quote_with(doc, "These ships will return")
    assert not any((x.source or {}).get("text", "").lower() in ("these", "it", "this")
                   for x in doc.quotes)


@needs_model
def test_put_it_this_way_introduces_an_indented_paragraph():
    doc = analyse("The Ledger covered the vote. The Ledger put it this way:\n\n    The council "
                  "has failed the harbour towns for the third year running.\n")
    q = quote_with(doc, "The council has failed")
    assert q.kind == "block" and "Ledger" in q.source["text"]


@needs_model
def test_a_block_quote_runs_over_paragraphs_that_reopen_the_quotation():
    doc = analyse("The governor wrote:\n\n“The dam will hold this winter.\n\n“But we must "
                  "rebuild the spillway before the spring melt.”\n\nThe vote is on Friday.")
    q = quote_with(doc, "The dam will hold")
    assert q is quote_with(doc, "rebuild the spillway")
    assert "The vote is on Friday" not in said(q)


@needs_model
@pytest.mark.parametrize("text, words, who", [
    ("“We will rebuild every school by autumn,” -Commissioner Ada Marsh",
     "We will rebuild every school", "Ada Marsh"),
    ("The ferry will run again in May.\n\n— Ada Marsh, mayor of Port Ellen",
     "The ferry will run again", "Ada Marsh"),
    ("Ada Marsh says the harbour deal is off pic.twitter.com/x1y2z3 — Harbour News "
     "(@harbournews) May 2, 2024", "the harbour deal is off", "Harbour News"),
])
def test_a_dash_signature_signs_the_words_before_it(text, words, who):
    doc = analyse(text)
    # the signed words' quote (a statement they hold, "Ada Marsh says ...", comes before the
    # post that relays it)
    at = doc.text.index(words)
    q = next((q for q in doc.quotes if q.cue["text"] in ("-", "—") and
              q.content["start"] <= at < q.content["end"]), None) or quote_with(doc, words)
    assert who in q.source["text"] and q.cue["text"] in ("-", "—")
    assert not q.source["text"].startswith(("-", "—"))


@needs_model
def test_signed_quotations_line_by_line_are_one_quote_each():
    """Readers' comments, one a line,, each signed after a dash glued to the closing mark
    ('”―'), after a no-break space, or with a reversed opening mark (”...”)."""
    text = ("Readers wrote to us.\n\n"
            "“The bridge is a disgrace. Nobody has fixed it in years.”― Ann Lowell\n"
            "“I walk to work every day and the road is flooded.”\xa0―\xa0Peter Grant\xa0\n"
            "”We need buses, not promises.” ― Lina Ortiz.\n\nMore letters follow.")
    doc = analyse(text)
    by_speaker = {q.source["text"]: q for q in doc.quotes}
    assert set(by_speaker) == {"Ann Lowell", "Peter Grant", "Lina Ortiz"}, \
        [said(q) for q in doc.quotes]
    assert said(by_speaker["Ann Lowell"]).strip("“”").startswith("The bridge is a disgrace")
    assert "Ann Lowell" not in said(by_speaker["Peter Grant"])
    assert "road is flooded" in said(by_speaker["Peter Grant"])
    assert "buses, not promises" in said(by_speaker["Lina Ortiz"])
    assert all(q.cue["text"] == "―" and q.kind == "direct" for q in doc.quotes)


@needs_model
def test_a_dash_inside_a_sentence_is_no_signature():
    doc = analyse("Exports fell sharply in March - a record drop for the island.")
    assert doc.quotes == []


@needs_model
def test_transcript_turns_are_quotes_of_their_speakers():
    doc = analyse("HOST: Do you accept the result of the vote?\n\nMARSH: We accept it, and we "
                  "will govern for everyone.\n\nUPDATE: This story was corrected on Monday.")
    assert quote_with(doc, "Do you accept").source["text"] == "HOST"
    assert quote_with(doc, "We accept it").source["text"] == "MARSH"
    assert not any("corrected" in said(q) for q in doc.quotes)


# A turn whose words hold a belief or a plain clause is still the speaker's statement, and a
# direct one (the words as spoken), whether the tagger read the label or the turn rule did.
@needs_model
@pytest.mark.parametrize("text, words, who", [
    ("MODERATOR: Will you concede tonight?\n\nOKAFOR: We believe the count is wrong, and we "
     "will wait for the courts.", "We believe the count is wrong", "OKAFOR"),
    ("ANCHOR: What happens to the port now?\n\nLINDQVIST: The port stays open, and the "
     "ferries run on Monday.", "The port stays open", "LINDQVIST"),
    ("Ada Marsh: We want a recount in every district.\n\nNOTE: Figures are provisional.",
     "We want a recount", "Ada Marsh"),
])
def test_every_turn_is_a_direct_quote_of_its_label(text, words, who):
    doc = analyse(text)
    q = quote_with(doc, words)
    assert q.source["text"] == who and q.kind == "direct"
    assert not any("provisional" in said(q) for q in doc.quotes)


# --- where the reporting clause stands -----------------------------------------------------

@needs_model
@pytest.mark.parametrize("text, words, source", [
    ("The plan, she said, would fail within weeks.", "would fail within weeks", "she"),
    ("The outbreak has peaked in the north, according to the health ministry.",
     "The outbreak has peaked", "the health ministry"),
    ("The talks collapsed at dawn, said a spokesman for the mediators.",
     "The talks collapsed at dawn", "a spokesman for the mediators"),
    ("Police arrested two men they said were planning a robbery.",
     "were planning a robbery", "they"),
])
def test_the_reporting_clause_before_after_or_around_its_statement(text, words, source):
    q = quote_with(analyse(text), words)
    assert q.source["text"] == source
    assert source not in said(q)


@needs_model
@pytest.mark.parametrize("text, words, source", [
    ("As the ministry said on Monday, the border will stay closed until March.",
     "the border will stay closed until March", "the ministry"),
    ("As the Guardian reported last week, the company plans to cut 500 jobs.",
     "the company plans to cut 500 jobs", "the Guardian"),
    ("The factory will close next year, as the owners announced in June.",
     "The factory will close next year", "the owners"),
])
def test_an_as_clause_attributes_the_clause_it_modifies(text, words, source):
    q = quote_with(analyse(text), words)
    assert q.source["text"] == source and said(q) == words


@needs_model
@pytest.mark.parametrize("text", [
    "As he spoke, protesters gathered outside the hall.",
    "As expected, the central bank raised rates again.",
])
def test_an_as_clause_that_tells_when_is_no_attribution(text):
    assert analyse(text).quotes == []


@needs_model
@pytest.mark.parametrize("text, words, source", [
    ("The governor has urged farmers to save water but has said she will not ration it.",
     "she will not ration it", "The governor"),
    ("The coach praised his defenders and said the team would be stronger next season.",
     "the team would be stronger next season", "The coach"),
])
def test_a_second_speech_verb_of_the_speaker_is_a_statement_of_its_own(text, words, source):
    q = quote_with(analyse(text), words)
    assert q.source["text"] == source and q.cue["text"].endswith("said")


@needs_model
@pytest.mark.parametrize("text, words", [
    # the parse hangs the quotation's "will" (an elliptical "X will, ...") on the speech verb
    ('"If the talks do not resume, the strike will, sooner or later," said the union leader.',
     "the strike will"),
    ('"If nobody acts, the lake will, within a decade," said a biologist at the institute.',
     "the lake will"),
])
def test_the_quotations_own_modal_does_not_withhold_the_speech_verb(text, words):
    quote_with(analyse(text), words)


@needs_model
def test_a_parenthetical_cue_leaves_the_statement_in_two_parts():
    q = quote_with(analyse("The new bridge, the engineer said, would carry trains by 2030."),
                   "would carry trains")
    assert [p["text"] for p in q.content["parts"]] == ["The new bridge",
                                                       "would carry trains by 2030"]


@needs_model
@pytest.mark.parametrize("text, parts, source", [
    # the tagger sees only what follows the cue, or nothing ("told reporters")
    ("Inflation, the central bank governor often says, is a tax on the poor.",
     ["Inflation", "is a tax on the poor"], "the central bank governor"),
    ("The real problem now, she told reporters on Monday, is that the dam leaks.",
     ["The real problem now", "is that the dam leaks"], "she"),
    ('"This bridge," the mayor said, "will outlast all of us."',
     ['"This bridge,"', '"will outlast all of us."'], "the mayor"),
    ("If the rain keeps up, the farmers argue, the harvest will be lost.",
     ["If the rain keeps up", "the harvest will be lost"], "the farmers"),
])
def test_a_cue_set_off_by_commas_inside_the_statement_reports_both_pieces(text, parts, source):
    q = quote_with(analyse(text), parts[-1].strip('".'))
    assert q.source["text"] == source
    assert [p["text"] for p in q.content["parts"]] == parts


@needs_model
@pytest.mark.parametrize("text, words", [
    # a quotation followed by the writer's words
    ('"The river took our homes," the mayor said on Sunday, and rescuers kept searching.',
     "The river took our homes"),
    ('"We lost everything," she said after the hearing, and her lawyers plan an appeal.',
     "We lost everything"),
])
def test_the_writers_words_after_a_quotation_and_its_cue_are_not_the_statement(text, words):
    q = quote_with(analyse(text), words)
    assert said(q).strip('",') == words


@needs_model
@pytest.mark.parametrize("text, words, source", [
    ("The ministry said the port would stay shut until May, state radio reported.",
     "the port would stay shut until May", "The ministry"),
    ("The council said the bridge would reopen in June, the paper reported.",
     "the bridge would reopen in June", "The council"),
])
def test_a_report_closing_the_sentence_is_not_part_of_the_statement(text, words, source):
    """'X said Y, state media reported': the reporting clause after the comma tells how the
    statement reached us; it is neither in X's words nor X's statement nested under it."""
    q = quote_with(analyse(text), words)
    assert q.source["text"] == source and said(q) == words
    assert not [o for o in analyse(text).quotes if source in said(o)]


def test_the_speakers_own_words_after_a_comma_stay_in_the_statement():
    text = 'The coalition said that if the court rules against it, we will appeal at once.'
    q = quote_with(analyse(text), "we will appeal")
    assert said(q).endswith("we will appeal at once")


# --- what is no statement ------------------------------------------------------------------

@needs_model
@pytest.mark.parametrize("text", [
    "Most voters believe that the tax is unfair.",
    "The survey shows that trust in banks has fallen.",
    "Residents fear the river will flood again.",
    "The minister did not say when the talks would resume.",
    "The spokesman declined to say whether the plant would close.",
    "If she says yes, the party will split.",
    "No group has claimed the bombing so far.",
    "The senator was asked whether he would run again.",
    "The union protested against the pay freeze.",
    "The council approved the budget and sent it to the governor.",
])
def test_beliefs_perceptions_actions_and_unspoken_speech_are_no_quotes(text):
    doc = analyse(text)
    assert doc.quotes == [], [(said(q), q.cue["text"]) for q in doc.quotes]


@needs_model
@pytest.mark.parametrize("text, words", [
    ("The president announced a ban on new hires.", "a ban on new hires"),
    ("The mayor vowed to reopen the library.", "to reopen the library"),
    ("Officials urged residents to leave the coast.", "to leave the coast"),
    # a directive with its hearer: the hearer and the infinitive are what was said
    ("The ministry advised travellers to avoid the border region.", "to avoid the border"),
    ("The WHO encouraged countries to share vaccine data.", "to share vaccine data"),
    ("The mayor appealed to residents to conserve water.", "to conserve water"),
    # (naming with the speaker's words quoted; unquoted, "called the plan a disaster" is a
    # description, a stance since session 22: appeals.py)
    ('The senator has called the plan "a disaster."', "a disaster"),
    ('The coach sighed, "We were simply not good enough."', "We were simply not good"),
])
def test_statements_that_need_no_clause(text, words):
    quote_with(analyse(text), words)


@needs_model
@pytest.mark.parametrize("text", [
    "The tax break encouraged investment in the north.",
    "The general ordered an evacuation of the town.",
])
def test_a_directive_word_without_a_directive_is_no_quote(text):
    assert analyse(text).quotes == []


# --- attributions that are no statement: beliefs and stances, kept apart -------------------

def believed(doc: Document, words: str):
    for b in doc.beliefs:
        if words in b.content["text"]:
            return b
    raise AssertionError(f"no belief over {words!r}: {[b.content['text'] for b in doc.beliefs]}")


@needs_model
@pytest.mark.parametrize("text, words, holder, kind", [
    ("Most voters believe that the tax is unfair.", "the tax is unfair", "Most voters", "belief"),
    ("Residents fear the river will flood again.", "the river will flood", "Residents", "belief"),
    ("The survey shows that trust in banks has fallen.", "trust in banks", "The survey",
     "belief"),
    ("Mr. Clarke hoped to sell the credits to utilities.", "to sell the credits", "Mr. Clarke",
     "belief"),
    ("Graham criticized the party's lack of environmental awareness.", "lack of environmental",
     "Graham", "stance"),
    ("A flight attendants' union endorsed the senator for president.", "the senator",
     "A flight attendants' union", "stance"),
])
def test_beliefs_and_stances_are_attributions_apart_from_the_quotes(text, words, holder, kind):
    doc = analyse(text)
    assert doc.quotes == []
    b = believed(doc, words)
    assert b.kind == kind and b.source["text"] == holder


@needs_model
@pytest.mark.parametrize("text, words, holder", [
    # the second act is cut off the first's content, and with it the clause that made it look
    # like a statement
    ("Ruto condemned the shooting and called for an inquiry.", "the shooting", "Ruto"),
    ("The envoy praised the deal and urged both sides to respect it.", "the deal", "The envoy"),
])
def test_a_stance_before_a_second_act_stays_a_stance(text, words, holder):
    doc = analyse(text)
    assert not [q for q in doc.quotes if words in q.content["text"]], doc.quotes
    b = believed(doc, words)
    assert b.kind == "stance" and b.source["text"] == holder


@needs_model
@pytest.mark.parametrize("text", [
    "Police arrested dozens of people in the square.",
    "Rebels attacked the convoy near the border.",
    "The council approved the budget and sent it to the governor.",
])
def test_actions_are_no_attribution_at_all(text):
    doc = analyse(text)
    assert doc.quotes == [] and doc.beliefs == []


@needs_model
@pytest.mark.parametrize("text, words, who", [
    ("The mayor said that residents fear the river will flood again.",
     "residents fear the river", "The mayor"),
    ("The editorial said the newspaper hopes the comics section will return.",
     "the newspaper hopes", "The editorial"),
])
def test_a_statement_about_a_belief_is_a_quote_and_the_belief_stays_apart(text, words, who):
    doc = analyse(text)
    q = quote_with(doc, words)
    assert q.source["text"] == who and words in said(q)
    assert all(b.kind in ("belief", "stance") for b in doc.beliefs)
    assert not {b.id for b in doc.beliefs} & {v for q in doc.quotes for v in q.via}



@needs_model
@pytest.mark.parametrize("text, holder, thing", [
    # the object of deny / reject / confirm is what the speech was about, not what was said
    ("China has denied the claim.", "China", "the claim"),
    ("The minister denied any wrongdoing.", "The minister", "any wrongdoing"),
    ("The ministry rejected the report.", "The ministry", "the report"),
])
def test_a_denied_thing_is_a_stance_not_a_statement(text, holder, thing):
    from newsdesk.api import analyze_text
    record = analyze_text(text)
    assert record["quotes"] == []
    assert [(b["kind"], b["source"]["name"], b["content"]["text"])
            for b in record["beliefs"]] == [("stance", holder, thing)]


@needs_model
def test_a_denial_of_a_clause_is_still_a_statement():
    from newsdesk.api import analyze_text
    quotes = analyze_text("The army denied that it had shelled the town.")["quotes"]
    assert [q["source"]["name"] for q in quotes] == ["The army"]
    assert "it had shelled the town" in quotes[0]["content"]["text"]


@needs_model
@pytest.mark.parametrize("text, content", [
    # "X said that ..., she said": the outer quote is the inner one's speaker, cue and words
    ('Lena Ortiz, the mayor, said on Monday that the city "will rebuild," she said.',
     'that the city "will rebuild,"'),
    # a speaker's own words inside her longer statement
    ('She said the plan, which she said was "sound," would pass.',
     'the plan, which she said was "sound," would pass'),
])
def test_a_quote_inside_a_quote_of_the_same_speaker_is_one_quote(text, content):
    from newsdesk.api import analyze_text
    quotes = analyze_text(text)["quotes"]
    assert [q["content"]["text"] for q in quotes] == [content]
    assert quotes[0]["via"] == []
