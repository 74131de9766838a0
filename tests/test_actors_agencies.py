"""Issue 19 item 4: news agencies and outlets are the press (JRN), not their state's
government, and name who reports, not where the story is (lexicons/institutions.tsv).
Sentences and phrases written for this test."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline
from newsdesk.stages.actors import code_phrase


@pytest.mark.parametrize("phrase, code", [
    ("EFE", "ESPJRN"), ("Bernama", "MYSJRN"), ("NDTV", "INDJRN"), ("Ukrinform", "UKRJRN"),
    ("the Saudi Press Agency", "SAUJRN"), ("Rudaw", "IRQJRN"), ("Antara", "IDNJRN"),
    ("the Qatar News Agency", "QATJRN"), ("Radio Free Asia", "USAJRN"), ("Al Mayadeen", "LBNJRN"),
])
def test_an_agency_is_its_states_press(phrase, code):
    assert (code_phrase(phrase) or {}).get("code") == code, code_phrase(phrase)


def test_an_agency_lends_no_country_to_the_police_it_reports_on():
    pipe = Pipeline()
    doc = pipe.run(Document(text="Police detained three students after the rally, Bernama "
                                 "reported on Sunday.", meta=Meta(published="2024-05-06")))
    detained = [e for e in doc.events if e.cameo.startswith("17")]
    assert detained and (detained[0].source_actor or {}).get("country") != "MYS", \
        [(e.cameo, e.source_actor) for e in doc.events]
