"""A dateline ("LUXEMBOURG -", "NAIROBI (Reuters) -") says where a story was filed: it is no
part of a speaker, of what was said, or of an actor's words, and no subject of the sentence it
opens. Sentences written for this test; the whole pipeline runs."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline
from newsdesk.stages.base import dateline_end


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def run(pipe, text: str):
    return pipe.run(Document(text=text, meta=Meta(published="2024-05-06")))


@pytest.mark.parametrize("text, end", [
    ("JERUSALEM — Israel said", len("JERUSALEM — ")),
    ("HAVANA (AP) - Cuba said", len("HAVANA (AP) - ")),
    ("BIARRITZ, France -- Leaders met", len("BIARRITZ, France -- ")),
    ("NATO said on Monday", 0),
    ("US-China talks - a timeline", 0),
])
def test_dateline_end(text, end):
    assert dateline_end(text, 0, len(text)) == end


def test_a_dateline_is_not_part_of_the_speaker(pipe):
    doc = run(pipe, "STRASBOURG - The European Parliament said on Wednesday that the "
                    "treaty should be suspended.")
    assert doc.quotes and doc.quotes[0].source["text"].startswith("The European Parliament")


def test_a_dateline_is_not_part_of_what_was_said(pipe):
    doc = run(pipe, "ADDIS ABABA - Ethiopian troops entered the town on Sunday, residents said.")
    assert doc.quotes and doc.quotes[0].content["text"].startswith("Ethiopian troops")


@pytest.mark.parametrize("text, source, words", [
    ("HARARE - Police detained 14 opposition activists on Friday.", "COP", "Police"),
    ("DHAKA (Reuters) - Bangladeshi police arrested 12 garment workers on Monday.", "BGDCOP",
     "Bangladeshi police"),
])
def test_the_subject_after_a_dateline_is_the_actor(pipe, text, source, words):
    event = [e for e in run(pipe, text).events if e.cameo.startswith("17")][0]
    assert event.source_actor["code"].endswith(source)
    assert event.source_actor["text"] == words


# --- the forms wire services use: a place, then a state or country, a date, an agency ------

@pytest.mark.parametrize("opening", [
    "KANDAHAR, Afghanistan, Nov. 14 (Reuters) - ",
    "MOMBASA, Oct 2 (AFP) -- ",
    "ST. PETERSBURG, Russia (AP) \u2014 ",
    "TUCSON, Ariz. \u2013 ",
    "GOMA, Congo, Feb. 3, 2025 (Reuters) - ",
    "SAN JOSE/MANAGUA, April 30 (Reuters) \u2014 ",
])
def test_dateline_end_of_every_wire_form(opening):
    text = opening + "Officials said the road was closed."
    assert dateline_end(text, 0, len(text)) == len(opening)


@pytest.mark.parametrize("text", [
    "UN, EU and African Union envoys met in Addis Ababa on Monday.",
    "OPEC, Russia agree - for now - to hold output steady",
    "IMF-backed reforms - what they mean",
])
def test_capitals_and_commas_are_no_dateline(text):
    assert dateline_end(text, 0, len(text)) == 0


@pytest.mark.parametrize("text, content", [
    ("KANDAHAR, Afghanistan, Nov. 14 (Reuters) - Gunmen attacked a checkpoint overnight, "
     "killing four soldiers, a provincial spokesman said.", "Gunmen attacked"),
    ("GOMA, Congo, Feb. 3, 2025 (Reuters) - Rebels seized the airport on Monday, residents "
     "said.", "Rebels seized"),
    ("HEBRON, West Bank, July 19 (AFP) \u2014 Settlers set fire to two cars, villagers said.",
     "Settlers set fire"),
])
def test_a_dated_dateline_is_not_part_of_what_was_said(pipe, text, content):
    doc = run(pipe, text)
    assert doc.quotes and doc.quotes[0].content["text"].startswith(content)


@pytest.mark.parametrize("text, speaker", [
    ("BOGOTA, Colombia, May 8 (Reuters) - Defence Minister Pedro Sanchez said the rebels had "
     "broken the truce.", "Defence Minister Pedro Sanchez"),
    ("MANILA, Philippines, March 3 (AP) -- Coast guard spokesman Jay Tarriela said Chinese "
     "vessels blocked a supply boat.", "Coast guard spokesman Jay Tarriela"),
    ("TUNIS, Tunisia, Dec. 1 (AP) \u2014 Tunisian President Kais Saied said the vote would go "
     "ahead.", "Tunisian President Kais Saied"),
])
def test_a_dated_dateline_is_not_part_of_the_speaker(pipe, text, speaker):
    """The speaker's words are the end of `speaker` (the tagger may leave a role word out:
    "Coast guard" is an organisation to the model only in some contexts), never the
    dateline's."""
    doc = run(pipe, text)
    assert doc.quotes and speaker.endswith(doc.quotes[0].source["text"]) and \
        len(doc.quotes[0].source["text"].split()) >= 2


@pytest.mark.parametrize("text, source, words", [
    ("TBILISI, Georgia (AP) - Georgian police detained 63 people.", "GEOCOP", "Georgian"),
    ("KANDAHAR, Afghanistan, Nov. 14 (Reuters) - Gunmen attacked a checkpoint overnight.",
     "UAF", "Gunmen"),
    ("GOMA, Congo, Feb. 3, 2025 (Reuters) - Rebels seized the airport on Monday.", "REB",
     "Rebels"),
])
def test_the_subject_after_a_long_dateline_is_the_actor(pipe, text, source, words):
    events = run(pipe, text).events
    assert events and events[0].source_actor["code"].endswith(source)
    assert events[0].source_actor["text"] == words


@pytest.mark.parametrize("text, place", [
    ("JEDDAH, March 12 (Reuters) - Sudan's army said it would attend talks.", "JEDDAH"),
    ("MOSCOW (AP) \u2014 Ukrainian drones struck an oil depot overnight.", "MOSCOW"),
    ("BRUSSELS, Belgium, June 4 (AFP) -- European ministers met on Tuesday.", "Belgium"),
    ("WASHINGTON, Sept. 3 (Reuters) - The United States imposed sanctions on Iran.",
     "WASHINGTON"),
])
def test_the_place_a_story_was_filed_from_is_no_actor(pipe, text, place):
    doc = run(pipe, text)
    start = text.index(place)
    assert all(e.actor is None for e in doc.entities if e.start <= start < e.end), \
        [(e.text, e.actor) for e in doc.entities]


@pytest.mark.parametrize("text, source, target", [
    ("MOGADISHU, Feb 3 (Reuters) - Al Shabaab fighters killed at least 12 soldiers in an "
     "attack on a base in southern Somalia on Sunday, officials said.", "SOMREB", "SOMMIL"),
    ("BAMAKO, Oct 14 (AFP) - Jihadists ambushed a Malian army convoy near Gao on Friday, "
     "killing nine soldiers.", "MLIREB", "MLIMIL"),
])
def test_the_lead_after_a_dated_dateline_keeps_doer_and_victim(pipe, text, source, target):
    """The parser reads the lead without its dateline (nlp.without_datelines): with it, the
    place and date took the subject's role and the doer came out as the victim."""
    acts = [e for e in run(pipe, text).events if e.cameo[:2] in ("18", "19")]
    assert acts and acts[0].source_actor["code"] == source and \
        acts[0].target_actor["code"] == target, [(e.cameo, e.source_actor, e.target_actor)
                                                  for e in acts]


def test_a_dateline_date_is_no_time_of_the_lead(pipe):
    ev = [e for e in run(pipe, "KYIV, May 2 (Reuters) - Russia struck a power plant in "
                               "Kharkiv overnight, Ukrainian officials said.").events
          if e.cameo[:2] in ("18", "19")]
    assert ev and ev[0].time.get("text") in (None, "overnight"), ev[0].time


def test_a_pasted_wire_story_is_published_on_its_datelines_day():
    from newsdesk.ingest.text import clean_text
    doc = clean_text("Senators press for aid vote\n\nWASHINGTON, Feb 9, 2025 (Reuters) - Senate "
                     "Democrats on Thursday accused the administration of withholding aid.")
    assert doc.meta.published == "2025-02-09" and doc.meta.publisher == "Reuters"
    undated = clean_text("Strike hits port\n\nODESA, March 3 (Reuters) - A drone hit the port.")
    assert undated.meta.published is None  # no year written: none guessed
