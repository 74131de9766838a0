"""Event recall from the article's context (issue 19, real articles): acts whose parties
are named sentences before the act. Short articles written for these tests."""
from __future__ import annotations

import pytest
from helpers.events import dyads, events_of

from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


# 1. "The two leaders" / "the two countries" when the last sentences name one of the two
# only: the other is the state the article named most before (its story's other party).
@pytest.mark.parametrize("text, root, a, b", [
    ("Japanese Prime Minister Fumio Kishida spoke by phone with Chinese President Xi Jinping "
     "on Monday. Xi urged calm over the disputed islands. The call lasted an hour, aides said. "
     "A spokesman read out a summary to reporters. Japanese officials described the mood as "
     "tense. The two leaders have traded accusations for months.", "11", "JPN", "CHN"),
    ("India accused Pakistan of sheltering militants on Tuesday, a day after Indian troops "
     "were ambushed. Pakistan's foreign office rejected the charge. The statement was read "
     "out on state television. Reporters were kept outside the building. Pakistani analysts "
     "called it measured. The two countries have exchanged threats since the bombing.",
     "13", "IND", "PAK"),
    ("Kenyan President William Ruto spoke with Tanzanian President Samia Suluhu Hassan about "
     "the border on Sunday. Ruto called the talks frank. A transcript was not released. "
     "Crowds gathered at the crossing overnight. Kenyan officials said the crossing would "
     "reopen. The two leaders, who have criticized each other for months, agreed to meet "
     "again.", "11", "KEN", "TZA"),
    ("Turkish President Erdogan spoke with Greek Prime Minister Mitsotakis on Friday. "
     "Mitsotakis said the talks were useful. The call came after a tense summer. Fishermen "
     "on the islands welcomed the news. Turkish diplomats said more calls were planned. Both "
     "countries have accused each other of violating airspace.", "11", "TUR", "GRC"),
])
def test_the_two_named_further_back_are_the_articles_pair(pipe, text, root, a, b):
    assert {(a, b), (b, a)} <= dyads(events_of(pipe, text), root)


def test_the_two_need_a_second_state_named_before(pipe):
    # one state only in the whole article: no pair is made up for "the two leaders"
    text = ("Brazil's president toured the flooded south on Monday. Brazilian officials said "
            "aid was on its way. The two leaders have exchanged threats for months.")
    assert not [e for e in events_of(pipe, text)
                if e.cameo.startswith("13") and e.target_actor]


# 2. A definite "the explosion" / "the attack" far below the lede, with the state's fight
# against the attackers told between: the story's act is the lede's attack, not that fight.
@pytest.mark.parametrize("text, noun, doer", [
    ("Al-Shabaab militants bombed a hotel in Mogadishu on Friday, killing twelve Kenyan "
     "guests. Somalia's army has fought al-Shabaab for years. The hotel had been renovated "
     "last year. Guests were evacuated through a side door. Witnesses described chaos in the "
     "lobby. The explosion shattered windows across the district.", "explosion", "SOMREB"),
    ("Boko Haram fighters attacked a market in Maiduguri on Sunday, killing 30 Nigerian "
     "traders. Nigerian troops have battled Boko Haram since 2009. The market had reopened "
     "only last month. Traders said prices had doubled. Many stalls were empty on Monday. The "
     "attack lasted an hour, residents said.", "attack", "NGAREB"),
    ("Islamic State gunmen stormed a concert hall near Moscow on Friday, killing 140 Russian "
     "concertgoers. Russia has fought the Islamic State in Syria since 2015. The hall holds "
     "six thousand people. Tickets for the show had sold out. Relatives queued outside the "
     "morgue. The attack was the deadliest in Russia for two decades.", "attack", "IMGISI"),
    ("ISIS gunmen attacked a church in Istanbul on Sunday, killing one Turkish worshipper. "
     "Turkish forces have fought ISIS for a decade. The church was built in the nineteenth "
     "century. Mass was being held at the time. Worshippers fled through the back door. The "
     "shooting lasted several minutes.", "shooting", "IMGISI"),
])
def test_a_far_mention_repeats_the_ledes_attack(pipe, text, noun, doer):
    got = events_of(pipe, text)
    last = max(e.sentence for e in got)
    mention = [e for e in got if e.sentence == last and noun in e.evidence["text"].lower()]
    assert mention and all(((e.source_actor or {}).get("code") or "").startswith(doer)
                           for e in mention)  # the attackers', not the state fighting them


def test_a_near_act_is_still_the_one_repeated(pipe):
    # the act told just before the mention is the one it repeats, not the lede's
    text = ("Rebels shelled a village in Darfur on Monday, killing nine Sudanese farmers. "
            "Aid groups said food was short. On Wednesday Sudanese soldiers raided a rebel "
            "camp in Nyala, killing four rebels. The raid lasted an hour.")
    got = events_of(pipe, text)
    raid = [e for e in got if e.sentence == 3]
    assert raid and all(((e.source_actor or {}).get("code") or "").endswith("MIL") for e in raid)


# 3. The organs of a pair, "officials from both countries", "the armies of the two
# neighbours": each state's organ, as "the two leaders" are each state's.
@pytest.mark.parametrize("text, root, a, b", [
    ("Ethiopia and Eritrea signed a peace deal in 2018. Officials from both countries met in "
     "Asmara on Monday.", "04", "ETH", "ERI"),
    ("India and China clashed in the Himalayas in 2020. The armies of the two neighbours "
     "have since agreed to pull back.", "05", "IND", "CHN"),
    ("Serbia and Kosovo accused each other of provocations. Officials of both sides met in "
     "Brussels on Tuesday.", "04", "SRB", "XKX"),
    ("Peru and Bolivia disputed their border for years. Negotiators from the two countries "
     "signed a trade pact in Lima on Monday.", "05", "PER", "BOL"),
    ("Ghana and Togo share a long border. The militaries of both countries held joint "
     "exercises last week.", "06", "GHA", "TGO"),
])
def test_the_organs_of_the_two_are_each_states(pipe, text, root, a, b):
    assert dyads(events_of(pipe, text), root) & {(a, b), (b, a)}


# 4. "barred X from ...": a restriction on X (CAMEO 172), as "banned X from" is.
@pytest.mark.parametrize("text, source, target", [
    ("Turkish authorities imposed a news blackout, barring media from showing images of the "
     "dead.", "TUR", "TUR"),
    ("The junta in Myanmar barred foreign journalists from entering the country.", "MMR", ""),
    ("Russia has barred three British diplomats from travelling outside Moscow.", "RUS", "GBR"),
    ("Hungary's government barred opposition lawmakers from the chamber on Tuesday.",
     "HUN", "HUN"),
    ("Two Palestinian lawmakers were barred from entering Jerusalem by Israeli police.",
     "ISR", "PSE"),
])
def test_barring_someone_from_is_a_restriction(pipe, text, source, target):
    assert (source, target) in dyads(events_of(pipe, text), "172")


def test_a_bar_is_no_restriction(pipe):
    assert not events_of(pipe, "He ordered a drink at the bar from the waiter.")


# 5. "individuals": people, civilians (CVL) of the place, as "people" are. ("Persons" is left
# out: its singular, "the youngest person killed in the bombing", made a new act of the
# victim, which is the bombing told again.)
@pytest.mark.parametrize("text, root, target", [
    ("Police in Lagos arrested 40 individuals during the protest.", "17", "NGACVL"),
    ("Kenyan police detained 12 individuals in Mombasa on Sunday.", "17", "KENCVL"),
    ("Ugandan soldiers beat several individuals in Kampala during the curfew.", "18", "UGACVL"),
    ("The Belarusian government allowed 30 individuals to leave the country.", "08", "BLRCVL"),
    ("Iranian security forces arrested dozens of individuals in Tehran on Friday.", "17",
     "IRNCVL"),
])
def test_individuals_are_people(pipe, text, root, target):
    assert target in {(e.target_actor or {}).get("code") for e in events_of(pipe, text)
                      if e.cameo.startswith(root)}


def first_dyad(events, root: str) -> tuple[str, str]:
    got = [e for e in events if e.cameo.startswith(root)]
    assert got, [(e.cameo, e.evidence["text"]) for e in events]
    return ((got[0].source_actor or {}).get("code") or "",
            (got[0].target_actor or {}).get("code") or "")


# 6. "<Title> <Name> and <Title> <Name>" as co-agents, which the parser reads as one name
# modifying the other (or as a title, its name and the other name): two parties, the one
# named first the source of a joint act; not one party with the place as its counterpart.
@pytest.mark.parametrize("text, root, source, target", [
    ("U.S. President Trump and Chinese President Xi Jinping reached an agreement in Osaka.",
     "05", "USAGOV", "CHNGOV"),
    ("The statement mentioned the consensus agreement that U.S. President Trump and Chinese "
     "President Xi Jinping reached during the summit.", "05", "USAGOV", "CHNGOV"),
    ("Indian Prime Minister Modi and Chinese President Xi Jinping reached a deal on the "
     "border.", "05", "INDGOV", "CHNGOV"),
    ("Japanese Prime Minister Kishida and South Korean President Yoon Suk Yeol met in Tokyo.",
     "04", "JPNGOV", "KORGOV"),
    ("Kenyan President Ruto and Tanzanian President Samia Suluhu Hassan reached an agreement "
     "in Arusha.", "05", "KENGOV", "TZAGOV"),
])
def test_two_titled_names_are_two_parties(pipe, text, root, source, target):
    assert first_dyad(events_of(pipe, text, published="2023-06-01"), root) == (source, target)


# 7. A pair word on a joint act ("inter-Korean talks", "talks between North and South
# Korea", "cross-strait talks") names both its parties, which the tagger reads as one
# place or none.
@pytest.mark.parametrize("text, a, b", [
    ("Inter-Korean talks resumed in Panmunjom on Tuesday.", "PRK", "KOR"),
    ("Fears of war eased after the first round of intra-Korean talks in two years.",
     "PRK", "KOR"),
    ("Aides pointed to new talks scheduled between North and South Korea.", "PRK", "KOR"),
    ("The ministry confirmed a meeting set for next week between South and North Korea.",
     "KOR", "PRK"),
    ("Negotiators prepared for inter-Korean talks on family reunions.", "PRK", "KOR"),
    ("Officials said cross-strait talks would resume next month.", "CHN", "TWN"),
])
def test_a_pair_word_names_both_parties(pipe, text, a, b):
    assert (a, b) in dyads(events_of(pipe, text, published="2018-01-14"), "04")


def test_a_nationality_alone_is_no_pair(pipe):
    got = events_of(pipe, "South Korean officials held talks with Japan on Monday.")
    assert ("KOR", "JPN") in dyads(got, "04") and ("PRK", "KOR") not in dyads(got, "04")
