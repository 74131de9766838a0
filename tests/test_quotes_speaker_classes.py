"""Speakers and their actors in wire copy (issue 15: the speaker right, and coded as the text
gives it). Sentences written for these tests, in the style of agency copy."""
from __future__ import annotations

import pytest

from newsdesk.model import Document
from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def source_of(doc: Document, words: str) -> dict:
    return quote_with(doc, words).source or {}


# A closing speaker after a list ("..., including X, <speaker> said"): the parser reads the
# speaker as one more item of the list, or gives the verb two subjects; the noun phrase
# between the last comma and the verb speaks, and the whole clause before is what it said.
@pytest.mark.parametrize("text, said, who", [
    ("Police arrested at least 40 people, including opposition lawmaker Peter Kamau, police "
     "spokeswoman Rose Njeri said in a statement.", "including opposition lawmaker", "rose njeri"),
    ("Security forces killed at least nine people, including two children, regional governor "
     "Ahmed Warsame said.", "including two children", "ahmed warsame"),
    ("Authorities expelled 15 diplomats, including deputy ambassador John Reeve, Foreign "
     "Minister Elena Petrova told reporters.", "including deputy ambassador", "elena petrova"),
    ("The rebels freed 12 hostages, including aid worker Sarah Lind, mediator Omar Haddad said "
     "in a statement.", "including aid worker", "omar haddad"),
])
def test_a_closing_speaker_after_a_list_speaks_the_whole_clause(text, said, who):
    doc = analyse(text)
    q = quote_with(doc, said)
    assert (q.source or {}).get("name", "").lower() == who
    assert q.content["text"].startswith(text.split(",")[0].split()[0])  # from the sentence start
    assert said in q.content["text"]


# Three-word names the entity tagger cuts to two: the whole name, and the title before it
# codes the person ("Venezuela's Attorney General" is Venezuela's government).
@pytest.mark.parametrize("text, said, name", [
    ("Opposition leader Maria Corina Machado said the vote had been stolen.",
     "the vote had been stolen", "maria corina machado"),
    ("Venezuela's Attorney General Tarek William Saab said the three were suspected of "
     "plotting attacks.", "the three were suspected", "tarek william saab"),
    ("Colombian senator Maria Fernanda Cabal told reporters the talks were a farce.",
     "the talks were a farce", "maria fernanda cabal"),
])
def test_a_three_word_name_is_whole(text, said, name):
    assert source_of(analyse(text), said).get("name", "").lower() == name


def test_a_title_before_a_three_word_name_codes_the_person():
    doc = analyse("Venezuela's Attorney General Tarek William Saab said the three were "
                  "suspected of plotting attacks.")
    assert (source_of(doc, "the three were suspected").get("actor") or {}).get("code") == "VENGOV"


def test_a_title_word_is_no_part_of_the_name():
    doc = analyse("Supreme Leader Ayatollah Ali Khamenei warned that any attack would be met "
                  "with a strong blow.")
    assert source_of(doc, "any attack").get("name") == "Ali Khamenei"


def actor_code(doc: Document, words: str) -> str | None:
    return (source_of(doc, words).get("actor") or {}).get("code")


# A speaker no entity names but whose words name a sector ("the military", "security
# sources", "police") takes the state the text gives: the same sector named just before, else
# the one country its sentence names.
@pytest.mark.parametrize("text, said, code", [
    ("Israeli warplanes struck Hezbollah positions overnight. The military said in a statement "
     "that its jets had hit weapons depots.", "its jets had hit", "ISRMIL"),
    ("Sudanese troops shelled the town on Friday. The army said it had repelled an attack.",
     "it had repelled", "SDNMIL"),
    ("Gunmen attacked a checkpoint in northern Mali on Sunday, killing six soldiers, security "
     "sources said.", "Gunmen attacked", "MLICOP"),
    ("Clashes broke out in the Nigerian city of Kano overnight. Police said 14 people had been "
     "arrested.", "14 people had been arrested", "NGACOP"),
])
def test_an_unnamed_sector_speaker_takes_the_state_the_text_gives(text, said, code):
    assert actor_code(analyse(text), said) == code


def test_unnamed_people_who_serve_no_one_stay_uncoded():
    doc = analyse("Fighting raged in Kano on Monday. Witnesses said the market was burning.")
    assert actor_code(doc, "the market was burning") is None


# "a spokesman for the group": the group named before, not the state of the sentence.
@pytest.mark.parametrize("text, said, code", [
    ("Hezbollah fired rockets at northern Israel on Monday. A spokesman for the group, Ali "
     "Saleh, said the strikes were a warning.", "the strikes were a warning", "LBNREB"),
    ("The Taliban seized another district. Zabihullah Karimi, a spokesman for the movement, "
     "said fighters would stay.", "fighters would stay", "AFGREB"),
    ("Hamas fighters attacked an army post on Tuesday. Basem Yusuf, a spokesman for the group, "
     "said the attack was a response.", "the attack was a response", "PSEREB"),
])
def test_a_spokesman_for_the_group_speaks_for_the_group_named_before(text, said, code):
    assert actor_code(analyse(text), said) == code


def test_the_movement_is_no_government_named_before():
    doc = analyse("The Kremlin said the meeting went well. Ali Hassan, a spokesman for the "
                  "movement, said it had not been invited.")
    assert actor_code(doc, "it had not been invited") != "RUSGOV"


# "Its director, X": "its" stands for a body named before; a state only as a possessive in
# someone's title ("Venezuela's attorney general") is not it, and with no body the person
# has no state's code.
@pytest.mark.parametrize("text, said", [
    ("Venezuela's attorney general said the three were suspected of plotting attacks. Its "
     "director, Alfredo Romero, said the detainees had not seen lawyers.", "had not seen lawyers"),
    ("Iran's foreign minister said the talks would resume. Its president, Farid Karimi, said "
     "the members had not been consulted.", "had not been consulted"),
    ("Nigeria's army chief said the camp had been cleared. Its chairman, Musa Danladi, told "
     "reporters the displaced families could not go home.", "could not go home"),
])
def test_its_role_without_a_body_before_takes_no_state(text, said):
    code = actor_code(analyse(text), said) or ""
    assert code[:3] not in ("VEN", "IRN", "NGA")


@pytest.mark.parametrize("text, said, code", [
    ("Kenya recalled its ambassador, John Mwangi, on Monday. Mwangi said the talks had failed.",
     "the talks had failed", "KENGOV"),
    ("Ghana named its envoy, Kwame Mensah, on Monday. He said relations would improve.",
     "relations would improve", "GHAGOV"),
])
def test_its_role_after_a_state_acting_is_that_states(text, said, code):
    assert actor_code(analyse(text), said) == code


# An opposition leader named without a country belongs to the state the story is about.
@pytest.mark.parametrize("text, said, code", [
    ("Venezuela held a disputed election in July. Opposition leader Maria Corina Machado said "
     "the vote had been stolen. Venezuela's electoral council rejected the claim. Venezuela's "
     "government called her a traitor.", "the vote had been stolen", "VENOPP"),
    ("Georgia's ruling party won the vote. Opposition leader Nika Gvaramia told reporters the "
     "count was rigged. Georgia's president refused to sign the results.", "the count was rigged",
     "GEOOPP"),
])
def test_an_opposition_leader_takes_the_storys_state(text, said, code):
    assert actor_code(analyse(text), said) == code


# "Its spokesman, X" opening a sentence: "its" stands for the subject of the sentence before
# (a body, with a state only as its possessor), not for any state named nearer.
@pytest.mark.parametrize("text, said, code", [
    ("Israel said Hamas was stalling. Egypt's foreign ministry condemned the strikes. Its "
     "spokesman, Ahmed Abu Zeid, said Cairo would keep pushing for a truce.",
     "Cairo would keep pushing", "EGYGOV"),
    ("Iraq blamed the drone attack on militants. Jordan's army closed the border on Sunday. Its "
     "spokesman, Mustafa Hiyari, said the crossing would stay shut.",
     "the crossing would stay shut", "JORMIL"),
])
def test_its_spokesman_speaks_for_the_body_that_was_the_subject_before(text, said, code):
    assert actor_code(analyse(text), said) == code


def test_its_director_of_a_rights_group_is_no_official():
    doc = analyse("Interior Minister Diosdado Cabello said the men were plotting violence. The "
                  "Foro Penal rights group said 1,800 people were being held. Its vice president, "
                  "Gonzalo Himiob, said many had not seen lawyers.")
    assert actor_code(doc, "many had not seen lawyers") in ("NGO", None)


# "the group said": the armed group or movement named before.
@pytest.mark.parametrize("text, said, code", [
    ("Hamas said the strikes were a massacre. In a statement, the group said Israel was trying "
     "to sabotage the talks.", "Israel was trying", "PSEREB"),
    ("Hezbollah fired rockets at Israel. The group said the attack was a response to the "
     "killing of a commander.", "the attack was a response", "LBNREB"),
    ("The Taliban took the district on Monday. The movement said its fighters would protect "
     "residents.", "its fighters would protect", "AFGREB"),
])
def test_the_group_speaking_is_the_group_named_before(text, said, code):
    assert actor_code(analyse(text), said) == code


# "the official" / "the air force" repeating an unnamed speaker before is that speaker: its
# actor, not that of whoever the text named last.
@pytest.mark.parametrize("text, said, code", [
    ("A senior Ukrainian official said the strikes were meant to pressure Kyiv. Kremlin "
     "spokesman Dmitry Peskov said Russia was open to talks. According to the official, air "
     "defence stocks were running low.", "were running low", "UKRGOV"),
    ("The Ukrainian air force said Russian drones struck power plants. The air force said it "
     "had shot down 82 of 120 drones launched by Russia.", "it had shot down", "UKRMIL"),
    ("An Israeli security official said the hostages were alive. Hamas leader Khalil al-Hayya "
     "said the group wanted a full ceasefire. The official said talks would resume in Cairo.",
     "talks would resume in Cairo", "ISR"),
])
def test_a_definite_speaker_repeating_an_unnamed_one_has_its_actor(text, said, code):
    assert (actor_code(analyse(text), said) or "").startswith(code)


# Two one-word surnames of different office holders side by side are a third person's name
# ("Li Wei" is neither Li Keqiang nor Wei Fenghe).
@pytest.mark.parametrize("text, said", [
    ('"This is a signal to Washington," said Li Wei, an analyst at a Shanghai think tank.',
     "This is a signal"),
    ("Wei Li, a trader in Shenzhen, said the yuan would weaken further.", "the yuan would weaken"),
    ("Austin Powell, a city councillor in Leeds, told reporters the bus plan would fail.",
     "the bus plan would fail"),
])
def test_two_surnames_of_office_holders_name_someone_else(text, said):
    source = source_of(analyse(text), said)
    assert source.get("name") in text
    assert (source.get("actor") or {}).get("sector") != "GOV"


# An analyst at a think tank is no soldier ("tank" alone is an armoured vehicle).
@pytest.mark.parametrize("text, said", [
    ("Chen Ming, an analyst at a Shanghai think tank, said the curbs were a warning.",
     "the curbs were a warning"),
    ("Sergei Volkov, a researcher at a Moscow think tank, told reporters the sanctions would "
     "bite.", "the sanctions would bite"),
])
def test_a_think_tank_analyst_is_no_soldier(text, said):
    assert (source_of(analyse(text), said).get("actor") or {}).get("sector") != "MIL"


# A sentence closing on a clause about a noun ("..., a charge the group denies") has no
# closing speaker: "a charge the group" is two noun phrases, not one speaker's name.
@pytest.mark.parametrize("text", [
    "The army accused the rebels of shelling the camp, a claim the rebel commander rejected.",
    "The ministry said the vote had been rigged, an accusation the election board denies.",
    "Officials blamed the blast on a gas leak, an account the families dispute.",
])
def test_a_clause_on_a_noun_is_no_closing_speaker(text):
    doc = analyse(text)
    for q in doc.quotes:
        words = (q.source or {}).get("text", "").lower().split()
        assert words[:1] not in (["a"], ["an"]), (q.source, q.content["text"])


# A role noun speaker ("the governor said") goes to the person the text gives that role. A
# title is the words right before a name, not words across a verb: in "Governor Hale met Tom
# Baker" the title is Hale's, and Baker holds none.
@pytest.mark.parametrize("text, said, who", [
    ("Governor Hale met Tom Baker at the capitol on Monday.\n\n\"We had a frank talk about the "
     "budget,\" the governor said.", "frank talk", "hale"),
    ("Mayor Okafor personally welcomed David Mensah to City Hall on Friday.\n\n\"The city owes "
     "him a great deal,\" the mayor said.", "owes him", "okafor"),
    ("Coach Ramirez angrily confronted Peter Wills after the match.\n\n\"That was "
     "unacceptable,\" the coach told reporters.", "unacceptable", "ramirez"),
])
def test_a_title_before_one_name_is_not_the_next_persons(text, said, who):
    assert source_of(analyse(text), said).get("name", "").lower() == who


# "Rep. X" is a representative, and "the congressman" / "the congresswoman" is the same office.
@pytest.mark.parametrize("text, said, who", [
    ("Rep. Dana Whitfield (R-Ohio) announced her resignation from Congress on Friday.\n\n"
     "Whitfield had faced calls to step down for weeks.\n\n\"I made mistakes and I am sorry,\" "
     "the three-term congresswoman said in a statement.", "made mistakes", "dana whitfield"),
    ("Rep. Tom Garvey (D-Maine) said on Tuesday that he would not run again.\n\n\"It has been the "
     "honor of my life,\" the congressman told reporters.", "honor of my life", "tom garvey"),
])
def test_the_congressman_is_the_representative_named_before(text, said, who):
    assert source_of(analyse(text), said).get("name", "").lower() == who


# A speech act set off by a comma after what was announced ("X announced that Y would not ...,
# accusing Z of ..."): the parse hangs the participle on the reported verb, whose subject
# (Y, the country or body the statement is about) did not speak; the one who announced did.
@pytest.mark.parametrize("text, said, who", [
    ("President Aleksandar Vucic announced on Friday that Serbia would not seek to join the "
     "bloc before 2030, accusing Brussels of \"double standards\".", "double standards",
     "aleksandar vučić"),
    ("Prime Minister Viktor Orban announced on Tuesday that Hungary would not agree to open "
     "new talks with Kyiv this year, accusing Ukraine of \"blackmail\".", "blackmail",
     "viktor orbán"),
    ("The premier announced that the government would not seek to extend the deal until the "
     "spring, accusing the unions of \"sabotage\".", "sabotage", "the premier"),
])
def test_a_speech_participle_after_a_reported_clause_is_the_reporters(text, said, who):
    doc = analyse(text)
    speakers = {(q.source or {}).get("name", "").lower() for q in doc.quotes
                if said in q.content["text"]}
    assert speakers == {who}, speakers


# "the company said", "the agency said": the organisation of that kind that is the subject of
# the sentence (a closing attribution) or of the one before, as a speaking "it" would be; not
# an organisation of another kind, nor a state.
@pytest.mark.parametrize("text, said, who", [
    ("Siemens cut 2,000 jobs in Germany, the company said on Thursday.", "cut 2,000 jobs",
     "siemens"),
    ("The Food and Drug Administration approved the vaccine on Monday. The agency said the "
     "first doses would ship within a week.", "first doses", "food and drug administration"),
    ("Toyota lowered its profit forecast on Wednesday. The carmaker said sales in China had "
     "fallen for a third quarter.", "sales in China", "toyota"),
])
def test_the_company_is_the_body_that_acts_before_it(text, said, who):
    assert source_of(analyse(text), said).get("name", "").lower().removeprefix("the ") == who


@pytest.mark.parametrize("text, said, not_who", [
    ("Shell agreed to pay the fine, the regulator said.", "agreed to pay", "shell"),
    ("Russia expelled two diplomats on Monday, the agency said.", "expelled two", "russia"),
])
def test_the_agency_is_no_company_and_no_state(text, said, not_who):
    assert source_of(analyse(text), said).get("name", "").lower() != not_who


# A name in a relative clause nested in the speaker's own ("X, who survived an attack that was
# claimed by Y, has vowed ..."): the tagger reads Y as a second source; mended out of the
# attack's clause it lands on the attack, which sits in X's clause: X alone speaks.
@pytest.mark.parametrize("text, said, who", [
    ("President Mahamat Deby, who survived a roadside bomb attack on his motorcade in Abeche "
     "last month that was claimed by Boko Haram, has vowed to “crush” the militants.", "crush",
     "mahamat idriss déby"),
    ("Governor Ali Zulum, who survived an ambush on his convoy near Monguno in May that was "
     "claimed by the Islamic State, has vowed to “hunt down” the attackers.", "hunt down",
     "ali zulum"),
])
def test_a_name_in_a_clause_nested_in_the_speakers_is_not_the_speaker(text, said, who):
    assert source_of(analyse(text), said).get("name", "").lower() == who


# "the spokeswoman said" after "a Microsoft spokeswoman said": the same unnamed person, named
# by the words that introduced them (and with their actor, as before).
@pytest.mark.parametrize("text, said, who", [
    ("A Microsoft spokeswoman said the company only provides data after a legal order.\n\n"
     "\"We do not take part in any broader program,\" the spokeswoman said.", "broader program",
     "a microsoft spokeswoman"),
    ("A spokesperson for Shell says the company \"regrets the spill\".\n\n\"Clean-up crews "
     "are on site,\" the spokesperson said.", "Clean-up crews", "a spokesperson for shell"),
    ("A senior Ukrainian official said the strike hit a fuel depot. The official said no one "
     "was hurt.", "no one was hurt", "a senior ukrainian official"),
])
def test_the_spokeswoman_is_the_unnamed_one_before(text, said, who):
    assert source_of(analyse(text), said).get("name", "").lower() == who


# "Its statement said": the statement of the body a speaking "it" would stand for.
@pytest.mark.parametrize("text, said, who", [
    ("The interior ministry said on Monday that 40 people had been arrested. Its statement "
     "added: \"The situation is under control.\"", "under control", "the interior ministry's"),
    ("The army said its troops had retaken the town. Its statement said 12 soldiers were "
     "killed.", "12 soldiers", "the army's"),
])
def test_its_statement_is_the_bodys(text, said, who):
    assert source_of(analyse(text), said).get("name", "").lower().startswith(who)


# "a witness told Reuters ... '...,' he said": the unnamed one who just spoke, not a man named
# sentences before.
@pytest.mark.parametrize("text, said, who", [
    ("Governor John Okoro visited the town on Saturday.\n\nGunmen attacked the village on "
     "Sunday, a member of the rescue team told AFP by phone. \"We pulled children out with our "
     "hands,\" he said.", "pulled children", "a member of the rescue team"),
    ("Interior Minister Paul Mensah flew to the region on Friday.\n\nSoldiers fired on the "
     "crowd, a witness told Reuters. \"They did not warn us,\" he said.", "did not warn",
     "a witness"),
    ("Police chief David Amani said the road was closed.\n\nThe camp has had no water for a "
     "week, a resident told reporters. \"We are drinking from the river,\" he said.",
     "drinking from", "a resident"),
])
def test_he_after_an_unnamed_speaker_is_that_speaker(text, said, who):
    assert source_of(analyse(text), said).get("name", "").lower() == who
