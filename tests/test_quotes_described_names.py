""""The agency said", "the group said": the body the text named with that noun set right
before its name ("the state news agency SUNA", "the armed group Al-Shabaab") is the speaker
(quotes/sources.py _described_before; session 31, a dev article's miss; sentences written
for these tests)."""
from __future__ import annotations

import pytest

from newsdesk.api import analyze_text


@pytest.mark.parametrize("text, words, speaker", [
    ("Two villages were shelled overnight, the state news agency SUNA reported. Aid convoys "
     "were halted on the main road, the agency said.", "Aid convoys", "SUNA"),
    ("The armed group Al-Shabaab attacked a base near Mogadishu on Sunday. The group said it "
     "had killed 20 soldiers.", "killed 20 soldiers", "Al-Shabaab"),
])
def test_the_noun_before_a_name_lets_the_description_find_it(text, words, speaker):
    quotes = [q for q in analyze_text(text)["quotes"] if words in q["content"]["text"]]
    assert quotes and quotes[0]["source"]["name"] == speaker, analyze_text(text)["quotes"]


@pytest.mark.parametrize("text, words, speaker", [
    ("The PKK, which has fought Turkey since 1984, said on Monday that it would lay down its "
     "arms. The group said the decision was final.", "the decision was final", "PKK"),
    ("The ELN, which has thousands of fighters, said it had freed two soldiers. The group "
     "said more releases would follow.", "more releases", "The ELN"),
])
def test_the_group_is_the_body_of_no_state_that_just_spoke(text, words, speaker):
    """"The group said" after a rebel group or party spoke (quotes/sources._group_spoke),
    even when the entity tagger named no such group."""
    quotes = [q for q in analyze_text(text)["quotes"] if words in q["content"]["text"]]
    assert quotes and quotes[0]["source"]["name"] == speaker, analyze_text(text)["quotes"]
