"""Quote defects of the newcomer's eight articles (report 19, section E), each as a class of
hand-written sentences."""
from __future__ import annotations

import pytest
from helpers.quotes import analyse, quote_with

# A speaking "it" after a quote stands for the previous speaker (a report, a unit), never for
# an organisation named inside what that speaker said.
IT_AFTER_QUOTE = [
    ("The auditor's review stated that the Health Ministry had overspent on vaccines. "
     "It also said that the Red Cross had not been paid.",
     "the Red Cross had not been paid", "review"),
    ('"The Houthi movement fired on our ships," the Egyptian navy\'s press office said on '
     "Monday. It said Egyptian vessels had returned fire.",
     "Egyptian vessels had returned fire", "press office"),
    ("A parliamentary study concluded that the Interior Ministry ignored the warnings. "
     "It said the European Commission should open an inquiry.",
     "the European Commission should open", "study"),
    ('"Hezbollah shelled two villages overnight," the Israeli army\'s northern command said. '
     "It added that Israeli jets had struck back.",
     "Israeli jets had struck back", "northern command"),
]


@pytest.mark.parametrize("text, content, speaker", IT_AFTER_QUOTE)
def test_it_after_a_quote_is_the_previous_speaker(text, content, speaker):
    q = quote_with(analyse(text), content)
    assert speaker in q.source["name"], q.source


# A capital letter before a full stop that ends a sentence ("posted on X. She", "backed plan
# B. The") is no name's initial: the quote ends with its sentence.
LETTER_ENDS = [
    ('"We will not negotiate under fire," Milei wrote on X. He then left for Madrid.',
     "We will not negotiate under fire", "He then left"),
    ('"The border stays open," the Polish minister wrote on X. She gave no date.',
     "The border stays open", "She gave no date"),
    ('"This is our last offer," the union said, calling it plan B. The talks resume on Monday.',
     "This is our last offer", "The talks resume"),
]


@pytest.mark.parametrize("text, said, after", LETTER_ENDS)
def test_a_letter_before_a_full_stop_ends_the_sentence(text, said, after):
    doc = analyse(text)
    q = quote_with(doc, said)
    assert after not in q.content["text"], q.content
    assert not any(after.split()[0] in e.name for e in doc.entities), doc.entities


def test_initials_stay_inside_a_name():
    from newsdesk import nlp
    parsed = nlp.parse("The prize went to John F. Kennedy. It was later given to J. K. Rowling.")
    assert len(list(parsed.sents)) == 2
    names = {e.text for e in parsed.ents}
    assert {"John F. Kennedy", "J. K. Rowling"} <= names, names


# A participle ("telling a panel that", "saying") after a restrictive relative clause ("a
# report that faulted ...") takes the main clause's subject, not the clause's antecedent.
PARTICIPLE_AFTER_RESTRICTIVE = [
    ("Senior Navy officers disputed the conclusions of an audit that criticised the fleet's "
     "readiness, telling lawmakers that the audit used old data.",
     "the audit used old data", "Navy officers"),
    ("Canadian health officials dismissed a study that condemned the vaccine rollout, saying "
     "that its sample was too small.",
     "its sample was too small", "health officials"),
    ("The Kenyan finance minister rejected a review that blamed the treasury for the deficit, "
     "telling reporters that the figures were wrong.",
     "the figures were wrong", "finance minister"),
]


@pytest.mark.parametrize("text, content, speaker", PARTICIPLE_AFTER_RESTRICTIVE)
def test_participle_after_a_restrictive_clause_is_the_subject(text, content, speaker):
    q = quote_with(analyse(text), content)
    assert speaker in q.source["text"], q.source
