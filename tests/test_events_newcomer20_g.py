"""Newcomer 20, classes C2-C4: everyday coercive, restrictive and military acts the verb
lexicon missed, found by family (restrictive.py, cameo_verbs.tsv): holdings of an organisation
closed or dismantled by another, organisations designated as terrorist, sanctions packages
adopted, bills and bans dismissed, disapproval stated as a predicate adjective, fire near
someone, ships confronted or harassed, troops kept inside another's territory. Each family
has sentences of ordinary news where the same verb is no political act. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _pairs(evs):
    return [(code(e.source_actor)[:3], code(e.target_actor)[:3]) for e in evs]


# (text, CAMEO root, source country, target country or actor code prefix)
ACTS = [
    # holdings of another closed, dismantled; activities of a party banned
    ("Azerbaijan closed two offices run by Russia in Baku.", "17", "AZE", "RUS"),
    ("Turkish authorities shut down offices run by the pro-Kurdish HDP party.", "17", "TUR",
     "TUR"),
    ("Iraqi troops dismantled several Islamic State camps near Mosul.", "17", "IRQ", "IMG"),
    ("Israel's government banned all activities of Hamas in the West Bank.", "17", "ISR",
     "PSE"),
    # listed as terrorist
    ("The State Department designated two Haitian gangs as terrorist organizations.", "17",
     "USA", "HTI"),
    ("Britain designated the Wagner Group a terrorist organisation.", "17", "GBR", "IMG"),
    # sanctions through a support verb, or a package / round of them
    ("Britain unveiled a fresh round of sanctions on Belarus.", "16", "GBR", "BLR"),
    ("Canada approved new sanctions against Iran on Monday.", "16", "CAN", "IRN"),
    ("Japan adopted a package of sanctions against North Korea.", "16", "JPN", "PRK"),
    # a bill, a ban or legislation dismissed
    ("The Kremlin dismissed the EU's ban on Russian diamonds.", "12", "RUS", "IGO"),
    ("Tehran dismissed the new U.S. legislation.", "12", "IRN", "USA"),
    # disapproval as a predicate adjective
    ("Seoul said Pyongyang's missile launch was a provocative act.", "11", "KOR", "PRK"),
    ("German officials said the Russian decision was unacceptable.", "11", "DEU", "RUS"),
    ("Tokyo called the American decision truly regrettable.", "11", "JPN", "USA"),
    # military acts in idiomatic wording
    ("Thai soldiers fired near a group of Cambodian villagers.", "19", "THA", "KHM"),
    ("Serbian police fired toward Kosovo border guards.", "19", "SRB", "XKX"),
    ("Chinese fighter jets harassed a Canadian patrol plane over the East China Sea.", "15",
     "CHN", "CAN"),
    ("Venezuelan warships shadowed a Guyanese vessel near the border.", "15", "VEN", "GUY"),
    ("Iranian speedboats confronted a British tanker in the Gulf.", "15", "IRN", "GBR"),
    ("Turkey has kept troops at a dozen positions inside Syria.", "19", "TUR", "SYR"),
    ("Ethiopia kept troops inside Somalia.", "19", "ETH", "SOM"),
    ("Russia has maintained soldiers inside Moldova.", "19", "RUS", "MDA"),
]


@pytest.mark.parametrize("text, root, src, tgt", ACTS)
def test_everyday_coercive_acts_are_coded(pipe, text, root, src, tgt):
    evs = find(events_of(pipe, text), root)
    assert (src, tgt) in _pairs(evs), [(e.cameo, code(e.source_actor), code(e.target_actor))
                                       for e in events_of(pipe, text)]
    assert all(e.modality == "asserted" for e in evs)


# The same verbs with an object of ordinary life: no political act.
@pytest.mark.parametrize("text, roots", [
    ("The bank closed three branches in Ohio last year.", ("17",)),
    ("Authorities closed schools across Beijing because of heavy smog.", ("17",)),
    ("The company shut its offices in Moscow after the invasion.", ("17",)),
    ("Engineers dismantled the old factory site.", ("17",)),
    ("The council designated the old harbour a protected area.", ("17",)),
    ("The club designated Smith as its new captain.", ("17",)),
    ("The Senate approved a sanctions bill targeting Venezuela.", ("16",)),
    ("Parliament adopted a new budget.", ("16",)),
    ("The state supreme court approved two death penalties on Friday.", ("16",)),
    ("The manager dismissed the rumours.", ("12",)),
    ("The minister said the weather was appalling.", ("11",)),
    ("The coach said the loss was regrettable.", ("11",)),
    ("Hunters fired near the lake at dawn.", ("19",)),
    ("The lifeguard confronted the boat owner.", ("15",)),
    ("The club kept its players in the hotel.", ("19",)),
])
def test_same_verbs_in_ordinary_news_code_nothing(pipe, text, roots):
    evs = events_of(pipe, text)
    assert not [e for e in evs if e.cameo[:2] in roots], \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in evs]


# A warning sent in a letter is aimed at its addressee (one threat per addressee), not a
# forecast; a letter of practical warnings to people of no party is none.
@pytest.mark.parametrize("text, src, tgts", [
    ("The White House sent letters to Vietnam and Thailand warning that new duties would "
     "apply from September.", "USA", {"VNM", "THA"}),
    ("The European Commission sent a letter to Warsaw warning that funds would be frozen.",
     "IGO", {"POL"}),
    ("Trump sent a letter to Mexico threatening new tariffs.", "USA", {"MEX"}),
])
def test_warning_letters_threaten_their_addressees(pipe, text, src, tgts):
    evs = find(events_of(pipe, text), "13")
    assert {t for s, t in _pairs(evs) if s == src} == tgts, _pairs(evs)


@pytest.mark.parametrize("text", [
    "The school sent a letter to parents warning that flu cases had risen.",
    "The airline sent messages to passengers warning of delays.",
])
def test_practical_warning_letters_are_no_threats(pipe, text):
    assert not find(events_of(pipe, text), "13")
