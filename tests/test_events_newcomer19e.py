"""Event codes from a newcomer's eight articles (report 19, items 1-2, 5-12, 18): sanctions,
tariffs and embargoes suspended, waived, rolled back or cut are eased (085), never a cut in
relations (160) nor an administrative easing (081); a city, capital or town seized is
occupied (192), not property confiscated; a court appeal and "an order that sought to" are
no appeal to anyone (020); "open to talks" is an intent to negotiate (036), no negotiation;
a promise to hit back at any attack is a threat of force (138), not planned force.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.pipeline import Pipeline

from helpers.events import events_of, find


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def codes(events) -> list[str]:
    return [e.cameo for e in events]


@pytest.mark.parametrize("text", [
    "Japan suspended sanctions on Myanmar's timber industry on Friday.",
    "The United States waived sanctions on Venezuelan oil exports.",
    "Britain has rolled back its embargo on arms sales to Bahrain.",
    "Washington will lift the tariffs on Mexican tomatoes next month.",
    "India cut tariffs on American almonds after the talks.",
    "The European Union has relaxed its sanctions against Belarus.",
    "Brazil scrapped its tariffs on Chinese solar panels.",
])
def test_sanctions_eased_are_085(pipe, text):
    events = events_of(pipe, text)
    assert find(events, "085"), codes(events)
    assert not find(events, "16") and not find(events, "081"), codes(events)


@pytest.mark.parametrize("text", [
    "Insurgents seized the provincial capital on Sunday.",
    "Islamist fighters seized the district headquarters in Afghanistan.",
    "The president fled after rebels seized the capital in March.",
    "Jihadists seized a strategic town near the border with Niger.",
])
def test_ground_seized_is_occupied(pipe, text):
    events = events_of(pipe, text)
    assert find(events, "192"), codes(events)
    assert not find(events, "171"), codes(events)


@pytest.mark.parametrize("text", [
    "Police seized the car of the suspect.",
    "Customs officers seized a tanker off the coast of Iran.",
])
def test_property_seized_stays_confiscated(pipe, text):
    events = events_of(pipe, text)
    assert find(events, "1711") and not find(events, "192"), codes(events)


@pytest.mark.parametrize("text", [
    "Prosecutors in Seoul said they would appeal the verdict.",
    "The former president appealed against his conviction at the Supreme Court.",
    "Lawyers for the opposition leader will appeal to the constitutional court.",
    "A court in Lagos struck down a decree that sought to ban street protests.",
    "Kenya's government sought to reassure foreign investors.",
])
def test_court_appeals_and_aims_are_no_appeal(pipe, text):
    events = events_of(pipe, text)
    assert not find(events, "02"), codes(events)


@pytest.mark.parametrize("text", [
    "The Red Cross appealed to both sides to spare civilians.",
    "Ukraine sought more air defence systems from Germany.",
])
def test_requests_to_someone_stay_appeals(pipe, text):
    events = events_of(pipe, text)
    assert find(events, "02"), codes(events)


@pytest.mark.parametrize("text", [
    "The Thai prime minister said his government was open to talks with Cambodia.",
    "Ethiopia's foreign minister said Addis Ababa was open to negotiations with Egypt.",
    "Kosovo's prime minister said on Monday that his country was open to talks with Serbia.",
])
def test_open_to_talks_is_an_offer(pipe, text):
    events = events_of(pipe, text)
    assert find(events, "036"), codes(events)
    assert not [c for c in codes(events) if c[:2] == "04"], codes(events)


def test_talks_opened_are_held(pipe):
    events = events_of(pipe, "Peru and Chile opened talks on a trade deal.")
    assert find(events, "04") and not find(events, "036"), codes(events)


@pytest.mark.parametrize("text", [
    "Iran's army chief said Tehran would respond to any aggression with full force.",
    "\"We will retaliate against any attack on our territory,\" the Indian defence minister said.",
    "North Korea said it will hit back at any provocation by Seoul.",
    "Venezuela's defence minister said the armed forces would respond to any incursion.",
])
def test_vow_to_hit_back_is_a_threat(pipe, text):
    events = events_of(pipe, text)
    threats = find(events, "138")
    assert threats and threats[0].modality == "asserted", codes(events)
    assert not find(events, "19"), codes(events)


def test_hitting_back_that_happened_stays_force(pipe):
    events = events_of(pipe, "Israeli jets struck back at Hezbollah positions on Monday.")
    assert find(events, "19") and not find(events, "13"), codes(events)


@pytest.mark.parametrize("text", [
    "The Nigerian government has repeatedly denied paying ransoms to kidnappers.",
    "Mexico's army denied torturing detainees in Guerrero.",
    "The Kenyan police have denied abducting protesters.",
    "Colombia's government denied funding paramilitary groups.",
])
def test_an_act_denied_is_no_rejection(pipe, text):
    events = events_of(pipe, text)
    assert not find(events, "12"), codes(events)


@pytest.mark.parametrize("text", [
    "Trump said he had spoken with Xi Jinping, but Beijing denied that any such call had "
    "taken place.",
    "Tehran denied that a meeting with U.S. envoys took place in Oman.",
    "The Kremlin denied that the phone call ever happened.",
])
def test_denying_an_event_happened_is_no_denied_responsibility(pipe, text):
    events = events_of(pipe, text)
    assert not find(events, "016") and not find(events, "12"), codes(events)


def test_denying_ones_own_act_stays_016(pipe):
    events = events_of(pipe, "Russia denied that its troops had shelled the village.")
    assert find(events, "016"), codes(events)
