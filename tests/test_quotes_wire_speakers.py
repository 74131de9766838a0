"""Who speaks in wire-story attributions that the parse hangs from the wrong word (issue 15:
the right speaker). Sentences written for these tests, in the style of agency copy."""
from __future__ import annotations

import pytest

from helpers.quotes import analyse, quote_with
from newsdesk.model import Document
from newsdesk.stages.quotes.tagger import tagger

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def speaker(q) -> str:
    return ((q.source or {}).get("name") or "").lower()


# ", saying ..." after a relative clause of a verbal act, or after a passive with its agent:
# the parse hangs the participle from the main verb, whose subject did not say it.
@pytest.mark.parametrize("text, words, who", [
    ('Sanctions were lifted in May, a move that the prime minister praised on Tuesday, '
     'saying "this is a new beginning."', "this is a new beginning", "prime minister"),
    ("The court froze the assets, a ruling that the defence lawyers condemned, saying it had "
     "no basis in law.", "it had no basis", "defence lawyers"),
    ("Police closed the square, a decision the mayor welcomed, adding that safety came first.",
     "safety came first", "mayor"),
    ("The vote was delayed, a step that the chairman defended late on Monday, saying more "
     "time was needed.", "more time was needed", "chairman"),
    ("The plan was rejected by the union, saying it punished workers.",
     "it punished workers", "union"),
    ("The report was criticised by the opposition, which called it a whitewash, saying "
     '"nobody believes these numbers."', "nobody believes", "opposition"),
])
def test_participle_after_a_verbal_act_speaks_for_its_doer(text, words, who):
    assert who in speaker(quote_with(analyse(text), words))


def test_participle_after_a_clause_of_no_verbal_act_keeps_the_main_subject():
    doc = analyse("The company cut 300 jobs, a move that surprised analysts, saying costs had "
                  "risen.")
    assert speaker(quote_with(doc, "costs had risen")) == "the company"


# "The official said", "the channel said": the one named before in that role, not a new,
# unnamed speaker (and the outlet keeps its press code).
@pytest.mark.parametrize("text, words, who", [
    ("A senior Hamas official, Basem Naim, said the group had seen no proposal. The official "
     "said Israel was stalling.", "Israel was stalling", "basem naim"),
    ("Interior ministry official Karim Saadi told reporters the border was calm. Later the "
     "official said two smugglers had been caught.", "two smugglers", "karim saadi"),
    ("Al Jazeera reported that the talks had collapsed. The channel said the mediators had "
     "left Doha.", "the mediators had left", "al jazeera"),
    ("The talks resumed on Monday, the Washington Post reported. The newspaper said both "
     "sides had softened their demands.", "both sides had softened", "washington post"),
])
def test_a_definite_role_or_outlet_noun_is_the_one_named_before(text, words, who):
    assert who in speaker(quote_with(analyse(text), words))


def test_the_official_with_no_one_named_before_stays_unnamed():
    doc = analyse("Officials met on Monday. The official said the border was calm.")
    assert speaker(quote_with(doc, "the border was calm")) == "the official"


def test_the_channel_is_coded_as_the_press():
    doc = analyse("Al Jazeera reported that the talks had collapsed. The channel said the "
                  "mediators had left Doha.")
    q = quote_with(doc, "the mediators had left")
    assert (q.source.get("actor") or {}).get("sector") == "JRN"


# "It added": the body that spoke last, also a military command or a mission, not an
# earlier organisation.
@pytest.mark.parametrize("text, words, who", [
    ("Ukraine's military said drones hit the port. \"The enemy struck again,\" the southern "
     "military command said in a statement. It added that 17 drones were shot down.",
     "17 drones were shot down", "southern military command"),
    ("Japan's defence ministry said Chinese ships had entered its waters. The Philippine coast "
     "guard said its vessels had been followed. It added that two boats were damaged.",
     "two boats were damaged", "coast guard"),
    ("France's foreign ministry condemned the raid. The African Union secretariat said it was "
     "alarmed. It said envoys would travel to the region.", "envoys would travel",
     "secretariat"),
])
def test_a_speaking_it_is_the_body_that_spoke_last(text, words, who):
    assert who in speaker(quote_with(analyse(text), words))


def quotes_by(doc: Document, who: str) -> list:
    return [q for q in doc.quotes if who in speaker(q)]


# "The army said X, an official said": the report around a statement is a quote of its own,
# the army's reported through it (`via`).
@pytest.mark.parametrize("text, outer, inner", [
    ("The army said it would withdraw from the border town by Sunday, a senior official said.",
     "senior official", "army"),
    ("Moscow warned Kyiv that it would respond to any strike, the Kremlin said.",
     "kremlin", "russia"),
    ("The ministry said the talks had stalled, people familiar with the matter said.",
     "people familiar", "ministry"),
    ("The governor told lawmakers that the budget was balanced, two aides said on Friday.",
     "two aides", "governor"),
])
def test_a_report_around_a_statement_is_a_quote_of_its_own(text, outer, inner):
    doc = analyse(text)
    [around] = quotes_by(doc, outer)
    [within] = quotes_by(doc, inner)
    assert around.id in within.via
    assert around.content["start"] <= within.cue["start"]


# "X said Y, Reuters reported": the outlet carried the statement; it is the statement's
# hearer (relation "reported"), not a second quote.
@pytest.mark.parametrize("text, who, outlet", [
    ("Following the call, President Lula expressed hope that the two countries could deepen "
     "trade, Reuters reported on Saturday.", "lula", "Reuters"),
    ("The central bank said inflation would ease next year, the Financial Times reported.",
     "central bank", "Financial Times"),
    ("\u201cWe will stay until the job is done,\u201d Ms. Okonkwo said, Politiblog reported.",
     "okonkwo", "Politiblog"),
    ("\u201cNobody wants this war,\u201d the general said, Mediaite reported.", "general",
     "Mediaite"),
])
def test_an_outlet_reporting_a_statement_is_its_hearer(text, who, outlet):
    doc = analyse(text)
    assert len(doc.quotes) == 1
    [q] = quotes_by(doc, who)
    assert q.hearer and outlet in q.hearer["text"] and q.hearer["relation"] == "reported"


def test_an_outlet_opening_with_according_to_keeps_its_own_account():
    doc = analyse("According to CNN, the president had told allies that he was angry.")
    assert quotes_by(doc, "cnn")


# A denial is a statement whose content the speaker says is not so: the quote says so.
@pytest.mark.parametrize("text, words", [
    ("Beijing denied that its ships rammed the Filipino boat.", "its ships rammed"),
    ("The Kremlin dismissed reports that the president was ill.", "the president was ill"),
    ("Iran rejected claims that it had supplied drones to Russia.", "it had supplied drones"),
    ("A spokesman for the ministry denied the army had shelled the village.",
     "the army had shelled"),
])
def test_a_denial_is_marked_on_its_quote(text, words):
    assert quote_with(analyse(text), words).denies is True


@pytest.mark.parametrize("text, words", [
    ("The army said its troops had not fired on protesters.", "its troops had not fired"),
    ("The minister confirmed that the talks had failed.", "the talks had failed"),
])
def test_a_statement_that_is_no_denial_is_not_marked(text, words):
    assert quote_with(analyse(text), words).denies is False


# A newspaper named after its city or country speaks as the press of that country, not as
# the country or its government.
@pytest.mark.parametrize("text, country", [
    ("The Kyiv Independent reported that two drones were shot down.", "UKR"),
    ("The Tehran Times said the embassy would reopen next week.", "IRN"),
    ("The Philippine Daily Inquirer reported that the boat was damaged.", "PHL"),
    ("The Japan Times reported that the minister would resign.", "JPN"),
    ("The Saudi Gazette reported that the crown prince had met the envoy.", "SAU"),
])
def test_a_newspaper_named_after_a_place_is_the_press(text, country):
    [q] = analyse(text).quotes
    actor = q.source["actor"] or {}
    assert (actor.get("country"), actor.get("sector")) == (country, "JRN")
    assert "GOV" not in (actor.get("code") or "")


# "threatened Israel in April": an announce verb whose only object is the party it is aimed
# at (and a time) announced nothing; "threatened sanctions" names what was announced.
@pytest.mark.parametrize("text", [
    "Iran threatened Israel in April.",
    "North Korea threatened the United States last week.",
    "The general threatened the protesters again.",
    "Turkey threatened Sweden.",
    "Hamas threatened Israel with a new wave of attacks.",
])
def test_an_announce_verb_with_only_its_target_is_no_quote(text):
    assert analyse(text).quotes == []


# (a threat of a bare noun phrase, "Iran threatened sanctions", is an act, no statement, since
# session 22: appeals.py; its words in quotation marks are reported speech)
@pytest.mark.parametrize("text, words", [
    ('Iran threatened "crippling sanctions" in April.', "sanctions"),
    ("The rebels vowed revenge for the raid.", "revenge"),
    ("The ministry announced a ban on exports.", "a ban on exports"),
])
def test_an_announce_verb_naming_what_it_announces_is_a_quote(text, words):
    assert quote_with(analyse(text), words)


def actor_code(q) -> str | None:
    return ((q.source or {}).get("actor") or {}).get("code")


# An official named after the role and a comma takes the role's country ("the U.S. envoy,
# Sarah Jennings"), not the country of whoever the clause before names, nor a place where
# she happens to be (", in Beirut on Tuesday,").
@pytest.mark.parametrize("text, words, code", [
    ("President Ruto met the U.S. envoy, Sarah Jennings, in Nairobi on Monday. Jennings said "
     "the aid would resume.", "the aid would resume", "USAGOV"),
    ("Officials in Ankara received the U.K. ambassador, Jill Morris, on Friday. Morris said "
     "London wanted calm.", "London wanted calm", "GBRGOV"),
    ("Prime Minister Sharif welcomed the U.S. ambassador, Donald Blome, in Islamabad. Blome "
     "said the visit had been useful.", "the visit had been useful", "USAGOV"),
])
def test_an_official_takes_the_country_of_the_role_before_the_name(text, words, code):
    assert actor_code(quote_with(analyse(text), words)) == code


def test_a_place_after_the_name_is_no_role():
    doc = analyse("Amal Haddad, in Beirut on Tuesday, said the talks would resume.")
    assert actor_code(quote_with(doc, "the talks would resume")) is None


# "the Jordanian minister" after two ministers of different countries: the Jordanian one,
# also when the text calls him only a "counterpart".
@pytest.mark.parametrize("text, words, who", [
    ("Egyptian Foreign Minister Sameh Shoukry met his Jordanian counterpart Ayman Safadi in "
     "Cairo. Safadi said Jordan would not accept it. \"This is a red line,\" the Jordanian "
     "minister added.", "This is a red line", "safadi"),
    ("French President Emmanuel Macron hosted German Chancellor Olaf Scholz in Paris. The "
     "German chancellor said the talks had been useful.", "the talks had been useful",
     "scholz"),
    ("Turkish Foreign Minister Hakan Fidan met Greek Foreign Minister Giorgos Gerapetritis in "
     "Athens. The Turkish minister said both sides wanted calm.", "both sides wanted calm",
     "fidan"),
])
def test_a_role_with_a_nationality_is_the_one_of_that_country(text, words, who):
    assert who in speaker(quote_with(analyse(text), words))


# "His office said": the office of the man "his" stands for, speaking for him.
@pytest.mark.parametrize("text, words, who, code", [
    ("Israeli Prime Minister Benjamin Netanyahu rejected the proposal. His office said in a "
     "statement that the war would go on.", "the war would go on", "netanyahu", "ISRGOV"),
    ("German Foreign Minister Annalena Baerbock cancelled her trip. Her spokeswoman said the "
     "visit would be rescheduled.", "the visit would be rescheduled", "baerbock", "DEUGOV"),
])
def test_his_office_speaks_for_him(text, words, who, code):
    q = quote_with(analyse(text), words)
    assert who in speaker(q) and actor_code(q) == code


# "The statement said": whoever issued that statement (or report) in the sentences before.
@pytest.mark.parametrize("text, words, who, code", [
    ("The Chinese foreign ministry issued a statement on Friday condemning the sale. The "
     "statement said Washington had broken its word.", "Washington had broken",
     "foreign ministry", "CHNGOV"),
    ("Kenya's interior ministry said in a statement that the curfew would be lifted. The "
     "statement added that schools would reopen on Monday.", "schools would reopen",
     "interior ministry", "KENGOV"),
    ("A report by the World Bank warned of a slowdown. The report said growth would fall to "
     "2 percent.", "growth would fall", "world bank", None),
])
def test_the_statement_speaks_for_who_issued_it(text, words, who, code):
    q = quote_with(analyse(text), words)
    assert who in speaker(q)
    assert code is None or actor_code(q) == code


# "One of them said" after a group of unnamed officials: one of that group, with its actor.
@pytest.mark.parametrize("text, words, who, code", [
    ("Two Egyptian officials said the talks would resume on Sunday. One of them said Qatar "
     "had agreed to host the next round.", "Qatar had agreed", "egyptian officials", "EGYGOV"),
    ("Three U.S. officials told Reuters that the strike had been approved. One of the "
     "officials said the target was a depot.", "the target was a depot", "u.s. officials",
     "USAGOV"),
    ("Two diplomats briefed on the talks said a deal was close. One said the sticking point "
     "was the prisoner exchange.", "the sticking point", "two diplomats", None),
])
def test_one_of_them_is_one_of_the_group_that_spoke(text, words, who, code):
    q = quote_with(analyse(text), words)
    assert who in speaker(q) and speaker(q).startswith("one of")
    assert code is None or actor_code(q) == code
