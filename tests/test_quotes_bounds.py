"""Where a quote's content starts and ends (stages/quotes/bounds.py and the quotation marks of
features.quote_state): the classes of boundary errors measured on PolNeAR's learn part, each
with sentences written for this test, and the cases the rules must leave alone."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.api import analyze_text
from newsdesk.model import Document
from newsdesk.nlp import fill_from_parse
from newsdesk.stages.actors import actors
from newsdesk.stages.quotes import quotes as quotes_stage
from newsdesk.stages.quotes.bounds import relative_pronoun, sentence_pieces, trim_content
from newsdesk.stages.quotes.features import doc_context, quote_state
from newsdesk.stages.quotes.syntax import Draft
from newsdesk.stages.quotes.tagger import tagger

needs_model = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def analyse(text: str) -> Document:
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))
    return quotes_stage(actors(doc))


def contents(doc: Document) -> list[str]:
    return [" | ".join(p["text"] for p in q.content.get("parts") or [q.content])
            for q in doc.quotes]


def test_two_apostrophes_are_a_quotation_mark():
    sdoc = nlp.parse("''We will not wait,'' the coach said. He left.")
    state = quote_state(sdoc)
    assert [t.text for t in sdoc if state[t.i] == 2] == ["''", "''"]
    assert all(state[t.i] == 1 for t in sdoc if t.text in ("We", "wait"))
    assert all(state[t.i] == 0 for t in sdoc if t.text in ("coach", "He"))


def test_a_possessive_apostrophe_is_no_quotation_mark():
    sdoc = nlp.parse("The farmers' union said the harvest was late.")
    assert not any(quote_state(sdoc))


def test_a_content_is_cut_where_a_new_sentence_begins_outside_quotation_marks():
    sdoc = nlp.parse('The pilot told us he was "nearly home." The storm then grew worse.')
    state = quote_state(sdoc)
    pieces = sentence_pieces(sdoc, (4, len(sdoc)), state)
    assert [sdoc[a:b].text for a, b in pieces][0] == 'he was "nearly home."'
    assert len(pieces) == 2


def test_a_quotation_running_over_sentences_is_one_piece():
    text = '"The river rose at night. Nobody slept," the farmer said.'
    sdoc = nlp.parse(text)
    pieces = sentence_pieces(sdoc, (0, 12), quote_state(sdoc))
    assert len(pieces) == 1


@needs_model
def test_quotes_in_two_apostrophes_with_the_speaker_between():
    doc = analyse("''The bridge is safe,'' said Ana Ortiz, the county engineer. "
                  "''We inspected every cable.''\n\nTraffic resumed on Monday.")
    got = contents(doc)
    assert any("The bridge is safe" in c and "We inspected every cable" in c for c in got), got


@needs_model
def test_a_second_attribution_of_the_same_speaker_is_cut_off():
    doc = analyse("The coach praised the young players and called the referee a disgrace.")
    got = contents(doc)
    assert not any("praised" not in c and "young players" in c and "referee" in c for c in got)


def test_what_the_cue_governs_stays_when_it_is_no_cue_word():
    """The parse hangs "even though ..." on "said"; it is still part of the words (PolNeAR keeps
    it), unlike ", adding that ..." which is a statement of its own."""
    sdoc = nlp.parse("Officials said the dam would hold, even though the rain had not stopped.")
    d = Draft(cue=(1, 2), para=0, contents=[(2, len(sdoc) - 1)])
    trim_content(sdoc, d, doc_context(sdoc))
    assert sdoc[d.contents[0][0]:d.contents[0][1]].text.endswith("had not stopped")
    sdoc = nlp.parse("Officials said the dam would hold, adding that the rain had stopped.")
    d = Draft(cue=(1, 2), para=0, contents=[(2, len(sdoc) - 1)])
    trim_content(sdoc, d, doc_context(sdoc))
    assert sdoc[d.contents[0][0]:d.contents[0][1]].text == "the dam would hold"


@needs_model
def test_the_object_of_according_to_is_the_source():
    doc = analyse("The river has crested near the capital, according to the water agency.")
    q = doc.quotes[0]
    assert q.content["text"] == "The river has crested near the capital"
    assert q.source["text"] == "the water agency"


@needs_model
def test_a_quotation_after_a_participle_goes_on_with_the_statement():
    doc = analyse('"Prices will fall," she said, referring to the new tariff. "As minister, I '
                  'will cut the fees that were set years ago."')
    got = contents(doc)
    assert any("Prices will fall" in c and "I will cut the fees" in c for c in got), got
    doc = analyse('"Prices will fall," she said. "I will cut the fees," the minister added.')
    assert not any("Prices will fall" in c and "I will cut the fees" in c for c in contents(doc))


def test_a_dangling_conjunction_at_the_end_is_cut():
    sdoc = nlp.parse("The mayor discussed the new bridge and the old road.")
    d = Draft(cue=(2, 3), para=0, contents=[(3, 7)])  # the tagger stopped after "and"
    trim_content(sdoc, d, doc_context(sdoc))
    assert sdoc[d.contents[0][0]:d.contents[0][1]].text == "the new bridge"
    d = Draft(cue=(2, 3), para=0, contents=[(3, 10)])
    trim_content(sdoc, d, doc_context(sdoc))
    assert sdoc[d.contents[0][0]:d.contents[0][1]].text == "the new bridge and the old road"


@needs_model
def test_the_relative_pronoun_before_the_speaker_is_part_of_the_words():
    doc = analyse("Turnout rose among young voters, which organisers say could decide the race.")
    q = next(q for q in doc.quotes if "could decide the race" in q.content["text"])
    assert [p["text"] for p in q.content["parts"]] == ["which", "could decide the race"]


def test_a_relative_clause_without_speech_gets_no_pronoun():
    sdoc = nlp.parse("The plan, which officials announced on Monday, will cost millions.")
    d = Draft(cue=(5, 6), para=0, sources=[(4, 5)], contents=[(6, 8)])
    relative_pronoun(sdoc, d)  # "which" is what was announced, not a subject of the words
    assert d.contents == [(6, 8)]


@needs_model
@pytest.mark.parametrize("text, subject, rest", [
    ("The repairs are expected to continue until the end of the year.",
     "The repairs", "to continue until the end of the year"),
    ("Since the storm, the mayor seems to have vanished from public view.",
     "the mayor", "to have vanished from public view"),
])
def test_the_subject_of_a_raising_belief_is_part_of_what_is_believed(text, subject, rest):
    doc = analyse(text)
    assert len(doc.beliefs) == 1 and not doc.quotes
    belief = doc.beliefs[0]
    assert belief.source is None
    parts = [p["text"] for p in belief.content["parts"]]
    assert parts[0] == subject and rest in parts[-1]


@needs_model
def test_the_subject_of_a_belief_held_by_someone_stays_its_source():
    doc = analyse("The farmers expect the rain to return in March.")
    assert [b.source["text"] for b in doc.beliefs] == ["The farmers"]


@needs_model
@pytest.mark.parametrize("text, want", [
    ("The ferry was late again on Monday. But the harbour will reopen in May, port officials "
     "said.", "the harbour will reopen in May"),
    ("Wages rose in March. However prices rose faster, the statistics office said.",
     "prices rose faster"),
    ("The plan is costly. In addition, the new line will take a decade to build, a "
     "spokeswoman for the rail company said.", "the new line will take a decade to build"),
])
def test_the_word_linking_a_sentence_to_the_last_is_not_the_speakers(text, want):
    """A sentence-final attribution's words start after the writer's "But" / "However" /
    "In addition"; inside quotation marks the speaker's own "But" stays (next test)."""
    assert want in contents(analyse(text)), contents(analyse(text))


@needs_model
def test_a_quoted_but_stays_in_the_words():
    doc = analyse('The ferry was late again. "But the harbour will reopen in May," the port '
                  'manager said.')
    assert any(c.strip("\"“”").startswith("But the harbour") for c in contents(doc)), contents(doc)


@pytest.mark.parametrize("text", [
    '"The port will reopen," the harbour master said after the storm had passed.',
    '"We are not leaving," the union leader said as the talks were suspended.',
])
def test_a_clause_of_time_on_the_cue_is_no_part_of_the_quote(text):
    quotes = analyze_text(text)["quotes"]
    assert len(quotes) == 1 and quotes[0]["kind"] == "direct", quotes
    assert "said" not in quotes[0]["content"]["text"]


# --- the one spoken to, and when and where, before the clause said (bounds._from_clause) ------

@needs_model
@pytest.mark.parametrize("text, want", [
    ("A volunteer asked the councillor whether the library would stay open on Sundays.",
     "whether the library would stay open on Sundays"),
    ("Ms. Ortega assured her neighbours that the new road would not cut through the park.",
     "that the new road would not cut through the park"),
    ("The reporter asked the minister why the tender had been cancelled.",
     "why the tender had been cancelled"),
    ("The landlord informed his tenants last week that the rent would go up in March.",
     "that the rent would go up in March"),
    ("The pilot assured passengers the delay would be short.", "the delay would be short"),
    ("Our correspondent asked Mr. Havel how long the ceasefire could last.",
     "how long the ceasefire could last"),
    ("The striking nurses have said for months their wards are dangerously understaffed.",
     "their wards are dangerously understaffed"),
])
def test_the_hearer_and_the_time_before_the_clause_said_are_no_part_of_it(text, want):
    assert contents(analyse(text)) == [want]


@needs_model
@pytest.mark.parametrize("text, want", [
    # what is urged is no clause with a subject of its own: the one urged stays (module note)
    ("The mayor urged residents to stay indoors during the storm.",
     "residents to stay indoors during the storm"),
    # the one agreed with is what the agreement is about, as PolNeAR keeps it
    ("The union leader agreed with the minister that the talks had gone well.",
     "the minister that the talks had gone well"),
])
def test_what_is_no_hearer_of_a_clause_stays_in_the_content(text, want):
    assert contents(analyse(text)) == [want]


# --- when it was said, after what was said (bounds._without_cue_time) -------------------------

def beliefs_and_quotes(text: str) -> list[str]:
    doc = analyse(text)
    return [" | ".join(p["text"] for p in q.content.get("parts") or [q.content])
            for q in list(doc.quotes) + list(doc.beliefs)]


@needs_model
@pytest.mark.parametrize("text, want", [
    ("The teachers' union endorsed Maria Lopez for mayor on Thursday.", "Maria Lopez for mayor"),
    ("Senator Hale defended the new fishing quotas last week.", "the new fishing quotas"),
    ("The bishop praised the volunteers in December.", "the volunteers"),
    ("The club announced its new coach on Monday night.", "its new coach"),
])
def test_a_time_on_the_cue_after_the_words_is_no_part_of_them(text, want):
    assert beliefs_and_quotes(text) == [want]


@needs_model
@pytest.mark.parametrize("text, want", [
    ("The governor praised the nurses at a rally in Dayton.", "the nurses"),
    ("The senator criticized the new tariffs in an interview with a local paper.",
     "the new tariffs"),
    ("The mayor defended the budget cuts during a town hall meeting.", "the budget cuts"),
])
def test_the_occasion_of_the_words_after_them_is_no_part_of_them(text, want):
    # where the words were spoken hangs on the cue (bounds.OCCASION_NOUNS)
    assert beliefs_and_quotes(text) == [want]


@needs_model
def test_an_occasion_inside_what_was_said_stays():
    assert beliefs_and_quotes("The mayor said the governor would speak at a rally in Dayton.") \
        == ["the governor would speak at a rally in Dayton"]


@needs_model
def test_a_time_inside_what_was_said_stays():
    # the date belongs to the clause said, not to the saying
    assert beliefs_and_quotes("The mayor said the bridge would reopen on Monday.") == [
        "the bridge would reopen on Monday"]


# --- a second statement hanging on the cue, untagged (attribution._second_cue) ----------------

def statements(text: str) -> list[tuple[str, str, str]]:
    return [(q.source["text"] if q.source else None, q.cue["text"],
             " | ".join(p["text"] for p in q.content.get("parts") or [q.content]))
            for q in analyse(text).quotes]


@needs_model
@pytest.mark.parametrize("text, speaker, first, second_cue, second", [
    ('"The harbour will stay closed until spring," the mayor said, adding later, '
     '"We have no money left for repairs."', "the mayor",
     '"The harbour will stay closed until spring,"', "adding",
     '"We have no money left for repairs."'),
    ('"Nobody from the ministry came," the farmer said, and then added, '
     '"They only send letters."', "the farmer",
     '"Nobody from the ministry came,"', "added", '"They only send letters."'),
    ('"I have never seen a harvest this poor," Mrs. Akande said, adding quietly, '
     '"Some of us will not last the winter."', "Mrs. Akande",
     '"I have never seen a harvest this poor,"', "adding",
     '"Some of us will not last the winter."'),
])
def test_a_second_statement_after_the_cue_is_an_attribution_of_its_own(
        text, speaker, first, second_cue, second):
    got = statements(text)
    assert (speaker, "said", first) in got
    assert (speaker, second_cue, second) in got
    assert len(got) == 2
